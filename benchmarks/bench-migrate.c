/* bench-migrate.c: updating a register of the first release, against bare
 * SQLite copying its file and every table once
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-migrate [N_RISKS …]   (default: 1000 and 100000)
 * The v1 register is tests/data/register-v1.isms, grown to N risks (each
 * with a history entry and a treating control) by bare SQL. Safeguard's
 * figure is the migration alone: the first open, less a second open of
 * the migrated file. The migration rebuilds only the tables whose
 * definition is not the generated one; the floor copies those same tables
 * once, after the same copy of the file. Not a test: nothing here fails
 * on a slow machine. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sg-store.h"
#include "sg-memory.h"

static void
exec_or_die (sqlite3    *db,
             const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (from, &contents, &length, NULL) ||
      !g_file_set_contents_full (to, contents, length, G_FILE_SET_CONTENTS_NONE, 0600, NULL))
    g_error ("could not copy %s", from);
}

static void
grow_v1 (const char *path,
         guint       n)
{
  sqlite3 *db = NULL;
  g_autofree char *sql = NULL;

  sqlite3_open (path, &db);
  sql = g_strdup_printf (
    "BEGIN;"
    "WITH RECURSIVE i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i WHERE n < %u)"
    " INSERT INTO risk (ref, title, description, category, owner, threat, vulnerability,"
    "   harms_confidentiality, inherent_likelihood, inherent_impact, treatment, treatment_plan,"
    "   treatment_due, residual_likelihood, residual_impact, next_review, created, updated)"
    " SELECT printf('RB-%%06d', n), 'Risk ' || n || ': loss of customer data through a compromised supplier account',"
    "   'A supplier''s remote access account is taken over and used to read shipment data.',"
    "   'Third party', 'Jana Petersen', 'Account takeover', 'No multi-factor authentication for supplier access',"
    "   1, n %% 5 + 1, n / 5 %% 5 + 1, 'mitigate', 'Enforce MFA for every supplier account.',"
    "   '2027-03-31', 1, n / 5 %% 5 + 1, '2027-06-30', '2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z'"
    " FROM i;"
    "INSERT INTO risk_controls (record_id, target_id)"
    " SELECT id, (SELECT id FROM control WHERE ref = '5.19') FROM risk WHERE ref LIKE 'RB-%%';"
    "INSERT INTO history (record_table, record_id, record_ref, action, changed_at, changed_by)"
    " SELECT 'risk', id, ref, 'create', created, 'bench' FROM risk WHERE ref LIKE 'RB-%%';"
    "COMMIT;", n);
  exec_or_die (db, sql);
  sqlite3_close (db);
}

/* name → sql of the tables of the register at @path */
static GHashTable *
read_tables (const char *path)
{
  GHashTable *tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  sqlite3_open (path, &db);
  sqlite3_prepare_v2 (db, "SELECT name, sql FROM sqlite_schema WHERE type = 'table'", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return tables;
}

/* The floor: the same work with nothing but SQLite — a copy of the file,
 * and each table that differs from @wanted copied once, in one transaction. */
static double
bare_migrate (const char *path,
              const char *backup_path,
              GHashTable *wanted)
{
  sqlite3 *db = NULL, *copy = NULL;
  sqlite3_backup *backup;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  gint64 start = g_get_monotonic_time ();

  sqlite3_open (path, &db);
  exec_or_die (db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL");
  sqlite3_open (backup_path, &copy);
  exec_or_die (copy, "PRAGMA synchronous=FULL");
  backup = sqlite3_backup_init (copy, "main", db, "main");
  sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  sqlite3_close (copy);

  sqlite3_prepare_v2 (db, "SELECT name, sql FROM sqlite_schema WHERE type = 'table'", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    if (g_strcmp0 (g_hash_table_lookup (wanted, sqlite3_column_text (stmt, 0)),
                   (const char *) sqlite3_column_text (stmt, 1)) != 0)
      g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  exec_or_die (db, "BEGIN");
  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("CREATE TABLE \"copy_%s\" AS SELECT * FROM \"%s\"",
                                              (char *) g_ptr_array_index (tables, i),
                                              (char *) g_ptr_array_index (tables, i));
      exec_or_die (db, sql);
    }
  exec_or_die (db, "COMMIT");
  sqlite3_close (db);
  return (g_get_monotonic_time () - start) / 1e6;
}

static void
measure (const char *fixture,
         guint       n)
{
  g_autofree char *dir = g_dir_make_tmp ("safeguard-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.isms", NULL);
  g_autofree char *backup = g_build_filename (dir, "bench.v1.isms", NULL);
  g_autofree char *floor_path = g_build_filename (dir, "floor.isms", NULL);
  g_autofree char *floor_backup = g_build_filename (dir, "floor-copy.isms", NULL);
  g_autofree char *fresh = g_build_filename (dir, "fresh.isms", NULL);
  g_autoptr(GHashTable) wanted = NULL;
  g_autoptr(GError) error = NULL;
  SgStore *store;
  gint64 start;
  double first_s, second_s, floor_s;

  /* What the migration must end with: a new register's tables. */
  g_object_unref (sg_store_open (fresh, SG_STORE_OPEN_CREATE, NULL));
  wanted = read_tables (fresh);

  copy_file (fixture, path);
  grow_v1 (path, n);
  copy_file (path, floor_path);

  start = g_get_monotonic_time ();
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  first_s = (g_get_monotonic_time () - start) / 1e6;
  if (store == NULL)
    g_error ("%s", error->message);
  g_assert (sg_store_get_migration_backup (store) != NULL);
  g_object_unref (store);

  start = g_get_monotonic_time ();
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, NULL);
  second_s = (g_get_monotonic_time () - start) / 1e6;
  g_assert (sg_store_get_migration_backup (store) == NULL);
  g_object_unref (store);

  floor_s = bare_migrate (floor_path, floor_backup, wanted);

  g_print ("%7u risks  migrate %8.3f s  (first open %.3f s, then %.3f s)  floor %8.3f s  ratio %5.2f\n",
           n, first_s - second_s, first_s, second_s, floor_s, (first_s - second_s) / floor_s);

  sg_store_delete_files (path);
  sg_store_delete_files (backup);
  sg_store_delete_files (floor_path);
  sg_store_delete_files (floor_backup);
  sg_store_delete_files (fresh);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  const char *root = g_getenv ("SAFEGUARD_SOURCE_ROOT");
  g_autofree char *fixture = g_build_filename (root ? root : ".", "tests", "data", "register-v1.isms", NULL);

  sg_memory_init ();

  if (argc < 2)
    {
      measure (fixture, 1000);
      measure (fixture, 100000);
      return 0;
    }
  for (int i = 1; i < argc; i++)
    measure (fixture, (guint) g_ascii_strtoull (argv[i], NULL, 10));
  return 0;
}
