/* sg-risk.h: a risk of the risk register (clauses 6.1.2, 6.1.3, 8.2, 8.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_RISK (sg_risk_get_type ())

G_DECLARE_FINAL_TYPE (SgRisk, sg_risk, SG, RISK, SgRecord)

G_END_DECLS
