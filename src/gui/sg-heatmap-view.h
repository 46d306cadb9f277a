/* sg-heatmap-view.h: the risk heat map as a widget — cells to click, focus and hear
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sg-heatmap.h"
#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_HEATMAP_VIEW (sg_heatmap_view_get_type ())

G_DECLARE_FINAL_TYPE (SgHeatmapView, sg_heatmap_view, SG, HEATMAP_VIEW, GtkWidget)

/* Follows @store: every rating change shows at once. */
GtkWidget           *sg_heatmap_view_new               (SgStore        *store);
SgStore             *sg_heatmap_view_get_store         (SgHeatmapView  *self);
SgHeatmapMode        sg_heatmap_view_get_mode          (SgHeatmapView  *self);
void                 sg_heatmap_view_set_mode          (SgHeatmapView  *self,
                                                        SgHeatmapMode   mode);
/* Only risks @filter matches are counted; NULL counts all. The view
 * recounts when the filter says it changed. */
void                 sg_heatmap_view_set_filter        (SgHeatmapView  *self,
                                                        GtkFilter      *filter);
gboolean             sg_heatmap_view_risk_matches      (SgHeatmapView  *self,
                                                        SgRecord       *risk);
/* The map's title; NULL gives the mode's default. */
void                 sg_heatmap_view_set_title         (SgHeatmapView  *self,
                                                        const char     *title);
/* Text @scale times larger than on paper of the same size: for a projector. */
void                 sg_heatmap_view_set_text_scale    (SgHeatmapView  *self,
                                                        double          scale);
/* What is drawn now; NULL when the register has no risk scales. */
const SgHeatmapData *sg_heatmap_view_get_data          (SgHeatmapView  *self);
/* A copy of what is drawn, for printing and export. */
SgHeatmapData       *sg_heatmap_view_dup_data          (SgHeatmapView  *self);

/* The cell that has (or gets) the keyboard focus within the map. */
void                 sg_heatmap_view_get_focus_cell    (SgHeatmapView  *self,
                                                        int            *likelihood,
                                                        int            *impact);
void                 sg_heatmap_view_focus_cell        (SgHeatmapView  *self,
                                                        int             likelihood,
                                                        int             impact);
/* The widget a screen reader finds for a cell. */
GtkWidget           *sg_heatmap_view_get_cell_widget   (SgHeatmapView  *self,
                                                        int             likelihood,
                                                        int             impact);
/* The risks a cell shows (residual cells in movement mode), as the
 * cell's popover lists them: a new GListStore of SgRecord. */
GListModel          *sg_heatmap_view_list_cell_risks   (SgHeatmapView  *self,
                                                        int             likelihood,
                                                        int             impact);
/* Counted risks above the appetite, highest level first, then highest
 * score (likelihood × impact), then ref; at most @max_risks. */
GListModel          *sg_heatmap_view_list_top_risks    (SgHeatmapView  *self,
                                                        guint           max_risks);
/* The level of @risk in the view's mode, or NULL when it is not rated. */
SgRiskLevel         *sg_heatmap_view_get_risk_level    (SgHeatmapView  *self,
                                                        SgRecord       *risk);
/* How many counted risks sit above the appetite. */
guint                sg_heatmap_view_count_above_appetite (SgHeatmapView *self);

G_END_DECLS
