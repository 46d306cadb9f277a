/* test-heatmap.c: the heat map's counts, colours and files, and `safeguard --heatmap`
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "sg-heatmap-export.h"
#include "sg-png.h"
#include "sg-risk.h"
#include "sg-store.h"
#include "sg-test-util.h"

typedef struct
{
  int il, ii, rl, ri;
  guint n;
} Placement;

/* Inherent and residual ratings with counts that are easy to tell apart. */
static const Placement placements[] = {
  { 5, 5, 2, 5, 7 },
  { 1, 1, 1, 1, 4 },
  { 3, 4, 1, 2, 2 },
  { 4, 2, 4, 2, 1 },
  { 0, 0, 0, 0, 3 },   /* not yet rated: counted nowhere */
};

typedef struct
{
  char    *dir;
  char    *path;
  SgStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sg_test_mkdtemp ();
  f->path = g_build_filename (f->dir, "register.isms", NULL);
  f->store = sg_store_open (f->path, SG_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  for (guint p = 0; p < G_N_ELEMENTS (placements); p++)
    for (guint k = 0; k < placements[p].n; k++)
      {
        g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK,
                                                 "title", "Laptop stolen from a car",
                                                 "inherent-likelihood", placements[p].il,
                                                 "inherent-impact", placements[p].ii,
                                                 "residual-likelihood", placements[p].rl,
                                                 "residual-impact", placements[p].ri,
                                                 NULL);
        sg_store_add (f->store, risk, &error);
        g_assert_no_error (error);
      }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  g_clear_object (&f->store);
  sg_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static guint
expected_count (gboolean residual,
                int      l,
                int      i)
{
  guint n = 0;

  for (guint p = 0; p < G_N_ELEMENTS (placements); p++)
    if ((residual ? placements[p].rl : placements[p].il) == l &&
        (residual ? placements[p].ri : placements[p].ii) == i)
      n += placements[p].n;
  return n;
}

static void
test_counts (Fixture       *f,
             gconstpointer  user_data)
{
  g_autoptr(SgHeatmapData) inherent = sg_heatmap_data_new_from_store (f->store, SG_HEATMAP_MODE_INHERENT, NULL);
  g_autoptr(SgHeatmapData) residual = sg_heatmap_data_new_from_store (f->store, SG_HEATMAP_MODE_RESIDUAL, NULL);
  g_autoptr(SgHeatmapData) movement = sg_heatmap_data_new_from_store (f->store, SG_HEATMAP_MODE_MOVEMENT, "Board");
  guint n_cells;

  g_assert_cmpuint (inherent->n_likelihood, ==, 5);
  g_assert_cmpuint (inherent->n_impact, ==, 5);
  g_assert_cmpuint (inherent->n_rated, ==, 14);
  g_assert_cmpuint (residual->n_rated, ==, 14);
  g_assert_cmpstr (movement->title, ==, "Board");
  g_assert_nonnull (inherent->date);

  for (int l = 1; l <= 5; l++)
    for (int i = 1; i <= 5; i++)
      {
        g_assert_cmpuint (sg_heatmap_data_get_count (inherent, l, i), ==, expected_count (FALSE, l, i));
        g_assert_cmpuint (sg_heatmap_data_get_count (residual, l, i), ==, expected_count (TRUE, l, i));
        g_assert_cmpuint (sg_heatmap_data_get_count (movement, l, i), ==, expected_count (TRUE, l, i));
      }

  n_cells = 25;
  g_assert_cmpuint (movement->moves[sg_heatmap_data_cell_index (movement, 5, 5) * n_cells +
                                    sg_heatmap_data_cell_index (movement, 2, 5)], ==, 7);
  g_assert_cmpuint (movement->moves[sg_heatmap_data_cell_index (movement, 3, 4) * n_cells +
                                    sg_heatmap_data_cell_index (movement, 1, 2)], ==, 2);

  /* Scale labels and the legend come from the register's risk method. */
  for (guint k = 0; k < 5; k++)
    {
      g_assert_nonnull (inherent->likelihood_labels[k]);
      g_assert_nonnull (inherent->impact_labels[k]);
    }
  g_assert_cmpuint (inherent->n_levels, ==, 4);
  g_assert_true (inherent->levels[0].within_appetite);
  g_assert_false (inherent->levels[3].within_appetite);
}

static void
assert_pixel_is (cairo_surface_t *surface,
                 double           x,
                 double           y,
                 const char      *colour)
{
  unsigned char *pixels = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel = *(guint32 *) (pixels + (int) y * stride + (int) x * 4);
  unsigned int r, g, b;

  g_assert_cmpint (sscanf (colour, "#%02x%02x%02x", &r, &g, &b), ==, 3);
  g_assert_cmpuint ((pixel >> 16) & 0xff, ==, r);
  g_assert_cmpuint ((pixel >> 8) & 0xff, ==, g);
  g_assert_cmpuint (pixel & 0xff, ==, b);
}

static void
test_cell_colours (Fixture       *f,
                   gconstpointer  user_data)
{
  SgRiskMethod *method = sg_store_get_risk_method (f->store);
  static const int sizes[][2] = { { 1600, 1200 }, { 320, 240 }, { 1024, 1024 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (SgHeatmapMode mode = SG_HEATMAP_MODE_INHERENT; mode <= SG_HEATMAP_MODE_RESIDUAL; mode++)
      {
        g_autoptr(SgHeatmapData) data = sg_heatmap_data_new_from_store (f->store, mode, NULL);
        int w = sizes[s][0], h = sizes[s][1];
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
        cairo_t *cr = cairo_create (surface);

        sg_heatmap_draw (cr, w, h, data);
        g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
        cairo_destroy (cr);
        cairo_surface_flush (surface);

        for (int l = 1; l <= 5; l++)
          for (int i = 1; i <= 5; i++)
            {
              SgRiskLevel *level = sg_risk_method_get_level (method, l, i);
              cairo_rectangle_t r;

              sg_heatmap_get_cell_rect (w, h, data, l, i, &r);
              g_assert_cmpfloat (r.width, >, 8);
              g_assert_cmpfloat (r.height, >, 8);
              /* Likelihood grows upwards, impact to the right. */
              if (l > 1)
                {
                  cairo_rectangle_t below;
                  sg_heatmap_get_cell_rect (w, h, data, l - 1, i, &below);
                  g_assert_cmpfloat (r.y, <, below.y);
                }
              if (i > 1)
                {
                  cairo_rectangle_t left;
                  sg_heatmap_get_cell_rect (w, h, data, l, i - 1, &left);
                  g_assert_cmpfloat (r.x, >, left.x);
                }
              /* Inside the corner, clear of the rounding, the count and the appetite line. */
              assert_pixel_is (surface, r.x + r.width * 0.15, r.y + r.height * 0.15,
                               sg_record_peek_string (SG_RECORD (level), "colour"));
              assert_pixel_is (surface, r.x + r.width * 0.85, r.y + r.height * 0.85,
                               sg_record_peek_string (SG_RECORD (level), "colour"));
            }
        cairo_surface_destroy (surface);
      }
}

static void
test_draw_sizes (Fixture       *f,
                 gconstpointer  user_data)
{
  static const int sizes[][2] = { { 320, 240 }, { 3840, 2160 }, { 240, 600 }, { 2000, 300 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (SgHeatmapMode mode = SG_HEATMAP_MODE_INHERENT; mode <= SG_HEATMAP_MODE_MOVEMENT; mode++)
      {
        g_autoptr(SgHeatmapData) data = sg_heatmap_data_new_from_store (f->store, mode, NULL);
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, sizes[s][0], sizes[s][1]);
        cairo_t *cr = cairo_create (surface);

        sg_heatmap_draw (cr, sizes[s][0], sizes[s][1], data);
        g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
        cairo_destroy (cr);
        cairo_surface_destroy (surface);
      }
}

/* The folder holds exactly @expected (NULL: nothing but the register). */
static void
assert_folder_holds (Fixture    *f,
                     const char *expected)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_has_prefix (name, "register.isms"))
      g_assert_cmpstr (name, ==, expected);
}

/* The share of @image's pixels that differ clearly from the drawing of
 * @data at the same size: any channel off by more than a quarter. */
static double
share_unlike_drawing (cairo_surface_t     *image,
                      const SgHeatmapData *data)
{
  int width = cairo_image_surface_get_width (image);
  int height = cairo_image_surface_get_height (image);
  cairo_surface_t *flat = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_surface_t *drawn = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr;
  guint n_different = 0;

  /* The SVG may leave its background transparent: put it on white. */
  cr = cairo_create (flat);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_surface (cr, image, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cr = cairo_create (drawn);
  sg_heatmap_draw (cr, width, height, data);
  cairo_destroy (cr);
  cairo_surface_flush (flat);
  cairo_surface_flush (drawn);

  for (int y = 0; y < height; y++)
    {
      const guint8 *a = cairo_image_surface_get_data (flat) + y * cairo_image_surface_get_stride (flat);
      const guint8 *b = cairo_image_surface_get_data (drawn) + y * cairo_image_surface_get_stride (drawn);

      for (int x = 0; x < width * 4; x += 4)
        for (int c = 0; c < 3; c++)
          if (ABS (a[x + c] - b[x + c]) > 64)
            {
              n_different++;
              break;
            }
    }
  cairo_surface_destroy (flat);
  cairo_surface_destroy (drawn);
  return (double) n_different / ((double) width * height);
}

static void
test_export_svg (Fixture       *f,
                 gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *svg = g_build_filename (f->dir, "map.svg", NULL);
  g_autofree char *png = g_build_filename (f->dir, "map-from-svg.png", NULL);
  g_autofree char *out = NULL;
  cairo_surface_t *surface;

  g_assert_true (sg_heatmap_export (f->store, svg, SG_HEATMAP_MODE_MOVEMENT, &error));
  g_assert_no_error (error);
  assert_folder_holds (f, "map.svg");

  /* Read by a renderer nobody here wrote. */
  if (!sg_test_have_program ("rsvg-convert", "librsvg2-bin"))
    return;
  out = sg_test_run_tool ("rsvg-convert", "-o", png, svg, NULL);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, SG_HEATMAP_PNG_WIDTH);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, SG_HEATMAP_PNG_HEIGHT);

  /* It shows what the window and the PNG show: the same drawing, give or
   * take the edges of glyphs that two rasterisers smooth differently —
   * and not the drawing of another mode. */
  {
    g_autoptr(SgHeatmapData) movement = sg_heatmap_data_new_from_store (f->store, SG_HEATMAP_MODE_MOVEMENT, NULL);
    g_autoptr(SgHeatmapData) inherent = sg_heatmap_data_new_from_store (f->store, SG_HEATMAP_MODE_INHERENT, NULL);
    double same = share_unlike_drawing (surface, movement);
    double other = share_unlike_drawing (surface, inherent);

    g_test_message ("pixels unlike the drawing: %.4f; unlike another mode's: %.4f", same, other);
    g_assert_cmpfloat (same, <, 0.005);
    g_assert_cmpfloat (other, >, 0.01);
  }
  cairo_surface_destroy (surface);
}

static void
test_export_pdf (Fixture       *f,
                 gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "map.PDF", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) words = NULL;

  g_assert_true (sg_heatmap_export (f->store, pdf, SG_HEATMAP_MODE_INHERENT, &error));
  g_assert_no_error (error);
  assert_folder_holds (f, "map.PDF");

  if (!sg_test_have_program ("pdftotext", "poppler-utils"))
    return;
  text = sg_test_run_tool ("pdftotext", pdf, "-", NULL);
  g_assert_nonnull (strstr (text, "Likelihood"));
  g_assert_nonnull (strstr (text, "Impact"));
  g_assert_nonnull (strstr (text, "Within appetite"));
  g_strdelimit (text, "\n\f\t", ' ');
  words = g_strsplit (text, " ", -1);
  for (const char *const *count = (const char *[]) { "7", "4", "2", "1", "14", NULL }; *count; count++)
    g_assert_true (g_strv_contains ((const char *const *) words, *count));
}

/* The PNG, read back by libpng (through cairo), holds exactly the drawing. */
static void
assert_png_is_drawing (const char          *png,
                       const SgHeatmapData *data,
                       int                  width,
                       int                  height)
{
  cairo_surface_t *read = cairo_image_surface_create_from_png (png);
  cairo_surface_t *drawn = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (drawn);
  guint n_different = 0;

  g_assert_cmpint (cairo_surface_status (read), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (read), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (read), ==, height);
  sg_heatmap_draw (cr, width, height, data);
  cairo_destroy (cr);
  cairo_surface_flush (drawn);
  for (int y = 0; y < height; y++)
    {
      const guint32 *a = (const guint32 *) (cairo_image_surface_get_data (read) + y * cairo_image_surface_get_stride (read));
      const guint32 *b = (const guint32 *) (cairo_image_surface_get_data (drawn) + y * cairo_image_surface_get_stride (drawn));

      for (int x = 0; x < width; x++)
        n_different += (a[x] & 0xffffff) != (b[x] & 0xffffff);
    }
  g_assert_cmpuint (n_different, ==, 0);
  cairo_surface_destroy (read);
  cairo_surface_destroy (drawn);
}

static void
test_export_png (Fixture       *f,
                 gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *png = g_build_filename (f->dir, "map.png", NULL);
  g_autofree char *small = g_build_filename (f->dir, "small.png", NULL);
  g_autoptr(SgHeatmapData) data = sg_heatmap_data_new_from_store (f->store, SG_HEATMAP_MODE_RESIDUAL, NULL);

  g_assert_true (sg_heatmap_export (f->store, png, SG_HEATMAP_MODE_RESIDUAL, &error));
  g_assert_no_error (error);
  assert_folder_holds (f, "map.png");
  /* 1200 rows: compressed in five bands, the last one short. */
  assert_png_is_drawing (png, data, 1600, 1200);

  /* One band, narrower than any row buffer rounding. */
  g_assert_true (sg_heatmap_export_data_sized (data, small, 321, 241, &error));
  g_assert_no_error (error);
  assert_png_is_drawing (small, data, 321, 241);
}

static void
test_export_errors (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autofree char *bmp = g_build_filename (f->dir, "map.bmp", NULL);
  g_autofree char *none = g_build_filename (f->dir, "map", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "map.png", NULL);
  g_autofree char *under_file = g_build_filename (f->path, "map.svg", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (sg_heatmap_export (f->store, bmp, SG_HEATMAP_MODE_INHERENT, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_cmpstr (error->message, ==, "Unknown image format “.bmp”: use .png, .svg or .pdf.");
  g_clear_error (&error);

  g_assert_false (sg_heatmap_export (f->store, none, SG_HEATMAP_MODE_INHERENT, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_clear_error (&error);

  g_assert_false (sg_heatmap_export (f->store, missing, SG_HEATMAP_MODE_INHERENT, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, "map.png"));
  g_clear_error (&error);

  /* A folder that cannot hold files (tests run as root, so not chmod). */
  g_assert_false (sg_heatmap_export (f->store, under_file, SG_HEATMAP_MODE_INHERENT, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);
  g_clear_error (&error);

  /* A full disk shows when the last buffer is written, and is reported. */
  if (g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 64, 48);

      g_assert_false (sg_png_write_file (surface, "/dev/full", &error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
      g_clear_error (&error);
      cairo_surface_destroy (surface);
    }

  assert_folder_holds (f, NULL);
}

static void
assert_one_error_line (SgTestRun *run)
{
  g_assert_cmpint (run->status, ==, 1);
  g_assert_true (g_str_has_prefix (run->err, "safeguard: "));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  sg_test_run_clear (run);
}

static void
test_cli (Fixture       *f,
          gconstpointer  user_data)
{
  g_autofree char *png = g_build_filename (f->dir, "board.png", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "board.pdf", NULL);
  g_autofree char *bmp = g_build_filename (f->dir, "board.bmp", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.isms", NULL);
  g_autofree char *opt_png = g_strconcat ("--heatmap=", png, NULL);
  g_autofree char *opt_pdf = g_strconcat ("--heatmap=", pdf, NULL);
  g_autofree char *opt_bmp = g_strconcat ("--heatmap=", bmp, NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SgTestRun run = { 0 };

  g_clear_object (&f->store);
  before = sg_test_checksum (f->path);

  sg_test_run_safeguard (&run, opt_png, f->path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strstr (run.err, "safeguard:"));
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, opt_pdf, "--movement", f->path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, opt_bmp, "--residual", f->path, NULL);
  g_assert_nonnull (strstr (run.err, ".bmp"));
  assert_one_error_line (&run);
  g_assert_false (g_file_test (bmp, G_FILE_TEST_EXISTS));

  sg_test_run_safeguard (&run, opt_png, missing, NULL);
  assert_one_error_line (&run);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  sg_test_run_safeguard (&run, opt_png, NULL);
  assert_one_error_line (&run);

  /* The register is only read. */
  after = sg_test_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_assert_nonnull (g_getenv ("SAFEGUARD_BIN"));

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/heatmap/data/counts", test_counts);
  ADD ("/heatmap/draw/cell-colours", test_cell_colours);
  ADD ("/heatmap/draw/sizes", test_draw_sizes);
  ADD ("/heatmap/export/png", test_export_png);
  ADD ("/heatmap/export/svg", test_export_svg);
  ADD ("/heatmap/export/pdf", test_export_pdf);
  ADD ("/heatmap/export/errors", test_export_errors);
  ADD ("/heatmap/cli", test_cli);
#undef ADD

  return g_test_run ();
}
