/* sg-soa-issue-dialog.h: "Issue Statement of Applicability…" — a new version, frozen
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_SOA_ISSUE_DIALOG (sg_soa_issue_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SgSoaIssueDialog, sg_soa_issue_dialog, SG, SOA_ISSUE_DIALOG, AdwWindow)

/* Emits "issued" (SgRecord *version) once the version is in the
 * register, then closes. */
SgSoaIssueDialog *sg_soa_issue_dialog_new  (GtkWindow        *parent,
                                            SgStore          *store);
/* For tests: the fields, and the Issue button's action. */
void              sg_soa_issue_dialog_set_approver (SgSoaIssueDialog *self,
                                                    gint64            person);
void              sg_soa_issue_dialog_set_summary  (SgSoaIssueDialog *self,
                                                    const char       *summary);

G_END_DECLS
