/* sg-dashboard-card.h: a card of the dashboard — a heading over its figures, never asking for more than a third of a wide window
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SG_TYPE_DASHBOARD_CARD (sg_dashboard_card_get_type ())

G_DECLARE_FINAL_TYPE (SgDashboardCard, sg_dashboard_card, SG, DASHBOARD_CARD, GtkWidget)

GtkWidget *sg_dashboard_card_new    (const char      *heading);
void       sg_dashboard_card_append (SgDashboardCard *self,
                                     GtkWidget       *child);

G_END_DECLS
