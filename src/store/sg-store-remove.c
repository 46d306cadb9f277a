/* sg-store-remove.c: removing a record, and bringing it back with what
 * pointed at it — the store's undo of a delete
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-control.h"
#include "sg-enums.h"
#include "sg-store-private.h"

/* Who pointed at a removed record, so that restoring it restores that too. */
typedef struct
{
  SgRecord   *holder;
  GParamSpec *pspec;
} IncomingLink;

static G_DEFINE_QUARK (sg-store-incoming, incoming)
static G_DEFINE_QUARK (sg-store-cascaded, children)

static void
incoming_link_free (gpointer data)
{
  IncomingLink *in = data;

  g_object_unref (in->holder);
  g_free (in);
}

/* Mirrors in memory what the backend did on delete (see
 * SgStoreBackendFuncs.remove): a child goes with its parent, another
 * reference becomes empty, a link set loses the record. */
static void
forget_references (SgStore          *self,
                   SgStoreKindData  *kd,
                   SgRecord         *record,
                   GPtrArray        *incoming,
                   GPtrArray        *cascaded)
{
  gint64 id = sg_record_get_id (record);

  for (guint k = 0; k < self->kind_list->len; k++)
    {
      SgStoreKindData *other = g_ptr_array_index (self->kind_list, k);
      guint n_fields;
      GParamSpec **fields = sg_record_class_list_fields (other->info.klass, &n_fields);

      for (guint f = 0; f < n_fields; f++)
        {
          SgFieldKind field_kind = sg_field_get_kind (fields[f]);
          guint n_items;

          if (sg_field_get_target (fields[f]) != kd->info.type ||
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
                  sg_store_set_quietly (self, holder, fields[f], &without);
                  in = g_new0 (IncomingLink, 1);
                  in->holder = g_object_ref (holder);
                  in->pspec = fields[f];
                  g_ptr_array_add (incoming, in);
                }
              else if (g_value_get_int64 (v) == id)
                {
                  if (sg_field_is_parent (fields[f]))
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
                      sg_store_untrack_record (self, other, holder);
                    }
                  else
                    {
                      g_auto(GValue) none = G_VALUE_INIT;
                      IncomingLink *in;

                      g_value_init (&none, G_TYPE_INT64);
                      sg_store_set_quietly (self, holder, fields[f], &none);
                      /* Undo names it there again (an NC's finding). */
                      in = g_new0 (IncomingLink, 1);
                      in->holder = g_object_ref (holder);
                      in->pspec = fields[f];
                      g_ptr_array_add (incoming, in);
                    }
                }
            }
        }
    }
}

/* The changes a delete makes in one record pointing at the deleted one,
 * so far: it may point at it from more than one field. */
typedef struct
{
  GPtrArray *pspecs;   /* GParamSpec* */
  GPtrArray *values;   /* GValue* */
} Pending;

static void
free_value (gpointer value)
{
  g_value_unset (value);
  g_free (value);
}

static void
pending_free (gpointer data)
{
  Pending *p = data;

  g_ptr_array_unref (p->pspecs);
  g_ptr_array_unref (p->values);
  g_free (p);
}

/* One change a delete makes in @holder, written before the record holds
 * it; @changes (SgRecord* → Pending*) keeps what the earlier ones made. */
static gboolean
write_holder_change (SgStore          *self,
                     SgStoreKindData  *kd,
                     SgRecord         *holder,
                     GParamSpec       *pspec,
                     const GValue     *new_value,
                     const char       *when,
                     GHashTable       *changes,
                     GError          **error)
{
  g_autofree char *old_text = sg_store_history_text (self, pspec, sg_record_peek_value (holder, pspec));
  g_autofree char *new_text = sg_store_history_text (self, pspec, new_value);
  g_autofree char *state = NULL;
  Pending *pending = changes ? g_hash_table_lookup (changes, holder) : NULL;
  GValue *copy = g_new0 (GValue, 1);

  if (changes != NULL && pending == NULL)
    {
      pending = g_new0 (Pending, 1);
      pending->pspecs = g_ptr_array_new ();
      pending->values = g_ptr_array_new_with_free_func (free_value);
      g_hash_table_insert (changes, holder, pending);
    }
  g_value_init (copy, G_VALUE_TYPE (new_value));
  g_value_copy (new_value, copy);
  if (pending != NULL)
    {
      g_ptr_array_add (pending->pspecs, pspec);
      g_ptr_array_add (pending->values, copy);
      state = sg_store_record_state (kd, holder, (GParamSpec **) pending->pspecs->pdata,
                                     (const GValue **) pending->values->pdata, pending->pspecs->len);
    }
  else
    {
      state = sg_store_record_state (kd, holder, &pspec, (const GValue **) &copy, 1);
      free_value (copy);
    }

  return sg_store_write_history_state (self, kd, holder, SG_HISTORY_CHANGE, pspec,
                                       old_text, new_text, when, state, error);
}

/* The history of every record a delete changes (see forget_references):
 * a link set loses the record, a reference becomes empty; a child goes
 * with it, and so what pointed at the child. The chain's check compares
 * each record with its newest entry, so none of them may change or go
 * without one. */
static gboolean
write_holders (SgStore          *self,
               SgStoreKindData  *kd,
               SgRecord         *record,
               const char       *when,
               GHashTable       *changes,
               GError          **error)
{
  gint64 id = sg_record_get_id (record);

  for (guint k = 0; k < self->kind_list->len; k++)
    {
      SgStoreKindData *other = g_ptr_array_index (self->kind_list, k);
      guint n_fields;
      GParamSpec **fields = sg_record_class_list_fields (other->info.klass, &n_fields);

      for (guint f = 0; f < n_fields; f++)
        {
          SgFieldKind field_kind = sg_field_get_kind (fields[f]);

          if (sg_field_get_target (fields[f]) != kd->info.type ||
              (field_kind != SG_FIELD_LINKS && field_kind != SG_FIELD_REFERENCE))
            continue;

          for (guint i = 0; i < other->order->len; i++)
            {
              SgRecord *holder = g_ptr_array_index (other->order, i);
              const GValue *v = sg_record_peek_value (holder, fields[f]);
              g_auto(GValue) changed = G_VALUE_INIT;

              if (holder == record)
                continue;
              if (field_kind == SG_FIELD_LINKS)
                {
                  GVariant *links = g_value_get_variant (v);

                  if (links == NULL || !sg_links_contains (links, id))
                    continue;
                  g_value_init (&changed, G_TYPE_VARIANT);
                  g_value_take_variant (&changed, sg_links_remove (links, id));
                }
              else if (g_value_get_int64 (v) != id)
                continue;
              else if (sg_field_is_parent (fields[f]))
                {
                  g_autofree char *name = sg_record_dup_display_name (holder);

                  if (!write_holders (self, other, holder, when, changes, error) ||
                      !sg_store_write_history (self, other, holder, SG_HISTORY_DELETE, NULL,
                                               name, NULL, when, error))
                    return FALSE;
                  continue;
                }
              else
                g_value_init (&changed, G_TYPE_INT64);
              if (!write_holder_change (self, other, holder, fields[f], &changed, when, changes, error))
                return FALSE;
            }
        }
    }
  return TRUE;
}

gboolean
sg_store_can_remove (SgStore   *self,
                     SgRecord  *record,
                     GError   **error)
{
  g_return_val_if_fail (SG_IS_STORE (self), FALSE);
  g_return_val_if_fail (SG_IS_RECORD (record), FALSE);

  /* The Statement of Applicability answers for every Annex A control: one
   * that does not apply is excluded with a justification, not deleted. */
  if (SG_IS_CONTROL (record) &&
      sg_record_peek_enum (record, SG_CONTROL_SOURCE) == SG_CONTROL_SOURCE_ANNEX_A)
    {
      g_set_error (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID,
                   /* Translators: %s is a control's ref, "5.23" */
                   _("Annex A control %s cannot be deleted. If it does not apply, mark it not applicable and give the justification."),
                   sg_record_get_ref (record));
      return FALSE;
    }
  return TRUE;
}

gboolean
sg_store_remove (SgStore   *self,
                 SgRecord  *record,
                 GError   **error)
{
  SgStoreKindData *kd;
  g_autofree char *now = sg_store_timestamp_now (self);
  g_autofree char *name = NULL;
  g_autoptr(GPtrArray) incoming = NULL;
  g_autoptr(GPtrArray) cascaded = NULL;
  g_autoptr(GHashTable) changes = NULL;

  g_return_val_if_fail (SG_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->backend != NULL, FALSE);
  g_return_val_if_fail (SG_IS_RECORD (record), FALSE);

  kd = sg_store_get_kind_data (self, G_OBJECT_TYPE (record));
  g_return_val_if_fail (kd != NULL, FALSE);
  g_return_val_if_fail (g_hash_table_lookup (kd->by_id, &(gint64) { sg_record_get_id (record) }) == record, FALSE);

  if (!sg_store_can_remove (self, record, error))
    return FALSE;
  if (!sg_store_tx_begin (self, error))
    return FALSE;
  if (!self->backend->funcs->remove (self->backend, &kd->info, sg_record_get_id (record), error))
    goto fail;
  name = sg_record_dup_display_name (record);
  changes = g_hash_table_new_full (NULL, NULL, NULL, pending_free);
  if (!write_holders (self, kd, record, now, changes, error) ||
      !sg_store_write_history (self, kd, record, SG_HISTORY_DELETE, NULL, name, NULL, now, error))
    goto fail;
  if (!sg_store_tx_commit (self, error))
    goto fail;

  g_object_ref (record);
  incoming = g_ptr_array_new_with_free_func (incoming_link_free);
  cascaded = g_ptr_array_new_with_free_func (g_object_unref);
  sg_store_untrack_record (self, kd, record);
  forget_references (self, kd, record, incoming, cascaded);
  g_object_set_qdata_full (G_OBJECT (record), incoming_quark (),
                           g_steal_pointer (&incoming), (GDestroyNotify) g_ptr_array_unref);
  g_object_set_qdata_full (G_OBJECT (record), children_quark (),
                           g_steal_pointer (&cascaded), (GDestroyNotify) g_ptr_array_unref);
  sg_store_follow_readings (self, record, NULL, 0);
  g_object_unref (record);
  return TRUE;

fail:
  sg_store_tx_rollback (self);
  return FALSE;
}

static gboolean
restore_one (SgStore   *self,
             SgRecord  *record,
             GError   **error)
{
  SgStoreKindData *kd = sg_store_get_kind_data (self, G_OBJECT_TYPE (record));
  GPtrArray *cascaded;
  GPtrArray *incoming;

  if (!sg_store_insert_record (self, kd, record, SG_HISTORY_RESTORE, error))
    return FALSE;
  sg_store_track_record (self, kd, record);
  sg_store_list_append (self, kd, record);

  cascaded = g_object_get_qdata (G_OBJECT (record), children_quark ());
  for (guint i = 0; cascaded != NULL && i < cascaded->len; i++)
    if (!restore_one (self, g_ptr_array_index (cascaded, i), error))
      return FALSE;

  incoming = g_object_get_qdata (G_OBJECT (record), incoming_quark ());
  for (guint i = 0; incoming != NULL && i < incoming->len; i++)
    {
      IncomingLink *in = g_ptr_array_index (incoming, i);
      SgStoreKindData *holder_kd = sg_store_get_kind_data (self, G_OBJECT_TYPE (in->holder));
      g_auto(GValue) with = G_VALUE_INIT;
      gint64 id = sg_record_get_id (in->holder);

      if (g_hash_table_lookup (holder_kd->by_id, &id) != in->holder)
        continue;
      if (sg_field_get_kind (in->pspec) == SG_FIELD_REFERENCE)
        {
          g_autofree char *now = sg_store_timestamp_now (self);

          /* Unless it was pointed elsewhere since. */
          if (g_value_get_int64 (sg_record_peek_value (in->holder, in->pspec)) != 0)
            continue;
          g_value_init (&with, G_TYPE_INT64);
          g_value_set_int64 (&with, sg_record_get_id (record));
          if (!self->backend->funcs->write_field (self->backend, &holder_kd->info, id, in->pspec,
                                                  &with, now, error))
            return FALSE;
        }
      else
        {
          GVariant *links = g_value_get_variant (sg_record_peek_value (in->holder, in->pspec));

          g_value_init (&with, G_TYPE_VARIANT);
          g_value_take_variant (&with, sg_links_add (links, sg_record_get_id (record)));
          if (!self->backend->funcs->write_links (self->backend, &holder_kd->info, id, in->pspec,
                                                  g_value_get_variant (&with), error))
            return FALSE;
        }
      /* The link comes back with an entry, as it went. */
      {
        g_autofree char *now = sg_store_timestamp_now (self);

        if (!write_holder_change (self, holder_kd, in->holder, in->pspec, &with, now, NULL, error))
          return FALSE;
      }
      sg_store_set_quietly (self, in->holder, in->pspec, &with);
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
  g_return_val_if_fail (self->backend != NULL, FALSE);
  g_return_val_if_fail (SG_IS_RECORD (record), FALSE);
  g_return_val_if_fail (sg_record_get_id (record) != 0, FALSE);

  /* The record, its cascaded children and the links to it come back together. */
  was_batch = self->in_batch;
  if (!was_batch && !sg_store_begin_batch (self, error))
    return FALSE;
  ok = restore_one (self, record, error);
  if (!was_batch && !ok)
    sg_store_rollback_batch (self);
  else if (!was_batch)
    ok = sg_store_commit_batch (self, error);
  /* A reading back, or an objective with its readings. */
  if (ok)
    sg_store_follow_readings (self, record, NULL, 0);
  return ok;
}

