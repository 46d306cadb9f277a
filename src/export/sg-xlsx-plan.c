/* sg-xlsx-plan.c: the workbook's rows in plain memory, filled by one thread and written by another
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows live in blocks of BLOCK_ROWS: a block never moves while it is
 * filled, so the writing thread may read its published rows while the
 * filling thread adds more, and it frees a block as soon as it has
 * written it. The filling stays at most AHEAD rows ahead of the writing,
 * so the plan costs a few megabytes whatever the register's size.
 *
 * libxlsxwriter runs in constant-memory mode: every sheet is written row
 * by row, in order, straight to a temporary file. Column widths, filters,
 * validations and page setup are given after a sheet's rows, once they
 * are known; libxlsxwriter keeps them until it closes the workbook.
 *
 * Row heights: spreadsheets do not grow a row for wrapped text on
 * opening, so each row gets a height for the lines its wrapped cells
 * need, fixed when the row is finished. That is already the final
 * height: widths only grow, by at most 42 characters per cell of text,
 * so a cell that fits its column then keeps fitting, and one that does
 * not has already made its column as wide as it will get (or reached the
 * column's limit, which is set before the first row). */
#define G_LOG_DOMAIN "sg-xlsx"

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>
#include <sys/statvfs.h>
#include <xlsxwriter.h>

#include "sg-output-file.h"
#include "sg-xlsx-plan.h"

#define BLOCK_ROWS 256
#define AHEAD (8 * BLOCK_ROWS)
/* Rows between two progress reports and cancellation checks. */
#define CHUNK 512
/* How long the writing waits for rows before it looks at its cancellable again. */
#define WAIT_USEC (100 * G_TIME_SPAN_MILLISECOND)

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
    const char *text;   /* in the block's strings */
  } v;
  guint16 style;
  guint8  type;
} Cell;

struct _SgXlsxBlock
{
  Cell         *cells;     /* BLOCK_ROWS × the sheet's columns */
  float         heights[BLOCK_ROWS];  /* in points; 0 for the default */
  GStringChunk *strings;
};

struct _SgXlsxPlan
{
  gatomicrefcount   ref_count;

  /* Fixed before the first row. */
  GArray           *styles;      /* SgXlsxStyle; 0 is the default */
  GPtrArray        *sheets;      /* SgXlsxSheet* */
  guint16           wrap_style;
  gboolean          sealed;      /* a row has begun: no more styles or sheets */
  guint             n_expected;

  /* The filling thread's alone. */
  gpointer          filler;
  SgXlsxFillerFree  filler_free;

  GMutex            lock;
  GCond             cond;        /* rows published, rows written, stopped */
  guint             n_published; /* rows, all sheets */
  guint             n_written;
  gboolean          stopped;     /* the writing is over, done or not */
  GError           *error;       /* why the filling failed */
  char             *title;
  char             *company;
  char             *page_name;   /* fixed before the first row */
  char             *page_date;
};

static void
validation_free (gpointer data)
{
  SgXlsxValidation *validation = data;

  g_strfreev (validation->values);
  g_free (validation);
}

static void
image_free (gpointer data)
{
  SgXlsxImage *image = data;

  g_bytes_unref (image->png);
  g_free (image->description);
  g_free (image);
}

static void
block_free (gpointer data)
{
  SgXlsxBlock *block = data;

  if (block == NULL)
    return;
  g_free (block->cells);
  g_string_chunk_free (block->strings);
  g_free (block);
}

static void
sheet_free (gpointer data)
{
  SgXlsxSheet *sheet = data;

  g_free (sheet->name);
  g_free (sheet->widths);
  g_free (sheet->min_widths);
  g_free (sheet->max_widths);
  g_ptr_array_unref (sheet->validations);
  g_ptr_array_unref (sheet->images);
  g_ptr_array_unref (sheet->blocks);
  g_free (sheet);
}

SgXlsxPlan *
sg_xlsx_plan_new_empty (gpointer         filler,
                        SgXlsxFillerFree filler_free)
{
  SgXlsxPlan *plan = g_new0 (SgXlsxPlan, 1);
  SgXlsxStyle style = SG_XLSX_STYLE_INIT;

  g_atomic_ref_count_init (&plan->ref_count);
  plan->styles = g_array_new (FALSE, FALSE, sizeof (SgXlsxStyle));
  plan->sheets = g_ptr_array_new_with_free_func (sheet_free);
  plan->filler = filler;
  plan->filler_free = filler_free;
  g_mutex_init (&plan->lock);
  g_cond_init (&plan->cond);
  sg_xlsx_plan_add_style (plan, &style);
  return plan;
}

SgXlsxPlan *
sg_xlsx_plan_ref (SgXlsxPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);

  g_atomic_ref_count_inc (&plan->ref_count);
  return plan;
}

void
sg_xlsx_plan_unref (SgXlsxPlan *plan)
{
  if (plan == NULL || !g_atomic_ref_count_dec (&plan->ref_count))
    return;
  sg_xlsx_plan_drop_filler (plan);
  g_array_unref (plan->styles);
  g_ptr_array_unref (plan->sheets);
  g_mutex_clear (&plan->lock);
  g_cond_clear (&plan->cond);
  g_clear_error (&plan->error);
  g_free (plan->title);
  g_free (plan->company);
  g_free (plan->page_name);
  g_free (plan->page_date);
  g_free (plan);
}

gpointer
sg_xlsx_plan_get_filler (SgXlsxPlan *plan)
{
  return plan->filler;
}

void
sg_xlsx_plan_drop_filler (SgXlsxPlan *plan)
{
  if (plan->filler != NULL)
    plan->filler_free (g_steal_pointer (&plan->filler));
}

guint16
sg_xlsx_plan_add_style (SgXlsxPlan        *plan,
                        const SgXlsxStyle *style)
{
  g_assert (!plan->sealed);

  for (guint i = 0; i < plan->styles->len; i++)
    {
      const SgXlsxStyle *other = &g_array_index (plan->styles, SgXlsxStyle, i);

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

void
sg_xlsx_plan_set_wrap_style (SgXlsxPlan *plan,
                             guint16     style)
{
  plan->wrap_style = style;
}

SgXlsxSheet *
sg_xlsx_plan_add_sheet (SgXlsxPlan *plan,
                        const char *name,
                        guint       n_columns)
{
  SgXlsxSheet *sheet = g_new0 (SgXlsxSheet, 1);
  GString *clean = g_string_new (NULL);
  guint n_chars = 0;

  g_assert (!plan->sealed);

  /* Excel's rules for sheet names: 31 characters, none of []:*?/\ */
  for (const char *p = name; *p && n_chars < 31; p = g_utf8_next_char (p), n_chars++)
    {
      gunichar c = g_utf8_get_char (p);
      g_string_append_unichar (clean, strchr ("[]:*?/\\", (int) c) && c < 128 ? '-' : c);
    }
  sheet->name = g_string_free (clean, FALSE);
  sheet->n_columns = MAX (n_columns, 1);
  sheet->widths = g_new0 (double, sheet->n_columns);
  sheet->min_widths = g_new (double, sheet->n_columns);
  sheet->max_widths = g_new (double, sheet->n_columns);
  for (guint c = 0; c < sheet->n_columns; c++)
    sg_xlsx_sheet_limit_width (sheet, c, 6, 60);
  sheet->header_row = -1;
  sheet->gridlines = TRUE;
  sheet->validations = g_ptr_array_new_with_free_func (validation_free);
  sheet->images = g_ptr_array_new_with_free_func (image_free);
  sheet->blocks = g_ptr_array_new_with_free_func (block_free);
  g_ptr_array_add (plan->sheets, sheet);
  return sheet;
}

void
sg_xlsx_plan_expect_rows (SgXlsxPlan *plan,
                          guint       n_rows)
{
  plan->n_expected += n_rows;
}

void
sg_xlsx_plan_set_properties (SgXlsxPlan *plan,
                             const char *title,
                             const char *company)
{
  g_free (plan->title);
  plan->title = g_strdup (title);
  g_free (plan->company);
  plan->company = g_strdup (company);
}

void
sg_xlsx_plan_set_page_header (SgXlsxPlan *plan,
                              const char *register_name,
                              const char *date)
{
  g_assert (!plan->sealed);

  g_free (plan->page_name);
  plan->page_name = g_strdup (register_name);
  g_free (plan->page_date);
  plan->page_date = g_strdup (date);
}

void
sg_xlsx_sheet_limit_width (SgXlsxSheet *sheet,
                           guint        col,
                           double       min_width,
                           double       max_width)
{
  g_assert (col < sheet->n_columns && sheet->n_rows == 0);

  sheet->min_widths[col] = min_width;
  sheet->max_widths[col] = max_width;
}

void
sg_xlsx_sheet_fit (SgXlsxSheet *sheet,
                   guint        col,
                   double       width)
{
  g_assert (col < sheet->n_columns);

  sheet->widths[col] = MAX (sheet->widths[col], width);
}

double
sg_xlsx_sheet_get_width (const SgXlsxSheet *sheet,
                         guint              col)
{
  return CLAMP (sheet->widths[col], sheet->min_widths[col], sheet->max_widths[col]);
}

static Cell *
current_cell (SgXlsxSheet *sheet,
              guint        col)
{
  g_assert (sheet->n_rows > sheet->n_finished && col < sheet->n_columns);

  return &sheet->block->cells[((sheet->n_rows - 1) % BLOCK_ROWS) * sheet->n_columns + col];
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

/* The lines the row's wrapped cells need, as a height in points; 0 for one line. */
static double
row_height (SgXlsxPlan        *plan,
            const SgXlsxSheet *sheet,
            const Cell        *cells)
{
  const SgXlsxStyle *styles = (const SgXlsxStyle *) plan->styles->data;
  guint lines = 1;
  gboolean large = FALSE;

  for (guint c = 0; c < sheet->n_columns; c++)
    {
      const SgXlsxStyle *style = &styles[cells[c].style];
      guint per_line, n = 0;
      const char *p;

      large |= style->large;
      if (cells[c].type != CELL_TEXT || !style->wrap)
        continue;
      /* Text averages a little narrower than the digit a width is counted in. */
      per_line = MAX (1, (guint) (sg_xlsx_sheet_get_width (sheet, c) * 1.1));
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

static void
finish_row (SgXlsxPlan  *plan,
            SgXlsxSheet *sheet)
{
  guint in_block;

  if (sheet->n_finished == sheet->n_rows)
    return;
  in_block = sheet->n_finished % BLOCK_ROWS;
  sheet->block->heights[in_block] =
    (float) MAX (row_height (plan, sheet, &sheet->block->cells[in_block * sheet->n_columns]),
                 sheet->min_height);
  sheet->min_height = 0;
  sheet->n_finished++;
}

guint
sg_xlsx_sheet_add_row (SgXlsxPlan  *plan,
                       SgXlsxSheet *sheet)
{
  plan->sealed = TRUE;
  finish_row (plan, sheet);
  if (sheet->n_rows % BLOCK_ROWS == 0)
    {
      SgXlsxBlock *block = g_new0 (SgXlsxBlock, 1);

      block->cells = g_new0 (Cell, (gsize) BLOCK_ROWS * sheet->n_columns);
      block->strings = g_string_chunk_new (16 * 1024);
      /* The full block goes to the writing with the new one. */
      g_mutex_lock (&plan->lock);
      plan->n_published += sheet->n_rows - sheet->n_published;
      sheet->n_published = sheet->n_rows;
      g_ptr_array_add (sheet->blocks, block);
      g_cond_broadcast (&plan->cond);
      g_mutex_unlock (&plan->lock);
      sheet->block = block;
    }
  return sheet->n_rows++;
}

void
sg_xlsx_sheet_set_text (SgXlsxPlan  *plan,
                        SgXlsxSheet *sheet,
                        guint        col,
                        const char  *text,
                        guint16      style)
{
  Cell *cell = current_cell (sheet, col);
  gsize bytes;
  glong n_chars;

  cell->style = style;
  if (text == NULL || *text == '\0')
    return;

  /* Bytes first: most cells are short, and counting characters costs. */
  bytes = strlen (text);
  n_chars = (glong) bytes;
  if (n_chars > 40)
    n_chars = count_chars (text, bytes);
  /* A long line wraps rather than widening its column beyond reading,
   * and so does one longer than its column may get: printed, it would be
   * cut off or run into the next cell. */
  if (style == 0 && (n_chars > 40 || n_chars + 2 > sheet->max_widths[col]))
    cell->style = plan->wrap_style;
  if (n_chars > SG_XLSX_MAX_CELL_CHARS)
    {
      bytes = (gsize) (g_utf8_offset_to_pointer (text, SG_XLSX_MAX_CELL_CHARS) - text);
      n_chars = SG_XLSX_MAX_CELL_CHARS;
    }
  cell->v.text = g_string_chunk_insert_len (sheet->block->strings, text, (gssize) bytes);
  cell->type = CELL_TEXT;

  sg_xlsx_sheet_fit (sheet, col, MIN (n_chars, 40) + 2);
}

void
sg_xlsx_sheet_set_number (SgXlsxSheet *sheet,
                          guint        col,
                          double       number,
                          guint16      style)
{
  Cell *cell = current_cell (sheet, col);

  cell->type = CELL_NUMBER;
  cell->v.number = number;
  cell->style = style;
  sg_xlsx_sheet_fit (sheet, col, 8);
}

void
sg_xlsx_sheet_set_style (SgXlsxSheet *sheet,
                         guint        col,
                         guint16      style)
{
  current_cell (sheet, col)->style = style;
}

void
sg_xlsx_sheet_set_min_height (SgXlsxSheet *sheet,
                              double       points)
{
  g_return_if_fail (sheet->n_rows > sheet->n_finished);

  sheet->min_height = MAX (sheet->min_height, MIN (points, 409));
}

void
sg_xlsx_plan_publish (SgXlsxPlan  *plan,
                      SgXlsxSheet *sheet,
                      gboolean     complete)
{
  finish_row (plan, sheet);
  g_mutex_lock (&plan->lock);
  plan->n_published += sheet->n_rows - sheet->n_published;
  sheet->n_published = sheet->n_rows;
  sheet->complete = complete;
  g_cond_broadcast (&plan->cond);
  g_mutex_unlock (&plan->lock);
}

void
sg_xlsx_plan_fail (SgXlsxPlan *plan,
                   GError     *error)
{
  g_mutex_lock (&plan->lock);
  if (plan->error == NULL)
    plan->error = error;
  else
    g_error_free (error);
  g_cond_broadcast (&plan->cond);
  g_mutex_unlock (&plan->lock);
}

guint
sg_xlsx_plan_get_room (SgXlsxPlan *plan)
{
  guint ahead, room;

  g_mutex_lock (&plan->lock);
  ahead = plan->n_published - plan->n_written;
  room = plan->stopped || ahead >= AHEAD ? 0 : AHEAD - ahead;
  g_mutex_unlock (&plan->lock);
  return room;
}

void
sg_xlsx_plan_wait_for_room (SgXlsxPlan *plan)
{
  g_mutex_lock (&plan->lock);
  while (!plan->stopped && plan->n_published - plan->n_written >= AHEAD)
    g_cond_wait (&plan->cond, &plan->lock);
  g_mutex_unlock (&plan->lock);
}

gboolean
sg_xlsx_plan_is_stopped (SgXlsxPlan *plan)
{
  gboolean stopped;

  g_mutex_lock (&plan->lock);
  stopped = plan->stopped;
  g_mutex_unlock (&plan->lock);
  return stopped;
}

/* Writing */

static lxw_color_t
lxw_colour (guint32 colour)
{
  /* libxlsxwriter reads 0 as "no colour": black has its own value. */
  return colour == 0 ? LXW_COLOR_BLACK : colour;
}

static lxw_format *
create_format (lxw_workbook      *workbook,
               const SgXlsxStyle *style)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  if (style->fill != SG_XLSX_NO_COLOUR)
    {
      format_set_pattern (format, LXW_PATTERN_SOLID);
      format_set_bg_color (format, lxw_colour (style->fill));
    }
  if (style->font != SG_XLSX_NO_COLOUR)
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
  /* Explicit formats: Excel's built-in 14 and 22 follow the reader's
   * locale, and LibreOffice shows them otherwise than Excel does. */
  if (style->number_format == SG_XLSX_FORMAT_DATE)
    format_set_num_format (format, "yyyy-mm-dd");
  else if (style->number_format == SG_XLSX_FORMAT_DATETIME)
    format_set_num_format (format, "yyyy-mm-dd hh:mm");
  return format;
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 GIOErrorEnum code,
                 const char  *reason)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, code,
               /* Translators: %s: the file, then the reason (libxlsxwriter's in English, or the system's) */
               _("Could not write “%s”: the disk may be full or the folder not writable (%s)."),
               display, reason);
}

typedef struct
{
  SgXlsxPlan         *plan;
  const char         *path;
  lxw_workbook       *workbook;
  lxw_format        **formats;
  guint64             tmp_bytes;   /* in the sheets' temporary files */
  GCancellable       *cancellable;
  SgXlsxProgressFunc  progress;
  gpointer            user_data;
  guint               n_written;
  double              reported;
} Writer;

/* Why the writing cannot go on: cancelled, or the filling failed. */
static gboolean
set_stop_error (Writer  *writer,
                GError **error)
{
  if (g_cancellable_set_error_if_cancelled (writer->cancellable, error))
    return TRUE;
  if (writer->plan->error != NULL)
    {
      g_propagate_error (error, g_error_copy (writer->plan->error));
      return TRUE;
    }
  return FALSE;
}

static void
report_progress (Writer *writer)
{
  double fraction;

  if (writer->progress == NULL)
    return;
  /* The expected rows are an estimate: progress never goes back. */
  fraction = 0.9 * MIN (1.0, (double) writer->n_written / MAX (writer->plan->n_expected, 1));
  writer->reported = MAX (writer->reported, fraction);
  writer->progress (writer->reported, writer->user_data);
}

/* Waits until the sheet has a row @row, or is complete; returns the block
 * that holds @row and sets @n_available to the rows published, or NULL
 * with *@done or an error. The block before is then written, and the
 * filling has moved past it: it is freed. */
static SgXlsxBlock *
wait_for_rows (Writer       *writer,
               SgXlsxSheet  *sheet,
               guint         row,
               guint        *n_available,
               gboolean     *done,
               GError      **error)
{
  SgXlsxPlan *plan = writer->plan;
  SgXlsxBlock *block = NULL, *written = NULL;
  guint b = row / BLOCK_ROWS;

  *done = FALSE;
  g_mutex_lock (&plan->lock);
  plan->n_written = writer->n_written;
  g_cond_broadcast (&plan->cond);
  for (;;)
    {
      if (set_stop_error (writer, error))
        break;
      if (sheet->n_published > row)
        {
          block = g_ptr_array_index (sheet->blocks, b);
          *n_available = sheet->n_published;
          if (b > 0)
            written = g_steal_pointer (&g_ptr_array_index (sheet->blocks, b - 1));
          break;
        }
      if (sheet->complete)
        {
          *done = TRUE;
          break;
        }
      g_cond_wait_until (&plan->cond, &plan->lock, g_get_monotonic_time () + WAIT_USEC);
    }
  g_mutex_unlock (&plan->lock);
  block_free (written);
  return block;
}

static lxw_error
write_cells (Writer        *writer,
             lxw_worksheet *worksheet,
             SgXlsxSheet   *sheet,
             SgXlsxBlock   *block,
             guint          row)
{
  const Cell *cells = &block->cells[(row % BLOCK_ROWS) * sheet->n_columns];
  double height = block->heights[row % BLOCK_ROWS];
  lxw_error err;

  /* Constant-memory mode: before the row's first cell. */
  if (height > 0)
    worksheet_set_row (worksheet, row, height, NULL);

  for (guint c = 0; c < sheet->n_columns; c++)
    {
      const Cell *cell = &cells[c];
      /* Top alignment matters only beside a cell of several lines. */
      lxw_format *format = cell->style != 0 || height > 0 ? writer->formats[cell->style] : NULL;

      switch (cell->type)
        {
        case CELL_TEXT:
          err = worksheet_write_string (worksheet, row, (lxw_col_t) c, cell->v.text, format);
          break;
        case CELL_NUMBER:
          err = worksheet_write_number (worksheet, row, (lxw_col_t) c, cell->v.number, format);
          break;
        case CELL_EMPTY:
        default:
          err = cell->style != 0 ? worksheet_write_blank (worksheet, row, (lxw_col_t) c, format) :
                                   LXW_NO_ERROR;
          break;
        }
      if (err != LXW_NO_ERROR)
        return err;
    }
  return LXW_NO_ERROR;
}

/* libxlsxwriter's default row: 15 points. */
#define DEFAULT_ROW_PIXELS 20.0

/* From the PNG's header, or 0. */
static double
png_height (const guchar *png,
            gsize         size)
{
  static const guchar signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

  if (size < 24 || memcmp (png, signature, sizeof signature) != 0 || memcmp (png + 12, "IHDR", 4) != 0)
    return 0;
  return (double) (((guint32) png[20] << 24) | ((guint32) png[21] << 16) | ((guint32) png[22] << 8) | png[23]);
}

/* What only a complete sheet knows: widths, pages, filter, lists, images. */
static lxw_error
finish_worksheet (Writer        *writer,
                  lxw_worksheet *worksheet,
                  SgXlsxSheet   *sheet)
{
  lxw_error err;

  for (guint c = 0; c < sheet->n_columns; c++)
    worksheet_set_column (worksheet, (lxw_col_t) c, (lxw_col_t) c, sg_xlsx_sheet_get_width (sheet, c), NULL);

  err = (lxw_error) sg_xlsx_sheet_set_up_pages (sheet, worksheet, writer->plan->page_name,
                                                writer->plan->page_date);
  if (err != LXW_NO_ERROR)
    return err;
  if (sheet->header_row >= 0)
    {
      lxw_row_t header = (lxw_row_t) sheet->header_row;

      worksheet_freeze_panes (worksheet, header + 1, 0);
      worksheet_autofilter (worksheet, header, 0, MAX (sheet->n_rows - 1, header),
                            (lxw_col_t) (sheet->n_columns - 1));
    }

  for (guint i = 0; i < sheet->validations->len; i++)
    {
      SgXlsxValidation *validation = g_ptr_array_index (sheet->validations, i);
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
      SgXlsxImage *image = g_ptr_array_index (sheet->images, i);
      lxw_image_options options = { 0 };
      gsize size;
      const guchar *png = g_bytes_get_data (image->png, &size);

      options.x_scale = image->scale;
      options.y_scale = image->scale;
      options.description = image->description;
      options.x_offset = image->x_offset;
      /* In constant-memory mode libxlsxwriter has forgotten the rows'
       * heights when it anchors pictures, and counts every row at the
       * default 20 pixels: a picture that is to fill a taller row is
       * made exactly that high for it, which anchors its bottom at the
       * next row's top, so it fills the row as tall as it really is. */
      if (image->fill_row && png_height (png, size) > 0)
        options.y_scale = DEFAULT_ROW_PIXELS / png_height (png, size);
      err = worksheet_insert_image_buffer_opt (worksheet, image->row, (lxw_col_t) image->col,
                                               png, size, &options);
      if (err != LXW_NO_ERROR)
        return err;
    }
  return LXW_NO_ERROR;
}

/* libxlsxwriter does not look at the writes to a sheet's temporary file
 * (constant-memory mode): a full disk would give a truncated sheet in a
 * workbook that looks written. So they are checked here. */
static gboolean
check_tmpfile (Writer         *writer,
               lxw_worksheet  *worksheet,
               GError        **error)
{
  FILE *file = worksheet->optimize_tmpfile;
  long size;

  errno = 0;
  if (file == NULL || fflush (file) != 0 || ferror (file) || (size = ftell (file)) < 0)
    {
      int saved = errno != 0 ? errno : ENOSPC;

      set_write_error (error, writer->path, g_io_error_from_errno (saved), g_strerror (saved));
      return FALSE;
    }
  writer->tmp_bytes += (guint64) size;
  return TRUE;
}

/* Closing copies each sheet's temporary file into another, unchecked
 * too: the folder needs room for the copy first. */
static gboolean
check_tmp_room (Writer  *writer,
                GError **error)
{
  struct statvfs fs;

  if (statvfs (g_get_tmp_dir (), &fs) != 0 ||
      (guint64) fs.f_bavail * fs.f_frsize >= writer->tmp_bytes + 1024 * 1024)
    return TRUE;
  set_write_error (error, writer->path, G_IO_ERROR_NO_SPACE, g_strerror (ENOSPC));
  return FALSE;
}

/* Writes the sheet's rows as they are published; FALSE with @error when
 * the writing cannot go on (@err tells a libxlsxwriter failure). */
static gboolean
write_sheet (Writer       *writer,
             SgXlsxSheet  *sheet,
             lxw_error    *err,
             GError      **error)
{
  SgXlsxPlan *plan = writer->plan;
  lxw_worksheet *worksheet = workbook_add_worksheet (writer->workbook, sheet->name);
  guint row = 0;

  if (worksheet == NULL)
    {
      *err = LXW_ERROR_SHEETNAME_ALREADY_USED;
      return FALSE;
    }

  for (;;)
    {
      guint n_available = 0, end;
      gboolean done;
      SgXlsxBlock *block = wait_for_rows (writer, sheet, row, &n_available, &done, error);

      if (block == NULL)
        {
          if (!done)
            return FALSE;
          break;
        }
      end = MIN (n_available, (row / BLOCK_ROWS + 1) * BLOCK_ROWS);
      for (; row < end; row++)
        {
          if (writer->n_written % CHUNK == 0)
            {
              if (g_cancellable_set_error_if_cancelled (writer->cancellable, error))
                return FALSE;
              report_progress (writer);
            }
          *err = write_cells (writer, worksheet, sheet, block, row);
          if (*err != LXW_NO_ERROR)
            return FALSE;
          writer->n_written++;
        }
    }

  /* Complete: the filling is done with every block. */
  g_mutex_lock (&plan->lock);
  g_ptr_array_set_size (sheet->blocks, 0);
  g_mutex_unlock (&plan->lock);

  if (!check_tmpfile (writer, worksheet, error))
    return FALSE;
  *err = finish_worksheet (writer, worksheet, sheet);
  return *err == LXW_NO_ERROR;
}

static gboolean
write_workbook (Writer      *writer,
                const char  *tmp_path,
                GError     **error)
{
  SgXlsxPlan *plan = writer->plan;
  lxw_workbook_options options = { 0 };
  lxw_doc_properties properties = { 0 };
  lxw_error err = LXW_NO_ERROR;

  options.constant_memory = LXW_TRUE;
  /* Where TMPDIR says, not always /tmp. */
  options.tmpdir = (char *) g_get_tmp_dir ();
  writer->workbook = workbook_new_opt (tmp_path, &options);
  if (writer->workbook == NULL)
    {
      set_write_error (error, writer->path, G_IO_ERROR_FAILED, lxw_strerror (LXW_ERROR_MEMORY_MALLOC_FAILED));
      return FALSE;
    }

  /* Style 0 too: a cell aligns to the top beside a wrapped neighbour. */
  writer->formats = g_new0 (lxw_format *, plan->styles->len);
  for (guint i = 0; i < plan->styles->len; i++)
    writer->formats[i] = create_format (writer->workbook, &g_array_index (plan->styles, SgXlsxStyle, i));

  for (guint s = 0; s < plan->sheets->len; s++)
    if (!write_sheet (writer, g_ptr_array_index (plan->sheets, s), &err, error))
      {
        /* Frees without writing the file. */
        lxw_workbook_free (writer->workbook);
        if (err != LXW_NO_ERROR)
          set_write_error (error, writer->path, G_IO_ERROR_FAILED, lxw_strerror (err));
        return FALSE;
      }

  /* Complete sheets: the properties were set before. */
  if (!check_tmp_room (writer, error))
    {
      lxw_workbook_free (writer->workbook);
      return FALSE;
    }
  properties.title = plan->title;
  properties.company = plan->company;
  properties.comments = (char *) _("Written by Safeguard, the ISMS manager");
  workbook_set_properties (writer->workbook, &properties);
  err = workbook_close (writer->workbook);
  if (err != LXW_NO_ERROR)
    {
      set_write_error (error, writer->path, G_IO_ERROR_FAILED, lxw_strerror (err));
      return FALSE;
    }
  return !g_cancellable_set_error_if_cancelled (writer->cancellable, error);
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
  Writer writer = { .plan = plan, .path = path, .cancellable = cancellable,
                    .progress = progress, .user_data = user_data };
  g_autofree char *tmp_path = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_cancellable_set_error_if_cancelled (cancellable, error))
    tmp_path = sg_output_file_begin (path, error);
  if (tmp_path != NULL)
    {
      ok = write_workbook (&writer, tmp_path, error);
      if (ok)
        ok = sg_output_file_commit (tmp_path, path, error);
      else
        sg_output_file_abort (tmp_path);
    }
  g_free (writer.formats);

  /* The filling stops too. */
  g_mutex_lock (&plan->lock);
  plan->stopped = TRUE;
  g_cond_broadcast (&plan->cond);
  g_mutex_unlock (&plan->lock);

  if (ok && progress != NULL)
    progress (1.0, user_data);
  return ok;
}
