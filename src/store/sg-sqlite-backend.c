/* sg-sqlite-backend.c: the store's rows, link sets and history in SQLite
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>
#include <string.h>

#include "sg-history-chain.h"
#include "sg-sqlite-backend.h"
#include "sg-sqlite-copy.h"
#include "sg-sqlite-file.h"
#include "sg-store-backend.h"

/* What a kind's statements are, made on first use. */
typedef struct
{
  GPtrArray  *link_sql;       /* per link field: its DELETE, then its INSERT */
  char       *insert_sql[2];  /* by whether the id is given */
} SqliteKind;

typedef struct
{
  SgStoreBackend  parent;

  SgSqliteFile    file;
  GHashTable     *statements;         /* SQL → sqlite3_stmt* */
  GHashTable     *stable_statements;  /* SQL's address → sqlite3_stmt* (owned by @statements) */
  GPtrArray      *kinds;              /* SqliteKind*, by SgStoreKind.index */
  /* The history chain's head: the newest entry's hash (zeros for none),
   * and what it was when the open transaction began. */
  char            head[SG_HISTORY_HASH_LEN + 1];
  char            head_at_begin[SG_HISTORY_HASH_LEN + 1];
} SgSqliteBackend;

static gboolean
set_error (SgSqliteBackend  *self,
           GError          **error,
           int               rc)
{
  return sg_sqlite_save_error (&self->file, error, rc);
}

static SqliteKind *
get_kind (SgSqliteBackend *self,
          SgStoreKind     *kind)
{
  SqliteKind *sk;

  if (kind->index >= self->kinds->len)
    g_ptr_array_set_size (self->kinds, kind->index + 1);
  sk = g_ptr_array_index (self->kinds, kind->index);
  if (sk != NULL)
    return sk;

  sk = g_new0 (SqliteKind, 1);
  sk->link_sql = g_ptr_array_new_with_free_func (g_free);
  for (guint l = 0; l < kind->links->len; l++)
    {
      g_autofree char *column = sg_field_get_column (g_ptr_array_index (kind->links, l));

      g_ptr_array_add (sk->link_sql,
                       g_strdup_printf ("DELETE FROM %s_%s WHERE record_id = ?",
                                        kind->table, column));
      g_ptr_array_add (sk->link_sql,
                       g_strdup_printf ("INSERT OR IGNORE INTO %s_%s (record_id, target_id)"
                                        " VALUES (?, ?)", kind->table, column));
    }
  g_ptr_array_index (self->kinds, kind->index) = sk;
  return sk;
}

static void
sqlite_kind_free (gpointer data)
{
  SqliteKind *sk = data;

  if (sk == NULL)
    return;
  g_ptr_array_unref (sk->link_sql);
  g_free (sk->insert_sql[0]);
  g_free (sk->insert_sql[1]);
  g_free (sk);
}

/* Statements */

/* A statement is reset and its bindings cleared before every use: a
 * string bound with SQLITE_STATIC need only outlive its step. */
static sqlite3_stmt *
get_stmt (SgSqliteBackend  *self,
          const char       *sql,
          GError          **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->file.db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_error (self, error, rc);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* For SQL that stays at one address for the backend's life (literals, a
 * kind's own statements): looked up by address, not by hashing the text
 * — adding 100,000 records runs three such statements each. */
static sqlite3_stmt *
get_stable_stmt (SgSqliteBackend  *self,
                 const char       *sql,
                 GError          **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->stable_statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  stmt = get_stmt (self, sql, error);
  if (stmt != NULL)
    g_hash_table_insert (self->stable_statements, (gpointer) sql, stmt);
  return stmt;
}

static gboolean
step_done (SgSqliteBackend  *self,
           sqlite3_stmt     *stmt,
           GError          **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      rc = sqlite3_extended_errcode (self->file.db);
      if (rc == SQLITE_CONSTRAINT_UNIQUE)
        {
          g_set_error_literal (error, SG_STORE_ERROR, SG_STORE_ERROR_DUPLICATE_REF,
                               _("This ref is already used by another record. Choose a different one."));
          return FALSE;
        }
      return set_error (self, error, rc);
    }
  return TRUE;
}

/* Values ↔ columns */

static void
bind_value (sqlite3_stmt *stmt,
            int           index,
            GParamSpec   *pspec,
            const GValue *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (type == G_TYPE_STRING)
    {
      const char *s = g_value_get_string (value);
      if (s == NULL)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_text (stmt, index, s, -1, SQLITE_STATIC);
    }
  else if (type == G_TYPE_INT)
    sqlite3_bind_int (stmt, index, g_value_get_int (value));
  else if (type == G_TYPE_BOOLEAN)
    sqlite3_bind_int (stmt, index, g_value_get_boolean (value) ? 1 : 0);
  else if (type == G_TYPE_DOUBLE)
    sqlite3_bind_double (stmt, index, g_value_get_double (value));
  else if (type == G_TYPE_INT64)
    {
      gint64 v = g_value_get_int64 (value);
      if (v == 0)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_int64 (stmt, index, v);
    }
  else if (G_TYPE_IS_ENUM (type))
    sqlite3_bind_text (stmt, index, sg_enum_get_nick (type, g_value_get_enum (value)),
                       -1, SQLITE_STATIC);
  else
    g_assert_not_reached ();
}

void
sg_sqlite_read_value (sqlite3_stmt *stmt,
                      int           column,
                      GParamSpec   *pspec,
                      GValue       *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (value, type);
  if (type == G_TYPE_STRING)
    g_value_set_string (value, (const char *) sqlite3_column_text (stmt, column));
  else if (type == G_TYPE_INT)
    g_value_set_int (value, sqlite3_column_int (stmt, column));
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, sqlite3_column_int (stmt, column) != 0);
  else if (type == G_TYPE_DOUBLE)
    g_value_set_double (value, sqlite3_column_double (stmt, column));
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (value, sqlite3_column_int64 (stmt, column));
  else if (G_TYPE_IS_ENUM (type))
    {
      const char *nick = (const char *) sqlite3_column_text (stmt, column);
      GEnumClass *klass = g_type_class_peek (type);
      GEnumValue *ev = nick ? g_enum_get_value_by_nick (klass, nick) : NULL;

      if (ev != NULL)
        g_value_set_enum (value, ev->value);
      else
        g_param_value_set_default (pspec, value);
    }
  else
    g_assert_not_reached ();
}

/* Transactions */

static gboolean
backend_begin (SgStoreBackend  *backend,
               GError         **error)
{
  SgSqliteBackend *self = (SgSqliteBackend *) backend;

  memcpy (self->head_at_begin, self->head, sizeof self->head);
  return sg_sqlite_exec (&self->file, "BEGIN IMMEDIATE", error);
}

static gboolean
backend_commit (SgStoreBackend  *backend,
                GError         **error)
{
  return sg_sqlite_exec (&((SgSqliteBackend *) backend)->file, "COMMIT", error);
}

static void
backend_rollback (SgStoreBackend *backend)
{
  SgSqliteBackend *self = (SgSqliteBackend *) backend;

  if (!sqlite3_get_autocommit (self->file.db))
    sqlite3_exec (self->file.db, "ROLLBACK", NULL, NULL, NULL);
  memcpy (self->head, self->head_at_begin, sizeof self->head);
}

/* Loading */

static gboolean
backend_load_rows (SgStoreBackend  *backend,
                   SgStoreKind     *kind,
                   SgStoreRowFunc   func,
                   gpointer         data,
                   GError         **error)
{
  SgSqliteBackend *self = (SgSqliteBackend *) backend;
  g_autoptr(GString) sql = g_string_new ("SELECT id");
  guint n_columns = kind->columns->len;
  g_autofree GValue *values = g_new0 (GValue, MAX (n_columns, 1));
  sqlite3_stmt *stmt = NULL;
  int rc;

  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *column = sg_field_get_column (g_ptr_array_index (kind->columns, i));
      g_string_append_printf (sql, ", %s", column);
    }
  g_string_append_printf (sql, " FROM %s ORDER BY id", kind->table);

  rc = sqlite3_prepare_v2 (self->file.db, sql->str, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return set_error (self, error, sqlite3_extended_errcode (self->file.db));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (guint i = 0; i < n_columns; i++)
        sg_sqlite_read_value (stmt, i + 1, g_ptr_array_index (kind->columns, i), &values[i]);
      func (data, sqlite3_column_int64 (stmt, 0), values);
      /* Whatever the store did not take (a plain test: G_IS_VALUE is a
       * function call, and this runs for every value of every row). */
      for (guint i = 0; i < n_columns; i++)
        if (G_VALUE_TYPE (&values[i]) != G_TYPE_INVALID)
          g_value_unset (&values[i]);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return set_error (self, error, rc);
  return TRUE;
}

static gboolean
backend_load_links (SgStoreBackend    *backend,
                    SgStoreKind       *kind,
                    guint              link,
                    SgStoreLinksFunc   func,
                    gpointer           data,
                    GError           **error)
{
  SgSqliteBackend *self = (SgSqliteBackend *) backend;
  g_autofree char *column = sg_field_get_column (g_ptr_array_index (kind->links, link));
  g_autofree char *sql = g_strdup_printf ("SELECT record_id, target_id FROM %s_%s"
                                          " ORDER BY record_id, target_id",
                                          kind->table, column);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;
  gint64 current = 0;
  gboolean more = TRUE;
  int rc = SQLITE_DONE;

  if (sqlite3_prepare_v2 (self->file.db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return set_error (self, error, sqlite3_extended_errcode (self->file.db));

  while (more)
    {
      gint64 record_id = 0;

      rc = sqlite3_step (stmt);
      more = rc == SQLITE_ROW;
      if (more)
        record_id = sqlite3_column_int64 (stmt, 0);

      if (current != 0 && record_id != current)
        {
          func (data, current, (const gint64 *) ids->data, ids->len);
          g_array_set_size (ids, 0);
        }
      if (more)
        {
          gint64 target = sqlite3_column_int64 (stmt, 1);
          current = record_id;
          g_array_append_val (ids, target);
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return set_error (self, error, rc);
  return TRUE;
}

/* Rows and links */

static GVariant *
read_links (SgSqliteBackend  *self,
            SgStoreKind      *kind,
            GParamSpec       *pspec,
            gint64            id,
            GError          **error)
{
  g_autofree char *column = sg_field_get_column (pspec);
  g_autofree char *sql = g_strdup_printf ("SELECT target_id FROM %s_%s WHERE record_id = ?"
                                          " ORDER BY target_id", kind->table, column);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = get_stmt (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 target = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, target);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      set_error (self, error, rc);
      return NULL;
    }
  return sg_links_new ((gint64 *) ids->data, ids->len);
}

static gboolean
write_links (SgSqliteBackend  *self,
             SgStoreKind      *kind,
             GParamSpec       *pspec,
             gint64            id,
             GVariant         *links,
             gboolean          replace,
             GError          **error)
{
  SqliteKind *sk = get_kind (self, kind);
  const char *del = NULL, *ins = NULL;
  sqlite3_stmt *stmt;
  const gint64 *ids = NULL;
  gsize n = 0;

  for (guint l = 0; l < kind->links->len; l++)
    if (g_ptr_array_index (kind->links, l) == pspec)
      {
        del = g_ptr_array_index (sk->link_sql, 2 * l);
        ins = g_ptr_array_index (sk->link_sql, 2 * l + 1);
      }
  g_assert (del != NULL && ins != NULL);

  /* A row inserted just now has no links yet: skipping the delete makes
   * adding records (imports, restores) markedly faster. */
  if (replace)
    {
      if (!(stmt = get_stmt (self, del, error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  if (links != NULL)
    ids = g_variant_get_fixed_array (links, &n, sizeof (gint64));
  for (gsize i = 0; i < n; i++)
    {
      if (!(stmt = get_stable_stmt (self, ins, error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, ids[i]);
      if (!step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
backend_write_links (SgStoreBackend  *backend,
                     SgStoreKind     *kind,
                     gint64           id,
                     GParamSpec      *pspec,
                     GVariant        *links,
                     GError         **error)
{
  return write_links ((SgSqliteBackend *) backend, kind, pspec, id, links, TRUE, error);
}

static gboolean
backend_insert (SgStoreBackend  *backend,
                SgStoreKind     *kind,
                SgRecord        *record,
                gboolean         keep_id,
                gint64          *id,
                GError         **error)
{
  SgSqliteBackend *self = (SgSqliteBackend *) backend;
  SqliteKind *sk = get_kind (self, kind);
  sqlite3_stmt *stmt;
  const GValue *values;

  keep_id = keep_id != FALSE;
  if (sk->insert_sql[keep_id] == NULL)
    {
      GString *sql = g_string_new (NULL);
      g_autoptr(GString) marks = g_string_new ("?");

      g_string_printf (sql, "INSERT INTO %s (%s", kind->table, keep_id ? "id" : "rowid");
      for (guint i = 0; i < kind->columns->len; i++)
        {
          g_autofree char *column = sg_field_get_column (g_ptr_array_index (kind->columns, i));
          g_string_append_printf (sql, ", %s", column);
          g_string_append (marks, ", ?");
        }
      g_string_append_printf (sql, ") VALUES (%s)", marks->str);
      sk->insert_sql[keep_id] = g_string_free (sql, FALSE);
    }

  if (!(stmt = get_stable_stmt (self, sk->insert_sql[keep_id], error)))
    return FALSE;
  if (keep_id)
    sqlite3_bind_int64 (stmt, 1, sg_record_get_id (record));
  else
    sqlite3_bind_null (stmt, 1);
  values = sg_record_peek_values (record);
  for (guint i = 0; i < kind->columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (kind->columns, i);
      bind_value (stmt, i + 2, pspec, &values[sg_record_field_slot (pspec)]);
    }
  if (!step_done (self, stmt, error))
    return FALSE;
  *id = sqlite3_last_insert_rowid (self->file.db);

  for (guint l = 0; l < kind->links->len; l++)
    {
      GParamSpec *pspec = g_ptr_array_index (kind->links, l);
      GVariant *links = g_value_get_variant (sg_record_peek_value (record, pspec));

      if (!write_links (self, kind, pspec, *id, links, FALSE, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
backend_read_field (SgStoreBackend  *backend,
                    SgStoreKind     *kind,
                    gint64           id,
                    GParamSpec      *pspec,
                    GValue          *value,
                    GError         **error)
{
  SgSqliteBackend *self = (SgSqliteBackend *) backend;

  if (sg_field_get_kind (pspec) == SG_FIELD_LINKS)
    {
      GVariant *links = read_links (self, kind, pspec, id, error);

      if (links == NULL)
        return FALSE;
      g_value_init (value, G_TYPE_VARIANT);
      g_value_take_variant (value, links);
      return TRUE;
    }
  else
    {
      g_autofree char *column = sg_field_get_column (pspec);
      g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?", column, kind->table);
      sqlite3_stmt *stmt = get_stmt (self, sql, error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          return set_error (self, error, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc);
        }
      sg_sqlite_read_value (stmt, 0, pspec, value);
      sqlite3_reset (stmt);
      return TRUE;
    }
}

static gboolean
backend_write_field (SgStoreBackend  *backend,
                     SgStoreKind     *kind,
                     gint64           id,
                     GParamSpec      *pspec,
                     const GValue    *value,
                     const char      *updated,
                     GError         **error)
{
  SgSqliteBackend *self = (SgSqliteBackend *) backend;
  g_autofree char *update_sql = NULL;
  sqlite3_stmt *stmt;

  if (sg_field_get_kind (pspec) == SG_FIELD_LINKS)
    {
      if (!write_links (self, kind, pspec, id, g_value_get_variant (value), TRUE, error))
        return FALSE;
      update_sql = g_strdup_printf ("UPDATE %s SET updated = ?2 WHERE id = ?3", kind->table);
      if (!(stmt = get_stmt (self, update_sql, error)))
        return FALSE;
    }
  else
    {
      g_autofree char *column = sg_field_get_column (pspec);

      update_sql = g_strdup_printf ("UPDATE %s SET %s = ?1, updated = ?2 WHERE id = ?3",
                                    kind->table, column);
      if (!(stmt = get_stmt (self, update_sql, error)))
        return FALSE;
      bind_value (stmt, 1, pspec, value);
    }
  sqlite3_bind_text (stmt, 2, updated, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, id);
  return step_done (self, stmt, error);
}

/* The foreign keys the schema generates from the field specs (ON DELETE
 * CASCADE for a parent, SET NULL for another reference, CASCADE out of
 * every link table) do what the interface promises. */
static gboolean
backend_remove (SgStoreBackend  *backend,
                SgStoreKind     *kind,
                gint64           id,
                GError         **error)
{
  SgSqliteBackend *self = (SgSqliteBackend *) backend;
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", kind->table);
  sqlite3_stmt *stmt;

  if (!(stmt = get_stmt (self, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return step_done (self, stmt, error);
}

/* History */

/* A row whose hash is missing or not one this program writes links the
 * next one to the zeros, as the check expects. */
static void
set_head (SgSqliteBackend *self,
          const char      *hash)
{
  g_strlcpy (self->head, sg_history_hash_is_valid (hash) ? hash : sg_history_chain_genesis,
             sizeof self->head);
}

static gboolean
backend_write_history (SgStoreBackend           *backend,
                       const SgStoreHistoryRow  *row,
                       GError                  **error)
{
  SgSqliteBackend *self = (SgSqliteBackend *) backend;
  g_autofree char *hash = NULL;
  sqlite3_stmt *stmt = get_stable_stmt (self,
                                        "INSERT INTO history (record_table, record_id, record_ref,"
                                        " action, field, old_value, new_value, changed_at, changed_by,"
                                        " state, hash)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  hash = sg_history_chain_link (self->head, row);
  sqlite3_bind_text (stmt, 1, row->table, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, row->record_id);
  sqlite3_bind_text (stmt, 3, row->record_ref, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, sg_history_action_name (row->action), -1, SQLITE_STATIC);
  if (row->field != NULL)
    sqlite3_bind_text (stmt, 5, row->field, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, row->old_value, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, row->new_value, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, row->changed_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, row->changed_by, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, row->state, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, hash, -1, SQLITE_STATIC);
  if (!step_done (self, stmt, error))
    return FALSE;
  set_head (self, hash);
  return TRUE;
}

static GListModel *
backend_list_history (SgStoreBackend  *backend,
                      const char      *table,
                      gint64           record_id,
                      GError         **error)
{
  SgSqliteBackend *self = (SgSqliteBackend *) backend;
  g_autoptr(GListStore) entries = g_list_store_new (SG_TYPE_HISTORY_ENTRY);
  sqlite3_stmt *stmt;
  int rc;

  stmt = get_stmt (self, "SELECT action, field, old_value, new_value, changed_at, changed_by"
                         " FROM history WHERE record_table = ? AND record_id = ?"
                         " ORDER BY id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, record_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *action = (const char *) sqlite3_column_text (stmt, 0);
      SgHistoryAction a = SG_HISTORY_CHANGE;
      g_autoptr(SgHistoryEntry) entry = NULL;

      sg_history_action_parse (action, &a);
      entry = sg_history_entry_new (a,
                                    (const char *) sqlite3_column_text (stmt, 1),
                                    (const char *) sqlite3_column_text (stmt, 2),
                                    (const char *) sqlite3_column_text (stmt, 3),
                                    (const char *) sqlite3_column_text (stmt, 4),
                                    (const char *) sqlite3_column_text (stmt, 5));
      g_list_store_append (entries, entry);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      set_error (self, error, rc);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&entries));
}

static guint
backend_count_history (SgStoreBackend *backend)
{
  SgSqliteBackend *self = (SgSqliteBackend *) backend;
  sqlite3_stmt *stmt = get_stmt (self, "SELECT count(*) FROM history", NULL);
  guint n = 0;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return n;
}

static gboolean
backend_walk_history (SgStoreBackend      *backend,
                      SgStoreHistoryFunc   func,
                      gpointer             data,
                      GError             **error)
{
  SgSqliteBackend *self = (SgSqliteBackend *) backend;
  sqlite3_stmt *stmt = NULL;
  int rc;

  /* Its own statement: @func may write nothing, but it may read. */
  rc = sqlite3_prepare_v2 (self->file.db,
                           "SELECT id, record_table, record_id, record_ref, action, field,"
                           " old_value, new_value, changed_at, changed_by, state, hash"
                           " FROM history ORDER BY id", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return set_error (self, error, rc);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SgStoreHistoryRow row = {
        .id = sqlite3_column_int64 (stmt, 0),
        .table = (const char *) sqlite3_column_text (stmt, 1),
        .record_id = sqlite3_column_int64 (stmt, 2),
        .record_ref = (const char *) sqlite3_column_text (stmt, 3),
        .action = SG_HISTORY_CHANGE,
        .field = (const char *) sqlite3_column_text (stmt, 5),
        .old_value = (const char *) sqlite3_column_text (stmt, 6),
        .new_value = (const char *) sqlite3_column_text (stmt, 7),
        .changed_at = (const char *) sqlite3_column_text (stmt, 8),
        .changed_by = (const char *) sqlite3_column_text (stmt, 9),
        .state = (const char *) sqlite3_column_text (stmt, 10),
        .hash = (const char *) sqlite3_column_text (stmt, 11),
      };
      const char *action = (const char *) sqlite3_column_text (stmt, 4);

      /* An action no version wrote is hashed as written, so it breaks the chain. */
      if (!sg_history_action_parse (action, &row.action))
        row.field = action;
      func (data, &row);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return set_error (self, error, rc);
  return TRUE;
}

static char *
backend_dup_history_head (SgStoreBackend *backend)
{
  SgSqliteBackend *self = (SgSqliteBackend *) backend;
  sqlite3_stmt *stmt = NULL;
  char *head = NULL;

  if (sqlite3_prepare_v2 (self->file.db, "SELECT hash FROM history ORDER BY id DESC LIMIT 1",
                          -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    head = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return head;
}

static gboolean
backend_check_integrity (SgStoreBackend *backend)
{
  SgSqliteBackend *self = (SgSqliteBackend *) backend;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_prepare_v2 (self->file.db, "PRAGMA integrity_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  stmt = NULL;

  if (ok)
    {
      rc = sqlite3_prepare_v2 (self->file.db, "PRAGMA foreign_key_check", -1, &stmt, NULL);
      ok = rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_DONE;
      sqlite3_finalize (stmt);
    }
  return ok;
}

static gboolean
backend_copy_to (SgStoreBackend  *backend,
                 const char      *path,
                 GError         **error)
{
  SgSqliteBackend *self = (SgSqliteBackend *) backend;

  return sg_sqlite_copy_to (&self->file, path, error);
}

/* Opening and closing */

static void
backend_close (SgStoreBackend *backend)
{
  SgSqliteBackend *self = (SgSqliteBackend *) backend;

  /* Statements first: SQLite keeps a connection open while any is alive. */
  g_clear_pointer (&self->stable_statements, g_hash_table_unref);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  sg_sqlite_file_close (&self->file);
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_free (self->file.path);
  g_free (self->file.backup_path);
  g_free (self);
}

static const SgStoreBackendFuncs sqlite_funcs = {
  .close = backend_close,
  .begin = backend_begin,
  .commit = backend_commit,
  .rollback = backend_rollback,
  .load_rows = backend_load_rows,
  .load_links = backend_load_links,
  .insert = backend_insert,
  .read_field = backend_read_field,
  .write_field = backend_write_field,
  .write_links = backend_write_links,
  .remove = backend_remove,
  .write_history = backend_write_history,
  .list_history = backend_list_history,
  .count_history = backend_count_history,
  .walk_history = backend_walk_history,
  .dup_history_head = backend_dup_history_head,
  .check_integrity = backend_check_integrity,
  .copy_to = backend_copy_to,
};

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

SgStoreBackend *
sg_sqlite_backend_open (const char        *path,
                        SgStoreOpenFlags   flags,
                        gboolean          *created,
                        char             **backup_path,
                        int               *file_version,
                        GError           **error)
{
  SgSqliteBackend *self = g_new0 (SgSqliteBackend, 1);

  self->parent.funcs = &sqlite_funcs;
  self->file.path = g_strdup (path);
  self->file.lock_fd = -1;
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
  self->stable_statements = g_hash_table_new (NULL, NULL);
  self->kinds = g_ptr_array_new_with_free_func (sqlite_kind_free);

  if (!sg_sqlite_file_open (&self->file, flags, error))
    {
      backend_close (&self->parent);
      return NULL;
    }
  {
    g_autofree char *head = backend_dup_history_head (&self->parent);

    set_head (self, head);
  }
  *created = self->file.created;
  *backup_path = g_strdup (self->file.backup_path);
  *file_version = self->file.version;
  return &self->parent;
}
