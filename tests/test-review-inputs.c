/* test-review-inputs.c: a management review's inputs (9.3.2 a–g) computed
 * from a register built here with known counts, the trend from the review
 * before it, frozen when it is held, and frozen text that is not what it
 * should be
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "sg-action.h"
#include "sg-audit.h"
#include "sg-context-issue.h"
#include "sg-enums.h"
#include "sg-finding.h"
#include "sg-i18n.h"
#include "sg-interested-party.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"
#include "sg-review-inputs.h"
#include "sg-risk.h"
#include "sg-store.h"
#include "sg-test-util.h"

/* The first review was held on FIRST; the second is held on TODAY. */
#define LONG_AGO "2025-06-01T09:00:00Z"
#define ZEROTH   "2025-01-10"
#define FIRST    "2026-01-15"
#define BETWEEN  "2026-06-01T09:00:00Z"
#define TODAY    "2026-12-10"

typedef struct
{
  SgTestRegister  reg;
  SgRecord       *zeroth;  /* held on ZEROTH, before inputs were computed */
  SgRecord       *first;   /* held on FIRST, frozen */
  SgRecord       *second;  /* planned on TODAY */
} Fixture;

static SgRecord *
add (Fixture    *f,
     GType       kind,
     const char *first_property,
     ...) G_GNUC_NULL_TERMINATED;

static SgRecord *
add (Fixture    *f,
     GType       kind,
     const char *first_property,
     ...)
{
  g_autoptr(GError) error = NULL;
  SgRecord *record;
  va_list args;

  va_start (args, first_property);
  record = SG_RECORD (g_object_new_valist (kind, first_property, args));
  va_end (args);
  g_assert_true (sg_store_add (f->reg.store, record, &error));
  g_assert_no_error (error);
  g_object_unref (record);
  return record;
}

static SgRecord *
find (Fixture    *f,
      GType       kind,
      const char *ref)
{
  SgRecord *record = sg_store_find_by_ref (f->reg.store, kind, ref);

  g_assert_nonnull (record);
  return record;
}

static void
tamper (const char *path,
        const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* The register of the tests: what was there long before the first review,
 * what happened up to it (then held), and what happened since. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SgRecord *nc1, *nc2, *nc3, *obj1, *obj2, *aud0, *aud1, *aud2, *aud3, *risk3;

  sg_test_register_open (&f->reg, "review.isms");

  /* Long before: the context, and risks. */
  add (f, SG_TYPE_CONTEXT_ISSUE, "ref", "CI-001", "title", "Cloud regulation",
       "type", SG_ISSUE_TYPE_EXTERNAL, NULL);
  add (f, SG_TYPE_CONTEXT_ISSUE, "ref", "CI-002", "title", "Staff turnover",
       "type", SG_ISSUE_TYPE_INTERNAL, NULL);
  add (f, SG_TYPE_CONTEXT_ISSUE, "ref", "CI-003", "title", "Old office",
       "type", SG_ISSUE_TYPE_INTERNAL, NULL);
  add (f, SG_TYPE_INTERESTED_PARTY, "ref", "IP-001", "name", "Customers", "needs", "Availability", NULL);
  add (f, SG_TYPE_INTERESTED_PARTY, "ref", "IP-002", "name", "Regulator", NULL);
  add (f, SG_TYPE_RISK, "ref", "R-001", "title", "Ransomware",
       "inherent-likelihood", 5, "inherent-impact", 5, NULL);
  add (f, SG_TYPE_RISK, "ref", "R-002", "title", "Coffee spill",
       "inherent-likelihood", 1, "inherent-impact", 1, NULL);
  add (f, SG_TYPE_RISK, "ref", "R-004", "title", "Closed long ago", "status", SG_RISK_STATUS_CLOSED,
       "inherent-likelihood", 5, "inherent-impact", 5, NULL);
  g_clear_object (&f->reg.store);
  tamper (f->reg.path, "UPDATE history SET changed_at = '" LONG_AGO "';"
                       "UPDATE context_issue SET created = '" LONG_AGO "', updated = '" LONG_AGO "';"
                       "UPDATE interested_party SET created = '" LONG_AGO "', updated = '" LONG_AGO "';"
                       "UPDATE risk SET created = '" LONG_AGO "', updated = '" LONG_AGO "';");
  f->reg.store = sg_store_open (f->reg.path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);

  /* Up to the first review: a review held before inputs were computed
   * (no frozen figures), with one action done and one not. */
  f->zeroth = add (f, SG_TYPE_MANAGEMENT_REVIEW, "ref", "MR-000", "title", "Review 2025",
                   "date", ZEROTH, "status", SG_REVIEW_STATUS_HELD, NULL);
  add (f, SG_TYPE_ACTION, "ref", "ACT-010", "title", "Name a security officer", SG_ACTION_REVIEW,
       sg_record_get_id (f->zeroth), SG_ACTION_DUE_DATE, "2025-03-01",
       SG_ACTION_STATUS, SG_ACTION_STATUS_DONE, SG_ACTION_DONE_ON, "2025-03-01", NULL);
  add (f, SG_TYPE_ACTION, "ref", "ACT-011", "title", "Fix the fire door", SG_ACTION_REVIEW,
       sg_record_get_id (f->zeroth), SG_ACTION_DUE_DATE, "2025-06-01", NULL);
  nc1 = add (f, SG_TYPE_NONCONFORMITY, "ref", "NC-001", "title", "Backups untested",
             "raised-on", "2025-11-01", "due-date", "2025-12-01", NULL);
  aud0 = add (f, SG_TYPE_AUDIT, "ref", "AUD-000", "title", "Audit 2025",
              "status", SG_AUDIT_STATUS_COMPLETED, "actual-date", "2025-10-01", NULL);
  add (f, SG_TYPE_FINDING, "ref", "F-008", SG_FINDING_AUDIT, sg_record_get_id (aud0),
       SG_FINDING_TYPE, SG_FINDING_TYPE_MAJOR_NONCONFORMITY, NULL);
  f->first = add (f, SG_TYPE_MANAGEMENT_REVIEW, "ref", "MR-001", "title", "Review 2026",
                  "date", FIRST, NULL);
  g_assert_true (sg_review_inputs_hold (f->reg.store, f->first, FIRST, &error));
  g_assert_no_error (error);

  /* Since the first review. a) its actions. */
  add (f, SG_TYPE_ACTION, "ref", "ACT-001", "title", "Buy a backup disk", SG_ACTION_REVIEW,
       sg_record_get_id (f->first), SG_ACTION_SOURCE, SG_ACTION_SOURCE_MANAGEMENT_REVIEW,
       SG_ACTION_RAISED_ON, FIRST, SG_ACTION_DUE_DATE, "2026-04-01",
       SG_ACTION_STATUS, SG_ACTION_STATUS_DONE, SG_ACTION_DONE_ON, "2026-03-01", NULL);
  add (f, SG_TYPE_ACTION, "ref", "ACT-002", "title", "Write the leaver checklist", SG_ACTION_REVIEW,
       sg_record_get_id (f->first), SG_ACTION_RAISED_ON, FIRST, SG_ACTION_DUE_DATE, "2026-02-01", NULL);
  add (f, SG_TYPE_ACTION, "ref", "ACT-003", "title", "Train the new staff", SG_ACTION_REVIEW,
       sg_record_get_id (f->first), SG_ACTION_RAISED_ON, FIRST, SG_ACTION_DUE_DATE, "2027-01-31",
       SG_ACTION_STATUS, SG_ACTION_STATUS_IN_PROGRESS, NULL);
  add (f, SG_TYPE_ACTION, "ref", "ACT-004", "title", "Move the server room", SG_ACTION_REVIEW,
       sg_record_get_id (f->first), SG_ACTION_RAISED_ON, FIRST, SG_ACTION_DUE_DATE, "2026-05-01",
       SG_ACTION_STATUS, SG_ACTION_STATUS_CANCELLED, SG_ACTION_DONE_ON, "2026-02-10", NULL);

  /* b) and c): the context changed. */
  add (f, SG_TYPE_CONTEXT_ISSUE, "ref", "CI-004", "title", "New market", "type", SG_ISSUE_TYPE_EXTERNAL,
       "effect", SG_ISSUE_EFFECT_OPPORTUNITY, NULL);
  g_object_set (find (f, SG_TYPE_CONTEXT_ISSUE, "CI-002"), "description", "Three left", NULL);
  g_assert_true (sg_store_remove (f->reg.store, find (f, SG_TYPE_CONTEXT_ISSUE, "CI-003"), &error));
  g_assert_no_error (error);
  g_object_set (find (f, SG_TYPE_INTERESTED_PARTY, "IP-001"), "needs", "Availability, 24/7 support", NULL);
  add (f, SG_TYPE_INTERESTED_PARTY, "ref", "IP-003", "name", "Insurer", NULL);

  /* d) nonconformities and their corrective actions. */
  g_object_set (nc1, "status", SG_NC_STATUS_CLOSED, "closed-on", "2026-03-10",
                "effectiveness", SG_EFFECTIVENESS_EFFECTIVE, "effectiveness-checked-on", "2026-04-01", NULL);
  nc2 = add (f, SG_TYPE_NONCONFORMITY, "ref", "NC-002", "title", "Customer data sent to the wrong address",
             "source", SG_NC_SOURCE_COMPLAINT, "raised-on", "2026-05-01", "due-date", "2026-06-01",
             "status", SG_NC_STATUS_IN_PROGRESS, NULL);
  nc3 = add (f, SG_TYPE_NONCONFORMITY, "ref", "NC-003", "title", "Patches late again",
             "raised-on", "2026-07-01", "due-date", "2027-01-01",
             "effectiveness", SG_EFFECTIVENESS_NOT_EFFECTIVE, "effectiveness-checked-on", "2026-09-01", NULL);
  add (f, SG_TYPE_NONCONFORMITY, "ref", "NC-004", "title", "Visitor log incomplete",
       "raised-on", "2026-02-01", "due-date", "2026-12-31",
       "status", SG_NC_STATUS_AWAITING_VERIFICATION, NULL);
  add (f, SG_TYPE_ACTION, "ref", "ACT-005", "title", "Check the address book", SG_ACTION_NONCONFORMITY,
       sg_record_get_id (nc2), SG_ACTION_RAISED_ON, "2026-05-02", SG_ACTION_DUE_DATE, "2026-05-30", NULL);
  add (f, SG_TYPE_ACTION, "ref", "ACT-006", "title", "Test a restore", SG_ACTION_NONCONFORMITY,
       sg_record_get_id (nc1), SG_ACTION_RAISED_ON, "2026-01-20", SG_ACTION_DUE_DATE, "2026-03-01",
       SG_ACTION_STATUS, SG_ACTION_STATUS_DONE, SG_ACTION_DONE_ON, "2026-03-01", NULL);
  add (f, SG_TYPE_ACTION, "ref", "ACT-007", "title", "Automate patching", SG_ACTION_NONCONFORMITY,
       sg_record_get_id (nc3), SG_ACTION_RAISED_ON, "2026-07-02", SG_ACTION_DUE_DATE, "2027-02-01",
       SG_ACTION_STATUS, SG_ACTION_STATUS_IN_PROGRESS, NULL);

  /* d) objectives and their readings. */
  obj1 = add (f, SG_TYPE_OBJECTIVE, "ref", "OBJ-001", "title", "Phishing click rate", "target", "≤ 5 %",
              "status", SG_OBJECTIVE_STATUS_ACHIEVED, NULL);
  obj2 = add (f, SG_TYPE_OBJECTIVE, "ref", "OBJ-002", "title", "Patched within 14 days", "target", "95,5",
              "current-value", "80", "status", SG_OBJECTIVE_STATUS_AT_RISK, NULL);
  add (f, SG_TYPE_OBJECTIVE, "ref", "OBJ-003", "title", "Awareness", "status", SG_OBJECTIVE_STATUS_ON_TRACK, NULL);
  add (f, SG_TYPE_OBJECTIVE_READING, "objective", sg_record_get_id (obj1), "date", "2026-09-01",
       "value", 4.5, NULL);
  add (f, SG_TYPE_OBJECTIVE_READING, "objective", sg_record_get_id (obj1), "date", "2026-03-01",
       "value", 12.0, NULL);
  (void) obj2;

  /* d) audits since and their findings; e) the certification body's. */
  aud1 = add (f, SG_TYPE_AUDIT, "ref", "AUD-001", "title", "Internal audit 2026",
              "status", SG_AUDIT_STATUS_COMPLETED, "actual-date", "2026-06-10", NULL);
  aud2 = add (f, SG_TYPE_AUDIT, "ref", "AUD-002", "title", "Surveillance audit 2026",
              "type", SG_AUDIT_TYPE_SURVEILLANCE, "status", SG_AUDIT_STATUS_COMPLETED,
              "actual-date", "2026-10-01", NULL);
  aud3 = add (f, SG_TYPE_AUDIT, "ref", "AUD-003", "title", "Internal audit 2027",
              "planned-date", "2026-11-01", NULL);
  add (f, SG_TYPE_FINDING, "ref", "F-001", SG_FINDING_AUDIT, sg_record_get_id (aud1),
       SG_FINDING_TYPE, SG_FINDING_TYPE_MAJOR_NONCONFORMITY, NULL);
  add (f, SG_TYPE_FINDING, "ref", "F-002", SG_FINDING_AUDIT, sg_record_get_id (aud1),
       SG_FINDING_TYPE, SG_FINDING_TYPE_MINOR_NONCONFORMITY, NULL);
  add (f, SG_TYPE_FINDING, "ref", "F-003", SG_FINDING_AUDIT, sg_record_get_id (aud1),
       SG_FINDING_TYPE, SG_FINDING_TYPE_OBSERVATION, NULL);
  add (f, SG_TYPE_FINDING, "ref", "F-004", SG_FINDING_AUDIT, sg_record_get_id (aud1),
       SG_FINDING_TYPE, SG_FINDING_TYPE_OPPORTUNITY, NULL);
  add (f, SG_TYPE_FINDING, "ref", "F-005", SG_FINDING_AUDIT, sg_record_get_id (aud2),
       SG_FINDING_TYPE, SG_FINDING_TYPE_MINOR_NONCONFORMITY, NULL);
  add (f, SG_TYPE_FINDING, "ref", "F-006", SG_FINDING_AUDIT, sg_record_get_id (aud2),
       SG_FINDING_TYPE, SG_FINDING_TYPE_OPPORTUNITY, NULL);
  add (f, SG_TYPE_FINDING, "ref", "F-007", SG_FINDING_AUDIT, sg_record_get_id (aud3),
       SG_FINDING_TYPE, SG_FINDING_TYPE_OBSERVATION, NULL);

  /* f) risks: one treated down to Low, one new and High with its
   * treatment late. */
  g_object_set (find (f, SG_TYPE_RISK, "R-001"), "residual-likelihood", 1, "residual-impact", 2, NULL);
  risk3 = add (f, SG_TYPE_RISK, "ref", "R-003", "title", "Phishing", "inherent-likelihood", 4,
               "inherent-impact", 4, "status", SG_RISK_STATUS_TREATMENT, "treatment-due", "2026-06-30", NULL);
  add (f, SG_TYPE_ACTION, "ref", "ACT-008", "title", "Roll out phishing training",
       SG_ACTION_SOURCE, SG_ACTION_SOURCE_RISK_TREATMENT, SG_ACTION_RISK, sg_record_get_id (risk3),
       SG_ACTION_RAISED_ON, "2026-02-01", SG_ACTION_DUE_DATE, "2026-08-01", NULL);

  /* What was made and changed since the first review, on a fixed day
   * between the reviews whatever the clock says. */
  g_clear_object (&f->reg.store);
  tamper (f->reg.path, "UPDATE history SET changed_at = '" BETWEEN "' WHERE changed_at > '" FIRST "T23';"
                       "UPDATE context_issue SET created = '" BETWEEN "' WHERE created > '" FIRST "T23';"
                       "UPDATE context_issue SET updated = '" BETWEEN "' WHERE updated > '" FIRST "T23';"
                       "UPDATE interested_party SET created = '" BETWEEN "' WHERE created > '" FIRST "T23';"
                       "UPDATE interested_party SET updated = '" BETWEEN "' WHERE updated > '" FIRST "T23';"
                       "UPDATE risk SET created = '" BETWEEN "' WHERE created > '" FIRST "T23';"
                       "UPDATE objective SET created = '" BETWEEN "' WHERE created > '" FIRST "T23';"
                       "UPDATE objective_reading SET created = '" BETWEEN "' WHERE created > '" FIRST "T23';");
  f->reg.store = sg_store_open (f->reg.path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  f->zeroth = find (f, SG_TYPE_MANAGEMENT_REVIEW, "MR-000");
  f->first = find (f, SG_TYPE_MANAGEMENT_REVIEW, "MR-001");

  f->second = add (f, SG_TYPE_MANAGEMENT_REVIEW, "ref", "MR-002", "title", "Review 2027",
                   "date", TODAY, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sg_test_register_close (&f->reg);
}

static const SgReviewFigure *
get (SgReviewInputs *inputs,
     const char     *key,
     const char     *subject)
{
  const SgReviewFigure *figure = sg_review_inputs_find_figure (inputs, key, subject);

  if (figure == NULL)
    g_error ("no figure %s %s", key, subject ? subject : "");
  return figure;
}

/* "value previous: ref ref …" of one figure, for one comparison. */
static char *
show (SgReviewInputs *inputs,
      const char     *key,
      const char     *subject)
{
  const SgReviewFigure *figure = get (inputs, key, subject);
  g_autofree char *value = sg_review_figure_format_value (figure->value);
  g_autofree char *previous = sg_review_figure_format_value (figure->previous);
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%s %s:", value, previous);
  for (guint i = 0; i < figure->records->len; i++)
    {
      const SgReviewRecordRef *r = &g_array_index (figure->records, SgReviewRecordRef, i);

      g_string_append_printf (out, " %s", r->ref);
    }
  return g_string_free (out, FALSE);
}

#define assert_figure(inputs, key, subject, expected) \
  G_STMT_START { \
    g_autofree char *shown_ = show ((inputs), (key), (subject)); \
    g_assert_cmpstr (shown_, ==, (expected)); \
  } G_STMT_END

/* The first review's figures, frozen when it was held, count from the
 * beginning. */
static void
test_first (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgReviewInputs) inputs = sg_review_inputs_from_review (f->first, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sg_record_peek_enum (f->first, "status"), ==, SG_REVIEW_STATUS_HELD);
  g_assert_cmpstr (sg_review_inputs_get_since (inputs), ==, ZEROTH);
  g_assert_cmpstr (sg_record_peek_string (f->first, "inputs-since"), ==, ZEROTH);
  g_assert_cmpstr (sg_review_inputs_get_previous_ref (inputs), ==, "MR-000");
  g_assert_cmpstr (sg_review_inputs_get_computed (inputs), ==, FIRST);
  assert_figure (inputs, "nc-opened", NULL, "1 –: NC-001");
  assert_figure (inputs, "nc-open", NULL, "1 –: NC-001");
  assert_figure (inputs, "nc-overdue", NULL, "1 –: NC-001");
  assert_figure (inputs, "issues-added", NULL, "3 –: CI-001 CI-002 CI-003");
  assert_figure (inputs, "audits-done", NULL, "1 –: AUD-000");
  assert_figure (inputs, "findings-major", NULL, "1 –: F-008");
  assert_figure (inputs, "risks-level", "Critical", "1 –: R-001");
  assert_figure (inputs, "risks-level", "Low", "1 –: R-002");
  assert_figure (inputs, "risks-above-appetite", NULL, "1 –: R-001");
  /* Both actions of the review before were open at it. */
  assert_figure (inputs, "previous-actions", NULL, "2 –: ACT-010 ACT-011");
  assert_figure (inputs, "previous-actions-done", NULL, "1 –: ACT-010");
  assert_figure (inputs, "previous-actions-overdue", NULL, "1 –: ACT-011");
}

/* Every heading of the second review, each figure with its records and
 * its value at the first review. */
static void
test_second (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SgReviewInputs) inputs = sg_review_inputs_compute (f->reg.store, f->second, TODAY);
  const SgReviewFigure *objective;
  SgReviewInputSection section = 0;

  g_assert_true (sg_review_inputs_find_previous (f->reg.store, f->second) == f->first);
  g_assert_cmpstr (sg_review_inputs_get_since (inputs), ==, FIRST);
  g_assert_cmpstr (sg_review_inputs_get_previous_ref (inputs), ==, "MR-001");
  g_assert_cmpstr (sg_review_inputs_get_computed (inputs), ==, TODAY);

  /* In the standard's order. */
  for (guint i = 0; i < sg_review_inputs_get_n_figures (inputs); i++)
    {
      const SgReviewFigure *figure = sg_review_inputs_get_figure (inputs, i);

      g_assert_cmpint (figure->section, >=, section);
      section = figure->section;
    }
  g_assert_cmpint (section, ==, SG_REVIEW_INPUT_IMPROVEMENT);

  /* a) */
  /* ACT-010 was done before the first review, which reported it. */
  assert_figure (inputs, "previous-actions", NULL, "5 2: ACT-011 ACT-001 ACT-002 ACT-003 ACT-004");
  assert_figure (inputs, "previous-actions-done", NULL, "1 1: ACT-001");
  assert_figure (inputs, "previous-actions-open", NULL, "3 1: ACT-011 ACT-002 ACT-003");
  assert_figure (inputs, "previous-actions-overdue", NULL, "2 1: ACT-011 ACT-002");
  assert_figure (inputs, "previous-actions-cancelled", NULL, "1 0: ACT-004");
  g_assert_cmpint (get (inputs, "previous-actions", NULL)->section, ==, SG_REVIEW_INPUT_PREVIOUS_ACTIONS);

  /* b) */
  assert_figure (inputs, "issues-added", NULL, "1 3: CI-004");
  assert_figure (inputs, "issues-changed", NULL, "1 0: CI-002");
  assert_figure (inputs, "issues-removed", NULL, "1 0: CI-003");
  assert_figure (inputs, "issues-external", NULL, "2 1: CI-001 CI-004");
  assert_figure (inputs, "issues-internal", NULL, "1 2: CI-002");

  /* c) */
  assert_figure (inputs, "parties-added", NULL, "1 2: IP-003");
  assert_figure (inputs, "parties-changed", NULL, "1 0: IP-001");
  assert_figure (inputs, "parties-needs-changed", NULL, "1 0: IP-001");
  assert_figure (inputs, "parties-removed", NULL, "0 0:");
  assert_figure (inputs, "parties-relevant", NULL, "3 2: IP-001 IP-002 IP-003");

  /* d) nonconformities and corrective actions, with the trend. */
  assert_figure (inputs, "nc-opened", NULL, "3 1: NC-002 NC-003 NC-004");
  assert_figure (inputs, "nc-closed", NULL, "1 0: NC-001");
  assert_figure (inputs, "nc-open", NULL, "3 1: NC-002 NC-003 NC-004");
  assert_figure (inputs, "nc-overdue", NULL, "1 1: NC-002");
  assert_figure (inputs, "nc-not-effective", NULL, "1 0: NC-003");
  assert_figure (inputs, "nc-effectiveness-unchecked", NULL, "1 0: NC-004");
  assert_figure (inputs, "ca-opened", NULL, "3 0: ACT-005 ACT-006 ACT-007");
  assert_figure (inputs, "ca-done", NULL, "1 0: ACT-006");
  assert_figure (inputs, "ca-open", NULL, "2 0: ACT-005 ACT-007");
  assert_figure (inputs, "ca-overdue", NULL, "1 0: ACT-005");

  /* d) monitoring and measurement: the latest reading against the
   * target; without readings, the current value. */
  objective = get (inputs, "objective", "OBJ-001 Phishing click rate");
  g_assert_cmpfloat (objective->value, ==, 4.5);
  g_assert_cmpfloat (objective->target, ==, 5);
  g_assert_true (isnan (objective->previous));
  objective = get (inputs, "objective", "OBJ-002 Patched within 14 days");
  g_assert_cmpfloat (objective->value, ==, 80);
  g_assert_cmpfloat (objective->target, ==, 95.5);
  assert_figure (inputs, "objective", "OBJ-003 Awareness", "– –: OBJ-003");
  g_assert_true (isnan (get (inputs, "objective", "OBJ-003 Awareness")->target));
  assert_figure (inputs, "objectives-achieved", NULL, "1 0: OBJ-001");
  assert_figure (inputs, "objectives-at-risk", NULL, "1 0: OBJ-002");
  assert_figure (inputs, "objectives-on-track", NULL, "1 0: OBJ-003");
  assert_figure (inputs, "objectives-missed", NULL, "0 0:");

  /* d) audits done since, findings by type: not those of an audit before
   * the first review or of one not done. */
  assert_figure (inputs, "audits-done", NULL, "2 1: AUD-001 AUD-002");
  assert_figure (inputs, "findings-major", NULL, "1 1: F-001");
  assert_figure (inputs, "findings-minor", NULL, "2 0: F-002 F-005");
  assert_figure (inputs, "findings-observation", NULL, "1 0: F-003");
  assert_figure (inputs, "findings-opportunity", NULL, "2 0: F-004 F-006");

  /* e) */
  assert_figure (inputs, "complaints", NULL, "1 0: NC-002");
  assert_figure (inputs, "external-audits", NULL, "1 0: AUD-002");
  assert_figure (inputs, "external-audit-findings", NULL, "2 0: F-005 F-006");
  g_assert_cmpint (get (inputs, "complaints", NULL)->section, ==, SG_REVIEW_INPUT_FEEDBACK);

  /* f) by level now and at the first review; the closed risk is gone. */
  assert_figure (inputs, "risks", NULL, "3 2: R-001 R-002 R-003");
  assert_figure (inputs, "risks-level", "Critical", "0 1:");
  assert_figure (inputs, "risks-level", "High", "1 0: R-003");
  assert_figure (inputs, "risks-level", "Medium", "0 0:");
  assert_figure (inputs, "risks-level", "Low", "2 1: R-001 R-002");
  assert_figure (inputs, "risks-identified", NULL, "1 2: R-003");
  assert_figure (inputs, "risks-above-appetite", NULL, "1 1: R-003");
  assert_figure (inputs, "risks-unrated", NULL, "0 0:");
  assert_figure (inputs, "risk-treatments-overdue", NULL, "1 0: R-003");
  assert_figure (inputs, "risk-actions-open", NULL, "1 0: ACT-008");
  assert_figure (inputs, "risk-actions-overdue", NULL, "1 0: ACT-008");

  /* g) */
  assert_figure (inputs, "improvement-observations", NULL, "1 0: F-003");
  assert_figure (inputs, "improvement-opportunities", NULL, "2 0: F-004 F-006");
  assert_figure (inputs, "improvement-issues", NULL, "1 0: CI-004");
}

/* A review counts the register as it was on its date, also when its
 * figures are computed later: what was raised, done or closed after it
 * had not happened yet. */
static void
test_until (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SgReviewInputs) inputs = NULL;

  g_object_set (find (f, SG_TYPE_ACTION, "ACT-002"), SG_ACTION_STATUS, SG_ACTION_STATUS_DONE,
                SG_ACTION_DONE_ON, "2026-12-15", NULL);
  g_object_set (find (f, SG_TYPE_NONCONFORMITY, "NC-002"), "status", SG_NC_STATUS_CLOSED,
                "closed-on", "2026-12-20", NULL);
  g_object_set (find (f, SG_TYPE_NONCONFORMITY, "NC-004"), "effectiveness", SG_EFFECTIVENESS_EFFECTIVE,
                "effectiveness-checked-on", "2026-12-20", NULL);
  add (f, SG_TYPE_NONCONFORMITY, "ref", "NC-006", "title", "After the meeting",
       "raised-on", "2026-12-11", NULL);
  add (f, SG_TYPE_AUDIT, "ref", "AUD-004", "title", "After the meeting",
       "status", SG_AUDIT_STATUS_COMPLETED, "actual-date", "2026-12-11", NULL);
  add (f, SG_TYPE_OBJECTIVE_READING, "objective", sg_record_get_id (find (f, SG_TYPE_OBJECTIVE, "OBJ-001")),
       "date", "2026-12-11", "value", 9.0, NULL);

  inputs = sg_review_inputs_compute (f->reg.store, f->second, "2027-01-05");
  g_assert_cmpstr (sg_review_inputs_get_computed (inputs), ==, "2027-01-05");
  assert_figure (inputs, "previous-actions-done", NULL, "1 1: ACT-001");
  assert_figure (inputs, "previous-actions-open", NULL, "3 1: ACT-011 ACT-002 ACT-003");
  assert_figure (inputs, "previous-actions-overdue", NULL, "2 1: ACT-011 ACT-002");
  assert_figure (inputs, "nc-opened", NULL, "3 1: NC-002 NC-003 NC-004");
  assert_figure (inputs, "nc-open", NULL, "3 1: NC-002 NC-003 NC-004");
  assert_figure (inputs, "nc-overdue", NULL, "1 1: NC-002");
  assert_figure (inputs, "nc-closed", NULL, "1 0: NC-001");
  assert_figure (inputs, "nc-effectiveness-unchecked", NULL, "1 0: NC-004");
  assert_figure (inputs, "audits-done", NULL, "2 1: AUD-001 AUD-002");
  g_assert_cmpfloat (get (inputs, "objective", "OBJ-001 Phishing click rate")->value, ==, 4.5);
}

/* Each figure opens its records, as long as they exist. */
static void
test_records (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SgReviewInputs) inputs = sg_review_inputs_compute (f->reg.store, f->second, TODAY);
  const SgReviewFigure *figure = get (inputs, "nc-overdue", NULL);
  const SgReviewRecordRef *ref = &g_array_index (figure->records, SgReviewRecordRef, 0);

  g_assert_cmpstr (ref->table, ==, "nonconformity");
  g_assert_true (sg_review_record_ref_find (f->reg.store, ref) == find (f, SG_TYPE_NONCONFORMITY, "NC-002"));
  figure = get (inputs, "issues-removed", NULL);
  ref = &g_array_index (figure->records, SgReviewRecordRef, 0);
  g_assert_cmpstr (ref->table, ==, "context_issue");
  g_assert_null (sg_review_record_ref_find (f->reg.store, ref));
}

/* Held, the figures stay as they were when the register changes; the
 * hold is one step, undone as one. */
static void
test_frozen (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgReviewHold) undo = NULL;
  g_autoptr(SgReviewInputs) draft = NULL;
  g_autoptr(SgReviewInputs) held = NULL;
  g_autoptr(SgReviewInputs) later = NULL;
  g_autofree char *frozen = NULL;
  g_autofree char *draft_text = NULL;
  guint n_history;

  /* A draft is written, and recomputed. */
  g_assert_true (sg_review_inputs_store_draft (f->reg.store, f->second, TODAY, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sg_record_peek_enum (f->second, "status"), ==, SG_REVIEW_STATUS_PLANNED);
  g_assert_cmpstr (sg_record_peek_string (f->second, "inputs-since"), ==, FIRST);
  draft = sg_review_inputs_from_review (f->second, &error);
  g_assert_no_error (error);
  assert_figure (draft, "nc-open", NULL, "3 1: NC-002 NC-003 NC-004");
  draft_text = g_strdup (sg_record_peek_string (f->second, "inputs"));
  n_history = sg_store_count_history (f->reg.store);
  /* Nothing changed, also seen on another day: nothing written. */
  g_assert_true (sg_review_inputs_store_draft (f->reg.store, f->second, TODAY, &error));
  g_assert_true (sg_review_inputs_store_draft (f->reg.store, f->second, "2026-12-30", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sg_store_count_history (f->reg.store), ==, n_history);
  g_assert_cmpstr (sg_record_peek_string (f->second, "inputs"), ==, draft_text);
  /* A change is. */
  add (f, SG_TYPE_NONCONFORMITY, "ref", "NC-007", "title", "Found before the review",
       "raised-on", "2026-12-01", NULL);
  g_assert_true (sg_review_inputs_store_draft (f->reg.store, f->second, "2026-12-05", &error));
  g_assert_no_error (error);
  g_clear_pointer (&draft, sg_review_inputs_free);
  draft = sg_review_inputs_from_review (f->second, &error);
  assert_figure (draft, "nc-opened", NULL, "4 1: NC-002 NC-003 NC-004 NC-007");
  g_assert_cmpstr (sg_review_inputs_get_computed (draft), ==, "2026-12-05");
  g_assert_true (sg_store_remove (f->reg.store, find (f, SG_TYPE_NONCONFORMITY, "NC-007"), &error));
  g_assert_no_error (error);

  g_assert_true (sg_review_inputs_hold_full (f->reg.store, f->second, TODAY, &undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sg_record_peek_enum (f->second, "status"), ==, SG_REVIEW_STATUS_HELD);
  frozen = g_strdup (sg_record_peek_string (f->second, "inputs"));

  /* Held twice, or a draft of a held review: refused. */
  g_assert_false (sg_review_inputs_hold (f->reg.store, f->second, TODAY, &error));
  g_assert_error (error, SG_REVIEW_INPUTS_ERROR, SG_REVIEW_INPUTS_ERROR_HELD);
  g_clear_error (&error);
  g_assert_false (sg_review_inputs_store_draft (f->reg.store, f->second, TODAY, &error));
  g_assert_error (error, SG_REVIEW_INPUTS_ERROR, SG_REVIEW_INPUTS_ERROR_HELD);
  g_clear_error (&error);

  /* The register changes a lot. */
  g_object_set (find (f, SG_TYPE_NONCONFORMITY, "NC-002"), "status", SG_NC_STATUS_CLOSED,
                "closed-on", "2026-12-11", NULL);
  add (f, SG_TYPE_NONCONFORMITY, "ref", "NC-005", "title", "Late", "raised-on", "2026-12-11", NULL);
  g_assert_true (sg_store_remove (f->reg.store, find (f, SG_TYPE_CONTEXT_ISSUE, "CI-001"), &error));
  g_assert_true (sg_store_remove (f->reg.store, find (f, SG_TYPE_RISK, "R-003"), &error));
  g_assert_no_error (error);

  g_assert_cmpstr (sg_record_peek_string (f->second, "inputs"), ==, frozen);
  held = sg_review_inputs_from_review (f->second, &error);
  g_assert_no_error (error);
  assert_figure (held, "nc-open", NULL, "3 1: NC-002 NC-003 NC-004");
  assert_figure (held, "risks-level", "High", "1 0: R-003");
  /* What the register says now is different. */
  later = sg_review_inputs_compute (f->reg.store,
                                    add (f, SG_TYPE_MANAGEMENT_REVIEW, "title", "Extra", "date", "2026-12-12", NULL),
                                    "2026-12-12");
  assert_figure (later, "nc-open", NULL, "3 3: NC-003 NC-004 NC-005");

  /* The same after the register is opened again. */
  g_clear_object (&f->reg.store);
  f->reg.store = sg_store_open (f->reg.path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  f->second = find (f, SG_TYPE_MANAGEMENT_REVIEW, "MR-002");
  g_assert_cmpstr (sg_record_peek_string (f->second, "inputs"), ==, frozen);
  g_assert_cmpint (sg_record_peek_enum (f->second, "status"), ==, SG_REVIEW_STATUS_HELD);

  g_clear_pointer (&held, sg_review_inputs_free);
  held = sg_review_inputs_from_review (f->second, &error);
  g_assert_no_error (error);
  assert_figure (held, "nc-open", NULL, "3 1: NC-002 NC-003 NC-004");
}

/* The hold's undo puts back the status and the draft. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgReviewHold) undo = NULL;
  g_autofree char *draft = NULL;

  g_assert_true (sg_review_inputs_store_draft (f->reg.store, f->second, TODAY, &error));
  draft = g_strdup (sg_record_peek_string (f->second, "inputs"));
  g_assert_true (sg_review_inputs_hold_full (f->reg.store, f->second, "2026-12-11", &undo, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sg_record_peek_string (f->second, "inputs"), !=, draft);
  g_assert_true (sg_review_inputs_undo_hold (f->reg.store, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sg_record_peek_enum (f->second, "status"), ==, SG_REVIEW_STATUS_PLANNED);
  g_assert_cmpstr (sg_record_peek_string (f->second, "inputs"), ==, draft);
  g_assert_cmpstr (sg_record_peek_string (f->second, "inputs-since"), ==, FIRST);

  /* A register open read-only refuses the hold and keeps the draft. */
  sg_store_set_read_only (f->reg.store, TRUE);
  g_assert_false (sg_review_inputs_hold (f->reg.store, f->second, TODAY, &error));
  g_assert_error (error, SG_STORE_ERROR, SG_STORE_ERROR_READ_ONLY);
  g_assert_cmpint (sg_record_peek_enum (f->second, "status"), ==, SG_REVIEW_STATUS_PLANNED);
  g_assert_cmpstr (sg_record_peek_string (f->second, "inputs"), ==, draft);
}

/* The trend over the last reviews, oldest first. */
static void
test_trend (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) trend = NULL;
  g_autoptr(GArray) last = NULL;
  SgRecord *third;

  g_assert_true (sg_review_inputs_hold (f->reg.store, f->second, TODAY, &error));
  g_assert_no_error (error);
  add (f, SG_TYPE_NONCONFORMITY, "ref", "NC-005", "title", "Late", "raised-on", "2027-01-11", NULL);
  third = add (f, SG_TYPE_MANAGEMENT_REVIEW, "ref", "MR-003", "title", "Review 2028", "date", "2027-12-01", NULL);

  trend = sg_review_inputs_trend (f->reg.store, third, "nc-open", NULL, "2027-12-01", 5);
  /* The review of 2025 was held before inputs were computed. */
  g_assert_cmpuint (trend->len, ==, 4);
  g_assert_true (isnan (g_array_index (trend, double, 0)));
  g_assert_cmpfloat (g_array_index (trend, double, 1), ==, 1);
  g_assert_cmpfloat (g_array_index (trend, double, 2), ==, 3);
  g_assert_cmpfloat (g_array_index (trend, double, 3), ==, 4);
  last = sg_review_inputs_trend (f->reg.store, third, "nc-open", NULL, "2027-12-01", 2);
  g_assert_cmpuint (last->len, ==, 2);
  g_assert_cmpfloat (g_array_index (last, double, 0), ==, 3);

  /* The third counts from the second, with its previous values. */
  {
    g_autoptr(SgReviewInputs) inputs = sg_review_inputs_compute (f->reg.store, third, "2027-12-01");

    g_assert_cmpstr (sg_review_inputs_get_since (inputs), ==, TODAY);
    assert_figure (inputs, "nc-opened", NULL, "1 3: NC-005");
  }
}

/* The serialized text reads back to the same figures. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SgReviewInputs) inputs = sg_review_inputs_compute (f->reg.store, f->second, TODAY);
  g_autoptr(SgReviewInputs) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = sg_review_inputs_serialize (inputs);
  g_autofree char *again = NULL;

  back = sg_review_inputs_parse (text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sg_review_inputs_get_n_figures (back), ==, sg_review_inputs_get_n_figures (inputs));
  for (guint i = 0; i < sg_review_inputs_get_n_figures (inputs); i++)
    {
      const SgReviewFigure *a = sg_review_inputs_get_figure (inputs, i);
      const SgReviewFigure *b = sg_review_inputs_get_figure (back, i);

      g_assert_cmpint (a->section, ==, b->section);
      g_assert_cmpstr (a->key, ==, b->key);
      g_assert_cmpstr (a->subject, ==, b->subject);
      g_assert_true ((isnan (a->value) && isnan (b->value)) || a->value == b->value);
      g_assert_true ((isnan (a->previous) && isnan (b->previous)) || a->previous == b->previous);
      g_assert_true ((isnan (a->target) && isnan (b->target)) || a->target == b->target);
      g_assert_cmpuint (a->records->len, ==, b->records->len);
    }
  again = sg_review_inputs_serialize (back);
  g_assert_cmpstr (text, ==, again);
}

/* Text that is not inputs is refused with a message, whole or cut short
 * anywhere; never half read, never a crash. */
static void
test_malformed (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SgReviewInputs) inputs = sg_review_inputs_compute (f->reg.store, f->second, TODAY);
  g_autofree char *text = sg_review_inputs_serialize (inputs);
  gsize length = strlen (text);
  static const struct
  {
    const char *text;
    int         code;
  } bad[] = {
    { "", SG_REVIEW_INPUTS_ERROR_NONE },
    { "garbage", SG_REVIEW_INPUTS_ERROR_INVALID },
    { "[1, 2, 3]", SG_REVIEW_INPUTS_ERROR_INVALID },
    { "(1, '2026-12-10')", SG_REVIEW_INPUTS_ERROR_INVALID },
    { "(1, '2026-12-10', nothing, nothing, [('a', 'nc-open', nothing, 'three', nothing, nothing, [])])",
      SG_REVIEW_INPUTS_ERROR_INVALID },
    { "(1, '2026-12-10', nothing, nothing, [('z', 'nc-open', nothing, just 3.0, nothing, nothing, [])])",
      SG_REVIEW_INPUTS_ERROR_INVALID },
    { "(1, '2026-12-10', nothing, nothing, [('a', '', nothing, just 3.0, nothing, nothing, [])])",
      SG_REVIEW_INPUTS_ERROR_INVALID },
    { "(1, '2026-12-10', nothing, nothing, [('a', 'k', nothing, just 1e400, nothing, nothing, [])])",
      SG_REVIEW_INPUTS_ERROR_INVALID },
    { "(1, '2026-12-10', nothing, nothing, [('a', 'k', nothing, just 1.0, nothing, nothing, [('', 'NC-001')])])",
      SG_REVIEW_INPUTS_ERROR_INVALID },
    { "(1, 'yesterday', nothing, nothing, [])", SG_REVIEW_INPUTS_ERROR_INVALID },
    { "(1, '2026-12-10', just '2026-13-45', nothing, [])", SG_REVIEW_INPUTS_ERROR_INVALID },
    { "(0, '2026-12-10', nothing, nothing, [])", SG_REVIEW_INPUTS_ERROR_INVALID },
    { "(2, '2026-12-10', nothing, nothing, [], 'more')", SG_REVIEW_INPUTS_ERROR_NEWER },
    { "(uint32 7, '2026-12-10', nothing, nothing, [])", SG_REVIEW_INPUTS_ERROR_NEWER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SgReviewInputs) parsed = sg_review_inputs_parse (bad[i].text, &error);

      g_assert_null (parsed);
      g_assert_error (error, SG_REVIEW_INPUTS_ERROR, bad[i].code);
      g_assert_cmpstr (error->message, !=, "");
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SgReviewInputs) empty =
      sg_review_inputs_parse ("(1, '2026-12-10', nothing, nothing, [])", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (sg_review_inputs_get_n_figures (empty), ==, 0);
  }

  /* Cut short anywhere. */
  for (gsize cut = 0; cut < length; cut++)
    {
      g_autofree char *part = g_strndup (text, cut);
      g_autoptr(GError) error = NULL;
      g_autoptr(SgReviewInputs) parsed = sg_review_inputs_parse (part, &error);

      g_assert_null (parsed);
      g_assert_nonnull (error);
    }

  /* A review holding no inputs, or broken ones. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SgReviewInputs) none = sg_review_inputs_from_review (f->second, &error);

    g_assert_null (none);
    g_assert_error (error, SG_REVIEW_INPUTS_ERROR, SG_REVIEW_INPUTS_ERROR_NONE);
    g_clear_error (&error);
    g_object_set (f->second, "inputs", "(1, '2026-12-10', nothing", NULL);
    none = sg_review_inputs_from_review (f->second, &error);
    g_assert_null (none);
    g_assert_error (error, SG_REVIEW_INPUTS_ERROR, SG_REVIEW_INPUTS_ERROR_INVALID);
  }

  /* A review after one whose frozen text is broken still computes, with
   * no previous values. */
  {
    g_autoptr(SgReviewInputs) next = NULL;

    g_object_set (f->first, "inputs", "(1, '2026-12-10', nothing", NULL);
    next = sg_review_inputs_compute (f->reg.store, f->second, TODAY);
    g_assert_cmpstr (sg_review_inputs_get_since (next), ==, FIRST);
    g_assert_true (isnan (get (next, "nc-open", NULL)->previous));
  }
}

/* The headings and figures in words; and in German for people. */
static void
test_words (void)
{
  g_autoptr(SgReviewInputs) inputs = NULL;
  g_autofree char *describe_level = NULL;
  g_autofree char *describe_nc = NULL;
  g_autofree char *describe_unknown = NULL;
  g_autofree char *describe_objective = NULL;
  g_autoptr(GError) error = NULL;

  if (g_test_subprocess ())
    {
      g_setenv ("LANGUAGE", "de", TRUE);
      sg_i18n_init ();
    }

  inputs = sg_review_inputs_parse ("(1, '2026-12-10', nothing, nothing, ["
                                   "('f', 'risks-level', just 'High', just 2.0, just 3.0, nothing, []),"
                                   "('d', 'nc-opened', nothing, just 4.0, nothing, nothing, []),"
                                   "('g', 'from-a-newer-version', nothing, just 1.0, nothing, nothing, []),"
                                   "('d', 'objective', just 'OBJ-001 Phishing', just 4.5, nothing, just 5.0,"
                                   " [('objective', 'OBJ-001')])])", &error);
  g_assert_no_error (error);
  describe_level = sg_review_figure_describe (sg_review_inputs_get_figure (inputs, 0));
  describe_nc = sg_review_figure_describe (sg_review_inputs_get_figure (inputs, 1));
  describe_unknown = sg_review_figure_describe (sg_review_inputs_get_figure (inputs, 2));
  describe_objective = sg_review_figure_describe (sg_review_inputs_get_figure (inputs, 3));
  g_assert_cmpstr (describe_unknown, ==, "from-a-newer-version");
  g_assert_cmpstr (describe_objective, ==, "OBJ-001 Phishing");

  if (g_test_subprocess ())
    {
      g_assert_cmpstr (sg_review_input_section_title (SG_REVIEW_INPUT_PREVIOUS_ACTIONS), ==,
                       "a) Stand der Aufgaben aus vorherigen Managementbewertungen");
      g_assert_cmpstr (sg_review_input_section_title (SG_REVIEW_INPUT_RISKS), ==,
                       "f) Ergebnisse der Risikobeurteilung und Stand des Risikobehandlungsplans");
      g_assert_cmpstr (describe_level, ==, "Risiken der Stufe High");
      g_assert_cmpstr (describe_nc, ==, "Nichtkonformitäten erfasst");
      return;
    }

  g_assert_cmpstr (sg_review_input_section_title (SG_REVIEW_INPUT_PREVIOUS_ACTIONS), ==,
                   "a) Status of actions from previous management reviews");
  g_assert_cmpstr (sg_review_input_section_title (SG_REVIEW_INPUT_IMPROVEMENT), ==,
                   "g) Opportunities for continual improvement");
  g_assert_cmpstr (describe_level, ==, "Risks at level High");
  g_assert_cmpstr (describe_nc, ==, "Nonconformities raised");
  /* Every figure the computation makes has words of its own. */
  {
    SgTestRegister reg;
    SgRecord *review;
    g_autoptr(SgReviewInputs) all = NULL;

    sg_test_register_open (&reg, "words.isms");
    review = g_object_new (SG_TYPE_MANAGEMENT_REVIEW, "title", "Review", "date", TODAY, NULL);
    g_assert_true (sg_store_add (reg.store, review, &error));
    g_object_unref (review);
    all = sg_review_inputs_compute (reg.store, review, TODAY);
    for (guint i = 0; i < sg_review_inputs_get_n_figures (all); i++)
      {
        const SgReviewFigure *figure = sg_review_inputs_get_figure (all, i);
        g_autofree char *words = sg_review_figure_describe (figure);

        g_assert_cmpstr (words, !=, figure->key);
      }
    sg_test_register_close (&reg);
  }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* A figure of many records counts them all and names the first 500. */
static void
test_many (void)
{
  SgTestRegister reg;
  SgRecord *review;
  g_autoptr(SgReviewInputs) inputs = NULL;
  g_autoptr(GError) error = NULL;
  const SgReviewFigure *figure;

  sg_test_register_open (&reg, "many.isms");
  sg_test_add_numbered_risks (reg.store, SG_REVIEW_FIGURE_MAX_RECORDS + 100);
  review = g_object_new (SG_TYPE_MANAGEMENT_REVIEW, "title", "Review", NULL);
  g_assert_true (sg_store_add (reg.store, review, &error));
  g_object_unref (review);
  inputs = sg_review_inputs_compute (reg.store, review, NULL);
  figure = sg_review_inputs_find_figure (inputs, "risks", NULL);
  g_assert_cmpfloat (figure->value, ==, SG_REVIEW_FIGURE_MAX_RECORDS + 100);
  g_assert_cmpuint (figure->records->len, ==, SG_REVIEW_FIGURE_MAX_RECORDS);
  g_assert_cmpstr (g_array_index (figure->records, SgReviewRecordRef, 0).ref, ==, "R-001");
  sg_test_register_close (&reg);
}

static void
test_format (void)
{
  g_autofree char *whole = sg_review_figure_format_value (3);
  g_autofree char *part = sg_review_figure_format_value (97.5);
  g_autofree char *none = sg_review_figure_format_value (NAN);

  g_assert_cmpstr (whole, ==, "3");
  g_assert_cmpstr (part, ==, "97.5");
  g_assert_cmpstr (none, ==, "–");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/review-inputs/first", test_first);
  ADD ("/review-inputs/second", test_second);
  ADD ("/review-inputs/until", test_until);
  ADD ("/review-inputs/records", test_records);
  ADD ("/review-inputs/frozen", test_frozen);
  ADD ("/review-inputs/undo", test_undo);
  ADD ("/review-inputs/trend", test_trend);
  ADD ("/review-inputs/round-trip", test_round_trip);
  ADD ("/review-inputs/malformed", test_malformed);
#undef ADD
  g_test_add_func ("/review-inputs/words", test_words);
  g_test_add_func ("/review-inputs/many", test_many);
  g_test_add_func ("/review-inputs/format", test_format);
  return g_test_run ();
}
