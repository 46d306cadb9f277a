/* sg-dashboard-figure.c: one figure of the dashboard, a button that opens the list behind it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-dashboard-figure"

#include "config.h"

#include "sg-dashboard-figure.h"

struct _SgDashboardFigure
{
  GtkButton               parent_instance;

  SgDashboardFigureStyle  style;
  char                   *page;
  char                   *filter;
  GType                   kind;
  gint64                  id;
  GtkWidget              *box;
  GtkWidget              *value;
  GtkWidget              *title;
  GtkWidget              *detail;
  GtkWidget              *extra;
};

G_DEFINE_FINAL_TYPE (SgDashboardFigure, sg_dashboard_figure, GTK_TYPE_BUTTON)

/* Wrapping labels say how wide they would like to be: a flow box puts
 * as many cards on a line as their natural widths allow. */
static GtkWidget *
new_label (const char    *css_class,
           int            wrap_chars,
           PangoWrapMode  mode)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (wrap_chars > 0)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), mode);
      gtk_label_set_max_width_chars (GTK_LABEL (label), wrap_chars);
    }
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
build (SgDashboardFigure *self)
{
  GtkWidget *texts;

  if (self->style == SG_DASHBOARD_FIGURE_BIG)
    {
      self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      self->value = new_label ("sg-dashboard-number", 0, PANGO_WRAP_WORD);
      /* Whole words under a large number: the row folds rather than split them. */
      self->title = new_label (NULL, 10, PANGO_WRAP_WORD);
      self->detail = new_label ("dim-label", 18, PANGO_WRAP_WORD_CHAR);
      gtk_box_append (GTK_BOX (self->box), self->value);
      gtk_box_append (GTK_BOX (self->box), self->title);
      gtk_box_append (GTK_BOX (self->box), self->detail);
      gtk_widget_add_css_class (GTK_WIDGET (self), "sg-dashboard-big");
    }
  else
    {
      self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      gtk_widget_set_hexpand (texts, TRUE);
      gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
      self->title = new_label (NULL, 16, PANGO_WRAP_WORD_CHAR);
      self->detail = new_label ("dim-label", 18, PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (self->detail, "caption");
      self->value = new_label ("heading", 0, PANGO_WRAP_WORD);
      /* Values of one width: the bars before them line up ("8 of 8", "30 of 37"). */
      gtk_label_set_width_chars (GTK_LABEL (self->value), 8);
      gtk_label_set_xalign (GTK_LABEL (self->value), 1);
      gtk_widget_set_valign (self->value, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (texts), self->title);
      gtk_box_append (GTK_BOX (texts), self->detail);
      gtk_box_append (GTK_BOX (self->box), texts);
      gtk_box_append (GTK_BOX (self->box), self->value);
      gtk_widget_add_css_class (GTK_WIDGET (self), "sg-dashboard-line");
    }
  gtk_widget_set_visible (self->detail, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "flat");
  gtk_button_set_child (GTK_BUTTON (self), self->box);
}

static void
sg_dashboard_figure_finalize (GObject *object)
{
  SgDashboardFigure *self = SG_DASHBOARD_FIGURE (object);

  g_free (self->page);
  g_free (self->filter);
  G_OBJECT_CLASS (sg_dashboard_figure_parent_class)->finalize (object);
}

static void
sg_dashboard_figure_class_init (SgDashboardFigureClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sg_dashboard_figure_finalize;
}

static void
sg_dashboard_figure_init (SgDashboardFigure *self)
{
  self->kind = G_TYPE_INVALID;
}

GtkWidget *
sg_dashboard_figure_new (SgDashboardFigureStyle  style,
                         const char             *page,
                         const char             *filter)
{
  SgDashboardFigure *self = g_object_new (SG_TYPE_DASHBOARD_FIGURE, NULL);

  self->style = style;
  self->page = g_strdup (page);
  self->filter = g_strdup (filter);
  build (self);
  return GTK_WIDGET (self);
}

void
sg_dashboard_figure_set_record (SgDashboardFigure *self,
                                GType              kind,
                                gint64             id)
{
  g_return_if_fail (SG_IS_DASHBOARD_FIGURE (self));

  self->kind = kind;
  self->id = id;
}

void
sg_dashboard_figure_set (SgDashboardFigure *self,
                         const char        *value,
                         const char        *title,
                         const char        *detail)
{
  g_autofree char *description = NULL;

  g_return_if_fail (SG_IS_DASHBOARD_FIGURE (self));

  gtk_label_set_text (GTK_LABEL (self->value), value ? value : "");
  gtk_widget_set_visible (self->value, value != NULL && *value != '\0');
  gtk_label_set_text (GTK_LABEL (self->title), title ? title : "");
  gtk_label_set_text (GTK_LABEL (self->detail), detail ? detail : "");
  gtk_widget_set_visible (self->detail, detail != NULL && *detail != '\0');

  /* A screen reader reads the figure as one sentence. */
  description = g_strjoin (", ", value && *value ? value : title ? title : "",
                           value && *value && title ? title : "",
                           detail ? detail : "", NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

void
sg_dashboard_figure_set_extra (SgDashboardFigure *self,
                               GtkWidget         *extra)
{
  g_return_if_fail (SG_IS_DASHBOARD_FIGURE (self));
  g_return_if_fail (self->extra == NULL);

  self->extra = extra;
  gtk_widget_set_valign (extra, GTK_ALIGN_CENTER);
  gtk_box_insert_child_after (GTK_BOX (self->box), extra, gtk_widget_get_first_child (self->box));
}

const char *
sg_dashboard_figure_get_page (SgDashboardFigure *self)
{
  g_return_val_if_fail (SG_IS_DASHBOARD_FIGURE (self), NULL);
  return self->page;
}

const char *
sg_dashboard_figure_get_filter (SgDashboardFigure *self)
{
  g_return_val_if_fail (SG_IS_DASHBOARD_FIGURE (self), NULL);
  return self->filter;
}

GType
sg_dashboard_figure_get_kind (SgDashboardFigure *self)
{
  g_return_val_if_fail (SG_IS_DASHBOARD_FIGURE (self), G_TYPE_INVALID);
  return self->kind;
}

gint64
sg_dashboard_figure_get_id (SgDashboardFigure *self)
{
  g_return_val_if_fail (SG_IS_DASHBOARD_FIGURE (self), 0);
  return self->id;
}

const char *
sg_dashboard_figure_get_value (SgDashboardFigure *self)
{
  g_return_val_if_fail (SG_IS_DASHBOARD_FIGURE (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->value));
}
