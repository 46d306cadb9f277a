/* sg-csv.h: the risk register as CSV (RFC 4180), out and in
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_CSV_ERROR (sg_csv_error_quark ())

typedef enum
{
  SG_CSV_ERROR_EMPTY,          /* the file has no bytes */
  SG_CSV_ERROR_NO_ROWS,        /* a header but no rows */
  SG_CSV_ERROR_ENCODING,       /* not UTF-8, or NUL bytes */
  SG_CSV_ERROR_SYNTAX,         /* not RFC 4180: unterminated quote, stray quote */
  SG_CSV_ERROR_TOO_LARGE,      /* a field over SG_CSV_MAX_FIELD bytes */
  SG_CSV_ERROR_INVALID_ROWS,   /* rows were invalid and skipping was not asked for */
} SgCsvError;

/* A field this long is no spreadsheet cell (Excel stops at 32,767 characters). */
#define SG_CSV_MAX_FIELD (1024 * 1024)

typedef struct
{
  guint  line;     /* the line the row starts on, 1 = the header */
  char  *reason;   /* translated, without the line: "Title is empty" */
} SgCsvProblem;

typedef struct
{
  guint      n_imported;
  GPtrArray *problems;  /* SgCsvProblem*, in file order */
} SgCsvReport;

GQuark    sg_csv_error_quark      (void);

/* Frees the report's contents (not the struct itself). */
void      sg_csv_report_clear     (SgCsvReport  *report);

/* A field's value as the exports show it: translated labels for choices
 * and yes/no, refs for references and links; NULL for no value. */
char     *sg_csv_format_value     (SgStore      *store,
                                   SgRecord     *record,
                                   GParamSpec   *pspec);

/* Writes every risk, one row each, with a header row of the risk fields'
 * translated labels. A cell that a spreadsheet would run as a formula is
 * written with a leading ' (see sg-csv.c). Atomic: a temporary file beside
 * @path is renamed over it on success. */
gboolean  sg_csv_export_risks     (SgStore      *store,
                                   const char   *path,
                                   GError      **error);

/* Adds the risks of a CSV file in one transaction. With @skip_invalid
 * FALSE, one invalid row means nothing is imported (FALSE,
 * SG_CSV_ERROR_INVALID_ROWS); with TRUE the valid rows are imported.
 * Invalid rows are listed in @report either way. */
gboolean  sg_csv_import_risks     (SgStore      *store,
                                   const char   *path,
                                   gboolean      skip_invalid,
                                   SgCsvReport  *report,
                                   GError      **error);

/* `safeguard --export-csv` and `--import-csv`: exit status 0 or 1. */
int       sg_csv_export_command   (const char   *out,
                                   const char   *register_path);
int       sg_csv_import_command   (const char   *in,
                                   const char   *register_path,
                                   gboolean      skip_invalid);

G_END_DECLS
