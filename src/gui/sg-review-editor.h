/* sg-review-editor.h: the detail of a management review — the meeting, its computed inputs, its outputs and actions
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_REVIEW_EDITOR (sg_review_editor_get_type ())

G_DECLARE_FINAL_TYPE (SgReviewEditor, sg_review_editor, SG, REVIEW_EDITOR, GtkWidget)

/* @today: the day figures are counted to and frozen on (ISO 8601);
 * NULL: the real today. */
GtkWidget *sg_review_editor_new          (SgStore        *store,
                                          const char     *today);
SgRecord  *sg_review_editor_get_record   (SgReviewEditor *self);
void       sg_review_editor_set_record   (SgReviewEditor *self,
                                          SgRecord       *review);
/* Freezes the inputs and marks the review held, with a toast to undo it;
 * FALSE (and a message) when it cannot be. */
gboolean   sg_review_editor_hold         (SgReviewEditor *self);
/* Parts, for the tests: an SgReviewInputsView, an SgReviewActions, the
 * title's heading label, the "Hold Review" and "Export Minutes…" buttons. */
GtkWidget *sg_review_editor_get_inputs   (SgReviewEditor *self);
GtkWidget *sg_review_editor_get_actions  (SgReviewEditor *self);
GtkWidget *sg_review_editor_get_heading  (SgReviewEditor *self);
GtkWidget *sg_review_editor_get_hold_button (SgReviewEditor *self);
GtkWidget *sg_review_editor_get_minutes_button (SgReviewEditor *self);

G_END_DECLS
