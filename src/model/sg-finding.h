/* sg-finding.h: a finding of an audit, tied to a clause or a control (clause 9.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_FINDING (sg_finding_get_type ())

G_DECLARE_FINAL_TYPE (SgFinding, sg_finding, SG, FINDING, SgRecord)

#define SG_FINDING_AUDIT       "audit"
#define SG_FINDING_TYPE        "type"
#define SG_FINDING_REQUIREMENT "requirement"
#define SG_FINDING_CONTROL     "control"
#define SG_FINDING_DESCRIPTION "description"
#define SG_FINDING_EVIDENCE    "evidence"

G_END_DECLS
