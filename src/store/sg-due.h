/* sg-due.h: everything with a date that has passed or comes soon
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

/* One thing that is due: what (a translated label), which record, when,
 * and whose it is. */
typedef struct
{
  SgRecord   *record;   /* borrowed from the store */
  const char *what;     /* untranslated ("Risk review"): _() it to show it */
  char       *date;     /* ISO 8601 */
  SgRecord   *person;   /* whose it is, or NULL; borrowed */
  gboolean    overdue;  /* the date is before today */
} SgDueItem;

void       sg_due_item_free (gpointer item);

/* What in @store is overdue on @today (ISO 8601) or due within @days
 * after it: a new GPtrArray of SgDueItem, overdue first, each group by
 * date, then by ref. Records that are done, closed or not applicable are
 * left out; so is a date nobody entered. Besides the dates in fields:
 * the next management review a year after the last one held, and an
 * objective's next reading one measurement interval after its latest
 * (both opening the record they count from). */
GPtrArray *sg_due_list      (SgStore    *store,
                             const char *today,
                             guint       days);

/* How many of @items became overdue on or after @since (ISO 8601): what
 * to tell someone who last looked on @since. */
guint      sg_due_count_overdue_since (GPtrArray  *items,
                                       const char *since);

G_END_DECLS
