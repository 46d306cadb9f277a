/* sg-control-editor.h: the detail of a control — applicability and its grounds, implementation, risks, evidence
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_CONTROL_EDITOR (sg_control_editor_get_type ())

G_DECLARE_FINAL_TYPE (SgControlEditor, sg_control_editor, SG, CONTROL_EDITOR, GtkWidget)

/* @today: ISO date the rules measure from; NULL: the real today. */
GtkWidget *sg_control_editor_new        (SgStore         *store,
                                         const char      *today);
SgRecord  *sg_control_editor_get_record (SgControlEditor *self);
void       sg_control_editor_set_record (SgControlEditor *self,
                                         SgRecord        *control);
/* The inline warnings: "excluded without a justification", "applicable
 * with no reason for inclusion"; visible only when they apply. */
GtkWidget *sg_control_editor_get_justification_warning (SgControlEditor *self);
GtkWidget *sg_control_editor_get_reason_warning        (SgControlEditor *self);
/* The derived "Risk treatment" row, its subtitle the risks. */
GtkWidget *sg_control_editor_get_risk_treatment_row    (SgControlEditor *self);
/* The group listing the risks this control treats (AdwPreferencesGroup). */
GtkWidget *sg_control_editor_get_risks_group           (SgControlEditor *self);
/* Links @risk to the control shown (or unlinks it): written on the risk. */
void       sg_control_editor_link_risk  (SgControlEditor *self,
                                         SgRecord        *risk,
                                         gboolean         linked);
/* The evidence rows (SgEvidenceRow) in order, a new array. */
GPtrArray *sg_control_editor_list_evidence_rows        (SgControlEditor *self);
SgRecord  *sg_control_editor_add_evidence (SgControlEditor *self);

G_END_DECLS
