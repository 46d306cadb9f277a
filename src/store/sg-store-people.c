/* sg-store-people.c: the directory — finding a person by name, what names
 * them, and merging two spellings of one; all through the store's public
 * interface
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include "sg-kinds.h"
#include "sg-person.h"
#include "sg-store.h"

SgRecord *
sg_store_find_person (SgStore    *self,
                      const char *name)
{
  SgRecord *const *people;
  g_autofree char *key = NULL;
  guint n;

  g_return_val_if_fail (SG_IS_STORE (self), NULL);

  if (name == NULL)
    return NULL;
  key = sg_person_name_key (name);
  if (*key == '\0')
    return NULL;
  /* Those added in a batch that is still open too. */
  people = sg_store_peek_records (self, SG_TYPE_PERSON, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *other = sg_record_peek_string (people[i], SG_PERSON_NAME);
      g_autofree char *other_key = other ? sg_person_name_key (other) : NULL;

      if (g_strcmp0 (key, other_key) == 0)
        return people[i];
    }
  return NULL;
}

gint64
sg_store_ensure_person (SgStore     *self,
                        const char  *name,
                        GError     **error)
{
  SgRecord *found;
  g_autoptr(SgRecord) person = NULL;
  g_autofree char *tidy = NULL;

  g_return_val_if_fail (SG_IS_STORE (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  found = sg_store_find_person (self, name);
  if (found != NULL)
    return sg_record_get_id (found);
  tidy = sg_person_tidy_name (name);
  if (*tidy == '\0')
    return 0;
  person = g_object_new (SG_TYPE_PERSON, SG_PERSON_NAME, tidy, NULL);
  if (!sg_store_add (self, person, error))
    return 0;
  return sg_record_get_id (person);
}

GArray *
sg_store_list_mentions (SgStore  *self,
                        SgRecord *person)
{
  GArray *mentions = g_array_new (FALSE, FALSE, sizeof (SgStoreMention));
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);
  gint64 id;

  g_return_val_if_fail (SG_IS_STORE (self), mentions);
  g_return_val_if_fail (SG_IS_PERSON (person), mentions);

  id = sg_record_get_id (person);
  for (guint k = 0; k < n_kinds; k++)
    {
      SgRecordClass *klass = g_type_class_peek (kinds[k]);
      guint n_fields, n_records;
      GParamSpec **fields = sg_record_class_list_fields (klass, &n_fields);
      SgRecord *const *records = sg_store_peek_records (self, kinds[k], &n_records);

      for (guint r = 0; r < n_records; r++)
        for (guint f = 0; f < n_fields; f++)
          if (sg_field_is_person (fields[f]) &&
              g_value_get_int64 (sg_record_peek_value (records[r], fields[f])) == id)
            {
              SgStoreMention mention = { records[r], fields[f] };

              g_array_append_val (mentions, mention);
            }
    }
  return mentions;
}

static void
clear_mention (gpointer data)
{
  SgStoreMention *m = data;

  g_clear_object (&m->record);
}

GArray *
sg_store_merge_people (SgStore   *self,
                       SgRecord  *keep,
                       SgRecord  *gone,
                       GError   **error)
{
  g_autoptr(GArray) relinked = NULL;
  gint64 keep_id;

  g_return_val_if_fail (SG_IS_STORE (self), NULL);
  g_return_val_if_fail (SG_IS_PERSON (keep) && SG_IS_PERSON (gone), NULL);
  g_return_val_if_fail (keep != gone, NULL);

  keep_id = sg_record_get_id (keep);
  relinked = sg_store_list_mentions (self, gone);
  g_array_set_clear_func (relinked, clear_mention);
  for (guint i = 0; i < relinked->len; i++)
    g_object_ref (g_array_index (relinked, SgStoreMention, i).record);

  if (!sg_store_begin_batch (self, error))
    return NULL;
  for (guint i = 0; i < relinked->len; i++)
    {
      SgStoreMention *m = &g_array_index (relinked, SgStoreMention, i);

      g_object_set (m->record, m->field->name, keep_id, NULL);
    }
  if (!sg_store_remove (self, gone, error))
    {
      sg_store_rollback_batch (self);
      return NULL;
    }
  if (!sg_store_commit_batch (self, error))
    return NULL;
  return g_steal_pointer (&relinked);
}

gboolean
sg_store_undo_merge (SgStore   *self,
                     SgRecord  *gone,
                     GArray    *relinked,
                     GError   **error)
{
  g_return_val_if_fail (SG_IS_STORE (self), FALSE);
  g_return_val_if_fail (SG_IS_PERSON (gone), FALSE);
  g_return_val_if_fail (relinked != NULL, FALSE);

  if (!sg_store_begin_batch (self, error))
    return FALSE;
  if (!sg_store_restore (self, gone, error))
    {
      sg_store_rollback_batch (self);
      return FALSE;
    }
  for (guint i = 0; i < relinked->len; i++)
    {
      SgStoreMention *m = &g_array_index (relinked, SgStoreMention, i);

      /* A record deleted since the merge stays as it is. */
      if (sg_store_find_by_id (self, G_OBJECT_TYPE (m->record), sg_record_get_id (m->record)) == m->record)
        g_object_set (m->record, m->field->name, sg_record_get_id (gone), NULL);
    }
  return sg_store_commit_batch (self, error);
}

const char *
sg_store_peek_name (SgStore    *self,
                    SgRecord   *record,
                    const char *field)
{
  GParamSpec *pspec;
  SgRecord *person;

  g_return_val_if_fail (SG_IS_STORE (self), NULL);
  g_return_val_if_fail (SG_IS_RECORD (record), NULL);

  pspec = sg_record_class_find_field (SG_RECORD_GET_CLASS (record), field);
  g_return_val_if_fail (pspec != NULL, NULL);
  if (!sg_field_is_person (pspec))
    return sg_record_peek_string (record, field);
  person = sg_store_find_by_id (self, SG_TYPE_PERSON, g_value_get_int64 (sg_record_peek_value (record, pspec)));
  return person ? sg_record_peek_string (person, SG_PERSON_NAME) : NULL;
}
