/* bench-csv.c: importing a large risk CSV, against bare SQLite inserting the same rows
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-csv [N_ROWS …]   (default: 100000)
 * Writes a CSV of N risks, imports it into a new register with
 * sg_csv_import_risks() and, in the same run, inserts the same rows with
 * nothing but SQLite in one transaction; prints the best of three of
 * each and their ratio, and the first import's time: the one a fresh
 * process pays, its heap not yet grown (the later ones reuse it).
 * Not a test: nothing here fails on a slow machine. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sg-control.h"
#include "sg-csv-import.h"
#include "sg-store.h"
#include "sg-memory.h"

static const char *owners[] = { "Jana Petersen", "Lukas Brandt", "Mira Okafor", "Tom Schulte", "Eva Lindqvist" };

#define DESCRIPTION "A supplier's remote access account is taken over and used to read shipment data."
#define PLAN "Enforce MFA for every supplier account; review access quarterly."

static void
write_csv (const char *path,
           guint       n)
{
  g_autoptr(GString) out = g_string_new ("Title,Description,Category,Owner,Threat,Vulnerability,"
                                         "Harms confidentiality,Likelihood,Impact,Treatment,"
                                         "Treatment plan,Due Date,Controls,Residual likelihood,"
                                         "Residual impact,Next review\r\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out,
                            "Risk %u: loss of customer data through a compromised supplier account,"
                            "\"" DESCRIPTION "\",Third party,%s,Account takeover,"
                            "No multi-factor authentication for supplier access,yes,%u,%u,Mitigate,"
                            "\"" PLAN "\",31.03.2027,5.19,1,%u,2027-06-30\r\n",
                            i, owners[i % G_N_ELEMENTS (owners)], i % 5 + 1, (i / 5) % 5 + 1,
                            (i / 5) % 5 + 1);
  if (!g_file_set_contents (path, out->str, out->len, NULL))
    g_error ("could not write %s", path);
}

/* The floor: the same rows, already parsed, inserted with nothing but SQLite. */
static double
bare_insert (const char *path,
             guint       n,
             gint64      control_id)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *insert = NULL, *link = NULL, *history = NULL;
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
  start = g_get_monotonic_time ();
  sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO risk VALUES (NULL, ?, ?, ?, 'Third party', ?, 'Account takeover',"
                          " 'No multi-factor authentication for supplier access', 1, ?, ?, 'mitigate', ?,"
                          " '2027-03-31', 1, ?, '2027-06-30', ?, ?)", -1, &insert, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO risk_controls VALUES (?, ?)", -1, &link, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO history VALUES (NULL, 'risk', ?, ?, 'create', NULL, NULL, ?, ?, 'bench')",
                      -1, &history, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *ref = g_strdup_printf ("R-%03u", i + 1);
      g_autofree char *title = g_strdup_printf ("Risk %u: loss of customer data through a compromised supplier account", i);
      gint64 id;

      sqlite3_bind_text (insert, 1, ref, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 2, title, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 3, DESCRIPTION, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 4, owners[i % G_N_ELEMENTS (owners)], -1, SQLITE_STATIC);
      sqlite3_bind_int (insert, 5, (int) (i % 5) + 1);
      sqlite3_bind_int (insert, 6, (int) ((i / 5) % 5) + 1);
      sqlite3_bind_text (insert, 7, PLAN, -1, SQLITE_STATIC);
      sqlite3_bind_int (insert, 8, (int) ((i / 5) % 5) + 1);
      sqlite3_bind_text (insert, 9, "2026-11-23T10:00:00Z", -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 10, "2026-11-23T10:00:00Z", -1, SQLITE_STATIC);
      sqlite3_step (insert);
      sqlite3_reset (insert);
      id = sqlite3_last_insert_rowid (db);
      sqlite3_bind_int64 (link, 1, id);
      sqlite3_bind_int64 (link, 2, control_id);
      sqlite3_step (link);
      sqlite3_reset (link);
      /* Safeguard writes a history row per new record; so does the floor. */
      sqlite3_bind_int64 (history, 1, id);
      sqlite3_bind_text (history, 2, ref, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (history, 3, title, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (history, 4, "2026-11-23T10:00:00Z", -1, SQLITE_STATIC);
      sqlite3_step (history);
      sqlite3_reset (history);
    }
  sqlite3_finalize (insert);
  sqlite3_finalize (link);
  sqlite3_finalize (history);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
  return (g_get_monotonic_time () - start) / 1e6;
}

/* The best of ROUNDS: the machine is shared, and noise only ever adds time. */
#define ROUNDS 3

static void
measure (guint n)
{
  g_autofree char *dir = g_dir_make_tmp ("safeguard-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.isms", NULL);
  g_autofree char *floor_path = g_build_filename (dir, "floor.db", NULL);
  g_autofree char *csv = g_build_filename (dir, "risks.csv", NULL);
  double import_s = G_MAXDOUBLE, floor_s = G_MAXDOUBLE, first_s = 0;

  write_csv (csv, n);
  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
      SgCsvReport report = { 0 };
      gint64 control_id, start;

      g_assert_no_error (error);
      control_id = sg_record_get_id (sg_store_find_by_ref (store, SG_TYPE_CONTROL, "5.19"));
      start = g_get_monotonic_time ();
      if (!sg_csv_import_risks (store, csv, FALSE, &report, &error))
        g_error ("import failed: %s", error->message);
      if (round == 0)
        first_s = (g_get_monotonic_time () - start) / 1e6;
      import_s = MIN (import_s, (g_get_monotonic_time () - start) / 1e6);
      g_assert (report.n_imported == n);
      sg_csv_report_clear (&report);
      g_clear_object (&store);
      sg_store_delete_files (path);

      floor_s = MIN (floor_s, bare_insert (floor_path, n, control_id));
      sg_store_delete_files (floor_path);
    }

  g_print ("%7u rows  import %8.3f s  floor %8.3f s  ratio %5.2f  (first import of the process %.3f s)\n",
           n, import_s, floor_s, import_s / floor_s, first_s);

  g_unlink (csv);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  sg_memory_init ();

  if (argc < 2)
    {
      measure (100000);
      return 0;
    }
  for (int i = 1; i < argc; i++)
    measure ((guint) g_ascii_strtoull (argv[i], NULL, 10));
  return 0;
}
