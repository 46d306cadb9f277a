/* sg-dashboard-sparkline.c: a word-sized line of an objective's readings
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-dashboard-sparkline"

#include "config.h"

#include "sg-dashboard-sparkline.h"

struct _SgDashboardSparkline
{
  GtkWidget  parent_instance;

  GArray    *values;
};

G_DEFINE_FINAL_TYPE (SgDashboardSparkline, sg_dashboard_sparkline, GTK_TYPE_WIDGET)

static void
sg_dashboard_sparkline_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  SgDashboardSparkline *self = SG_DASHBOARD_SPARKLINE (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double low = G_MAXDOUBLE, high = -G_MAXDOUBLE, x, y;
  guint n = self->values->len;
  GdkRGBA colour;
  cairo_t *cr;

  if (n < 2 || width < 4 || height < 4)
    return;
  for (guint i = 0; i < n; i++)
    {
      low = MIN (low, g_array_index (self->values, double, i));
      high = MAX (high, g_array_index (self->values, double, i));
    }
  /* A flat series is drawn through the middle, not along an edge. */
  if (high - low < 1e-9)
    {
      low -= 1;
      high += 1;
    }

  /* The text's colour, light or dark: gtk_widget_get_color () is GTK 4.10. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &colour);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_width (cr, 2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  gdk_cairo_set_source_rgba (cr, &colour);
  for (guint i = 0; i < n; i++)
    {
      x = 3 + (width - 6) * i / (n - 1);
      y = 3 + (height - 6) * (1 - (g_array_index (self->values, double, i) - low) / (high - low));
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);
  /* The latest reading, as a dot: where the objective stands now. */
  cairo_arc (cr, x, y, 3, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_destroy (cr);
}

static void
sg_dashboard_sparkline_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 72 : 28;
}

static void
sg_dashboard_sparkline_finalize (GObject *object)
{
  SgDashboardSparkline *self = SG_DASHBOARD_SPARKLINE (object);

  g_clear_pointer (&self->values, g_array_unref);
  G_OBJECT_CLASS (sg_dashboard_sparkline_parent_class)->finalize (object);
}

static void
sg_dashboard_sparkline_class_init (SgDashboardSparklineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sg_dashboard_sparkline_finalize;
  widget_class->snapshot = sg_dashboard_sparkline_snapshot;
  widget_class->measure = sg_dashboard_sparkline_measure;
  gtk_widget_class_set_css_name (widget_class, "sparkline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sg_dashboard_sparkline_init (SgDashboardSparkline *self)
{
  self->values = g_array_new (FALSE, FALSE, sizeof (double));
}

GtkWidget *
sg_dashboard_sparkline_new (void)
{
  return g_object_new (SG_TYPE_DASHBOARD_SPARKLINE, NULL);
}

void
sg_dashboard_sparkline_set_values (SgDashboardSparkline *self,
                                   GArray               *values)
{
  g_return_if_fail (SG_IS_DASHBOARD_SPARKLINE (self));
  g_return_if_fail (values != NULL);

  g_array_set_size (self->values, 0);
  g_array_append_vals (self->values, values->data, values->len);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
sg_dashboard_sparkline_get_n_values (SgDashboardSparkline *self)
{
  g_return_val_if_fail (SG_IS_DASHBOARD_SPARKLINE (self), 0);
  return self->values->len;
}
