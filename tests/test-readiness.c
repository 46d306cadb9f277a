/* test-readiness.c: audit readiness computed, rule by rule, and `safeguard --readiness`
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-action.h"
#include "sg-audit.h"
#include "sg-communication.h"
#include "sg-awareness-activity.h"
#include "sg-competence-record.h"
#include "sg-competence.h"
#include "sg-person.h"
#include "sg-context-issue.h"
#include "sg-control.h"
#include "sg-document.h"
#include "sg-enums.h"
#include "sg-field.h"
#include "sg-i18n.h"
#include "sg-interested-party.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"
#include "sg-planned-change.h"
#include "sg-readiness.h"
#include "sg-requirement.h"
#include "sg-risk.h"
#include "sg-role.h"
#include "sg-sample.h"
#include "sg-scope.h"
#include "sg-soa-version.h"
#include "sg-store.h"
#include "sg-test-util.h"

/* Every built register is judged on this day. */
#define TODAY "2026-12-03"

typedef struct
{
  SgTestRegister reg;
  /* The records of the complete register, for the cases to break. */
  SgRecord *internal_issue, *external_issue, *scope, *policy, *review, *role;
  SgRecord *competence, *briefing, *risk, *soa, *objective, *reading, *change, *done_change;
  SgRecord *communication, *audit_done, *audit_planned, *nc, *control;
  SgRecord *review_action, *corrective;
} Fixture;

static void
remove_record (Fixture  *f,
               SgRecord *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sg_store_remove (f->reg.store, record, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  sg_test_register_open (&f->reg, "readiness.isms");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sg_test_register_close (&f->reg);
}

/* "ref state" of each result, one a line. */
static char *
describe (GPtrArray *results)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < results->len; i++)
    {
      SgReadinessResult *result = g_ptr_array_index (results, i);

      g_string_append_printf (out, "%s %s\n", result->ref,
                              sg_readiness_state_label (result->state, FALSE));
    }
  return g_string_free (out, FALSE);
}

static SgReadinessResult *
find_result (GPtrArray  *results,
             const char *ref)
{
  for (guint i = 0; i < results->len; i++)
    {
      SgReadinessResult *result = g_ptr_array_index (results, i);

      if (g_str_equal (result->ref, ref))
        return result;
    }
  g_assert_not_reached ();
}

/* A new register holds the 93 controls, the 30 clause requirements and
 * the default risk method, and so meets nothing; changes are planned only
 * when the ISMS changes, so 6.3 is partly met. */
static void
test_readiness_empty (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) results = sg_readiness_evaluate (f->reg.store, TODAY, FALSE);
  g_autofree char *text = describe (results);

  g_assert_cmpstr (text, ==,
                   "4.1 not met\n" "4.2 not met\n" "4.3 not met\n" "4.4 not met\n"
                   "5.1 not met\n" "5.2 not met\n" "5.3 not met\n"
                   "6.1.1 not met\n" "6.1.2 not met\n" "6.1.3 not met\n" "6.2 not met\n"
                   "6.3 partly met\n"
                   "7.1 not met\n" "7.2 not met\n" "7.3 not met\n" "7.4 not met\n"
                   "7.5.1 not met\n" "7.5.2 not met\n" "7.5.3 not met\n"
                   "8.1 not met\n" "8.2 not met\n" "8.3 not met\n"
                   "9.1 not met\n" "9.2.1 not met\n" "9.2.2 not met\n"
                   "9.3.1 not met\n" "9.3.2 not met\n" "9.3.3 not met\n"
                   "10.1 not met\n" "10.2 not met\n");

  /* Each says what is missing, and each has its requirement record and
   * title; nothing is behind a rule that finds nothing. */
  for (guint i = 0; i < results->len; i++)
    {
      SgReadinessResult *result = g_ptr_array_index (results, i);

      g_assert_nonnull (result->requirement);
      g_assert_cmpstr (sg_record_get_ref (result->requirement), ==, result->ref);
      g_assert_cmpstr (result->title, !=, "");
      g_assert_nonnull (result->reason);
      g_assert_true (g_ascii_islower (result->reason[0]) || g_ascii_isdigit (result->reason[0]));
      if (!g_str_equal (result->ref, "4.4"))
        g_assert_cmpuint (result->records->len, ==, 0);
    }
  g_assert_cmpstr (find_result (results, "9.3.1")->reason, ==,
                   "no management review in the last 12 months");
  g_assert_cmpstr (find_result (results, "6.1.2")->reason, ==, "no risks recorded");
  g_assert_cmpstr (find_result (results, "4.3")->reason, ==, "no scope statement recorded");
  g_assert_cmpstr (find_result (results, "4.4")->reason, ==,
                   "29 of 29 other requirements not met yet");
}

/* A link set of the records of @kind with these refs. */
static GVariant *
links_to (Fixture    *f,
          GType       kind,
          const char *first_ref,
          ...)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  va_list args;

  va_start (args, first_ref);
  for (const char *ref = first_ref; ref != NULL; ref = va_arg (args, const char *))
    {
      SgRecord *record = sg_store_find_by_ref (f->reg.store, kind, ref);
      gint64 id;

      g_assert_nonnull (record);
      id = sg_record_get_id (record);
      g_array_append_val (ids, id);
    }
  va_end (args);
  return sg_links_new ((gint64 *) ids->data, ids->len);
}

/* A register in which every rule is met on TODAY: the goal a new user
 * builds towards. */
static void
build_complete (Fixture *f)
{
  guint n;
  SgRecord *const *controls = sg_store_peek_records (f->reg.store, SG_TYPE_CONTROL, &n);
  SgRecord *excluded = sg_store_find_by_ref (f->reg.store, SG_TYPE_CONTROL, "7.12");
  g_autoptr(GArray) treats = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* The risk is treated by every applicable control, which gives each
   * its reason in one write. */
  for (guint i = 0; i < n; i++)
    if (controls[i] != excluded)
      {
        gint64 id = sg_record_get_id (controls[i]);

        g_array_append_val (treats, id);
      }
  f->control = sg_store_find_by_ref (f->reg.store, SG_TYPE_CONTROL, "5.1");
  g_object_set (excluded, "applicable", FALSE,
                "justification", "No cabling of our own: the offices are rented", NULL);
  g_object_set (f->control, "implementation", SG_IMPLEMENTATION_STATUS_PLANNED,
                "implementation-due", "2027-01-31", NULL);

  f->internal_issue = sg_test_register_add (&f->reg, SG_TYPE_CONTEXT_ISSUE, "title", "Few administrators",
                                            "type", SG_ISSUE_TYPE_INTERNAL, NULL);
  f->external_issue = sg_test_register_add (&f->reg, SG_TYPE_CONTEXT_ISSUE, "title", "NIS2",
                                            "type", SG_ISSUE_TYPE_EXTERNAL, NULL);
  sg_test_register_add (&f->reg, SG_TYPE_INTERESTED_PARTY, "name", "Customers", "needs", "Their data kept safe", NULL);
  f->scope = sg_test_register_add (&f->reg, SG_TYPE_SCOPE, "title", "Scope", "statement", "All of Nordlicht GmbH",
                                   "approved-by", f->reg.jana, "approved-on", "2026-01-10", NULL);
  f->policy = sg_test_register_add (&f->reg, SG_TYPE_DOCUMENT, "title", "Information security policy",
                                    "type", SG_DOCUMENT_TYPE_POLICY, "owner", f->reg.jana,
                                    "status", SG_DOCUMENT_STATUS_APPROVED, "approved-by", f->reg.mehmet,
                                    "approved-on", "2026-02-01", "next-review", "2027-02-01",
                                    SG_DOCUMENT_LAST_COMMUNICATED, "2026-02-15", NULL);
  f->review = sg_test_register_add (&f->reg, SG_TYPE_MANAGEMENT_REVIEW, "title", "Review 2026", "date", "2026-10-01",
                                    "status", SG_REVIEW_STATUS_HELD,
                                    "input-previous-actions", "Done", "input-context-changes", "NIS2",
                                    "input-party-changes", "None", "input-performance", "Fine",
                                    "input-party-feedback", "Good", "input-risk-results", "Treated",
                                    "input-improvement", "More training",
                                    "decisions", "Hire an administrator", "changes", "Add the new site to the scope", NULL);
  f->role = sg_test_register_add (&f->reg, SG_TYPE_ROLE, "name", "CISO", "holder", f->reg.jana, NULL);
  f->competence = sg_test_register_add (&f->reg, SG_TYPE_COMPETENCE_RECORD, SG_COMPETENCE_RECORD_PERSON, f->reg.jana,
                                        SG_COMPETENCE_RECORD_TRAINING, "CISSP", "role", sg_record_get_id (f->role),
                                        "completed-on", "2026-03-01",
                                        "awareness-acknowledged-on", "2026-03-01", NULL);
  {
    gint64 both[2] = { f->reg.jana, f->reg.mehmet };

    f->briefing = sg_test_register_add (&f->reg, SG_TYPE_AWARENESS_ACTIVITY, SG_AWARENESS_ACTIVITY_TITLE, "Annual ISMS briefing",
                                        SG_AWARENESS_ACTIVITY_HELD_ON, "2026-04-20",
                                        SG_AWARENESS_ACTIVITY_PARTICIPANTS, sg_links_new (both, 2), NULL);
    for (guint i = 0; i < G_N_ELEMENTS (both); i++)
      g_object_set (sg_store_find_by_id (f->reg.store, SG_TYPE_PERSON, both[i]),
                    SG_PERSON_POLICY_ACKNOWLEDGED_ON, "2026-04-20", NULL);
  }
  f->risk = sg_test_register_add (&f->reg, SG_TYPE_RISK, "title", "Ransomware", "owner", f->reg.jana,
                                  "inherent-likelihood", 5, "inherent-impact", 5,
                                  "treatment", SG_TREATMENT_MITIGATE, "controls", sg_links_new ((gint64 *) treats->data, treats->len),
                                  "treatment-due", "2027-03-01", "next-review", "2027-06-01", NULL);
  f->soa = sg_test_register_add (&f->reg, SG_TYPE_SOA_VERSION, SG_SOA_VERSION_NUMBER, 1,
                                 SG_SOA_VERSION_ISSUED_ON, "2026-11-01", NULL);
  f->objective = sg_test_register_add (&f->reg, SG_TYPE_OBJECTIVE, "title", "Phishing clicks below 5 %",
                                       "measure", "Click rate", "owner", f->reg.mehmet, "due-date", "2027-06-30",
                                       "resources", "Training platform", NULL);
  f->reading = sg_test_register_add (&f->reg, SG_TYPE_OBJECTIVE_READING, "objective", sg_record_get_id (f->objective),
                                     "date", "2026-11-01", NULL);
  f->change = sg_test_register_add (&f->reg, SG_TYPE_PLANNED_CHANGE, "title", "New site", "responsible", f->reg.mehmet,
                                    "planned-date", "2027-01-15", NULL);
  f->done_change = sg_test_register_add (&f->reg, SG_TYPE_PLANNED_CHANGE, "title", "New firewall", "responsible", f->reg.mehmet,
                                         "planned-date", "2026-08-15", "status", SG_CHANGE_STATUS_COMPLETED,
                                         "completed-on", "2026-09-01", NULL);
  f->communication = sg_test_register_add (&f->reg, SG_TYPE_COMMUNICATION, "subject", "Phishing", "communicator", f->reg.jana,
                                           "audience", "All staff", "method", "Intranet", NULL);
  f->audit_done = sg_test_register_add (&f->reg, SG_TYPE_AUDIT, "title", "Internal audit 2026", "auditor", f->reg.mehmet,
                                        "planned-date", "2026-06-01", "actual-date", "2026-06-02",
                                        "status", SG_AUDIT_STATUS_COMPLETED,
                                        /* A programme that covers every clause and theme. */
                                        SG_AUDIT_CLAUSES, links_to (f, SG_TYPE_REQUIREMENT, "4.1", "5.1", "6.2", "7.1",
                                                                    "8.1", "9.1", "10.1", NULL),
                                        SG_AUDIT_CONTROLS, links_to (f, SG_TYPE_CONTROL, "5.1", "6.1", "7.1", "8.1", NULL),
                                        NULL);
  f->audit_planned = sg_test_register_add (&f->reg, SG_TYPE_AUDIT, "title", "Internal audit 2027", "auditor", f->reg.mehmet,
                                           "planned-date", "2027-05-01", NULL);
  f->nc = sg_test_register_add (&f->reg, SG_TYPE_NONCONFORMITY, "title", "Leavers kept accounts", "owner", f->reg.jana,
                                "due-date", "2026-07-01", "status", SG_NC_STATUS_CLOSED, "closed-on", "2026-08-01",
                                "effectiveness-checked-on", "2026-10-01", "effectiveness", SG_EFFECTIVENESS_EFFECTIVE,
                                NULL);
  f->review_action = sg_test_register_add (&f->reg, SG_TYPE_ACTION, SG_ACTION_TITLE, "Hire an administrator",
                                           SG_ACTION_SOURCE, SG_ACTION_SOURCE_MANAGEMENT_REVIEW,
                                           SG_ACTION_REVIEW, sg_record_get_id (f->review),
                                           SG_ACTION_OWNER, f->reg.jana, SG_ACTION_DUE_DATE, "2027-03-01", NULL);
  f->corrective = sg_test_register_add (&f->reg, SG_TYPE_ACTION, SG_ACTION_TITLE, "Disable accounts from HR",
                                        SG_ACTION_SOURCE, SG_ACTION_SOURCE_NONCONFORMITY,
                                        SG_ACTION_NONCONFORMITY, sg_record_get_id (f->nc),
                                        SG_ACTION_OWNER, f->reg.mehmet, SG_ACTION_DUE_DATE, "2026-06-15",
                                        SG_ACTION_STATUS, SG_ACTION_STATUS_DONE, SG_ACTION_DONE_ON, "2026-06-10", NULL);
}

static void
test_readiness_complete (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) results = NULL;

  build_complete (f);
  results = sg_readiness_evaluate (f->reg.store, TODAY, FALSE);
  for (guint i = 0; i < results->len; i++)
    {
      SgReadinessResult *result = g_ptr_array_index (results, i);

      if (result->state != SG_READINESS_MET)
        g_error ("%s %s: %s", result->ref, sg_readiness_state_label (result->state, FALSE),
                 result->reason);
      /* What fulfils it is named, but for 4.4, which rests on the others. */
      if (!g_str_equal (result->ref, "4.4"))
        g_assert_cmpuint (result->records->len, >, 0);
    }
  g_assert_cmpuint (results->len, ==, 30);
  g_assert_cmpstr (find_result (results, "4.3")->reason, ==,
                   "the scope statement was approved on 2026-01-10");
  g_assert_true (g_ptr_array_find (find_result (results, "9.3.1")->records, f->review, NULL));

  /* A person's override of the requirement is left as it was. */
  g_assert_cmpint (sg_record_peek_enum (find_result (results, "4.3")->requirement,
                                        SG_REQUIREMENT_OVERRIDE_FIELD), ==,
                   SG_REQUIREMENT_OVERRIDE_NONE);
}

/* One way to break the complete register, and what it does to one rule. */
typedef struct
{
  const char       *ref;
  SgReadinessState  state;
  const char       *reason;   /* the exact reason */
  void            (*breaks) (Fixture *f);
} BreakCase;

static void break_4_1 (Fixture *f) { g_object_set (f->external_issue, "type", SG_ISSUE_TYPE_INTERNAL, NULL); }
static void break_4_1_none (Fixture *f) { remove_record (f, f->internal_issue); remove_record (f, f->external_issue); }
static void break_4_2 (Fixture *f) { sg_test_register_add (&f->reg, SG_TYPE_INTERESTED_PARTY, "name", "Regulator", NULL); }
                                                           static void break_4_2_irrelevant (Fixture *f) { sg_test_register_add (&f->reg, SG_TYPE_INTERESTED_PARTY, "name", "Press", "relevant", FALSE, NULL); }
                                                           static void
                                                           break_4_2_only_irrelevant (Fixture *f)
                                                           {
                                                           guint n;
  SgRecord *const *parties = sg_store_peek_records (f->reg.store, SG_TYPE_INTERESTED_PARTY, &n);

  for (guint i = 0; i < n; i++)
    g_object_set (parties[i], "relevant", FALSE, NULL);
}
static void break_4_3 (Fixture *f) { g_object_set (f->scope, "approved-by", (gint64) 0, NULL); }
static void break_4_3_statement (Fixture *f) { g_object_set (f->scope, "statement", " ", NULL); }
static void break_4_3_review (Fixture *f) { g_object_set (f->scope, SG_SCOPE_NEXT_REVIEW, "2026-12-02", NULL); }
static void break_4_3_review_today (Fixture *f) { g_object_set (f->scope, SG_SCOPE_NEXT_REVIEW, TODAY, NULL); }
static void break_4_4 (Fixture *f) { remove_record (f, f->scope); }
static void break_5_1 (Fixture *f) { g_object_set (f->review, "status", SG_REVIEW_STATUS_PLANNED, NULL); }
static void break_5_1_both (Fixture *f) { break_5_1 (f); g_object_set (f->policy, "status", SG_DOCUMENT_STATUS_DRAFT, NULL); }
static void break_5_2 (Fixture *f) { g_object_set (f->policy, "next-review", "2026-12-02", NULL); }
static void break_5_2_draft (Fixture *f) { g_object_set (f->policy, "status", SG_DOCUMENT_STATUS_IN_REVIEW, NULL); }
static void break_5_2_none (Fixture *f) { g_object_set (f->policy, "type", SG_DOCUMENT_TYPE_PROCEDURE, NULL); }
static void break_5_3 (Fixture *f) { sg_test_register_add (&f->reg, SG_TYPE_ROLE, "name", "DPO", NULL); }
/* Jana holds the CISO's role and stands in for the auditor, declared
 * incompatible on the auditor's side only. */
static void
break_5_3_incompatible (Fixture *f)
{
  gint64 ciso = sg_record_get_id (f->role);

  sg_test_register_add (&f->reg, SG_TYPE_ROLE, SG_ROLE_NAME, "Internal auditor",
                        SG_ROLE_HOLDER, f->reg.mehmet, SG_ROLE_DEPUTY, f->reg.jana,
                        SG_ROLE_INCOMPATIBLE_WITH, sg_links_new (&ciso, 1), NULL);
}
static void break_5_2_communicated (Fixture *f) { g_object_set (f->policy, SG_DOCUMENT_LAST_COMMUNICATED, NULL, NULL); }
static void break_5_3_both (Fixture *f) { break_5_3 (f); break_5_3_incompatible (f); }
static void break_5_3_own (Fixture *f) { g_object_set (f->role, SG_ROLE_ASSIGNED_BY, f->reg.jana, NULL); }
                                                           static void break_6_1_1 (Fixture *f) { break_4_1_none (f); }
                                                           static void break_6_1_2 (Fixture *f) { sg_test_register_add (&f->reg, SG_TYPE_RISK, "title", "Fire", "next-review", "2027-01-01", NULL); }
                                                           static void break_6_1_2_review (Fixture *f) { g_object_set (f->risk, "next-review", NULL, NULL); }
                                                           static void break_6_1_2_closed (Fixture *f) { g_object_set (f->risk, "status", SG_RISK_STATUS_CLOSED, NULL); }
                                                           static void break_6_1_3 (Fixture *f) { g_object_set (f->risk, "treatment", SG_TREATMENT_UNDECIDED, NULL); }
                                                           static void break_6_1_3_controls (Fixture *f) { g_object_set (f->risk, "controls", sg_links_new (NULL, 0), NULL); }
                                                           static void break_6_1_3_soa (Fixture *f) { remove_record (f, f->soa); }
                                                           static void break_6_1_3_exclusion (Fixture *f) { g_object_set (sg_store_find_by_ref (f->reg.store, SG_TYPE_CONTROL, "7.12"), "justification", NULL, NULL); }
                                                           static void
                                                           break_6_1_3_inclusion (Fixture *f)
                                                           {
                                                           SgRecord *endpoints = sg_store_find_by_ref (f->reg.store, SG_TYPE_CONTROL, "8.1");
  GVariant *links = sg_record_peek_links (f->risk, "controls");

  g_object_set (f->risk, "controls", sg_links_remove (links, sg_record_get_id (endpoints)), NULL);
}

/* A legal, contractual or business reason is reason enough. */
static void
break_6_1_3_legal (Fixture *f)
{
  break_6_1_3_inclusion (f);
  g_object_set (sg_store_find_by_ref (f->reg.store, SG_TYPE_CONTROL, "8.1"), SG_CONTROL_REASON_LEGAL, TRUE, NULL);
}
static void break_6_2 (Fixture *f) { g_object_set (f->objective, "owner", (gint64) 0, NULL); }
static void break_6_3 (Fixture *f) { g_object_set (f->change, "responsible", (gint64) 0, NULL); }
static void break_6_3_none (Fixture *f) { remove_record (f, f->change); remove_record (f, f->done_change); }
static void break_7_1 (Fixture *f) { g_object_set (f->objective, "resources", NULL, NULL); }
static void break_7_2 (Fixture *f) { g_object_set (f->competence, "role", (gint64) 0, NULL); }
static void break_7_2_partly (Fixture *f) { sg_test_register_add (&f->reg, SG_TYPE_ROLE, "name", "Admin", "holder", f->reg.mehmet, NULL); }
/* Evidence older than the interval Preferences sets is no longer current. */
static void break_7_2_stale (Fixture *f) { g_object_set (f->competence, "completed-on", "2025-11-30", NULL); }
static void break_7_2_deputy (Fixture *f) { g_object_set (f->role, SG_ROLE_DEPUTY, f->reg.mehmet, NULL); }
static void break_7_3 (Fixture *f) { g_object_set (f->briefing, SG_AWARENESS_ACTIVITY_HELD_ON, "2025-11-30", NULL); }
static void break_7_3_policy (Fixture *f) { g_object_set (sg_store_find_by_id (f->reg.store, SG_TYPE_PERSON, f->reg.mehmet),
                                                          SG_PERSON_POLICY_ACKNOWLEDGED_ON, NULL, NULL); }
static void break_7_3_absent (Fixture *f) { g_object_set (f->briefing, SG_AWARENESS_ACTIVITY_PARTICIPANTS, sg_links_new (&f->reg.jana, 1), NULL); }
static void break_7_3_all (Fixture *f) { break_7_3_policy (f); g_object_set (sg_store_find_by_id (f->reg.store, SG_TYPE_PERSON, f->reg.jana),
                                                                             SG_PERSON_POLICY_ACKNOWLEDGED_ON, "2025-01-01", NULL); }
/* Someone who left is not expected to keep up. */
static void break_7_3_left (Fixture *f) { break_7_3_policy (f); g_object_set (sg_store_find_by_id (f->reg.store, SG_TYPE_PERSON, f->reg.mehmet),
                                                                              SG_PERSON_ACTIVE, FALSE, NULL); }
                                                                  static void break_7_4 (Fixture *f) { g_object_set (f->communication, "method", NULL, NULL); }
                                                                  static void break_7_5_1 (Fixture *f) { g_object_set (f->policy, "owner", (gint64) 0, NULL); }
                                                                  static void break_7_5_2 (Fixture *f) { sg_test_register_add (&f->reg, SG_TYPE_DOCUMENT, "title", "Backup procedure", "owner", f->reg.jana, "next-review", "2027-05-01", NULL); }
                                                                  static void break_7_5_3 (Fixture *f) { g_object_set (f->policy, "next-review", "2026-12-02", NULL); }
                                                                  static void break_7_5_withdrawn (Fixture *f) { g_object_set (f->policy, "status", SG_DOCUMENT_STATUS_WITHDRAWN, NULL); }
                                                                  static void break_8_1 (Fixture *f) { g_object_set (f->control, "implementation-due", "2026-12-02", NULL); }
                                                                  static void break_8_1_none (Fixture *f) { g_object_set (f->control, "implementation-due", NULL, "implementation", SG_IMPLEMENTATION_STATUS_NOT_IMPLEMENTED, NULL); }
                                                                  static void break_8_2 (Fixture *f) { g_object_set (f->risk, "next-review", "2026-12-02", NULL); }
                                                                  static void break_8_3 (Fixture *f) { g_object_set (f->risk, "treatment-due", "2026-12-02", NULL); }
                                                                  static void break_9_1 (Fixture *f) { g_object_set (f->reading, "date", "2025-12-02", NULL); }
/* Read on 2026-11-01, to be read monthly: the December reading is late on 2026-12-03. */
static void break_9_1_monthly (Fixture *f) { g_object_set (f->objective, "frequency", "monthly", NULL); }
                                                                  static void break_9_2_1 (Fixture *f) { g_object_set (f->audit_done, "actual-date", "2025-12-02", NULL); }
                                                                  static void break_9_2_1_running (Fixture *f) { g_object_set (f->audit_done, "status", SG_AUDIT_STATUS_IN_PROGRESS, NULL); }
                                                                  static void break_9_2_1_external (Fixture *f) { g_object_set (f->audit_done, "type", SG_AUDIT_TYPE_CERTIFICATION, NULL); }
                                                                  static void break_9_2_1_own_work (Fixture *f) { g_object_set (sg_store_find_by_ref (f->reg.store, SG_TYPE_CONTROL, "8.1"), "owner", f->reg.mehmet, NULL); }
                                                                  static void break_9_2_1_own_work_reason (Fixture *f) { break_9_2_1_own_work (f); g_object_set (f->audit_done, SG_AUDIT_INDEPENDENCE_NOTE, "Two auditors only; the other is on leave.", NULL); }
                                                                  static void break_9_2_2_gap (Fixture *f) { g_object_set (f->audit_done, SG_AUDIT_CLAUSES, links_to (f, SG_TYPE_REQUIREMENT, "4.1", NULL), NULL); }
                                                                  static void break_9_2_2 (Fixture *f) { g_object_set (f->audit_planned, "planned-date", "2026-12-02", NULL); }
                                                                  static void break_9_2_2_far (Fixture *f) { g_object_set (f->audit_planned, "planned-date", "2027-12-04", NULL); }
                                                                  static void break_9_3_1 (Fixture *f) { g_object_set (f->review, "date", "2025-12-02", NULL); }
                                                                  static void break_9_3_2 (Fixture *f) { g_object_set (f->review, "input-performance", NULL, NULL); }
                                                                  static void break_9_3_3 (Fixture *f) { g_object_set (f->review, "decisions", NULL, NULL); }
                                                                  static void break_9_3_3_none (Fixture *f) { g_object_set (f->review, "decisions", NULL, "changes", NULL, NULL); remove_record (f, f->review_action); }
static void break_9_3_3_changes (Fixture *f) { g_object_set (f->review, "decisions", NULL, NULL); remove_record (f, f->review_action); }
static void break_9_3_3_actions (Fixture *f) { remove_record (f, f->review_action); }
/* A review action left open does not count against 10.2; an NC's does. */
static void break_10_2_action (Fixture *f) { g_object_set (f->corrective, SG_ACTION_STATUS, SG_ACTION_STATUS_IN_PROGRESS, NULL);
                                             g_object_set (f->review_action, SG_ACTION_DUE_DATE, "2026-11-01", NULL); }
static void break_10_2_action_done (Fixture *f) { g_object_set (f->corrective, SG_ACTION_STATUS, SG_ACTION_STATUS_CANCELLED, NULL); }
                                                                  static void break_10_1 (Fixture *f) { g_object_set (f->nc, "closed-on", "2025-06-01", NULL); g_object_set (f->done_change, "completed-on", "2025-06-01", NULL); }
                                                                  static void break_10_2 (Fixture *f) { sg_test_register_add (&f->reg, SG_TYPE_NONCONFORMITY, "title", "Late", "due-date", "2026-12-02", NULL); }
                                                                  static void break_10_2_unchecked (Fixture *f) { g_object_set (f->nc, "effectiveness", SG_EFFECTIVENESS_NOT_CHECKED, NULL); }
                                                                  static void break_10_2_none (Fixture *f) { remove_record (f, f->nc); }
                                                                  
                                                                  static const BreakCase break_cases[] = {
                                                                  { "4.1", SG_READINESS_PARTLY, "no external issues recorded", break_4_1 },
                                                                  { "4.1", SG_READINESS_NOT_MET, "no internal or external issues recorded", break_4_1_none },
                                                                  { "4.2", SG_READINESS_PARTLY, "1 of 2 interested parties without needs and expectations", break_4_2 },
                                                                  { "4.2", SG_READINESS_MET, "1 interested party with its needs and expectations", break_4_2_irrelevant },
                                                                  { "4.2", SG_READINESS_NOT_MET, "no relevant interested parties recorded", break_4_2_only_irrelevant },
                                                                  { "4.3", SG_READINESS_PARTLY, "the scope statement is not approved (by whom and when)", break_4_3 },
                                                                  { "4.3", SG_READINESS_PARTLY, "the scope has no statement", break_4_3_statement },
                                                                  { "4.3", SG_READINESS_PARTLY, "the scope statement was approved on 2026-01-10, but its review was due on 2026-12-02", break_4_3_review },
                                                                  { "4.3", SG_READINESS_MET, "the scope statement was approved on 2026-01-10", break_4_3_review_today },
                                                                  { "4.4", SG_READINESS_PARTLY, "1 of 29 other requirements not met yet", break_4_4 },
                                                                  { "5.1", SG_READINESS_PARTLY, "no management review in the last 12 months", break_5_1 },
                                                                  { "5.1", SG_READINESS_NOT_MET, "no approved policy and no management review in the last 12 months", break_5_1_both },
                                                                  { "5.2", SG_READINESS_PARTLY, "the policy's review date has passed", break_5_2 },
                                                                  { "5.2", SG_READINESS_PARTLY, "the policy is not approved (status, by whom and when)", break_5_2_draft },
                                                                  { "5.2", SG_READINESS_NOT_MET, "no information security policy recorded", break_5_2_none },
  { "5.2", SG_READINESS_PARTLY, "the policy is approved but not recorded as communicated (5.2 f)", break_5_2_communicated },
                                                                  { "5.3", SG_READINESS_PARTLY, "1 of 2 roles without a holder", break_5_3 },
                                                                  { "5.3", SG_READINESS_PARTLY, "1 person holds roles declared incompatible", break_5_3_incompatible },
                                                                  { "5.3", SG_READINESS_PARTLY, "1 of 3 roles without a holder; 1 person holds roles declared incompatible", break_5_3_both },
                                                                  { "5.3", SG_READINESS_PARTLY, "1 person assigned their own role", break_5_3_own },
                                                                  { "6.1.1", SG_READINESS_PARTLY, "no context issues recorded", break_6_1_1 },
                                                                  { "6.1.2", SG_READINESS_PARTLY, "1 of 2 risks not assessed", break_6_1_2 },
                                                                  { "6.1.2", SG_READINESS_PARTLY, "1 of 1 risk past or without its review date", break_6_1_2_review },
                                                                  { "6.1.2", SG_READINESS_NOT_MET, "no risks recorded", break_6_1_2_closed },
                                                                  { "6.1.3", SG_READINESS_PARTLY, "1 of 1 risk above the appetite not treated", break_6_1_3 },
                                                                  { "6.1.3", SG_READINESS_PARTLY, "1 of 1 risk above the appetite not treated", break_6_1_3_controls },
                                                                  { "6.1.3", SG_READINESS_NOT_MET, "no Statement of Applicability issued", break_6_1_3_soa },
                                                                  { "6.1.3", SG_READINESS_PARTLY, "1 excluded control without a justification", break_6_1_3_exclusion },
                                                                  { "6.1.3", SG_READINESS_PARTLY, "1 applicable control without a reason for its inclusion", break_6_1_3_inclusion },
                                                                  { "6.1.3", SG_READINESS_MET, "risks above the appetite treated and the SoA issued, each control with a reason", break_6_1_3_legal },
                                                                  { "6.1.3", SG_READINESS_NOT_MET, "no assessed risks to treat", break_6_1_2_closed },
                                                                  { "6.2", SG_READINESS_NOT_MET, "1 of 1 objective without a measure, an owner or a due date", break_6_2 },
                                                                  { "6.3", SG_READINESS_PARTLY, "1 of 2 planned changes without a responsible person or a date", break_6_3 },
                                                                  { "6.3", SG_READINESS_PARTLY, "no planned changes recorded", break_6_3_none },
                                                                  { "7.1", SG_READINESS_NOT_MET, "1 of 1 objective without resources named", break_7_1 },
                                                                  { "7.2", SG_READINESS_NOT_MET, "1 of 1 role holder without current competence evidence", break_7_2 },
                                                                  { "7.2", SG_READINESS_PARTLY, "1 of 2 role holders without current competence evidence", break_7_2_partly },
                                                                  { "7.2", SG_READINESS_NOT_MET, "1 of 1 role holder without current competence evidence", break_7_2_stale },
                                                                  { "7.2", SG_READINESS_PARTLY, "1 of 2 role holders without current competence evidence", break_7_2_deputy },
                                                                  { "7.3", SG_READINESS_NOT_MET, "no awareness activity held in the last 12 months", break_7_3 },
                                                                  { "7.3", SG_READINESS_PARTLY, "1 of 2 people without a current awareness activity or policy acknowledgement", break_7_3_policy },
                                                                  { "7.3", SG_READINESS_PARTLY, "1 of 2 people without a current awareness activity or policy acknowledgement", break_7_3_absent },
                                                                  { "7.3", SG_READINESS_NOT_MET, "2 of 2 people without a current awareness activity or policy acknowledgement", break_7_3_all },
                                                                  { "7.3", SG_READINESS_MET, "awareness activity and policy acknowledgement current for the 1 person", break_7_3_left },
                                                                  { "7.4", SG_READINESS_NOT_MET, "1 of 1 communication without what, who, to whom or how", break_7_4 },
                                                                  { "7.5.1", SG_READINESS_NOT_MET, "1 of 1 document without an owner", break_7_5_1 },
                                                                  { "7.5.1", SG_READINESS_NOT_MET, "no documents recorded", break_7_5_withdrawn },
                                                                  { "7.5.2", SG_READINESS_PARTLY, "1 of 2 documents not approved (status, by whom and when)", break_7_5_2 },
                                                                  { "7.5.3", SG_READINESS_NOT_MET, "1 of 1 document past or without its review date", break_7_5_3 },
                                                                  { "8.1", SG_READINESS_NOT_MET, "1 of 1 control implementation overdue", break_8_1 },
                                                                  { "8.1", SG_READINESS_NOT_MET, "no control implementation planned", break_8_1_none },
                                                                  { "8.2", SG_READINESS_NOT_MET, "1 of 1 risk review overdue", break_8_2 },
                                                                  { "8.3", SG_READINESS_NOT_MET, "1 of 1 risk treatment overdue", break_8_3 },
                                                                  { "9.1", SG_READINESS_NOT_MET, "1 of 1 open objective without a reading within its measurement frequency", break_9_1 },
                                                                  { "9.1", SG_READINESS_NOT_MET, "1 of 1 open objective without a reading within its measurement frequency", break_9_1_monthly },
                                                                  { "9.2.1", SG_READINESS_NOT_MET, "no internal audit completed in the last 12 months", break_9_2_1 },
                                                                  { "9.2.1", SG_READINESS_PARTLY, "an internal audit is in progress, none completed in the last 12 months", break_9_2_1_running },
                                                                  { "9.2.1", SG_READINESS_NOT_MET, "no internal audit completed in the last 12 months", break_9_2_1_external },
                                                                  { "9.2.1", SG_READINESS_PARTLY, "1 of 1 internal audit in the last 12 months has an auditor of their own work and no reason recorded", break_9_2_1_own_work },
                                                                  { "9.2.1", SG_READINESS_MET, "1 internal audit completed in the last 12 months", break_9_2_1_own_work_reason },
                                                                  { "9.2.2", SG_READINESS_PARTLY, "6 of 11 clauses and control themes not audited in the last 3 years", break_9_2_2_gap },
                                                                  { "9.2.2", SG_READINESS_NOT_MET, "1 planned internal audit is overdue", break_9_2_2 },
                                                                  { "9.2.2", SG_READINESS_NOT_MET, "no internal audit planned for the coming 12 months", break_9_2_2_far },
                                                                  { "9.3.1", SG_READINESS_NOT_MET, "no management review in the last 12 months", break_9_3_1 },
                                                                  { "9.3.1", SG_READINESS_NOT_MET, "no management review in the last 12 months", break_5_1 },
                                                                  { "9.3.2", SG_READINESS_PARTLY, "1 of 7 inputs of the management review of 2026-10-01 not recorded", break_9_3_2 },
                                                                  { "9.3.2", SG_READINESS_NOT_MET, "no management review held", break_5_1 },
                                                                  { "9.3.3", SG_READINESS_PARTLY, "the management review of 2026-10-01 has actions but no decisions recorded", break_9_3_3 },
                                                                  { "9.3.3", SG_READINESS_PARTLY, "the management review of 2026-10-01 has decisions but no actions raised", break_9_3_3_actions },
                                                                  { "9.3.3", SG_READINESS_PARTLY, "the management review of 2026-10-01 has changes to the ISMS but no decisions recorded", break_9_3_3_changes },
                                                                  { "9.3.3", SG_READINESS_NOT_MET, "no decisions or actions recorded for the management review of 2026-10-01", break_9_3_3_none },
                                                                  { "10.1", SG_READINESS_PARTLY, "no improvement recorded in the last 12 months, only before", break_10_1 },
                                                                  { "10.2", SG_READINESS_PARTLY, "1 of 2 nonconformities overdue", break_10_2 },
                                                                  { "10.2", SG_READINESS_PARTLY, "1 closed nonconformity without its effectiveness checked", break_10_2_unchecked },
                                                                  { "10.2", SG_READINESS_PARTLY, "1 corrective action overdue", break_10_2_action },
                                                                  { "10.2", SG_READINESS_MET, "1 nonconformity, none overdue, its effectiveness checked when closed", break_10_2_action_done },
                                                                  { "10.2", SG_READINESS_NOT_MET, "no nonconformities recorded", break_10_2_none },
                                                                  };

/* Each case starts from the complete register, where the rule is met,
 * and flips it. */
static void
test_readiness_break (Fixture       *f,
                      gconstpointer  data)
{
  const BreakCase *c = data;
  g_autoptr(GPtrArray) results = NULL;
  SgReadinessResult *result;

  build_complete (f);
  c->breaks (f);
  results = sg_readiness_evaluate (f->reg.store, TODAY, FALSE);
  result = find_result (results, c->ref);
  g_assert_cmpstr (result->reason, ==, c->reason);
  g_assert_cmpstr (sg_readiness_state_label (result->state, FALSE), ==,
                   sg_readiness_state_label (c->state, FALSE));
  /* A gap names the records to fix, when there are any. */
  if (result->state != SG_READINESS_MET && !g_str_has_prefix (result->reason, "no ") &&
      !g_str_equal (c->ref, "4.4"))
    g_assert_cmpuint (result->records->len, >, 0);
  if (!g_str_equal (c->ref, "4.4"))
    g_assert_cmpint (find_result (results, "4.4")->state, ==,
                     c->state == SG_READINESS_MET ? SG_READINESS_MET : SG_READINESS_PARTLY);
}

/* The interval Preferences sets ("Evidence is current for") is what 7.2
 * and 7.3 judge by: six months make the complete register's evidence,
 * briefing and acknowledgements old. */
static void
test_readiness_months (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) results = NULL;

  build_complete (f);
  sg_competence_set_months (6);
  results = sg_readiness_evaluate (f->reg.store, TODAY, FALSE);
  sg_competence_set_months (SG_COMPETENCE_DEFAULT_MONTHS);
  g_assert_cmpint (find_result (results, "7.2")->state, ==, SG_READINESS_NOT_MET);
  g_assert_cmpstr (find_result (results, "7.2")->reason, ==, "1 of 1 role holder without current competence evidence");
  g_assert_true (g_ptr_array_find (find_result (results, "7.2")->records, f->competence, NULL));
  g_assert_cmpstr (find_result (results, "7.3")->reason, ==, "no awareness activity held in the last 6 months");
}

/* The example register, created now and judged today: its dates are
 * relative to the day it was made, so these states hold on any day. */
static void
test_readiness_sample (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "example.isms", NULL);
  g_autofree char *today = sg_date_today ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *text = NULL;

  g_assert_true (sg_sample_create (path, &error));
  g_assert_no_error (error);
  store = sg_store_open (path, SG_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  results = sg_readiness_evaluate (store, today, FALSE);
  text = describe (results);
  g_assert_cmpstr (text, ==,
                   "4.1 met\n" "4.2 met\n" "4.3 met\n" "4.4 partly met\n"
                   "5.1 met\n" "5.2 met\n" "5.3 partly met\n"
                   "6.1.1 met\n" "6.1.2 partly met\n" "6.1.3 not met\n" "6.2 met\n" "6.3 met\n"
                   "7.1 met\n" "7.2 partly met\n" "7.3 partly met\n" "7.4 met\n"
                   "7.5.1 met\n" "7.5.2 partly met\n" "7.5.3 partly met\n"
                   "8.1 met\n" "8.2 partly met\n" "8.3 partly met\n"
                   "9.1 met\n" "9.2.1 met\n" "9.2.2 met\n"
                   "9.3.1 met\n" "9.3.2 met\n" "9.3.3 met\n"
                   "10.1 met\n" "10.2 partly met\n");
  g_assert_cmpstr (find_result (results, "6.1.3")->reason, ==,
                   "no Statement of Applicability issued");
  g_assert_cmpstr (find_result (results, "6.1.2")->reason, ==,
                   "3 of 39 risks past or without their review date");
  /* The example's deliberate gaps: the HR deputy without evidence, the
   * external auditor's old certificate; the facility manager and the
   * legal counsel behind on awareness, the certification body's auditor
   * never briefed. */
  g_assert_cmpstr (find_result (results, "7.2")->reason, ==,
                   "2 of 9 role holders without current competence evidence");
  g_assert_cmpstr (find_result (results, "7.3")->reason, ==,
                   "3 of 15 people without a current awareness activity or policy acknowledgement");
  g_clear_object (&store);
  sg_test_rmdir (dir);
}

/* The command line: one line per requirement, the count, exit 0, the
 * register untouched; a register that cannot be opened exits 1. */
static void
test_readiness_command (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *missing = g_build_filename (f->reg.dir, "missing.isms", NULL);
  g_auto(GStrv) lines = NULL;
  SgTestRun run = { 0 };

  sg_test_register_add (&f->reg, SG_TYPE_SCOPE, "title", "Scope", "statement", "Everything", "approved-by", f->reg.jana,
                        "approved-on", "2026-01-10", NULL);
  sg_test_register_add (&f->reg, SG_TYPE_CONTEXT_ISSUE, "title", "NIS2", "type", SG_ISSUE_TYPE_EXTERNAL, NULL);
  g_clear_object (&f->reg.store);
  g_assert_true (g_file_get_contents (f->reg.path, &before, NULL, NULL));

  sg_test_run_safeguard (&run, "--readiness", f->reg.path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 32);
  g_assert_cmpstr (lines[0], ==, "4.1 partly met: no internal issues recorded");
  g_assert_cmpstr (lines[2], ==, "4.3 met: the scope statement was approved on 2026-01-10");
  g_assert_cmpstr (lines[3], ==, "4.4 partly met: 28 of 29 other requirements not met yet");
  g_assert_cmpstr (lines[25], ==, "9.3.1 not met: no management review in the last 12 months");
  g_assert_cmpstr (lines[29], ==, "10.2 not met: no nonconformities recorded");
  g_assert_cmpstr (lines[30], ==, "readiness: 1 of 30 met, 4 partly");
  g_assert_cmpstr (lines[31], ==, "");
  sg_test_run_clear (&run);

  g_assert_true (g_file_get_contents (f->reg.path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);

  sg_test_run_safeguard (&run, "--readiness", missing, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, !=, "");
  sg_test_run_clear (&run);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  sg_test_run_safeguard (&run, "--readiness", NULL);
  g_assert_cmpint (run.status, ==, 1);
  sg_test_run_clear (&run);

  /* Not a register: said on stderr, exit 1, the file as it was. */
  g_assert_true (g_file_set_contents (missing, "Risk;Owner\nFire;Jana\n", -1, NULL));
  sg_test_run_safeguard (&run, "--readiness", missing, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, !=, "");
  sg_test_run_clear (&run);
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (missing, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "Risk;Owner\nFire;Jana\n");
}

/* For people the reasons are translated, for scripts never: run in a
 * child that starts as a German session does. */
static void
test_readiness_german (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = sg_test_mkdtemp ();
      g_autofree char *path = g_build_filename (dir, "leer.isms", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(SgStore) store = NULL;
      g_autoptr(GPtrArray) german = NULL;
      g_autoptr(GPtrArray) english = NULL;

      g_setenv ("LANGUAGE", "de", TRUE);
      sg_i18n_init ();
      store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
      g_assert_no_error (error);
      german = sg_readiness_evaluate (store, TODAY, TRUE);
      english = sg_readiness_evaluate (store, TODAY, FALSE);
      g_assert_cmpstr (find_result (german, "9.3.1")->reason, ==,
                       "keine Managementbewertung in den letzten 12 Monaten");
      g_assert_cmpstr (find_result (german, "4.4")->reason, ==,
                       "29 von 29 anderen Anforderungen noch nicht erfüllt");
      g_assert_cmpstr (find_result (german, "4.3")->title, ==,
                       "Festlegen des Anwendungsbereichs des Informationssicherheitsmanagementsystems");
      g_assert_cmpstr (sg_readiness_state_label (SG_READINESS_PARTLY, TRUE), ==, "teilweise erfüllt");
      g_assert_cmpstr (find_result (english, "9.3.1")->reason, ==,
                       "no management review in the last 12 months");
      g_assert_cmpstr (find_result (english, "4.3")->title, ==,
                       "Determining the scope of the information security management system");
      g_clear_object (&store);
      sg_test_rmdir (dir);
      return;
    }
  {
    g_autofree char *built = g_build_filename (BUILD_LOCALE_DIR, "de", "LC_MESSAGES",
                                               GETTEXT_PACKAGE ".mo", NULL);
    g_autofree char *installed = g_build_filename (LOCALEDIR, "de", "LC_MESSAGES",
                                                   GETTEXT_PACKAGE ".mo", NULL);

    /* A build of only some targets has no catalogue to test. */
    if (!g_file_test (built, G_FILE_TEST_EXISTS) && !g_file_test (installed, G_FILE_TEST_EXISTS))
      {
        g_test_skip ("the German catalogue is not built");
        return;
      }
  }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* A person's override counts, and is known as one; the computed state
 * and its reason stay beside it. */
static void
test_readiness_override (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) results = NULL;
  SgReadinessResult *policy, *roles;

  build_complete (f);
  g_object_set (f->policy, "next-review", "2026-12-02", NULL);
  g_object_set (sg_store_find_by_ref (f->reg.store, SG_TYPE_REQUIREMENT, "5.2"),
                SG_REQUIREMENT_OVERRIDE_FIELD, SG_REQUIREMENT_OVERRIDE_MET,
                SG_REQUIREMENT_OVERRIDE_NOTE, "Reviewed on the intranet; the register lags behind", NULL);
  results = sg_readiness_evaluate (f->reg.store, TODAY, FALSE);
  policy = find_result (results, "5.2");
  g_assert_cmpint (policy->state, !=, SG_READINESS_MET);
  g_assert_cmpint (policy->effective, ==, SG_READINESS_MET);
  g_assert_true (policy->overridden);
  roles = find_result (results, "5.3");
  g_assert_false (roles->overridden);
  g_assert_cmpint (roles->effective, ==, roles->state);
}

/* `--readiness` keeps the register's state and reason on each line and
 * says where a person overrode it; the count is of what counts. */
static void
test_readiness_command_override (Fixture       *f,
                                 gconstpointer  data)
{
  g_auto(GStrv) lines = NULL;
  SgTestRun run = { 0 };

  g_object_set (sg_store_find_by_ref (f->reg.store, SG_TYPE_REQUIREMENT, "4.3"),
                SG_REQUIREMENT_OVERRIDE_FIELD, SG_REQUIREMENT_OVERRIDE_MET,
                SG_REQUIREMENT_OVERRIDE_NOTE, "Approved in the board minutes", NULL);
  g_object_set (sg_store_find_by_ref (f->reg.store, SG_TYPE_REQUIREMENT, "6.3"),
                SG_REQUIREMENT_OVERRIDE_FIELD, SG_REQUIREMENT_OVERRIDE_NOT_MET,
                SG_REQUIREMENT_OVERRIDE_NOTE, "The move to the new site is not planned yet", NULL);
  g_clear_object (&f->reg.store);

  sg_test_run_safeguard (&run, "--readiness", f->reg.path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 32);
  g_assert_cmpstr (lines[2], ==, "4.3 not met: no scope statement recorded (overridden: met)");
  g_assert_cmpstr (lines[11], ==, "6.3 partly met: no planned changes recorded (overridden: not met)");
  g_assert_cmpstr (lines[12], ==, "7.1 not met: no objectives recorded to name resources for");
  /* Met: 4.3 by override; partly: 4.4, one other met; 6.3 counts as not met. */
  g_assert_cmpstr (lines[30], ==, "readiness: 1 of 30 met, 1 partly, 2 overridden");
  sg_test_run_clear (&run);
}

/* 4.4 counts the others as they count: overridden as met, they make the
 * whole met too, and the reason says how many rest on a person's word. */
static void
test_readiness_whole_override (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *reason = NULL;
  SgReadinessResult *whole;
  guint n_overridden = 0;

  build_complete (f);
  g_object_set (f->policy, "next-review", "2026-12-02", NULL);
  results = sg_readiness_evaluate (f->reg.store, TODAY, FALSE);
  g_assert_cmpint (find_result (results, "4.4")->effective, ==, SG_READINESS_PARTLY);

  /* The policy's late review touches 5.1, 5.2 and 7.5.3: a person says
   * each is met. */
  for (guint i = 0; i < results->len; i++)
    {
      SgReadinessResult *result = g_ptr_array_index (results, i);

      if (result->state == SG_READINESS_MET || g_str_equal (result->ref, "4.4"))
        continue;
      n_overridden++;
      g_object_set (result->requirement,
                    SG_REQUIREMENT_OVERRIDE_FIELD, SG_REQUIREMENT_OVERRIDE_MET,
                    SG_REQUIREMENT_OVERRIDE_NOTE, "Reviewed; the register lags behind", NULL);
    }
  g_assert_cmpuint (n_overridden, >, 0);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = sg_readiness_evaluate (f->reg.store, TODAY, FALSE);
  whole = find_result (results, "4.4");
  g_assert_cmpint (whole->state, ==, SG_READINESS_MET);
  g_assert_false (whole->overridden);
  reason = g_strdup_printf ("every other requirement is met, %u of them by override", n_overridden);
  g_assert_cmpstr (whole->reason, ==, reason);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/readiness/empty", Fixture, NULL, fixture_set_up, test_readiness_empty, fixture_tear_down);
  g_test_add ("/readiness/complete", Fixture, NULL, fixture_set_up, test_readiness_complete, fixture_tear_down);
  g_test_add ("/readiness/override", Fixture, NULL, fixture_set_up, test_readiness_override, fixture_tear_down);
  g_test_add ("/readiness/months", Fixture, NULL, fixture_set_up, test_readiness_months, fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (break_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/readiness/break/%s/%u", break_cases[i].ref, i);

      g_test_add (name, Fixture, &break_cases[i], fixture_set_up, test_readiness_break, fixture_tear_down);
    }
  g_test_add_func ("/readiness/sample", test_readiness_sample);
  g_test_add_func ("/readiness/german", test_readiness_german);
  g_test_add ("/readiness/command", Fixture, NULL, fixture_set_up, test_readiness_command, fixture_tear_down);
  g_test_add ("/readiness/command-override", Fixture, NULL, fixture_set_up, test_readiness_command_override,
              fixture_tear_down);
  g_test_add ("/readiness/whole-override", Fixture, NULL, fixture_set_up, test_readiness_whole_override,
              fixture_tear_down);
  return g_test_run ();
}
