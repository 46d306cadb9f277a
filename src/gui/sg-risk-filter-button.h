/* sg-risk-filter-button.h: the risk page's filter menu — levels, status, treatment, owner, overdue
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record-page.h"
#include "sg-risk-filter.h"

G_BEGIN_DECLS

#define SG_TYPE_RISK_FILTER_BUTTON (sg_risk_filter_button_get_type ())

G_DECLARE_FINAL_TYPE (SgRiskFilterButton, sg_risk_filter_button, SG, RISK_FILTER_BUTTON, GtkWidget)

/* A menu button that sets @filter. Its "risks" actions are inserted in
 * @page, whose count it updates; it is to go into @page's header. */
GtkWidget    *sg_risk_filter_button_new        (SgStore            *store,
                                                SgRiskFilter       *filter,
                                                SgRecordPage       *page);
SgRiskFilter *sg_risk_filter_button_get_filter (SgRiskFilterButton *self);
/* The menu the button shows, rebuilt for the owners and levels of today. */
GMenuModel   *sg_risk_filter_button_get_menu   (SgRiskFilterButton *self);

G_END_DECLS
