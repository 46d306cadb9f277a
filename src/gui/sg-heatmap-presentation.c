/* sg-heatmap-presentation.c: the heat map full screen, for a meeting room's projector
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-heatmap-presentation"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-colour.h"
#include "sg-heatmap-presentation.h"
#include "sg-settings.h"
#include "sg-window.h"

struct _SgHeatmapPresentation
{
  AdwWindow      parent_instance;

  SgHeatmapView *view;
  GtkWidget     *side;
  GtkWidget     *heading;
  GtkWidget     *list;
  GListModel    *top_risks;
};

G_DEFINE_FINAL_TYPE (SgHeatmapPresentation, sg_heatmap_presentation, ADW_TYPE_WINDOW)

/* Black or white on a level's colour, whichever contrasts more. */
static const char *
text_colour_on (const char *colour)
{
  guint32 rgb;

  if (!sg_colour_parse (colour, &rgb))
    return "#000000";
  return sg_colour_text_on (rgb) == 0 ? "#000000" : "#ffffff";
}

static GtkWidget *
new_label (const char *text,
           const char *css_class,
           gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), wrap);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (wrap)
    {
      /* Narrow natural width: the side column's width decides where to wrap. */
      gtk_label_set_max_width_chars (GTK_LABEL (label), 10);
      gtk_label_set_lines (GTK_LABEL (label), 2);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
    }
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
new_level_badge (SgRiskLevel *level)
{
  const char *name = sg_record_peek_string (SG_RECORD (level), "name");
  const char *colour = sg_record_peek_string (SG_RECORD (level), "colour");
  g_autofree char *markup = NULL;
  GtkWidget *label;

  /* The level's own colour, as on the map: the room matches row to cell. */
  markup = g_markup_printf_escaped ("<span background=\"%s\" foreground=\"%s\">\u2002%s\u2002</span>",
                                    colour ? colour : "#deddda", text_colour_on (colour),
                                    name ? name : "");
  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "sg-presentation-level");
  return label;
}

static void
refill_top_risks (SgHeatmapPresentation *self)
{
  GtkWidget *child;
  guint above, n;
  g_autofree char *heading = NULL;

  if (self->list == NULL)
    return;
  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_grid_remove (GTK_GRID (self->list), child);

  g_clear_object (&self->top_risks);
  self->top_risks = sg_heatmap_view_list_top_risks (self->view, SG_HEATMAP_PRESENTATION_TOP_RISKS);
  above = sg_heatmap_view_count_above_appetite (self->view);
  n = g_list_model_get_n_items (self->top_risks);

  if (above == 0)
    heading = g_strdup (_("No risks above appetite"));
  else if (n < above)
    /* Translators: the heading of the presentation's list: the first 8 of 12 */
    heading = g_strdup_printf (ngettext ("Top %u of %u risks above appetite",
                                         "Top %u of %u risks above appetite", above), n, above);
  else
    heading = g_strdup_printf (ngettext ("%u risk above appetite", "%u risks above appetite", above),
                               above);
  gtk_label_set_text (GTK_LABEL (self->heading), heading);

  /* A short list of a few rows: rebuilt whole on any change. */
  for (guint k = 0; k < n; k++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (self->top_risks, k);
      const char *owner = sg_store_peek_name (sg_heatmap_view_get_store (self->view), risk, "owner");
      GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *badge = new_level_badge (sg_heatmap_view_get_risk_level (self->view, risk));
      GtkWidget *title = new_label (NULL, "sg-presentation-title", TRUE);
      g_autofree char *markup = NULL;

      /* The ref leads the title: the room says "R-001", not a row number. */
      markup = g_markup_printf_escaped ("<b>%s</b>\u2003%s", sg_record_get_ref (risk),
                                        sg_record_peek_string (risk, "title"));
      gtk_label_set_markup (GTK_LABEL (title), markup);
      gtk_widget_set_valign (badge, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (text), title);
      if (owner != NULL && *owner != '\0')
        gtk_box_append (GTK_BOX (text), new_label (owner, "sg-presentation-owner", FALSE));
      gtk_widget_set_hexpand (text, TRUE);
      gtk_grid_attach (GTK_GRID (self->list), badge, 0, (int) k, 1, 1);
      gtk_grid_attach (GTK_GRID (self->list), text, 1, (int) k, 1, 1);
    }
}

static void
apply_settings (SgHeatmapPresentation *self)
{
  GSettings *settings = sg_settings_get ();
  gboolean show_top = settings == NULL || g_settings_get_boolean (settings, "presentation-show-top-risks");
  gboolean contrast = settings == NULL || g_settings_get_boolean (settings, "presentation-high-contrast");

  gtk_widget_set_visible (gtk_widget_get_parent (gtk_widget_get_parent (self->side)), show_top);
  /* Larger type for the back of the room; the map keeps its layout. */
  sg_heatmap_view_set_text_scale (self->view, contrast ? 1.5 : 1.2);
  if (contrast)
    gtk_widget_add_css_class (GTK_WIDGET (self), "sg-high-contrast");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "sg-high-contrast");
}

static void
risk_activated_cb (SgHeatmapPresentation *self,
                   SgRecord              *risk)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  /* Someone asked about a risk: leave the presentation and open it. */
  if (SG_IS_WINDOW (parent))
    sg_window_show_record (SG_WINDOW (parent), risk);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
sg_heatmap_presentation_dispose (GObject *object)
{
  SgHeatmapPresentation *self = SG_HEATMAP_PRESENTATION (object);

  g_clear_object (&self->top_risks);

  G_OBJECT_CLASS (sg_heatmap_presentation_parent_class)->dispose (object);
}

static void
sg_heatmap_presentation_class_init (SgHeatmapPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_heatmap_presentation_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "window.close", NULL);
}

static void
sg_heatmap_presentation_init (SgHeatmapPresentation *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "sg-presentation");
}

/* Full screen on the monitor of @parent. Without a window manager
 * fullscreen does nothing, so the size alone fills the monitor too. */
static void
fill_monitor (SgHeatmapPresentation *self,
              GtkWindow             *parent)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GdkSurface *surface = parent ? gtk_native_get_surface (GTK_NATIVE (parent)) : NULL;
  g_autoptr(GdkMonitor) monitor = NULL;
  GdkRectangle geometry;

  if (surface != NULL && gdk_display_get_monitor_at_surface (display, surface) != NULL)
    monitor = g_object_ref (gdk_display_get_monitor_at_surface (display, surface));
  else
    monitor = g_list_model_get_item (gdk_display_get_monitors (display), 0);
  if (monitor == NULL)
    {
      gtk_window_fullscreen (GTK_WINDOW (self));
      return;
    }
  gdk_monitor_get_geometry (monitor, &geometry);
  gtk_window_set_default_size (GTK_WINDOW (self), geometry.width, geometry.height);
  /* Two fifths for the list, the rest for the map. */
  gtk_widget_set_size_request (self->side, geometry.width * 2 / 5 - 80, -1);
  gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
}

GtkWidget *
sg_heatmap_presentation_new (SgStore       *store,
                             SgHeatmapMode  mode,
                             GtkFilter     *filter,
                             const char    *title,
                             GtkWindow     *parent)
{
  SgHeatmapPresentation *self;
  GtkWidget *box, *close, *top, *clip;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (filter == NULL || GTK_IS_FILTER (filter), NULL);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (SG_TYPE_HEATMAP_PRESENTATION,
                       "title", _("Risk Heat Map"),
                       "transient-for", parent,
                       NULL);

  self->view = SG_HEATMAP_VIEW (sg_heatmap_view_new (store));
  sg_heatmap_view_set_mode (self->view, mode);
  sg_heatmap_view_set_filter (self->view, filter);
  sg_heatmap_view_set_title (self->view, title);
  gtk_widget_set_hexpand (GTK_WIDGET (self->view), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->view), TRUE);
  g_signal_connect_swapped (self->view, "changed", G_CALLBACK (refill_top_risks), self);
  g_signal_connect_swapped (self->view, "risk-activated", G_CALLBACK (risk_activated_cb), self);

  self->heading = new_label (NULL, "sg-presentation-heading", TRUE);
  self->list = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->list), 22);
  gtk_grid_set_column_spacing (GTK_GRID (self->list), 18);
  close = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_widget_set_tooltip_text (close, _("Leave Presentation (Esc)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (close), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Leave Presentation"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (close), "window.close");
  gtk_widget_add_css_class (close, "flat");
  gtk_widget_add_css_class (close, "circular");
  gtk_widget_set_valign (close, GTK_ALIGN_START);

  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_hexpand (self->heading, TRUE);
  gtk_box_append (GTK_BOX (top), self->heading);
  gtk_box_append (GTK_BOX (top), close);

  self->side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 28);
  gtk_widget_set_hexpand (self->side, FALSE);
  gtk_widget_add_css_class (self->side, "sg-presentation-side");
  gtk_box_append (GTK_BOX (self->side), top);
  gtk_box_append (GTK_BOX (self->side), self->list);

  /* Clipped, never scrolled: a long list must not push the map off screen. */
  clip = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (clip), GTK_POLICY_NEVER, GTK_POLICY_EXTERNAL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (clip), self->side);
  gtk_widget_set_hexpand (clip, FALSE);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->view));
  gtk_box_append (GTK_BOX (box), clip);
  adw_window_set_content (ADW_WINDOW (self), box);

  apply_settings (self);
  refill_top_risks (self);
  fill_monitor (self, parent);
  return GTK_WIDGET (self);
}

SgHeatmapView *
sg_heatmap_presentation_get_view (SgHeatmapPresentation *self)
{
  g_return_val_if_fail (SG_IS_HEATMAP_PRESENTATION (self), NULL);

  return self->view;
}

void
sg_heatmap_presentation_set_mode (SgHeatmapPresentation *self,
                                  SgHeatmapMode          mode)
{
  g_return_if_fail (SG_IS_HEATMAP_PRESENTATION (self));

  sg_heatmap_view_set_mode (self->view, mode);
}

GListModel *
sg_heatmap_presentation_get_top_risks (SgHeatmapPresentation *self)
{
  g_return_val_if_fail (SG_IS_HEATMAP_PRESENTATION (self), NULL);

  return self->top_risks;
}
