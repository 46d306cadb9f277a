/* sg-risk-level.c: a risk level of the risk method and whether it is within the appetite (6.1.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-risk-level"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-risk-level.h"

struct _SgRiskLevel
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgRiskLevel, sg_risk_level, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_COLOUR,
  PROP_WITHIN_APPETITE,
  PROP_RANK,
  PROP_DESCRIPTION,
  PROP_ACCEPTANCE_AUTHORITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_risk_level_class_init (SgRiskLevelClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "risk_level", NULL,
                            N_("Risk level"), N_("Risk levels"), "risk levels");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_NONE, NULL);
  sg_record_class_set_refs_optional (record_class);

  properties[PROP_NAME] = sg_field_text ("name", N_("Name"));
  properties[PROP_COLOUR] = sg_field_colour ("colour", N_("Colour"));
  properties[PROP_WITHIN_APPETITE] =
    sg_field_boolean ("within-appetite", N_("Within risk appetite"), FALSE);
  properties[PROP_RANK] = sg_field_number ("rank", N_("Rank"), 1, 10, 1);
  properties[PROP_DESCRIPTION] = sg_field_long_text ("description", N_("Description"));
  properties[PROP_ACCEPTANCE_AUTHORITY] =
    sg_field_text ("acceptance-authority", N_("May be accepted by"));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_NAME]);
  sg_record_class_add_column (record_class, properties[PROP_RANK], 1);
  sg_record_class_add_column (record_class, properties[PROP_WITHIN_APPETITE], 2);

  sg_record_class_add_facet (record_class, properties[PROP_WITHIN_APPETITE]);
}

static void
sg_risk_level_init (SgRiskLevel *self)
{
}
