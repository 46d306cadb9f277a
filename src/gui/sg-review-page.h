/* sg-review-page.h: the Management Reviews page (9.3) — the reviews, newest first, beside the one being prepared or read
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-page.h"
#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_REVIEW_PAGE (sg_review_page_get_type ())

G_DECLARE_FINAL_TYPE (SgReviewPage, sg_review_page, SG, REVIEW_PAGE, SgPage)

/* @today: the day figures are counted to and reviews are dated (ISO
 * 8601); NULL: the real today. */
GtkWidget *sg_review_page_new          (SgStore      *store,
                                        const char   *title,
                                        const char   *today);
/* The list (a GtkListBox of SgReviewRows, newest first) and the detail
 * (an SgReviewEditor). */
GtkWidget *sg_review_page_get_list     (SgReviewPage *self);
GtkWidget *sg_review_page_get_editor   (SgReviewPage *self);
SgRecord  *sg_review_page_get_selected (SgReviewPage *self);
void       sg_review_page_select       (SgReviewPage *self,
                                        SgRecord     *review);
/* What the page's Add does: a new planned review, dated today, with its
 * inputs computed at once; selected. Returns it (borrowed), or NULL with
 * a message shown. */
SgRecord  *sg_review_page_add_review   (SgReviewPage *self);

G_END_DECLS
