/* test-schema.c: the register's schema follows the classes, and every
 * register — new, or made by an older release — goes the same way to it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sg-action.h"
#include "sg-awareness-activity.h"
#include "sg-competence-record.h"
#include "sg-control.h"
#include "sg-enums.h"
#include "sg-finding.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-obligation.h"
#include "sg-objective.h"
#include "sg-requirement.h"
#include "sg-kinds.h"
#include "sg-person.h"
#include "sg-planned-change.h"
#include "sg-record.h"
#include "sg-risk.h"
#include "sg-role.h"
#include "sg-sqlite-migrate.h"
#include "sg-store.h"
#include "sg-supplier.h"
#include "sg-test-util.h"

/* Made by the first release (schema version 1): the example register and
 * three risks imported from a CSV, owners spelled in three ways. */
#define V1_FIXTURE "tests/data/register-v1.isms"
/* Made by the release of schema version 2 the same way: the example
 * register and the same three imported risks. */
#define V2_FIXTURE "tests/data/register-v2.isms"
#define V4_FIXTURE "tests/data/register-v4.isms"
#define V5_FIXTURE "tests/data/register-v5.isms"
/* The example as the release of version 6 wrote it: no suppliers, no
 * obligations. */
#define V6_FIXTURE "tests/data/register-v6.isms"
/* The example as the release of version 7 wrote it: no role declared
 * incompatible, no change naming a risk or control. */
#define V7_FIXTURE "tests/data/register-v7.isms"
/* The example as the release of version 8 wrote it: no awareness
 * activities, no protection levels of its own. */
#define V8_FIXTURE "tests/data/register-v8.isms"

typedef struct
{
  char *dir;
  char *path;     /* a fresh copy of the v1 fixture */
  char *backup;   /* where its migration puts the copy of the old file */
  char *fresh;    /* a register created by this version, not yet there */
} Fixture;

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents_full (to, contents, length, G_FILE_SET_CONTENTS_NONE, 0600, NULL));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *source = g_build_filename (g_getenv ("SAFEGUARD_SOURCE_ROOT"), V1_FIXTURE, NULL);

  f->dir = sg_test_mkdtemp ();
  f->path = g_build_filename (f->dir, "register.isms", NULL);
  f->backup = g_build_filename (f->dir, "register.v1.isms", NULL);
  f->fresh = g_build_filename (f->dir, "fresh.isms", NULL);
  copy_file (source, f->path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sg_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->backup);
  g_free (f->fresh);
}

static sqlite3 *
open_db (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  return db;
}

/* Rows of @sql, one line each, columns separated by '|'. */
static char *
query (sqlite3    *db,
       const char *sql)
{
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        g_string_append_printf (out, "%s%s", c ? "|" : "",
                                sqlite3_column_text (stmt, c) ? (const char *) sqlite3_column_text (stmt, c) : "∅");
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);
  return g_string_free (out, FALSE);
}

static int
query_int (sqlite3    *db,
           const char *sql)
{
  g_autofree char *text = query (db, sql);

  return atoi (text);
}

/* Everything a schema is: tables and indexes as SQLite keeps them, and
 * each table's columns, foreign keys and indexes as its pragmas say. */
static char *
describe_schema (const char *path)
{
  sqlite3 *db = open_db (path);
  g_autofree char *master = query (db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name");
  g_autofree char *tables = query (db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
  g_auto(GStrv) names = g_strsplit (tables, "\n", -1);
  GString *out = g_string_new (master);

  for (guint i = 0; names[i] != NULL && *names[i] != '\0'; i++)
    {
      const char *pragmas[] = { "table_xinfo", "foreign_key_list", "index_list" };

      for (guint p = 0; p < G_N_ELEMENTS (pragmas); p++)
        {
          g_autofree char *sql = g_strdup_printf ("PRAGMA %s(\"%s\")", pragmas[p], names[i]);
          g_autofree char *rows = query (db, sql);

          g_string_append_printf (out, "%s %s\n%s", pragmas[p], names[i], rows);
        }
    }
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

/* Columns of old text fields that version 5 converted into links and
 * Actions (test_v4_migration checks what became of them) and the typed
 * requirement status version 6 made an override (test_v5_migration). */
static gboolean
is_gone_column (const char *table,
                const char *column)
{
  return (g_str_equal (table, "finding") && g_str_equal (column, "clause")) ||
         (g_str_equal (table, "nonconformity") && g_str_equal (column, "corrective_action")) ||
         (g_str_equal (table, "management_review") && g_str_equal (column, "actions")) ||
         (g_str_equal (table, "requirement") && g_str_equal (column, "status"));
}

/* The columns of @table, a field that names a person read as the name. */
static char *
select_list (sqlite3    *db,
             const char *table,
             int         old_version)
{
  GType kind = sg_record_kind_from_table (table);
  SgRecordClass *klass = kind != G_TYPE_INVALID ? g_type_class_peek (kind) : NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info('%s')", table);
  g_autofree char *names = query (db, sql);
  g_auto(GStrv) columns = g_strsplit (names, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; columns[i] != NULL && *columns[i] != '\0'; i++)
    {
      g_autofree char *property = g_strdelimit (g_strdup (columns[i]), "_", '-');
      GParamSpec *pspec = klass ? sg_record_class_find_field (klass, property) : NULL;

      /* Columns added since are not in the old rows; nor is the history
       * chain's state and hash of each entry. */
      if (pspec != NULL && sg_field_get_since (pspec) > (guint) old_version)
        continue;
      if (is_gone_column (table, columns[i]))
        continue;
      if (g_str_equal (table, "history") &&
          (g_str_equal (columns[i], "state") || g_str_equal (columns[i], "hash")))
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      if (pspec != NULL && sg_field_is_person (pspec))
        /* A name still typed (before its migration) reads as it is. */
        g_string_append_printf (out, "CASE WHEN typeof (\"%s\") = 'integer'"
                                " THEN (SELECT name FROM person WHERE id = \"%s\") ELSE \"%s\" END",
                                columns[i], columns[i], columns[i]);
      else
        g_string_append_printf (out, "\"%s\"", columns[i]);
    }
  return g_string_free (out, FALSE);
}

/* Every column of @table but the gone ones, as they are. */
static char *
all_but_gone (sqlite3    *db,
              const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info('%s')", table);
  g_autofree char *names = query (db, sql);
  g_auto(GStrv) columns = g_strsplit (names, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; columns[i] != NULL && *columns[i] != '\0'; i++)
    if (!is_gone_column (table, columns[i]))
      g_string_append_printf (out, "%s\"%s\"", out->len > 0 ? ", " : "", columns[i]);
  return g_string_free (out, FALSE);
}

/* Every row of every table of the old schema, so that nothing is lost;
 * @with_people: its people are shown by name, and columns added after
 * @old_version are left out. */
static char *
dump_rows_since (const char *path,
                 gboolean    with_people,
                 int         old_version)
{
  sqlite3 *db = open_db (path);
  g_autofree char *tables = query (db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
  g_auto(GStrv) names = g_strsplit (tables, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; names[i] != NULL && *names[i] != '\0'; i++)
    {
      g_autofree char *sql = NULL;
      g_autofree char *rows = NULL;

      g_autofree char *columns = NULL;

      if (with_people && old_version < 2 && g_str_has_prefix (names[i], "person"))
        continue;
      columns = with_people ? select_list (db, names[i], old_version) : all_but_gone (db, names[i]);
      sql = g_strdup_printf ("SELECT %s FROM \"%s\" ORDER BY 1, 2", columns, names[i]);
      rows = query (db, sql);
      g_string_append_printf (out, "%s\n%s", names[i], rows);
    }
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

static char *
dump_rows (const char *path,
           gboolean    with_people)
{
  return dump_rows_since (path, with_people, 1);
}

static SgStore *
open_store (const char *path,
            SgStoreOpenFlags flags)
{
  g_autoptr(GError) error = NULL;
  SgStore *store = sg_store_open (path, flags, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static void
assert_no_side_files (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* A field without a column would be lost on every save; a column without
 * a field would never be filled. Checked on a register made the way every
 * new one is, not on the generator's own output. */
static void
test_columns_match_fields (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SgStore) store = open_store (f->fresh, SG_STORE_OPEN_CREATE);
  sqlite3 *db = open_db (f->fresh);
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);

  for (guint k = 0; k < n_kinds; k++)
    {
      SgRecordClass *klass = g_type_class_peek (kinds[k]);
      const char *table = sg_record_class_get_table (klass);
      g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info('%s') ORDER BY name", table);
      g_autofree char *columns = query (db, sql);
      g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GString) joined = g_string_new (NULL);
      guint n_fields;
      GParamSpec **fields = sg_record_class_list_fields (klass, &n_fields);

      g_ptr_array_add (expected, g_strdup ("id"));
      for (guint i = 0; i < n_fields; i++)
        {
          g_autofree char *column = sg_field_get_column (fields[i]);

          if (sg_field_get_kind (fields[i]) == SG_FIELD_LINKS)
            {
              g_autofree char *link_sql = g_strdup_printf ("SELECT group_concat(name) FROM pragma_table_info('%s_%s')",
                                                           table, column);
              g_autofree char *link_columns = query (db, link_sql);

              g_assert_cmpstr (link_columns, ==, "record_id,target_id\n");
            }
          else
            g_ptr_array_add (expected, g_steal_pointer (&column));
        }
      g_ptr_array_sort (expected, compare_strings);
      for (guint i = 0; i < expected->len; i++)
        g_string_append_printf (joined, "%s\n", (char *) g_ptr_array_index (expected, i));
      g_assert_cmpstr (columns, ==, joined->str);
    }
  sqlite3_close (db);
}

/* A field or kind marked with a version that has no migration step would
 * never get its column: adding one is the property and the step together. */
static void
test_versions_have_steps (void)
{
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);
  gboolean seen_current = FALSE;

  for (guint k = 0; k < n_kinds; k++)
    {
      SgRecordClass *klass = g_type_class_peek (kinds[k]);
      guint n_fields;
      GParamSpec **fields = sg_record_class_list_fields (klass, &n_fields);

      g_assert_cmpuint (sg_record_class_get_since (klass), <=, SG_STORE_SCHEMA_VERSION);
      seen_current |= sg_record_class_get_since (klass) == SG_STORE_SCHEMA_VERSION;
      for (guint i = 0; i < n_fields; i++)
        {
          /* A field of a later kind comes with its kind. */
          guint since = MAX (sg_field_get_since (fields[i]), sg_record_class_get_since (klass));

          g_assert_cmpuint (since, <=, SG_STORE_SCHEMA_VERSION);
          seen_current |= since == SG_STORE_SCHEMA_VERSION;
        }
    }
  /* The newest version added something (fields, kinds or what its step
   * does), or it is not a version. */
  g_assert_true (seen_current || sg_sqlite_migrate_step_does_more (SG_STORE_SCHEMA_VERSION));
}

static gboolean
insert_ok (sqlite3    *db,
           const char *sql)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  g_assert_true (rc == SQLITE_OK || (rc & 0xff) == SQLITE_CONSTRAINT);
  return rc == SQLITE_OK;
}

/* What the fields do not allow, the file does not take either: a value a
 * choice does not have, a date that is not one, a rating off the scale. */
static void
test_constraints_refuse (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SgStore) store = open_store (f->fresh, SG_STORE_OPEN_CREATE);
  sqlite3 *db = open_db (f->fresh);
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);
  guint refused = 0;

  /* Empty tables: the seeded scales would clash with UNIQUE (axis, value). */
  for (guint k = 0; k < n_kinds; k++)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s",
                                              sg_record_class_get_table (g_type_class_peek (kinds[k])));

      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    }
  sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  for (guint k = 0; k < n_kinds; k++)
    {
      SgRecordClass *klass = g_type_class_peek (kinds[k]);
      const char *table = sg_record_class_get_table (klass);
      guint n_fields;
      GParamSpec **fields = sg_record_class_list_fields (klass, &n_fields);

      for (guint i = 0; i < n_fields; i++)
        {
          g_autofree char *column = sg_field_get_column (fields[i]);
          g_autoptr(GPtrArray) good = g_ptr_array_new_with_free_func (g_free);
          g_autoptr(GPtrArray) bad = g_ptr_array_new_with_free_func (g_free);

          switch (sg_field_get_kind (fields[i]))
            {
            case SG_FIELD_CHOICE:
              {
                GEnumClass *enum_class = G_PARAM_SPEC_ENUM (fields[i])->enum_class;

                for (guint v = 0; v < enum_class->n_values; v++)
                  g_ptr_array_add (good, g_strdup_printf ("'%s'", enum_class->values[v].value_nick));
                g_ptr_array_add (bad, g_strdup ("'Open'"));
                g_ptr_array_add (bad, g_strdup ("''"));
                g_ptr_array_add (bad, g_strdup ("NULL"));
              }
              break;
            case SG_FIELD_DATE:
              g_ptr_array_add (good, g_strdup ("'2027-03-31'"));
              g_ptr_array_add (good, g_strdup ("NULL"));
              g_ptr_array_add (bad, g_strdup ("'31.03.2027'"));
              g_ptr_array_add (bad, g_strdup ("'soon'"));
              break;
            case SG_FIELD_BOOLEAN:
              g_ptr_array_add (good, g_strdup ("1"));
              g_ptr_array_add (bad, g_strdup ("2"));
              g_ptr_array_add (bad, g_strdup ("'yes'"));
              break;
            case SG_FIELD_LIKELIHOOD:
            case SG_FIELD_IMPACT:
            case SG_FIELD_NUMBER:
              {
                GParamSpecInt *ip = G_PARAM_SPEC_INT (fields[i]);

                g_ptr_array_add (good, g_strdup_printf ("%d", ip->maximum));
                g_ptr_array_add (bad, g_strdup_printf ("%d", ip->maximum + 1));
                g_ptr_array_add (bad, g_strdup_printf ("%d", ip->minimum - 1));
              }
              break;
            case SG_FIELD_COLOUR:
              g_ptr_array_add (good, g_strdup ("'#1a2B3c'"));
              g_ptr_array_add (bad, g_strdup ("'red'"));
              break;
            case SG_FIELD_REFERENCE:
              if (fields[i]->owner_type != SG_TYPE_RECORD)
                g_ptr_array_add (bad, g_strdup ("999999"));
              break;
            case SG_FIELD_TEXT:
            case SG_FIELD_LONG_TEXT:
            case SG_FIELD_TIMESTAMP:
            case SG_FIELD_DECIMAL:
            case SG_FIELD_LINKS:
            default:
              break;
            }

          for (guint b = 0; b < good->len + bad->len; b++)
            {
              gboolean should_pass = b < good->len;
              const char *value = should_pass ? g_ptr_array_index (good, b)
                                              : g_ptr_array_index (bad, b - good->len);
              g_autofree char *sql = NULL;

              /* Each value in a row of its own; the ref keeps rows apart. */
              if (g_str_equal (column, "ref"))
                continue;
              sql = g_strdup_printf ("INSERT INTO %s (ref, created, updated, %s)"
                                     " VALUES ('T-%u-%u-%u', 'now', 'now', %s)",
                                     table, column, k, i, b, value);
              if (insert_ok (db, sql) != should_pass)
                g_error ("%s.%s %s %s", table, column,
                         should_pass ? "refuses" : "takes", value);
              refused += !should_pass;
            }
        }
    }
  /* Constraints on the kinds themselves. */
  g_assert_false (insert_ok (db, "INSERT INTO scale_level (axis, value, created, updated)"
                                 " VALUES ('impact', 1, 'now', 'now')"));
  g_assert_false (insert_ok (db, "INSERT INTO risk (ref, created, updated) VALUES ('R-001', 'now', 'now'),"
                                 " ('R-001', 'now', 'now')"));
  g_assert_false (insert_ok (db, "INSERT INTO risk (ref, created) VALUES ('R-900', 'now')"));
  g_assert_cmpuint (refused, >, 150);
  sqlite3_close (db);
}

/* A register made by the first release, opened now: the same schema as a
 * new one, to the letter, with every record, link and history entry. */
static void
test_migrated_equals_fresh (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *rows_before = dump_rows (f->path, FALSE);
  g_autofree char *rows_after = NULL;
  g_autofree char *backup_rows = NULL;
  g_autofree char *migrated = NULL;
  g_autofree char *fresh = NULL;
  g_autoptr(SgStore) store = open_store (f->path, SG_STORE_OPEN_EXISTING);
  g_autoptr(SgStore) new_store = open_store (f->fresh, SG_STORE_OPEN_CREATE);
  g_autoptr(SgRecord) risk = NULL;
  struct stat st;

  /* The copy of the old file, private like the register. */
  g_assert_cmpstr (sg_store_get_migration_backup (store), ==, f->backup);
  g_assert_cmpint (g_stat (f->backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  backup_rows = dump_rows (f->backup, FALSE);
  g_assert_cmpstr (backup_rows, ==, rows_before);
  g_assert_null (sg_store_get_migration_backup (new_store));

  /* One person per name, whatever its case and spacing, spelled as most
   * often; "J. Petersen" is left for the user to merge. */
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_PERSON)), ==, 18);
  g_assert_cmpstr (sg_store_peek_name (store, sg_store_find_by_ref (store, SG_TYPE_RISK, "R-043"), "owner"),
                   ==, "Thomas Wagner");
  g_assert_true (sg_store_find_person (store, "J. Petersen") != sg_store_find_person (store, "Jana Petersen"));
  {
    /* Each spelling's record now points at the one person. */
    SgRecord *jana = sg_store_find_person (store, "jana petersen");
    g_autoptr(GListModel) created = sg_store_list_history (store, jana, NULL);
    g_autoptr(SgHistoryEntry) entry = g_list_model_get_item (created, 0);

    g_assert_nonnull (jana);
    g_assert_cmpstr (sg_record_get_ref (jana), ==, "P-002");
    g_assert_cmpint (sg_record_peek_int64 (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-042"), "owner"),
                     ==, sg_record_get_id (jana));
    g_assert_cmpint (sg_history_entry_get_action (entry), ==, SG_HISTORY_CREATE);
    g_assert_cmpstr (sg_history_entry_get_changed_by (entry), ==, "Safeguard (update to version 2)");
  }

  /* The competence record's person, a text until version 3, links to the
   * person of that name; its new title is what the competence is. */
  {
    SgRecord *record = sg_store_find_by_ref (store, SG_TYPE_COMPETENCE_RECORD, "CR-001");

    g_assert_cmpint (sg_record_peek_int64 (record, SG_COMPETENCE_RECORD_PERSON), ==,
                     sg_record_get_id (sg_store_find_person (store, "Jana Petersen")));
    g_assert_cmpstr (sg_record_peek_string (record, SG_COMPETENCE_RECORD_TITLE), ==,
                     "ISO/IEC 27001 implementation, risk management, knowledge of GDPR and NIS2.");
  }

  /* The store works on the migrated file: an edit is saved. */
  risk = g_object_ref (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-042"));
  g_object_set (risk, "title", "Laptop left on a train in Hamburg", NULL);
  g_clear_object (&risk);
  g_clear_object (&store);
  g_clear_object (&new_store);

  migrated = describe_schema (f->path);
  fresh = describe_schema (f->fresh);
  g_assert_cmpstr (migrated, ==, fresh);

  {
    sqlite3 *db = open_db (f->path);

    g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, SG_STORE_SCHEMA_VERSION);
    sqlite3_close (db);
  }
  /* Every old row is still there, a name where there was one, but the
   * two whose owner was spelled otherwise (one of them edited above). */
  rows_after = dump_rows (f->path, TRUE);
  {
    g_auto(GStrv) before = g_strsplit (rows_before, "\n", -1);
    g_autoptr(GHashTable) after = g_hash_table_new (g_str_hash, g_str_equal);
    g_auto(GStrv) after_lines = g_strsplit (rows_after, "\n", -1);
    guint missing = 0;

    for (guint i = 0; after_lines[i] != NULL; i++)
      g_hash_table_add (after, after_lines[i]);
    for (guint i = 0; before[i] != NULL; i++)
      if (!g_hash_table_contains (after, before[i]))
        {
          missing++;
          g_assert_true ((strstr (before[i], "|R-042|Laptop left on a train|") && strstr (before[i], "|jana  petersen|")) ||
                         (strstr (before[i], "|R-043|Forgotten USB stick|") && strstr (before[i], "|THOMAS WAGNER|")));
        }
    g_assert_cmpuint (missing, ==, 2);
    g_assert_cmpuint (g_strv_length (before), >, 1500);
  }
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = open_db (path);

  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* A register made by the release of version 2: its competence records'
 * people become people of the directory as v2 did for the other fields,
 * the records get titles, and nothing else changes. */
static void
test_v2_migration (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *source = g_build_filename (g_getenv ("SAFEGUARD_SOURCE_ROOT"), V2_FIXTURE, NULL);
  g_autofree char *backup = g_build_filename (f->dir, "register.v2.isms", NULL);
  g_autofree char *rows_before = NULL;
  g_autofree char *rows_after = NULL;
  g_autofree char *migrated = NULL;
  g_autofree char *fresh = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autoptr(SgStore) new_store = NULL;
  guint n_people_before;
  SgRecord *julia, *ole;
  SgRecord *const *records;
  guint n_records;

  copy_file (source, f->path);
  /* Spellings the directory lacks or has otherwise, typed in version 2. */
  exec_sql (f->path, "UPDATE competence_record SET person = ' julia   RICHTER' WHERE ref = 'CR-010';"
                     "UPDATE competence_record SET person = 'Ole Jensen' WHERE ref = 'CR-009';"
                     "UPDATE competence_record SET required_competence = char (10) || '  Risk owner duties  '"
                     " || char (10) || 'and more' WHERE ref = 'CR-006';"
                     "UPDATE competence_record SET required_competence = NULL, training = NULL"
                     " WHERE ref = 'CR-005'");
  {
    sqlite3 *db = open_db (f->path);

    g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, 2);
    n_people_before = query_int (db, "SELECT COUNT(*) FROM person");
    sqlite3_close (db);
  }
  rows_before = dump_rows_since (f->path, TRUE, 2);

  store = open_store (f->path, SG_STORE_OPEN_EXISTING);
  new_store = open_store (f->fresh, SG_STORE_OPEN_CREATE);
  g_assert_cmpstr (sg_store_get_migration_backup (store), ==, backup);

  /* A name the directory has links to that person; a new one is added. */
  julia = sg_store_find_person (store, "Julia Richter");
  ole = sg_store_find_person (store, "Ole Jensen");
  g_assert_nonnull (julia);
  g_assert_nonnull (ole);
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_PERSON)), ==,
                    n_people_before + 1);
  g_assert_cmpstr (sg_record_get_ref (ole), ==, "P-017");
  g_assert_cmpint (sg_record_peek_int64 (sg_store_find_by_ref (store, SG_TYPE_COMPETENCE_RECORD, "CR-010"),
                                         SG_COMPETENCE_RECORD_PERSON), ==, sg_record_get_id (julia));
  g_assert_cmpint (sg_record_peek_int64 (sg_store_find_by_ref (store, SG_TYPE_COMPETENCE_RECORD, "CR-009"),
                                         SG_COMPETENCE_RECORD_PERSON), ==, sg_record_get_id (ole));
  {
    g_autoptr(GListModel) created = sg_store_list_history (store, ole, NULL);
    g_autoptr(SgHistoryEntry) entry = g_list_model_get_item (created, 0);

    g_assert_cmpstr (sg_history_entry_get_changed_by (entry), ==, "Safeguard (update to version 3)");
  }

  /* No record without a title: the first line of what is required, else
   * the name it was titled by. */
  records = sg_store_peek_records (store, SG_TYPE_COMPETENCE_RECORD, &n_records);
  g_assert_cmpuint (n_records, ==, 10);
  for (guint i = 0; i < n_records; i++)
    {
      const char *title = sg_record_peek_string (records[i], SG_COMPETENCE_RECORD_TITLE);

      g_assert_nonnull (title);
      g_assert_cmpstr (title, !=, "");
      g_assert_null (strchr (title, '\n'));
    }
  g_assert_cmpstr (sg_record_peek_string (sg_store_find_by_ref (store, SG_TYPE_COMPETENCE_RECORD, "CR-006"),
                                          SG_COMPETENCE_RECORD_TITLE), ==, "Risk owner duties");
  g_assert_cmpstr (sg_record_peek_string (sg_store_find_by_ref (store, SG_TYPE_COMPETENCE_RECORD, "CR-005"),
                                          SG_COMPETENCE_RECORD_TITLE), ==, "Mehmet Yilmaz");
  g_clear_object (&store);
  g_clear_object (&new_store);

  migrated = describe_schema (f->path);
  fresh = describe_schema (f->fresh);
  g_assert_cmpstr (migrated, ==, fresh);

  /* Every row, link and history entry is still there; a person field shows
   * its person's name, which only CR-010's spelling changes. */
  rows_after = dump_rows_since (f->path, TRUE, 2);
  {
    g_auto(GStrv) before = g_strsplit (rows_before, "\n", -1);
    g_autoptr(GHashTable) after = g_hash_table_new (g_str_hash, g_str_equal);
    g_auto(GStrv) after_lines = g_strsplit (rows_after, "\n", -1);
    guint missing = 0;

    for (guint i = 0; after_lines[i] != NULL; i++)
      g_hash_table_add (after, after_lines[i]);
    for (guint i = 0; before[i] != NULL; i++)
      if (!g_hash_table_contains (after, before[i]))
        {
          missing++;
          g_assert_true (strstr (before[i], "|CR-010| julia   RICHTER|"));
        }
    g_assert_cmpuint (missing, ==, 1);
    g_assert_cmpuint (g_strv_length (before), >, 1500);
  }
}

/* A register that is refused is left as it was, to the byte, and gets no
 * side files. */
static void
assert_refused (const char *path)
{
  g_autofree char *before = sg_test_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_null (store);
  g_assert_error (error, SG_STORE_ERROR, SG_STORE_ERROR_CORRUPT);
  after = sg_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
  assert_no_side_files (path);
  /* No copy was written for a migration that did not start. */
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_false (g_str_has_suffix (name, ".v1.isms"));
}

static void
alter (const char *path,
       const char *sql)
{
  sqlite3 *db = open_db (path);

  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  /* Still in WAL mode, as every register is; closing leaves one file. */
  g_assert_cmpint (query_int (db, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), ==, 1);
  sqlite3_close (db);
  assert_no_side_files (path);
}

static void
test_damaged_v1_refused (Fixture       *f,
                         gconstpointer  data)
{
  alter (f->path, "ALTER TABLE risk DROP COLUMN threat");
  assert_refused (f->path);
}

static void
test_v1_missing_table_refused (Fixture       *f,
                               gconstpointer  data)
{
  alter (f->path, "DROP TABLE risk_controls");
  assert_refused (f->path);
}

static void
test_current_extra_column_refused (Fixture       *f,
                                   gconstpointer  data)
{
  g_clear_object (&(SgStore *) { open_store (f->fresh, SG_STORE_OPEN_CREATE) });
  alter (f->fresh, "ALTER TABLE risk ADD COLUMN velocity TEXT");
  assert_refused (f->fresh);
}

static void
test_current_missing_column_refused (Fixture       *f,
                                     gconstpointer  data)
{
  g_clear_object (&(SgStore *) { open_store (f->fresh, SG_STORE_OPEN_CREATE) });
  alter (f->fresh, "ALTER TABLE person DROP COLUMN email");
  assert_refused (f->fresh);
}

/* A constraint loosened by hand is as wrong as a missing column. */
static void
test_current_changed_check_refused (Fixture       *f,
                                    gconstpointer  data)
{
  g_clear_object (&(SgStore *) { open_store (f->fresh, SG_STORE_OPEN_CREATE) });
  alter (f->fresh, "PRAGMA writable_schema = ON;"
                   "UPDATE sqlite_schema SET sql = replace(sql, 'OR status = ''closed''', "
                   "'OR status = ''closed'' OR status = ''forged''') WHERE name = 'risk';");
  assert_refused (f->fresh);
}

static int kill_stage = -1;

static void
kill_at_stage_cb (SgMigrateStage stage,
                  int            version)
{
  if ((int) stage == kill_stage)
    raise (SIGKILL);
}

/* Killed anywhere in the migration, the file is still the v1 register it
 * was, to the byte, and the next start migrates it. */
static void
test_killed_migration (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *before = sg_test_checksum (f->path);
  g_autofree char *rows = dump_rows (f->path, FALSE);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);
  const SgMigrateStage stages[] = {
    SG_MIGRATE_STAGE_BEGUN, SG_MIGRATE_STAGE_STEP_DONE,
    SG_MIGRATE_STAGE_CONFORMED, SG_MIGRATE_STAGE_COMMITTING,
  };

  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    {
      g_autofree char *after = NULL;
      int status = 0;
      pid_t child = fork ();

      g_assert_cmpint (child, >=, 0);
      if (child == 0)
        {
          kill_stage = stages[i];
          sg_sqlite_migrate_set_hook (kill_at_stage_cb);
          sg_store_open (f->path, SG_STORE_OPEN_EXISTING, NULL);
          _exit (3);
        }
      g_assert_cmpint (waitpid (child, &status, 0), ==, child);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

      /* The main file is untouched; the log holds no committed frame, so
       * SQLite reads the v1 register. */
      after = sg_test_checksum (f->path);
      g_assert_cmpstr (after, ==, before);
      {
        sqlite3 *db = NULL;

        g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
        g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, 1);
        sqlite3_close (db);
      }
      {
        g_autofree char *rows_now = dump_rows (f->path, FALSE);

        g_assert_cmpstr (rows_now, ==, rows);
      }
      /* The copy of the old file from this try stays for the user. */
      g_assert_true (g_file_test (f->backup, G_FILE_TEST_EXISTS));
      g_unlink (f->backup);
      g_unlink (wal);
      g_unlink (shm);
    }

  g_clear_object (&(SgStore *) { open_store (f->path, SG_STORE_OPEN_EXISTING) });
  {
    sqlite3 *db = open_db (f->path);

    g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, SG_STORE_SCHEMA_VERSION);
    sqlite3_close (db);
  }
}

/* The disk fills up while writing the copy of the old file, or while
 * migrating: one message, and the v1 file as it was. */
static void
migrate_with_file_limit (Fixture *f,
                         rlim_t   bytes)
{
  g_autofree char *before = sg_test_checksum (f->path);
  g_autofree char *after = NULL;
  g_autofree char *partial = g_strconcat (f->backup, ".partial", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  struct rlimit old_limit, limit;
  void (*old_handler) (int);

  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = bytes;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, old_handler);

  g_assert_null (store);
  g_assert_error (error, SG_STORE_ERROR, SG_STORE_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "not enough free disk space"));
  g_assert_nonnull (strstr (error->message, "register.isms"));
  after = sg_test_checksum (f->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (f->backup, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  assert_no_side_files (f->path);
  /* Nor the copy's temporary file. */
  {
    g_autofree char *dir = g_path_get_dirname (f->path);
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (listing)) != NULL)
      g_assert_null (strstr (name, ".tmp-"));
  }
}

static void
test_full_disk_backup (Fixture       *f,
                       gconstpointer  data)
{
  migrate_with_file_limit (f, 64 * 1024);
}

static void
fill_disk_cb (SgMigrateStage stage,
              int            version)
{
  struct rlimit limit;

  if (stage != SG_MIGRATE_STAGE_BEGUN)
    return;
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  limit.rlim_cur = 1;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
}

static void
test_full_disk_migration (Fixture       *f,
                          gconstpointer  data)
{
  /* The copy is written; then the disk is full. */
  sg_sqlite_migrate_set_hook (fill_disk_cb);
  migrate_with_file_limit (f, RLIM_INFINITY);
  sg_sqlite_migrate_set_hook (NULL);
}

/* No copy can be written beside it: the old register is refused as it is. */
static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *before = sg_test_checksum (f->path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;

  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_cmpint (g_chmod (f->dir, 0700), ==, 0);

  g_assert_null (store);
  g_assert_error (error, SG_STORE_ERROR, SG_STORE_ERROR_READ_ONLY);
  after = sg_test_checksum (f->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (f->backup, G_FILE_TEST_EXISTS));
  assert_no_side_files (f->path);
}

/* Version 5: a finding's clause or control text becomes a link to the
 * clause or the Annex A control, and what a nonconformity's corrective
 * action and a review's actions said becomes Actions of theirs; the chain
 * still holds, with a line for each record the update changed. */
static void
test_v4_migration (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *source = g_build_filename (g_getenv ("SAFEGUARD_SOURCE_ROOT"), V4_FIXTURE, NULL);
  g_autoptr(SgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SgHistoryCheck) check = NULL;
  SgRecord *finding, *nc, *review, *action;
  SgRecord *const *actions;
  guint n_actions, n_of_nc = 0, n_of_review = 0;

  copy_file (source, f->path);
  exec_sql (f->path, "UPDATE finding SET clause = 'A.5.15' WHERE ref = 'F-003';"
                     "UPDATE finding SET clause = 'the whole of clause 8' WHERE ref = 'F-006';"
                     "UPDATE management_review SET actions = '- Book the audit' || char (10) || char (10)"
                     " || '2. Hire a second administrator' WHERE ref = 'MR-001'");
  store = open_store (f->path, SG_STORE_OPEN_EXISTING);

  finding = sg_store_find_by_ref (store, SG_TYPE_FINDING, "F-001");
  g_assert_cmpint (sg_record_peek_int64 (finding, SG_FINDING_CONTROL), ==,
                   sg_record_get_id (sg_store_find_by_ref (store, SG_TYPE_CONTROL, "8.13")));
  g_assert_cmpint (sg_record_peek_int64 (finding, SG_FINDING_REQUIREMENT), ==, 0);
  finding = sg_store_find_by_ref (store, SG_TYPE_FINDING, "F-002");
  g_assert_cmpint (sg_record_peek_int64 (finding, SG_FINDING_REQUIREMENT), ==,
                   sg_record_get_id (sg_store_find_by_ref (store, SG_TYPE_REQUIREMENT, "7.2")));
  finding = sg_store_find_by_ref (store, SG_TYPE_FINDING, "F-003");
  g_assert_cmpint (sg_record_peek_int64 (finding, SG_FINDING_CONTROL), ==,
                   sg_record_get_id (sg_store_find_by_ref (store, SG_TYPE_CONTROL, "5.15")));
  /* Text that names neither is kept, in the evidence. */
  finding = sg_store_find_by_ref (store, SG_TYPE_FINDING, "F-006");
  g_assert_cmpint (sg_record_peek_int64 (finding, SG_FINDING_CONTROL), ==, 0);
  g_assert_cmpint (sg_record_peek_int64 (finding, SG_FINDING_REQUIREMENT), ==, 0);
  g_assert_nonnull (strstr (sg_record_peek_string (finding, SG_FINDING_EVIDENCE), "the whole of clause 8"));

  nc = sg_store_find_by_ref (store, SG_TYPE_NONCONFORMITY, "NC-001");
  review = sg_store_find_by_ref (store, SG_TYPE_MANAGEMENT_REVIEW, "MR-001");
  actions = sg_store_peek_records (store, SG_TYPE_ACTION, &n_actions);
  for (guint i = 0; i < n_actions; i++)
    {
      action = actions[i];
      if (sg_record_peek_int64 (action, SG_ACTION_NONCONFORMITY) == sg_record_get_id (nc))
        {
          n_of_nc++;
          g_assert_true (g_str_has_prefix (sg_record_peek_string (action, SG_ACTION_TITLE),
                                           "Derive the restore test schedule"));
          /* NC-001 awaits verification: its action was done. */
          g_assert_cmpint (sg_record_peek_enum (action, SG_ACTION_STATUS), ==, SG_ACTION_STATUS_DONE);
        }
      if (sg_record_peek_int64 (action, SG_ACTION_REVIEW) == sg_record_get_id (review))
        {
          g_assert_cmpstr (sg_record_peek_string (action, SG_ACTION_TITLE), ==,
                           n_of_review == 0 ? "Book the audit" : "Hire a second administrator");
          n_of_review++;
        }
    }
  g_assert_cmpuint (n_of_nc, ==, 1);
  g_assert_cmpuint (n_of_review, ==, 2);
  g_assert_cmpuint (n_actions, ==, 6);

  check = sg_store_check_history (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (check->problems->len, ==, 0);
}

static double
target_value (SgRecord *objective)
{
  double value;

  g_object_get (objective, SG_OBJECTIVE_TARGET_VALUE, &value, NULL);
  return value;
}

/* Version 6: the status a person typed into a requirement becomes an
 * override of the computed readiness, shown with a note; an objective's
 * target in words gets its number and which side of it is good. */
static void
test_v5_migration (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *source = g_build_filename (g_getenv ("SAFEGUARD_SOURCE_ROOT"), V5_FIXTURE, NULL);
  g_autoptr(SgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SgHistoryCheck) check = NULL;
  SgRecord *requirement, *objective;

  copy_file (source, f->path);
  store = open_store (f->path, SG_STORE_OPEN_EXISTING);

  requirement = sg_store_find_by_ref (store, SG_TYPE_REQUIREMENT, "4.1");
  g_assert_cmpint (sg_record_peek_enum (requirement, SG_REQUIREMENT_OVERRIDE_FIELD), ==,
                   SG_REQUIREMENT_OVERRIDE_MET);
  g_assert_nonnull (strstr (sg_record_peek_string (requirement, SG_REQUIREMENT_OVERRIDE_NOTE),
                            "fulfilled"));
  requirement = sg_store_find_by_ref (store, SG_TYPE_REQUIREMENT, "7.2");
  g_assert_cmpint (sg_record_peek_enum (requirement, SG_REQUIREMENT_OVERRIDE_FIELD), ==,
                   SG_REQUIREMENT_OVERRIDE_PARTLY);
  /* A status left "not addressed" (the default) says nothing: the
   * computed readiness stands. */
  {
    sqlite3 *db = open_db (f->path);

    g_assert_cmpint (query_int (db, "SELECT count(*) FROM history WHERE record_table = 'requirement'"
                                    " AND field = 'override' AND changed_by LIKE '%version 6%'"), ==, 30);
    sqlite3_close (db);
  }

  /* "below 5" is a ceiling, "at least 95" a floor. */
  objective = sg_store_find_by_ref (store, SG_TYPE_OBJECTIVE, "OBJ-001");
  g_assert_cmpfloat (target_value (objective), ==, 5.0);
  g_assert_cmpint (sg_record_peek_enum (objective, SG_OBJECTIVE_TARGET_DIRECTION), ==,
                   SG_TARGET_DIRECTION_AT_MOST);
  objective = sg_store_find_by_ref (store, SG_TYPE_OBJECTIVE, "OBJ-002");
  g_assert_cmpfloat (target_value (objective), ==, 95.0);
  g_assert_cmpint (sg_record_peek_enum (objective, SG_OBJECTIVE_TARGET_DIRECTION), ==,
                   SG_TARGET_DIRECTION_AT_LEAST);
  /* The status a person gave it stays theirs, marked as such, with a line
   * in the history: the readings do not replace it unseen. */
  g_assert_cmpint (sg_record_peek_enum (objective, SG_OBJECTIVE_STATUS), ==, SG_OBJECTIVE_STATUS_AT_RISK);
  g_assert_true (sg_record_peek_boolean (objective, SG_OBJECTIVE_STATUS_SET_BY_HAND));
  {
    sqlite3 *db = open_db (f->path);

    g_assert_cmpint (query_int (db, "SELECT count(*) FROM history WHERE record_table = 'objective'"
                                    " AND field = 'status-set-by-hand' AND changed_by LIKE '%version 6%'"), ==, 5);
    sqlite3_close (db);
  }

  check = sg_store_check_history (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (check->problems->len, ==, 0);
}

/* What the tables of @before_path held, read from @path: the columns
 * @before_path had, in the tables it had, so that a version adding
 * tables and columns can be compared with the one before it. */
static char *
dump_columns_of (const char *path,
                 const char *before_path)
{
  sqlite3 *before = open_db (before_path);
  sqlite3 *db = open_db (path);
  g_autofree char *tables = query (before, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
  g_auto(GStrv) names = g_strsplit (tables, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; names[i] != NULL && *names[i] != '\0'; i++)
    {
      g_autofree char *columns = all_but_gone (before, names[i]);
      g_autofree char *sql = g_strdup_printf ("SELECT %s FROM \"%s\" ORDER BY 1, 2", columns, names[i]);
      g_autofree char *rows = query (db, sql);

      g_string_append_printf (out, "%s\n%s", names[i], rows);
    }
  sqlite3_close (db);
  sqlite3_close (before);
  return g_string_free (out, FALSE);
}

/* The part every version that converts nothing shares: the example
 * @fixture of @version opens, is updated, writes no history line, and
 * every row of every table it had is as it was, as is its chain. */
static void
assert_plain_migration (Fixture    *f,
                        const char *fixture,
                        int         version)
{
  g_autofree char *source = g_build_filename (g_getenv ("SAFEGUARD_SOURCE_ROOT"), fixture, NULL);
  g_autofree char *before = g_build_filename (f->dir, "before.isms", NULL);
  g_autofree char *rows_before = NULL;
  g_autofree char *rows_after = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SgHistoryCheck) check = NULL;
  gint64 history_before;
  sqlite3 *db;

  copy_file (source, f->path);
  copy_file (source, before);
  db = open_db (f->path);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, version);
  history_before = query_int (db, "SELECT count(*) FROM history");
  sqlite3_close (db);
  rows_before = dump_columns_of (before, before);

  store = open_store (f->path, SG_STORE_OPEN_EXISTING);
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_RISK)), >=, 35);
  check = sg_store_check_history (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (check->problems->len, ==, 0);
  g_clear_object (&store);

  db = open_db (f->path);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, SG_STORE_SCHEMA_VERSION);
  /* Nothing converted, so no history line was written. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM history"), ==, history_before);
  sqlite3_close (db);

  rows_after = dump_columns_of (f->path, before);
  g_assert_cmpstr (rows_after, ==, rows_before);
}

/* Version 7 adds two kinds: the suppliers and the obligations start empty
 * and take records, numbered from the first. */
static void
test_v6_migration (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SgStore) store = NULL;
  g_autoptr(SgRecord) supplier = NULL;
  g_autoptr(GError) error = NULL;

  assert_plain_migration (f, V6_FIXTURE, 6);

  store = open_store (f->path, SG_STORE_OPEN_EXISTING);
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_SUPPLIER)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_OBLIGATION)), ==, 0);
  supplier = g_object_new (SG_TYPE_SUPPLIER, SG_SUPPLIER_NAME, "DataPort Nord GmbH", NULL);
  g_assert_true (sg_store_add (store, supplier, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sg_record_get_ref (supplier), ==, "SUP-001");
}

/* Version 8 adds three link sets, empty at first, that take links and
 * keep them. */
static void
test_v7_migration (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SgStore) store = NULL;
  SgRecord *role, *other, *change, *risk;
  gint64 id;
  sqlite3 *db;

  assert_plain_migration (f, V7_FIXTURE, 7);

  db = open_db (f->path);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM role_incompatible_with"), ==, 0);
  sqlite3_close (db);

  store = open_store (f->path, SG_STORE_OPEN_EXISTING);
  role = sg_store_find_by_ref (store, SG_TYPE_ROLE, "ROLE-007");
  other = sg_store_find_by_ref (store, SG_TYPE_ROLE, "ROLE-002");
  change = sg_store_find_by_ref (store, SG_TYPE_PLANNED_CHANGE, "CHG-001");
  risk = sg_store_find_by_ref (store, SG_TYPE_RISK, "R-001");
  g_assert_nonnull (role);
  g_assert_nonnull (other);
  g_assert_nonnull (change);
  g_assert_nonnull (risk);
  id = sg_record_get_id (other);
  g_object_set (role, SG_ROLE_INCOMPATIBLE_WITH, sg_links_new (&id, 1), NULL);
  id = sg_record_get_id (risk);
  g_object_set (change, SG_PLANNED_CHANGE_AFFECTS_RISKS, sg_links_new (&id, 1), NULL);
  g_clear_object (&store);

  db = open_db (f->path);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM role_incompatible_with"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM planned_change_affects_risks"), ==, 1);
  sqlite3_close (db);
}

/* Version 9 adds awareness activities, the protection levels' meaning and
 * five fields, all empty at first: the scope's next review is not due
 * until someone sets it, and the new fields keep what is written. */
static void
test_v8_migration (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SgStore) store = NULL;
  g_autoptr(SgRecord) activity = NULL;
  g_autoptr(GError) error = NULL;
  SgRecord *person;
  g_autofree char *acknowledged = NULL;
  sqlite3 *db;

  assert_plain_migration (f, V8_FIXTURE, 8);

  db = open_db (f->path);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM awareness_activity"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM protection_level"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM scope WHERE next_review IS NOT NULL"), ==, 0);
  sqlite3_close (db);

  store = open_store (f->path, SG_STORE_OPEN_EXISTING);
  person = sg_store_find_by_ref (store, SG_TYPE_PERSON, "P-001");
  g_assert_nonnull (person);
  g_object_set (person, SG_PERSON_POLICY_ACKNOWLEDGED_ON, "2027-01-15", NULL);
  activity = g_object_new (SG_TYPE_AWARENESS_ACTIVITY, SG_AWARENESS_ACTIVITY_TITLE, "Phishing briefing", NULL);
  g_assert_true (sg_store_add (store, activity, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sg_record_get_ref (activity), ==, "AW-001");
  g_clear_object (&store);

  store = open_store (f->path, SG_STORE_OPEN_EXISTING);
  person = sg_store_find_by_ref (store, SG_TYPE_PERSON, "P-001");
  g_object_get (person, SG_PERSON_POLICY_ACKNOWLEDGED_ON, &acknowledged, NULL);
  g_assert_cmpstr (acknowledged, ==, "2027-01-15");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

  ADD ("/schema/columns-match-fields", test_columns_match_fields);
  g_test_add_func ("/schema/versions-have-steps", test_versions_have_steps);
  ADD ("/schema/constraints-refuse", test_constraints_refuse);
  ADD ("/schema/migrated-equals-fresh", test_migrated_equals_fresh);
  ADD ("/schema/migration/from-v2", test_v2_migration);
  ADD ("/schema/migration/from-v4", test_v4_migration);
  ADD ("/schema/migration/from-v5", test_v5_migration);
  ADD ("/schema/migration/from-v6", test_v6_migration);
  ADD ("/schema/migration/from-v7", test_v7_migration);
  ADD ("/schema/migration/from-v8", test_v8_migration);
  ADD ("/schema/refused/damaged-v1", test_damaged_v1_refused);
  ADD ("/schema/refused/v1-missing-table", test_v1_missing_table_refused);
  ADD ("/schema/refused/extra-column", test_current_extra_column_refused);
  ADD ("/schema/refused/missing-column", test_current_missing_column_refused);
  ADD ("/schema/refused/changed-check", test_current_changed_check_refused);
  ADD ("/schema/migration/killed", test_killed_migration);
  ADD ("/schema/migration/full-disk-backup", test_full_disk_backup);
  ADD ("/schema/migration/full-disk", test_full_disk_migration);
  ADD ("/schema/migration/read-only-folder", test_read_only_folder);

#undef ADD

  return g_test_run ();
}
