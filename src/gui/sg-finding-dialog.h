/* sg-finding-dialog.h: a finding of an audit, edited in a window of its own over the audit
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_FINDING_DIALOG (sg_finding_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SgFindingDialog, sg_finding_dialog, SG, FINDING_DIALOG, AdwWindow)

/* Edits @finding (saved as typed); "delete-requested" when its Delete
 * button is pressed: whoever opened it deletes, and may offer undo. */
GtkWidget *sg_finding_dialog_new         (GtkWindow       *parent,
                                          SgStore         *store,
                                          SgRecord        *finding);
SgRecord  *sg_finding_dialog_get_finding (SgFindingDialog *self);
GtkWidget *sg_finding_dialog_get_editor  (SgFindingDialog *self);

G_END_DECLS
