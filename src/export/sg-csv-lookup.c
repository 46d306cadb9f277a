/* sg-csv-lookup.c: what checking a CSV import needs of the register, copied once
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Threads: the refs and titles of the kinds the fields link to, the refs
 * of the kind imported, the people, the scale labels and the choices are
 * copied when an import is made, on the store's thread. Checking then reads only this copy, so it
 * may run in another thread. */
#define G_LOG_DOMAIN "sg-csv"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-csv-cells.h"
#include "sg-csv-lookup.h"
#include "sg-person.h"
#include "sg-risk.h"

char *
sg_csv_fold_name (const char *name)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name));

  return g_utf8_casefold (trimmed, -1);
}

SgCsvLookup *
sg_csv_lookup_ref (SgCsvLookup *lookup)
{
  g_atomic_ref_count_inc (&lookup->refs);
  return lookup;
}

void
sg_csv_lookup_unref (SgCsvLookup *lookup)
{
  if (!g_atomic_ref_count_dec (&lookup->refs))
    return;
  g_hash_table_unref (lookup->targets);
  g_hash_table_unref (lookup->titles);
  g_hash_table_unref (lookup->people);
  g_hash_table_unref (lookup->names);
  g_hash_table_unref (lookup->taken);
  g_clear_pointer (&lookup->own, g_hash_table_unref);
  g_hash_table_unref (lookup->labels[0]);
  g_hash_table_unref (lookup->labels[1]);
  g_hash_table_unref (lookup->choices);
  g_free (lookup->yes);
  g_free (lookup->no);
  g_free (lookup);
}

static GHashTable *
collect_refs (SgStore *store,
              GType    kind)
{
  GHashTable *refs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint n;
  SgRecord *const *records = sg_store_peek_records (store, kind, &n);

  for (guint i = 0; i < n; i++)
    {
      const char *ref = sg_record_get_ref (records[i]);
      gint64 id = sg_record_get_id (records[i]);

      if (ref != NULL && !g_hash_table_contains (refs, ref))
        g_hash_table_insert (refs, g_strdup (ref), g_memdup2 (&id, sizeof id));
    }
  return refs;
}

/* For a thread to read while the register's record may change. */
SgRecord *
sg_csv_record_copy (SgRecord *record)
{
  SgRecord *copy = g_object_new (G_OBJECT_TYPE (record), NULL);
  guint n_fields;
  GParamSpec **fields = sg_record_class_list_fields (SG_RECORD_GET_CLASS (record), &n_fields);

  for (guint f = 0; f < n_fields; f++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (fields[f]));
      g_value_copy (sg_record_peek_value (record, fields[f]), &value);
      sg_record_load_value (copy, fields[f], &value);
    }
  sg_record_set_id (copy, sg_record_get_id (record));
  return copy;
}

/* Folded titles to ids; where two records share a title, the first wins. */
static GHashTable *
collect_titles (SgStore *store,
                GType    kind)
{
  GHashTable *titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(SgRecordClass) klass = g_type_class_ref (kind);
  GParamSpec *title = sg_record_class_get_title_field (klass);
  guint n;
  SgRecord *const *records = sg_store_peek_records (store, kind, &n);

  for (guint i = 0; title != NULL && i < n; i++)
    {
      const char *text = sg_record_peek_string (records[i], title->name);
      g_autofree char *folded = NULL;
      gint64 id = sg_record_get_id (records[i]);

      if (text == NULL || *text == '\0')
        continue;
      folded = sg_csv_fold_name (text);
      if (!g_hash_table_contains (titles, folded))
        g_hash_table_insert (titles, g_steal_pointer (&folded), g_memdup2 (&id, sizeof id));
    }
  return titles;
}

SgCsvLookup *
sg_csv_lookup_new (SgStore   *store,
                   GType      kind,
                   GPtrArray *fields)
{
  SgCsvLookup *lookup = g_new0 (SgCsvLookup, 1);
  SgRiskMethod *method = sg_store_get_risk_method (store);
  guint n_people;
  SgRecord *const *people = sg_store_peek_records (store, SG_TYPE_PERSON, &n_people);

  g_atomic_ref_count_init (&lookup->refs);
  lookup->people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lookup->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < n_people; i++)
    {
      const char *name = sg_record_peek_string (people[i], SG_PERSON_NAME);
      gint64 id = sg_record_get_id (people[i]);

      if (name != NULL && *name != '\0')
        {
          g_hash_table_insert (lookup->people, sg_person_name_key (name), g_memdup2 (&id, sizeof id));
          g_hash_table_insert (lookup->names, g_strdup (name), g_memdup2 (&id, sizeof id));
        }
    }

  lookup->kind = kind;
  lookup->targets = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  lookup->titles = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  lookup->choices = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  lookup->taken = collect_refs (store, kind);
  if (sg_csv_kind_updates (kind))
    {
      guint n;
      SgRecord *const *records = sg_store_peek_records (store, kind, &n);

      lookup->own = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
      for (guint i = 0; i < n; i++)
        {
          gint64 id = sg_record_get_id (records[i]);

          g_hash_table_insert (lookup->own, g_memdup2 (&id, sizeof id), sg_csv_record_copy (records[i]));
        }
    }
  lookup->yes = sg_csv_fold_name (_("yes"));
  lookup->no = sg_csv_fold_name (_("no"));

  for (guint f = 0; f < fields->len; f++)
    {
      GParamSpec *pspec = g_ptr_array_index (fields, f);
      SgFieldKind field_kind = sg_field_get_kind (pspec);
      GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

      if ((field_kind == SG_FIELD_REFERENCE || field_kind == SG_FIELD_LINKS) &&
          !g_hash_table_contains (lookup->targets, GSIZE_TO_POINTER (sg_field_get_target (pspec))))
        {
          g_hash_table_insert (lookup->targets, GSIZE_TO_POINTER (sg_field_get_target (pspec)),
                               collect_refs (store, sg_field_get_target (pspec)));
          g_hash_table_insert (lookup->titles, GSIZE_TO_POINTER (sg_field_get_target (pspec)),
                               collect_titles (store, sg_field_get_target (pspec)));
        }
      else if (field_kind == SG_FIELD_CHOICE && !g_hash_table_contains (lookup->choices, GSIZE_TO_POINTER (type)))
        {
          g_autoptr(GEnumClass) klass = g_type_class_ref (type);
          GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

          for (guint i = 0; i < klass->n_values; i++)
            {
              GEnumValue *ev = &klass->values[i];

              g_hash_table_insert (words, sg_csv_fold_name (_(ev->value_name)), GINT_TO_POINTER (ev->value));
              g_hash_table_insert (words, sg_csv_fold_name (ev->value_name), GINT_TO_POINTER (ev->value));
              g_hash_table_insert (words, sg_csv_fold_name (ev->value_nick), GINT_TO_POINTER (ev->value));
            }
          g_hash_table_insert (lookup->choices, GSIZE_TO_POINTER (type), words);
        }
    }

  for (guint a = 0; a < 2; a++)
    {
      SgScaleAxis axis = a == 0 ? SG_SCALE_AXIS_LIKELIHOOD : SG_SCALE_AXIS_IMPACT;

      lookup->n_values[a] = sg_risk_method_get_n_values (method, axis);
      lookup->labels[a] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint v = lookup->n_values[a]; v >= 1; v--)
        {
          SgScaleLevel *level = sg_risk_method_get_scale_level (method, axis, (int) v);
          const char *label = level ? sg_record_peek_string (SG_RECORD (level), "label") : NULL;

          /* From the top: where two levels share a label, the lower one wins. */
          if (label != NULL)
            g_hash_table_insert (lookup->labels[a], sg_csv_fold_name (label), GUINT_TO_POINTER (v));
        }
    }
  return lookup;
}

const gint64 *
sg_csv_lookup_find_person (SgCsvLookup *lookup,
                           const char  *name)
{
  const gint64 *id = g_hash_table_lookup (lookup->names, name);
  g_autofree char *key = NULL;

  if (id != NULL)
    return id;
  key = sg_person_name_key (name);
  return g_hash_table_lookup (lookup->people, key);
}

/* "A.8.13", "a 8.13": the ref after an Annex A prefix, else NULL. */
static const char *
skip_annex_prefix (const char *ref)
{
  if ((ref[0] == 'A' || ref[0] == 'a') && (ref[1] == '.' || ref[1] == ' '))
    {
      ref += 2;
      while (*ref == ' ')
        ref++;
      return g_ascii_isdigit (*ref) ? ref : NULL;
    }
  return NULL;
}

static const gint64 *
find_ref (GHashTable *refs,
          const char *ref)
{
  const gint64 *id = g_hash_table_lookup (refs, ref);
  const char *bare;

  if (id == NULL && (bare = skip_annex_prefix (ref)) != NULL)
    id = g_hash_table_lookup (refs, bare);
  return id;
}

const gint64 *
sg_csv_lookup_find_target (SgCsvLookup *lookup,
                           GParamSpec  *pspec,
                           const char  *ref)
{
  GType target = sg_field_get_target (pspec);
  GHashTable *refs = g_hash_table_lookup (lookup->targets, GSIZE_TO_POINTER (target));
  GHashTable *titles = g_hash_table_lookup (lookup->titles, GSIZE_TO_POINTER (target));
  const gint64 *id = NULL;

  if (target == SG_TYPE_PERSON && (id = sg_csv_lookup_find_person (lookup, ref)) != NULL)
    return id;
  if (refs != NULL)
    id = find_ref (refs, ref);
  if (id == NULL && titles != NULL)
    {
      g_autofree char *folded = sg_csv_fold_name (ref);

      id = g_hash_table_lookup (titles, folded);
    }
  return id;
}

const gint64 *
sg_csv_lookup_find_own (SgCsvLookup *lookup,
                        const char  *ref)
{
  return find_ref (lookup->taken, ref);
}

SgRecord *
sg_csv_lookup_copy_own (SgCsvLookup *lookup,
                        gint64       id)
{
  SgRecord *record = lookup->own != NULL ? g_hash_table_lookup (lookup->own, &id) : NULL;

  g_return_val_if_fail (record != NULL, NULL);
  return sg_csv_record_copy (record);
}
