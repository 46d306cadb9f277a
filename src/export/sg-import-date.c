/* sg-import-date.c: the dates spreadsheets hold, read as 2027-03-31
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Excel counts days from 1899-12-31 as day 1 and, like Lotus 1-2-3 before
 * it, takes 1900 for a leap year: day 60 is 29 February 1900, so from day
 * 61 on the count is from 1899-12-30. Workbooks made on old Macs count
 * from 1904-01-01 as day 0. */
#define G_LOG_DOMAIN "sg-import"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sg-import-date.h"

/* A plain number in a date column is a day number only in this range
 * (1927-05-18 to 2119-01-10): anything else is a mistake, not a date. */
#define MIN_SERIAL 10000
#define MAX_SERIAL 80000

static gboolean
parse_uint (const char *text,
            gsize       length,
            guint       min_digits,
            guint       max_digits,
            guint      *out)
{
  guint n = 0;

  if (length < min_digits || length > max_digits)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      n = n * 10 + (guint) (text[i] - '0');
    }
  *out = n;
  return TRUE;
}

static char *
format_dmy (guint day,
            guint month,
            guint year)
{
  if (year < 1 || year > 9999 || day < 1 || day > 31 || month < 1 || month > 12 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  /* Not g_strdup_printf (): a column of dates is read once for its
   * form and once for its values, and printf was most of that. */
  char *iso = g_malloc (11);

  iso[0] = (char) ('0' + year / 1000);
  iso[1] = (char) ('0' + year / 100 % 10);
  iso[2] = (char) ('0' + year / 10 % 10);
  iso[3] = (char) ('0' + year % 10);
  iso[4] = '-';
  iso[5] = (char) ('0' + month / 10);
  iso[6] = (char) ('0' + month % 10);
  iso[7] = '-';
  iso[8] = (char) ('0' + day / 10);
  iso[9] = (char) ('0' + day % 10);
  iso[10] = '\0';
  return iso;
}

char *
sg_import_date_from_serial (double   serial,
                            gboolean date1904)
{
  g_autoptr(GDate) date = NULL;
  guint days;

  if (!(serial >= (date1904 ? 0 : 1)) || serial >= 2958466)
    return NULL;
  days = (guint) serial;
  if (date1904)
    date = g_date_new_dmy (1, G_DATE_JANUARY, 1904);
  else if (days >= 61)
    date = g_date_new_dmy (30, G_DATE_DECEMBER, 1899);
  else if (days == 60)
    return g_strdup ("1900-02-28");  /* the day that never was */
  else
    date = g_date_new_dmy (31, G_DATE_DECEMBER, 1899);
  g_date_add_days (date, days);
  return format_dmy (g_date_get_day (date), g_date_get_month (date), g_date_get_year (date));
}

/* Splits a/b/yyyy (separators '/', '.' or '-', the same twice). */
static gboolean
split_dmy (const char *text,
           guint      *a,
           guint      *b,
           guint      *y,
           char       *separator)
{
  const char *first = strpbrk (text, "/.-"), *second;

  if (first == NULL)
    return FALSE;
  second = strchr (first + 1, *first);
  if (second == NULL || strchr (second + 1, *first) != NULL)
    return FALSE;
  *separator = *first;
  return parse_uint (text, first - text, 1, 2, a) &&
         parse_uint (first + 1, second - first - 1, 1, 2, b) &&
         parse_uint (second + 1, strlen (second + 1), 4, 4, y);
}

SgDateOrder
sg_import_date_order_hint (const char *text,
                           gboolean   *slashed)
{
  guint a, b, y;
  char separator;

  g_return_val_if_fail (text != NULL, SG_DATE_ORDER_AUTO);

  *slashed = split_dmy (text, &a, &b, &y, &separator) && separator != '.';
  if (!*slashed)
    return SG_DATE_ORDER_AUTO;
  if (a > 12 && b <= 12)
    return SG_DATE_ORDER_DAY_FIRST;
  if (b > 12 && a <= 12)
    return SG_DATE_ORDER_MONTH_FIRST;
  return SG_DATE_ORDER_AUTO;
}

/* Q3 2024, Q3/2024, Q3-2024, 2024 Q3, 2024-Q3 (q in either case). */
static char *
parse_quarter (const char *text)
{
  static const guint last_days[] = { 31, 30, 30, 31 };
  const char *q = NULL, *year = NULL;
  gsize length = strlen (text);
  guint quarter, y;

  if (length == 7 && (text[0] == 'Q' || text[0] == 'q') && strchr (" /-", text[2]))
    q = text + 1, year = text + 3;
  else if (length == 7 && (text[5] == 'Q' || text[5] == 'q') && strchr (" /-", text[4]))
    q = text + 6, year = text;
  if (q == NULL || !parse_uint (q, 1, 1, 1, &quarter) || quarter < 1 || quarter > 4 ||
      !parse_uint (year, 4, 4, 4, &y))
    return NULL;
  return format_dmy (last_days[quarter - 1], quarter * 3, y);
}

char *
sg_import_date_parse (const char  *text,
                      SgDateOrder  order,
                      SgDateForm  *form)
{
  SgDateForm dummy;
  guint a, b, y, day, month;
  char separator;
  char *iso, *end = NULL;
  double serial;

  g_return_val_if_fail (text != NULL, NULL);

  if (form == NULL)
    form = &dummy;
  *form = SG_DATE_FORM_NONE;

  /* 2027-03-31, also with a time after it (2027-03-31T00:00:00). */
  if (strlen (text) >= 10 && parse_uint (text, 4, 4, 4, &y) && text[4] == '-' &&
      parse_uint (text + 5, 2, 2, 2, &month) && text[7] == '-' && parse_uint (text + 8, 2, 2, 2, &day) &&
      (text[10] == '\0' || text[10] == 'T' || text[10] == ' '))
    {
      iso = format_dmy (day, month, y);
      if (iso != NULL)
        *form = SG_DATE_FORM_ISO;
      return iso;
    }

  if (split_dmy (text, &a, &b, &y, &separator))
    {
      day = a;
      month = b;
      if (separator != '.' &&
          (order == SG_DATE_ORDER_MONTH_FIRST || (order == SG_DATE_ORDER_AUTO && a <= 12 && b > 12)))
        {
          day = b;
          month = a;
        }
      iso = format_dmy (day, month, y);
      if (iso != NULL)
        *form = separator == '.' ? SG_DATE_FORM_DOTTED : SG_DATE_FORM_SLASHED;
      return iso;
    }

  if ((iso = parse_quarter (text)) != NULL)
    {
      *form = SG_DATE_FORM_QUARTER;
      return iso;
    }

  serial = g_ascii_strtod (text, &end);
  if (g_ascii_isdigit (*text) && end != NULL && *end == '\0' &&
      serial >= MIN_SERIAL && serial <= MAX_SERIAL &&
      (iso = sg_import_date_from_serial (serial, FALSE)) != NULL)
    {
      *form = SG_DATE_FORM_SERIAL;
      return iso;
    }
  return NULL;
}
