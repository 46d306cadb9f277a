/* sg-csv-reader.c: a CSV file's bytes into rows of cells (RFC 4180, UTF-8)
 * SPDX-License-Identifier: GPL-3.0-or-later */
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
check_bytes (const char  *text,
             gsize        length,
             GError     **error)
{
  const char *nul = memchr (text, '\0', length);
  const char *bad = NULL;

  if (length == 0)
    {
      g_set_error_literal (error, SG_CSV_ERROR, SG_CSV_ERROR_EMPTY, _("The file is empty."));
      return FALSE;
    }
  if (nul != NULL)
    {
      g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_ENCODING,
                   _("Line %u holds a NUL byte: this is not a text file."), line_of (text, nul));
      return FALSE;
    }
  if (!g_utf8_validate_len (text, length, &bad))
    {
      g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_ENCODING,
                   _("Line %u is not valid UTF-8. Save the file as “CSV UTF-8” and import it again."),
                   line_of (text, bad));
      return FALSE;
    }
  return TRUE;
}

/* RFC 4180, strictly: a quote may only open or close a field. Accepts
 * CRLF, LF and CR line ends. */
static GPtrArray *
parse_csv (const char  *text,
           gsize        length,
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
          for (;;)
            {
              if (p >= end)
                {
                  g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_SYNTAX,
                               _("Line %u: a quoted field is never closed."), cell_line);
                  return NULL;
                }
              if (*p == '"')
                {
                  if (p + 1 < end && p[1] == '"')
                    {
                      g_string_append_c (cell, '"');
                      p += 2;
                      continue;
                    }
                  p++;
                  break;
                }
              if (*p == '\n' || (*p == '\r' && (p + 1 >= end || p[1] != '\n')))
                line++;
              g_string_append_c (cell, *p++);
              if (cell->len > SG_CSV_MAX_FIELD)
                goto too_large;
            }
        }
      else
        {
          const char *start = p;

          while (p < end && *p != ',' && *p != '\r' && *p != '\n')
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
          g_string_append_len (cell, start, p - start);
        }

      g_ptr_array_add (row->cells, g_strndup (cell->str, cell->len));

      if (p >= end)
        break;
      if (*p == ',')
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
               _("Line %u: a field is longer than 1 MiB; this is not a risk register."), cell_line);
  return NULL;
}


GPtrArray *
sg_csv_read (const char  *contents,
             gsize        length,
             GError     **error)
{
  g_return_val_if_fail (contents != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_bytes (contents, length, error))
    return NULL;
  /* Excel's "CSV UTF-8" starts with a byte order mark. */
  if (length >= 3 && memcmp (contents, "\xEF\xBB\xBF", 3) == 0)
    {
      contents += 3;
      length -= 3;
    }
  return parse_csv (contents, length, error);
}
