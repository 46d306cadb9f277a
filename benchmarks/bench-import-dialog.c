/* bench-import-dialog.c: importing a large CSV from the window — how long, and how long the window stalls
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-import-dialog [N_ROWS]   (default: 100000; needs a display)
 * Writes a CSV of N risks, shows an empty register's risks page, then does
 * what a person does: opens the file in the import dialog, waits until it
 * shows how the rows will be read, and imports them. Times both steps and
 * the longest turn of the main loop in each: what a person would feel as
 * the window freezing. Not a test: nothing here fails on a slow machine. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "bench-gui.h"
#include "sg-csv-import-dialog.h"
#include "sg-window.h"
#include "sg-risk.h"
#include "sg-memory.h"

static void
write_csv (const char *path,
           guint       n)
{
  g_autoptr(GString) out = g_string_new ("Risk ID,Risk Title,Description,Owner,Probability,Severity,"
                                         "Action Plan,Due Date,Next Review\r\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "R-%03u,Risk %u: loss of customer data through a compromised supplier account,"
                            "\"A supplier's remote access account is taken over, and shipment data read.\","
                            "Jana Petersen,%u,%u,Enforce MFA for every supplier account,31.03.2027,2027-06-30\r\n",
                            i + 1, i, i % 5 + 1, (i / 5) % 5 + 1);
  if (!g_file_set_contents (path, out->str, out->len, NULL))
    g_error ("could not write %s", path);
}

static void
ready_cb (GObject    *dialog,
          GParamSpec *pspec,
          gboolean   *ready)
{
  *ready = sg_csv_import_dialog_get_n_ready (SG_CSV_IMPORT_DIALOG (dialog)) > 0;
}

static void
imported_cb (SgCsvImportDialog *dialog,
             guint              n_created,
             guint              n_updated,
             gboolean          *done)
{
  *done = TRUE;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  g_autofree char *dir = g_dir_make_tmp ("sg-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "risks.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  gboolean ready = FALSE, done = FALSE;
  gint64 start, opened, open_longest, import_longest, waited;
  SgCsvImportDialog *dialog;
  SgWindow *window;

  sg_memory_init ();

  if (!bench_gui_init ())
    return 0;

  write_csv (csv, n);
  store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  window = bench_gui_show (store);

  start = g_get_monotonic_time ();
  dialog = sg_csv_import_dialog_new (GTK_WINDOW (window), store, SG_TYPE_RISK, file, &error);
  if (dialog == NULL)
    g_error ("%s", error->message);
  g_signal_connect (dialog, "notify::n-ready", G_CALLBACK (ready_cb), &ready);
  g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), &done);
  gtk_window_present (GTK_WINDOW (dialog));
  open_longest = g_get_monotonic_time () - start;
  waited = bench_gui_run_until (&ready);
  open_longest = MAX (open_longest, waited);
  opened = g_get_monotonic_time ();

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.run", NULL);
  import_longest = g_get_monotonic_time () - opened;
  waited = bench_gui_run_until (&done);
  import_longest = MAX (import_longest, waited);
  printf ("%7u rows  open and check %.3f s (longest turn %.0f ms), import %.3f s (longest turn %.0f ms)\n",
          n, (opened - start) / 1e6, open_longest / 1e3,
          (g_get_monotonic_time () - opened) / 1e6, import_longest / 1e3);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  sg_store_delete_files (path);
  g_unlink (csv);
  g_rmdir (dir);
  return 0;
}
