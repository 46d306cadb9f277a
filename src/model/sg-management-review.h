/* sg-management-review.h: a management review, its inputs and its outputs (clause 9.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_MANAGEMENT_REVIEW (sg_management_review_get_type ())

G_DECLARE_FINAL_TYPE (SgManagementReview, sg_management_review, SG, MANAGEMENT_REVIEW, SgRecord)

G_END_DECLS
