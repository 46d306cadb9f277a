/* sg-soa-versions-dialog.h: the issued versions of the Statement of Applicability
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_SOA_VERSIONS_DIALOG (sg_soa_versions_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SgSoaVersionsDialog, sg_soa_versions_dialog, SG, SOA_VERSIONS_DIALOG, AdwWindow)

/* Emits "export" (guint number; 0 for the draft) when a version's PDF is
 * asked for, and "issue" when a new version is. */
SgSoaVersionsDialog *sg_soa_versions_dialog_new (GtkWindow *parent,
                                                 SgStore   *store);
/* For tests: the rows shown, the draft's first. */
GtkWidget           *sg_soa_versions_dialog_get_list (SgSoaVersionsDialog *self);

G_END_DECLS
