/* sg-objective.h: an information security objective and the plan to achieve it (clause 6.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_OBJECTIVE (sg_objective_get_type ())

G_DECLARE_FINAL_TYPE (SgObjective, sg_objective, SG, OBJECTIVE, SgRecord)

G_END_DECLS
