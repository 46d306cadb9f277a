/* sg-requirement.h: a management-system requirement (clauses 4 to 10) and what fulfils it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_REQUIREMENT (sg_requirement_get_type ())

/* Field names */
#define SG_REQUIREMENT_OVERRIDE_FIELD "override"       /* SgRequirementOverride */
#define SG_REQUIREMENT_OVERRIDE_NOTE  "override-note"

G_DECLARE_FINAL_TYPE (SgRequirement, sg_requirement, SG, REQUIREMENT, SgRecord)

G_END_DECLS
