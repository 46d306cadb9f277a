/* test-german.c: with a German desktop, Safeguard speaks German ISMS
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>

#include "sg-i18n.h"
#include "sg-sample.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-window.h"

static char *tmpdir;

/* The sidebar, the overview and the example's own entries are German. */
static void
test_window (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "Beispiel.isms", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  SgWindow *window;
  static const char *expected[] = {
    "Risiken", "Erklärung zur Anwendbarkeit", "Nichtkonformitäten", "Managementbewertungen",
  };

  g_assert_true (sg_sample_create (path, &error));
  g_assert_no_error (error);
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  window = g_object_ref (sg_window_new (NULL, store));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  sg_test_wait_for (sg_test_is_mapped, window);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (sg_test_find_widget (GTK_WIDGET (window), sg_test_is_label, expected[i]) == NULL)
      g_error ("no label “%s” in the German window", expected[i]);
  g_assert_null (sg_test_find_widget (GTK_WIDGET (window), sg_test_is_label,
                                      "Statement of Applicability"));

  /* Longer words must not make the window wider than a phone: every page
   * (the stack is as wide as its widest) fits 360 px, as in English. */
  {
    GtkWidget *pages = gtk_window_get_child (GTK_WINDOW (window));
    int minimum = 0;

    gtk_widget_measure (pages, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, <=, 360);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* What a German desktop session sets; the build tree's catalogue is used. */
  g_setenv ("LANGUAGE", "de", TRUE);
  sg_i18n_init ();
  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;

  g_test_add_func ("/german/window", test_window);
  status = g_test_run ();

  sg_test_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
