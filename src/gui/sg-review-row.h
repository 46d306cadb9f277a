/* sg-review-row.h: one management review in the reviews list — its date, status and title
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_REVIEW_ROW (sg_review_row_get_type ())

G_DECLARE_FINAL_TYPE (SgReviewRow, sg_review_row, SG, REVIEW_ROW, GtkListBoxRow)

/* Follows @review's changes. */
GtkWidget *sg_review_row_new        (SgRecord    *review);
SgRecord  *sg_review_row_get_review (SgReviewRow *self);
/* The status as the badge says it, e.g. "Held". */
const char *sg_review_row_get_status_text (SgReviewRow *self);

/* The badge's style class for a review status: the list, the detail's
 * status row and the minutes look alike. */
const char *sg_review_status_css_class (int status);

G_END_DECLS
