/* sg-objective-chart-view.c: an objective's readings against its target, kept up to date
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws sg-objective-chart.c. The chart is gathered again, once per main
 * loop turn, when the objective or one of its readings changes or
 * readings come and go; an import of many readings costs one gathering. */
#define G_LOG_DOMAIN "sg-objective-chart-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sg-objective-chart-view.h"
#include "sg-objective-chart.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"

struct _SgObjectiveChartView
{
  GtkWidget         parent_instance;

  SgStore          *store;
  SgRecord         *objective;
  GListModel       *readings;    /* the store's, not a reference */
  SgObjectiveChart *chart;       /* NULL without an objective */
  guint             update_id;   /* an idle gathering the chart again */
};

G_DEFINE_FINAL_TYPE (SgObjectiveChartView, sg_objective_chart_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_OBJECTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_chart (SgObjectiveChartView *self)
{
  g_autofree char *summary = NULL;

  g_assert (SG_IS_OBJECTIVE_CHART_VIEW (self));

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_pointer (&self->chart, sg_objective_chart_free);
  if (self->objective != NULL)
    {
      self->chart = sg_objective_chart_new (self->store, self->objective);
      summary = sg_objective_chart_dup_summary (self->chart);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: the objective chart's name while it shows no objective */
                                  summary != NULL ? summary : C_("chart", "Trend"),
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
update_chart_cb (gpointer user_data)
{
  SgObjectiveChartView *self = user_data;

  self->update_id = 0;
  update_chart (self);
  return G_SOURCE_REMOVE;
}

static void
queue_update (SgObjectiveChartView *self)
{
  if (self->update_id == 0 && self->objective != NULL)
    self->update_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_chart_cb, self, NULL);
}

static gboolean
is_ours (SgObjectiveChartView *self,
         SgRecord             *reading)
{
  return SG_IS_OBJECTIVE_READING (reading) &&
         sg_record_peek_int64 (reading, SG_OBJECTIVE_READING_OBJECTIVE) == sg_record_get_id (self->objective);
}

static void
record_changed_cb (SgObjectiveChartView *self,
                   SgRecord             *record,
                   GParamSpec           *pspec)
{
  if (self->objective == NULL)
    return;
  /* A reading moved to another objective is no longer ours: redraw too. */
  if (record == self->objective || is_ours (self, record) ||
      (SG_IS_OBJECTIVE_READING (record) && pspec != NULL &&
       g_str_equal (pspec->name, SG_OBJECTIVE_READING_OBJECTIVE)))
    queue_update (self);
}

static void
readings_changed_cb (SgObjectiveChartView *self,
                     guint                 position,
                     guint                 removed,
                     guint                 added)
{
  if (self->objective == NULL || self->update_id != 0)
    return;
  /* What was removed cannot be asked whose it was. */
  if (removed > 0)
    {
      queue_update (self);
      return;
    }
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(SgRecord) reading = g_list_model_get_item (self->readings, i);

      if (reading != NULL && is_ours (self, reading))
        {
          queue_update (self);
          return;
        }
    }
}

static void
dark_changed_cb (SgObjectiveChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
sg_objective_chart_view_snapshot (GtkWidget   *widget,
                                  GtkSnapshot *snapshot)
{
  SgObjectiveChartView *self = SG_OBJECTIVE_CHART_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  cairo_t *cr;

  if (self->chart == NULL || width < 1 || height < 1)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  sg_objective_chart_draw (self->chart, cr, width, height, dark);
  cairo_destroy (cr);
}

static void
sg_objective_chart_view_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  /* Below about 120 × 200 the labels would crowd the line. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 320;
    }
  else
    {
      *minimum = 120;
      *natural = 180;
    }
}

static void
sg_objective_chart_view_set_store (SgObjectiveChartView *self,
                                   SgStore              *store)
{
  g_assert (self->store == NULL);

  self->store = g_object_ref (store);
  self->readings = sg_store_get_records (store, SG_TYPE_OBJECTIVE_READING);
  g_signal_connect_object (store, "record-changed", G_CALLBACK (record_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->readings, "items-changed", G_CALLBACK (readings_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
sg_objective_chart_view_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  SgObjectiveChartView *self = SG_OBJECTIVE_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_OBJECTIVE:
      g_value_set_object (value, self->objective);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_objective_chart_view_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  SgObjectiveChartView *self = SG_OBJECTIVE_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sg_objective_chart_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_OBJECTIVE:
      sg_objective_chart_view_set_objective (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_objective_chart_view_dispose (GObject *object)
{
  SgObjectiveChartView *self = SG_OBJECTIVE_CHART_VIEW (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_object (&self->objective);
  self->readings = NULL;
  g_clear_object (&self->store);
  G_OBJECT_CLASS (sg_objective_chart_view_parent_class)->dispose (object);
}

static void
sg_objective_chart_view_finalize (GObject *object)
{
  SgObjectiveChartView *self = SG_OBJECTIVE_CHART_VIEW (object);

  g_clear_pointer (&self->chart, sg_objective_chart_free);
  G_OBJECT_CLASS (sg_objective_chart_view_parent_class)->finalize (object);
}

static void
sg_objective_chart_view_class_init (SgObjectiveChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sg_objective_chart_view_get_property;
  object_class->set_property = sg_objective_chart_view_set_property;
  object_class->dispose = sg_objective_chart_view_dispose;
  object_class->finalize = sg_objective_chart_view_finalize;
  widget_class->snapshot = sg_objective_chart_view_snapshot;
  widget_class->measure = sg_objective_chart_view_measure;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SG_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OBJECTIVE] =
    g_param_spec_object ("objective", NULL, NULL, SG_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "objectivechart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sg_objective_chart_view_init (SgObjectiveChartView *self)
{
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
sg_objective_chart_view_new (SgStore *store)
{
  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  return g_object_new (SG_TYPE_OBJECTIVE_CHART_VIEW, "store", store, NULL);
}

void
sg_objective_chart_view_set_objective (SgObjectiveChartView *self,
                                       SgRecord             *objective)
{
  g_return_if_fail (SG_IS_OBJECTIVE_CHART_VIEW (self));
  g_return_if_fail (objective == NULL || SG_IS_OBJECTIVE (objective));

  if (!g_set_object (&self->objective, objective))
    return;
  /* At once: the pane shows the new objective's chart in its first frame. */
  update_chart (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBJECTIVE]);
}

SgRecord *
sg_objective_chart_view_get_objective (SgObjectiveChartView *self)
{
  g_return_val_if_fail (SG_IS_OBJECTIVE_CHART_VIEW (self), NULL);

  return self->objective;
}
