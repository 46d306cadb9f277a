/* sg-objective-chart.h: an objective's readings against its target, drawn with Cairo and Pango
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "sg-store.h"

G_BEGIN_DECLS

typedef struct _SgObjectiveChart SgObjectiveChart;   /* plain data, owns its copies */

/* The readings of @objective in date order (undated ones left out), its
 * target, unit, due date. */
SgObjectiveChart *sg_objective_chart_new          (SgStore          *store,
                                                   SgRecord         *objective);
/* The same from readings already gathered (any order, any objective's:
 * only @objective's count), for callers that chart many objectives. */
SgObjectiveChart *sg_objective_chart_new_from_readings (SgRecord          *objective,
                                                        SgRecord *const   *readings,
                                                        guint              n_readings);
void              sg_objective_chart_free         (SgObjectiveChart *chart);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgObjectiveChart, sg_objective_chart_free)

guint             sg_objective_chart_get_n_points (SgObjectiveChart *chart);
/* One sentence for those who cannot see the chart: "Trend of 6 readings,
 * latest 87 % on 2026-11-01, target at least 95 %". */
char             *sg_objective_chart_dup_summary  (SgObjectiveChart *chart);

/* Draws into @cr at 0,0 in @width × @height (user units): the readings
 * as a line with dots, the target as a dashed line with its label, the
 * y axis with the unit, the first and last dates, the due date when it
 * falls within them. @dark: light text on a dark background. With no
 * readings, a dim "No readings yet". The background is left alone. */
void              sg_objective_chart_draw         (SgObjectiveChart *chart,
                                                   cairo_t          *cr,
                                                   double            width,
                                                   double            height,
                                                   gboolean          dark);
/* A PNG of the chart on white, @width × @height pixels. */
GBytes           *sg_objective_chart_png          (SgObjectiveChart *chart,
                                                   int               width,
                                                   int               height);
/* The chart laid out for @width × @height, drawn @scale times as many
 * pixels: sharp when shown or printed larger. @transparent: no white
 * background, for a picture over a spreadsheet's cell and its borders. */
GBytes           *sg_objective_chart_png_full     (SgObjectiveChart *chart,
                                                   int               width,
                                                   int               height,
                                                   double            scale,
                                                   gboolean          transparent);

G_END_DECLS
