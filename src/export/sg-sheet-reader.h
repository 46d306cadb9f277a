/* sg-sheet-reader.h: a spreadsheet file — CSV, .xlsx or .ods — into rows of cells
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-csv-reader.h"

G_BEGIN_DECLS

typedef enum
{
  SG_SHEET_FORMAT_CSV,
  SG_SHEET_FORMAT_XLSX,
  SG_SHEET_FORMAT_ODS,
} SgSheetFormat;

/* What the caller forces; zeroed, everything is detected. */
typedef struct
{
  SgCsvFormat  csv;    /* a CSV file's encoding and delimiter */
  const char  *sheet;  /* a workbook's sheet by name; NULL: the first */
} SgSheetOptions;

/* What was read, to show and to change. */
typedef struct
{
  SgSheetFormat  format;  /* told by the content, not by the name */
  SgCsvFormat    csv;     /* CSV: the encoding and delimiter used */
  char          *sheet;   /* .xlsx/.ods: the sheet read */
  GStrv          sheets;  /* .xlsx/.ods: every sheet's name, in order */
  guint          header_line;  /* the header's line or row, 1 = the first */
} SgSheetInfo;

/* The limits that keep a hostile file from using up the memory. */
#define SG_SHEET_MAX_MEMBER   (200 * 1024 * 1024)  /* bytes a zip member inflates to */
#define SG_SHEET_MAX_COLUMNS  1024                 /* a cell further right is refused */
#define SG_SHEET_MAX_CELLS    (16 * 1024 * 1024)   /* cells of a sheet, empty ones included */
#define SG_SHEET_MAX_ROWS     (1024 * 1024)        /* rows of a sheet (Excel's 1,048,576) */

void        sg_sheet_info_clear    (SgSheetInfo           *info);
/* Translated, for the dialog: "Semicolon-separated, Windows-1252" or
 * "Sheet “Risks”", then "; header on row 3" when rows were skipped. */
char       *sg_sheet_info_describe (const SgSheetInfo     *info);

/* Whether @path is a file that may be read: a folder, a device such as
 * /dev/null, a missing or unreadable file each have their message
 * (SG_CSV_ERROR_NOT_A_FILE). */
gboolean    sg_sheet_check_file    (const char            *path,
                                    GError               **error);

/* Reads every row of @path (SgCsvRow*, blank rows left out; a row's line
 * is its line in a CSV file, its row number in a sheet). Which format is
 * told by the bytes. Cells of a workbook arrive as text: dates (numbers
 * with a date format, or ODS date cells) as 2027-03-31, other numbers as
 * written, booleans as TRUE and FALSE. */
GPtrArray  *sg_sheet_read          (const char            *path,
                                    const SgSheetOptions  *options,
                                    SgSheetInfo           *info,
                                    GError               **error);

/* The index in @rows of the header: among the first rows, the first with
 * at least two cells that are in @names (folded header names, see
 * sg_csv_fold_name()), else the first with at least half of the columns
 * filled. Title rows above it are not data. */
guint       sg_sheet_find_header   (GPtrArray             *rows,
                                    GHashTable            *names);

G_END_DECLS
