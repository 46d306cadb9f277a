/* sg-pane.h: one side of a list and its detail, as wide as it is told, with an edge to drag
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SG_TYPE_PANE (sg_pane_get_type ())

G_DECLARE_FINAL_TYPE (SgPane, sg_pane, SG, PANE, GtkWidget)

GtkWidget *sg_pane_new               (void);
void       sg_pane_set_child         (SgPane    *self,
                                      GtkWidget *child);
GtkWidget *sg_pane_get_child         (SgPane    *self);
/* The width the pane asks for beyond its child's minimum; -1: just the
 * minimum, so that a container gives the spare width to the other side. */
void       sg_pane_set_natural_width (SgPane    *self,
                                      int        width);
int        sg_pane_get_natural_width (SgPane    *self);
/* Whether the start edge can be dragged: the pane then emits
 * "handle-moved" (the width asked for), "handle-released" and, on a
 * double click, "handle-reset"; whoever holds it sets the width. */
void       sg_pane_set_resizable     (SgPane    *self,
                                      gboolean   resizable);

G_END_DECLS
