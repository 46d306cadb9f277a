/* sg-paged-document.c: what the printed documents share — text laid out for
 * paper, pages counted before they are drawn, rows that break between lines
 *
 * The Statement of Applicability and the management review minutes are
 * read on paper and signed: their text wraps and is never cut, every page
 * names the document and says "Page n of N", and the register's history
 * chain head ties the printout to the register it came from.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-paged-document"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-field-codec.h"
#include "sg-paged-document.h"

#define FONT_FAMILY "Sans"

const SgRgb sg_paged_ink = { 0.10, 0.10, 0.12 };
const SgRgb sg_paged_muted = { 0.38, 0.38, 0.42 };
const SgRgb sg_paged_rule = { 0.70, 0.70, 0.74 };
const SgRgb sg_paged_head_fill = { 0.87, 0.89, 0.93 };
const SgRgb sg_paged_missing = { 0.70, 0.11, 0.11 };
static const SgRgb draft_mark = { 0.93, 0.90, 0.90 };
/* Translucent, so that a draft's mark shows through every row alike. */
static const SgRgb stripe = { 0.55, 0.55, 0.62 };
#define STRIPE_ALPHA 0.09

static void
set_rgb (cairo_t     *cr,
         const SgRgb *colour)
{
  cairo_set_source_rgb (cr, colour->r, colour->g, colour->b);
}

guint
sg_paged_document_run (SgPagedDocument  *doc,
                       cairo_surface_t  *surface,
                       void            (*lay_out) (SgPagedDocument *doc))
{
  cairo_font_options_t *options;

  g_return_val_if_fail (doc != NULL, 0);
  g_return_val_if_fail (surface != NULL, 0);
  g_return_val_if_fail (lay_out != NULL, 0);

  doc->cr = cairo_create (surface);
  /* Unhinted metrics: the counting pass and the drawing pass agree. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_set_font_options (doc->cr, options);
  doc->pango = pango_cairo_create_context (doc->cr);
  pango_cairo_context_set_font_options (doc->pango, options);
  cairo_font_options_destroy (options);

  doc->drawing = FALSE;
  doc->page = 1;
  lay_out (doc);
  doc->n_pages = doc->page - 1;

  doc->drawing = TRUE;
  doc->page = 1;
  lay_out (doc);

  g_clear_object (&doc->pango);
  g_clear_pointer (&doc->cr, cairo_destroy);
  return doc->n_pages;
}

void
sg_paged_document_end_page (SgPagedDocument *doc)
{
  if (doc->drawing)
    cairo_show_page (doc->cr);
  doc->page++;
}

/* Text */

PangoLayout *
sg_paged_layout (SgPagedDocument *doc,
                 const char      *text,
                 double           size,
                 gboolean         bold,
                 gboolean         italic,
                 double           width)
{
  PangoLayout *layout = pango_layout_new (doc->pango);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  if (italic)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      /* A long URL or word breaks inside itself rather than run out. */
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

double
sg_paged_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

double
sg_paged_layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

void
sg_paged_show_layout (SgPagedDocument *doc,
                      PangoLayout     *layout,
                      double           x,
                      double           y,
                      const SgRgb     *colour)
{
  if (!doc->drawing)
    return;
  set_rgb (doc->cr, colour);
  cairo_move_to (doc->cr, x, y);
  pango_cairo_show_layout (doc->cr, layout);
}

double
sg_paged_show_text (SgPagedDocument *doc,
                    const char      *text,
                    double           size,
                    gboolean         bold,
                    double           x,
                    double           y,
                    double           width,
                    const SgRgb     *colour)
{
  g_autoptr(PangoLayout) layout = sg_paged_layout (doc, text, size, bold, FALSE, width);

  sg_paged_show_layout (doc, layout, x, y, colour);
  return y + sg_paged_layout_height (layout);
}

void
sg_paged_draw_rule (SgPagedDocument *doc,
               double           x0,
               double           x1,
               double           y,
               double           line_width,
               const SgRgb     *colour)
{
  if (!doc->drawing)
    return;
  set_rgb (doc->cr, colour);
  cairo_set_line_width (doc->cr, line_width);
  cairo_move_to (doc->cr, x0, y);
  cairo_line_to (doc->cr, x1, y);
  cairo_stroke (doc->cr);
}

char *
sg_paged_dup_date (const char *iso)
{
  char *date = iso != NULL ? sg_field_format_date (iso) : NULL;

  return date != NULL ? date : g_strdup (iso != NULL ? iso : "");
}

/* The frame of a page */

void
sg_paged_draw_frame (SgPagedDocument *doc,
                     const char      *mark,
                     const char      *running_head,
                     const char      *footer,
                     gboolean         alert)
{
  const double body_w = doc->width - 2 * doc->margin_x;
  g_autoptr(PangoLayout) head_layout = NULL;
  g_autoptr(PangoLayout) page_layout = NULL;
  g_autoptr(PangoLayout) footer_layout = NULL;
  g_autofree char *page = NULL;

  if (!doc->drawing)
    return;

  /* Under everything else, across the whole page. */
  if (mark != NULL)
    {
      g_autoptr(PangoLayout) layout = sg_paged_layout (doc, mark, 150, TRUE, FALSE, 0);
      double scale = MIN (1.0, doc->width * 0.95 / sg_paged_layout_width (layout));

      cairo_save (doc->cr);
      cairo_translate (doc->cr, doc->width / 2, doc->height / 2);
      cairo_rotate (doc->cr, doc->height > doc->width ? -G_PI / 3.5 : -G_PI / 7);
      cairo_scale (doc->cr, scale, scale);
      sg_paged_show_layout (doc, layout, -sg_paged_layout_width (layout) / 2,
                            -sg_paged_layout_height (layout) / 2, &draft_mark);
      cairo_restore (doc->cr);
    }

  head_layout = sg_paged_layout (doc, running_head, 8, FALSE, FALSE, body_w * 0.75);
  pango_layout_set_ellipsize (head_layout, PANGO_ELLIPSIZE_END);
  sg_paged_show_layout (doc, head_layout, doc->margin_x, 30, &sg_paged_muted);
  sg_paged_draw_rule (doc, doc->margin_x, doc->width - doc->margin_x, 44, 0.5, &sg_paged_rule);

  /* Where in the document, on every page: a loose sheet still says so. */
  /* Translators: the footer of every page of a printed document */
  page = g_strdup_printf (_("Page %u of %u"), doc->page, doc->n_pages);
  page_layout = sg_paged_layout (doc, page, 8, FALSE, FALSE, 0);
  footer_layout = sg_paged_layout (doc, footer, 8, alert, FALSE,
                                   body_w - sg_paged_layout_width (page_layout) - 16);
  pango_layout_set_ellipsize (footer_layout, PANGO_ELLIPSIZE_END);
  sg_paged_show_layout (doc, footer_layout, doc->margin_x, doc->height - 32,
                        alert ? &sg_paged_missing : &sg_paged_ink);
  sg_paged_show_layout (doc, page_layout, doc->width - doc->margin_x - sg_paged_layout_width (page_layout),
                        doc->height - 32, &sg_paged_ink);
}

double
sg_paged_draw_signatures (SgPagedDocument    *doc,
                          double              y,
                          const char *const  *labels,
                          guint               n_labels)
{
  double x = doc->margin_x;
  double width = MIN (220, (doc->width - 2 * doc->margin_x - 40 * (n_labels - 1)) / n_labels);
  double below = y;

  for (guint i = 0; i < n_labels; i++)
    {
      sg_paged_draw_rule (doc, x, x + width, y + 14, 0.6, &sg_paged_ink);
      below = MAX (below, sg_paged_show_text (doc, labels[i], 8, FALSE, x, y + 17, width, &sg_paged_muted));
      x += width + 40;
    }
  return below;
}

double
sg_paged_draw_chain_head (SgPagedDocument *doc,
                          double           y,
                          const char      *head,
                          guint            n_entries)
{
  const double body_w = doc->width - 2 * doc->margin_x;
  g_autofree char *label =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                  "Change history when this content was taken: %u entry, ending in the chain head",
                                  "Change history when this content was taken: %u entries, ending in the chain head",
                                  n_entries),
                     n_entries);
  g_autoptr(PangoLayout) head_layout = sg_paged_layout (doc, head, 8, FALSE, FALSE, body_w);
  g_autoptr(PangoFontDescription) mono = pango_font_description_from_string ("Monospace");

  pango_font_description_set_absolute_size (mono, 8 * PANGO_SCALE);
  pango_layout_set_font_description (head_layout, mono);
  y = sg_paged_show_text (doc, label, 7.5, FALSE, doc->margin_x, y, body_w, &sg_paged_muted);
  sg_paged_show_layout (doc, head_layout, doc->margin_x, y + 2, &sg_paged_ink);
  return sg_paged_show_text (doc, _("safeguard --check prints the head of the register as it is now; a register "
                                    "changed only by Safeguard since still holds this one in its history."),
                             7, FALSE, doc->margin_x, y + 4 + sg_paged_layout_height (head_layout), body_w,
                             &sg_paged_muted);
}

/* Table rows */

void
sg_paged_table_header (SgPagedDocument   *doc,
                       const char *const *heads,
                       const double      *widths,
                       guint              n_cells,
                       double             size,
                       double             cell_pad)
{
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  double height = 0, width = 0, x = doc->margin_x;

  for (guint c = 0; c < n_cells; c++)
    {
      PangoLayout *layout = sg_paged_layout (doc, heads[c], size, TRUE, FALSE, widths[c] - 2 * cell_pad);

      g_ptr_array_add (layouts, layout);
      height = MAX (height, sg_paged_layout_height (layout));
      width += widths[c];
    }
  height += 2 * cell_pad;
  if (doc->drawing)
    {
      set_rgb (doc->cr, &sg_paged_head_fill);
      cairo_rectangle (doc->cr, doc->margin_x, doc->y, width, height);
      cairo_fill (doc->cr);
    }
  for (guint c = 0; c < n_cells; c++)
    {
      sg_paged_show_layout (doc, layouts->pdata[c], x + cell_pad, doc->y + cell_pad, &sg_paged_ink);
      x += widths[c];
    }
  doc->y += height;
}

/* The bottom of each line of @layout, in points from its top. */
static GArray *
line_bottoms (PangoLayout *layout)
{
  GArray *bottoms = g_array_new (FALSE, FALSE, sizeof (double));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      int y0, y1;
      double bottom;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      bottom = (double) y1 / PANGO_SCALE;
      g_array_append_val (bottoms, bottom);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return bottoms;
}

void
sg_paged_flow_layout (SgPagedDocument *doc,
                      PangoLayout     *layout,
                      double           x,
                      const SgRgb     *colour)
{
  g_autoptr(GArray) bottoms = line_bottoms (layout);
  double height = sg_paged_layout_height (layout), offset = 0;

  g_return_if_fail (doc->next_page != NULL);

  while (offset < height - 0.01)
    {
      double cut = offset;
      guint l;

      for (l = 0; l < bottoms->len; l++)
        {
          double bottom = g_array_index (bottoms, double, l);

          if (bottom <= offset)
            continue;
          if (doc->y + bottom - offset > doc->bottom)
            break;
          cut = bottom;
        }
      if (cut <= offset)
        {
          /* Not one more line fits here: on the next page, unless this
           * is a fresh page, where the line goes down as it is. */
          if (doc->y > doc->top + 0.5)
            {
              doc->next_page (doc);
              continue;
            }
          cut = l < bottoms->len ? g_array_index (bottoms, double, l) : height;
        }
      if (doc->drawing)
        {
          cairo_save (doc->cr);
          cairo_rectangle (doc->cr, x - 2, doc->y, doc->width, cut - offset);
          cairo_clip (doc->cr);
          sg_paged_show_layout (doc, layout, x, doc->y - offset, colour);
          cairo_restore (doc->cr);
        }
      doc->y += cut - offset;
      offset = cut;
      if (offset < height - 0.01)
        doc->next_page (doc);
    }
}

void
sg_paged_table_row (SgPagedDocument  *doc,
                    PangoLayout     **layouts,
                    const SgRgb     **colours,
                    const double     *widths,
                    guint             n_cells,
                    double            cell_pad,
                    gboolean          striped,
                    int               repeat)
{
  g_autofree GArray **bottoms = g_new0 (GArray *, n_cells);
  g_autofree double *offsets = g_new0 (double, n_cells);
  g_autofree double *heights = g_new0 (double, n_cells);
  g_autofree double *cuts = g_new0 (double, n_cells);
  double row_height = 0, full_page, row_width = 0, line_size = 8;
  gboolean done = FALSE;
  guint slice_index = 0;

  g_return_if_fail (doc->next_page != NULL);

  for (guint c = 0; c < n_cells; c++)
    {
      heights[c] = sg_paged_layout_height (layouts[c]);
      bottoms[c] = line_bottoms (layouts[c]);
      row_height = MAX (row_height, heights[c]);
      row_width += widths[c];
      if (bottoms[c]->len > 0)
        line_size = MAX (line_size, g_array_index (bottoms[c], double, 0));
    }
  row_height += 2 * cell_pad;

  /* What a page holds below a continued heading and a table's header. */
  full_page = doc->bottom - doc->top - 40;
  /* A row that fits a page starts on the next one rather than be split; a
   * row taller than any page starts here unless little room is left. */
  if (doc->y + row_height > doc->bottom &&
      (row_height <= full_page || doc->bottom - doc->y < full_page / 4))
    doc->next_page (doc);

  /* Usually one slice; a row taller than a page goes on over the next
   * ones, each cell broken between its lines, never through one. */
  while (!done)
    {
      double room = doc->bottom - doc->y - 2 * cell_pad;
      double slice = 0, x = doc->margin_x;

      if (row_height > full_page && room < 2.5 * line_size)
        {
          doc->next_page (doc);
          room = doc->bottom - doc->y - 2 * cell_pad;
        }
      if (repeat >= 0 && (guint) repeat < n_cells && slice_index > 0 &&
          offsets[repeat] >= heights[repeat] - 0.01)
        offsets[repeat] = 0;
      done = TRUE;
      for (guint c = 0; c < n_cells; c++)
        {
          cuts[c] = offsets[c];
          for (guint l = 0; l < bottoms[c]->len; l++)
            {
              double bottom = g_array_index (bottoms[c], double, l);

              if (bottom <= offsets[c])
                continue;
              if (bottom - offsets[c] <= room || cuts[c] == offsets[c])
                cuts[c] = bottom;
              if (bottom - offsets[c] > room)
                break;
            }
          if (cuts[c] < heights[c] - 0.01)
            done = FALSE;
          slice = MAX (slice, cuts[c] - offsets[c]);
        }
      slice += 2 * cell_pad;

      if (doc->drawing)
        {
          if (striped)
            {
              cairo_set_source_rgba (doc->cr, stripe.r, stripe.g, stripe.b, STRIPE_ALPHA);
              cairo_rectangle (doc->cr, doc->margin_x, doc->y, row_width, slice);
              cairo_fill (doc->cr);
            }
          for (guint c = 0; c < n_cells; c++)
            {
              cairo_save (doc->cr);
              cairo_rectangle (doc->cr, x, doc->y + cell_pad, widths[c], cuts[c] - offsets[c]);
              cairo_clip (doc->cr);
              sg_paged_show_layout (doc, layouts[c], x + cell_pad, doc->y + cell_pad - offsets[c], colours[c]);
              cairo_restore (doc->cr);
              x += widths[c];
            }
        }
      sg_paged_draw_rule (doc, doc->margin_x, doc->margin_x + row_width, doc->y + slice, 0.4, &sg_paged_rule);
      doc->y += slice;
      for (guint c = 0; c < n_cells; c++)
        offsets[c] = cuts[c];
      slice_index++;
      if (!done)
        doc->next_page (doc);
    }

  for (guint c = 0; c < n_cells; c++)
    g_array_unref (bottoms[c]);
}
