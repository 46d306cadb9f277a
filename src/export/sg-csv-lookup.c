/* sg-csv-lookup.c: what checking a CSV import needs of the register, copied once
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Threads: the refs of assets and controls, the risk refs taken, the
 * people, the scale labels and the choices are copied when an import is
 * made, on the store's thread. Checking then reads only this copy, so it
 * may run in another thread. */
#define G_LOG_DOMAIN "sg-csv"

#include "config.h"

#include <glib/gi18n.h>

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
  g_hash_table_unref (lookup->people);
  g_hash_table_unref (lookup->names);
  g_hash_table_unref (lookup->taken);
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

SgCsvLookup *
sg_csv_lookup_new (SgStore   *store,
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

  lookup->targets = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  lookup->choices = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  lookup->taken = collect_refs (store, SG_TYPE_RISK);
  lookup->yes = sg_csv_fold_name (_("yes"));
  lookup->no = sg_csv_fold_name (_("no"));

  for (guint f = 0; f < fields->len; f++)
    {
      GParamSpec *pspec = g_ptr_array_index (fields, f);
      SgFieldKind kind = sg_field_get_kind (pspec);
      GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

      if ((kind == SG_FIELD_REFERENCE || kind == SG_FIELD_LINKS) &&
          !g_hash_table_contains (lookup->targets, GSIZE_TO_POINTER (sg_field_get_target (pspec))))
        g_hash_table_insert (lookup->targets, GSIZE_TO_POINTER (sg_field_get_target (pspec)),
                             collect_refs (store, sg_field_get_target (pspec)));
      else if (kind == SG_FIELD_CHOICE && !g_hash_table_contains (lookup->choices, GSIZE_TO_POINTER (type)))
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

const gint64 *
sg_csv_lookup_find_target (SgCsvLookup *lookup,
                           GParamSpec  *pspec,
                           const char  *ref)
{
  GHashTable *refs = g_hash_table_lookup (lookup->targets, GSIZE_TO_POINTER (sg_field_get_target (pspec)));

  return refs != NULL ? g_hash_table_lookup (refs, ref) : NULL;
}
