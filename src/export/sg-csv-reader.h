/* sg-csv-reader.h: a CSV file's bytes into rows of cells (RFC 4180, UTF-8)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint      line;   /* the line the row starts on, 1 = the first */
  GPtrArray *cells;  /* char* */
} SgCsvRow;

void       sg_csv_row_free (gpointer     row);

/* Checks that @contents is UTF-8 text, skips Excel's byte order mark and
 * splits it into rows (SgCsvRow*), blank lines left out. Errors are
 * SG_CSV_ERROR_EMPTY, _ENCODING, _SYNTAX and _TOO_LARGE, with the line. */
GPtrArray *sg_csv_read     (const char  *contents,
                            gsize        length,
                            GError     **error);

G_END_DECLS
