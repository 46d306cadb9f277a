/* sg-sqlite-chain.c: the migration that makes the change history a hash chain
 *
 * Registers written before the chain existed get it in one go: each
 * record's newest entry learns the record's state as the file holds it,
 * every entry is hashed in the order it was written, and an entry of the
 * chain's own says when that happened and how many entries came before,
 * so that a check can say from when the chain holds.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include "sg-history-chain.h"
#include "sg-kinds.h"
#include "sg-sqlite-chain.h"
#include "sg-sqlite-file.h"
#include "sg-sqlite-migrate.h"

static gboolean
sql_failed (sqlite3  *db,
            GError  **error)
{
  g_set_error (error, SG_SQLITE_ERROR, sqlite3_extended_errcode (db), "%s", sqlite3_errmsg (db));
  return FALSE;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

/* A record's link set of one field, as the store loads it. */
static gboolean
read_links (sqlite3       *db,
            sqlite3_stmt  *stmt,
            gint64         id,
            GValue        *value)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  sqlite3_reset (stmt);
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 target = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, target);
    }
  g_value_init (value, G_TYPE_VARIANT);
  g_value_take_variant (value, sg_links_new ((gint64 *) ids->data, ids->len));
  return rc == SQLITE_DONE;
}

/* The state of every record of @klass (or only of record @only_id, when
 * not 0), written on its newest entry by @update or, with @update NULL,
 * returned in @only_state. */
static gboolean
state_kind (sqlite3        *db,
            SgRecordClass  *klass,
            int             version,
            sqlite3_stmt   *update,
            gint64          only_id,
            char          **only_state,
            GError        **error)
{
  const char *table = sg_record_class_get_table (klass);
  g_autoptr(GPtrArray) pspecs = g_ptr_array_new ();
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (finalize_statement);
  g_autoptr(GString) sql = g_string_new ("SELECT id");
  g_autofree GValue *values = NULL;
  g_autofree const GValue **value_ptrs = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n_fields, n_columns;
  GParamSpec **fields = sg_record_class_list_fields (klass, &n_fields);
  gboolean ok = TRUE;
  int rc;

  /* The row's columns first, then the link sets. */
  for (guint f = 0; f < n_fields; f++)
    {
      g_autofree char *column = NULL;

      if (!sg_history_state_covers (fields[f]) || (int) sg_field_get_since (fields[f]) > version ||
          sg_field_get_kind (fields[f]) == SG_FIELD_LINKS)
        continue;
      column = sg_field_get_column (fields[f]);
      g_string_append_printf (sql, ", \"%s\"", column);
      g_ptr_array_add (pspecs, fields[f]);
    }
  g_string_append_printf (sql, " FROM \"%s\"", table);
  if (only_id != 0)
    g_string_append_printf (sql, " WHERE id = %" G_GINT64_FORMAT, only_id);
  n_columns = pspecs->len;
  for (guint f = 0; f < n_fields; f++)
    {
      g_autofree char *column = NULL;
      g_autofree char *link_sql = NULL;
      sqlite3_stmt *link_stmt = NULL;

      if (!sg_history_state_covers (fields[f]) || (int) sg_field_get_since (fields[f]) > version ||
          sg_field_get_kind (fields[f]) != SG_FIELD_LINKS)
        continue;
      column = sg_field_get_column (fields[f]);
      link_sql = g_strdup_printf ("SELECT target_id FROM \"%s_%s\" WHERE record_id = ?"
                                  " ORDER BY target_id", table, column);
      if (sqlite3_prepare_v2 (db, link_sql, -1, &link_stmt, NULL) != SQLITE_OK)
        return sql_failed (db, error);
      g_ptr_array_add (links, link_stmt);
      g_ptr_array_add (pspecs, fields[f]);
    }

  if (sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL) != SQLITE_OK)
    return sql_failed (db, error);
  values = g_new0 (GValue, MAX (pspecs->len, 1));
  value_ptrs = g_new0 (const GValue *, MAX (pspecs->len, 1));
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *state = NULL;
      gint64 id = sqlite3_column_int64 (stmt, 0);

      for (guint i = 0; i < pspecs->len; i++)
        {
          if (i < n_columns)
            sg_sqlite_read_value (stmt, i + 1, g_ptr_array_index (pspecs, i), &values[i]);
          else
            ok = read_links (db, g_ptr_array_index (links, i - n_columns), id, &values[i]) && ok;
          value_ptrs[i] = &values[i];
        }
      state = sg_history_state_digest ((GParamSpec **) pspecs->pdata, value_ptrs, pspecs->len);
      for (guint i = 0; i < pspecs->len; i++)
        g_value_unset (&values[i]);

      if (update == NULL)
        {
          g_free (*only_state);
          *only_state = g_steal_pointer (&state);
          continue;
        }
      sqlite3_reset (update);
      sqlite3_bind_text (update, 1, state, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (update, 2, table, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (update, 3, id);
      ok = ok && sqlite3_step (update) == SQLITE_DONE;
    }
  sqlite3_finalize (stmt);
  if (!ok || rc != SQLITE_DONE)
    return sql_failed (db, error);
  return TRUE;
}

static gboolean
state_records (sqlite3  *db,
               int       version,
               GError  **error)
{
  sqlite3_stmt *update = NULL;
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);
  gboolean ok = TRUE;

  if (sqlite3_prepare_v2 (db, "UPDATE history SET state = ?1 WHERE id ="
                              " (SELECT max(id) FROM history WHERE record_table = ?2 AND record_id = ?3)",
                          -1, &update, NULL) != SQLITE_OK)
    return sql_failed (db, error);
  for (guint k = 0; ok && k < n_kinds; k++)
    {
      SgRecordClass *klass = g_type_class_peek (kinds[k]);

      if ((int) sg_record_class_get_since (klass) <= version)
        ok = state_kind (db, klass, version, update, 0, NULL, error);
    }
  sqlite3_finalize (update);
  return ok;
}

static char *
utc_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
sg_sqlite_chain_begin (sqlite3  *db,
                       int       version,
                       GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) hashes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *now = utc_now ();
  g_autofree char *count = NULL;
  g_autofree char *by = NULL;
  const char *head = NULL;
  sqlite3_stmt *stmt = NULL;
  SgStoreHistoryRow begin = { 0 };
  int rc;

  if (!state_records (db, version, error))
    return FALSE;

  if (sqlite3_prepare_v2 (db, "SELECT record_table, record_id, record_ref, action, field,"
                              " old_value, new_value, changed_at, changed_by, state, id"
                              " FROM history ORDER BY id", -1, &stmt, NULL) != SQLITE_OK)
    return sql_failed (db, error);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SgStoreHistoryRow row = {
        .table = (const char *) sqlite3_column_text (stmt, 0),
        .record_id = sqlite3_column_int64 (stmt, 1),
        .record_ref = (const char *) sqlite3_column_text (stmt, 2),
        .action = SG_HISTORY_CHANGE,
        .field = (const char *) sqlite3_column_text (stmt, 4),
        .old_value = (const char *) sqlite3_column_text (stmt, 5),
        .new_value = (const char *) sqlite3_column_text (stmt, 6),
        .changed_at = (const char *) sqlite3_column_text (stmt, 7),
        .changed_by = (const char *) sqlite3_column_text (stmt, 8),
        .state = (const char *) sqlite3_column_text (stmt, 9),
      };
      gint64 id = sqlite3_column_int64 (stmt, 10);
      char *hash;

      sg_history_action_parse ((const char *) sqlite3_column_text (stmt, 3), &row.action);
      hash = sg_history_chain_link (head, &row);
      g_ptr_array_add (hashes, hash);
      g_array_append_val (ids, id);
      head = hash;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return sql_failed (db, error);

  /* Written after reading: the entries do not change under the SELECT. */
  if (sqlite3_prepare_v2 (db, "UPDATE history SET hash = ? WHERE id = ?", -1, &stmt, NULL) != SQLITE_OK)
    return sql_failed (db, error);
  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, g_ptr_array_index (hashes, i), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          sqlite3_finalize (stmt);
          return sql_failed (db, error);
        }
    }
  sqlite3_finalize (stmt);

  count = g_strdup_printf ("%u", ids->len);
  begin.table = "";
  begin.action = SG_HISTORY_CHAIN;
  begin.field = SG_HISTORY_CHAIN_BEGIN;
  begin.new_value = count;
  begin.changed_at = now;
  /* As the entries of earlier updates name them; a new register's chain
   * begins with it. */
  by = ids->len == 0 ? g_strdup ("Safeguard")
                     : g_strdup_printf ("Safeguard (update to version %d)", version);
  begin.changed_by = by;
  g_ptr_array_add (hashes, sg_history_chain_link (head, &begin));

  if (sqlite3_prepare_v2 (db, "INSERT INTO history (record_table, record_id, action, field,"
                              " new_value, changed_at, changed_by, hash)"
                              " VALUES ('', 0, 'chain', ?, ?, ?, ?, ?)", -1, &stmt, NULL) != SQLITE_OK)
    return sql_failed (db, error);
  sqlite3_bind_text (stmt, 1, begin.field, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, begin.new_value, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, begin.changed_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, begin.changed_by, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, g_ptr_array_index (hashes, hashes->len - 1), -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return sql_failed (db, error);
  return TRUE;
}

gboolean
sg_sqlite_chain_append (sqlite3                 *db,
                        int                      version,
                        const SgStoreHistoryRow *line,
                        GError                 **error)
{
  SgRecordClass *klass = g_type_class_peek (sg_record_kind_from_table (line->table));
  SgStoreHistoryRow row = *line;
  g_autofree char *state = NULL;
  g_autofree char *head = NULL;
  g_autofree char *hash = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (klass != NULL, FALSE);

  if (!state_kind (db, klass, version, NULL, row.record_id, &state, error))
    return FALSE;
  row.state = state;
  if (sqlite3_prepare_v2 (db, "SELECT hash FROM history ORDER BY id DESC LIMIT 1", -1, &stmt, NULL) != SQLITE_OK)
    return sql_failed (db, error);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    head = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return sql_failed (db, error);
  hash = sg_history_chain_link (head, &row);

  if (sqlite3_prepare_v2 (db, "INSERT INTO history (record_table, record_id, record_ref, action, field,"
                              " old_value, new_value, changed_at, changed_by, state, hash)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", -1, &stmt, NULL) != SQLITE_OK)
    return sql_failed (db, error);
  sqlite3_bind_text (stmt, 1, row.table, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, row.record_id);
  sqlite3_bind_text (stmt, 3, row.record_ref, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, sg_history_action_name (row.action), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, row.field, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, row.old_value, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, row.new_value, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, row.changed_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, row.changed_by, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, row.state, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, hash, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return sql_failed (db, error);
  return TRUE;
}
