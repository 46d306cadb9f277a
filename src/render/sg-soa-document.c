/* sg-soa-document.c: the Statement of Applicability drawn as paged A4 landscape
 *
 * The document an auditor signs and a certificate names, so it is drawn
 * for paper: 8.5 pt text that wraps inside its cell and is never cut, rows
 * kept whole on a page, the table header on every page, and the version
 * and "Page n of N" on every page, so a loose sheet still says which
 * issue it belongs to. The whole document is laid out twice: once to
 * count the pages, once to draw them.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-soa-document"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "sg-enums.h"
#include "sg-field-codec.h"
#include "sg-soa-document.h"

#define FONT_FAMILY "Sans"

#define PAGE_W       SG_SOA_DOCUMENT_WIDTH
#define PAGE_H       SG_SOA_DOCUMENT_HEIGHT
#define MARGIN_X     40.0
#define BODY_TOP     62.0              /* below the running header */
#define BODY_BOTTOM  (PAGE_H - 44.0)   /* above the footer */
#define BODY_W       (PAGE_W - 2 * MARGIN_X)
#define CELL_PAD     3.5
#define BODY_SIZE    8.5
#define HEAD_SIZE    8.0
/* The title page keeps this band above its footer free: the register's
 * history chain head is printed there, so a printed SoA can be matched
 * with the register it came from. */
#define CHAIN_BAND   54.0

typedef struct
{
  double r, g, b;
} Rgb;

static const Rgb ink = { 0.10, 0.10, 0.12 };
static const Rgb muted = { 0.38, 0.38, 0.42 };
static const Rgb rule = { 0.70, 0.70, 0.74 };
static const Rgb head_fill = { 0.87, 0.89, 0.93 };
/* Translucent, so that a draft's mark shows through every row alike. */
static const Rgb stripe = { 0.55, 0.55, 0.62 };
#define STRIPE_ALPHA 0.09
static const Rgb missing = { 0.70, 0.11, 0.11 };
static const Rgb draft_mark = { 0.93, 0.90, 0.90 };

enum {
  COL_REF,
  COL_CONTROL,
  COL_APPLICABLE,
  COL_REASONS,
  COL_JUSTIFICATION,
  COL_STATUS,
  COL_OWNER,
  COL_EVIDENCE,
  N_COLUMNS
};

/* Widths in points; they add up to BODY_W. */
static const double column_widths[N_COLUMNS] = { 44, 124, 58, 110, 132, 84, 72, BODY_W - 624 };

typedef struct
{
  cairo_t             *cr;
  PangoContext        *pango;
  const SgSoaSnapshot *snapshot;
  gboolean             drawing;    /* FALSE: only counting pages */
  guint                page;       /* the current page, from 1 */
  guint                n_pages;    /* known in the drawing pass */
  double               y;
  const char          *theme_title;
} Doc;

typedef struct
{
  char    *text;
  gboolean missing;    /* a gap the SoA must show: red and italic */
} Cell;

static void
set_rgb (cairo_t   *cr,
         const Rgb *colour)
{
  cairo_set_source_rgb (cr, colour->r, colour->g, colour->b);
}

static PangoLayout *
make_layout (Doc        *doc,
             const char *text,
             double      size,
             gboolean    bold,
             gboolean    italic,
             double      width)
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

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

static void
show_layout (Doc         *doc,
             PangoLayout *layout,
             double       x,
             double       y,
             const Rgb   *colour)
{
  if (!doc->drawing)
    return;
  set_rgb (doc->cr, colour);
  cairo_move_to (doc->cr, x, y);
  pango_cairo_show_layout (doc->cr, layout);
}

/* Draws @text at @y and returns the y below it. */
static double
show_text (Doc        *doc,
           const char *text,
           double      size,
           gboolean    bold,
           double      x,
           double      y,
           double      width,
           const Rgb  *colour)
{
  g_autoptr(PangoLayout) layout = make_layout (doc, text, size, bold, FALSE, width);

  show_layout (doc, layout, x, y, colour);
  return y + layout_height (layout);
}

static char *
dup_date (const char *iso)
{
  char *date = iso != NULL ? sg_field_format_date (iso) : NULL;

  return date != NULL ? date : g_strdup (iso != NULL ? iso : "");
}

/* "Version 3, issued 03/12/2026" or "Draft, not issued". */
static char *
dup_version_line (const SgSoaSnapshot *snapshot)
{
  g_autofree char *issued = NULL;

  if (snapshot->version == 0)
    return g_strdup (_("Draft, not issued"));
  if (snapshot->issued_on == NULL)
    return g_strdup_printf (_("Version %u"), snapshot->version);
  issued = dup_date (snapshot->issued_on);
  /* Translators: on every page of the SoA; %u is its version, %s the date */
  return g_strdup_printf (_("Version %u, issued %s"), snapshot->version, issued);
}

/* Pages */

static void
page_begin (Doc *doc)
{
  const SgSoaSnapshot *snapshot = doc->snapshot;
  g_autofree char *version = NULL;
  g_autofree char *page = NULL;
  g_autoptr(PangoLayout) page_layout = NULL;
  g_autoptr(PangoLayout) title_layout = NULL;
  g_autofree char *title = NULL;

  doc->y = BODY_TOP;
  if (!doc->drawing)
    return;

  /* A draft says so across the whole page, under everything else. */
  if (snapshot->version == 0)
    {
      g_autoptr(PangoLayout) mark = make_layout (doc, _("DRAFT"), 150, TRUE, FALSE, 0);

      cairo_save (doc->cr);
      cairo_translate (doc->cr, PAGE_W / 2, PAGE_H / 2);
      cairo_rotate (doc->cr, -G_PI / 7);
      show_layout (doc, mark, -layout_width (mark) / 2, -layout_height (mark) / 2, &draft_mark);
      cairo_restore (doc->cr);
    }

  if (snapshot->organisation != NULL)
    /* Translators: the running head of the SoA's pages; %s is the organisation */
    title = g_strdup_printf (_("Statement of Applicability — %s"), snapshot->organisation);
  else
    title = g_strdup (_("Statement of Applicability"));
  title_layout = make_layout (doc, title, 8, FALSE, FALSE, BODY_W * 0.6);
  pango_layout_set_ellipsize (title_layout, PANGO_ELLIPSIZE_END);
  show_layout (doc, title_layout, MARGIN_X, 30, &muted);
  set_rgb (doc->cr, &rule);
  cairo_set_line_width (doc->cr, 0.5);
  cairo_move_to (doc->cr, MARGIN_X, 44);
  cairo_line_to (doc->cr, PAGE_W - MARGIN_X, 44);
  cairo_stroke (doc->cr);

  /* The footer: which issue, and where in it, on every page. */
  version = dup_version_line (snapshot);
  show_text (doc, version, 8, snapshot->version == 0, MARGIN_X, PAGE_H - 32, BODY_W * 0.7,
             snapshot->version == 0 ? &missing : &ink);
  /* Translators: the footer of every page of the SoA */
  page = g_strdup_printf (_("Page %u of %u"), doc->page, doc->n_pages);
  page_layout = make_layout (doc, page, 8, FALSE, FALSE, 0);
  show_layout (doc, page_layout, PAGE_W - MARGIN_X - layout_width (page_layout), PAGE_H - 32, &ink);
}

static void
page_end (Doc *doc)
{
  if (doc->drawing)
    cairo_show_page (doc->cr);
  doc->page++;
}

/* The title page */

static void
title_row (Doc        *doc,
           const char *label,
           const char *value,
           gboolean    is_missing)
{
  const double label_w = 190, value_x = MARGIN_X + label_w, value_w = BODY_W - label_w - 120;
  g_autoptr(PangoLayout) value_layout = make_layout (doc, value, 10, FALSE, is_missing, value_w);
  g_autoptr(PangoLayout) label_layout = make_layout (doc, label, 10, TRUE, FALSE, label_w - 14);
  double height = MAX (MAX (layout_height (value_layout), layout_height (label_layout)), 12);

  if (doc->y + height > BODY_BOTTOM - CHAIN_BAND)
    {
      page_end (doc);
      page_begin (doc);
    }
  show_layout (doc, label_layout, MARGIN_X, doc->y, &muted);
  show_layout (doc, value_layout, value_x, doc->y, is_missing ? &missing : &ink);
  doc->y += height + 7;
}

static void
draw_summary (Doc *doc)
{
  static const int themes[] = {
    SG_CONTROL_THEME_ORGANIZATIONAL, SG_CONTROL_THEME_PEOPLE, SG_CONTROL_THEME_PHYSICAL,
    SG_CONTROL_THEME_TECHNOLOGICAL, SG_SOA_THEME_OWN,
  };
  const char *heads[] = { "", _("Controls"), _("Applicable"), _("Excluded"), _("Implemented") };
  const double widths[] = { 230, 96, 96, 96, 96 };
  const double row_h = 15;
  double x;

  if (doc->y + row_h * 7 > BODY_BOTTOM - CHAIN_BAND)
    return;
  doc->y += 6;
  x = MARGIN_X;
  for (guint c = 0; c < G_N_ELEMENTS (heads); c++)
    {
      g_autoptr(PangoLayout) layout = make_layout (doc, heads[c], 9, TRUE, FALSE, 0);

      show_layout (doc, layout, c == 0 ? x : x + widths[c] - layout_width (layout), doc->y, &muted);
      x += widths[c];
    }
  doc->y += row_h;
  for (guint t = 0; t < G_N_ELEMENTS (themes); t++)
    {
      guint counts[4] = { 0, 0, 0, 0 };

      for (guint i = 0; i < doc->snapshot->rows->len; i++)
        {
          const SgSoaSnapshotRow *row = doc->snapshot->rows->pdata[i];

          if (row->theme != themes[t])
            continue;
          counts[0]++;
          counts[row->applicable ? 1 : 2]++;
          if (row->applicable && row->status >= SG_IMPLEMENTATION_STATUS_IMPLEMENTED)
            counts[3]++;
        }
      if (counts[0] == 0)
        continue;
      if (doc->drawing)
        {
          set_rgb (doc->cr, &rule);
          cairo_set_line_width (doc->cr, 0.5);
          cairo_move_to (doc->cr, MARGIN_X, doc->y - 2);
          cairo_line_to (doc->cr, MARGIN_X + 614, doc->y - 2);
          cairo_stroke (doc->cr);
        }
      show_text (doc, sg_soa_snapshot_theme_title (themes[t]), 9, FALSE, MARGIN_X, doc->y, 225, &ink);
      x = MARGIN_X + widths[0];
      for (guint c = 0; c < 4; c++)
        {
          g_autofree char *number = g_strdup_printf ("%u", counts[c]);
          g_autoptr(PangoLayout) layout = make_layout (doc, number, 9, FALSE, FALSE, 0);

          show_layout (doc, layout, x + widths[c + 1] - layout_width (layout), doc->y, &ink);
          x += widths[c + 1];
        }
      doc->y += row_h;
    }
}

static void
draw_title_page (Doc *doc)
{
  const SgSoaSnapshot *snapshot = doc->snapshot;
  g_autofree char *version = NULL;
  g_autofree char *issued = NULL;
  g_autofree char *prepared = dup_date (snapshot->prepared_on);

  page_begin (doc);
  doc->y = 92;
  doc->y = show_text (doc, _("Statement of Applicability"), 26, TRUE, MARGIN_X, doc->y, BODY_W, &ink);
  doc->y = show_text (doc, _("ISO/IEC 27001:2022, clause 6.1.3 d"), 11, FALSE, MARGIN_X, doc->y + 2,
                      BODY_W, &muted);
  if (snapshot->organisation != NULL)
    doc->y = show_text (doc, snapshot->organisation, 16, FALSE, MARGIN_X, doc->y + 12, BODY_W, &ink);
  doc->y += 24;

  if (snapshot->version == 0)
    {
      /* Translators: %s is a date */
      g_autofree char *line = g_strdup_printf (_("Draft, not issued: the register as it stood on %s, "
                                                 "not approved. Issue the Statement of Applicability "
                                                 "to give it a version."), prepared);

      title_row (doc, _("Version"), line, TRUE);
    }
  else
    {
      version = g_strdup_printf ("%u", snapshot->version);
      issued = dup_date (snapshot->issued_on);
      title_row (doc, _("Version"), version, FALSE);
      title_row (doc, _("Issued on"), issued, FALSE);
      title_row (doc, _("Approved by"),
                 snapshot->approved_by != NULL ? snapshot->approved_by : _("Not recorded"),
                 snapshot->approved_by == NULL);
      if (snapshot->change_summary != NULL)
        title_row (doc, _("Changes in this version"), snapshot->change_summary, FALSE);
    }
  title_row (doc, _("Scope"), snapshot->scope != NULL ? snapshot->scope : _("No scope statement recorded"),
             snapshot->scope == NULL);
  draw_summary (doc);

  if (snapshot->version != 0 && doc->y + 40 <= BODY_BOTTOM - CHAIN_BAND)
    {
      /* Room for the approver's hand on the printout. */
      const char *labels[] = { _("Signature"), _("Date") };
      double x = MARGIN_X;

      doc->y = MAX (doc->y + 20, BODY_BOTTOM - CHAIN_BAND - 34);
      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        {
          if (doc->drawing)
            {
              set_rgb (doc->cr, &ink);
              cairo_set_line_width (doc->cr, 0.6);
              cairo_move_to (doc->cr, x, doc->y + 14);
              cairo_line_to (doc->cr, x + 220, doc->y + 14);
              cairo_stroke (doc->cr);
            }
          show_text (doc, labels[i], 8, FALSE, x, doc->y + 17, 220, &muted);
          x += 260;
        }
    }
  /* The band above the footer: the change history's head when this
   * content was taken, the same 64 digits `safeguard --check` prints. */
  if (snapshot->history_head != NULL)
    {
      g_autofree char *label =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Change history when this content was taken: %u entry, ending in the chain head",
                                      "Change history when this content was taken: %u entries, ending in the chain head",
                                      snapshot->history_entries),
                         snapshot->history_entries);
      g_autoptr(PangoLayout) head = make_layout (doc, snapshot->history_head, 8, FALSE, FALSE, BODY_W);
      g_autoptr(PangoFontDescription) mono = pango_font_description_from_string ("Monospace");
      double y = BODY_BOTTOM - CHAIN_BAND + 12;

      pango_font_description_set_absolute_size (mono, 8 * PANGO_SCALE);
      pango_layout_set_font_description (head, mono);
      y = show_text (doc, label, 7.5, FALSE, MARGIN_X, y, BODY_W, &muted);
      show_layout (doc, head, MARGIN_X, y + 2, &ink);
      show_text (doc, _("safeguard --check prints the head of the register as it is now; a register "
                        "changed only by Safeguard since still holds this one in its history."),
                 7, FALSE, MARGIN_X, y + 4 + layout_height (head), BODY_W, &muted);
    }
  page_end (doc);
}

/* The tables */

static void
table_header (Doc *doc)
{
  const char *heads[N_COLUMNS] = {
    _("Ref"), _("Control"), _("Applicable"), _("Reasons for inclusion"), _("Justification"),
    _("Implementation"), _("Owner"), _("Evidence"),
  };
  PangoLayout *layouts[N_COLUMNS];
  double height = 0, x = MARGIN_X;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      layouts[c] = make_layout (doc, heads[c], HEAD_SIZE, TRUE, FALSE, column_widths[c] - 2 * CELL_PAD);
      height = MAX (height, layout_height (layouts[c]));
    }
  height += 2 * CELL_PAD;
  if (doc->drawing)
    {
      set_rgb (doc->cr, &head_fill);
      cairo_rectangle (doc->cr, MARGIN_X, doc->y, BODY_W, height);
      cairo_fill (doc->cr);
    }
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      show_layout (doc, layouts[c], x + CELL_PAD, doc->y + CELL_PAD, &ink);
      x += column_widths[c];
      g_object_unref (layouts[c]);
    }
  doc->y += height;
}

static void
theme_heading (Doc     *doc,
               gboolean continued)
{
  g_autofree char *title = NULL;

  if (continued)
    /* Translators: the heading of a theme's table on its following pages */
    title = g_strdup_printf (_("%s (continued)"), doc->theme_title);
  doc->y = show_text (doc, continued ? title : doc->theme_title, continued ? 10 : 14, TRUE,
                      MARGIN_X, doc->y, BODY_W, &ink) + 6;
  table_header (doc);
}

static void
next_table_page (Doc *doc)
{
  page_end (doc);
  page_begin (doc);
  theme_heading (doc, TRUE);
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

static void
fill_cells (const SgSoaSnapshotRow *row,
            Cell                   *cells)
{
  const char *none = "—";
  g_autofree char *reasons = sg_soa_snapshot_row_dup_reasons (row);
  g_autofree char *evidence = sg_soa_snapshot_row_dup_evidence (row);

  cells[COL_REF].text = g_strdup (row->ref);
  cells[COL_CONTROL].text = g_strdup (row->title != NULL ? row->title : "");
  cells[COL_APPLICABLE].text = g_strdup (row->applicable ? _("Yes") : _("No"));
  if (row->applicable && *reasons == '\0')
    {
      cells[COL_REASONS].text = g_strdup (_("No reason given"));
      cells[COL_REASONS].missing = TRUE;
    }
  else
    cells[COL_REASONS].text = g_strdup (*reasons != '\0' ? reasons : none);
  if (!row->applicable && row->justification == NULL)
    {
      cells[COL_JUSTIFICATION].text = g_strdup (_("No justification given"));
      cells[COL_JUSTIFICATION].missing = TRUE;
    }
  else
    cells[COL_JUSTIFICATION].text = g_strdup (row->justification != NULL ? row->justification : none);
  cells[COL_STATUS].text = g_strdup (row->applicable ?
                                     sg_enum_get_label (SG_TYPE_IMPLEMENTATION_STATUS, row->status) :
                                     none);
  cells[COL_OWNER].text = g_strdup (row->owner != NULL ? row->owner : none);
  cells[COL_EVIDENCE].text = g_strdup (*evidence != '\0' ? evidence : none);
}

static void
draw_row (Doc                    *doc,
          const SgSoaSnapshotRow *row,
          gboolean                striped)
{
  Cell cells[N_COLUMNS] = { { NULL, FALSE } };
  PangoLayout *layouts[N_COLUMNS];
  GArray *bottoms[N_COLUMNS];
  double offsets[N_COLUMNS] = { 0 };
  double heights[N_COLUMNS];
  double row_height = 0, full_page;
  gboolean done = FALSE;
  guint slice_index = 0;

  fill_cells (row, cells);
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      layouts[c] = make_layout (doc, cells[c].text, BODY_SIZE, c == COL_REF, cells[c].missing,
                                column_widths[c] - 2 * CELL_PAD);
      heights[c] = layout_height (layouts[c]);
      bottoms[c] = line_bottoms (layouts[c]);
      row_height = MAX (row_height, heights[c]);
    }
  row_height += 2 * CELL_PAD;

  /* What a page holds below the continued heading and the header row. */
  full_page = BODY_BOTTOM - BODY_TOP - 40;
  /* A row that fits a page starts on the next one rather than be split; a
   * row taller than any page starts here unless little room is left. */
  if (doc->y + row_height > BODY_BOTTOM &&
      (row_height <= full_page || BODY_BOTTOM - doc->y < full_page / 4))
    next_table_page (doc);

  /* Usually one slice; a row taller than a page goes on over the next
   * ones, each cell broken between its lines, never through one. */
  while (!done)
    {
      double room = BODY_BOTTOM - doc->y - 2 * CELL_PAD;
      double cuts[N_COLUMNS];
      double slice = 0, x = MARGIN_X;

      if (row_height > full_page && room < 3 * BODY_SIZE)
        {
          next_table_page (doc);
          room = BODY_BOTTOM - doc->y - 2 * CELL_PAD;
        }
      /* Where a row goes on, its ref says whose row it is. */
      if (offsets[COL_REF] >= heights[COL_REF] - 0.01 && slice_index > 0)
        offsets[COL_REF] = 0;
      done = TRUE;
      for (guint c = 0; c < N_COLUMNS; c++)
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
      slice += 2 * CELL_PAD;

      if (doc->drawing)
        {
          if (striped)
            {
              cairo_set_source_rgba (doc->cr, stripe.r, stripe.g, stripe.b, STRIPE_ALPHA);
              cairo_rectangle (doc->cr, MARGIN_X, doc->y, BODY_W, slice);
              cairo_fill (doc->cr);
            }
          for (guint c = 0; c < N_COLUMNS; c++)
            {
              cairo_save (doc->cr);
              cairo_rectangle (doc->cr, x, doc->y + CELL_PAD, column_widths[c], cuts[c] - offsets[c]);
              cairo_clip (doc->cr);
              show_layout (doc, layouts[c], x + CELL_PAD, doc->y + CELL_PAD - offsets[c],
                           cells[c].missing ? &missing : &ink);
              cairo_restore (doc->cr);
              x += column_widths[c];
            }
          set_rgb (doc->cr, &rule);
          cairo_set_line_width (doc->cr, 0.4);
          cairo_move_to (doc->cr, MARGIN_X, doc->y + slice);
          cairo_line_to (doc->cr, PAGE_W - MARGIN_X, doc->y + slice);
          cairo_stroke (doc->cr);
        }
      doc->y += slice;
      for (guint c = 0; c < N_COLUMNS; c++)
        offsets[c] = cuts[c];
      slice_index++;
      if (!done)
        next_table_page (doc);
    }

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      g_object_unref (layouts[c]);
      g_array_unref (bottoms[c]);
      g_free (cells[c].text);
    }
}

static void
draw_tables (Doc *doc)
{
  const GPtrArray *rows = doc->snapshot->rows;
  guint i = 0;

  while (i < rows->len)
    {
      int theme = ((SgSoaSnapshotRow *) rows->pdata[i])->theme;
      guint n = 0;

      doc->theme_title = sg_soa_snapshot_theme_title (theme);
      page_begin (doc);
      theme_heading (doc, FALSE);
      for (; i < rows->len && ((SgSoaSnapshotRow *) rows->pdata[i])->theme == theme; i++)
        draw_row (doc, rows->pdata[i], n++ % 2 == 1);
      page_end (doc);
    }
}

static void
lay_out (Doc *doc)
{
  doc->page = 1;
  draw_title_page (doc);
  draw_tables (doc);
}

guint
sg_soa_document_draw (cairo_surface_t     *surface,
                      const SgSoaSnapshot *snapshot)
{
  cairo_font_options_t *options;
  Doc doc = { 0 };

  g_return_val_if_fail (surface != NULL, 0);
  g_return_val_if_fail (snapshot != NULL, 0);

  doc.cr = cairo_create (surface);
  doc.snapshot = snapshot;
  /* Unhinted metrics: the counting pass and the drawing pass agree. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_set_font_options (doc.cr, options);
  doc.pango = pango_cairo_create_context (doc.cr);
  pango_cairo_context_set_font_options (doc.pango, options);
  cairo_font_options_destroy (options);

  doc.drawing = FALSE;
  lay_out (&doc);
  doc.n_pages = doc.page - 1;

  doc.drawing = TRUE;
  lay_out (&doc);

  g_object_unref (doc.pango);
  cairo_destroy (doc.cr);
  return doc.n_pages;
}
