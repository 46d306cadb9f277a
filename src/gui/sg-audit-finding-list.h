/* sg-audit-finding-list.h: an audit's findings inside its detail — added, edited, raising nonconformities
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_AUDIT_FINDING_LIST (sg_audit_finding_list_get_type ())

G_DECLARE_FINAL_TYPE (SgAuditFindingList, sg_audit_finding_list, SG, AUDIT_FINDING_LIST, AdwPreferencesGroup)

GtkWidget  *sg_audit_finding_list_new        (SgStore         *store);
void        sg_audit_finding_list_set_audit  (SgAuditFindingList *self,
                                          SgRecord        *audit);
/* The audit's findings as shown, by ref. */
GListModel *sg_audit_finding_list_get_shown  (SgAuditFindingList *self);
/* The row of @finding (an SgFindingRow), or NULL. */
GtkWidget  *sg_audit_finding_list_get_row    (SgAuditFindingList *self,
                                          SgRecord        *finding);
/* Opens @finding's window (an SgFindingDialog, returned) over the audit. */
GtkWidget  *sg_audit_finding_list_open       (SgAuditFindingList *self,
                                          SgRecord        *finding);
/* Adds a finding to the audit and opens it; NULL with a message shown. */
SgRecord   *sg_audit_finding_list_add        (SgAuditFindingList *self);

G_END_DECLS
