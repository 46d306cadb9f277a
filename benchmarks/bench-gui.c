/* bench-gui.c: what the window benchmarks share — start-up, a shown register, the main loop's longest turn
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>

#include "bench-gui.h"

gboolean
bench_gui_init (void)
{
  gtk_disable_setlocale ();
  if (!gtk_init_check ())
    {
      printf ("no display: skipped\n");
      return FALSE;
    }
  adw_init ();
  return TRUE;
}

SgWindow *
bench_gui_show (SgStore *store)
{
  SgWindow *window = sg_window_new (NULL, NULL);

  sg_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return window;
}

gint64
bench_gui_run_until (gboolean *done)
{
  gint64 longest = 0;

  while (!*done)
    {
      gint64 before = g_get_monotonic_time ();
      gint64 took;

      /* Without blocking: only the time spent dispatching counts. */
      g_main_context_iteration (NULL, FALSE);
      took = g_get_monotonic_time () - before;
      longest = MAX (longest, took);
      g_usleep (500);
    }
  return longest;
}
