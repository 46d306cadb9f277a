/* sg-review-actions.h: the actions a management review decided (9.3.3) — its child Actions, and adding one with its owner and date
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_REVIEW_ACTIONS (sg_review_actions_get_type ())

G_DECLARE_FINAL_TYPE (SgReviewActions, sg_review_actions, SG, REVIEW_ACTIONS, GtkBox)

/* @today: the date a new action is raised on; NULL: the real today. */
GtkWidget *sg_review_actions_new        (SgStore         *store,
                                         const char      *today);
void       sg_review_actions_set_review (SgReviewActions *self,
                                         SgRecord        *review);
/* The review's actions (an SgChildList: a row per Action, each opening
 * on the Actions page). */
GtkWidget *sg_review_actions_get_list   (SgReviewActions *self);
/* Fills in the form for a new action as a person would: @owner a person's
 * id or 0, @due_date ISO 8601 or NULL. */
void       sg_review_actions_fill_form  (SgReviewActions *self,
                                         const char      *title,
                                         gint64           owner,
                                         const char      *due_date);
/* Adds the action the form describes; returns it (a new reference), or
 * NULL with a message shown. */
SgRecord  *sg_review_actions_add        (SgReviewActions *self);

G_END_DECLS
