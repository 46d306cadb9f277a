/* sg-date-row.c: a row that shows a date and picks it from a calendar
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-date-row"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "sg-date-row.h"
#include "sg-format.h"
#include "sg-field.h"

struct _SgDateRow
{
  AdwActionRow  parent_instance;

  GtkWidget    *clear_button;
  GtkWidget    *date_button;
  GtkWidget    *popover;
  GtkWidget    *calendar;

  char         *date;
  guint         pick_idle_id;
  guint         syncing;
};

G_DEFINE_FINAL_TYPE (SgDateRow, sg_date_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_button (SgDateRow *self)
{
  g_autofree char *text = sg_field_format_date (self->date);
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));

  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->date_button),
                             text ? text : _("Not set"));
  gtk_widget_set_visible (self->clear_button, self->date != NULL);
  if (self->date != NULL)
    gtk_widget_remove_css_class (self->date_button, "sg-unset");
  else
    gtk_widget_add_css_class (self->date_button, "sg-unset");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text ? text : _("Not set"),
                                  -1);
}

static void
clear_clicked_cb (SgDateRow *self)
{
  sg_date_row_set_date (self, NULL);
  gtk_widget_grab_focus (self->date_button);
}

static void
popover_show_cb (SgDateRow *self)
{
  g_autoptr(GDateTime) shown = NULL;
  unsigned y, m, d;

  if (self->date != NULL && sscanf (self->date, "%4u-%2u-%2u", &y, &m, &d) == 3)
    shown = g_date_time_new_local (y, m, d, 0, 0, 0);
  if (shown == NULL)
    shown = g_date_time_new_now_local ();

  self->syncing++;
  gtk_calendar_select_day (GTK_CALENDAR (self->calendar), shown);
  self->syncing--;
}

static gboolean
pick_idle_cb (gpointer data)
{
  SgDateRow *self = data;
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (GTK_CALENDAR (self->calendar));
  g_autofree char *iso = g_date_time_format (picked, "%Y-%m-%d");

  self->pick_idle_id = 0;
  sg_date_row_set_date (self, iso);
  gtk_popover_popdown (GTK_POPOVER (self->popover));
  return G_SOURCE_REMOVE;
}

static void
queue_pick (SgDateRow *self)
{
  if (self->syncing == 0 && self->pick_idle_id == 0)
    self->pick_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, pick_idle_cb, self, NULL);
}

/* GtkCalendar reports a change of month as a selected day, followed by
 * the month signal: only a day chosen by itself closes the popover. */
static void
day_selected_cb (SgDateRow *self)
{
  queue_pick (self);
}

static void
calendar_navigated_cb (SgDateRow *self)
{
  g_clear_handle_id (&self->pick_idle_id, g_source_remove);
}

/* A click on the day that is already selected emits no signal at all. */
static void
calendar_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      SgDateRow       *self)
{
  GtkWidget *picked = gtk_widget_pick (self->calendar, x, y, GTK_PICK_DEFAULT);

  if (picked != NULL && gtk_widget_has_css_class (picked, "day-number"))
    queue_pick (self);
}

static void
sg_date_row_dispose (GObject *object)
{
  SgDateRow *self = SG_DATE_ROW (object);

  g_clear_handle_id (&self->pick_idle_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SG_TYPE_DATE_ROW);

  G_OBJECT_CLASS (sg_date_row_parent_class)->dispose (object);
}

static void
sg_date_row_finalize (GObject *object)
{
  SgDateRow *self = SG_DATE_ROW (object);

  g_clear_pointer (&self->date, g_free);

  G_OBJECT_CLASS (sg_date_row_parent_class)->finalize (object);
}

static void
sg_date_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SgDateRow *self = SG_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_date_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SgDateRow *self = SG_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      sg_date_row_set_date (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_date_row_class_init (SgDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_date_row_dispose;
  object_class->finalize = sg_date_row_finalize;
  object_class->get_property = sg_date_row_get_property;
  object_class->set_property = sg_date_row_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/safeguard_isms/Safeguard/ui/sg-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SgDateRow, clear_button);
  gtk_widget_class_bind_template_child (widget_class, SgDateRow, date_button);
  gtk_widget_class_bind_template_child (widget_class, SgDateRow, popover);
  gtk_widget_class_bind_template_child (widget_class, SgDateRow, calendar);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_navigated_cb);
}

static void
sg_date_row_init (SgDateRow *self)
{
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));

  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "released", G_CALLBACK (calendar_released_cb), self);
  gtk_widget_add_controller (self->calendar, GTK_EVENT_CONTROLLER (click));

  g_signal_connect_swapped (self, "notify::title", G_CALLBACK (update_button), self);
  update_button (self);
}

GtkWidget *
sg_date_row_new (void)
{
  return g_object_new (SG_TYPE_DATE_ROW, NULL);
}

const char *
sg_date_row_get_date (SgDateRow *self)
{
  g_return_val_if_fail (SG_IS_DATE_ROW (self), NULL);

  return self->date;
}

void
sg_date_row_set_date (SgDateRow  *self,
                      const char *iso_date)
{
  g_return_if_fail (SG_IS_DATE_ROW (self));

  if (iso_date != NULL && !sg_date_is_valid (iso_date))
    iso_date = NULL;
  if (g_strcmp0 (self->date, iso_date) == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (iso_date);
  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}
