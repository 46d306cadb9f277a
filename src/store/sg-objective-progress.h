/* sg-objective-progress.h: where an objective stands, read from its readings (clauses 6.2, 9.1)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-enums.h"
#include "sg-store.h"

G_BEGIN_DECLS

/* One reading: an ISO date and the value measured on it. */
typedef struct
{
  const char *date;
  double      value;
} SgReadingPoint;

/* No status follows from the readings (no readings, or no numeric target):
 * the status stays what it is. */
#define SG_OBJECTIVE_PROGRESS_NO_SUGGESTION (-1)

typedef struct
{
  guint      n_readings;
  /* The latest reading: its value and day (NULL: no reading). */
  double     current;
  char      *current_date;
  /* The status the readings suggest (SgObjectiveStatus), or
   * SG_OBJECTIVE_PROGRESS_NO_SUGGESTION. */
  int        suggested;
  /* Why, in one translated sentence (NULL only without readings and target). */
  char      *reason;
} SgObjectiveProgress;

/* The status @points (in date order, oldest first) suggest for a target
 * of @target in @direction due on @due (ISO; NULL or "": no due date),
 * seen on @today (ISO). @unit goes with every value of the reason.
 *
 * The rule: the latest reading on the right side of the target is on
 * track, and achieved once the due date has passed; past the due date
 * short of it, missed. Before it: at risk when the latest reading moved
 * away from the target or the line through the last four readings does
 * not reach it by the due date; else on track. One reading short of the
 * target shows no trend: at risk. */
SgObjectiveProgress *sg_objective_progress_evaluate (const SgReadingPoint *points,
                                                     guint                 n_points,
                                                     double                target,
                                                     SgTargetDirection     direction,
                                                     const char           *unit,
                                                     const char           *due,
                                                     const char           *today);
/* The same for @objective and its readings in @store; @today NULL: the
 * real today. */
SgObjectiveProgress *sg_objective_progress_new      (SgStore             *store,
                                                     SgRecord            *objective,
                                                     const char          *today);
void                 sg_objective_progress_free     (SgObjectiveProgress *progress);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgObjectiveProgress, sg_objective_progress_free)

/* @value as the current-value field keeps it: at most two decimals,
 * without trailing zeros, with a point ("87.5"). */
char                *sg_objective_progress_format_number (double      value);
/* @value with its unit, as a person reads it ("87.5 %", "3 days"). */
char                *sg_objective_progress_format_value  (double      value,
                                                          const char *unit);

G_END_DECLS
