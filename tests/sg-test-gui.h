/* sg-test-gui.h: helpers shared by the widget tests
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Runs the main loop until @done says so; fails the test after ten seconds. */
void        sg_test_wait_for      (gboolean    (*done) (gpointer),
                                   gpointer      data);

typedef gboolean (*SgTestMatch) (GtkWidget *widget, gconstpointer data);

/* The first widget under @root, @root included, that @match accepts. */
GtkWidget  *sg_test_find_widget   (GtkWidget     *root,
                                   SgTestMatch    match,
                                   gconstpointer  data);

/* Matches a label (anywhere, mapped or not) whose text is @text. */
gboolean    sg_test_is_label      (GtkWidget     *widget,
                                   gconstpointer  text);

gboolean    sg_test_is_mapped     (gpointer       widget);

/* The first toplevel window of @type, or NULL. */
GtkWindow  *sg_test_find_toplevel (GType          type);

G_END_DECLS
