/* sg-xlsx-plan.h: the workbook's rows in plain memory, filled by one thread and written by another
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to src/export: sg-xlsx.c decides what the workbook shows and
 * fills a plan with it; sg-xlsx-plan.c hands the rows to libxlsxwriter.
 *
 * The filling thread (the store's) adds sheets and styles before the
 * writing starts, then rows, sheet after sheet, and publishes them a
 * block at a time. The writing thread writes what is published and frees
 * each block once written. Cells are only ever set on a sheet's newest
 * row; a row is finished, its height fixed, when the next one begins or
 * the rows are published. */
#pragma once

#include <glib.h>

#include "sg-xlsx.h"

G_BEGIN_DECLS

#define SG_XLSX_NO_COLOUR G_MAXUINT32
/* Excel's limit for one cell's text, in characters. */
#define SG_XLSX_MAX_CELL_CHARS 32767

typedef enum
{
  SG_XLSX_FORMAT_GENERAL,
  SG_XLSX_FORMAT_DATE,
  SG_XLSX_FORMAT_DATETIME,
} SgXlsxNumberFormat;

typedef struct
{
  guint32 fill;     /* 0xrrggbb or SG_XLSX_NO_COLOUR */
  guint32 font;     /* 0xrrggbb or SG_XLSX_NO_COLOUR */
  guint8  bold;
  guint8  wrap;
  guint8  number_format;
  guint8  border;
  guint8  centre;
  guint8  large;
  guint8  left;
} SgXlsxStyle;

#define SG_XLSX_STYLE_INIT { SG_XLSX_NO_COLOUR, SG_XLSX_NO_COLOUR, 0, 0, 0, 0, 0, 0, 0 }

typedef struct
{
  guint   col;
  guint   first_row;
  guint   last_row;
  char  **values;
} SgXlsxValidation;

typedef struct
{
  guint   row;
  guint   col;
  GBytes *png;
  char   *description;
  double  scale;
  int     x_offset;     /* pixels from the cell's left edge */
  gboolean fill_row;    /* as high as its row, whatever the row's height */
} SgXlsxImage;

typedef struct _SgXlsxBlock SgXlsxBlock;

typedef struct
{
  /* Set by the filling thread; the writing thread reads them only once
   * the sheet is complete. */
  char       *name;
  guint       n_columns;
  double     *widths;       /* in characters, before the limits */
  double     *min_widths;
  double     *max_widths;
  int         header_row;   /* -1: no table; else frozen, filtered, repeated */
  gboolean    portrait;
  gboolean    gridlines;    /* printed; TRUE unless set otherwise */
  guint       repeat_columns; /* how many of the first columns every page
                               * of a sheet wider than one shows */
  guint       page_break;   /* a row that starts a printed page, 0 for none */
  GPtrArray  *validations;  /* SgXlsxValidation* */
  GPtrArray  *images;       /* SgXlsxImage* */

  /* The filling thread's alone. */
  SgXlsxBlock *block;       /* the one being filled */
  double       min_height;  /* the newest row's least height, in points */
  guint        n_rows;      /* rows begun */
  guint        n_finished;  /* rows whose height is fixed */

  /* Under the plan's lock. */
  GPtrArray  *blocks;       /* SgXlsxBlock*, NULL once written */
  guint       n_published;
  gboolean    complete;
} SgXlsxSheet;

/* Called from sg_xlsx_plan_unref() to free what the filling thread keeps. */
typedef void (*SgXlsxFillerFree) (gpointer filler);

SgXlsxPlan  *sg_xlsx_plan_new_empty      (gpointer           filler,
                                          SgXlsxFillerFree   filler_free);
gpointer     sg_xlsx_plan_get_filler     (SgXlsxPlan        *plan);
/* Frees the filler: nothing more will be filled. */
void         sg_xlsx_plan_drop_filler    (SgXlsxPlan        *plan);

/* Before the first row of any sheet. */
guint16      sg_xlsx_plan_add_style      (SgXlsxPlan        *plan,
                                          const SgXlsxStyle *style);
/* A text cell of more than 40 characters with style 0 gets this one. */
void         sg_xlsx_plan_set_wrap_style (SgXlsxPlan        *plan,
                                          guint16            style);
SgXlsxSheet *sg_xlsx_plan_add_sheet      (SgXlsxPlan        *plan,
                                          const char        *name,
                                          guint              n_columns);
/* Rows the writing is expected to take, for its progress. */
void         sg_xlsx_plan_expect_rows    (SgXlsxPlan        *plan,
                                          guint              n_rows);
/* The workbook's properties: set before the last sheet is complete. */
void         sg_xlsx_plan_set_properties (SgXlsxPlan        *plan,
                                          const char        *title,
                                          const char        *company);

/* Before the first row: what the printed pages' header and footer name
 * beside the sheet, the register or organisation and the day of the
 * export ("2026-12-03"). */
void         sg_xlsx_plan_set_page_header (SgXlsxPlan      *plan,
                                           const char      *register_name,
                                           const char      *date);

/* Before the sheet's first row: a column's width stays within these. */
void         sg_xlsx_sheet_limit_width   (SgXlsxSheet       *sheet,
                                          guint              col,
                                          double             min_width,
                                          double             max_width);
void         sg_xlsx_sheet_fit           (SgXlsxSheet       *sheet,
                                          guint              col,
                                          double             width);
/* The width the column gets, in characters, once its rows are in. */
double       sg_xlsx_sheet_get_width     (const SgXlsxSheet *sheet,
                                          guint              col);
/* Begins a row and returns its index; the cells below set its columns. */
guint        sg_xlsx_sheet_add_row       (SgXlsxPlan        *plan,
                                          SgXlsxSheet       *sheet);
void         sg_xlsx_sheet_set_text      (SgXlsxPlan        *plan,
                                          SgXlsxSheet       *sheet,
                                          guint              col,
                                          const char        *text,
                                          guint16            style);
void         sg_xlsx_sheet_set_number    (SgXlsxSheet       *sheet,
                                          guint              col,
                                          double             number,
                                          guint16            style);
void         sg_xlsx_sheet_set_style     (SgXlsxSheet       *sheet,
                                          guint              col,
                                          guint16            style);
/* The newest row is at least @points high: a picture sits in it. */
void         sg_xlsx_sheet_set_min_height (SgXlsxSheet      *sheet,
                                           double            points);

/* Hands the sheet's rows so far to the writing thread; @complete: the
 * sheet has no more rows. */
void         sg_xlsx_plan_publish        (SgXlsxPlan        *plan,
                                          SgXlsxSheet       *sheet,
                                          gboolean           complete);
/* The filling failed: the writing stops with @error (taken). */
void         sg_xlsx_plan_fail           (SgXlsxPlan        *plan,
                                          GError            *error);
/* How many more rows may be filled before the writing catches up; 0
 * also when the writing has stopped. */
guint        sg_xlsx_plan_get_room       (SgXlsxPlan        *plan);
/* Blocks until there is room or the writing has stopped. */
void         sg_xlsx_plan_wait_for_room  (SgXlsxPlan        *plan);
gboolean     sg_xlsx_plan_is_stopped     (SgXlsxPlan        *plan);

/* sg-xlsx-page.c, on the writing thread: how a complete sheet prints.
 * @worksheet is an lxw_worksheet; @register_name and @date as given to
 * sg_xlsx_plan_set_page_header (), or NULL. Returns an lxw_error. */
int          sg_xlsx_sheet_set_up_pages  (const SgXlsxSheet *sheet,
                                          gpointer           worksheet,
                                          const char        *register_name,
                                          const char        *date);

G_END_DECLS
