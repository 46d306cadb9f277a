/* sg-audit-page.h: the Audits page — the programme above the list, each audit's detail with its findings
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

/* An SgRecordPage of the audits with the programme above the list, an
 * SgAuditEditor as its detail, and a question before an audit whose
 * findings raised nonconformities is deleted. */
GtkWidget *sg_audit_page_new          (SgStore   *store,
                                       const char *title);
/* Selects @record's audit — an audit, or a finding, whose window then
 * opens over it. FALSE for a record of another kind. */
gboolean   sg_audit_page_show_record  (GtkWidget *page,
                                       SgRecord  *record);
GtkWidget *sg_audit_page_get_programme (GtkWidget *page);
/* The question asked before @audit is deleted, or NULL if none is. */
char      *sg_audit_page_dup_delete_question (SgStore  *store,
                                              SgRecord *audit);

G_END_DECLS
