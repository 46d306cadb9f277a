/* sg-nonconformity.c: a nonconformity, its correction and corrective action (clause 10.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-nonconformity"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-action.h"
#include "sg-enums.h"
#include "sg-finding.h"
#include "sg-nonconformity.h"

struct _SgNonconformity
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgNonconformity, sg_nonconformity, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SOURCE,
  PROP_FINDING,
  PROP_RAISED_ON,
  PROP_DESCRIPTION,
  PROP_CORRECTION,
  PROP_ROOT_CAUSE,
  PROP_SEVERITY,
  PROP_ROOT_CAUSE_METHOD,
  PROP_SIMILAR,
  PROP_EFFECTIVENESS_PLANNED,
  PROP_EFFECTIVENESS_CHECKED_BY,
  PROP_OWNER,
  PROP_DUE_DATE,
  PROP_STATUS,
  PROP_EFFECTIVENESS_CHECKED_ON,
  PROP_EFFECTIVENESS,
  PROP_EFFECTIVENESS_NOTES,
  PROP_CLOSED_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_nonconformity_class_init (SgNonconformityClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "nonconformity", "NC-",
                            N_("Nonconformity"), N_("Nonconformities"), "nonconformities");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_IMPROVEMENT, NULL);

  properties[PROP_TITLE] = sg_field_text ("title", N_("Title"));
  properties[PROP_SOURCE] =
    sg_field_choice ("source", N_("Source"), SG_TYPE_NC_SOURCE, SG_NC_SOURCE_OTHER);
  properties[PROP_FINDING] = sg_field_reference ("finding", N_("Audit finding"), SG_TYPE_FINDING);
  properties[PROP_RAISED_ON] = sg_field_date ("raised-on", N_("Raised on"));
  properties[PROP_DESCRIPTION] = sg_field_long_text ("description", N_("Description"));
  properties[PROP_CORRECTION] = sg_field_long_text ("correction", N_("Correction"));
  properties[PROP_ROOT_CAUSE] = sg_field_long_text ("root-cause", N_("Root cause"));
  /* The corrective actions are Actions, its children (version 5 made one
   * of each text the field "corrective-action" held). */
  properties[PROP_SEVERITY] =
    sg_field_since (5, sg_field_choice ("severity", N_("Severity"),
                                        SG_TYPE_NC_SEVERITY, SG_NC_SEVERITY_MINOR));
  properties[PROP_ROOT_CAUSE_METHOD] =
    sg_field_since (5, sg_field_choice ("root-cause-method", N_("Root cause method"),
                                        SG_TYPE_ROOT_CAUSE_METHOD, SG_ROOT_CAUSE_METHOD_NOT_STATED));
  properties[PROP_SIMILAR] =
    sg_field_since (5, sg_field_long_text ("similar", N_("Similar nonconformities elsewhere")));
  properties[PROP_EFFECTIVENESS_PLANNED] =
    sg_field_since (5, sg_field_date ("effectiveness-planned", N_("Effectiveness check planned")));
  properties[PROP_EFFECTIVENESS_CHECKED_BY] =
    sg_field_since (5, sg_field_person ("effectiveness-checked-by", N_("Effectiveness checked by")));
  properties[PROP_OWNER] = sg_field_person ("owner", N_("Owner"));
  properties[PROP_DUE_DATE] = sg_field_date ("due-date", N_("Due date"));
  properties[PROP_STATUS] =
    sg_field_choice ("status", N_("Status"), SG_TYPE_NC_STATUS, SG_NC_STATUS_OPEN);
  properties[PROP_EFFECTIVENESS_CHECKED_ON] =
    sg_field_date ("effectiveness-checked-on", N_("Effectiveness checked on"));
  properties[PROP_EFFECTIVENESS] =
    sg_field_choice ("effectiveness", N_("Effectiveness"),
                     SG_TYPE_EFFECTIVENESS, SG_EFFECTIVENESS_NOT_CHECKED);
  properties[PROP_EFFECTIVENESS_NOTES] =
    sg_field_long_text ("effectiveness-notes", N_("Effectiveness notes"));
  properties[PROP_CLOSED_ON] = sg_field_date ("closed-on", N_("Closed on"));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_TITLE]);
  sg_record_class_add_column (record_class, properties[PROP_RAISED_ON], 4);
  sg_record_class_add_column (record_class, properties[PROP_OWNER], 2);
  sg_record_class_add_column (record_class, properties[PROP_DUE_DATE], 3);
  sg_record_class_add_column (record_class, properties[PROP_STATUS], 1);

  sg_record_class_add_facet (record_class, properties[PROP_SOURCE]);
  sg_record_class_add_facet (record_class, properties[PROP_STATUS]);
  sg_record_class_add_facet (record_class, properties[PROP_OWNER]);
  sg_record_class_add_facet (record_class, properties[PROP_EFFECTIVENESS]);
  sg_record_class_add_section (record_class, N_("Nonconformity"),
                               properties[PROP_TITLE], properties[PROP_SOURCE],
                               properties[PROP_FINDING], properties[PROP_RAISED_ON],
                               properties[PROP_SEVERITY], properties[PROP_DESCRIPTION], NULL);
  sg_record_class_add_section (record_class, N_("Correction and cause"),
                               properties[PROP_OWNER], properties[PROP_DUE_DATE],
                               properties[PROP_STATUS], properties[PROP_CORRECTION],
                               properties[PROP_ROOT_CAUSE_METHOD], properties[PROP_ROOT_CAUSE],
                               properties[PROP_SIMILAR], NULL);
  sg_record_class_add_section (record_class, N_("Effectiveness"),
                               properties[PROP_EFFECTIVENESS_PLANNED],
                               properties[PROP_EFFECTIVENESS_CHECKED_ON],
                               properties[PROP_EFFECTIVENESS_CHECKED_BY],
                               properties[PROP_EFFECTIVENESS], properties[PROP_CLOSED_ON],
                               properties[PROP_EFFECTIVENESS_NOTES], NULL);
  sg_record_class_add_child (record_class, SG_TYPE_ACTION);
  /* Awaiting verification is still open: the action's effect is unproven. */
  sg_record_class_set_due (record_class, properties[PROP_DUE_DATE], properties[PROP_STATUS],
                           SG_NC_STATUS_CLOSED, -1);
  sg_record_class_add_date_order (record_class, properties[PROP_RAISED_ON],
                                  properties[PROP_EFFECTIVENESS_CHECKED_ON],
                                  N_("An effectiveness check cannot be dated before the nonconformity was raised"));
  sg_record_class_add_date_order (record_class, properties[PROP_RAISED_ON],
                                  properties[PROP_EFFECTIVENESS_PLANNED],
                                  N_("An effectiveness check cannot be planned before the nonconformity was raised"));
}

static void
sg_nonconformity_init (SgNonconformity *self)
{
}
