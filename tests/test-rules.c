/* test-rules.c: what a record may not hold (dates out of order, a review
 * dated before the previous one), refused by the store with nothing
 * saved; the "done on" date that fills itself; overdue on fixed dates
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sg-action.h"
#include "sg-enums.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-store.h"
#include "sg-test-util.h"

typedef struct
{
  SgTestRegister  reg;
  GPtrArray      *failures;   /* GError*: what "save-failed" reported */
} Fixture;

static void
save_failed_cb (SgStore      *store,
                SgRecord     *record,
                const GError *error,
                Fixture      *f)
{
  g_ptr_array_add (f->failures, g_error_copy (error));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  sg_test_register_open (&f->reg, "rules.isms");
  f->failures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_signal_connect (f->reg.store, "save-failed", G_CALLBACK (save_failed_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_signal_handlers_disconnect_by_func (f->reg.store, save_failed_cb, f);
  sg_test_register_close (&f->reg);
  g_ptr_array_unref (f->failures);
}

/* The value the register holds, read by SQLite's own shell ("" for none;
 * NULL when the shell is missing, and the test says it skipped that). */
static char *
saved_value (Fixture    *f,
             GType       kind,
             const char *ref,
             const char *field)
{
  SgRecordClass *klass = g_type_class_peek (kind);
  g_autofree char *column = sg_field_get_column (sg_record_class_find_field (klass, field));
  g_autofree char *sql = NULL;
  char *out;

  if (!sg_test_have_program ("sqlite3", "sqlite3"))
    return NULL;
  sql = g_strdup_printf ("SELECT %s FROM %s WHERE ref = '%s'", column,
                         sg_record_class_get_table (klass), ref);
  out = sg_test_run_tool ("sqlite3", f->reg.path, sql, NULL);
  return g_strchomp (out);
}

#define assert_saved(f, kind, ref, field, expected) \
  G_STMT_START { \
    g_autofree char *saved_ = saved_value (f, kind, ref, field); \
    if (saved_ != NULL) \
      g_assert_cmpstr (saved_, ==, expected); \
  } G_STMT_END

static void
assert_refused (Fixture    *f,
                const char *message)
{
  GError *error;

  g_assert_cmpuint (f->failures->len, ==, 1);
  error = g_ptr_array_index (f->failures, 0);
  g_assert_error (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
  g_ptr_array_set_size (f->failures, 0);
}

/* An action due before it was raised: refused at the edit, the record
 * and the register keep the old value, no history line is written. */
static void
test_rules_action_dates (Fixture       *f,
                         gconstpointer  data)
{
  SgRecord *action = sg_test_register_add (&f->reg, SG_TYPE_ACTION, "title", "Revoke leavers' accounts",
                                           SG_ACTION_RAISED_ON, "2026-10-01",
                                           SG_ACTION_DUE_DATE, "2026-11-30", NULL);
  guint n_history = sg_store_count_history (f->reg.store);

  g_object_set (action, SG_ACTION_DUE_DATE, "2026-09-30", NULL);
  assert_refused (f, "An action cannot be due before it was raised");
  g_assert_cmpstr (sg_record_peek_string (action, SG_ACTION_DUE_DATE), ==, "2026-11-30");
  g_assert_cmpuint (sg_store_count_history (f->reg.store), ==, n_history);
  assert_saved (f, SG_TYPE_ACTION, sg_record_get_ref (action), SG_ACTION_DUE_DATE, "2026-11-30");

  /* Moving the other end of the pair is refused the same way. */
  g_object_set (action, SG_ACTION_RAISED_ON, "2026-12-01", NULL);
  assert_refused (f, "An action cannot be due before it was raised");
  g_assert_cmpstr (sg_record_peek_string (action, SG_ACTION_RAISED_ON), ==, "2026-10-01");

  g_object_set (action, SG_ACTION_DONE_ON, "2026-01-15", NULL);
  assert_refused (f, "An action cannot be done before it was raised");
  g_assert_null (sg_record_peek_string (action, SG_ACTION_DONE_ON));

  /* The same day, or one date missing, is fine. */
  g_object_set (action, SG_ACTION_DUE_DATE, "2026-10-01", NULL);
  g_object_set (action, SG_ACTION_RAISED_ON, NULL, NULL);
  g_object_set (action, SG_ACTION_DUE_DATE, "2020-01-01", NULL);
  g_assert_cmpuint (f->failures->len, ==, 0);
  g_assert_cmpuint (sg_store_count_history (f->reg.store), ==, n_history + 3);
}

/* Added with its dates out of order: not added at all. */
static void
test_rules_refused_add (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgRecord) nc = g_object_new (SG_TYPE_NONCONFORMITY, "title", "Backup not tested",
                                         "raised-on", "2026-10-01",
                                         "effectiveness-checked-on", "2026-09-01", NULL);
  g_autoptr(SgRecord) planned = g_object_new (SG_TYPE_NONCONFORMITY, "title", "Backup not tested",
                                              "raised-on", "2026-10-01",
                                              "effectiveness-planned", "2026-09-01", NULL);
  guint n_history = sg_store_count_history (f->reg.store);
  guint n;

  g_assert_false (sg_store_add (f->reg.store, nc, &error));
  g_assert_error (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "An effectiveness check cannot be dated before the nonconformity was raised");
  g_clear_error (&error);
  g_assert_false (sg_store_add (f->reg.store, planned, &error));
  g_assert_error (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID);
  g_assert_cmpint (sg_record_get_id (nc), ==, 0);
  g_assert_null (sg_record_get_ref (nc));
  sg_store_peek_records (f->reg.store, SG_TYPE_NONCONFORMITY, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (sg_store_count_history (f->reg.store), ==, n_history);
}

/* A review may not be dated before the latest review held before it;
 * one planned does not count, and correcting an older review's date is
 * not held against a later one. */
static void
test_rules_review_order (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SgRecord *first = sg_test_register_add (&f->reg, SG_TYPE_MANAGEMENT_REVIEW, "title", "Review 2025",
                                          "date", "2025-10-01", "status", SG_REVIEW_STATUS_MINUTES_APPROVED, NULL);
  SgRecord *second = sg_test_register_add (&f->reg, SG_TYPE_MANAGEMENT_REVIEW, "title", "Review 2026",
                                           "date", "2026-10-01", "status", SG_REVIEW_STATUS_HELD, NULL);
  SgRecord *planned = sg_test_register_add (&f->reg, SG_TYPE_MANAGEMENT_REVIEW, "title", "Review 2027",
                                            "date", "2027-10-01", NULL);
  g_autoptr(SgRecord) early = g_object_new (SG_TYPE_MANAGEMENT_REVIEW, "title", "Extra",
                                            "date", "2026-09-30", NULL);
  guint n_history = sg_store_count_history (f->reg.store);

  g_object_set (planned, "date", "2026-06-01", NULL);
  assert_refused (f, "The previous management review was held on 2026-10-01; "
                     "this one cannot be dated before it");
  g_assert_cmpstr (sg_record_peek_string (planned, "date"), ==, "2027-10-01");
  g_assert_cmpuint (sg_store_count_history (f->reg.store), ==, n_history);
  assert_saved (f, SG_TYPE_MANAGEMENT_REVIEW, sg_record_get_ref (planned), "date", "2027-10-01");

  g_assert_false (sg_store_add (f->reg.store, early, &error));
  g_assert_error (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The second review moved before the first: refused; the first
   * corrected within its year: fine, the later review does not count. */
  g_object_set (second, "date", "2025-09-01", NULL);
  assert_refused (f, "The previous management review was held on 2025-10-01; "
                     "this one cannot be dated before it");
  g_object_set (first, "date", "2025-11-15", NULL);
  g_assert_cmpuint (f->failures->len, ==, 0);
  g_assert_cmpstr (sg_record_peek_string (first, "date"), ==, "2025-11-15");

  /* A planned review is no "previous" one. */
  g_object_set (second, "status", SG_REVIEW_STATUS_PLANNED, NULL);
  g_object_set (planned, "date", "2026-06-01", NULL);
  g_assert_cmpuint (f->failures->len, ==, 0);
}

/* Done, and "done on" empty: today, saved as an edit with its own
 * history line; a date already given stays. */
static void
test_rules_done_on (Fixture       *f,
                    gconstpointer  data)
{
  SgRecord *action = sg_test_register_add (&f->reg, SG_TYPE_ACTION, "title", "Test the restore", NULL);
  SgRecord *dated = sg_test_register_add (&f->reg, SG_TYPE_ACTION, "title", "Train the staff",
                                          SG_ACTION_DONE_ON, "2026-01-02", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgRecord) added = g_object_new (SG_TYPE_ACTION, "title", "Done already",
                                            SG_ACTION_STATUS, SG_ACTION_STATUS_DONE, NULL);
  g_autofree char *today = sg_date_today ();
  guint n_history = sg_store_count_history (f->reg.store);

  g_object_set (action, SG_ACTION_STATUS, SG_ACTION_STATUS_IN_PROGRESS, NULL);
  g_assert_null (sg_record_peek_string (action, SG_ACTION_DONE_ON));
  g_object_set (action, SG_ACTION_STATUS, SG_ACTION_STATUS_DONE, NULL);
  g_assert_cmpstr (sg_record_peek_string (action, SG_ACTION_DONE_ON), ==, today);
  g_assert_cmpuint (sg_store_count_history (f->reg.store), ==, n_history + 3);
  assert_saved (f, SG_TYPE_ACTION, sg_record_get_ref (action), SG_ACTION_DONE_ON, today);

  g_object_set (dated, SG_ACTION_STATUS, SG_ACTION_STATUS_DONE, NULL);
  g_assert_cmpstr (sg_record_peek_string (dated, SG_ACTION_DONE_ON), ==, "2026-01-02");

  g_assert_true (sg_store_add (f->reg.store, added, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sg_record_peek_string (added, SG_ACTION_DONE_ON), ==, today);
}

/* Overdue on a given day: the day after the due date, not on it; never
 * when done or cancelled, or without a date. */
static void
test_rules_overdue (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SgRecord) action = g_object_new (SG_TYPE_ACTION, SG_ACTION_DUE_DATE, "2026-11-30", NULL);
  g_autoptr(SgRecord) undated = g_object_new (SG_TYPE_ACTION, NULL);
  g_autoptr(SgRecord) nc = g_object_new (SG_TYPE_NONCONFORMITY, "due-date", "2026-11-30",
                                         "status", SG_NC_STATUS_AWAITING_VERIFICATION, NULL);

  g_assert_false (sg_record_is_overdue (action, "2026-11-30"));
  g_assert_true (sg_record_is_overdue (action, "2026-12-01"));
  g_object_set (action, SG_ACTION_STATUS, SG_ACTION_STATUS_IN_PROGRESS, NULL);
  g_assert_true (sg_record_is_overdue (action, "2026-12-01"));
  g_object_set (action, SG_ACTION_STATUS, SG_ACTION_STATUS_DONE, NULL);
  g_assert_false (sg_record_is_overdue (action, "2026-12-01"));
  g_object_set (action, SG_ACTION_STATUS, SG_ACTION_STATUS_CANCELLED, NULL);
  g_assert_false (sg_record_is_overdue (action, "2027-12-01"));
  g_assert_false (sg_record_is_overdue (undated, "2027-12-01"));

  /* Awaiting verification is still open. */
  g_assert_true (sg_record_is_overdue (nc, "2026-12-01"));
  g_object_set (nc, "status", SG_NC_STATUS_CLOSED, NULL);
  g_assert_false (sg_record_is_overdue (nc, "2026-12-01"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/rules/action-dates", test_rules_action_dates);
  ADD ("/rules/refused-add", test_rules_refused_add);
  ADD ("/rules/review-order", test_rules_review_order);
  ADD ("/rules/done-on", test_rules_done_on);
  ADD ("/rules/overdue", test_rules_overdue);
#undef ADD

  return g_test_run ();
}
