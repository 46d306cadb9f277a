/* sg-risk-editor.h: the detail pane of a risk — ratings with their level, treatment, acceptance
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_RISK_EDITOR (sg_risk_editor_get_type ())

G_DECLARE_FINAL_TYPE (SgRiskEditor, sg_risk_editor, SG, RISK_EDITOR, GtkWidget)

GtkWidget *sg_risk_editor_new         (SgStore      *store);
SgRecord  *sg_risk_editor_get_record  (SgRiskEditor *self);
void       sg_risk_editor_set_record  (SgRiskEditor *self,
                                       SgRecord     *record);
/* The row that edits @field, for tests and for moving the focus. */
GtkWidget *sg_risk_editor_get_row     (SgRiskEditor *self,
                                       const char   *field);
/* The chip with the inherent or residual level, and the acceptance warning. */
GtkWidget *sg_risk_editor_get_level_chip (SgRiskEditor *self,
                                          gboolean      residual);
GtkWidget *sg_risk_editor_get_acceptance_warning (SgRiskEditor *self);

G_END_DECLS
