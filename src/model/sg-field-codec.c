/* sg-field-codec.c: how a field's value reads, the one switch over field kinds
 *
 * Parsing text and the stored form are sg_field_value_from_string() and
 * sg_field_value_to_string(); this file says how a value reads for a
 * person in the window, in an exported cell and in the history, so that
 * "Yes", a date or a rating look the same wherever they are read.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-field"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "sg-field-codec.h"

/* The locale's date; ISO 8601 where the locale is C, whose %x (02/21/27)
 * reads differently on each side of the Atlantic. */
static const char *
date_format (void)
{
  const char *locale = setlocale (LC_TIME, NULL);

  if (locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX") ||
      g_str_has_prefix (locale, "C."))
    return "%Y-%m-%d";
  return "%x";
}

char *
sg_field_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) date = NULL;
  unsigned y, m, d;

  if (!sg_date_is_valid (iso_date) || sscanf (iso_date, "%4u-%2u-%2u", &y, &m, &d) != 3)
    return NULL;
  date = g_date_time_new_local (y, m, d, 12, 0, 0);
  return date ? g_date_time_format (date, date_format ()) : NULL;
}

char *
sg_field_format_timestamp (const char *iso_timestamp)
{
  g_autoptr(GTimeZone) tz_utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (iso_timestamp == NULL || *iso_timestamp == '\0')
    return NULL;
  utc = g_date_time_new_from_iso8601 (iso_timestamp, tz_utc);
  if (utc == NULL)
    return g_strdup (iso_timestamp);
  local = g_date_time_to_local (utc);
  date = g_date_time_format (local, date_format ());
  time = g_date_time_format (local, "%R");

  /* Translators: a date and its time, as "2027-02-21 14:05" */
  return g_strdup_printf (C_("date and time", "%s %s"), date, time);
}

char *
sg_field_format_labelled_number (int         value,
                                 const char *label)
{
  g_return_val_if_fail (label != NULL, NULL);

  return g_strdup_printf ("%d – %s", value, label);
}

char *
sg_field_format_rating (SgRiskMethod *method,
                        SgScaleAxis   axis,
                        int           value)
{
  SgScaleLevel *level;

  if (value <= 0)
    return NULL;
  level = method ? sg_risk_method_get_scale_level (method, axis, value) : NULL;
  if (level == NULL)
    /* Translators: a rating the risk method's scale no longer has */
    return g_strdup_printf (_("%d (not on the scale)"), value);
  return g_strdup_printf ("%d – %s", value, sg_record_peek_string (SG_RECORD (level), "label"));
}

static char *
describe (const SgFieldResolver *resolver,
          GParamSpec            *pspec,
          gint64                 id,
          SgFieldNaming          naming)
{
  if (id == 0 || resolver == NULL || resolver->describe_record == NULL)
    return NULL;
  if (sg_field_is_person (pspec))
    naming = SG_FIELD_NAMING_TITLE;
  return resolver->describe_record (resolver->data, sg_field_get_target (pspec), id, naming);
}

/* "A-008, A-009": the refs (or names) of the linked records, in order. */
static char *
describe_links (const SgFieldResolver *resolver,
                GParamSpec            *pspec,
                GVariant              *links)
{
  g_autoptr(GString) out = NULL;
  const gint64 *ids;
  gsize n = 0;

  if (links == NULL || resolver == NULL || resolver->describe_record == NULL)
    return NULL;
  ids = g_variant_get_fixed_array (links, &n, sizeof (gint64));
  out = g_string_new (NULL);
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *text = describe (resolver, pspec, ids[i], SG_FIELD_NAMING_REF);

      if (text != NULL)
        g_string_append_printf (out, "%s%s", out->len ? ", " : "", text);
    }
  return out->len ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

static char *
non_empty (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

const char *
sg_field_resolve_value_label (GParamSpec            *pspec,
                              int                    value,
                              const SgFieldResolver *resolver)
{
  const char *builtin;
  const char *own;

  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), NULL);

  /* Only a field with built-in words has words of the register's own. */
  builtin = sg_field_get_value_label (pspec, value);
  if (builtin == NULL || resolver == NULL || resolver->get_value_label == NULL)
    return builtin;
  own = resolver->get_value_label (resolver->data, pspec, value);
  return own != NULL ? own : builtin;
}

char *
sg_field_format (GParamSpec            *pspec,
                 const GValue          *value,
                 SgFieldUse             use,
                 const SgFieldResolver *resolver)
{
  SgFieldKind kind = sg_field_get_kind (pspec);
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), NULL);
  g_return_val_if_fail (G_VALUE_HOLDS (value, type), NULL);

  /* The history keeps what was stored; only records are named. */
  if (use == SG_FIELD_USE_HISTORY && kind != SG_FIELD_REFERENCE && kind != SG_FIELD_LINKS)
    return sg_field_value_to_string (pspec, value);

  switch (kind)
    {
    case SG_FIELD_TEXT:
    case SG_FIELD_LONG_TEXT:
    case SG_FIELD_COLOUR:
      return non_empty (g_value_get_string (value));
    case SG_FIELD_DATE:
      return use == SG_FIELD_USE_DISPLAY ? sg_field_format_date (g_value_get_string (value))
                                         : non_empty (g_value_get_string (value));
    case SG_FIELD_TIMESTAMP:
      return use == SG_FIELD_USE_DISPLAY ? sg_field_format_timestamp (g_value_get_string (value))
                                         : non_empty (g_value_get_string (value));
    case SG_FIELD_NUMBER:
      {
        const char *label = sg_field_resolve_value_label (pspec, g_value_get_int (value), resolver);

        /* The number stays first: it is what sorts and what a CSV holds. */
        if (label != NULL && use == SG_FIELD_USE_DISPLAY)
          return sg_field_format_labelled_number (g_value_get_int (value), label);
        return g_strdup_printf ("%d", g_value_get_int (value));
      }
    case SG_FIELD_DECIMAL:
      if (use == SG_FIELD_USE_DISPLAY)
        return g_strdup_printf ("%g", g_value_get_double (value));
      return sg_field_value_to_string (pspec, value);
    case SG_FIELD_BOOLEAN:
      return g_strdup (g_value_get_boolean (value) ? _("Yes") : _("No"));
    case SG_FIELD_CHOICE:
      return g_strdup (sg_enum_get_label (type, g_value_get_enum (value)));
    case SG_FIELD_LIKELIHOOD:
    case SG_FIELD_IMPACT:
      if (g_value_get_int (value) <= 0)
        return NULL;
      if (use != SG_FIELD_USE_DISPLAY)
        return g_strdup_printf ("%d", g_value_get_int (value));
      return sg_field_format_rating (resolver && resolver->get_method ? resolver->get_method (resolver->data)
                                                                      : NULL,
                                     kind == SG_FIELD_LIKELIHOOD ? SG_SCALE_AXIS_LIKELIHOOD
                                                                 : SG_SCALE_AXIS_IMPACT,
                                     g_value_get_int (value));
    case SG_FIELD_REFERENCE:
      {
        char *text = describe (resolver, pspec, g_value_get_int64 (value),
                               use == SG_FIELD_USE_EXPORT ? SG_FIELD_NAMING_REF : SG_FIELD_NAMING_DISPLAY);

        /* A reference to a record that is gone still says which it was. */
        if (text == NULL && use == SG_FIELD_USE_HISTORY && g_value_get_int64 (value) != 0)
          return sg_field_value_to_string (pspec, value);
        return text;
      }
    case SG_FIELD_LINKS:
      /* Refs everywhere: a list of names would not fit a cell. */
      return describe_links (resolver, pspec, g_value_get_variant (value));
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
sg_field_format_stored (GParamSpec            *pspec,
                        const char            *text,
                        const SgFieldResolver *resolver)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (text == NULL || *text == '\0')
    return NULL;

  switch (sg_field_get_kind (pspec))
    {
    case SG_FIELD_DATE:
    case SG_FIELD_TIMESTAMP:
    case SG_FIELD_NUMBER:       /* "2 – High" where the kind names its values */
    case SG_FIELD_DECIMAL:
    case SG_FIELD_BOOLEAN:
    case SG_FIELD_CHOICE:
    case SG_FIELD_LIKELIHOOD:
    case SG_FIELD_IMPACT:
      if (sg_field_value_from_string (pspec, text, &value, NULL))
        return sg_field_format (pspec, &value, SG_FIELD_USE_DISPLAY, resolver);
      return g_strdup (text);
    case SG_FIELD_TEXT:
    case SG_FIELD_LONG_TEXT:
    case SG_FIELD_COLOUR:
    case SG_FIELD_REFERENCE:
    case SG_FIELD_LINKS:
    default:
      /* References and links are stored as names and refs already. */
      return g_strdup (text);
    }
}
