/* sg-pane.c: one side of a list and its detail, as wide as it is told, with an edge to drag
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-pane"

#include "config.h"

#include "sg-pane.h"

/* How far into the pane its edge can be grabbed: a 1-pixel line is hard
 * to hit. */
#define HANDLE_WIDTH 6

struct _SgPane
{
  GtkWidget  parent_instance;

  GtkWidget *child;
  int        natural_width;
  gboolean   resizable;
  gboolean   dragging;
  int        drag_start_width;
};

G_DEFINE_FINAL_TYPE (SgPane, sg_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHILD,
  PROP_NATURAL_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  HANDLE_MOVED,
  HANDLE_RELEASED,
  HANDLE_RESET,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
on_handle (SgPane *self,
           double  x)
{
  if (!self->resizable)
    return FALSE;
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    return x >= gtk_widget_get_width (GTK_WIDGET (self)) - HANDLE_WIDTH;
  return x <= HANDLE_WIDTH;
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           SgPane                   *self)
{
  if (!self->dragging)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), on_handle (self, x) ? "col-resize" : NULL);
}

static void
leave_cb (GtkEventControllerMotion *motion,
          SgPane                   *self)
{
  if (!self->dragging)
    gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

static void
drag_begin_cb (GtkGestureDrag *drag,
               double          x,
               double          y,
               SgPane         *self)
{
  if (!on_handle (self, x))
    {
      gtk_gesture_set_state (GTK_GESTURE (drag), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  gtk_gesture_set_state (GTK_GESTURE (drag), GTK_EVENT_SEQUENCE_CLAIMED);
  self->dragging = TRUE;
  self->drag_start_width = gtk_widget_get_width (GTK_WIDGET (self));
}

static void
drag_update_cb (GtkGestureDrag *drag,
                double          offset_x,
                double          offset_y,
                SgPane         *self)
{
  int width;

  if (!self->dragging)
    return;
  /* The edge is at the start: moving it away from the pane widens it. */
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    width = self->drag_start_width + (int) offset_x;
  else
    width = self->drag_start_width - (int) offset_x;
  g_signal_emit (self, signals[HANDLE_MOVED], 0, width);
}

static void
drag_end_cb (GtkGestureDrag *drag,
             double          offset_x,
             double          offset_y,
             SgPane         *self)
{
  if (!self->dragging)
    return;
  self->dragging = FALSE;
  g_signal_emit (self, signals[HANDLE_RELEASED], 0);
}

static void
pressed_cb (GtkGestureClick *click,
            int              n_press,
            double           x,
            double           y,
            SgPane          *self)
{
  if (n_press == 2 && on_handle (self, x))
    {
      gtk_gesture_set_state (GTK_GESTURE (click), GTK_EVENT_SEQUENCE_CLAIMED);
      g_signal_emit (self, signals[HANDLE_RESET], 0);
    }
}

static void
sg_pane_measure (GtkWidget      *widget,
                 GtkOrientation  orientation,
                 int             for_size,
                 int            *minimum,
                 int            *natural,
                 int            *minimum_baseline,
                 int            *natural_baseline)
{
  SgPane *self = SG_PANE (widget);

  if (self->child == NULL)
    return;
  gtk_widget_measure (self->child, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, self->natural_width);
}

static void
sg_pane_size_allocate (GtkWidget *widget,
                       int        width,
                       int        height,
                       int        baseline)
{
  SgPane *self = SG_PANE (widget);

  if (self->child != NULL)
    gtk_widget_allocate (self->child, width, height, baseline, NULL);
}

static void
sg_pane_dispose (GObject *object)
{
  SgPane *self = SG_PANE (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (sg_pane_parent_class)->dispose (object);
}

static void
sg_pane_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  SgPane *self = SG_PANE (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    case PROP_NATURAL_WIDTH:
      g_value_set_int (value, self->natural_width);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_pane_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  SgPane *self = SG_PANE (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      sg_pane_set_child (self, g_value_get_object (value));
      break;
    case PROP_NATURAL_WIDTH:
      sg_pane_set_natural_width (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_pane_class_init (SgPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_pane_dispose;
  object_class->get_property = sg_pane_get_property;
  object_class->set_property = sg_pane_set_property;
  widget_class->measure = sg_pane_measure;
  widget_class->size_allocate = sg_pane_size_allocate;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NATURAL_WIDTH] =
    g_param_spec_int ("natural-width", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[HANDLE_MOVED] = g_signal_new ("handle-moved", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_INT);
  signals[HANDLE_RELEASED] = g_signal_new ("handle-released", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);
  signals[HANDLE_RESET] = g_signal_new ("handle-reset", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 0);
}

static void
sg_pane_init (SgPane *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->natural_width = -1;

  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "enter", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  /* Before the children: the edge belongs to the pane, not to a row. */
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (drag), GTK_PHASE_CAPTURE);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
sg_pane_new (void)
{
  return g_object_new (SG_TYPE_PANE, NULL);
}

void
sg_pane_set_child (SgPane    *self,
                   GtkWidget *child)
{
  g_return_if_fail (SG_IS_PANE (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;
  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

GtkWidget *
sg_pane_get_child (SgPane *self)
{
  g_return_val_if_fail (SG_IS_PANE (self), NULL);

  return self->child;
}

void
sg_pane_set_natural_width (SgPane *self,
                           int     width)
{
  g_return_if_fail (SG_IS_PANE (self));

  width = MAX (width, -1);
  if (self->natural_width == width)
    return;
  self->natural_width = width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NATURAL_WIDTH]);
}

int
sg_pane_get_natural_width (SgPane *self)
{
  g_return_val_if_fail (SG_IS_PANE (self), -1);

  return self->natural_width;
}

void
sg_pane_set_resizable (SgPane   *self,
                       gboolean  resizable)
{
  g_return_if_fail (SG_IS_PANE (self));

  self->resizable = !!resizable;
  if (!self->resizable)
    gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}
