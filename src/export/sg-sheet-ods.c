/* sg-sheet-ods.c: an OpenDocument spreadsheet's sheet (.ods) into rows of cells
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * content.xml holds every sheet (table:table) with its rows and cells;
 * a row or cell may stand for many (number-rows-repeated,
 * number-columns-repeated), as LibreOffice writes the empty rest of a
 * sheet: rows of empty cells only move the row number on, and trailing
 * empty cells are never made. A cell's value is in its attributes
 * (office:value, office:date-value, office:boolean-value), its text in
 * its text:p paragraphs. */
#define G_LOG_DOMAIN "sg-sheet"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-csv-import.h"
#include "sg-sheet-private.h"

typedef struct
{
  SgSheetXml  *xml;
  SgSheetRows  rows;
  GString     *text;
  guint64      line;       /* rows of the sheet so far */
  guint64      column;     /* cells of the row so far */
  guint64      cell_repeat;
  char        *cell_value; /* from the attributes; NULL: the text */
  guint        depth_p;    /* paragraphs of the cell so far */
} Reading;

static const char *
local_name (SgSheetXml *xml)
{
  return (const char *) xmlTextReaderConstLocalName (sg_sheet_xml_get_reader (xml));
}

static int
node_type (SgSheetXml *xml)
{
  return xmlTextReaderNodeType (sg_sheet_xml_get_reader (xml));
}

static gboolean
is_empty (SgSheetXml *xml)
{
  return xmlTextReaderIsEmptyElement (sg_sheet_xml_get_reader (xml));
}

static guint64
get_repeat (SgSheetXml *xml,
            const char *attribute)
{
  g_autofree char *value = sg_sheet_xml_get_attribute (xml, attribute);
  guint64 n = value ? g_ascii_strtoull (value, NULL, 10) : 1;

  return CLAMP (n, 1, G_MAXUINT32);
}

/* Reads past the element the reader is on, and all inside it. */
static gboolean
skip_element (SgSheetXml  *xml,
              GError     **error)
{
  xmlTextReaderPtr reader = sg_sheet_xml_get_reader (xml);
  int depth = xmlTextReaderDepth (reader);
  int status;

  if (is_empty (xml))
    return TRUE;
  while ((status = sg_sheet_xml_read (xml, error)) == 1)
    if (node_type (xml) == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (reader) == depth)
      return TRUE;
  if (status == 0)
    g_set_error_literal (error, SG_CSV_ERROR, SG_CSV_ERROR_NOT_A_SHEET,
                         _("The workbook is damaged: its part “content.xml” ends in the middle of a sheet."));
  return FALSE;
}

/* What a cell shows, from its value type. */
static char *
get_cell_value (SgSheetXml *xml)
{
  g_autofree char *type = sg_sheet_xml_get_attribute (xml, "value-type");

  if (type == NULL || g_str_equal (type, "string") || g_str_equal (type, "time"))
    return NULL;
  if (g_str_equal (type, "date"))
    {
      char *date = sg_sheet_xml_get_attribute (xml, "date-value");

      /* 2027-03-31T00:00:00: the day is what matters. */
      if (date != NULL && strlen (date) > 10 && date[10] == 'T')
        date[10] = '\0';
      return date;
    }
  if (g_str_equal (type, "boolean"))
    {
      g_autofree char *value = sg_sheet_xml_get_attribute (xml, "boolean-value");

      return g_strdup (g_strcmp0 (value, "true") == 0 ? "TRUE" : "FALSE");
    }
  return sg_sheet_xml_get_attribute (xml, "value");
}

/* Ends a cell: its text goes into as many columns as it repeats. */
static gboolean
end_cell (Reading  *reading,
          GError  **error)
{
  const char *text = reading->cell_value ? reading->cell_value : reading->text->str;

  if (*text != '\0')
    for (guint64 i = 0; i < reading->cell_repeat; i++)
      if (!sg_sheet_rows_set (&reading->rows, reading->column + i, g_strdup (text), error))
        return FALSE;
  reading->column += reading->cell_repeat;
  g_clear_pointer (&reading->cell_value, g_free);
  g_string_truncate (reading->text, 0);
  return TRUE;
}

/* Ends a row: kept, it is copied for each repeat. */
static gboolean
end_row (Reading  *reading,
         guint64   repeat,
         GError  **error)
{
  SgCsvRow *row;

  if (!sg_sheet_rows_end (&reading->rows))
    {
      reading->line += repeat;
      return TRUE;
    }
  row = g_ptr_array_index (reading->rows.rows, reading->rows.rows->len - 1);
  if (reading->line + repeat > SG_SHEET_MAX_ROWS)
    {
      sg_sheet_set_too_many_rows_error (error);
      return FALSE;
    }
  for (guint64 i = 1; i < repeat; i++)
    {
      sg_sheet_rows_begin (&reading->rows, (guint) (reading->line + i));
      for (guint c = 0; c < row->cells->len; c++)
        if (!sg_sheet_rows_set (&reading->rows, c, g_strdup (g_ptr_array_index (row->cells, c)), error))
          return FALSE;
      sg_sheet_rows_end (&reading->rows);
    }
  reading->line += repeat;
  return TRUE;
}

/* Reads one table:table, the reader on its start. */
static gboolean
read_table (Reading  *reading,
            GError  **error)
{
  SgSheetXml *xml = reading->xml;
  guint64 row_repeat = 1;
  gboolean in_row = FALSE, in_cell = FALSE;
  int status;

  if (is_empty (xml))
    return TRUE;
  while ((status = sg_sheet_xml_read (xml, error)) == 1)
    {
      int type = node_type (xml);
      const char *name = local_name (xml);

      if (type == XML_READER_TYPE_END_ELEMENT && g_str_equal (name, "table"))
        return TRUE;
      if (type == XML_READER_TYPE_ELEMENT && g_str_equal (name, "table-row"))
        {
          row_repeat = get_repeat (xml, "number-rows-repeated");
          if (reading->line >= SG_SHEET_MAX_ROWS)
            {
              /* Past the last row LibreOffice writes empty rows only;
               * their cells are not even looked at. */
              if (!skip_element (xml, error))
                return FALSE;
              reading->line += row_repeat;
              continue;
            }
          sg_sheet_rows_begin (&reading->rows, (guint) reading->line + 1);
          reading->column = 0;
          in_row = !is_empty (xml);
          if (!in_row && !end_row (reading, row_repeat, error))
            return FALSE;
        }
      else if (type == XML_READER_TYPE_END_ELEMENT && g_str_equal (name, "table-row") && in_row)
        {
          in_row = FALSE;
          if (!end_row (reading, row_repeat, error))
            return FALSE;
        }
      else if (in_row && type == XML_READER_TYPE_ELEMENT &&
               (g_str_equal (name, "table-cell") || g_str_equal (name, "covered-table-cell")))
        {
          reading->cell_repeat = get_repeat (xml, "number-columns-repeated");
          reading->cell_value = get_cell_value (xml);
          reading->depth_p = 0;
          in_cell = !is_empty (xml);
          if (!in_cell && !end_cell (reading, error))
            return FALSE;
        }
      else if (in_cell && type == XML_READER_TYPE_END_ELEMENT &&
               (g_str_equal (name, "table-cell") || g_str_equal (name, "covered-table-cell")))
        {
          in_cell = FALSE;
          if (!end_cell (reading, error))
            return FALSE;
        }
      else if (in_cell && type == XML_READER_TYPE_ELEMENT && g_str_equal (name, "annotation"))
        {
          /* A comment is not the value. */
          if (!skip_element (xml, error))
            return FALSE;
        }
      else if (in_cell && type == XML_READER_TYPE_ELEMENT && g_str_equal (name, "p"))
        {
          if (reading->depth_p++ > 0)
            g_string_append_c (reading->text, '\n');
        }
      else if (in_cell && type == XML_READER_TYPE_ELEMENT && g_str_equal (name, "s"))
        {
          guint64 n = get_repeat (xml, "c");

          for (guint64 i = 0; i < MIN (n, 1024); i++)
            g_string_append_c (reading->text, ' ');
        }
      else if (in_cell && type == XML_READER_TYPE_ELEMENT && g_str_equal (name, "tab"))
        g_string_append_c (reading->text, '\t');
      else if (in_cell && type == XML_READER_TYPE_ELEMENT && g_str_equal (name, "line-break"))
        g_string_append_c (reading->text, '\n');
      else if (in_cell && (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
                           type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) &&
               !sg_sheet_xml_append_text (xml, reading->text, error))
        return FALSE;
    }
  if (status == 0)
    g_set_error_literal (error, SG_CSV_ERROR, SG_CSV_ERROR_NOT_A_SHEET,
                         _("The workbook is damaged: its part “content.xml” ends in the middle of a sheet."));
  return FALSE;
}

GPtrArray *
sg_sheet_read_ods (zip_t                 *zip,
                   const SgSheetOptions  *options,
                   SgSheetInfo           *info,
                   GError               **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  Reading reading = { 0 };
  gboolean found = FALSE;
  GPtrArray *rows = NULL;
  int status;

  reading.xml = sg_sheet_xml_open (zip, "content.xml", error);
  if (reading.xml == NULL)
    return NULL;
  reading.text = text;
  sg_sheet_rows_init (&reading.rows);

  while ((status = sg_sheet_xml_read (reading.xml, error)) == 1)
    {
      g_autofree char *name = NULL;

      if (node_type (reading.xml) != XML_READER_TYPE_ELEMENT || !g_str_equal (local_name (reading.xml), "table"))
        continue;
      name = sg_sheet_xml_get_attribute (reading.xml, "name");
      if (name == NULL)
        name = g_strdup ("");
      if (!found && (options->sheet == NULL || g_str_equal (options->sheet, name)))
        {
          found = TRUE;
          info->sheet = g_strdup (name);
          if (!read_table (&reading, error))
            {
              status = -1;
              break;
            }
        }
      else if (!skip_element (reading.xml, error))
        {
          status = -1;
          break;
        }
      g_ptr_array_add (names, g_steal_pointer (&name));
    }

  if (status == 0 && !found)
    sg_sheet_set_no_sheet_error (error, options->sheet, names);
  else if (status == 0)
    {
      rows = g_steal_pointer (&reading.rows.rows);
      g_ptr_array_add (names, NULL);
      info->sheets = (GStrv) g_ptr_array_steal (names, NULL);
    }
  sg_sheet_rows_clear (&reading.rows);
  g_clear_pointer (&reading.cell_value, g_free);
  sg_sheet_xml_free (reading.xml);
  return rows;
}
