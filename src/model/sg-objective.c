/* sg-objective.c: an information security objective and the plan to achieve it (clause 6.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-objective"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-enums.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"

struct _SgObjective
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgObjective, sg_objective, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_MEASURE,
  PROP_TARGET,
  PROP_CURRENT_VALUE,
  PROP_UNIT,
  PROP_FREQUENCY,
  PROP_RESOURCES,
  PROP_OWNER,
  PROP_DUE_DATE,
  PROP_EVALUATION,
  PROP_STATUS,
  PROP_TARGET_VALUE,
  PROP_TARGET_DIRECTION,
  PROP_STATUS_SET_BY_HAND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_objective_class_init (SgObjectiveClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "objective", "OBJ-",
                            N_("Objective"), N_("Objectives"), "objectives");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_PLANNING, NULL);

  properties[PROP_TITLE] = sg_field_text ("title", N_("Title"));
  properties[PROP_DESCRIPTION] = sg_field_long_text ("description", N_("What will be done"));
  properties[PROP_MEASURE] = sg_field_text ("measure", N_("Measure"));
  properties[PROP_TARGET] = sg_field_text ("target", N_("Target"));
  properties[PROP_CURRENT_VALUE] = sg_field_text ("current-value", N_("Current value"));
  properties[PROP_UNIT] = sg_field_text ("unit", N_("Unit"));
  properties[PROP_FREQUENCY] = sg_field_text ("frequency", N_("Measurement frequency"));
  properties[PROP_RESOURCES] = sg_field_long_text ("resources", N_("Resources"));
  properties[PROP_OWNER] = sg_field_person ("owner", N_("Owner"));
  properties[PROP_DUE_DATE] = sg_field_date ("due-date", N_("Due date"));
  properties[PROP_EVALUATION] = sg_field_long_text ("evaluation", N_("Evaluation of results"));
  properties[PROP_STATUS] =
    sg_field_choice ("status", N_("Status"),
                     SG_TYPE_OBJECTIVE_STATUS, SG_OBJECTIVE_STATUS_NOT_STARTED);

  /* What the readings are measured against, as a number, and which side
   * of it is good: the suggested status comes from these. */
  properties[PROP_TARGET_VALUE] =
    sg_field_since (6, sg_field_decimal (SG_OBJECTIVE_TARGET_VALUE, N_("Target value")));
  properties[PROP_TARGET_DIRECTION] =
    sg_field_since (6, sg_field_choice (SG_OBJECTIVE_TARGET_DIRECTION, N_("Target direction"),
                                        SG_TYPE_TARGET_DIRECTION, SG_TARGET_DIRECTION_NONE));
  /* FALSE: the status follows the readings; TRUE: a person chose it. */
  properties[PROP_STATUS_SET_BY_HAND] =
    sg_field_since (6, sg_field_boolean (SG_OBJECTIVE_STATUS_SET_BY_HAND, N_("Status set by hand"), FALSE));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_TITLE]);
  sg_record_class_add_column (record_class, properties[PROP_OWNER], 2);
  sg_record_class_add_column (record_class, properties[PROP_DUE_DATE], 3);
  sg_record_class_add_column (record_class, properties[PROP_STATUS], 1);

  sg_record_class_add_facet (record_class, properties[PROP_STATUS]);
  sg_record_class_add_facet (record_class, properties[PROP_OWNER]);
  sg_record_class_add_section (record_class, N_("Objective"),
                               properties[PROP_TITLE], properties[PROP_OWNER],
                               properties[PROP_DESCRIPTION], properties[PROP_RESOURCES], NULL);
  sg_record_class_add_section (record_class, N_("Measurement"),
                               properties[PROP_MEASURE], properties[PROP_TARGET],
                               properties[PROP_TARGET_VALUE], properties[PROP_TARGET_DIRECTION],
                               properties[PROP_CURRENT_VALUE], properties[PROP_UNIT],
                               properties[PROP_FREQUENCY], NULL);
  sg_record_class_add_section (record_class, N_("Result"),
                               properties[PROP_DUE_DATE], properties[PROP_STATUS],
                               properties[PROP_STATUS_SET_BY_HAND],
                               properties[PROP_EVALUATION], NULL);
  sg_record_class_add_child (record_class, SG_TYPE_OBJECTIVE_READING);
  sg_record_class_set_due (record_class, properties[PROP_DUE_DATE], properties[PROP_STATUS],
                           SG_OBJECTIVE_STATUS_ACHIEVED, SG_OBJECTIVE_STATUS_MISSED, -1);
}

static void
sg_objective_init (SgObjective *self)
{
}
