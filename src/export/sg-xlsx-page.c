/* sg-xlsx-page.c: how each sheet of the workbook prints
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every sheet prints on A4, landscape unless it asks for portrait, with
 * its header row on every page, gridlines, and a page header and footer
 * that name the sheet, the register, the day of the export, the day of
 * printing and the page.
 *
 * A sheet whose columns fit the page's width at a readable size is fitted
 * to one page wide. A wider one (the risk register has some thirty
 * columns) is not shrunk: at one page wide it would print at about 4 pt.
 * It is cut across, between columns, into pages that each fit at a
 * readable scale, and the columns that identify a row (ref and title)
 * are repeated on each of them. Pages go across first, so the pages of
 * the same rows lie together. The columns stay in their order and all of
 * them print: a reader of the paper misses nothing the screen shows.
 *
 * The sizes follow Excel's and LibreOffice's own: a column N characters
 * wide is 7 N + 5 pixels of 0.75 pt in the default font, Calibri 11 pt. */
#define G_LOG_DOMAIN "sg-xlsx"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <xlsxwriter.h>

#include "sg-xlsx-plan.h"

#define FONT_POINTS 11.0
/* A4: 297 × 210 mm. */
#define PAGE_LONG_POINTS 841.89
#define PAGE_SHORT_POINTS 595.28
/* In inches, as libxlsxwriter takes them. */
#define MARGIN_SIDE 0.4
#define MARGIN_TOP 0.75
#define MARGIN_BOTTOM 0.7
#define MARGIN_HEADER 0.3
/* The smallest scale in percent: 11 pt becomes 8.25 pt. */
#define MIN_SCALE 75
/* LibreOffice (with Carlito for Calibri) draws columns about 6 % wider
 * than Excel: the pages cut across leave that much room and a little
 * more, or LibreOffice would add breaks of its own. */
#define SAFETY 0.92

/* A column's printed width at 100 %, in points. */
static double
column_points (const SgXlsxSheet *sheet,
               guint              col)
{
  double width = sg_xlsx_sheet_get_width (sheet, col);
  double pixels = width < 1 ? width * 12 : (double) (guint) (width * 7 + 0.5) + 5;

  return pixels * 0.75;
}

/* The width between the side margins, in points at 100 %. */
static double
usable_points (const SgXlsxSheet *sheet)
{
  return (sheet->portrait ? PAGE_SHORT_POINTS : PAGE_LONG_POINTS) - 2 * MARGIN_SIDE * 72;
}

/* Cuts the columns after the @repeat repeated ones into pages at @scale
 * percent; returns the number of pages across, or G_MAXUINT when a column
 * beside the repeated ones is wider than the page, and the first column of
 * every page but the first into @breaks when it is not NULL. Without
 * repeated columns, a column wider than the page gets a page of its own
 * (and the spreadsheet cuts it). */
static guint
cut_across (const SgXlsxSheet *sheet,
            guint              repeat,
            guint              scale,
            GArray            *breaks)
{
  double room = usable_points (sheet) * 100 / scale * SAFETY;
  double repeated = 0, used;
  guint pages = 1;

  for (guint c = 0; c < repeat; c++)
    repeated += column_points (sheet, c);
  used = repeated;
  for (guint c = repeat; c < sheet->n_columns; c++)
    {
      double width = column_points (sheet, c);

      if (repeat > 0 && repeated + width > room)
        return G_MAXUINT;
      if (used + width > room && used > repeated)
        {
          pages++;
          if (breaks != NULL)
            {
              lxw_col_t col = (lxw_col_t) c;
              g_array_append_val (breaks, col);
            }
          used = repeated;
        }
      used += width;
    }
  return pages;
}

/* The columns repeated on each page: none when they would take more than
 * half of it at the smallest scale. The other half then holds any column
 * (at most 60 characters, 319 pt): the smallest scale always fits. */
static guint
columns_to_repeat (const SgXlsxSheet *sheet)
{
  guint repeat = MIN (sheet->repeat_columns, sheet->n_columns);
  double repeated = 0;

  for (guint c = 0; c < repeat; c++)
    repeated += column_points (sheet, c);
  return repeated > usable_points (sheet) * 100 / MIN_SCALE * SAFETY / 2 ? 0 : repeat;
}

/* @text with every & doubled, so that the header shows it as typed, and
 * cut after @max_chars characters. */
static char *
escape_header_text (const char *text,
                    guint       max_chars)
{
  GString *escaped = g_string_new (NULL);
  const char *p = text;

  for (guint n = 0; p != NULL && *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (n == max_chars)
        {
          g_string_append (escaped, "…");
          break;
        }
      /* A line break would end the header's line; a control code is no text. */
      if (g_unichar_iscntrl (c))
        c = ' ';
      g_string_append_unichar (escaped, c);
      if (c == '&')
        g_string_append_c (escaped, '&');
    }
  return g_string_free (escaped, FALSE);
}

/* The sheet's name, the register's and the day of the export above; the
 * day of printing and the page below. */
static void
set_header_footer (lxw_worksheet *worksheet,
                   const char    *register_name,
                   const char    *date)
{
  lxw_header_footer_options options = { .margin = MARGIN_HEADER };
  g_autofree char *name = escape_header_text (register_name, 80);
  g_autofree char *exported = NULL;
  g_autofree char *header = NULL;
  g_autofree char *footer = NULL;

  if (date != NULL)
    {
      g_autofree char *day = escape_header_text (date, 20);

      /* Translators: in the printed pages' header; %s is the day the workbook was written, as 2026-12-03 */
      exported = g_strdup_printf (_("Exported on %s"), day);
    }
  header = g_strdup_printf ("&L&A&C%s&R%s", name, exported ? exported : "");
  /* Excel's limit; the name is what can be long. */
  if (strlen (header) >= LXW_HEADER_FOOTER_MAX)
    {
      g_free (header);
      header = g_strdup_printf ("&L&A&R%s", exported ? exported : "");
    }
  footer = g_strdup_printf ("&L%s&R%s",
                            /* Translators: in the printed pages' footer: &D becomes the day of printing; keep it, and write a & of your own as && */
                            _("Printed on &D"),
                            /* Translators: in the printed pages' footer: &P becomes the page's number, &N the number of pages; keep both */
                            _("Page &P of &N"));
  worksheet_set_header_opt (worksheet, header, &options);
  worksheet_set_footer_opt (worksheet, footer, &options);
}

int
sg_xlsx_sheet_set_up_pages (const SgXlsxSheet *sheet,
                            gpointer           data,
                            const char        *register_name,
                            const char        *date)
{
  lxw_worksheet *worksheet = data;
  double total = 0;
  lxw_error err = LXW_NO_ERROR;

  if (sheet->portrait)
    worksheet_set_portrait (worksheet);
  else
    worksheet_set_landscape (worksheet);
  worksheet_set_paper (worksheet, 9);
  worksheet_set_margins (worksheet, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
  worksheet_gridlines (worksheet, sheet->gridlines ? LXW_SHOW_ALL_GRIDLINES : LXW_SHOW_SCREEN_GRIDLINES);
  set_header_footer (worksheet, register_name, date);
  if (sheet->header_row >= 0)
    err = worksheet_repeat_rows (worksheet, (lxw_row_t) sheet->header_row, (lxw_row_t) sheet->header_row);
  if (err == LXW_NO_ERROR && sheet->page_break > 0)
    {
      lxw_row_t breaks[] = { sheet->page_break, 0 };

      err = worksheet_set_h_pagebreaks (worksheet, breaks);
    }
  if (err != LXW_NO_ERROR)
    return err;

  for (guint c = 0; c < sheet->n_columns; c++)
    total += column_points (sheet, c);
  if (usable_points (sheet) / total * 100 >= MIN_SCALE)
    {
      /* Never above 100 %: a narrow sheet keeps its size. */
      worksheet_fit_to_pages (worksheet, 1, 0);
      return LXW_NO_ERROR;
    }

  /* As few pages across as the smallest readable scale gives, at the
   * largest scale that still gives them. */
  {
    g_autoptr(GArray) breaks = g_array_new (TRUE, TRUE, sizeof (lxw_col_t));
    guint repeat = columns_to_repeat (sheet);
    guint pages = cut_across (sheet, repeat, MIN_SCALE, NULL);
    guint scale = 100;

    /* Not with the widths the sheets set (see columns_to_repeat ()). */
    if (pages == G_MAXUINT)
      {
        repeat = 0;
        pages = cut_across (sheet, repeat, MIN_SCALE, NULL);
      }

    while (scale > MIN_SCALE && cut_across (sheet, repeat, scale, NULL) > pages)
      scale -= 5;
    cut_across (sheet, repeat, scale, breaks);
    worksheet_set_print_scale (worksheet, (uint16_t) scale);
    worksheet_print_across (worksheet);
    if (repeat > 0)
      err = worksheet_repeat_columns (worksheet, 0, (lxw_col_t) (repeat - 1));
    if (err == LXW_NO_ERROR && breaks->len > 0)
      err = worksheet_set_v_pagebreaks (worksheet, (lxw_col_t *) (void *) breaks->data);
  }
  return err;
}
