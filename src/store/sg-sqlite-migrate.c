/* sg-sqlite-migrate.c: the chain of schema versions every register goes through
 *
 * A new register and an old one take the same path: 0 → 1 → 2 … Each
 * step creates the kinds and adds the fields that the classes say came
 * with its version (sg_record_class_set_since, sg_field_since), then runs
 * what the steps table below adds for it. Last, every table whose
 * definition differs from what the classes generate is rebuilt, so that
 * a migrated register and a new one hold exactly the same schema.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "sg-kinds.h"
#include "sg-person.h"
#include "sg-sqlite-chain.h"
#include "sg-sqlite-improve.h"
#include "sg-sqlite-migrate.h"
#include "sg-sqlite-schema.h"
#include "sg-store.h"

typedef gboolean (*StepFunc) (sqlite3  *db,
                              GError  **error);

static gboolean people_of_version_2     (sqlite3  *db,
                                         GError  **error);
static gboolean competence_of_version_3 (sqlite3  *db,
                                         GError  **error);
static gboolean chain_of_version_4      (sqlite3  *db,
                                         GError  **error);
static gboolean actions_of_version_5    (sqlite3  *db,
                                         GError  **error);
static gboolean readiness_of_version_6  (sqlite3  *db,
                                         GError  **error);

/* One line per schema version: what it adds beyond its kinds and fields. */
static const struct
{
  int          version;
  const char  *sql;
  StepFunc     func;
} steps[] = {
  /* The first release: its kinds, and the change history. */
  { 1, sg_sqlite_history_sql, NULL },
  /* The people directory, and every name typed as owner, auditor, holder
   * … a person of it; every table as the classes generate it. */
  { 2, NULL, people_of_version_2 },
  /* The competence record's person a person too, and a title of its own;
   * "not the same as" between people. */
  { 3, NULL, competence_of_version_3 },
  /* The change history a hash chain: a state and a hash on every entry;
   * the Statement of Applicability's reasons for inclusion, implementation
   * notes, evidence items and issued versions. */
  { 4, NULL, chain_of_version_4 },
  /* Tracked actions; a finding's clause or control a link, a
   * nonconformity's corrective action and a review's actions Actions;
   * the audit's team, auditees and scope, the nonconformity's severity,
   * cause and effectiveness check, the review's attendees and its inputs
   * computed and frozen. */
  { 5, NULL, actions_of_version_5 },
  /* Readiness computed: a requirement's typed status becomes a person's
   * override of it; an objective's target a number with a direction, its
   * readings taken by a person, its status following them unless set by
   * hand. */
  { 6, NULL, readiness_of_version_6 },
  /* The supplier register and the obligations of interested parties: two
   * new kinds, nothing to convert. */
  { 7, NULL, NULL },
  /* Segregation of duties (roles declared incompatible) and what a
   * planned change affects: three link sets, empty at first. */
  { 8, NULL, NULL },
  /* Competence and awareness (awareness activities, a role's required
   * competence, a person's policy acknowledgement), the scope's next
   * review, a document's distribution, a context issue's risks and the
   * meaning of the protection-need levels: new, empty at first. */
  { 9, NULL, NULL },
};

/* Text fields of version 1 that became person fields after version 2;
 * every other one became a person with version 2. */
static const struct
{
  const char *table;
  const char *column;
  int         version;
} late_people[] = {
  { "competence_record", "person", 3 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (steps) == SG_STORE_SCHEMA_VERSION);

/* Columns of fields that a later version converted and no class has any
 * more: an older file has them from @since until its step @until read
 * them (and the final rebuild dropped them). */
static const struct
{
  const char *table;
  const char *column;
  int         since;
  int         until;
} gone_columns[] = {
  { "finding", "clause", 1, 5 },
  { "nonconformity", "corrective_action", 1, 5 },
  { "management_review", "actions", 1, 5 },
  { "requirement", "status", 1, 6 },
};

static SgMigrateHook migrate_hook;

G_DEFINE_QUARK (sg-sqlite-error-quark, sg_sqlite_error)

gboolean
sg_sqlite_migrate_step_does_more (int version)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i].version == version)
      return steps[i].sql != NULL || steps[i].func != NULL;
  return FALSE;
}

void
sg_sqlite_migrate_set_hook (SgMigrateHook hook)
{
  migrate_hook = hook;
}

static void
reached (SgMigrateStage stage,
         int            version)
{
  if (migrate_hook != NULL)
    migrate_hook (stage, version);
}

static gboolean
exec (sqlite3     *db,
      const char  *sql,
      GError     **error)
{
  char *message = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, SG_SQLITE_ERROR, rc, "%s", message ? message : sqlite3_errmsg (db));
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
exec_all (sqlite3    *db,
          GPtrArray  *statements,
          GError    **error)
{
  for (guint i = 0; i < statements->len; i++)
    if (!exec (db, g_ptr_array_index (statements, i), error))
      return FALSE;
  return TRUE;
}

static gboolean
run_step (sqlite3  *db,
          guint     index,
          GError  **error)
{
  int version = steps[index].version;
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);

  if (steps[index].sql != NULL && !exec (db, steps[index].sql, error))
    return FALSE;

  for (guint k = 0; k < n_kinds; k++)
    {
      SgRecordClass *klass = g_type_class_peek (kinds[k]);
      guint since = sg_record_class_get_since (klass);

      if ((int) since == version)
        {
          g_autoptr(GPtrArray) statements = sg_sqlite_schema_kind (klass, version);

          if (!exec_all (db, statements, error))
            return FALSE;
        }
      else if ((int) since < version)
        {
          guint n_fields;
          GParamSpec **fields = sg_record_class_list_fields (klass, &n_fields);

          for (guint f = 0; f < n_fields; f++)
            {
              g_autoptr(GPtrArray) statements = NULL;

              if ((int) sg_field_get_since (fields[f]) != version)
                continue;
              statements = sg_sqlite_schema_add_field (klass, fields[f]);
              if (!exec_all (db, statements, error))
                return FALSE;
            }
        }
    }

  return steps[index].func == NULL || steps[index].func (db, error);
}

static gboolean
prepare (sqlite3       *db,
         const char    *sql,
         sqlite3_stmt **stmt,
         GError       **error)
{
  int rc = sqlite3_prepare_v2 (db, sql, -1, stmt, NULL);

  if (rc != SQLITE_OK)
    g_set_error (error, SG_SQLITE_ERROR, rc, "%s", sqlite3_errmsg (db));
  return rc == SQLITE_OK;
}

static gboolean
step_done (sqlite3       *db,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, SG_SQLITE_ERROR, sqlite3_extended_errcode (db), "%s", sqlite3_errmsg (db));
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  char       *spelling;   /* the most frequent way it was written */
  guint       best_count;
  GHashTable *counts;     /* spelling → count */
  gint64      id;
} NamedPerson;

static void
named_person_free (gpointer data)
{
  NamedPerson *p = data;

  g_free (p->spelling);
  g_hash_table_unref (p->counts);
  g_free (p);
}

static int
became_person_in (const char *table,
                  const char *column)
{
  for (guint i = 0; i < G_N_ELEMENTS (late_people); i++)
    if (g_str_equal (late_people[i].table, table) && g_str_equal (late_people[i].column, column))
      return late_people[i].version;
  return 2;
}

/* The fields of version 1 that were text and name a person since @version. */
static GPtrArray *
person_columns (int version)
{
  GPtrArray *columns = g_ptr_array_new_with_free_func (g_free);
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);

  for (guint k = 0; k < n_kinds; k++)
    {
      SgRecordClass *klass = g_type_class_peek (kinds[k]);
      guint n_fields;
      GParamSpec **fields = sg_record_class_list_fields (klass, &n_fields);

      if (sg_record_class_get_since (klass) > 1)
        continue;
      for (guint f = 0; f < n_fields; f++)
        if (sg_field_is_person (fields[f]) && sg_field_get_since (fields[f]) == 1)
          {
            g_autofree char *column = sg_field_get_column (fields[f]);
            const char *table = sg_record_class_get_table (klass);

            if (became_person_in (table, column) == version)
              g_ptr_array_add (columns, g_strdup_printf ("\"%s\".\"%s\"", table, column));
          }
    }
  return columns;
}

/* The people the directory holds already (none before version 3), so
 * that a name they have links to them; returns the last ref's number. */
static guint
known_people (sqlite3    *db,
              GHashTable *people,
              GError    **error)
{
  sqlite3_stmt *stmt = NULL;
  guint last = 0;

  if (!prepare (db, "SELECT id, ref, name FROM person ORDER BY id", &stmt, error))
    return G_MAXUINT;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *ref = (const char *) sqlite3_column_text (stmt, 1);
      const char *name = (const char *) sqlite3_column_text (stmt, 2);
      g_autofree char *key = sg_person_name_key (name ? name : "");
      guint64 number = 0;

      if (ref != NULL && g_str_has_prefix (ref, "P-") &&
          g_ascii_string_to_unsigned (ref + 2, 10, 0, G_MAXUINT - 1, &number, NULL))
        last = MAX (last, (guint) number);
      if (*key != '\0' && !g_hash_table_contains (people, key))
        {
          NamedPerson *person = g_new0 (NamedPerson, 1);

          person->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          person->id = sqlite3_column_int64 (stmt, 0);
          g_hash_table_insert (people, g_steal_pointer (&key), person);
        }
    }
  sqlite3_finalize (stmt);
  return last;
}

/* Every name in the person fields of @version becomes one person —
 * trimmed, ignoring case and runs of spaces, spelled as most often — in
 * the order the register first names them, with a history entry; a name
 * the directory has already links to its person. Then each field holds
 * its person's id (the final rebuild makes the column a reference). */
static gboolean
names_to_people (sqlite3  *db,
                 int       version,
                 GError  **error)
{
  g_autoptr(GPtrArray) columns = person_columns (version);
  g_autoptr(GHashTable) people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, named_person_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();           /* NamedPerson*, first named first */
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);  /* as typed → NamedPerson* */
  g_autoptr(GDateTime) now_time = g_date_time_new_now_utc ();
  g_autofree char *now = g_date_time_format (now_time, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *changed_by = g_strdup_printf ("Safeguard (update to version %d)", version);
  sqlite3_stmt *stmt = NULL;
  guint last_ref;
  gboolean ok = TRUE;

  if (columns->len == 0)
    return TRUE;
  last_ref = known_people (db, people, error);
  if (last_ref == G_MAXUINT)
    return FALSE;

  for (guint c = 0; c < columns->len && ok; c++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (columns, c), ".", 2);
      /* Each spelling once, with how often it was used, in the order the
       * register first uses them. */
      g_autofree char *sql = g_strdup_printf ("SELECT %s, COUNT(*) FROM %s WHERE %s IS NOT NULL"
                                              " GROUP BY %s ORDER BY MIN(id)",
                                              parts[1], parts[0], parts[1], parts[1]);

      ok = prepare (db, sql, &stmt, error);
      while (ok && sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *typed = (const char *) sqlite3_column_text (stmt, 0);
          guint uses = (guint) sqlite3_column_int64 (stmt, 1);
          g_autofree char *tidy = sg_person_tidy_name (typed ? typed : "");
          g_autofree char *key = sg_person_name_key (tidy);
          NamedPerson *person;
          guint count;

          if (*tidy == '\0')
            continue;
          person = g_hash_table_lookup (people, key);
          if (person == NULL)
            {
              person = g_new0 (NamedPerson, 1);
              person->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
              g_hash_table_insert (people, g_strdup (key), person);
              g_ptr_array_add (order, person);
            }
          else if (person->id != 0)
            {
              /* In the directory already: linked, spelled as there. */
              g_hash_table_insert (values, g_strdup (typed), person);
              continue;
            }
          count = GPOINTER_TO_UINT (g_hash_table_lookup (person->counts, tidy)) + uses;
          g_hash_table_insert (person->counts, g_strdup (tidy), GUINT_TO_POINTER (count));
          if (count > person->best_count)
            {
              person->best_count = count;
              g_free (person->spelling);
              person->spelling = g_strdup (tidy);
            }
          g_hash_table_insert (values, g_strdup (typed), person);
        }
      g_clear_pointer (&stmt, sqlite3_finalize);
    }

  ok = ok && prepare (db, "INSERT INTO person (ref, name, active, created, updated) VALUES (?, ?, 1, ?, ?)",
                      &stmt, error);
  for (guint i = 0; ok && i < order->len; i++)
    {
      NamedPerson *person = g_ptr_array_index (order, i);
      g_autofree char *ref = g_strdup_printf ("P-%03u", last_ref + i + 1);

      sqlite3_bind_text (stmt, 1, ref, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, person->spelling, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, now, -1, SQLITE_STATIC);
      ok = step_done (db, stmt, error);
      person->id = sqlite3_last_insert_rowid (db);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* The change history says where the people came from. */
  ok = ok && prepare (db, "INSERT INTO history (record_table, record_id, record_ref, action,"
                          " changed_at, changed_by) VALUES ('person', ?, ?, 'create', ?, ?)",
                      &stmt, error);
  for (guint i = 0; ok && i < order->len; i++)
    {
      NamedPerson *person = g_ptr_array_index (order, i);
      g_autofree char *ref = g_strdup_printf ("P-%03u", last_ref + i + 1);

      sqlite3_bind_int64 (stmt, 1, person->id);
      sqlite3_bind_text (stmt, 2, ref, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, changed_by, -1, SQLITE_STATIC);
      ok = step_done (db, stmt, error);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* One statement per column, through a table of what was typed: a name
   * that looks like an id is never taken for one. */
  ok = ok && exec (db, "CREATE TEMP TABLE sg_person_of (typed TEXT PRIMARY KEY, person INTEGER)", error);
  ok = ok && prepare (db, "INSERT INTO sg_person_of (typed, person) VALUES (?, ?)", &stmt, error);
  if (ok)
    {
      GHashTableIter iter;
      gpointer typed, person;

      g_hash_table_iter_init (&iter, values);
      while (ok && g_hash_table_iter_next (&iter, &typed, &person))
        {
          sqlite3_bind_text (stmt, 1, typed, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 2, ((NamedPerson *) person)->id);
          ok = step_done (db, stmt, error);
        }
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  for (guint c = 0; ok && c < columns->len; c++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (columns, c), ".", 2);
      g_autofree char *sql = g_strdup_printf ("UPDATE %s SET %s = (SELECT person FROM sg_person_of"
                                              " WHERE typed = %s.%s)",
                                              parts[0], parts[1], parts[0], parts[1]);

      ok = exec (db, sql, error);
    }
  return ok && exec (db, "DROP TABLE sg_person_of", error);
}

static gboolean
people_of_version_2 (sqlite3  *db,
                     GError  **error)
{
  return names_to_people (db, 2, error);
}

/* The competence record is named by what the competence is, no longer by
 * its person: the first line of the required competence that is not
 * blank, else of the training, else the name that was its title. */
#define BLANKS "' ' || char (9) || char (10) || char (13)"
#define TEXT_OF(column) "LTRIM (" column ", " BLANKS ")"
#define FIRST_LINE(column) \
  "NULLIF (TRIM (SUBSTR (" TEXT_OF (column) ", 1, INSTR (" TEXT_OF (column) " || char (10), char (10)) - 1)," \
  " " BLANKS "), '')"

static gboolean
competence_of_version_3 (sqlite3  *db,
                         GError  **error)
{
  return exec (db, "UPDATE competence_record SET title = COALESCE ("
                   FIRST_LINE ("required_competence") ", " FIRST_LINE ("training") ", "
                   "NULLIF (TRIM (person), ''), ref)", error) &&
         names_to_people (db, 3, error);
}

#undef FIRST_LINE
#undef TEXT_OF
#undef BLANKS

/* The version whose step made the history a chain: its line in steps[]
 * is the one place that says so. */
static int
chain_version (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i].func == chain_of_version_4)
      return steps[i].version;
  g_return_val_if_reached (G_MAXINT);
}

static GHashTable *actual_schema (sqlite3 *db);
static gboolean    rebuild_table (sqlite3     *db,
                                  const char  *table,
                                  const char  *sql,
                                  GError     **error);

static gboolean
chain_of_version_4 (sqlite3  *db,
                    GError  **error)
{
  g_auto(GStrv) history = g_strsplit (sg_sqlite_history_sql, ";\n", -1);
  g_autoptr(GHashTable) actual = actual_schema (db);

  /* A new register made the table as it is now in step 1; an older
   * one gains the columns and the chain's action. */
  if (g_strcmp0 (g_hash_table_lookup (actual, "history"), history[0]) != 0 &&
      (!rebuild_table (db, "history", history[0], error) || !exec (db, history[1], error)))
    return FALSE;
  return sg_sqlite_chain_begin (db, chain_version (), error);
}

static gboolean
actions_of_version_5 (sqlite3  *db,
                      GError  **error)
{
  return sg_sqlite_improve (db, 5, error);
}

static gboolean
readiness_of_version_6 (sqlite3  *db,
                        GError  **error)
{
  return sg_sqlite_improve (db, 6, error);
}

/* name → sql of every table and index the file holds, SQLite's own aside. */
static GHashTable *
actual_schema (sqlite3 *db)
{
  GHashTable *actual = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT name, sql FROM sqlite_schema"
                              " WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
                          -1, &stmt, NULL) != SQLITE_OK)
    return actual;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (actual, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);
  return actual;
}

static GPtrArray *
column_names (sqlite3    *db,
              const char *table)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA table_info(\"%s\")", table);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return names;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);
  return names;
}

static gboolean
has_name (GPtrArray  *names,
          const char *name)
{
  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (g_ptr_array_index (names, i), name))
      return TRUE;
  return FALSE;
}

/* Creates @table anew from @sql and copies the columns both have: a column
 * the classes no longer declare is dropped here, so the step that retires
 * a field moves its data first. Foreign keys are off and
 * legacy_alter_table on, so that renaming the old table leaves the
 * references of other tables pointing at the new one. */
static gboolean
rebuild_table (sqlite3     *db,
               const char  *table,
               const char  *sql,
               GError     **error)
{
  g_autofree char *old = g_strconcat ("sg_old_", table, NULL);
  g_autofree char *rename = g_strdup_printf ("ALTER TABLE \"%s\" RENAME TO \"%s\"", table, old);
  g_autofree char *drop = g_strdup_printf ("DROP TABLE \"%s\"", old);
  g_autoptr(GPtrArray) old_columns = NULL;
  g_autoptr(GPtrArray) new_columns = NULL;
  g_autoptr(GString) columns = g_string_new (NULL);
  g_autofree char *copy = NULL;

  if (!exec (db, rename, error) || !exec (db, sql, error))
    return FALSE;
  old_columns = column_names (db, old);
  new_columns = column_names (db, table);
  for (guint i = 0; i < new_columns->len; i++)
    if (has_name (old_columns, g_ptr_array_index (new_columns, i)))
      g_string_append_printf (columns, "%s\"%s\"", columns->len ? ", " : "",
                              (char *) g_ptr_array_index (new_columns, i));
  if (columns->len > 0)
    {
      copy = g_strdup_printf ("INSERT INTO \"%s\" (%s) SELECT %s FROM \"%s\"",
                              table, columns->str, columns->str, old);
      if (!exec (db, copy, error))
        return FALSE;
    }
  return exec (db, drop, error);
}

static gboolean
is_table_sql (const char *sql)
{
  return g_str_has_prefix (sql, "CREATE TABLE");
}

static gboolean
conform (sqlite3  *db,
         GError  **error)
{
  g_autoptr(GPtrArray) expected = sg_sqlite_schema_all ();
  g_autoptr(GHashTable) actual = actual_schema (db);
  GHashTableIter iter;
  gpointer name, sql;

  /* Indexes that are not as generated go first: a rebuilt table's old
   * indexes would take the names of the new ones. */
  g_hash_table_iter_init (&iter, actual);
  while (g_hash_table_iter_next (&iter, &name, &sql))
    {
      gboolean wanted = FALSE;

      if (!g_str_has_prefix (sql, "CREATE INDEX"))
        continue;
      for (guint i = 0; i < expected->len && !wanted; i++)
        wanted = g_str_equal (g_ptr_array_index (expected, i), sql);
      if (!wanted)
        {
          g_autofree char *drop = g_strdup_printf ("DROP INDEX \"%s\"", (char *) name);

          if (!exec (db, drop, error))
            return FALSE;
        }
    }

  for (guint i = 0; i < expected->len; i++)
    {
      const char *want = g_ptr_array_index (expected, i);
      g_autofree char *table = NULL;
      const char *have;

      if (!is_table_sql (want))
        continue;
      table = sg_sqlite_schema_statement_name (want);
      have = g_hash_table_lookup (actual, table);
      if (have == NULL)
        {
          if (!exec (db, want, error))
            return FALSE;
        }
      else if (!g_str_equal (have, want) && !rebuild_table (db, table, want, error))
        return FALSE;
    }

  /* Indexes that are missing now: dropped above or with their old table. */
  g_clear_pointer (&actual, g_hash_table_unref);
  actual = actual_schema (db);
  for (guint i = 0; i < expected->len; i++)
    {
      const char *want = g_ptr_array_index (expected, i);
      g_autofree char *index = NULL;

      if (is_table_sql (want))
        continue;
      index = sg_sqlite_schema_statement_name (want);
      if (!g_hash_table_contains (actual, index) && !exec (db, want, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
foreign_keys_hold (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  ok = sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL) == SQLITE_OK &&
       sqlite3_step (stmt) == SQLITE_DONE;
  sqlite3_finalize (stmt);
  return ok;
}

gboolean
sg_sqlite_migrate (sqlite3  *db,
                   int       from_version,
                   GError  **error)
{
  g_autofree char *stamp = g_strdup_printf ("PRAGMA user_version = %d", SG_STORE_SCHEMA_VERSION);
  gboolean ok;

  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (from_version >= 0 && from_version < SG_STORE_SCHEMA_VERSION, FALSE);

  /* Neither can change inside a transaction. */
  if (!exec (db, "PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON", error))
    return FALSE;
  ok = exec (db, "BEGIN IMMEDIATE", error);
  /* A new file becomes a register in the same transaction as its tables. */
  if (ok && from_version == 0)
    {
      g_autofree char *app_id = g_strdup_printf ("PRAGMA application_id = %d", SG_APPLICATION_ID);

      ok = exec (db, app_id, error);
    }
  if (ok)
    reached (SG_MIGRATE_STAGE_BEGUN, from_version);
  for (guint i = 0; ok && i < G_N_ELEMENTS (steps); i++)
    {
      if (steps[i].version <= from_version)
        continue;
      ok = run_step (db, i, error);
      if (ok)
        reached (SG_MIGRATE_STAGE_STEP_DONE, steps[i].version);
    }
  ok = ok && conform (db, error);
  if (ok)
    reached (SG_MIGRATE_STAGE_CONFORMED, SG_STORE_SCHEMA_VERSION);
  if (ok && !foreign_keys_hold (db))
    {
      g_set_error_literal (error, SG_SQLITE_ERROR, SQLITE_CONSTRAINT_FOREIGNKEY,
                           "a reference points at a record that does not exist");
      ok = FALSE;
    }
  if (ok && !sg_sqlite_schema_matches (db, SG_STORE_SCHEMA_VERSION))
    {
      g_set_error_literal (error, SG_SQLITE_ERROR, SQLITE_SCHEMA,
                           "the migrated schema is not the one the classes declare");
      ok = FALSE;
    }
  ok = ok && exec (db, stamp, error);
  if (ok)
    reached (SG_MIGRATE_STAGE_COMMITTING, SG_STORE_SCHEMA_VERSION);
  ok = ok && exec (db, "COMMIT", error);
  if (!ok)
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_exec (db, "PRAGMA legacy_alter_table = OFF; PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  return ok;
}

static gboolean
columns_are (sqlite3    *db,
             const char *table,
             GPtrArray  *wanted)
{
  g_autoptr(GPtrArray) have = column_names (db, table);

  if (have->len != wanted->len)
    return FALSE;
  for (guint i = 0; i < wanted->len; i++)
    if (!has_name (have, g_ptr_array_index (wanted, i)))
      return FALSE;
  return TRUE;
}

/* An older version is checked by its tables and columns, which is what
 * its migration relies on. */
static gboolean
older_schema_matches (sqlite3 *db,
                      int      version)
{
  static const char * const history_columns[] = {
    "id", "record_table", "record_id", "record_ref", "action", "field",
    "old_value", "new_value", "changed_at", "changed_by",
  };
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_free);
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);

  for (guint i = 0; i < G_N_ELEMENTS (history_columns); i++)
    g_ptr_array_add (wanted, g_strdup (history_columns[i]));
  if (version >= chain_version ())
    {
      g_ptr_array_add (wanted, g_strdup ("state"));
      g_ptr_array_add (wanted, g_strdup ("hash"));
    }
  if (!columns_are (db, "history", wanted))
    return FALSE;

  for (guint k = 0; k < n_kinds; k++)
    {
      SgRecordClass *klass = g_type_class_peek (kinds[k]);
      const char *table = sg_record_class_get_table (klass);
      guint n_fields;
      GParamSpec **fields = sg_record_class_list_fields (klass, &n_fields);

      if ((int) sg_record_class_get_since (klass) > version)
        continue;
      g_ptr_array_set_size (wanted, 0);
      g_ptr_array_add (wanted, g_strdup ("id"));
      for (guint f = 0; f < n_fields; f++)
        {
          g_autofree char *column = sg_field_get_column (fields[f]);

          if ((int) sg_field_get_since (fields[f]) > version)
            continue;
          if (sg_field_get_kind (fields[f]) == SG_FIELD_LINKS)
            {
              g_autofree char *link_table = g_strdup_printf ("%s_%s", table, column);
              g_autoptr(GPtrArray) link_columns = g_ptr_array_new ();

              g_ptr_array_add (link_columns, (gpointer) "record_id");
              g_ptr_array_add (link_columns, (gpointer) "target_id");
              if (!columns_are (db, link_table, link_columns))
                return FALSE;
            }
          else
            g_ptr_array_add (wanted, g_steal_pointer (&column));
        }
      for (guint g = 0; g < G_N_ELEMENTS (gone_columns); g++)
        if (g_str_equal (gone_columns[g].table, table) &&
            gone_columns[g].since <= version && version < gone_columns[g].until)
          g_ptr_array_add (wanted, g_strdup (gone_columns[g].column));
      if (!columns_are (db, table, wanted))
        return FALSE;
    }
  return TRUE;
}

gboolean
sg_sqlite_schema_matches (sqlite3 *db,
                          int      version)
{
  g_autoptr(GHashTable) expected = NULL;
  g_autoptr(GHashTable) actual = NULL;
  GHashTableIter iter;
  gpointer name, sql;

  g_return_val_if_fail (db != NULL, FALSE);

  if (version < SG_STORE_SCHEMA_VERSION)
    return older_schema_matches (db, version);

  expected = sg_sqlite_schema_expected ();
  actual = actual_schema (db);
  if (g_hash_table_size (expected) != g_hash_table_size (actual))
    return FALSE;
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &name, &sql))
    if (g_strcmp0 (g_hash_table_lookup (actual, name), sql) != 0)
      return FALSE;
  return TRUE;
}
