/* sg-objective-progress.c: where an objective stands, read from its readings (clauses 6.2, 9.1)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-objective"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sg-field-codec.h"
#include "sg-field.h"
#include "sg-objective-progress.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"

/* The trend is the line through this many of the latest readings: older
 * ones say how the objective started, not where it is going. */
#define TREND_READINGS 4

static gboolean
parse_day (const char *iso,
           guint32    *julian)
{
  int year, month, day;
  GDate date;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  *julian = g_date_get_julian (&date);
  return TRUE;
}

char *
sg_objective_progress_format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  size_t end;

  if (!isfinite (value))
    return g_strdup ("");
  g_ascii_formatd (buffer, sizeof buffer, "%.2f", value);
  end = strlen (buffer);
  while (end > 0 && buffer[end - 1] == '0')
    buffer[--end] = '\0';
  if (end > 0 && buffer[end - 1] == '.')
    buffer[--end] = '\0';
  if (g_str_equal (buffer, "-0"))
    return g_strdup ("0");
  return g_strdup (buffer);
}

char *
sg_objective_progress_format_value (double      value,
                                    const char *unit)
{
  g_autofree char *number = sg_objective_progress_format_number (value);
  const char *point = localeconv ()->decimal_point;
  char *dot;

  /* Read by a person: the decimal sign of their language. */
  if (point != NULL && point[0] != '\0' && !g_str_equal (point, ".") && (dot = strchr (number, '.')) != NULL)
    {
      g_autofree char *head = g_strndup (number, dot - number);

      g_free (number);
      number = g_strconcat (head, point, dot + 1, NULL);
    }
  if (unit == NULL || *unit == '\0')
    return g_steal_pointer (&number);
  /* Translators: a value and its unit, e.g. "87.5 %" or "3 days" */
  return g_strdup_printf (C_("value with unit", "%s %s"), number, unit);
}

static char *
format_target (double             target,
               SgTargetDirection  direction,
               const char        *unit)
{
  g_autofree char *value = sg_objective_progress_format_value (target, unit);

  /* Translators: a target, e.g. "at least 95 %" */
  return direction == SG_TARGET_DIRECTION_AT_MOST ? g_strdup_printf (_("at most %s"), value)
                                                  : g_strdup_printf (_("at least %s"), value);
}

static gboolean
meets (double            value,
       double            target,
       SgTargetDirection direction)
{
  double slack = 1e-9 * MAX (1.0, fabs (target));

  return direction == SG_TARGET_DIRECTION_AT_MOST ? value <= target + slack : value >= target - slack;
}

/* The value the line through the last readings takes on @day; FALSE when
 * they were all taken on one day (no line). */
static gboolean
project (const SgReadingPoint *points,
         guint                 n_points,
         guint32               day,
         double               *projected)
{
  guint first = n_points > TREND_READINGS ? n_points - TREND_READINGS : 0;
  double sum_x = 0, sum_y = 0, sum_xx = 0, sum_xy = 0, n = 0, x0 = 0, slope, spread;

  for (guint i = first; i < n_points; i++)
    {
      guint32 julian;
      double x;

      if (!parse_day (points[i].date, &julian))
        continue;
      if (n == 0)
        x0 = julian;
      x = julian - x0;
      sum_x += x;
      sum_y += points[i].value;
      sum_xx += x * x;
      sum_xy += x * points[i].value;
      n++;
    }
  if (n < 2)
    return FALSE;
  spread = n * sum_xx - sum_x * sum_x;
  if (spread <= 0)
    return FALSE;
  slope = (n * sum_xy - sum_x * sum_y) / spread;
  *projected = (sum_y - slope * sum_x) / n + slope * ((double) day - x0);
  return isfinite (*projected);
}

SgObjectiveProgress *
sg_objective_progress_evaluate (const SgReadingPoint *points,
                                guint                 n_points,
                                double                target,
                                SgTargetDirection     direction,
                                const char           *unit,
                                const char           *due,
                                const char           *today)
{
  SgObjectiveProgress *self = g_new0 (SgObjectiveProgress, 1);
  g_autofree char *latest = NULL;
  g_autofree char *wanted = NULL;
  g_autofree char *due_shown = NULL;
  g_autofree char *latest_shown = NULL;
  guint32 due_day = 0, today_day = 0;
  gboolean has_due = parse_day (due, &due_day);
  gboolean past_due;
  double projected;

  g_return_val_if_fail (points != NULL || n_points == 0, self);

  self->suggested = SG_OBJECTIVE_PROGRESS_NO_SUGGESTION;
  self->n_readings = n_points;
  if (!parse_day (today, &today_day))
    {
      g_autofree char *real = sg_date_today ();

      parse_day (real, &today_day);
    }
  past_due = has_due && due_day < today_day;
  /* Dates in the reasons as the user's language writes them. */
  due_shown = has_due ? sg_field_format_date (due) : NULL;
  if (n_points > 0)
    {
      self->current = points[n_points - 1].value;
      self->current_date = g_strdup (points[n_points - 1].date);
      latest = sg_objective_progress_format_value (self->current, unit);
      latest_shown = sg_field_format_date (self->current_date);
    }

  if (direction != SG_TARGET_DIRECTION_AT_LEAST && direction != SG_TARGET_DIRECTION_AT_MOST)
    {
      if (n_points > 0)
        self->reason = g_strdup (_("There is no target value to measure the readings against."));
      return self;
    }
  wanted = format_target (target, direction, unit);

  if (n_points == 0)
    {
      self->suggested = past_due ? SG_OBJECTIVE_STATUS_MISSED : SG_OBJECTIVE_STATUS_NOT_STARTED;
      self->reason = past_due
        /* Translators: %s is a date */
        ? g_strdup_printf (_("The due date %s passed without a reading."), due_shown)
        : g_strdup (_("No readings yet."));
      return self;
    }

  if (meets (self->current, target, direction))
    {
      self->suggested = past_due ? SG_OBJECTIVE_STATUS_ACHIEVED : SG_OBJECTIVE_STATUS_ON_TRACK;
      /* Translators: "The latest reading, 96 % on 2026-11-01, meets the target of at least 95 %." */
      self->reason = g_strdup_printf (_("The latest reading, %s on %s, meets the target of %s."),
                                      latest, latest_shown != NULL ? latest_shown : "", wanted);
      return self;
    }
  if (past_due)
    {
      self->suggested = SG_OBJECTIVE_STATUS_MISSED;
      /* Translators: "The due date 2026-06-30 has passed, and the latest reading, 86 %, falls short of …" */
      self->reason = g_strdup_printf (_("The due date %s has passed, and the latest reading, %s, falls short of "
                                        "the target of %s."), due_shown, latest, wanted);
      return self;
    }
  if (n_points == 1)
    {
      self->suggested = SG_OBJECTIVE_STATUS_AT_RISK;
      self->reason = g_strdup_printf (_("The only reading, %s, falls short of the target of %s; a trend needs a "
                                        "second one."), latest, wanted);
      return self;
    }
  if (!meets (self->current, points[n_points - 2].value, direction) ||
      self->current == points[n_points - 2].value)
    {
      self->suggested = SG_OBJECTIVE_STATUS_AT_RISK;
      self->reason = self->current == points[n_points - 2].value
        ? g_strdup_printf (_("The latest reading, %s, is no closer to the target of %s than the one before."),
                           latest, wanted)
        : g_strdup_printf (_("The latest reading, %s, moved away from the target of %s."), latest, wanted);
      return self;
    }
  if (!has_due)
    {
      self->suggested = SG_OBJECTIVE_STATUS_ON_TRACK;
      self->reason = g_strdup_printf (_("The readings move towards the target of %s; there is no due date to "
                                        "reach it by."), wanted);
      return self;
    }
  if (!project (points, n_points, due_day, &projected))
    {
      self->suggested = SG_OBJECTIVE_STATUS_AT_RISK;
      self->reason = g_strdup_printf (_("The latest reading, %s, falls short of the target of %s."), latest, wanted);
      return self;
    }
  {
    g_autofree char *then = sg_objective_progress_format_value (projected, unit);

    if (meets (projected, target, direction))
      {
        self->suggested = SG_OBJECTIVE_STATUS_ON_TRACK;
        /* Translators: "At the recent trend it reaches 101 % by its due date 2027-01-31 (target at least 98 %)." */
        self->reason = g_strdup_printf (_("At the recent trend it reaches %s by its due date %s (target %s)."),
                                        then, due_shown, wanted);
      }
    else
      {
        self->suggested = SG_OBJECTIVE_STATUS_AT_RISK;
        self->reason = g_strdup_printf (_("At the recent trend it reaches only %s by its due date %s (target %s)."),
                                        then, due_shown, wanted);
      }
  }
  return self;
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const SgReadingPoint *pa = a, *pb = b;

  return g_strcmp0 (pa->date, pb->date);
}

SgObjectiveProgress *
sg_objective_progress_new (SgStore    *store,
                           SgRecord   *objective,
                           const char *today)
{
  guint n;
  SgRecord *const *readings;
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (SgReadingPoint));
  gint64 id;
  GParamSpec *value_spec;
  const GValue *target;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_OBJECTIVE (objective), NULL);

  id = sg_record_get_id (objective);
  readings = sg_store_peek_records (store, SG_TYPE_OBJECTIVE_READING, &n);
  value_spec = g_object_class_find_property (g_type_class_peek (SG_TYPE_OBJECTIVE_READING),
                                             SG_OBJECTIVE_READING_VALUE);
  for (guint i = 0; i < n; i++)
    {
      const char *date = sg_record_peek_string (readings[i], SG_OBJECTIVE_READING_DATE);
      const GValue *value;
      SgReadingPoint point;

      if (sg_record_peek_int64 (readings[i], SG_OBJECTIVE_READING_OBJECTIVE) != id ||
          !sg_date_is_valid (date))
        continue;
      value = sg_record_peek_value (readings[i], value_spec);
      if (value == NULL || !G_VALUE_HOLDS_DOUBLE (value) || !isfinite (g_value_get_double (value)))
        continue;
      point.date = date;
      point.value = g_value_get_double (value);
      g_array_append_val (points, point);
    }
  /* Stable: readings of one day keep the order they were made in. */
  g_array_sort (points, compare_points);

  target = sg_record_peek_value (objective,
                                 g_object_class_find_property (G_OBJECT_GET_CLASS (objective),
                                                               SG_OBJECTIVE_TARGET_VALUE));
  return sg_objective_progress_evaluate ((SgReadingPoint *) points->data, points->len,
                                         target != NULL ? g_value_get_double (target) : 0.0,
                                         sg_record_peek_enum (objective, SG_OBJECTIVE_TARGET_DIRECTION),
                                         sg_record_peek_string (objective, SG_OBJECTIVE_UNIT),
                                         sg_record_peek_string (objective, SG_OBJECTIVE_DUE_DATE),
                                         today);
}

void
sg_objective_progress_free (SgObjectiveProgress *progress)
{
  if (progress == NULL)
    return;
  g_free (progress->current_date);
  g_free (progress->reason);
  g_free (progress);
}
