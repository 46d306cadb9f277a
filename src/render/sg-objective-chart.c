/* sg-objective-chart.c: an objective's readings against its target, drawn with Cairo and Pango
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same drawing serves the detail pane (about 320 × 160), the
 * workbook's Trend column and print: every size follows one font size
 * taken from the chart's size, and the labels that float in the plot
 * (the last reading's value, the target, the due date) are placed where
 * they cover neither each other nor the line. */
#define G_LOG_DOMAIN "sg-objective-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>

#include "sg-enums.h"
#include "sg-field-codec.h"
#include "sg-objective-chart.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"

#define FONT_FAMILY "Sans"
/* More ticks than this crowd even a print. */
#define MAX_TICKS 8

typedef struct
{
  char   *date;    /* ISO 8601 */
  guint32 day;     /* GDate's Julian day */
  double  value;
} Point;

struct _SgObjectiveChart
{
  GArray            *points;     /* Point, in date order */
  char              *unit;
  char              *due_date;   /* "" when none */
  double             target;
  SgTargetDirection  direction;  /* NONE also when the target is not a number */
};

typedef struct
{
  double r, g, b;
} Rgb;

/* The heat map's ink on paper; GNOME's palette for the line and the target. */
typedef struct
{
  Rgb ink, dim, line, target;
} Palette;

static const Palette light_palette = {
  { 0.141, 0.122, 0.192 },   /* #241f31 */
  { 0.369, 0.361, 0.392 },   /* #5e5c64: 6.6:1 on white */
  { 0.110, 0.443, 0.847 },   /* #1c71d8, blue 4 */
  { 0.149, 0.635, 0.412 },   /* #26a269, green 5 */
};

static const Palette dark_palette = {
  { 1.0, 1.0, 1.0 },
  { 0.753, 0.749, 0.737 },   /* #c0bfbc */
  { 0.384, 0.627, 0.918 },   /* #62a0ea, blue 2 */
  { 0.200, 0.820, 0.478 },   /* #33d17a, green 3 */
};

typedef struct
{
  double x, y, w, h;
} Box;

/* What one size of the chart looks like; the drawing follows it. */
typedef struct
{
  double font, pad, dot, line_w;
  Box    plot;             /* where values are drawn */
  double x_first, x_last;  /* where the first and last reading go */
  double lo, hi, step;     /* the y axis, nice numbers */
  guint  n_ticks;
  int    decimals;         /* of the tick labels */
  guint32 day_first, day_last;
  GArray *taken;           /* Box: labels placed so far */
} Layout;

static void
point_clear (gpointer data)
{
  Point *point = data;

  g_free (point->date);
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const Point *pa = a, *pb = b;

  return (pa->day > pb->day) - (pa->day < pb->day);
}

/* "2026-11-01", or its start: a timestamp's day. */
static gboolean
parse_day (const char *iso,
           guint32    *day)
{
  int y, m, d;
  GDate date;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  *day = g_date_get_julian (&date);
  return TRUE;
}

static double
peek_double (SgRecord   *record,
             const char *field)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), field);
  const GValue *value = pspec != NULL ? sg_record_peek_value (record, pspec) : NULL;

  if (value == NULL || !G_VALUE_HOLDS_DOUBLE (value))
    return NAN;
  return g_value_get_double (value);
}

SgObjectiveChart *
sg_objective_chart_new_from_readings (SgRecord        *objective,
                                      SgRecord *const *readings,
                                      guint            n_readings)
{
  SgObjectiveChart *chart;
  GParamSpec *value_spec;
  gint64 id;
  const char *text;

  g_return_val_if_fail (SG_IS_OBJECTIVE (objective), NULL);
  g_return_val_if_fail (readings != NULL || n_readings == 0, NULL);

  chart = g_new0 (SgObjectiveChart, 1);
  chart->points = g_array_new (FALSE, FALSE, sizeof (Point));
  g_array_set_clear_func (chart->points, point_clear);
  text = sg_record_peek_string (objective, SG_OBJECTIVE_UNIT);
  chart->unit = g_strstrip (g_strdup (text != NULL ? text : ""));
  text = sg_record_peek_string (objective, SG_OBJECTIVE_DUE_DATE);
  chart->due_date = g_strdup (text != NULL ? text : "");
  chart->direction = sg_record_peek_enum (objective, SG_OBJECTIVE_TARGET_DIRECTION);
  chart->target = peek_double (objective, SG_OBJECTIVE_TARGET_VALUE);
  if (!isfinite (chart->target))
    chart->direction = SG_TARGET_DIRECTION_NONE;

  id = sg_record_get_id (objective);
  value_spec = g_object_class_find_property (g_type_class_peek (SG_TYPE_OBJECTIVE_READING),
                                             SG_OBJECTIVE_READING_VALUE);
  for (guint i = 0; i < n_readings; i++)
    {
      const GValue *value;
      Point point;

      if (sg_record_peek_int64 (readings[i], SG_OBJECTIVE_READING_OBJECTIVE) != id)
        continue;
      text = sg_record_peek_string (readings[i], SG_OBJECTIVE_READING_DATE);
      value = sg_record_peek_value (readings[i], value_spec);
      /* Undated, unreadable or infinite: nowhere to draw it. */
      if (!parse_day (text, &point.day) || value == NULL || !G_VALUE_HOLDS_DOUBLE (value) ||
          !isfinite (g_value_get_double (value)))
        continue;
      point.value = g_value_get_double (value);
      point.date = g_strndup (text, 10);
      g_array_append_val (chart->points, point);
    }
  /* Stable: readings of one day stay in the order they were entered. */
  g_array_sort (chart->points, compare_points);
  return chart;
}

SgObjectiveChart *
sg_objective_chart_new (SgStore  *store,
                        SgRecord *objective)
{
  guint n;
  SgRecord *const *readings;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_OBJECTIVE (objective), NULL);

  readings = sg_store_peek_records (store, SG_TYPE_OBJECTIVE_READING, &n);
  return sg_objective_chart_new_from_readings (objective, readings, n);
}

void
sg_objective_chart_free (SgObjectiveChart *chart)
{
  if (chart == NULL)
    return;
  g_array_unref (chart->points);
  g_free (chart->unit);
  g_free (chart->due_date);
  g_free (chart);
}

guint
sg_objective_chart_get_n_points (SgObjectiveChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);

  return chart->points->len;
}

static const Point *
get_point (SgObjectiveChart *chart,
           guint             i)
{
  return &g_array_index (chart->points, Point, i);
}

/* "87.5" in the reader's locale, no trailing zeros beyond @decimals. */
static char *
format_number (double   value,
               int      decimals,
               gboolean trim)
{
  char *text;
  char *end;

  /* Beyond what digits can show at a glance: 1.7e+308, 2.5e-09. */
  if (fabs (value) >= 1e9 || (value != 0.0 && fabs (value) < 1e-4))
    return g_strdup_printf ("%.3g", value);
  decimals = MIN (decimals, 6);
  /* Beside ticks in e-notation. */
  if (value == 0.0 && decimals > 3)
    return g_strdup ("0");
  /* No "-0". */
  if (fabs (value) < pow (10, -decimals) / 2)
    value = 0.0;
  text = g_strdup_printf ("%.*f", decimals, value);
  if (!trim || decimals == 0)
    return text;
  end = text + strlen (text);
  while (end > text && end[-1] == '0')
    *--end = '\0';
  if (end > text && !g_ascii_isdigit (end[-1]))
    *--end = '\0';
  return text;
}

static char *
with_unit (SgObjectiveChart *chart,
           const char       *number)
{
  if (*chart->unit == '\0')
    return g_strdup (number);
  /* Translators: a value and its unit, "87 %", "12 days" */
  return g_strdup_printf (C_("value with unit", "%s %s"), number, chart->unit);
}

/* A reading's value as a person reads it: up to two decimals. */
static char *
format_value (SgObjectiveChart *chart,
              double            value)
{
  g_autofree char *number = format_number (value, fabs (value) >= 1000 ? 0 : 2, TRUE);

  return with_unit (chart, number);
}

char *
sg_objective_chart_dup_summary (SgObjectiveChart *chart)
{
  const Point *last;
  g_autofree char *latest = NULL;
  g_autofree char *target = NULL;
  g_autofree char *target_text = NULL;
  guint n;

  g_return_val_if_fail (chart != NULL, NULL);

  n = chart->points->len;
  if (n == 0)
    return g_strdup (_("No readings yet"));
  last = get_point (chart, n - 1);
  latest = format_value (chart, last->value);
  if (chart->direction == SG_TARGET_DIRECTION_NONE)
    /* Translators: the chart's description; %u readings, the latest %s (value) on %s (date) */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Trend of %u reading, latest %s on %s",
                                         "Trend of %u readings, latest %s on %s", n),
                            n, latest, last->date);
  target = format_value (chart, chart->target);
  target_text = g_strdup_printf (chart->direction == SG_TARGET_DIRECTION_AT_LEAST ?
                                 /* Translators: the target in the chart's description */
                                 _("at least %s") :
                                 /* Translators: the target in the chart's description */
                                 _("at most %s"), target);
  /* Translators: the chart's description; %u readings, the latest %s (value) on %s (date), the target %s ("at least 95 %") */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Trend of %u reading, latest %s on %s, target %s",
                                       "Trend of %u readings, latest %s on %s, target %s", n),
                          n, latest, last->date, target_text);
}

/* The y axis: nice round ticks around every value and the target, no
 * more of them than fit @plot_h. */
static void
choose_range (SgObjectiveChart *chart,
              Layout           *lay,
              double            plot_h)
{
  static const double nice[] = { 1, 2, 2.5, 5, 10 };
  double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE, span, pad, magnitude;
  /* A tick label's height and two more between: a grid, not a ruler. */
  guint max_ticks = CLAMP ((guint) (plot_h / (lay->font * 3.0)) + 1, 2, MAX_TICKS);
  gboolean all_percent_range;

  for (guint i = 0; i < chart->points->len; i++)
    {
      lo = MIN (lo, get_point (chart, i)->value);
      hi = MAX (hi, get_point (chart, i)->value);
    }
  if (chart->direction != SG_TARGET_DIRECTION_NONE)
    {
      lo = MIN (lo, chart->target);
      hi = MAX (hi, chart->target);
    }
  all_percent_range = g_str_equal (chart->unit, "%") && lo >= 0 && hi <= 100;

  /* Halves: the difference of two huge values must not overflow. */
  span = hi / 2 - lo / 2;
  if (span <= fabs (hi) * 1e-9 || span <= 1e-300)
    {
      /* One value, or all alike: a band around it. */
      pad = fabs (hi) > 1e-300 ? fabs (hi) * 0.1 : 1.0;
      lo -= pad;
      hi += pad;
    }
  else
    {
      /* Room above and below, so no dot sits on the frame. */
      lo -= span * 0.2;
      hi += span * 0.2;
    }
  lo = CLAMP (lo, -G_MAXDOUBLE, G_MAXDOUBLE);
  hi = CLAMP (hi, -G_MAXDOUBLE, G_MAXDOUBLE);
  span = hi / 2 - lo / 2;
  if (all_percent_range)
    {
      lo = MAX (lo, 0);
      hi = MIN (hi, 100);
      span = hi / 2 - lo / 2;
    }

  lay->lo = lo;
  lay->hi = hi;
  lay->step = 0;
  lay->n_ticks = 2;
  lay->decimals = 2;
  if (!isfinite (span) || span <= 0)
    return;

  magnitude = pow (10, floor (log10 (span * 2 / (max_ticks - 1))));
  for (guint m = 0; m < 3 && lay->step == 0; m++, magnitude *= 10)
    for (guint k = 0; k < G_N_ELEMENTS (nice); k++)
      {
        double step = nice[k] * magnitude;
        double first = floor (lo / step) * step, last = ceil (hi / step) * step;
        double n = round ((last / 2 - first / 2) * 2 / step);

        if (!isfinite (first) || !isfinite (last) || !isfinite (n))
          return;
        if (n + 1 <= max_ticks)
          {
            lay->lo = first;
            lay->hi = last;
            lay->step = step;
            lay->n_ticks = (guint) n + 1;
            /* 2.5 needs one decimal more than its magnitude. */
            lay->decimals = MAX (0, (int) -floor (log10 (step) + 1e-9) + (nice[k] == 2.5 ? 1 : 0));
            break;
          }
      }
}

static double
value_y (const Layout *lay,
         double        value)
{
  double span = lay->hi / 2 - lay->lo / 2;
  double fraction = span > 0 ? (value / 2 - lay->lo / 2) / span : 0.5;

  if (!isfinite (fraction))
    fraction = 0.5;

  return lay->plot.y + lay->plot.h * (1.0 - CLAMP (fraction, 0.0, 1.0));
}

static double
point_x (SgObjectiveChart *chart,
         const Layout     *lay,
         guint             i)
{
  guint n = chart->points->len;

  if (n == 1)
    return (lay->x_first + lay->x_last) / 2;
  /* By date; readings all of one day are spread evenly. */
  if (lay->day_last > lay->day_first)
    return lay->x_first + (lay->x_last - lay->x_first) *
           (double) (get_point (chart, i)->day - lay->day_first) / (lay->day_last - lay->day_first);
  return lay->x_first + (lay->x_last - lay->x_first) * i / (n - 1);
}

static PangoLayout *
make_text (cairo_t    *cr,
           const char *text,
           double      size,
           PangoWeight weight)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
text_size (PangoLayout *layout,
           double      *w,
           double      *h)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *w = (double) logical.width / PANGO_SCALE;
  *h = (double) logical.height / PANGO_SCALE;
}

static void
set_rgb (cairo_t *cr,
         Rgb      c,
         double   alpha)
{
  cairo_set_source_rgba (cr, c.r, c.g, c.b, alpha);
}

static void
show_at (cairo_t     *cr,
         PangoLayout *layout,
         double       x,
         double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static double
overlap (const Box *a,
         const Box *b)
{
  double w = MIN (a->x + a->w, b->x + b->w) - MAX (a->x, b->x);
  double h = MIN (a->y + a->h, b->y + b->h) - MAX (a->y, b->y);

  return w > 0 && h > 0 ? w * h : 0;
}

static gboolean
box_contains (const Box *box,
              double     x,
              double     y)
{
  return x >= box->x && x <= box->x + box->w && y >= box->y && y <= box->y + box->h;
}

/* How much of the line and the dots @box would cover. */
static double
covers_line (SgObjectiveChart *chart,
             const Layout     *lay,
             const Box        *box)
{
  double hits = 0;

  for (guint i = 0; i < chart->points->len; i++)
    {
      double x = point_x (chart, lay, i), y = value_y (lay, get_point (chart, i)->value);
      Box dot = { x - lay->dot * 1.6, y - lay->dot * 1.6, lay->dot * 3.2, lay->dot * 3.2 };

      hits += overlap (&dot, box) > 0 ? 4 : 0;
      if (i == 0)
        continue;
      /* Sampled: a segment is short and a label small. */
      for (guint s = 1; s < 16; s++)
        {
          double px = point_x (chart, lay, i - 1), py = value_y (lay, get_point (chart, i - 1)->value);

          if (box_contains (box, px + (x - px) * s / 16, py + (y - py) * s / 16))
            hits += 1;
        }
    }
  return hits;
}

/* The best of @candidates for a label of @w × @h: inside @bounds, over
 * no label placed before, covering as little of the line as it can. */
static Box
place_label (SgObjectiveChart *chart,
             Layout           *lay,
             const Box        *candidates,
             guint             n_candidates,
             const Box        *bounds,
             double            target_y)
{
  Box best = candidates[0];
  double best_score = G_MAXDOUBLE;

  for (guint c = 0; c < n_candidates; c++)
    {
      Box box = candidates[c];
      double score = c * 0.01;

      /* Pushed inside the bounds rather than cut. */
      box.x = CLAMP (box.x, bounds->x, MAX (bounds->x, bounds->x + bounds->w - box.w));
      box.y = CLAMP (box.y, bounds->y, MAX (bounds->y, bounds->y + bounds->h - box.h));
      for (guint t = 0; t < lay->taken->len; t++)
        score += overlap (&box, &g_array_index (lay->taken, Box, t)) * 1000;
      score += covers_line (chart, lay, &box) * 10;
      if (!isnan (target_y) && target_y > box.y && target_y < box.y + box.h)
        score += 30;
      if (score < best_score)
        {
          best_score = score;
          best = box;
        }
    }
  g_array_append_val (lay->taken, best);
  return best;
}

static void
draw_empty (cairo_t       *cr,
            double         width,
            double         height,
            const Palette *palette)
{
  double size = CLAMP (MIN (width / 22.0, height / 9.0), 9.0, 18.0);
  g_autoptr(PangoLayout) layout = make_text (cr, _("No readings yet"), size, PANGO_WEIGHT_NORMAL);
  double w, h;

  pango_layout_set_width (layout, (int) (MAX (width - size, 1) * PANGO_SCALE));
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  text_size (layout, &w, &h);
  set_rgb (cr, palette->dim, 1.0);
  show_at (cr, layout, size / 2, (height - h) / 2);
}

/* The axis labels and the plot's box, which the labels leave free. */
static void
lay_out (SgObjectiveChart *chart,
         cairo_t          *cr,
         double            width,
         double            height,
         Layout           *lay,
         GPtrArray        *tick_labels,
         double           *tick_w)
{
  double date_h, w, h, left, right, top, bottom;
  g_autoptr(PangoLayout) probe = make_text (cr, "2026-11-01", 10, PANGO_WEIGHT_NORMAL);

  lay->font = CLAMP (MIN (width / 30.0, height / 13.0), 8.0, 16.0);
  lay->pad = lay->font * 0.5;
  lay->dot = MAX (2.5, lay->font * 0.32);
  lay->line_w = MAX (1.5, lay->font * 0.18);
  lay->day_first = get_point (chart, 0)->day;
  lay->day_last = get_point (chart, chart->points->len - 1)->day;

  text_size (probe, &w, &date_h);
  date_h *= lay->font / 10;
  /* Half a tick label's height above the top tick. */
  top = lay->pad + lay->font * 0.4;
  bottom = height - lay->pad - date_h - lay->font * 0.3;
  choose_range (chart, lay, bottom - top);

  /* The ticks' labels, with the unit, decide the left margin. */
  *tick_w = 0;
  for (guint t = 0; t < lay->n_ticks; t++)
    {
      double value = lay->step > 0 ? lay->lo + t * lay->step : (t == 0 ? lay->lo : lay->hi);
      g_autofree char *number = format_number (value, lay->step > 0 ? lay->decimals : 2,
                                               lay->step <= 0);
      char *text = with_unit (chart, number);
      g_autoptr(PangoLayout) layout = make_text (cr, text, lay->font * 0.9, PANGO_WEIGHT_NORMAL);

      text_size (layout, &w, &h);
      *tick_w = MAX (*tick_w, w);
      g_ptr_array_add (tick_labels, text);
    }
  /* A huge unit must still leave a plot. */
  *tick_w = MIN (*tick_w, width * 0.4);
  left = lay->pad + *tick_w + lay->font * 0.5;
  right = width - lay->pad;
  lay->plot = (Box) { left, top, MAX (right - left, 1), MAX (bottom - top, 1) };
  /* The dots stay clear of the plot's edges. */
  lay->x_first = left + lay->dot * 2;
  lay->x_last = MAX (lay->x_first, right - lay->dot * 2);
}

static void
draw_axes (SgObjectiveChart *chart,
           cairo_t          *cr,
           Layout           *lay,
           const Palette    *palette,
           GPtrArray        *tick_labels,
           double            tick_w,
           double            height)
{
  double w, h;

  cairo_set_line_width (cr, 1.0);
  for (guint t = 0; t < lay->n_ticks; t++)
    {
      double value = lay->step > 0 ? lay->lo + t * lay->step : (t == 0 ? lay->lo : lay->hi);
      /* Crisp one-pixel lines. */
      double y = floor (value_y (lay, value)) + 0.5;
      g_autoptr(PangoLayout) layout = make_text (cr, g_ptr_array_index (tick_labels, t), lay->font * 0.9,
                                                 PANGO_WEIGHT_NORMAL);
      Box box;

      set_rgb (cr, palette->ink, t == 0 ? 0.35 : 0.12);
      cairo_move_to (cr, lay->plot.x, y);
      cairo_line_to (cr, lay->plot.x + lay->plot.w, y);
      cairo_stroke (cr);

      pango_layout_set_width (layout, (int) (tick_w * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      text_size (layout, &w, &h);
      box = (Box) { lay->pad, CLAMP (y - h / 2, 0, MAX (0, height - h)), tick_w, h };
      g_array_append_val (lay->taken, box);
      set_rgb (cr, palette->dim, 1.0);
      show_at (cr, layout, box.x, box.y);
    }
}

static char *
date_label (const char *iso)
{
  char *shown = sg_field_format_date (iso);

  return shown != NULL ? shown : g_strdup (iso);
}

static void
draw_dates (SgObjectiveChart *chart,
            cairo_t          *cr,
            Layout           *lay,
            const Palette    *palette,
            double            width)
{
  /* As the user's language writes dates, like the readings beside it. */
  g_autofree char *first = date_label (get_point (chart, 0)->date);
  g_autofree char *last = date_label (get_point (chart, chart->points->len - 1)->date);
  g_autoptr(PangoLayout) first_layout = make_text (cr, first, lay->font * 0.9, PANGO_WEIGHT_NORMAL);
  g_autoptr(PangoLayout) last_layout = make_text (cr, last, lay->font * 0.9, PANGO_WEIGHT_NORMAL);
  double fw, lw, h, y, fx, lx;
  Box box;

  text_size (first_layout, &fw, &h);
  text_size (last_layout, &lw, &h);
  y = lay->plot.y + lay->plot.h + lay->font * 0.3;
  set_rgb (cr, palette->dim, 1.0);

  if (g_str_equal (first, last))
    {
      /* One day: its date under its dots. */
      lx = CLAMP ((lay->x_first + lay->x_last) / 2 - lw / 2, 0, MAX (0, width - lw));
      box = (Box) { lx, y, lw, h };
      g_array_append_val (lay->taken, box);
      show_at (cr, last_layout, lx, y);
      return;
    }

  /* Under the first and the last dot, within the chart. */
  fx = CLAMP (lay->x_first - fw / 2, lay->plot.x, MAX (lay->plot.x, width - fw));
  lx = CLAMP (lay->x_last - lw / 2, 0, MAX (0, width - lay->pad * 0.4 - lw));
  box = (Box) { lx, y, lw, h };
  g_array_append_val (lay->taken, box);
  show_at (cr, last_layout, lx, y);
  /* Too narrow for both: the latest is the one that matters. */
  if (fx + fw + lay->font <= lx)
    {
      box = (Box) { fx, y, fw, h };
      g_array_append_val (lay->taken, box);
      show_at (cr, first_layout, fx, y);
    }
}

static void
draw_due (SgObjectiveChart *chart,
          cairo_t          *cr,
          Layout           *lay,
          const Palette    *palette)
{
  guint32 day;
  double x, w, h;
  g_autoptr(PangoLayout) layout = NULL;
  Box candidates[2], box;
  const double dashes[] = { 1.0, 3.0 };

  if (!parse_day (chart->due_date, &day) || day < lay->day_first || day > lay->day_last ||
      lay->day_last == lay->day_first)
    return;
  x = floor (lay->x_first + (lay->x_last - lay->x_first) * (double) (day - lay->day_first) /
             (lay->day_last - lay->day_first)) + 0.5;
  set_rgb (cr, palette->dim, 0.9);
  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_move_to (cr, x, lay->plot.y);
  cairo_line_to (cr, x, lay->plot.y + lay->plot.h);
  cairo_stroke (cr);
  cairo_restore (cr);

  /* Translators: the due date's marker on an objective's chart */
  layout = make_text (cr, C_("chart", "Due"), lay->font * 0.85, PANGO_WEIGHT_NORMAL);
  text_size (layout, &w, &h);
  candidates[0] = (Box) { x + lay->font * 0.25, lay->plot.y, w, h };
  candidates[1] = (Box) { x - lay->font * 0.25 - w, lay->plot.y, w, h };
  if (candidates[0].x + w > lay->plot.x + lay->plot.w)
    {
      Box swap = candidates[0];

      candidates[0] = candidates[1];
      candidates[1] = swap;
    }
  box = place_label (chart, lay, candidates, 2, &lay->plot, NAN);
  set_rgb (cr, palette->dim, 1.0);
  show_at (cr, layout, box.x, box.y);
}

static void
draw_target (SgObjectiveChart *chart,
             cairo_t          *cr,
             Layout           *lay,
             const Palette    *palette)
{
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  double y, w, h, gap, left, right;
  Box candidates[6], box, bounds;
  double dashes[2];

  if (chart->direction == SG_TARGET_DIRECTION_NONE)
    return;

  /* Whole pixels, so the dashes are their colour and not a blend. */
  y = round (value_y (lay, chart->target));
  dashes[0] = lay->font * 0.6;
  dashes[1] = lay->font * 0.35;
  set_rgb (cr, palette->target, 1.0);
  cairo_save (cr);
  cairo_set_line_width (cr, 2.0);
  cairo_set_dash (cr, dashes, 2, 0);
  cairo_move_to (cr, lay->plot.x, y);
  cairo_line_to (cr, lay->plot.x + lay->plot.w, y);
  cairo_stroke (cr);
  cairo_restore (cr);

  value = format_value (chart, chart->target);
  text = g_strdup_printf (chart->direction == SG_TARGET_DIRECTION_AT_LEAST ?
                          /* Translators: the target line's label on a chart, "Target ≥ 95 %" */
                          _("Target ≥ %s") :
                          /* Translators: the target line's label on a chart, "Target ≤ 5 days" */
                          _("Target ≤ %s"), value);
  layout = make_text (cr, text, lay->font * 0.85, PANGO_WEIGHT_BOLD);
  text_size (layout, &w, &h);
  w = MIN (w, lay->plot.w);
  gap = 2.0;
  left = lay->plot.x + lay->font * 0.3;
  right = lay->plot.x + lay->plot.w - w;
  candidates[0] = (Box) { right, y - gap - h, w, h };
  candidates[1] = (Box) { right, y + gap, w, h };
  candidates[2] = (Box) { left, y - gap - h, w, h };
  candidates[3] = (Box) { left, y + gap, w, h };
  candidates[4] = (Box) { (left + right) / 2, y - gap - h, w, h };
  candidates[5] = (Box) { (left + right) / 2, y + gap, w, h };
  bounds = lay->plot;
  /* Within the plot, above the dates. */
  box = place_label (chart, lay, candidates, G_N_ELEMENTS (candidates), &bounds, y);
  pango_layout_set_width (layout, (int) (w * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  set_rgb (cr, palette->target, 1.0);
  show_at (cr, layout, box.x, box.y);
}

/* The good side of the target, faintly: where the line should head. */
static void
draw_target_band (SgObjectiveChart *chart,
                  cairo_t          *cr,
                  Layout           *lay,
                  const Palette    *palette)
{
  double y;

  if (chart->direction == SG_TARGET_DIRECTION_NONE)
    return;
  y = round (value_y (lay, chart->target));
  set_rgb (cr, palette->target, 0.08);
  if (chart->direction == SG_TARGET_DIRECTION_AT_LEAST)
    cairo_rectangle (cr, lay->plot.x, lay->plot.y, lay->plot.w, y - lay->plot.y);
  else
    cairo_rectangle (cr, lay->plot.x, y, lay->plot.w, lay->plot.y + lay->plot.h - y);
  cairo_fill (cr);
}

static void
draw_line (SgObjectiveChart *chart,
           cairo_t          *cr,
           Layout           *lay,
           const Palette    *palette)
{
  guint n = chart->points->len;

  set_rgb (cr, palette->line, 1.0);
  cairo_set_line_width (cr, lay->line_w);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < n; i++)
    {
      double x = point_x (chart, lay, i), y = value_y (lay, get_point (chart, i)->value);

      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  if (n > 1)
    cairo_stroke (cr);
  cairo_new_path (cr);
  for (guint i = 0; i < n; i++)
    {
      double x = point_x (chart, lay, i), y = value_y (lay, get_point (chart, i)->value);

      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, i == n - 1 ? lay->dot * 1.25 : lay->dot, 0, 2 * G_PI);
    }
  cairo_fill (cr);
}

/* The latest value beside its dot, where it covers least. */
static void
draw_last_value (SgObjectiveChart *chart,
                 cairo_t          *cr,
                 Layout           *lay,
                 const Palette    *palette,
                 double            width)
{
  guint last = chart->points->len - 1;
  double x = point_x (chart, lay, last), y = value_y (lay, get_point (chart, last)->value);
  g_autofree char *text = format_value (chart, get_point (chart, last)->value);
  g_autoptr(PangoLayout) layout = make_text (cr, text, lay->font * 0.95, PANGO_WEIGHT_BOLD);
  double w, h, r = lay->dot * 1.25 + 2, target_y;
  Box candidates[5], box, bounds;

  text_size (layout, &w, &h);
  candidates[0] = (Box) { x - w / 2, y - r - h, w, h };
  candidates[1] = (Box) { x - w / 2, y + r, w, h };
  candidates[2] = (Box) { x - r - w, y - h / 2, w, h };
  candidates[3] = (Box) { x - r - w, y - r - h, w, h };
  candidates[4] = (Box) { x - r - w, y + r, w, h };
  bounds = (Box) { lay->plot.x, 0, width - lay->pad * 0.4 - lay->plot.x, lay->plot.y + lay->plot.h };
  target_y = chart->direction != SG_TARGET_DIRECTION_NONE ? round (value_y (lay, chart->target)) : NAN;
  box = place_label (chart, lay, candidates, G_N_ELEMENTS (candidates), &bounds, target_y);
  set_rgb (cr, palette->ink, 1.0);
  show_at (cr, layout, box.x, box.y);
}

void
sg_objective_chart_draw (SgObjectiveChart *chart,
                         cairo_t          *cr,
                         double            width,
                         double            height,
                         gboolean          dark)
{
  const Palette *palette = dark ? &dark_palette : &light_palette;
  g_autoptr(GPtrArray) tick_labels = NULL;
  Layout lay = { 0 };
  double tick_w;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);

  if (width < 1 || height < 1)
    return;
  cairo_save (cr);
  if (chart->points->len == 0)
    {
      draw_empty (cr, width, height, palette);
      cairo_restore (cr);
      return;
    }

  tick_labels = g_ptr_array_new_with_free_func (g_free);
  lay.taken = g_array_new (FALSE, FALSE, sizeof (Box));
  lay_out (chart, cr, width, height, &lay, tick_labels, &tick_w);

  draw_target_band (chart, cr, &lay, palette);
  draw_axes (chart, cr, &lay, palette, tick_labels, tick_w, height);
  draw_dates (chart, cr, &lay, palette, width);
  draw_line (chart, cr, &lay, palette);
  /* The latest value first: it is what the chart is read for. */
  draw_last_value (chart, cr, &lay, palette, width);
  draw_due (chart, cr, &lay, palette);
  /* The target line last, over the band and the grid, under its own label. */
  draw_target (chart, cr, &lay, palette);

  g_array_unref (lay.taken);
  cairo_restore (cr);
}

static cairo_status_t
append_bytes_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
sg_objective_chart_png_full (SgObjectiveChart *chart,
                             int               width,
                             int               height,
                             double            scale,
                             gboolean          transparent)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(GByteArray) bytes = NULL;
  cairo_status_t status;
  int pixel_w, pixel_h;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);
  g_return_val_if_fail (scale > 0 && scale <= 8, NULL);

  pixel_w = MAX (1, (int) ceil (width * scale));
  pixel_h = MAX (1, (int) ceil (height * scale));
  surface = cairo_image_surface_create (transparent ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24,
                                        pixel_w, pixel_h);
  cr = cairo_create (surface);
  if (!transparent)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
    }
  cairo_scale (cr, scale, scale);
  sg_objective_chart_draw (chart, cr, width, height, FALSE);
  cairo_destroy (cr);

  bytes = g_byte_array_new ();
  status = cairo_surface_write_to_png_stream (surface, append_bytes_cb, bytes);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_warning ("Could not write the chart as PNG: %s", cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

GBytes *
sg_objective_chart_png (SgObjectiveChart *chart,
                        int               width,
                        int               height)
{
  return sg_objective_chart_png_full (chart, width, height, 1.0, FALSE);
}
