/* sg-risk-method-page.h: the page that edits the risk method — scales, risk levels, matrix
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-page.h"

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_RISK_METHOD_PAGE (sg_risk_method_page_get_type ())

G_DECLARE_FINAL_TYPE (SgRiskMethodPage, sg_risk_method_page, SG, RISK_METHOD_PAGE, SgPage)

GtkWidget *sg_risk_method_page_new       (SgStore          *store);
/* The button of one matrix cell (likelihood and impact from 1), or NULL. */
GtkWidget *sg_risk_method_page_get_cell  (SgRiskMethodPage *self,
                                          int               likelihood,
                                          int               impact);
/* The spin button with the number of levels of @axis. */
GtkWidget *sg_risk_method_page_get_scale_spin (SgRiskMethodPage *self,
                                               SgScaleAxis       axis);
/* The SgProtectionLevelsGroup that names the asset's protection levels. */
GtkWidget *sg_risk_method_page_get_protection_levels (SgRiskMethodPage *self);

G_END_DECLS
