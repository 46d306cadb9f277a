/* sg-review-minutes.h: the minutes of a management review drawn as paged A4 portrait
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "sg-paged-document.h"

G_BEGIN_DECLS

#define SG_REVIEW_MINUTES_WIDTH  SG_PAGED_A4_SHORT
#define SG_REVIEW_MINUTES_HEIGHT SG_PAGED_A4_LONG

/* The seven headings of clause 9.3.2, a) to g). */
#define SG_REVIEW_MINUTES_N_INPUTS 7

/* Everything the minutes print, as the sentences and dates they print
 * (taken from the register in the user's language), so that drawing
 * needs no register and can run in a thread. */
typedef struct
{
  char *name;
  char *function;        /* from the people directory; NULL for none */
} SgMinutesAttendee;

typedef struct
{
  char *what;            /* "Nonconformities opened"; an objective's ref and title */
  char *now;
  char *previous;        /* NULL: no previous review to compare with */
  char *trend;           /* "Up by 2"; NULL when there is nothing to compare */
} SgMinutesFigure;

typedef struct
{
  char    *ref;
  char    *title;
  char    *owner;        /* NULL: nobody named — shown as a gap */
  char    *due;          /* the locale's date; NULL: no due date */
  char    *status;
} SgMinutesAction;

typedef struct
{
  char      *title;      /* "a) Status of actions from previous management reviews" */
  GPtrArray *figures;    /* SgMinutesFigure */
  char      *notes;      /* the manager's notes under this heading, or NULL */
} SgMinutesInput;

typedef struct
{
  char          *organisation;   /* or NULL */
  char          *ref;
  char          *title;
  char          *date;           /* the locale's date, or NULL */
  char          *status;         /* "Held" */
  gboolean       held;           /* FALSE: a draft, marked as such on every page */
  char          *inputs_note;    /* where the figures come from: frozen when held, or computed today */
  GPtrArray     *attendees;      /* SgMinutesAttendee */
  char          *other_attendees;
  SgMinutesInput inputs[SG_REVIEW_MINUTES_N_INPUTS];
  char          *decisions;
  char          *changes;
  GPtrArray     *actions;        /* SgMinutesAction */
  char          *history_head;   /* the change history's head, or NULL */
  guint          history_entries;
} SgReviewMinutes;

SgReviewMinutes *sg_review_minutes_new       (void);
void             sg_review_minutes_free      (SgReviewMinutes       *minutes);
SgMinutesFigure *sg_minutes_figure_new       (const char            *what,
                                              const char            *now,
                                              const char            *previous,
                                              const char            *trend);
void             sg_review_minutes_add_attendee (SgReviewMinutes    *minutes,
                                                 const char         *name,
                                                 const char         *function);
void             sg_review_minutes_add_action   (SgReviewMinutes    *minutes,
                                                 const char         *ref,
                                                 const char         *title,
                                                 const char         *owner,
                                                 const char         *due,
                                                 const char         *status);

/* Draws @minutes page by page onto @surface, a paged surface (PDF) of
 * SG_REVIEW_MINUTES_WIDTH × SG_REVIEW_MINUTES_HEIGHT: the review and its
 * attendees, each input with its figures and notes, the decisions, the
 * changes to the ISMS, the actions as a table, a line to approve them on
 * and the register's history chain head. Text wraps and breaks between
 * pages only between its lines. Every page names the review and says
 * "Page n of N"; a review not yet held is marked a draft on every page.
 * Returns the number of pages. */
guint            sg_review_minutes_draw      (cairo_surface_t       *surface,
                                              const SgReviewMinutes *minutes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgReviewMinutes, sg_review_minutes_free)

G_END_DECLS
