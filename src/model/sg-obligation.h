/* sg-obligation.h: a legal, regulatory or contractual requirement of an
 * interested party and how the ISMS addresses it (clause 4.2 c)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_OBLIGATION (sg_obligation_get_type ())

G_DECLARE_FINAL_TYPE (SgObligation, sg_obligation, SG, OBLIGATION, SgRecord)

#define SG_OBLIGATION_TITLE       "title"
#define SG_OBLIGATION_TYPE_FIELD  "type"
#define SG_OBLIGATION_SOURCE      "source"
#define SG_OBLIGATION_PARTY       "interested-party"
#define SG_OBLIGATION_REQUIREMENT "requirement"
#define SG_OBLIGATION_CONTROLS    "controls"
#define SG_OBLIGATION_DOCUMENTS   "documents"
#define SG_OBLIGATION_STATUS      "status"
#define SG_OBLIGATION_OWNER       "owner"
#define SG_OBLIGATION_NEXT_REVIEW "next-review"
#define SG_OBLIGATION_NOTES       "notes"

G_END_DECLS
