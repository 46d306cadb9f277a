/* sg-dashboard-heatmap.h: the risk heat map at the size of a dashboard card
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sg-heatmap.h"

G_BEGIN_DECLS

#define SG_TYPE_DASHBOARD_HEATMAP (sg_dashboard_heatmap_get_type ())

G_DECLARE_FINAL_TYPE (SgDashboardHeatmap, sg_dashboard_heatmap, SG, DASHBOARD_HEATMAP, GtkWidget)

GtkWidget           *sg_dashboard_heatmap_new      (void);
/* Takes @data, drawn by sg_heatmap_draw () as everywhere else. */
void                 sg_dashboard_heatmap_set_data (SgDashboardHeatmap *self,
                                                    SgHeatmapData      *data);
const SgHeatmapData *sg_dashboard_heatmap_get_data (SgDashboardHeatmap *self);

G_END_DECLS
