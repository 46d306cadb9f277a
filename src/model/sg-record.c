/* sg-record.c: the abstract record; holds every kind's field values
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-record"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-record.h"

typedef struct
{
  GValue           *values;   /* one per field, indexed by sg-field-index */
  guint             n_values;
  SgRecordObserver  observer;
  gpointer          observer_data;
} SgRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SgRecord, sg_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_REF,
  PROP_CREATED,
  PROP_UPDATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A field's slot follows from its property id, which
 * g_object_class_install_properties() sets to its index in the array:
 * SgRecord's own fields first, then the kind's. No lookup on the hot path. */
static inline gboolean
is_field (GParamSpec *pspec)
{
  /* A kind installs nothing but fields. */
  return pspec->owner_type == SG_TYPE_RECORD || g_type_is_a (pspec->owner_type, SG_TYPE_RECORD);
}

static inline guint
field_index (GParamSpec *pspec)
{
  if (pspec->owner_type == SG_TYPE_RECORD)
    return pspec->param_id - 1;
  return N_PROPS - 1 + pspec->param_id - 1;
}

static void
init_slot (GValue     *values,
           GParamSpec *pspec)
{
  GValue *slot = &values[field_index (pspec)];

  g_value_init (slot, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_param_value_set_default (pspec, slot);
}

static GValue *
ensure_values (SgRecord *self)
{
  SgRecordPrivate *priv = sg_record_get_instance_private (self);

  if G_UNLIKELY (priv->values == NULL)
    {
      SgRecordClass *klass = SG_RECORD_GET_CLASS (self);

      g_assert (klass->fields != NULL);
      priv->n_values = klass->n_values;
      priv->values = g_new0 (GValue, priv->n_values);
      init_slot (priv->values, properties[PROP_ID]);
      for (guint i = 0; i < klass->fields->len; i++)
        init_slot (priv->values, g_ptr_array_index (klass->fields, i));
    }

  return priv->values;
}

const GValue *
sg_record_peek_values (SgRecord *self)
{
  g_return_val_if_fail (SG_IS_RECORD (self), NULL);

  return ensure_values (self);
}

guint
sg_record_field_slot (GParamSpec *field)
{
  g_return_val_if_fail (is_field (field), 0);

  return field_index (field);
}

const GValue *
sg_record_peek_value (SgRecord   *self,
                      GParamSpec *pspec)
{
  g_return_val_if_fail (SG_IS_RECORD (self), NULL);
  g_return_val_if_fail (is_field (pspec), NULL);

  return &ensure_values (self)[field_index (pspec)];
}

void
sg_record_set_value (SgRecord     *self,
                     GParamSpec   *pspec,
                     const GValue *value)
{
  SgRecordPrivate *priv;
  GValue *slot;
  g_auto(GValue) converted = G_VALUE_INIT;

  g_return_if_fail (SG_IS_RECORD (self));
  g_return_if_fail (is_field (pspec));

  slot = &ensure_values (self)[field_index (pspec)];

  g_value_init (&converted, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_copy (value, &converted);
  g_param_value_validate (pspec, &converted);

  if (sg_field_values_equal (pspec, slot, &converted))
    return;

  g_value_unset (slot);
  g_value_init (slot, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_copy (&converted, slot);
  /* Not a class closure of "notify": with one, GObject would emit
   * "notify" for every value of every record, also of records nobody
   * watches yet. */
  priv = sg_record_get_instance_private (self);
  if (priv->observer != NULL)
    priv->observer (self, pspec, priv->observer_data);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

void
sg_record_load_value (SgRecord   *self,
                      GParamSpec *pspec,
                      GValue     *value)
{
  GValue *slot;

  g_return_if_fail (SG_IS_RECORD (self));
  g_return_if_fail (G_VALUE_HOLDS (value, G_PARAM_SPEC_VALUE_TYPE (pspec)));

  slot = &ensure_values (self)[field_index (pspec)];
  g_value_unset (slot);
  *slot = *value;
  memset (value, 0, sizeof *value);
}

static void
sg_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  g_value_copy (sg_record_peek_value (SG_RECORD (object), pspec), value);
}

static void
sg_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  sg_record_set_value (SG_RECORD (object), pspec, value);
}

static void
sg_record_finalize (GObject *object)
{
  SgRecordPrivate *priv = sg_record_get_instance_private (SG_RECORD (object));

  for (guint i = 0; i < priv->n_values; i++)
    if (G_IS_VALUE (&priv->values[i]))
      g_value_unset (&priv->values[i]);
  g_clear_pointer (&priv->values, g_free);

  G_OBJECT_CLASS (sg_record_parent_class)->finalize (object);
}

static void
sg_record_class_init (SgRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sg_record_get_property;
  object_class->set_property = sg_record_set_property;
  object_class->finalize = sg_record_finalize;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", "ID", NULL, 0, G_MAXINT64, 0, SG_FIELD_FLAGS);
  properties[PROP_REF] = sg_field_text ("ref", N_("Ref"));
  properties[PROP_CREATED] = sg_field_timestamp ("created", N_("Created"));
  properties[PROP_UPDATED] = sg_field_timestamp ("updated", N_("Last changed"));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Copied into every kind's class, until the kind says otherwise. */
  klass->area = SG_RECORD_AREA_OTHER;
}

static void
sg_record_init (SgRecord *self)
{
}

/* @observer NULL ends the observing; a record has one observer at most. */
void
sg_record_set_observer (SgRecord         *self,
                        SgRecordObserver  observer,
                        gpointer          data)
{
  SgRecordPrivate *priv;

  g_return_if_fail (SG_IS_RECORD (self));
  priv = sg_record_get_instance_private (self);
  g_return_if_fail (observer == NULL || priv->observer == NULL ||
                    (priv->observer == observer && priv->observer_data == data));

  priv->observer = observer;
  priv->observer_data = observer != NULL ? data : NULL;
}

void
sg_record_class_set_kind (SgRecordClass *klass,
                          const char    *table,
                          const char    *ref_prefix,
                          const char    *noun,
                          const char    *plural,
                          const char    *count_label)
{
  g_return_if_fail (SG_IS_RECORD_CLASS (klass));

  klass->table = table;
  klass->ref_prefix = ref_prefix;
  klass->noun = noun;
  klass->plural = plural;
  klass->count_label = count_label;
}

void
sg_record_class_install_fields (SgRecordClass *klass,
                                guint          n_properties,
                                GParamSpec   **pspecs)
{
  g_return_if_fail (SG_IS_RECORD_CLASS (klass));
  g_return_if_fail (klass->fields == NULL);

  /* GObject does not inherit these: each kind gets the generic pair. */
  G_OBJECT_CLASS (klass)->get_property = sg_record_get_property;
  G_OBJECT_CLASS (klass)->set_property = sg_record_set_property;

  klass->fields = g_ptr_array_new ();
  klass->first_own_index = N_PROPS - 1;
  klass->n_values = klass->first_own_index + n_properties - 1;

  for (guint i = 1; i < n_properties; i++)
    g_ptr_array_add (klass->fields, pspecs[i]);

  g_object_class_install_properties (G_OBJECT_CLASS (klass), n_properties, pspecs);

  /* The stored fields in the order people read them. */
  g_ptr_array_insert (klass->fields, 0, properties[PROP_REF]);
  g_ptr_array_add (klass->fields, properties[PROP_CREATED]);
  g_ptr_array_add (klass->fields, properties[PROP_UPDATED]);
}

void
sg_record_class_set_since (SgRecordClass *klass,
                           guint          version)
{
  g_return_if_fail (SG_IS_RECORD_CLASS (klass));
  g_return_if_fail (version >= 1);

  klass->since = version;
}

void
sg_record_class_set_refs_optional (SgRecordClass *klass)
{
  g_return_if_fail (SG_IS_RECORD_CLASS (klass));

  klass->refs_optional = TRUE;
}

void
sg_record_class_add_constraint (SgRecordClass *klass,
                                const char    *sql)
{
  g_return_if_fail (SG_IS_RECORD_CLASS (klass));
  g_return_if_fail (sql != NULL);

  /* Class data lives as long as the program: never freed. */
  if (klass->constraints == NULL)
    klass->constraints = g_ptr_array_new_null_terminated (1, NULL, TRUE);
  g_ptr_array_add (klass->constraints, (gpointer) sql);
}

void
sg_record_class_set_title_field (SgRecordClass *klass,
                                 GParamSpec    *field)
{
  g_return_if_fail (SG_IS_RECORD_CLASS (klass));
  g_return_if_fail (G_IS_PARAM_SPEC_STRING (field));
  g_return_if_fail (is_field (field));

  klass->title_field = field;
}

void
sg_record_class_add_column_sized (SgRecordClass *klass,
                                  GParamSpec    *field,
                                  guint          priority,
                                  guint          width)
{
  SgRecordColumn column = { field, MAX (priority, 1), width };

  g_return_if_fail (SG_IS_RECORD_CLASS (klass));
  g_return_if_fail (G_IS_PARAM_SPEC (field) && is_field (field));

  /* Class data lives as long as the program: never freed. */
  if (klass->columns == NULL)
    klass->columns = g_array_new (FALSE, FALSE, sizeof (SgRecordColumn));
  g_array_append_val (klass->columns, column);
}

void
sg_record_class_add_column (SgRecordClass *klass,
                            GParamSpec    *field,
                            guint          priority)
{
  sg_record_class_add_column_sized (klass, field, priority, 0);
}

gboolean
sg_record_field_can_be_facet (GParamSpec *field)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC (field), FALSE);

  switch (sg_field_get_kind (field))
    {
    case SG_FIELD_CHOICE:
    case SG_FIELD_BOOLEAN:
    case SG_FIELD_REFERENCE:
      return TRUE;
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
sg_record_class_add_facet (SgRecordClass *klass,
                           GParamSpec    *field)
{
  g_return_if_fail (SG_IS_RECORD_CLASS (klass));
  g_return_if_fail (G_IS_PARAM_SPEC (field) && is_field (field));
  g_return_if_fail (sg_record_field_can_be_facet (field));

  if (klass->facets == NULL)
    klass->facets = g_ptr_array_new_null_terminated (4, NULL, TRUE);
  g_ptr_array_add (klass->facets, field);
}

void
sg_record_class_add_section (SgRecordClass *klass,
                             const char    *title,
                             GParamSpec    *first_field,
                             ...)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  SgRecordSection section;
  va_list args;

  g_return_if_fail (SG_IS_RECORD_CLASS (klass));
  g_return_if_fail (title != NULL);

  va_start (args, first_field);
  for (GParamSpec *field = first_field; field != NULL; field = va_arg (args, GParamSpec *))
    {
      if (!is_field (field))
        {
          g_critical ("%s: %s is not a field of %s", G_STRFUNC, field->name,
                      G_OBJECT_CLASS_NAME (klass));
          continue;
        }
      g_ptr_array_add (fields, field);
    }
  va_end (args);

  g_ptr_array_add (fields, NULL);
  section.title = title;
  /* Class data lives as long as the program: never freed. */
  section.fields = (GParamSpec **) g_ptr_array_steal (fields, NULL);
  if (klass->sections == NULL)
    klass->sections = g_array_new (FALSE, FALSE, sizeof (SgRecordSection));
  g_array_append_val (klass->sections, section);
}

GParamSpec *
sg_record_class_find_parent_field (GType child_kind,
                                   GType parent_kind)
{
  SgRecordClass *child;
  GParamSpec **fields;
  guint n_fields;

  g_return_val_if_fail (g_type_is_a (child_kind, SG_TYPE_RECORD), NULL);

  /* Kinds' classes are kept for the program's life (sg_record_kinds ()). */
  child = g_type_class_peek (child_kind);
  if (child == NULL)
    child = g_type_class_ref (child_kind);
  fields = sg_record_class_list_fields (child, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    if (sg_field_is_parent (fields[i]) && sg_field_get_target (fields[i]) == parent_kind)
      return fields[i];
  return NULL;
}

void
sg_record_class_add_child (SgRecordClass *klass,
                           GType          child_kind)
{
  g_return_if_fail (SG_IS_RECORD_CLASS (klass));
  g_return_if_fail (g_type_is_a (child_kind, SG_TYPE_RECORD));

  /* The child's class refers to this one by its GType only, so it can be
   * made here: a child that does not point back is a mistake in the code. */
  g_assert (sg_record_class_find_parent_field (child_kind, G_TYPE_FROM_CLASS (klass)) != NULL);

  if (klass->children == NULL)
    klass->children = g_array_new (FALSE, FALSE, sizeof (GType));
  g_array_append_val (klass->children, child_kind);
}

void
sg_record_class_set_due (SgRecordClass *klass,
                         GParamSpec    *date,
                         GParamSpec    *status,
                         int            first_closed,
                         ...)
{
  g_autoptr(GArray) closed = g_array_new (FALSE, FALSE, sizeof (int));
  SgRecordDue *due;
  va_list args;
  int end = -1;

  g_return_if_fail (SG_IS_RECORD_CLASS (klass));
  g_return_if_fail (is_field (date) && sg_field_get_kind (date) == SG_FIELD_DATE);
  g_return_if_fail (status == NULL || (is_field (status) && sg_field_get_kind (status) == SG_FIELD_CHOICE));

  va_start (args, first_closed);
  for (int value = first_closed; value >= 0; value = va_arg (args, int))
    g_array_append_val (closed, value);
  va_end (args);
  g_array_append_val (closed, end);

  due = g_new0 (SgRecordDue, 1);
  due->date = date;
  due->status = status;
  due->closed = (int *) (gpointer) g_array_free (g_steal_pointer (&closed), FALSE);
  klass->due = due;
}

GParamSpec *
sg_record_class_get_title_field (SgRecordClass *klass)
{
  g_return_val_if_fail (SG_IS_RECORD_CLASS (klass), NULL);

  return klass->title_field;
}

const SgRecordColumn *
sg_record_class_list_columns (SgRecordClass *klass,
                              guint         *n_columns)
{
  g_return_val_if_fail (SG_IS_RECORD_CLASS (klass), NULL);

  if (n_columns != NULL)
    *n_columns = klass->columns ? klass->columns->len : 0;
  return klass->columns ? (const SgRecordColumn *) (gpointer) klass->columns->data : NULL;
}

GParamSpec * const *
sg_record_class_list_facets (SgRecordClass *klass,
                             guint         *n_facets)
{
  static GParamSpec *none[] = { NULL };

  g_return_val_if_fail (SG_IS_RECORD_CLASS (klass), NULL);

  if (n_facets != NULL)
    *n_facets = klass->facets ? klass->facets->len : 0;
  return klass->facets ? (GParamSpec * const *) klass->facets->pdata : none;
}

const SgRecordSection *
sg_record_class_list_sections (SgRecordClass *klass,
                               guint         *n_sections)
{
  g_return_val_if_fail (SG_IS_RECORD_CLASS (klass), NULL);

  if (n_sections != NULL)
    *n_sections = klass->sections ? klass->sections->len : 0;
  return klass->sections ? (const SgRecordSection *) (gpointer) klass->sections->data : NULL;
}

const GType *
sg_record_class_list_children (SgRecordClass *klass,
                               guint         *n_children)
{
  g_return_val_if_fail (SG_IS_RECORD_CLASS (klass), NULL);

  if (n_children != NULL)
    *n_children = klass->children ? klass->children->len : 0;
  return klass->children ? (const GType *) (gpointer) klass->children->data : NULL;
}

void
sg_record_class_set_origin (SgRecordClass *klass,
                            GParamSpec    *field)
{
  g_return_if_fail (SG_IS_RECORD_CLASS (klass));
  g_return_if_fail (is_field (field) && sg_field_get_kind (field) == SG_FIELD_CHOICE);

  klass->origin = field;
}

GParamSpec *
sg_record_class_get_origin (SgRecordClass *klass)
{
  g_return_val_if_fail (SG_IS_RECORD_CLASS (klass), NULL);

  return klass->origin;
}

const SgRecordDue *
sg_record_class_get_due (SgRecordClass *klass)
{
  g_return_val_if_fail (SG_IS_RECORD_CLASS (klass), NULL);

  return klass->due;
}

void
sg_record_class_set_page (SgRecordClass *klass,
                          SgRecordArea   area,
                          const char    *title)
{
  g_return_if_fail (SG_IS_RECORD_CLASS (klass));
  g_return_if_fail (area <= SG_RECORD_AREA_OTHER);

  klass->area = area;
  klass->page_title = title;
}

SgRecordArea
sg_record_class_get_area (SgRecordClass *klass)
{
  g_return_val_if_fail (SG_IS_RECORD_CLASS (klass), SG_RECORD_AREA_OTHER);

  return klass->area;
}

const char *
sg_record_class_get_page_title (SgRecordClass *klass)
{
  g_return_val_if_fail (SG_IS_RECORD_CLASS (klass), NULL);

  return _(klass->page_title != NULL ? klass->page_title : klass->plural);
}

void
sg_record_class_set_empty_state (SgRecordClass *klass,
                                 const char    *icon_name,
                                 const char    *text)
{
  g_return_if_fail (SG_IS_RECORD_CLASS (klass));

  klass->empty_icon = icon_name;
  klass->empty_text = text;
}

const char *
sg_record_class_get_empty_icon (SgRecordClass *klass)
{
  g_return_val_if_fail (SG_IS_RECORD_CLASS (klass), NULL);

  return klass->empty_icon != NULL ? klass->empty_icon : "x-office-document-symbolic";
}

const char *
sg_record_class_get_empty_text (SgRecordClass *klass)
{
  g_return_val_if_fail (SG_IS_RECORD_CLASS (klass), NULL);

  return klass->empty_text != NULL ? _(klass->empty_text) : NULL;
}

const char *
sg_record_class_get_table (SgRecordClass *klass)
{
  return klass->table;
}

guint
sg_record_class_get_since (SgRecordClass *klass)
{
  return klass->since > 0 ? klass->since : 1;
}

gboolean
sg_record_class_get_refs_optional (SgRecordClass *klass)
{
  return klass->refs_optional;
}

const char * const *
sg_record_class_get_constraints (SgRecordClass *klass)
{
  return klass->constraints ? (const char * const *) klass->constraints->pdata : NULL;
}

const char *
sg_record_class_get_ref_prefix (SgRecordClass *klass)
{
  return klass->ref_prefix;
}

const char *
sg_record_class_get_noun (SgRecordClass *klass)
{
  return _(klass->noun);
}

const char *
sg_record_class_get_plural (SgRecordClass *klass)
{
  return _(klass->plural);
}

const char *
sg_record_class_get_count_label (SgRecordClass *klass)
{
  return klass->count_label;
}

GParamSpec **
sg_record_class_list_fields (SgRecordClass *klass,
                             guint         *n_fields)
{
  g_return_val_if_fail (SG_IS_RECORD_CLASS (klass), NULL);
  g_return_val_if_fail (klass->fields != NULL, NULL);

  if (n_fields)
    *n_fields = klass->fields->len;
  return (GParamSpec **) klass->fields->pdata;
}

GParamSpec *
sg_record_class_find_field (SgRecordClass *klass,
                            const char    *name)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), name);

  if (pspec == NULL || !is_field (pspec))
    return NULL;
  return pspec;
}

gint64
sg_record_get_id (SgRecord *self)
{
  g_return_val_if_fail (SG_IS_RECORD (self), 0);
  return g_value_get_int64 (&ensure_values (self)[PROP_ID - 1]);
}

void
sg_record_set_id (SgRecord *self,
                  gint64    id)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (SG_IS_RECORD (self));
  g_value_init (&v, G_TYPE_INT64);
  g_value_set_int64 (&v, id);
  sg_record_set_value (self, properties[PROP_ID], &v);
}

const char *
sg_record_get_ref (SgRecord *self)
{
  g_return_val_if_fail (SG_IS_RECORD (self), NULL);
  return g_value_get_string (&ensure_values (self)[PROP_REF - 1]);
}

void
sg_record_set_ref (SgRecord   *self,
                   const char *ref)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (SG_IS_RECORD (self));
  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, ref);
  sg_record_set_value (self, properties[PROP_REF], &v);
}

const char *
sg_record_get_created (SgRecord *self)
{
  g_return_val_if_fail (SG_IS_RECORD (self), NULL);
  return g_value_get_string (&ensure_values (self)[PROP_CREATED - 1]);
}

const char *
sg_record_get_updated (SgRecord *self)
{
  g_return_val_if_fail (SG_IS_RECORD (self), NULL);
  return g_value_get_string (&ensure_values (self)[PROP_UPDATED - 1]);
}

static const GValue *
peek_named (SgRecord   *self,
            const char *field,
            GType       type)
{
  GParamSpec *pspec = sg_record_class_find_field (SG_RECORD_GET_CLASS (self), field);

  g_return_val_if_fail (pspec != NULL, NULL);
  g_return_val_if_fail (G_PARAM_SPEC_VALUE_TYPE (pspec) == type ||
                        g_type_is_a (G_PARAM_SPEC_VALUE_TYPE (pspec), type), NULL);
  return &ensure_values (self)[field_index (pspec)];
}

const char *
sg_record_peek_string (SgRecord   *self,
                       const char *field)
{
  const GValue *v = peek_named (self, field, G_TYPE_STRING);
  return v ? g_value_get_string (v) : NULL;
}

int
sg_record_peek_int (SgRecord   *self,
                    const char *field)
{
  const GValue *v = peek_named (self, field, G_TYPE_INT);
  return v ? g_value_get_int (v) : 0;
}

/* How many records ahead to ask the memory for. Each record's values are an
 * allocation of their own, so reading them one after the other waits for
 * memory at every record (15 ms for 100,000 risks); asked for early, the
 * waits overlap (2 ms). */
#define READ_AHEAD 16

void
sg_record_peek_ints_many (SgRecord *const   *records,
                          guint              n_records,
                          GParamSpec *const *fields,
                          guint              n_fields,
                          int               *values)
{
  guint slot[8];

  g_return_if_fail (n_fields <= G_N_ELEMENTS (slot));
  for (guint f = 0; f < n_fields; f++)
    {
      g_return_if_fail (is_field (fields[f]));
      g_return_if_fail (G_PARAM_SPEC_VALUE_TYPE (fields[f]) == G_TYPE_INT);
      slot[f] = field_index (fields[f]);
    }

  for (guint r = 0; r < n_records; r++)
    {
      const GValue *slots;

      /* The record itself twice as far ahead: where its values are is read from it. */
      if (r + 2 * READ_AHEAD < n_records)
        __builtin_prefetch (sg_record_get_instance_private (records[r + 2 * READ_AHEAD]));
      if (r + READ_AHEAD < n_records)
        {
          SgRecordPrivate *ahead = sg_record_get_instance_private (records[r + READ_AHEAD]);

          if (ahead->values != NULL)
            for (guint f = 0; f < n_fields; f++)
              __builtin_prefetch (&ahead->values[slot[f]]);
        }

      g_return_if_fail (SG_IS_RECORD (records[r]));
      slots = ensure_values (records[r]);
      for (guint f = 0; f < n_fields; f++)
        {
          /* A field of another kind would read past the values. */
          g_return_if_fail (slot[f] < ((SgRecordPrivate *) sg_record_get_instance_private (records[r]))->n_values);
          values[r * n_fields + f] = slots[slot[f]].data[0].v_int;
        }
    }
}

gint64
sg_record_peek_int64 (SgRecord   *self,
                      const char *field)
{
  const GValue *v = peek_named (self, field, G_TYPE_INT64);
  return v ? g_value_get_int64 (v) : 0;
}

gboolean
sg_record_peek_boolean (SgRecord   *self,
                        const char *field)
{
  const GValue *v = peek_named (self, field, G_TYPE_BOOLEAN);
  return v ? g_value_get_boolean (v) : FALSE;
}

int
sg_record_peek_enum (SgRecord   *self,
                     const char *field)
{
  const GValue *v = peek_named (self, field, G_TYPE_ENUM);
  return v ? g_value_get_enum (v) : 0;
}

GVariant *
sg_record_peek_links (SgRecord   *self,
                      const char *field)
{
  const GValue *v = peek_named (self, field, G_TYPE_VARIANT);
  return v ? g_value_get_variant (v) : NULL;
}

gboolean
sg_record_is_overdue (SgRecord   *self,
                      const char *today)
{
  const SgRecordDue *due;
  g_autofree char *now = NULL;
  const char *date;

  g_return_val_if_fail (SG_IS_RECORD (self), FALSE);

  due = SG_RECORD_GET_CLASS (self)->due;
  if (due == NULL)
    return FALSE;
  date = g_value_get_string (sg_record_peek_value (self, due->date));
  if (date == NULL || *date == '\0')
    return FALSE;
  if (due->status != NULL)
    {
      int status = g_value_get_enum (sg_record_peek_value (self, due->status));

      for (guint i = 0; due->closed[i] >= 0; i++)
        if (due->closed[i] == status)
          return FALSE;
    }
  if (today == NULL)
    today = now = sg_date_today ();
  /* ISO dates compare as text. */
  return strcmp (date, today) < 0;
}

char *
sg_record_dup_display_name (SgRecord *self)
{
  SgRecordClass *klass;
  const char *ref;
  const char *title = NULL;

  g_return_val_if_fail (SG_IS_RECORD (self), NULL);

  klass = SG_RECORD_GET_CLASS (self);
  ref = sg_record_get_ref (self);
  if (klass->title_field != NULL)
    title = g_value_get_string (sg_record_peek_value (self, klass->title_field));

  if (ref && title)
    return g_strdup_printf ("%s %s", ref, title);
  if (ref || title)
    return g_strdup (ref ? ref : title);
  return g_strdup (sg_record_class_get_noun (klass));
}
