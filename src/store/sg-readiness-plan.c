/* sg-readiness-plan.c: the readiness rules of clauses 4 to 6 — context, leadership, planning
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-readiness"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-audit.h"
#include "sg-communication.h"
#include "sg-competence-record.h"
#include "sg-context-issue.h"
#include "sg-control.h"
#include "sg-document.h"
#include "sg-enums.h"
#include "sg-interested-party.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
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
#include "sg-segregation.h"
#include "sg-soa-version.h"
#include "sg-readiness-private.h"


/* ------------------------------------------------------------------ */
/* Clause 4.                                                          */

void
sg_readiness_rule_4_1 (Ctx               *ctx,
                       SgReadinessResult *result)
{
  guint n, internal = 0, external = 0;
  SgRecord *const *issues = sg_readiness_records (ctx, SG_TYPE_CONTEXT_ISSUE, &n);

  for (guint i = 0; i < n; i++)
    {
      if (sg_record_peek_enum (issues[i], "type") == SG_ISSUE_TYPE_INTERNAL)
        internal++;
      else
        external++;
      g_ptr_array_add (result->records, issues[i]);
    }
  if (internal > 0 && external > 0)
    sg_readiness_verdict (result, SG_READINESS_MET,
                          sg_readiness_say (ctx, N_("%u internal and %u external issues recorded"), internal, external));
  else if (internal > 0)
    sg_readiness_verdict (result, SG_READINESS_PARTLY, sg_readiness_say (ctx, N_("no external issues recorded")));
  else if (external > 0)
    sg_readiness_verdict (result, SG_READINESS_PARTLY, sg_readiness_say (ctx, N_("no internal issues recorded")));
  else
    sg_readiness_verdict (result, SG_READINESS_NOT_MET, sg_readiness_say (ctx, N_("no internal or external issues recorded")));
}

static gboolean
party_relevant (Ctx      *ctx,
                SgRecord *party)
{
  return sg_record_peek_boolean (party, "relevant");
}

static gboolean
party_has_needs (Ctx      *ctx,
                 SgRecord *party)
{
  return sg_readiness_has_text (party, "needs");
}

void
sg_readiness_rule_4_2 (Ctx               *ctx,
                       SgReadinessResult *result)
{
  sg_readiness_every (ctx, result, SG_TYPE_INTERESTED_PARTY, party_relevant, party_has_needs,
                      N_("no relevant interested parties recorded"),
                      NP_("%u interested party with its needs and expectations",
                          "%u interested parties, each with its needs and expectations"),
                      NP_("%u of %u interested party without needs and expectations",
                          "%u of %u interested parties without needs and expectations"));
}

/* Approval is what an auditor checks first; a next review that has
 * passed leaves it partly met. */
void
sg_readiness_rule_4_3 (Ctx               *ctx,
                       SgReadinessResult *result)
{
  guint n;
  SgRecord *const *scopes = sg_readiness_records (ctx, SG_TYPE_SCOPE, &n);
  SgRecord *stated = NULL;

  for (guint i = 0; i < n; i++)
    {
      if (!sg_readiness_has_text (scopes[i], "statement"))
        continue;
      if (sg_readiness_has_person (scopes[i], SG_SCOPE_APPROVED_BY) &&
          sg_readiness_has_text (scopes[i], SG_SCOPE_APPROVED_ON))
        {
          const char *review = sg_record_peek_string (scopes[i], SG_SCOPE_NEXT_REVIEW);

          g_ptr_array_add (result->records, scopes[i]);
          /* Approved once, but the review it was due for did not happen. */
          if (review != NULL && *review != '\0' && strcmp (review, ctx->today) < 0)
            {
              sg_readiness_verdict (result, SG_READINESS_PARTLY,
                                    sg_readiness_say (ctx, N_("the scope statement was approved on %s, but its "
                                                              "review was due on %s"),
                                    sg_record_peek_string (scopes[i], SG_SCOPE_APPROVED_ON), review));
              return;
            }
          sg_readiness_verdict (result, SG_READINESS_MET,
                                sg_readiness_say (ctx, N_("the scope statement was approved on %s"),
                                sg_record_peek_string (scopes[i], "approved-on")));
          return;
        }
      stated = scopes[i];
    }
  if (stated != NULL)
    {
      g_ptr_array_add (result->records, stated);
      sg_readiness_verdict (result, SG_READINESS_PARTLY,
                            sg_readiness_say (ctx, N_("the scope statement is not approved (by whom and when)")));
    }
  else if (n > 0)
    {
      g_ptr_array_add (result->records, scopes[0]);
      sg_readiness_verdict (result, SG_READINESS_PARTLY, sg_readiness_say (ctx, N_("the scope has no statement")));
    }
  else
    sg_readiness_verdict (result, SG_READINESS_NOT_MET, sg_readiness_say (ctx, N_("no scope statement recorded")));
}

/* 4.4 is evaluated last, from the others (see sg_readiness_evaluate):
 * met when they all are, partly when some are. */
void
sg_readiness_rule_4_4 (Ctx               *ctx,
                       SgReadinessResult *result)
{
}

/* ------------------------------------------------------------------ */
/* Clause 5.                                                          */

void
sg_readiness_rule_5_1 (Ctx               *ctx,
                       SgReadinessResult *result)
{
  SgRecord *best;
  SgRecord *policy = sg_readiness_find_policy (ctx, &best);
  SgRecord *review = sg_readiness_review_in_last_year (ctx);

  if (review != NULL)
    g_ptr_array_add (result->records, review);
  if (policy != NULL)
    g_ptr_array_add (result->records, policy);
  if (review != NULL && policy != NULL)
    sg_readiness_verdict (result, SG_READINESS_MET,
                          sg_readiness_say (ctx, N_("an approved policy and a management review in the last 12 months")));
  else if (review != NULL)
    sg_readiness_verdict (result, SG_READINESS_PARTLY, sg_readiness_say (ctx, N_("no approved policy in force")));
  else if (policy != NULL)
    sg_readiness_verdict (result, SG_READINESS_PARTLY, sg_readiness_say (ctx, N_("no management review in the last 12 months")));
  else
    sg_readiness_verdict (result, SG_READINESS_NOT_MET,
                          sg_readiness_say (ctx, N_("no approved policy and no management review in the last 12 months")));
}

void
sg_readiness_rule_5_2 (Ctx               *ctx,
                       SgReadinessResult *result)
{
  SgRecord *best;
  SgRecord *policy = sg_readiness_find_policy (ctx, &best);

  if (best != NULL)
    g_ptr_array_add (result->records, best);
  /* 5.2 f: an approved policy nobody was told about is half the clause. */
  if (policy != NULL && !sg_readiness_has_text (policy, SG_DOCUMENT_LAST_COMMUNICATED))
    sg_readiness_verdict (result, SG_READINESS_PARTLY,
                          sg_readiness_say (ctx, N_("the policy is approved but not recorded as communicated (5.2 f)")));
  else if (policy != NULL)
    sg_readiness_verdict (result, SG_READINESS_MET,
                          sg_readiness_say (ctx, N_("the policy is approved, last communicated on %s and due for review on %s"),
                          sg_record_peek_string (policy, SG_DOCUMENT_LAST_COMMUNICATED),
                          sg_record_peek_string (policy, "next-review")));
  else if (best == NULL)
    sg_readiness_verdict (result, SG_READINESS_NOT_MET, sg_readiness_say (ctx, N_("no information security policy recorded")));
  else if (!sg_readiness_document_approved (ctx, best))
    sg_readiness_verdict (result, SG_READINESS_PARTLY,
                          sg_readiness_say (ctx, N_("the policy is not approved (status, by whom and when)")));
  else if (sg_readiness_has_text (best, "next-review"))
    sg_readiness_verdict (result, SG_READINESS_PARTLY, sg_readiness_say (ctx, N_("the policy's review date has passed")));
  else
    sg_readiness_verdict (result, SG_READINESS_PARTLY, sg_readiness_say (ctx, N_("the policy has no review date")));
}

static gboolean
role_held (Ctx      *ctx,
           SgRecord *role)
{
  return sg_readiness_has_person (role, "holder");
}

void
sg_readiness_rule_5_3 (Ctx               *ctx,
                       SgReadinessResult *result)
{
  g_autoptr(GArray) conflicts = NULL;
  guint n_pairs, n_self;
  char *said;

  sg_readiness_every (ctx, result, SG_TYPE_ROLE, NULL, role_held,
                      N_("no roles recorded"),
                      NP_("%u role with a holder", "%u roles, each with a holder"),
                      NP_("%u of %u role without a holder", "%u of %u roles without a holder"));
  if (result->state == SG_READINESS_NOT_MET)
    return;

  /* Annex A 5.3: duties declared incompatible must not meet in one
   * person. Met becomes partly; a gap already found keeps its words too. */
  conflicts = sg_segregation_find (ctx->store);
  if (conflicts->len == 0)
    return;
  if (result->state == SG_READINESS_MET)
    g_ptr_array_set_size (result->records, 0);
  for (guint i = 0; i < conflicts->len; i++)
    {
      SgSegregationConflict *conflict = &g_array_index (conflicts, SgSegregationConflict, i);

      if (!g_ptr_array_find (result->records, conflict->role_a, NULL))
        g_ptr_array_add (result->records, conflict->role_a);
      if (conflict->role_b != NULL && !g_ptr_array_find (result->records, conflict->role_b, NULL))
        g_ptr_array_add (result->records, conflict->role_b);
    }
  n_pairs = sg_segregation_count_people (conflicts, TRUE);
  n_self = sg_segregation_count_people (conflicts, FALSE);
  if (n_pairs > 0)
    said = sg_readiness_say_n (ctx, n_pairs,
                               NP_("%u person holds roles declared incompatible",
                                   "%u people hold roles declared incompatible"),
                               n_pairs);
  else
    said = sg_readiness_say_n (ctx, n_self,
                               NP_("%u person assigned their own role",
                                   "%u people assigned their own roles"),
                               n_self);
  if (result->state == SG_READINESS_PARTLY)
    {
      char *both = g_strdup_printf ("%s; %s", result->reason, said);

      g_free (said);
      said = both;
    }
  sg_readiness_verdict (result, SG_READINESS_PARTLY, said);
}

/* ------------------------------------------------------------------ */
/* Clause 6.                                                          */

void
sg_readiness_rule_6_1_1 (Ctx               *ctx,
                         SgReadinessResult *result)
{
  guint n_issues, n_risks;
  SgRecord *const *issues = sg_readiness_records (ctx, SG_TYPE_CONTEXT_ISSUE, &n_issues);
  SgRecord *const *risks = sg_readiness_records (ctx, SG_TYPE_RISK, &n_risks);

  for (guint i = 0; i < n_issues; i++)
    g_ptr_array_add (result->records, issues[i]);
  for (guint i = 0; i < n_risks; i++)
    g_ptr_array_add (result->records, risks[i]);
  if (n_issues > 0 && n_risks > 0)
    sg_readiness_verdict (result, SG_READINESS_MET,
                          sg_readiness_say (ctx, N_("%u context issues and %u risks recorded"), n_issues, n_risks));
  else if (n_issues > 0)
    sg_readiness_verdict (result, SG_READINESS_PARTLY, sg_readiness_say (ctx, N_("no risks recorded")));
  else if (n_risks > 0)
    sg_readiness_verdict (result, SG_READINESS_PARTLY, sg_readiness_say (ctx, N_("no context issues recorded")));
  else
    sg_readiness_verdict (result, SG_READINESS_NOT_MET, sg_readiness_say (ctx, N_("no context issues or risks recorded")));
}

/* Scales of at least two values each and levels both within and above
 * the appetite. */
static gboolean
method_complete (Ctx *ctx)
{
  SgRiskMethod *method = sg_store_get_risk_method (ctx->store);
  guint levels = sg_risk_method_get_n_levels (method);
  gboolean within = FALSE, above = FALSE;

  if (sg_risk_method_get_n_values (method, SG_SCALE_AXIS_LIKELIHOOD) < 2 ||
      sg_risk_method_get_n_values (method, SG_SCALE_AXIS_IMPACT) < 2)
    return FALSE;
  for (guint i = 0; i < levels; i++)
    {
      if (sg_record_peek_boolean (SG_RECORD (sg_risk_method_get_level_nth (method, i)),
                                  "within-appetite"))
        within = TRUE;
      else
        above = TRUE;
    }
  return within && above;
}

void
sg_readiness_rule_6_1_2 (Ctx               *ctx,
                         SgReadinessResult *result)
{
  guint n, total = 0, unassessed = 0, unreviewed = 0;
  SgRecord *const *risks = sg_readiness_records (ctx, SG_TYPE_RISK, &n);
  g_autoptr(GPtrArray) gaps = g_ptr_array_new ();

  if (!method_complete (ctx))
    {
      sg_readiness_verdict (result, SG_READINESS_NOT_MET,
                            sg_readiness_say (ctx, N_("no risk method with likelihood and impact scales and a risk appetite")));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      if (!sg_readiness_risk_open (ctx, risks[i]))
        continue;
      total++;
      if (!sg_readiness_risk_assessed (risks[i]))
        unassessed++;
      else if (!sg_readiness_still_valid (ctx, sg_record_peek_string (risks[i], "next-review")))
        unreviewed++;
      else
        {
          g_ptr_array_add (result->records, risks[i]);
          continue;
        }
      g_ptr_array_add (gaps, risks[i]);
    }
  if (total == 0)
    {
      sg_readiness_verdict (result, SG_READINESS_NOT_MET, sg_readiness_say (ctx, N_("no risks recorded")));
      return;
    }
  if (gaps->len == 0)
    {
      sg_readiness_verdict (result, SG_READINESS_MET,
                            sg_readiness_say_n (ctx, total, NP_("%u risk assessed, its review not yet due",
                                                                "%u risks assessed, none past its review date"), total));
      return;
    }
  g_ptr_array_set_size (result->records, 0);
  g_ptr_array_extend (result->records, gaps, NULL, NULL);
  if (unassessed > 0)
    sg_readiness_verdict (result, unassessed == total ? SG_READINESS_NOT_MET : SG_READINESS_PARTLY,
                          sg_readiness_say_n (ctx, total, NP_("%u of %u risk not assessed", "%u of %u risks not assessed"),
                          unassessed, total));
  else
    sg_readiness_verdict (result, SG_READINESS_PARTLY,
                          sg_readiness_say_n (ctx, total, NP_("%u of %u risk past or without its review date",
                                                              "%u of %u risks past or without their review date"),
                          unreviewed, total));
}

static gboolean
above_appetite (Ctx      *ctx,
                SgRecord *risk)
{
  SgRiskLevel *level = sg_risk_method_get_level (sg_store_get_risk_method (ctx->store),
                                                 sg_record_peek_int (risk, "inherent-likelihood"),
                                                 sg_record_peek_int (risk, "inherent-impact"));

  return level != NULL && !sg_record_peek_boolean (SG_RECORD (level), "within-appetite");
}

/* A treatment chosen; mitigation also names its controls. */
static gboolean
risk_treated (SgRecord *risk)
{
  int treatment = sg_record_peek_enum (risk, "treatment");
  GVariant *controls = sg_record_peek_links (risk, "controls");

  if (treatment == SG_TREATMENT_UNDECIDED)
    return FALSE;
  return treatment != SG_TREATMENT_MITIGATE ||
         (controls != NULL && g_variant_n_children (controls) > 0);
}

/* 6.1.3 c–e: risks above the appetite treated, an SoA issued, every
 * exclusion justified and every inclusion with a reason (a risk it
 * treats, a legal, contractual or business reason, or a justification). */
void
sg_readiness_rule_6_1_3 (Ctx               *ctx,
                         SgReadinessResult *result)
{
  guint n_risks, n_controls, n_soa, above = 0, assessed = 0;
  SgRecord *const *risks = sg_readiness_records (ctx, SG_TYPE_RISK, &n_risks);
  SgRecord *const *controls = sg_readiness_records (ctx, SG_TYPE_CONTROL, &n_controls);
  g_autoptr(GPtrArray) untreated = g_ptr_array_new ();
  g_autoptr(GPtrArray) unjustified = g_ptr_array_new ();
  g_autoptr(GPtrArray) unreasoned = g_ptr_array_new ();
  /* Control ids, as pointers: no allocation per link of 100,000 risks. */
  g_autoptr(GHashTable) linked = g_hash_table_new (g_direct_hash, g_direct_equal);

  sg_readiness_records (ctx, SG_TYPE_SOA_VERSION, &n_soa);
  for (guint i = 0; i < n_risks; i++)
    {
      GVariant *links = sg_record_peek_links (risks[i], "controls");

      if (!sg_readiness_risk_open (ctx, risks[i]))
        continue;
      assessed += sg_readiness_risk_assessed (risks[i]);
      if (links != NULL)
        {
          gsize n_ids;
          const gint64 *ids = g_variant_get_fixed_array (links, &n_ids, sizeof (gint64));

          for (gsize j = 0; j < n_ids; j++)
            g_hash_table_add (linked, GSIZE_TO_POINTER ((gsize) ids[j]));
        }
      if (!above_appetite (ctx, risks[i]))
        continue;
      above++;
      if (!risk_treated (risks[i]))
        g_ptr_array_add (untreated, risks[i]);
    }
  for (guint i = 0; i < n_controls; i++)
    {
      gpointer id = GSIZE_TO_POINTER ((gsize) sg_record_get_id (controls[i]));

      if (!sg_record_peek_boolean (controls[i], "applicable"))
        {
          if (!sg_readiness_has_text (controls[i], "justification"))
            g_ptr_array_add (unjustified, controls[i]);
        }
      else if (!sg_record_peek_boolean (controls[i], SG_CONTROL_REASON_LEGAL) &&
               !sg_record_peek_boolean (controls[i], SG_CONTROL_REASON_CONTRACTUAL) &&
               !sg_record_peek_boolean (controls[i], SG_CONTROL_REASON_BUSINESS) &&
               !sg_readiness_has_text (controls[i], "justification") &&
               !g_hash_table_contains (linked, id))
        g_ptr_array_add (unreasoned, controls[i]);
    }
  if (assessed == 0)
    sg_readiness_verdict (result, SG_READINESS_NOT_MET, sg_readiness_say (ctx, N_("no assessed risks to treat")));
  else if (n_soa == 0)
    sg_readiness_verdict (result, SG_READINESS_NOT_MET, sg_readiness_say (ctx, N_("no Statement of Applicability issued")));
  else if (untreated->len > 0)
    {
      sg_readiness_verdict (result, SG_READINESS_PARTLY,
                            sg_readiness_say_n (ctx, above, NP_("%u of %u risk above the appetite not treated",
                                                                "%u of %u risks above the appetite not treated"),
                            untreated->len, above));
      g_ptr_array_extend (result->records, untreated, NULL, NULL);
    }
  else if (unjustified->len > 0)
    {
      sg_readiness_verdict (result, SG_READINESS_PARTLY,
                            sg_readiness_say_n (ctx, unjustified->len, NP_("%u excluded control without a justification",
                                                                           "%u excluded controls without a justification"),
                            unjustified->len));
      g_ptr_array_extend (result->records, unjustified, NULL, NULL);
    }
  else if (unreasoned->len > 0)
    {
      sg_readiness_verdict (result, SG_READINESS_PARTLY,
                            sg_readiness_say_n (ctx, unreasoned->len,
                            NP_("%u applicable control without a reason for its inclusion",
                                "%u applicable controls without a reason for their inclusion"),
                            unreasoned->len));
      g_ptr_array_extend (result->records, unreasoned, NULL, NULL);
    }
  else
    {
      guint n;
      SgRecord *const *versions = sg_readiness_records (ctx, SG_TYPE_SOA_VERSION, &n);

      sg_readiness_verdict (result, SG_READINESS_MET,
                            sg_readiness_say (ctx, N_("risks above the appetite treated and the SoA issued, each control with a reason")));
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (result->records, versions[i]);
    }
}

static gboolean
objective_planned (Ctx      *ctx,
                   SgRecord *objective)
{
  return sg_readiness_has_text (objective, "measure") && sg_readiness_has_person (objective, "owner") &&
         sg_readiness_has_text (objective, "due-date");
}

void
sg_readiness_rule_6_2 (Ctx               *ctx,
                       SgReadinessResult *result)
{
  sg_readiness_every (ctx, result, SG_TYPE_OBJECTIVE, NULL, objective_planned,
                      N_("no objectives recorded"),
                      NP_("%u objective with a measure, an owner and a due date",
                          "%u objectives, each with a measure, an owner and a due date"),
                      NP_("%u of %u objective without a measure, an owner or a due date",
                          "%u of %u objectives without a measure, an owner or a due date"));
}

static gboolean
change_pending (Ctx      *ctx,
                SgRecord *change)
{
  return sg_record_peek_enum (change, "status") != SG_CHANGE_STATUS_CANCELLED;
}

static gboolean
change_planned (Ctx      *ctx,
                SgRecord *change)
{
  return sg_readiness_has_person (change, "responsible") && sg_readiness_has_text (change, "planned-date");
}

/* Changes are planned only when the ISMS changes: none is partly met. */
void
sg_readiness_rule_6_3 (Ctx               *ctx,
                       SgReadinessResult *result)
{
  sg_readiness_every (ctx, result, SG_TYPE_PLANNED_CHANGE, change_pending, change_planned,
                      N_("no planned changes recorded"),
                      NP_("%u planned change with a responsible person and a date",
                          "%u planned changes, each with a responsible person and a date"),
                      NP_("%u of %u planned change without a responsible person or a date",
                          "%u of %u planned changes without a responsible person or a date"));
  if (result->records->len == 0 && result->state == SG_READINESS_NOT_MET)
    result->state = SG_READINESS_PARTLY;
}
