/* sg-review-figure-row.h: one figure of a management review's inputs — now, at the previous review, the trend, the records behind it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-review-inputs.h"
#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_REVIEW_FIGURE_ROW (sg_review_figure_row_get_type ())

G_DECLARE_FINAL_TYPE (SgReviewFigureRow, sg_review_figure_row, SG, REVIEW_FIGURE_ROW, AdwActionRow)

/* Copies what it shows of @figure; @store finds the records it counts.
 * @compared: whether there are figures of a previous review to compare
 * with (else the row says nothing about them). */
GtkWidget  *sg_review_figure_row_new            (SgStore              *store,
                                                 const SgReviewFigure *figure,
                                                 gboolean              compared);
/* The figure at the last reviews, oldest first and this one last
 * (doubles, as sg_review_inputs_trend () gives them): shown as a line
 * "Last reviews: 3 → 5 → 2" when there are two or more. */
void        sg_review_figure_row_set_history    (SgReviewFigureRow    *self,
                                                 GArray               *values);
const char *sg_review_figure_row_get_key        (SgReviewFigureRow    *self);
/* The figure as shown, e.g. "12". */
const char *sg_review_figure_row_get_value_text (SgReviewFigureRow    *self);
/* The trend in words, e.g. "Previous review: 9, up 3". */
const char *sg_review_figure_row_get_trend_text (SgReviewFigureRow    *self);
guint       sg_review_figure_row_get_n_records  (SgReviewFigureRow    *self);
/* Opens the list of the records behind the figure, as activating the
 * row does; returns its GtkListBox (one row per record, in the figure's
 * order), or NULL when it counts none. */
GtkWidget  *sg_review_figure_row_show_records   (SgReviewFigureRow    *self);

G_END_DECLS
