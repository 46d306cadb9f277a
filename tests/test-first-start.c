/* test-first-start.c: Safeguard started on a fresh account — the welcome page and what each of its buttons does
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sg-application.h"
#include "sg-csv-import-dialog.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-welcome-page.h"
#include "sg-window-private.h"
#include "sg-window.h"

static char *home;

/* The one application of the test program, as started without a file. */
static SgApplication *
registered_app (void)
{
  static SgApplication *app;

  if (app == NULL)
    {
      g_autoptr(GError) error = NULL;

      app = sg_application_new ();
      /* Test programs share one session bus: never another's remote. */
      g_application_set_flags (G_APPLICATION (app),
                               g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);
    }
  return app;
}

static SgWindow *
start (void)
{
  SgApplication *app = registered_app ();
  GList *windows;

  g_application_activate (G_APPLICATION (app));
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  sg_test_wait_for (sg_test_is_mapped, windows->data);
  return g_object_ref (windows->data);
}

static void
close_window (SgWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Every file under @dir whose name ends in @suffix, one per line. */
static void
find_files (const char *dir,
            const char *suffix,
            GString    *found)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        find_files (path, suffix, found);
      else if (g_str_has_suffix (name, suffix))
        g_string_append_printf (found, "%s\n", path);
    }
}

static gboolean
is_button (GtkWidget     *widget,
           gconstpointer  action)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* A fresh account — an empty home, no XDG folders — gets the welcome
 * page with its four ways in, and no register is made behind its back. */
static void
test_welcome (void)
{
  static const char *buttons[] = { "win.new-register", "win.open-register", "win.open-example",
                                   "win.import-new" };
  SgWindow *window = start ();
  GtkWidget *welcome;
  g_autoptr(GString) registers = g_string_new (NULL);

  g_assert_null (sg_window_get_store (window));
  welcome = sg_test_find_widget (GTK_WIDGET (window), sg_test_is_type, GSIZE_TO_POINTER (SG_TYPE_WELCOME_PAGE));
  g_assert_nonnull (welcome);
  sg_test_wait_for (sg_test_is_mapped, welcome);
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      GtkWidget *button = sg_test_find_widget (welcome, is_button, buttons[i]);

      g_test_message ("%s", buttons[i]);
      g_assert_nonnull (button);
      g_assert_true (gtk_widget_get_mapped (button));
      g_assert_true (gtk_widget_is_sensitive (button));
    }
  g_assert_nonnull (sg_test_find_widget (welcome, sg_test_is_label, "Import a Spreadsheet…"));

  sg_test_run_a_while ();
  close_window (window);
  find_files (home, ".isms", registers);
  g_assert_cmpstr (registers->str, ==, "");
}

static gboolean
has_store (gpointer window)
{
  return sg_window_get_store (window) != NULL;
}

static gboolean
is_null (gpointer pointer)
{
  return *(gpointer *) pointer == NULL;
}

static gboolean
lists_recent (gpointer welcome)
{
  return sg_test_find_widget (welcome, sg_test_is_label, "Imported") != NULL;
}

/* Explore an Example opens the example from the cache, not as one of the
 * person's registers; Import a Spreadsheet… makes the register where it
 * was asked to go and opens the import dialog on it; the next window's
 * welcome page lists that register, and a click opens it. */
static void
test_ways_in (void)
{
  g_autofree char *cache = g_build_filename (g_get_user_cache_dir (), "safeguard", "examples", NULL);
  g_autofree char *csv = g_build_filename (home, "risks.csv", NULL);
  g_autofree char *path = g_build_filename (home, "Imported.isms", NULL);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv);
  g_autoptr(GFile) register_file = g_file_new_for_path (path);
  SgWindow *window = start ();
  GtkWidget *welcome, *row;
  GtkWindow *dialog;

  g_assert_null (sg_window_get_store (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL));
  sg_test_wait_for (has_store, window);
  g_assert_true (g_str_has_prefix (sg_store_get_path (sg_window_get_store (window)), cache));
  close_window (window);

  /* The example is not remembered: the next start greets again. */
  window = start ();
  g_assert_null (sg_window_get_store (window));

  g_assert_true (g_file_set_contents (csv, "Title,Owner,Likelihood,Impact\nFlooding of the server room,Jana,2,4\n",
                                      -1, NULL));
  g_assert_true (sg_window_import_into_new (window, csv_file, register_file) == window);
  g_assert_cmpstr (sg_store_get_path (sg_window_get_store (window)), ==, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  dialog = sg_test_find_toplevel (SG_TYPE_CSV_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  gtk_window_destroy (dialog);
  {
    /* The register is let go once the dialog's threads are done. */
    SgStore *store = sg_window_get_store (window);

    g_object_add_weak_pointer (G_OBJECT (store), (gpointer *) &store);
    close_window (window);
    sg_test_wait_for (is_null, &store);
  }

  /* A window with no register lists it among the recent ones. */
  window = g_object_ref (sg_window_new (registered_app (), NULL));
  gtk_window_present (GTK_WINDOW (window));
  sg_test_wait_for (sg_test_is_mapped, window);
  welcome = sg_test_find_widget (GTK_WIDGET (window), sg_test_is_type, GSIZE_TO_POINTER (SG_TYPE_WELCOME_PAGE));
  sg_test_wait_for (lists_recent, welcome);
  row = sg_test_find_widget (welcome, sg_test_is_type, GSIZE_TO_POINTER (ADW_TYPE_ACTION_ROW));
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activate");
  sg_test_wait_for (has_store, window);
  g_assert_cmpstr (sg_store_get_path (sg_window_get_store (window)), ==, path);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before anything asks GLib where home is: a fresh account, the XDG
   * folders derived from the empty home as on a new machine. */
  home = sg_test_mkdtemp ();
  g_setenv ("HOME", home, TRUE);
  g_unsetenv ("XDG_DATA_HOME");
  g_unsetenv ("XDG_CONFIG_HOME");
  g_unsetenv ("XDG_CACHE_HOME");
  g_unsetenv ("XDG_STATE_HOME");
  if (!sg_test_gui_init (&argc, &argv))
    {
      sg_test_rmdir (home);
      return 0;
    }
  g_assert_cmpstr (g_get_home_dir (), ==, home);
  g_assert_true (g_str_has_prefix (g_get_user_data_dir (), home));

  g_test_add_func ("/first-start/welcome", test_welcome);
  g_test_add_func ("/first-start/ways-in", test_ways_in);
  status = g_test_run ();
  sg_test_rmdir (home);
  return status;
}
