/* sg-csv-cells.h: a CSV row's cells read as a record's fields
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-csv-lookup.h"
#include "sg-csv-reader.h"
#include "sg-import-date.h"
#include "sg-import-values.h"
#include "sg-record.h"

G_BEGIN_DECLS

/* Header names, folded (sg_csv_fold_name()), to the @fields they name. */
GHashTable *sg_csv_build_header_names (GPtrArray    *fields);

/* The ref a cell holds: one leading formula quote (see sg-csv.c) and the
 * spaces around it go. The same rule for the refs a row gets and for
 * the refs an import reserves. */
char       *sg_csv_cell_get_ref       (const char   *cell);

/* A name in a reference or links column that the register lacks. */
typedef struct
{
  guint  column;
  char  *text;
} SgCsvUnknown;

SgCsvUnknown *sg_csv_unknown_new      (guint         column,
                                       const char   *text);
void        sg_csv_unknown_free       (gpointer      unknown);

/* Whether importing @kind updates its records by ref instead of adding
 * (the Annex A controls: an SoA spreadsheet fills in the register's). */
gboolean    sg_csv_kind_updates       (GType         kind);
/* The long text field that keeps what has no field of its own, or NULL. */
GParamSpec *sg_csv_find_notes_field   (GType         kind);

/* Builds the record of one row, of the lookup's kind, or returns NULL
 * with the reason (translated, without the line). For a kind that
 * sg_csv_kind_updates(), the record is a copy of the register's with the
 * row's non-empty cells. Unknown names go to the notes and, as
 * SgCsvUnknown*, to @unknown. @seen_refs: ref → the line that has it, of
 * the rows before. */
SgRecord   *sg_csv_build_record       (SgCsvLookup  *lookup,
                                       SgCsvRow     *row,
                                       GPtrArray    *header,   /* char*, as written */
                                       GParamSpec  **columns,  /* per header column, NULL = no home */
                                       const SgDateOrder *orders, /* per header column, or NULL */
                                       SgImportValues *values,  /* what choice and rating values become, or NULL */
                                       GHashTable   *seen_refs,
                                       GPtrArray    *unknown,
                                       char        **reason);

G_END_DECLS
