/* sg-csv-import-dialog.h: records of one kind from a spreadsheet, mapped and checked before they are added or updated
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_CSV_IMPORT_DIALOG (sg_csv_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SgCsvImportDialog, sg_csv_import_dialog, SG, CSV_IMPORT_DIALOG, AdwWindow)

/* Reads @file into records of @kind (sg_import_kind_is_importable());
 * NULL with a translated error when it is no spreadsheet to import.
 * The dialog emits "imported" with the number of records created and the
 * number of records of the register updated (the controls, by ref). */
SgCsvImportDialog *sg_csv_import_dialog_new        (GtkWindow          *parent,
                                                    SgStore            *store,
                                                    GType               kind,
                                                    GFile              *file,
                                                    GError            **error);
/* How many rows the Import button would add or update now. */
guint              sg_csv_import_dialog_get_n_ready (SgCsvImportDialog *self);

G_END_DECLS
