/* sg-dashboard-card.c: a card of the dashboard — a heading over its figures, never asking for more than a third of a wide window
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-dashboard-card"

#include "config.h"

#include "sg-dashboard-card.h"

/* A flow box puts as many cards on a line as their natural widths allow:
 * long titles (and German words) must not make a card ask for half the
 * window. Given more, a card still uses all of it. */
#define NATURAL_WIDTH 320

struct _SgDashboardCard
{
  GtkWidget  parent_instance;

  GtkWidget *box;
};

G_DEFINE_FINAL_TYPE (SgDashboardCard, sg_dashboard_card, GTK_TYPE_WIDGET)

static void
sg_dashboard_card_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  SgDashboardCard *self = SG_DASHBOARD_CARD (widget);

  gtk_widget_measure (self->box, orientation, for_size, minimum, natural, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, MIN (*natural, NATURAL_WIDTH));
}

static GtkSizeRequestMode
sg_dashboard_card_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sg_dashboard_card_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  gtk_widget_allocate (SG_DASHBOARD_CARD (widget)->box, width, height, baseline, NULL);
}

static void
sg_dashboard_card_dispose (GObject *object)
{
  g_clear_pointer (&SG_DASHBOARD_CARD (object)->box, gtk_widget_unparent);
  G_OBJECT_CLASS (sg_dashboard_card_parent_class)->dispose (object);
}

static void
sg_dashboard_card_class_init (SgDashboardCardClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sg_dashboard_card_dispose;
  widget_class->measure = sg_dashboard_card_measure;
  widget_class->get_request_mode = sg_dashboard_card_get_request_mode;
  widget_class->size_allocate = sg_dashboard_card_size_allocate;
}

static void
sg_dashboard_card_init (SgDashboardCard *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  gtk_widget_add_css_class (GTK_WIDGET (self), "sg-dashboard-card");
}

GtkWidget *
sg_dashboard_card_new (const char *heading)
{
  SgDashboardCard *self = g_object_new (SG_TYPE_DASHBOARD_CARD, NULL);
  GtkWidget *label = gtk_label_new (heading);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "sg-dashboard-heading");
  gtk_box_append (GTK_BOX (self->box), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  return GTK_WIDGET (self);
}

void
sg_dashboard_card_append (SgDashboardCard *self,
                          GtkWidget       *child)
{
  g_return_if_fail (SG_IS_DASHBOARD_CARD (self));
  gtk_box_append (GTK_BOX (self->box), child);
}
