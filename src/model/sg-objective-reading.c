/* sg-objective-reading.c: one measurement of an objective, the monitoring evidence of clause 9.1
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-objective-reading"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-objective-reading.h"
#include "sg-objective.h"

struct _SgObjectiveReading
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgObjectiveReading, sg_objective_reading, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_OBJECTIVE,
  PROP_DATE,
  PROP_VALUE,
  PROP_NOTE,
  PROP_TAKEN_BY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_objective_reading_class_init (SgObjectiveReadingClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "objective_reading", NULL,
                            N_("Objective reading"), N_("Objective readings"),
                            "objective readings");
  /* Read and added inside their objective, not on a page of their own. */
  sg_record_class_set_page (record_class, SG_RECORD_AREA_NONE, N_("Objective Readings"));
  sg_record_class_set_refs_optional (record_class);

  properties[PROP_OBJECTIVE] = sg_field_parent ("objective", N_("Objective"), SG_TYPE_OBJECTIVE);
  properties[PROP_DATE] = sg_field_date ("date", N_("Date"));
  properties[PROP_VALUE] = sg_field_decimal ("value", N_("Value"));
  properties[PROP_NOTE] = sg_field_long_text ("note", N_("Note"));
  properties[PROP_TAKEN_BY] =
    sg_field_since (6, sg_field_person (SG_OBJECTIVE_READING_TAKEN_BY, N_("Taken by")));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_add_column (record_class, properties[PROP_OBJECTIVE], 1);
  sg_record_class_add_column (record_class, properties[PROP_DATE], 2);
  sg_record_class_add_column_sized (record_class, properties[PROP_VALUE], 3, 8);

  sg_record_class_add_facet (record_class, properties[PROP_OBJECTIVE]);
}

static void
sg_objective_reading_init (SgObjectiveReading *self)
{
}
