/* sg-xlsx-records.c: a sheet per record kind: its columns, header and rows
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field of a kind is a column, so that a new field appears without
 * code; the risk register adds the risk levels after the ratings, the
 * Statement of Applicability the risks each control treats. */
#define G_LOG_DOMAIN "sg-xlsx"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-control.h"
#include "sg-evidence.h"
#include "sg-objective-chart.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"
#include "sg-risk.h"
#include "sg-soa-snapshot.h"
#include "sg-soa-version.h"
#include "sg-xlsx-private.h"

static void
add_column (GArray           *columns,
            SgXlsxColumnKind  kind,
            GParamSpec       *pspec,
            const char       *label)
{
  SgXlsxColumn column = { kind, pspec, label };

  g_array_append_val (columns, column);
}

GArray *
sg_xlsx_list_columns (GType        kind,
                      const char **first,
                      gboolean     with_ref)
{
  g_autoptr(SgRecordClass) klass = g_type_class_ref (kind);
  GArray *columns = g_array_new (FALSE, FALSE, sizeof (SgXlsxColumn));
  g_autoptr(GHashTable) placed = g_hash_table_new (NULL, NULL);
  guint n_fields;
  GParamSpec **fields = sg_record_class_list_fields (klass, &n_fields);

  const char *const *order = sg_xlsx_improve_order (kind);

  /* The improvement sheets have an order of their own, with derived
   * columns among the fields. */
  if (order != NULL)
    first = (const char **) order;
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; pass == 0 ? (first != NULL && first[i] != NULL) : i < n_fields; i++)
      {
        GParamSpec *pspec;
        const char *label;
        int derived;

        if (pass == 0 && (derived = sg_xlsx_improve_find_column (first[i], &label)) >= 0)
          {
            add_column (columns, (SgXlsxColumnKind) derived, NULL, label);
            continue;
          }
        pspec = pass == 0 ? sg_record_class_find_field (klass, first[i]) : fields[i];
        if (pspec == NULL || !g_hash_table_add (placed, pspec) ||
            (!with_ref && g_str_equal (pspec->name, "ref")) || sg_xlsx_improve_skips (kind, pspec))
          continue;
        /* An issued SoA's frozen content is read as its PDF, not as text. */
        if (kind == SG_TYPE_SOA_VERSION && g_str_equal (pspec->name, SG_SOA_VERSION_CONTENT))
          continue;
        add_column (columns, SG_XLSX_COLUMN_FIELD, pspec, sg_field_get_label (pspec));
        if (kind == SG_TYPE_RISK && g_str_equal (pspec->name, "inherent-impact"))
          add_column (columns, SG_XLSX_COLUMN_INHERENT_LEVEL, NULL, _("Inherent risk level"));
        else if (kind == SG_TYPE_RISK && g_str_equal (pspec->name, "residual-impact"))
          add_column (columns, SG_XLSX_COLUMN_RESIDUAL_LEVEL, NULL, _("Residual risk level"));
        else if (kind == SG_TYPE_CONTROL && g_str_equal (pspec->name, "implementation"))
          add_column (columns, SG_XLSX_COLUMN_TREATING_RISKS, NULL, _("Risks treated"));
        else if (kind == SG_TYPE_CONTROL && g_str_equal (pspec->name, SG_CONTROL_APPLICABLE))
          add_column (columns, SG_XLSX_COLUMN_SOA_REASONS, NULL, _("Reasons for inclusion"));
        else if (kind == SG_TYPE_CONTROL && g_str_equal (pspec->name, SG_CONTROL_JUSTIFICATION))
          add_column (columns, SG_XLSX_COLUMN_SOA_GAPS, NULL, _("Gaps"));
        else if (kind == SG_TYPE_CONTROL && g_str_equal (pspec->name, SG_CONTROL_OWNER))
          add_column (columns, SG_XLSX_COLUMN_SOA_EVIDENCE, NULL, _("Evidence items"));
      }
  /* The printed SoA says which issue it is on every page; so does the sheet's every row. */
  if (kind == SG_TYPE_CONTROL)
    add_column (columns, SG_XLSX_COLUMN_SOA_VERSION, NULL, _("SoA version"));
  /* Last: a picture is wide, and the fields read without it. */
  if (kind == SG_TYPE_OBJECTIVE)
    /* Translators: the workbook's column of objective charts */
    add_column (columns, SG_XLSX_COLUMN_TREND, NULL, C_("column", "Trend"));
  return columns;
}

/* Widths by what a column holds, so that the widest texts wrap rather
 * than widen a page: the least and the most, in characters. */
static const double field_widths[][2] = {
  [SG_FIELD_TEXT] = { 10, 30 },
  [SG_FIELD_LONG_TEXT] = { 45, 45 },
  [SG_FIELD_DATE] = { 12, 12 },        /* 2027-03-31 and the filter button */
  [SG_FIELD_TIMESTAMP] = { 17, 17 },   /* 2026-11-23 10:00 */
  [SG_FIELD_COLOUR] = { 9, 10 },
  [SG_FIELD_NUMBER] = { 8, 12 },
  [SG_FIELD_DECIMAL] = { 8, 12 },
  [SG_FIELD_BOOLEAN] = { 8, 13 },
  [SG_FIELD_CHOICE] = { 10, 22 },
  [SG_FIELD_LIKELIHOOD] = { 8, 12 },
  [SG_FIELD_IMPACT] = { 8, 12 },
  [SG_FIELD_REFERENCE] = { 12, 28 },   /* a person's name, a record's */
  [SG_FIELD_LINKS] = { 12, 30 },
};

static const double level_widths[2] = { 10, 16 };
static const double ref_widths[2] = { 7, 12 };
static const double period_widths[2] = { 6, 10 };  /* 2026, Q3 */
static const double title_widths[2] = { 24, 40 };

/* The Trend column's chart as shown, in pixels: laid out smaller and
 * drawn larger, so that its labels read beside the sheet's text, and
 * sharp in print. Excel counts about 7 pixels a character. */
#define TREND_WIDTH 260
#define TREND_HEIGHT 120
#define TREND_LAYOUT_SCALE 1.25
#define TREND_MARGIN 3
static const double trend_widths[2] = { (TREND_WIDTH + 2 * TREND_MARGIN) / 7.0 + 1,
                                        (TREND_WIDTH + 2 * TREND_MARGIN) / 7.0 + 1 };

static void
limit_column (SgXlsxSheet  *sheet,
              guint         col,
              SgXlsxColumn *column,
              GParamSpec   *title_field)
{
  const double *widths;

  if (column->kind == SG_XLSX_COLUMN_INHERENT_LEVEL || column->kind == SG_XLSX_COLUMN_RESIDUAL_LEVEL)
    widths = level_widths;
  else if (column->kind == SG_XLSX_COLUMN_TREATING_RISKS)
    widths = field_widths[SG_FIELD_LINKS];
  /* The SoA's derived columns: lines of text, a list of evidence. */
  else if (column->kind == SG_XLSX_COLUMN_SOA_REASONS || column->kind == SG_XLSX_COLUMN_SOA_EVIDENCE ||
           column->kind == SG_XLSX_COLUMN_ACTIONS || column->kind == SG_XLSX_COLUMN_INDEPENDENCE)
    widths = field_widths[SG_FIELD_LONG_TEXT];
  else if (column->kind == SG_XLSX_COLUMN_YEAR || column->kind == SG_XLSX_COLUMN_QUARTER)
    widths = period_widths;
  else if (column->kind == SG_XLSX_COLUMN_RAISED_NC || column->kind == SG_XLSX_COLUMN_RAISED_BY)
    widths = field_widths[SG_FIELD_REFERENCE];
  else if (column->kind == SG_XLSX_COLUMN_OVERDUE)
    widths = field_widths[SG_FIELD_BOOLEAN];
  else if (column->kind == SG_XLSX_COLUMN_TREND)
    widths = trend_widths;
  else if (column->kind != SG_XLSX_COLUMN_FIELD || column->pspec == NULL)
    widths = field_widths[SG_FIELD_TEXT];
  else if (g_str_equal (column->pspec->name, "ref"))
    widths = ref_widths;
  else if (column->pspec == title_field)
    widths = title_widths;
  else if ((guint) sg_field_get_kind (column->pspec) < G_N_ELEMENTS (field_widths))
    widths = field_widths[sg_field_get_kind (column->pspec)];
  else
    widths = field_widths[SG_FIELD_TEXT];
  sg_xlsx_sheet_limit_width (sheet, col, widths[0], widths[1]);
}

void
sg_xlsx_size_record_columns (SgXlsxSheet *sheet,
                             GType        kind,
                             GArray      *columns)
{
  g_autoptr(SgRecordClass) klass = g_type_class_ref (kind);
  GParamSpec *title_field = sg_record_class_get_title_field (klass);

  sheet->repeat_columns = 0;
  for (guint c = 0; c < columns->len; c++)
    {
      SgXlsxColumn *column = &g_array_index (columns, SgXlsxColumn, c);

      limit_column (sheet, c, column, title_field);
      /* Ref and title say which record a row is; a column before or
       * between them (the SoA's theme, the programme's year and
       * quarter) goes with them. */
      if (column->kind == SG_XLSX_COLUMN_FIELD && c < 4 &&
          (column->pspec == title_field || g_str_equal (column->pspec->name, "ref")))
        sheet->repeat_columns = c + 1;
    }
}

/* In characters. */
static guint
longest_word (const char *text)
{
  guint longest = 0, length = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      length = g_unichar_isspace (g_utf8_get_char (p)) ? 0 : length + 1;
      longest = MAX (longest, length);
    }
  return longest;
}

void
sg_xlsx_add_record_header (SgXlsxFiller *filler,
                           SgXlsxSheet  *sheet,
                           GArray       *columns,
                           guint         n_records)
{
  guint row;

  /* A column may widen for its label's longest word, which would
   * otherwise break inside ("Fälligkeitsdatu-m"). */
  for (guint c = 0; c < columns->len; c++)
    {
      double longest = longest_word (g_array_index (columns, SgXlsxColumn, c).label) + 2;

      if (longest > sheet->max_widths[c])
        sg_xlsx_sheet_limit_width (sheet, c, sheet->min_widths[c], longest);
    }
  row = sg_xlsx_sheet_add_row (filler->plan, sheet);
  sheet->header_row = (int) row;
  for (guint c = 0; c < columns->len; c++)
    {
      SgXlsxColumn *column = &g_array_index (columns, SgXlsxColumn, c);

      sg_xlsx_filler_set_text (filler, sheet, c, column->label, filler->header);
      /* Room for the filter button; a longer label wraps. */
      sg_xlsx_sheet_fit (sheet, c, g_utf8_strlen (column->label, -1) + 5);

      if (column->kind == SG_XLSX_COLUMN_FIELD && sg_field_get_kind (column->pspec) == SG_FIELD_CHOICE &&
          n_records > 0)
        {
          g_autoptr(GEnumClass) enum_class = g_type_class_ref (G_PARAM_SPEC_VALUE_TYPE (column->pspec));
          g_autoptr(GStrvBuilder) values = g_strv_builder_new ();
          gsize length = 0;
          SgXlsxValidation *validation;

          for (guint v = 0; v < enum_class->n_values; v++)
            {
              const char *label = sg_enum_get_label (G_PARAM_SPEC_VALUE_TYPE (column->pspec),
                                                     enum_class->values[v].value);
              g_strv_builder_add (values, label);
              length += strlen (label) + 1;
              /* A comma would split the label in two entries. */
              if (strchr (label, ',') != NULL)
                length += 256;
            }
          /* Excel keeps a list validation to 255 characters. */
          if (length > 255)
            continue;
          validation = g_new0 (SgXlsxValidation, 1);
          validation->col = c;
          validation->first_row = row + 1;
          validation->last_row = row + n_records;
          validation->values = g_strv_builder_end (values);
          g_ptr_array_add (sheet->validations, validation);
        }
    }
}

static void
free_gstring (gpointer data)
{
  g_string_free (data, TRUE);
}

/* Control id → the refs of the risks that list the control. */
static GHashTable *
collect_treating_risks (SgStore *store)
{
  GHashTable *map = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, free_gstring);
  guint n;
  SgRecord *const *risks = sg_store_peek_records (store, SG_TYPE_RISK, &n);

  for (guint i = 0; i < n; i++)
    {
      GVariant *links = sg_record_peek_links (risks[i], "controls");
      gsize n_links = links ? g_variant_n_children (links) : 0;
      const gint64 *ids = links ? g_variant_get_fixed_array (links, &n_links, sizeof (gint64)) : NULL;

      for (gsize k = 0; k < n_links; k++)
        {
          GString *refs = g_hash_table_lookup (map, &ids[k]);

          if (refs == NULL)
            {
              refs = g_string_new (NULL);
              g_hash_table_insert (map, g_memdup2 (&ids[k], sizeof (gint64)), refs);
            }
          /* A long list stays within one cell. */
          if (refs->len > SG_XLSX_MAX_CELL_CHARS / 2)
            continue;
          if (refs->len > 0)
            g_string_append (refs, ", ");
          g_string_append (refs, sg_record_get_ref (risks[i]) ? sg_record_get_ref (risks[i]) : "");
        }
    }
  return map;
}

/* "Draft; last issued: version 3 of 2026-03-01": the workbook shows the
 * register as it stands, which is a draft unless nothing changed. */
static char *
dup_soa_version (SgStore *store)
{
  guint next = sg_soa_next_version_number (store);
  SgRecord *last = next > 1 ? sg_soa_find_version (store, next - 1) : NULL;
  const char *issued_on;

  if (last == NULL)
    return g_strdup (_("Draft, not issued"));
  /* Translators: the workbook's SoA version column; %u is the version, %s its date */
  issued_on = sg_record_peek_string (last, SG_SOA_VERSION_ISSUED_ON);
  return g_strdup_printf (_("Draft; last issued: version %u of %s"), next - 1,
                          issued_on != NULL ? issued_on : "");
}

static void
set_soa_cell (SgXlsxFiller     *filler,
              SgXlsxSheet      *sheet,
              guint             col,
              SgRecord         *control,
              SgXlsxColumnKind  kind)
{
  g_autofree char *text = NULL;
  SgSoaFlags flags;

  switch (kind)
    {
    case SG_XLSX_COLUMN_SOA_REASONS:
      text = sg_soa_control_dup_reasons (filler->store, control);
      break;
    case SG_XLSX_COLUMN_SOA_GAPS:
      flags = sg_soa_control_flags (filler->store, control, NULL);
      if (flags & SG_SOA_FLAG_EXCLUDED_WITHOUT_JUSTIFICATION)
        text = g_strdup (_("Excluded without justification"));
      else if (flags & SG_SOA_FLAG_INCLUDED_WITHOUT_REASON)
        text = g_strdup (_("Included without reason"));
      break;
    case SG_XLSX_COLUMN_SOA_EVIDENCE:
      {
        g_autoptr(GPtrArray) items = sg_soa_control_evidence (filler->store, control);
        g_autoptr(GString) lines = g_string_new (NULL);

        for (guint i = 0; i < items->len; i++)
          {
            const char *title = sg_record_peek_string (items->pdata[i], SG_EVIDENCE_TITLE);
            const char *expires = sg_record_peek_string (items->pdata[i], SG_EVIDENCE_EXPIRES);

            if (i > 0)
              g_string_append_c (lines, '\n');
            g_string_append (lines, title != NULL ? title : "");
            if (expires != NULL && *expires != '\0')
              g_string_append_printf (lines, _(" (expires %s)"), expires);
          }
        text = g_string_free (g_steal_pointer (&lines), FALSE);
      }
      break;
    case SG_XLSX_COLUMN_SOA_VERSION:
      if (filler->soa_version == NULL)
        filler->soa_version = dup_soa_version (filler->store);
      sg_xlsx_filler_set_text (filler, sheet, col, filler->soa_version, 0);
      return;
    case SG_XLSX_COLUMN_FIELD:
    case SG_XLSX_COLUMN_INHERENT_LEVEL:
    case SG_XLSX_COLUMN_RESIDUAL_LEVEL:
    case SG_XLSX_COLUMN_TREATING_RISKS:
    case SG_XLSX_COLUMN_YEAR:
    case SG_XLSX_COLUMN_QUARTER:
    case SG_XLSX_COLUMN_INDEPENDENCE:
    case SG_XLSX_COLUMN_RAISED_NC:
    case SG_XLSX_COLUMN_ACTIONS:
    case SG_XLSX_COLUMN_RAISED_BY:
    case SG_XLSX_COLUMN_OVERDUE:
    case SG_XLSX_COLUMN_TREND:
    default:
      return;
    }
  if (text != NULL && *text != '\0')
    sg_xlsx_filler_set_text (filler, sheet, col, text, kind == SG_XLSX_COLUMN_SOA_GAPS ? filler->flagged : 0);
}

/* Every objective's readings, gathered once: a chart per objective must
 * not read all the readings again. References, since the filling may
 * pause while the register is edited. */
static GHashTable *
collect_readings (SgStore *store)
{
  GHashTable *map = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                           (GDestroyNotify) g_ptr_array_unref);
  guint n;
  SgRecord *const *readings = sg_store_peek_records (store, SG_TYPE_OBJECTIVE_READING, &n);

  for (guint i = 0; i < n; i++)
    {
      gint64 parent = sg_record_peek_int64 (readings[i], SG_OBJECTIVE_READING_OBJECTIVE);
      GPtrArray *list = g_hash_table_lookup (map, &parent);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (map, g_memdup2 (&parent, sizeof parent), list);
        }
      g_ptr_array_add (list, g_object_ref (readings[i]));
    }
  return map;
}

/* The objective's chart in its cell, the row as high as the chart. */
static void
add_trend (SgXlsxFiller *filler,
           SgXlsxSheet  *sheet,
           guint         col,
           SgRecord     *objective)
{
  g_autoptr(SgObjectiveChart) chart = NULL;
  GPtrArray *readings;
  SgXlsxImage *image;
  GBytes *png;

  if (filler->readings == NULL)
    filler->readings = collect_readings (filler->store);
  readings = g_hash_table_lookup (filler->readings, &(gint64) { sg_record_get_id (objective) });
  if (readings == NULL)
    return;
  chart = sg_objective_chart_new_from_readings (objective, (SgRecord *const *) readings->pdata, readings->len);
  if (sg_objective_chart_get_n_points (chart) == 0)
    return;
  /* Twice the pixels shown. */
  png = sg_objective_chart_png_full (chart, (int) (TREND_WIDTH / TREND_LAYOUT_SCALE),
                                     (int) (TREND_HEIGHT / TREND_LAYOUT_SCALE),
                                     2.0 * TREND_LAYOUT_SCALE, TRUE);
  if (png == NULL)
    return;
  image = g_new0 (SgXlsxImage, 1);
  image->row = sheet->n_rows - 1;
  image->col = col;
  image->png = png;
  image->scale = 0.5;
  image->x_offset = TREND_MARGIN;
  /* The chart keeps its own margin above and below. */
  image->fill_row = TRUE;
  image->description = sg_objective_chart_dup_summary (chart);
  g_ptr_array_add (sheet->images, image);
  /* Points are three quarters of a pixel. */
  sg_xlsx_sheet_set_min_height (sheet, TREND_HEIGHT * 0.75);
}

void
sg_xlsx_add_record_row (SgXlsxFiller *filler,
                        SgXlsxSheet  *sheet,
                        GArray       *columns,
                        SgRecord     *record)
{
  sg_xlsx_sheet_add_row (filler->plan, sheet);
  for (guint c = 0; c < columns->len; c++)
    {
      SgXlsxColumn *column = &g_array_index (columns, SgXlsxColumn, c);
      GString *refs;

      switch (column->kind)
        {
        case SG_XLSX_COLUMN_FIELD:
          sg_xlsx_filler_set_field (filler, sheet, c, record, column->pspec);
          break;
        case SG_XLSX_COLUMN_INHERENT_LEVEL:
        case SG_XLSX_COLUMN_RESIDUAL_LEVEL:
          sg_xlsx_filler_set_level (filler, sheet, c, record, column->kind == SG_XLSX_COLUMN_RESIDUAL_LEVEL);
          break;
        case SG_XLSX_COLUMN_SOA_REASONS:
        case SG_XLSX_COLUMN_SOA_GAPS:
        case SG_XLSX_COLUMN_SOA_EVIDENCE:
        case SG_XLSX_COLUMN_SOA_VERSION:
          set_soa_cell (filler, sheet, c, record, column->kind);
          break;
        case SG_XLSX_COLUMN_YEAR:
        case SG_XLSX_COLUMN_QUARTER:
        case SG_XLSX_COLUMN_INDEPENDENCE:
        case SG_XLSX_COLUMN_RAISED_NC:
        case SG_XLSX_COLUMN_ACTIONS:
        case SG_XLSX_COLUMN_RAISED_BY:
        case SG_XLSX_COLUMN_OVERDUE:
          sg_xlsx_improve_set_cell (filler, sheet, c, record, column->kind);
          break;
        case SG_XLSX_COLUMN_TREND:
          add_trend (filler, sheet, c, record);
          break;
        case SG_XLSX_COLUMN_TREATING_RISKS:
        default:
          if (filler->treating_risks == NULL)
            filler->treating_risks = collect_treating_risks (filler->store);
          refs = g_hash_table_lookup (filler->treating_risks, &(gint64) { sg_record_get_id (record) });
          if (refs != NULL)
            sg_xlsx_filler_set_text (filler, sheet, c, refs->str, 0);
          break;
        }
    }
}
