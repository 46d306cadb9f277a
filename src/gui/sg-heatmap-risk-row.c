/* sg-heatmap-risk-row.c: a risk in the list of a heat map cell
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-heatmap-risk-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-heatmap-risk-row.h"

struct _SgHeatmapRiskRow
{
  GtkListBoxRow  parent_instance;

  SgRecord      *risk;
};

G_DEFINE_FINAL_TYPE (SgHeatmapRiskRow, sg_heatmap_risk_row, GTK_TYPE_LIST_BOX_ROW)

static void
sg_heatmap_risk_row_dispose (GObject *object)
{
  SgHeatmapRiskRow *self = SG_HEATMAP_RISK_ROW (object);

  g_clear_object (&self->risk);

  G_OBJECT_CLASS (sg_heatmap_risk_row_parent_class)->dispose (object);
}

static void
sg_heatmap_risk_row_class_init (SgHeatmapRiskRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sg_heatmap_risk_row_dispose;
}

static void
sg_heatmap_risk_row_init (SgHeatmapRiskRow *self)
{
}

GtkWidget *
sg_heatmap_risk_row_new (SgRecord   *risk,
                         const char *level)
{
  SgHeatmapRiskRow *self;
  GtkWidget *box, *ref, *title, *level_label;
  g_autofree char *name = NULL;
  g_autofree char *accessible = NULL;

  g_return_val_if_fail (SG_IS_RECORD (risk), NULL);
  g_return_val_if_fail (level != NULL, NULL);

  self = g_object_new (SG_TYPE_HEATMAP_RISK_ROW, NULL);
  self->risk = g_object_ref (risk);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  ref = gtk_label_new (sg_record_get_ref (risk));
  title = gtk_label_new (sg_record_peek_string (risk, "title"));
  level_label = gtk_label_new (level);
  gtk_widget_add_css_class (ref, "numeric");
  gtk_widget_add_css_class (ref, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 40);
  gtk_label_set_width_chars (GTK_LABEL (title), 20);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (level_label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (level_label), 1);

  gtk_box_append (GTK_BOX (box), ref);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), level_label);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  name = sg_record_dup_display_name (risk);
  /* Translators: a risk in a heat map cell's list: "R-003 Ransomware …", level */
  accessible = g_strdup_printf (_("%s, level %s"), name, level);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return GTK_WIDGET (self);
}

SgRecord *
sg_heatmap_risk_row_get_risk (SgHeatmapRiskRow *self)
{
  g_return_val_if_fail (SG_IS_HEATMAP_RISK_ROW (self), NULL);

  return self->risk;
}
