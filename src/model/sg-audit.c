/* sg-audit.c: an internal or external audit of the ISMS (clause 9.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-audit"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-action.h"
#include "sg-audit.h"
#include "sg-control.h"
#include "sg-person.h"
#include "sg-requirement.h"
#include "sg-finding.h"
#include "sg-enums.h"

struct _SgAudit
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgAudit, sg_audit, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_TYPE,
  PROP_SCOPE,
  PROP_CRITERIA,
  PROP_AUDITOR,
  PROP_PLANNED_DATE,
  PROP_ACTUAL_DATE,
  PROP_STATUS,
  PROP_CONCLUSION,
  PROP_REPORT,
  PROP_TEAM,
  PROP_AUDITEES,
  PROP_CLAUSES,
  PROP_CONTROLS,
  PROP_PROCESSES,
  PROP_INDEPENDENCE_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_audit_class_init (SgAuditClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "audit", "AUD-", N_("Audit"), N_("Audits"), "audits");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_EVALUATION, NULL);
  sg_record_class_set_empty_state (record_class, "emblem-documents-symbolic",
                                   N_("Your internal audits, planned and held as a programme"
                                      ", as clause 9.2 asks."));

  properties[PROP_TITLE] = sg_field_text (SG_AUDIT_TITLE, N_("Title"));
  properties[PROP_TYPE] =
    sg_field_choice (SG_AUDIT_TYPE, N_("Type"), SG_TYPE_AUDIT_TYPE, SG_AUDIT_TYPE_INTERNAL);
  properties[PROP_SCOPE] = sg_field_long_text (SG_AUDIT_SCOPE, N_("Scope"));
  properties[PROP_CRITERIA] = sg_field_long_text (SG_AUDIT_CRITERIA, N_("Criteria"));
  properties[PROP_AUDITOR] = sg_field_person (SG_AUDIT_AUDITOR, N_("Lead auditor"));
  properties[PROP_PLANNED_DATE] = sg_field_date (SG_AUDIT_PLANNED_DATE, N_("Planned date"));
  properties[PROP_ACTUAL_DATE] = sg_field_date (SG_AUDIT_ACTUAL_DATE, N_("Actual date"));
  properties[PROP_STATUS] =
    sg_field_choice (SG_AUDIT_STATUS, N_("Status"), SG_TYPE_AUDIT_STATUS, SG_AUDIT_STATUS_PLANNED);
  properties[PROP_CONCLUSION] = sg_field_long_text (SG_AUDIT_CONCLUSION, N_("Conclusion"));
  properties[PROP_REPORT] = sg_field_text (SG_AUDIT_REPORT, N_("Report"));
  properties[PROP_TEAM] =
    sg_field_since (5, sg_field_links (SG_AUDIT_TEAM, N_("Audit team"), SG_TYPE_PERSON));
  properties[PROP_AUDITEES] =
    sg_field_since (5, sg_field_links (SG_AUDIT_AUDITEES, N_("Auditees"), SG_TYPE_PERSON));
  properties[PROP_CLAUSES] =
    sg_field_since (5, sg_field_links (SG_AUDIT_CLAUSES, N_("Clauses in scope"), SG_TYPE_REQUIREMENT));
  properties[PROP_CONTROLS] =
    sg_field_since (5, sg_field_links (SG_AUDIT_CONTROLS, N_("Controls in scope"), SG_TYPE_CONTROL));
  properties[PROP_PROCESSES] =
    sg_field_since (5, sg_field_long_text (SG_AUDIT_PROCESSES, N_("Processes in scope")));
  /* Why an auditor audits records they own, when it cannot be avoided. */
  properties[PROP_INDEPENDENCE_NOTE] =
    sg_field_since (5, sg_field_long_text (SG_AUDIT_INDEPENDENCE_NOTE, N_("Independence")));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_TITLE]);
  sg_record_class_add_column (record_class, properties[PROP_TYPE], 1);
  sg_record_class_add_column (record_class, properties[PROP_AUDITOR], 3);
  sg_record_class_add_column (record_class, properties[PROP_PLANNED_DATE], 4);
  sg_record_class_add_column (record_class, properties[PROP_STATUS], 2);

  sg_record_class_add_facet (record_class, properties[PROP_TYPE]);
  sg_record_class_add_facet (record_class, properties[PROP_STATUS]);
  sg_record_class_add_facet (record_class, properties[PROP_AUDITOR]);
  sg_record_class_add_section (record_class, N_("Plan"),
                               properties[PROP_TITLE], properties[PROP_TYPE],
                               properties[PROP_PLANNED_DATE], properties[PROP_SCOPE],
                               properties[PROP_CRITERIA], NULL);
  sg_record_class_add_section (record_class, N_("In scope"),
                               properties[PROP_CLAUSES], properties[PROP_CONTROLS],
                               properties[PROP_PROCESSES], NULL);
  sg_record_class_add_section (record_class, N_("People"),
                               properties[PROP_AUDITOR], properties[PROP_TEAM],
                               properties[PROP_AUDITEES], properties[PROP_INDEPENDENCE_NOTE], NULL);
  sg_record_class_add_section (record_class, N_("Result"),
                               properties[PROP_ACTUAL_DATE], properties[PROP_STATUS],
                               properties[PROP_REPORT], properties[PROP_CONCLUSION], NULL);
  sg_record_class_add_child (record_class, SG_TYPE_FINDING);
  sg_record_class_add_child (record_class, SG_TYPE_ACTION);
  sg_record_class_set_due (record_class, properties[PROP_PLANNED_DATE], properties[PROP_STATUS],
                           SG_AUDIT_STATUS_COMPLETED, SG_AUDIT_STATUS_CANCELLED, -1);
}

static void
sg_audit_init (SgAudit *self)
{
}
