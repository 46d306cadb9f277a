/* sg-objective.h: an information security objective and the plan to achieve it (clause 6.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_OBJECTIVE (sg_objective_get_type ())

/* Field names */
#define SG_OBJECTIVE_TITLE              "title"
#define SG_OBJECTIVE_TARGET             "target"           /* in words */
#define SG_OBJECTIVE_CURRENT_VALUE      "current-value"
#define SG_OBJECTIVE_UNIT               "unit"
#define SG_OBJECTIVE_FREQUENCY          "frequency"
#define SG_OBJECTIVE_OWNER              "owner"
#define SG_OBJECTIVE_DUE_DATE           "due-date"
#define SG_OBJECTIVE_STATUS             "status"           /* SgObjectiveStatus */
#define SG_OBJECTIVE_TARGET_VALUE       "target-value"
#define SG_OBJECTIVE_TARGET_DIRECTION   "target-direction" /* SgTargetDirection */
#define SG_OBJECTIVE_STATUS_SET_BY_HAND "status-set-by-hand"

G_DECLARE_FINAL_TYPE (SgObjective, sg_objective, SG, OBJECTIVE, SgRecord)

G_END_DECLS
