/* sg-facet-filter.c: which records a generic page shows, by the facets their kind declares
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-facet-filter"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-facet-filter.h"
#include "sg-format.h"

typedef struct
{
  GParamSpec *field;
  char       *target;   /* NULL: any value */
  gint64      value;    /* the target parsed: enum value, boolean or id */
} Facet;

struct _SgFacetFilter
{
  GtkFilter  parent_instance;

  SgStore   *store;
  GType      kind;
  GArray    *facets;    /* Facet */
  /* The "Overdue" facet every kind with a due declaration has. */
  gboolean   has_due;
  gboolean   overdue_only;
  char      *today;     /* when overdue_only was set */
};

G_DEFINE_FINAL_TYPE (SgFacetFilter, sg_facet_filter, GTK_TYPE_FILTER)

static gboolean
sg_facet_filter_match (GtkFilter *filter,
                       gpointer   item)
{
  SgFacetFilter *self = SG_FACET_FILTER (filter);
  SgRecord *record = item;

  if (self->overdue_only && !sg_record_is_overdue (record, self->today))
    return FALSE;
  for (guint i = 0; i < self->facets->len; i++)
    {
      Facet *facet = &g_array_index (self->facets, Facet, i);
      const GValue *value;
      gint64 have;

      if (facet->target == NULL)
        continue;
      value = sg_record_peek_value (record, facet->field);
      switch (sg_field_get_kind (facet->field))
        {
        case SG_FIELD_CHOICE:
          have = g_value_get_enum (value);
          break;
        case SG_FIELD_BOOLEAN:
          have = g_value_get_boolean (value);
          break;
        case SG_FIELD_REFERENCE:
          have = g_value_get_int64 (value);
          break;
        case SG_FIELD_TEXT:
        case SG_FIELD_LONG_TEXT:
        case SG_FIELD_DATE:
        case SG_FIELD_TIMESTAMP:
        case SG_FIELD_COLOUR:
        case SG_FIELD_NUMBER:
        case SG_FIELD_DECIMAL:
        case SG_FIELD_LIKELIHOOD:
        case SG_FIELD_IMPACT:
        case SG_FIELD_LINKS:
        default:
          g_assert_not_reached ();
        }
      if (have != facet->value)
        return FALSE;
    }
  return TRUE;
}

static GtkFilterMatch
sg_facet_filter_get_strictness (GtkFilter *filter)
{
  return sg_facet_filter_is_active (SG_FACET_FILTER (filter)) ? GTK_FILTER_MATCH_SOME
                                                               : GTK_FILTER_MATCH_ALL;
}

static void
facet_clear (gpointer data)
{
  Facet *facet = data;

  g_clear_pointer (&facet->target, g_free);
}

static void
sg_facet_filter_finalize (GObject *object)
{
  SgFacetFilter *self = SG_FACET_FILTER (object);

  g_clear_pointer (&self->facets, g_array_unref);
  g_clear_pointer (&self->today, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_facet_filter_parent_class)->finalize (object);
}

static void
sg_facet_filter_class_init (SgFacetFilterClass *klass)
{
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = sg_facet_filter_finalize;
  filter_class->match = sg_facet_filter_match;
  filter_class->get_strictness = sg_facet_filter_get_strictness;
}

static void
sg_facet_filter_init (SgFacetFilter *self)
{
  self->facets = g_array_new (FALSE, TRUE, sizeof (Facet));
  g_array_set_clear_func (self->facets, facet_clear);
}

SgFacetFilter *
sg_facet_filter_new (SgStore *store,
                     GType    kind)
{
  SgFacetFilter *self;
  GParamSpec * const *fields;
  guint n_fields;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (kind, SG_TYPE_RECORD), NULL);

  self = g_object_new (SG_TYPE_FACET_FILTER, NULL);
  self->store = g_object_ref (store);
  self->kind = kind;
  self->has_due = sg_record_class_get_due (g_type_class_peek (kind)) != NULL;
  fields = sg_record_class_list_facets (g_type_class_peek (kind), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      Facet facet = { fields[i], NULL, 0 };

      g_array_append_val (self->facets, facet);
    }
  return self;
}

GType
sg_facet_filter_get_kind (SgFacetFilter *self)
{
  g_return_val_if_fail (SG_IS_FACET_FILTER (self), G_TYPE_INVALID);

  return self->kind;
}

guint
sg_facet_filter_get_n_facets (SgFacetFilter *self)
{
  g_return_val_if_fail (SG_IS_FACET_FILTER (self), 0);

  return self->facets->len;
}

GParamSpec *
sg_facet_filter_get_facet (SgFacetFilter *self,
                           guint          index)
{
  g_return_val_if_fail (SG_IS_FACET_FILTER (self), NULL);
  g_return_val_if_fail (index < self->facets->len, NULL);

  return g_array_index (self->facets, Facet, index).field;
}

/* A target that means nothing (a nick of another version) shows all. */
static gboolean
parse_target (GParamSpec *field,
              const char *target,
              gint64     *value)
{
  switch (sg_field_get_kind (field))
    {
    case SG_FIELD_CHOICE:
      {
        GEnumClass *klass = G_PARAM_SPEC_ENUM (field)->enum_class;
        GEnumValue *found = g_enum_get_value_by_nick (klass, target);

        if (found == NULL)
          return FALSE;
        *value = found->value;
        return TRUE;
      }
    case SG_FIELD_BOOLEAN:
      if (!g_str_equal (target, "true") && !g_str_equal (target, "false"))
        return FALSE;
      *value = g_str_equal (target, "true");
      return TRUE;
    case SG_FIELD_REFERENCE:
      return g_ascii_string_to_signed (target, 10, 0, G_MAXINT64, value, NULL);
    case SG_FIELD_TEXT:
    case SG_FIELD_LONG_TEXT:
    case SG_FIELD_DATE:
    case SG_FIELD_TIMESTAMP:
    case SG_FIELD_COLOUR:
    case SG_FIELD_NUMBER:
    case SG_FIELD_DECIMAL:
    case SG_FIELD_LIKELIHOOD:
    case SG_FIELD_IMPACT:
    case SG_FIELD_LINKS:
    default:
      return FALSE;
    }
}

void
sg_facet_filter_set (SgFacetFilter *self,
                     guint          index,
                     const char    *target)
{
  Facet *facet;
  gint64 value = 0;

  g_return_if_fail (SG_IS_FACET_FILTER (self));
  g_return_if_fail (index < self->facets->len);

  facet = &g_array_index (self->facets, Facet, index);
  if (target != NULL && (g_str_equal (target, "any") || !parse_target (facet->field, target, &value)))
    target = NULL;
  if (g_strcmp0 (facet->target, target) == 0)
    return;
  g_free (facet->target);
  facet->target = g_strdup (target);
  facet->value = value;
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

const char *
sg_facet_filter_get (SgFacetFilter *self,
                     guint          index)
{
  const char *target;

  g_return_val_if_fail (SG_IS_FACET_FILTER (self), NULL);
  g_return_val_if_fail (index < self->facets->len, NULL);

  target = g_array_index (self->facets, Facet, index).target;
  return target != NULL ? target : "any";
}

gboolean
sg_facet_filter_is_active (SgFacetFilter *self)
{
  g_return_val_if_fail (SG_IS_FACET_FILTER (self), FALSE);

  if (self->overdue_only)
    return TRUE;
  for (guint i = 0; i < self->facets->len; i++)
    if (g_array_index (self->facets, Facet, i).target != NULL)
      return TRUE;
  return FALSE;
}

gboolean
sg_facet_filter_has_overdue (SgFacetFilter *self)
{
  g_return_val_if_fail (SG_IS_FACET_FILTER (self), FALSE);

  return self->has_due;
}

void
sg_facet_filter_set_overdue (SgFacetFilter *self,
                             gboolean       overdue_only)
{
  g_return_if_fail (SG_IS_FACET_FILTER (self));
  g_return_if_fail (self->has_due || !overdue_only);

  overdue_only = !!overdue_only;
  /* Today is taken when the filter is set: a page left open past
   * midnight counts from the day it was filtered on until set again. */
  g_clear_pointer (&self->today, g_free);
  if (overdue_only)
    self->today = sg_date_today ();
  if (self->overdue_only == overdue_only)
    return;
  self->overdue_only = overdue_only;
  gtk_filter_changed (GTK_FILTER (self), overdue_only ? GTK_FILTER_CHANGE_MORE_STRICT
                                                      : GTK_FILTER_CHANGE_LESS_STRICT);
}

gboolean
sg_facet_filter_get_overdue (SgFacetFilter *self)
{
  g_return_val_if_fail (SG_IS_FACET_FILTER (self), FALSE);

  return self->overdue_only;
}

void
sg_facet_filter_clear (SgFacetFilter *self)
{
  g_return_if_fail (SG_IS_FACET_FILTER (self));

  if (!sg_facet_filter_is_active (self))
    return;
  self->overdue_only = FALSE;
  for (guint i = 0; i < self->facets->len; i++)
    g_clear_pointer (&g_array_index (self->facets, Facet, i).target, g_free);
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_LESS_STRICT);
}

typedef struct
{
  char *target;
  char *label;
} Choice;

static int
compare_choices (gconstpointer a,
                 gconstpointer b)
{
  const Choice *ca = a, *cb = b;

  return sg_natural_compare (ca->label, cb->label);
}

void
sg_facet_filter_list_values (SgFacetFilter *self,
                             guint          index,
                             GStrv         *targets,
                             GStrv         *labels)
{
  g_autoptr(GStrvBuilder) t = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) l = g_strv_builder_new ();
  GParamSpec *field;

  g_return_if_fail (SG_IS_FACET_FILTER (self));
  g_return_if_fail (index < self->facets->len);

  field = g_array_index (self->facets, Facet, index).field;
  switch (sg_field_get_kind (field))
    {
    case SG_FIELD_CHOICE:
      {
        GEnumClass *klass = G_PARAM_SPEC_ENUM (field)->enum_class;

        for (guint i = 0; i < klass->n_values; i++)
          {
            g_strv_builder_add (t, klass->values[i].value_nick);
            g_strv_builder_add (l, sg_enum_get_label (G_PARAM_SPEC_VALUE_TYPE (field),
                                                      klass->values[i].value));
          }
      }
      break;
    case SG_FIELD_BOOLEAN:
      g_strv_builder_add (t, "true");
      g_strv_builder_add (l, _("Yes"));
      g_strv_builder_add (t, "false");
      g_strv_builder_add (l, _("No"));
      break;
    case SG_FIELD_REFERENCE:
      {
        /* Only who or what is named: a directory of 500 people would bury them. */
        GListModel *records = sg_store_get_records (self->store, self->kind);
        guint n = g_list_model_get_n_items (records);
        g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
        g_autoptr(GArray) choices = g_array_new (FALSE, FALSE, sizeof (Choice));
        gboolean any_unset = FALSE;

        for (guint i = 0; i < n; i++)
          {
            g_autoptr(SgRecord) record = g_list_model_get_item (records, i);
            const GValue *value = sg_record_peek_value (record, field);
            gint64 id = g_value_get_int64 (value);
            Choice choice;

            if (id == 0)
              {
                any_unset = TRUE;
                continue;
              }
            if (g_hash_table_contains (seen, &id))
              continue;
            g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
            choice.target = g_strdup_printf ("%" G_GINT64_FORMAT, id);
            choice.label = sg_format_value (self->store, field, value);
            if (choice.label == NULL || *choice.label == '\0')
              {
                g_free (choice.target);
                g_free (choice.label);
                continue;
              }
            g_array_append_val (choices, choice);
          }
        g_array_sort (choices, compare_choices);
        for (guint i = 0; i < choices->len; i++)
          {
            Choice *choice = &g_array_index (choices, Choice, i);

            g_strv_builder_add (t, choice->target);
            g_strv_builder_add (l, choice->label);
            g_free (choice->target);
            g_free (choice->label);
          }
        if (any_unset)
          {
            g_strv_builder_add (t, "0");
            /* Translators: in a filter menu, records where a person or record is not given */
            g_strv_builder_add (l, C_("filter", "Not Given"));
          }
      }
      break;
    case SG_FIELD_TEXT:
    case SG_FIELD_LONG_TEXT:
    case SG_FIELD_DATE:
    case SG_FIELD_TIMESTAMP:
    case SG_FIELD_COLOUR:
    case SG_FIELD_NUMBER:
    case SG_FIELD_DECIMAL:
    case SG_FIELD_LIKELIHOOD:
    case SG_FIELD_IMPACT:
    case SG_FIELD_LINKS:
    default:
      break;
    }
  *targets = g_strv_builder_end (t);
  *labels = g_strv_builder_end (l);
}
