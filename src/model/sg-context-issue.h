/* sg-context-issue.h: an external or internal issue of the organisation's context (clause 4.1)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_CONTEXT_ISSUE (sg_context_issue_get_type ())

#define SG_CONTEXT_ISSUE_AFFECTS_RISKS "affects-risks"

G_DECLARE_FINAL_TYPE (SgContextIssue, sg_context_issue, SG, CONTEXT_ISSUE, SgRecord)

G_END_DECLS
