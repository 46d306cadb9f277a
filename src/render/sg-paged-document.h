/* sg-paged-document.h: what the printed documents share — text laid out for
 * paper, pages counted before they are drawn, rows that break between lines
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* A4 in points. */
#define SG_PAGED_A4_SHORT 595.28
#define SG_PAGED_A4_LONG  841.89

typedef struct
{
  double r, g, b;
} SgRgb;

extern const SgRgb sg_paged_ink;
extern const SgRgb sg_paged_muted;
extern const SgRgb sg_paged_rule;
extern const SgRgb sg_paged_head_fill;
extern const SgRgb sg_paged_missing;    /* a gap the document must show */

typedef struct _SgPagedDocument SgPagedDocument;

/* A document embeds this as its first member. The whole document is laid
 * out twice: once with @drawing FALSE to count the pages, then drawn, so
 * every page can say "Page n of N". */
struct _SgPagedDocument
{
  cairo_t      *cr;
  PangoContext *pango;
  double        width;     /* the page, in points */
  double        height;
  double        margin_x;
  double        top;       /* where the body begins, below the running head */
  double        bottom;    /* where the body ends, above the footer */
  gboolean      drawing;   /* FALSE: only counting pages */
  guint         page;      /* the current page, from 1 */
  guint         n_pages;   /* known in the drawing pass */
  double        y;
  /* Ends the page and begins the next one, with what a continued part
   * repeats (a table's header); sets @y below it. */
  void        (*next_page) (SgPagedDocument *doc);
};

/* Runs @lay_out twice on @surface (a paged surface of @doc's width and
 * height): returns the number of pages. */
guint        sg_paged_document_run       (SgPagedDocument  *doc,
                                          cairo_surface_t  *surface,
                                          void            (*lay_out) (SgPagedDocument *doc));
/* Shows the page and counts it. */
void         sg_paged_document_end_page  (SgPagedDocument  *doc);

/* Text: @size in points, wrapped at @width (0: not wrapped). */
PangoLayout *sg_paged_layout             (SgPagedDocument  *doc,
                                          const char       *text,
                                          double            size,
                                          gboolean          bold,
                                          gboolean          italic,
                                          double            width);
double       sg_paged_layout_height      (PangoLayout      *layout);
double       sg_paged_layout_width       (PangoLayout      *layout);
void         sg_paged_show_layout        (SgPagedDocument  *doc,
                                          PangoLayout      *layout,
                                          double            x,
                                          double            y,
                                          const SgRgb      *colour);
/* Draws @text at @y and returns the y below it. */
double       sg_paged_show_text          (SgPagedDocument  *doc,
                                          const char       *text,
                                          double            size,
                                          gboolean          bold,
                                          double            x,
                                          double            y,
                                          double            width,
                                          const SgRgb      *colour);
void         sg_paged_draw_rule          (SgPagedDocument  *doc,
                                          double            x0,
                                          double            x1,
                                          double            y,
                                          double            line_width,
                                          const SgRgb      *colour);
/* The locale's date for an ISO date; "" for none. */
char        *sg_paged_dup_date           (const char       *iso);

/* The page's frame: @mark (a draft's "DRAFT") faint across the page,
 * @running_head above the body, @footer and "Page n of N" below it;
 * @alert draws the footer bold and red. */
void         sg_paged_draw_frame         (SgPagedDocument  *doc,
                                          const char       *mark,
                                          const char       *running_head,
                                          const char       *footer,
                                          gboolean          alert);
/* Lines to sign on, labelled below, side by side from @y; returns the y
 * below them. */
double       sg_paged_draw_signatures    (SgPagedDocument  *doc,
                                          double            y,
                                          const char *const *labels,
                                          guint             n_labels);
/* The change history's head when the content was taken, for matching a
 * printout with its register; returns the y below it. */
double       sg_paged_draw_chain_head    (SgPagedDocument  *doc,
                                          double            y,
                                          const char       *head,
                                          guint             n_entries);
/* How high sg_paged_draw_chain_head draws. */
#define SG_PAGED_CHAIN_BAND 54.0

/* Draws @layout at @x from @doc's y, going on over the next pages
 * (@doc->next_page) between its lines, never through one; moves y below it. */
void         sg_paged_flow_layout        (SgPagedDocument   *doc,
                                          PangoLayout       *layout,
                                          double             x,
                                          const SgRgb       *colour);
/* A table's header row: @heads bold on a tinted band, from @doc's margin. */
void         sg_paged_table_header       (SgPagedDocument   *doc,
                                          const char *const *heads,
                                          const double      *widths,
                                          guint              n_cells,
                                          double             size,
                                          double             cell_pad);
/* One table row of @n_cells laid out cells, @widths wide each, from
 * @doc's margin: kept whole on a page when it fits one (@doc->next_page
 * first), else broken between lines over as many pages as it needs —
 * never through a line. @repeat (a cell index, or -1) is drawn again at
 * the top of each continued part, so a part says whose row it is. */
void         sg_paged_table_row          (SgPagedDocument  *doc,
                                          PangoLayout     **layouts,
                                          const SgRgb     **colours,
                                          const double     *widths,
                                          guint             n_cells,
                                          double            cell_pad,
                                          gboolean          striped,
                                          int               repeat);

G_END_DECLS
