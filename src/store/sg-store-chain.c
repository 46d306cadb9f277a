/* sg-store-chain.c: checking the change history's hash chain, and that
 * every record is what its history says
 *
 * The backend hashes each entry as it writes it (sg-history-chain.c);
 * this file walks the entries in order, finds the first that was
 * altered, removed or inserted, and compares each record's state with
 * the state its newest entry recorded. The lines it produces are for
 * `--check` and scripts, so they stay in English.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-history-chain.h"
#include "sg-store-private.h"

/* The newest entry of one record. */
typedef struct
{
  gint64           record_id;  /* the key of its table's hash table */
  gint64           entry;
  SgHistoryAction  action;
  gboolean         accepted;   /* an "accept" entry of the chain's own */
  char             state[SG_HISTORY_HASH_LEN + 1];  /* "" for none, or not one of ours */
  char            *by;
  char            *at;
} Newest;

typedef struct
{
  SgHistoryCheck  *check;
  GHashTable      *newest;     /* table → (record id → Newest*) */
  char             prev[SG_HISTORY_HASH_LEN + 1];
  gint64           last_id;
  /* An entry whose hash did not follow: the next one tells whether it
   * was altered (the next follows it) or inserted (the next follows the
   * one before it). */
  gboolean         pending;
  gint64           pending_id;
  char             pending_prev[SG_HISTORY_HASH_LEN + 1];
  char            *pending_what;
  GArray          *break_ids;  /* gint64, one per line of breaks */
  GPtrArray       *breaks;     /* char* */
  gint64           begin;      /* the entry where the chain begins */
  gint64           last_continue;
  char            *continue_by;
  char            *continue_at;
} Walk;

static void
newest_free (gpointer data)
{
  Newest *n = data;

  g_free (n->by);
  g_free (n->at);
  g_free (n);
}

void
sg_history_check_free (SgHistoryCheck *check)
{
  if (check == NULL)
    return;
  g_free (check->head);
  g_free (check->since);
  g_ptr_array_unref (check->problems);
  g_free (check->first_open);
  g_ptr_array_unref (check->accept);
  g_free (check);
}

char *
sg_store_record_state (SgStoreKindData  *kd,
                       SgRecord         *record,
                       GParamSpec      **pspecs,
                       const GValue    **instead,
                       guint             n_instead)
{
  GPtrArray *fields = kd->state_fields;
  g_autofree const GValue **values = g_new (const GValue *, MAX (fields->len, 1));
  const GValue *all = sg_record_peek_values (record);

  for (guint i = 0; i < fields->len; i++)
    {
      values[i] = &all[sg_record_field_slot (g_ptr_array_index (fields, i))];
      for (guint j = 0; j < n_instead; j++)
        if (pspecs[j] == g_ptr_array_index (fields, i))
          values[i] = instead[j];
    }
  return sg_history_state_digest_fields ((GParamSpec **) fields->pdata, values, fields->len);
}

static char *
describe_entry (const SgStoreHistoryRow *row)
{
  const char *what = row->record_ref;

  if (row->action == SG_HISTORY_CHAIN && (row->table == NULL || *row->table == '\0'))
    what = "the chain";
  return g_strdup_printf ("entry %" G_GINT64_FORMAT " (%s, %s%s%s, %s)", row->id,
                          what ? what : "?", sg_history_action_name (row->action),
                          row->field ? " " : "", row->field ? row->field : "",
                          row->changed_at ? row->changed_at : "?");
}

static void
add_break (Walk   *walk,
           gint64  id,
           char   *text)
{
  g_array_append_val (walk->break_ids, id);
  g_ptr_array_add (walk->breaks, text);
}

static void
settle_pending (Walk       *walk,
                const char *how)
{
  add_break (walk, walk->pending_id, g_strdup_printf ("%s was %s", walk->pending_what, how));
  g_clear_pointer (&walk->pending_what, g_free);
  walk->pending = FALSE;
}

static void
note_newest (Walk                    *walk,
             const SgStoreHistoryRow *row)
{
  GHashTable *records;
  Newest *n;

  if (row->table == NULL || *row->table == '\0')
    {
      if (row->action == SG_HISTORY_CHAIN && g_strcmp0 (row->field, SG_HISTORY_CHAIN_BEGIN) == 0 &&
          walk->check->since == NULL)
        {
          walk->check->since = g_strdup (row->changed_at);
          walk->begin = row->id;
        }
      else if (row->action == SG_HISTORY_CHAIN && g_strcmp0 (row->field, SG_HISTORY_CHAIN_CONTINUE) == 0)
        {
          walk->last_continue = row->id;
          g_free (walk->continue_by);
          g_free (walk->continue_at);
          walk->continue_by = g_strdup (row->changed_by);
          walk->continue_at = g_strdup (row->changed_at);
        }
      return;
    }

  /* Looked up once per entry, 200,000 times for 100,000 risks: no key
   * is formatted, and a record's Newest is reused. */
  records = g_hash_table_lookup (walk->newest, row->table);
  if (records == NULL)
    {
      records = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, newest_free);
      g_hash_table_insert (walk->newest, g_strdup (row->table), records);
    }
  n = g_hash_table_lookup (records, &row->record_id);
  if (n == NULL)
    {
      n = g_new0 (Newest, 1);
      n->record_id = row->record_id;
      g_hash_table_insert (records, &n->record_id, n);
    }
  n->entry = row->id;
  n->action = row->action;
  n->accepted = row->action == SG_HISTORY_CHAIN && g_strcmp0 (row->field, SG_HISTORY_CHAIN_ACCEPT) == 0;
  if (sg_history_hash_is_valid (row->state))
    memcpy (n->state, row->state, sizeof n->state);
  else
    n->state[0] = '\0';
  g_clear_pointer (&n->by, g_free);
  g_clear_pointer (&n->at, g_free);
  if (n->accepted)
    {
      n->by = g_strdup (row->changed_by);
      n->at = g_strdup (row->changed_at);
    }
}

static void
walk_cb (gpointer                 data,
         const SgStoreHistoryRow *row)
{
  Walk *walk = data;
  gboolean valid = sg_history_hash_is_valid (row->hash);
  g_autofree char *computed = sg_history_chain_link (walk->prev, row);
  gboolean ok = valid && g_str_equal (computed, row->hash);

  walk->check->n_entries++;
  if (walk->pending)
    {
      if (ok)
        settle_pending (walk, "altered");
      else
        {
          g_autofree char *skipping = sg_history_chain_link (walk->pending_prev, row);

          if (valid && g_str_equal (skipping, row->hash))
            {
              settle_pending (walk, "inserted");
              ok = TRUE;
            }
          else
            settle_pending (walk, "altered");
        }
    }

  if (!ok)
    {
      g_autofree char *what = describe_entry (row);

      if (row->id != walk->last_id + 1)
        add_break (walk, row->id,
                   row->id == walk->last_id + 2
                   ? g_strdup_printf ("entry %" G_GINT64_FORMAT " was removed (before %s)",
                                      walk->last_id + 1, what)
                   : g_strdup_printf ("entries %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT
                                      " were removed (before %s)",
                                      walk->last_id + 1, row->id - 1, what));
      else if (!valid)
        add_break (walk, row->id, g_strdup_printf ("%s was inserted (it has no hash Safeguard wrote)", what));
      else
        {
          walk->pending = TRUE;
          walk->pending_id = row->id;
          memcpy (walk->pending_prev, walk->prev, sizeof walk->prev);
          walk->pending_what = g_steal_pointer (&what);
        }
    }

  g_strlcpy (walk->prev, valid ? row->hash : sg_history_chain_genesis, sizeof walk->prev);
  walk->last_id = row->id;
  note_newest (walk, row);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static gboolean
kind_has_parent (SgStoreKindData *kd)
{
  for (guint i = 0; i < kd->info.columns->len; i++)
    if (sg_field_is_parent (g_ptr_array_index (kd->info.columns, i)))
      return TRUE;
  return FALSE;
}

static char *
name_record (SgStoreKindData *kd,
             const char      *ref,
             gint64           id)
{
  if (ref != NULL && *ref != '\0')
    return g_strdup_printf ("%s (%s)", ref, kd->info.table);
  return g_strdup_printf ("%s #%" G_GINT64_FORMAT, kd->info.table, id);
}

static void
add_problem (SgHistoryCheck *check,
             char           *text,
             gboolean        open)
{
  if (open)
    {
      check->n_open++;
      if (check->first_open == NULL)
        check->first_open = g_strdup (text);
    }
  g_ptr_array_add (check->problems, text);
}

static void
add_record_problem (SgHistoryCheck  *check,
                    SgStoreKindData *kd,
                    gint64           id,
                    char            *text)
{
  SgHistoryAccept *accept = g_new0 (SgHistoryAccept, 1);

  accept->table = kd->info.table;
  accept->id = id;
  accept->problem = g_strdup (text);
  g_ptr_array_add (check->accept, accept);
  add_problem (check, text, TRUE);
}

static void
accept_free (gpointer data)
{
  SgHistoryAccept *accept = data;

  g_free (accept->problem);
  g_free (accept);
}

/* Each record against the state its newest entry recorded. */
static void
check_records (SgStore *self,
               Walk    *walk)
{
  SgHistoryCheck *check = walk->check;

  for (guint k = 0; k < self->kind_list->len; k++)
    {
      SgStoreKindData *kd = g_ptr_array_index (self->kind_list, k);
      GHashTable *records = g_hash_table_lookup (walk->newest, kd->info.table);

      for (guint i = 0; i < kd->order->len; i++)
        {
          SgRecord *record = g_ptr_array_index (kd->order, i);
          gint64 id = sg_record_get_id (record);
          g_autofree char *name = NULL;
          g_autofree char *state = NULL;
          Newest *n = records ? g_hash_table_lookup (records, &id) : NULL;

          if (n == NULL)
            {
              name = name_record (kd, sg_record_get_ref (record), id);
              add_record_problem (check, kd, id, g_strdup_printf ("%s has no history entry", name));
              continue;
            }
          if (n->action == SG_HISTORY_DELETE)
            {
              name = name_record (kd, sg_record_get_ref (record), id);
              add_record_problem (check, kd, id,
                                  g_strdup_printf ("%s is in the register, but its history says it"
                                                   " was deleted (entry %" G_GINT64_FORMAT ")",
                                                   name, n->entry));
            }
          else if (!g_str_equal (n->state, (state = sg_store_record_state (kd, record, NULL, NULL, 0))))
            {
              name = name_record (kd, sg_record_get_ref (record), id);
              add_record_problem (check, kd, id,
                                  g_strdup_printf ("%s was changed without a history entry"
                                                   " (it differs from entry %" G_GINT64_FORMAT ")",
                                                   name, n->entry));
            }
          else if (n->accepted)
            {
              name = name_record (kd, sg_record_get_ref (record), id);
              add_problem (check, g_strdup_printf ("%s was changed outside Safeguard; %s accepted it"
                                                   " on %s (entry %" G_GINT64_FORMAT ")",
                                                   name, n->by ? n->by : "?", n->at ? n->at : "?",
                                                   n->entry), FALSE);
            }
          g_hash_table_remove (records, &id);
        }
    }

  /* What the history says exists and the register lacks. Before the
   * chain began a child went with its parent without an entry of its
   * own, so such a child is missed only from then on. */
  for (guint k = 0; k < self->kind_list->len; k++)
    {
      SgStoreKindData *kd = g_ptr_array_index (self->kind_list, k);
      GHashTable *records = g_hash_table_lookup (walk->newest, kd->info.table);
      gboolean has_parent = kind_has_parent (kd);
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      GHashTableIter iter;
      gpointer value;

      if (records == NULL)
        continue;
      /* In the order they were written, not the hash table's. */
      g_hash_table_iter_init (&iter, records);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          Newest *n = value;

          if (n->action != SG_HISTORY_DELETE && !(has_parent && n->entry < walk->begin))
            g_array_append_val (ids, n->record_id);
        }
      g_array_sort (ids, compare_ids);
      for (guint i = 0; i < ids->len; i++)
        {
          gint64 id = g_array_index (ids, gint64, i);
          Newest *n = g_hash_table_lookup (records, &id);
          g_autofree char *name = name_record (kd, NULL, id);

          if (n->accepted)
            add_problem (check, g_strdup_printf ("%s was removed outside Safeguard; %s accepted it"
                                                 " on %s (entry %" G_GINT64_FORMAT ")",
                                                 name, n->by ? n->by : "?", n->at ? n->at : "?",
                                                 n->entry), FALSE);
          else
            add_record_problem (check, kd, id,
                                g_strdup_printf ("%s is missing, but its history says it exists"
                                                 " (entry %" G_GINT64_FORMAT ")", name, n->entry));
        }
    }
}

SgHistoryCheck *
sg_store_check_history (SgStore  *self,
                        GError  **error)
{
  g_autoptr(SgHistoryCheck) check = NULL;
  Walk walk = { 0 };
  gboolean ok;

  g_return_val_if_fail (SG_IS_STORE (self), NULL);
  g_return_val_if_fail (self->backend != NULL, NULL);

  check = g_new0 (SgHistoryCheck, 1);
  check->problems = g_ptr_array_new_with_free_func (g_free);
  check->accept = g_ptr_array_new_with_free_func (accept_free);
  walk.check = check;
  walk.newest = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_hash_table_unref);
  walk.break_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  walk.breaks = g_ptr_array_new_with_free_func (g_free);
  g_strlcpy (walk.prev, sg_history_chain_genesis, sizeof walk.prev);

  ok = self->backend->funcs->walk_history (self->backend, walk_cb, &walk, error);
  if (ok)
    {
      if (walk.pending)
        settle_pending (&walk, "altered or inserted");
      check->head = self->backend->funcs->dup_history_head (self->backend);

      /* Breaks before "Continue Editing" stay reported, as accepted. */
      for (guint i = 0; i < walk.breaks->len; i++)
        {
          gboolean open = g_array_index (walk.break_ids, gint64, i) > walk.last_continue;

          add_problem (check, g_strdup (g_ptr_array_index (walk.breaks, i)), open);
        }
      if (walk.last_continue > 0)
        add_problem (check, g_strdup_printf ("%s continued editing after the break on %s (entry %"
                                             G_GINT64_FORMAT ")",
                                             walk.continue_by ? walk.continue_by : "?",
                                             walk.continue_at ? walk.continue_at : "?",
                                             walk.last_continue), FALSE);
      if (check->since == NULL)
        add_problem (check, g_strdup ("the entry where the chain begins is missing:"
                                      " entries were removed"), walk.last_continue == 0);
      check_records (self, &walk);
    }

  g_free (walk.pending_what);
  g_free (walk.continue_by);
  g_free (walk.continue_at);
  g_array_unref (walk.break_ids);
  g_ptr_array_unref (walk.breaks);
  g_hash_table_unref (walk.newest);
  return ok ? g_steal_pointer (&check) : NULL;
}

void
sg_store_set_read_only (SgStore  *self,
                        gboolean  read_only)
{
  g_return_if_fail (SG_IS_STORE (self));
  g_return_if_fail (!self->in_batch);

  self->read_only = !!read_only;
}

gboolean
sg_store_get_read_only (SgStore *self)
{
  g_return_val_if_fail (SG_IS_STORE (self), FALSE);

  return self->read_only;
}

gboolean
sg_store_refuse_read_only (SgStore  *self,
                           GError  **error)
{
  g_set_error_literal (error, SG_STORE_ERROR, SG_STORE_ERROR_READ_ONLY,
                       _("This register is open read-only, so nothing was changed."));
  return FALSE;
}

char *
sg_store_dup_history_head (SgStore *self)
{
  g_return_val_if_fail (SG_IS_STORE (self), NULL);
  g_return_val_if_fail (self->backend != NULL, NULL);

  return self->backend->funcs->dup_history_head (self->backend);
}

gboolean
sg_store_continue_history (SgStore               *self,
                           const SgHistoryCheck  *check,
                           GError               **error)
{
  g_autofree char *now = NULL;
  g_autofree char *head = NULL;
  SgStoreHistoryRow row = { 0 };

  g_return_val_if_fail (SG_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->backend != NULL, FALSE);
  g_return_val_if_fail (check != NULL, FALSE);
  g_return_val_if_fail (!self->in_batch, FALSE);

  /* Continuing is what ends a read-only opening. */
  self->read_only = FALSE;
  now = sg_store_timestamp_now (self);
  head = self->backend->funcs->dup_history_head (self->backend);
  if (!self->backend->funcs->begin (self->backend, error))
    return FALSE;

  row.table = "";
  row.action = SG_HISTORY_CHAIN;
  row.field = SG_HISTORY_CHAIN_CONTINUE;
  row.old_value = check->first_open;
  row.new_value = head;
  row.changed_at = now;
  row.changed_by = self->user_name;
  if (!self->backend->funcs->write_history (self->backend, &row, error))
    goto fail;

  /* Each record as found: later checks compare it with this. */
  for (guint i = 0; i < check->accept->len; i++)
    {
      SgHistoryAccept *accept = g_ptr_array_index (check->accept, i);
      SgStoreKindData *kd = NULL;
      SgRecord *record;
      g_autofree char *state = NULL;

      for (guint k = 0; k < self->kind_list->len && kd == NULL; k++)
        if (g_str_equal (((SgStoreKindData *) g_ptr_array_index (self->kind_list, k))->info.table,
                         accept->table))
          kd = g_ptr_array_index (self->kind_list, k);
      g_assert (kd != NULL);
      record = g_hash_table_lookup (kd->by_id, &accept->id);
      if (record != NULL)
        state = sg_store_record_state (kd, record, NULL, NULL, 0);
      row.table = accept->table;
      row.record_id = accept->id;
      row.record_ref = record ? sg_record_get_ref (record) : NULL;
      row.field = SG_HISTORY_CHAIN_ACCEPT;
      row.old_value = accept->problem;
      row.new_value = NULL;
      row.state = state;
      if (!self->backend->funcs->write_history (self->backend, &row, error))
        goto fail;
    }
  if (!self->backend->funcs->commit (self->backend, error))
    goto fail;
  return TRUE;

fail:
  self->backend->funcs->rollback (self->backend);
  return FALSE;
}

/* The history as it is read, and the file's own check. */

GListModel *
sg_store_list_history (SgStore   *self,
                       SgRecord  *record,
                       GError   **error)
{
  SgStoreKindData *kd;

  g_return_val_if_fail (SG_IS_STORE (self), NULL);
  g_return_val_if_fail (SG_IS_RECORD (record), NULL);
  g_return_val_if_fail (self->backend != NULL, NULL);
  kd = sg_store_get_kind_data (self, G_OBJECT_TYPE (record));

  return self->backend->funcs->list_history (self->backend, kd->info.table,
                                             sg_record_get_id (record), error);
}

guint
sg_store_count_history (SgStore *self)
{
  g_return_val_if_fail (SG_IS_STORE (self), 0);
  g_return_val_if_fail (self->backend != NULL, 0);

  return self->backend->funcs->count_history (self->backend);
}

gboolean
sg_store_check_integrity (SgStore  *self,
                          GError  **error)
{
  g_return_val_if_fail (SG_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->backend != NULL, FALSE);

  if (!self->backend->funcs->check_integrity (self->backend))
    return sg_store_file_error (error, SG_STORE_ERROR_CORRUPT, self->path);
  return TRUE;
}
