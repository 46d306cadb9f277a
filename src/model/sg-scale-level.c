/* sg-scale-level.c: one level of the risk method's likelihood or impact scale (clause 6.1.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-scale-level"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-enums.h"
#include "sg-scale-level.h"

struct _SgScaleLevel
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgScaleLevel, sg_scale_level, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_AXIS,
  PROP_VALUE,
  PROP_LABEL,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_scale_level_class_init (SgScaleLevelClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "scale_level", NULL,
                            N_("Scale level"), N_("Scale levels"), "scale levels");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_NONE, NULL);
  sg_record_class_set_refs_optional (record_class);
  sg_record_class_add_constraint (record_class, "UNIQUE (axis, value)");

  properties[PROP_AXIS] =
    sg_field_choice ("axis", N_("Scale"), SG_TYPE_SCALE_AXIS, SG_SCALE_AXIS_LIKELIHOOD);
  properties[PROP_VALUE] = sg_field_number ("value", N_("Value"), 1, 10, 1);
  properties[PROP_LABEL] = sg_field_text ("label", N_("Label"));
  properties[PROP_DESCRIPTION] = sg_field_long_text ("description", N_("Description"));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_LABEL]);
  sg_record_class_add_column (record_class, properties[PROP_AXIS], 1);
  sg_record_class_add_column (record_class, properties[PROP_VALUE], 1);

  sg_record_class_add_facet (record_class, properties[PROP_AXIS]);
}

static void
sg_scale_level_init (SgScaleLevel *self)
{
}
