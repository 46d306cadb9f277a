/* sg-review-minutes.c: the minutes of a management review drawn as paged A4 portrait
 *
 * What the board reads and the certification auditor asks for under
 * clause 9.3: who attended, each 9.3.2 input with the figures the
 * register gave, what was decided and who must do what by when. Drawn
 * for paper: 9.5 pt body text that wraps and breaks between pages only
 * between lines, a heading never alone at the foot of a page, the
 * actions' table header again on every page it goes on to.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-review-minutes"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-review-minutes.h"

#define PAGE_W       SG_REVIEW_MINUTES_WIDTH
#define PAGE_H       SG_REVIEW_MINUTES_HEIGHT
#define MARGIN_X     50.0
#define BODY_TOP     62.0              /* below the running header */
#define BODY_BOTTOM  (PAGE_H - 48.0)   /* above the footer */
#define BODY_W       (PAGE_W - 2 * MARGIN_X)
#define CELL_PAD     3.5
#define BODY_SIZE    9.5
#define TABLE_SIZE   9.0
#define HEAD_SIZE    9.0
#define H1_SIZE      14.0
#define H2_SIZE      11.0
#define KEY_WIDTH    150.0             /* the labels of the first page, and names */
/* A heading keeps this much of what follows it on its page: a few lines,
 * or a table's header and its first rows. */
#define KEEP_LINES  (3 * BODY_SIZE * 1.25)
#define KEEP_TABLE  80.0

enum {
  FIG_WHAT,
  FIG_NOW,
  FIG_PREVIOUS,
  FIG_TREND,
  N_FIG_COLUMNS
};

/* Widths in points; they add up to BODY_W. */
static const double figure_widths[N_FIG_COLUMNS] = { BODY_W - 225, 45, 90, 90 };

enum {
  ACT_REF,
  ACT_TITLE,
  ACT_OWNER,
  ACT_DUE,
  ACT_STATUS,
  N_ACT_COLUMNS
};

static const double action_widths[N_ACT_COLUMNS] = { 52, BODY_W - 312, 89, 98, 73 };

/* What a page that a part goes on to repeats at its top. */
typedef enum
{
  REPEAT_NOTHING,
  REPEAT_FIGURES,
  REPEAT_ACTIONS,
} Repeat;

typedef struct
{
  SgPagedDocument        base;
  const SgReviewMinutes *minutes;
  Repeat                 repeat;
  const char            *part;       /* the heading a continued page repeats */
} Doc;

/* The data */

static void
attendee_free (gpointer data)
{
  SgMinutesAttendee *attendee = data;

  g_free (attendee->name);
  g_free (attendee->function);
  g_free (attendee);
}

static void
figure_free (gpointer data)
{
  SgMinutesFigure *figure = data;

  g_free (figure->what);
  g_free (figure->now);
  g_free (figure->previous);
  g_free (figure->trend);
  g_free (figure);
}

static void
action_free (gpointer data)
{
  SgMinutesAction *action = data;

  g_free (action->ref);
  g_free (action->title);
  g_free (action->owner);
  g_free (action->due);
  g_free (action->status);
  g_free (action);
}

SgReviewMinutes *
sg_review_minutes_new (void)
{
  SgReviewMinutes *minutes = g_new0 (SgReviewMinutes, 1);

  minutes->attendees = g_ptr_array_new_with_free_func (attendee_free);
  minutes->actions = g_ptr_array_new_with_free_func (action_free);
  for (guint i = 0; i < SG_REVIEW_MINUTES_N_INPUTS; i++)
    minutes->inputs[i].figures = g_ptr_array_new_with_free_func (figure_free);
  return minutes;
}

void
sg_review_minutes_free (SgReviewMinutes *minutes)
{
  if (minutes == NULL)
    return;
  g_free (minutes->organisation);
  g_free (minutes->ref);
  g_free (minutes->title);
  g_free (minutes->date);
  g_free (minutes->status);
  g_free (minutes->inputs_note);
  g_ptr_array_unref (minutes->attendees);
  g_free (minutes->other_attendees);
  for (guint i = 0; i < SG_REVIEW_MINUTES_N_INPUTS; i++)
    {
      g_free (minutes->inputs[i].title);
      g_ptr_array_unref (minutes->inputs[i].figures);
      g_free (minutes->inputs[i].notes);
    }
  g_free (minutes->decisions);
  g_free (minutes->changes);
  g_ptr_array_unref (minutes->actions);
  g_free (minutes->history_head);
  g_free (minutes);
}

SgMinutesFigure *
sg_minutes_figure_new (const char *what,
                       const char *now,
                       const char *previous,
                       const char *trend)
{
  SgMinutesFigure *figure = g_new0 (SgMinutesFigure, 1);

  figure->what = g_strdup (what);
  figure->now = g_strdup (now);
  figure->previous = g_strdup (previous);
  figure->trend = g_strdup (trend);
  return figure;
}

void
sg_review_minutes_add_attendee (SgReviewMinutes *minutes,
                                const char      *name,
                                const char      *function)
{
  SgMinutesAttendee *attendee = g_new0 (SgMinutesAttendee, 1);

  attendee->name = g_strdup (name);
  attendee->function = g_strdup (function);
  g_ptr_array_add (minutes->attendees, attendee);
}

void
sg_review_minutes_add_action (SgReviewMinutes *minutes,
                              const char      *ref,
                              const char      *title,
                              const char      *owner,
                              const char      *due,
                              const char      *status)
{
  SgMinutesAction *action = g_new0 (SgMinutesAction, 1);

  action->ref = g_strdup (ref);
  action->title = g_strdup (title);
  action->owner = g_strdup (owner);
  action->due = g_strdup (due);
  action->status = g_strdup (status);
  g_ptr_array_add (minutes->actions, action);
}

/* Pages */

static void
page_begin (Doc *doc)
{
  const SgReviewMinutes *minutes = doc->minutes;
  g_autofree char *head = NULL;
  g_autofree char *footer = NULL;

  doc->base.y = BODY_TOP;
  /* The first page keeps a band above its footer for the chain head. */
  doc->base.bottom = BODY_BOTTOM - (doc->base.page == 1 && minutes->history_head != NULL ?
                                    SG_PAGED_CHAIN_BAND : 0);
  if (!doc->base.drawing)
    return;

  if (minutes->organisation != NULL)
    /* Translators: the running head of the minutes' pages; %s is the organisation */
    head = g_strdup_printf (_("Management review minutes — %s"), minutes->organisation);
  else
    head = g_strdup (_("Management review minutes"));
  if (!minutes->held)
    /* Translators: the footer of a review's minutes before it is held; %s is its title */
    footer = g_strdup_printf (_("%s — draft: not held yet"), minutes->title);
  else if (minutes->date != NULL)
    /* Translators: the footer of a review's minutes; the review's title and date */
    footer = g_strdup_printf (_("%s, %s"), minutes->title, minutes->date);
  else
    footer = g_strdup (minutes->title);
  sg_paged_draw_frame (&doc->base, minutes->held ? NULL : _("DRAFT"), head, footer, !minutes->held);
}

static void
section_heading (Doc        *doc,
                 const char *text,
                 double      size,
                 gboolean    continued,
                 double      keep_after);

static void
next_page_cb (SgPagedDocument *base)
{
  Doc *doc = (Doc *) base;

  sg_paged_document_end_page (base);
  page_begin (doc);
  if (doc->part != NULL)
    section_heading (doc, doc->part, H2_SIZE, TRUE, 0);
  if (doc->repeat == REPEAT_FIGURES)
    {
      const char *const heads[N_FIG_COLUMNS] = {
        _("Figure"), _("Now"), _("Previous review"), _("Trend"),
      };

      sg_paged_table_header (base, heads, figure_widths, N_FIG_COLUMNS, HEAD_SIZE, CELL_PAD);
    }
  else if (doc->repeat == REPEAT_ACTIONS)
    {
      const char *const heads[N_ACT_COLUMNS] = {
        _("Ref"), _("Action"), _("Owner"), _("Due date"), _("Status"),
      };

      sg_paged_table_header (base, heads, action_widths, N_ACT_COLUMNS, HEAD_SIZE, CELL_PAD);
    }
}

/* A new page when less than @height is left on this one; a table not
 * yet begun does not repeat its header there. */
static void
keep (Doc    *doc,
      double  height)
{
  if (doc->base.y + height > doc->base.bottom && doc->base.y > BODY_TOP + 0.5)
    {
      Repeat repeat = doc->repeat;

      doc->repeat = REPEAT_NOTHING;
      next_page_cb (&doc->base);
      doc->repeat = repeat;
    }
}

/* A heading, on the next page unless @keep_after of what follows it
 * fits below it; a @continued one repeats the heading of a part that
 * goes on to a new page. */
static void
section_heading (Doc        *doc,
                 const char *text,
                 double      size,
                 gboolean    continued,
                 double      keep_after)
{
  g_autofree char *title = NULL;
  g_autoptr(PangoLayout) layout = NULL;

  if (continued)
    /* Translators: a heading again on the next page its part goes on to */
    title = g_strdup_printf (_("%s (continued)"), text);
  layout = sg_paged_layout (&doc->base, continued ? title : text, continued ? H2_SIZE - 1 : size, TRUE,
                            FALSE, BODY_W);
  if (!continued)
    {
      const char *part = doc->part;

      /* The heading before its part begins: nothing to continue yet. */
      doc->part = NULL;
      keep (doc, sg_paged_layout_height (layout) + keep_after);
      doc->part = part;
      doc->base.y += size >= H1_SIZE ? 10 : 6;
    }
  sg_paged_show_layout (&doc->base, layout, MARGIN_X, doc->base.y, &sg_paged_ink);
  doc->base.y += sg_paged_layout_height (layout) + 4;
}

/* Body text that goes on over pages between its lines. */
static void
paragraph (Doc         *doc,
           const char  *text,
           gboolean     italic,
           const SgRgb *colour)
{
  g_autoptr(PangoLayout) layout = sg_paged_layout (&doc->base, text, BODY_SIZE, FALSE, italic, BODY_W);

  sg_paged_flow_layout (&doc->base, layout, MARGIN_X, colour);
  doc->base.y += 4;
}

/* Text the minutes should have and lack: said in red, not left blank. */
static void
text_or_gap (Doc        *doc,
             const char *text,
             const char *gap)
{
  if (text != NULL)
    paragraph (doc, text, FALSE, &sg_paged_ink);
  else
    paragraph (doc, gap, TRUE, &sg_paged_missing);
}

/* The first part: the review, who attended */

static void
key_value (Doc         *doc,
           const char  *label,
           const char  *value,
           gboolean     is_missing)
{
  const double label_w = KEY_WIDTH;
  g_autoptr(PangoLayout) label_layout = sg_paged_layout (&doc->base, label, BODY_SIZE, TRUE, FALSE, label_w - 10);
  g_autoptr(PangoLayout) value_layout = sg_paged_layout (&doc->base, value, BODY_SIZE, FALSE, is_missing,
                                                         BODY_W - label_w);
  const SgRgb *colour = is_missing ? &sg_paged_missing : &sg_paged_ink;

  keep (doc, MIN (sg_paged_layout_height (value_layout), 3 * BODY_SIZE));
  sg_paged_show_layout (&doc->base, label_layout, MARGIN_X, doc->base.y, &sg_paged_muted);
  sg_paged_flow_layout (&doc->base, value_layout, MARGIN_X + label_w, colour);
  doc->base.y += 5;
}

static void
draw_title (Doc *doc)
{
  const SgReviewMinutes *minutes = doc->minutes;
  SgPagedDocument *base = &doc->base;

  base->y = sg_paged_show_text (base, _("Management review minutes"), 22, TRUE, MARGIN_X, 80, BODY_W,
                                &sg_paged_ink);
  base->y = sg_paged_show_text (base, _("ISO/IEC 27001:2022, clause 9.3"), 10.5, FALSE, MARGIN_X, base->y + 2,
                                BODY_W, &sg_paged_muted);
  if (minutes->organisation != NULL)
    base->y = sg_paged_show_text (base, minutes->organisation, 14, FALSE, MARGIN_X, base->y + 10, BODY_W,
                                  &sg_paged_ink);
  base->y += 18;

  key_value (doc, _("Title"), minutes->title, FALSE);
  key_value (doc, _("Reference"), minutes->ref, FALSE);
  key_value (doc, _("Date"), minutes->date != NULL ? minutes->date : _("No date recorded"), minutes->date == NULL);
  key_value (doc, _("Status"), minutes->status, !minutes->held);
  if (minutes->inputs_note != NULL)
    key_value (doc, _("Inputs"), minutes->inputs_note, !minutes->held);
}

static void
draw_attendees (Doc *doc)
{
  const SgReviewMinutes *minutes = doc->minutes;
  const double name_w = KEY_WIDTH;

  section_heading (doc, _("Attendees"), H1_SIZE, FALSE, KEEP_LINES);
  if (minutes->attendees->len == 0 && minutes->other_attendees == NULL)
    {
      paragraph (doc, _("No attendees recorded."), TRUE, &sg_paged_missing);
      return;
    }
  for (guint i = 0; i < minutes->attendees->len; i++)
    {
      const SgMinutesAttendee *attendee = minutes->attendees->pdata[i];
      g_autoptr(PangoLayout) name = sg_paged_layout (&doc->base, attendee->name, BODY_SIZE, FALSE, FALSE,
                                                     name_w - 10);
      g_autoptr(PangoLayout) function = sg_paged_layout (&doc->base, attendee->function, BODY_SIZE, FALSE,
                                                         FALSE, BODY_W - name_w);
      double height = MAX (sg_paged_layout_height (name), sg_paged_layout_height (function));

      keep (doc, height);
      sg_paged_show_layout (&doc->base, name, MARGIN_X, doc->base.y, &sg_paged_ink);
      sg_paged_show_layout (&doc->base, function, MARGIN_X + name_w, doc->base.y, &sg_paged_muted);
      doc->base.y += height + 3;
    }
  if (minutes->other_attendees != NULL)
    {
      doc->base.y += 4;
      key_value (doc, _("Other attendees"), minutes->other_attendees, FALSE);
    }
}

/* The inputs */

static void
draw_figures (Doc        *doc,
              GPtrArray  *figures)
{
  const char *const heads[N_FIG_COLUMNS] = {
    _("Figure"), _("Now"), _("Previous review"), _("Trend"),
  };

  sg_paged_table_header (&doc->base, heads, figure_widths, N_FIG_COLUMNS, HEAD_SIZE, CELL_PAD);
  doc->repeat = REPEAT_FIGURES;
  for (guint i = 0; i < figures->len; i++)
    {
      const SgMinutesFigure *figure = figures->pdata[i];
      const char *texts[N_FIG_COLUMNS] = {
        figure->what, figure->now, figure->previous != NULL ? figure->previous : "—",
        figure->trend != NULL ? figure->trend : "—",
      };
      PangoLayout *layouts[N_FIG_COLUMNS];
      const SgRgb *colours[N_FIG_COLUMNS];

      for (guint c = 0; c < N_FIG_COLUMNS; c++)
        {
          layouts[c] = sg_paged_layout (&doc->base, texts[c], TABLE_SIZE, c == FIG_NOW, FALSE,
                                        figure_widths[c] - 2 * CELL_PAD);
          colours[c] = c == FIG_PREVIOUS || c == FIG_TREND ? &sg_paged_muted : &sg_paged_ink;
        }
      sg_paged_table_row (&doc->base, layouts, colours, figure_widths, N_FIG_COLUMNS, CELL_PAD, i % 2 == 1, 0);
      for (guint c = 0; c < N_FIG_COLUMNS; c++)
        g_object_unref (layouts[c]);
    }
  doc->repeat = REPEAT_NOTHING;
  doc->base.y += 6;
}

static void
draw_inputs (Doc *doc)
{
  const SgReviewMinutes *minutes = doc->minutes;

  section_heading (doc, _("Inputs to the review (clause 9.3.2)"), H1_SIZE, FALSE, KEEP_TABLE + 30);
  for (guint i = 0; i < SG_REVIEW_MINUTES_N_INPUTS; i++)
    {
      const SgMinutesInput *input = &minutes->inputs[i];

      section_heading (doc, input->title, H2_SIZE, FALSE,
                       input->figures->len > 0 ? KEEP_TABLE : KEEP_LINES);
      doc->part = input->title;
      if (input->figures->len > 0)
        draw_figures (doc, input->figures);
      if (input->notes != NULL)
        {
          keep (doc, 3 * BODY_SIZE);
          doc->base.y = sg_paged_show_text (&doc->base, _("Notes"), BODY_SIZE, TRUE, MARGIN_X, doc->base.y,
                                            BODY_W, &sg_paged_muted) + 2;
          paragraph (doc, input->notes, FALSE, &sg_paged_ink);
        }
      else if (input->figures->len == 0)
        paragraph (doc, _("No figures and no notes under this heading."), TRUE, &sg_paged_muted);
      doc->part = NULL;
    }
}

/* The outputs */

static void
draw_actions (Doc *doc)
{
  const SgReviewMinutes *minutes = doc->minutes;
  const char *const heads[N_ACT_COLUMNS] = {
    _("Ref"), _("Action"), _("Owner"), _("Due date"), _("Status"),
  };

  section_heading (doc, _("Actions"), H1_SIZE, FALSE, minutes->actions->len > 0 ? KEEP_TABLE : KEEP_LINES);
  if (minutes->actions->len == 0)
    {
      paragraph (doc, _("The review decided on no actions."), TRUE, &sg_paged_muted);
      return;
    }
  sg_paged_table_header (&doc->base, heads, action_widths, N_ACT_COLUMNS, HEAD_SIZE, CELL_PAD);
  doc->part = _("Actions");
  doc->repeat = REPEAT_ACTIONS;
  for (guint i = 0; i < minutes->actions->len; i++)
    {
      const SgMinutesAction *action = minutes->actions->pdata[i];
      const char *texts[N_ACT_COLUMNS] = {
        action->ref, action->title,
        action->owner != NULL ? action->owner : _("No owner"),
        action->due != NULL ? action->due : _("No due date"),
        action->status,
      };
      PangoLayout *layouts[N_ACT_COLUMNS];
      const SgRgb *colours[N_ACT_COLUMNS];

      for (guint c = 0; c < N_ACT_COLUMNS; c++)
        {
          gboolean gap = (c == ACT_OWNER && action->owner == NULL) || (c == ACT_DUE && action->due == NULL);

          layouts[c] = sg_paged_layout (&doc->base, texts[c], TABLE_SIZE, c == ACT_REF, gap,
                                        action_widths[c] - 2 * CELL_PAD);
          colours[c] = gap ? &sg_paged_missing : &sg_paged_ink;
        }
      sg_paged_table_row (&doc->base, layouts, colours, action_widths, N_ACT_COLUMNS, CELL_PAD, i % 2 == 1,
                          ACT_REF);
      for (guint c = 0; c < N_ACT_COLUMNS; c++)
        g_object_unref (layouts[c]);
    }
  doc->part = NULL;
  doc->repeat = REPEAT_NOTHING;
}

static void
draw_approval (Doc *doc)
{
  const char *const labels[] = { _("Minutes approved by (name)"), _("Signature"), _("Date") };

  section_heading (doc, _("Approval"), H1_SIZE, FALSE, 50);
  doc->base.y = sg_paged_draw_signatures (&doc->base, doc->base.y + 18, labels, G_N_ELEMENTS (labels));
}

static void
lay_out (SgPagedDocument *base)
{
  Doc *doc = (Doc *) base;
  const SgReviewMinutes *minutes = doc->minutes;

  page_begin (doc);
  /* The band above the first page's footer: the change history's head
   * when the minutes were printed, the 64 digits `safeguard --check` prints. */
  if (minutes->history_head != NULL)
    sg_paged_draw_chain_head (base, BODY_BOTTOM - SG_PAGED_CHAIN_BAND + 12, minutes->history_head,
                              minutes->history_entries);
  draw_title (doc);
  draw_attendees (doc);
  draw_inputs (doc);
  section_heading (doc, _("Decisions on continual improvement (clause 9.3.3)"), H1_SIZE, FALSE,
                   KEEP_LINES);
  doc->part = _("Decisions on continual improvement (clause 9.3.3)");
  text_or_gap (doc, minutes->decisions, _("No decisions recorded."));
  section_heading (doc, _("Changes to the ISMS"), H1_SIZE, FALSE, KEEP_LINES);
  doc->part = _("Changes to the ISMS");
  text_or_gap (doc, minutes->changes, _("No changes to the ISMS recorded."));
  doc->part = NULL;
  draw_actions (doc);
  draw_approval (doc);
  sg_paged_document_end_page (base);
}

guint
sg_review_minutes_draw (cairo_surface_t       *surface,
                        const SgReviewMinutes *minutes)
{
  Doc doc = { { 0 } };

  g_return_val_if_fail (surface != NULL, 0);
  g_return_val_if_fail (minutes != NULL, 0);

  doc.base.width = PAGE_W;
  doc.base.height = PAGE_H;
  doc.base.margin_x = MARGIN_X;
  doc.base.top = BODY_TOP;
  doc.base.bottom = BODY_BOTTOM;
  doc.base.next_page = next_page_cb;
  doc.minutes = minutes;
  return sg_paged_document_run (&doc.base, surface, lay_out);
}
