/* sg-field.c: typed field specs shared by every record kind
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-field"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sg-field.h"
#include "sg-person.h"

/* A field's kind and marks live in the pspec's user flags rather than in
 * its qdata: they are read for every value of every record, by an
 * import's two threads at once, and reading qdata takes a lock. */
#define KIND_SHIFT    G_PARAM_USER_SHIFT
#define KIND_MASK     (0x1fu << KIND_SHIFT) /* kind + 1; 0 = a plain property */
#define PARENT_FLAG   (1u << (G_PARAM_USER_SHIFT + 5))
#define LOCATION_FLAG (1u << (G_PARAM_USER_SHIFT + 6))

G_STATIC_ASSERT (SG_FIELD_LINKS + 1 <= 0x1f);

static GQuark
target_quark (void)
{
  static GQuark q;

  if G_UNLIKELY (q == 0)
    q = g_quark_from_static_string ("sg-field-target");
  return q;
}

static G_DEFINE_QUARK (sg-field-since, since)
static G_DEFINE_QUARK (sg-field-value-labels, value_labels)

static GParamSpec *
annotate (GParamSpec  *pspec,
          SgFieldKind  kind,
          GType        target)
{
  pspec->flags = (pspec->flags & ~KIND_MASK) | ((kind + 1u) << KIND_SHIFT);
  if (target != G_TYPE_INVALID)
    g_param_spec_set_qdata (pspec, target_quark (), GSIZE_TO_POINTER (target));
  return pspec;
}

GParamSpec *
sg_field_text (const char *name,
               const char *label)
{
  return annotate (g_param_spec_string (name, label, NULL, NULL, SG_FIELD_FLAGS),
                   SG_FIELD_TEXT, G_TYPE_INVALID);
}

GParamSpec *
sg_field_long_text (const char *name,
                    const char *label)
{
  return annotate (g_param_spec_string (name, label, NULL, NULL, SG_FIELD_FLAGS),
                   SG_FIELD_LONG_TEXT, G_TYPE_INVALID);
}

GParamSpec *
sg_field_date (const char *name,
               const char *label)
{
  return annotate (g_param_spec_string (name, label, NULL, NULL, SG_FIELD_FLAGS),
                   SG_FIELD_DATE, G_TYPE_INVALID);
}

GParamSpec *
sg_field_timestamp (const char *name,
                    const char *label)
{
  return annotate (g_param_spec_string (name, label, NULL, NULL, SG_FIELD_FLAGS),
                   SG_FIELD_TIMESTAMP, G_TYPE_INVALID);
}

GParamSpec *
sg_field_colour (const char *name,
                 const char *label)
{
  return annotate (g_param_spec_string (name, label, NULL, "#888888", SG_FIELD_FLAGS),
                   SG_FIELD_COLOUR, G_TYPE_INVALID);
}

GParamSpec *
sg_field_number (const char *name,
                 const char *label,
                 int         minimum,
                 int         maximum,
                 int         default_value)
{
  return annotate (g_param_spec_int (name, label, NULL, minimum, maximum,
                                     default_value, SG_FIELD_FLAGS),
                   SG_FIELD_NUMBER, G_TYPE_INVALID);
}

GParamSpec *
sg_field_decimal (const char *name,
                  const char *label)
{
  return annotate (g_param_spec_double (name, label, NULL, -G_MAXDOUBLE, G_MAXDOUBLE,
                                        0.0, SG_FIELD_FLAGS),
                   SG_FIELD_DECIMAL, G_TYPE_INVALID);
}

GParamSpec *
sg_field_boolean (const char *name,
                  const char *label,
                  gboolean    default_value)
{
  return annotate (g_param_spec_boolean (name, label, NULL, default_value, SG_FIELD_FLAGS),
                   SG_FIELD_BOOLEAN, G_TYPE_INVALID);
}

GParamSpec *
sg_field_choice (const char *name,
                 const char *label,
                 GType       enum_type,
                 int         default_value)
{
  return annotate (g_param_spec_enum (name, label, NULL, enum_type, default_value,
                                      SG_FIELD_FLAGS),
                   SG_FIELD_CHOICE, G_TYPE_INVALID);
}

/* Ratings allow up to 10 levels (the risk method's largest scale);
 * whether a value is on the current scale is the risk method's business. */
GParamSpec *
sg_field_likelihood (const char *name,
                     const char *label)
{
  return annotate (g_param_spec_int (name, label, NULL, 0, 10, 0, SG_FIELD_FLAGS),
                   SG_FIELD_LIKELIHOOD, G_TYPE_INVALID);
}

GParamSpec *
sg_field_impact (const char *name,
                 const char *label)
{
  return annotate (g_param_spec_int (name, label, NULL, 0, 10, 0, SG_FIELD_FLAGS),
                   SG_FIELD_IMPACT, G_TYPE_INVALID);
}

GParamSpec *
sg_field_reference (const char *name,
                    const char *label,
                    GType       target_kind)
{
  return annotate (g_param_spec_int64 (name, label, NULL, 0, G_MAXINT64, 0, SG_FIELD_FLAGS),
                   SG_FIELD_REFERENCE, target_kind);
}

GParamSpec *
sg_field_links (const char *name,
                const char *label,
                GType       target_kind)
{
  return annotate (g_param_spec_variant (name, label, NULL, G_VARIANT_TYPE ("ax"),
                                         NULL, SG_FIELD_FLAGS),
                   SG_FIELD_LINKS, target_kind);
}

GParamSpec *
sg_field_parent (const char *name,
                 const char *label,
                 GType       parent_kind)
{
  GParamSpec *pspec = sg_field_reference (name, label, parent_kind);

  pspec->flags |= PARENT_FLAG;
  return pspec;
}

GParamSpec *
sg_field_person (const char *name,
                 const char *label)
{
  return sg_field_reference (name, label, SG_TYPE_PERSON);
}

gboolean
sg_field_is_person (GParamSpec *pspec)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), FALSE);

  return sg_field_get_kind (pspec) == SG_FIELD_REFERENCE && sg_field_get_target (pspec) == SG_TYPE_PERSON;
}

GParamSpec *
sg_field_since (guint       version,
                GParamSpec *pspec)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), NULL);
  g_return_val_if_fail (version >= 1, pspec);

  g_param_spec_set_qdata (pspec, since_quark (), GUINT_TO_POINTER (version));
  return pspec;
}

GParamSpec *
sg_field_location (GParamSpec *pspec)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC_STRING (pspec), pspec);

  pspec->flags |= LOCATION_FLAG;
  return pspec;
}

gboolean
sg_field_is_location (GParamSpec *pspec)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), FALSE);

  return (pspec->flags & LOCATION_FLAG) != 0;
}

GParamSpec *
sg_field_value_labels (GParamSpec        *pspec,
                       const char *const *labels)
{
  GParamSpecInt *ip;

  g_return_val_if_fail (G_IS_PARAM_SPEC_INT (pspec), pspec);
  g_return_val_if_fail (labels != NULL, pspec);

  ip = G_PARAM_SPEC_INT (pspec);
  /* One word per value, no more and no fewer: a gap would read as a number. */
  g_return_val_if_fail (g_strv_length ((char **) labels) == (guint) (ip->maximum - ip->minimum + 1), pspec);
  g_param_spec_set_qdata (pspec, value_labels_quark (), (gpointer) labels);
  return pspec;
}

const char *
sg_field_get_value_label (GParamSpec *pspec,
                          int         value)
{
  const char *const *labels;
  GParamSpecInt *ip;

  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), NULL);

  labels = g_param_spec_get_qdata (pspec, value_labels_quark ());
  if (labels == NULL || !G_IS_PARAM_SPEC_INT (pspec))
    return NULL;
  ip = G_PARAM_SPEC_INT (pspec);
  if (value < ip->minimum || value > ip->maximum)
    return NULL;
  return _(labels[value - ip->minimum]);
}

static gboolean
same_word (const char *a,
           const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return strcmp (fa, fb) == 0;
}

/* "2 – High", "2 - high", "High" or "Hoch" read as 2: what the workbook
 * and the window show comes back in. */
static gboolean
parse_labelled (GParamSpec *pspec,
                const char *text,
                gint64     *out)
{
  const char *const *labels = g_param_spec_get_qdata (pspec, value_labels_quark ());
  GParamSpecInt *ip = G_PARAM_SPEC_INT (pspec);
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  const char *word = stripped;
  char *end = NULL;
  gint64 number = -1;

  if (labels == NULL)
    return FALSE;
  if (g_ascii_isdigit (*stripped))
    {
      number = g_ascii_strtoll (stripped, &end, 10);
      word = end;
      while (*word == ' ' || *word == '-')
        word++;
      if (g_str_has_prefix (word, "–"))
        word += strlen ("–");
      while (*word == ' ')
        word++;
    }
  for (int v = ip->minimum; v <= ip->maximum; v++)
    {
      const char *label = labels[v - ip->minimum];

      if ((number < 0 || number == v) && (same_word (word, label) || same_word (word, _(label))))
        {
          *out = v;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
sg_field_is_parent (GParamSpec *pspec)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), FALSE);

  return (pspec->flags & PARENT_FLAG) != 0;
}

guint
sg_field_get_since (GParamSpec *pspec)
{
  gpointer data;

  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), 1);

  data = g_param_spec_get_qdata (pspec, since_quark ());
  return data != NULL ? GPOINTER_TO_UINT (data) : 1;
}

SgFieldKind
sg_field_get_kind (GParamSpec *pspec)
{
  guint kind;

  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), SG_FIELD_TEXT);

  kind = (pspec->flags & KIND_MASK) >> KIND_SHIFT;
  if (kind != 0)
    return kind - 1;

  /* Plain properties (SgRecord's own) map by type. */
  if (G_IS_PARAM_SPEC_INT64 (pspec))
    return SG_FIELD_REFERENCE;
  if (G_IS_PARAM_SPEC_INT (pspec))
    return SG_FIELD_NUMBER;
  if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    return SG_FIELD_BOOLEAN;
  if (G_IS_PARAM_SPEC_ENUM (pspec))
    return SG_FIELD_CHOICE;
  return SG_FIELD_TEXT;
}

GType
sg_field_get_target (GParamSpec *pspec)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), G_TYPE_INVALID);

  return GPOINTER_TO_SIZE (g_param_spec_get_qdata (pspec, target_quark ()));
}

const char *
sg_field_get_label (GParamSpec *pspec)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), NULL);

  return _(g_param_spec_get_nick (pspec));
}

char *
sg_field_get_column (GParamSpec *pspec)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), NULL);

  return g_strdelimit (g_strdup (pspec->name), "-", '_');
}

char *
sg_field_value_to_string (GParamSpec   *pspec,
                          const GValue *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (type == G_TYPE_STRING)
    return g_value_dup_string (value);
  if (type == G_TYPE_INT)
    return g_strdup_printf ("%d", g_value_get_int (value));
  if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (value));
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (g_value_get_boolean (value) ? "true" : "false");
  if (type == G_TYPE_DOUBLE)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      return g_strdup (g_ascii_dtostr (buf, sizeof buf, g_value_get_double (value)));
    }
  if (G_TYPE_IS_ENUM (type))
    return g_strdup (sg_enum_get_nick (type, g_value_get_enum (value)));
  if (type == G_TYPE_VARIANT)
    {
      GVariant *v = g_value_get_variant (value);
      GString *s;
      GVariantIter iter;
      gint64 id;

      if (v == NULL || g_variant_n_children (v) == 0)
        return NULL;
      s = g_string_new (NULL);
      g_variant_iter_init (&iter, v);
      while (g_variant_iter_next (&iter, "x", &id))
        g_string_append_printf (s, "%s%" G_GINT64_FORMAT, s->len ? " " : "", id);
      return g_string_free (s, FALSE);
    }

  g_return_val_if_reached (NULL);
}

static gboolean
parse_int64 (const char *text,
             gint64      minimum,
             gint64      maximum,
             gint64     *out)
{
  char *end = NULL;
  gint64 v;

  errno = 0;
  v = g_ascii_strtoll (text, &end, 10);
  if (errno != 0 || end == text || *end != '\0' || v < minimum || v > maximum)
    return FALSE;
  *out = v;
  return TRUE;
}

gboolean
sg_field_value_from_string (GParamSpec  *pspec,
                            const char  *text,
                            GValue      *value,
                            GError     **error)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  gint64 n;

  g_value_init (value, type);

  if (text == NULL)
    {
      g_param_value_set_default (pspec, value);
      return TRUE;
    }

  if (type == G_TYPE_STRING)
    {
      if (sg_field_get_kind (pspec) == SG_FIELD_DATE && *text != '\0' && !sg_date_is_valid (text))
        goto bad;
      g_value_set_string (value, *text ? text : NULL);
      return TRUE;
    }
  if (type == G_TYPE_INT)
    {
      GParamSpecInt *ip = G_PARAM_SPEC_INT (pspec);
      if (!parse_int64 (text, ip->minimum, ip->maximum, &n) && !parse_labelled (pspec, text, &n))
        goto bad;
      g_value_set_int (value, (int) n);
      return TRUE;
    }
  if (type == G_TYPE_INT64)
    {
      GParamSpecInt64 *ip = G_PARAM_SPEC_INT64 (pspec);
      if (!parse_int64 (text, ip->minimum, ip->maximum, &n))
        goto bad;
      g_value_set_int64 (value, n);
      return TRUE;
    }
  if (type == G_TYPE_BOOLEAN)
    {
      if (g_str_equal (text, "true") || g_str_equal (text, "1"))
        g_value_set_boolean (value, TRUE);
      else if (g_str_equal (text, "false") || g_str_equal (text, "0"))
        g_value_set_boolean (value, FALSE);
      else
        goto bad;
      return TRUE;
    }
  if (type == G_TYPE_DOUBLE)
    {
      char *end = NULL;
      double d = g_ascii_strtod (text, &end);
      if (end == text || *end != '\0')
        goto bad;
      g_value_set_double (value, d);
      return TRUE;
    }
  if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      GEnumValue *ev = g_enum_get_value_by_nick (klass, text);
      if (ev == NULL)
        goto bad;
      g_value_set_enum (value, ev->value);
      return TRUE;
    }
  if (type == G_TYPE_VARIANT)
    {
      g_auto(GStrv) parts = g_strsplit (text, " ", -1);
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

      for (guint i = 0; parts[i] != NULL; i++)
        {
          if (*parts[i] == '\0')
            continue;
          if (!parse_int64 (parts[i], 1, G_MAXINT64, &n))
            goto bad;
          g_array_append_val (ids, n);
        }
      g_value_take_variant (value, sg_links_new ((gint64 *) ids->data, ids->len));
      return TRUE;
    }

bad:
  g_value_unset (value);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               /* Translators: first %s is a value, second a field name such as "Due date" */
               _("“%s” is not a valid value for “%s”"), text, sg_field_get_label (pspec));
  return FALSE;
}

gboolean
sg_field_values_equal (GParamSpec   *pspec,
                       const GValue *a,
                       const GValue *b)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (type == G_TYPE_STRING)
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (type == G_TYPE_VARIANT)
    {
      GVariant *va = g_value_get_variant (a);
      GVariant *vb = g_value_get_variant (b);
      gsize na = va ? g_variant_n_children (va) : 0;
      gsize nb = vb ? g_variant_n_children (vb) : 0;

      if (na != nb)
        return FALSE;
      return na == 0 || g_variant_equal (va, vb);
    }
  if (type == G_TYPE_DOUBLE)
    return g_value_get_double (a) == g_value_get_double (b);
  return g_param_values_cmp (pspec, a, b) == 0;
}

gboolean
sg_date_is_valid (const char *iso_date)
{
  unsigned y, m, d;
  char tail;

  if (iso_date == NULL || strlen (iso_date) != 10)
    return FALSE;
  if (sscanf (iso_date, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  if (!g_ascii_isdigit (iso_date[0]) || iso_date[4] != '-' || iso_date[7] != '-')
    return FALSE;
  return y >= 1 && y <= 9999 && g_date_valid_dmy (d, m, y);
}

char *
sg_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

const char *
sg_enum_get_label (GType enum_type,
                   int   value)
{
  GEnumClass *klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  g_type_class_unref (klass);  /* registered static types are never freed */
  return ev ? _(ev->value_name) : "";
}

const char *
sg_enum_get_nick (GType enum_type,
                  int   value)
{
  /* Peeked, not referenced: a value of the type exists, and so (in
   * GLib) does its class; referencing locked a mutex for each value
   * the store wrote. */
  GEnumClass *klass = g_type_class_peek (enum_type);
  GEnumValue *ev;

  if (klass == NULL)
    {
      klass = g_type_class_ref (enum_type);
      ev = g_enum_get_value (klass, value);
      g_type_class_unref (klass);
    }
  else
    ev = g_enum_get_value (klass, value);
  return ev ? ev->value_nick : NULL;
}

GVariant *
sg_links_new (const gint64 *ids,
              gsize         n_ids)
{
  return g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, ids, n_ids, sizeof (gint64));
}

gboolean
sg_links_contains (GVariant *links,
                   gint64    id)
{
  const gint64 *ids;
  gsize n = 0;

  if (links == NULL)
    return FALSE;
  ids = g_variant_get_fixed_array (links, &n, sizeof (gint64));
  for (gsize i = 0; i < n; i++)
    if (ids[i] == id)
      return TRUE;
  return FALSE;
}

GVariant *
sg_links_add (GVariant *links,
              gint64    id)
{
  g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (gint64));
  const gint64 *ids = NULL;
  gsize n = 0;

  if (links != NULL)
    ids = g_variant_get_fixed_array (links, &n, sizeof (gint64));
  g_array_append_vals (out, ids, n);
  if (!sg_links_contains (links, id))
    g_array_append_val (out, id);
  return sg_links_new ((gint64 *) out->data, out->len);
}

GVariant *
sg_links_remove (GVariant *links,
                 gint64    id)
{
  g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (gint64));
  const gint64 *ids = NULL;
  gsize n = 0;

  if (links != NULL)
    ids = g_variant_get_fixed_array (links, &n, sizeof (gint64));
  for (gsize i = 0; i < n; i++)
    if (ids[i] != id)
      g_array_append_val (out, ids[i]);
  return sg_links_new ((gint64 *) out->data, out->len);
}
