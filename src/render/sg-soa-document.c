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
#include "sg-paged-document.h"
#include "sg-soa-document.h"

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
#define CHAIN_BAND   SG_PAGED_CHAIN_BAND

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
  SgPagedDocument      base;
  const SgSoaSnapshot *snapshot;
  const char          *theme_title;
} Doc;

typedef struct
{
  char    *text;
  gboolean missing;    /* a gap the SoA must show: red and italic */
} Cell;

/* "Version 3, issued 03/12/2026" or "Draft, not issued". */
static char *
dup_version_line (const SgSoaSnapshot *snapshot)
{
  g_autofree char *issued = NULL;

  if (snapshot->version == 0)
    return g_strdup (_("Draft, not issued"));
  if (snapshot->issued_on == NULL)
    return g_strdup_printf (_("Version %u"), snapshot->version);
  issued = sg_paged_dup_date (snapshot->issued_on);
  /* Translators: on every page of the SoA; %u is its version, %s the date */
  return g_strdup_printf (_("Version %u, issued %s"), snapshot->version, issued);
}

/* Pages */

static void
page_begin (Doc *doc)
{
  const SgSoaSnapshot *snapshot = doc->snapshot;
  g_autofree char *version = NULL;
  g_autofree char *title = NULL;

  doc->base.y = BODY_TOP;
  if (!doc->base.drawing)
    return;
  if (snapshot->organisation != NULL)
    /* Translators: the running head of the SoA's pages; %s is the organisation */
    title = g_strdup_printf (_("Statement of Applicability — %s"), snapshot->organisation);
  else
    title = g_strdup (_("Statement of Applicability"));
  /* The footer says which issue, on every page. */
  version = dup_version_line (snapshot);
  sg_paged_draw_frame (&doc->base, snapshot->version == 0 ? _("DRAFT") : NULL, title, version,
                       snapshot->version == 0);
}

static void
page_end (Doc *doc)
{
  sg_paged_document_end_page (&doc->base);
}

/* The title page */

static void
title_row (Doc        *doc,
           const char *label,
           const char *value,
           gboolean    is_missing)
{
  const double label_w = 190, value_x = MARGIN_X + label_w, value_w = BODY_W - label_w - 120;
  g_autoptr(PangoLayout) value_layout = sg_paged_layout (&doc->base, value, 10, FALSE, is_missing, value_w);
  g_autoptr(PangoLayout) label_layout = sg_paged_layout (&doc->base, label, 10, TRUE, FALSE, label_w - 14);
  double height = MAX (MAX (sg_paged_layout_height (value_layout), sg_paged_layout_height (label_layout)),
                       12);

  if (doc->base.y + height > BODY_BOTTOM - CHAIN_BAND)
    {
      page_end (doc);
      page_begin (doc);
    }
  sg_paged_show_layout (&doc->base, label_layout, MARGIN_X, doc->base.y, &sg_paged_muted);
  sg_paged_show_layout (&doc->base, value_layout, value_x, doc->base.y,
                        is_missing ? &sg_paged_missing : &sg_paged_ink);
  doc->base.y += height + 7;
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

  if (doc->base.y + row_h * 7 > BODY_BOTTOM - CHAIN_BAND)
    return;
  doc->base.y += 6;
  x = MARGIN_X;
  for (guint c = 0; c < G_N_ELEMENTS (heads); c++)
    {
      g_autoptr(PangoLayout) layout = sg_paged_layout (&doc->base, heads[c], 9, TRUE, FALSE, 0);

      sg_paged_show_layout (&doc->base, layout, c == 0 ? x : x + widths[c] - sg_paged_layout_width (layout),
                            doc->base.y, &sg_paged_muted);
      x += widths[c];
    }
  doc->base.y += row_h;
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
      sg_paged_draw_rule (&doc->base, MARGIN_X, MARGIN_X + 614, doc->base.y - 2, 0.5, &sg_paged_rule);
      sg_paged_show_text (&doc->base, sg_soa_snapshot_theme_title (themes[t]), 9, FALSE, MARGIN_X, doc->base.y,
                          225, &sg_paged_ink);
      x = MARGIN_X + widths[0];
      for (guint c = 0; c < 4; c++)
        {
          g_autofree char *number = g_strdup_printf ("%u", counts[c]);
          g_autoptr(PangoLayout) layout = sg_paged_layout (&doc->base, number, 9, FALSE, FALSE, 0);

          sg_paged_show_layout (&doc->base, layout, x + widths[c + 1] - sg_paged_layout_width (layout),
                                doc->base.y, &sg_paged_ink);
          x += widths[c + 1];
        }
      doc->base.y += row_h;
    }
}

static void
draw_title_page (Doc *doc)
{
  const SgSoaSnapshot *snapshot = doc->snapshot;
  g_autofree char *version = NULL;
  g_autofree char *issued = NULL;
  g_autofree char *prepared = sg_paged_dup_date (snapshot->prepared_on);

  page_begin (doc);
  doc->base.y = 92;
  doc->base.y = sg_paged_show_text (&doc->base, _("Statement of Applicability"), 26, TRUE, MARGIN_X, doc->base.y,
                                    BODY_W, &sg_paged_ink);
  doc->base.y = sg_paged_show_text (&doc->base, _("ISO/IEC 27001:2022, clause 6.1.3 d"), 11, FALSE, MARGIN_X,
                                    doc->base.y + 2, BODY_W, &sg_paged_muted);
  if (snapshot->organisation != NULL)
    doc->base.y = sg_paged_show_text (&doc->base, snapshot->organisation, 16, FALSE, MARGIN_X, doc->base.y + 12,
                                      BODY_W, &sg_paged_ink);
  doc->base.y += 24;

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
      issued = sg_paged_dup_date (snapshot->issued_on);
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

  if (snapshot->version != 0 && doc->base.y + 40 <= BODY_BOTTOM - CHAIN_BAND)
    {
      /* Room for the approver's hand on the printout. */
      const char *const labels[] = { _("Signature"), _("Date") };

      doc->base.y = MAX (doc->base.y + 20, BODY_BOTTOM - CHAIN_BAND - 34);
      sg_paged_draw_signatures (&doc->base, doc->base.y, labels, G_N_ELEMENTS (labels));
    }
  /* The band above the footer: the change history's head when this
   * content was taken, the same 64 digits `safeguard --check` prints. */
  if (snapshot->history_head != NULL)
    sg_paged_draw_chain_head (&doc->base, BODY_BOTTOM - CHAIN_BAND + 12, snapshot->history_head,
                              snapshot->history_entries);
  page_end (doc);
}

/* The tables */

static void
table_header (Doc *doc)
{
  const char *const heads[N_COLUMNS] = {
    _("Ref"), _("Control"), _("Applicable"), _("Reasons for inclusion"), _("Justification"),
    _("Implementation"), _("Owner"), _("Evidence"),
  };

  sg_paged_table_header (&doc->base, heads, column_widths, N_COLUMNS, HEAD_SIZE, CELL_PAD);
}

static void
theme_heading (Doc     *doc,
               gboolean continued)
{
  g_autofree char *title = NULL;

  if (continued)
    /* Translators: the heading of a theme's table on its following pages */
    title = g_strdup_printf (_("%s (continued)"), doc->theme_title);
  doc->base.y = sg_paged_show_text (&doc->base, continued ? title : doc->theme_title, continued ? 10 : 14, TRUE,
                                    MARGIN_X, doc->base.y, BODY_W, &sg_paged_ink) + 6;
  table_header (doc);
}

static void
next_table_page (SgPagedDocument *base)
{
  Doc *doc = (Doc *) base;

  page_end (doc);
  page_begin (doc);
  theme_heading (doc, TRUE);
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
  const SgRgb *colours[N_COLUMNS];

  fill_cells (row, cells);
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      layouts[c] = sg_paged_layout (&doc->base, cells[c].text, BODY_SIZE, c == COL_REF, cells[c].missing,
                                    column_widths[c] - 2 * CELL_PAD);
      colours[c] = cells[c].missing ? &sg_paged_missing : &sg_paged_ink;
    }
  /* Where a row goes on over a page, its ref says whose row it is. */
  sg_paged_table_row (&doc->base, layouts, colours, column_widths, N_COLUMNS, CELL_PAD, striped, COL_REF);
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      g_object_unref (layouts[c]);
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
lay_out (SgPagedDocument *base)
{
  Doc *doc = (Doc *) base;

  draw_title_page (doc);
  draw_tables (doc);
}

guint
sg_soa_document_draw (cairo_surface_t     *surface,
                      const SgSoaSnapshot *snapshot)
{
  Doc doc = { { 0 } };

  g_return_val_if_fail (surface != NULL, 0);
  g_return_val_if_fail (snapshot != NULL, 0);

  doc.base.width = PAGE_W;
  doc.base.height = PAGE_H;
  doc.base.margin_x = MARGIN_X;
  doc.base.top = BODY_TOP;
  doc.base.bottom = BODY_BOTTOM;
  doc.base.next_page = next_table_page;
  doc.snapshot = snapshot;
  return sg_paged_document_run (&doc.base, surface, lay_out);
}
