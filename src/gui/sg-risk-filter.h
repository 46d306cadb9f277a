/* sg-risk-filter.h: which risks the risks page shows — by level, status, treatment, owner, review
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-risk-method.h"
#include "sg-store.h"

G_BEGIN_DECLS

/* The level filter: any level, above the appetite, or one level by index. */
#define SG_RISK_FILTER_ANY_LEVEL      (-2)
#define SG_RISK_FILTER_ABOVE_APPETITE (-1)

#define SG_TYPE_RISK_FILTER (sg_risk_filter_get_type ())

G_DECLARE_FINAL_TYPE (SgRiskFilter, sg_risk_filter, SG, RISK_FILTER, GtkFilter)

SgRiskFilter *sg_risk_filter_new            (SgStore      *store,
                                             SgRiskMethod *method);

/* A risk's level now: the residual one once it is rated, else the inherent one. */
SgRiskLevel  *sg_risk_filter_current_level  (SgRiskMethod *method,
                                             SgRecord     *risk);

void          sg_risk_filter_set_level      (SgRiskFilter *self,
                                             int           level);
int           sg_risk_filter_get_level      (SgRiskFilter *self);
/* An SgRiskStatus or SgTreatment value; -1 for any. */
void          sg_risk_filter_set_status     (SgRiskFilter *self,
                                             int           status);
int           sg_risk_filter_get_status     (SgRiskFilter *self);
void          sg_risk_filter_set_treatment  (SgRiskFilter *self,
                                             int           treatment);
int           sg_risk_filter_get_treatment  (SgRiskFilter *self);
/* NULL for any owner. */
void          sg_risk_filter_set_owner      (SgRiskFilter *self,
                                             const char   *owner);
const char   *sg_risk_filter_get_owner      (SgRiskFilter *self);
/* Only risks whose next review is before @today (an ISO date; NULL: the real today). */
void          sg_risk_filter_set_overdue    (SgRiskFilter *self,
                                             gboolean      overdue,
                                             const char   *today);
gboolean      sg_risk_filter_get_overdue    (SgRiskFilter *self);
gboolean      sg_risk_filter_is_active      (SgRiskFilter *self);
void          sg_risk_filter_clear          (SgRiskFilter *self);

G_END_DECLS
