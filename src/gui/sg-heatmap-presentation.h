/* sg-heatmap-presentation.h: the heat map full screen, for a meeting room's projector
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-heatmap-view.h"
#include "sg-store.h"

G_BEGIN_DECLS

/* How many top risks are listed: as many as fit legibly beside the map at 1920 × 1080. */
#define SG_HEATMAP_PRESENTATION_TOP_RISKS 6

#define SG_TYPE_HEATMAP_PRESENTATION (sg_heatmap_presentation_get_type ())

G_DECLARE_FINAL_TYPE (SgHeatmapPresentation, sg_heatmap_presentation, SG, HEATMAP_PRESENTATION, AdwWindow)

/* A full-screen window on @parent's monitor: the map of the risks @filter
 * matches beside the top risks above the appetite. Escape or F11 closes it. */
GtkWidget     *sg_heatmap_presentation_new        (SgStore               *store,
                                                   SgHeatmapMode          mode,
                                                   GtkFilter             *filter,
                                                   const char            *title,
                                                   GtkWindow             *parent);
SgHeatmapView *sg_heatmap_presentation_get_view   (SgHeatmapPresentation *self);
void           sg_heatmap_presentation_set_mode   (SgHeatmapPresentation *self,
                                                   SgHeatmapMode          mode);
/* The risks listed beside the map, as shown. */
GListModel    *sg_heatmap_presentation_get_top_risks (SgHeatmapPresentation *self);

G_END_DECLS
