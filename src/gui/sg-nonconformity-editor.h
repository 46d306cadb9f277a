/* sg-nonconformity-editor.h: the detail pane of a nonconformity — what happened, correction and cause, corrective actions, the effectiveness check
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-nonconformity-filter.h"

G_BEGIN_DECLS

#define SG_TYPE_NONCONFORMITY_EDITOR (sg_nonconformity_editor_get_type ())

G_DECLARE_FINAL_TYPE (SgNonconformityEditor, sg_nonconformity_editor, SG, NONCONFORMITY_EDITOR, GtkWidget)

GtkWidget             *sg_nonconformity_editor_new        (SgStore               *store,
                                                           SgNonconformityFilter *filter);
SgNonconformityFilter *sg_nonconformity_editor_get_filter (SgNonconformityEditor *self);
SgRecord              *sg_nonconformity_editor_get_record (SgNonconformityEditor *self);
void                   sg_nonconformity_editor_set_record (SgNonconformityEditor *self,
                                                           SgRecord              *record);
/* The row of @field (a long text: its group), or NULL. */
GtkWidget             *sg_nonconformity_editor_get_row    (SgNonconformityEditor *self,
                                                           const char            *field);
/* "Corrective actions are done: check their effectiveness", the row
 * saying the NC was reopened, and the one saying it is overdue. */
GtkWidget             *sg_nonconformity_editor_get_banner (SgNonconformityEditor *self,
                                                           SgNcFlags              flag);
/* The row naming the audit of the finding, with its Open button. */
GtkWidget             *sg_nonconformity_editor_get_audit_row (SgNonconformityEditor *self);
GtkWidget             *sg_nonconformity_editor_get_actions (SgNonconformityEditor *self);
/* Records a check as the dialog does when confirmed, and shows the toast
 * with Undo; FALSE with the message shown if nothing was saved. */
gboolean               sg_nonconformity_editor_record_check (SgNonconformityEditor *self,
                                                             SgEffectiveness        result,
                                                             const char            *date,
                                                             gint64                 checked_by,
                                                             const char            *notes,
                                                             gboolean               close);
/* The toast the last check showed, while it is shown. */
AdwToast              *sg_nonconformity_editor_get_toast  (SgNonconformityEditor *self);
/* Opens "Record Effectiveness Check" (nc.record-check); returns it. */
GtkWidget             *sg_nonconformity_editor_open_check_dialog (SgNonconformityEditor *self);

G_END_DECLS
