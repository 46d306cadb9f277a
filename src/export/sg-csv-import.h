/* sg-csv-import.h: records of any kind from a spreadsheet (CSV, .xlsx, .ods), read, mapped, checked and added
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-import-date.h"
#include "sg-import-values.h"
#include "sg-sheet-reader.h"
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
  SG_CSV_ERROR_NOT_A_FILE,     /* missing, a folder, a device, unreadable */
  SG_CSV_ERROR_NOT_A_SHEET,    /* a zip that is no .xlsx or .ods, a damaged one, an .xls */
  SG_CSV_ERROR_NO_SHEET,       /* the sheet asked for is not in the workbook */
  SG_CSV_ERROR_UNSAFE,         /* XML that declares a document type (entities) */
  SG_CSV_ERROR_DELIMITER,      /* a one-column header over lines that hold another delimiter */
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
  guint      n_imported;  /* records added, or for controls: rows read */
  GPtrArray *problems;  /* SgCsvProblem*, in file order */
  GPtrArray *notes;     /* char*, translated: how values were read ("“Due”: 2 quarters …"),
                         * names not in the register, kept in the notes */
  guint      n_updated;   /* records of the register that an import changed (controls) */
} SgCsvReport;

GQuark    sg_csv_error_quark      (void);

/* Frees the report's contents (not the struct itself). */
void      sg_csv_report_clear     (SgCsvReport  *report);

/* Adds the risks of a spreadsheet in one transaction, in the file's order;
 * rows without a ref get refs after every ref in the file. With @skip_invalid
 * FALSE, one invalid row means nothing is imported (FALSE,
 * SG_CSV_ERROR_INVALID_ROWS); with TRUE the valid rows are imported.
 * Invalid rows are listed in @report either way. */
gboolean  sg_csv_import_risks     (SgStore      *store,
                                   const char   *path,
                                   gboolean      skip_invalid,
                                   SgCsvReport  *report,
                                   GError      **error);

/* The same in steps, for a dialog that shows and changes how columns map
 * to fields before anything is added, and adds with progress. */
typedef struct _SgCsvImport SgCsvImport;

/* Reads and parses @path and maps its columns to the fields of @kind
 * (sg_import_kind_is_importable()) by their headers: our labels in
 * English and German, and the names other registers use. What the
 * checking needs of @store (refs, titles, names, scale labels) is copied
 * now. Rows become new records; for a kind whose records are a fixed
 * catalogue (the Annex A controls, sg_csv_kind_updates()) each row
 * updates the record its ref names instead. References and links are
 * read as refs or titles, people as names; one the register lacks is
 * left out, kept in the notes and listed in the report's notes. */
SgCsvImport *sg_csv_import_new           (SgStore      *store,
                                          GType         kind,
                                          const char   *path,
                                          GError      **error);
/* The same with the CSV's encoding and delimiter, or the workbook's
 * sheet, forced by @options (NULL: all detected). The file may be CSV,
 * .xlsx or .ods (sg_sheet_read()); its header is the row that
 * sg_sheet_find_header() finds, and rows above it are left out. */
SgCsvImport *sg_csv_import_new_full      (SgStore               *store,
                                          GType                  kind,
                                          const char            *path,
                                          const SgSheetOptions  *options,
                                          GError               **error);
/* The same, and the check of every row, in a thread. */
void         sg_csv_import_new_async     (SgStore              *store,
                                          GType                 kind,
                                          const char           *path,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
void         sg_csv_import_new_full_async (SgStore              *store,
                                          GType                 kind,
                                          const char           *path,
                                          const SgSheetOptions *options,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
SgCsvImport *sg_csv_import_new_finish    (SgStore              *store,
                                          GAsyncResult         *result,
                                          GError              **error);
SgCsvImport *sg_csv_import_ref           (SgCsvImport  *self);
/* A check in a thread keeps its own reference until it ends. */
void         sg_csv_import_unref         (SgCsvImport  *self);
/* The kind the rows become. */
GType        sg_csv_import_get_kind      (SgCsvImport  *self);
/* Whether the rows update records of the register instead of adding. */
gboolean     sg_csv_import_updates       (SgCsvImport  *self);
/* What Import would do with the valid rows of the last check (0 until
 * checked): the records it would create, and the records of the register
 * it would update, that is rows that name one and give a field of it
 * another value. The other valid rows of an update change nothing. */
guint        sg_csv_import_get_n_to_create (SgCsvImport *self);
guint        sg_csv_import_get_n_to_update (SgCsvImport *self);
/* What was read: the format, encoding and delimiter or the sheet, and
 * the header's row. */
const SgSheetInfo *sg_csv_import_get_info (SgCsvImport  *self);
guint        sg_csv_import_get_n_columns (SgCsvImport  *self);
const char  *sg_csv_import_get_header    (SgCsvImport  *self,
                                          guint         column);
/* The rows below the header; a missing cell is "". */
guint        sg_csv_import_get_n_rows    (SgCsvImport  *self);
const char  *sg_csv_import_get_cell      (SgCsvImport  *self,
                                          guint         row,
                                          guint         column);
/* The fields a column can fill (GParamSpec*, owned by @self). */
GPtrArray   *sg_csv_import_list_fields   (SgCsvImport  *self);
/* NULL: the column's text goes into the record's notes. */
GParamSpec  *sg_csv_import_get_field     (SgCsvImport  *self,
                                          guint         column);
/* A field fills one column: another column that had it goes to the
 * notes. The rows are then to be checked again. */
void         sg_csv_import_set_field     (SgCsvImport  *self,
                                          guint         column,
                                          GParamSpec   *field);
/* How the a/b/yyyy dates of a column mapped to a date field are read:
 * decided for the whole column by a value that fits one order only,
 * else (every value fits both) ambiguous, read day first until set. */
SgDateOrder  sg_csv_import_get_date_order (SgCsvImport *self,
                                           guint        column);
/* Whether the last check found a column's dates ambiguous. */
gboolean     sg_csv_import_is_date_order_ambiguous (SgCsvImport *self,
                                                    guint        column);
/* AUTO decides again from the values; the rows are then to be checked again. */
void         sg_csv_import_set_date_order (SgCsvImport *self,
                                           guint        column,
                                           SgDateOrder  order);
/* Whether the rows are checked as they are mapped now. */
gboolean     sg_csv_import_is_checked    (SgCsvImport  *self);
/* Checks every row as it is mapped now, unless that is done; returns how
 * many are valid and lists the others in @report (may be NULL). */
guint        sg_csv_import_check         (SgCsvImport  *self,
                                          SgCsvReport  *report);
/* The same in a thread; the mapping may change meanwhile, and then the
 * check ends in G_IO_ERROR_CANCELLED. The callback must call
 * sg_csv_import_check_finish(), which lets go of the import's reference. */
void         sg_csv_import_check_async   (SgCsvImport          *self,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean     sg_csv_import_check_finish  (GAsyncResult         *result,
                                          GError              **error);

/* Adding, in one transaction: begin, steps, then finish or abort. The
 * valid rows are added in the file's order. Begin refuses with
 * SG_CSV_ERROR_INVALID_ROWS when rows are invalid and not to be skipped;
 * rows not checked before are checked in a thread while they are added. */
gboolean     sg_csv_import_begin         (SgCsvImport  *self,
                                          gboolean      skip_invalid,
                                          GError      **error);
/* Adds up to @max_rows; *@done once every row to add is added. A failure
 * rolls everything back. */
gboolean     sg_csv_import_step          (SgCsvImport  *self,
                                          guint         max_rows,
                                          gboolean     *done,
                                          GError      **error);
guint        sg_csv_import_get_n_added   (SgCsvImport  *self);
/* Adds what is left and commits; lists the invalid rows in @report. */
gboolean     sg_csv_import_finish        (SgCsvImport  *self,
                                          SgCsvReport  *report,
                                          GError      **error);
/* Takes back everything added since begin. */
void         sg_csv_import_abort         (SgCsvImport  *self);
/* Begin and finish at once, as sg_csv_import_risks(). */
gboolean     sg_csv_import_run           (SgCsvImport  *self,
                                          gboolean      skip_invalid,
                                          SgCsvReport  *report,
                                          GError      **error);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgCsvImport, sg_csv_import_unref)

/* Values (sg-csv-import-values.c). A column mapped to a choice or a
 * rating lists its distinct values (SgImportValue*, owned by @self, the
 * most frequent first; NULL for other columns), each with what it
 * becomes: guessed, and changeable. An unmapped value never makes a row
 * invalid: the field is left empty and the text kept in the notes. A
 * change asks for the rows to be checked again. */
GPtrArray   *sg_csv_import_list_values    (SgCsvImport  *self,
                                           guint         column);
void         sg_csv_import_set_value      (SgCsvImport  *self,
                                           guint         column,
                                           const char   *text,
                                           int           value,
                                           gboolean      mapped);
/* What a value of @column can become: the choices of its field or the
 * ratings of the register's scale, and their labels. */
guint        sg_csv_import_get_n_choices  (SgCsvImport  *self,
                                           guint         column);
int          sg_csv_import_get_nth_choice (SgCsvImport  *self,
                                           guint         column,
                                           guint         n);
char        *sg_csv_import_get_value_label (SgCsvImport *self,
                                            guint        column,
                                            int          value);
/* A rating column's numbers: as they are (0), or on a 1–@from scale
 * rescaled to the register's; the highest number in the column. */
guint        sg_csv_import_get_value_scale (SgCsvImport *self,
                                            guint        column);
void         sg_csv_import_set_value_scale (SgCsvImport *self,
                                            guint        column,
                                            guint        from);
guint        sg_csv_import_get_max_number (SgCsvImport  *self,
                                           guint         column);
/* A column left in the notes that is a score, a level or a velocity. */
SgImportDerived sg_csv_import_get_derived (SgCsvImport  *self,
                                           guint         column);
/* The line (or sheet row) row @row of the rows below the header starts on. */
guint        sg_csv_import_get_line       (SgCsvImport  *self,
                                           guint         row);
/* The value mapping, one line per value, for the command line. */
char        *sg_csv_import_format_values  (SgCsvImport  *self);

/* `safeguard --import-csv`: risks; exit status 0 or 1. */
int          sg_csv_import_command       (const char   *in,
                                          const char   *register_path,
                                          gboolean      skip_invalid);
/* `safeguard --import` with --into, --encoding, --delimiter and --sheet. */
int          sg_csv_import_command_full  (const char            *in,
                                          const char            *register_path,
                                          GType                  kind,
                                          const SgSheetOptions  *options,
                                          gboolean               skip_invalid);

G_END_DECLS
