/* sg-csv-import-dialog.h: risks from a spreadsheet's CSV, mapped and checked before they are added
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_CSV_IMPORT_DIALOG (sg_csv_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SgCsvImportDialog, sg_csv_import_dialog, SG, CSV_IMPORT_DIALOG, AdwWindow)

/* Reads @file into records of @kind (sg_import_kind_is_importable());
 * NULL with a translated error when it is no spreadsheet to import.
 * The dialog emits "imported" with the number of records added (or, for
 * the controls, of rows read). */
SgCsvImportDialog *sg_csv_import_dialog_new        (GtkWindow          *parent,
                                                    SgStore            *store,
                                                    GType               kind,
                                                    GFile              *file,
                                                    GError            **error);
/* How many risks the Import button would add now. */
guint              sg_csv_import_dialog_get_n_ready (SgCsvImportDialog *self);

G_END_DECLS
