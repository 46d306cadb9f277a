/* sg-objective-reading.h: one measurement of an objective, the monitoring evidence of clause 9.1
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_OBJECTIVE_READING (sg_objective_reading_get_type ())

/* Field names */
#define SG_OBJECTIVE_READING_OBJECTIVE "objective"
#define SG_OBJECTIVE_READING_DATE      "date"
#define SG_OBJECTIVE_READING_VALUE     "value"
#define SG_OBJECTIVE_READING_NOTE      "note"
#define SG_OBJECTIVE_READING_TAKEN_BY  "taken-by"   /* a person */

G_DECLARE_FINAL_TYPE (SgObjectiveReading, sg_objective_reading, SG, OBJECTIVE_READING, SgRecord)

G_END_DECLS
