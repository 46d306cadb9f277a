/* test-corpus.c: a corpus of broken registers, each refused (or accepted)
 * as it should be, and every refused file left byte for byte as it was
 *
 * Each kind of damage is made by the test from a good register (the
 * example), in a folder of its own; then `safeguard --check` (which only
 * reads) and sg_store_open () (as the window opens a register) are run on
 * it, and the file and the -wal, -shm and -journal beside it are compared
 * with their checksums from before.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sg-kinds.h"
#include "sg-sample.h"
#include "sg-store.h"
#include "sg-test-util.h"

typedef enum
{
  REFUSE,           /* refused, everything left as it was */
  ACCEPT,           /* opened; reading changes nothing */
  ACCEPT_WRITABLE,  /* --check reads it; opening it for writing is refused */
  ACCEPT_MIGRATE,   /* an older version: read as it is, updated (with a
                     * copy beside it) when opened for writing */
} Expect;

#define ANY_CODE (-1)

typedef struct Case Case;
struct Case
{
  const char *name;
  void      (*make) (const Case *c, const char *path);
  int         arg;
  Expect      expect;
  int         code;             /* the SgStoreError when refused, or ANY_CODE */
  gboolean    changed_by_write; /* opening for writing may change the bytes:
                                 * a crash recovered, a journal mode set */
};

static char *good_path;       /* the example register every case starts from */
static GPid holder_pid;       /* a process that holds the register, or 0 */

/* Helpers that break files */

static sqlite3 *
open_raw (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  return db;
}

static void
exec_raw (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static void
run_sql (const char *path,
         const char *sql)
{
  sqlite3 *db = open_raw (path);

  exec_raw (db, sql);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = open_raw (path);
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
write_bytes (const char *path,
             const char *data,
             gsize       length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  g_chmod (path, 0600);
}

static void
flip_byte (const char *path,
           goffset     offset,
           guint8      mask)
{
  int fd = g_open (path, O_RDWR, 0);
  guint8 byte;

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pread (fd, &byte, 1, offset), ==, 1);
  byte ^= mask;
  g_assert_cmpint (pwrite (fd, &byte, 1, offset), ==, 1);
  close (fd);
}

static goffset
file_size (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_size;
}

static goffset
root_page_offset (const char *path,
                  const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT rootpage FROM sqlite_schema WHERE name = '%s'", table);

  return (query_int (path, sql) - 1) * 4096;
}

/* The kinds of damage */

static void
make_good (const Case *c,
           const char *path)
{
}

static void
make_zero_length (const Case *c,
                  const char *path)
{
  write_bytes (path, "", 0);
}

static void
make_random (const Case *c,
             const char *path)
{
  g_autofree char *data = g_malloc (8192);

  for (guint i = 0; i < 8192; i++)
    data[i] = (char) g_random_int ();
  write_bytes (path, data, 8192);
}

/* SQLite's header, then noise. */
static void
make_random_after_header (const Case *c,
                          const char *path)
{
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  for (gsize i = 100; i < length; i++)
    data[i] = (char) g_random_int ();
  write_bytes (path, data, length);
}

static void
make_truncated (const Case *c,
                const char *path)
{
  goffset size = file_size (path);
  goffset at = c->arg >= 0 ? c->arg : size * -c->arg / 8;

  g_assert_cmpint (truncate (path, at), ==, 0);
}

static void
make_flipped (const Case *c,
              const char *path)
{
  flip_byte (path, c->arg, 0xff);
}

/* A byte of the b-tree header of a table's root page: arg is the byte
 * in the page (0 its type, 3–4 its number of cells, 8 on its first
 * cell pointer or child). */
static void
make_flipped_btree (const Case *c,
                    const char *path)
{
  flip_byte (path, root_page_offset (path, "control") + c->arg, 0x5a);
}

static void
make_flipped_schema_page (const Case *c,
                          const char *path)
{
  /* Page 1's b-tree header follows the 100-byte file header. */
  flip_byte (path, 100 + c->arg, 0x5a);
}

static void
make_foreign (const Case *c,
              const char *path)
{
  g_unlink (path);
  run_sql (path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"
                 "INSERT INTO notes (text) VALUES ('shopping list');");
  g_chmod (path, 0600);
}

/* Our application id and nothing else: version arg, no tables. */
static void
make_empty_with_id (const Case *c,
                    const char *path)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;"
                                          "CREATE TABLE t (x); DROP TABLE t;",
                                          0x53475247, c->arg);

  g_unlink (path);
  run_sql (path, sql);
  g_chmod (path, 0600);
}

static void
make_version (const Case *c,
              const char *path)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", c->arg);

  run_sql (path, sql);
}

static void
make_older (const Case *c,
            const char *path)
{
  g_autofree char *v1 = g_build_filename (g_getenv ("SAFEGUARD_SOURCE_ROOT"), "tests", "data",
                                          "register-v1.isms", NULL);
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (v1, &data, &length, NULL));
  write_bytes (path, data, length);
}

static const char *const sql_cases[] = {
  /* 0 */ "DROP TABLE objective_reading",
  /* 1 */ "CREATE TABLE extra (id INTEGER PRIMARY KEY)",
  /* 2 */ "ALTER TABLE risk DROP COLUMN notes",
  /* 3 */ "ALTER TABLE risk ADD COLUMN colour TEXT",
  /* 4 */ "DROP TABLE communication; CREATE VIEW communication AS SELECT * FROM risk",
  /* 5 */ "PRAGMA writable_schema = ON;"
          "UPDATE sqlite_schema SET sql = replace (sql, 'inherent_impact INTEGER', 'inherent_impact TEXT')"
          " WHERE name = 'risk'",
  /* 6 */ "PRAGMA ignore_check_constraints = ON;"
          "UPDATE risk SET inherent_likelihood = 'high' WHERE id = (SELECT MIN(id) FROM risk)",
  /* 7 */ "PRAGMA ignore_check_constraints = ON;"
          "UPDATE risk SET next_review = 'tomorrow' WHERE id = (SELECT MIN(id) FROM risk)",
  /* 8 */ "PRAGMA ignore_check_constraints = ON;"
          "UPDATE risk SET status = 'lost' WHERE id = (SELECT MIN(id) FROM risk)",
  /* 9 */ "INSERT INTO risk_controls (record_id, target_id) VALUES ((SELECT MIN(id) FROM risk), 99999)",
  /* 10 */ "UPDATE risk SET owner = 99999 WHERE id = (SELECT MIN(id) FROM risk)",
  /* 11 */ "UPDATE finding SET audit = 99999 WHERE id = (SELECT MIN(id) FROM finding)",
  /* 12 */ "UPDATE risk SET owner = 'nobody' WHERE id = (SELECT MIN(id) FROM risk)",
  /* 13 */ "DELETE FROM scale_level WHERE axis = 'likelihood'",
  /* 14 */ "DELETE FROM scale_level WHERE axis = 'impact'",
  /* 15 */ "PRAGMA foreign_keys = ON; DELETE FROM risk_level",
  /* 16 */ "PRAGMA writable_schema = ON;"
           "UPDATE sqlite_schema SET sql = replace (sql, 'ref TEXT NOT NULL UNIQUE', 'ref TEXT UNIQUE')"
           " WHERE name = 'risk';",
  /* 17 */ "PRAGMA writable_schema = ON;"
           "UPDATE sqlite_schema SET sql = replace (sql, 'created TEXT NOT NULL', 'created TEXT')"
           " WHERE name = 'control';",
  /* 18 */ "CREATE INDEX risk_by_title ON risk (title)",
  /* 19 */ "PRAGMA journal_mode = DELETE",
};

static void
make_sql (const Case *c,
          const char *path)
{
  run_sql (path, sql_cases[c->arg]);
}

/* A value where the schema requires one, made as a SQLite tool could:
 * the constraint taken out, the value emptied, the constraint put back. */
static void
make_null (const Case *c,
           const char *path)
{
  g_autofree char *schema = NULL;
  sqlite3 *db;

  run_sql (path, sql_cases[c->arg]);
  db = open_raw (path);
  if (c->arg == 16)
    exec_raw (db, "UPDATE risk SET ref = NULL WHERE id = (SELECT MIN(id) FROM risk);"
                  "PRAGMA writable_schema = ON;"
                  "UPDATE sqlite_schema SET sql = replace (sql, 'ref TEXT UNIQUE', 'ref TEXT NOT NULL UNIQUE')"
                  " WHERE name = 'risk';");
  else
    exec_raw (db, "UPDATE control SET created = NULL WHERE id = (SELECT MIN(id) FROM control);"
                  "PRAGMA writable_schema = ON;"
                  "UPDATE sqlite_schema SET sql = replace (sql, 'created TEXT,', 'created TEXT NOT NULL,')"
                  " WHERE name = 'control';");
  sqlite3_close (db);
}

/* A child that commits to a write-ahead log (or, in rollback mode,
 * writes half a transaction) and dies without closing. */
static void
make_crash (const Case *c,
            const char *path)
{
  pid_t pid;
  int status;

  if (c->arg == 1)
    run_sql (path, "PRAGMA journal_mode = DELETE");
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      sqlite3 *db = NULL;

      sqlite3_open (path, &db);
      if (c->arg == 0)
        sqlite3_exec (db, "PRAGMA wal_autocheckpoint = 0;"
                          "INSERT INTO person (ref, name, created, updated)"
                          " VALUES ('P-900', 'Added Before The Crash', '2026-01-01T00:00:00Z',"
                          "         '2026-01-01T00:00:00Z')", NULL, NULL, NULL);
      else
        /* A tiny cache spills changed pages into the file mid-transaction. */
        sqlite3_exec (db, "PRAGMA cache_size = 2; BEGIN;"
                          "UPDATE risk SET notes = printf ('%.2000c', 'x');"
                          "UPDATE risk SET description = printf ('%.3000c', 'y');", NULL, NULL, NULL);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  if (c->arg == 1)
    {
      g_autofree char *journal = g_strconcat (path, "-journal", NULL);

      g_assert_true (g_file_test (journal, G_FILE_TEST_EXISTS));
    }
}

/* A write-ahead log that belongs to another database (arg 0), or noise
 * (arg 1), beside the register. */
static void
make_foreign_wal (const Case *c,
                  const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  if (c->arg == 0)
    {
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *other = g_build_filename (dir, "other", "other.db", NULL);
      g_autofree char *other_dir = g_path_get_dirname (other);
      g_autofree char *other_wal = g_strconcat (other, "-wal", NULL);
      g_autofree char *data = NULL;
      gsize length;
      sqlite3 *db;

      g_mkdir (other_dir, 0700);
      db = open_raw (other);
      exec_raw (db, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                    "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('not yours');");
      g_assert_true (g_file_get_contents (other_wal, &data, &length, NULL));
      sqlite3_close (db);
      sg_test_rmdir (other_dir);
      write_bytes (wal, data, length);
    }
  else
    {
      char data[9000];

      for (guint i = 0; i < sizeof data; i++)
        data[i] = (char) g_random_int ();
      write_bytes (wal, data, sizeof data);
    }
}

static void
make_read_only (const Case *c,
                const char *path)
{
  if (c->arg == 0)
    g_chmod (path, 0400);
  else
    {
      g_autofree char *dir = g_path_get_dirname (path);

      g_chmod (dir, 0500);
    }
}

static void
make_folder (const Case *c,
             const char *path)
{
  g_unlink (path);
  g_mkdir (path, 0700);
}

/* Another process holds the register: a second Safeguard (arg 0), or a
 * program with SQLite's exclusive lock (arg 1). */
static void
make_locked (const Case *c,
             const char *path)
{
  int ready[2];
  char byte;

  g_assert_cmpint (pipe (ready), ==, 0);
  holder_pid = fork ();
  g_assert_cmpint (holder_pid, >=, 0);
  if (holder_pid == 0)
    {
      close (ready[0]);
      if (c->arg == 0)
        {
          SgStore *store = sg_store_open (path, SG_STORE_OPEN_EXISTING, NULL);

          if (store == NULL)
            _exit (1);
        }
      else
        {
          sqlite3 *db = NULL;

          sqlite3_open (path, &db);
          sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA locking_mode = EXCLUSIVE;"
                            "BEGIN EXCLUSIVE; UPDATE risk SET title = title;", NULL, NULL, NULL);
        }
      if (write (ready[1], "x", 1) != 1)
        _exit (1);
      for (;;)
        pause ();
    }
  close (ready[1]);
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  close (ready[0]);
}

static const Case cases[] = {
  { "good", make_good, 0, ACCEPT, 0, FALSE },
  { "zero-length", make_zero_length, 0, REFUSE, SG_STORE_ERROR_NOT_SQLITE, FALSE },
  { "random-bytes", make_random, 0, REFUSE, SG_STORE_ERROR_NOT_SQLITE, FALSE },
  { "random-after-header", make_random_after_header, 0, REFUSE, ANY_CODE, FALSE },
  { "truncated-10", make_truncated, 10, REFUSE, SG_STORE_ERROR_NOT_SQLITE, FALSE },
  { "truncated-99", make_truncated, 99, REFUSE, ANY_CODE, FALSE },
  { "truncated-100", make_truncated, 100, REFUSE, ANY_CODE, FALSE },
  { "truncated-1024", make_truncated, 1024, REFUSE, ANY_CODE, FALSE },
  { "truncated-4096", make_truncated, 4096, REFUSE, ANY_CODE, FALSE },
  { "truncated-4097", make_truncated, 4097, REFUSE, ANY_CODE, FALSE },
  { "truncated-8192", make_truncated, 8192, REFUSE, ANY_CODE, FALSE },
  { "truncated-eighth", make_truncated, -1, REFUSE, ANY_CODE, FALSE },
  { "truncated-half", make_truncated, -4, REFUSE, ANY_CODE, FALSE },
  { "truncated-seven-eighths", make_truncated, -7, REFUSE, ANY_CODE, FALSE },
  { "flipped-magic", make_flipped, 0, REFUSE, SG_STORE_ERROR_NOT_SQLITE, FALSE },
  { "flipped-page-size", make_flipped, 16, REFUSE, ANY_CODE, FALSE },
  /* A newer file format that SQLite may read but not write. */
  { "flipped-write-version", make_flipped, 18, ACCEPT_WRITABLE, ANY_CODE, FALSE },
  { "flipped-read-version", make_flipped, 19, REFUSE, ANY_CODE, FALSE },
  { "flipped-application-id", make_flipped, 68, REFUSE, SG_STORE_ERROR_NOT_A_REGISTER, FALSE },
  { "flipped-user-version", make_flipped, 63, REFUSE, SG_STORE_ERROR_NEWER_SCHEMA, FALSE },
  { "flipped-schema-page-type", make_flipped_schema_page, 0, REFUSE, SG_STORE_ERROR_CORRUPT, FALSE },
  { "flipped-schema-cell-count", make_flipped_schema_page, 4, REFUSE, SG_STORE_ERROR_CORRUPT, FALSE },
  { "flipped-btree-page-type", make_flipped_btree, 0, REFUSE, SG_STORE_ERROR_CORRUPT, FALSE },
  { "flipped-btree-cell-count", make_flipped_btree, 4, REFUSE, SG_STORE_ERROR_CORRUPT, FALSE },
  { "flipped-btree-pointer", make_flipped_btree, 8, REFUSE, SG_STORE_ERROR_CORRUPT, FALSE },
  { "foreign-database", make_foreign, 0, REFUSE, SG_STORE_ERROR_NOT_A_REGISTER, FALSE },
  { "our-id-no-tables", make_empty_with_id, 0, REFUSE, SG_STORE_ERROR_CORRUPT, FALSE },
  { "our-id-version-no-tables", make_empty_with_id, SG_STORE_SCHEMA_VERSION, REFUSE, SG_STORE_ERROR_CORRUPT, FALSE },
  { "newer-version", make_version, SG_STORE_SCHEMA_VERSION + 1, REFUSE, SG_STORE_ERROR_NEWER_SCHEMA, FALSE },
  { "older-version", make_older, 0, ACCEPT_MIGRATE, 0, TRUE },
  { "missing-table", make_sql, 0, REFUSE, SG_STORE_ERROR_CORRUPT, FALSE },
  { "extra-table", make_sql, 1, REFUSE, SG_STORE_ERROR_CORRUPT, FALSE },
  { "missing-column", make_sql, 2, REFUSE, SG_STORE_ERROR_CORRUPT, FALSE },
  { "extra-column", make_sql, 3, REFUSE, SG_STORE_ERROR_CORRUPT, FALSE },
  { "view-for-table", make_sql, 4, REFUSE, SG_STORE_ERROR_CORRUPT, FALSE },
  { "wrong-column-type", make_sql, 5, REFUSE, SG_STORE_ERROR_CORRUPT, FALSE },
  { "extra-index", make_sql, 18, REFUSE, SG_STORE_ERROR_CORRUPT, FALSE },
  { "text-in-rating", make_sql, 6, REFUSE, SG_STORE_ERROR_INVALID, FALSE },
  { "bad-date", make_sql, 7, REFUSE, SG_STORE_ERROR_INVALID, FALSE },
  { "bad-choice", make_sql, 8, REFUSE, SG_STORE_ERROR_INVALID, FALSE },
  { "null-ref", make_null, 16, REFUSE, SG_STORE_ERROR_INVALID, FALSE },
  { "null-created", make_null, 17, REFUSE, SG_STORE_ERROR_INVALID, FALSE },
  { "dangling-link", make_sql, 9, REFUSE, SG_STORE_ERROR_INVALID, FALSE },
  { "dangling-reference", make_sql, 10, REFUSE, SG_STORE_ERROR_INVALID, FALSE },
  { "dangling-parent", make_sql, 11, REFUSE, SG_STORE_ERROR_INVALID, FALSE },
  { "text-in-reference", make_sql, 12, REFUSE, SG_STORE_ERROR_INVALID, FALSE },
  { "empty-likelihood-scale", make_sql, 13, REFUSE, SG_STORE_ERROR_INVALID, FALSE },
  { "empty-impact-scale", make_sql, 14, REFUSE, SG_STORE_ERROR_INVALID, FALSE },
  { "no-risk-levels", make_sql, 15, REFUSE, SG_STORE_ERROR_INVALID, FALSE },
  { "foreign-wal", make_foreign_wal, 0, REFUSE, ANY_CODE, FALSE },
  { "noise-wal", make_foreign_wal, 1, ACCEPT, 0, TRUE },
  { "committed-wal", make_crash, 0, ACCEPT, 0, TRUE },
  { "hot-journal", make_crash, 1, ACCEPT, 0, TRUE },
  { "rollback-journal-mode", make_sql, 19, ACCEPT, 0, TRUE },
  { "read-only-file", make_read_only, 0, ACCEPT_WRITABLE, SG_STORE_ERROR_READ_ONLY, FALSE },
  { "read-only-folder", make_read_only, 1, ACCEPT_WRITABLE, SG_STORE_ERROR_READ_ONLY, FALSE },
  { "folder", make_folder, 0, REFUSE, SG_STORE_ERROR_IS_DIRECTORY, FALSE },
  { "locked-by-safeguard", make_locked, 0, REFUSE, SG_STORE_ERROR_LOCKED, FALSE },
  { "locked-by-sqlite", make_locked, 1, ACCEPT_WRITABLE, SG_STORE_ERROR_LOCKED, FALSE },
};

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* What is there: every file in the folder with its checksum. */
static char *
folder_state (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *full = g_build_filename (dir, name, NULL);
      g_autofree char *data = NULL;
      gsize length = 0;

      if (g_file_test (full, G_FILE_TEST_IS_DIR))
        g_ptr_array_add (lines, g_strdup_printf ("%s/", name));
      else if (g_file_get_contents (full, &data, &length, NULL))
        {
          g_autofree char *sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) data, length);

          g_ptr_array_add (lines, g_strdup_printf ("%s %s", name, sum));
        }
      else
        g_ptr_array_add (lines, g_strdup_printf ("%s unreadable", name));
    }
  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

static void
release_holder (void)
{
  int status;

  if (holder_pid > 0)
    {
      kill (holder_pid, SIGKILL);
      waitpid (holder_pid, &status, 0);
      holder_pid = 0;
    }
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "register.isms", NULL);
  g_autofree char *good = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  gsize length;
  SgTestRun run = { 0 };

  g_assert_true (g_file_get_contents (good_path, &good, &length, NULL));
  write_bytes (path, good, length);
  c->make (c, path);
  before = folder_state (dir);

  /* --check only reads: whatever it says, nothing changes, not even an
   * older register, which it reads through an updated private copy. */
  sg_test_run_safeguard (&run, "--check", path, NULL);
  after = folder_state (dir);
  if (c->expect == REFUSE)
    {
      g_assert_cmpint (run.status, ==, 1);
      g_assert_true (g_str_has_prefix (run.err, "safeguard: "));
      g_assert_nonnull (strstr (run.err, "register.isms"));
      g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
      g_assert_null (strstr (run.err, "Could not save"));
      g_assert_cmpstr (run.out, ==, "");
    }
  else
    {
      /* A person added with SQL by a writer killed before it
       * checkpointed is accepted, and named as added without history. */
      if (g_str_equal (c->name, "committed-wal"))
        {
          g_assert_cmpint (run.status, ==, 1);
          g_assert_nonnull (strstr (run.out, "\nintegrity: ok\nhistory: broken ("));
          g_assert_nonnull (strstr (run.out, "\nhistory: P-900 (person) has no history entry\n"));
        }
      else
        {
          if (run.status != 0)
            g_error ("%s: --check failed: %s", c->name, run.err);
          g_assert_nonnull (strstr (run.out, "\nintegrity: ok\nhistory: intact ("));
        }
    }
  g_assert_cmpstr (after, ==, before);
  if (c->expect == ACCEPT_MIGRATE)
    {
      g_assert_nonnull (strstr (run.out, "\nschema version: 1\n"));
      g_assert_nonnull (strstr (run.err, "version 1"));
    }
  if (g_str_equal (c->name, "committed-wal"))
    g_assert_nonnull (strstr (run.out, "people: "));
  sg_test_run_clear (&run);

  /* Opened as the window opens a register, for writing. */
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  if (c->expect == REFUSE || c->expect == ACCEPT_WRITABLE)
    {
      g_assert_null (store);
      g_assert_nonnull (error);
      if (c->code != ANY_CODE)
        g_assert_error (error, SG_STORE_ERROR, c->code);
      g_clear_pointer (&after, g_free);
      after = folder_state (dir);
      g_assert_cmpstr (after, ==, before);
    }
  else
    {
      g_assert_no_error (error);
      g_assert_true (sg_store_check_integrity (store, NULL));
      if (g_str_equal (c->name, "committed-wal"))
        g_assert_nonnull (sg_store_find_by_ref (store, g_type_from_name ("SgPerson"), "P-900"));
      g_clear_object (&store);
      g_clear_pointer (&after, g_free);
      after = folder_state (dir);
      if (!c->changed_by_write)
        g_assert_cmpstr (after, ==, before);
      if (c->expect == ACCEPT_MIGRATE)
        {
          g_autofree char *copy = g_build_filename (dir, "register.v1.isms", NULL);

          g_assert_true (g_file_test (copy, G_FILE_TEST_EXISTS));
        }
    }
  if (g_str_equal (c->name, "locked-by-safeguard"))
    g_assert_nonnull (strstr (error->message, "process"));

  release_holder ();
  g_chmod (dir, 0700);
  g_chmod (path, 0600);
  sg_test_rmdir (dir);
}

/* Messages: one per cause, saying what to do */

static char *
fresh_register (char **dir)
{
  g_autofree char *good = NULL;
  char *path;
  gsize length;

  *dir = sg_test_mkdtemp ();
  path = g_build_filename (*dir, "register.isms", NULL);
  g_assert_true (g_file_get_contents (good_path, &good, &length, NULL));
  write_bytes (path, good, length);
  return path;
}

/* A damaged register names the newest copy beside it to restore. */
static void
test_damaged_names_copy (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = fresh_register (&dir);
  g_autofree char *copy = g_build_filename (dir, "register.v1.isms", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  SgTestRun run = { 0 };

  flip_byte (path, root_page_offset (path, "control"), 0x5a);
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_error (error, SG_STORE_ERROR, SG_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "Restore it from a backup"));
  g_assert_null (strstr (error->message, "register.v1.isms"));
  g_clear_error (&error);

  write_bytes (copy, "older copy", 10);
  sg_test_run_safeguard (&run, "--check", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "damaged"));
  g_assert_nonnull (strstr (run.err, "“register.v1.isms”"));
  g_assert_null (strstr (run.err, "Could not save"));
  sg_test_run_clear (&run);
  sg_test_rmdir (dir);
}

static void
test_messages (void)
{
  static const struct { const char *name; const char *words; } expected[] = {
    { "random-bytes", "is not a Safeguard register" },
    { "foreign-database", "is a database, but not a Safeguard register" },
    { "newer-version", "was saved by a newer version of Safeguard" },
    { "read-only-file", "is read-only" },
    { "locked-by-safeguard", "is already open in" },
    { "dangling-link", "links to a record of “control” that does not exist" },
    { "null-ref", "“risk.ref” is empty where a value is required" },
    { "bad-choice", "a value in “risk” is not one the register allows" },
    { "empty-likelihood-scale", "the likelihood scale of the risk method is empty" },
    { "missing-table", "is damaged" },
    { "folder", "is a folder" },
  };

  for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      if (g_str_equal (cases[i].name, expected[e].name))
        {
          g_autofree char *dir = NULL;
          g_autofree char *path = fresh_register (&dir);
          g_autoptr(GError) error = NULL;
          g_autoptr(SgStore) store = NULL;

          cases[i].make (&cases[i], path);
          store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
          g_assert_null (store);
          if (strstr (error->message, expected[e].words) == NULL)
            g_error ("%s: “%s” does not say “%s”", expected[e].name, error->message, expected[e].words);
          release_holder ();
          g_chmod (path, 0600);
          sg_test_rmdir (dir);
        }
}

/* A file this user may not read is said to be so, not to be read-only.
 * Root may read anything: then a child that has become "nobody" tries. */
static void
test_permission_denied (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = fresh_register (&dir);
  pid_t pid;
  int status;

  g_chmod (path, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SgStore) store = NULL;

      if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
        _exit (2);
      store = sg_store_open (path, SG_STORE_OPEN_READ_ONLY, &error);
      _exit (store == NULL && strstr (error->message, "permission denied") != NULL &&
             strstr (error->message, "read-only") == NULL ? 0 : 1);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_chmod (path, 0600);
  sg_test_rmdir (dir);
}

/* The holder of a register was killed a moment ago: its lock goes with
 * it, and the register opens at once. */
static void
test_lock_of_killed_holder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = fresh_register (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  Case c = { "locked", make_locked, 0, REFUSE, 0, FALSE };

  make_locked (&c, path);
  kill (holder_pid, SIGKILL);
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_clear_object (&store);
  release_holder ();
  sg_test_rmdir (dir);
}

/* A lock that outlived its holder (a descriptor it handed to a child) is
 * stale: the holder is gone, and the lock is taken over. */
static void
test_stale_lock (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = fresh_register (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  int ready[2];
  pid_t holder;
  int status;

  g_assert_cmpint (pipe (ready), ==, 0);
  holder = fork ();
  g_assert_cmpint (holder, >=, 0);
  if (holder == 0)
    {
      int fd = g_open (path, O_RDONLY, 0);

      if (fd < 0 || flock (fd, LOCK_EX) != 0)
        _exit (1);
      if (fork () == 0)
        {
          /* The grandchild keeps the descriptor, and says who it is. */
          pid_t self = getpid ();

          if (write (ready[1], &self, sizeof self) != sizeof self)
            _exit (1);
          for (;;)
            pause ();
        }
      _exit (0);
    }
  close (ready[1]);
  g_assert_cmpint (read (ready[0], &holder_pid, sizeof holder_pid), ==, sizeof holder_pid);
  close (ready[0]);
  g_assert_cmpint (waitpid (holder, &status, 0), ==, holder);

  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_clear_object (&store);
  /* The grandchild is not ours to wait for: init reaps it. */
  kill (holder_pid, SIGKILL);
  holder_pid = 0;
  sg_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (g_getenv ("SAFEGUARD_BIN"));
  g_assert_nonnull (g_getenv ("SAFEGUARD_SOURCE_ROOT"));

  dir = sg_test_mkdtemp ();
  good_path = g_build_filename (dir, "good.isms", NULL);
  g_assert_true (sg_sample_create (good_path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (G_N_ELEMENTS (cases), >=, 40 + 1);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/corpus/%s", cases[i].name);

      g_test_add_data_func (test_path, &cases[i], test_case);
    }
  g_test_add_func ("/messages/one-per-cause", test_messages);
  g_test_add_func ("/messages/damaged-names-copy", test_damaged_names_copy);
  g_test_add_func ("/messages/permission-denied", test_permission_denied);
  g_test_add_func ("/lock/killed-holder", test_lock_of_killed_holder);
  g_test_add_func ("/lock/stale", test_stale_lock);
  status = g_test_run ();
  sg_test_rmdir (dir);
  g_free (good_path);
  return status;
}
