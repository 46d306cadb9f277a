/* sg-csv-cells.h: a CSV row's cells read as a risk's fields
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

/* Builds the risk of one row, or returns NULL with the reason (translated,
 * without the line). @seen_refs: ref → the line that has it, of the rows
 * before. */
SgRecord   *sg_csv_build_risk         (SgCsvLookup  *lookup,
                                       SgCsvRow     *row,
                                       GPtrArray    *header,   /* char*, as written */
                                       GParamSpec  **columns,  /* per header column, NULL = no home */
                                       const SgDateOrder *orders, /* per header column, or NULL */
                                       SgImportValues *values,  /* what choice and rating values become, or NULL */
                                       GHashTable   *seen_refs,
                                       char        **reason);

G_END_DECLS
