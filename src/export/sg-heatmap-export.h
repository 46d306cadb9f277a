/* sg-heatmap-export.h: the heat map written to a PNG, SVG or PDF file
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-heatmap.h"

G_BEGIN_DECLS

#define SG_HEATMAP_PNG_WIDTH  1600
#define SG_HEATMAP_PNG_HEIGHT 1200

/* The format follows @path's extension (.png, .svg, .pdf). The file appears
 * whole or not at all: a failure leaves nothing behind. */
gboolean sg_heatmap_export         (SgStore        *store,
                                    const char     *path,
                                    SgHeatmapMode   mode,
                                    GError        **error);
gboolean sg_heatmap_export_data    (const SgHeatmapData *data,
                                    const char     *path,
                                    GError        **error);
/* As sg_heatmap_export_data(), with the size of a PNG or SVG in pixels
 * (a PDF is always one A4 landscape page). */
gboolean sg_heatmap_export_data_sized (const SgHeatmapData *data,
                                       const char     *path,
                                       int             width,
                                       int             height,
                                       GError        **error);
/* `safeguard --heatmap=OUT`: the exit status; failures print one line. */
int      sg_heatmap_command        (const char     *out,
                                    SgHeatmapMode   mode,
                                    const char     *register_path);

G_END_DECLS
