/* sg-protection-level.c: what one level of an asset's protection need means
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-protection-level"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-protection-level.h"

struct _SgProtectionLevel
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgProtectionLevel, sg_protection_level, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_LABEL,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A register holds a level only once someone has said what it means in
 * their organisation; until then the asset's built-in labels stand. */
static void
sg_protection_level_class_init (SgProtectionLevelClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "protection_level", NULL,
                            N_("Protection level"), N_("Protection levels"), "protection levels");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_NONE, NULL);
  sg_record_class_set_refs_optional (record_class);
  sg_record_class_set_since (record_class, 9);
  sg_record_class_add_constraint (record_class, "UNIQUE (value)");

  properties[PROP_VALUE] = sg_field_number (SG_PROTECTION_LEVEL_VALUE, N_("Value"), 1, 3, 1);
  properties[PROP_LABEL] = sg_field_text (SG_PROTECTION_LEVEL_LABEL, N_("Label"));
  properties[PROP_DESCRIPTION] = sg_field_long_text (SG_PROTECTION_LEVEL_DESCRIPTION, N_("Description"));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_LABEL]);
  sg_record_class_add_column (record_class, properties[PROP_VALUE], 1);
}

static void
sg_protection_level_init (SgProtectionLevel *self)
{
}
