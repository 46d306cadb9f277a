/* test-nonconformity.c: a finding's nonconformity through its corrective
 * actions to its effectiveness check; "not effective" reopens; the flags on
 * fixed dates
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "sg-action.h"
#include "sg-audit.h"
#include "sg-enums.h"
#include "sg-finding.h"
#include "sg-nonconformity-rules.h"
#include "sg-nonconformity.h"
#include "sg-store.h"
#include "sg-test-util.h"

typedef SgTestRegister Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  sg_test_register_open (f, "nc.isms");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sg_test_register_close (f);
}

/* An audit, its major finding, and the NC raised from it. */
static SgRecord *
add_nc_from_finding (Fixture *f)
{
  SgRecord *audit = sg_test_register_add (f, SG_TYPE_AUDIT, "title", "Internal audit 2027",
                                          NULL);
  SgRecord *finding = sg_test_register_add (f, SG_TYPE_FINDING, "audit", sg_record_get_id (audit),
                                            SG_FINDING_DESCRIPTION, "Backups never restored",
                                            SG_FINDING_TYPE, SG_FINDING_TYPE_MAJOR_NONCONFORMITY, NULL);

  return sg_test_register_add (f, SG_TYPE_NONCONFORMITY,
                               SG_NONCONFORMITY_TITLE, "Backups never restored",
                               SG_NONCONFORMITY_SOURCE, SG_NC_SOURCE_AUDIT_FINDING,
                               SG_NONCONFORMITY_FINDING, sg_record_get_id (finding),
                               SG_NONCONFORMITY_SEVERITY, SG_NC_SEVERITY_MAJOR,
                               SG_NONCONFORMITY_RAISED_ON, "2027-01-10",
                               SG_NONCONFORMITY_DUE_DATE, "2027-03-01",
                               SG_NONCONFORMITY_OWNER, f->jana,
                               SG_NONCONFORMITY_STATUS, SG_NC_STATUS_IN_PROGRESS, NULL);
}

static SgRecord *
add_action (Fixture    *f,
            SgRecord   *nc,
            const char *title)
{
  return sg_test_register_add (f, SG_TYPE_ACTION, SG_ACTION_TITLE, title,
                               SG_ACTION_SOURCE, SG_ACTION_SOURCE_NONCONFORMITY,
                               SG_ACTION_NONCONFORMITY, sg_record_get_id (nc),
                               SG_ACTION_OWNER, f->mehmet,
                               SG_ACTION_RAISED_ON, "2027-01-12", NULL);
}

/* The newest history line of @field, as "old → new". */
static char *
last_change (Fixture    *f,
             SgRecord   *record,
             const char *field)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = sg_store_list_history (f->store, record, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(SgHistoryEntry) entry = g_list_model_get_item (history, i);

      if (g_strcmp0 (sg_history_entry_get_field (entry), field) == 0)
        return g_strdup_printf ("%s → %s",
                                sg_history_entry_get_old_value (entry) ? sg_history_entry_get_old_value (entry) : "",
                                sg_history_entry_get_new_value (entry) ? sg_history_entry_get_new_value (entry) : "");
    }
  return NULL;
}

/* Finding → NC → two corrective actions → both done → waiting for a
 * check → "not effective" → reopened, said in the history → Undo. */
static void
test_nc_chain (Fixture       *f,
               gconstpointer  data)
{
  SgRecord *nc = add_nc_from_finding (f);
  SgRecord *restore, *train;
  g_autoptr(SgNcCheck) check = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *status_line = NULL;
  g_autofree char *result_line = NULL;
  guint n_history;

  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2027-01-11"), ==,
                   SG_NC_FLAG_NO_CORRECTIVE_ACTION);

  restore = add_action (f, nc, "Restore test every quarter");
  train = add_action (f, nc, "Train the operators");
  actions = sg_nonconformity_list_actions (f->store, nc);
  g_assert_cmpuint (actions->len, ==, 2);
  g_assert_true (actions->pdata[0] == restore && actions->pdata[1] == train);
  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2027-01-20"), ==, SG_NC_FLAG_NONE);

  g_object_set (restore, SG_ACTION_STATUS, SG_ACTION_STATUS_DONE, SG_ACTION_DONE_ON, "2027-02-01", NULL);
  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2027-02-02"), ==, SG_NC_FLAG_NONE);
  g_object_set (train, SG_ACTION_STATUS, SG_ACTION_STATUS_DONE, SG_ACTION_DONE_ON, "2027-02-05", NULL);
  g_object_set (nc, SG_NONCONFORMITY_STATUS, SG_NC_STATUS_AWAITING_VERIFICATION, NULL);
  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2027-02-06"), ==,
                   SG_NC_FLAG_EFFECTIVENESS_UNCHECKED);
  /* Past the due date it is both. */
  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2027-03-02"), ==,
                   SG_NC_FLAG_EFFECTIVENESS_UNCHECKED | SG_NC_FLAG_OVERDUE);

  n_history = sg_store_count_history (f->store);
  check = sg_nonconformity_record_check (f->store, nc, SG_EFFECTIVENESS_NOT_EFFECTIVE, "2027-02-20",
                                         f->mehmet, "A restore still failed in February.", TRUE,
                                         "2027-02-20", &error);
  g_assert_no_error (error);
  g_assert_nonnull (check);
  g_assert_true (sg_nc_check_get_reopened (check));
  g_assert_false (sg_nc_check_get_closed (check));
  g_assert_cmpint (sg_record_peek_enum (nc, SG_NONCONFORMITY_STATUS), ==, SG_NC_STATUS_OPEN);
  g_assert_null (sg_record_peek_string (nc, SG_NONCONFORMITY_CLOSED_ON));
  g_assert_cmpint (sg_record_peek_enum (nc, SG_NONCONFORMITY_EFFECTIVENESS), ==,
                   SG_EFFECTIVENESS_NOT_EFFECTIVE);
  g_assert_cmpstr (sg_record_peek_string (nc, SG_NONCONFORMITY_EFFECTIVENESS_CHECKED_ON), ==, "2027-02-20");
  g_assert_cmpint (sg_record_peek_int64 (nc, SG_NONCONFORMITY_EFFECTIVENESS_CHECKED_BY), ==, f->mehmet);
  /* Date, who, notes, result, status: one line each. */
  g_assert_cmpuint (sg_store_count_history (f->store), ==, n_history + 5);
  status_line = last_change (f, nc, SG_NONCONFORMITY_STATUS);
  g_assert_cmpstr (status_line, ==, "awaiting-verification → open");
  result_line = last_change (f, nc, SG_NONCONFORMITY_EFFECTIVENESS);
  g_assert_cmpstr (result_line, ==, "not-checked → not-effective");
  /* Reopened, and the done actions were what the check found wanting. */
  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2027-02-21"), ==, SG_NC_FLAG_REOPENED);

  g_assert_true (sg_nc_check_undo (check, f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sg_record_peek_enum (nc, SG_NONCONFORMITY_STATUS), ==, SG_NC_STATUS_AWAITING_VERIFICATION);
  g_assert_cmpint (sg_record_peek_enum (nc, SG_NONCONFORMITY_EFFECTIVENESS), ==, SG_EFFECTIVENESS_NOT_CHECKED);
  g_assert_null (sg_record_peek_string (nc, SG_NONCONFORMITY_EFFECTIVENESS_CHECKED_ON));
  g_assert_cmpint (sg_record_peek_int64 (nc, SG_NONCONFORMITY_EFFECTIVENESS_CHECKED_BY), ==, 0);
  g_assert_null (sg_record_peek_string (nc, SG_NONCONFORMITY_EFFECTIVENESS_NOTES));
  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2027-02-21"), ==,
                   SG_NC_FLAG_EFFECTIVENESS_UNCHECKED);

  /* What the register holds, read again. */
  {
    g_autofree char *path = g_strdup (f->path);
    gint64 id = sg_record_get_id (nc);
    SgRecord *again;

    sg_store_close (f->store);
    g_clear_object (&f->store);
    f->store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
    g_assert_no_error (error);
    again = sg_store_find_by_id (f->store, SG_TYPE_NONCONFORMITY, id);
    g_assert_cmpint (sg_record_peek_enum (again, SG_NONCONFORMITY_STATUS), ==,
                     SG_NC_STATUS_AWAITING_VERIFICATION);
    g_assert_cmpint (sg_record_peek_enum (again, SG_NONCONFORMITY_EFFECTIVENESS), ==,
                     SG_EFFECTIVENESS_NOT_CHECKED);
  }
}

/* "Effective" closes when asked to, on the check's day; "not effective"
 * set field by field, as the detail pane does, reopens all the same. */
static void
test_nc_close_and_reopen (Fixture       *f,
                          gconstpointer  data)
{
  SgRecord *nc = add_nc_from_finding (f);
  SgRecord *action = add_action (f, nc, "Restore test every quarter");
  g_autoptr(SgNcCheck) check = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *closed_line = NULL;

  g_object_set (action, SG_ACTION_STATUS, SG_ACTION_STATUS_DONE, NULL);
  check = sg_nonconformity_record_check (f->store, nc, SG_EFFECTIVENESS_EFFECTIVE, "2027-04-01",
                                         f->jana, NULL, TRUE, "2027-04-02", &error);
  g_assert_no_error (error);
  g_assert_true (sg_nc_check_get_closed (check));
  g_assert_cmpint (sg_record_peek_enum (nc, SG_NONCONFORMITY_STATUS), ==, SG_NC_STATUS_CLOSED);
  g_assert_cmpstr (sg_record_peek_string (nc, SG_NONCONFORMITY_CLOSED_ON), ==, "2027-04-01");
  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2027-05-01"), ==, SG_NC_FLAG_NONE);

  /* Checked again later: it stays closed on its day. */
  {
    g_autoptr(SgNcCheck) again = sg_nonconformity_record_check (f->store, nc, SG_EFFECTIVENESS_EFFECTIVE,
                                                                "2027-06-01", f->jana, "Still fine", TRUE,
                                                                "2027-06-02", &error);

    g_assert_no_error (error);
    g_assert_false (sg_nc_check_get_closed (again));
    g_assert_cmpstr (sg_record_peek_string (nc, SG_NONCONFORMITY_CLOSED_ON), ==, "2027-04-01");
    g_assert_cmpstr (sg_record_peek_string (nc, SG_NONCONFORMITY_EFFECTIVENESS_CHECKED_ON), ==, "2027-06-01");
  }

  /* Effective without closing leaves the status to its owner. */
  {
    SgRecord *other = add_nc_from_finding (f);
    g_autoptr(SgNcCheck) kept = sg_nonconformity_record_check (f->store, other, SG_EFFECTIVENESS_EFFECTIVE,
                                                               "2027-04-01", 0, NULL, FALSE, "2027-04-02",
                                                               &error);

    g_assert_no_error (error);
    g_assert_false (sg_nc_check_get_closed (kept));
    g_assert_cmpint (sg_record_peek_enum (other, SG_NONCONFORMITY_STATUS), ==, SG_NC_STATUS_IN_PROGRESS);
  }

  g_object_set (nc, SG_NONCONFORMITY_EFFECTIVENESS, SG_EFFECTIVENESS_NOT_EFFECTIVE, NULL);
  g_assert_cmpint (sg_record_peek_enum (nc, SG_NONCONFORMITY_STATUS), ==, SG_NC_STATUS_OPEN);
  g_assert_null (sg_record_peek_string (nc, SG_NONCONFORMITY_CLOSED_ON));
  closed_line = last_change (f, nc, SG_NONCONFORMITY_CLOSED_ON);
  g_assert_cmpstr (closed_line, ==, "2027-04-01 → ");

  /* An NC already open is left open, and a second "not effective"
   * changes nothing else. */
  g_object_set (nc, SG_NONCONFORMITY_STATUS, SG_NC_STATUS_IN_PROGRESS, NULL);
  g_object_set (nc, SG_NONCONFORMITY_EFFECTIVENESS, SG_EFFECTIVENESS_NOT_CHECKED, NULL);
  g_object_set (nc, SG_NONCONFORMITY_EFFECTIVENESS, SG_EFFECTIVENESS_NOT_EFFECTIVE, NULL);
  g_assert_cmpint (sg_record_peek_enum (nc, SG_NONCONFORMITY_STATUS), ==, SG_NC_STATUS_IN_PROGRESS);
}

/* Refused edits leave the record as the register holds it, the status
 * the rule would have changed included. */
static void
test_nc_read_only (Fixture       *f,
                   gconstpointer  data)
{
  SgRecord *nc = add_nc_from_finding (f);
  guint n_history;

  g_object_set (nc, SG_NONCONFORMITY_STATUS, SG_NC_STATUS_CLOSED,
                SG_NONCONFORMITY_CLOSED_ON, "2027-02-01", NULL);
  n_history = sg_store_count_history (f->store);
  sg_store_set_read_only (f->store, TRUE);
  g_object_set (nc, SG_NONCONFORMITY_EFFECTIVENESS, SG_EFFECTIVENESS_NOT_EFFECTIVE, NULL);
  sg_store_set_read_only (f->store, FALSE);
  g_assert_cmpint (sg_record_peek_enum (nc, SG_NONCONFORMITY_EFFECTIVENESS), ==, SG_EFFECTIVENESS_NOT_CHECKED);
  g_assert_cmpint (sg_record_peek_enum (nc, SG_NONCONFORMITY_STATUS), ==, SG_NC_STATUS_CLOSED);
  g_assert_cmpstr (sg_record_peek_string (nc, SG_NONCONFORMITY_CLOSED_ON), ==, "2027-02-01");
  g_assert_cmpuint (sg_store_count_history (f->store), ==, n_history);
}

/* A check dated before the NC, in the future, without a result or by
 * someone unknown: a message, and nothing saved. */
static void
test_nc_bad_check (Fixture       *f,
                   gconstpointer  data)
{
  static const struct {
    SgEffectiveness result;
    const char *date;
    gint64 by;
    const char *message;
  } cases[] = {
    { SG_EFFECTIVENESS_NOT_EFFECTIVE, "2027-01-09", 0, "before the nonconformity was raised (2027-01-10)" },
    { SG_EFFECTIVENESS_EFFECTIVE, "2027-02-21", 0, "cannot be in the future" },
    { SG_EFFECTIVENESS_EFFECTIVE, "2027-02-31", 0, "Enter the day" },
    { SG_EFFECTIVENESS_EFFECTIVE, NULL, 0, "Enter the day" },
    { SG_EFFECTIVENESS_NOT_CHECKED, "2027-02-01", 0, "Choose whether" },
    { SG_EFFECTIVENESS_EFFECTIVE, "2027-02-01", 9999, "not in the directory" },
  };
  SgRecord *nc = add_nc_from_finding (f);
  guint n_history = sg_store_count_history (f->store);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SgNcCheck) check =
        sg_nonconformity_record_check (f->store, nc, cases[i].result, cases[i].date, cases[i].by,
                                       "notes", TRUE, "2027-02-20", &error);

      g_assert_null (check);
      g_assert_error (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i].message));
    }
  g_assert_cmpuint (sg_store_count_history (f->store), ==, n_history);
  g_assert_cmpint (sg_record_peek_enum (nc, SG_NONCONFORMITY_STATUS), ==, SG_NC_STATUS_IN_PROGRESS);
  g_assert_null (sg_record_peek_string (nc, SG_NONCONFORMITY_EFFECTIVENESS_NOTES));
}

/* Overdue, no action, reopened and waiting again, on fixed days. */
static void
test_nc_flags (Fixture       *f,
               gconstpointer  data)
{
  SgRecord *nc = add_nc_from_finding (f);
  SgRecord *first, *second;

  /* Due 2027-03-01: on the day it is not yet overdue. */
  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2027-03-01") & SG_NC_FLAG_OVERDUE, ==, 0);
  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2027-03-02") & SG_NC_FLAG_OVERDUE, !=, 0);
  g_object_set (nc, SG_NONCONFORMITY_STATUS, SG_NC_STATUS_AWAITING_VERIFICATION, NULL);
  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2027-03-02") & SG_NC_FLAG_OVERDUE, !=, 0);
  g_object_set (nc, SG_NONCONFORMITY_DUE_DATE, NULL, NULL);
  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2099-01-01") & SG_NC_FLAG_OVERDUE, ==, 0);
  g_object_set (nc, SG_NONCONFORMITY_DUE_DATE, "2027-03-01", NULL);

  /* Cancelled actions are no corrective action. */
  first = add_action (f, nc, "Restore test");
  g_object_set (first, SG_ACTION_STATUS, SG_ACTION_STATUS_CANCELLED, NULL);
  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2027-02-01"), ==,
                   SG_NC_FLAG_NO_CORRECTIVE_ACTION);
  g_object_set (first, SG_ACTION_STATUS, SG_ACTION_STATUS_DONE, SG_ACTION_DONE_ON, "2027-02-01", NULL);
  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2027-02-01"), ==,
                   SG_NC_FLAG_EFFECTIVENESS_UNCHECKED);

  /* Found not effective on 2027-02-10: reopened, not waiting… */
  g_object_set (nc, SG_NONCONFORMITY_EFFECTIVENESS_CHECKED_ON, "2027-02-10",
                SG_NONCONFORMITY_EFFECTIVENESS, SG_EFFECTIVENESS_NOT_EFFECTIVE, NULL);
  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2027-02-11"), ==, SG_NC_FLAG_REOPENED);
  /* …until a new action is done after the check. */
  second = add_action (f, nc, "Second restore test");
  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2027-02-11"), ==, SG_NC_FLAG_REOPENED);
  g_object_set (second, SG_ACTION_STATUS, SG_ACTION_STATUS_DONE, SG_ACTION_DONE_ON, "2027-02-10", NULL);
  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2027-02-11"), ==, SG_NC_FLAG_REOPENED);
  g_object_set (second, SG_ACTION_DONE_ON, "2027-02-15", NULL);
  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2027-02-16"), ==,
                   SG_NC_FLAG_REOPENED | SG_NC_FLAG_EFFECTIVENESS_UNCHECKED);
  /* Done without a date, raised on the check's day: it counts. */
  g_object_set (second, SG_ACTION_DONE_ON, NULL, SG_ACTION_RAISED_ON, "2027-02-10", NULL);
  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2027-02-16"), ==,
                   SG_NC_FLAG_REOPENED | SG_NC_FLAG_EFFECTIVENESS_UNCHECKED);

  /* Closed: nothing stands out. */
  g_object_set (nc, SG_NONCONFORMITY_STATUS, SG_NC_STATUS_CLOSED, NULL);
  g_assert_cmpint (sg_nonconformity_get_flags (f->store, nc, "2028-01-01"), ==, SG_NC_FLAG_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/nonconformity/chain", Fixture, NULL, fixture_set_up, test_nc_chain, fixture_tear_down);
  g_test_add ("/nonconformity/close-and-reopen", Fixture, NULL, fixture_set_up,
              test_nc_close_and_reopen, fixture_tear_down);
  g_test_add ("/nonconformity/read-only", Fixture, NULL, fixture_set_up, test_nc_read_only,
              fixture_tear_down);
  g_test_add ("/nonconformity/bad-check", Fixture, NULL, fixture_set_up, test_nc_bad_check,
              fixture_tear_down);
  g_test_add ("/nonconformity/flags", Fixture, NULL, fixture_set_up, test_nc_flags, fixture_tear_down);

  return g_test_run ();
}
