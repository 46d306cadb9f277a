/* sg-export-dialog.h: writes the auditor's workbook in a thread, with progress and Cancel
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_EXPORT_DIALOG (sg_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SgExportDialog, sg_export_dialog, SG, EXPORT_DIALOG, AdwMessageDialog)

/* Shows a dialog over @parent, copies what the workbook shows out of
 * @store (on this thread), writes @file in a GTask thread while the dialog
 * shows the progress, and closes the dialog when done. Cancel in the
 * dialog ends with G_IO_ERROR_CANCELLED and leaves no file behind. */
void      sg_export_dialog_export_async   (GtkWindow            *parent,
                                           SgStore              *store,
                                           GFile                *file,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean  sg_export_dialog_export_finish  (GAsyncResult         *result,
                                           GError              **error);

G_END_DECLS
