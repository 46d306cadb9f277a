/* sg-long-text-view.c: a text view that is as tall as its text at the width it is given
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8's text view asks for the height its text had at the width it
 * was last laid out at. A detail pane lays a record's text out first at
 * another width (a wide pane, before the split settles), and the view
 * then keeps that height: three lines of text shown in one. When the
 * width it is given or its text changes, the view asks again once the
 * text is laid out. */
#define G_LOG_DOMAIN "sg-long-text-view"

#include "config.h"

#include "sg-long-text-view.h"

struct _SgLongTextView
{
  GtkTextView parent_instance;

  int         laid_out_width;
  guint       resize_id;
  guint       tries;
};

G_DEFINE_FINAL_TYPE (SgLongTextView, sg_long_text_view, GTK_TYPE_TEXT_VIEW)

/* The text is laid out at the new width a little later, in the view's
 * own idle time: until then the height it asks for is the old one. */
#define MAX_TRIES 12

static gboolean
resize_cb (gpointer data)
{
  SgLongTextView *self = data;
  GtkWidget *widget = GTK_WIDGET (self);
  int natural;

  /* Not shown: its next allocation asks again. */
  if (!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) <= 0)
    {
      self->resize_id = 0;
      self->laid_out_width = -1;
      return G_SOURCE_REMOVE;
    }
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (widget), NULL, &natural,
                      NULL, NULL);
  /* Asked again until the view has the height its text needs: the
   * first asking may come before the text is laid out. */
  if (natural > gtk_widget_get_height (widget))
    gtk_widget_queue_resize (widget);
  else if (self->tries > 0)
    {
      /* As tall as its text, after a first look that found it so too. */
      self->resize_id = 0;
      return G_SOURCE_REMOVE;
    }
  if (++self->tries < MAX_TRIES)
    return G_SOURCE_CONTINUE;
  self->resize_id = 0;
  return G_SOURCE_REMOVE;
}

static void
start_check (SgLongTextView *self)
{
  self->tries = 0;
  if (self->resize_id == 0)
    self->resize_id = g_timeout_add (25, resize_cb, self);
}

static void
sg_long_text_view_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  SgLongTextView *self = SG_LONG_TEXT_VIEW (widget);

  GTK_WIDGET_CLASS (sg_long_text_view_parent_class)->size_allocate (widget, width, height, baseline);
  if (width != self->laid_out_width)
    start_check (self);
  self->laid_out_width = width;
}

static void
sg_long_text_view_dispose (GObject *object)
{
  SgLongTextView *self = SG_LONG_TEXT_VIEW (object);

  g_clear_handle_id (&self->resize_id, g_source_remove);

  G_OBJECT_CLASS (sg_long_text_view_parent_class)->dispose (object);
}

static void
sg_long_text_view_class_init (SgLongTextViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sg_long_text_view_dispose;
  GTK_WIDGET_CLASS (klass)->size_allocate = sg_long_text_view_size_allocate;
}

static void
sg_long_text_view_init (SgLongTextView *self)
{
  self->laid_out_width = -1;
  /* A record's text put in at the same width: the same late layout. */
  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), "changed",
                           G_CALLBACK (start_check), self, G_CONNECT_SWAPPED);
}

GtkWidget *
sg_long_text_view_new (void)
{
  return g_object_new (SG_TYPE_LONG_TEXT_VIEW, NULL);
}
