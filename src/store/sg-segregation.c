/* sg-segregation.c: people who hold roles declared incompatible (clause 5.3, Annex A 5.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-segregation"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-person.h"
#include "sg-role.h"
#include "sg-segregation.h"

static gboolean
declares (SgRecord *role,
          gint64    other)
{
  GVariant *links = sg_record_peek_links (role, SG_ROLE_INCOMPATIBLE_WITH);
  const gint64 *ids;
  gsize n = 0;

  if (links == NULL)
    return FALSE;
  ids = g_variant_get_fixed_array (links, &n, sizeof (gint64));
  for (gsize i = 0; i < n; i++)
    if (ids[i] == other)
      return TRUE;
  return FALSE;
}

static const char *
person_name (SgRecord *person)
{
  const char *name = sg_record_peek_string (person, SG_PERSON_NAME);

  return name != NULL ? name : "";
}

static int
compare_roles (SgRecord *a,
               SgRecord *b)
{
  if (a == b)
    return 0;
  if (a == NULL || b == NULL)
    return a == NULL ? -1 : 1;
  return g_strcmp0 (sg_record_get_ref (a), sg_record_get_ref (b));
}

static int
compare_conflicts (gconstpointer pa,
                   gconstpointer pb)
{
  const SgSegregationConflict *a = pa;
  const SgSegregationConflict *b = pb;
  int cmp = g_utf8_collate (person_name (a->person), person_name (b->person));

  if (cmp == 0)
    cmp = sg_record_get_id (a->person) < sg_record_get_id (b->person) ? -1
        : sg_record_get_id (a->person) > sg_record_get_id (b->person);
  if (cmp == 0)
    cmp = compare_roles (a->role_a, b->role_a);
  if (cmp == 0)
    cmp = compare_roles (a->role_b, b->role_b);
  return cmp;
}

/* Adds a conflict for each person who is in both @a and @b. */
static void
add_pair (SgStore  *store,
          GArray   *conflicts,
          SgRecord *a,
          SgRecord *b)
{
  const char *fields[] = { SG_ROLE_HOLDER, SG_ROLE_DEPUTY };

  if (compare_roles (a, b) > 0)
    {
      SgRecord *swap = a;

      a = b;
      b = swap;
    }
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      gint64 id = sg_record_peek_int64 (a, fields[i]);
      SgSegregationConflict conflict = { NULL, a, b, i == 1, FALSE };

      if (id <= 0)
        continue;
      /* Holder of one and deputy of the same is one person, one conflict. */
      if (i == 1 && id == sg_record_peek_int64 (a, SG_ROLE_HOLDER))
        continue;
      if (id == sg_record_peek_int64 (b, SG_ROLE_HOLDER))
        conflict.deputy_b = FALSE;
      else if (id == sg_record_peek_int64 (b, SG_ROLE_DEPUTY))
        conflict.deputy_b = TRUE;
      else
        continue;
      conflict.person = sg_store_find_by_id (store, SG_TYPE_PERSON, id);
      if (conflict.person != NULL)
        g_array_append_val (conflicts, conflict);
    }
}

GArray *
sg_segregation_find (SgStore *store)
{
  GArray *conflicts;
  SgRecord *const *roles;
  guint n;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  conflicts = g_array_new (FALSE, TRUE, sizeof (SgSegregationConflict));
  roles = sg_store_peek_records (store, SG_TYPE_ROLE, &n);
  for (guint i = 0; i < n; i++)
    {
      gint64 holder = sg_record_peek_int64 (roles[i], SG_ROLE_HOLDER);

      /* i < j: a pair declared on both sides is still one pair. */
      for (guint j = i + 1; j < n; j++)
        if (declares (roles[i], sg_record_get_id (roles[j])) ||
            declares (roles[j], sg_record_get_id (roles[i])))
          add_pair (store, conflicts, roles[i], roles[j]);

      if (holder > 0 && holder == sg_record_peek_int64 (roles[i], SG_ROLE_ASSIGNED_BY))
        {
          SgSegregationConflict conflict = { NULL, roles[i], NULL, FALSE, FALSE };

          conflict.person = sg_store_find_by_id (store, SG_TYPE_PERSON, holder);
          if (conflict.person != NULL)
            g_array_append_val (conflicts, conflict);
        }
    }
  g_array_sort (conflicts, compare_conflicts);
  return conflicts;
}

guint
sg_segregation_count_people (GArray   *conflicts,
                             gboolean  pairs)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new ();

  g_return_val_if_fail (conflicts != NULL, 0);

  for (guint i = 0; i < conflicts->len; i++)
    {
      SgSegregationConflict *conflict = &g_array_index (conflicts, SgSegregationConflict, i);

      if ((conflict->role_b != NULL) == pairs && !g_ptr_array_find (people, conflict->person, NULL))
        g_ptr_array_add (people, conflict->person);
    }
  return people->len;
}

static char *
role_name (SgRecord *role)
{
  const char *name = sg_record_peek_string (role, SG_ROLE_NAME);

  return g_strdup_printf ("%s %s", sg_record_get_ref (role), name != NULL ? name : "");
}

char *
sg_segregation_describe (const SgSegregationConflict *conflict)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  const char *person;

  g_return_val_if_fail (conflict != NULL, NULL);

  person = person_name (conflict->person);
  a = role_name (conflict->role_a);
  if (conflict->role_b == NULL)
    /* Translators: %1$s is a person, %2$s a role's ref and name */
    return g_strdup_printf (_("%1$s holds %2$s and assigned it to themselves"), person, a);

  b = role_name (conflict->role_b);
  if (conflict->deputy_a && conflict->deputy_b)
    /* Translators: %1$s is a person, %2$s and %3$s roles' refs and names */
    return g_strdup_printf (_("%1$s is deputy for %2$s and for %3$s, declared incompatible"),
                            person, a, b);
  if (conflict->deputy_a)
    /* Translators: %1$s is a person, %2$s and %3$s roles' refs and names */
    return g_strdup_printf (_("%1$s is deputy for %2$s and holds %3$s, declared incompatible"),
                            person, a, b);
  if (conflict->deputy_b)
    /* Translators: %1$s is a person, %2$s and %3$s roles' refs and names */
    return g_strdup_printf (_("%1$s holds %2$s and is deputy for %3$s, declared incompatible"),
                            person, a, b);
  /* Translators: %1$s is a person, %2$s and %3$s roles' refs and names */
  return g_strdup_printf (_("%1$s holds %2$s and %3$s, declared incompatible"), person, a, b);
}
