/* sg-format.c: how field values read in lists, editors and the history
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-format"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "sg-format.h"

/* Length of the run of digits, or of non-digits, that starts @s. */
static gsize
run_length (const char *s)
{
  gboolean digits = g_ascii_isdigit (*s);
  const char *p = s;

  while (*p != '\0' && (g_ascii_isdigit (*p) != 0) == digits)
    p++;
  return p - s;
}

static int
compare_numbers (const char *a,
                 gsize       len_a,
                 const char *b,
                 gsize       len_b)
{
  int cmp;

  while (len_a > 1 && *a == '0')
    a++, len_a--;
  while (len_b > 1 && *b == '0')
    b++, len_b--;
  if (len_a != len_b)
    return len_a < len_b ? -1 : 1;
  cmp = memcmp (a, b, len_a);
  return cmp < 0 ? -1 : cmp > 0 ? 1 : 0;
}

static int
compare_words (const char *a,
               gsize       len_a,
               const char *b,
               gsize       len_b)
{
  g_autofree char *fa = g_utf8_casefold (a, len_a);
  g_autofree char *fb = g_utf8_casefold (b, len_b);
  int cmp = g_utf8_collate (fa, fb);

  return cmp < 0 ? -1 : cmp > 0 ? 1 : 0;
}

int
sg_natural_compare (const char *a,
                    const char *b)
{
  gboolean empty_a = a == NULL || *a == '\0';
  gboolean empty_b = b == NULL || *b == '\0';

  if (empty_a || empty_b)
    return empty_a == empty_b ? 0 : empty_a ? 1 : -1;

  while (*a != '\0' && *b != '\0')
    {
      gsize len_a = run_length (a);
      gsize len_b = run_length (b);
      gboolean digits_a = g_ascii_isdigit (*a);
      gboolean digits_b = g_ascii_isdigit (*b);
      int cmp;

      if (digits_a && digits_b)
        cmp = compare_numbers (a, len_a, b, len_b);
      else if (digits_a != digits_b)
        cmp = digits_a ? -1 : 1;
      else
        cmp = compare_words (a, len_a, b, len_b);
      if (cmp != 0)
        return cmp;
      a += len_a;
      b += len_b;
    }

  return *a == '\0' ? (*b == '\0' ? 0 : -1) : 1;
}

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
sg_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) date = NULL;
  unsigned y, m, d;

  if (!sg_date_is_valid (iso_date) || sscanf (iso_date, "%4u-%2u-%2u", &y, &m, &d) != 3)
    return NULL;
  date = g_date_time_new_local (y, m, d, 12, 0, 0);
  return date ? g_date_time_format (date, date_format ()) : NULL;
}

char *
sg_format_timestamp (const char *iso_timestamp)
{
  g_autoptr(GTimeZone) tz_utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (iso_timestamp == NULL || *iso_timestamp == '\0')
    return NULL;
  utc = g_date_time_new_from_iso8601 (iso_timestamp, tz_utc);
  if (utc == NULL)
    return g_strdup (iso_timestamp);
  local = g_date_time_to_local (utc);
  g_autofree char *date = g_date_time_format (local, date_format ());
  g_autofree char *time = g_date_time_format (local, "%R");

  /* Translators: a date and its time, as "2027-02-21 14:05" */
  return g_strdup_printf (C_("date and time", "%s %s"), date, time);
}

char *
sg_format_rating (SgRiskMethod *method,
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

char *
sg_format_folder (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *relative = NULL;

  if (parent == NULL)
    return g_strdup ("/");
  if (g_file_equal (parent, home))
    return g_strdup ("~");
  relative = g_file_get_relative_path (home, parent);
  if (relative != NULL)
    return g_build_filename ("~", relative, NULL);
  return g_file_get_parse_name (parent);
}

char *
sg_format_value (SgStore      *store,
                 GParamSpec   *pspec,
                 const GValue *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  switch (sg_field_get_kind (pspec))
    {
    case SG_FIELD_TEXT:
    case SG_FIELD_LONG_TEXT:
    case SG_FIELD_COLOUR:
      {
        const char *s = g_value_get_string (value);
        return s && *s ? g_strdup (s) : NULL;
      }
    case SG_FIELD_DATE:
      return sg_format_date (g_value_get_string (value));
    case SG_FIELD_TIMESTAMP:
      return sg_format_timestamp (g_value_get_string (value));
    case SG_FIELD_NUMBER:
      return g_strdup_printf ("%d", g_value_get_int (value));
    case SG_FIELD_DECIMAL:
      return g_strdup_printf ("%g", g_value_get_double (value));
    case SG_FIELD_BOOLEAN:
      return g_strdup (g_value_get_boolean (value) ? _("Yes") : _("No"));
    case SG_FIELD_CHOICE:
      return g_strdup (sg_enum_get_label (type, g_value_get_enum (value)));
    case SG_FIELD_LIKELIHOOD:
    case SG_FIELD_IMPACT:
      return sg_format_rating (store ? sg_store_get_risk_method (store) : NULL,
                               sg_field_get_kind (pspec) == SG_FIELD_LIKELIHOOD
                                 ? SG_SCALE_AXIS_LIKELIHOOD : SG_SCALE_AXIS_IMPACT,
                               g_value_get_int (value));
    case SG_FIELD_REFERENCE:
      {
        gint64 id = g_value_get_int64 (value);
        SgRecord *r = id && store ? sg_store_find_by_id (store, sg_field_get_target (pspec), id)
                                  : NULL;
        return r ? sg_record_dup_display_name (r) : NULL;
      }
    case SG_FIELD_LINKS:
      return store ? sg_store_format_links (store, sg_field_get_target (pspec), g_value_get_variant (value))
                   : NULL;
    default:
      return NULL;
    }
}

char *
sg_format_field (SgStore    *store,
                 SgRecord   *record,
                 GParamSpec *pspec)
{
  return sg_format_value (store, pspec, sg_record_peek_value (record, pspec));
}

char *
sg_format_stored_text (SgStore    *store,
                       GParamSpec *pspec,
                       const char *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (text == NULL || *text == '\0')
    return NULL;

  switch (sg_field_get_kind (pspec))
    {
    case SG_FIELD_DATE:
    case SG_FIELD_TIMESTAMP:
    case SG_FIELD_DECIMAL:
    case SG_FIELD_BOOLEAN:
    case SG_FIELD_CHOICE:
    case SG_FIELD_LIKELIHOOD:
    case SG_FIELD_IMPACT:
      if (sg_field_value_from_string (pspec, text, &value, NULL))
        return sg_format_value (store, pspec, &value);
      return g_strdup (text);
    default:
      /* References and links are stored as names and refs already. */
      return g_strdup (text);
    }
}
