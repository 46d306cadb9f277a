/* sg-risk.h: a risk of the risk register (clauses 6.1.2, 6.1.3, 8.2, 8.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_RISK (sg_risk_get_type ())

/* The controls that treat the risk: the one place the risk <-> control
 * link is stored; the control's side is derived from it. */
#define SG_RISK_CONTROLS "controls"

G_DECLARE_FINAL_TYPE (SgRisk, sg_risk, SG, RISK, SgRecord)

G_END_DECLS
