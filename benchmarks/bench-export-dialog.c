/* bench-export-dialog.c: exporting the workbook from the window — how long, and how long the window stalls
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-export-dialog [N_RISKS]   (default: 100000; needs a display)
 * Adds N risks to a new register, shows it in a window, then exports the
 * workbook as Export Workbook… does and times it, with the longest turn of
 * the main loop in between: what a person would feel as the window
 * freezing. Not a test: nothing here fails on a slow machine. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "bench-gui.h"
#include "sg-export-dialog.h"
#include "sg-risk.h"
#include "sg-window.h"
#include "sg-memory.h"

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  if (!sg_export_dialog_export_finish (result, &error))
    g_error ("export failed: %s", error->message);
  *done = TRUE;
}

static void
add_risks (SgStore *store,
           guint    n)
{
  g_autoptr(GError) error = NULL;
  gint64 owner = sg_store_ensure_person (store, "Jana Petersen", NULL);

  if (!sg_store_begin_batch (store, &error))
    g_error ("%s", error->message);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Risk %u: loss of customer data through a compromised supplier account", i);
      g_autoptr(SgRecord) risk =
        g_object_new (SG_TYPE_RISK,
                      "title", title,
                      "description", "A supplier's remote access account is taken over and used to read shipment data.",
                      "owner", owner,
                      "inherent-likelihood", (int) (i % 5) + 1,
                      "inherent-impact", (int) ((i / 5) % 5) + 1,
                      "treatment-plan", "Enforce MFA for every supplier account; review access quarterly.",
                      "treatment-due", "2027-03-31",
                      NULL);

      if (!sg_store_add (store, risk, &error))
        g_error ("%s", error->message);
    }
  if (!sg_store_commit_batch (store, &error))
    g_error ("%s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  g_autofree char *dir = g_dir_make_tmp ("sg-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.isms", NULL);
  g_autofree char *out = g_build_filename (dir, "big.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  gint64 start, longest;
  gboolean done = FALSE;
  SgWindow *window;

  sg_memory_init ();

  if (!bench_gui_init ())
    return 0;

  store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  add_risks (store, n);
  window = bench_gui_show (store);

  start = g_get_monotonic_time ();
  sg_export_dialog_export_async (GTK_WINDOW (window), store, file, exported_cb, &done);
  longest = bench_gui_run_until (&done);
  printf ("%7u risks  export from the window %.3f s, longest turn of the main loop %.0f ms\n",
          n, (g_get_monotonic_time () - start) / 1e6, longest / 1e3);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  sg_store_delete_files (path);
  g_unlink (out);
  g_rmdir (dir);
  return 0;
}
