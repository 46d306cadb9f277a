/* sg-readiness-operate.c: the readiness rules of clauses 7 to 10 — support, operation, evaluation, improvement
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-readiness"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-action.h"
#include "sg-audit.h"
#include "sg-audit-programme.h"
#include "sg-awareness-activity.h"
#include "sg-communication.h"
#include "sg-competence.h"
#include "sg-context-issue.h"
#include "sg-control.h"
#include "sg-document.h"
#include "sg-enums.h"
#include "sg-independence.h"
#include "sg-interested-party.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-frequency.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"
#include "sg-person.h"
#include "sg-planned-change.h"
#include "sg-requirement.h"
#include "sg-risk-method.h"
#include "sg-risk.h"
#include "sg-role.h"
#include "sg-scope.h"
#include "sg-seed-data.h"
#include "sg-soa-version.h"
#include "sg-readiness-private.h"


/* ------------------------------------------------------------------ */
/* Clause 7.                                                          */

static gboolean
objective_resourced (Ctx      *ctx,
                     SgRecord *objective)
{
  return sg_readiness_has_text (objective, "resources");
}

void
sg_readiness_rule_7_1 (Ctx               *ctx,
                       SgReadinessResult *result)
{
  sg_readiness_every (ctx, result, SG_TYPE_OBJECTIVE, NULL, objective_resourced,
                      N_("no objectives recorded to name resources for"),
                      NP_("%u objective with its resources named", "%u objectives, each with its resources named"),
                      NP_("%u of %u objective without resources named",
                          "%u of %u objectives without resources named"));
}

/* The people who hold or deputise a role, each once, in role order. */
static GPtrArray *
role_people (Ctx *ctx)
{
  guint n;
  SgRecord *const *roles = sg_readiness_records (ctx, SG_TYPE_ROLE, &n);
  GPtrArray *people = g_ptr_array_new ();
  const char *fields[] = { SG_ROLE_HOLDER, SG_ROLE_DEPUTY };

  for (guint i = 0; i < n; i++)
    for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
      {
        gint64 id = sg_record_peek_int64 (roles[i], fields[f]);
        SgRecord *person = id > 0 ? sg_store_find_by_id (ctx->store, SG_TYPE_PERSON, id) : NULL;

        if (person != NULL && sg_record_peek_boolean (person, SG_PERSON_ACTIVE) &&
            !g_ptr_array_find (people, person, NULL))
          g_ptr_array_add (people, person);
      }
  return people;
}

static gboolean
has_gap (SgCompetenceSummary *summary,
         gboolean             evidence)
{
  for (guint i = 0; i < summary->gaps->len; i++)
    {
      SgCompetenceGapKind kind = g_array_index (summary->gaps, SgCompetenceGap, i).kind;
      gboolean of_evidence = kind == SG_COMPETENCE_GAP_NO_EVIDENCE || kind == SG_COMPETENCE_GAP_STALE_EVIDENCE;

      if (of_evidence == evidence)
        return TRUE;
    }
  return FALSE;
}

/* 7.2: every active person in a role has current evidence for each role
 * they hold or deputise (sg-competence.c says what is current). */
void
sg_readiness_rule_7_2 (Ctx               *ctx,
                       SgReadinessResult *result)
{
  g_autoptr(GPtrArray) people = role_people (ctx);
  g_autoptr(GPtrArray) evidence = g_ptr_array_new ();
  guint missing = 0;

  if (people->len == 0)
    {
      sg_readiness_verdict (result, SG_READINESS_NOT_MET, sg_readiness_say (ctx, N_("no role holders recorded")));
      return;
    }
  for (guint i = 0; i < people->len; i++)
    {
      g_autoptr(SgCompetenceSummary) summary =
        sg_competence_summarise (ctx->store, g_ptr_array_index (people, i), ctx->today, ctx->months);

      if (has_gap (summary, TRUE))
        {
          missing++;
          g_ptr_array_add (result->records, summary->person);
          /* The stale records name what to renew. */
          for (guint g = 0; g < summary->gaps->len; g++)
            {
              SgCompetenceGap *gap = &g_array_index (summary->gaps, SgCompetenceGap, g);

              if (gap->kind == SG_COMPETENCE_GAP_STALE_EVIDENCE)
                g_ptr_array_add (result->records, gap->record);
            }
          continue;
        }
      for (guint r = 0; r < summary->roles->len; r++)
        g_ptr_array_add (evidence, g_ptr_array_index (g_array_index (summary->roles, SgCompetenceRole, r).evidence, 0));
    }
  if (missing == 0)
    {
      sg_readiness_verdict (result, SG_READINESS_MET,
                            sg_readiness_say_n (ctx, people->len,
                                                NP_("current competence evidence for the %u role holder",
                                                    "current competence evidence for each of the %u role holders"),
                                                people->len));
      g_ptr_array_extend (result->records, evidence, NULL, NULL);
      return;
    }
  sg_readiness_verdict (result, missing == people->len ? SG_READINESS_NOT_MET : SG_READINESS_PARTLY,
                        sg_readiness_say_n (ctx, people->len,
                                            NP_("%u of %u role holder without current competence evidence",
                                                "%u of %u role holders without current competence evidence"),
                                            missing, people->len));
}

/* 7.3: an awareness activity held within the interval, and every active
 * person of the directory took part in one and acknowledged the policy
 * within it. */
void
sg_readiness_rule_7_3 (Ctx               *ctx,
                       SgReadinessResult *result)
{
  g_autofree char *since = NULL;
  g_autoptr(GPtrArray) recent = g_ptr_array_new ();
  guint n_people, n_activities, active = 0, missing = 0;
  SgRecord *const *people = sg_readiness_records (ctx, SG_TYPE_PERSON, &n_people);
  SgRecord *const *activities = sg_readiness_records (ctx, SG_TYPE_AWARENESS_ACTIVITY, &n_activities);

  since = sg_readiness_shift_months (ctx->today, -(int) ctx->months);
  for (guint i = 0; i < n_activities; i++)
    {
      const char *held = sg_record_peek_string (activities[i], SG_AWARENESS_ACTIVITY_HELD_ON);

      if (held != NULL && *held != '\0' && strcmp (held, since) >= 0 && strcmp (held, ctx->today) <= 0)
        g_ptr_array_add (recent, activities[i]);
    }
  if (recent->len == 0)
    {
      sg_readiness_verdict (result, SG_READINESS_NOT_MET,
                            sg_readiness_say_n (ctx, ctx->months,
                                                NP_("no awareness activity held in the last %u month",
                                                    "no awareness activity held in the last %u months"),
                                                ctx->months));
      return;
    }
  for (guint i = 0; i < n_people; i++)
    {
      g_autoptr(SgCompetenceSummary) summary = NULL;

      if (!sg_record_peek_boolean (people[i], SG_PERSON_ACTIVE))
        continue;
      active++;
      summary = sg_competence_summarise (ctx->store, people[i], ctx->today, ctx->months);
      if (has_gap (summary, FALSE))
        {
          missing++;
          g_ptr_array_add (result->records, people[i]);
        }
    }
  if (missing == 0)
    {
      sg_readiness_verdict (result, SG_READINESS_MET,
                            sg_readiness_say_n (ctx, active,
                                                NP_("awareness activity and policy acknowledgement current for the %u person",
                                                    "awareness activity and policy acknowledgement current for each of the %u people"),
                                                active));
      g_ptr_array_extend (result->records, recent, NULL, NULL);
      return;
    }
  sg_readiness_verdict (result, missing == active ? SG_READINESS_NOT_MET : SG_READINESS_PARTLY,
                        sg_readiness_say_n (ctx, active,
                                            NP_("%u of %u person without a current awareness activity or policy acknowledgement",
                                                "%u of %u people without a current awareness activity or policy acknowledgement"),
                                            missing, active));
}

static gboolean
communication_planned (Ctx      *ctx,
                       SgRecord *communication)
{
  return sg_readiness_has_text (communication, "subject") && sg_readiness_has_person (communication, "communicator") &&
         sg_readiness_has_text (communication, "audience") && sg_readiness_has_text (communication, "method");
}

void
sg_readiness_rule_7_4 (Ctx               *ctx,
                       SgReadinessResult *result)
{
  sg_readiness_every (ctx, result, SG_TYPE_COMMUNICATION, NULL, communication_planned,
                      N_("no communications recorded"),
                      NP_("%u communication saying what, who, to whom and how",
                          "%u communications, each saying what, who, to whom and how"),
                      NP_("%u of %u communication without what, who, to whom or how",
                          "%u of %u communications without what, who, to whom or how"));
}

static gboolean
document_owned (Ctx      *ctx,
                SgRecord *document)
{
  return sg_readiness_has_person (document, "owner");
}

/* 7.5.1: the documented information is there and someone owns it. */
void
sg_readiness_rule_7_5_1 (Ctx               *ctx,
                         SgReadinessResult *result)
{
  sg_readiness_every (ctx, result, SG_TYPE_DOCUMENT, sg_readiness_document_current, document_owned,
                      N_("no documents recorded"),
                      NP_("%u document with an owner", "%u documents, each with an owner"),
                      NP_("%u of %u document without an owner", "%u of %u documents without an owner"));
}

/* 7.5.2: created and updated with review and approval. */
void
sg_readiness_rule_7_5_2 (Ctx               *ctx,
                         SgReadinessResult *result)
{
  sg_readiness_every (ctx, result, SG_TYPE_DOCUMENT, sg_readiness_document_current, sg_readiness_document_approved,
                      N_("no documents recorded"),
                      NP_("%u document approved (by whom and when)",
                          "%u documents, each approved (by whom and when)"),
                      NP_("%u of %u document not approved (status, by whom and when)",
                          "%u of %u documents not approved (status, by whom and when)"));
}

/* 7.5.3: controlled, which here means kept under review. */
void
sg_readiness_rule_7_5_3 (Ctx               *ctx,
                         SgReadinessResult *result)
{
  sg_readiness_every (ctx, result, SG_TYPE_DOCUMENT, sg_readiness_document_current, sg_readiness_document_reviewed,
                      N_("no documents recorded"),
                      NP_("%u document within its review date", "%u documents, each within its review date"),
                      NP_("%u of %u document past or without its review date",
                          "%u of %u documents past or without their review date"));
}

/* ------------------------------------------------------------------ */
/* Clause 8.                                                          */

static gboolean
control_planned (Ctx      *ctx,
                 SgRecord *control)
{
  return sg_record_peek_boolean (control, "applicable") &&
         (sg_readiness_has_text (control, "implementation-due") ||
          sg_record_peek_enum (control, "implementation") != SG_IMPLEMENTATION_STATUS_NOT_IMPLEMENTED);
}

static gboolean
control_on_time (Ctx      *ctx,
                 SgRecord *control)
{
  int status = sg_record_peek_enum (control, "implementation");

  return status == SG_IMPLEMENTATION_STATUS_IMPLEMENTED ||
         status == SG_IMPLEMENTATION_STATUS_VERIFIED ||
         !sg_readiness_is_before (sg_record_peek_string (control, "implementation-due"), ctx->today);
}

void
sg_readiness_rule_8_1 (Ctx               *ctx,
                       SgReadinessResult *result)
{
  sg_readiness_every (ctx, result, SG_TYPE_CONTROL, control_planned, control_on_time,
                      N_("no control implementation planned"),
                      NP_("%u planned control, its implementation not overdue",
                          "%u planned controls, no implementation overdue"),
                      NP_("%u of %u control implementation overdue",
                          "%u of %u control implementations overdue"));
}

static gboolean
risk_review_on_time (Ctx      *ctx,
                     SgRecord *risk)
{
  return !sg_readiness_is_before (sg_record_peek_string (risk, "next-review"), ctx->today);
}

void
sg_readiness_rule_8_2 (Ctx               *ctx,
                       SgReadinessResult *result)
{
  sg_readiness_every (ctx, result, SG_TYPE_RISK, sg_readiness_risk_open, risk_review_on_time,
                      N_("no risks recorded"),
                      NP_("%u risk, its review not overdue", "%u risks, no review overdue"),
                      NP_("%u of %u risk review overdue", "%u of %u risk reviews overdue"));
}

static gboolean
risk_treatment_chosen (Ctx      *ctx,
                       SgRecord *risk)
{
  return sg_readiness_risk_open (ctx, risk) && sg_record_peek_enum (risk, "treatment") != SG_TREATMENT_UNDECIDED;
}

static gboolean
risk_treatment_on_time (Ctx      *ctx,
                        SgRecord *risk)
{
  int status = sg_record_peek_enum (risk, "status");

  return status == SG_RISK_STATUS_ACCEPTED ||
         !sg_readiness_is_before (sg_record_peek_string (risk, "treatment-due"), ctx->today);
}

void
sg_readiness_rule_8_3 (Ctx               *ctx,
                       SgReadinessResult *result)
{
  sg_readiness_every (ctx, result, SG_TYPE_RISK, risk_treatment_chosen, risk_treatment_on_time,
                      N_("no risk treatment recorded"),
                      NP_("%u risk treatment, not overdue", "%u risk treatments, none overdue"),
                      NP_("%u of %u risk treatment overdue", "%u of %u risk treatments overdue"));
}

/* ------------------------------------------------------------------ */
/* Clause 9.                                                          */

static gboolean
objective_open (Ctx      *ctx,
                SgRecord *objective)
{
  int status = sg_record_peek_enum (objective, "status");

  return status != SG_OBJECTIVE_STATUS_ACHIEVED && status != SG_OBJECTIVE_STATUS_MISSED;
}

/* Measured as often as the objective says: its latest reading is not
 * older than one measurement frequency ("monthly", "quarterly" …); a
 * frequency that names no interval ("as needed") gives a year. */
static gboolean
objective_measured (Ctx      *ctx,
                    SgRecord *objective)
{
  guint n;
  SgRecord *const *readings = sg_readiness_records (ctx, SG_TYPE_OBJECTIVE_READING, &n);
  gint64 id = sg_record_get_id (objective);
  const char *latest = NULL;
  SgFrequency frequency;
  g_autofree char *next = NULL;

  for (guint i = 0; i < n; i++)
    {
      const char *date = sg_record_peek_string (readings[i], "date");

      if (sg_record_peek_int64 (readings[i], "objective") == id && sg_date_is_valid (date) &&
          g_strcmp0 (date, latest) > 0)
        latest = date;
    }
  if (latest == NULL)
    return FALSE;
  if (!sg_frequency_parse (sg_record_peek_string (objective, "frequency"), &frequency))
    return sg_readiness_in_last_year (ctx, latest);
  next = sg_frequency_next (&frequency, latest);
  return next != NULL && g_strcmp0 (next, ctx->today) >= 0;
}

void
sg_readiness_rule_9_1 (Ctx               *ctx,
                       SgReadinessResult *result)
{
  sg_readiness_every (ctx, result, SG_TYPE_OBJECTIVE, objective_open, objective_measured,
                      N_("no open objectives recorded to measure"),
                      NP_("%u open objective measured as often as it is to be",
                          "%u open objectives, each measured as often as it is to be"),
                      NP_("%u of %u open objective without a reading within its measurement frequency",
                          "%u of %u open objectives without a reading within their measurement frequency"));
}

static gboolean
internal_audit (SgRecord *audit)
{
  return sg_record_peek_enum (audit, "type") == SG_AUDIT_TYPE_INTERNAL;
}

static const char *
audit_date (SgRecord *audit)
{
  return sg_readiness_has_text (audit, "actual-date") ? sg_record_peek_string (audit, "actual-date")
                                         : sg_record_peek_string (audit, "planned-date");
}

void
sg_readiness_rule_9_2_1 (Ctx               *ctx,
                         SgReadinessResult *result)
{
  guint n;
  SgRecord *const *audits = sg_readiness_records (ctx, SG_TYPE_AUDIT, &n);
  SgRecord *older = NULL, *running = NULL;

  for (guint i = 0; i < n; i++)
    {
      int status = sg_record_peek_enum (audits[i], "status");

      if (!internal_audit (audits[i]))
        continue;
      if (status == SG_AUDIT_STATUS_COMPLETED && sg_readiness_in_last_year (ctx, audit_date (audits[i])))
        g_ptr_array_add (result->records, audits[i]);
      else if (status == SG_AUDIT_STATUS_COMPLETED)
        older = audits[i];
      else if (status == SG_AUDIT_STATUS_IN_PROGRESS)
        running = audits[i];
    }
  if (result->records->len > 0)
    {
      g_autoptr(GPtrArray) flagged = g_ptr_array_new ();

      /* An auditor who audited their own work, with no reason recorded,
       * leaves the audit's objectivity (9.2.2 c) unshown. */
      for (guint i = 0; i < result->records->len; i++)
        {
          g_autoptr(SgIndependence) independence = sg_independence_check (ctx->store,
                                                                          g_ptr_array_index (result->records, i));

          if (sg_independence_is_flagged (independence))
            g_ptr_array_add (flagged, g_ptr_array_index (result->records, i));
        }
      if (flagged->len > 0)
        {
          sg_readiness_verdict (result, SG_READINESS_PARTLY,
                                sg_readiness_say_n (ctx, result->records->len,
                                NP_("%u of %u internal audit in the last 12 months has an auditor of their own work and no reason recorded",
                                    "%u of %u internal audits in the last 12 months have an auditor of their own work and no reason recorded"),
                                flagged->len, result->records->len));
          g_ptr_array_set_size (result->records, 0);
          g_ptr_array_extend (result->records, flagged, NULL, NULL);
        }
      else
        sg_readiness_verdict (result, SG_READINESS_MET,
                              sg_readiness_say_n (ctx, result->records->len,
                              NP_("%u internal audit completed in the last 12 months",
                                  "%u internal audits completed in the last 12 months"),
                              result->records->len));
    }
  else if (running != NULL)
    {
      g_ptr_array_add (result->records, running);
      sg_readiness_verdict (result, SG_READINESS_PARTLY,
                            sg_readiness_say (ctx, N_("an internal audit is in progress, none completed in the last 12 months")));
    }
  else
    {
      if (older != NULL)
        g_ptr_array_add (result->records, older);
      sg_readiness_verdict (result, SG_READINESS_NOT_MET,
                            sg_readiness_say (ctx, N_("no internal audit completed in the last 12 months")));
    }
}

void
sg_readiness_rule_9_2_2 (Ctx               *ctx,
                         SgReadinessResult *result)
{
  guint n;
  SgRecord *const *audits = sg_readiness_records (ctx, SG_TYPE_AUDIT, &n);
  g_autoptr(GPtrArray) late = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      const char *date = sg_record_peek_string (audits[i], "planned-date");

      if (!internal_audit (audits[i]) ||
          sg_record_peek_enum (audits[i], "status") != SG_AUDIT_STATUS_PLANNED ||
          date == NULL || *date == '\0')
        continue;
      if (strcmp (date, ctx->today) < 0)
        g_ptr_array_add (late, audits[i]);
      else if (strcmp (date, ctx->year_ahead) <= 0)
        g_ptr_array_add (result->records, audits[i]);
    }
  if (result->records->len > 0 && late->len == 0)
    {
      g_autoptr(SgAuditProgramme) programme = sg_audit_programme_new (ctx->store, ctx->today);

      /* The programme covers the whole ISMS over its period: a clause or
       * an Annex A theme no audit reached in years is a gap in it. */
      if (programme->n_gaps > 0)
        sg_readiness_verdict (result, SG_READINESS_PARTLY,
                              sg_readiness_say_n (ctx, programme->coverage->len,
                              NP_("%u of %u clauses and control themes not audited in the last 3 years",
                                  "%u of %u clauses and control themes not audited in the last 3 years"),
                              programme->n_gaps, programme->coverage->len));
      else
        sg_readiness_verdict (result, SG_READINESS_MET,
                              sg_readiness_say_n (ctx, result->records->len,
                              NP_("%u internal audit planned for the coming 12 months",
                                  "%u internal audits planned for the coming 12 months"),
                              result->records->len));
    }
  else if (late->len > 0)
    {
      sg_readiness_verdict (result, result->records->len > 0 ? SG_READINESS_PARTLY : SG_READINESS_NOT_MET,
                            sg_readiness_say_n (ctx, late->len, NP_("%u planned internal audit is overdue",
                                                                    "%u planned internal audits are overdue"),
                            late->len));
      g_ptr_array_set_size (result->records, 0);
      g_ptr_array_extend (result->records, late, NULL, NULL);
    }
  else
    sg_readiness_verdict (result, SG_READINESS_NOT_MET,
                          sg_readiness_say (ctx, N_("no internal audit planned for the coming 12 months")));
}

void
sg_readiness_rule_9_3_1 (Ctx               *ctx,
                         SgReadinessResult *result)
{
  SgRecord *review = sg_readiness_review_in_last_year (ctx);

  if (review == NULL)
    {
      sg_readiness_verdict (result, SG_READINESS_NOT_MET, sg_readiness_say (ctx, N_("no management review in the last 12 months")));
      return;
    }
  g_ptr_array_add (result->records, review);
  sg_readiness_verdict (result, SG_READINESS_MET,
                        sg_readiness_say (ctx, N_("a management review was held on %s"), sg_record_peek_string (review, "date")));
}

void
sg_readiness_rule_9_3_2 (Ctx               *ctx,
                         SgReadinessResult *result)
{
  static const char *const inputs[] = {
    "input-previous-actions", "input-context-changes", "input-party-changes",
    "input-performance", "input-party-feedback", "input-risk-results", "input-improvement",
  };
  SgRecord *review = sg_readiness_last_review (ctx);
  guint missing = 0;

  if (review == NULL)
    {
      sg_readiness_verdict (result, SG_READINESS_NOT_MET, sg_readiness_say (ctx, N_("no management review held")));
      return;
    }
  g_ptr_array_add (result->records, review);
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    missing += !sg_readiness_has_text (review, inputs[i]);
  if (missing == 0)
    sg_readiness_verdict (result, SG_READINESS_MET,
                          sg_readiness_say (ctx, N_("every input of the management review of %s recorded"),
                          sg_record_peek_string (review, "date")));
  else
    sg_readiness_verdict (result, missing == G_N_ELEMENTS (inputs) ? SG_READINESS_NOT_MET : SG_READINESS_PARTLY,
                          sg_readiness_say_n (ctx, G_N_ELEMENTS (inputs),
                          NP_("%u of %u input of the management review of %s not recorded",
                              "%u of %u inputs of the management review of %s not recorded"),
                          missing, (guint) G_N_ELEMENTS (inputs), sg_record_peek_string (review, "date")));
}

/* 9.3.3: the outputs are decisions on improvement and changes, and what
 * is to be done about them is tracked: Actions raised by the review. */
void
sg_readiness_rule_9_3_3 (Ctx               *ctx,
                         SgReadinessResult *result)
{
  SgRecord *review = sg_readiness_last_review (ctx);
  const char *date;
  gboolean decided;
  guint n_actions = 0, n;
  SgRecord *const *actions;

  if (review == NULL)
    {
      sg_readiness_verdict (result, SG_READINESS_NOT_MET, sg_readiness_say (ctx, N_("no management review held")));
      return;
    }
  g_ptr_array_add (result->records, review);
  date = sg_record_peek_string (review, "date");
  decided = sg_readiness_has_text (review, "decisions");
  actions = sg_readiness_records (ctx, SG_TYPE_ACTION, &n);
  for (guint i = 0; i < n; i++)
    if (sg_record_peek_int64 (actions[i], SG_ACTION_REVIEW) == sg_record_get_id (review))
      {
        g_ptr_array_add (result->records, actions[i]);
        n_actions++;
      }

  if (decided && n_actions > 0)
    sg_readiness_verdict (result, SG_READINESS_MET,
                          sg_readiness_say_n (ctx, n_actions,
                          NP_("the decisions of the management review of %s recorded, %u action raised",
                              "the decisions of the management review of %s recorded, %u actions raised"),
                          date, n_actions));
  else if (decided)
    sg_readiness_verdict (result, SG_READINESS_PARTLY,
                          sg_readiness_say (ctx, N_("the management review of %s has decisions but no actions raised"),
                          date));
  else if (n_actions > 0)
    sg_readiness_verdict (result, SG_READINESS_PARTLY,
                          sg_readiness_say (ctx, N_("the management review of %s has actions but no decisions recorded"),
                          date));
  else if (sg_readiness_has_text (review, "changes"))
    sg_readiness_verdict (result, SG_READINESS_PARTLY,
                          sg_readiness_say (ctx, N_("the management review of %s has changes to the ISMS but no decisions recorded"),
                          date));
  else
    sg_readiness_verdict (result, SG_READINESS_NOT_MET,
                          sg_readiness_say (ctx, N_("no decisions or actions recorded for the management review of %s"),
                          date));
}

/* ------------------------------------------------------------------ */
/* Clause 10.                                                         */

void
sg_readiness_rule_10_1 (Ctx               *ctx,
                        SgReadinessResult *result)
{
  guint n_ncs, n_changes;
  SgRecord *const *ncs = sg_readiness_records (ctx, SG_TYPE_NONCONFORMITY, &n_ncs);
  SgRecord *const *changes = sg_readiness_records (ctx, SG_TYPE_PLANNED_CHANGE, &n_changes);
  SgRecord *older = NULL;

  for (guint i = 0; i < n_ncs; i++)
    if (sg_record_peek_enum (ncs[i], "status") == SG_NC_STATUS_CLOSED)
      {
        if (sg_readiness_in_last_year (ctx, sg_record_peek_string (ncs[i], "closed-on")))
          g_ptr_array_add (result->records, ncs[i]);
        else
          older = ncs[i];
      }
  for (guint i = 0; i < n_changes; i++)
    if (sg_record_peek_enum (changes[i], "status") == SG_CHANGE_STATUS_COMPLETED)
      {
        if (sg_readiness_in_last_year (ctx, sg_record_peek_string (changes[i], "completed-on")))
          g_ptr_array_add (result->records, changes[i]);
        else
          older = changes[i];
      }
  if (result->records->len > 0)
    sg_readiness_verdict (result, SG_READINESS_MET,
                          sg_readiness_say_n (ctx, result->records->len,
                          NP_("%u nonconformity closed or change completed in the last 12 months",
                              "%u nonconformities closed or changes completed in the last 12 months"),
                          result->records->len));
  else if (older != NULL)
    {
      g_ptr_array_add (result->records, older);
      sg_readiness_verdict (result, SG_READINESS_PARTLY,
                            sg_readiness_say (ctx, N_("no improvement recorded in the last 12 months, only before")));
    }
  else
    sg_readiness_verdict (result, SG_READINESS_NOT_MET,
                          sg_readiness_say (ctx, N_("no improvement recorded (a nonconformity closed or a change completed)")));
}

/* 10.2: nonconformities dealt with in time, their corrective actions
 * (Actions raised by an NC) too, and each closed one checked. */
void
sg_readiness_rule_10_2 (Ctx               *ctx,
                        SgReadinessResult *result)
{
  guint n, n_actions;
  SgRecord *const *ncs = sg_readiness_records (ctx, SG_TYPE_NONCONFORMITY, &n);
  SgRecord *const *actions = sg_readiness_records (ctx, SG_TYPE_ACTION, &n_actions);
  g_autoptr(GPtrArray) overdue = g_ptr_array_new ();
  g_autoptr(GPtrArray) late_actions = g_ptr_array_new ();
  g_autoptr(GPtrArray) unchecked = g_ptr_array_new ();

  if (n == 0)
    {
      sg_readiness_verdict (result, SG_READINESS_NOT_MET, sg_readiness_say (ctx, N_("no nonconformities recorded")));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      if (sg_record_peek_enum (ncs[i], "status") != SG_NC_STATUS_CLOSED)
        {
          if (sg_readiness_is_before (sg_record_peek_string (ncs[i], "due-date"), ctx->today))
            g_ptr_array_add (overdue, ncs[i]);
        }
      else if (!sg_readiness_has_text (ncs[i], "effectiveness-checked-on") ||
               sg_record_peek_enum (ncs[i], "effectiveness") == SG_EFFECTIVENESS_NOT_CHECKED)
        g_ptr_array_add (unchecked, ncs[i]);
    }
  for (guint i = 0; i < n_actions; i++)
    if (sg_record_peek_int64 (actions[i], SG_ACTION_NONCONFORMITY) != 0 &&
        sg_record_is_overdue (actions[i], ctx->today))
      g_ptr_array_add (late_actions, actions[i]);

  if (overdue->len > 0)
    {
      sg_readiness_verdict (result, SG_READINESS_PARTLY,
                            sg_readiness_say_n (ctx, n, NP_("%u of %u nonconformity overdue", "%u of %u nonconformities overdue"),
                            overdue->len, n));
      g_ptr_array_extend (result->records, overdue, NULL, NULL);
    }
  else if (late_actions->len > 0)
    {
      sg_readiness_verdict (result, SG_READINESS_PARTLY,
                            sg_readiness_say_n (ctx, late_actions->len,
                            NP_("%u corrective action overdue", "%u corrective actions overdue"),
                            late_actions->len));
      g_ptr_array_extend (result->records, late_actions, NULL, NULL);
    }
  else if (unchecked->len > 0)
    {
      sg_readiness_verdict (result, SG_READINESS_PARTLY,
                            sg_readiness_say_n (ctx, unchecked->len,
                            NP_("%u closed nonconformity without its effectiveness checked",
                                "%u closed nonconformities without their effectiveness checked"),
                            unchecked->len));
      g_ptr_array_extend (result->records, unchecked, NULL, NULL);
    }
  else
    {
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (result->records, ncs[i]);
      sg_readiness_verdict (result, SG_READINESS_MET,
                            sg_readiness_say_n (ctx, n, NP_("%u nonconformity, none overdue, its effectiveness checked when closed",
                                                            "%u nonconformities, none overdue, each closed one checked for effectiveness"),
                            n));
    }
}
