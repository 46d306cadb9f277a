/* sg-asset.c: an information or other associated asset of the inventory (Annex A 5.9)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-asset"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-asset.h"
#include "sg-enums.h"

struct _SgAsset
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgAsset, sg_asset, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_TYPE,
  PROP_OWNER,
  PROP_LOCATION,
  PROP_CLASSIFICATION,
  PROP_CONFIDENTIALITY,
  PROP_INTEGRITY,
  PROP_AVAILABILITY,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The protection-need categories of BSI IT-Grundschutz ("normal", "hoch",
 * "sehr hoch"): a 2 means little to an auditor, "High" does. */
static const char *const need_labels[] = {
  /* Translators: a protection need (confidentiality, integrity, availability) of 1 */
  N_("Normal"),
  /* Translators: a protection need of 2 */
  N_("High"),
  /* Translators: a protection need of 3 */
  N_("Very high"),
  NULL
};

static void
sg_asset_class_init (SgAssetClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "asset", "A-", N_("Asset"), N_("Assets"), "assets");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_SUPPORT, NULL);
  sg_record_class_set_empty_state (record_class, "drive-harddisk-symbolic",
                                   N_("The information and the things that hold it, with their owners and protection needs"
                                      ", as Annex A 5.9 asks."));

  properties[PROP_NAME] = sg_field_text ("name", N_("Name"));
  properties[PROP_DESCRIPTION] = sg_field_long_text ("description", N_("Description"));
  properties[PROP_TYPE] =
    sg_field_choice ("type", N_("Type"), SG_TYPE_ASSET_TYPE, SG_ASSET_TYPE_INFORMATION);
  properties[PROP_OWNER] = sg_field_person ("owner", N_("Owner"));
  properties[PROP_LOCATION] = sg_field_text ("location", N_("Location"));
  properties[PROP_CLASSIFICATION] =
    sg_field_choice ("classification", N_("Classification"),
                     SG_TYPE_CLASSIFICATION, SG_CLASSIFICATION_INTERNAL);
  properties[PROP_CONFIDENTIALITY] =
    sg_field_value_labels (sg_field_number ("confidentiality", N_("Confidentiality need"), 1, 3, 2),
                           need_labels);
  properties[PROP_INTEGRITY] =
    sg_field_value_labels (sg_field_number ("integrity", N_("Integrity need"), 1, 3, 2), need_labels);
  properties[PROP_AVAILABILITY] =
    sg_field_value_labels (sg_field_number ("availability", N_("Availability need"), 1, 3, 2),
                           need_labels);
  properties[PROP_NOTES] = sg_field_long_text ("notes", N_("Notes"));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_NAME]);
  sg_record_class_add_column (record_class, properties[PROP_TYPE], 1);
  sg_record_class_add_column (record_class, properties[PROP_OWNER], 2);
  sg_record_class_add_column (record_class, properties[PROP_CLASSIFICATION], 3);

  sg_record_class_add_facet (record_class, properties[PROP_TYPE]);
  sg_record_class_add_facet (record_class, properties[PROP_CLASSIFICATION]);
  sg_record_class_add_facet (record_class, properties[PROP_OWNER]);
  sg_record_class_add_section (record_class, N_("Asset"),
                               properties[PROP_NAME], properties[PROP_TYPE],
                               properties[PROP_OWNER], properties[PROP_LOCATION],
                               properties[PROP_DESCRIPTION], properties[PROP_NOTES], NULL);
  sg_record_class_add_section (record_class, N_("Protection needs"),
                               properties[PROP_CLASSIFICATION], properties[PROP_CONFIDENTIALITY],
                               properties[PROP_INTEGRITY], properties[PROP_AVAILABILITY], NULL);
}

static void
sg_asset_init (SgAsset *self)
{
}
