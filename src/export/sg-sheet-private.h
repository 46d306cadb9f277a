/* sg-sheet-private.h: what the .xlsx and .ods readers share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libxml/xmlreader.h>
#include <zip.h>

#include "sg-sheet-reader.h"

G_BEGIN_DECLS

/* One member of the zip, read through libxml2's streaming reader with
 * its inflated size counted. */
typedef struct _SgSheetXml SgSheetXml;

/* NULL with *@error unset when @zip has no member @name. */
SgSheetXml       *sg_sheet_xml_open      (zip_t        *zip,
                                          const char   *name,
                                          GError      **error);
xmlTextReaderPtr  sg_sheet_xml_get_reader (SgSheetXml  *xml);
/* The next node (1), the end (0), or an error (-1, *@error set): not
 * well-formed, too large, a document type declared. */
int               sg_sheet_xml_read      (SgSheetXml   *xml,
                                          GError      **error);
void              sg_sheet_xml_free      (SgSheetXml   *xml);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgSheetXml, sg_sheet_xml_free)

/* The value of the attribute @local_name (of any namespace), or NULL. */
char             *sg_sheet_xml_get_attribute (SgSheetXml *xml,
                                              const char *local_name);
/* Appends the text of a text node to @text; FALSE with *@error past
 * SG_CSV_MAX_FIELD. */
gboolean          sg_sheet_xml_append_text   (SgSheetXml *xml,
                                              GString    *text,
                                              GError    **error);

/* Rows as they are read, with the limits on cells and columns. */
typedef struct
{
  GPtrArray *rows;      /* SgCsvRow* */
  SgCsvRow  *row;       /* the row being read */
  guint64    n_cells;
} SgSheetRows;

void      sg_sheet_rows_init     (SgSheetRows *rows);
void      sg_sheet_rows_clear    (SgSheetRows *rows);
void      sg_sheet_rows_begin    (SgSheetRows *rows,
                                  guint        line);
/* Puts @text (taken) into column @column (0 = A) of the row, after
 * empty cells up to it; an empty @text beyond the limits is dropped. */
gboolean  sg_sheet_rows_set      (SgSheetRows *rows,
                                  guint64      column,
                                  char        *text,
                                  GError     **error);
/* Ends the row: a row of empty cells is no row. Returns whether it was
 * kept. */
gboolean  sg_sheet_rows_end      (SgSheetRows *rows);

GPtrArray *sg_sheet_read_xlsx    (zip_t                 *zip,
                                  const SgSheetOptions  *options,
                                  SgSheetInfo           *info,
                                  GError               **error);
GPtrArray *sg_sheet_read_ods     (zip_t                 *zip,
                                  const SgSheetOptions  *options,
                                  SgSheetInfo           *info,
                                  GError               **error);

/* The error for a row past SG_SHEET_MAX_ROWS that is not empty. */
void       sg_sheet_set_too_many_rows_error (GError **error);

/* The error for a sheet @wanted that @sheets lacks. */
void       sg_sheet_set_no_sheet_error (GError     **error,
                                        const char  *wanted,
                                        GPtrArray   *sheets);

G_END_DECLS
