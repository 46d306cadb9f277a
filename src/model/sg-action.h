/* sg-action.h: one thing someone must do, with an owner and a date — from a
 * nonconformity, a management review, an audit or a risk's treatment
 * (clauses 6.1.3, 9.3.3, 10.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_ACTION (sg_action_get_type ())

G_DECLARE_FINAL_TYPE (SgAction, sg_action, SG, ACTION, SgRecord)

#define SG_ACTION_TITLE         "title"
#define SG_ACTION_DESCRIPTION   "description"
#define SG_ACTION_SOURCE        "source"
#define SG_ACTION_NONCONFORMITY "nonconformity"
#define SG_ACTION_REVIEW        "review"
#define SG_ACTION_AUDIT         "audit"
#define SG_ACTION_RISK          "risk"
#define SG_ACTION_OWNER         "owner"
#define SG_ACTION_RAISED_ON     "raised-on"
#define SG_ACTION_DUE_DATE      "due-date"
#define SG_ACTION_STATUS        "status"
#define SG_ACTION_DONE_ON       "done-on"

G_END_DECLS
