/* sg-csv-reader.h: a CSV file's bytes into rows of cells (RFC 4180; its encoding and delimiter detected)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint      line;   /* the line (a sheet's row) the row starts on, 1 = the first */
  GPtrArray *cells;  /* char* */
} SgCsvRow;

void       sg_csv_row_free (gpointer     row);

typedef enum
{
  SG_TEXT_ENCODING_AUTO,          /* detect: a byte order mark, else UTF-8, else Windows-1252 */
  SG_TEXT_ENCODING_UTF8,
  SG_TEXT_ENCODING_UTF16LE,
  SG_TEXT_ENCODING_UTF16BE,
  SG_TEXT_ENCODING_WINDOWS_1252,  /* Latin-1 is a subset of it for every printable character */
} SgTextEncoding;

/* How a CSV file is read: what a caller forces (AUTO, 0: detect) or what
 * was detected. */
typedef struct
{
  SgTextEncoding encoding;
  char           delimiter;  /* ',', ';' or '\t'; 0 = detect */
} SgCsvFormat;

/* "utf-8", "utf-16le", "utf-16be", "windows-1252" (also "latin1",
 * "iso-8859-1", "cp1252", "utf8", "utf-16" …); FALSE for anything else. */
gboolean     sg_text_encoding_from_string (const char     *name,
                                           SgTextEncoding *encoding);
/* For a person: "UTF-8", "UTF-16", "Windows-1252". */
const char  *sg_text_encoding_get_label   (SgTextEncoding  encoding);
/* "comma", "semicolon", "tab" (also ",", ";", "\t"); FALSE otherwise. */
gboolean     sg_csv_delimiter_from_string (const char     *name,
                                           char           *delimiter);
/* Translated: "Semicolon-separated, Windows-1252". */
char        *sg_csv_format_describe       (const SgCsvFormat *format);

/* Decodes @contents (@forced: NULL or AUTO detects; see SgTextEncoding),
 * detects the delimiter unless forced (comma, semicolon or tab: the one
 * counted the same number of times, outside quotes, on the first lines),
 * and splits the text into rows (SgCsvRow*), blank lines left out. What
 * was used goes to @used. Errors are SG_CSV_ERROR_EMPTY, _ENCODING,
 * _SYNTAX and _TOO_LARGE, with the line. */
GPtrArray *sg_csv_read_format (const char         *contents,
                               gsize               length,
                               const SgCsvFormat  *forced,
                               SgCsvFormat        *used,
                               GError            **error);

/* The same, everything detected. */
GPtrArray *sg_csv_read     (const char  *contents,
                            gsize        length,
                            GError     **error);

G_END_DECLS
