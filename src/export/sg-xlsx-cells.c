/* sg-xlsx-cells.c: how a record's values become the workbook's cells and styles
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dates and times are numbers with a date format, as Excel keeps them,
 * so that a reader can sort and filter by them; the format is spelled out
 * (yyyy-mm-dd), so that every reader in every locale shows the same. */
#define G_LOG_DOMAIN "sg-xlsx"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-colour.h"
#include "sg-csv.h"
#include "sg-field-codec.h"
#include "sg-person.h"
#include "sg-risk-level.h"
#include "sg-xlsx-private.h"

/* Reads @n digits; FALSE at anything else. */
static gboolean
read_digits (const char *text,
             guint       n,
             int        *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (text[i] - '0');
    }
  return TRUE;
}

/* Excel's day number: days since 1899-12-30. Parsed by hand: a large
 * register has hundreds of thousands of dates. */
gboolean
sg_xlsx_date_to_serial (const char *iso,
                        double     *serial)
{
  int y, m, d;

  if (iso == NULL || !read_digits (iso, 4, &y) || iso[4] != '-' || !read_digits (iso + 5, 2, &m) ||
      iso[7] != '-' || !read_digits (iso + 8, 2, &d) || (iso[10] != '\0' && iso[10] != 'T') ||
      y < 1900 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;

  /* Days from the civil date (H. Hinnant's algorithm), then Excel's epoch. */
  {
    int yy = m <= 2 ? y - 1 : y;
    int era = yy / 400;
    int yoe = yy - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    int days_since_1970 = era * 146097 + doe - 719468;

    *serial = days_since_1970 + 25569.0;
  }
  return TRUE;
}

/* "2026-11-23T10:00:00Z", as the store writes them. */
gboolean
sg_xlsx_timestamp_to_serial (const char *iso,
                             double     *serial)
{
  int hour, minute, second;
  double days;

  if (!sg_xlsx_date_to_serial (iso, &days) || iso[10] != 'T' || !read_digits (iso + 11, 2, &hour) ||
      iso[13] != ':' || !read_digits (iso + 14, 2, &minute) || iso[16] != ':' ||
      !read_digits (iso + 17, 2, &second))
    return FALSE;
  *serial = days + (hour * 3600 + minute * 60 + second) / 86400.0;
  return TRUE;
}

static guint32
parse_colour (const char *colour)
{
  guint32 value;

  return sg_colour_parse (colour, &value) ? value : SG_XLSX_NO_COLOUR;
}

/* A fill with text that stays readable on it. */
static guint16
add_fill_style (SgXlsxPlan *plan,
                const char *colour)
{
  SgXlsxStyle style = SG_XLSX_STYLE_INIT;
  guint32 fill = parse_colour (colour);

  style.fill = fill;
  style.border = 1;
  style.centre = 1;
  if (fill != SG_XLSX_NO_COLOUR)
    style.font = sg_colour_text_on (fill);
  return sg_xlsx_plan_add_style (plan, &style);
}

/* Every style the workbook uses, before the first row. */
void
sg_xlsx_filler_add_styles (SgXlsxFiller *filler)
{
  SgXlsxPlan *plan = filler->plan;
  SgXlsxStyle style = SG_XLSX_STYLE_INIT;

  style.bold = style.border = style.wrap = 1;
  style.fill = 0xDEDDDA;
  filler->header = sg_xlsx_plan_add_style (plan, &style);
  style = (SgXlsxStyle) SG_XLSX_STYLE_INIT;
  style.bold = style.large = 1;
  filler->title = sg_xlsx_plan_add_style (plan, &style);
  style = (SgXlsxStyle) SG_XLSX_STYLE_INIT;
  style.bold = 1;
  filler->section = sg_xlsx_plan_add_style (plan, &style);
  style = (SgXlsxStyle) SG_XLSX_STYLE_INIT;
  style.wrap = 1;
  filler->wrap = sg_xlsx_plan_add_style (plan, &style);
  sg_xlsx_plan_set_wrap_style (plan, filler->wrap);
  style = (SgXlsxStyle) SG_XLSX_STYLE_INIT;
  style.left = 1;
  filler->left = sg_xlsx_plan_add_style (plan, &style);
  /* Dates left, like the text beside them: a number right-aligned in a
   * column sized for it looks like one running into the next cell. */
  style.number_format = SG_XLSX_FORMAT_DATE;
  filler->date = sg_xlsx_plan_add_style (plan, &style);
  style.number_format = SG_XLSX_FORMAT_DATETIME;
  filler->datetime = sg_xlsx_plan_add_style (plan, &style);
  style = (SgXlsxStyle) SG_XLSX_STYLE_INIT;
  style.wrap = style.bold = 1;
  style.font = 0xC01C28;
  filler->flagged = sg_xlsx_plan_add_style (plan, &style);

  for (guint i = 0; i < sg_risk_method_get_n_levels (filler->method); i++)
    {
      SgRiskLevel *level = sg_risk_method_get_level_nth (filler->method, i);
      guint16 index = add_fill_style (plan, sg_record_peek_string (SG_RECORD (level), "colour"));

      g_hash_table_insert (filler->level_styles, level, GUINT_TO_POINTER ((guint) index + 1));
    }
  filler->no_level = add_fill_style (plan, NULL);
}

guint16
sg_xlsx_filler_level_style (SgXlsxFiller *filler,
                            SgRiskLevel  *level)
{
  gpointer style = g_hash_table_lookup (filler->level_styles, level);

  return style != NULL ? (guint16) (GPOINTER_TO_UINT (style) - 1) : filler->no_level;
}

void
sg_xlsx_filler_set_level (SgXlsxFiller *filler,
                          SgXlsxSheet  *sheet,
                          guint         col,
                          SgRecord     *risk,
                          gboolean      residual)
{
  SgRiskLevel *level =
    sg_risk_method_get_level (filler->method,
                              sg_record_peek_int (risk, residual ? "residual-likelihood" : "inherent-likelihood"),
                              sg_record_peek_int (risk, residual ? "residual-impact" : "inherent-impact"));

  if (level != NULL)
    sg_xlsx_filler_set_text (filler, sheet, col, sg_record_peek_string (SG_RECORD (level), "name"),
              sg_xlsx_filler_level_style (filler, level));
}

/* "Dr. Eva Schneider, Nina Koch": the names of the people @links names. */
static char *
dup_names (SgStore  *store,
           GVariant *links)
{
  GString *names = g_string_new (NULL);
  gsize n = 0;
  const gint64 *ids = links ? g_variant_get_fixed_array (links, &n, sizeof (gint64)) : NULL;

  for (gsize i = 0; i < n && names->len < SG_XLSX_MAX_CELL_CHARS / 2; i++)
    {
      SgRecord *person = sg_store_find_by_id (store, SG_TYPE_PERSON, ids[i]);
      const char *name = person ? sg_record_peek_string (person, SG_PERSON_NAME) : NULL;

      if (name == NULL)
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, name);
    }
  return g_string_free (names, FALSE);
}

void
sg_xlsx_filler_set_field (SgXlsxFiller *filler,
                          SgXlsxSheet  *sheet,
                          guint         col,
                          SgRecord     *record,
                          GParamSpec   *pspec)
{
  const GValue *value = sg_record_peek_value (record, pspec);
  double serial;

  switch (sg_field_get_kind (pspec))
    {
    case SG_FIELD_DATE:
      if (sg_xlsx_date_to_serial (g_value_get_string (value), &serial))
        sg_xlsx_sheet_set_number (sheet, col, serial, filler->date);
      else
        sg_xlsx_filler_set_text (filler, sheet, col, g_value_get_string (value), 0);
      sg_xlsx_sheet_fit (sheet, col, 12);
      return;
    case SG_FIELD_TIMESTAMP:
      if (sg_xlsx_timestamp_to_serial (g_value_get_string (value), &serial))
        sg_xlsx_sheet_set_number (sheet, col, serial, filler->datetime);
      else
        sg_xlsx_filler_set_text (filler, sheet, col, g_value_get_string (value), 0);
      sg_xlsx_sheet_fit (sheet, col, 17);
      return;
    case SG_FIELD_NUMBER:
      {
        const char *label = sg_field_resolve_value_label (pspec, g_value_get_int (value),
                                                          sg_store_get_field_resolver (filler->store));

        /* "2 – High": the reader of a printed sheet has no legend at hand. */
        if (label != NULL)
          {
            g_autofree char *text = sg_field_format_labelled_number (g_value_get_int (value), label);

            sg_xlsx_filler_set_text (filler, sheet, col, text, 0);
            sg_xlsx_sheet_fit (sheet, col, (guint) g_utf8_strlen (text, -1));
            return;
          }
        sg_xlsx_sheet_set_number (sheet, col, g_value_get_int (value), 0);
        return;
      }
    case SG_FIELD_DECIMAL:
      sg_xlsx_sheet_set_number (sheet, col, g_value_get_double (value), 0);
      return;
    case SG_FIELD_LIKELIHOOD:
    case SG_FIELD_IMPACT:
      if (g_value_get_int (value) != 0)
        sg_xlsx_sheet_set_number (sheet, col, g_value_get_int (value), 0);
      return;
    case SG_FIELD_TEXT:
    case SG_FIELD_COLOUR:
      sg_xlsx_filler_set_text (filler, sheet, col, g_value_get_string (value), 0);
      return;
    case SG_FIELD_LONG_TEXT:
      sg_xlsx_filler_set_text (filler, sheet, col, g_value_get_string (value), filler->wrap);
      return;
    /* The same words as sg_field_format(), without a copy per cell. */
    case SG_FIELD_BOOLEAN:
      sg_xlsx_filler_set_text (filler, sheet, col, g_value_get_boolean (value) ? _("Yes") : _("No"), 0);
      return;
    case SG_FIELD_CHOICE:
      sg_xlsx_filler_set_text (filler, sheet, col,
                sg_enum_get_label (G_PARAM_SPEC_VALUE_TYPE (pspec), g_value_get_enum (value)), 0);
      return;
    case SG_FIELD_LINKS:
      /* People by name, as a person field shows them (an audit team,
       * a review's attendees); other links by ref. */
      if (sg_field_get_target (pspec) == SG_TYPE_PERSON)
        {
          g_autofree char *names = dup_names (filler->store, g_value_get_variant (value));
          sg_xlsx_filler_set_text (filler, sheet, col, names, 0);
          return;
        }
      G_GNUC_FALLTHROUGH;
    case SG_FIELD_REFERENCE:
    default:
      {
        g_autofree char *text = sg_csv_format_value (filler->store, record, pspec);
        sg_xlsx_filler_set_text (filler, sheet, col, text, 0);
      }
      return;
    }
}
