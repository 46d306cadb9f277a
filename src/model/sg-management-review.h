/* sg-management-review.h: a management review, its inputs and its outputs (clause 9.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_MANAGEMENT_REVIEW (sg_management_review_get_type ())

G_DECLARE_FINAL_TYPE (SgManagementReview, sg_management_review, SG, MANAGEMENT_REVIEW, SgRecord)

#define SG_MANAGEMENT_REVIEW_TITLE                  "title"
#define SG_MANAGEMENT_REVIEW_DATE                   "date"
#define SG_MANAGEMENT_REVIEW_PARTICIPANTS           "participants"
#define SG_MANAGEMENT_REVIEW_ATTENDEES              "attendees"
#define SG_MANAGEMENT_REVIEW_INPUT_PREVIOUS_ACTIONS "input-previous-actions"
#define SG_MANAGEMENT_REVIEW_INPUT_CONTEXT_CHANGES  "input-context-changes"
#define SG_MANAGEMENT_REVIEW_INPUT_PARTY_CHANGES    "input-party-changes"
#define SG_MANAGEMENT_REVIEW_INPUT_PERFORMANCE      "input-performance"
#define SG_MANAGEMENT_REVIEW_INPUT_PARTY_FEEDBACK   "input-party-feedback"
#define SG_MANAGEMENT_REVIEW_INPUT_RISK_RESULTS     "input-risk-results"
#define SG_MANAGEMENT_REVIEW_INPUT_IMPROVEMENT      "input-improvement"
#define SG_MANAGEMENT_REVIEW_DECISIONS              "decisions"
#define SG_MANAGEMENT_REVIEW_CHANGES                "changes"
#define SG_MANAGEMENT_REVIEW_INPUTS                 "inputs"
#define SG_MANAGEMENT_REVIEW_INPUTS_SINCE           "inputs-since"
#define SG_MANAGEMENT_REVIEW_STATUS                 "status"

G_END_DECLS
