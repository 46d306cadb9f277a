/* sg-risk-method.h: the risk criteria of clause 6.1.2 — scales, levels, matrix
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sg-enums.h"
#include "sg-risk-level.h"
#include "sg-scale-level.h"

G_BEGIN_DECLS

#define SG_TYPE_RISK_METHOD (sg_risk_method_get_type ())

G_DECLARE_FINAL_TYPE (SgRiskMethod, sg_risk_method, SG, RISK_METHOD, GObject)

/* Watches the three lists (of SgScaleLevel, SgRiskLevel, SgMatrixCell)
 * and emits "changed" when any of them or any of their records changes. */
SgRiskMethod *sg_risk_method_new              (GListModel   *scale_levels,
                                               GListModel   *risk_levels,
                                               GListModel   *matrix_cells);

guint         sg_risk_method_get_n_values     (SgRiskMethod *self,
                                               SgScaleAxis   axis);
SgScaleLevel *sg_risk_method_get_scale_level  (SgRiskMethod *self,
                                               SgScaleAxis   axis,
                                               int           value);
/* Risk levels, lowest rank first. */
guint         sg_risk_method_get_n_levels     (SgRiskMethod *self);
SgRiskLevel  *sg_risk_method_get_level_nth    (SgRiskMethod *self,
                                               guint         index);
/* The level of a cell; NULL when either rating is 0 or off the scales. */
SgRiskLevel  *sg_risk_method_get_level        (SgRiskMethod *self,
                                               int           likelihood,
                                               int           impact);

/* The level index (0 = lowest of @n_levels) the default matrix gives a cell:
 * derived from the score likelihood × impact as a share of the largest score,
 * so that the default 5 × 5 gives Low 1–4, Medium 5–9, High 10–16, Critical 20–25. */
guint         sg_risk_method_default_level_index (int   likelihood,
                                                  int   impact,
                                                  guint n_likelihood,
                                                  guint n_impact,
                                                  guint n_levels);

G_END_DECLS
