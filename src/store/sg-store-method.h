/* sg-store-method.h: changing the risk method in the register — scales, levels, matrix
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_SCALE_MIN_VALUES 3
#define SG_SCALE_MAX_VALUES 10

/* What happens to a rating that falls off a scale that shrinks. */
typedef enum
{
  SG_RATING_FIX_CLAMP,    /* set to the new highest value */
  SG_RATING_FIX_UNRATE,   /* set to 0, not rated */
} SgRatingFix;

/* The risks whose inherent or residual rating on @axis is above
 * @n_values, in ref order: what a smaller scale would cut off. */
GPtrArray *sg_store_find_risks_off_scale (SgStore     *store,
                                          SgScaleAxis  axis,
                                          guint        n_values);

/* Gives @axis @n_values levels (3–10) in one batch: new levels get a
 * label and matrix cells from the default matrix; when it shrinks, ratings
 * above @n_values are fixed as @fix says and the cut cells go. */
gboolean   sg_store_resize_scale         (SgStore      *store,
                                          SgScaleAxis   axis,
                                          guint         n_values,
                                          SgRatingFix   fix,
                                          GError      **error);

/* Sets every matrix cell to the default level (from likelihood × impact). */
gboolean   sg_store_reset_matrix         (SgStore      *store,
                                          GError      **error);

/* Adds a risk level above the highest; the matrix stays as it is. */
SgRiskLevel *sg_store_add_risk_level     (SgStore      *store,
                                          GError      **error);
/* Removes @level; its cells move to the next lower level (the next higher
 * for the lowest), and the levels above move down one rank. The last
 * level cannot go. */
gboolean   sg_store_remove_risk_level    (SgStore      *store,
                                          SgRiskLevel  *level,
                                          GError      **error);

G_END_DECLS
