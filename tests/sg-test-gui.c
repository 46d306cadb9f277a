/* sg-test-gui.c: helpers shared by the widget tests
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>

#include "sg-test-gui.h"
#include "sg-test-util.h"

void
sg_test_wait_for (gboolean (*done) (gpointer),
                  gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

GtkWidget *
sg_test_find_widget (GtkWidget     *root,
                     SgTestMatch    match,
                     gconstpointer  data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = sg_test_find_widget (child, match, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

gboolean
sg_test_is_label (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

gboolean
sg_test_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

GtkWindow *
sg_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return GTK_WINDOW (window);
    }
  return NULL;
}

gboolean
sg_test_gui_init (int    *argc,
                  char ***argv)
{
  /* The first frame of the GL renderer under Xvfb takes seconds. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  /* Nor does GDK open GL at all: Mesa's software driver, where it is
   * installed, leaves 128 bytes behind that LeakSanitizer cannot name,
   * the driver being unloaded by then. */
  g_setenv ("GDK_DEBUG", "gl-disable", FALSE);
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      printf ("1..0 # SKIP no display\n");
      return FALSE;
    }
  gtk_disable_setlocale ();
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  g_set_application_name ("Safeguard");
  return TRUE;
}

char *
sg_test_gui_start (int    *argc,
                   char ***argv)
{
  char *home = sg_test_mkdtemp ();

  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_CACHE_HOME", home, TRUE);
  if (!sg_test_gui_init (argc, argv))
    {
      sg_test_rmdir (home);
      g_free (home);
      return NULL;
    }
  return home;
}

void
sg_test_run_a_while (void)
{
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 5;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

gboolean
sg_test_is_type (GtkWidget     *widget,
                 gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

SgWindow *
sg_test_window_on_page (SgStore    *store,
                        const char *page,
                        int         width,
                        int         height)
{
  SgWindow *window = g_object_ref (sg_window_new (NULL, store));

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  sg_test_wait_for (sg_test_is_mapped, window);
  g_assert_true (sg_window_show_page (window, page));
  sg_test_wait_for (sg_test_is_mapped, sg_window_get_page (window, page));
  return window;
}
