/* sg-level-cell.h: a risk's inherent or residual level in a table cell, in its colour
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sg-risk-method.h"

G_BEGIN_DECLS

#define SG_TYPE_LEVEL_CELL (sg_level_cell_get_type ())

G_DECLARE_FINAL_TYPE (SgLevelCell, sg_level_cell, SG, LEVEL_CELL, GtkWidget)

GtkWidget *sg_level_cell_new    (SgRiskMethod *method,
                                 gboolean      residual);
/* Shows @risk's level and follows its ratings and the method until unbound. */
void       sg_level_cell_bind   (SgLevelCell  *self,
                                 SgRecord     *risk);
void       sg_level_cell_unbind (SgLevelCell  *self);

/* The level a risk's inherent or residual rating gives, or NULL. */
SgRiskLevel *sg_level_cell_get_risk_level (SgRiskMethod *method,
                                           SgRecord     *risk,
                                           gboolean      residual);

G_END_DECLS
