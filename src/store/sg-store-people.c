/* sg-store-people.c: the directory — finding a person by name, what names
 * them, who may be listed twice, and merging two spellings of one; all
 * through the store's public interface
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include <string.h>

#include "sg-kinds.h"
#include "sg-person.h"
#include "sg-store-people.h"
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

/* Near-duplicates */

/* Titles that say nothing about who someone is. */
static const char * const honorifics[] = {
  "dr", "prof", "mr", "mrs", "ms", "herr", "frau",
};

/* "Petersen, Jana" → { "jana", "petersen" }: case-folded, without dots
 * and leading titles. */
static GStrv
comparable_words (const char *name)
{
  g_autofree char *key = sg_person_name_key (name);
  g_autofree char *ordered = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) words = NULL;
  const char *comma = strchr (key, ',');
  guint first = 0;

  if (comma != NULL)
    ordered = g_strdup_printf ("%s %.*s", comma + 1, (int) (comma - key), key);
  else
    ordered = g_strdup (key);
  g_strdelimit (ordered, ".,", ' ');
  words = g_strsplit (ordered, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (builder, words[i]);
  g_clear_pointer (&words, g_strfreev);
  words = g_strv_builder_end (builder);
  /* A name that is nothing but a title keeps it. */
  while (words[first] != NULL && words[first + 1] != NULL &&
         g_strv_contains (honorifics, words[first]))
    first++;
  if (first > 0)
    {
      GStrv rest = g_strdupv (words + first);

      g_strfreev (words);
      words = rest;
    }
  return g_steal_pointer (&words);
}

static gboolean
is_initial_of (const char *initial,
               const char *word)
{
  return g_utf8_strlen (initial, -1) == 1 && g_str_has_prefix (word, initial);
}

/* Levenshtein distance in characters, given up above @limit. */
static guint
edit_distance (const gunichar *s,
               glong           n,
               const gunichar *t,
               glong           m,
               guint           limit)
{
  g_autofree guint *row = NULL;

  if ((guint) ABS (n - m) > limit)
    return limit + 1;
  row = g_new (guint, m + 1);
  for (glong j = 0; j <= m; j++)
    row[j] = j;
  for (glong i = 1; i <= n; i++)
    {
      guint diagonal = row[0];
      guint smallest;

      row[0] = i;
      smallest = row[0];
      for (glong j = 1; j <= m; j++)
        {
          guint above = row[j];

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + (s[i - 1] != t[j - 1]));
          diagonal = above;
          smallest = MIN (smallest, row[j]);
        }
      if (smallest > limit)
        return limit + 1;
    }
  return row[m];
}

static gboolean
words_start (GStrv longer,
             GStrv shorter,
             guint offset)
{
  for (guint i = 0; shorter[i] != NULL; i++)
    if (!g_str_equal (longer[offset + i], shorter[i]))
      return FALSE;
  return TRUE;
}

/* A name as it is compared, worked out once per person. */
typedef struct
{
  GStrv     words;
  guint     n_words;
  char     *joined;
  gunichar *chars;      /* joined, as characters */
  glong     length;
} Comparable;

static void
comparable_init (Comparable *c,
                 const char *name)
{
  c->words = comparable_words (name);
  c->n_words = g_strv_length (c->words);
  c->joined = g_strjoinv (" ", c->words);
  c->chars = g_utf8_to_ucs4_fast (c->joined, -1, &c->length);
}

static void
comparable_clear (gpointer data)
{
  Comparable *c = data;

  g_clear_pointer (&c->words, g_strfreev);
  g_clear_pointer (&c->joined, g_free);
  g_clear_pointer (&c->chars, g_free);
}

/* 0: not alike; else how alike, 1 the closest. */
static guint
names_alike (const Comparable *a,
             const Comparable *b)
{
  GStrv x = a->words, y = b->words;
  guint n = a->n_words, m = b->n_words;
  glong length;

  if (n == 0 || m == 0)
    return 0;
  /* The same words: different order, dots or titles. */
  if (g_str_equal (a->joined, b->joined))
    return 1;

  /* The same surname, each given name or its initial. */
  if (n == m && n >= 2 && g_str_equal (x[n - 1], y[m - 1]))
    {
      gboolean alike = TRUE, initial = FALSE;

      for (guint i = 0; i + 1 < n && alike; i++)
        {
          if (g_str_equal (x[i], y[i]))
            continue;
          if (is_initial_of (x[i], y[i]) || is_initial_of (y[i], x[i]))
            initial = TRUE;
          else
            alike = FALSE;
        }
      if (alike && initial)
        return 2;
    }

  /* A typing slip: one or two letters in a longer name. */
  length = MIN (a->length, b->length);
  if (length >= 8)
    {
      guint limit = length >= 12 ? 2 : 1;

      if (edit_distance (a->chars, a->length, b->chars, b->length, limit) <= limit)
        return 3;
    }

  /* One name is the start or the end of the other: "Jana", "Petersen". */
  if (n != m)
    {
      GStrv longer = n > m ? x : y, shorter = n > m ? y : x;
      guint extra = MAX (n, m) - MIN (n, m);

      if (words_start (longer, shorter, 0) || words_start (longer, shorter, extra))
        return 4;
    }
  return 0;
}

gboolean
sg_person_names_may_be_one (const char *a,
                            const char *b)
{
  Comparable x, y;
  gboolean alike;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  comparable_init (&x, a);
  comparable_init (&y, b);
  alike = names_alike (&x, &y) != 0;
  comparable_clear (&x);
  comparable_clear (&y);
  return alike;
}

void
sg_near_duplicate_free (SgNearDuplicate *pair)
{
  if (pair == NULL)
    return;
  g_clear_object (&pair->keep);
  g_clear_object (&pair->gone);
  g_free (pair);
}

/* id → how many fields name them, in one pass over the register. */
static GHashTable *
count_mentions (SgStore *self)
{
  GHashTable *counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);

  for (guint k = 0; k < n_kinds; k++)
    {
      SgRecordClass *klass = g_type_class_peek (kinds[k]);
      guint n_fields, n_records;
      GParamSpec **fields = sg_record_class_list_fields (klass, &n_fields);
      SgRecord *const *records = NULL;

      for (guint f = 0; f < n_fields; f++)
        {
          if (!sg_field_is_person (fields[f]))
            continue;
          if (records == NULL)
            records = sg_store_peek_records (self, kinds[k], &n_records);
          for (guint r = 0; r < n_records; r++)
            {
              gint64 id = g_value_get_int64 (sg_record_peek_value (records[r], fields[f]));
              guint count;

              if (id == 0)
                continue;
              count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, &id));
              g_hash_table_insert (counts, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (count + 1));
            }
        }
    }
  return counts;
}

static guint
mentions_of (GHashTable *counts,
             SgRecord   *person)
{
  gint64 id = sg_record_get_id (person);

  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, &id));
}

typedef struct
{
  SgNearDuplicate *pair;
  guint            closeness;
} RankedPair;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const RankedPair *x = a, *y = b;

  if (x->closeness != y->closeness)
    return x->closeness < y->closeness ? -1 : 1;
  return g_utf8_collate (sg_record_peek_string (x->pair->keep, SG_PERSON_NAME),
                         sg_record_peek_string (y->pair->keep, SG_PERSON_NAME));
}

static gboolean
said_not_same (SgRecord *a,
               SgRecord *b)
{
  return sg_links_contains (sg_record_peek_links (a, SG_PERSON_NOT_SAME_AS), sg_record_get_id (b)) ||
         sg_links_contains (sg_record_peek_links (b, SG_PERSON_NOT_SAME_AS), sg_record_get_id (a));
}

GPtrArray *
sg_store_list_near_duplicates (SgStore *self)
{
  GPtrArray *pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) sg_near_duplicate_free);
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (RankedPair));
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GArray) names = NULL;
  SgRecord *const *people;
  guint n;

  g_return_val_if_fail (SG_IS_STORE (self), pairs);

  people = sg_store_peek_records (self, SG_TYPE_PERSON, &n);
  /* Each name taken apart once: the pairs grow with the square. */
  names = g_array_sized_new (FALSE, TRUE, sizeof (Comparable), n);
  g_array_set_clear_func (names, comparable_clear);
  for (guint i = 0; i < n; i++)
    {
      const char *name = sg_record_peek_string (people[i], SG_PERSON_NAME);
      Comparable c;

      comparable_init (&c, name ? name : "");
      g_array_append_val (names, c);
    }
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        const char *a = sg_record_peek_string (people[i], SG_PERSON_NAME);
        const char *b = sg_record_peek_string (people[j], SG_PERSON_NAME);
        RankedPair rank = { NULL, 0 };
        SgRecord *keep = people[i], *gone = people[j];
        guint keep_count, gone_count;

        if (a == NULL || b == NULL)
          continue;
        rank.closeness = names_alike (&g_array_index (names, Comparable, i),
                                      &g_array_index (names, Comparable, j));
        if (rank.closeness == 0 || said_not_same (people[i], people[j]))
          continue;
        if (counts == NULL)
          counts = count_mentions (self);
        keep_count = mentions_of (counts, keep);
        gone_count = mentions_of (counts, gone);
        /* The one named more often, else the fuller name, else the older. */
        if (gone_count > keep_count ||
            (gone_count == keep_count && g_utf8_strlen (b, -1) > g_utf8_strlen (a, -1)))
          {
            SgRecord *swap = keep;
            guint swap_count = keep_count;

            keep = gone;
            gone = swap;
            keep_count = gone_count;
            gone_count = swap_count;
          }
        rank.pair = g_new0 (SgNearDuplicate, 1);
        rank.pair->keep = g_object_ref (keep);
        rank.pair->gone = g_object_ref (gone);
        rank.pair->keep_mentions = keep_count;
        rank.pair->gone_mentions = gone_count;
        g_array_append_val (ranked, rank);
      }
  g_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < ranked->len; i++)
    g_ptr_array_add (pairs, g_array_index (ranked, RankedPair, i).pair);
  return pairs;
}

gboolean
sg_store_set_not_same (SgStore   *self,
                       SgRecord  *a,
                       SgRecord  *b,
                       GError   **error)
{
  g_return_val_if_fail (SG_IS_STORE (self), FALSE);
  g_return_val_if_fail (SG_IS_PERSON (a) && SG_IS_PERSON (b), FALSE);
  g_return_val_if_fail (a != b, FALSE);

  if (!sg_store_begin_batch (self, error))
    return FALSE;
  g_object_set (a, SG_PERSON_NOT_SAME_AS,
                sg_links_add (sg_record_peek_links (a, SG_PERSON_NOT_SAME_AS), sg_record_get_id (b)), NULL);
  g_object_set (b, SG_PERSON_NOT_SAME_AS,
                sg_links_add (sg_record_peek_links (b, SG_PERSON_NOT_SAME_AS), sg_record_get_id (a)), NULL);
  return sg_store_commit_batch (self, error);
}
