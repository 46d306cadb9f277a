/* test-due.c: what is due, on fixed dates, and `safeguard --due`
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sg-action.h"
#include "sg-audit.h"
#include "sg-communication.h"
#include "sg-competence-record.h"
#include "sg-planned-change.h"
#include "sg-control.h"
#include "sg-document.h"
#include "sg-due.h"
#include "sg-enums.h"
#include "sg-evidence.h"
#include "sg-frequency.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-obligation.h"
#include "sg-objective.h"
#include "sg-objective-reading.h"
#include "sg-risk.h"
#include "sg-store.h"
#include "sg-supplier.h"
#include "sg-test-util.h"

typedef SgTestRegister Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  sg_test_register_open (f, "due.isms");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sg_test_register_close (f);
}

/* "what ref" of each item, in order, for one comparison. */
static char *
describe (GPtrArray *items)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      SgDueItem *item = g_ptr_array_index (items, i);

      g_string_append_printf (out, "%s%s %s %s %s\n", item->overdue ? "! " : "",
                              item->date, item->what, sg_record_get_ref (item->record),
                              item->person != NULL ? sg_record_get_ref (item->person) : "-");
    }
  return g_string_free (out, FALSE);
}

/* Each kind's dates on a fixed today, with what is done, closed or not
 * applicable left out and the window of days kept to. */
static void
test_due_rules (Fixture       *f,
                gconstpointer  data)
{
  SgRecord *backup = sg_store_find_by_ref (f->store, SG_TYPE_CONTROL, "8.13");
  SgRecord *screening = sg_store_find_by_ref (f->store, SG_TYPE_CONTROL, "6.1");
  SgRecord *cabling = sg_store_find_by_ref (f->store, SG_TYPE_CONTROL, "7.12");
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *text = NULL;

  sg_test_register_add (f, SG_TYPE_RISK, "title", "Ransomware", "owner", f->jana,
                        "next-review", "2026-12-20", "treatment-due", "2027-01-20", NULL);
  sg_test_register_add (f, SG_TYPE_RISK, "title", "Closed one", "status", SG_RISK_STATUS_CLOSED,
                        "next-review", "2026-11-01", NULL);
  sg_test_register_add (f, SG_TYPE_RISK, "title", "Accepted", "status", SG_RISK_STATUS_ACCEPTED,
                        "next-review", "2027-03-01", "treatment-due", "2026-12-01", NULL);
  g_object_set (backup, "owner", f->mehmet, "implementation-due", "2027-01-05",
                "implementation", SG_IMPLEMENTATION_STATUS_PARTIAL, NULL);
  g_object_set (screening, "implementation-due", "2026-12-01",
                "implementation", SG_IMPLEMENTATION_STATUS_IMPLEMENTED, "next-review", "2027-01-10", NULL);
  g_object_set (cabling, "applicable", FALSE, "next-review", "2026-12-02", NULL);
  sg_test_register_add (f, SG_TYPE_EVIDENCE, SG_EVIDENCE_CONTROL, sg_record_get_id (backup),
                        SG_EVIDENCE_TITLE, "Restore test report", SG_EVIDENCE_EXPIRES, "2026-12-31", NULL);
  sg_test_register_add (f, SG_TYPE_EVIDENCE, SG_EVIDENCE_CONTROL, sg_record_get_id (cabling),
                        SG_EVIDENCE_TITLE, "Cabling survey", SG_EVIDENCE_EXPIRES, "2026-12-31", NULL);
  sg_test_register_add (f, SG_TYPE_DOCUMENT, "ref", "DOC-001", "title", "Policy", "owner", f->jana,
                        "next-review", "2027-02-15", NULL);
  sg_test_register_add (f, SG_TYPE_MANAGEMENT_REVIEW, "title", "Review 2026", "date", "2026-01-20",
                        "status", SG_REVIEW_STATUS_HELD, NULL);

  items = sg_due_list (f->store, "2027-01-01", 30);
  text = describe (items);
  g_assert_cmpstr (text, ==,
                   "! 2026-12-20 Risk review R-001 P-001\n"
                   "! 2026-12-31 Evidence expires EV-001 P-002\n"
                   "2027-01-05 Control implementation 8.13 P-002\n"
                   "2027-01-10 Control review 6.1 -\n"
                   "2027-01-20 Next management review (a year after the last) MR-001 -\n"
                   "2027-01-20 Risk treatment R-001 P-001\n");

  /* What to announce to someone who last looked on a given day: the
   * evidence became overdue after 25 December, the review before. */
  g_assert_cmpuint (sg_due_count_overdue_since (items, "2026-12-25"), ==, 1);
  g_assert_cmpuint (sg_due_count_overdue_since (items, "2026-12-20"), ==, 2);
  g_assert_cmpuint (sg_due_count_overdue_since (items, "2027-01-01"), ==, 0);

  /* A review planned after the last one held replaces the year's reminder. */
  sg_test_register_add (f, SG_TYPE_MANAGEMENT_REVIEW, "title", "Review 2027", "date", "2027-01-25", NULL);
  g_clear_pointer (&items, g_ptr_array_unref);
  g_clear_pointer (&text, g_free);
  items = sg_due_list (f->store, "2027-01-01", 0);
  text = describe (items);
  g_assert_cmpstr (text, ==, "! 2026-12-20 Risk review R-001 P-001\n"
                             "! 2026-12-31 Evidence expires EV-001 P-002\n");
  g_clear_pointer (&items, g_ptr_array_unref);
  g_clear_pointer (&text, g_free);
  items = sg_due_list (f->store, "2027-01-01", 60);
  g_assert_nonnull (strstr (text = describe (items), "2027-01-25 Management review MR-002 -\n"));
  g_assert_null (strstr (text, "a year after"));
  g_assert_nonnull (strstr (text, "2027-02-15 Document review DOC-001 P-001\n"));
}

/* Actions by their due date and owner, until done or cancelled; an
 * NC's effectiveness check by its planned date until a result is
 * recorded or the NC is closed; the next review a year after the last
 * one held, not after one only planned. */
static void
test_due_improvement (Fixture       *f,
                      gconstpointer  data)
{
  SgRecord *nc = sg_test_register_add (f, SG_TYPE_NONCONFORMITY, "title", "Leavers kept accounts",
                                       "owner", f->jana, "raised-on", "2026-09-01",
                                       "effectiveness-planned", "2026-12-15", NULL);
  SgRecord *checked = sg_test_register_add (f, SG_TYPE_NONCONFORMITY, "title", "Restore untested",
                                            "owner", f->mehmet, "effectiveness-planned", "2026-12-10",
                                            "effectiveness", SG_EFFECTIVENESS_EFFECTIVE, NULL);
  SgRecord *late = sg_test_register_add (f, SG_TYPE_ACTION, "title", "Disable accounts from HR",
                                         SG_ACTION_NONCONFORMITY, sg_record_get_id (nc),
                                         SG_ACTION_OWNER, f->mehmet, SG_ACTION_DUE_DATE, "2026-11-20", NULL);
  SgRecord *soon = sg_test_register_add (f, SG_TYPE_ACTION, "title", "Monthly comparison",
                                         SG_ACTION_STATUS, SG_ACTION_STATUS_IN_PROGRESS,
                                         SG_ACTION_OWNER, f->jana, SG_ACTION_DUE_DATE, "2026-12-20", NULL);
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *text = NULL;

  sg_test_register_add (f, SG_TYPE_ACTION, "title", "Done", SG_ACTION_STATUS, SG_ACTION_STATUS_DONE,
                        SG_ACTION_DUE_DATE, "2026-11-01", NULL);
  sg_test_register_add (f, SG_TYPE_ACTION, "title", "Dropped", SG_ACTION_STATUS, SG_ACTION_STATUS_CANCELLED,
                        SG_ACTION_DUE_DATE, "2026-11-02", NULL);
  /* Only planned: no year counts from it. Its first attendee answers for it. */
  {
    gint64 ids[] = { f->mehmet, f->jana };

    sg_test_register_add (f, SG_TYPE_MANAGEMENT_REVIEW, "title", "Review 2025", "date", "2025-12-05",
                          "participants", g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, ids, 2, sizeof (gint64)),
                          NULL);
  }

  items = sg_due_list (f->store, "2026-12-01", 30);
  text = describe (items);
  g_assert_cmpstr (text, ==,
                   "! 2025-12-05 Management review MR-001 P-001\n"
                   "! 2026-11-20 Action ACT-001 P-002\n"
                   "2026-12-15 Effectiveness check NC-001 P-001\n"
                   "2026-12-20 Action ACT-002 P-001\n");
  g_assert_true (((SgDueItem *) g_ptr_array_index (items, 1))->record == late);
  g_assert_true (((SgDueItem *) g_ptr_array_index (items, 3))->record == soon);

  /* Held: the next one a year later; the check recorded and the late
   * action done, both go. */
  g_object_set (sg_store_find_by_ref (f->store, SG_TYPE_MANAGEMENT_REVIEW, "MR-001"),
                "status", SG_REVIEW_STATUS_HELD, NULL);
  g_object_set (nc, "effectiveness", SG_EFFECTIVENESS_NOT_EFFECTIVE, NULL);
  g_object_set (late, SG_ACTION_STATUS, SG_ACTION_STATUS_DONE, NULL);
  g_clear_pointer (&items, g_ptr_array_unref);
  g_clear_pointer (&text, g_free);
  items = sg_due_list (f->store, "2026-12-01", 30);
  text = describe (items);
  g_assert_cmpstr (text, ==,
                   "2026-12-05 Next management review (a year after the last) MR-001 P-001\n"
                   "2026-12-20 Action ACT-002 P-001\n");

  /* Not checked again, but closed: nothing more to keep. */
  g_object_set (nc, "effectiveness", SG_EFFECTIVENESS_NOT_CHECKED, "status", SG_NC_STATUS_CLOSED, NULL);
  g_object_set (checked, "effectiveness", SG_EFFECTIVENESS_NOT_CHECKED, NULL);
  g_clear_pointer (&items, g_ptr_array_unref);
  g_clear_pointer (&text, g_free);
  items = sg_due_list (f->store, "2026-12-01", 30);
  g_assert_nonnull (strstr (text = describe (items), "2026-12-10 Effectiveness check NC-002 P-002\n"));
  g_assert_null (strstr (text, "NC-001"));
}

/* The kinds whose own due date is their main one — objectives,
 * competence renewals, planned changes, audits, nonconformities — each
 * with its person, and left out once done, closed or cancelled. */
static void
test_due_kinds (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *text = NULL;

  sg_test_register_add (f, SG_TYPE_OBJECTIVE, "title", "Phishing", "owner", f->jana, "due-date", "2027-01-10", NULL);
  sg_test_register_add (f, SG_TYPE_OBJECTIVE, "title", "Achieved", "owner", f->jana, "due-date", "2026-12-10",
                        "status", SG_OBJECTIVE_STATUS_ACHIEVED, NULL);
  sg_test_register_add (f, SG_TYPE_COMPETENCE_RECORD, SG_COMPETENCE_RECORD_TITLE, "Lead implementer",
                        SG_COMPETENCE_RECORD_PERSON, f->mehmet, "next-due", "2026-12-24", NULL);
  sg_test_register_add (f, SG_TYPE_PLANNED_CHANGE, "title", "New SIEM", "responsible", f->mehmet,
                        "planned-date", "2027-01-15", NULL);
  sg_test_register_add (f, SG_TYPE_PLANNED_CHANGE, "title", "Old firewall", "responsible", f->mehmet,
                        "planned-date", "2026-12-01", "status", SG_CHANGE_STATUS_COMPLETED, NULL);
  sg_test_register_add (f, SG_TYPE_AUDIT, SG_AUDIT_TITLE, "Internal audit", SG_AUDIT_AUDITOR, f->jana,
                        SG_AUDIT_PLANNED_DATE, "2026-12-28", NULL);
  sg_test_register_add (f, SG_TYPE_AUDIT, SG_AUDIT_TITLE, "Done audit", SG_AUDIT_AUDITOR, f->jana,
                        SG_AUDIT_PLANNED_DATE, "2026-12-02", SG_AUDIT_STATUS, SG_AUDIT_STATUS_COMPLETED, NULL);
  sg_test_register_add (f, SG_TYPE_NONCONFORMITY, "title", "Late", "owner", f->mehmet, "due-date", "2026-12-15", NULL);
  sg_test_register_add (f, SG_TYPE_NONCONFORMITY, "title", "Closed", "owner", f->mehmet, "due-date", "2026-12-16",
                        "status", SG_NC_STATUS_CLOSED, NULL);
  /* The kinds of version 7: a supplier's next assessment, an obligation's next review. */
  sg_test_register_add (f, SG_TYPE_SUPPLIER, SG_SUPPLIER_NAME, "DataPort Nord GmbH", SG_SUPPLIER_CONTACT, f->mehmet,
                        SG_SUPPLIER_NEXT_ASSESSMENT, "2026-12-18", NULL);
  sg_test_register_add (f, SG_TYPE_OBLIGATION, SG_OBLIGATION_TITLE, "GDPR Art. 32", SG_OBLIGATION_OWNER, f->jana,
                        SG_OBLIGATION_NEXT_REVIEW, "2027-01-05", NULL);
  /* Outside the 30 days: not yet. */
  sg_test_register_add (f, SG_TYPE_OBJECTIVE, "title", "Later", "owner", f->jana, "due-date", "2027-03-01", NULL);

  items = sg_due_list (f->store, "2026-12-20", 30);
  text = describe (items);
  g_assert_cmpstr (text, ==,
                   "! 2026-12-15 Nonconformity NC-001 P-002\n"
                   "! 2026-12-18 Supplier assessment SUP-001 P-002\n"
                   "2026-12-24 Competence renewal CR-001 P-002\n"
                   "2026-12-28 Audit AUD-001 P-001\n"
                   "2027-01-05 Obligation review OBL-001 P-001\n"
                   "2027-01-10 Objective due OBJ-001 P-001\n"
                   "2027-01-15 Planned change CHG-001 P-002\n");
}

/* What a measurement frequency is read as, in English and German; what
 * names no interval gives none. */
static void
test_due_frequency (void)
{
  static const struct { const char *text; guint months; guint days; } cases[] = {
    { "Monthly", 1, 0 }, { "monatlich", 1, 0 }, { "Quarterly", 3, 0 }, { "Vierteljährlich", 3, 0 },
    { "quartalsweise", 3, 0 }, { "pro Quartal", 3, 0 }, { "each quarter", 3, 0 },
    { "Weekly", 0, 7 }, { "wöchentlich", 0, 7 }, { "every 2 weeks", 0, 14 }, { "alle zwei Wochen", 0, 14 },
    { "fortnightly", 0, 14 }, { "14-tägig", 0, 14 }, { "every other month", 2, 0 },
    { "alle 3 Monate", 3, 0 }, { "3-monatlich", 3, 0 }, { "every 6 months", 6, 0 },
    { "half-yearly", 6, 0 }, { "semi-annually", 6, 0 }, { "halbjährlich", 6, 0 },
    { "twice a year", 6, 0 }, { "zweimal im Jahr", 6, 0 }, { "4 times per year", 3, 0 },
    { "3x pro Jahr", 4, 0 }, { "annually", 12, 0 }, { "Jährlich", 12, 0 }, { "once a year", 12, 0 },
    { "every year", 12, 0 }, { "daily", 0, 1 }, { "täglich", 0, 1 }, { "every 10 days", 0, 10 },
    { "Monthly report, discussed quarterly", 1, 0 },
  };
  static const char *unread[] = { "", "as needed", "bei Bedarf", "laufend", "continuous", "at audits",
                                  "0 months", "every 99999 years" };
  SgFrequency frequency;
  g_autofree char *next = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].text);
      g_assert_true (sg_frequency_parse (cases[i].text, &frequency));
      g_assert_cmpuint (frequency.months, ==, cases[i].months);
      g_assert_cmpuint (frequency.days, ==, cases[i].days);
    }
  for (guint i = 0; i < G_N_ELEMENTS (unread); i++)
    {
      g_test_message ("%s", unread[i]);
      g_assert_false (sg_frequency_parse (unread[i], &frequency));
    }
  g_assert_false (sg_frequency_parse (NULL, &frequency));

  g_assert_true (sg_frequency_parse ("monthly", &frequency));
  g_assert_cmpstr ((next = sg_frequency_next (&frequency, "2027-01-31")), ==, "2027-02-28");
  g_clear_pointer (&next, g_free);
  g_assert_null (sg_frequency_next (&frequency, "soon"));
}

/* An objective measured monthly owes a reading a month after its latest
 * one, to its owner; one whose frequency cannot be read, one never
 * measured and one achieved owe none. */
static void
test_due_readings (Fixture       *f,
                   gconstpointer  data)
{
  SgRecord *phishing = sg_test_register_add (f, SG_TYPE_OBJECTIVE, "title", "Phishing clicks",
                                             "owner", f->jana, "frequency", "Monthly", NULL);
  SgRecord *patching = sg_test_register_add (f, SG_TYPE_OBJECTIVE, "title", "Patching",
                                             "owner", f->mehmet, "frequency", "vierteljährlich", NULL);
  SgRecord *vague = sg_test_register_add (f, SG_TYPE_OBJECTIVE, "title", "Vague",
                                          "frequency", "as needed", NULL);
  SgRecord *done = sg_test_register_add (f, SG_TYPE_OBJECTIVE, "title", "Done", "frequency", "monthly",
                                         "status", SG_OBJECTIVE_STATUS_ACHIEVED, NULL);
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *text = NULL;

  sg_test_register_add (f, SG_TYPE_OBJECTIVE, "title", "Never measured", "frequency", "monthly", NULL);
  /* The latest reading counts, whatever order they were entered in. */
  sg_test_register_add (f, SG_TYPE_OBJECTIVE_READING, SG_OBJECTIVE_READING_OBJECTIVE, sg_record_get_id (phishing),
                        SG_OBJECTIVE_READING_DATE, "2026-11-10", NULL);
  sg_test_register_add (f, SG_TYPE_OBJECTIVE_READING, SG_OBJECTIVE_READING_OBJECTIVE, sg_record_get_id (phishing),
                        SG_OBJECTIVE_READING_DATE, "2026-10-10", NULL);
  sg_test_register_add (f, SG_TYPE_OBJECTIVE_READING, SG_OBJECTIVE_READING_OBJECTIVE, sg_record_get_id (patching),
                        SG_OBJECTIVE_READING_DATE, "2026-11-15", NULL);
  sg_test_register_add (f, SG_TYPE_OBJECTIVE_READING, SG_OBJECTIVE_READING_OBJECTIVE, sg_record_get_id (vague),
                        SG_OBJECTIVE_READING_DATE, "2026-01-15", NULL);
  sg_test_register_add (f, SG_TYPE_OBJECTIVE_READING, SG_OBJECTIVE_READING_OBJECTIVE, sg_record_get_id (done),
                        SG_OBJECTIVE_READING_DATE, "2026-01-15", NULL);

  items = sg_due_list (f->store, "2026-12-20", 60);
  text = describe (items);
  g_assert_cmpstr (text, ==,
                   "! 2026-12-10 Objective reading due OBJ-001 P-001\n"
                   "2027-02-15 Objective reading due OBJ-002 P-002\n");

  /* A reading taken: the next one is a month after it. */
  sg_test_register_add (f, SG_TYPE_OBJECTIVE_READING, SG_OBJECTIVE_READING_OBJECTIVE, sg_record_get_id (phishing),
                        SG_OBJECTIVE_READING_DATE, "2026-12-18", NULL);
  g_clear_pointer (&items, g_ptr_array_unref);
  g_clear_pointer (&text, g_free);
  items = sg_due_list (f->store, "2026-12-20", 30);
  g_assert_cmpstr ((text = describe (items)), ==, "2027-01-18 Objective reading due OBJ-001 P-001\n");
}

/* Clause 7.4: a communication is due one interval of its "When" after it
 * was last done, its communicator's; none without an interval or a date. */
static void
test_due_communications (Fixture       *f,
                         gconstpointer  data)
{
  SgRecord *newsletter = sg_test_register_add (f, SG_TYPE_COMMUNICATION, "subject", "Security newsletter",
                                               SG_COMMUNICATION_TIMING, "quarterly",
                                               SG_COMMUNICATION_COMMUNICATOR, f->jana,
                                               SG_COMMUNICATION_LAST_DONE, "2026-09-01", NULL);
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *text = NULL;
  SgTestRun run = { 0 };

  sg_test_register_add (f, SG_TYPE_COMMUNICATION, "subject", "Board report",
                        SG_COMMUNICATION_TIMING, "Monatlich", SG_COMMUNICATION_COMMUNICATOR, f->mehmet,
                        SG_COMMUNICATION_LAST_DONE, "2026-12-05", NULL);
  sg_test_register_add (f, SG_TYPE_COMMUNICATION, "subject", "Induction briefing",
                        SG_COMMUNICATION_TIMING, "at each induction",
                        SG_COMMUNICATION_LAST_DONE, "2026-01-10", NULL);
  sg_test_register_add (f, SG_TYPE_COMMUNICATION, "subject", "Never sent",
                        SG_COMMUNICATION_TIMING, "monthly", NULL);
  sg_test_register_add (f, SG_TYPE_COMMUNICATION, "subject", "Yearly, not yet",
                        SG_COMMUNICATION_TIMING, "annually", SG_COMMUNICATION_LAST_DONE, "2026-06-01", NULL);

  items = sg_due_list (f->store, "2026-12-20", 30);
  text = describe (items);
  g_assert_cmpstr (text, ==,
                   "! 2026-12-01 Communication due COM-001 P-001\n"
                   "2027-01-05 Communication due COM-002 P-002\n");

  /* Done again: the next one is a quarter after. */
  g_object_set (newsletter, SG_COMMUNICATION_LAST_DONE, "2026-12-15", NULL);
  g_clear_pointer (&items, g_ptr_array_unref);
  g_clear_pointer (&text, g_free);
  items = sg_due_list (f->store, "2026-12-20", 30);
  g_assert_cmpstr ((text = describe (items)), ==, "2027-01-05 Communication due COM-002 P-002\n");

  /* `safeguard --due` lists it with the communicator's name. */
  g_object_set (newsletter, SG_COMMUNICATION_LAST_DONE, "2020-01-15", NULL);
  g_clear_object (&f->store);
  sg_test_run_safeguard (&run, "--due", f->path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "overdue\t2020-04-15\tCOM-001\tCommunication due\tJana Petersen\tSecurity newsletter\n"));
  sg_test_run_clear (&run);
}

/* The command line: overdue first, one tab-separated line each, the
 * count last, exit 0; the register is only read. */
static void
test_due_command (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *today = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(GStrv) lines = NULL;
  SgTestRun run = { 0 };

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) past = g_date_time_add_days (now, -3);
    g_autoptr(GDateTime) soon = g_date_time_add_days (now, 10);
    g_autoptr(GDateTime) later = g_date_time_add_days (now, 40);
    g_autofree char *p = g_date_time_format (past, "%Y-%m-%d");
    g_autofree char *s = g_date_time_format (soon, "%Y-%m-%d");
    g_autofree char *l = g_date_time_format (later, "%Y-%m-%d");

    sg_test_register_add (f, SG_TYPE_RISK, "title", "Soon", "owner", f->mehmet, "next-review", s, NULL);
    sg_test_register_add (f, SG_TYPE_RISK, "title", "Late", "owner", f->jana, "next-review", p, NULL);
    sg_test_register_add (f, SG_TYPE_RISK, "title", "Later", "next-review", l, NULL);
  }
  g_clear_object (&f->store);
  g_assert_true (g_file_get_contents (f->path, &before, NULL, NULL));

  sg_test_run_safeguard (&run, "--due", f->path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_true (g_str_has_prefix (lines[0], "overdue\t"));
  g_assert_true (g_str_has_suffix (lines[0], "\tR-002\tRisk review\tJana Petersen\tLate"));
  g_assert_true (g_str_has_prefix (lines[1], "due\t"));
  g_assert_true (g_str_has_suffix (lines[1], "\tR-001\tRisk review\tMehmet Yilmaz\tSoon"));
  g_assert_cmpstr (lines[2], ==, "due: 1 overdue, 1 within 30 days");
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, "--due", "--days=60", f->path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_suffix (run.out, "\ndue: 1 overdue, 2 within 60 days\n"));
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, "--due", "--days=-1", f->path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  sg_test_run_clear (&run);

  g_assert_true (g_file_get_contents (f->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/due/rules", Fixture, NULL, fixture_set_up, test_due_rules, fixture_tear_down);
  g_test_add ("/due/improvement", Fixture, NULL, fixture_set_up, test_due_improvement, fixture_tear_down);
  g_test_add ("/due/kinds", Fixture, NULL, fixture_set_up, test_due_kinds, fixture_tear_down);
  g_test_add_func ("/due/frequency", test_due_frequency);
  g_test_add ("/due/readings", Fixture, NULL, fixture_set_up, test_due_readings, fixture_tear_down);
  g_test_add ("/due/communications", Fixture, NULL, fixture_set_up, test_due_communications, fixture_tear_down);
  g_test_add ("/due/command", Fixture, NULL, fixture_set_up, test_due_command, fixture_tear_down);
  return g_test_run ();
}
