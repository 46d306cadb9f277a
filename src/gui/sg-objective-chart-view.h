/* sg-objective-chart-view.h: an objective's readings against its target, kept up to date
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_OBJECTIVE_CHART_VIEW (sg_objective_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (SgObjectiveChartView, sg_objective_chart_view, SG, OBJECTIVE_CHART_VIEW, GtkWidget)

GtkWidget *sg_objective_chart_view_new           (SgStore              *store);
/* @objective: an SgObjective of the view's store, or NULL for none. */
void       sg_objective_chart_view_set_objective (SgObjectiveChartView *self,
                                                  SgRecord             *objective);
SgRecord  *sg_objective_chart_view_get_objective (SgObjectiveChartView *self);

G_END_DECLS
