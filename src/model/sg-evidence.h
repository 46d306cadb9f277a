/* sg-evidence.h: one piece of evidence that a control is implemented
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_EVIDENCE (sg_evidence_get_type ())

#define SG_EVIDENCE_CONTROL     "control"
#define SG_EVIDENCE_TITLE       "title"
#define SG_EVIDENCE_LOCATION    "location"
#define SG_EVIDENCE_VALID_FROM  "valid-from"
#define SG_EVIDENCE_EXPIRES     "expires"

G_DECLARE_FINAL_TYPE (SgEvidence, sg_evidence, SG, EVIDENCE, SgRecord)

G_END_DECLS
