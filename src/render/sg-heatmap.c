/* sg-heatmap.c: the risk heat map drawn with Cairo and Pango, for every surface
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-heatmap"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>

#include "sg-colour.h"
#include "sg-heatmap.h"
#include "sg-risk.h"

#define FONT_FAMILY "Sans"

typedef struct
{
  double r, g, b;
} Rgb;

static const Rgb paper = { 1.0, 1.0, 1.0 };
static const Rgb ink = { 0.141, 0.122, 0.192 };        /* #241f31 */
static const Rgb ink_dim = { 0.369, 0.361, 0.392 };    /* #5e5c64: 6.6:1 on white */
#define UNRATED 0xdeddda

/* Where everything goes at one size; the drawing and hit testing share it. */
typedef struct
{
  double unit;
  double margin;
  double title_size, date_size, axis_size, label_size, legend_size, count_size;
  double header_h;
  double grid_x, grid_y, cell_w, cell_h, gap;
  double ylabel_w, xlabel_h;
  double legend_x, legend_w;
} Layout;

SgHeatmapData *
sg_heatmap_data_new (SgHeatmapMode mode,
                     guint         n_likelihood,
                     guint         n_impact,
                     guint         n_levels)
{
  SgHeatmapData *data;
  guint n_cells = n_likelihood * n_impact;

  g_return_val_if_fail (n_likelihood > 0 && n_likelihood <= 10, NULL);
  g_return_val_if_fail (n_impact > 0 && n_impact <= 10, NULL);

  data = g_new0 (SgHeatmapData, 1);
  data->mode = mode;
  data->n_likelihood = n_likelihood;
  data->n_impact = n_impact;
  data->cell_colour = g_new0 (char *, n_cells + 1);
  data->cell_level = g_new0 (char *, n_cells + 1);
  data->inherent_counts = g_new0 (guint, n_cells);
  data->residual_counts = g_new0 (guint, n_cells);
  data->moves = g_new0 (guint, n_cells * n_cells);
  data->likelihood_labels = g_new0 (char *, n_likelihood + 1);
  data->impact_labels = g_new0 (char *, n_impact + 1);
  data->n_levels = n_levels;
  data->levels = g_new0 (SgHeatmapLevel, n_levels);
  return data;
}

void
sg_heatmap_data_free (SgHeatmapData *data)
{
  guint n_cells;

  if (data == NULL)
    return;

  n_cells = data->n_likelihood * data->n_impact;
  for (guint i = 0; i < n_cells; i++)
    {
      g_free (data->cell_colour[i]);
      g_free (data->cell_level[i]);
    }
  g_free (data->cell_colour);
  g_free (data->cell_level);
  g_free (data->inherent_counts);
  g_free (data->residual_counts);
  g_free (data->moves);
  g_strfreev (data->likelihood_labels);
  g_strfreev (data->impact_labels);
  for (guint i = 0; i < data->n_levels; i++)
    {
      g_free (data->levels[i].name);
      g_free (data->levels[i].colour);
    }
  g_free (data->levels);
  g_free (data->title);
  g_free (data->date);
  g_free (data);
}

guint
sg_heatmap_data_cell_index (const SgHeatmapData *data,
                            int                  likelihood,
                            int                  impact)
{
  g_assert (likelihood >= 1 && (guint) likelihood <= data->n_likelihood);
  g_assert (impact >= 1 && (guint) impact <= data->n_impact);

  return (guint) (likelihood - 1) * data->n_impact + (guint) (impact - 1);
}

guint
sg_heatmap_data_get_count (const SgHeatmapData *data,
                           int                  likelihood,
                           int                  impact)
{
  guint index;

  g_return_val_if_fail (data != NULL, 0);

  index = sg_heatmap_data_cell_index (data, likelihood, impact);
  if (data->mode == SG_HEATMAP_MODE_INHERENT)
    return data->inherent_counts[index];
  return data->residual_counts[index];
}

static const char *
default_title (SgHeatmapMode mode)
{
  switch (mode)
    {
    case SG_HEATMAP_MODE_INHERENT:
      return _("Risk heat map: inherent risk");
    case SG_HEATMAP_MODE_RESIDUAL:
      return _("Risk heat map: residual risk");
    case SG_HEATMAP_MODE_MOVEMENT:
    default:
      return _("Risk heat map: from inherent to residual risk");
    }
}

static char *
scale_label (SgRiskMethod *method,
             SgScaleAxis   axis,
             int           value)
{
  SgScaleLevel *level = sg_risk_method_get_scale_level (method, axis, value);
  const char *label = level != NULL ? sg_record_peek_string (SG_RECORD (level), "label") : NULL;

  if (label == NULL || *label == '\0')
    return g_strdup_printf ("%d", value);
  return g_strdup (label);
}

gboolean
sg_heatmap_risk_get_cell (SgRiskMethod  *method,
                          SgRecord      *risk,
                          SgHeatmapMode  mode,
                          int           *likelihood,
                          int           *impact)
{
  gboolean inherent = mode == SG_HEATMAP_MODE_INHERENT;
  int l, i;

  g_return_val_if_fail (SG_IS_RISK_METHOD (method), FALSE);
  g_return_val_if_fail (SG_IS_RECORD (risk), FALSE);

  l = sg_record_peek_int (risk, inherent ? "inherent-likelihood" : "residual-likelihood");
  i = sg_record_peek_int (risk, inherent ? "inherent-impact" : "residual-impact");
  if (sg_risk_method_get_level (method, l, i) == NULL)
    return FALSE;
  if (likelihood != NULL)
    *likelihood = l;
  if (impact != NULL)
    *impact = i;
  return TRUE;
}

SgHeatmapData *
sg_heatmap_data_new_from_store (SgStore       *store,
                                SgHeatmapMode  mode,
                                const char    *title)
{
  return sg_heatmap_data_new_filtered (store, mode, title, NULL, NULL);
}

/* A rating is on the map when its cell has a level. */
static gboolean
is_rated (const SgHeatmapData *data,
          int                  likelihood,
          int                  impact)
{
  return likelihood >= 1 && (guint) likelihood <= data->n_likelihood &&
         impact >= 1 && (guint) impact <= data->n_impact &&
         data->cell_level[sg_heatmap_data_cell_index (data, likelihood, impact)] != NULL;
}

static void
count_risk (SgHeatmapData *data,
            int            il,
            int            ii,
            int            rl,
            int            ri,
            gboolean       shown)
{
  gboolean inherent_rated = is_rated (data, il, ii);
  gboolean residual_rated = is_rated (data, rl, ri);
  guint from = inherent_rated ? sg_heatmap_data_cell_index (data, il, ii) : 0;
  guint to = residual_rated ? sg_heatmap_data_cell_index (data, rl, ri) : 0;

  if (!shown)
    return;
  if (inherent_rated)
    data->inherent_counts[from]++;
  if (residual_rated)
    data->residual_counts[to]++;
  if (inherent_rated && residual_rated)
    data->moves[from * data->n_likelihood * data->n_impact + to]++;
  if (data->mode == SG_HEATMAP_MODE_INHERENT ? inherent_rated : residual_rated)
    data->n_rated++;
}

/* Ratings are read a chunk of risks at a time. */
#define CHUNK 512

SgHeatmapData *
sg_heatmap_data_new_filtered (SgStore             *store,
                              SgHeatmapMode        mode,
                              const char          *title,
                              SgHeatmapRiskFilter  filter,
                              gpointer             user_data)
{
  static const char *rating_names[] = {
    "inherent-likelihood", "inherent-impact", "residual-likelihood", "residual-impact",
  };
  g_autoptr(SgRecordClass) risk_class = NULL;
  GParamSpec *ratings[G_N_ELEMENTS (rating_names)];
  SgRiskMethod *method;
  SgHeatmapData *data;
  SgRecord *const *risks;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint n_l, n_i, n_risks;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  method = sg_store_get_risk_method (store);
  n_l = sg_risk_method_get_n_values (method, SG_SCALE_AXIS_LIKELIHOOD);
  n_i = sg_risk_method_get_n_values (method, SG_SCALE_AXIS_IMPACT);
  g_return_val_if_fail (n_l > 0 && n_i > 0, NULL);

  data = sg_heatmap_data_new (mode, n_l, n_i, sg_risk_method_get_n_levels (method));

  for (guint l = 1; l <= n_l; l++)
    for (guint i = 1; i <= n_i; i++)
      {
        SgRiskLevel *level = sg_risk_method_get_level (method, (int) l, (int) i);
        guint index = sg_heatmap_data_cell_index (data, (int) l, (int) i);

        if (level == NULL)
          continue;
        data->cell_colour[index] = g_strdup (sg_record_peek_string (SG_RECORD (level), "colour"));
        data->cell_level[index] = g_strdup (sg_record_peek_string (SG_RECORD (level), "name"));
      }
  for (guint l = 1; l <= n_l; l++)
    data->likelihood_labels[l - 1] = scale_label (method, SG_SCALE_AXIS_LIKELIHOOD, (int) l);
  for (guint i = 1; i <= n_i; i++)
    data->impact_labels[i - 1] = scale_label (method, SG_SCALE_AXIS_IMPACT, (int) i);
  for (guint k = 0; k < data->n_levels; k++)
    {
      SgRecord *level = SG_RECORD (sg_risk_method_get_level_nth (method, k));

      data->levels[k].name = g_strdup (sg_record_peek_string (level, "name"));
      data->levels[k].colour = g_strdup (sg_record_peek_string (level, "colour"));
      data->levels[k].within_appetite = sg_record_peek_boolean (level, "within-appetite");
    }

  /* Without a reference each: g_object_ref() is an atomic operation, which
   * waits for every memory read before it to finish. */
  risks = sg_store_peek_records (store, SG_TYPE_RISK, &n_risks);
  risk_class = g_type_class_ref (SG_TYPE_RISK);
  /* The fields once, not by name for each of many thousand risks. */
  for (guint r = 0; r < G_N_ELEMENTS (rating_names); r++)
    ratings[r] = sg_record_class_find_field (risk_class, rating_names[r]);
  for (guint first = 0; first < n_risks; first += CHUNK)
    {
      int rating[CHUNK][G_N_ELEMENTS (rating_names)];
      guint n_chunk = MIN (CHUNK, n_risks - first);

      sg_record_peek_ints_many (risks + first, n_chunk, ratings, G_N_ELEMENTS (ratings), &rating[0][0]);
      for (guint k = 0; k < n_chunk; k++)
        count_risk (data, rating[k][0], rating[k][1], rating[k][2], rating[k][3],
                    filter == NULL || filter (risks[first + k], user_data));
    }

  data->title = g_strdup (title != NULL ? title : default_title (mode));
  /* Translators: the date on the heat map; see g_date_time_format() */
  data->date = g_date_time_format (now, C_("heat map date", "%-d %B %Y"));
  return data;
}

static Rgb
rgb_from (guint32 value)
{
  Rgb rgb = { ((value >> 16) & 0xFF) / 255.0, ((value >> 8) & 0xFF) / 255.0, (value & 0xFF) / 255.0 };

  return rgb;
}

/* A cell with no level is grey. */
static guint32
parse_colour (const char *colour)
{
  guint32 value;

  return sg_colour_parse (colour, &value) ? value : UNRATED;
}

static void
set_rgb (cairo_t *cr,
         Rgb      c)
{
  cairo_set_source_rgb (cr, c.r, c.g, c.b);
}

static void
compute_layout (double               width,
                double               height,
                const SgHeatmapData *data,
                Layout              *lay)
{
  double avail_w, avail_h, x0, x1, y0, y1, cw, ch;
  /* Larger type for a projector; the grid takes what room is left. */
  double scale = data->text_scale > 0 ? CLAMP (data->text_scale, 0.5, 3.0) : 1.0;

  /* One unit drives every size, so the map looks the same at any scale. */
  lay->unit = MIN (width, height * 4.0 / 3.0) / 50.0;
  lay->margin = MAX (4.0, lay->unit * 1.5);
  lay->title_size = MAX (12.0, lay->unit * 1.35) * scale;
  lay->date_size = MAX (8.0, lay->unit * 0.8) * scale;
  lay->axis_size = MAX (9.0, lay->unit * 0.9) * scale;
  lay->label_size = MAX (7.5, lay->unit * 0.72) * scale;
  lay->legend_size = MAX (8.0, lay->unit * 0.75) * scale;

  lay->header_h = lay->title_size * 1.3 + lay->date_size * 1.5 + lay->margin * 0.6;
  lay->legend_w = MAX (width * 0.19, lay->legend_size * 9.5);
  lay->legend_x = width - lay->margin - lay->legend_w;
  lay->ylabel_w = MAX (width * 0.12, lay->label_size * 6.0);
  lay->xlabel_h = lay->label_size * 1.3 * 2 + lay->unit * 0.4;

  x0 = lay->margin + lay->axis_size * 1.6 + lay->ylabel_w + lay->unit * 0.4;
  x1 = lay->legend_x - lay->margin * 1.2;
  y0 = lay->margin + lay->header_h;
  y1 = height - lay->margin - lay->axis_size * 1.6 - lay->xlabel_h;
  avail_w = MAX (x1 - x0, 1.0);
  avail_h = MAX (y1 - y0, 1.0);

  /* Cells no flatter or taller than 3:2; spare room is shared around the grid. */
  cw = avail_w / data->n_impact;
  ch = avail_h / data->n_likelihood;
  cw = MIN (cw, ch * 1.5);
  ch = MIN (ch, cw * 1.5);
  lay->cell_w = cw;
  lay->cell_h = ch;
  lay->grid_x = x0 + (avail_w - cw * data->n_impact) / 2.0;
  lay->grid_y = y0 + (avail_h - ch * data->n_likelihood) / 2.0;
  lay->gap = MAX (1.0, MIN (cw, ch) * 0.035);
  lay->count_size = MAX (9.0, MIN (cw, ch) * 0.36);
}

static void
cell_rect (const Layout        *lay,
           const SgHeatmapData *data,
           int                  likelihood,
           int                  impact,
           cairo_rectangle_t   *rect)
{
  rect->x = lay->grid_x + (impact - 1) * lay->cell_w + lay->gap / 2.0;
  rect->y = lay->grid_y + (data->n_likelihood - likelihood) * lay->cell_h + lay->gap / 2.0;
  rect->width = lay->cell_w - lay->gap;
  rect->height = lay->cell_h - lay->gap;
}

void
sg_heatmap_get_cell_rect (double               width,
                          double               height,
                          const SgHeatmapData *data,
                          int                  likelihood,
                          int                  impact,
                          cairo_rectangle_t   *rect)
{
  Layout lay;

  g_return_if_fail (data != NULL && rect != NULL);
  g_return_if_fail (likelihood >= 1 && (guint) likelihood <= data->n_likelihood);
  g_return_if_fail (impact >= 1 && (guint) impact <= data->n_impact);

  compute_layout (width, height, data, &lay);
  cell_rect (&lay, data, likelihood, impact, rect);
}

static PangoLayout *
make_text (cairo_t        *cr,
           const char     *text,
           double          size,
           PangoWeight     weight,
           double          width,
           int             max_lines,
           PangoAlignment  align)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_alignment (layout, align);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -max_lines);
    }
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
text_size (PangoLayout *layout,
           double      *w,
           double      *h)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *w = (double) logical.width / PANGO_SCALE;
  *h = (double) logical.height / PANGO_SCALE;
}

/* The largest size up to @size at which @text (or, when it may wrap, its
 * longest word) fits @width: shrinking beats breaking "Insignificant". */
static double
fit_size (cairo_t     *cr,
          const char  *text,
          double       size,
          double       min_size,
          PangoWeight  weight,
          double       width,
          gboolean     may_wrap)
{
  g_auto(GStrv) words = may_wrap ? g_strsplit (text, " ", -1) : NULL;
  const char *single[] = { text, NULL };
  double widest = 0;

  for (const char *const *word = may_wrap ? (const char *const *) words : single; *word; word++)
    {
      g_autoptr(PangoLayout) layout = make_text (cr, *word, size, weight, -1, 1, PANGO_ALIGN_LEFT);
      double w, h;

      text_size (layout, &w, &h);
      widest = MAX (widest, w);
    }
  if (widest <= width || widest <= 0)
    return size;
  return MAX (min_size, size * width / widest * 0.95);
}

static void
show_at (cairo_t     *cr,
         PangoLayout *layout,
         double       x,
         double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
rounded_rect (cairo_t                 *cr,
              const cairo_rectangle_t *r,
              double                   radius)
{
  radius = MIN (radius, MIN (r->width, r->height) / 2.0);
  cairo_new_sub_path (cr);
  cairo_arc (cr, r->x + r->width - radius, r->y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, r->x + r->width - radius, r->y + r->height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, r->x + radius, r->y + r->height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, r->x + radius, r->y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_header (cairo_t             *cr,
             double               width,
             const Layout        *lay,
             const SgHeatmapData *data)
{
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) date = NULL;
  g_autofree char *subtitle = NULL;
  const char *text = data->title ? data->title : "";
  double size, w, h;

  size = fit_size (cr, text, lay->title_size, MIN (lay->title_size, 10.0), PANGO_WEIGHT_BOLD,
                   width - 2 * lay->margin, FALSE);
  title = make_text (cr, text, size, PANGO_WEIGHT_BOLD, width - 2 * lay->margin, 1, PANGO_ALIGN_LEFT);
  set_rgb (cr, ink);
  show_at (cr, title, lay->margin, lay->margin);
  text_size (title, &w, &h);

  subtitle = g_strdup_printf (ngettext ("%s · %u rated risk", "%s · %u rated risks",
                                           data->n_rated),
                              data->date ? data->date : "", data->n_rated);
  date = make_text (cr, subtitle, lay->date_size, PANGO_WEIGHT_NORMAL,
                    width - 2 * lay->margin, 1, PANGO_ALIGN_LEFT);
  set_rgb (cr, ink_dim);
  show_at (cr, date, lay->margin, lay->margin + h + lay->date_size * 0.2);
}

static void
draw_axes (cairo_t             *cr,
           const Layout        *lay,
           const SgHeatmapData *data)
{
  double grid_w = lay->cell_w * data->n_impact;
  double grid_h = lay->cell_h * data->n_likelihood;
  double grid_bottom = lay->grid_y + grid_h;
  double pad = lay->unit * 0.4;
  double min_size = MIN (lay->label_size, 6.5);
  double widest = 0, w, h;

  set_rgb (cr, ink);
  for (guint l = 1; l <= data->n_likelihood; l++)
    {
      const char *text = data->likelihood_labels[l - 1];
      double size = fit_size (cr, text, lay->label_size, min_size, PANGO_WEIGHT_NORMAL, lay->ylabel_w, TRUE);
      g_autoptr(PangoLayout) label = make_text (cr, text, size, PANGO_WEIGHT_NORMAL, lay->ylabel_w, 3,
                                                PANGO_ALIGN_RIGHT);
      double row_mid = lay->grid_y + (data->n_likelihood - l + 0.5) * lay->cell_h;
      PangoRectangle ink_rect;

      text_size (label, &w, &h);
      pango_layout_get_pixel_extents (label, &ink_rect, NULL);
      widest = MAX (widest, lay->ylabel_w - ink_rect.x);
      show_at (cr, label, lay->grid_x - pad - lay->ylabel_w, row_mid - h / 2.0);
    }
  for (guint i = 1; i <= data->n_impact; i++)
    {
      const char *text = data->impact_labels[i - 1];
      double size = fit_size (cr, text, lay->label_size, min_size, PANGO_WEIGHT_NORMAL,
                              lay->cell_w - lay->gap, TRUE);
      g_autoptr(PangoLayout) label = make_text (cr, text, size, PANGO_WEIGHT_NORMAL,
                                                lay->cell_w - lay->gap, 2, PANGO_ALIGN_CENTER);

      show_at (cr, label, lay->grid_x + (i - 1) * lay->cell_w + lay->gap / 2.0, grid_bottom + pad);
    }

  {
    g_autoptr(PangoLayout) impact = make_text (cr, _("Impact"), lay->axis_size, PANGO_WEIGHT_BOLD,
                                               grid_w, 1, PANGO_ALIGN_CENTER);
    g_autoptr(PangoLayout) likelihood = make_text (cr, _("Likelihood"), lay->axis_size, PANGO_WEIGHT_BOLD,
                                                   grid_h, 1, PANGO_ALIGN_CENTER);

    show_at (cr, impact, lay->grid_x, grid_bottom + pad + lay->xlabel_h);

    /* Read bottom to top, as on every chart. */
    cairo_save (cr);
    /* Beside the widest label, not at the edge of the room kept for labels. */
    cairo_translate (cr, lay->grid_x - pad * 3 - widest - lay->axis_size * 1.4, grid_bottom);
    cairo_rotate (cr, -G_PI / 2);
    pango_cairo_update_layout (cr, likelihood);
    show_at (cr, likelihood, 0, 0);
    cairo_restore (cr);
  }
}

static gboolean
cell_within_appetite (const SgHeatmapData *data,
                      int                  likelihood,
                      int                  impact,
                      gboolean            *known)
{
  const char *name;

  *known = FALSE;
  if (likelihood < 1 || (guint) likelihood > data->n_likelihood ||
      impact < 1 || (guint) impact > data->n_impact)
    return FALSE;
  name = data->cell_level[sg_heatmap_data_cell_index (data, likelihood, impact)];
  for (guint k = 0; name != NULL && k < data->n_levels; k++)
    if (g_strcmp0 (data->levels[k].name, name) == 0)
      {
        *known = TRUE;
        return data->levels[k].within_appetite;
      }
  return FALSE;
}

/* The risk appetite line: between cells within and above the appetite. */
static void
draw_appetite_line (cairo_t             *cr,
                    const Layout        *lay,
                    const SgHeatmapData *data)
{
  cairo_save (cr);
  cairo_rectangle (cr, lay->grid_x, lay->grid_y,
                   lay->cell_w * data->n_impact, lay->cell_h * data->n_likelihood);
  cairo_clip (cr);
  /* Square caps close the steps where a vertical edge meets a horizontal one. */
  cairo_set_line_width (cr, MAX (2.0, MIN (lay->cell_w, lay->cell_h) * 0.045));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
  set_rgb (cr, ink);
  for (int l = 1; l <= (int) data->n_likelihood; l++)
    for (int i = 1; i <= (int) data->n_impact; i++)
      {
        gboolean known, nknown, within = cell_within_appetite (data, l, i, &known);
        double x = lay->grid_x + (i - 1) * lay->cell_w;
        double y = lay->grid_y + (data->n_likelihood - l) * lay->cell_h;

        if (!known || !within)
          continue;
        /* Edges towards higher impact (right) and higher likelihood (up). */
        if (!cell_within_appetite (data, l, i + 1, &nknown) && nknown)
          {
            cairo_move_to (cr, x + lay->cell_w, y);
            cairo_line_to (cr, x + lay->cell_w, y + lay->cell_h);
          }
        if (!cell_within_appetite (data, l + 1, i, &nknown) && nknown)
          {
            cairo_move_to (cr, x, y);
            cairo_line_to (cr, x + lay->cell_w, y);
          }
        if (!cell_within_appetite (data, l, i - 1, &nknown) && nknown)
          {
            cairo_move_to (cr, x, y);
            cairo_line_to (cr, x, y + lay->cell_h);
          }
        if (!cell_within_appetite (data, l - 1, i, &nknown) && nknown)
          {
            cairo_move_to (cr, x, y + lay->cell_h);
            cairo_line_to (cr, x + lay->cell_w, y + lay->cell_h);
          }
      }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_cells (cairo_t             *cr,
            const Layout        *lay,
            const SgHeatmapData *data)
{
  double size = lay->count_size;

  /* One size for every count, small enough for the widest. */
  for (int l = 1; l <= (int) data->n_likelihood; l++)
    for (int i = 1; i <= (int) data->n_impact; i++)
      {
        g_autofree char *text = g_strdup_printf ("%u", sg_heatmap_data_get_count (data, l, i));

        size = MIN (size, fit_size (cr, text, lay->count_size, 6.0, PANGO_WEIGHT_BOLD,
                                    (lay->cell_w - lay->gap) * 0.85, FALSE));
      }

  for (int l = 1; l <= (int) data->n_likelihood; l++)
    for (int i = 1; i <= (int) data->n_impact; i++)
      {
        guint index = sg_heatmap_data_cell_index (data, l, i);
        guint count = sg_heatmap_data_get_count (data, l, i);
        guint32 fill = parse_colour (data->cell_colour[index]);
        cairo_rectangle_t r;

        cell_rect (lay, data, l, i, &r);
        set_rgb (cr, rgb_from (fill));
        rounded_rect (cr, &r, MIN (r.width, r.height) * 0.06);
        cairo_fill (cr);

        if (count > 0)
          {
            g_autofree char *text = g_strdup_printf ("%u", count);
            g_autoptr(PangoLayout) layout = make_text (cr, text, size, PANGO_WEIGHT_BOLD,
                                                       -1, 1, PANGO_ALIGN_CENTER);
            double w, h;

            text_size (layout, &w, &h);
            /* Black or white, whichever contrasts more: WCAG AA either way. */
            set_rgb (cr, rgb_from (sg_colour_text_on (fill)));
            show_at (cr, layout, r.x + (r.width - w) / 2.0, r.y + (r.height - h) / 2.0);
          }
      }
}

static void
draw_arrow_head (cairo_t *cr,
                 double   x,
                 double   y,
                 double   angle,
                 double   size)
{
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x - size * cos (angle - 0.45), y - size * sin (angle - 0.45));
  cairo_line_to (cr, x - size * cos (angle + 0.45), y - size * sin (angle + 0.45));
  cairo_close_path (cr);
}

/* One arrow per pair of cells, bent a little so that arrows in opposite
 * directions and arrows passing over a cell's count stay apart. */
static void
draw_arrow (cairo_t *cr,
            double   x0,
            double   y0,
            double   x1,
            double   y1,
            double   inset,
            double   line_width,
            gboolean halo)
{
  double dx = x1 - x0, dy = y1 - y0;
  double len = hypot (dx, dy);
  double ux = dx / len, uy = dy / len;
  double cx = (x0 + x1) / 2.0 - uy * len * 0.18;
  double cy = (y0 + y1) / 2.0 + ux * len * 0.18;
  double sa = atan2 (cy - y0, cx - x0);
  double ea = atan2 (y1 - cy, x1 - cx);
  double head = MAX (line_width * 2.8, inset * 0.32);
  double sx = x0 + inset * cos (sa), sy = y0 + inset * sin (sa);
  double ex = x1 - inset * cos (ea), ey = y1 - inset * sin (ea);
  double lx = ex - head * 0.7 * cos (ea), ly = ey - head * 0.7 * sin (ea);

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, halo ? line_width + MAX (2.0, line_width * 0.8) : line_width);
  /* A dot where the risks come from, so a tail is not mistaken for a head. */
  cairo_new_sub_path (cr);
  cairo_arc (cr, sx, sy, line_width * 0.9, 0, 2 * G_PI);
  if (halo)
    cairo_stroke_preserve (cr);
  cairo_fill (cr);
  cairo_move_to (cr, sx, sy);
  cairo_curve_to (cr, sx + (cx - sx) * 0.66, sy + (cy - sy) * 0.66,
                  lx + (cx - lx) * 0.66, ly + (cy - ly) * 0.66, lx, ly);
  cairo_stroke (cr);
  draw_arrow_head (cr, ex, ey, ea, head);
  if (halo)
    cairo_stroke_preserve (cr);
  cairo_fill (cr);
}

static void
draw_movement (cairo_t             *cr,
               const Layout        *lay,
               const SgHeatmapData *data)
{
  guint n_cells = data->n_likelihood * data->n_impact;
  double min_dim = MIN (lay->cell_w, lay->cell_h);
  guint max_moves = 0;

  for (guint k = 0; k < n_cells * n_cells; k++)
    if (k / n_cells != k % n_cells)
      max_moves = MAX (max_moves, data->moves[k]);
  if (max_moves == 0)
    return;

  cairo_save (cr);
  /* Curves flattened to 0.3 device units rather than 0.1: no eye sees the
   * difference, and a busy map strokes 10 % faster. */
  cairo_set_tolerance (cr, 0.3);
  /* Halos first, then every arrow, so no halo cuts through another arrow. */
  for (int pass = 0; pass < 2; pass++)
    for (guint from = 0; from < n_cells; from++)
      for (guint to = 0; to < n_cells; to++)
        {
          guint n = data->moves[from * n_cells + to];
          double lw, x0, y0, x1, y1;

          if (n == 0 || from == to)
            continue;
          /* Square root: twice the risks should not look four times as heavy. */
          lw = MAX (1.5, min_dim * (0.02 + 0.06 * sqrt ((double) n / max_moves)));
          x0 = lay->grid_x + (from % data->n_impact + 0.5) * lay->cell_w;
          y0 = lay->grid_y + (data->n_likelihood - from / data->n_impact - 0.5) * lay->cell_h;
          x1 = lay->grid_x + (to % data->n_impact + 0.5) * lay->cell_w;
          y1 = lay->grid_y + (data->n_likelihood - to / data->n_impact - 0.5) * lay->cell_h;
          if (pass == 0)
            cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
          else
            cairo_set_source_rgba (cr, ink.r, ink.g, ink.b, 0.9);
          draw_arrow (cr, x0, y0, x1, y1, min_dim * 0.34, lw, pass == 0);
        }
  cairo_restore (cr);
}

static void
draw_legend (cairo_t             *cr,
             const Layout        *lay,
             const SgHeatmapData *data)
{
  double x = lay->legend_x, y = lay->grid_y;
  double swatch = lay->legend_size * 1.7;
  double text_x = x + swatch + lay->legend_size * 0.6;
  double text_w = lay->legend_w - (text_x - x);
  double w, h;

  {
    g_autoptr(PangoLayout) heading = make_text (cr, _("Risk level"), lay->legend_size * 1.1, PANGO_WEIGHT_BOLD,
                                                lay->legend_w, 1, PANGO_ALIGN_LEFT);
    set_rgb (cr, ink);
    show_at (cr, heading, x, y);
    text_size (heading, &w, &h);
    y += h + lay->legend_size * 0.6;
  }

  /* Highest level first, as in the grid, which puts the worst at the top. */
  for (guint k = data->n_levels; k-- > 0;)
    {
      const SgHeatmapLevel *level = &data->levels[k];
      g_autoptr(PangoLayout) name = make_text (cr, level->name ? level->name : "", lay->legend_size,
                                               PANGO_WEIGHT_BOLD, text_w, 1, PANGO_ALIGN_LEFT);
      const char *appetite_text = level->within_appetite ? _("Within appetite") : _("Above appetite");
      /* Smaller rather than cut: German's "Risikobereitschaft" is one word. */
      g_autoptr(PangoLayout) appetite = make_text (cr, appetite_text,
                                                   fit_size (cr, appetite_text, lay->legend_size * 0.85,
                                                             lay->legend_size * 0.6, PANGO_WEIGHT_NORMAL,
                                                             text_w, TRUE),
                                                   PANGO_WEIGHT_NORMAL, text_w, 2, PANGO_ALIGN_LEFT);
      cairo_rectangle_t r = { x, y, swatch, swatch };
      double nh, ah;

      set_rgb (cr, rgb_from (parse_colour (level->colour)));
      rounded_rect (cr, &r, swatch * 0.15);
      cairo_fill (cr);

      text_size (name, &w, &nh);
      text_size (appetite, &w, &ah);
      set_rgb (cr, ink);
      show_at (cr, name, text_x, y);
      set_rgb (cr, ink_dim);
      show_at (cr, appetite, text_x, y + nh);
      y += MAX (swatch, nh + ah) + lay->legend_size * 0.7;

      /* The appetite line sits where the levels cross it. */
      if (k > 0 && level->within_appetite != data->levels[k - 1].within_appetite)
        {
          cairo_set_line_width (cr, MAX (2.0, MIN (lay->cell_w, lay->cell_h) * 0.045));
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          set_rgb (cr, ink);
          cairo_move_to (cr, x, y - lay->legend_size * 0.35);
          cairo_line_to (cr, x + lay->legend_w, y - lay->legend_size * 0.35);
          cairo_stroke (cr);
          y += lay->legend_size * 0.35;
        }
    }

  {
    g_autoptr(PangoLayout) line = make_text (cr, _("Thick line: risk appetite"), lay->legend_size * 0.85,
                                             PANGO_WEIGHT_NORMAL, lay->legend_w, 3, PANGO_ALIGN_LEFT);
    y += lay->legend_size * 0.4;
    set_rgb (cr, ink_dim);
    show_at (cr, line, x, y);
    text_size (line, &w, &h);
    y += h + lay->legend_size * 0.8;
  }

  if (data->mode == SG_HEATMAP_MODE_MOVEMENT)
    {
      g_autoptr(PangoLayout) note = make_text (cr, _("Arrows: from inherent to residual rating; "
                                                     "thicker arrows move more risks. "
                                                     "Cells show residual counts."),
                                               lay->legend_size * 0.85, PANGO_WEIGHT_NORMAL,
                                               lay->legend_w, 6, PANGO_ALIGN_LEFT);
      set_rgb (cr, ink_dim);
      show_at (cr, note, x, y);
    }
}

void
sg_heatmap_draw (cairo_t             *cr,
                 double               width,
                 double               height,
                 const SgHeatmapData *data)
{
  cairo_font_options_t *options;
  Layout lay;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (width > 0 && height > 0);

  compute_layout (width, height, data, &lay);

  cairo_save (cr);

  /* Unhinted metrics: the same layout at every size and on every surface. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  cairo_set_font_options (cr, options);
  cairo_font_options_destroy (options);

  set_rgb (cr, paper);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  draw_header (cr, width, &lay, data);
  draw_axes (cr, &lay, data);
  draw_cells (cr, &lay, data);
  draw_appetite_line (cr, &lay, data);
  if (data->mode == SG_HEATMAP_MODE_MOVEMENT)
    draw_movement (cr, &lay, data);
  draw_legend (cr, &lay, data);

  cairo_restore (cr);
}
