/* sg-heatmap-page.h: the risk heat map page — mode, filters, export, print, presentation
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-page.h"

#include "sg-heatmap-view.h"
#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_HEATMAP_PAGE (sg_heatmap_page_get_type ())

G_DECLARE_FINAL_TYPE (SgHeatmapPage, sg_heatmap_page, SG, HEATMAP_PAGE, SgPage)

GtkWidget     *sg_heatmap_page_new          (SgStore       *store);
SgHeatmapView *sg_heatmap_page_get_view     (SgHeatmapPage *self);
/* The line under the options: "40 risks rated, 7 above appetite". */
const char    *sg_heatmap_page_get_summary  (SgHeatmapPage *self);
/* Prints the map on one landscape page; with @export_path, straight into
 * that PDF file without a dialog. */
gboolean       sg_heatmap_page_print        (SgHeatmapPage *self,
                                             const char    *export_path,
                                             GError       **error);
/* Opens the full-screen presentation of the map; closing it returns. */
void           sg_heatmap_page_present      (SgHeatmapPage *self);
GtkWindow     *sg_heatmap_page_get_presentation (SgHeatmapPage *self);

G_END_DECLS
