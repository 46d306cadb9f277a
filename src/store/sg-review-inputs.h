/* sg-review-inputs.h: the inputs of a management review (ISO/IEC 27001
 * clause 9.3.2 a–g) computed from the register, and frozen when it is held
 *
 * Who calls what: the review page shows a planned review's figures by
 * sg_review_inputs_store_draft () (computes them and writes them into the
 * review's "inputs" field, so that the minutes and the workbook print the
 * same) and reads them back with sg_review_inputs_from_review (); it offers
 * "Recompute" while the review is planned, and "Hold" calls
 * sg_review_inputs_hold_full (), which freezes them. A held review's
 * figures never change again: only its frozen text is read. The keys of
 * the figures are listed in HACKING.md ("Management review inputs").
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_REVIEW_INPUTS_ERROR (sg_review_inputs_error_quark ())

typedef enum
{
  SG_REVIEW_INPUTS_ERROR_NONE,     /* the review holds no computed inputs */
  SG_REVIEW_INPUTS_ERROR_INVALID,  /* the text cannot be read */
  SG_REVIEW_INPUTS_ERROR_NEWER,    /* written by a newer Safeguard */
  SG_REVIEW_INPUTS_ERROR_HELD,     /* the review is held: its inputs are frozen */
} SgReviewInputsError;

/* The headings of 9.3.2, in the standard's order. */
typedef enum
{
  SG_REVIEW_INPUT_PREVIOUS_ACTIONS,   /* a) status of actions from previous reviews */
  SG_REVIEW_INPUT_ISSUES,             /* b) changes in external and internal issues */
  SG_REVIEW_INPUT_PARTIES,            /* c) changes in interested parties' needs */
  SG_REVIEW_INPUT_PERFORMANCE,        /* d) nonconformities, monitoring, audits, objectives */
  SG_REVIEW_INPUT_FEEDBACK,           /* e) feedback from interested parties */
  SG_REVIEW_INPUT_RISKS,              /* f) risk assessment and the treatment plan */
  SG_REVIEW_INPUT_IMPROVEMENT,        /* g) opportunities for continual improvement */
  SG_REVIEW_INPUT_N_SECTIONS
} SgReviewInputSection;

/* A record a figure counts, by kind and ref: a frozen figure still names
 * it after the record changed or was deleted. Open it with
 * sg_review_record_ref_find (). */
typedef struct
{
  char *table;  /* the kind's table, e.g. "nonconformity" */
  char *ref;    /* e.g. "NC-004" */
} SgReviewRecordRef;

/* One figure under a heading. */
typedef struct
{
  SgReviewInputSection  section;
  char                 *key;       /* stable, stored: "nc-opened", "objective" … */
  char                 *subject;   /* for figures about one thing — an objective
                                    * ("OBJ-002 Phishing click rate"), a risk
                                    * level ("High") — that thing, as data
                                    * (not translated); else NULL */
  double                value;     /* the figure now; NAN if not known (an
                                    * objective without readings) */
  double                previous;  /* the same figure at the previous review; NAN if none */
  double                target;    /* an objective's target; NAN if none */
  GArray               *records;   /* SgReviewRecordRef: what the figure counts,
                                    * at most SG_REVIEW_FIGURE_MAX_RECORDS of
                                    * them (value counts all) */
} SgReviewFigure;

/* A figure names up to this many records: enough to open any of them
 * from a review, and the frozen text of a register of 100,000 risks
 * stays small. */
#define SG_REVIEW_FIGURE_MAX_RECORDS 500

typedef struct _SgReviewInputs SgReviewInputs;

GQuark                sg_review_inputs_error_quark  (void);

/* Computes the inputs of @review (an SgManagementReview in @store) on
 * @today (ISO 8601): counted since the date of the review before it (the
 * held review with the latest date before @review's date; the whole
 * register if there is none), with each figure's value at that previous
 * review taken from its frozen inputs where it has them. Never NULL. */
SgReviewInputs       *sg_review_inputs_compute      (SgStore        *store,
                                                     SgRecord       *review,
                                                     const char     *today);
/* The inputs frozen in @review's "inputs" field; NULL (and @error set)
 * if it holds none or they cannot be read. */
SgReviewInputs       *sg_review_inputs_from_review  (SgRecord       *review,
                                                     GError        **error);
/* The inputs as GVariant text, what the "inputs" field stores. */
char                 *sg_review_inputs_serialize    (SgReviewInputs *inputs);
/* Any text: what is not inputs this version can read is refused with
 * @error, never half read. */
SgReviewInputs       *sg_review_inputs_parse        (const char     *text,
                                                     GError        **error);
void                  sg_review_inputs_free         (SgReviewInputs *inputs);

/* The date the figures count from (ISO 8601; NULL: from the beginning)
 * and the date they were computed on. */
const char           *sg_review_inputs_get_since    (SgReviewInputs *inputs);
const char           *sg_review_inputs_get_computed (SgReviewInputs *inputs);
/* The ref of the review the figures count from and whose figures are the
 * previous ones; NULL if none. */
const char           *sg_review_inputs_get_previous_ref (SgReviewInputs *inputs);
/* The figures, section by section in the standard's order. */
guint                 sg_review_inputs_get_n_figures (SgReviewInputs *inputs);
const SgReviewFigure *sg_review_inputs_get_figure   (SgReviewInputs *inputs,
                                                     guint           index);
/* The figure of @key (and @subject, for figures about one thing); NULL if
 * there is none. */
const SgReviewFigure *sg_review_inputs_find_figure  (SgReviewInputs *inputs,
                                                     const char     *key,
                                                     const char     *subject);

/* "a) Status of actions from previous management reviews", translated. */
const char           *sg_review_input_section_title (SgReviewInputSection section);
/* What @figure counts, in words, translated ("Nonconformities opened");
 * for a figure about one record, its subject. */
char                 *sg_review_figure_describe     (const SgReviewFigure *figure);
/* A value as the page, the minutes and the workbook print it: "3",
 * "97.5"; "–" for NAN. */
char                 *sg_review_figure_format_value (double          value);

/* The record behind @ref in @store; NULL if it was deleted since. */
SgRecord             *sg_review_record_ref_find     (SgStore        *store,
                                                     const SgReviewRecordRef *ref);

/* The held review @review's figures count from: the held (or
 * minutes-approved) review with the latest date before @review's date.
 * NULL if none. Borrowed. */
SgRecord             *sg_review_inputs_find_previous (SgStore       *store,
                                                      SgRecord      *review);

/* The value of @key (@subject) at each held review up to and including
 * @review, oldest first, from their frozen inputs (NAN where a review
 * has no such figure), for a trend over the last reviews: at most
 * @max_reviews values. @review's own value is its frozen one if it is
 * held, else computed on @today. */
GArray               *sg_review_inputs_trend        (SgStore        *store,
                                                     SgRecord       *review,
                                                     const char     *key,
                                                     const char     *subject,
                                                     const char     *today,
                                                     guint           max_reviews);

/* For a planned review: computes its inputs on @today and writes them
 * into its "inputs" and "inputs-since" fields (as one change, and only
 * if they differ), so that the page, the minutes and the workbook show
 * them. Refused (FALSE, SG_REVIEW_INPUTS_ERROR_HELD) for a held review. */
gboolean              sg_review_inputs_store_draft  (SgStore        *store,
                                                     SgRecord       *review,
                                                     const char     *today,
                                                     GError        **error);

/* Computes and freezes @review's inputs and sets it held, as one undoable
 * step; refused (FALSE, @error) when it is held already. */
gboolean              sg_review_inputs_hold         (SgStore        *store,
                                                     SgRecord       *review,
                                                     const char     *today,
                                                     GError        **error);

/* What a hold replaced, for its undo. */
typedef struct _SgReviewHold SgReviewHold;

/* sg_review_inputs_hold (), returning in @undo what it replaced. */
gboolean              sg_review_inputs_hold_full    (SgStore        *store,
                                                     SgRecord       *review,
                                                     const char     *today,
                                                     SgReviewHold  **undo,
                                                     GError        **error);
/* Undoes a hold in one step: the review is planned again with the inputs
 * it had before. */
gboolean              sg_review_inputs_undo_hold    (SgStore        *store,
                                                     SgReviewHold   *undo,
                                                     GError        **error);
void                  sg_review_hold_free           (SgReviewHold   *undo);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgReviewInputs, sg_review_inputs_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgReviewHold, sg_review_hold_free)

G_END_DECLS
