/* sg-audit-editor.h: an audit's detail — plan, scope, auditors and their independence, findings, result
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_AUDIT_EDITOR (sg_audit_editor_get_type ())

G_DECLARE_FINAL_TYPE (SgAuditEditor, sg_audit_editor, SG, AUDIT_EDITOR, GtkWidget)

GtkWidget *sg_audit_editor_new              (SgStore       *store);
SgRecord  *sg_audit_editor_get_record       (SgAuditEditor *self);
void       sg_audit_editor_set_record       (SgAuditEditor *self,
                                             SgRecord      *audit);
/* The parts a test or the page reaches for. */
GtkWidget *sg_audit_editor_get_findings     (SgAuditEditor *self);
GtkWidget *sg_audit_editor_get_independence (SgAuditEditor *self);
/* The widget of one of the audit's fields, by name (SG_AUDIT_*), or NULL. */
GtkWidget *sg_audit_editor_get_field        (SgAuditEditor *self,
                                             const char    *name);

G_END_DECLS
