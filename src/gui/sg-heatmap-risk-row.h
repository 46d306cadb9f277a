/* sg-heatmap-risk-row.h: a risk in the list of a heat map cell
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_HEATMAP_RISK_ROW (sg_heatmap_risk_row_get_type ())

G_DECLARE_FINAL_TYPE (SgHeatmapRiskRow, sg_heatmap_risk_row, SG, HEATMAP_RISK_ROW, GtkListBoxRow)

/* @level: the risk's level as the map shows it, "High" or "High → Medium". */
GtkWidget *sg_heatmap_risk_row_new      (SgRecord         *risk,
                                         const char       *level);
SgRecord  *sg_heatmap_risk_row_get_risk (SgHeatmapRiskRow *self);

G_END_DECLS
