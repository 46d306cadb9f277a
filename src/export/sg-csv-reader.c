/* sg-csv-reader.c: a CSV file's bytes into rows of cells (RFC 4180; its encoding and delimiter detected)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Encodings: what Excel and LibreOffice write. A byte order mark names
 * UTF-8 or UTF-16; text that is valid UTF-8 is UTF-8 (ASCII is too);
 * anything else is what a Windows Excel saves as "CSV", Windows-1252.
 * Converting is GLib's (iconv): no table of our own. */
#define G_LOG_DOMAIN "sg-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-csv-import.h"
#include "sg-csv-reader.h"

void
sg_csv_row_free (gpointer data)
{
  SgCsvRow *row = data;

  g_ptr_array_unref (row->cells);
  g_free (row);
}

static guint
line_of (const char *text,
         const char *at)
{
  guint line = 1;

  for (const char *p = text; p < at; p++)
    if (*p == '\n' || (*p == '\r' && p[1] != '\n'))
      line++;
  return line;
}

static gboolean
check_nul (const char  *text,
           gsize        length,
           GError     **error)
{
  const char *nul = memchr (text, '\0', length);

  if (nul != NULL)
    {
      g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_ENCODING,
                   _("Line %u holds a NUL byte: this is not a text file."), line_of (text, nul));
      return FALSE;
    }
  return TRUE;
}

static const char *
iconv_name (SgTextEncoding encoding)
{
  switch (encoding)
    {
    case SG_TEXT_ENCODING_UTF16LE:
      return "UTF-16LE";
    case SG_TEXT_ENCODING_UTF16BE:
      return "UTF-16BE";
    case SG_TEXT_ENCODING_WINDOWS_1252:
      return "WINDOWS-1252";
    case SG_TEXT_ENCODING_AUTO:
    case SG_TEXT_ENCODING_UTF8:
    default:
      return "UTF-8";
    }
}

/* The text as UTF-8, without a byte order mark, and the encoding it
 * was in: @contents itself when it is UTF-8 already (a large file is not
 * copied), else a converted copy in @converted. */
static const char *
decode (const char      *contents,
        gsize            length,
        SgTextEncoding   forced,
        SgTextEncoding  *used,
        gsize           *out_length,
        char           **converted,
        GError         **error)
{
  SgTextEncoding encoding = forced;
  SgTextEncoding bom = SG_TEXT_ENCODING_AUTO;
  gsize bom_length = 0;
  const char *bad = NULL;
  char *text;

  if (length == 0)
    {
      g_set_error_literal (error, SG_CSV_ERROR, SG_CSV_ERROR_EMPTY, _("The file is empty."));
      return NULL;
    }
  if (length >= 3 && memcmp (contents, "\xEF\xBB\xBF", 3) == 0)
    bom = SG_TEXT_ENCODING_UTF8, bom_length = 3;
  else if (length >= 2 && memcmp (contents, "\xFF\xFE", 2) == 0)
    bom = SG_TEXT_ENCODING_UTF16LE, bom_length = 2;
  else if (length >= 2 && memcmp (contents, "\xFE\xFF", 2) == 0)
    bom = SG_TEXT_ENCODING_UTF16BE, bom_length = 2;
  if (encoding == SG_TEXT_ENCODING_AUTO)
    encoding = bom;
  if (encoding == bom)
    {
      contents += bom_length;
      length -= bom_length;
    }

  if (encoding == SG_TEXT_ENCODING_UTF16LE || encoding == SG_TEXT_ENCODING_UTF16BE)
    {
      g_autoptr(GError) local = NULL;
      gsize n_written = 0;

      text = g_convert (contents, length, "UTF-8", iconv_name (encoding), NULL, &n_written, &local);
      if (text == NULL)
        {
          g_set_error_literal (error, SG_CSV_ERROR, SG_CSV_ERROR_ENCODING,
                               _("The file starts like UTF-16 text but is not valid UTF-16. "
                                 "Save it again as “CSV UTF-8” and import it again."));
          return NULL;
        }
      if (!check_nul (text, n_written, error))
        {
          g_free (text);
          return NULL;
        }
      *used = encoding;
      *out_length = n_written;
      return *converted = text;
    }

  if (!check_nul (contents, length, error))
    return NULL;
  if (encoding != SG_TEXT_ENCODING_WINDOWS_1252)
    {
      if (g_utf8_validate_len (contents, length, &bad))
        {
          *used = SG_TEXT_ENCODING_UTF8;
          *out_length = length;
          return contents;
        }
      if (encoding == SG_TEXT_ENCODING_UTF8)
        {
          g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_ENCODING,
                       _("Line %u is not valid UTF-8. Choose the file’s encoding, or save it as “CSV UTF-8” and import it again."),
                       line_of (contents, bad));
          return NULL;
        }
    }
  /* Windows-1252 leaves five bytes undefined; ISO-8859-1 defines them
   * all (as control characters), so the text is never refused. */
  text = g_convert (contents, length, "UTF-8", "WINDOWS-1252", NULL, out_length, NULL);
  if (text == NULL)
    text = g_convert (contents, length, "UTF-8", "ISO-8859-1", NULL, out_length, NULL);
  if (text == NULL)
    {
      g_set_error_literal (error, SG_CSV_ERROR, SG_CSV_ERROR_ENCODING,
                           _("The file’s text could not be converted from Windows-1252."));
      return NULL;
    }
  *used = SG_TEXT_ENCODING_WINDOWS_1252;
  return *converted = text;
}

/* The delimiter counted the same number of times, outside quotes, on
 * most of the first records (a title line above the header has none of
 * it), and the most often on those: a semicolon file whose texts hold
 * commas stays a semicolon file. */
#define DELIMITER_RECORDS 20

static char
detect_delimiter (const char *text,
                  gsize       length)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[3][DELIMITER_RECORDS] = { { 0 } };
  guint count[3] = { 0 };
  guint n_records = 0;
  gboolean quoted = FALSE, blank = TRUE;
  char best = ',';
  guint best_records = 0, best_count = 0;

  for (gsize i = 0; i <= length && n_records < DELIMITER_RECORDS; i++)
    {
      char c = i < length ? text[i] : '\n';

      if (c == '"')
        quoted = !quoted;
      if (quoted)
        {
          blank = FALSE;
          continue;
        }
      if (c == '\r' || c == '\n')
        {
          if (!blank)
            {
              for (guint k = 0; k < 3; k++)
                {
                  counts[k][n_records] = count[k];
                  count[k] = 0;
                }
              n_records++;
            }
          blank = TRUE;
          continue;
        }
      blank = FALSE;
      for (guint k = 0; k < 3; k++)
        if (c == candidates[k])
          count[k]++;
    }

  /* Per candidate: the count most records share, and how many do. */
  for (guint k = 0; k < 3; k++)
    for (guint r = 0; r < n_records; r++)
      {
        guint value = counts[k][r], n_same = 0;

        if (value == 0)
          continue;
        for (guint o = 0; o < n_records; o++)
          n_same += counts[k][o] == value;
        if (n_same > best_records || (n_same == best_records && value > best_count))
          {
            best = candidates[k];
            best_records = n_same;
            best_count = value;
          }
      }
  return best;
}

/* Line ends in [@p, @end): CRLF, LF and a lone CR each count once. */
static guint
count_line_ends (const char *p,
                 const char *end)
{
  guint n = 0;

  for (; p < end; p++)
    if (*p == '\n' || (*p == '\r' && (p + 1 >= end || p[1] != '\n')))
      n++;
  return n;
}

/* RFC 4180, strictly: a quote may only open or close a field. Accepts
 * CRLF, LF and CR line ends. */
static GPtrArray *
parse_csv (const char  *text,
           gsize        length,
           char         delimiter,
           GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (sg_csv_row_free);
  g_autoptr(GString) cell = g_string_new (NULL);
  const char *p = text, *end = text + length;
  SgCsvRow *row = NULL;
  guint line = 1, cell_line = 1;

  while (p < end)
    {
      gboolean quoted = FALSE;

      cell_line = line;

      if (row == NULL)
        {
          row = g_new0 (SgCsvRow, 1);
          row->line = line;
          row->cells = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (rows, row);
        }

      g_string_truncate (cell, 0);
      if (*p == '"')
        {
          quoted = TRUE;
          p++;
          /* Up to each quote at once: it closes the field or is doubled. */
          for (;;)
            {
              const char *quote = memchr (p, '"', end - p);

              if (quote == NULL)
                {
                  g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_SYNTAX,
                               _("Line %u: a quoted field is never closed."), cell_line);
                  return NULL;
                }
              line += count_line_ends (p, quote);
              g_string_append_len (cell, p, quote - p);
              if (cell->len > SG_CSV_MAX_FIELD)
                goto too_large;
              p = quote + 1;
              if (p < end && *p == '"')
                {
                  g_string_append_c (cell, '"');
                  p++;
                  continue;
                }
              break;
            }
        }
      else
        {
          const char *start = p;

          while (p < end && *p != delimiter && *p != '\r' && *p != '\n')
            {
              if (*p == '"')
                {
                  g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_SYNTAX,
                               _("Line %u: a quote inside a field that does not start with one. "
                                 "Enclose the field in quotes and double the quote."), line);
                  return NULL;
                }
              p++;
            }
          if ((gsize) (p - start) > SG_CSV_MAX_FIELD)
            goto too_large;
          g_ptr_array_add (row->cells, g_strndup (start, p - start));
        }
      if (quoted)
        g_ptr_array_add (row->cells, g_strndup (cell->str, cell->len));

      if (p >= end)
        break;
      if (*p == delimiter)
        {
          p++;
          if (p >= end)
            g_ptr_array_add (row->cells, g_strdup (""));
          continue;
        }
      if (*p == '\r' || *p == '\n')
        {
          p += (*p == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
          line++;
          row = NULL;
          continue;
        }
      g_assert (quoted);
      g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_SYNTAX,
                   _("Line %u: text after the closing quote of a field."), line);
      return NULL;
    }

  /* Blank lines are no rows. */
  for (guint i = rows->len; i > 0; i--)
    {
      SgCsvRow *r = g_ptr_array_index (rows, i - 1);
      if (r->cells->len == 1 && *(char *) g_ptr_array_index (r->cells, 0) == '\0')
        g_ptr_array_remove_index (rows, i - 1);
    }
  return g_steal_pointer (&rows);

too_large:
  g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_TOO_LARGE,
               _("Line %u: a field is longer than 1 MiB; this is no list of records to import."), cell_line);
  return NULL;
}


GPtrArray *
sg_csv_read_format (const char         *contents,
                    gsize               length,
                    const SgCsvFormat  *forced,
                    SgCsvFormat        *used,
                    GError            **error)
{
  SgCsvFormat format = { SG_TEXT_ENCODING_AUTO, 0 };
  g_autofree char *converted = NULL;
  const char *text;
  GPtrArray *rows;
  gsize text_length = 0;

  g_return_val_if_fail (contents != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (forced != NULL)
    format = *forced;
  text = decode (contents, length, format.encoding, &format.encoding, &text_length, &converted, error);
  if (text == NULL)
    return NULL;
  if (format.delimiter != ',' && format.delimiter != ';' && format.delimiter != '\t')
    format.delimiter = detect_delimiter (text, text_length);
  rows = parse_csv (text, text_length, format.delimiter, error);
  if (rows != NULL && used != NULL)
    *used = format;
  return rows;
}

GPtrArray *
sg_csv_read (const char  *contents,
             gsize        length,
             GError     **error)
{
  return sg_csv_read_format (contents, length, NULL, NULL, error);
}

gboolean
sg_text_encoding_from_string (const char     *name,
                              SgTextEncoding *encoding)
{
  static const struct { const char *name; SgTextEncoding encoding; } names[] = {
    { "auto", SG_TEXT_ENCODING_AUTO },
    { "utf-8", SG_TEXT_ENCODING_UTF8 }, { "utf8", SG_TEXT_ENCODING_UTF8 },
    { "utf-16le", SG_TEXT_ENCODING_UTF16LE }, { "utf-16", SG_TEXT_ENCODING_UTF16LE },
    { "utf16le", SG_TEXT_ENCODING_UTF16LE }, { "utf16", SG_TEXT_ENCODING_UTF16LE },
    { "utf-16be", SG_TEXT_ENCODING_UTF16BE }, { "utf16be", SG_TEXT_ENCODING_UTF16BE },
    { "windows-1252", SG_TEXT_ENCODING_WINDOWS_1252 }, { "cp1252", SG_TEXT_ENCODING_WINDOWS_1252 },
    { "latin1", SG_TEXT_ENCODING_WINDOWS_1252 }, { "latin-1", SG_TEXT_ENCODING_WINDOWS_1252 },
    { "iso-8859-1", SG_TEXT_ENCODING_WINDOWS_1252 }, { "iso-8859-15", SG_TEXT_ENCODING_WINDOWS_1252 },
  };

  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i].name) == 0)
      {
        *encoding = names[i].encoding;
        return TRUE;
      }
  return FALSE;
}

const char *
sg_text_encoding_get_label (SgTextEncoding encoding)
{
  switch (encoding)
    {
    case SG_TEXT_ENCODING_UTF16LE:
      return "UTF-16 LE";
    case SG_TEXT_ENCODING_UTF16BE:
      return "UTF-16 BE";
    case SG_TEXT_ENCODING_WINDOWS_1252:
      return "Windows-1252";
    case SG_TEXT_ENCODING_AUTO:
    case SG_TEXT_ENCODING_UTF8:
    default:
      return "UTF-8";
    }
}

gboolean
sg_csv_delimiter_from_string (const char *name,
                              char       *delimiter)
{
  g_return_val_if_fail (name != NULL, FALSE);

  if (g_ascii_strcasecmp (name, "comma") == 0 || g_str_equal (name, ","))
    *delimiter = ',';
  else if (g_ascii_strcasecmp (name, "semicolon") == 0 || g_str_equal (name, ";"))
    *delimiter = ';';
  else if (g_ascii_strcasecmp (name, "tab") == 0 || g_str_equal (name, "\t"))
    *delimiter = '\t';
  else if (g_ascii_strcasecmp (name, "auto") == 0)
    *delimiter = 0;
  else
    return FALSE;
  return TRUE;
}

char *
sg_csv_format_describe (const SgCsvFormat *format)
{
  const char *encoding;

  g_return_val_if_fail (format != NULL, NULL);

  encoding = sg_text_encoding_get_label (format->encoding);
  switch (format->delimiter)
    {
    case ';':
      /* Translators: %s is an encoding, e.g. "Windows-1252" */
      return g_strdup_printf (_("Semicolon-separated, %s"), encoding);
    case '\t':
      return g_strdup_printf (_("Tab-separated, %s"), encoding);
    default:
      return g_strdup_printf (_("Comma-separated, %s"), encoding);
    }
}
