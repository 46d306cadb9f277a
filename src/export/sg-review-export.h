/* sg-review-export.h: the minutes of a management review written to a PDF file
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-review-minutes.h"
#include "sg-store.h"

G_BEGIN_DECLS

/* The review of @ref in @store, or with @ref NULL the newest by date;
 * NULL with a translated error naming what is missing. Borrowed. */
SgRecord        *sg_review_export_find         (SgStore               *store,
                                                const char            *ref,
                                                GError               **error);
/* What the minutes of @review print, taken from @store now: a held
 * review's frozen inputs, a draft's computed on @today (ISO 8601; NULL:
 * the real today). Never NULL. */
SgReviewMinutes *sg_review_export_take_minutes (SgStore              *store,
                                                SgRecord             *review,
                                                const char           *today);
/* Writes @minutes to @path as a PDF, whole or not at all. */
gboolean         sg_review_export_minutes      (const SgReviewMinutes *minutes,
                                                const char            *path,
                                                GError               **error);
/* The minutes of the review of @ref (NULL: the newest) to @path. */
gboolean         sg_review_export              (SgStore               *store,
                                                const char            *ref,
                                                const char            *path,
                                                GError               **error);
/* `safeguard --export-review=OUT [--review=REF]`: the exit status;
 * failures print one line and write nothing. */
int              sg_review_export_command      (const char            *out,
                                                const char            *ref,
                                                const char            *register_path);
/* A file name for @review's minutes: "Management review 2026-10-01.pdf". */
char            *sg_review_export_suggest_name (SgRecord              *review);

G_END_DECLS
