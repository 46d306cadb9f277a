/* sg-sheet-reader.c: a spreadsheet file — CSV, .xlsx or .ods — into rows of cells
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A workbook is a zip of XML parts: libzip opens it and inflates one
 * member at a time, libxml2's streaming reader reads it node by node, so
 * no part is ever held whole as a tree. What a hostile file could do is
 * bounded here: a member inflating past SG_SHEET_MAX_MEMBER (its
 * declared size, and the bytes counted while inflating), a document type
 * (no entity is ever declared, loaded or expanded: the reader runs
 * without XML_PARSE_NOENT and XML_PARSE_DTDLOAD, and refuses a DOCTYPE),
 * a cell over SG_CSV_MAX_FIELD, a row or column past the limits, and
 * more cells than SG_SHEET_MAX_CELLS. Trailing empty cells and rows of
 * empty cells take no memory however often they repeat. */
#define G_LOG_DOMAIN "sg-sheet"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sg-csv-import.h"
#include "sg-csv-lookup.h"
#include "sg-sheet-private.h"

/* Rows looked at for the header. */
#define HEADER_SCAN 30

struct _SgSheetXml
{
  zip_file_t       *file;
  char             *name;
  xmlTextReaderPtr  reader;
  guint64           n_read;
  gboolean          too_large;
  gboolean          entities;   /* libxml2 reported an entity or a DTD */
  gboolean          huge;       /* libxml2 reported a text past its limit */
};

void
sg_sheet_info_clear (SgSheetInfo *info)
{
  g_return_if_fail (info != NULL);

  g_clear_pointer (&info->sheet, g_free);
  g_clear_pointer (&info->sheets, g_strfreev);
  memset (info, 0, sizeof *info);
}

char *
sg_sheet_info_describe (const SgSheetInfo *info)
{
  g_autofree char *what = NULL;

  g_return_val_if_fail (info != NULL, NULL);

  if (info->format == SG_SHEET_FORMAT_CSV)
    what = sg_csv_format_describe (&info->csv);
  else
    /* Translators: the sheet of a workbook that is imported */
    what = g_strdup_printf (_("Sheet “%s”"), info->sheet ? info->sheet : "");
  if (info->header_line <= 1)
    return g_steal_pointer (&what);
  /* Translators: "Sheet “Risks”; header on row 3 (the rows above are skipped)" */
  return g_strdup_printf (_("%s; header on row %u (the rows above are skipped)"), what, info->header_line);
}

gboolean
sg_sheet_check_file (const char  *path,
                     GError     **error)
{
  g_autofree char *name = NULL;
  GStatBuf st;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);

  name = g_filename_display_name (path);
  if (g_stat (path, &st) != 0)
    {
      int saved = errno;

      if (saved == EACCES)
        g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_NOT_A_FILE,
                     _("Could not read “%s”: you may not open the folder it is in."), name);
      else
        g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_NOT_A_FILE,
                     _("Could not read “%s”: no such file."), name);
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_NOT_A_FILE,
                   _("“%s” is a folder. Choose a spreadsheet file (.csv, .xlsx or .ods) in it."), name);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_NOT_A_FILE,
                   _("“%s” is not a file but a device or a pipe. Choose a spreadsheet file (.csv, .xlsx or .ods)."),
                   name);
      return FALSE;
    }
  fd = g_open (path, O_RDONLY, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_NOT_A_FILE,
                   saved == EACCES ? _("Could not read “%s”: you may not read this file. Check its permissions.")
                                   : _("Could not read “%s”: %s."),
                   name, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/* XML parts */

static int
xml_read_cb (void *context,
             char *buffer,
             int   length)
{
  SgSheetXml *xml = context;
  zip_int64_t n = zip_fread (xml->file, buffer, (zip_uint64_t) length);

  if (n < 0)
    return -1;
  xml->n_read += (guint64) n;
  if (xml->n_read > SG_SHEET_MAX_MEMBER)
    {
      xml->too_large = TRUE;
      return -1;
    }
  return (int) n;
}

static int
xml_close_cb (void *context)
{
  return 0;
}

/* libxml2's own messages would go to standard error; an error about
 * entities means a document type declared them, whatever came first. */
#if LIBXML_VERSION >= 21200
static void
xml_error_cb (void           *data,
              const xmlError *error)
#else
static void
xml_error_cb (void      *data,
              xmlErrorPtr error)
#endif
{
  SgSheetXml *xml = data;

  /* A text node past libxml2's 10 MB limit: code and wording differ
   * between versions (XML_ERR_NO_MEMORY here, a resource limit later). */
  if (error->code == XML_ERR_NO_MEMORY || (error->message != NULL && strstr (error->message, "huge") != NULL))
    xml->huge = TRUE;
  switch (error->code)
    {
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
    case XML_ERR_UNPARSED_ENTITY:
    case XML_ERR_ENTITY_IS_EXTERNAL:
    case XML_ERR_ENTITY_IS_PARAMETER:
    case XML_ERR_ENTITY_NOT_FINISHED:
    case XML_ERR_ENTITY_PE_INTERNAL:
    case XML_ERR_ENTITY_LOOP:
    case XML_ERR_ENTITY_BOUNDARY:
    case XML_ERR_ENTITY_PROCESSING:
      xml->entities = TRUE;
      break;
    default:
      if (error->domain == XML_FROM_DTD)
        xml->entities = TRUE;
      break;
    }
}

static void
set_too_large_error (GError    **error,
                     const char *member)
{
  g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_TOO_LARGE,
               _("The workbook’s part “%s” would take more than %u MB unpacked; "
                 "this is no list of records to import. Nothing was imported."),
               member, SG_SHEET_MAX_MEMBER / (1024 * 1024));
}

static void
set_damaged_error (GError    **error,
                   const char *member)
{
  g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_NOT_A_SHEET,
               _("The workbook is damaged: its part “%s” cannot be read. "
                 "Open it in a spreadsheet program and save it again."), member);
}

SgSheetXml *
sg_sheet_xml_open (zip_t       *zip,
                   const char  *name,
                   GError     **error)
{
  g_autoptr(SgSheetXml) xml = NULL;
  zip_stat_t st;

  zip_stat_init (&st);
  if (zip_stat (zip, name, 0, &st) != 0)
    return NULL;
  if ((st.valid & ZIP_STAT_SIZE) && st.size > SG_SHEET_MAX_MEMBER)
    {
      set_too_large_error (error, name);
      return NULL;
    }
  xml = g_new0 (SgSheetXml, 1);
  xml->name = g_strdup (name);
  xml->file = zip_fopen (zip, name, 0);
  if (xml->file == NULL)
    {
      set_damaged_error (error, name);
      return NULL;
    }
  /* No XML_PARSE_NOENT, _DTDLOAD, _DTDATTR or _HUGE: entities stay
   * unexpanded and libxml2's own limits hold. */
  xml->reader = xmlReaderForIO (xml_read_cb, xml_close_cb, xml, name, NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (xml->reader == NULL)
    {
      set_damaged_error (error, name);
      return NULL;
    }
  xmlTextReaderSetStructuredErrorHandler (xml->reader, xml_error_cb, xml);
  return g_steal_pointer (&xml);
}

xmlTextReaderPtr
sg_sheet_xml_get_reader (SgSheetXml *xml)
{
  return xml->reader;
}

int
sg_sheet_xml_read (SgSheetXml  *xml,
                   GError     **error)
{
  int status = xmlTextReaderRead (xml->reader);

  if ((status == 1 && xmlTextReaderNodeType (xml->reader) == XML_READER_TYPE_DOCUMENT_TYPE) ||
      (status < 0 && xml->entities))
    {
      g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_UNSAFE,
                   _("The workbook’s part “%s” declares a document type, which no spreadsheet does; "
                     "it is refused so that nothing in it can expand."), xml->name);
      return -1;
    }
  if (status < 0)
    {
      if (xml->too_large)
        set_too_large_error (error, xml->name);
      else if (xml->huge)
        g_set_error_literal (error, SG_CSV_ERROR, SG_CSV_ERROR_TOO_LARGE,
                             _("A cell holds more than 1 MiB of text; this is no list of records to import."));
      else
        set_damaged_error (error, xml->name);
    }
  return status;
}

void
sg_sheet_xml_free (SgSheetXml *xml)
{
  if (xml == NULL)
    return;
  g_clear_pointer (&xml->reader, xmlFreeTextReader);
  g_clear_pointer (&xml->file, zip_fclose);
  g_free (xml->name);
  g_free (xml);
}

char *
sg_sheet_xml_get_attribute (SgSheetXml *xml,
                            const char *local_name)
{
  char *value = NULL;

  if (!xmlTextReaderHasAttributes (xml->reader))
    return NULL;
  while (xmlTextReaderMoveToNextAttribute (xml->reader) == 1)
    if (g_strcmp0 ((const char *) xmlTextReaderConstLocalName (xml->reader), local_name) == 0)
      {
        value = g_strdup ((const char *) xmlTextReaderConstValue (xml->reader));
        break;
      }
  xmlTextReaderMoveToElement (xml->reader);
  return value;
}

gboolean
sg_sheet_xml_append_text (SgSheetXml *xml,
                          GString    *text,
                          GError    **error)
{
  const char *value = (const char *) xmlTextReaderConstValue (xml->reader);

  if (value == NULL)
    return TRUE;
  g_string_append (text, value);
  if (text->len > SG_CSV_MAX_FIELD)
    {
      g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_TOO_LARGE,
                   _("A cell holds more than 1 MiB of text; this is no list of records to import."));
      return FALSE;
    }
  return TRUE;
}

/* Rows */

void
sg_sheet_rows_init (SgSheetRows *rows)
{
  memset (rows, 0, sizeof *rows);
  rows->rows = g_ptr_array_new_with_free_func (sg_csv_row_free);
}

void
sg_sheet_rows_clear (SgSheetRows *rows)
{
  g_clear_pointer (&rows->row, sg_csv_row_free);
  g_clear_pointer (&rows->rows, g_ptr_array_unref);
}

void
sg_sheet_rows_begin (SgSheetRows *rows,
                     guint        line)
{
  g_clear_pointer (&rows->row, sg_csv_row_free);
  rows->row = g_new0 (SgCsvRow, 1);
  rows->row->line = line;
  rows->row->cells = g_ptr_array_new_with_free_func (g_free);
}

gboolean
sg_sheet_rows_set (SgSheetRows *rows,
                   guint64      column,
                   char        *text,
                   GError     **error)
{
  g_autofree char *owned = text;
  GPtrArray *cells = rows->row->cells;

  if (*text == '\0')
    return TRUE;
  if (column >= SG_SHEET_MAX_COLUMNS)
    {
      g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_TOO_LARGE,
                   _("Row %u has a value beyond column %u; this is no list of records to import."),
                   rows->row->line, SG_SHEET_MAX_COLUMNS);
      return FALSE;
    }
  if (column < cells->len)
    {
      g_free (g_ptr_array_index (cells, column));
      g_ptr_array_index (cells, column) = g_steal_pointer (&owned);
      return TRUE;
    }
  rows->n_cells += column + 1 - cells->len;
  if (rows->n_cells > SG_SHEET_MAX_CELLS)
    {
      g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_TOO_LARGE,
                   _("The sheet has more than %u cells; this is no list of records to import."), SG_SHEET_MAX_CELLS);
      return FALSE;
    }
  while (cells->len < column)
    g_ptr_array_add (cells, g_strdup (""));
  g_ptr_array_add (cells, g_steal_pointer (&owned));
  return TRUE;
}

gboolean
sg_sheet_rows_end (SgSheetRows *rows)
{
  SgCsvRow *row = g_steal_pointer (&rows->row);

  if (row == NULL)
    return FALSE;
  if (row->cells->len == 0)
    {
      sg_csv_row_free (row);
      return FALSE;
    }
  g_ptr_array_add (rows->rows, row);
  return TRUE;
}

void
sg_sheet_set_too_many_rows_error (GError **error)
{
  g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_TOO_LARGE,
               _("The sheet has values below row %u, the last a spreadsheet can have; "
                 "this is no list of records to import."), SG_SHEET_MAX_ROWS);
}

void
sg_sheet_set_no_sheet_error (GError     **error,
                             const char  *wanted,
                             GPtrArray   *sheets)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < sheets->len; i++)
    g_string_append_printf (names, "%s“%s”", i ? ", " : "", (char *) g_ptr_array_index (sheets, i));
  if (wanted == NULL)
    g_set_error_literal (error, SG_CSV_ERROR, SG_CSV_ERROR_NO_SHEET, _("The workbook has no sheets."));
  else
    /* Translators: "The workbook has no sheet “Risks”; its sheets are “Sheet1”, “Assets”." */
    g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_NO_SHEET,
                 _("The workbook has no sheet “%s”; its sheets are %s."), wanted, names->str);
}

/* The file */

static gboolean
member_equals (zip_t      *zip,
               const char *name,
               const char *expected)
{
  zip_file_t *file = zip_fopen (zip, name, 0);
  char buffer[128] = { 0 };
  zip_int64_t n;

  if (file == NULL)
    return FALSE;
  n = zip_fread (file, buffer, sizeof buffer - 1);
  zip_fclose (file);
  return n > 0 && g_str_has_prefix (buffer, expected);
}

static GPtrArray *
read_workbook (const char            *path,
               const SgSheetOptions  *options,
               SgSheetInfo           *info,
               GError               **error)
{
  zip_t *zip;
  int zip_error = 0;
  GPtrArray *rows = NULL;

  zip = zip_open (path, ZIP_RDONLY, &zip_error);
  if (zip == NULL)
    {
      g_set_error_literal (error, SG_CSV_ERROR, SG_CSV_ERROR_NOT_A_SHEET,
                           _("The file is a damaged zip archive, not a spreadsheet Safeguard can read."));
      return NULL;
    }
  if (zip_name_locate (zip, "xl/workbook.xml", 0) >= 0)
    {
      info->format = SG_SHEET_FORMAT_XLSX;
      rows = sg_sheet_read_xlsx (zip, options, info, error);
    }
  else if (member_equals (zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet") &&
           zip_name_locate (zip, "content.xml", 0) >= 0)
    {
      info->format = SG_SHEET_FORMAT_ODS;
      rows = sg_sheet_read_ods (zip, options, info, error);
    }
  else
    g_set_error_literal (error, SG_CSV_ERROR, SG_CSV_ERROR_NOT_A_SHEET,
                         _("The file is a zip archive but neither an Excel workbook (.xlsx) nor an "
                           "OpenDocument spreadsheet (.ods)."));
  zip_discard (zip);
  return rows;
}

static gpointer
init_libxml (gpointer data)
{
  xmlInitParser ();
  return NULL;
}

GPtrArray *
sg_sheet_read (const char            *path,
               const SgSheetOptions  *options,
               SgSheetInfo           *info,
               GError               **error)
{
  static GOnce libxml_once = G_ONCE_INIT;
  static const SgSheetOptions no_options = { { SG_TEXT_ENCODING_AUTO, 0 }, NULL };
  g_autofree char *contents = NULL;
  GPtrArray *rows;
  gsize length = 0;
  FILE *file;
  char magic[8] = { 0 };
  gsize n_magic;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (info != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    options = &no_options;
  memset (info, 0, sizeof *info);
  if (!sg_sheet_check_file (path, error))
    return NULL;

  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_NOT_A_FILE, _("Could not read “%s”: %s."), path, g_strerror (errno));
      return NULL;
    }
  n_magic = fread (magic, 1, sizeof magic, file);
  fclose (file);

  if (n_magic >= 4 && memcmp (magic, "PK\3\4", 4) == 0)
    {
      g_once (&libxml_once, init_libxml, NULL);
      return read_workbook (path, options, info, error);
    }
  if (n_magic == 8 && memcmp (magic, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
    {
      g_set_error_literal (error, SG_CSV_ERROR, SG_CSV_ERROR_NOT_A_SHEET,
                           _("This is an Excel 97–2003 workbook (.xls), which Safeguard cannot read. "
                             "Save it as .xlsx or CSV and import that."));
      return NULL;
    }

  info->format = SG_SHEET_FORMAT_CSV;
  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  rows = sg_csv_read_format (contents, length, &options->csv, &info->csv, error);
  return rows;
}

guint
sg_sheet_find_header (GPtrArray  *rows,
                      GHashTable *names)
{
  guint n = MIN (rows->len, HEADER_SCAN);
  guint most_filled = 0;

  g_return_val_if_fail (rows != NULL, 0);

  for (guint r = 0; r < n; r++)
    {
      SgCsvRow *row = g_ptr_array_index (rows, r);
      guint matches = 0, filled = 0;

      for (guint c = 0; c < row->cells->len; c++)
        {
          const char *cell = g_ptr_array_index (row->cells, c);
          g_autofree char *folded = NULL;

          if (*cell == '\0')
            continue;
          filled++;
          if (names == NULL)
            continue;
          folded = sg_csv_fold_name (cell);
          if (g_hash_table_contains (names, folded))
            matches++;
        }
      if (matches >= 2)
        return r;
      most_filled = MAX (most_filled, filled);
    }
  for (guint r = 0; r < n; r++)
    {
      SgCsvRow *row = g_ptr_array_index (rows, r);
      guint filled = 0;

      for (guint c = 0; c < row->cells->len; c++)
        if (*(char *) g_ptr_array_index (row->cells, c) != '\0')
          filled++;
      if (filled * 2 >= most_filled)
        return r;
    }
  return 0;
}
