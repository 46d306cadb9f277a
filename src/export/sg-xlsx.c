/* sg-xlsx.c: the auditor's Excel workbook of a register
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two steps, so that the GUI can write in a thread: sg_xlsx_plan_new()
 * copies what the workbook shows out of the store's GObjects into plain
 * memory (deduplicated strings, numbers, style indices) on the store's
 * thread; sg_xlsx_plan_write() turns that into the file and touches no
 * GObject, so it may run in a GTask thread.
 *
 * libxlsxwriter runs in constant-memory mode: every sheet is written row
 * by row, in order, straight to a temporary file, so a 100,000-risk
 * register costs the plan's memory and not a second copy. That mode
 * forbids going back to a row; the plan is built in row order and the
 * layout needs no merged cells.
 *
 * Formula injection: worksheet_write_string() writes a string cell (an
 * inline string in constant-memory mode). Spreadsheets never evaluate
 * those, so "=1+1" stays text and needs no leading quote, unlike CSV. */
#define G_LOG_DOMAIN "sg-xlsx"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <xlsxwriter.h>

#include "sg-control.h"
#include "sg-csv.h"
#include "sg-heatmap.h"
#include "sg-kinds.h"
#include "sg-matrix-cell.h"
#include "sg-nonconformity.h"
#include "sg-risk-level.h"
#include "sg-risk.h"
#include "sg-scale-level.h"
#include "sg-scope.h"
#include "sg-colour.h"
#include "sg-output-file.h"
#include "sg-png.h"
#include "sg-xlsx.h"

/* Excel's limit for one cell's text, in characters. */
#define MAX_CELL_CHARS 32767
#define NO_COLOUR G_MAXUINT32
#define HEATMAP_WIDTH 800
#define HEATMAP_HEIGHT 600
#define HEATMAP_SCALE 0.6
/* Rows between two progress reports and cancellation checks. */
#define CHUNK 512

typedef enum
{
  CELL_EMPTY,
  CELL_TEXT,
  CELL_NUMBER,
} CellType;

typedef struct
{
  union
  {
    double      number;
    const char *text;   /* in the plan's string chunk */
  } v;
  guint16 style;
  guint8  type;
} Cell;

typedef enum
{
  FORMAT_GENERAL,
  FORMAT_DATE,
  FORMAT_DATETIME,
} NumberFormat;

typedef struct
{
  guint32 fill;     /* 0xrrggbb or NO_COLOUR */
  guint32 font;     /* 0xrrggbb or NO_COLOUR */
  guint8  bold;
  guint8  wrap;
  guint8  number_format;
  guint8  border;
  guint8  centre;
  guint8  large;
  guint8  left;
} Style;

typedef struct
{
  guint   col;
  guint   first_row;
  guint   last_row;
  char  **values;
} Validation;

typedef struct
{
  guint   row;
  GBytes *png;
  char   *description;
} Image;

typedef struct
{
  char      *name;
  guint      n_columns;
  double    *widths;      /* in characters */
  GArray    *cells;       /* Cell, row-major */
  guint      n_rows;
  int        header_row;  /* -1: no table; else frozen, filtered, repeated */
  gboolean   portrait;
  guint      page_break;  /* a row that starts a printed page, 0 for none */
  GPtrArray *validations;
  GPtrArray *images;
} Sheet;

struct _SgXlsxPlan
{
  GStringChunk *strings;
  GArray       *styles;   /* Style; 0 is the default */
  GPtrArray    *sheets;
  guint16       wrap_style;
  char         *title;
  char         *company;
  guint         n_rows;
};

static void
validation_free (gpointer data)
{
  Validation *validation = data;

  g_strfreev (validation->values);
  g_free (validation);
}

static void
image_free (gpointer data)
{
  Image *image = data;

  g_bytes_unref (image->png);
  g_free (image->description);
  g_free (image);
}

static void
sheet_free (gpointer data)
{
  Sheet *sheet = data;

  g_free (sheet->name);
  g_free (sheet->widths);
  g_array_unref (sheet->cells);
  g_ptr_array_unref (sheet->validations);
  g_ptr_array_unref (sheet->images);
  g_free (sheet);
}

void
sg_xlsx_plan_free (SgXlsxPlan *plan)
{
  if (plan == NULL)
    return;
  g_string_chunk_free (plan->strings);
  g_array_unref (plan->styles);
  g_ptr_array_unref (plan->sheets);
  g_free (plan->title);
  g_free (plan->company);
  g_free (plan);
}

guint
sg_xlsx_plan_get_n_rows (const SgXlsxPlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);

  return plan->n_rows;
}

/* Building the plan */

static Style
style_default (void)
{
  Style style = { NO_COLOUR, NO_COLOUR, 0, 0, 0, 0, 0, 0, 0 };

  return style;
}

static guint16
plan_add_style (SgXlsxPlan  *plan,
                const Style *style)
{
  for (guint i = 0; i < plan->styles->len; i++)
    {
      const Style *other = &g_array_index (plan->styles, Style, i);

      /* Field by field: padding bytes are not zero. */
      if (other->fill == style->fill && other->font == style->font && other->bold == style->bold &&
          other->wrap == style->wrap && other->number_format == style->number_format &&
          other->border == style->border && other->centre == style->centre &&
          other->large == style->large && other->left == style->left)
        return (guint16) i;
    }
  g_array_append_val (plan->styles, *style);
  return (guint16) (plan->styles->len - 1);
}

static guint32
parse_colour (const char *colour)
{
  guint32 value;

  return sg_colour_parse (colour, &value) ? value : NO_COLOUR;
}

/* A fill with text that stays readable on it. */
static guint16
plan_add_fill_style (SgXlsxPlan *plan,
                     const char *colour,
                     gboolean    centre)
{
  Style style = style_default ();
  guint32 fill = parse_colour (colour);

  style.fill = fill;
  style.border = 1;
  style.centre = centre;
  if (fill != NO_COLOUR)
    style.font = sg_colour_text_on (fill);
  return plan_add_style (plan, &style);
}

static Sheet *
plan_add_sheet (SgXlsxPlan *plan,
                const char *name,
                guint       n_columns)
{
  Sheet *sheet = g_new0 (Sheet, 1);
  GString *clean = g_string_new (NULL);
  guint n_chars = 0;

  /* Excel's rules for sheet names: 31 characters, none of []:*?/\ */
  for (const char *p = name; *p && n_chars < 31; p = g_utf8_next_char (p), n_chars++)
    {
      gunichar c = g_utf8_get_char (p);
      g_string_append_unichar (clean, strchr ("[]:*?/\\", (int) c) && c < 128 ? '-' : c);
    }
  sheet->name = g_string_free (clean, FALSE);
  sheet->n_columns = MAX (n_columns, 1);
  sheet->widths = g_new0 (double, sheet->n_columns);
  sheet->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  sheet->header_row = -1;
  sheet->validations = g_ptr_array_new_with_free_func (validation_free);
  sheet->images = g_ptr_array_new_with_free_func (image_free);
  g_ptr_array_add (plan->sheets, sheet);
  return sheet;
}

static guint
sheet_add_row (SgXlsxPlan *plan,
               Sheet      *sheet)
{
  g_array_set_size (sheet->cells, sheet->cells->len + sheet->n_columns);
  plan->n_rows++;
  return sheet->n_rows++;
}

static Cell *
sheet_cell (Sheet *sheet,
            guint  row,
            guint  col)
{
  g_assert (row < sheet->n_rows && col < sheet->n_columns);
  return &g_array_index (sheet->cells, Cell, row * sheet->n_columns + col);
}

static void
sheet_fit (Sheet  *sheet,
           guint   col,
           double  width)
{
  sheet->widths[col] = MAX (sheet->widths[col], width);
}

/* Characters in valid UTF-8: every byte that does not continue one. */
static glong
count_chars (const char *text,
             gsize       bytes)
{
  glong n = 0;

  for (gsize i = 0; i < bytes; i++)
    n += ((guchar) text[i] & 0xC0) != 0x80;
  return n;
}

static void
sheet_set_text (SgXlsxPlan *plan,
                Sheet      *sheet,
                guint       row,
                guint       col,
                const char *text,
                guint16     style)
{
  Cell *cell = sheet_cell (sheet, row, col);
  glong n_chars;

  cell->style = style;
  if (text == NULL || *text == '\0')
    return;

  /* Bytes first: most cells are short, and counting characters costs. */
  n_chars = strlen (text);
  if (n_chars > 40)
    n_chars = count_chars (text, (gsize) n_chars);
  /* A long line wraps rather than widening its column beyond reading. */
  if (style == 0 && n_chars > 40)
    cell->style = style = plan->wrap_style;
  if (n_chars > MAX_CELL_CHARS)
    {
      g_autofree char *cut = g_strndup (text, g_utf8_offset_to_pointer (text, MAX_CELL_CHARS) - text);
      cell->v.text = g_string_chunk_insert_const (plan->strings, cut);
      n_chars = MAX_CELL_CHARS;
    }
  else
    cell->v.text = g_string_chunk_insert_const (plan->strings, text);
  cell->type = CELL_TEXT;

  sheet_fit (sheet, col, MIN (n_chars, 40) + 2);
}

static void
sheet_set_number (Sheet   *sheet,
                  guint    row,
                  guint    col,
                  double   number,
                  guint16  style)
{
  Cell *cell = sheet_cell (sheet, row, col);

  cell->type = CELL_NUMBER;
  cell->v.number = number;
  cell->style = style;
  sheet_fit (sheet, col, 8);
}

static void
sheet_set_style (Sheet   *sheet,
                 guint    row,
                 guint    col,
                 guint16  style)
{
  sheet_cell (sheet, row, col)->style = style;
}

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

typedef struct
{
  SgXlsxPlan   *plan;
  SgStore      *store;
  SgRiskMethod *method;
  GHashTable   *level_styles;    /* SgRiskLevel* → style index + 1 */
  GHashTable   *treating_risks;  /* control id → GString of risk refs */
  guint16       header;
  guint16       title;
  guint16       section;
  guint16       wrap;
  guint16       date;
  guint16       datetime;
  guint16       left;
} Builder;

static guint16
level_style (Builder     *builder,
             SgRiskLevel *level)
{
  gpointer style = g_hash_table_lookup (builder->level_styles, level);

  if (style == NULL)
    {
      guint16 index = plan_add_fill_style (builder->plan,
                                           sg_record_peek_string (SG_RECORD (level), "colour"),
                                           TRUE);
      style = GUINT_TO_POINTER ((guint) index + 1);
      g_hash_table_insert (builder->level_styles, level, style);
    }
  return (guint16) (GPOINTER_TO_UINT (style) - 1);
}

static void
set_level_cell (Builder  *builder,
                Sheet    *sheet,
                guint     row,
                guint     col,
                SgRecord *risk,
                gboolean  residual)
{
  SgRiskLevel *level =
    sg_risk_method_get_level (builder->method,
                              sg_record_peek_int (risk, residual ? "residual-likelihood" : "inherent-likelihood"),
                              sg_record_peek_int (risk, residual ? "residual-impact" : "inherent-impact"));

  if (level != NULL)
    sheet_set_text (builder->plan, sheet, row, col,
                    sg_record_peek_string (SG_RECORD (level), "name"), level_style (builder, level));
}

static void
set_field_cell (Builder    *builder,
                Sheet      *sheet,
                guint       row,
                guint       col,
                SgRecord   *record,
                GParamSpec *pspec)
{
  const GValue *value = sg_record_peek_value (record, pspec);
  SgXlsxPlan *plan = builder->plan;
  double serial;

  switch (sg_field_get_kind (pspec))
    {
    case SG_FIELD_DATE:
      if (date_to_serial (g_value_get_string (value), &serial))
        sheet_set_number (sheet, row, col, serial, builder->date);
      else
        sheet_set_text (plan, sheet, row, col, g_value_get_string (value), 0);
      sheet_fit (sheet, col, 12);
      return;
    case SG_FIELD_TIMESTAMP:
      if (timestamp_to_serial (g_value_get_string (value), &serial))
        sheet_set_number (sheet, row, col, serial, builder->datetime);
      else
        sheet_set_text (plan, sheet, row, col, g_value_get_string (value), 0);
      sheet_fit (sheet, col, 17);
      return;
    case SG_FIELD_NUMBER:
      sheet_set_number (sheet, row, col, g_value_get_int (value), 0);
      return;
    case SG_FIELD_DECIMAL:
      sheet_set_number (sheet, row, col, g_value_get_double (value), 0);
      return;
    case SG_FIELD_LIKELIHOOD:
    case SG_FIELD_IMPACT:
      if (g_value_get_int (value) != 0)
        sheet_set_number (sheet, row, col, g_value_get_int (value), 0);
      return;
    case SG_FIELD_TEXT:
    case SG_FIELD_COLOUR:
      sheet_set_text (plan, sheet, row, col, g_value_get_string (value), 0);
      return;
    case SG_FIELD_LONG_TEXT:
      sheet_set_text (plan, sheet, row, col, g_value_get_string (value), builder->wrap);
      return;
    /* The same words as sg_csv_format_value(), without a copy per cell. */
    case SG_FIELD_BOOLEAN:
      sheet_set_text (plan, sheet, row, col, g_value_get_boolean (value) ? _("yes") : _("no"), 0);
      return;
    case SG_FIELD_CHOICE:
      sheet_set_text (plan, sheet, row, col,
                      sg_enum_get_label (G_PARAM_SPEC_VALUE_TYPE (pspec), g_value_get_enum (value)), 0);
      return;
    case SG_FIELD_REFERENCE:
    case SG_FIELD_LINKS:
    default:
      {
        g_autofree char *text = sg_csv_format_value (builder->store, record, pspec);
        sheet_set_text (plan, sheet, row, col, text, 0);
      }
      return;
    }
}

/* The header row, its widths, and a drop-down list for every choice. */
static void
add_header (Builder *builder,
            Sheet   *sheet,
            GArray  *columns,
            guint    n_records)
{
  guint row = sheet_add_row (builder->plan, sheet);

  sheet->header_row = (int) row;
  for (guint c = 0; c < columns->len; c++)
    {
      Column *column = &g_array_index (columns, Column, c);

      sheet_set_text (builder->plan, sheet, row, c, column->label, builder->header);
      /* Room for the filter button. */
      sheet_fit (sheet, c, g_utf8_strlen (column->label, -1) + 5);
      if (column->kind == COLUMN_FIELD && sg_field_get_kind (column->pspec) == SG_FIELD_LONG_TEXT)
        sheet_fit (sheet, c, 50);

      if (column->kind == COLUMN_FIELD && sg_field_get_kind (column->pspec) == SG_FIELD_CHOICE &&
          n_records > 0)
        {
          g_autoptr(GEnumClass) enum_class = g_type_class_ref (G_PARAM_SPEC_VALUE_TYPE (column->pspec));
          g_autoptr(GStrvBuilder) values = g_strv_builder_new ();
          gsize length = 0;
          Validation *validation;

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
          validation = g_new0 (Validation, 1);
          validation->col = c;
          validation->first_row = row + 1;
          validation->last_row = row + n_records;
          validation->values = g_strv_builder_end (values);
          g_ptr_array_add (sheet->validations, validation);
        }
    }
}

static gboolean
add_record_sheet (Builder       *builder,
                  GType          kind,
                  const char    *name,
                  const char   **first,
                  GCancellable  *cancellable,
                  GError       **error)
{
  GListModel *records = sg_store_get_records (builder->store, kind);
  guint n = g_list_model_get_n_items (records);
  g_autoptr(GArray) columns = NULL;
  gboolean with_ref = FALSE;
  Sheet *sheet;

  /* Kinds whose entries have no refs (objective readings) get no empty Ref column. */
  for (guint i = 0; i < n && !with_ref; i++)
    {
      g_autoptr(SgRecord) record = g_list_model_get_item (records, i);
      with_ref = sg_record_get_ref (record) != NULL;
    }
  columns = list_columns (kind, first, with_ref || n == 0);

  if (name == NULL)
    {
      g_autoptr(SgRecordClass) klass = g_type_class_ref (kind);
      name = sg_record_class_get_plural (klass);
    }
  sheet = plan_add_sheet (builder->plan, name, columns->len);
  add_header (builder, sheet, columns, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) record = g_list_model_get_item (records, i);
      guint row = sheet_add_row (builder->plan, sheet);

      if (i % CHUNK == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      for (guint c = 0; c < columns->len; c++)
        {
          Column *column = &g_array_index (columns, Column, c);
          GString *refs;

          switch (column->kind)
            {
            case COLUMN_FIELD:
              set_field_cell (builder, sheet, row, c, record, column->pspec);
              break;
            case COLUMN_INHERENT_LEVEL:
            case COLUMN_RESIDUAL_LEVEL:
              set_level_cell (builder, sheet, row, c, record, column->kind == COLUMN_RESIDUAL_LEVEL);
              break;
            case COLUMN_TREATING_RISKS:
            default:
              refs = g_hash_table_lookup (builder->treating_risks,
                                          &(gint64) { sg_record_get_id (record) });
              if (refs != NULL)
                sheet_set_text (builder->plan, sheet, row, c, refs->str, 0);
              break;
            }
        }
    }
  return TRUE;
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
  GListModel *risks = sg_store_get_records (store, SG_TYPE_RISK);
  guint n = g_list_model_get_n_items (risks);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (risks, i);
      GVariant *links = sg_record_peek_links (risk, "controls");
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
          if (refs->len > MAX_CELL_CHARS / 2)
            continue;
          if (refs->len > 0)
            g_string_append (refs, ", ");
          g_string_append (refs, sg_record_get_ref (risk) ? sg_record_get_ref (risk) : "");
        }
    }
  return map;
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
add_label (Builder    *builder,
           Sheet      *sheet,
           guint       row,
           const char *label)
{
  sheet_set_text (builder->plan, sheet, row, 0, label, builder->left);
  sheet_fit (sheet, 0, g_utf8_strlen (label, -1) + 2);
}

static void
add_pair (Builder    *builder,
          Sheet      *sheet,
          const char *label,
          const char *value)
{
  guint row = sheet_add_row (builder->plan, sheet);

  add_label (builder, sheet, row, label);
  sheet_set_text (builder->plan, sheet, row, 1, value, builder->wrap);
}

static void
add_count (Builder    *builder,
           Sheet      *sheet,
           const char *label,
           guint       count)
{
  guint row = sheet_add_row (builder->plan, sheet);

  add_label (builder, sheet, row, label);
  sheet_set_number (sheet, row, 1, count, builder->left);
}

static guint
add_section (Builder    *builder,
             Sheet      *sheet,
             const char *title)
{
  guint row;

  if (sheet->n_rows > 0)
    sheet_add_row (builder->plan, sheet);
  row = sheet_add_row (builder->plan, sheet);
  sheet_set_text (builder->plan, sheet, row, 0, title, builder->section);
  return row;
}

static void
add_summary (Builder *builder)
{
  g_autoptr(SgRecord) scope = first_record (builder->store, SG_TYPE_SCOPE);
  g_autofree char *register_name = g_path_get_basename (sg_store_get_path (builder->store));
  g_autofree char *today = sg_date_today ();
  GListModel *risks = sg_store_get_records (builder->store, SG_TYPE_RISK);
  GListModel *controls = sg_store_get_records (builder->store, SG_TYPE_CONTROL);
  GListModel *ncs = sg_store_get_records (builder->store, SG_TYPE_NONCONFORMITY);
  g_autoptr(SgHeatmapData) heatmap = NULL;
  guint above_inherent = 0, above_residual = 0, unrated = 0;
  guint applicable = 0, implemented = 0, open_ncs = 0;
  const char *organisation = scope ? sg_record_peek_string (scope, "organisation") : NULL;
  const GType *kinds;
  guint n_kinds, row;
  double serial;
  Sheet *sheet;

  sheet = plan_add_sheet (builder->plan, _("Summary"), 2);
  sheet->portrait = TRUE;
  row = sheet_add_row (builder->plan, sheet);
  sheet_set_text (builder->plan, sheet, row, 0, _("Information security management system"),
                  builder->title);

  add_pair (builder, sheet, _("Organisation"), organisation);
  if (scope != NULL)
    {
      add_pair (builder, sheet, _("Scope"), sg_record_peek_string (scope, "title"));
      add_pair (builder, sheet, _("Scope statement"), sg_record_peek_string (scope, "statement"));
    }
  add_pair (builder, sheet, _("Register"), register_name);
  row = sheet_add_row (builder->plan, sheet);
  add_label (builder, sheet, row, _("Exported on"));
  if (date_to_serial (today, &serial))
    sheet_set_number (sheet, row, 1, serial,
                      plan_add_style (builder->plan, &(Style) { .fill = NO_COLOUR, .font = NO_COLOUR,
                                                                .number_format = FORMAT_DATE, .left = 1 }));

  add_section (builder, sheet, _("Records"));
  kinds = sg_record_kinds (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    {
      g_autoptr(SgRecordClass) klass = NULL;

      /* The risk method's parts are not records a reader counts. */
      if (kinds[i] == SG_TYPE_SCALE_LEVEL || kinds[i] == SG_TYPE_RISK_LEVEL ||
          kinds[i] == SG_TYPE_MATRIX_CELL)
        continue;
      klass = g_type_class_ref (kinds[i]);
      add_count (builder, sheet, sg_record_class_get_plural (klass),
                 g_list_model_get_n_items (sg_store_get_records (builder->store, kinds[i])));
    }

  /* One count of the risks serves the key figures and both heat maps. */
  heatmap = sg_heatmap_data_new_from_store (builder->store, SG_HEATMAP_MODE_INHERENT, NULL);
  if (heatmap != NULL)
    count_above_appetite (builder->method, heatmap, g_list_model_get_n_items (risks),
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

  add_section (builder, sheet, _("Key figures"));
  add_count (builder, sheet, _("Risks above the risk appetite before treatment"), above_inherent);
  add_count (builder, sheet, _("Risks above the risk appetite now"), above_residual);
  add_count (builder, sheet, _("Risks not rated"), unrated);
  add_count (builder, sheet, _("Applicable controls"), applicable);
  add_count (builder, sheet, _("Applicable controls implemented"), implemented);
  add_count (builder, sheet, _("Open nonconformities"), open_ncs);

  /* The heat maps get a printed page of their own. */
  sheet->page_break = add_section (builder, sheet, _("Heat maps"));
  for (guint m = 0; m < 2 && heatmap != NULL; m++)
    {
      GBytes *png;
      Image *image;

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
      image = g_new0 (Image, 1);
      image->png = png;
      image->description = g_strdup (m == 0 ? _("Heat map of the inherent risks") :
                                              _("Heat map of the residual risks"));
      image->row = sheet->n_rows + m * (guint) (HEATMAP_HEIGHT * HEATMAP_SCALE / 20 + 2);
      g_ptr_array_add (sheet->images, image);
    }

  sheet->widths[0] = CLAMP (sheet->widths[0], 30, 60);
  sheet->widths[1] = MIN (MAX (sheet->widths[1], 50), 70);

  g_free (builder->plan->company);
  builder->plan->company = g_strdup (organisation);
}

static void
add_method_sheet (Builder *builder)
{
  SgRiskMethod *method = builder->method;
  guint n_likelihood = sg_risk_method_get_n_values (method, SG_SCALE_AXIS_LIKELIHOOD);
  guint n_impact = sg_risk_method_get_n_values (method, SG_SCALE_AXIS_IMPACT);
  guint n_levels = sg_risk_method_get_n_levels (method);
  Sheet *sheet = plan_add_sheet (builder->plan, _("Risk Method"), MAX (n_impact + 1, 5));
  SgXlsxPlan *plan = builder->plan;
  guint row;

  for (guint a = 0; a < 2; a++)
    {
      SgScaleAxis axis = a == 0 ? SG_SCALE_AXIS_LIKELIHOOD : SG_SCALE_AXIS_IMPACT;
      const char *headers[] = { _("Value"), _("Label"), _("Description") };

      add_section (builder, sheet, a == 0 ? _("Likelihood scale") : _("Impact scale"));
      row = sheet_add_row (plan, sheet);
      for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
        sheet_set_text (plan, sheet, row, c, headers[c], builder->header);
      for (guint v = 1; v <= sg_risk_method_get_n_values (method, axis); v++)
        {
          SgScaleLevel *level = sg_risk_method_get_scale_level (method, axis, (int) v);

          row = sheet_add_row (plan, sheet);
          sheet_set_number (sheet, row, 0, v, builder->left);
          if (level == NULL)
            continue;
          sheet_set_text (plan, sheet, row, 1, sg_record_peek_string (SG_RECORD (level), "label"),
                          builder->left);
          /* Runs on over the empty cells to its right, as one line. */
          sheet_set_text (plan, sheet, row, 2, sg_record_peek_string (SG_RECORD (level), "description"),
                          builder->left);
        }
    }

  {
    const char *headers[] = { _("Risk level"), _("Colour"), _("Within risk appetite"),
                              _("May be accepted by"), _("Description") };

    add_section (builder, sheet, _("Risk levels"));
    row = sheet_add_row (plan, sheet);
    for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
      sheet_set_text (plan, sheet, row, c, headers[c], builder->header);
    for (guint i = n_levels; i > 0; i--)
      {
        SgRecord *level = SG_RECORD (sg_risk_method_get_level_nth (method, i - 1));
        guint16 fill = level_style (builder, SG_RISK_LEVEL (level));

        row = sheet_add_row (plan, sheet);
        sheet_set_text (plan, sheet, row, 0, sg_record_peek_string (level, "name"), fill);
        sheet_set_text (plan, sheet, row, 1, sg_record_peek_string (level, "colour"), fill);
        sheet_set_text (plan, sheet, row, 2, sg_record_peek_boolean (level, "within-appetite") ?
                                              _("yes") : _("no"), 0);
        sheet_set_text (plan, sheet, row, 3, sg_record_peek_string (level, "acceptance-authority"),
                        builder->left);
        sheet_set_text (plan, sheet, row, 4, sg_record_peek_string (level, "description"),
                        builder->left);
      }
  }

  add_section (builder, sheet, _("Risk matrix"));
  row = sheet_add_row (plan, sheet);
  /* Translators: the corner cell of the risk matrix: rows are likelihood, columns impact */
  sheet_set_text (plan, sheet, row, 0, _("Likelihood ↓  Impact →"), builder->header);
  for (guint i = 1; i <= n_impact; i++)
    {
      SgScaleLevel *level = sg_risk_method_get_scale_level (method, SG_SCALE_AXIS_IMPACT, (int) i);
      g_autofree char *label = g_strdup_printf ("%u %s", i, level ? sg_record_peek_string (SG_RECORD (level), "label") : "");

      sheet_set_text (plan, sheet, row, i, g_strstrip (label), builder->header);
    }
  for (guint l = n_likelihood; l > 0; l--)
    {
      SgScaleLevel *level = sg_risk_method_get_scale_level (method, SG_SCALE_AXIS_LIKELIHOOD, (int) l);
      g_autofree char *label = g_strdup_printf ("%u %s", l, level ? sg_record_peek_string (SG_RECORD (level), "label") : "");

      row = sheet_add_row (plan, sheet);
      sheet_set_text (plan, sheet, row, 0, g_strstrip (label), builder->header);
      for (guint i = 1; i <= n_impact; i++)
        {
          SgRiskLevel *cell = sg_risk_method_get_level (method, (int) l, (int) i);

          if (cell != NULL)
            sheet_set_text (plan, sheet, row, i, sg_record_peek_string (SG_RECORD (cell), "name"),
                            level_style (builder, cell));
          else
            sheet_set_style (sheet, row, i, plan_add_fill_style (plan, NULL, TRUE));
        }
    }
  /* The matrix's columns are one width; longer texts run on to the right. */
  sheet->widths[0] = CLAMP (sheet->widths[0], 16, 24);
  for (guint c = 1; c < sheet->n_columns; c++)
    sheet->widths[c] = 16;
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

static gboolean
add_history_sheet (Builder       *builder,
                   GCancellable  *cancellable,
                   GError       **error)
{
  const char *headers[] = { _("Record"), _("Kind"), _("Changed at"), _("Changed by"),
                            _("Action"), _("Field"), _("Old value"), _("New value") };
  SgXlsxPlan *plan = builder->plan;
  Sheet *sheet = plan_add_sheet (plan, _("Change History"), G_N_ELEMENTS (headers));
  const GType *kinds;
  guint n_kinds, row;

  row = sheet_add_row (plan, sheet);
  sheet->header_row = (int) row;
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    {
      sheet_set_text (plan, sheet, row, c, headers[c], builder->header);
      sheet_fit (sheet, c, g_utf8_strlen (headers[c], -1) + 5);
    }

  kinds = sg_record_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      g_autoptr(SgRecordClass) klass = g_type_class_ref (kinds[k]);
      GListModel *records = sg_store_get_records (builder->store, kinds[k]);

      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(SgRecord) record = g_list_model_get_item (records, i);
          g_autoptr(GListModel) history = NULL;
          g_autofree char *display = NULL;

          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          history = sg_store_list_history (builder->store, record, error);
          if (history == NULL)
            return FALSE;
          display = sg_record_dup_display_name (record);
          for (guint h = 0; h < g_list_model_get_n_items (history); h++)
            {
              /* A sheet ends at Excel's last row; the last one says so. */
              if (sheet->n_rows == LXW_ROW_MAX - 1)
                {
                  row = sheet_add_row (plan, sheet);
                  sheet_set_text (plan, sheet, row, 0,
                                  _("Further entries do not fit on one sheet and are left out."), 0);
                  return TRUE;
                }
              g_autoptr(SgHistoryEntry) entry = g_list_model_get_item (history, h);
              const char *field = sg_history_entry_get_field (entry);
              GParamSpec *pspec = field ? sg_record_class_find_field (klass, field) : NULL;
              double serial;

              row = sheet_add_row (plan, sheet);
              sheet_set_text (plan, sheet, row, 0, display, 0);
              sheet_set_text (plan, sheet, row, 1, sg_record_class_get_noun (klass), 0);
              if (timestamp_to_serial (sg_history_entry_get_changed_at (entry), &serial))
                sheet_set_number (sheet, row, 2, serial, builder->datetime);
              sheet_fit (sheet, 2, 17);
              sheet_set_text (plan, sheet, row, 3, sg_history_entry_get_changed_by (entry), 0);
              sheet_set_text (plan, sheet, row, 4,
                              history_action_label (sg_history_entry_get_action (entry)), 0);
              sheet_set_text (plan, sheet, row, 5, pspec ? sg_field_get_label (pspec) : field, 0);
              sheet_set_text (plan, sheet, row, 6, sg_history_entry_get_old_value (entry), builder->wrap);
              sheet_set_text (plan, sheet, row, 7, sg_history_entry_get_new_value (entry), builder->wrap);
            }
        }
    }
  return TRUE;
}

SgXlsxPlan *
sg_xlsx_plan_new (SgStore       *store,
                  SgXlsxFlags    flags,
                  GCancellable  *cancellable,
                  GError       **error)
{
  static const char *risk_order[] = { "ref", "title", NULL };
  static const char *soa_order[] = { "ref", "theme", "title", "applicable", "justification",
                                     "implementation", "owner", "evidence", NULL };
  g_autoptr(SgXlsxPlan) plan = g_new0 (SgXlsxPlan, 1);
  g_autoptr(GHashTable) level_styles = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) treating_risks = NULL;
  Builder builder = { 0 };
  Style style = style_default ();
  const GType *kinds;
  guint n_kinds;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  plan->strings = g_string_chunk_new (64 * 1024);
  plan->styles = g_array_new (FALSE, FALSE, sizeof (Style));
  plan->sheets = g_ptr_array_new_with_free_func (sheet_free);
  plan_add_style (plan, &style);

  builder.plan = plan;
  builder.store = store;
  builder.method = sg_store_get_risk_method (store);
  builder.level_styles = level_styles;

  style = style_default ();
  style.bold = style.border = style.wrap = 1;
  style.fill = 0xDEDDDA;
  builder.header = plan_add_style (plan, &style);
  style = style_default ();
  style.bold = style.large = 1;
  builder.title = plan_add_style (plan, &style);
  style = style_default ();
  style.bold = 1;
  builder.section = plan_add_style (plan, &style);
  style = style_default ();
  style.wrap = 1;
  builder.wrap = plan_add_style (plan, &style);
  plan->wrap_style = builder.wrap;
  style = style_default ();
  style.left = 1;
  builder.left = plan_add_style (plan, &style);
  style = style_default ();
  style.number_format = FORMAT_DATE;
  builder.date = plan_add_style (plan, &style);
  style = style_default ();
  style.number_format = FORMAT_DATETIME;
  builder.datetime = plan_add_style (plan, &style);

  treating_risks = collect_treating_risks (store);
  builder.treating_risks = treating_risks;

  add_summary (&builder);
  if (!add_record_sheet (&builder, SG_TYPE_RISK, _("Risk Register"), risk_order, cancellable, error))
    return NULL;
  add_method_sheet (&builder);
  if (!add_record_sheet (&builder, SG_TYPE_CONTROL, _("Statement of Applicability"), soa_order,
                         cancellable, error))
    return NULL;

  /* Every other kind gets a sheet of its fields, in the order an ISMS reads them. */
  kinds = sg_record_kinds (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    {
      if (kinds[i] == SG_TYPE_RISK || kinds[i] == SG_TYPE_CONTROL || kinds[i] == SG_TYPE_SCALE_LEVEL ||
          kinds[i] == SG_TYPE_RISK_LEVEL || kinds[i] == SG_TYPE_MATRIX_CELL)
        continue;
      /* "Scope statements" is too long a sheet name in German. */
      if (!add_record_sheet (&builder, kinds[i], kinds[i] == SG_TYPE_SCOPE ? _("Scope") : NULL,
                             risk_order, cancellable, error))
        return NULL;
    }

  if ((flags & SG_XLSX_INCLUDE_HISTORY) && !add_history_sheet (&builder, cancellable, error))
    return NULL;

  if (plan->company != NULL && *plan->company != '\0')
    /* Translators: the workbook's title property; %s is the organisation */
    plan->title = g_strdup_printf (_("ISMS register of %s"), plan->company);
  else
    plan->title = g_strdup (_("ISMS register"));

  return g_steal_pointer (&plan);
}

/* Writing */

static lxw_color_t
lxw_colour (guint32 colour)
{
  /* libxlsxwriter reads 0 as "no colour": black has its own value. */
  return colour == 0 ? LXW_COLOR_BLACK : colour;
}

static lxw_format *
create_format (lxw_workbook *workbook,
               const Style  *style)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  if (style->fill != NO_COLOUR)
    {
      format_set_pattern (format, LXW_PATTERN_SOLID);
      format_set_bg_color (format, lxw_colour (style->fill));
    }
  if (style->font != NO_COLOUR)
    format_set_font_color (format, lxw_colour (style->font));
  if (style->bold)
    format_set_bold (format);
  if (style->large)
    format_set_font_size (format, 16);
  if (style->wrap)
    format_set_text_wrap (format);
  if (style->border)
    format_set_border (format, LXW_BORDER_THIN);
  if (style->centre)
    format_set_align (format, LXW_ALIGN_CENTER);
  if (style->left)
    format_set_align (format, LXW_ALIGN_LEFT);
  /* Excel's built-in formats 14 and 22 follow the reader's locale. */
  if (style->number_format == FORMAT_DATE)
    format_set_num_format_index (format, 14);
  else if (style->number_format == FORMAT_DATETIME)
    format_set_num_format_index (format, 22);
  return format;
}

static void
set_write_error (GError      **error,
                 const char   *path,
                 lxw_error     code)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: %s: the file, then libxlsxwriter's reason (in English) */
               _("Could not write “%s”: the disk may be full or the folder not writable (%s)."),
               display, lxw_strerror (code));
}

/* Spreadsheets do not grow a row for wrapped text on opening: the height
 * of a row is estimated from the lines its wrapped cells need. */
static double
row_height (Sheet       *sheet,
            const Cell  *cells,
            const Style *styles)
{
  guint lines = 1;
  gboolean large = FALSE;

  for (guint c = 0; c < sheet->n_columns; c++)
    {
      const Style *style = &styles[cells[c].style];
      guint per_line, n = 0;
      const char *p;

      large |= style->large;
      if (cells[c].type != CELL_TEXT || !style->wrap)
        continue;
      /* Text averages a little narrower than the digit a width is counted in. */
      per_line = MAX (1, (guint) (CLAMP (sheet->widths[c], 6, 60) * 1.1));
      p = cells[c].v.text;
      while (p != NULL)
        {
          const char *end = strchr (p, '\n');
          gsize bytes = end ? (gsize) (end - p) : strlen (p);
          glong chars = bytes <= per_line ? (glong) bytes : count_chars (p, bytes);

          n += MAX (1, (guint) ((chars + per_line - 1) / per_line));
          p = end ? end + 1 : NULL;
        }
      lines = MAX (lines, n);
    }
  if (lines <= 1 && !large)
    return 0;
  return MIN (409, MAX (large ? 24 : 0, lines * 15.0 + 2));
}

static lxw_error
write_sheet (lxw_workbook  *workbook,
             Sheet         *sheet,
             const Style   *styles,
             lxw_format   **formats,
             guint         *rows_done,
             guint          n_rows_total,
             GCancellable  *cancellable,
             SgXlsxProgressFunc progress,
             gpointer       user_data,
             gboolean      *cancelled)
{
  lxw_worksheet *worksheet = workbook_add_worksheet (workbook, sheet->name);
  lxw_error err = LXW_NO_ERROR;
  double total_width = 0;

  if (worksheet == NULL)
    return LXW_ERROR_SHEETNAME_ALREADY_USED;

  for (guint c = 0; c < sheet->n_columns; c++)
    {
      worksheet_set_column (worksheet, (lxw_col_t) c, (lxw_col_t) c,
                            CLAMP (sheet->widths[c], 6, 60), NULL);
      total_width += CLAMP (sheet->widths[c], 6, 60);
    }

  if (sheet->portrait)
    worksheet_set_portrait (worksheet);
  else
    worksheet_set_landscape (worksheet);
  /* A4, or A3 where a whole row would shrink below reading on A4. */
  worksheet_set_paper (worksheet, total_width > 250 ? 8 : 9);
  worksheet_fit_to_pages (worksheet, 1, 0);
  if (sheet->page_break > 0)
    {
      lxw_row_t breaks[] = { sheet->page_break, 0 };
      worksheet_set_h_pagebreaks (worksheet, breaks);
    }
  worksheet_set_footer (worksheet, "&L&A&R&P / &N");
  if (sheet->header_row >= 0)
    {
      lxw_row_t header = (lxw_row_t) sheet->header_row;

      worksheet_repeat_rows (worksheet, header, header);
      worksheet_freeze_panes (worksheet, header + 1, 0);
      worksheet_autofilter (worksheet, header, 0, MAX (sheet->n_rows - 1, header),
                            (lxw_col_t) (sheet->n_columns - 1));
    }

  for (guint i = 0; i < sheet->validations->len; i++)
    {
      Validation *validation = g_ptr_array_index (sheet->validations, i);
      lxw_data_validation options = { 0 };

      options.validate = LXW_VALIDATION_TYPE_LIST;
      /* char ** or const char **, depending on the libxlsxwriter release. */
      options.value_list = (void *) validation->values;
      options.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
      worksheet_data_validation_range (worksheet, validation->first_row, (lxw_col_t) validation->col,
                                       validation->last_row, (lxw_col_t) validation->col, &options);
    }

  for (guint i = 0; i < sheet->images->len; i++)
    {
      Image *image = g_ptr_array_index (sheet->images, i);
      lxw_image_options options = { 0 };
      gsize size;
      const guchar *png = g_bytes_get_data (image->png, &size);

      options.x_scale = HEATMAP_SCALE;
      options.y_scale = HEATMAP_SCALE;
      options.description = image->description;
      err = worksheet_insert_image_buffer_opt (worksheet, image->row, 0, png, size, &options);
      if (err != LXW_NO_ERROR)
        return err;
    }

  for (guint r = 0; r < sheet->n_rows; r++)
    {
      const Cell *cells = &g_array_index (sheet->cells, Cell, r * sheet->n_columns);
      double height;

      if (r % CHUNK == 0)
        {
          if (g_cancellable_is_cancelled (cancellable))
            {
              *cancelled = TRUE;
              return LXW_NO_ERROR;
            }
          if (progress != NULL && n_rows_total > 0)
            progress (0.9 * (*rows_done + r) / n_rows_total, user_data);
        }

      /* Constant-memory mode: before the row's first cell. */
      height = row_height (sheet, cells, styles);
      if (height > 0)
        worksheet_set_row (worksheet, r, height, NULL);

      for (guint c = 0; c < sheet->n_columns; c++)
        {
          const Cell *cell = &cells[c];
          /* Top alignment matters only beside a cell of several lines. */
          lxw_format *format = cell->style != 0 || height > 0 ? formats[cell->style] : NULL;

          switch (cell->type)
            {
            case CELL_TEXT:
              err = worksheet_write_string (worksheet, r, (lxw_col_t) c, cell->v.text, format);
              break;
            case CELL_NUMBER:
              err = worksheet_write_number (worksheet, r, (lxw_col_t) c, cell->v.number, format);
              break;
            case CELL_EMPTY:
            default:
              if (cell->style != 0)
                err = worksheet_write_blank (worksheet, r, (lxw_col_t) c, format);
              break;
            }
          if (err != LXW_NO_ERROR)
            return err;
        }
    }
  *rows_done += sheet->n_rows;
  return LXW_NO_ERROR;
}

/* On disk before the rename, so that a crash leaves the old file or the new one. */
gboolean
sg_xlsx_plan_write (SgXlsxPlan          *plan,
                    const char          *path,
                    GCancellable        *cancellable,
                    SgXlsxProgressFunc   progress,
                    gpointer             user_data,
                    GError             **error)
{
  g_autofree char *tmp_path = NULL;
  g_autofree lxw_format **formats = NULL;
  lxw_workbook_options options = { 0 };
  lxw_doc_properties properties = { 0 };
  lxw_workbook *workbook;
  lxw_error err = LXW_NO_ERROR;
  gboolean cancelled = FALSE;
  guint rows_done = 0;

  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  tmp_path = sg_output_file_begin (path, error);
  if (tmp_path == NULL)
    return FALSE;

  options.constant_memory = LXW_TRUE;
  workbook = workbook_new_opt (tmp_path, &options);
  if (workbook == NULL)
    {
      sg_output_file_abort (tmp_path);
      set_write_error (error, path, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return FALSE;
    }

  properties.title = plan->title;
  properties.company = plan->company;
  properties.comments = (char *) _("Written by Safeguard, the ISMS manager");
  workbook_set_properties (workbook, &properties);

  formats = g_new0 (lxw_format *, plan->styles->len);
  /* Style 0 too: a cell aligns to the top beside a wrapped neighbour. */
  for (guint i = 0; i < plan->styles->len; i++)
    formats[i] = create_format (workbook, &g_array_index (plan->styles, Style, i));

  for (guint s = 0; s < plan->sheets->len && err == LXW_NO_ERROR && !cancelled; s++)
    err = write_sheet (workbook, g_ptr_array_index (plan->sheets, s),
                       (const Style *) plan->styles->data, formats, &rows_done,
                       plan->n_rows, cancellable, progress, user_data, &cancelled);

  if (err != LXW_NO_ERROR || cancelled)
    {
      /* Frees without writing the file. */
      lxw_workbook_free (workbook);
      sg_output_file_abort (tmp_path);
      if (cancelled)
        g_cancellable_set_error_if_cancelled (cancellable, error);
      else
        set_write_error (error, path, err);
      return FALSE;
    }

  err = workbook_close (workbook);
  if (err != LXW_NO_ERROR)
    {
      sg_output_file_abort (tmp_path);
      set_write_error (error, path, err);
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      sg_output_file_abort (tmp_path);
      return FALSE;
    }
  if (!sg_output_file_commit (tmp_path, path, error))
    return FALSE;
  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;
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

  g_return_val_if_fail (SG_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  plan = sg_xlsx_plan_new (store, flags, cancellable, error);
  if (plan == NULL)
    return FALSE;
  return sg_xlsx_plan_write (plan, path, cancellable, progress, user_data, error);
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
  store = sg_store_open (register_path, SG_STORE_OPEN_EXISTING, &error);
  if (store == NULL || !sg_xlsx_export (store, out, flags, NULL, NULL, NULL, &error))
    {
      g_printerr ("safeguard: %s\n", error->message);
      return 1;
    }
  return 0;
}
