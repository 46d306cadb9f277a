/* sg-dashboard-sparkline.h: a word-sized line of an objective's readings
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SG_TYPE_DASHBOARD_SPARKLINE (sg_dashboard_sparkline_get_type ())

G_DECLARE_FINAL_TYPE (SgDashboardSparkline, sg_dashboard_sparkline, SG, DASHBOARD_SPARKLINE, GtkWidget)

GtkWidget *sg_dashboard_sparkline_new        (void);
/* @values: doubles, oldest first; copied. Fewer than two draw nothing. */
void       sg_dashboard_sparkline_set_values (SgDashboardSparkline *self,
                                              GArray               *values);
guint      sg_dashboard_sparkline_get_n_values (SgDashboardSparkline *self);

G_END_DECLS
