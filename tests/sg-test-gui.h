/* sg-test-gui.h: helpers shared by the widget tests
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sg-store.h"
#include "sg-window.h"

G_BEGIN_DECLS

/* Starts GTK and libadwaita for a widget test, with the renderer that is
 * quick under Xvfb. FALSE, after a TAP line that skips the test, when there
 * is no display: gtk_test_init() would abort. */
gboolean    sg_test_gui_init      (int          *argc,
                                   char       ***argv);

/* sg_test_gui_init() for a test program's main(), with the user's data
 * and cache folders (recent files, the default register, examples) in a
 * fresh temporary folder: its path, for sg_test_rmdir() once the tests
 * ran; NULL, the folder already gone, when there is no display. */
char       *sg_test_gui_start     (int          *argc,
                                   char       ***argv);

/* Runs the main loop for a fifth of a second: for what must not happen. */
void        sg_test_run_a_while   (void);

/* Runs the main loop until @done says so; fails the test after ten seconds. */
void        sg_test_wait_for      (gboolean    (*done) (gpointer),
                                   gpointer      data);

typedef gboolean (*SgTestMatch) (GtkWidget *widget, gconstpointer data);

/* The first widget under @root, @root included, that @match accepts. */
GtkWidget  *sg_test_find_widget   (GtkWidget     *root,
                                   SgTestMatch    match,
                                   gconstpointer  data);

/* Matches a widget of the GType given as data (GSIZE_TO_POINTER). */
gboolean    sg_test_is_type       (GtkWidget     *widget,
                                   gconstpointer  type);

/* Matches a label (anywhere, mapped or not) whose text is @text. */
gboolean    sg_test_is_label      (GtkWidget     *widget,
                                   gconstpointer  text);

gboolean    sg_test_is_mapped     (gpointer       widget);

/* The first toplevel window of @type, or NULL. */
GtkWindow  *sg_test_find_toplevel (GType          type);

/* A new window on @store, @width × @height, shown and mapped, on the page
 * named @page (a kind's table, "dashboard" …), itself mapped: a reference
 * the test releases. */
SgWindow   *sg_test_window_on_page (SgStore    *store,
                                    const char *page,
                                    int         width,
                                    int         height);

G_END_DECLS
