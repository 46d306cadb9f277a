/* sg-review-inputs-private.h: what the files of the review inputs share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-review-inputs.h"

G_BEGIN_DECLS

struct _SgReviewInputs
{
  char      *since;         /* NULL: from the beginning */
  char      *computed;
  char      *previous_ref;  /* the review counted from, or NULL */
  GPtrArray *figures;       /* SgReviewFigure*, section by section */
};

SgReviewInputs *sg_review_inputs_new        (const char           *since,
                                             const char           *computed,
                                             const char           *previous_ref);
/* A new figure at the end, value 0, previous and target NAN. */
SgReviewFigure *sg_review_inputs_add_figure (SgReviewInputs       *inputs,
                                             SgReviewInputSection  section,
                                             const char           *key,
                                             const char           *subject);
void            sg_review_figure_add_record (SgReviewFigure       *figure,
                                             const char           *table,
                                             const char           *ref);

G_END_DECLS
