/* sg-heatmap-popover.h: the risks of one heat map cell, listed under it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sg-heatmap-view.h"

G_BEGIN_DECLS

#define SG_TYPE_HEATMAP_POPOVER (sg_heatmap_popover_get_type ())

G_DECLARE_FINAL_TYPE (SgHeatmapPopover, sg_heatmap_popover, SG, HEATMAP_POPOVER, GtkPopover)

/* Lists what @view counts; @view is to be its parent. */
GtkWidget *sg_heatmap_popover_new       (SgHeatmapView       *view);
void       sg_heatmap_popover_get_cell  (SgHeatmapPopover    *self,
                                         int                 *likelihood,
                                         int                 *impact);
/* Opens at a cell of @data, what @view draws now. */
void       sg_heatmap_popover_show_cell (SgHeatmapPopover    *self,
                                         const SgHeatmapData *data,
                                         int                  likelihood,
                                         int                  impact);
/* While open: lists the cell's risks again, or closes when @data has
 * no such cell any more. */
void       sg_heatmap_popover_refresh   (SgHeatmapPopover    *self,
                                         const SgHeatmapData *data);

G_END_DECLS
