/* sg-dashboard-heatmap.c: the risk heat map at the size of a dashboard card
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-dashboard-heatmap"

#include "config.h"

#include "sg-dashboard-heatmap.h"

struct _SgDashboardHeatmap
{
  GtkWidget      parent_instance;

  SgHeatmapData *data;
};

G_DEFINE_FINAL_TYPE (SgDashboardHeatmap, sg_dashboard_heatmap, GTK_TYPE_WIDGET)

static void
sg_dashboard_heatmap_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  SgDashboardHeatmap *self = SG_DASHBOARD_HEATMAP (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->data == NULL || width < 1 || height < 1)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  sg_heatmap_draw (cr, width, height, self->data);
  cairo_destroy (cr);
}

/* Wide rather than tall, as the Heat Map page draws it. */
static GtkSizeRequestMode
sg_dashboard_heatmap_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sg_dashboard_heatmap_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 280;
    }
  else
    *minimum = *natural = for_size > 0 ? CLAMP (for_size * 3 / 4, 200, 300) : 240;
}

static void
sg_dashboard_heatmap_finalize (GObject *object)
{
  SgDashboardHeatmap *self = SG_DASHBOARD_HEATMAP (object);

  g_clear_pointer (&self->data, sg_heatmap_data_free);
  G_OBJECT_CLASS (sg_dashboard_heatmap_parent_class)->finalize (object);
}

static void
sg_dashboard_heatmap_class_init (SgDashboardHeatmapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sg_dashboard_heatmap_finalize;
  widget_class->snapshot = sg_dashboard_heatmap_snapshot;
  widget_class->measure = sg_dashboard_heatmap_measure;
  widget_class->get_request_mode = sg_dashboard_heatmap_get_request_mode;
  gtk_widget_class_set_css_name (widget_class, "heatmap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sg_dashboard_heatmap_init (SgDashboardHeatmap *self)
{
}

GtkWidget *
sg_dashboard_heatmap_new (void)
{
  return g_object_new (SG_TYPE_DASHBOARD_HEATMAP, NULL);
}

void
sg_dashboard_heatmap_set_data (SgDashboardHeatmap *self,
                               SgHeatmapData      *data)
{
  g_return_if_fail (SG_IS_DASHBOARD_HEATMAP (self));

  g_clear_pointer (&self->data, sg_heatmap_data_free);
  self->data = data;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const SgHeatmapData *
sg_dashboard_heatmap_get_data (SgDashboardHeatmap *self)
{
  g_return_val_if_fail (SG_IS_DASHBOARD_HEATMAP (self), NULL);
  return self->data;
}
