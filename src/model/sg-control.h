/* sg-control.h: a control of the Statement of Applicability (clause 6.1.3, Annex A)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_CONTROL (sg_control_get_type ())

#define SG_CONTROL_TITLE                 "title"
#define SG_CONTROL_THEME                 "theme"
#define SG_CONTROL_SOURCE                "source"
#define SG_CONTROL_APPLICABLE            "applicable"
#define SG_CONTROL_JUSTIFICATION         "justification"
#define SG_CONTROL_IMPLEMENTATION        "implementation"
#define SG_CONTROL_IMPLEMENTATION_DUE    "implementation-due"
#define SG_CONTROL_OWNER                 "owner"
#define SG_CONTROL_LAST_REVIEW           "last-review"
#define SG_CONTROL_NEXT_REVIEW           "next-review"
#define SG_CONTROL_REASON_LEGAL          "reason-legal"
#define SG_CONTROL_REASON_CONTRACTUAL    "reason-contractual"
#define SG_CONTROL_REASON_BUSINESS       "reason-business"
#define SG_CONTROL_IMPLEMENTATION_NOTES  "implementation-notes"

G_DECLARE_FINAL_TYPE (SgControl, sg_control, SG, CONTROL, SgRecord)

G_END_DECLS
