/* sg-risk-level-row.h: one risk level on the risk method page — name, colour, appetite, removal
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-risk-level.h"
#include "sg-text-field-row.h"

G_BEGIN_DECLS

#define SG_TYPE_RISK_LEVEL_ROW (sg_risk_level_row_get_type ())

G_DECLARE_FINAL_TYPE (SgRiskLevelRow, sg_risk_level_row, SG, RISK_LEVEL_ROW, AdwExpanderRow)

/* Colour and appetite are saved at once; "remove" asks for the level's
 * removal, which the page does. */
GtkWidget      *sg_risk_level_row_new          (SgRiskLevel    *level,
                                                gboolean        removable);
SgRiskLevel    *sg_risk_level_row_get_level    (SgRiskLevelRow *self);
/* The row in which the name is typed. */
SgTextFieldRow *sg_risk_level_row_get_name_row (SgRiskLevelRow *self);
/* Shows the level's name, colour and appetite as they are now. */
void            sg_risk_level_row_sync         (SgRiskLevelRow *self);

G_END_DECLS
