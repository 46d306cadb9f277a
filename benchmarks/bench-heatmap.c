/* bench-heatmap.c: the heat map of a large register, against bare libcairo writing the PNG
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-heatmap [N_RISKS]   (default: 100000)
 * Prints seconds for loading the register, then what the target
 * (under 50 ms) measures: the map of the loaded register to a 1600 × 1200
 * PNG, that is counting the cells, drawing and writing the file. Beside it
 * the floor from the same run: the same surface written by cairo with
 * nothing drawn. Medians of five rounds. Not a test. */
#include "config.h"

#include <glib/gstdio.h>

#include "sg-heatmap-export.h"
#include "sg-risk.h"
#include "sg-store.h"
#include "sg-memory.h"

#define ROUNDS 5

static double
median (double *v,
        guint   n)
{
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && v[j - 1] > v[j]; j--)
      {
        double t = v[j];
        v[j] = v[j - 1];
        v[j - 1] = t;
      }
  return v[n / 2];
}

static void
fill_register (const char *path,
               guint       n)
{
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_CREATE, NULL);

  g_assert (store != NULL);
  sg_store_begin_batch (store, NULL);
  for (guint i = 0; i < n; i++)
    {
      int il = (int) (i % 5) + 1, ii = (int) ((i / 5) % 5) + 1;
      g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK,
                                               "title", "Loss of customer data through a compromised supplier account",
                                               "inherent-likelihood", il,
                                               "inherent-impact", ii,
                                               "residual-likelihood", MAX (1, il - (int) (i % 3)),
                                               "residual-impact", MAX (1, ii - (int) (i % 2)),
                                               NULL);
      if (!sg_store_add (store, risk, NULL))
        g_error ("could not add risk %u", i);
    }
  sg_store_commit_batch (store, NULL);
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  g_autofree char *dir = g_dir_make_tmp ("safeguard-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.isms", NULL);
  g_autofree char *png = g_build_filename (dir, "map.png", NULL);
  g_autofree char *floor_png = g_build_filename (dir, "floor.png", NULL);
  g_autoptr(SgStore) store = NULL;
  SgHeatmapData *data = NULL;
  double count_ms[ROUNDS], draw_ms[ROUNDS], total_ms[ROUNDS], floor_ms[ROUNDS], load_s;
  gint64 start;

  sg_memory_init ();

  fill_register (path, n);

  start = g_get_monotonic_time ();
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, NULL);
  load_s = (g_get_monotonic_time () - start) / 1e6;
  g_assert (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_RISK)) == n);

  for (guint r = 0; r < ROUNDS; r++)
    {
      cairo_surface_t *surface;
      gint64 counted;

      start = g_get_monotonic_time ();
      data = sg_heatmap_data_new_from_store (store, SG_HEATMAP_MODE_MOVEMENT, NULL);
      counted = g_get_monotonic_time ();
      if (!sg_heatmap_export_data (data, png, NULL))
        g_error ("could not write %s", png);
      count_ms[r] = (counted - start) / 1e3;
      draw_ms[r] = (g_get_monotonic_time () - counted) / 1e3;
      total_ms[r] = (g_get_monotonic_time () - start) / 1e3;
      g_assert (data->n_rated == n);
      g_clear_pointer (&data, sg_heatmap_data_free);

      start = g_get_monotonic_time ();
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, SG_HEATMAP_PNG_WIDTH, SG_HEATMAP_PNG_HEIGHT);
      cairo_surface_write_to_png (surface, floor_png);
      cairo_surface_destroy (surface);
      floor_ms[r] = (g_get_monotonic_time () - start) / 1e3;
    }

  g_print ("%7u risks  open register         %8.3f s\n", n, load_s);
  g_print ("%7u risks  map to PNG            %8.1f ms  (count %.1f + draw and write %.1f; target under 50)\n",
           n, median (total_ms, ROUNDS), median (count_ms, ROUNDS), median (draw_ms, ROUNDS));
  g_print ("%7u risks  floor: blank PNG      %8.1f ms  (cairo, %dx%d, median of %d)\n",
           n, median (floor_ms, ROUNDS), SG_HEATMAP_PNG_WIDTH, SG_HEATMAP_PNG_HEIGHT, ROUNDS);

  g_clear_object (&store);
  sg_store_delete_files (path);
  g_unlink (png);
  g_unlink (floor_png);
  g_rmdir (dir);
  return 0;
}
