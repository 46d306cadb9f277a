/* sg-restore-dialog.h: "Restore from Backup…" — the backups of a
 * register with their dates and record counts, one to choose
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SG_TYPE_RESTORE_DIALOG (sg_restore_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SgRestoreDialog, sg_restore_dialog, SG, RESTORE_DIALOG, AdwMessageDialog)

/* Lists the backups of @register_path in @folder. Its "restore"
 * response means sg_restore_dialog_get_chosen () is to be restored. */
SgRestoreDialog *sg_restore_dialog_new        (GtkWindow        *parent,
                                               const char       *register_path,
                                               const char       *folder);
/* The backup chosen, or NULL. */
const char      *sg_restore_dialog_get_chosen (SgRestoreDialog  *self);
/* How many backups it lists. */
guint            sg_restore_dialog_get_n_backups (SgRestoreDialog *self);

G_END_DECLS
