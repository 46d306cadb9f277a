/* sg-nonconformity.h: a nonconformity, its correction and corrective action (clause 10.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_NONCONFORMITY (sg_nonconformity_get_type ())

G_DECLARE_FINAL_TYPE (SgNonconformity, sg_nonconformity, SG, NONCONFORMITY, SgRecord)

#define SG_NONCONFORMITY_TITLE                    "title"
#define SG_NONCONFORMITY_SOURCE                   "source"
#define SG_NONCONFORMITY_FINDING                  "finding"
#define SG_NONCONFORMITY_RAISED_ON                "raised-on"
#define SG_NONCONFORMITY_DESCRIPTION              "description"
#define SG_NONCONFORMITY_CORRECTION               "correction"
#define SG_NONCONFORMITY_ROOT_CAUSE               "root-cause"
#define SG_NONCONFORMITY_SEVERITY                 "severity"
#define SG_NONCONFORMITY_ROOT_CAUSE_METHOD        "root-cause-method"
#define SG_NONCONFORMITY_SIMILAR                  "similar"
#define SG_NONCONFORMITY_EFFECTIVENESS_PLANNED    "effectiveness-planned"
#define SG_NONCONFORMITY_EFFECTIVENESS_CHECKED_BY "effectiveness-checked-by"
#define SG_NONCONFORMITY_OWNER                    "owner"
#define SG_NONCONFORMITY_DUE_DATE                 "due-date"
#define SG_NONCONFORMITY_STATUS                   "status"
#define SG_NONCONFORMITY_EFFECTIVENESS_CHECKED_ON "effectiveness-checked-on"
#define SG_NONCONFORMITY_EFFECTIVENESS            "effectiveness"
#define SG_NONCONFORMITY_EFFECTIVENESS_NOTES      "effectiveness-notes"
#define SG_NONCONFORMITY_CLOSED_ON                "closed-on"

G_END_DECLS
