/* test-chain.c: the change history's hash chain — what `--check` says of
 * registers Safeguard wrote, and of registers edited behind its back
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "sg-control.h"
#include "sg-enums.h"
#include "sg-evidence.h"
#include "sg-person.h"
#include "sg-risk.h"
#include "sg-sample.h"
#include "sg-store.h"
#include "sg-test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

/* The example register, written once and copied for each test. */
static char *sample_bytes;
static gsize sample_length;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sg_test_mkdtemp ();
  f->path = g_build_filename (f->dir, "register.isms", NULL);
  if (sample_bytes == NULL)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (sg_sample_create (f->path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (f->path, &sample_bytes, &sample_length, NULL));
    }
  else
    g_assert_true (g_file_set_contents (f->path, sample_bytes, sample_length, NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sg_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* What someone with a SQLite shell does. */
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

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* `--check` says the chain holds: exit 0, the summary line and the whole
 * head; returns the head. */
static char *
assert_intact (const char *path)
{
  SgTestRun run = { 0 };
  const char *line;
  char *head;

  sg_test_run_safeguard (&run, "--check", path, NULL);
  if (run.status != 0)
    g_error ("--check: %s\n%s", run.err, run.out);
  g_assert_nonnull (strstr (run.out, "\nintegrity: ok\nhistory: intact ("));
  line = strstr (run.out, "\nhistory head: ");
  g_assert_nonnull (line);
  head = g_strndup (line + strlen ("\nhistory head: "), 64);
  g_assert_cmpuint (strspn (head, "0123456789abcdef"), ==, 64);
  /* The summary shows its beginning. */
  {
    g_autofree char *start = g_strdup_printf (" entries, head %.12s…)\n", head);

    g_assert_nonnull (strstr (run.out, start));
  }
  g_assert_null (strstr (run.out, "history: broken"));
  sg_test_run_clear (&run);
  return head;
}

/* `--check` exits 1 and names @what on a "history:" line. */
static void
assert_broken (const char *path,
               const char *what)
{
  SgTestRun run = { 0 };
  g_autofree char *line = g_strconcat ("\nhistory: ", what, NULL);

  sg_test_run_safeguard (&run, "--check", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "\nhistory: broken ("));
  if (strstr (run.out, line) == NULL)
    g_error ("expected “%s” in:\n%s", what, run.out);
  g_assert_true (g_str_has_prefix (run.err, "safeguard: "));
  sg_test_run_clear (&run);
}

static void
test_sample_intact (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *head = assert_intact (f->path);
  g_autoptr(SgStore) store = sg_store_open (f->path, SG_STORE_OPEN_READ_ONLY, NULL);
  g_autofree char *api_head = sg_store_dup_history_head (store);

  g_assert_cmpstr (head, ==, api_head);
  /* The hashes are in the file, one per entry. */
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM history WHERE length (hash) = 64"), ==,
                   query_int (f->path, "SELECT count(*) FROM history"));
}

static void
test_altered (Fixture       *f,
              gconstpointer  data)
{
  tamper (f->path, "UPDATE history SET new_value = 'forged' WHERE id = 300");
  assert_broken (f->path, "entry 300 (");
  assert_broken (f->path, "entry 300 (");
}

static void
test_altered_message (Fixture       *f,
                      gconstpointer  data)
{
  SgTestRun run = { 0 };

  tamper (f->path, "UPDATE history SET changed_by = 'Mallory' WHERE id = 42");
  sg_test_run_safeguard (&run, "--check", f->path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "\nhistory: entry 42 ("));
  g_assert_nonnull (strstr (run.out, ") was altered\n"));
  sg_test_run_clear (&run);
}

static void
test_removed_one (Fixture       *f,
                  gconstpointer  data)
{
  tamper (f->path, "DELETE FROM history WHERE id = 500");
  assert_broken (f->path, "entry 500 was removed");
}

static void
test_removed_all (Fixture       *f,
                  gconstpointer  data)
{
  tamper (f->path, "DELETE FROM history");
  assert_broken (f->path, "the entry where the chain begins is missing");
  assert_broken (f->path, "R-001 (risk) has no history entry");
}

static void
test_removed_newest (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SgStore) store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, NULL);

  g_object_set (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-008"), "title", "Newest change", NULL);
  g_clear_object (&store);
  g_free (assert_intact (f->path));

  /* The newest entry leaves no gap in the chain when it goes; the record
   * it was about no longer matches what is left. */
  tamper (f->path, "DELETE FROM history WHERE id = (SELECT max(id) FROM history)");
  assert_broken (f->path, "R-008 (risk) was changed without a history entry");
}

static void
test_inserted (Fixture       *f,
               gconstpointer  data)
{
  gint64 next = query_int (f->path, "SELECT max(id) + 1 FROM history");
  g_autofree char *what = g_strdup_printf ("entry %" G_GINT64_FORMAT " (R-003, change title,"
                                           " 2099-01-01T00:00:00Z) was inserted", next);

  tamper (f->path, "INSERT INTO history (record_table, record_id, record_ref, action, field,"
                   " old_value, new_value, changed_at, changed_by)"
                   " SELECT 'risk', id, ref, 'change', 'title', title, 'forged',"
                   " '2099-01-01T00:00:00Z', 'Mallory' FROM risk WHERE ref = 'R-003'");
  assert_broken (f->path, what);
}

static void
test_inserted_with_hash (Fixture       *f,
                         gconstpointer  data)
{
  /* A forger who copies a hash from elsewhere, in the middle. */
  tamper (f->path, "UPDATE history SET id = -(id + 1) WHERE id >= 700;"
                   "UPDATE history SET id = -id WHERE id < 0;"
                   "INSERT INTO history (id, record_table, record_id, record_ref, action,"
                   " changed_at, changed_by, hash) SELECT 700, 'risk', 1, 'R-001', 'delete',"
                   " '2099-01-01T00:00:00Z', 'Mallory', hash FROM history WHERE id = 10");
  assert_broken (f->path, "entry 700 (R-001, delete, 2099-01-01T00:00:00Z) was inserted");
}

static void
test_silent_change (Fixture       *f,
                    gconstpointer  data)
{
  tamper (f->path, "UPDATE risk SET title = 'Nothing to see here' WHERE ref = 'R-004'");
  assert_broken (f->path, "R-004 (risk) was changed without a history entry");
}

static void
test_silent_delete (Fixture       *f,
                    gconstpointer  data)
{
  tamper (f->path, "PRAGMA foreign_keys = ON; DELETE FROM risk WHERE ref = 'R-007'");
  assert_broken (f->path, "risk #");
}

/* A link taken away with SQL: the risk no longer matches its entry. */
static void
test_silent_link (Fixture       *f,
                  gconstpointer  data)
{
  tamper (f->path, "DELETE FROM risk_controls WHERE record_id ="
                   " (SELECT id FROM risk WHERE ref = 'R-001')");
  assert_broken (f->path, "R-001 (risk) was changed without a history entry");
}

/* Deleting records that others point at and that have children, and
 * undoing it: every record changed on the way has its entry. */
static void
test_delete_linked (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  GListModel *audits = sg_store_get_records (store, g_type_from_name ("SgAudit"));
  g_autoptr(SgRecord) audit = g_list_model_get_item (audits, 0);
  /* An own control (Annex A controls cannot be deleted), named by a risk
   * and holding evidence. */
  g_autoptr(SgRecord) control = g_object_new (SG_TYPE_CONTROL, "ref", "X.1", "title", "Own control",
                                               "source", SG_CONTROL_SOURCE_CUSTOM, NULL);
  g_autoptr(SgRecord) evidence = NULL;
  g_autoptr(SgRecord) person = g_object_ref (sg_store_find_by_ref (store, SG_TYPE_PERSON, "P-002"));
  g_autoptr(SgHistoryCheck) check = NULL;
  gint64 control_id;

  g_assert_no_error (error);
  g_assert_true (sg_store_add (store, control, &error));
  control_id = sg_record_get_id (control);
  evidence = g_object_new (SG_TYPE_EVIDENCE, SG_EVIDENCE_CONTROL, control_id, SG_EVIDENCE_TITLE, "Report", NULL);
  g_assert_true (sg_store_add (store, evidence, &error));
  g_object_set (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-001"), "controls",
                sg_links_new (&control_id, 1), NULL);
  g_assert_true (sg_store_remove (store, audit, &error));
  g_assert_true (sg_store_remove (store, control, &error));
  g_assert_true (sg_store_remove (store, person, &error));
  check = sg_store_check_history (store, &error);
  g_assert_no_error (error);
  if (check->problems->len > 0)
    g_error ("after deleting: %s", (char *) g_ptr_array_index (check->problems, 0));
  g_clear_pointer (&check, sg_history_check_free);

  g_assert_true (sg_store_restore (store, control, &error));
  g_assert_true (sg_store_restore (store, audit, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  g_free (assert_intact (f->path));

  /* A finding deleted with SQL is missed like any record. */
  tamper (f->path, "DELETE FROM finding WHERE id = (SELECT max(id) FROM finding)");
  assert_broken (f->path, "finding #");
}

/* A byte flipped inside a risk's title, where SQLite's structure stays
 * whole: the chain sees the value that changed. */
static void
test_flipped_byte (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *bytes = NULL;
  gsize length;
  g_autoptr(SgStore) store = sg_store_open (f->path, SG_STORE_OPEN_READ_ONLY, NULL);
  SgRecord *risk = sg_store_find_by_ref (store, SG_TYPE_RISK, "R-010");
  g_autofree char *title = NULL;
  char *at;
  SgTestRun run = { 0 };

  g_object_get (risk, "title", &title, NULL);
  g_clear_object (&store);
  g_assert_true (g_file_get_contents (f->path, &bytes, &length, NULL));
  for (at = bytes; at + strlen (title) <= bytes + length; at++)
    if (memcmp (at, title, strlen (title)) == 0)
      break;
  g_assert_true (at + strlen (title) <= bytes + length);
  at[1] ^= 0x01;
  g_assert_true (g_file_set_contents (f->path, bytes, length, NULL));

  sg_test_run_safeguard (&run, "--check", f->path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  /* The first place the title is found may be the risk's row or its
   * history entry: either is found. */
  g_assert_true (strstr (run.out, "integrity: failed") != NULL ||
                 strstr (run.out, "\nhistory: R-010 (risk) was changed without a history entry") != NULL ||
                 (strstr (run.out, "\nhistory: entry ") != NULL && strstr (run.out, ") was altered\n") != NULL) ||
                 strstr (run.err, "damaged") != NULL);
  sg_test_run_clear (&run);
}

static void
test_migrated (gconstpointer data)
{
  const char *fixture = data;
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "register.isms", NULL);
  g_autofree char *source = g_build_filename (g_getenv ("SAFEGUARD_SOURCE_ROOT"), "tests", "data",
                                              fixture, NULL);
  g_autofree char *bytes = NULL;
  g_autofree char *head = NULL;
  gsize length;
  SgTestRun run = { 0 };

  g_assert_true (g_file_get_contents (source, &bytes, &length, NULL));
  g_assert_true (g_file_set_contents (path, bytes, length, NULL));
  /* Checked as it is, an older register is read through an updated
   * private copy: the chain holds there, and the file is not touched. */
  g_free (assert_intact (path));
  /* Version 4 began the chain; a register of it has it already. */
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM history WHERE action = 'chain'"), ==,
                   g_str_equal (fixture, "register-v4.isms") || g_str_equal (fixture, "register-v5.isms") ||
                   g_str_equal (fixture, "register-v6.isms") || g_str_equal (fixture, "register-v7.isms") ||
                   g_str_equal (fixture, "register-v8.isms")
                   ? 1 : 0);
  /* Opened for editing, as the window opens it, it is updated. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);

    g_assert_no_error (error);
  }
  head = assert_intact (path);

  /* The chain says from when it holds: the entries before it were hashed
   * by the update, in one entry of the chain's own. */
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM history WHERE action = 'chain'"), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT CAST (new_value AS INTEGER) FROM history"
                                    " WHERE action = 'chain'"), ==,
                   query_int (path, "SELECT count(*) FROM history WHERE id <"
                                    " (SELECT id FROM history WHERE action = 'chain')"));
  sg_test_run_safeguard (&run, "--check", path, NULL);
  g_assert_nonnull (strstr (run.out, "\nhistory chain since: "));
  sg_test_run_clear (&run);

  /* Edited after the update, it still holds. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
    GListModel *risks;
    g_autoptr(SgRecord) risk = NULL;
    g_autofree char *new_head = NULL;

    g_assert_no_error (error);
    risks = sg_store_get_records (store, SG_TYPE_RISK);
    risk = g_list_model_get_item (risks, 0);
    g_object_set (risk, "title", "Edited after the update", NULL);
    new_head = sg_store_dup_history_head (store);
    g_assert_cmpstr (new_head, !=, head);
  }
  g_free (assert_intact (path));
  sg_test_rmdir (dir);
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *csv = g_build_filename (f->dir, "risks.csv", NULL);
  SgTestRun run = { 0 };

  g_assert_true (g_file_set_contents (csv, "Title,Likelihood,Impact\n"
                                      "Laptop stolen,3,4\nPhishing,4,3\nFlood in the cellar,2,5\n",
                                      -1, NULL));
  sg_test_run_safeguard (&run, "--import-csv", csv, f->path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  sg_test_run_clear (&run);
  g_free (assert_intact (f->path));
}

/* Edits, deletes, undoing them, a batch, a batch that rolls back, and a
 * merge of two people and its undo: each entry follows the one before. */
static void
test_edits_undo_merge (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  SgRecord *risk;
  SgRecord *other;
  g_autoptr(SgRecord) added = NULL;
  g_autoptr(SgRecord) twin = NULL;
  g_autoptr(SgRecord) failed = NULL;
  g_autoptr(GArray) relinked = NULL;
  g_autoptr(SgHistoryCheck) check = NULL;
  SgRecord *keep;

  g_assert_no_error (error);
  risk = sg_store_find_by_ref (store, SG_TYPE_RISK, "R-002");
  other = sg_store_find_by_ref (store, SG_TYPE_RISK, "R-005");

  g_object_set (risk, "title", "A title edited", NULL);
  g_object_set (risk, "title", "Another title", NULL);
  g_object_ref (other);
  g_assert_true (sg_store_remove (store, other, &error));
  g_assert_true (sg_store_restore (store, other, &error));
  g_object_unref (other);

  g_assert_true (sg_store_begin_batch (store, &error));
  added = g_object_new (SG_TYPE_RISK, NULL);
  g_object_set (added, "title", "Added in a batch", NULL);
  g_assert_true (sg_store_add (store, added, &error));
  g_object_set (risk, "title", "Edited in a batch", NULL);
  g_assert_true (sg_store_commit_batch (store, &error));

  /* What rolls back leaves the head where it was. */
  g_assert_true (sg_store_begin_batch (store, &error));
  failed = g_object_new (SG_TYPE_RISK, NULL);
  g_object_set (failed, "title", "Never saved", NULL);
  g_assert_true (sg_store_add (store, failed, &error));
  sg_store_rollback_batch (store);

  /* The same person twice, merged, and the merge undone. */
  keep = sg_store_find_by_ref (store, SG_TYPE_PERSON, "P-001");
  twin = g_object_new (SG_TYPE_PERSON, NULL);
  g_object_set (twin, "name", "Someone Twice", NULL);
  g_assert_true (sg_store_add (store, twin, &error));
  relinked = sg_store_merge_people (store, keep, twin, &error);
  g_assert_no_error (error);
  g_assert_nonnull (relinked);
  g_assert_true (sg_store_undo_merge (store, twin, relinked, &error));
  g_clear_pointer (&relinked, g_array_unref);
  relinked = sg_store_merge_people (store, keep, twin, &error);
  g_assert_nonnull (relinked);
  g_assert_no_error (error);

  check = sg_store_check_history (store, &error);
  g_assert_no_error (error);
  if (check->problems->len > 0)
    g_error ("%s", (char *) g_ptr_array_index (check->problems, 0));
  g_clear_object (&store);
  g_free (assert_intact (f->path));
}

/* The workbook carries the head and the count, as openpyxl reads them. */
static void
test_workbook (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *xlsx = g_build_filename (f->dir, "register.xlsx", NULL);
  g_autofree char *xlsx_arg = g_strconcat ("--export-xlsx=", xlsx, NULL);
  g_autofree char *head = assert_intact (f->path);
  g_autofree char *out = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  SgTestRun run = { 0 };
  int status = 0;
  const char *argv[] = {
    "/usr/bin/python3", "-c",
    "import sys, openpyxl\n"
    "s = openpyxl.load_workbook(sys.argv[1], read_only=True)['Summary']\n"
    "v = {r[0]: r[1] for r in s.iter_rows(min_col=1, max_col=2, values_only=True)}\n"
    "print(v.get('History chain head'), v.get('History entries'))\n",
    xlsx, NULL
  };

  if (!sg_test_have_python_module ("openpyxl", "python3-openpyxl"))
    return;
  sg_test_run_safeguard (&run, xlsx_arg, f->path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  sg_test_run_clear (&run);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  expected = g_strdup_printf ("%s %" G_GINT64_FORMAT "\n", head,
                              query_int (f->path, "SELECT count(*) FROM history"));
  g_assert_cmpstr (out, ==, expected);
}

/* "Continue Editing": the break stays reported, as accepted, and edits
 * after it chain on. */
static void
test_continue (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autoptr(SgHistoryCheck) check = NULL;
  SgTestRun run = { 0 };

  tamper (f->path, "UPDATE history SET new_value = 'forged' WHERE id = 300;"
                   "UPDATE risk SET title = 'Nothing to see here' WHERE ref = 'R-004'");
  store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  check = sg_store_check_history (store, &error);
  g_assert_cmpuint (check->n_open, ==, 2);
  g_assert_nonnull (strstr (check->first_open, "entry 300 ("));

  sg_store_set_user_name (store, "Ann Auditor");
  g_assert_true (sg_store_continue_history (store, check, &error));
  g_assert_no_error (error);
  g_clear_pointer (&check, sg_history_check_free);
  g_object_set (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-001"), "title", "Edited after continuing", NULL);

  check = sg_store_check_history (store, &error);
  g_assert_cmpuint (check->n_open, ==, 0);
  g_assert_cmpuint (check->problems->len, >=, 3);
  g_clear_object (&store);

  sg_test_run_safeguard (&run, "--check", f->path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "\nhistory: entry 300 ("));
  g_assert_nonnull (strstr (run.out, "\nhistory: Ann Auditor continued editing after the break on "));
  g_assert_nonnull (strstr (run.out, "\nhistory: R-004 (risk) was changed outside Safeguard; Ann Auditor accepted it on "));
  sg_test_run_clear (&run);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/chain/sample/intact", test_sample_intact);
  ADD ("/chain/tamper/altered", test_altered);
  ADD ("/chain/tamper/altered-message", test_altered_message);
  ADD ("/chain/tamper/removed-one", test_removed_one);
  ADD ("/chain/tamper/removed-all", test_removed_all);
  ADD ("/chain/tamper/removed-newest", test_removed_newest);
  ADD ("/chain/tamper/inserted", test_inserted);
  ADD ("/chain/tamper/inserted-with-hash", test_inserted_with_hash);
  ADD ("/chain/tamper/silent-change", test_silent_change);
  ADD ("/chain/tamper/silent-delete", test_silent_delete);
  ADD ("/chain/tamper/flipped-byte", test_flipped_byte);
  ADD ("/chain/tamper/silent-link", test_silent_link);
  ADD ("/chain/delete-linked", test_delete_linked);
  ADD ("/chain/import", test_import);
  ADD ("/chain/edits-undo-merge", test_edits_undo_merge);
  ADD ("/chain/continue", test_continue);
  ADD ("/chain/workbook", test_workbook);
#undef ADD
  g_test_add_data_func ("/chain/migrated/v1", "register-v1.isms", test_migrated);
  g_test_add_data_func ("/chain/migrated/v2", "register-v2.isms", test_migrated);
  g_test_add_data_func ("/chain/migrated/v3", "register-v3.isms", test_migrated);
  g_test_add_data_func ("/chain/migrated/v4", "register-v4.isms", test_migrated);
  g_test_add_data_func ("/chain/migrated/v5", "register-v5.isms", test_migrated);
  g_test_add_data_func ("/chain/migrated/v6", "register-v6.isms", test_migrated);
  g_test_add_data_func ("/chain/migrated/v7", "register-v7.isms", test_migrated);
  g_test_add_data_func ("/chain/migrated/v8", "register-v8.isms", test_migrated);

  status = g_test_run ();
  g_free (sample_bytes);
  return status;
}
