/* bench-dashboard.c: the dashboard of a large register — how soon it is painted after the register is loaded
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-dashboard [N_RISKS]   (default: 100000; needs a display)
 * Writes a register of N risks, then times loading it, painting the
 * dashboard's first frame after the load (the goal: within 200 ms), and
 * readiness and the Due list arriving from their thread, with the longest
 * turn of the main loop meanwhile. Not a test: nothing here fails on a
 * slow machine. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "sg-dashboard-page.h"
#include "sg-dashboard.h"
#include "sg-risk.h"
#include "sg-memory.h"

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static void
write_register (const char *path,
                guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  gint64 owner;

  g_assert_no_error (error);
  owner = sg_store_ensure_person (store, "Jana Petersen", NULL);
  g_assert_true (sg_store_begin_batch (store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Risk %u: loss of customer data through a supplier account", i);
      g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK,
                                               "title", title,
                                               "owner", owner,
                                               "inherent-likelihood", (int) (i % 5) + 1,
                                               "inherent-impact", (int) ((i / 5) % 5) + 1,
                                               "residual-likelihood", (int) ((i / 25) % 3) + 1,
                                               "residual-impact", (int) ((i / 7) % 5) + 1,
                                               "next-review", i % 3 ? "2027-06-30" : "2025-01-31",
                                               NULL);
      g_assert_true (sg_store_add (store, risk, &error));
    }
  g_assert_true (sg_store_commit_batch (store, &error));
}

static void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
is_idle (GtkWidget *page)
{
  return !sg_dashboard_page_is_busy (SG_DASHBOARD_PAGE (page));
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  g_autofree char *dir = g_dir_make_tmp ("sg-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.isms", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autoptr(SgDashboard) figures = NULL;
  g_autofree char *today = NULL;
  GtkWidget *window, *page;
  gboolean painted = FALSE;
  double start, load, paint, later, counts;
  gint64 longest = 0;

  sg_memory_init ();

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      printf ("no display: skipped\n");
      return 0;
    }
  gtk_disable_setlocale ();
  adw_init ();

  start = now ();
  write_register (path, n);
  printf ("%u risks written in %.2f s\n", n, now () - start);

  start = now ();
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  load = now () - start;
  printf ("%-52s %8.3f s\n", "load the register", load);

  today = sg_date_today ();
  start = now ();
  figures = sg_dashboard_new (store, today);
  counts = now () - start;
  printf ("%-52s %8.3f s\n", "count the figures (sg_dashboard_new)", counts);

  /* GTK's own first window (theme, fonts) is paid once per process, and
   * before the register is loaded in the application: not counted. */
  start = now ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("warming up"));
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  printf ("%-52s %8.3f s\n", "a first window with one label (not counted)", now () - start);
  gtk_window_destroy (GTK_WINDOW (window));

  /* From the loaded register to the dashboard's first frame on screen. */
  start = now ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  page = sg_dashboard_page_new (store);
  printf ("%-52s %8.3f s\n", "build the page (its figures counted)", now () - start);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (painted_cb), &painted);
  gtk_widget_queue_draw (window);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  paint = now () - start;
  printf ("%-52s %8.3f s  (%.0f %% of the load)\n", "dashboard painted after the load", paint, 100 * paint / load);

  /* Readiness and the Due list come from a thread; the window answers meanwhile. */
  while (!is_idle (page))
    {
      gint64 turn = g_get_monotonic_time ();

      /* Only the turns that dispatched something: waiting is not a freeze. */
      if (g_main_context_iteration (NULL, FALSE))
        longest = MAX (longest, g_get_monotonic_time () - turn);
      else
        g_usleep (500);
    }
  later = now () - start;
  printf ("%-52s %8.3f s  (longest main loop turn %.3f s)\n", "readiness and Due list shown", later,
          longest / 1e6);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&store);
  sg_store_delete_files (path);
  g_rmdir (dir);
  return 0;
}
