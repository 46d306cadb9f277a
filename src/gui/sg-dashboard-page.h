/* sg-dashboard-page.h: the first page of an open register — how ready, what is due, how we are doing
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-dashboard-figure.h"
#include "sg-page.h"
#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_DASHBOARD_PAGE (sg_dashboard_page_get_type ())

G_DECLARE_FINAL_TYPE (SgDashboardPage, sg_dashboard_page, SG, DASHBOARD_PAGE, SgPage)

GtkWidget *sg_dashboard_page_new        (SgStore           *store);
/* Counts again now; readiness and the Due list follow from a thread. */
void       sg_dashboard_page_refresh    (SgDashboardPage   *self);
/* Whether readiness and the Due list are still being computed. */
gboolean   sg_dashboard_page_is_busy    (SgDashboardPage   *self);
/* What clicking @figure does: shows its page, filtered, or its record. */
void       sg_dashboard_page_open       (SgDashboardPage   *self,
                                         SgDashboardFigure *figure);

G_END_DECLS
