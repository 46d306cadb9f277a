/* sg-heatmap-cell.h: one cell of the heat map widget, a button a screen reader and the keyboard find
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sg-heatmap.h"

G_BEGIN_DECLS

#define SG_TYPE_HEATMAP_CELL (sg_heatmap_cell_get_type ())

G_DECLARE_FINAL_TYPE (SgHeatmapCell, sg_heatmap_cell, SG, HEATMAP_CELL, GtkButton)

GtkWidget *sg_heatmap_cell_new            (int                  likelihood,
                                           int                  impact);
int        sg_heatmap_cell_get_likelihood (SgHeatmapCell       *self);
int        sg_heatmap_cell_get_impact     (SgHeatmapCell       *self);
/* Tells what @data counts in the cell: its accessible label and tooltip. */
void       sg_heatmap_cell_update         (SgHeatmapCell       *self,
                                           const SgHeatmapData *data);

/* A cell as a screen reader says it: "Likelihood High, impact Low:
 * 3 risks, level Medium". */
char      *sg_heatmap_cell_describe       (const SgHeatmapData *data,
                                           int                  likelihood,
                                           int                  impact);

G_END_DECLS
