/* test-export-dialog.c: the workbook export of the window — action, thread, progress, Cancel
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "sg-export-dialog.h"
#include "sg-sample.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-window.h"

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Result;

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  Result *r = data;

  g_assert_true (SG_IS_WINDOW (source));
  r->ok = sg_export_dialog_export_finish (result, &r->error);
  r->done = TRUE;
}

/* Runs the main loop until the export ends, or fails after sixty seconds. */
static void
wait_for_result (Result *r)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!r->done)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
test_export (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "example.isms", NULL);
  g_autofree char *out = g_build_filename (dir, "example.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autofree char *contents = NULL;
  Result r = { 0 };
  SgWindow *window;
  guint n_files;

  g_assert_true (sg_sample_create (path, &error));
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);

  window = g_object_ref (sg_window_new (NULL, NULL));
  sg_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  n_files = sg_test_count_files (dir);

  /* Cancelled at once: no workbook, no temporary file. */
  sg_export_dialog_export_async (GTK_WINDOW (window), store, file, exported_cb, &r);
  g_assert_nonnull (sg_test_find_toplevel (SG_TYPE_EXPORT_DIALOG));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (sg_test_find_toplevel (SG_TYPE_EXPORT_DIALOG)), "cancel");
  wait_for_result (&r);
  g_assert_false (r.ok);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&r.error);
  g_assert_cmpuint (sg_test_count_files (dir), ==, n_files);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* Run to the end: the dialog goes away and the workbook is there. */
  r.done = FALSE;
  sg_export_dialog_export_async (GTK_WINDOW (window), store, file, exported_cb, &r);
  wait_for_result (&r);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_null (sg_test_find_toplevel (SG_TYPE_EXPORT_DIALOG));
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "PK"));
  g_assert_cmpuint (sg_test_count_files (dir), ==, n_files + 1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_clear_object (&store);
  sg_test_rmdir (dir);
}

/* More rows than the window copies in one turn of its main loop, and
 * than it may copy ahead of the writing thread: all of them arrive, in
 * order, with their heights. */
static void
test_large (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "large.isms", NULL);
  g_autofree char *out = g_build_filename (dir, "large.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  Result r = { 0 };
  SgWindow *window;

  g_assert_no_error (error);
  sg_test_add_numbered_risks (store, 6000);
  window = g_object_ref (sg_window_new (NULL, NULL));
  sg_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));

  sg_export_dialog_export_async (GTK_WINDOW (window), store, file, exported_cb, &r);
  wait_for_result (&r);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  g_ptr_array_add (args, g_strdup ("large"));
  g_ptr_array_add (args, g_strdup (out));
  g_ptr_array_add (args, g_strdup ("6000"));
  sg_test_check_workbook (args);

  /* The copying let go of the store: closing leaves nothing behind. */
  while (g_main_context_iteration (NULL, FALSE));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_assert_finalize_object (g_steal_pointer (&store));
  sg_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (!sg_test_gui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/export-dialog/export", test_export);
  g_test_add_func ("/export-dialog/large", test_large);

  return g_test_run ();
}
