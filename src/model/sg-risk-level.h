/* sg-risk-level.h: a risk level of the risk method and whether it is within the appetite (6.1.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_RISK_LEVEL (sg_risk_level_get_type ())

G_DECLARE_FINAL_TYPE (SgRiskLevel, sg_risk_level, SG, RISK_LEVEL, SgRecord)

G_END_DECLS
