/* sg-heatmap-popover.c: the risks of one heat map cell, listed under it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Choosing a risk closes the popover and emits "risk-activated"; the map
 * passes it on. */
#define G_LOG_DOMAIN "sg-heatmap-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-heatmap-cell.h"
#include "sg-heatmap-popover.h"
#include "sg-heatmap-risk-row.h"

struct _SgHeatmapPopover
{
  GtkPopover     parent_instance;

  SgHeatmapView *view;      /* its parent: not a reference */
  GtkWidget     *title;
  GtkWidget     *empty;
  GtkWidget     *scrolled;
  GtkWidget     *list;
  int            likelihood;
  int            impact;
};

G_DEFINE_FINAL_TYPE (SgHeatmapPopover, sg_heatmap_popover, GTK_TYPE_POPOVER)

enum {
  RISK_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
level_name (SgRiskLevel *level)
{
  return level ? sg_record_peek_string (SG_RECORD (level), "name") : "–";
}

static GtkWidget *
create_risk_row_cb (gpointer item,
                    gpointer user_data)
{
  SgHeatmapPopover *self = user_data;
  SgRecord *risk = item;
  SgRiskLevel *to = sg_heatmap_view_get_risk_level (self->view, risk);
  g_autofree char *level = NULL;

  if (sg_heatmap_view_get_mode (self->view) == SG_HEATMAP_MODE_MOVEMENT)
    {
      /* Where it came from, too: "High → Medium". */
      SgRiskMethod *method = sg_store_get_risk_method (sg_heatmap_view_get_store (self->view));
      SgRiskLevel *from = sg_risk_method_get_level (method,
                                                    sg_record_peek_int (risk, "inherent-likelihood"),
                                                    sg_record_peek_int (risk, "inherent-impact"));

      /* Translators: a risk's level before and after treatment */
      level = g_strdup_printf (_("%s → %s"), level_name (from), level_name (to));
    }
  else
    level = g_strdup (level_name (to));
  return sg_heatmap_risk_row_new (risk, level);
}

static void
risk_row_activated_cb (GtkListBox       *list,
                       GtkListBoxRow    *row,
                       SgHeatmapPopover *self)
{
  g_autoptr(SgRecord) risk = g_object_ref (sg_heatmap_risk_row_get_risk (SG_HEATMAP_RISK_ROW (row)));

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[RISK_ACTIVATED], 0, risk);
}

static void
sg_heatmap_popover_class_init (SgHeatmapPopoverClass *klass)
{
  /* The risk a person chose in the list. */
  signals[RISK_ACTIVATED] =
    g_signal_new ("risk-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SG_TYPE_RECORD);
}

static void
sg_heatmap_popover_init (SgHeatmapPopover *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->title = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->title, "heading");
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_widget_set_margin_start (self->title, 6);
  gtk_widget_set_margin_end (self->title, 6);
  self->empty = gtk_label_new (_("No risks sit in this cell."));
  gtk_widget_add_css_class (self->empty, "dim-label");
  gtk_widget_set_margin_top (self->empty, 6);
  gtk_widget_set_margin_bottom (self->empty, 6);
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  g_signal_connect (self->list, "row-activated", G_CALLBACK (risk_row_activated_cb), self);
  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (self->scrolled), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), self->list);
  gtk_box_append (GTK_BOX (box), self->title);
  gtk_box_append (GTK_BOX (box), self->empty);
  gtk_box_append (GTK_BOX (box), self->scrolled);
  gtk_popover_set_child (GTK_POPOVER (self), box);
}

GtkWidget *
sg_heatmap_popover_new (SgHeatmapView *view)
{
  SgHeatmapPopover *self;

  g_return_val_if_fail (SG_IS_HEATMAP_VIEW (view), NULL);

  self = g_object_new (SG_TYPE_HEATMAP_POPOVER, NULL);
  self->view = view;
  return GTK_WIDGET (self);
}

void
sg_heatmap_popover_get_cell (SgHeatmapPopover *self,
                             int              *likelihood,
                             int              *impact)
{
  g_return_if_fail (SG_IS_HEATMAP_POPOVER (self));

  *likelihood = self->likelihood;
  *impact = self->impact;
}

void
sg_heatmap_popover_refresh (SgHeatmapPopover    *self,
                            const SgHeatmapData *data)
{
  g_autoptr(GListModel) risks = NULL;
  g_autofree char *title = NULL;
  cairo_rectangle_t rect;
  double w, h;

  g_return_if_fail (SG_IS_HEATMAP_POPOVER (self));

  if (!gtk_widget_get_visible (GTK_WIDGET (self)))
    return;
  if (data == NULL || self->likelihood < 1 || (guint) self->likelihood > data->n_likelihood ||
      self->impact < 1 || (guint) self->impact > data->n_impact)
    {
      gtk_popover_popdown (GTK_POPOVER (self));
      return;
    }

  risks = sg_heatmap_view_list_cell_risks (self->view, self->likelihood, self->impact);
  title = sg_heatmap_cell_describe (data, self->likelihood, self->impact);
  gtk_label_set_text (GTK_LABEL (self->title), title);
  gtk_widget_set_visible (self->empty, g_list_model_get_n_items (risks) == 0);
  gtk_widget_set_visible (self->scrolled, g_list_model_get_n_items (risks) > 0);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list), risks, create_risk_row_cb, self, NULL);

  w = MAX (1, gtk_widget_get_width (GTK_WIDGET (self->view)));
  h = MAX (1, gtk_widget_get_height (GTK_WIDGET (self->view)));
  sg_heatmap_get_cell_rect (w, h, data, self->likelihood, self->impact, &rect);
  gtk_popover_set_pointing_to (GTK_POPOVER (self),
                               &(GdkRectangle) { (int) rect.x, (int) rect.y,
                                                 (int) rect.width, (int) rect.height });
}

void
sg_heatmap_popover_show_cell (SgHeatmapPopover    *self,
                              const SgHeatmapData *data,
                              int                  likelihood,
                              int                  impact)
{
  g_return_if_fail (SG_IS_HEATMAP_POPOVER (self));

  self->likelihood = likelihood;
  self->impact = impact;
  gtk_popover_popup (GTK_POPOVER (self));
  sg_heatmap_popover_refresh (self, data);
}
