/* sg-awareness-activity.h: an awareness activity and who took part (clause 7.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_AWARENESS_ACTIVITY (sg_awareness_activity_get_type ())

G_DECLARE_FINAL_TYPE (SgAwarenessActivity, sg_awareness_activity, SG, AWARENESS_ACTIVITY, SgRecord)

#define SG_AWARENESS_ACTIVITY_TITLE        "title"
#define SG_AWARENESS_ACTIVITY_TYPE         "type"
#define SG_AWARENESS_ACTIVITY_HELD_ON      "held-on"
#define SG_AWARENESS_ACTIVITY_GIVEN_BY     "given-by"
#define SG_AWARENESS_ACTIVITY_PARTICIPANTS "participants"
#define SG_AWARENESS_ACTIVITY_CONTENT      "content"

G_END_DECLS
