/* sg-xlsx.c: the auditor's Excel workbook of a register
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the workbook shows, sheet by sheet: a summary with the heat maps,
 * the risk register, the risk method, the Statement of Applicability and
 * one sheet per other record kind. sg_xlsx_plan_new() lists the sheets
 * and takes the records as they are listed then; sg_xlsx_plan_fill()
 * copies them into the plan a few rows at a time, on the store's thread,
 * while sg-xlsx-plan.c writes them in another.
 *
 * Formula injection: worksheet_write_string() writes a string cell (an
 * inline string in constant-memory mode). Spreadsheets never evaluate
 * those, so "=1+1" stays text and needs no leading quote, unlike CSV. */
#define G_LOG_DOMAIN "sg-xlsx"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <xlsxwriter.h>

#include "sg-colour.h"
#include "sg-control.h"
#include "sg-csv.h"
#include "sg-heatmap.h"
#include "sg-kinds.h"
#include "sg-matrix-cell.h"
#include "sg-nonconformity.h"
#include "sg-png.h"
#include "sg-risk-level.h"
#include "sg-risk.h"
#include "sg-scale-level.h"
#include "sg-scope.h"
#include "sg-xlsx-plan.h"
#include "sg-xlsx.h"

#define HEATMAP_WIDTH 800
#define HEATMAP_HEIGHT 600
#define HEATMAP_SCALE 0.6
/* Rows the summary and the risk method take, about: for the progress. */
#define SMALL_SHEET_ROWS 40

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
static gboolean
date_to_serial (const char *iso,
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
static gboolean
timestamp_to_serial (const char *iso,
                     double     *serial)
{
  int hour, minute, second;
  double days;

  if (!date_to_serial (iso, &days) || iso[10] != 'T' || !read_digits (iso + 11, 2, &hour) ||
      iso[13] != ':' || !read_digits (iso + 14, 2, &minute) || iso[16] != ':' ||
      !read_digits (iso + 17, 2, &second))
    return FALSE;
  *serial = days + (hour * 3600 + minute * 60 + second) / 86400.0;
  return TRUE;
}

/* Columns of a record sheet: a field, or a value the workbook derives. */
typedef enum
{
  COLUMN_FIELD,
  COLUMN_INHERENT_LEVEL,
  COLUMN_RESIDUAL_LEVEL,
  COLUMN_TREATING_RISKS,
} ColumnKind;

typedef struct
{
  ColumnKind  kind;
  GParamSpec *pspec;
  const char *label;
} Column;

static void
add_column (GArray     *columns,
            ColumnKind  kind,
            GParamSpec *pspec,
            const char *label)
{
  Column column = { kind, pspec, label };

  g_array_append_val (columns, column);
}

/* The fields named in @first in that order, then every other field, so a
 * new field appears without code; derived columns follow their field. */
static GArray *
list_columns (GType        kind,
              const char **first,
              gboolean     with_ref)
{
  g_autoptr(SgRecordClass) klass = g_type_class_ref (kind);
  GArray *columns = g_array_new (FALSE, FALSE, sizeof (Column));
  g_autoptr(GHashTable) placed = g_hash_table_new (NULL, NULL);
  guint n_fields;
  GParamSpec **fields = sg_record_class_list_fields (klass, &n_fields);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; pass == 0 ? (first != NULL && first[i] != NULL) : i < n_fields; i++)
      {
        GParamSpec *pspec = pass == 0 ? sg_record_class_find_field (klass, first[i]) : fields[i];

        if (pspec == NULL || !g_hash_table_add (placed, pspec) ||
            (!with_ref && g_str_equal (pspec->name, "ref")))
          continue;
        add_column (columns, COLUMN_FIELD, pspec, sg_field_get_label (pspec));
        if (kind == SG_TYPE_RISK && g_str_equal (pspec->name, "inherent-impact"))
          add_column (columns, COLUMN_INHERENT_LEVEL, NULL, _("Inherent risk level"));
        else if (kind == SG_TYPE_RISK && g_str_equal (pspec->name, "residual-impact"))
          add_column (columns, COLUMN_RESIDUAL_LEVEL, NULL, _("Residual risk level"));
        else if (kind == SG_TYPE_CONTROL && g_str_equal (pspec->name, "implementation"))
          add_column (columns, COLUMN_TREATING_RISKS, NULL, _("Risks treated"));
      }
  return columns;
}

/* One sheet to fill, in the order of the workbook. */
typedef enum
{
  JOB_SUMMARY,
  JOB_RECORDS,
  JOB_METHOD,
  JOB_HISTORY,
} JobKind;

typedef struct
{
  JobKind      kind;
  SgXlsxSheet *sheet;
  GArray      *columns;  /* Column, for JOB_RECORDS */
  GPtrArray   *records;  /* SgRecord*, as listed when the plan was made */
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_pointer (&job->columns, g_array_unref);
  g_clear_pointer (&job->records, g_ptr_array_unref);
  g_free (job);
}

/* What the store's thread needs to copy rows into the plan. */
typedef struct
{
  SgXlsxPlan   *plan;            /* not a reference: the plan owns this */
  SgStore      *store;
  SgRiskMethod *method;
  GHashTable   *level_styles;    /* SgRiskLevel* → style index + 1 */
  GHashTable   *treating_risks;  /* control id → GString of risk refs, from the SoA on */
  GPtrArray    *jobs;            /* Job* */
  guint         job;             /* the one under way */
  guint         item;            /* its next record */
  guint16       header;
  guint16       title;
  guint16       section;
  guint16       wrap;
  guint16       date;
  guint16       datetime;
  guint16       left;
  guint16       left_date;
  guint16       no_level;
} Filler;

static void
filler_free (gpointer data)
{
  Filler *filler = data;

  g_clear_object (&filler->store);
  g_clear_pointer (&filler->level_styles, g_hash_table_unref);
  g_clear_pointer (&filler->treating_risks, g_hash_table_unref);
  g_clear_pointer (&filler->jobs, g_ptr_array_unref);
  g_free (filler);
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
static void
add_styles (Filler *filler)
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
  style.number_format = SG_XLSX_FORMAT_DATE;
  filler->left_date = sg_xlsx_plan_add_style (plan, &style);
  style = (SgXlsxStyle) SG_XLSX_STYLE_INIT;
  style.number_format = SG_XLSX_FORMAT_DATE;
  filler->date = sg_xlsx_plan_add_style (plan, &style);
  style = (SgXlsxStyle) SG_XLSX_STYLE_INIT;
  style.number_format = SG_XLSX_FORMAT_DATETIME;
  filler->datetime = sg_xlsx_plan_add_style (plan, &style);

  for (guint i = 0; i < sg_risk_method_get_n_levels (filler->method); i++)
    {
      SgRiskLevel *level = sg_risk_method_get_level_nth (filler->method, i);
      guint16 index = add_fill_style (plan, sg_record_peek_string (SG_RECORD (level), "colour"));

      g_hash_table_insert (filler->level_styles, level, GUINT_TO_POINTER ((guint) index + 1));
    }
  filler->no_level = add_fill_style (plan, NULL);
}

static guint16
level_style (Filler      *filler,
             SgRiskLevel *level)
{
  gpointer style = g_hash_table_lookup (filler->level_styles, level);

  return style != NULL ? (guint16) (GPOINTER_TO_UINT (style) - 1) : filler->no_level;
}

static void
set_text (Filler      *filler,
          SgXlsxSheet *sheet,
          guint        col,
          const char  *text,
          guint16      style)
{
  sg_xlsx_sheet_set_text (filler->plan, sheet, col, text, style);
}

static void
set_level_cell (Filler      *filler,
                SgXlsxSheet *sheet,
                guint        col,
                SgRecord    *risk,
                gboolean     residual)
{
  SgRiskLevel *level =
    sg_risk_method_get_level (filler->method,
                              sg_record_peek_int (risk, residual ? "residual-likelihood" : "inherent-likelihood"),
                              sg_record_peek_int (risk, residual ? "residual-impact" : "inherent-impact"));

  if (level != NULL)
    set_text (filler, sheet, col, sg_record_peek_string (SG_RECORD (level), "name"),
              level_style (filler, level));
}

static void
set_field_cell (Filler      *filler,
                SgXlsxSheet *sheet,
                guint        col,
                SgRecord    *record,
                GParamSpec  *pspec)
{
  const GValue *value = sg_record_peek_value (record, pspec);
  double serial;

  switch (sg_field_get_kind (pspec))
    {
    case SG_FIELD_DATE:
      if (date_to_serial (g_value_get_string (value), &serial))
        sg_xlsx_sheet_set_number (sheet, col, serial, filler->date);
      else
        set_text (filler, sheet, col, g_value_get_string (value), 0);
      sg_xlsx_sheet_fit (sheet, col, 12);
      return;
    case SG_FIELD_TIMESTAMP:
      if (timestamp_to_serial (g_value_get_string (value), &serial))
        sg_xlsx_sheet_set_number (sheet, col, serial, filler->datetime);
      else
        set_text (filler, sheet, col, g_value_get_string (value), 0);
      sg_xlsx_sheet_fit (sheet, col, 17);
      return;
    case SG_FIELD_NUMBER:
      sg_xlsx_sheet_set_number (sheet, col, g_value_get_int (value), 0);
      return;
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
      set_text (filler, sheet, col, g_value_get_string (value), 0);
      return;
    case SG_FIELD_LONG_TEXT:
      set_text (filler, sheet, col, g_value_get_string (value), filler->wrap);
      return;
    /* The same words as sg_field_format(), without a copy per cell. */
    case SG_FIELD_BOOLEAN:
      set_text (filler, sheet, col, g_value_get_boolean (value) ? _("Yes") : _("No"), 0);
      return;
    case SG_FIELD_CHOICE:
      set_text (filler, sheet, col,
                sg_enum_get_label (G_PARAM_SPEC_VALUE_TYPE (pspec), g_value_get_enum (value)), 0);
      return;
    case SG_FIELD_REFERENCE:
    case SG_FIELD_LINKS:
    default:
      {
        g_autofree char *text = sg_csv_format_value (filler->store, record, pspec);
        set_text (filler, sheet, col, text, 0);
      }
      return;
    }
}

/* The header row, its widths, and a drop-down list for every choice. */
static void
add_header (Filler *filler,
            Job    *job)
{
  SgXlsxSheet *sheet = job->sheet;
  guint row = sg_xlsx_sheet_add_row (filler->plan, sheet);
  guint n_records = job->records->len;

  sheet->header_row = (int) row;
  for (guint c = 0; c < job->columns->len; c++)
    {
      Column *column = &g_array_index (job->columns, Column, c);

      set_text (filler, sheet, c, column->label, filler->header);
      /* Room for the filter button. */
      sg_xlsx_sheet_fit (sheet, c, g_utf8_strlen (column->label, -1) + 5);
      if (column->kind == COLUMN_FIELD && sg_field_get_kind (column->pspec) == SG_FIELD_LONG_TEXT)
        sg_xlsx_sheet_fit (sheet, c, 50);

      if (column->kind == COLUMN_FIELD && sg_field_get_kind (column->pspec) == SG_FIELD_CHOICE &&
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

static void
add_record_row (Filler   *filler,
                Job      *job,
                SgRecord *record)
{
  SgXlsxSheet *sheet = job->sheet;

  sg_xlsx_sheet_add_row (filler->plan, sheet);
  for (guint c = 0; c < job->columns->len; c++)
    {
      Column *column = &g_array_index (job->columns, Column, c);
      GString *refs;

      switch (column->kind)
        {
        case COLUMN_FIELD:
          set_field_cell (filler, sheet, c, record, column->pspec);
          break;
        case COLUMN_INHERENT_LEVEL:
        case COLUMN_RESIDUAL_LEVEL:
          set_level_cell (filler, sheet, c, record, column->kind == COLUMN_RESIDUAL_LEVEL);
          break;
        case COLUMN_TREATING_RISKS:
        default:
          if (filler->treating_risks == NULL)
            filler->treating_risks = collect_treating_risks (filler->store);
          refs = g_hash_table_lookup (filler->treating_risks, &(gint64) { sg_record_get_id (record) });
          if (refs != NULL)
            set_text (filler, sheet, c, refs->str, 0);
          break;
        }
    }
}

/* NULL only when memory ran out: the workbook then goes without the image. */
static GBytes *
draw_heatmap_png (const SgHeatmapData *data)
{
  cairo_surface_t *surface;
  GBytes *png;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, HEATMAP_WIDTH, HEATMAP_HEIGHT);
  cr = cairo_create (surface);
  sg_heatmap_draw (cr, HEATMAP_WIDTH, HEATMAP_HEIGHT, data);
  cairo_destroy (cr);
  png = sg_png_encode (surface, NULL);
  cairo_surface_destroy (surface);
  return png;
}

/* From the heat map's counts: risks above the appetite before treatment,
 * and now (the residual rating, or the inherent one until a risk has a
 * residual rating, as on the overview page), and the risks with neither. */
static void
count_above_appetite (SgRiskMethod        *method,
                      const SgHeatmapData *data,
                      guint                n_risks,
                      guint               *above_inherent,
                      guint               *above_now,
                      guint               *unrated)
{
  guint n_cells = data->n_likelihood * data->n_impact;
  guint rated = 0;

  for (guint l = 1; l <= data->n_likelihood; l++)
    for (guint i = 1; i <= data->n_impact; i++)
      {
        guint cell = sg_heatmap_data_cell_index (data, (int) l, (int) i);
        SgRiskLevel *level = sg_risk_method_get_level (method, (int) l, (int) i);
        gboolean above = level != NULL && !sg_record_peek_boolean (SG_RECORD (level), "within-appetite");
        guint with_residual = 0, inherent_only;

        for (guint to = 0; to < n_cells; to++)
          with_residual += data->moves[cell * n_cells + to];
        inherent_only = data->inherent_counts[cell] - with_residual;

        if (above)
          {
            *above_inherent += data->inherent_counts[cell];
            *above_now += data->residual_counts[cell] + inherent_only;
          }
        rated += data->residual_counts[cell] + inherent_only;
      }
  *unrated = n_risks - rated;
}

static SgRecord *
first_record (SgStore *store,
              GType    kind)
{
  GListModel *records = sg_store_get_records (store, kind);

  return g_list_model_get_n_items (records) > 0 ? g_list_model_get_item (records, 0) : NULL;
}

/* A label of the summary: one line, its column as wide as the longest. */
static void
add_label (Filler      *filler,
           SgXlsxSheet *sheet,
           const char  *label)
{
  set_text (filler, sheet, 0, label, filler->left);
  sg_xlsx_sheet_fit (sheet, 0, g_utf8_strlen (label, -1) + 2);
}

static void
add_pair (Filler      *filler,
          SgXlsxSheet *sheet,
          const char  *label,
          const char  *value)
{
  sg_xlsx_sheet_add_row (filler->plan, sheet);
  add_label (filler, sheet, label);
  set_text (filler, sheet, 1, value, filler->wrap);
}

static void
add_count (Filler      *filler,
           SgXlsxSheet *sheet,
           const char  *label,
           guint        count)
{
  sg_xlsx_sheet_add_row (filler->plan, sheet);
  add_label (filler, sheet, label);
  sg_xlsx_sheet_set_number (sheet, 1, count, filler->left);
}

static guint
add_section (Filler      *filler,
             SgXlsxSheet *sheet,
             const char  *title)
{
  guint row;

  if (sheet->n_rows > 0)
    sg_xlsx_sheet_add_row (filler->plan, sheet);
  row = sg_xlsx_sheet_add_row (filler->plan, sheet);
  set_text (filler, sheet, 0, title, filler->section);
  return row;
}

static void
add_summary (Filler      *filler,
             SgXlsxSheet *sheet)
{
  g_autoptr(SgRecord) scope = first_record (filler->store, SG_TYPE_SCOPE);
  g_autofree char *register_name = g_path_get_basename (sg_store_get_path (filler->store));
  g_autofree char *today = sg_date_today ();
  g_autofree char *title = NULL;
  GListModel *risks = sg_store_get_records (filler->store, SG_TYPE_RISK);
  GListModel *controls = sg_store_get_records (filler->store, SG_TYPE_CONTROL);
  GListModel *ncs = sg_store_get_records (filler->store, SG_TYPE_NONCONFORMITY);
  g_autoptr(SgHeatmapData) heatmap = NULL;
  guint above_inherent = 0, above_residual = 0, unrated = 0;
  guint applicable = 0, implemented = 0, open_ncs = 0;
  const char *organisation = scope ? sg_record_peek_string (scope, "organisation") : NULL;
  const GType *kinds;
  guint n_kinds;
  double serial;

  sg_xlsx_sheet_add_row (filler->plan, sheet);
  set_text (filler, sheet, 0, _("Information security management system"), filler->title);

  add_pair (filler, sheet, _("Organisation"), organisation);
  if (scope != NULL)
    {
      add_pair (filler, sheet, _("Scope"), sg_record_peek_string (scope, "title"));
      add_pair (filler, sheet, _("Scope statement"), sg_record_peek_string (scope, "statement"));
    }
  add_pair (filler, sheet, _("Register"), register_name);
  sg_xlsx_sheet_add_row (filler->plan, sheet);
  add_label (filler, sheet, _("Exported on"));
  if (date_to_serial (today, &serial))
    sg_xlsx_sheet_set_number (sheet, 1, serial, filler->left_date);

  add_section (filler, sheet, _("Records"));
  kinds = sg_record_kinds (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    {
      g_autoptr(SgRecordClass) klass = NULL;

      /* The risk method's parts are not records a reader counts. */
      if (kinds[i] == SG_TYPE_SCALE_LEVEL || kinds[i] == SG_TYPE_RISK_LEVEL ||
          kinds[i] == SG_TYPE_MATRIX_CELL)
        continue;
      klass = g_type_class_ref (kinds[i]);
      add_count (filler, sheet, sg_record_class_get_plural (klass),
                 g_list_model_get_n_items (sg_store_get_records (filler->store, kinds[i])));
    }

  /* One count of the risks serves the key figures and both heat maps. */
  heatmap = sg_heatmap_data_new_from_store (filler->store, SG_HEATMAP_MODE_INHERENT, NULL);
  if (heatmap != NULL)
    count_above_appetite (filler->method, heatmap, g_list_model_get_n_items (risks),
                          &above_inherent, &above_residual, &unrated);
  else
    unrated = g_list_model_get_n_items (risks);
  for (guint i = 0; i < g_list_model_get_n_items (controls); i++)
    {
      g_autoptr(SgRecord) control = g_list_model_get_item (controls, i);

      if (!sg_record_peek_boolean (control, "applicable"))
        continue;
      applicable++;
      if (sg_record_peek_enum (control, "implementation") >= SG_IMPLEMENTATION_STATUS_IMPLEMENTED)
        implemented++;
    }
  for (guint i = 0; i < g_list_model_get_n_items (ncs); i++)
    {
      g_autoptr(SgRecord) nc = g_list_model_get_item (ncs, i);

      if (sg_record_peek_enum (nc, "status") != SG_NC_STATUS_CLOSED)
        open_ncs++;
    }

  add_section (filler, sheet, _("Key figures"));
  add_count (filler, sheet, _("Risks above the risk appetite before treatment"), above_inherent);
  add_count (filler, sheet, _("Risks above the risk appetite now"), above_residual);
  add_count (filler, sheet, _("Risks not rated"), unrated);
  add_count (filler, sheet, _("Applicable controls"), applicable);
  add_count (filler, sheet, _("Applicable controls implemented"), implemented);
  add_count (filler, sheet, _("Open nonconformities"), open_ncs);

  /* The heat maps get a printed page of their own. */
  sheet->page_break = add_section (filler, sheet, _("Heat maps"));
  for (guint m = 0; m < 2 && heatmap != NULL; m++)
    {
      GBytes *png;
      SgXlsxImage *image;

      /* The counts of both are in the data; only what it shows changes. */
      if (m == 1)
        {
          guint n_cells = heatmap->n_likelihood * heatmap->n_impact;

          heatmap->mode = SG_HEATMAP_MODE_RESIDUAL;
          heatmap->n_rated = 0;
          for (guint c = 0; c < n_cells; c++)
            heatmap->n_rated += heatmap->residual_counts[c];
          g_free (heatmap->title);
          heatmap->title = g_strdup (_("Risk heat map: residual risk"));
        }
      png = draw_heatmap_png (heatmap);
      if (png == NULL)
        continue;
      image = g_new0 (SgXlsxImage, 1);
      image->png = png;
      image->scale = HEATMAP_SCALE;
      image->description = g_strdup (m == 0 ? _("Heat map of the inherent risks") :
                                              _("Heat map of the residual risks"));
      image->row = sheet->n_rows + m * (guint) (HEATMAP_HEIGHT * HEATMAP_SCALE / 20 + 2);
      g_ptr_array_add (sheet->images, image);
    }

  if (organisation != NULL && *organisation != '\0')
    /* Translators: the workbook's title property; %s is the organisation */
    title = g_strdup_printf (_("ISMS register of %s"), organisation);
  sg_xlsx_plan_set_properties (filler->plan, title ? title : _("ISMS register"), organisation);
}

static void
add_method_sheet (Filler      *filler,
                  SgXlsxSheet *sheet)
{
  SgRiskMethod *method = filler->method;
  guint n_likelihood = sg_risk_method_get_n_values (method, SG_SCALE_AXIS_LIKELIHOOD);
  guint n_impact = sg_risk_method_get_n_values (method, SG_SCALE_AXIS_IMPACT);
  guint n_levels = sg_risk_method_get_n_levels (method);
  SgXlsxPlan *plan = filler->plan;

  for (guint a = 0; a < 2; a++)
    {
      SgScaleAxis axis = a == 0 ? SG_SCALE_AXIS_LIKELIHOOD : SG_SCALE_AXIS_IMPACT;
      const char *headers[] = { _("Value"), _("Label"), _("Description") };

      add_section (filler, sheet, a == 0 ? _("Likelihood scale") : _("Impact scale"));
      sg_xlsx_sheet_add_row (plan, sheet);
      for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
        set_text (filler, sheet, c, headers[c], filler->header);
      for (guint v = 1; v <= sg_risk_method_get_n_values (method, axis); v++)
        {
          SgScaleLevel *level = sg_risk_method_get_scale_level (method, axis, (int) v);

          sg_xlsx_sheet_add_row (plan, sheet);
          sg_xlsx_sheet_set_number (sheet, 0, v, filler->left);
          if (level == NULL)
            continue;
          set_text (filler, sheet, 1, sg_record_peek_string (SG_RECORD (level), "label"), filler->left);
          /* Runs on over the empty cells to its right, as one line. */
          set_text (filler, sheet, 2, sg_record_peek_string (SG_RECORD (level), "description"),
                    filler->left);
        }
    }

  {
    const char *headers[] = { _("Risk level"), _("Colour"), _("Within risk appetite"),
                              _("May be accepted by"), _("Description") };

    add_section (filler, sheet, _("Risk levels"));
    sg_xlsx_sheet_add_row (plan, sheet);
    for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
      set_text (filler, sheet, c, headers[c], filler->header);
    for (guint i = n_levels; i > 0; i--)
      {
        SgRiskLevel *risk_level = sg_risk_method_get_level_nth (method, i - 1);
        SgRecord *level = SG_RECORD (risk_level);
        guint16 fill = level_style (filler, risk_level);

        sg_xlsx_sheet_add_row (plan, sheet);
        set_text (filler, sheet, 0, sg_record_peek_string (level, "name"), fill);
        set_text (filler, sheet, 1, sg_record_peek_string (level, "colour"), fill);
        set_text (filler, sheet, 2, sg_record_peek_boolean (level, "within-appetite") ? _("yes") : _("no"), 0);
        set_text (filler, sheet, 3, sg_record_peek_string (level, "acceptance-authority"), filler->left);
        set_text (filler, sheet, 4, sg_record_peek_string (level, "description"), filler->left);
      }
  }

  add_section (filler, sheet, _("Risk matrix"));
  sg_xlsx_sheet_add_row (plan, sheet);
  /* Translators: the corner cell of the risk matrix: rows are likelihood, columns impact */
  set_text (filler, sheet, 0, _("Likelihood ↓  Impact →"), filler->header);
  for (guint i = 1; i <= n_impact; i++)
    {
      SgScaleLevel *level = sg_risk_method_get_scale_level (method, SG_SCALE_AXIS_IMPACT, (int) i);
      g_autofree char *label = g_strdup_printf ("%u %s", i, level ? sg_record_peek_string (SG_RECORD (level), "label") : "");

      set_text (filler, sheet, i, g_strstrip (label), filler->header);
    }
  for (guint l = n_likelihood; l > 0; l--)
    {
      SgScaleLevel *level = sg_risk_method_get_scale_level (method, SG_SCALE_AXIS_LIKELIHOOD, (int) l);
      g_autofree char *label = g_strdup_printf ("%u %s", l, level ? sg_record_peek_string (SG_RECORD (level), "label") : "");

      sg_xlsx_sheet_add_row (plan, sheet);
      set_text (filler, sheet, 0, g_strstrip (label), filler->header);
      for (guint i = 1; i <= n_impact; i++)
        {
          SgRiskLevel *cell = sg_risk_method_get_level (method, (int) l, (int) i);

          if (cell != NULL)
            set_text (filler, sheet, i, sg_record_peek_string (SG_RECORD (cell), "name"),
                      level_style (filler, cell));
          else
            sg_xlsx_sheet_set_style (sheet, i, filler->no_level);
        }
    }
}

static const char *
history_action_label (SgHistoryAction action)
{
  switch (action)
    {
    case SG_HISTORY_CREATE:
      return _("Created");
    case SG_HISTORY_DELETE:
      return _("Deleted");
    case SG_HISTORY_RESTORE:
      return _("Restored");
    case SG_HISTORY_CHANGE:
    default:
      return _("Changed");
    }
}

static void
add_history_header (Filler      *filler,
                    SgXlsxSheet *sheet)
{
  const char *headers[] = { _("Record"), _("Kind"), _("Changed at"), _("Changed by"),
                            _("Action"), _("Field"), _("Old value"), _("New value") };

  sheet->header_row = (int) sg_xlsx_sheet_add_row (filler->plan, sheet);
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    {
      set_text (filler, sheet, c, headers[c], filler->header);
      sg_xlsx_sheet_fit (sheet, c, g_utf8_strlen (headers[c], -1) + 5);
    }
}

/* One record's changes; FALSE with @error when they cannot be read, or
 * with *@full when the sheet has reached Excel's last row. */
static gboolean
add_history_rows (Filler       *filler,
                  SgXlsxSheet  *sheet,
                  SgRecord     *record,
                  gboolean     *full,
                  GError      **error)
{
  SgRecordClass *klass = SG_RECORD_GET_CLASS (record);
  g_autoptr(GListModel) history = sg_store_list_history (filler->store, record, error);
  g_autofree char *display = NULL;

  if (history == NULL)
    return FALSE;
  display = sg_record_dup_display_name (record);
  for (guint h = 0; h < g_list_model_get_n_items (history); h++)
    {
      g_autoptr(SgHistoryEntry) entry = g_list_model_get_item (history, h);
      const char *field = sg_history_entry_get_field (entry);
      GParamSpec *pspec = field ? sg_record_class_find_field (klass, field) : NULL;
      double serial;

      /* A sheet ends at Excel's last row; the last one says so. */
      if (sheet->n_rows == LXW_ROW_MAX - 1)
        {
          sg_xlsx_sheet_add_row (filler->plan, sheet);
          set_text (filler, sheet, 0, _("Further entries do not fit on one sheet and are left out."), 0);
          *full = TRUE;
          return TRUE;
        }
      sg_xlsx_sheet_add_row (filler->plan, sheet);
      set_text (filler, sheet, 0, display, 0);
      set_text (filler, sheet, 1, sg_record_class_get_noun (klass), 0);
      if (timestamp_to_serial (sg_history_entry_get_changed_at (entry), &serial))
        sg_xlsx_sheet_set_number (sheet, 2, serial, filler->datetime);
      sg_xlsx_sheet_fit (sheet, 2, 17);
      set_text (filler, sheet, 3, sg_history_entry_get_changed_by (entry), 0);
      set_text (filler, sheet, 4, history_action_label (sg_history_entry_get_action (entry)), 0);
      set_text (filler, sheet, 5, pspec ? sg_field_get_label (pspec) : field, 0);
      set_text (filler, sheet, 6, sg_history_entry_get_old_value (entry), filler->wrap);
      set_text (filler, sheet, 7, sg_history_entry_get_new_value (entry), filler->wrap);
    }
  return TRUE;
}

/* The records of @kinds as listed now, each with a reference. */
static GPtrArray *
snapshot_records (SgStore     *store,
                  const GType *kinds,
                  guint        n_kinds)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint k = 0; k < n_kinds; k++)
    {
      guint n;
      SgRecord *const *peeked = sg_store_peek_records (store, kinds[k], &n);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (records, g_object_ref (peeked[i]));
    }
  return records;
}

static Job *
add_job (Filler      *filler,
         JobKind      kind,
         SgXlsxSheet *sheet)
{
  Job *job = g_new0 (Job, 1);

  job->kind = kind;
  job->sheet = sheet;
  g_ptr_array_add (filler->jobs, job);
  return job;
}

static void
add_records_job (Filler      *filler,
                 GType        kind,
                 const char  *name,
                 const char **first)
{
  g_autoptr(GPtrArray) records = snapshot_records (filler->store, &kind, 1);
  gboolean with_ref = records->len == 0;
  GArray *columns;
  Job *job;

  /* Kinds whose entries have no refs (objective readings) get no empty Ref column. */
  for (guint i = 0; i < records->len && !with_ref; i++)
    with_ref = sg_record_get_ref (g_ptr_array_index (records, i)) != NULL;
  columns = list_columns (kind, first, with_ref);
  if (name == NULL)
    {
      g_autoptr(SgRecordClass) klass = g_type_class_ref (kind);
      name = sg_record_class_get_plural (klass);
    }
  job = add_job (filler, JOB_RECORDS, sg_xlsx_plan_add_sheet (filler->plan, name, columns->len));
  job->columns = columns;
  job->records = g_steal_pointer (&records);
  sg_xlsx_plan_expect_rows (filler->plan, job->records->len + 1);
}

SgXlsxPlan *
sg_xlsx_plan_new (SgStore     *store,
                  SgXlsxFlags  flags)
{
  static const char *risk_order[] = { "ref", "title", NULL };
  static const char *soa_order[] = { "ref", "theme", "title", "applicable", "justification",
                                     "implementation", "owner", "evidence", NULL };
  Filler *filler;
  SgXlsxPlan *plan;
  SgXlsxSheet *sheet;
  const GType *kinds;
  guint n_kinds, n_impact;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  filler = g_new0 (Filler, 1);
  plan = sg_xlsx_plan_new_empty (filler, filler_free);
  filler->plan = plan;
  filler->store = g_object_ref (store);
  filler->method = sg_store_get_risk_method (store);
  filler->level_styles = g_hash_table_new (NULL, NULL);
  filler->jobs = g_ptr_array_new_with_free_func (job_free);
  add_styles (filler);

  sheet = sg_xlsx_plan_add_sheet (plan, _("Summary"), 2);
  sheet->portrait = TRUE;
  /* Labels on one line; values wrap in a column of their own. */
  sg_xlsx_sheet_limit_width (sheet, 0, 30, 60);
  sg_xlsx_sheet_limit_width (sheet, 1, 50, 70);
  add_job (filler, JOB_SUMMARY, sheet);
  sg_xlsx_plan_expect_rows (plan, SMALL_SHEET_ROWS);

  add_records_job (filler, SG_TYPE_RISK, _("Risk Register"), risk_order);

  n_impact = sg_risk_method_get_n_values (filler->method, SG_SCALE_AXIS_IMPACT);
  sheet = sg_xlsx_plan_add_sheet (plan, _("Risk Method"), MAX (n_impact + 1, 5));
  /* The matrix's columns are one width; longer texts run on to the right. */
  sg_xlsx_sheet_limit_width (sheet, 0, 16, 24);
  for (guint c = 1; c < sheet->n_columns; c++)
    sg_xlsx_sheet_limit_width (sheet, c, 16, 16);
  add_job (filler, JOB_METHOD, sheet);
  sg_xlsx_plan_expect_rows (plan, SMALL_SHEET_ROWS);

  add_records_job (filler, SG_TYPE_CONTROL, _("Statement of Applicability"), soa_order);

  /* Every other kind gets a sheet of its fields, in the order an ISMS reads them. */
  kinds = sg_record_kinds (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    {
      if (kinds[i] == SG_TYPE_RISK || kinds[i] == SG_TYPE_CONTROL || kinds[i] == SG_TYPE_SCALE_LEVEL ||
          kinds[i] == SG_TYPE_RISK_LEVEL || kinds[i] == SG_TYPE_MATRIX_CELL)
        continue;
      /* "Scope statements" is too long a sheet name in German. */
      add_records_job (filler, kinds[i], kinds[i] == SG_TYPE_SCOPE ? _("Scope") : NULL, risk_order);
    }

  if (flags & SG_XLSX_INCLUDE_HISTORY)
    {
      Job *job = add_job (filler, JOB_HISTORY,
                          sg_xlsx_plan_add_sheet (plan, _("Change History"), 8));

      job->records = snapshot_records (store, kinds, n_kinds);
      sg_xlsx_plan_expect_rows (plan, sg_store_count_history (store) + 1);
    }
  return plan;
}

/* Copies rows of one job until it is done or the budget is spent; FALSE
 * with @error when the store cannot be read. */
static gboolean
fill_job (Filler   *filler,
          Job      *job,
          guint    *budget,
          gboolean *job_done,
          GError  **error)
{
  SgXlsxSheet *sheet = job->sheet;
  gboolean full = FALSE;

  switch (job->kind)
    {
    case JOB_SUMMARY:
      add_summary (filler, sheet);
      *job_done = TRUE;
      break;
    case JOB_METHOD:
      add_method_sheet (filler, sheet);
      *job_done = TRUE;
      break;
    case JOB_RECORDS:
      if (sheet->n_rows == 0)
        add_header (filler, job);
      for (; filler->item < job->records->len && *budget > 0; filler->item++, (*budget)--)
        add_record_row (filler, job, g_ptr_array_index (job->records, filler->item));
      *job_done = filler->item == job->records->len;
      break;
    case JOB_HISTORY:
    default:
      if (sheet->n_rows == 0)
        add_history_header (filler, sheet);
      while (filler->item < job->records->len && *budget > 0 && !full)
        {
          guint before = sheet->n_rows;

          if (!add_history_rows (filler, sheet, g_ptr_array_index (job->records, filler->item),
                                 &full, error))
            return FALSE;
          filler->item++;
          *budget -= MIN (*budget, MAX (sheet->n_rows - before, 1));
        }
      *job_done = full || filler->item == job->records->len;
      break;
    }
  return TRUE;
}

gboolean
sg_xlsx_plan_fill (SgXlsxPlan *plan,
                   guint       max_rows)
{
  Filler *filler;
  guint budget;

  g_return_val_if_fail (plan != NULL, FALSE);

  filler = sg_xlsx_plan_get_filler (plan);
  if (filler == NULL)
    return FALSE;
  if (sg_xlsx_plan_is_stopped (plan))
    {
      sg_xlsx_plan_drop_filler (plan);
      return FALSE;
    }

  budget = MIN (max_rows, sg_xlsx_plan_get_room (plan));
  while (budget > 0 && filler->job < filler->jobs->len)
    {
      Job *job = g_ptr_array_index (filler->jobs, filler->job);
      GError *error = NULL;
      gboolean job_done = FALSE;

      if (!fill_job (filler, job, &budget, &job_done, &error))
        {
          sg_xlsx_plan_fail (plan, error);
          sg_xlsx_plan_drop_filler (plan);
          return FALSE;
        }
      sg_xlsx_plan_publish (plan, job->sheet, job_done);
      if (job_done)
        {
          /* The records go with their sheet. */
          g_clear_pointer (&job->records, g_ptr_array_unref);
          filler->job++;
          filler->item = 0;
        }
    }

  if (filler->job < filler->jobs->len)
    return TRUE;
  sg_xlsx_plan_drop_filler (plan);
  return FALSE;
}

typedef struct
{
  SgXlsxPlan         *plan;
  const char         *path;
  GCancellable       *cancellable;
  SgXlsxProgressFunc  progress;
  gpointer            user_data;
  GError             *error;
} Writing;

static gpointer
write_thread (gpointer data)
{
  Writing *writing = data;

  return GINT_TO_POINTER (sg_xlsx_plan_write (writing->plan, writing->path, writing->cancellable,
                                              writing->progress, writing->user_data,
                                              &writing->error));
}

gboolean
sg_xlsx_export (SgStore             *store,
                const char          *path,
                SgXlsxFlags          flags,
                GCancellable        *cancellable,
                SgXlsxProgressFunc   progress,
                gpointer             user_data,
                GError             **error)
{
  g_autoptr(SgXlsxPlan) plan = NULL;
  Writing writing = { NULL, path, cancellable, progress, user_data, NULL };
  GThread *thread;

  g_return_val_if_fail (SG_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  plan = sg_xlsx_plan_new (store, flags);
  writing.plan = plan;
  thread = g_thread_new ("sg-xlsx-write", write_thread, &writing);
  while (sg_xlsx_plan_fill (plan, G_MAXUINT))
    sg_xlsx_plan_wait_for_room (plan);
  if (!GPOINTER_TO_INT (g_thread_join (thread)))
    {
      g_propagate_error (error, writing.error);
      return FALSE;
    }
  return TRUE;
}

int
sg_xlsx_export_command (const char  *out,
                        const char  *register_path,
                        SgXlsxFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;

  g_return_val_if_fail (out != NULL, 1);

  if (register_path == NULL)
    {
      g_printerr ("safeguard: %s\n", _("--export-xlsx needs exactly one register file"));
      return 1;
    }
  store = sg_store_open (register_path, SG_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL || !sg_xlsx_export (store, out, flags, NULL, NULL, NULL, &error))
    {
      g_printerr ("safeguard: %s\n", error->message);
      return 1;
    }
  return 0;
}
