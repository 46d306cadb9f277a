/* sg-overview-page.h: the register at a glance — scope and key figures
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-page.h"

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_OVERVIEW_PAGE (sg_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (SgOverviewPage, sg_overview_page, SG, OVERVIEW_PAGE, SgPage)

GtkWidget *sg_overview_page_new      (SgStore        *store);
/* Recounts the figures from the register. */
void       sg_overview_page_refresh  (SgOverviewPage *self);

G_END_DECLS
