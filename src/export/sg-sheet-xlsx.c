/* sg-sheet-xlsx.c: an Excel workbook's sheet (.xlsx, Office Open XML) into rows of cells
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parts: xl/workbook.xml names the sheets and their relationship
 * ids, xl/_rels/workbook.xml.rels gives each its part (and where the
 * shared strings and the styles are), the styles say which cell formats
 * are dates, and the sheet's cells hold numbers, indexes into the shared
 * strings, or strings of their own (inline, or a formula's result). */
#define G_LOG_DOMAIN "sg-sheet"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-csv-import.h"
#include "sg-import-date.h"
#include "sg-sheet-private.h"

typedef struct
{
  GPtrArray  *names;      /* char*: the sheets, in order */
  GPtrArray  *ids;        /* char*: their relationship ids */
  gboolean    date1904;
  GHashTable *targets;    /* relationship id → part */
  char       *shared_strings;
  char       *styles;
  GPtrArray  *strings;    /* char*: the shared strings */
  GArray     *date_xfs;   /* gboolean per cell format: a date */
} Workbook;

static void
workbook_clear (Workbook *book)
{
  g_clear_pointer (&book->names, g_ptr_array_unref);
  g_clear_pointer (&book->ids, g_ptr_array_unref);
  g_clear_pointer (&book->targets, g_hash_table_unref);
  g_clear_pointer (&book->shared_strings, g_free);
  g_clear_pointer (&book->styles, g_free);
  g_clear_pointer (&book->strings, g_ptr_array_unref);
  g_clear_pointer (&book->date_xfs, g_array_unref);
}

static gboolean
equal_ci (gconstpointer a,
          gconstpointer b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_str_equal (fa, fb);
}

static gboolean
is_element (SgSheetXml *xml,
            const char *name)
{
  xmlTextReaderPtr reader = sg_sheet_xml_get_reader (xml);

  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

static gboolean
is_end (SgSheetXml *xml,
        const char *name)
{
  xmlTextReaderPtr reader = sg_sheet_xml_get_reader (xml);
  int type = xmlTextReaderNodeType (reader);

  return (type == XML_READER_TYPE_END_ELEMENT ||
          (type == XML_READER_TYPE_ELEMENT && xmlTextReaderIsEmptyElement (reader))) &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

/* The same on what the loop read once: asking libxml2 for a node's type
 * again and again is what took the time (a text node's type looks for
 * xml:space up the tree). */
static inline gboolean
el (int         type,
    const char *name,
    const char *want)
{
  return type == XML_READER_TYPE_ELEMENT && strcmp (name, want) == 0;
}

static inline gboolean
end (int         type,
     gboolean    empty,
     const char *name,
     const char *want)
{
  return (type == XML_READER_TYPE_END_ELEMENT || (type == XML_READER_TYPE_ELEMENT && empty)) &&
         strcmp (name, want) == 0;
}

static inline gboolean
text_type (int type)
{
  return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
         type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE;
}

static gboolean
read_sheet_names (zip_t     *zip,
                  Workbook  *book,
                  GError   **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(SgSheetXml) xml = sg_sheet_xml_open (zip, "xl/workbook.xml", &local);
  int status;

  if (xml == NULL)
    {
      if (local == NULL)
        g_set_error_literal (&local, SG_CSV_ERROR, SG_CSV_ERROR_NOT_A_SHEET,
                             _("The workbook is damaged: it lists no sheets."));
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  while ((status = sg_sheet_xml_read (xml, error)) == 1)
    {
      if (is_element (xml, "workbookPr"))
        {
          g_autofree char *date1904 = sg_sheet_xml_get_attribute (xml, "date1904");

          book->date1904 = g_strcmp0 (date1904, "1") == 0 || g_strcmp0 (date1904, "true") == 0;
        }
      else if (is_element (xml, "sheet"))
        {
          char *name = sg_sheet_xml_get_attribute (xml, "name");
          char *id = sg_sheet_xml_get_attribute (xml, "id");

          g_ptr_array_add (book->names, name ? name : g_strdup (""));
          g_ptr_array_add (book->ids, id ? id : g_strdup (""));
        }
    }
  return status == 0;
}

/* A relationship's target, relative to xl/ or absolute, as a member name. */
static char *
resolve_target (const char *target)
{
  if (target[0] == '/')
    return g_strdup (target + 1);
  return g_strconcat ("xl/", target, NULL);
}

static gboolean
read_relationships (zip_t     *zip,
                    Workbook  *book,
                    GError   **error)
{
  g_autoptr(SgSheetXml) xml = sg_sheet_xml_open (zip, "xl/_rels/workbook.xml.rels", error);
  int status;

  if (xml == NULL)
    return error == NULL || *error == NULL;
  while ((status = sg_sheet_xml_read (xml, error)) == 1)
    {
      g_autofree char *id = NULL;
      g_autofree char *target = NULL;
      g_autofree char *type = NULL;

      if (!is_element (xml, "Relationship"))
        continue;
      id = sg_sheet_xml_get_attribute (xml, "Id");
      target = sg_sheet_xml_get_attribute (xml, "Target");
      type = sg_sheet_xml_get_attribute (xml, "Type");
      if (id == NULL || target == NULL)
        continue;
      if (type != NULL && g_str_has_suffix (type, "/sharedStrings"))
        {
          g_free (book->shared_strings);
          book->shared_strings = resolve_target (target);
        }
      else if (type != NULL && g_str_has_suffix (type, "/styles"))
        {
          g_free (book->styles);
          book->styles = resolve_target (target);
        }
      g_hash_table_insert (book->targets, g_steal_pointer (&id), resolve_target (target));
    }
  return status == 0;
}

/* Whether a number format shows a date: d or y, or m without h or s
 * (minutes), outside quoted text, escapes and [colour] sections. */
static gboolean
is_date_format (const char *code)
{
  gboolean day_or_year = FALSE, month = FALSE, time = FALSE;

  for (const char *p = code; *p != '\0'; p++)
    {
      char c = g_ascii_tolower (*p);

      if (c == '"')
        {
          p = strchr (p + 1, '"');
          if (p == NULL)
            break;
        }
      else if (c == '\\' || c == '_' || c == '*')
        {
          if (p[1] == '\0')
            break;
          p++;
        }
      else if (c == '[')
        {
          p = strchr (p, ']');
          if (p == NULL)
            break;
        }
      else if (c == 'd' || c == 'y')
        day_or_year = TRUE;
      else if (c == 'm')
        month = TRUE;
      else if (c == 'h' || c == 's')
        time = TRUE;
    }
  return day_or_year || (month && !time);
}

static gboolean
read_styles (zip_t     *zip,
             Workbook  *book,
             GError   **error)
{
  g_autoptr(SgSheetXml) xml = NULL;
  g_autoptr(GHashTable) date_formats = g_hash_table_new (NULL, NULL);
  gboolean in_xfs = FALSE;
  int status;

  if (book->styles == NULL)
    return TRUE;
  xml = sg_sheet_xml_open (zip, book->styles, error);
  if (xml == NULL)
    return error == NULL || *error == NULL;
  while ((status = sg_sheet_xml_read (xml, error)) == 1)
    {
      if (is_element (xml, "numFmt"))
        {
          g_autofree char *id = sg_sheet_xml_get_attribute (xml, "numFmtId");
          g_autofree char *code = sg_sheet_xml_get_attribute (xml, "formatCode");

          if (id != NULL && code != NULL && is_date_format (code))
            g_hash_table_add (date_formats, GUINT_TO_POINTER ((guint) g_ascii_strtoull (id, NULL, 10)));
        }
      else if (is_element (xml, "cellXfs") && !xmlTextReaderIsEmptyElement (sg_sheet_xml_get_reader (xml)))
        in_xfs = TRUE;
      else if (is_end (xml, "cellXfs"))
        in_xfs = FALSE;
      else if (in_xfs && is_element (xml, "xf"))
        {
          g_autofree char *id = sg_sheet_xml_get_attribute (xml, "numFmtId");
          guint n = id ? (guint) g_ascii_strtoull (id, NULL, 10) : 0;
          /* Built-in: 14–17 and 22 are dates, 18–21 times, 27–36 and
           * 50–58 the East Asian dates. */
          gboolean is_date = (n >= 14 && n <= 17) || n == 22 || (n >= 27 && n <= 36) ||
                             (n >= 50 && n <= 58) ||
                             g_hash_table_contains (date_formats, GUINT_TO_POINTER (n));

          if (book->date_xfs->len < SG_SHEET_MAX_CELLS)
            g_array_append_val (book->date_xfs, is_date);
        }
    }
  return status == 0;
}

/* Each <si>: its <t>s, run after run, without the phonetic <rPh>. */
static gboolean
read_shared_strings (zip_t     *zip,
                     Workbook  *book,
                     GError   **error)
{
  g_autoptr(SgSheetXml) xml = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean in_si = FALSE, in_t = FALSE, in_phonetic = FALSE;
  int status;

  if (book->shared_strings == NULL)
    return TRUE;
  xml = sg_sheet_xml_open (zip, book->shared_strings, error);
  if (xml == NULL)
    return error == NULL || *error == NULL;
  while ((status = sg_sheet_xml_read (xml, error)) == 1)
    {
      xmlTextReaderPtr reader = sg_sheet_xml_get_reader (xml);
      int type = xmlTextReaderNodeType (reader);
      gboolean empty = type == XML_READER_TYPE_ELEMENT && xmlTextReaderIsEmptyElement (reader);
      const char *name = (const char *) xmlTextReaderConstLocalName (reader);

      if (name == NULL)
        name = "";
      if (el (type, name, "si"))
        {
          g_string_truncate (text, 0);
          in_si = TRUE;
          if (empty)
            {
              g_ptr_array_add (book->strings, g_strdup (""));
              in_si = FALSE;
            }
        }
      else if (end (type, empty, name, "si") && in_si)
        {
          g_ptr_array_add (book->strings, g_strndup (text->str, text->len));
          in_si = FALSE;
        }
      else if (el (type, name, "rPh"))
        in_phonetic = !empty;
      else if (end (type, empty, name, "rPh"))
        in_phonetic = FALSE;
      else if (el (type, name, "t"))
        in_t = !empty;
      else if (end (type, empty, name, "t"))
        in_t = FALSE;
      else if (in_si && in_t && !in_phonetic && text_type (type) &&
               !sg_sheet_xml_append_text (xml, text, error))
        return FALSE;
    }
  return status == 0;
}

/* "AB12" → column 27 (0-based), or -1. */
static gint64
column_of (const char *ref)
{
  gint64 column = 0;
  const char *p = ref;

  for (; g_ascii_isalpha (*p); p++)
    {
      column = column * 26 + (g_ascii_toupper (*p) - 'A' + 1);
      if (column > 16384)
        return -1;
    }
  return p == ref ? -1 : column - 1;
}

typedef struct
{
  char   *type;    /* t: s, inlineStr, str, b, e, n, d */
  guint   style;   /* s */
  GString *value;  /* <v>, or the inline string */
} Cell;

/* A cell's text: a shared string, an inline one, a date, a number … */
static char *
cell_text (Workbook *book,
           Cell     *cell)
{
  const char *type = cell->type ? cell->type : "n";
  const char *value = cell->value->str;

  if (g_str_equal (type, "s"))
    {
      guint64 index = g_ascii_strtoull (value, NULL, 10);

      return g_strdup (*value != '\0' && index < book->strings->len ?
                       (char *) g_ptr_array_index (book->strings, index) : "");
    }
  if (g_str_equal (type, "b"))
    return g_strdup (g_str_equal (value, "1") ? "TRUE" : g_str_equal (value, "0") ? "FALSE" : value);
  if (g_str_equal (type, "n") && *value != '\0' && cell->style < book->date_xfs->len &&
      g_array_index (book->date_xfs, gboolean, cell->style))
    {
      char *end = NULL;
      double serial = g_ascii_strtod (value, &end);
      char *iso = end != NULL && *end == '\0' ? sg_import_date_from_serial (serial, book->date1904) : NULL;

      if (iso != NULL)
        return iso;
    }
  return g_strndup (value, cell->value->len);
}

static GPtrArray *
read_sheet (zip_t       *zip,
            Workbook    *book,
            const char  *part,
            GError     **error)
{
  g_autoptr(SgSheetXml) xml = sg_sheet_xml_open (zip, part, error);
  g_autoptr(GString) value = g_string_new (NULL);
  SgSheetRows rows;
  Cell cell = { NULL, 0, value };
  gboolean in_data = FALSE, in_cell = FALSE, in_v = FALSE, in_is = FALSE, in_t = FALSE,
           in_phonetic = FALSE;
  guint64 line = 0, column = 0;
  int status;

  if (xml == NULL)
    {
      return NULL;
    }
  sg_sheet_rows_init (&rows);
  while ((status = sg_sheet_xml_read (xml, error)) == 1)
    {
      xmlTextReaderPtr reader = sg_sheet_xml_get_reader (xml);
      int type = xmlTextReaderNodeType (reader);
      gboolean empty = type == XML_READER_TYPE_ELEMENT && xmlTextReaderIsEmptyElement (reader);
      const char *name = (const char *) xmlTextReaderConstLocalName (reader);

      if (name == NULL)
        name = "";

      if (!in_data)
        {
          in_data = el (type, name, "sheetData") && !empty;
          continue;
        }
      if (end (type, empty, name, "sheetData"))
        break;
      if (el (type, name, "row"))
        {
          g_autofree char *r = sg_sheet_xml_get_attribute (xml, "r");
          guint64 next = r ? g_ascii_strtoull (r, NULL, 10) : line + 1;

          line = next > line ? next : line + 1;
          if (line > SG_SHEET_MAX_ROWS)
            {
              sg_sheet_set_too_many_rows_error (error);
              status = -1;
              break;
            }
          sg_sheet_rows_begin (&rows, (guint) line);
          column = 0;
          if (empty)
            sg_sheet_rows_end (&rows);
        }
      else if (end (type, empty, name, "row"))
        sg_sheet_rows_end (&rows);
      else if (el (type, name, "c") && rows.row != NULL)
        {
          g_autofree char *ref = sg_sheet_xml_get_attribute (xml, "r");
          g_autofree char *style = sg_sheet_xml_get_attribute (xml, "s");
          gint64 c = ref ? column_of (ref) : -1;

          column = c >= 0 && (guint64) c >= column ? (guint64) c : column;
          g_free (cell.type);
          cell.type = sg_sheet_xml_get_attribute (xml, "t");
          cell.style = style ? (guint) g_ascii_strtoull (style, NULL, 10) : 0;
          g_string_truncate (value, 0);
          in_cell = !empty;
          if (empty)
            column++;
        }
      else if (end (type, empty, name, "c") && in_cell)
        {
          in_cell = FALSE;
          if (!sg_sheet_rows_set (&rows, column, cell_text (book, &cell), error))
            {
              status = -1;
              break;
            }
          column++;
        }
      else if (in_cell && el (type, name, "v"))
        in_v = !empty;
      else if (end (type, empty, name, "v"))
        in_v = FALSE;
      else if (in_cell && el (type, name, "is"))
        in_is = !empty;
      else if (end (type, empty, name, "is"))
        in_is = FALSE;
      else if (in_is && el (type, name, "rPh"))
        in_phonetic = !empty;
      else if (end (type, empty, name, "rPh"))
        in_phonetic = FALSE;
      else if (in_is && el (type, name, "t"))
        in_t = !empty;
      else if (end (type, empty, name, "t"))
        in_t = FALSE;
      else if (in_cell && (in_v || (in_is && in_t && !in_phonetic)) && text_type (type) &&
               !sg_sheet_xml_append_text (xml, value, error))
        {
          status = -1;
          break;
        }
    }
  g_free (cell.type);
  if (status < 0)
    {
      sg_sheet_rows_clear (&rows);
      return NULL;
    }
  sg_sheet_rows_end (&rows);
  {
    GPtrArray *result = g_steal_pointer (&rows.rows);

    sg_sheet_rows_clear (&rows);
    return result;
  }
}

GPtrArray *
sg_sheet_read_xlsx (zip_t                 *zip,
                    const SgSheetOptions  *options,
                    SgSheetInfo           *info,
                    GError               **error)
{
  Workbook book = { 0 };
  GPtrArray *rows = NULL;
  const char *part;
  guint index = 0;

  book.names = g_ptr_array_new_with_free_func (g_free);
  book.ids = g_ptr_array_new_with_free_func (g_free);
  book.targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  book.strings = g_ptr_array_new_with_free_func (g_free);
  book.date_xfs = g_array_new (FALSE, FALSE, sizeof (gboolean));

  if (!read_sheet_names (zip, &book, error) || !read_relationships (zip, &book, error))
    goto out;
  if (options->sheet != NULL)
    {
      if (!g_ptr_array_find_with_equal_func (book.names, options->sheet, g_str_equal, &index) &&
          !g_ptr_array_find_with_equal_func (book.names, options->sheet, equal_ci, &index))
        {
          sg_sheet_set_no_sheet_error (error, options->sheet, book.names);
          goto out;
        }
    }
  else if (book.names->len == 0)
    {
      sg_sheet_set_no_sheet_error (error, NULL, book.names);
      goto out;
    }
  part = g_hash_table_lookup (book.targets, g_ptr_array_index (book.ids, index));
  if (part == NULL || zip_name_locate (zip, part, 0) < 0)
    {
      g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_NOT_A_SHEET,
                   _("The workbook is damaged: its sheet “%s” is missing."),
                   (char *) g_ptr_array_index (book.names, index));
      goto out;
    }
  if (!read_styles (zip, &book, error) || !read_shared_strings (zip, &book, error))
    goto out;
  rows = read_sheet (zip, &book, part, error);
  if (rows != NULL)
    {
      info->sheet = g_strdup (g_ptr_array_index (book.names, index));
      g_ptr_array_add (book.names, NULL);
      info->sheets = (GStrv) g_ptr_array_steal (book.names, NULL);
    }

out:
  workbook_clear (&book);
  return rows;
}
