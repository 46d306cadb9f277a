/* sg-store.c: the register as records — their lists, saving every edit,
 * batches and the history; the rows themselves are the backend's
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-history-chain.h"
#include "sg-kinds.h"
#include "sg-store-private.h"


G_DEFINE_FINAL_TYPE (SgStore, sg_store, G_TYPE_OBJECT)

enum {
  SAVE_FAILED,
  RECORD_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Each record's observer (sg_record_set_observer()): sg_store_close()
 * ends it on every record the store still holds, and
 * sg_store_untrack_record() on the ones it lets go. */
static void record_changed (SgRecord   *record,
                            GParamSpec *pspec,
                            gpointer    data);

/* Transactions */

/* Inside a batch every edit joins the batch's transaction: a batch is all
 * or nothing, so a failed edit spoils the batch instead of costing each
 * edit a savepoint (a third of the time of a 100,000-row import). */
gboolean
sg_store_tx_begin (SgStore  *self,
                   GError  **error)
{
  if (self->read_only || self->opened_read_only)
    return sg_store_refuse_read_only (self, error);
  return self->in_batch || self->backend->funcs->begin (self->backend, error);
}

gboolean
sg_store_tx_commit (SgStore  *self,
                    GError  **error)
{
  return self->in_batch || self->backend->funcs->commit (self->backend, error);
}

void
sg_store_tx_rollback (SgStore *self)
{
  if (self->in_batch)
    self->batch_failed = TRUE;
  else
    self->backend->funcs->rollback (self->backend);
}

/* Formatted once a second: an import asks for it 100,000 times. */
char *
sg_store_timestamp_now (SgStore *self)
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

/* The history names linked records, not their ids. */
char *
sg_store_history_text (SgStore      *self,
                       GParamSpec   *pspec,
                       const GValue *value)
{
  return sg_field_format (pspec, value, SG_FIELD_USE_HISTORY, sg_store_get_field_resolver (self));
}

gboolean
sg_store_write_history (SgStore          *self,
                        SgStoreKindData  *kd,
                        SgRecord         *record,
                        SgHistoryAction   action,
                        GParamSpec       *pspec,
                        const char       *old_text,
                        const char       *new_text,
                        const char       *when,
                        GError          **error)
{
  g_autofree char *state = action == SG_HISTORY_DELETE ? NULL : sg_store_record_state (kd, record, NULL, NULL, 0);

  return sg_store_write_history_state (self, kd, record, action, pspec, old_text, new_text,
                                       when, state, error);
}

gboolean
sg_store_write_history_state (SgStore          *self,
                              SgStoreKindData  *kd,
                              SgRecord         *record,
                              SgHistoryAction   action,
                              GParamSpec       *pspec,
                              const char       *old_text,
                              const char       *new_text,
                              const char       *when,
                              const char       *state,
                              GError          **error)
{
  SgStoreHistoryRow row = {
    .table = kd->info.table,
    .record_id = sg_record_get_id (record),
    .record_ref = sg_record_get_ref (record),
    .action = action,
    .field = pspec ? pspec->name : NULL,
    .old_value = old_text,
    .new_value = new_text,
    .changed_at = when,
    .changed_by = self->user_name,
    .state = state,
  };

  return self->backend->funcs->write_history (self->backend, &row, error);
}

/* Kinds */

static void
kind_data_free (gpointer data)
{
  SgStoreKindData *kd = data;

  g_clear_object (&kd->records);
  g_clear_pointer (&kd->order, g_ptr_array_unref);
  g_clear_pointer (&kd->by_id, g_hash_table_unref);
  g_clear_pointer (&kd->by_ref, g_hash_table_unref);
  g_clear_pointer (&kd->info.columns, g_ptr_array_unref);
  g_clear_pointer (&kd->state_fields, g_ptr_array_unref);
  g_clear_pointer (&kd->info.links, g_ptr_array_unref);
  g_type_class_unref (kd->info.klass);
  g_free (kd);
}

SgStoreKindData *
sg_store_get_kind_data (SgStore *self,
                        GType    type)
{
  return g_hash_table_lookup (self->kinds, GSIZE_TO_POINTER (type));
}

static guint
ref_number (SgStoreKindData *kd,
            const char      *ref)
{
  const char *prefix = sg_record_class_get_ref_prefix (kd->info.klass);
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
      SgStoreKindData *kd = g_new0 (SgStoreKindData, 1);
      GParamSpec **fields;
      guint n_fields;

      kd->info.type = kinds[i];
      kd->info.klass = g_type_class_ref (kinds[i]);
      kd->info.table = sg_record_class_get_table (kd->info.klass);
      kd->info.index = i;
      kd->info.columns = g_ptr_array_new ();
      kd->info.links = g_ptr_array_new ();
      kd->records = g_list_store_new (kinds[i]);
      kd->order = g_ptr_array_new ();
      kd->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

      fields = sg_record_class_list_fields (kd->info.klass, &n_fields);
      kd->state_fields = sg_history_state_fields (fields, n_fields);
      for (guint f = 0; f < n_fields; f++)
        g_ptr_array_add (sg_field_get_kind (fields[f]) == SG_FIELD_LINKS
                           ? kd->info.links : kd->info.columns, fields[f]);

      g_hash_table_insert (self->kinds, GSIZE_TO_POINTER (kinds[i]), kd);
      g_ptr_array_add (self->kind_list, kd);
    }
}

/* The ref a record is indexed under is kept on the record, so that the
 * entry can go when the ref changes or the record leaves the store. */
static G_DEFINE_QUARK (sg-store-indexed-ref, indexed_ref)

static void
unindex_ref (SgStoreKindData *kd,
             SgRecord        *record)
{
  const char *old = g_object_get_qdata (G_OBJECT (record), indexed_ref_quark ());

  if (old == NULL)
    return;
  if (kd->by_ref != NULL && g_hash_table_lookup (kd->by_ref, old) == record)
    g_hash_table_remove (kd->by_ref, old);
  g_object_set_qdata (G_OBJECT (record), indexed_ref_quark (), NULL);
}

static void
index_ref (SgStoreKindData *kd,
           SgRecord        *record)
{
  const char *ref = sg_record_get_ref (record);
  SgRecord *holder;

  if (kd->by_ref == NULL)
    return;
  unindex_ref (kd, record);
  if (ref == NULL || *ref == '\0')
    return;
  /* A second record with the same ref is a duplicate the backend is
   * about to refuse: the first one keeps the entry. */
  holder = g_hash_table_lookup (kd->by_ref, ref);
  if (holder != NULL && holder != record)
    return;
  g_hash_table_insert (kd->by_ref, g_strdup (ref), record);
  g_object_set_qdata_full (G_OBJECT (record), indexed_ref_quark (), g_strdup (ref), g_free);
}

void
sg_store_track_record (SgStore          *self,
                       SgStoreKindData  *kd,
                       SgRecord         *record)
{
  gint64 *key = g_new (gint64, 1);
  guint n;

  *key = sg_record_get_id (record);
  g_hash_table_replace (kd->by_id, key, record);
  index_ref (kd, record);
  n = ref_number (kd, sg_record_get_ref (record));
  kd->max_ref_number = MAX (kd->max_ref_number, n);
  sg_record_set_observer (record, record_changed, self);
}

void
sg_store_untrack_record (SgStore          *self,
                         SgStoreKindData  *kd,
                         SgRecord         *record)
{
  gint64 id = sg_record_get_id (record);

  sg_record_set_observer (record, NULL, NULL);
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
void
sg_store_list_append (SgStore          *self,
                      SgStoreKindData  *kd,
                      SgRecord         *record)
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
      SgStoreKindData *kd = g_ptr_array_index (self->kind_list, k);
      guint n_listed = g_list_model_get_n_items (G_LIST_MODEL (kd->records));

      if (kd->order->len > n_listed)
        g_list_store_splice (kd->records, n_listed, 0, kd->order->pdata + n_listed,
                             kd->order->len - n_listed);
    }
  g_ptr_array_set_size (self->batch_listed, 0);
}

/* Loading */

typedef struct
{
  SgStoreKindData  *kd;
  GParamSpec       *id_pspec;
  GPtrArray        *loaded;
} LoadState;

static void
load_row_cb (gpointer  data,
             gint64    id,
             GValue   *values)
{
  LoadState *state = data;
  GPtrArray *columns = state->kd->info.columns;
  SgRecord *record = g_object_new (state->kd->info.type, NULL);
  GValue id_value = G_VALUE_INIT;

  g_value_init (&id_value, G_TYPE_INT64);
  g_value_set_int64 (&id_value, id);
  sg_record_load_value (record, state->id_pspec, &id_value);
  for (guint i = 0; i < columns->len; i++)
    sg_record_load_value (record, g_ptr_array_index (columns, i), &values[i]);
  g_ptr_array_add (state->loaded, record);
}

typedef struct
{
  SgStoreKindData  *kd;
  GParamSpec       *pspec;
} LinksState;

static void
load_links_cb (gpointer      data,
               gint64        record_id,
               const gint64 *target_ids,
               guint         n_ids)
{
  LinksState *state = data;
  SgRecord *record = g_hash_table_lookup (state->kd->by_id, &record_id);
  g_auto(GValue) value = G_VALUE_INIT;

  if (record == NULL)
    return;
  g_value_init (&value, G_TYPE_VARIANT);
  g_value_take_variant (&value, sg_links_new (target_ids, n_ids));
  sg_record_set_value (record, state->pspec, &value);
}

static gboolean
load_kind (SgStore          *self,
           SgStoreKindData  *kd,
           GError          **error)
{
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  LoadState state = { kd, NULL, loaded };

  state.id_pspec = g_object_class_find_property (G_OBJECT_CLASS (kd->info.klass), "id");
  if (!self->backend->funcs->load_rows (self->backend, &kd->info, load_row_cb, &state, error))
    return FALSE;

  for (guint i = 0; i < loaded->len; i++)
    {
      SgRecord *record = g_ptr_array_index (loaded, i);
      gint64 *key = g_new (gint64, 1);

      *key = sg_record_get_id (record);
      g_hash_table_insert (kd->by_id, key, record);
    }

  for (guint l = 0; l < kd->info.links->len; l++)
    {
      LinksState links = { kd, g_ptr_array_index (kd->info.links, l) };

      if (!self->backend->funcs->load_links (self->backend, &kd->info, l,
                                             load_links_cb, &links, error))
        return FALSE;
    }

  for (guint i = 0; i < loaded->len; i++)
    {
      SgRecord *record = g_ptr_array_index (loaded, i);
      guint n = ref_number (kd, sg_record_get_ref (record));

      kd->max_ref_number = MAX (kd->max_ref_number, n);
      sg_record_set_observer (record, record_changed, self);
    }
  g_assert (kd->order->len == 0);
  g_ptr_array_extend (kd->order, loaded, NULL, NULL);
  g_list_store_splice (kd->records, 0, 0, loaded->pdata, loaded->len);
  return TRUE;
}

gboolean
sg_store_load (SgStore  *self,
               GError  **error)
{
  for (guint i = 0; i < self->kind_list->len; i++)
    if (!load_kind (self, g_ptr_array_index (self->kind_list, i), error))
      return FALSE;
  return TRUE;
}

/* Saving one edit */

void
sg_store_set_quietly (SgStore      *self,
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
  sg_store_set_quietly (self, record, pspec, &value);
}

static gboolean
save_field (SgStore          *self,
            SgStoreKindData  *kd,
            SgRecord         *record,
            GParamSpec       *pspec,
            GValue           *old_value,
            GError          **error)
{
  const SgStoreBackendFuncs *funcs = self->backend->funcs;
  const GValue *new_value = sg_record_peek_value (record, pspec);
  gint64 id = sg_record_get_id (record);
  g_autofree char *now = sg_store_timestamp_now (self);
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;

  /* The old value is what the register holds, not what the record held;
   * read first, so that a refused edit (read-only, against a rule of its
   * kind) puts it back. */
  if (!funcs->read_field (self->backend, &kd->info, id, pspec, old_value, error))
    return FALSE;
  /* A value put back after a refused edit comes round again as a change
   * (GObject queues the notification): nothing to save. */
  if (sg_field_values_equal (pspec, old_value, new_value))
    return TRUE;
  if (!sg_store_check_rules (self, record, pspec, error) ||
      !sg_store_tx_begin (self, error))
    return FALSE;
  if (!funcs->write_field (self->backend, &kd->info, id, pspec, new_value, now, error))
    goto fail;

  old_text = sg_store_history_text (self, pspec, old_value);
  new_text = sg_store_history_text (self, pspec, new_value);
  if (!sg_store_write_history (self, kd, record, SG_HISTORY_CHANGE, pspec,
                               old_text, new_text, now, error))
    goto fail;

  if (!sg_store_tx_commit (self, error))
    goto fail;

  set_quietly_string (self, record, "updated", now);
  return TRUE;

fail:
  sg_store_tx_rollback (self);
  return FALSE;
}

/* An edit a rule follows (sg-store-rules.c): the edit and what follows
 * from it are one batch — all saved, or none and the record as it was. */
static gboolean
save_edit (SgStore          *self,
           SgStoreKindData  *kd,
           SgRecord         *record,
           GParamSpec       *pspec,
           GValue           *old_value,
           GError          **error)
{
  g_autoptr(GArray) follows = NULL;
  g_autoptr(GArray) before = NULL;
  gboolean own_batch = !self->in_batch;

  if (!sg_store_rules_apply (record, pspec))
    return save_field (self, kd, record, pspec, old_value, error);

  if (own_batch && !sg_store_begin_batch (self, error))
    {
      /* Refused (read-only): the caller puts back what the register holds. */
      self->backend->funcs->read_field (self->backend, &kd->info, sg_record_get_id (record),
                                        pspec, old_value, NULL);
      return FALSE;
    }
  if (!save_field (self, kd, record, pspec, old_value, error))
    {
      if (own_batch)
        sg_store_rollback_batch (self);
      return FALSE;
    }
  follows = sg_store_rules_follow (record, pspec, old_value);
  before = sg_store_changes_new ();
  for (guint i = 0; follows != NULL && i < follows->len; i++)
    {
      SgStoreChange *change = &g_array_index (follows, SgStoreChange, i);
      SgStoreChange old = { change->pspec, G_VALUE_INIT };

      g_value_init (&old.value, G_PARAM_SPEC_VALUE_TYPE (change->pspec));
      g_value_copy (sg_record_peek_value (record, change->pspec), &old.value);
      g_array_append_val (before, old);
      /* Saved by this handler again, inside the batch. */
      sg_record_set_value (record, change->pspec, &change->value);
    }
  if (!own_batch || sg_store_commit_batch (self, error))
    return TRUE;

  /* The register holds none of it: neither does the record. */
  for (guint i = before->len; i > 0; i--)
    {
      SgStoreChange *old = &g_array_index (before, SgStoreChange, i - 1);

      sg_store_set_quietly (self, record, old->pspec, &old->value);
    }
  return FALSE;
}

static void
record_changed (SgRecord   *record,
                GParamSpec *pspec,
                gpointer    data)
{
  SgStore *self = data;
  SgStoreKindData *kd;
  g_autoptr(GError) error = NULL;
  g_auto(GValue) old_value = G_VALUE_INIT;

  /* The index follows every change of a ref, also the store's own. */
  if (g_str_equal (pspec->name, "ref") && (kd = sg_store_get_kind_data (self, G_OBJECT_TYPE (record))) != NULL)
    index_ref (kd, record);

  if (g_str_equal (pspec->name, "id") || g_str_equal (pspec->name, "created") ||
      g_str_equal (pspec->name, "updated"))
    return;
  /* What is computed from many records (readiness) follows every value
   * a record takes, saved or put back. */
  g_signal_emit (self, signals[RECORD_CHANGED], 0, record, pspec);
  if (self->quiet > 0 || self->backend == NULL)
    return;

  kd = sg_store_get_kind_data (self, G_OBJECT_TYPE (record));
  g_return_if_fail (kd != NULL);

  if (save_edit (self, kd, record, pspec, &old_value, &error))
    {
      if (g_str_equal (pspec->name, "ref"))
        kd->max_ref_number = MAX (kd->max_ref_number,
                                  ref_number (kd, sg_record_get_ref (record)));
      sg_store_fill_done_date (self, record, pspec);
      sg_store_follow_readings (self, record, pspec,
                                G_VALUE_HOLDS_INT64 (&old_value) ? g_value_get_int64 (&old_value) : 0);
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
    sg_store_set_quietly (self, record, pspec, &old_value);
  g_signal_emit (self, signals[SAVE_FAILED], 0, record, error);
}

/* Adding */

gboolean
sg_store_insert_record (SgStore          *self,
                        SgStoreKindData  *kd,
                        SgRecord         *record,
                        SgHistoryAction   action,
                        GError          **error)
{
  gboolean keep_id = action == SG_HISTORY_RESTORE;
  g_autofree char *now = sg_store_timestamp_now (self);
  g_autofree char *name = NULL;
  gint64 id = 0;

  if (!sg_store_tx_begin (self, error))
    return FALSE;

  self->quiet++;
  if (sg_record_get_created (record) == NULL || action == SG_HISTORY_CREATE)
    set_quietly_string (self, record, "created", now);
  set_quietly_string (self, record, "updated", now);
  self->quiet--;

  if (!self->backend->funcs->insert (self->backend, &kd->info, record, keep_id, &id, error))
    goto fail;

  self->quiet++;
  sg_record_set_id (record, id);
  self->quiet--;

  name = sg_record_dup_display_name (record);
  if (!sg_store_write_history (self, kd, record, action, NULL, NULL, name, now, error))
    goto fail;
  if (!sg_store_tx_commit (self, error))
    goto fail;
  return TRUE;

fail:
  sg_store_tx_rollback (self);
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
  SgStoreKindData *kd;
  const char *prefix;
  gboolean assigned_ref = FALSE;

  g_return_val_if_fail (SG_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->backend != NULL, FALSE);
  g_return_val_if_fail (SG_IS_RECORD (record), FALSE);
  g_return_val_if_fail (sg_record_get_id (record) == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  kd = sg_store_get_kind_data (self, G_OBJECT_TYPE (record));
  g_return_val_if_fail (kd != NULL, FALSE);

  sg_store_fill_done_date_quietly (self, record);
  sg_store_keep_given_status_quietly (self, record);
  if (!sg_store_check_rules (self, record, NULL, error))
    return FALSE;

  prefix = sg_record_class_get_ref_prefix (kd->info.klass);
  if (prefix != NULL && (sg_record_get_ref (record) == NULL || *sg_record_get_ref (record) == '\0'))
    {
      g_autofree char *ref = g_strdup_printf ("%s%03u", prefix, kd->max_ref_number + 1);

      self->quiet++;
      sg_record_set_ref (record, ref);
      self->quiet--;
      assigned_ref = TRUE;
    }

  if (!sg_store_insert_record (self, kd, record, SG_HISTORY_CREATE, error))
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
  sg_store_track_record (self, kd, record);
  sg_store_list_append (self, kd, record);
  sg_store_follow_readings (self, record, NULL, 0);
  return TRUE;
}

void
sg_store_reserve_ref (SgStore    *self,
                      GType       kind,
                      const char *ref)
{
  SgStoreKindData *kd;

  g_return_if_fail (SG_IS_STORE (self));
  kd = sg_store_get_kind_data (self, kind);
  g_return_if_fail (kd != NULL);

  kd->max_ref_number = MAX (kd->max_ref_number, ref_number (kd, ref));
}

/* Batches */

gboolean
sg_store_begin_batch (SgStore  *self,
                      GError  **error)
{
  g_return_val_if_fail (SG_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->backend != NULL, FALSE);
  g_return_val_if_fail (!self->in_batch, FALSE);

  if (!sg_store_tx_begin (self, error))
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
  if (!self->backend->funcs->commit (self->backend, error))
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

  self->backend->funcs->rollback (self->backend);
  self->in_batch = FALSE;

  for (guint i = self->batch_added->len; i > 0; i--)
    {
      SgRecord *record = g_ptr_array_index (self->batch_added, i - 1);
      SgStoreKindData *kd = sg_store_get_kind_data (self, G_OBJECT_TYPE (record));

      sg_store_untrack_record (self, kd, record);
      self->quiet++;
      sg_record_set_id (record, 0);
      self->quiet--;
    }
  g_ptr_array_set_size (self->batch_added, 0);
  /* What the batch restored stays. */
  list_pending (self);

  /* Ref counters may have moved past refs that no longer exist; harmless. */
}

void
sg_store_close (SgStore *self)
{
  g_return_if_fail (SG_IS_STORE (self));

  for (guint i = 0; i < self->kind_list->len; i++)
    {
      SgStoreKindData *kd = g_ptr_array_index (self->kind_list, i);

      for (guint r = 0; r < kd->order->len; r++)
        sg_record_set_observer (g_ptr_array_index (kd->order, r), NULL, NULL);
    }
  /* A batch still open rolls back. */
  self->in_batch = FALSE;
  if (self->backend != NULL)
    {
      self->backend->funcs->close (self->backend);
      self->backend = NULL;
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

int
sg_store_get_file_version (SgStore *self)
{
  g_return_val_if_fail (SG_IS_STORE (self), 0);
  return self->file_version;
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
  SgStoreKindData *kd;

  g_return_val_if_fail (SG_IS_STORE (self), NULL);
  kd = sg_store_get_kind_data (self, kind);
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
  SgStoreKindData *kd;

  g_return_val_if_fail (SG_IS_STORE (self), NULL);
  g_return_val_if_fail (n_records != NULL, NULL);
  kd = sg_store_get_kind_data (self, kind);
  g_return_val_if_fail (kd != NULL, NULL);
  *n_records = kd->order->len;
  return (SgRecord *const *) kd->order->pdata;
}

SgRecord *
sg_store_find_by_id (SgStore *self,
                     GType    kind,
                     gint64   id)
{
  SgStoreKindData *kd;

  g_return_val_if_fail (SG_IS_STORE (self), NULL);
  kd = sg_store_get_kind_data (self, kind);
  g_return_val_if_fail (kd != NULL, NULL);
  return g_hash_table_lookup (kd->by_id, &id);
}

SgRecord *
sg_store_find_by_ref (SgStore    *self,
                      GType       kind,
                      const char *ref)
{
  SgStoreKindData *kd;
  SgRecord *record;

  g_return_val_if_fail (SG_IS_STORE (self), NULL);
  g_return_val_if_fail (ref != NULL, NULL);
  kd = sg_store_get_kind_data (self, kind);
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

/* GObject */

static void
sg_store_finalize (GObject *object)
{
  SgStore *self = SG_STORE (object);

  sg_store_close (self);
  g_clear_object (&self->risk_method);
  g_clear_pointer (&self->kind_list, g_ptr_array_unref);
  g_clear_pointer (&self->kinds, g_hash_table_unref);
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

  /**
   * SgStore::record-changed:
   * @record: a record of the register
   * @field: the field whose value changed
   *
   * A field of a record changed: an edit (also one about to be refused
   * and put back), or a value put back. Records added or removed are
   * told by the lists of sg_store_get_records ().
   */
  signals[RECORD_CHANGED] =
    g_signal_new ("record-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, SG_TYPE_RECORD, G_TYPE_PARAM);
}

static void
sg_store_init (SgStore *self)
{
  const char *real_name = g_get_real_name ();

  self->kinds = g_hash_table_new_full (NULL, NULL, NULL, kind_data_free);
  self->kind_list = g_ptr_array_new ();
  self->batch_added = g_ptr_array_new_with_free_func (g_object_unref);
  self->batch_listed = g_ptr_array_new_with_free_func (g_object_unref);
  sg_store_init_resolver (self);
  self->user_name = g_strdup (real_name && !g_str_equal (real_name, "Unknown")
                              ? real_name : g_get_user_name ());
  init_kinds (self);
}
