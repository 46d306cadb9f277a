/* sg-sample-improve.c: the example's audit programme, findings, nonconformities, actions and management reviews
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One chain, as a certification auditor follows it (clauses 9.2, 9.3,
 * 10.2): three years of internal audits and the certification audit to
 * come; the findings of each, tied to a clause or control; the major
 * finding of the last audit raised as a nonconformity with its
 * correction, root cause, corrective actions (one of them overdue) and a
 * planned effectiveness check; an older nonconformity whose check found
 * it not effective, reopened with a new action; nonconformities from an
 * incident and a complaint; and the management reviews, two held with
 * their inputs frozen as of their own dates, and this year's planned. */
#define G_LOG_DOMAIN "sg-sample"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-action.h"
#include "sg-audit.h"
#include "sg-control.h"
#include "sg-enums.h"
#include "sg-finding.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-requirement.h"
#include "sg-review-inputs.h"
#include "sg-sample-private.h"

/* The audit programme (9.2.2) */

typedef enum
{
  AUDIT_PLANNING,
  AUDIT_PEOPLE,
  AUDIT_OPERATIONS,
  AUDIT_INCIDENTS,
  AUDIT_WHOLE,
  AUDIT_SUPPLIERS,
  AUDIT_CERTIFICATION,
  AUDIT_PHYSICAL,
  N_AUDITS
} AuditKey;

#define ALL_CLAUSES "4.1 4.2 4.3 4.4 5.1 5.2 5.3 6.1.1 6.1.2 6.1.3 6.2 6.3 7.1 7.2 7.3 7.4 7.5.1 " \
                    "7.5.2 7.5.3 8.1 8.2 8.3 9.1 9.2.1 9.2.2 9.3.1 9.3.2 9.3.3 10.1 10.2"

typedef struct
{
  const char    *title;
  SgAuditType    type;
  const char    *scope;
  const char    *criteria;
  const char    *clauses;     /* requirement refs */
  const char    *controls;    /* Annex A refs */
  const char    *processes;
  const char    *lead;
  const char    *team;        /* one name, or NULL */
  const char    *auditees[4];
  int            planned;
  int            actual;
  SgAuditStatus  status;
  const char    *conclusion;
  const char    *report;
  const char    *independence;
} SampleAudit;

static const SampleAudit sample_audits[N_AUDITS] = {
  [AUDIT_PLANNING] = {
    N_("Internal audit: context, leadership and planning"), SG_AUDIT_TYPE_INTERNAL,
    N_("Clauses 4 to 6: context, scope, leadership, the risk method and the objectives."),
    N_("ISO/IEC 27001:2022 and the information security policy."),
    "4.1 4.2 4.3 4.4 5.1 5.2 5.3 6.1.1 6.1.2 6.1.3 6.2", "5.1 5.2 5.4",
    N_("Strategy and budget planning; risk assessment."),
    AUDITOR, "Nina Koch", { CEO, CISO }, -1000, -998, SG_AUDIT_STATUS_COMPLETED,
    N_("Context, scope and the risk method are defined and understood by management. How two "
       "of the objectives are measured is not defined yet."),
    N_("Audit report in SharePoint, ISMS area, folder Audits"), NULL },
  [AUDIT_PEOPLE] = {
    N_("Internal audit: human resources and access management"), SG_AUDIT_TYPE_INTERNAL,
    N_("Joiners, movers and leavers; user and privileged access; screening and awareness."),
    N_("ISO/IEC 27001:2022, the access control policy and the HR security procedure."),
    "7.2 7.3", "5.15 5.16 5.17 5.18 6.1 6.2 6.3 6.5",
    N_("Onboarding and offboarding; granting and reviewing access rights."),
    AUDITOR, NULL, { HR_LEAD, IT_LEAD }, -820, -818, SG_AUDIT_STATUS_COMPLETED,
    N_("The joiner and leaver process works; privileged access rights are not reviewed as "
       "often as the policy requires."),
    N_("Audit report in SharePoint, ISMS area, folder Audits"), NULL },
  [AUDIT_OPERATIONS] = {
    N_("Internal audit: operations security, backup and logging"), SG_AUDIT_TYPE_INTERNAL,
    N_("The data centre and the cloud services: malware protection, vulnerabilities, backup, "
       "logging and monitoring."),
    N_("ISO/IEC 27001:2022, the backup and restore procedure and the patch management procedure."),
    "8.1", "8.7 8.8 8.13 8.15 8.16",
    N_("IT operations: patching, backup, monitoring."),
    AUDITOR, "Nina Koch", { IT_LEAD, SECURITY_ENG }, -640, -637, SG_AUDIT_STATUS_COMPLETED,
    N_("Operations are run securely. Log retention is not set consistently."),
    N_("Audit report in SharePoint, ISMS area, folder Audits"), NULL },
  [AUDIT_INCIDENTS] = {
    N_("Internal audit: incident management and business continuity"), SG_AUDIT_TYPE_INTERNAL,
    N_("Incident management from detection to lessons learned; ICT readiness for business "
       "continuity."),
    N_("ISO/IEC 27001:2022, the incident response procedure and the business continuity plan."),
    "10.2", "5.24 5.25 5.26 5.27 5.28 5.29 5.30",
    N_("Incident response; crisis management; restart of the dispatch centre."),
    AUDITOR, SECURITY_ENG, { CISO, OPS_LEAD }, -450, -447, SG_AUDIT_STATUS_COMPLETED,
    N_("Incidents are handled effectively; lessons learned are not recorded for every major "
       "incident."),
    N_("Audit report in SharePoint, ISMS area, folder Audits"),
    N_("Tobias Schmitt owns control 5.28 and stands in for the CISO and the head of IT "
       "operations, who own other controls in scope. He audited the restart of the dispatch "
       "centre (5.29) only; Dr. Eva Schneider audited the other controls alone.") },
  [AUDIT_WHOLE] = {
    N_("Internal ISMS audit: whole scope"), SG_AUDIT_TYPE_INTERNAL,
    N_("Clauses 4 to 10 and a sample of 30 Annex A controls at headquarters and the Billbrook "
       "warehouse."),
    N_("ISO/IEC 27001:2022, the information security policy and the risk treatment plan."),
    ALL_CLAUSES,
    "5.1 5.7 5.9 5.10 5.12 5.15 5.16 5.17 5.18 5.23 5.24 5.26 5.30 6.1 6.3 6.7 7.1 7.4 7.10 "
    "8.1 8.5 8.7 8.8 8.9 8.13 8.15 8.16 8.20 8.24 8.32",
    N_("All ISMS processes; dispatch and warehouse operations at Billbrook."),
    AUDITOR, NULL, { CISO, IT_LEAD, HR_LEAD, OPS_LEAD }, -80, -75, SG_AUDIT_STATUS_COMPLETED,
    N_("The ISMS is largely implemented and effective. One major nonconformity (missing restore "
       "tests) and two minor nonconformities must be corrected before the certification audit. "
       "Management commitment and the risk register were noted as strengths."),
    N_("Audit report v1.0 in SharePoint, ISMS area, folder Audits"), NULL },
  /* Planned with the ISMS manager as lead auditor, who owns records in
   * its scope, and no reason recorded yet: the flag a user should see. */
  [AUDIT_SUPPLIERS] = {
    N_("Internal audit: suppliers, cloud services and incident management"), SG_AUDIT_TYPE_INTERNAL,
    N_("Clauses 8.1 and 10.2; Annex A controls 5.19 to 5.30 and 8.13 to 8.16."),
    N_("ISO/IEC 27001:2022, supplier security policy, incident response procedure."),
    "8.1 10.2", "5.19 5.20 5.21 5.22 5.23 5.24 5.25 5.26 5.27 5.28 5.29 5.30 8.13 8.14 8.15 8.16",
    NULL, CISO, NULL, { LEGAL_LEAD, IT_LEAD }, 80, NO_DATE, SG_AUDIT_STATUS_PLANNED,
    NULL, NULL, NULL },
  [AUDIT_CERTIFICATION] = {
    N_("Certification audit, stages 1 and 2"), SG_AUDIT_TYPE_CERTIFICATION,
    N_("The whole ISMS scope at headquarters and the Billbrook warehouse."),
    N_("ISO/IEC 27001:2022 and the Statement of Applicability."),
    ALL_CLAUSES, "5.1 5.9 5.15 5.24 8.13",
    NULL, CERT_AUDITOR, NULL, { CEO, CISO, IT_LEAD }, 150, NO_DATE, SG_AUDIT_STATUS_PLANNED,
    NULL, NULL, NULL },
  [AUDIT_PHYSICAL] = {
    N_("Internal audit: physical security of the warehouses"), SG_AUDIT_TYPE_INTERNAL,
    N_("Perimeters, entry control and equipment at the Billbrook and Allermöhe warehouses."),
    N_("ISO/IEC 27001:2022 and the physical security policy."),
    "7.1", "7.1 7.2 7.3 7.4 7.8 7.11",
    NULL, AUDITOR, "Nina Koch", { FACILITY_LEAD, OPS_LEAD }, 300, NO_DATE, SG_AUDIT_STATUS_PLANNED,
    NULL, NULL, NULL },
};

typedef enum
{
  FINDING_RESTORE_TESTS,
  FINDING_COMPETENCE,
  FINDING_LEAVERS,
  FINDING_ANALYSIS,
  FINDING_REVIEW_OVERDUE,
  FINDING_THREAT_INTEL,
  FINDING_OBJECTIVES,
  FINDING_PARTIES,
  FINDING_PRIVILEGED,
  FINDING_SCREENING,
  FINDING_LOG_RETENTION,
  FINDING_CORRELATION,
  FINDING_LESSONS,
  N_FINDINGS,
  FINDING_NONE = N_FINDINGS,
} FindingKey;

typedef struct
{
  AuditKey       audit;
  SgFindingType  type;
  const char    *clause;   /* a requirement's ref, or NULL */
  const char    *control;  /* an Annex A ref, or NULL */
  const char    *description;
  const char    *evidence;
} SampleFinding;

static const SampleFinding sample_findings[N_FINDINGS] = {
  [FINDING_RESTORE_TESTS] = { AUDIT_WHOLE, SG_FINDING_TYPE_MAJOR_NONCONFORMITY, NULL, "8.13",
    N_("Restore tests are not performed for the warehouse management system, although the backup "
       "procedure requires one every six months for all critical systems. The last documented "
       "restore test of the WMS is 14 months old."),
    N_("Backup and restore procedure v1.6, section 5; restore test log; interview with the head of "
       "IT operations.") },
  [FINDING_COMPETENCE] = { AUDIT_WHOLE, SG_FINDING_TYPE_MINOR_NONCONFORMITY, "7.2", NULL,
    N_("There are no competence records for the two deputies of the incident response lead."),
    N_("Competence records; on-call rota of the incident response team.") },
  [FINDING_LEAVERS] = { AUDIT_WHOLE, SG_FINDING_TYPE_MINOR_NONCONFORMITY, NULL, "5.18",
    N_("The accounts of two of 15 sampled leavers were disabled nine and twelve days after their "
       "last working day."),
    N_("Sample of 15 leavers from the HR system compared with Active Directory.") },
  [FINDING_ANALYSIS] = { AUDIT_WHOLE, SG_FINDING_TYPE_OBSERVATION, "9.1", NULL,
    N_("Objectives are measured, but the analysis of the results is not recorded; the reasons for "
       "the slow patching trend are not documented."),
    N_("Objective readings; minutes of the IT team meeting.") },
  [FINDING_REVIEW_OVERDUE] = { AUDIT_WHOLE, SG_FINDING_TYPE_OBSERVATION, "7.5.3", NULL,
    N_("The access control policy was due for review last month and has not been reviewed."),
    N_("Document register.") },
  [FINDING_THREAT_INTEL] = { AUDIT_WHOLE, SG_FINDING_TYPE_OPPORTUNITY, NULL, "5.7",
    N_("Threat information from the logistics ISAC could be fed into vulnerability management to "
       "prioritise patches."),
    N_("Interview with the CISO.") },
  [FINDING_OBJECTIVES] = { AUDIT_PLANNING, SG_FINDING_TYPE_OBSERVATION, "6.2", NULL,
    N_("Every objective has a target, but for two of them it is not defined how and how often "
       "they are measured."),
    N_("Objectives in this register; interview with the CISO.") },
  [FINDING_PARTIES] = { AUDIT_PLANNING, SG_FINDING_TYPE_OPPORTUNITY, "4.2", NULL,
    N_("The works council’s expectations could be recorded as an interested party of their own."),
    N_("Register of interested parties.") },
  [FINDING_PRIVILEGED] = { AUDIT_PEOPLE, SG_FINDING_TYPE_MINOR_NONCONFORMITY, NULL, "5.18",
    N_("Privileged access rights are not reviewed every quarter as the access control policy "
       "requires; the last review of the SAP administrator rights is eight months old."),
    N_("Access control policy v2.0, section 4; SAP user list; review records of the last 12 "
       "months.") },
  [FINDING_SCREENING] = { AUDIT_PEOPLE, SG_FINDING_TYPE_OBSERVATION, NULL, "6.1",
    N_("The screening of new dispatchers is recorded as a tick in the HR system, without what "
       "was checked."),
    N_("Personnel files of ten sampled new hires.") },
  [FINDING_LOG_RETENTION] = { AUDIT_OPERATIONS, SG_FINDING_TYPE_OBSERVATION, NULL, "8.15",
    N_("Logs are kept between 30 and 365 days depending on the system, without a documented "
       "reason."),
    N_("Logging configuration of the firewall, Active Directory and SAP.") },
  [FINDING_CORRELATION] = { AUDIT_OPERATIONS, SG_FINDING_TYPE_OPPORTUNITY, NULL, "8.16",
    N_("Alerts of the firewall and the endpoint protection could be correlated in one place."),
    N_("Interview with the security engineer.") },
  [FINDING_LESSONS] = { AUDIT_INCIDENTS, SG_FINDING_TYPE_OBSERVATION, NULL, "5.27",
    N_("Lessons learned were recorded for one of the three major incidents of the year."),
    N_("Incident tickets; minutes of the incident reviews.") },
};

/* Nonconformities and their corrective actions (10.2) */

typedef enum
{
  NC_RESTORE,
  NC_LEAVERS,
  NC_COMPETENCE,
  NC_PRIVILEGED,
  NC_ADDRESSES,
  NC_PRICES,
  N_NCS
} NcKey;

typedef struct
{
  const char         *title;
  SgNcSource          source;
  FindingKey          finding;
  SgNcSeverity        severity;
  int                 raised_on;
  const char         *description;
  const char         *correction;
  SgRootCauseMethod   method;
  const char         *root_cause;
  const char         *similar;
  const char         *owner;
  int                 due;
  SgNcStatus          status;
  int                 check_planned;
  int                 checked_on;
  const char         *checked_by;
  SgEffectiveness     effectiveness;
  const char         *effectiveness_notes;
  int                 closed_on;
} SampleNonconformity;

static const SampleNonconformity sample_nonconformities[N_NCS] = {
  [NC_RESTORE] = {
    N_("No restore tests for the WMS"), SG_NC_SOURCE_AUDIT_FINDING, FINDING_RESTORE_TESTS,
    SG_NC_SEVERITY_MAJOR, -73,
    N_("The WMS has not been restored from backup for 14 months; the backup procedure requires a "
       "test every six months."),
    N_("Restore test of the WMS performed successfully in the isolated environment."),
    SG_ROOT_CAUSE_METHOD_FIVE_WHYS,
    N_("Why was the WMS not tested? It was not on the restore test schedule. Why not? The WMS "
       "moved to the data centre last year and the schedule is kept by hand. Why by hand? It was "
       "never derived from the asset register, which knows every system’s availability need."),
    N_("All 14 systems with availability need 3 were compared with the schedule: the customer "
       "portal and the EDI gateway were missing too and have been added."),
    IT_LEAD, 30, SG_NC_STATUS_IN_PROGRESS, 75, NO_DATE, NULL, SG_EFFECTIVENESS_NOT_CHECKED, NULL,
    NO_DATE },
  [NC_LEAVERS] = {
    N_("Leavers’ accounts disabled late"), SG_NC_SOURCE_AUDIT_FINDING, FINDING_LEAVERS,
    SG_NC_SEVERITY_MINOR, -73,
    N_("Two leavers kept active accounts for nine and twelve days after their last working day."),
    N_("Both accounts disabled the same day; their sign-ins checked: no use after leaving."),
    SG_ROOT_CAUSE_METHOD_FISHBONE,
    N_("Leaver notices reach IT by e-mail and wait in the ticket queue; nobody checks that every "
       "leaver has been processed."),
    N_("The review of privileged access failed for the same reason two years ago: a step that "
       "depends on one person’s reminder. The automatic removal decided by the last management "
       "review addresses both."),
    HR_LEAD, -5, SG_NC_STATUS_IN_PROGRESS, 60, NO_DATE, NULL, SG_EFFECTIVENESS_NOT_CHECKED, NULL,
    NO_DATE },
  [NC_COMPETENCE] = {
    N_("Competence of incident response deputies not recorded"), SG_NC_SOURCE_AUDIT_FINDING,
    FINDING_COMPETENCE, SG_NC_SEVERITY_MINOR, -73,
    N_("No competence records exist for the two deputies of the incident response lead."),
    N_("Training certificates of both deputies collected and recorded."),
    SG_ROOT_CAUSE_METHOD_OTHER,
    N_("Competence records were kept only for role holders, not for their deputies."),
    N_("All deputies named in the roles were checked; the others had records."),
    HR_LEAD, -30, SG_NC_STATUS_CLOSED, -15, -12, CISO, SG_EFFECTIVENESS_EFFECTIVE,
    N_("Sample of all five people on the on-call rota: every record complete."), -10 },
  /* Checked "not effective", so reopened with a new action. */
  [NC_PRIVILEGED] = {
    N_("Privileged access not reviewed every quarter"), SG_NC_SOURCE_AUDIT_FINDING,
    FINDING_PRIVILEGED, SG_NC_SEVERITY_MINOR, -815,
    N_("The quarterly review of privileged access rights required by the access control policy "
       "was not done for eight months."),
    N_("SAP administrator rights reviewed at once; two rights no longer needed were removed."),
    SG_ROOT_CAUSE_METHOD_FIVE_WHYS,
    N_("The review was started by a reminder in the calendar of the head of IT operations; when "
       "he was away, nobody started it."),
    N_("The other systems with administrator rights (Active Directory, Microsoft 365, the "
       "firewall) were reviewed the same month."),
    IT_LEAD, 20, SG_NC_STATUS_IN_PROGRESS, -130, -120, CISO, SG_EFFECTIVENESS_NOT_EFFECTIVE,
    N_("Two of the last four quarterly reviews were not done: a reminder alone did not remove the "
       "cause. Reopened with a new action."), NO_DATE },
  [NC_ADDRESSES] = {
    N_("Customer addresses sent to the wrong recipient"), SG_NC_SOURCE_INCIDENT, FINDING_NONE,
    SG_NC_SEVERITY_MINOR, -35,
    N_("A dispatcher e-mailed a shipment list with 240 consignee addresses to a wrong external "
       "address chosen by auto-completion."),
    N_("Recipient asked to delete the e-mail and confirmed it in writing; the DPO assessed the "
       "breach as unlikely to result in a risk and documented it without notification."),
    SG_ROOT_CAUSE_METHOD_NOT_STATED,
    N_("First analysis: Outlook suggested a former contact with a similar name, and the list was "
       "sent as an unencrypted attachment. The analysis with the dispatch team is not finished."),
    NULL, OPS_LEAD, 45, SG_NC_STATUS_OPEN, NO_DATE, NO_DATE, NULL, SG_EFFECTIVENESS_NOT_CHECKED,
    NULL, NO_DATE },
  [NC_PRICES] = {
    N_("Delivery notes showed another customer’s prices"), SG_NC_SOURCE_COMPLAINT, FINDING_NONE,
    SG_NC_SEVERITY_MINOR, -20,
    N_("A retail customer complained that the delivery notes of three shipments showed the prices "
       "agreed with another customer."),
    N_("The three delivery notes were corrected and sent again; the other customer was informed."),
    SG_ROOT_CAUSE_METHOD_FISHBONE,
    N_("A template change in the transport management system fell back to a default price list "
       "for customers without their own; the change was tested with one customer only."),
    N_("The delivery notes of all 42 customers with their own price lists were checked: none "
       "other affected."),
    DIGITAL_LEAD, 25, SG_NC_STATUS_IN_PROGRESS, 60, NO_DATE, NULL, SG_EFFECTIVENESS_NOT_CHECKED,
    NULL, NO_DATE },
};

typedef struct
{
  NcKey            nc;
  const char      *title;
  const char      *owner;
  int              raised_on;
  int              due;
  SgActionStatus   status;
  int              done_on;
} SampleNcAction;

static const SampleNcAction sample_nc_actions[] = {
  { NC_RESTORE, N_("Add the WMS, the customer portal and the EDI gateway to the restore test "
                   "schedule"), IT_LEAD, -73, -50, SG_ACTION_STATUS_DONE, -55 },
  { NC_RESTORE, N_("Derive the restore test schedule from the asset register (all assets with "
                   "availability need 3)"), IT_LEAD, -73, -14, SG_ACTION_STATUS_IN_PROGRESS, NO_DATE },
  { NC_RESTORE, N_("Check the restore test log every month and report the result to the CISO"),
    SECURITY_ENG, -73, 30, SG_ACTION_STATUS_OPEN, NO_DATE },
  { NC_LEAVERS, N_("Compare the leavers in the HR system with the active accounts every month"),
    HR_LEAD, -73, -20, SG_ACTION_STATUS_DONE, -25 },
  { NC_COMPETENCE, N_("Competence records required for every person on the on-call rota; HR checks "
                      "the rota every quarter."), HR_LEAD, -73, -30, SG_ACTION_STATUS_DONE, -35 },
  { NC_PRIVILEGED, N_("Review privileged access every quarter, started by a calendar reminder"),
    IT_LEAD, -815, -700, SG_ACTION_STATUS_DONE, -705 },
  { NC_PRIVILEGED, N_("Open the quarterly review as a recurring ticket, escalated to the CISO after "
                      "14 days"), IT_LEAD, -120, 20, SG_ACTION_STATUS_IN_PROGRESS, NO_DATE },
  { NC_ADDRESSES, N_("Proposed: turn off auto-completion of external addresses, warn before "
                     "attachments go to external recipients and share shipment lists through the "
                     "customer portal instead."), OPS_LEAD, -35, 45, SG_ACTION_STATUS_OPEN, NO_DATE },
  { NC_PRICES, N_("Test template changes of the TMS with three customers, one of them without a "
                  "price list of its own"), DIGITAL_LEAD, -18, 10, SG_ACTION_STATUS_OPEN, NO_DATE },
};

/* Management reviews (9.3) */

typedef enum
{
  REVIEW_FIRST,
  REVIEW_LAST,
  REVIEW_NEXT,
  N_REVIEWS
} ReviewKey;

typedef struct
{
  int              date;
  SgReviewStatus   status;   /* what it ends as; a held one is held first */
  const char      *participants[9];
  const char      *attendees;
  const char      *notes[7]; /* the manager's notes on 9.3.2 a–g */
  const char      *decisions;
  const char      *changes;
} SampleReview;

static const char *const review_note_fields[7] = {
  "input-previous-actions", "input-context-changes", "input-party-changes", "input-performance",
  "input-party-feedback", "input-risk-results", "input-improvement",
};

static const SampleReview sample_reviews[N_REVIEWS] = {
  [REVIEW_FIRST] = {
    -695, SG_REVIEW_STATUS_MINUTES_APPROVED, { CEO, CFO, CISO, IT_LEAD },
    NULL,
    { NULL,
      N_("Customers ask for ISO/IEC 27001 certification in more tenders."),
      NULL,
      N_("The first internal audits found the context and the risk method well defined; privileged "
         "access is not reviewed as often as required."),
      NULL, NULL, NULL },
    N_("The ISMS is to be ready for certification within two years. An external internal auditor "
       "is to be contracted."),
    N_("The scope is extended to the Billbrook warehouse.") },
  [REVIEW_LAST] = {
    -330, SG_REVIEW_STATUS_MINUTES_APPROVED,
    { CEO, CFO, CISO, IT_LEAD, OPS_LEAD, HR_LEAD, DPO, AUDITOR },
    N_("Chair of the works council (guest for item c)"),
    { N_("Both actions of the previous review are done: the internal auditor is contracted and "
         "the scope includes the Billbrook warehouse."),
      N_("The NIS2 implementation act was passed; two competitors were hit by ransomware; large "
         "customers increasingly require ISO/IEC 27001 certification in tenders."),
      N_("Two key customers added certification to their contracts. The works council asked to be "
         "informed before new monitoring tools are introduced."),
      N_("The audit of incident management found the process effective, with lessons learned not "
         "always recorded. The phishing click rate fell; patching within 14 days stays below its "
         "target."),
      N_("No customer complaints about information security. The cyber insurer asked for evidence "
         "of MFA for all remote access, which was provided."),
      N_("Risk assessment updated for all areas. Three risks remain above the risk appetite after "
         "treatment (ransomware, unpatched systems, SAP outage at month-end); their treatment is "
         "under way."),
      N_("Managed detection and response service; automatic removal of leavers’ access; threat "
         "information from the logistics ISAC.") },
    N_("The ISMS remains suitable, adequate and effective. Budget of EUR 180,000 approved for "
       "network segmentation and an MDR service. The three risks above appetite are accepted "
       "temporarily until their treatment is complete. The certification audit is to be booked "
       "for the second half of the year."),
    N_("Network segmentation and the MDR service join the risk treatment plan; the audit "
       "programme gains an audit of suppliers and cloud services.") },
  /* This year's: the review page computes its inputs when it is opened. */
  [REVIEW_NEXT] = {
    30, SG_REVIEW_STATUS_PLANNED, { CEO, CFO, CISO, IT_LEAD, OPS_LEAD, HR_LEAD, DPO },
    NULL, { NULL }, NULL, NULL },
};

typedef struct
{
  ReviewKey        review;
  const char      *title;
  const char      *owner;
  int              due;
  SgActionStatus   status;
  int              done_on;
} SampleReviewAction;

static const SampleReviewAction sample_review_actions[] = {
  { REVIEW_FIRST, N_("Contract an external internal auditor"), CISO, -600, SG_ACTION_STATUS_DONE, -610 },
  { REVIEW_FIRST, N_("Extend the ISMS scope to the Billbrook warehouse"), CISO, -500,
    SG_ACTION_STATUS_DONE, -520 },
  { REVIEW_LAST, N_("Contract a managed detection and response service"), CISO, -240,
    SG_ACTION_STATUS_DONE, -250 },
  { REVIEW_LAST, N_("Complete the network segmentation"), IT_LEAD, 60, SG_ACTION_STATUS_IN_PROGRESS,
    NO_DATE },
  { REVIEW_LAST, N_("Automate the removal of leavers’ access"), HR_LEAD, -30,
    SG_ACTION_STATUS_IN_PROGRESS, NO_DATE },
  { REVIEW_LAST, N_("Book the certification audit"), CISO, -200, SG_ACTION_STATUS_DONE, -210 },
};

/* An audit's own follow-up, and a step of a risk's treatment plan. */
static const struct
{
  AuditKey        audit;     /* N_AUDITS: none */
  guint           risk;      /* index into the risks, with no audit */
  const char     *title;
  const char     *owner;
  int             raised_on;
  int             due;
  SgActionStatus  status;
  int             done_on;
} sample_other_actions[] = {
  { AUDIT_OPERATIONS, 0, N_("Set one log retention per kind of log and record the reasons"),
    IT_LEAD, -637, -500, SG_ACTION_STATUS_DONE, -520 },
  { N_AUDITS, 0, N_("Install the managed detection and response agent on every server"),
    SECURITY_ENG, -240, 45, SG_ACTION_STATUS_IN_PROGRESS, NO_DATE },
};

typedef struct
{
  gint64 audits[N_AUDITS];
  gint64 findings[N_FINDINGS + 1];  /* FINDING_NONE: 0 */
  gint64 ncs[N_NCS];
  gint64 reviews[N_REVIEWS];
} Chain;

static GVariant *
people_links (Sample             *s,
              const char * const *names,
              guint               max)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < max && names[i] != NULL; i++)
    {
      gint64 id = sg_sample_person (s, names[i]);
      g_array_append_val (ids, id);
    }
  return sg_links_new ((const gint64 *) ids->data, ids->len);
}

static gboolean
add_audits (Sample  *s,
            Chain   *c,
            GError **error)
{
  for (guint i = 0; i < N_AUDITS; i++)
    {
      const SampleAudit *a = &sample_audits[i];
      const char *team[] = { a->team, NULL };
      GVariant *clauses = sg_sample_seeded_links (s, SG_TYPE_REQUIREMENT, a->clauses, error);
      GVariant *controls = clauses ? sg_sample_seeded_links (s, SG_TYPE_CONTROL, a->controls, error) : NULL;
      SgRecord *record;

      if (controls == NULL)
        {
          if (clauses != NULL)
            g_variant_unref (g_variant_ref_sink (clauses));
          return FALSE;
        }
      record = sg_sample_add (s, error, SG_TYPE_AUDIT,
                              "title", _(a->title),
                              "type", a->type,
                              "scope", _(a->scope),
                              "criteria", _(a->criteria),
                              "clauses", clauses,
                              "controls", controls,
                              "processes", sg_sample_tr (a->processes),
                              "auditor", sg_sample_person (s, a->lead),
                              "team", people_links (s, team, 1),
                              "auditees", people_links (s, a->auditees, G_N_ELEMENTS (a->auditees)),
                              "planned-date", sg_sample_date (s, a->planned),
                              "actual-date", sg_sample_date (s, a->actual),
                              "status", a->status,
                              "conclusion", sg_sample_tr (a->conclusion),
                              "report", sg_sample_tr (a->report),
                              "independence-note", sg_sample_tr (a->independence),
                              NULL);
      if (record == NULL)
        return FALSE;
      c->audits[i] = sg_record_get_id (record);
      if (a->status == SG_AUDIT_STATUS_COMPLETED)
        g_array_append_val (s->audits, c->audits[i]);
    }

  for (guint key = 0; key < N_FINDINGS; key++)
    {
      const SampleFinding *f = &sample_findings[key];
      SgRecord *clause = f->clause ? sg_sample_find_seeded (s, SG_TYPE_REQUIREMENT, f->clause, error) : NULL;
      SgRecord *control = f->control ? sg_sample_find_seeded (s, SG_TYPE_CONTROL, f->control, error) : NULL;
      SgRecord *record;

      if ((f->clause != NULL && clause == NULL) || (f->control != NULL && control == NULL))
        return FALSE;
      record = sg_sample_add (s, error, SG_TYPE_FINDING,
                              SG_FINDING_AUDIT, c->audits[f->audit],
                              SG_FINDING_TYPE, f->type,
                              SG_FINDING_REQUIREMENT, clause ? sg_record_get_id (clause) : 0,
                              SG_FINDING_CONTROL, control ? sg_record_get_id (control) : 0,
                              SG_FINDING_DESCRIPTION, _(f->description),
                              SG_FINDING_EVIDENCE, _(f->evidence),
                              NULL);
      if (record == NULL)
        return FALSE;
      c->findings[key] = sg_record_get_id (record);
    }
  return TRUE;
}

static gboolean
add_nonconformities (Sample  *s,
                     Chain   *c,
                     GError **error)
{
  for (guint i = 0; i < N_NCS; i++)
    {
      const SampleNonconformity *nc = &sample_nonconformities[i];
      SgRecord *record;

      record = sg_sample_add (s, error, SG_TYPE_NONCONFORMITY,
                              "title", _(nc->title),
                              "source", nc->source,
                              "finding", c->findings[nc->finding],
                              "severity", nc->severity,
                              "raised-on", sg_sample_date (s, nc->raised_on),
                              "description", _(nc->description),
                              "correction", sg_sample_tr (nc->correction),
                              "root-cause-method", nc->method,
                              "root-cause", sg_sample_tr (nc->root_cause),
                              "similar", sg_sample_tr (nc->similar),
                              "owner", sg_sample_person (s, nc->owner),
                              "due-date", sg_sample_date (s, nc->due),
                              "status", nc->status,
                              "effectiveness-planned", sg_sample_date (s, nc->check_planned),
                              "effectiveness-checked-on", sg_sample_date (s, nc->checked_on),
                              "effectiveness-checked-by", sg_sample_person (s, nc->checked_by),
                              "effectiveness", nc->effectiveness,
                              "effectiveness-notes", sg_sample_tr (nc->effectiveness_notes),
                              "closed-on", sg_sample_date (s, nc->closed_on),
                              NULL);
      if (record == NULL)
        return FALSE;
      c->ncs[i] = sg_record_get_id (record);
    }

  for (guint i = 0; i < G_N_ELEMENTS (sample_nc_actions); i++)
    {
      const SampleNcAction *a = &sample_nc_actions[i];

      if (sg_sample_add (s, error, SG_TYPE_ACTION,
                         SG_ACTION_TITLE, _(a->title),
                         SG_ACTION_SOURCE, SG_ACTION_SOURCE_NONCONFORMITY,
                         SG_ACTION_NONCONFORMITY, c->ncs[a->nc],
                         SG_ACTION_OWNER, sg_sample_person (s, a->owner),
                         SG_ACTION_RAISED_ON, sg_sample_date (s, a->raised_on),
                         SG_ACTION_DUE_DATE, sg_sample_date (s, a->due),
                         SG_ACTION_STATUS, a->status,
                         SG_ACTION_DONE_ON, sg_sample_date (s, a->done_on),
                         NULL) == NULL)
        return FALSE;
    }
  return TRUE;
}

/* "Management review 2026", the year of its date. */
static char *
dup_review_title (Sample *s,
                  int     days)
{
  GDate date = s->today;

  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);
  /* Translators: the example register's management reviews; %u is the year */
  return g_strdup_printf (_("Management review %u"), (guint) g_date_get_year (&date));
}

static gboolean
add_reviews (Sample  *s,
             Chain   *c,
             GError **error)
{
  for (guint i = 0; i < N_REVIEWS; i++)
    {
      const SampleReview *r = &sample_reviews[i];
      g_autofree char *title = dup_review_title (s, r->date);
      SgRecord *record;

      /* Held ones are planned until their inputs are frozen (sg_sample_hold_reviews ()). */
      record = sg_sample_add (s, error, SG_TYPE_MANAGEMENT_REVIEW,
                              "title", title,
                              "date", sg_sample_date (s, r->date),
                              "participants", people_links (s, r->participants, G_N_ELEMENTS (r->participants)),
                              "attendees", sg_sample_tr (r->attendees),
                              "decisions", sg_sample_tr (r->decisions),
                              "changes", sg_sample_tr (r->changes),
                              NULL);
      if (record == NULL)
        return FALSE;
      for (guint n = 0; n < G_N_ELEMENTS (review_note_fields); n++)
        if (r->notes[n] != NULL &&
            !sg_sample_update (s, error, record, review_note_fields[n], _(r->notes[n]), NULL))
          return FALSE;
      c->reviews[i] = sg_record_get_id (record);
      if (r->status != SG_REVIEW_STATUS_PLANNED)
        {
          g_ptr_array_add (s->to_hold, g_object_ref (record));
          s->review = c->reviews[i];
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (sample_review_actions); i++)
    {
      const SampleReviewAction *a = &sample_review_actions[i];

      if (sg_sample_add (s, error, SG_TYPE_ACTION,
                         SG_ACTION_TITLE, _(a->title),
                         SG_ACTION_SOURCE, SG_ACTION_SOURCE_MANAGEMENT_REVIEW,
                         SG_ACTION_REVIEW, c->reviews[a->review],
                         SG_ACTION_OWNER, sg_sample_person (s, a->owner),
                         SG_ACTION_RAISED_ON, sg_sample_date (s, sample_reviews[a->review].date),
                         SG_ACTION_DUE_DATE, sg_sample_date (s, a->due),
                         SG_ACTION_STATUS, a->status,
                         SG_ACTION_DONE_ON, sg_sample_date (s, a->done_on),
                         NULL) == NULL)
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_other_actions (Sample  *s,
                   Chain   *c,
                   GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_other_actions); i++)
    {
      gboolean from_audit = sample_other_actions[i].audit < N_AUDITS;

      if (sg_sample_add (s, error, SG_TYPE_ACTION,
                         SG_ACTION_TITLE, _(sample_other_actions[i].title),
                         SG_ACTION_SOURCE, from_audit ? SG_ACTION_SOURCE_AUDIT : SG_ACTION_SOURCE_RISK_TREATMENT,
                         SG_ACTION_AUDIT, from_audit ? c->audits[sample_other_actions[i].audit] : 0,
                         SG_ACTION_RISK, from_audit ? 0 : g_array_index (s->risks, gint64, sample_other_actions[i].risk),
                         SG_ACTION_OWNER, sg_sample_person (s, sample_other_actions[i].owner),
                         SG_ACTION_RAISED_ON, sg_sample_date (s, sample_other_actions[i].raised_on),
                         SG_ACTION_DUE_DATE, sg_sample_date (s, sample_other_actions[i].due),
                         SG_ACTION_STATUS, sample_other_actions[i].status,
                         SG_ACTION_DONE_ON, sg_sample_date (s, sample_other_actions[i].done_on),
                         NULL) == NULL)
        return FALSE;
    }
  return TRUE;
}

gboolean
sg_sample_add_improvement (Sample  *s,
                           GError **error)
{
  Chain c = { { 0 } };

  return add_audits (s, &c, error) &&
         add_nonconformities (s, &c, error) &&
         add_reviews (s, &c, error) &&
         add_other_actions (s, &c, error);
}

gboolean
sg_sample_hold_reviews (Sample  *s,
                        GError **error)
{
  for (guint i = 0; i < s->to_hold->len; i++)
    {
      SgRecord *review = g_ptr_array_index (s->to_hold, i);
      const char *date = sg_record_peek_string (review, "date");

      /* As the review saw the register on its day; the minutes approved since. */
      if (!sg_review_inputs_hold (s->store, review, date, error) ||
          !sg_sample_update (s, error, review, "status", SG_REVIEW_STATUS_MINUTES_APPROVED, NULL))
        return FALSE;
    }

  /* The review still planned opens with its inputs counted today, as one
   * the user adds does. */
  {
    guint n;
    SgRecord *const *reviews = sg_store_peek_records (s->store, SG_TYPE_MANAGEMENT_REVIEW, &n);

    for (guint i = 0; i < n; i++)
      if (sg_record_peek_enum (reviews[i], "status") == SG_REVIEW_STATUS_PLANNED &&
          !sg_review_inputs_store_draft (s->store, reviews[i], sg_sample_date (s, 0), error))
        return FALSE;
  }
  return TRUE;
}
