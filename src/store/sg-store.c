/* sg-store.c: the register file — loading, saving every edit, history
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>
#include <string.h>

#include "sg-kinds.h"
#include "sg-matrix-cell.h"
#include "sg-risk-level.h"
#include "sg-scale-level.h"
#include "sg-seed.h"
#include "sg-store-private.h"


typedef struct
{
  GType           type;
  SgRecordClass  *klass;
  const char     *table;
  GListStore     *records;
  GPtrArray      *order;       /* SgRecord* (borrowed): records' items, for loops
                                * that should not pay a reference per record;
                                * in a batch, then the records added since it
                                * began, which join records when it commits */
  GHashTable     *by_id;       /* gint64* → SgRecord* (borrowed from records) */
  GHashTable     *by_ref;      /* ref → SgRecord* (borrowed), built on first use */
  GPtrArray      *columns;     /* GParamSpec*: stored in the kind's own table */
  GPtrArray      *links;       /* GParamSpec*: stored in <table>_<field> */
  GPtrArray      *link_sql;    /* per link field: its DELETE, then its INSERT */
  guint           max_ref_number;
  char           *insert_sql[2];  /* by whether the id is given */
} KindData;

/* Who pointed at a removed record, so that restoring it restores that too. */
typedef struct
{
  SgRecord   *holder;
  GParamSpec *pspec;
} IncomingLink;


G_DEFINE_FINAL_TYPE (SgStore, sg_store, G_TYPE_OBJECT)

enum {
  SAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GQuark
incoming_quark (void)
{
  static GQuark q;

  if G_UNLIKELY (q == 0)
    q = g_quark_from_static_string ("sg-store-incoming");
  return q;
}

static GQuark
children_quark (void)
{
  static GQuark q;

  if G_UNLIKELY (q == 0)
    q = g_quark_from_static_string ("sg-store-cascaded");
  return q;
}

G_DEFINE_QUARK (sg-store-error-quark, sg_store_error)

/* Plain handlers: sg_store_close() disconnects them from every record it
 * still holds, and untrack_record() from the ones it lets go. */
static void record_notify_cb (SgRecord   *record,
                              GParamSpec *pspec,
                              SgStore    *self);

/* Errors */

static char *
display_name (const char *path)
{
  return g_filename_display_basename (path);
}

static int
error_code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
      return SG_STORE_ERROR_CORRUPT;
    case SQLITE_NOTADB:
      return SG_STORE_ERROR_NOT_SQLITE;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return SG_STORE_ERROR_READ_ONLY;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return SG_STORE_ERROR_LOCKED;
    case SQLITE_CONSTRAINT:
      return SG_STORE_ERROR_INVALID;
    default:
      return SG_STORE_ERROR_WRITE;
    }
}

static const char *
reason_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      return _("the disk is full. Free some space and try again.");
    case SQLITE_IOERR:
      return _("the disk could not be written. Check the drive and try again.");
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return _("the file has become read-only.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return _("another program is using the register.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return _("the file is damaged. Restore it from a backup.");
    case SQLITE_CONSTRAINT:
      return _("the value is not allowed here.");
    default:
      return _("an unexpected database error occurred.");
    }
}

gboolean
sg_store_set_db_error (SgStore  *self,
              GError  **error,
              int       rc)
{
  g_autofree char *name = display_name (self->path);

  g_debug ("SQLite error %d: %s", rc, self->db ? sqlite3_errmsg (self->db) : "");
  /* Translators: %s is a file name, the second %s a reason like "the disk is full." */
  g_set_error (error, SG_STORE_ERROR, error_code_for_sqlite (rc),
               _("Could not save to “%s”: %s"), name, reason_for_sqlite (rc));
  return FALSE;
}

/* SQL helpers */

/* A statement is reset and its bindings cleared before every use: a
 * string bound with SQLITE_STATIC need only outlive its step. */
static sqlite3_stmt *
get_stmt (SgStore     *self,
          const char  *sql,
          GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      sg_store_set_db_error (self, error, rc);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* For SQL that stays at one address for the store's life (literals, a
 * kind's own statements): looked up by address, not by hashing the text
 * — adding 100,000 records runs three such statements each. */
static sqlite3_stmt *
get_stable_stmt (SgStore     *self,
                 const char  *sql,
                 GError     **error)
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

gboolean
sg_store_exec (SgStore     *self,
          const char  *sql,
          GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return sg_store_set_db_error (self, error, sqlite3_extended_errcode (self->db));
  return TRUE;
}

static gboolean
step_done (SgStore       *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      rc = sqlite3_extended_errcode (self->db);
      if (rc == SQLITE_CONSTRAINT_UNIQUE)
        {
          g_set_error_literal (error, SG_STORE_ERROR, SG_STORE_ERROR_DUPLICATE_REF,
                               _("This ref is already used by another record. Choose a different one."));
          return FALSE;
        }
      return sg_store_set_db_error (self, error, rc);
    }
  return TRUE;
}

/* Inside a batch every edit joins the batch's transaction: a batch is all
 * or nothing, so a failed edit spoils the batch instead of costing each
 * edit a savepoint (a third of the time of a 100,000-row import). */
static gboolean
tx_begin (SgStore  *self,
          GError  **error)
{
  return self->in_batch || sg_store_exec (self, "BEGIN IMMEDIATE", error);
}

static gboolean
tx_commit (SgStore  *self,
           GError  **error)
{
  return self->in_batch || sg_store_exec (self, "COMMIT", error);
}

static void
tx_rollback (SgStore *self)
{
  if (self->in_batch)
    self->batch_failed = TRUE;
  else if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Formatted once a second: an import asks for it 100,000 times. */
static char *
timestamp_now (SgStore *self)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  if (self->now_text == NULL || now != self->now_second)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (now);

      g_free (self->now_text);
      self->now_text = g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
      self->now_second = now;
    }
  return g_strdup (self->now_text);
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

static void
read_value (sqlite3_stmt *stmt,
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

static GVariant *
read_links (SgStore     *self,
            KindData    *kd,
            GParamSpec  *pspec,
            gint64       id,
            GError     **error)
{
  g_autofree char *column = sg_field_get_column (pspec);
  g_autofree char *sql = g_strdup_printf ("SELECT target_id FROM %s_%s WHERE record_id = ?"
                                          " ORDER BY target_id", kd->table, column);
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
      sg_store_set_db_error (self, error, rc);
      return NULL;
    }
  return sg_links_new ((gint64 *) ids->data, ids->len);
}

static gboolean
write_links (SgStore     *self,
             KindData    *kd,
             GParamSpec  *pspec,
             gint64       id,
             GVariant    *links,
             gboolean     replace,
             GError     **error)
{
  const char *del = NULL, *ins = NULL;
  sqlite3_stmt *stmt;
  const gint64 *ids = NULL;
  gsize n = 0;

  for (guint l = 0; l < kd->links->len; l++)
    if (g_ptr_array_index (kd->links, l) == pspec)
      {
        del = g_ptr_array_index (kd->link_sql, 2 * l);
        ins = g_ptr_array_index (kd->link_sql, 2 * l + 1);
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

/* The history names linked records, not their ids. */
static char *
value_to_history_text (SgStore      *self,
                       GParamSpec   *pspec,
                       const GValue *value)
{
  return sg_field_format (pspec, value, SG_FIELD_USE_HISTORY, sg_store_get_field_resolver (self));
}

static gboolean
write_history (SgStore          *self,
               KindData         *kd,
               SgRecord         *record,
               SgHistoryAction   action,
               GParamSpec       *pspec,
               const char       *old_text,
               const char       *new_text,
               const char       *when,
               GError          **error)
{
  static const char *actions[] = { "create", "change", "delete", "restore" };
  sqlite3_stmt *stmt = get_stable_stmt (self,
                                        "INSERT INTO history (record_table, record_id, record_ref,"
                                        " action, field, old_value, new_value, changed_at, changed_by)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, kd->table, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, sg_record_get_id (record));
  sqlite3_bind_text (stmt, 3, sg_record_get_ref (record), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, actions[action], -1, SQLITE_STATIC);
  if (pspec != NULL)
    sqlite3_bind_text (stmt, 5, pspec->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, old_text, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, new_text, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, when, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, self->user_name, -1, SQLITE_STATIC);
  return step_done (self, stmt, error);
}

/* Kinds */

static void
kind_data_free (gpointer data)
{
  KindData *kd = data;

  g_clear_object (&kd->records);
  g_clear_pointer (&kd->order, g_ptr_array_unref);
  g_clear_pointer (&kd->by_id, g_hash_table_unref);
  g_clear_pointer (&kd->by_ref, g_hash_table_unref);
  g_clear_pointer (&kd->columns, g_ptr_array_unref);
  g_clear_pointer (&kd->links, g_ptr_array_unref);
  g_clear_pointer (&kd->link_sql, g_ptr_array_unref);
  g_clear_pointer (&kd->insert_sql[0], g_free);
  g_clear_pointer (&kd->insert_sql[1], g_free);
  g_type_class_unref (kd->klass);
  g_free (kd);
}

static KindData *
get_kind (SgStore *self,
          GType    type)
{
  return g_hash_table_lookup (self->kinds, GSIZE_TO_POINTER (type));
}

static guint
ref_number (KindData   *kd,
            const char *ref)
{
  const char *prefix = sg_record_class_get_ref_prefix (kd->klass);
  guint64 n;

  if (prefix == NULL || ref == NULL || !g_str_has_prefix (ref, prefix))
    return 0;
  if (!g_ascii_string_to_unsigned (ref + strlen (prefix), 10, 1, G_MAXUINT, &n, NULL))
    return 0;
  return (guint) n;
}

static void
init_kinds (SgStore *self)
{
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);

  for (guint i = 0; i < n_kinds; i++)
    {
      KindData *kd = g_new0 (KindData, 1);
      GParamSpec **fields;
      guint n_fields;

      kd->type = kinds[i];
      kd->klass = g_type_class_ref (kinds[i]);
      kd->table = sg_record_class_get_table (kd->klass);
      kd->records = g_list_store_new (kinds[i]);
      kd->order = g_ptr_array_new ();
      kd->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      kd->columns = g_ptr_array_new ();
      kd->links = g_ptr_array_new ();
      kd->link_sql = g_ptr_array_new_with_free_func (g_free);

      fields = sg_record_class_list_fields (kd->klass, &n_fields);
      for (guint f = 0; f < n_fields; f++)
        {
          if (sg_field_get_kind (fields[f]) == SG_FIELD_LINKS)
            {
              g_autofree char *column = sg_field_get_column (fields[f]);

              g_ptr_array_add (kd->links, fields[f]);
              g_ptr_array_add (kd->link_sql,
                               g_strdup_printf ("DELETE FROM %s_%s WHERE record_id = ?",
                                                kd->table, column));
              g_ptr_array_add (kd->link_sql,
                               g_strdup_printf ("INSERT OR IGNORE INTO %s_%s (record_id, target_id)"
                                                " VALUES (?, ?)", kd->table, column));
            }
          else
            g_ptr_array_add (kd->columns, fields[f]);
        }

      g_hash_table_insert (self->kinds, GSIZE_TO_POINTER (kinds[i]), kd);
      g_ptr_array_add (self->kind_list, kd);
    }
}

static gboolean
load_foreign_keys (SgStore  *self,
                   GError  **error)
{
  for (guint i = 0; i < self->kind_list->len; i++)
    {
      KindData *kd = g_ptr_array_index (self->kind_list, i);
      g_autofree char *sql = g_strdup_printf ("PRAGMA foreign_key_list(%s)", kd->table);
      sqlite3_stmt *stmt = NULL;
      int rc;

      if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
        return sg_store_set_db_error (self, error, sqlite3_errcode (self->db));
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_hash_table_insert (self->on_delete,
                             g_strdup_printf ("%s.%s", kd->table, sqlite3_column_text (stmt, 3)),
                             g_strdup ((const char *) sqlite3_column_text (stmt, 6)));
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        return sg_store_set_db_error (self, error, rc);
    }
  return TRUE;
}

/* The ref a record is indexed under is kept on the record, so that the
 * entry can go when the ref changes or the record leaves the store. */
static G_DEFINE_QUARK (sg-store-indexed-ref, indexed_ref)

static void
unindex_ref (KindData *kd,
             SgRecord *record)
{
  const char *old = g_object_get_qdata (G_OBJECT (record), indexed_ref_quark ());

  if (old == NULL)
    return;
  if (kd->by_ref != NULL && g_hash_table_lookup (kd->by_ref, old) == record)
    g_hash_table_remove (kd->by_ref, old);
  g_object_set_qdata (G_OBJECT (record), indexed_ref_quark (), NULL);
}

static void
index_ref (KindData *kd,
           SgRecord *record)
{
  const char *ref = sg_record_get_ref (record);
  SgRecord *holder;

  if (kd->by_ref == NULL)
    return;
  unindex_ref (kd, record);
  if (ref == NULL || *ref == '\0')
    return;
  /* A second record with the same ref is a duplicate the database is
   * about to refuse: the first one keeps the entry. */
  holder = g_hash_table_lookup (kd->by_ref, ref);
  if (holder != NULL && holder != record)
    return;
  g_hash_table_insert (kd->by_ref, g_strdup (ref), record);
  g_object_set_qdata_full (G_OBJECT (record), indexed_ref_quark (), g_strdup (ref), g_free);
}

static void
track_record (SgStore  *self,
              KindData *kd,
              SgRecord *record)
{
  gint64 *key = g_new (gint64, 1);
  guint n;

  *key = sg_record_get_id (record);
  g_hash_table_replace (kd->by_id, key, record);
  index_ref (kd, record);
  n = ref_number (kd, sg_record_get_ref (record));
  kd->max_ref_number = MAX (kd->max_ref_number, n);
  g_signal_connect (record, "notify", G_CALLBACK (record_notify_cb), self);
}

static void
untrack_record (SgStore  *self,
                KindData *kd,
                SgRecord *record)
{
  gint64 id = sg_record_get_id (record);

  g_signal_handlers_disconnect_by_func (record, record_notify_cb, self);
  g_hash_table_remove (kd->by_id, &id);
  unindex_ref (kd, record);
  /* From the end: a rolled-back batch takes back its newest records first. */
  for (guint position = kd->order->len; position > 0; position--)
    if (g_ptr_array_index (kd->order, position - 1) == record)
      {
        g_ptr_array_remove_index (kd->order, position - 1);
        if (position - 1 < g_list_model_get_n_items (G_LIST_MODEL (kd->records)))
          g_list_store_remove (kd->records, position - 1);
        break;
      }
}

/* In a batch the list changes once, when it commits: a view sorting
 * 100,000 risks would otherwise sort again for every one added. */
static void
list_append (SgStore  *self,
             KindData *kd,
             SgRecord *record)
{
  g_ptr_array_add (kd->order, record);
  if (self->in_batch)
    g_ptr_array_add (self->batch_listed, g_object_ref (record));
  else
    g_list_store_append (kd->records, record);
}

static void
list_pending (SgStore *self)
{
  for (guint k = 0; k < self->kind_list->len; k++)
    {
      KindData *kd = g_ptr_array_index (self->kind_list, k);
      guint n_listed = g_list_model_get_n_items (G_LIST_MODEL (kd->records));

      if (kd->order->len > n_listed)
        g_list_store_splice (kd->records, n_listed, 0, kd->order->pdata + n_listed,
                             kd->order->len - n_listed);
    }
  g_ptr_array_set_size (self->batch_listed, 0);
}

static gboolean
load_kind (SgStore   *self,
           KindData  *kd,
           GError   **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT id");
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  GParamSpec *id_pspec;
  sqlite3_stmt *stmt = NULL;
  int rc;

  for (guint i = 0; i < kd->columns->len; i++)
    {
      g_autofree char *column = sg_field_get_column (g_ptr_array_index (kd->columns, i));
      g_string_append_printf (sql, ", %s", column);
    }
  g_string_append_printf (sql, " FROM %s ORDER BY id", kd->table);
  id_pspec = g_object_class_find_property (G_OBJECT_CLASS (kd->klass), "id");

  rc = sqlite3_prepare_v2 (self->db, sql->str, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return sg_store_set_db_error (self, error, sqlite3_extended_errcode (self->db));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SgRecord *record = g_object_new (kd->type, NULL);
      GValue id_value = G_VALUE_INIT;

      g_value_init (&id_value, G_TYPE_INT64);
      g_value_set_int64 (&id_value, sqlite3_column_int64 (stmt, 0));
      sg_record_load_value (record, id_pspec, &id_value);
      for (guint i = 0; i < kd->columns->len; i++)
        {
          GParamSpec *pspec = g_ptr_array_index (kd->columns, i);
          g_auto(GValue) value = G_VALUE_INIT;

          read_value (stmt, i + 1, pspec, &value);
          sg_record_load_value (record, pspec, &value);
        }
      g_ptr_array_add (loaded, record);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return sg_store_set_db_error (self, error, rc);

  for (guint i = 0; i < loaded->len; i++)
    {
      SgRecord *record = g_ptr_array_index (loaded, i);
      gint64 *key = g_new (gint64, 1);

      *key = sg_record_get_id (record);
      g_hash_table_insert (kd->by_id, key, record);
    }

  /* Links: one pass per link table, grouped by record. */
  for (guint l = 0; l < kd->links->len; l++)
    {
      GParamSpec *pspec = g_ptr_array_index (kd->links, l);
      g_autofree char *column = sg_field_get_column (pspec);
      g_autofree char *link_sql = g_strdup_printf ("SELECT record_id, target_id FROM %s_%s"
                                                   " ORDER BY record_id, target_id",
                                                   kd->table, column);
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      gint64 current = 0;
      gboolean more = TRUE;

      if (sqlite3_prepare_v2 (self->db, link_sql, -1, &stmt, NULL) != SQLITE_OK)
        return sg_store_set_db_error (self, error, sqlite3_extended_errcode (self->db));

      while (more)
        {
          gint64 record_id = 0;

          rc = sqlite3_step (stmt);
          more = rc == SQLITE_ROW;
          if (more)
            record_id = sqlite3_column_int64 (stmt, 0);

          if (current != 0 && record_id != current)
            {
              SgRecord *record = g_hash_table_lookup (kd->by_id, &current);
              if (record != NULL)
                {
                  g_auto(GValue) value = G_VALUE_INIT;
                  g_value_init (&value, G_TYPE_VARIANT);
                  g_value_take_variant (&value, sg_links_new ((gint64 *) ids->data, ids->len));
                  sg_record_set_value (record, pspec, &value);
                }
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
        return sg_store_set_db_error (self, error, rc);
    }

  for (guint i = 0; i < loaded->len; i++)
    {
      SgRecord *record = g_ptr_array_index (loaded, i);
      guint n = ref_number (kd, sg_record_get_ref (record));

      kd->max_ref_number = MAX (kd->max_ref_number, n);
      g_signal_connect (record, "notify", G_CALLBACK (record_notify_cb), self);
    }
  g_assert (kd->order->len == 0);
  g_ptr_array_extend (kd->order, loaded, NULL, NULL);
  g_list_store_splice (kd->records, 0, 0, loaded->pdata, loaded->len);
  return TRUE;
}

/* Saving one edit */

static void
set_quietly (SgStore      *self,
             SgRecord     *record,
             GParamSpec   *pspec,
             const GValue *value)
{
  self->quiet++;
  sg_record_set_value (record, pspec, value);
  self->quiet--;
}

static void
set_quietly_string (SgStore    *self,
                    SgRecord   *record,
                    const char *field,
                    const char *text)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), field);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  set_quietly (self, record, pspec, &value);
}

static gboolean
read_current (SgStore     *self,
              KindData    *kd,
              SgRecord    *record,
              GParamSpec  *pspec,
              GValue      *value,
              GError     **error)
{
  gint64 id = sg_record_get_id (record);

  if (sg_field_get_kind (pspec) == SG_FIELD_LINKS)
    {
      GVariant *links = read_links (self, kd, pspec, id, error);

      if (links == NULL)
        return FALSE;
      g_value_init (value, G_TYPE_VARIANT);
      g_value_take_variant (value, links);
      return TRUE;
    }
  else
    {
      g_autofree char *column = sg_field_get_column (pspec);
      g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?", column, kd->table);
      sqlite3_stmt *stmt = get_stmt (self, sql, error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          return sg_store_set_db_error (self, error, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc);
        }
      read_value (stmt, 0, pspec, value);
      sqlite3_reset (stmt);
      return TRUE;
    }
}

static gboolean
save_field (SgStore     *self,
            KindData    *kd,
            SgRecord    *record,
            GParamSpec  *pspec,
            GValue      *old_value,
            GError     **error)
{
  const GValue *new_value = sg_record_peek_value (record, pspec);
  gint64 id = sg_record_get_id (record);
  g_autofree char *now = timestamp_now (self);
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  g_autofree char *update_sql = NULL;
  sqlite3_stmt *stmt;

  if (!tx_begin (self, error))
    return FALSE;

  if (!read_current (self, kd, record, pspec, old_value, error))
    goto fail;

  if (sg_field_get_kind (pspec) == SG_FIELD_LINKS)
    {
      if (!write_links (self, kd, pspec, id, g_value_get_variant (new_value), TRUE, error))
        goto fail;
      update_sql = g_strdup_printf ("UPDATE %s SET updated = ?2 WHERE id = ?3", kd->table);
      if (!(stmt = get_stmt (self, update_sql, error)))
        goto fail;
    }
  else
    {
      g_autofree char *column = sg_field_get_column (pspec);

      update_sql = g_strdup_printf ("UPDATE %s SET %s = ?1, updated = ?2 WHERE id = ?3",
                                    kd->table, column);
      if (!(stmt = get_stmt (self, update_sql, error)))
        goto fail;
      bind_value (stmt, 1, pspec, new_value);
    }
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, id);
  if (!step_done (self, stmt, error))
    goto fail;

  old_text = value_to_history_text (self, pspec, old_value);
  new_text = value_to_history_text (self, pspec, new_value);
  if (!write_history (self, kd, record, SG_HISTORY_CHANGE, pspec, old_text, new_text, now, error))
    goto fail;

  if (!tx_commit (self, error))
    goto fail;

  set_quietly_string (self, record, "updated", now);
  return TRUE;

fail:
  tx_rollback (self);
  return FALSE;
}

static void
record_notify_cb (SgRecord   *record,
                  GParamSpec *pspec,
                  SgStore    *self)
{
  KindData *kd;
  g_autoptr(GError) error = NULL;
  g_auto(GValue) old_value = G_VALUE_INIT;

  /* The index follows every change of a ref, also the store's own. */
  if (g_str_equal (pspec->name, "ref") && (kd = get_kind (self, G_OBJECT_TYPE (record))) != NULL)
    index_ref (kd, record);

  if (self->quiet > 0 || self->db == NULL)
    return;
  if (g_str_equal (pspec->name, "id") || g_str_equal (pspec->name, "created") ||
      g_str_equal (pspec->name, "updated"))
    return;

  kd = get_kind (self, G_OBJECT_TYPE (record));
  g_return_if_fail (kd != NULL);

  if (save_field (self, kd, record, pspec, &old_value, &error))
    {
      if (g_str_equal (pspec->name, "ref"))
        kd->max_ref_number = MAX (kd->max_ref_number,
                                  ref_number (kd, sg_record_get_ref (record)));
      return;
    }

  /* Say which ref clashed and which one stays: the entry shows the old one again. */
  if (g_error_matches (error, SG_STORE_ERROR, SG_STORE_ERROR_DUPLICATE_REF) &&
      g_str_equal (pspec->name, "ref") && G_IS_VALUE (&old_value))
    {
      const char *old_ref = g_value_get_string (&old_value);
      g_autofree char *message =
        /* Translators: both are refs, e.g. "R-003 is already used by another entry. The ref stays R-007." */
        g_strdup_printf (_("%s is already used by another entry. The ref stays %s."),
                         sg_record_get_ref (record), old_ref ? old_ref : "");

      g_free (error->message);
      error->message = g_steal_pointer (&message);
    }

  /* The register keeps the old value, and so does the record. */
  if (G_IS_VALUE (&old_value))
    set_quietly (self, record, pspec, &old_value);
  g_signal_emit (self, signals[SAVE_FAILED], 0, record, error);
}

/* Adding, removing, restoring */

static gboolean
insert_record (SgStore          *self,
               KindData         *kd,
               SgRecord         *record,
               gboolean          keep_id,
               SgHistoryAction   action,
               GError          **error)
{
  g_autofree char *now = timestamp_now (self);
  g_autofree char *name = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  if (kd->insert_sql[keep_id] == NULL)
    {
      GString *sql = g_string_new (NULL);
      g_autoptr(GString) marks = g_string_new ("?");

      g_string_printf (sql, "INSERT INTO %s (%s", kd->table, keep_id ? "id" : "rowid");
      for (guint i = 0; i < kd->columns->len; i++)
        {
          g_autofree char *column = sg_field_get_column (g_ptr_array_index (kd->columns, i));
          g_string_append_printf (sql, ", %s", column);
          g_string_append (marks, ", ?");
        }
      g_string_append_printf (sql, ") VALUES (%s)", marks->str);
      kd->insert_sql[keep_id] = g_string_free (sql, FALSE);
    }

  if (!tx_begin (self, error))
    return FALSE;

  self->quiet++;
  if (sg_record_get_created (record) == NULL || action == SG_HISTORY_CREATE)
    set_quietly_string (self, record, "created", now);
  set_quietly_string (self, record, "updated", now);
  self->quiet--;

  if (!(stmt = get_stable_stmt (self, kd->insert_sql[keep_id], error)))
    goto fail;
  if (keep_id)
    sqlite3_bind_int64 (stmt, 1, sg_record_get_id (record));
  else
    sqlite3_bind_null (stmt, 1);
  for (guint i = 0; i < kd->columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (kd->columns, i);
      bind_value (stmt, i + 2, pspec, sg_record_peek_value (record, pspec));
    }
  if (!step_done (self, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (self->db);

  for (guint l = 0; l < kd->links->len; l++)
    {
      GParamSpec *pspec = g_ptr_array_index (kd->links, l);
      GVariant *links = g_value_get_variant (sg_record_peek_value (record, pspec));

      if (!write_links (self, kd, pspec, id, links, FALSE, error))
        goto fail;
    }

  self->quiet++;
  sg_record_set_id (record, id);
  self->quiet--;

  name = sg_record_dup_display_name (record);
  if (!write_history (self, kd, record, action, NULL, NULL, name, now, error))
    goto fail;
  if (!tx_commit (self, error))
    goto fail;
  return TRUE;

fail:
  tx_rollback (self);
  if (!keep_id)
    {
      self->quiet++;
      sg_record_set_id (record, 0);
      self->quiet--;
    }
  return FALSE;
}

gboolean
sg_store_add (SgStore   *self,
              SgRecord  *record,
              GError   **error)
{
  KindData *kd;
  const char *prefix;
  gboolean assigned_ref = FALSE;

  g_return_val_if_fail (SG_IS_STORE (self), FALSE);
  g_return_val_if_fail (SG_IS_RECORD (record), FALSE);
  g_return_val_if_fail (sg_record_get_id (record) == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  kd = get_kind (self, G_OBJECT_TYPE (record));
  g_return_val_if_fail (kd != NULL, FALSE);

  prefix = sg_record_class_get_ref_prefix (kd->klass);
  if (prefix != NULL && (sg_record_get_ref (record) == NULL || *sg_record_get_ref (record) == '\0'))
    {
      g_autofree char *ref = g_strdup_printf ("%s%03u", prefix, kd->max_ref_number + 1);

      self->quiet++;
      sg_record_set_ref (record, ref);
      self->quiet--;
      assigned_ref = TRUE;
    }

  if (!insert_record (self, kd, record, FALSE, SG_HISTORY_CREATE, error))
    {
      if (assigned_ref)
        {
          self->quiet++;
          sg_record_set_ref (record, NULL);
          self->quiet--;
        }
      return FALSE;
    }

  if (self->in_batch)
    g_ptr_array_add (self->batch_added, g_object_ref (record));
  track_record (self, kd, record);
  list_append (self, kd, record);
  return TRUE;
}

static void
incoming_link_free (gpointer data)
{
  IncomingLink *in = data;

  g_object_unref (in->holder);
  g_free (in);
}

/* Mirrors in memory what the database's foreign keys did on delete. */
static void
forget_references (SgStore   *self,
                   KindData  *kd,
                   SgRecord  *record,
                   GPtrArray *incoming,
                   GPtrArray *cascaded)
{
  gint64 id = sg_record_get_id (record);

  for (guint k = 0; k < self->kind_list->len; k++)
    {
      KindData *other = g_ptr_array_index (self->kind_list, k);
      guint n_fields;
      GParamSpec **fields = sg_record_class_list_fields (other->klass, &n_fields);

      for (guint f = 0; f < n_fields; f++)
        {
          SgFieldKind field_kind = sg_field_get_kind (fields[f]);
          guint n_items;

          if (sg_field_get_target (fields[f]) != kd->type ||
              (field_kind != SG_FIELD_LINKS && field_kind != SG_FIELD_REFERENCE))
            continue;

          n_items = other->order->len;
          for (guint i = n_items; i > 0; i--)
            {
              g_autoptr(SgRecord) holder = g_object_ref (g_ptr_array_index (other->order, i - 1));
              const GValue *v = sg_record_peek_value (holder, fields[f]);

              if (field_kind == SG_FIELD_LINKS)
                {
                  GVariant *links = g_value_get_variant (v);
                  g_auto(GValue) without = G_VALUE_INIT;
                  IncomingLink *in;

                  if (!sg_links_contains (links, id))
                    continue;
                  g_value_init (&without, G_TYPE_VARIANT);
                  g_value_take_variant (&without, sg_links_remove (links, id));
                  set_quietly (self, holder, fields[f], &without);
                  in = g_new0 (IncomingLink, 1);
                  in->holder = g_object_ref (holder);
                  in->pspec = fields[f];
                  g_ptr_array_add (incoming, in);
                }
              else if (g_value_get_int64 (v) == id)
                {
                  g_autofree char *column = sg_field_get_column (fields[f]);
                  g_autofree char *key = g_strdup_printf ("%s.%s", other->table, column);
                  const char *action = g_hash_table_lookup (self->on_delete, key);

                  if (g_strcmp0 (action, "CASCADE") == 0)
                    {
                      g_autoptr(GPtrArray) sub_in = g_ptr_array_new_with_free_func (incoming_link_free);
                      g_autoptr(GPtrArray) sub_cascaded = g_ptr_array_new_with_free_func (g_object_unref);

                      g_ptr_array_add (cascaded, g_object_ref (holder));
                      forget_references (self, other, holder, sub_in, sub_cascaded);
                      g_object_set_qdata_full (G_OBJECT (holder), incoming_quark (),
                                               g_steal_pointer (&sub_in),
                                               (GDestroyNotify) g_ptr_array_unref);
                      g_object_set_qdata_full (G_OBJECT (holder), children_quark (),
                                               g_steal_pointer (&sub_cascaded),
                                               (GDestroyNotify) g_ptr_array_unref);
                      untrack_record (self, other, holder);
                    }
                  else
                    {
                      g_auto(GValue) none = G_VALUE_INIT;

                      g_value_init (&none, G_TYPE_INT64);
                      set_quietly (self, holder, fields[f], &none);
                    }
                }
            }
        }
    }
}

gboolean
sg_store_remove (SgStore   *self,
                 SgRecord  *record,
                 GError   **error)
{
  KindData *kd;
  g_autofree char *sql = NULL;
  g_autofree char *now = timestamp_now (self);
  g_autofree char *name = NULL;
  g_autoptr(GPtrArray) incoming = NULL;
  g_autoptr(GPtrArray) cascaded = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SG_IS_STORE (self), FALSE);
  g_return_val_if_fail (SG_IS_RECORD (record), FALSE);

  kd = get_kind (self, G_OBJECT_TYPE (record));
  g_return_val_if_fail (kd != NULL, FALSE);
  g_return_val_if_fail (g_hash_table_lookup (kd->by_id, &(gint64) { sg_record_get_id (record) }) == record, FALSE);

  sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", kd->table);
  if (!tx_begin (self, error))
    return FALSE;
  if (!(stmt = get_stmt (self, sql, error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, sg_record_get_id (record));
  if (!step_done (self, stmt, error))
    goto fail;
  name = sg_record_dup_display_name (record);
  if (!write_history (self, kd, record, SG_HISTORY_DELETE, NULL, name, NULL, now, error))
    goto fail;
  if (!tx_commit (self, error))
    goto fail;

  g_object_ref (record);
  incoming = g_ptr_array_new_with_free_func (incoming_link_free);
  cascaded = g_ptr_array_new_with_free_func (g_object_unref);
  untrack_record (self, kd, record);
  forget_references (self, kd, record, incoming, cascaded);
  g_object_set_qdata_full (G_OBJECT (record), incoming_quark (),
                           g_steal_pointer (&incoming), (GDestroyNotify) g_ptr_array_unref);
  g_object_set_qdata_full (G_OBJECT (record), children_quark (),
                           g_steal_pointer (&cascaded), (GDestroyNotify) g_ptr_array_unref);
  g_object_unref (record);
  return TRUE;

fail:
  tx_rollback (self);
  return FALSE;
}

static gboolean
restore_one (SgStore   *self,
             SgRecord  *record,
             GError   **error)
{
  KindData *kd = get_kind (self, G_OBJECT_TYPE (record));
  GPtrArray *cascaded;
  GPtrArray *incoming;

  if (!insert_record (self, kd, record, TRUE, SG_HISTORY_RESTORE, error))
    return FALSE;
  track_record (self, kd, record);
  list_append (self, kd, record);

  cascaded = g_object_get_qdata (G_OBJECT (record), children_quark ());
  for (guint i = 0; cascaded != NULL && i < cascaded->len; i++)
    if (!restore_one (self, g_ptr_array_index (cascaded, i), error))
      return FALSE;

  incoming = g_object_get_qdata (G_OBJECT (record), incoming_quark ());
  for (guint i = 0; incoming != NULL && i < incoming->len; i++)
    {
      IncomingLink *in = g_ptr_array_index (incoming, i);
      KindData *holder_kd = get_kind (self, G_OBJECT_TYPE (in->holder));
      GVariant *links = g_value_get_variant (sg_record_peek_value (in->holder, in->pspec));
      g_auto(GValue) with = G_VALUE_INIT;
      gint64 id = sg_record_get_id (in->holder);

      if (g_hash_table_lookup (holder_kd->by_id, &id) != in->holder)
        continue;
      g_value_init (&with, G_TYPE_VARIANT);
      g_value_take_variant (&with, sg_links_add (links, sg_record_get_id (record)));
      set_quietly (self, in->holder, in->pspec, &with);
      if (!write_links (self, holder_kd, in->pspec, id,
                        g_value_get_variant (&with), TRUE, error))
        return FALSE;
    }

  g_object_set_qdata (G_OBJECT (record), children_quark (), NULL);
  g_object_set_qdata (G_OBJECT (record), incoming_quark (), NULL);
  return TRUE;
}

gboolean
sg_store_restore (SgStore   *self,
                  SgRecord  *record,
                  GError   **error)
{
  gboolean was_batch;
  gboolean ok;

  g_return_val_if_fail (SG_IS_STORE (self), FALSE);
  g_return_val_if_fail (SG_IS_RECORD (record), FALSE);
  g_return_val_if_fail (sg_record_get_id (record) != 0, FALSE);

  /* The record, its cascaded children and the links to it come back together. */
  was_batch = self->in_batch;
  if (!was_batch && !sg_store_begin_batch (self, error))
    return FALSE;
  ok = restore_one (self, record, error);
  if (was_batch)
    return ok;
  if (ok)
    return sg_store_commit_batch (self, error);
  sg_store_rollback_batch (self);
  return FALSE;
}

void
sg_store_reserve_ref (SgStore    *self,
                      GType       kind,
                      const char *ref)
{
  KindData *kd;

  g_return_if_fail (SG_IS_STORE (self));
  kd = get_kind (self, kind);
  g_return_if_fail (kd != NULL);

  kd->max_ref_number = MAX (kd->max_ref_number, ref_number (kd, ref));
}

/* Batches */

gboolean
sg_store_begin_batch (SgStore  *self,
                      GError  **error)
{
  g_return_val_if_fail (SG_IS_STORE (self), FALSE);
  g_return_val_if_fail (!self->in_batch, FALSE);

  if (!sg_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  self->in_batch = TRUE;
  self->batch_failed = FALSE;
  g_ptr_array_set_size (self->batch_added, 0);
  return TRUE;
}

gboolean
sg_store_commit_batch (SgStore  *self,
                       GError  **error)
{
  g_return_val_if_fail (SG_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->in_batch, FALSE);

  if (self->batch_failed)
    {
      sg_store_rollback_batch (self);
      g_set_error_literal (error, SG_STORE_ERROR, SG_STORE_ERROR_WRITE,
                           _("Nothing was saved, because one of the changes could not be saved."));
      return FALSE;
    }
  self->in_batch = FALSE;
  if (!sg_store_exec (self, "COMMIT", error))
    {
      self->in_batch = TRUE;
      sg_store_rollback_batch (self);
      return FALSE;
    }
  g_ptr_array_set_size (self->batch_added, 0);
  list_pending (self);
  return TRUE;
}

void
sg_store_rollback_batch (SgStore *self)
{
  g_return_if_fail (SG_IS_STORE (self));
  g_return_if_fail (self->in_batch);

  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->in_batch = FALSE;

  for (guint i = self->batch_added->len; i > 0; i--)
    {
      SgRecord *record = g_ptr_array_index (self->batch_added, i - 1);
      KindData *kd = get_kind (self, G_OBJECT_TYPE (record));

      untrack_record (self, kd, record);
      self->quiet++;
      sg_record_set_id (record, 0);
      self->quiet--;
    }
  g_ptr_array_set_size (self->batch_added, 0);
  /* What the batch restored stays. */
  list_pending (self);

  /* Ref counters may have moved past refs that no longer exist; harmless. */
}

SgStore *
sg_store_open (const char        *path,
               SgStoreOpenFlags   flags,
               GError           **error)
{
  g_autoptr(SgStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (SG_TYPE_STORE, NULL);
  self->path = g_canonicalize_filename (path, NULL);

  if (!sg_store_file_open (self, flags, error))
    return NULL;

  if (!load_foreign_keys (self, error))
    return NULL;

  if (self->created)
    {
      if (!sg_seed_register (self, error))
        {
          sg_store_close (self);
          sg_store_delete_files (self->path);
          return NULL;
        }
      return g_steal_pointer (&self);
    }

  for (guint i = 0; i < self->kind_list->len; i++)
    {
      if (!load_kind (self, g_ptr_array_index (self->kind_list, i), error))
        {
          /* Reading failed: the file is damaged, and stays untouched. */
          g_clear_error (error);
          sg_store_file_error (error, SG_STORE_ERROR_CORRUPT, self->path);
          return NULL;
        }
    }
  return g_steal_pointer (&self);
}

void
sg_store_close (SgStore *self)
{
  g_return_if_fail (SG_IS_STORE (self));

  for (guint i = 0; i < self->kind_list->len; i++)
    {
      KindData *kd = g_ptr_array_index (self->kind_list, i);

      for (guint r = 0; r < kd->order->len; r++)
        g_signal_handlers_disconnect_by_func (g_ptr_array_index (kd->order, r), record_notify_cb, self);
    }
  g_hash_table_remove_all (self->stable_statements);
  g_hash_table_remove_all (self->statements);
  if (self->db != NULL)
    {
      if (self->in_batch)
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      self->in_batch = FALSE;
      sqlite3_close (self->db);
      self->db = NULL;
    }
  /* After SQLite let go: closing our descriptor drops the process's locks. */
  if (self->lock_fd >= 0)
    {
      close (self->lock_fd);
      self->lock_fd = -1;
    }
}

const char *
sg_store_get_path (SgStore *self)
{
  g_return_val_if_fail (SG_IS_STORE (self), NULL);
  return self->path;
}

gboolean
sg_store_was_created (SgStore *self)
{
  g_return_val_if_fail (SG_IS_STORE (self), FALSE);
  return self->created;
}

const char *
sg_store_get_migration_backup (SgStore *self)
{
  g_return_val_if_fail (SG_IS_STORE (self), NULL);
  return self->backup_path;
}

void
sg_store_set_user_name (SgStore    *self,
                        const char *user_name)
{
  g_return_if_fail (SG_IS_STORE (self));
  g_return_if_fail (user_name != NULL);

  g_free (self->user_name);
  self->user_name = g_strdup (user_name);
}

GListModel *
sg_store_get_records (SgStore *self,
                      GType    kind)
{
  KindData *kd;

  g_return_val_if_fail (SG_IS_STORE (self), NULL);
  kd = get_kind (self, kind);
  g_return_val_if_fail (kd != NULL, NULL);
  return G_LIST_MODEL (kd->records);
}

/**
 * sg_store_peek_records:
 * @n_records: (out): how many
 *
 * The records of @kind in the order of sg_store_get_records(), without a
 * reference each: for counting over many thousand records.
 *
 * Returns: (transfer none) (array length=n_records): valid until the store
 *   next adds or removes a record of @kind
 */
SgRecord *const *
sg_store_peek_records (SgStore *self,
                       GType    kind,
                       guint   *n_records)
{
  KindData *kd;

  g_return_val_if_fail (SG_IS_STORE (self), NULL);
  g_return_val_if_fail (n_records != NULL, NULL);
  kd = get_kind (self, kind);
  g_return_val_if_fail (kd != NULL, NULL);
  *n_records = kd->order->len;
  return (SgRecord *const *) kd->order->pdata;
}

SgRecord *
sg_store_find_by_id (SgStore *self,
                     GType    kind,
                     gint64   id)
{
  KindData *kd;

  g_return_val_if_fail (SG_IS_STORE (self), NULL);
  kd = get_kind (self, kind);
  g_return_val_if_fail (kd != NULL, NULL);
  return g_hash_table_lookup (kd->by_id, &id);
}

SgRecord *
sg_store_find_by_ref (SgStore    *self,
                      GType       kind,
                      const char *ref)
{
  KindData *kd;
  SgRecord *record;

  g_return_val_if_fail (SG_IS_STORE (self), NULL);
  g_return_val_if_fail (ref != NULL, NULL);
  kd = get_kind (self, kind);
  g_return_val_if_fail (kd != NULL, NULL);

  if (kd->by_ref == NULL)
    {
      kd->by_ref = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < kd->order->len; i++)
        index_ref (kd, g_ptr_array_index (kd->order, i));
    }
  record = g_hash_table_lookup (kd->by_ref, ref);
  return record != NULL && g_strcmp0 (sg_record_get_ref (record), ref) == 0 ? record : NULL;
}

static char *
describe_record (gpointer       data,
                 GType          kind,
                 gint64         id,
                 SgFieldNaming  naming)
{
  SgRecord *record = sg_store_find_by_id (data, kind, id);
  GParamSpec *title;
  const char *text;

  if (record == NULL)
    return NULL;
  switch (naming)
    {
    case SG_FIELD_NAMING_TITLE:
      title = sg_record_class_get_title_field (SG_RECORD_GET_CLASS (record));
      text = title ? g_value_get_string (sg_record_peek_value (record, title)) : NULL;
      if (text != NULL && *text != '\0')
        return g_strdup (text);
      break;
    case SG_FIELD_NAMING_REF:
      /* A record without a ref (a risk level) is named instead. */
      text = sg_record_get_ref (record);
      if (text != NULL && *text != '\0')
        return g_strdup (text);
      break;
    case SG_FIELD_NAMING_DISPLAY:
    default:
      break;
    }
  return sg_record_dup_display_name (record);
}

/* Made when a rating is first shown, not when the history names a record. */
static SgRiskMethod *
get_method (gpointer data)
{
  return sg_store_get_risk_method (data);
}

const SgFieldResolver *
sg_store_get_field_resolver (SgStore *self)
{
  g_return_val_if_fail (SG_IS_STORE (self), NULL);

  return &self->resolver;
}

SgRiskMethod *
sg_store_get_risk_method (SgStore *self)
{
  g_return_val_if_fail (SG_IS_STORE (self), NULL);

  if (self->risk_method == NULL)
    self->risk_method = sg_risk_method_new (sg_store_get_records (self, SG_TYPE_SCALE_LEVEL),
                                            sg_store_get_records (self, SG_TYPE_RISK_LEVEL),
                                            sg_store_get_records (self, SG_TYPE_MATRIX_CELL));
  return self->risk_method;
}

GListModel *
sg_store_list_history (SgStore   *self,
                       SgRecord  *record,
                       GError   **error)
{
  KindData *kd;
  g_autoptr(GListStore) entries = g_list_store_new (SG_TYPE_HISTORY_ENTRY);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SG_IS_STORE (self), NULL);
  g_return_val_if_fail (SG_IS_RECORD (record), NULL);
  kd = get_kind (self, G_OBJECT_TYPE (record));

  stmt = get_stmt (self, "SELECT action, field, old_value, new_value, changed_at, changed_by"
                         " FROM history WHERE record_table = ? AND record_id = ?"
                         " ORDER BY id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, kd->table, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, sg_record_get_id (record));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      static const char *actions[] = { "create", "change", "delete", "restore" };
      const char *action = (const char *) sqlite3_column_text (stmt, 0);
      SgHistoryAction a = SG_HISTORY_CHANGE;
      g_autoptr(SgHistoryEntry) entry = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
        if (g_strcmp0 (action, actions[i]) == 0)
          a = i;
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
      sg_store_set_db_error (self, error, rc);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&entries));
}

guint
sg_store_count_history (SgStore *self)
{
  sqlite3_stmt *stmt;
  guint n = 0;

  g_return_val_if_fail (SG_IS_STORE (self), 0);

  stmt = get_stmt (self, "SELECT count(*) FROM history", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return n;
}

gboolean
sg_store_check_integrity (SgStore  *self,
                          GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (SG_IS_STORE (self), FALSE);

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  stmt = NULL;

  if (ok)
    {
      rc = sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL);
      ok = rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_DONE;
      sqlite3_finalize (stmt);
    }

  if (!ok)
    return sg_store_file_error (error, SG_STORE_ERROR_CORRUPT, self->path);
  return TRUE;
}

/* GObject */

static void
sg_store_finalize (GObject *object)
{
  SgStore *self = SG_STORE (object);

  sg_store_close (self);
  g_clear_object (&self->risk_method);
  g_clear_pointer (&self->kind_list, g_ptr_array_unref);
  g_clear_pointer (&self->kinds, g_hash_table_unref);
  g_clear_pointer (&self->stable_statements, g_hash_table_unref);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->on_delete, g_hash_table_unref);
  g_clear_pointer (&self->batch_added, g_ptr_array_unref);
  g_clear_pointer (&self->batch_listed, g_ptr_array_unref);
  g_clear_pointer (&self->now_text, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->user_name, g_free);
  g_clear_pointer (&self->backup_path, g_free);

  G_OBJECT_CLASS (sg_store_parent_class)->finalize (object);
}

static void
sg_store_class_init (SgStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sg_store_finalize;

  /**
   * SgStore::save-failed:
   * @record: the record whose edit was undone
   * @error: what went wrong, for a person to read
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, SG_TYPE_RECORD, G_TYPE_ERROR);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
sg_store_init (SgStore *self)
{
  const char *real_name = g_get_real_name ();

  self->lock_fd = -1;
  self->kinds = g_hash_table_new_full (NULL, NULL, NULL, kind_data_free);
  self->kind_list = g_ptr_array_new ();
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
  self->stable_statements = g_hash_table_new (NULL, NULL);
  self->on_delete = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->batch_added = g_ptr_array_new_with_free_func (g_object_unref);
  self->batch_listed = g_ptr_array_new_with_free_func (g_object_unref);
  self->resolver.describe_record = describe_record;
  self->resolver.get_method = get_method;
  self->resolver.data = self;
  self->user_name = g_strdup (real_name && !g_str_equal (real_name, "Unknown")
                              ? real_name : g_get_user_name ());
  init_kinds (self);
}
