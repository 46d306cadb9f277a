/* sg-risk-page.h: the risk register — the record page with level columns, filters and the risk editor
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record-page.h"
#include "sg-risk-filter.h"

G_BEGIN_DECLS

/* An SgRecordPage for risks: ref, title, owner, category, inherent and
 * residual level in their colours, treatment, status, next review; a
 * filter menu; "12 of 40 risks"; the SgRiskEditor beside it. */
GtkWidget    *sg_risk_page_new         (SgStore      *store,
                                        const char   *title);
/* The filters of a page made by sg_risk_page_new(). */
SgRiskFilter *sg_risk_page_get_filter  (SgRecordPage *page);
/* The menu the filter button shows, rebuilt for the owners of today. */
GMenuModel   *sg_risk_page_get_filter_menu (SgRecordPage *page);

G_END_DECLS
