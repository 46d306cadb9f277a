/* bench-register.c: adding and loading risks, against bare SQLite doing the same
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-register [--cpu] [N_RISKS …]   (default: 1000 and 100000)
 * --cpu: the process's CPU time (user + system) instead of the time on the
 * clock, for a machine that is busy with other work.
 * Prints, per size, seconds for Safeguard and for its floor in the same run,
 * and their ratio: adding the risks, opening the register, editing every
 * risk's title in one batch, and checking it (integrity, then the history
 * chain and every record against it). Not a test: nothing here fails on a
 * slow machine. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/resource.h>

#include "sg-control.h"
#include "sg-due.h"
#include "sg-readiness.h"
#include "sg-risk.h"
#include "sg-store.h"
#include "sg-memory.h"

static gboolean use_cpu;

static gint64
now_us (void)
{
  struct rusage usage;

  if (!use_cpu)
    return g_get_monotonic_time ();
  getrusage (RUSAGE_SELF, &usage);
  return (gint64) (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * G_USEC_PER_SEC +
         usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

static const char *owners[] = { "Jana Petersen", "Lukas Brandt", "Mira Okafor", "Tom Schulte", "Eva Lindqvist" };
/* The owners' ids in the directory of the register measured. */
static gint64 owner_ids[G_N_ELEMENTS (owners)];

static SgRecord *
new_risk (guint i)
{
  g_autofree char *title = g_strdup_printf ("Risk %u: loss of customer data through a compromised supplier account", i);

  return g_object_new (SG_TYPE_RISK,
                       "title", title,
                       "description", "A supplier's remote access account is taken over and used to read shipment data.",
                       "category", "Third party",
                       "owner", owner_ids[i % G_N_ELEMENTS (owners)],
                       "threat", "Account takeover",
                       "vulnerability", "No multi-factor authentication for supplier access",
                       "harms-confidentiality", TRUE,
                       "inherent-likelihood", (int) (i % 5) + 1,
                       "inherent-impact", (int) ((i / 5) % 5) + 1,
                       "treatment", 1,
                       "treatment-plan", "Enforce MFA for every supplier account; review access quarterly.",
                       "treatment-due", "2027-03-31",
                       "residual-likelihood", 1,
                       "residual-impact", (int) ((i / 5) % 5) + 1,
                       "next-review", "2027-06-30",
                       NULL);
}

/* The floor: the same rows written and read with nothing but SQLite. */
static double
bare_insert (const char *path,
             guint       n,
             gint64      control_id)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *insert = NULL, *link = NULL;
  gint64 start;

  sqlite3_open (path, &db);
  sqlite3_exec (db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
                    "CREATE TABLE risk (id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE, title TEXT, description TEXT,"
                    " category TEXT, owner TEXT, threat TEXT, vulnerability TEXT, harms_confidentiality INTEGER,"
                    " inherent_likelihood INTEGER, inherent_impact INTEGER, treatment TEXT, treatment_plan TEXT,"
                    " treatment_due TEXT, residual_likelihood INTEGER, residual_impact INTEGER, next_review TEXT,"
                    " created TEXT, updated TEXT);"
                    "CREATE TABLE risk_controls (record_id INTEGER, target_id INTEGER, PRIMARY KEY (record_id, target_id)) WITHOUT ROWID;"
                    "CREATE TABLE history (id INTEGER PRIMARY KEY, record_table TEXT, record_id INTEGER, record_ref TEXT,"
                    " action TEXT, field TEXT, old_value TEXT, new_value TEXT, changed_at TEXT, changed_by TEXT);",
                NULL, NULL, NULL);
  start = now_us ();
  sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO risk VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 'mitigate', ?, ?, 1, ?, ?, ?, ?)", -1, &insert, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO risk_controls VALUES (?, ?)", -1, &link, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) r = new_risk (i);
      g_autofree char *ref = g_strdup_printf ("R-%03u", i + 1);
      static const char *text[] = { "title", "description", "category", NULL, "threat", "vulnerability" };
      sqlite3_stmt *history = NULL;

      sqlite3_bind_text (insert, 1, ref, -1, SQLITE_TRANSIENT);
      for (guint t = 0; t < G_N_ELEMENTS (text); t++)
        sqlite3_bind_text (insert, 2 + t, text[t] ? sg_record_peek_string (r, text[t]) : owners[i % G_N_ELEMENTS (owners)],
                           -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (insert, 8, sg_record_peek_int (r, "inherent-likelihood"));
      sqlite3_bind_int (insert, 9, sg_record_peek_int (r, "inherent-impact"));
      sqlite3_bind_text (insert, 10, sg_record_peek_string (r, "treatment-plan"), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 11, "2027-03-31", -1, SQLITE_STATIC);
      sqlite3_bind_int (insert, 12, sg_record_peek_int (r, "residual-impact"));
      sqlite3_bind_text (insert, 13, "2027-06-30", -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 14, "2026-11-23T10:00:00Z", -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 15, "2026-11-23T10:00:00Z", -1, SQLITE_STATIC);
      sqlite3_step (insert);
      sqlite3_reset (insert);
      sqlite3_bind_int64 (link, 1, sqlite3_last_insert_rowid (db));
      sqlite3_bind_int64 (link, 2, control_id);
      sqlite3_step (link);
      sqlite3_reset (link);
      /* Safeguard writes a history row per new record; so does the floor. */
      sqlite3_prepare_v2 (db, "INSERT INTO history VALUES (NULL, 'risk', ?, ?, 'create', NULL, NULL, ?, ?, 'bench')", -1, &history, NULL);
      sqlite3_bind_int64 (history, 1, sqlite3_last_insert_rowid (db));
      sqlite3_bind_text (history, 2, ref, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (history, 3, sg_record_peek_string (r, "title"), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (history, 4, "2026-11-23T10:00:00Z", -1, SQLITE_STATIC);
      sqlite3_step (history);
      sqlite3_finalize (history);
    }
  sqlite3_finalize (insert);
  sqlite3_finalize (link);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
  return (now_us () - start) / 1e6;
}

static double
bare_load (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 start = now_us ();
  guint64 sum = 0;

  sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL);
  sqlite3_prepare_v2 (db, "SELECT * FROM risk ORDER BY id", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (int c = 0; c < sqlite3_column_count (stmt); c++)
      sum += sqlite3_column_bytes (stmt, c);
  sqlite3_finalize (stmt);
  sqlite3_prepare_v2 (db, "SELECT record_id, target_id FROM risk_controls ORDER BY record_id", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    sum += sqlite3_column_int64 (stmt, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert (sum > 0);
  return (now_us () - start) / 1e6;
}

/* Each edit: the field, the row's "updated" and a history row. */
static double
bare_edit (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *update = NULL, *history = NULL, *ids = NULL;
  gint64 start;

  sqlite3_open (path, &db);
  start = now_us ();
  sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  sqlite3_prepare_v2 (db, "SELECT id, ref, title FROM risk ORDER BY id", -1, &ids, NULL);
  sqlite3_prepare_v2 (db, "UPDATE risk SET title = ?, updated = ? WHERE id = ?", -1, &update, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO history VALUES (NULL, 'risk', ?, ?, 'change', 'title', ?, ?, ?, 'bench')",
                      -1, &history, NULL);
  while (sqlite3_step (ids) == SQLITE_ROW)
    {
      g_autofree char *title = g_strdup_printf ("Edited %s", (const char *) sqlite3_column_text (ids, 2));

      sqlite3_bind_text (update, 1, title, -1, SQLITE_STATIC);
      sqlite3_bind_text (update, 2, "2026-11-24T10:00:00Z", -1, SQLITE_STATIC);
      sqlite3_bind_int64 (update, 3, sqlite3_column_int64 (ids, 0));
      sqlite3_step (update);
      sqlite3_reset (update);
      sqlite3_bind_int64 (history, 1, sqlite3_column_int64 (ids, 0));
      sqlite3_bind_text (history, 2, (const char *) sqlite3_column_text (ids, 1), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (history, 3, (const char *) sqlite3_column_text (ids, 2), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (history, 4, title, -1, SQLITE_STATIC);
      sqlite3_bind_text (history, 5, "2026-11-24T10:00:00Z", -1, SQLITE_STATIC);
      sqlite3_step (history);
      sqlite3_reset (history);
    }
  sqlite3_finalize (ids);
  sqlite3_finalize (update);
  sqlite3_finalize (history);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
  return (now_us () - start) / 1e6;
}

/* What a check must at least do: SQLite's integrity check, and read every
 * history row. */
static double
bare_check (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 start = now_us ();
  guint64 sum = 0;

  sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  sqlite3_exec (db, "PRAGMA integrity_check", NULL, NULL, NULL);
  sqlite3_prepare_v2 (db, "SELECT * FROM history ORDER BY id", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (int c = 0; c < sqlite3_column_count (stmt); c++)
      sum += sqlite3_column_bytes (stmt, c);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert (sum > 0);
  return (now_us () - start) / 1e6;
}

static void
measure (guint n)
{
  g_autofree char *dir = g_dir_make_tmp ("safeguard-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.isms", NULL);
  g_autofree char *floor_path = g_build_filename (dir, "floor.db", NULL);
  g_autoptr(SgStore) store = NULL;
  gint64 control_id, start;
  double add_s, load_s, edit_s, check_s, due_s, readiness_s, floor_add_s, floor_load_s, floor_edit_s, floor_check_s;

  store = sg_store_open (path, SG_STORE_OPEN_CREATE, NULL);
  g_assert (store != NULL);
  for (guint o = 0; o < G_N_ELEMENTS (owners); o++)
    owner_ids[o] = sg_store_ensure_person (store, owners[o], NULL);
  control_id = sg_record_get_id (sg_store_find_by_ref (store, SG_TYPE_CONTROL, "5.19"));

  start = now_us ();
  sg_store_begin_batch (store, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) risk = new_risk (i);
      g_object_set (risk, "controls", sg_links_new (&control_id, 1), NULL);
      if (!sg_store_add (store, risk, NULL))
        g_error ("could not add risk %u", i);
    }
  sg_store_commit_batch (store, NULL);
  add_s = (now_us () - start) / 1e6;
  g_clear_object (&store);

  start = now_us ();
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, NULL);
  load_s = (now_us () - start) / 1e6;
  g_assert (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_RISK)) == n);
  /* `--due` is the open plus this; the issue asks for at most twice the open. */
  start = now_us ();
  {
    g_autoptr(GPtrArray) due = sg_due_list (store, "2027-07-01", 30);

    g_assert (due->len >= n);
  }
  due_s = (now_us () - start) / 1e6;
  /* The dashboard computes readiness off the main thread if this ever
   * takes longer than a frame. */
  start = now_us ();
  {
    g_autoptr(GPtrArray) readiness = sg_readiness_evaluate (store, "2027-07-01", TRUE);

    g_assert (readiness->len == 30);
  }
  readiness_s = (now_us () - start) / 1e6;

  start = now_us ();
  sg_store_begin_batch (store, NULL);
  {
    guint n_risks;
    SgRecord *const *risks = sg_store_peek_records (store, SG_TYPE_RISK, &n_risks);

    for (guint i = 0; i < n_risks; i++)
      {
        g_autofree char *title = g_strdup_printf ("Edited %s", sg_record_peek_string (risks[i], "title"));

        g_object_set (risks[i], "title", title, NULL);
      }
  }
  if (!sg_store_commit_batch (store, NULL))
    g_error ("could not edit the risks");
  edit_s = (now_us () - start) / 1e6;

  start = now_us ();
  if (!sg_store_check_integrity (store, NULL))
    g_error ("the register is damaged");
#if SG_STORE_SCHEMA_VERSION >= 4
  {
    g_autoptr(SgHistoryCheck) check = sg_store_check_history (store, NULL);

    if (check == NULL || check->problems->len > 0)
      g_error ("the history chain does not hold");
  }
#endif
  check_s = (now_us () - start) / 1e6;
  g_clear_object (&store);

  floor_add_s = bare_insert (floor_path, n, control_id);
  floor_load_s = bare_load (floor_path);
  floor_edit_s = bare_edit (floor_path);
  floor_check_s = bare_check (floor_path);

  g_print ("%7u risks  add   %8.3f s  floor %8.3f s  ratio %5.2f\n", n, add_s, floor_add_s, add_s / floor_add_s);
  g_print ("%7u risks  open  %8.3f s  floor %8.3f s  ratio %5.2f\n", n, load_s, floor_load_s, load_s / floor_load_s);
  g_print ("%7u risks  edit  %8.3f s  floor %8.3f s  ratio %5.2f\n", n, edit_s, floor_edit_s, edit_s / floor_edit_s);
  g_print ("%7u risks  check %8.3f s  floor %8.3f s  ratio %5.2f\n", n, check_s, floor_check_s, check_s / floor_check_s);
  g_print ("%7u risks  due   %8.3f s  (--due: open + due = %.2f x open)\n", n, due_s, (load_s + due_s) / load_s);
  g_print ("%7u risks  readiness %8.3f s\n", n, readiness_s);

  sg_store_delete_files (path);
  sg_store_delete_files (floor_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int first = 1;

  sg_memory_init ();

  if (argc > 1 && g_str_equal (argv[1], "--cpu"))
    {
      use_cpu = TRUE;
      first = 2;
    }
  if (argc <= first)
    {
      measure (1000);
      measure (100000);
      return 0;
    }
  for (int i = first; i < argc; i++)
    measure ((guint) g_ascii_strtoull (argv[i], NULL, 10));
  return 0;
}
