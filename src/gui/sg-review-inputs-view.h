/* sg-review-inputs-view.h: a management review's inputs (9.3.2 a–g) — the figures under each heading, the manager's notes, recomputing
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-review-inputs.h"
#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_REVIEW_INPUTS_VIEW (sg_review_inputs_view_get_type ())

G_DECLARE_FINAL_TYPE (SgReviewInputsView, sg_review_inputs_view, SG, REVIEW_INPUTS_VIEW, GtkBox)

/* @today: where figures are counted to (ISO 8601); NULL: the real today. */
GtkWidget  *sg_review_inputs_view_new         (SgStore            *store,
                                               const char         *today);
void        sg_review_inputs_view_set_review  (SgReviewInputsView *self,
                                               SgRecord           *review);
/* Computes a planned review's inputs again and saves them as its draft;
 * FALSE (nothing changed) for a review that was held. */
gboolean    sg_review_inputs_view_recompute   (SgReviewInputsView *self);
/* The group of heading @section: its rows are SgReviewFigureRows. */
GtkWidget  *sg_review_inputs_view_get_section (SgReviewInputsView *self,
                                               SgReviewInputSection section);
/* What the view says about the figures: "Figures frozen on …", "Draft:
 * computed on …". */
const char *sg_review_inputs_view_get_state_text (SgReviewInputsView *self);
GtkWidget  *sg_review_inputs_view_get_recompute_button (SgReviewInputsView *self);
/* Saves notes still being typed. */
void        sg_review_inputs_view_flush       (SgReviewInputsView *self);

G_END_DECLS
