/* sg-planned-change.h: a change to the ISMS carried out in a planned manner (clause 6.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_PLANNED_CHANGE (sg_planned_change_get_type ())

/* What a change affects (clause 6.3): links, since version 8. */
#define SG_PLANNED_CHANGE_AFFECTS_RISKS     "affects-risks"
#define SG_PLANNED_CHANGE_AFFECTS_CONTROLS  "affects-controls"

G_DECLARE_FINAL_TYPE (SgPlannedChange, sg_planned_change, SG, PLANNED_CHANGE, SgRecord)

G_END_DECLS
