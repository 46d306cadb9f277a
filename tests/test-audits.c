/* test-audits.c: the audit programme, auditor independence and nonconformities raised from findings
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sg-audit.h"
#include "sg-audit-findings.h"
#include "sg-audit-programme.h"
#include "sg-control.h"
#include "sg-enums.h"
#include "sg-finding.h"
#include "sg-independence.h"
#include "sg-nonconformity.h"
#include "sg-person.h"
#include "sg-requirement.h"
#include "sg-role.h"
#include "sg-store.h"
#include "sg-test-util.h"

typedef SgTestRegister Fixture;

#define TODAY "2026-06-15"

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  sg_test_register_open (f, "audits.isms");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sg_test_register_close (f);
}

static gint64
id_of (SgStore    *store,
       GType       kind,
       const char *ref)
{
  SgRecord *record = sg_store_find_by_ref (store, kind, ref);

  g_assert_nonnull (record);
  return sg_record_get_id (record);
}

static GVariant *
links_of (SgStore    *store,
          GType       kind,
          const char *first_ref,
          ...)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  va_list args;

  va_start (args, first_ref);
  for (const char *ref = first_ref; ref != NULL; ref = va_arg (args, const char *))
    {
      gint64 id = id_of (store, kind, ref);
      g_array_append_val (ids, id);
    }
  va_end (args);
  return sg_links_new ((gint64 *) ids->data, ids->len);
}

static const SgAuditCoverage *
coverage_of (SgAuditProgramme    *programme,
             SgAuditCoverageKind  kind,
             int                  number)
{
  for (guint i = 0; i < programme->coverage->len; i++)
    {
      const SgAuditCoverage *c = &g_array_index (programme->coverage, SgAuditCoverage, i);

      if (c->kind == kind && c->number == number)
        return c;
    }
  g_assert_not_reached ();
}

static const SgAuditQuarter *
quarter_of (SgAuditProgramme *programme,
            int               year,
            int               quarter)
{
  for (guint i = 0; i < programme->quarters->len; i++)
    {
      const SgAuditQuarter *q = &g_array_index (programme->quarters, SgAuditQuarter, i);

      if (q->year == year && q->quarter == quarter)
        return q;
    }
  g_assert_not_reached ();
}

static gboolean
has_quarter (SgAuditProgramme *programme,
             int               year,
             int               quarter)
{
  for (guint i = 0; i < programme->quarters->len; i++)
    {
      const SgAuditQuarter *q = &g_array_index (programme->quarters, SgAuditQuarter, i);

      if (q->year == year && q->quarter == quarter)
        return TRUE;
    }
  return FALSE;
}

/* The programme on a fixed today: audits fall in the quarter of their
 * date (actual once done), planned and done are counted apart, and a
 * clause or theme last audited more than three years ago — or never, or
 * only in a plan — is a gap, while one covered last year is not. */
static void
test_programme (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SgAuditProgramme) programme = NULL;
  const SgAuditCoverage *c;
  const SgAuditQuarter *q;
  SgRecord *recent;

  recent = sg_test_register_add (f, SG_TYPE_AUDIT, SG_AUDIT_TITLE, "Backups and audits",
                                 SG_AUDIT_PLANNED_DATE, "2025-02-20", SG_AUDIT_ACTUAL_DATE, "2025-04-02",
                                 SG_AUDIT_STATUS, SG_AUDIT_STATUS_COMPLETED,
                                 SG_AUDIT_CLAUSES, links_of (f->store, SG_TYPE_REQUIREMENT, "9.2.1", "9.3.1", NULL),
                                 SG_AUDIT_CONTROLS, links_of (f->store, SG_TYPE_CONTROL, "8.13", NULL),
                                 NULL);
  sg_test_register_add (f, SG_TYPE_AUDIT, SG_AUDIT_TITLE, "Leadership, long ago",
                        SG_AUDIT_PLANNED_DATE, "2022-05-01", SG_AUDIT_ACTUAL_DATE, "2023-01-10",
                        SG_AUDIT_STATUS, SG_AUDIT_STATUS_COMPLETED,
                        SG_AUDIT_CLAUSES, links_of (f->store, SG_TYPE_REQUIREMENT, "5.1", NULL),
                        SG_AUDIT_CONTROLS, links_of (f->store, SG_TYPE_CONTROL, "6.3", NULL),
                        NULL);
  sg_test_register_add (f, SG_TYPE_AUDIT, SG_AUDIT_TITLE, "Planning, planned",
                        SG_AUDIT_PLANNED_DATE, "2026-08-10",
                        SG_AUDIT_CLAUSES, links_of (f->store, SG_TYPE_REQUIREMENT, "6.1.1", NULL),
                        NULL);
  sg_test_register_add (f, SG_TYPE_AUDIT, SG_AUDIT_TITLE, "Cancelled",
                        SG_AUDIT_PLANNED_DATE, "2026-09-01", SG_AUDIT_STATUS, SG_AUDIT_STATUS_CANCELLED,
                        NULL);
  sg_test_register_add (f, SG_TYPE_AUDIT, SG_AUDIT_TITLE, "No date yet", NULL);

  programme = sg_audit_programme_new (f->store, TODAY);

  /* By quarter: the completed audit under its actual date (Q2), not its plan. */
  g_assert_false (has_quarter (programme, 2025, 1));
  q = quarter_of (programme, 2025, 2);
  g_assert_cmpuint (q->n_planned, ==, 1);
  g_assert_cmpuint (q->n_done, ==, 1);
  g_assert_true (g_ptr_array_index (q->audits, 0) == recent);
  q = quarter_of (programme, 2026, 3);
  g_assert_cmpuint (q->audits->len, ==, 2);
  g_assert_cmpuint (q->n_planned, ==, 1);   /* the cancelled one is not planned */
  g_assert_cmpuint (q->n_done, ==, 0);
  g_assert_cmpuint (programme->n_undated, ==, 1);
  /* Oldest first. */
  g_assert_cmpint (g_array_index (programme->quarters, SgAuditQuarter, 0).year, ==, 2023);

  /* Covered last year: no gap, with the date and the audit. */
  c = coverage_of (programme, SG_AUDIT_COVERAGE_CLAUSE, 9);
  g_assert_false (c->gap);
  g_assert_cmpstr (c->last_date, ==, "2025-04-02");
  g_assert_true (c->last_audit == recent);
  c = coverage_of (programme, SG_AUDIT_COVERAGE_THEME, SG_CONTROL_THEME_TECHNOLOGICAL);
  g_assert_false (c->gap);
  /* More than three years ago: a gap, and still the date it was. */
  c = coverage_of (programme, SG_AUDIT_COVERAGE_CLAUSE, 5);
  g_assert_true (c->gap);
  g_assert_cmpstr (c->last_date, ==, "2023-01-10");
  c = coverage_of (programme, SG_AUDIT_COVERAGE_THEME, SG_CONTROL_THEME_PEOPLE);
  g_assert_true (c->gap);
  /* Only planned: never audited. */
  c = coverage_of (programme, SG_AUDIT_COVERAGE_CLAUSE, 6);
  g_assert_true (c->gap);
  g_assert_null (c->last_date);
  c = coverage_of (programme, SG_AUDIT_COVERAGE_CLAUSE, 10);
  g_assert_true (c->gap);
  /* 7 clauses + 4 themes; covered: clause 9 and the technological theme. */
  g_assert_cmpuint (programme->coverage->len, ==, 11);
  g_assert_cmpuint (programme->n_gaps, ==, 9);

  /* Three years to the day still counts; a day more does not. */
  {
    g_autoptr(SgAuditProgramme) later = sg_audit_programme_new (f->store, "2026-01-10");
    g_autoptr(SgAuditProgramme) too_late = sg_audit_programme_new (f->store, "2026-01-11");

    g_assert_false (coverage_of (later, SG_AUDIT_COVERAGE_CLAUSE, 5)->gap);
    g_assert_true (coverage_of (too_late, SG_AUDIT_COVERAGE_CLAUSE, 5)->gap);
  }

  g_assert_cmpint (sg_audit_programme_clause_of ("9.2"), ==, 9);
  g_assert_cmpint (sg_audit_programme_clause_of ("10.1"), ==, 10);
  g_assert_cmpint (sg_audit_programme_clause_of ("A.5"), ==, 0);
  g_assert_cmpint (sg_audit_programme_clause_of ("11"), ==, 0);
}

/* An auditor who owns controls in the audit's scope is named with what
 * they own; a team member who deputises for an owner is flagged through
 * the role; a reason accepts it; an auditor who owns nothing in scope
 * raises nothing. */
static void
test_independence (Fixture       *f,
                   gconstpointer  data)
{
  SgRecord *kim = sg_test_register_add (f, SG_TYPE_PERSON, SG_PERSON_NAME, "Kim Auditor", NULL);
  SgRecord *lou = sg_test_register_add (f, SG_TYPE_PERSON, SG_PERSON_NAME, "Lou Deputy", NULL);
  SgRecord *audit, *clean;
  g_autoptr(SgIndependence) flagged = NULL;
  g_autoptr(SgIndependence) accepted = NULL;
  g_autoptr(SgIndependence) fine = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *said = NULL;
  g_autofree char *said_role = NULL;
  const SgIndependenceConflict *conflict;

  g_object_set (sg_store_find_by_ref (f->store, SG_TYPE_CONTROL, "8.13"), SG_CONTROL_OWNER, f->jana, NULL);
  g_object_set (sg_store_find_by_ref (f->store, SG_TYPE_CONTROL, "8.15"), SG_CONTROL_OWNER, f->jana, NULL);
  g_object_set (sg_store_find_by_ref (f->store, SG_TYPE_CONTROL, "5.1"), SG_CONTROL_OWNER, f->mehmet, NULL);
  g_object_set (sg_store_find_by_ref (f->store, SG_TYPE_REQUIREMENT, "9.2.1"), "owner", f->mehmet, NULL);
  sg_test_register_add (f, SG_TYPE_ROLE, "name", "ISMS Manager", "holder", f->mehmet,
                        "deputy", sg_record_get_id (lou), NULL);

  audit = sg_test_register_add (f, SG_TYPE_AUDIT, SG_AUDIT_TITLE, "Own work", SG_AUDIT_AUDITOR, f->jana,
                                SG_AUDIT_CONTROLS, links_of (f->store, SG_TYPE_CONTROL, "8.13", "8.15", "5.1", NULL),
                                SG_AUDIT_CLAUSES, links_of (f->store, SG_TYPE_REQUIREMENT, "9.2.1", "9.3.1", NULL),
                                NULL);
  g_object_set (audit, SG_AUDIT_TEAM,
                sg_links_new ((gint64[]) { f->jana, sg_record_get_id (kim), sg_record_get_id (lou) }, 3),
                NULL);

  flagged = sg_independence_check (f->store, audit);
  g_assert_true (sg_independence_is_flagged (flagged));
  g_assert_cmpuint (flagged->n_controls, ==, 3);
  g_assert_cmpuint (flagged->n_clauses, ==, 2);
  /* Jana (lead, also listed in the team: once) and Lou through the role; not Kim. */
  g_assert_cmpuint (flagged->conflicts->len, ==, 2);
  conflict = &g_array_index (flagged->conflicts, SgIndependenceConflict, 0);
  g_assert_true (conflict->lead);
  g_assert_cmpint (sg_record_get_id (conflict->auditor), ==, f->jana);
  g_assert_cmpuint (conflict->n_controls, ==, 2);
  g_assert_cmpuint (conflict->n_clauses, ==, 0);
  said = sg_independence_describe (f->store, flagged, conflict);
  g_assert_cmpstr (said, ==, "Jana Petersen owns 2 of the 3 controls in scope.");
  conflict = &g_array_index (flagged->conflicts, SgIndependenceConflict, 1);
  g_assert_true (conflict->auditor == lou);
  g_assert_false (conflict->lead);
  g_assert_cmpuint (conflict->n_controls, ==, 1);
  g_assert_cmpuint (conflict->n_clauses, ==, 1);
  said_role = sg_independence_describe (f->store, flagged, conflict);
  g_assert_cmpstr (said_role, ==, "Lou Deputy owns, directly or through the role ISMS Manager, "
                                  "1 of the 3 controls in scope and 1 of the 2 clauses in scope.");

  clean = sg_test_register_add (f, SG_TYPE_AUDIT, SG_AUDIT_TITLE, "Independent",
                                SG_AUDIT_AUDITOR, sg_record_get_id (kim),
                                SG_AUDIT_CONTROLS, links_of (f->store, SG_TYPE_CONTROL, "8.13", "5.1", NULL),
                                SG_AUDIT_CLAUSES, links_of (f->store, SG_TYPE_REQUIREMENT, "9.2.1", NULL),
                                NULL);
  fine = sg_independence_check (f->store, clean);
  g_assert_false (sg_independence_has_conflict (fine));
  g_assert_false (sg_independence_is_flagged (fine));

  list = sg_independence_list_flagged (f->store);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_true (g_ptr_array_index (list, 0) == audit);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Blanks are no reason; words are. */
  g_object_set (audit, SG_AUDIT_INDEPENDENCE_NOTE, "  \n ", NULL);
  accepted = sg_independence_check (f->store, audit);
  g_assert_true (sg_independence_is_flagged (accepted));
  g_clear_pointer (&accepted, sg_independence_free);
  g_object_set (audit, SG_AUDIT_INDEPENDENCE_NOTE, "Two people in the company; the other is on leave.", NULL);
  accepted = sg_independence_check (f->store, audit);
  g_assert_true (sg_independence_has_conflict (accepted));
  g_assert_false (sg_independence_is_flagged (accepted));
  g_assert_cmpstr (accepted->reason, ==, "Two people in the company; the other is on leave.");
  list = sg_independence_list_flagged (f->store);
  g_assert_cmpuint (list->len, ==, 0);
}

/* A finding raises its nonconformity in one step: linked to the finding
 * (and back, by lookup), its text carried over; undoing removes it and
 * the finding has none again. */
static void
test_raise_nc (Fixture       *f,
               gconstpointer  data)
{
  SgRecord *audit = sg_test_register_add (f, SG_TYPE_AUDIT, SG_AUDIT_TITLE, "Backups", NULL);
  SgRecord *finding, *minor;
  g_autoptr(SgRecord) nc = NULL;
  g_autoptr(SgRecord) nc2 = NULL;
  g_autoptr(GError) error = NULL;
  guint n_ncs = g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_NONCONFORMITY));

  finding = sg_test_register_add (f, SG_TYPE_FINDING, SG_FINDING_AUDIT, sg_record_get_id (audit),
                                  SG_FINDING_TYPE, SG_FINDING_TYPE_MAJOR_NONCONFORMITY,
                                  SG_FINDING_CONTROL, id_of (f->store, SG_TYPE_CONTROL, "8.13"),
                                  SG_FINDING_DESCRIPTION, "  Restores were never tested\nThe last test dates from 2023.",
                                  NULL);
  g_assert_null (sg_audit_findings_find_nc (f->store, finding));

  nc = sg_audit_findings_raise_nc (f->store, finding, TODAY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (nc);
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_NONCONFORMITY)), ==, n_ncs + 1);
  g_assert_cmpstr (sg_record_get_ref (nc), !=, NULL);
  g_assert_cmpstr (sg_record_peek_string (nc, "title"), ==, "Restores were never tested");
  g_assert_cmpstr (sg_record_peek_string (nc, "description"), ==,
                   "  Restores were never tested\nThe last test dates from 2023.");
  g_assert_cmpint (sg_record_peek_enum (nc, "source"), ==, SG_NC_SOURCE_AUDIT_FINDING);
  g_assert_cmpint (sg_record_peek_enum (nc, "severity"), ==, SG_NC_SEVERITY_MAJOR);
  g_assert_cmpstr (sg_record_peek_string (nc, "raised-on"), ==, TODAY);
  g_assert_cmpint (sg_record_peek_int64 (nc, "finding"), ==, sg_record_get_id (finding));
  g_assert_true (sg_audit_findings_find_nc (f->store, finding) == nc);

  /* Saved: a new connection reads the same. */
  {
    g_autoptr(SgStore) again = NULL;
    SgRecord *read;
    gint64 finding_id = sg_record_get_id (finding);
    gint64 audit_id = sg_record_get_id (audit);

    sg_store_close (f->store);
    g_clear_object (&f->store);
    again = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
    g_assert_no_error (error);
    read = sg_store_find_by_ref (again, SG_TYPE_NONCONFORMITY, sg_record_get_ref (nc));
    g_assert_nonnull (read);
    g_assert_cmpint (sg_record_peek_int64 (read, "finding"), ==, finding_id);
    f->store = g_steal_pointer (&again);
    finding = sg_store_find_by_id (f->store, SG_TYPE_FINDING, finding_id);
    audit = sg_store_find_by_id (f->store, SG_TYPE_AUDIT, audit_id);
    g_clear_object (&nc);
    nc = g_object_ref (read);
  }

  /* Undo: one remove, and the finding has no NC again. */
  g_assert_true (sg_store_remove (f->store, nc, &error));
  g_assert_no_error (error);
  g_assert_null (sg_audit_findings_find_nc (f->store, finding));
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_NONCONFORMITY)), ==, n_ncs);

  /* A minor one, with no description: minor, and a title that says where from. */
  minor = sg_test_register_add (f, SG_TYPE_FINDING, SG_FINDING_AUDIT, sg_record_get_id (audit),
                                SG_FINDING_TYPE, SG_FINDING_TYPE_MINOR_NONCONFORMITY, NULL);
  nc2 = sg_audit_findings_raise_nc (f->store, minor, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sg_record_peek_enum (nc2, "severity"), ==, SG_NC_SEVERITY_MINOR);
  g_assert_true (g_str_has_prefix (sg_record_peek_string (nc2, "title"), "Nonconformity from finding F-"));

  /* A very long first line is cut at a word, and says so. */
  {
    g_autoptr(GString) longer = g_string_new (NULL);
    g_autofree char *title = NULL;

    for (guint i = 0; i < 40; i++)
      g_string_append (longer, "word ");
    g_object_set (minor, SG_FINDING_DESCRIPTION, longer->str, NULL);
    title = sg_audit_findings_nc_title (minor);
    g_assert_true (g_str_has_suffix (title, "word…"));
    g_assert_cmpuint (g_utf8_strlen (title, -1), <=, 101);
  }
}

/* Deleting an audit takes its findings; the NCs they raised stay but lose
 * the link; restoring the audit brings the findings and the links back. */
static void
test_delete_audit (Fixture       *f,
                   gconstpointer  data)
{
  SgRecord *audit = sg_test_register_add (f, SG_TYPE_AUDIT, SG_AUDIT_TITLE, "With NCs", NULL);
  SgRecord *raised_from, *other;
  g_autoptr(SgRecord) nc = NULL;
  g_autoptr(SgRecord) kept = g_object_ref (audit);
  g_autoptr(GError) error = NULL;
  gint64 finding_id;
  guint n_findings = 0, n_ncs = 0;
  g_autofree char *nc_ref = NULL;

  raised_from = sg_test_register_add (f, SG_TYPE_FINDING, SG_FINDING_AUDIT, sg_record_get_id (audit),
                                      SG_FINDING_TYPE, SG_FINDING_TYPE_MAJOR_NONCONFORMITY,
                                      SG_FINDING_DESCRIPTION, "No access reviews", NULL);
  other = sg_test_register_add (f, SG_TYPE_FINDING, SG_FINDING_AUDIT, sg_record_get_id (audit),
                                SG_FINDING_TYPE, SG_FINDING_TYPE_OBSERVATION,
                                SG_FINDING_DESCRIPTION, "Tidy desks", NULL);
  g_assert_nonnull (other);
  finding_id = sg_record_get_id (raised_from);
  nc = sg_audit_findings_raise_nc (f->store, raised_from, TODAY, &error);
  g_assert_no_error (error);
  nc_ref = g_strdup (sg_record_get_ref (nc));

  sg_audit_findings_count_ncs (f->store, audit, &n_findings, &n_ncs);
  g_assert_cmpuint (n_findings, ==, 1);
  g_assert_cmpuint (n_ncs, ==, 1);

  g_assert_true (sg_store_remove (f->store, audit, &error));
  g_assert_no_error (error);
  g_assert_null (sg_store_find_by_id (f->store, SG_TYPE_FINDING, finding_id));
  g_assert_true (sg_store_find_by_ref (f->store, SG_TYPE_NONCONFORMITY, nc_ref) == nc);
  g_assert_cmpint (sg_record_peek_int64 (nc, "finding"), ==, 0);

  g_assert_true (sg_store_restore (f->store, kept, &error));
  g_assert_no_error (error);
  g_assert_nonnull (sg_store_find_by_id (f->store, SG_TYPE_FINDING, finding_id));
  g_assert_nonnull (sg_store_find_by_id (f->store, SG_TYPE_FINDING, sg_record_get_id (other)));
  g_assert_cmpint (sg_record_peek_int64 (nc, "finding"), ==, finding_id);

  /* And so the file says. */
  {
    g_autoptr(SgStore) again = NULL;
    SgRecord *read;

    sg_store_close (f->store);
    g_clear_object (&f->store);
    again = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
    g_assert_no_error (error);
    read = sg_store_find_by_ref (again, SG_TYPE_NONCONFORMITY, nc_ref);
    g_assert_cmpint (sg_record_peek_int64 (read, "finding"), ==, finding_id);
    g_assert_nonnull (sg_store_find_by_id (again, SG_TYPE_FINDING, finding_id));
    sg_audit_findings_count_ncs (again, sg_store_find_by_id (again, SG_TYPE_AUDIT, sg_record_get_id (kept)),
                                 &n_findings, &n_ncs);
    g_assert_cmpuint (n_ncs, ==, 1);
    f->store = g_steal_pointer (&again);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/audits/programme", Fixture, NULL, fixture_set_up, test_programme, fixture_tear_down);
  g_test_add ("/audits/independence", Fixture, NULL, fixture_set_up, test_independence, fixture_tear_down);
  g_test_add ("/audits/raise-nc", Fixture, NULL, fixture_set_up, test_raise_nc, fixture_tear_down);
  g_test_add ("/audits/delete", Fixture, NULL, fixture_set_up, test_delete_audit, fixture_tear_down);

  return g_test_run ();
}
