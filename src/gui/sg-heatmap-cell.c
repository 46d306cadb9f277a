/* sg-heatmap-cell.c: one cell of the heat map widget, a button a screen reader and the keyboard find
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 has no accessible objects that are not widgets, so each cell
 * is a real, transparent button over the map's drawing (style.css keeps
 * it clear): a screen reader reads it, the keyboard reaches it and Enter
 * or Space opens it. */
#define G_LOG_DOMAIN "sg-heatmap-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-heatmap-cell.h"

struct _SgHeatmapCell
{
  GtkButton  parent_instance;

  int        likelihood;
  int        impact;
};

G_DEFINE_FINAL_TYPE (SgHeatmapCell, sg_heatmap_cell, GTK_TYPE_BUTTON)

static void
sg_heatmap_cell_class_init (SgHeatmapCellClass *klass)
{
}

static void
sg_heatmap_cell_init (SgHeatmapCell *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "sg-heatmap-cell");
}

GtkWidget *
sg_heatmap_cell_new (int likelihood,
                     int impact)
{
  SgHeatmapCell *self = g_object_new (SG_TYPE_HEATMAP_CELL, NULL);

  self->likelihood = likelihood;
  self->impact = impact;
  return GTK_WIDGET (self);
}

int
sg_heatmap_cell_get_likelihood (SgHeatmapCell *self)
{
  g_return_val_if_fail (SG_IS_HEATMAP_CELL (self), 0);

  return self->likelihood;
}

int
sg_heatmap_cell_get_impact (SgHeatmapCell *self)
{
  g_return_val_if_fail (SG_IS_HEATMAP_CELL (self), 0);

  return self->impact;
}

char *
sg_heatmap_cell_describe (const SgHeatmapData *data,
                          int                  likelihood,
                          int                  impact)
{
  guint index = sg_heatmap_data_cell_index (data, likelihood, impact);
  guint count = sg_heatmap_data_get_count (data, likelihood, impact);
  const char *level = data->cell_level[index];
  g_autofree char *risks = NULL;

  /* Translators: how many risks a heat map cell holds */
  risks = g_strdup_printf (ngettext ("%u risk", "%u risks", count), count);
  if (level == NULL)
    /* Translators: a heat map cell as a screen reader says it: likelihood,
     * impact, "3 risks"; the cell has no risk level */
    return g_strdup_printf (_("Likelihood %s, impact %s: %s, no level"),
                            data->likelihood_labels[likelihood - 1],
                            data->impact_labels[impact - 1], risks);
  /* Translators: a heat map cell as a screen reader says it: likelihood,
   * impact, "3 risks", risk level */
  return g_strdup_printf (_("Likelihood %s, impact %s: %s, level %s"),
                          data->likelihood_labels[likelihood - 1],
                          data->impact_labels[impact - 1], risks, level);
}

void
sg_heatmap_cell_update (SgHeatmapCell       *self,
                        const SgHeatmapData *data)
{
  int l, i;
  guint index, count;
  g_autofree char *label = NULL;
  g_autofree char *risks = NULL;
  g_autofree char *tooltip = NULL;

  g_return_if_fail (SG_IS_HEATMAP_CELL (self));
  g_return_if_fail (data != NULL);

  l = self->likelihood;
  i = self->impact;
  index = sg_heatmap_data_cell_index (data, l, i);
  count = sg_heatmap_data_get_count (data, l, i);
  label = sg_heatmap_cell_describe (data, l, i);
  risks = g_strdup_printf (ngettext ("%u risk", "%u risks", count), count);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* Translators: a heat map cell's tooltip: likelihood × impact, then
   * "3 risks" · level */
  tooltip = g_strdup_printf (_("%s × %s\n%s · %s"),
                             data->likelihood_labels[l - 1], data->impact_labels[i - 1],
                             risks, data->cell_level[index] ? data->cell_level[index] : "–");
  /* A new tooltip asks the X server where the pointer is: only when it changed. */
  if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (self)), tooltip) != 0)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
}
