/* test-objectives.c: an objective's current value and status follow its readings (6.2, 9.1)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "sg-enums.h"
#include "sg-objective-progress.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"
#include "sg-sample.h"
#include "sg-store.h"
#include "sg-test-util.h"

typedef SgTestRegister Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  sg_test_register_open (f, "objectives.isms");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sg_test_register_close (f);
}

static int
suggest (const SgReadingPoint *points,
         guint                 n,
         double                target,
         SgTargetDirection     direction,
         const char           *due,
         const char           *today)
{
  g_autoptr(SgObjectiveProgress) progress =
    sg_objective_progress_evaluate (points, n, target, direction, "%", due, today);

  /* Every suggestion says why. */
  if (progress->suggested != SG_OBJECTIVE_PROGRESS_NO_SUGGESTION)
    g_assert_nonnull (progress->reason);
  return progress->suggested;
}

/* The rule on fixed days: the status a manager would give, each case. */
static void
test_rule (void)
{
  const SgReadingPoint rising[] = { { "2026-06-01", 80 }, { "2026-08-01", 85 }, { "2026-10-01", 90 } };
  const SgReadingPoint dipping[] = { { "2026-06-01", 80 }, { "2026-08-01", 88 }, { "2026-10-01", 86 } };
  const SgReadingPoint slow[] = { { "2026-06-01", 80 }, { "2026-08-01", 80.5 }, { "2026-10-01", 81 } };
  const SgReadingPoint falling[] = { { "2026-06-01", 18 }, { "2026-09-01", 12 }, { "2026-11-01", 8 } };
  const SgReadingPoint reached[] = { { "2026-06-01", 90 }, { "2026-10-01", 96 } };
  const SgReadingPoint one[] = { { "2026-10-01", 90 } };
  g_autoptr(SgObjectiveProgress) progress = NULL;

  /* No readings: not started, and missed once the due date passed without one. */
  g_assert_cmpint (suggest (NULL, 0, 95, SG_TARGET_DIRECTION_AT_LEAST, "2027-01-31", "2026-12-01"), ==,
                   SG_OBJECTIVE_STATUS_NOT_STARTED);
  g_assert_cmpint (suggest (NULL, 0, 95, SG_TARGET_DIRECTION_AT_LEAST, "2026-11-30", "2026-12-01"), ==,
                   SG_OBJECTIVE_STATUS_MISSED);
  /* Rising towards 95 by the end of January: on track; far too slowly: at risk. */
  g_assert_cmpint (suggest (rising, 3, 95, SG_TARGET_DIRECTION_AT_LEAST, "2027-01-31", "2026-12-01"), ==,
                   SG_OBJECTIVE_STATUS_ON_TRACK);
  g_assert_cmpint (suggest (slow, 3, 95, SG_TARGET_DIRECTION_AT_LEAST, "2027-01-31", "2026-12-01"), ==,
                   SG_OBJECTIVE_STATUS_AT_RISK);
  /* The latest reading went the wrong way: at risk, whatever the line says. */
  g_assert_cmpint (suggest (dipping, 3, 95, SG_TARGET_DIRECTION_AT_LEAST, "2027-06-30", "2026-12-01"), ==,
                   SG_OBJECTIVE_STATUS_AT_RISK);
  /* "At most 5": falling is the good direction. */
  g_assert_cmpint (suggest (falling, 3, 5, SG_TARGET_DIRECTION_AT_MOST, "2027-03-31", "2026-12-01"), ==,
                   SG_OBJECTIVE_STATUS_ON_TRACK);
  g_assert_cmpint (suggest (falling, 3, 20, SG_TARGET_DIRECTION_AT_LEAST, "2027-03-31", "2026-12-01"), ==,
                   SG_OBJECTIVE_STATUS_AT_RISK);
  /* Met: on track before the due date, achieved after it; short of it after: missed. */
  g_assert_cmpint (suggest (reached, 2, 95, SG_TARGET_DIRECTION_AT_LEAST, "2027-01-31", "2026-12-01"), ==,
                   SG_OBJECTIVE_STATUS_ON_TRACK);
  g_assert_cmpint (suggest (reached, 2, 95, SG_TARGET_DIRECTION_AT_LEAST, "2026-11-30", "2026-12-01"), ==,
                   SG_OBJECTIVE_STATUS_ACHIEVED);
  g_assert_cmpint (suggest (dipping, 3, 95, SG_TARGET_DIRECTION_AT_LEAST, "2026-11-30", "2026-12-01"), ==,
                   SG_OBJECTIVE_STATUS_MISSED);
  /* One reading short of the target shows no trend. */
  g_assert_cmpint (suggest (one, 1, 95, SG_TARGET_DIRECTION_AT_LEAST, "2027-01-31", "2026-12-01"), ==,
                   SG_OBJECTIVE_STATUS_AT_RISK);
  /* No numeric target: no suggestion, but still a current value. */
  progress = sg_objective_progress_evaluate (rising, 3, 0, SG_TARGET_DIRECTION_NONE, "%", NULL, "2026-12-01");
  g_assert_cmpint (progress->suggested, ==, SG_OBJECTIVE_PROGRESS_NO_SUGGESTION);
  g_assert_cmpfloat (progress->current, ==, 90);
  g_assert_cmpstr (progress->current_date, ==, "2026-10-01");
  g_clear_pointer (&progress, sg_objective_progress_free);

  /* The reason names the values with their unit. */
  progress = sg_objective_progress_evaluate (dipping, 3, 95, SG_TARGET_DIRECTION_AT_LEAST, "%", "2027-06-30",
                                             "2026-12-01");
  g_assert_nonnull (strstr (progress->reason, "86 %"));
  g_assert_nonnull (strstr (progress->reason, "at least 95 %"));
}

static void
test_format (void)
{
  g_autofree char *a = sg_objective_progress_format_number (87.5);
  g_autofree char *b = sg_objective_progress_format_number (100.0);
  g_autofree char *c = sg_objective_progress_format_number (7.849);
  g_autofree char *d = sg_objective_progress_format_value (3, "days");

  g_assert_cmpstr (a, ==, "87.5");
  g_assert_cmpstr (b, ==, "100");
  g_assert_cmpstr (c, ==, "7.85");
  g_assert_cmpstr (d, ==, "3 days");
}

static SgRecord *
add_reading (Fixture    *f,
             SgRecord   *objective,
             const char *date,
             double      value)
{
  return sg_test_register_add (f, SG_TYPE_OBJECTIVE_READING,
                               "objective", sg_record_get_id (objective),
                               "date", date, "value", value, "taken-by", f->jana, NULL);
}

/* Adding, changing and deleting readings moves the objective's current
 * value and status with them, saved in the register. */
static void
test_follows (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *today = sg_date_today ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 90);
  g_autofree char *due = g_date_time_format (later, "%Y-%m-%d");
  g_autoptr(GDateTime) d1 = g_date_time_add_days (now, -90);
  g_autoptr(GDateTime) d2 = g_date_time_add_days (now, -60);
  g_autoptr(GDateTime) d3 = g_date_time_add_days (now, -30);
  g_autofree char *day1 = g_date_time_format (d1, "%Y-%m-%d");
  g_autofree char *day2 = g_date_time_format (d2, "%Y-%m-%d");
  g_autofree char *day3 = g_date_time_format (d3, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) reopened = NULL;
  g_autofree char *ref = NULL;
  SgRecord *objective, *first, *third;

  objective = sg_test_register_add (f, SG_TYPE_OBJECTIVE, "title", "Patching",
                                    "target-value", 95.0, "target-direction", SG_TARGET_DIRECTION_AT_LEAST,
                                    "unit", "%", "due-date", due, NULL);
  g_assert_cmpint (sg_record_peek_enum (objective, "status"), ==, SG_OBJECTIVE_STATUS_NOT_STARTED);

  first = add_reading (f, objective, day1, 70);
  g_assert_cmpstr (sg_record_peek_string (objective, "current-value"), ==, "70");
  g_assert_cmpint (sg_record_peek_enum (objective, "status"), ==, SG_OBJECTIVE_STATUS_AT_RISK);
  add_reading (f, objective, day2, 80);
  third = add_reading (f, objective, day3, 90);
  g_assert_cmpstr (sg_record_peek_string (objective, "current-value"), ==, "90");
  g_assert_cmpint (sg_record_peek_enum (objective, "status"), ==, SG_OBJECTIVE_STATUS_ON_TRACK);

  /* A corrected value: the latest reading fell back. */
  g_object_set (third, "value", 75.0, NULL);
  g_assert_cmpstr (sg_record_peek_string (objective, "current-value"), ==, "75");
  g_assert_cmpint (sg_record_peek_enum (objective, "status"), ==, SG_OBJECTIVE_STATUS_AT_RISK);

  /* Deleted: the one before is the latest again; Undo brings it back. */
  /* The store lets go of what it removes: Undo holds it. */
  g_object_ref (third);
  g_assert_true (sg_store_remove (f->store, third, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sg_record_peek_string (objective, "current-value"), ==, "80");
  g_assert_cmpint (sg_record_peek_enum (objective, "status"), ==, SG_OBJECTIVE_STATUS_ON_TRACK);
  g_assert_true (sg_store_restore (f->store, third, &error));
  g_assert_no_error (error);
  g_object_unref (third);
  g_assert_cmpstr (sg_record_peek_string (objective, "current-value"), ==, "75");

  /* A status picked by hand stays, and says so … */
  g_object_set (objective, "status", SG_OBJECTIVE_STATUS_ON_TRACK, NULL);
  g_assert_true (sg_record_peek_boolean (objective, "status-set-by-hand"));
  g_object_set (first, "value", 10.0, NULL);
  g_assert_cmpint (sg_record_peek_enum (objective, "status"), ==, SG_OBJECTIVE_STATUS_ON_TRACK);
  /* … until the readings decide again. */
  g_object_set (objective, "status-set-by-hand", FALSE, NULL);
  g_assert_cmpint (sg_record_peek_enum (objective, "status"), ==, SG_OBJECTIVE_STATUS_AT_RISK);

  /* The target reached: achieved once the due date is behind. */
  g_object_set (third, "value", 97.0, NULL);
  g_assert_cmpint (sg_record_peek_enum (objective, "status"), ==, SG_OBJECTIVE_STATUS_ON_TRACK);
  g_object_set (objective, "due-date", today, NULL);
  g_object_set (objective, "due-date", day2, NULL);
  g_assert_cmpint (sg_record_peek_enum (objective, "status"), ==, SG_OBJECTIVE_STATUS_ACHIEVED);

  /* All of it is in the register, not only in memory. */
  ref = g_strdup (sg_record_get_ref (objective));
  sg_store_close (f->store);
  g_clear_object (&f->store);
  reopened = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  objective = sg_store_find_by_ref (reopened, SG_TYPE_OBJECTIVE, ref);
  g_assert_cmpstr (sg_record_peek_string (objective, "current-value"), ==, "97");
  g_assert_cmpint (sg_record_peek_enum (objective, "status"), ==, SG_OBJECTIVE_STATUS_ACHIEVED);
  g_assert_false (sg_record_peek_boolean (objective, "status-set-by-hand"));
  f->store = g_steal_pointer (&reopened);
}

/* An objective that comes with a status (an imported row) keeps it, as
 * set by hand; one that comes without follows its readings. */
static void
test_given_status (Fixture       *f,
                   gconstpointer  data)
{
  SgRecord *given = sg_test_register_add (f, SG_TYPE_OBJECTIVE, "title", "Imported",
                                          "target-value", 95.0, "target-direction", SG_TARGET_DIRECTION_AT_LEAST,
                                          "due-date", "2099-01-01", "status", SG_OBJECTIVE_STATUS_ACHIEVED, NULL);
  SgRecord *plain = sg_test_register_add (f, SG_TYPE_OBJECTIVE, "title", "New",
                                          "target-value", 95.0, "target-direction", SG_TARGET_DIRECTION_AT_LEAST,
                                          "due-date", "2099-01-01", NULL);

  g_assert_true (sg_record_peek_boolean (given, "status-set-by-hand"));
  add_reading (f, given, "2026-01-01", 10);
  g_assert_cmpint (sg_record_peek_enum (given, "status"), ==, SG_OBJECTIVE_STATUS_ACHIEVED);
  g_assert_cmpstr (sg_record_peek_string (given, "current-value"), ==, "10");
  g_assert_false (sg_record_peek_boolean (plain, "status-set-by-hand"));
  add_reading (f, plain, "2026-01-01", 10);
  g_assert_cmpint (sg_record_peek_enum (plain, "status"), ==, SG_OBJECTIVE_STATUS_AT_RISK);
}

/* A due date passes while the register is closed: on opening, the
 * status says so; a register opened read-only is left as it is. */
static void
test_follows_on_opening (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SgRecord *objective;
  gint64 id;

  objective = sg_test_register_add (f, SG_TYPE_OBJECTIVE, "title", "Training",
                                    "target-value", 98.0, "target-direction", SG_TARGET_DIRECTION_AT_LEAST,
                                    "unit", "%", "due-date", "2099-01-01", NULL);
  add_reading (f, objective, "2025-01-01", 50);
  add_reading (f, objective, "2025-02-01", 60);
  id = sg_record_get_id (objective);
  g_assert_cmpint (sg_record_peek_enum (objective, "status"), ==, SG_OBJECTIVE_STATUS_ON_TRACK);
  /* As a register written last year holds it: the due date was to come. */
  objective = NULL;
  sg_store_close (f->store);
  g_clear_object (&f->store);
  {
    g_autofree char *sql = g_strdup_printf ("UPDATE objective SET due_date = '2025-06-30' WHERE id = %" G_GINT64_FORMAT,
                                            id);
    g_autofree char *out = sg_test_run_tool ("/usr/bin/python3", "-c",
                                             "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                                             "c.execute(sys.argv[2]); c.commit()",
                                             f->path, sql, NULL);
  }
  before = sg_test_checksum (f->path);
  store = sg_store_open (f->path, SG_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sg_record_peek_enum (sg_store_find_by_id (store, SG_TYPE_OBJECTIVE, id), "status"), ==,
                   SG_OBJECTIVE_STATUS_ON_TRACK);
  sg_store_close (store);
  g_clear_object (&store);
  after = sg_test_checksum (f->path);
  g_assert_cmpstr (before, ==, after);

  f->store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sg_record_peek_enum (sg_store_find_by_id (f->store, SG_TYPE_OBJECTIVE, id), "status"), ==,
                   SG_OBJECTIVE_STATUS_MISSED);
}

/* The example's objectives get the statuses its story tells. */
static void
test_sample (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "example.isms", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  guint n, on = 0, risk = 0, achieved = 0;
  SgRecord *const *objectives;

  g_assert_true (sg_sample_create (path, &error));
  g_assert_no_error (error);
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  objectives = sg_store_peek_records (store, SG_TYPE_OBJECTIVE, &n);
  for (guint i = 0; i < n; i++)
    {
      int status = sg_record_peek_enum (objectives[i], "status");
      const char *current = sg_record_peek_string (objectives[i], "current-value");

      g_assert_true (current != NULL && *current != '\0');
      g_assert_false (sg_record_peek_boolean (objectives[i], "status-set-by-hand"));
      on += status == SG_OBJECTIVE_STATUS_ON_TRACK;
      risk += status == SG_OBJECTIVE_STATUS_AT_RISK;
      achieved += status == SG_OBJECTIVE_STATUS_ACHIEVED;
    }
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpuint (on, ==, 3);
  g_assert_cmpuint (risk, ==, 1);
  g_assert_cmpuint (achieved, ==, 1);
  sg_store_close (store);
  sg_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/objectives/rule", test_rule);
  g_test_add_func ("/objectives/format", test_format);
  g_test_add ("/objectives/follows", Fixture, NULL, fixture_set_up, test_follows, fixture_tear_down);
  g_test_add ("/objectives/given-status", Fixture, NULL, fixture_set_up, test_given_status, fixture_tear_down);
  g_test_add ("/objectives/follows-on-opening", Fixture, NULL, fixture_set_up, test_follows_on_opening,
              fixture_tear_down);
  g_test_add_func ("/objectives/sample", test_sample);
  return g_test_run ();
}
