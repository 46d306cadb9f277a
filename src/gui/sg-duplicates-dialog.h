/* sg-duplicates-dialog.h: the people of the directory who may be listed
 * twice, each pair to merge or to keep apart
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_DUPLICATES_DIALOG (sg_duplicates_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SgDuplicatesDialog, sg_duplicates_dialog, SG, DUPLICATES_DIALOG, AdwWindow)

GtkWidget *sg_duplicates_dialog_new         (GtkWindow          *parent,
                                             SgStore            *store);
/* How many pairs are still listed. */
guint      sg_duplicates_dialog_get_n_pairs (SgDuplicatesDialog *self);

G_END_DECLS
