/* sg-review-export.c: the minutes of a management review written to a PDF file
 *
 * The minutes are taken from the register in one go — a held review's
 * inputs as they were frozen, a draft's as the register gives them today —
 * and drawn afterwards, so the window can draw them in a thread.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-review-export"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sg-action.h"
#include "sg-enums.h"
#include "sg-field-codec.h"
#include "sg-management-review.h"
#include "sg-pdf-file.h"
#include "sg-person.h"
#include "sg-review-export.h"
#include "sg-review-inputs.h"
#include "sg-scope.h"

/* The manager's notes under each heading of 9.3.2, in the standard's order. */
static const char *const note_fields[SG_REVIEW_MINUTES_N_INPUTS] = {
  SG_MANAGEMENT_REVIEW_INPUT_PREVIOUS_ACTIONS,
  SG_MANAGEMENT_REVIEW_INPUT_CONTEXT_CHANGES,
  SG_MANAGEMENT_REVIEW_INPUT_PARTY_CHANGES,
  SG_MANAGEMENT_REVIEW_INPUT_PERFORMANCE,
  SG_MANAGEMENT_REVIEW_INPUT_PARTY_FEEDBACK,
  SG_MANAGEMENT_REVIEW_INPUT_RISK_RESULTS,
  SG_MANAGEMENT_REVIEW_INPUT_IMPROVEMENT,
};

G_STATIC_ASSERT (SG_REVIEW_INPUT_N_SECTIONS == SG_REVIEW_MINUTES_N_INPUTS);

static char *
dup_nonempty (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *stripped != '\0' ? g_steal_pointer (&stripped) : NULL;
}

static char *
dup_date (const char *iso)
{
  return iso != NULL && *iso != '\0' ? sg_paged_dup_date (iso) : NULL;
}

/* Finding the review */

/* Dated reviews by their date, undated ones before them; the later
 * added wins a tie. */
static gboolean
is_newer (SgRecord *a,
          SgRecord *b)
{
  const char *date_a = sg_record_peek_string (a, SG_MANAGEMENT_REVIEW_DATE);
  const char *date_b = sg_record_peek_string (b, SG_MANAGEMENT_REVIEW_DATE);
  int order = g_strcmp0 (date_a != NULL ? date_a : "", date_b != NULL ? date_b : "");

  return order > 0 || (order == 0 && sg_record_get_id (a) > sg_record_get_id (b));
}

SgRecord *
sg_review_export_find (SgStore     *store,
                       const char  *ref,
                       GError     **error)
{
  SgRecord *const *reviews;
  SgRecord *newest = NULL;
  guint n_reviews;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  if (ref != NULL)
    {
      SgRecord *review = sg_store_find_by_ref (store, SG_TYPE_MANAGEMENT_REVIEW, ref);

      if (review == NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     /* Translators: %s is the reference asked for, e.g. MR-009 */
                     _("There is no management review “%s” in this register."), ref);
      return review;
    }
  reviews = sg_store_peek_records (store, SG_TYPE_MANAGEMENT_REVIEW, &n_reviews);
  for (guint i = 0; i < n_reviews; i++)
    if (newest == NULL || is_newer (reviews[i], newest))
      newest = reviews[i];
  if (newest == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                         _("This register has no management review yet."));
  return newest;
}

/* Taking the minutes */

static char *
dup_trend (double value,
           double previous)
{
  g_autofree char *difference = sg_review_figure_format_value (fabs (value - previous));

  if (fabs (value - previous) < 1e-9)
    return g_strdup (_("No change"));
  if (value > previous)
    /* Translators: a figure's trend since the previous review; %s is how much */
    return g_strdup_printf (_("Up by %s"), difference);
  /* Translators: a figure's trend since the previous review; %s is how much */
  return g_strdup_printf (_("Down by %s"), difference);
}

static SgMinutesFigure *
figure_new (const SgReviewFigure *figure)
{
  g_autofree char *what = sg_review_figure_describe (figure);
  g_autofree char *now = sg_review_figure_format_value (figure->value);
  g_autofree char *previous = NULL;
  g_autofree char *trend = NULL;

  if (!isnan (figure->target))
    {
      g_autofree char *target = sg_review_figure_format_value (figure->target);
      /* Translators: an objective's figure in the minutes; %s its ref and title, then its target */
      char *with_target = g_strdup_printf (_("%s (target %s)"), what, target);

      g_free (what);
      what = with_target;
    }
  if (!isnan (figure->previous))
    {
      previous = sg_review_figure_format_value (figure->previous);
      if (!isnan (figure->value))
        trend = dup_trend (figure->value, figure->previous);
    }
  return sg_minutes_figure_new (what, now, previous, trend);
}

static void
take_inputs (SgReviewMinutes *minutes,
             SgRecord        *review,
             SgStore         *store,
             const char      *today)
{
  g_autoptr(SgReviewInputs) inputs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *since = NULL;
  g_autofree char *computed = NULL;

  for (guint i = 0; i < SG_REVIEW_MINUTES_N_INPUTS; i++)
    {
      minutes->inputs[i].title = g_strdup (sg_review_input_section_title (i));
      minutes->inputs[i].notes = dup_nonempty (sg_record_peek_string (review, note_fields[i]));
    }

  if (minutes->held)
    {
      inputs = sg_review_inputs_from_review (review, &error);
      if (inputs == NULL)
        {
          /* Held before Safeguard computed inputs: only the notes say what was reported. */
          minutes->inputs_note = g_strdup (_("No figures were frozen when this review was held; "
                                             "the notes under each heading are what was reported."));
          return;
        }
    }
  else
    inputs = sg_review_inputs_compute (store, review, today);

  since = dup_date (sg_review_inputs_get_since (inputs));
  computed = dup_date (sg_review_inputs_get_computed (inputs));
  if (minutes->held && since != NULL)
    /* Translators: where a held review's figures come from; two dates */
    minutes->inputs_note = g_strdup_printf (_("Figures frozen when the review was held (%s), "
                                              "counted since the previous review on %s."),
                                            computed, since);
  else if (minutes->held)
    /* Translators: where a held review's figures come from; %s is a date */
    minutes->inputs_note = g_strdup_printf (_("Figures frozen when the review was held (%s), "
                                              "counted from the beginning of the register."),
                                            computed);
  else
    /* Translators: where a draft review's figures come from; %s is a date */
    minutes->inputs_note = g_strdup_printf (_("Draft: figures computed from the register on %s. "
                                              "They are frozen when the review is held."),
                                            computed);

  for (guint i = 0; i < sg_review_inputs_get_n_figures (inputs); i++)
    {
      const SgReviewFigure *figure = sg_review_inputs_get_figure (inputs, i);

      if ((guint) figure->section < SG_REVIEW_MINUTES_N_INPUTS)
        g_ptr_array_add (minutes->inputs[figure->section].figures, figure_new (figure));
    }
}

static void
take_attendees (SgReviewMinutes *minutes,
                SgRecord        *review,
                SgStore         *store)
{
  GVariant *links = sg_record_peek_links (review, SG_MANAGEMENT_REVIEW_PARTICIPANTS);
  gsize n_ids = 0;
  const gint64 *ids = links != NULL ? g_variant_get_fixed_array (links, &n_ids, sizeof (gint64)) : NULL;

  for (gsize i = 0; i < n_ids; i++)
    {
      SgRecord *person = sg_store_find_by_id (store, SG_TYPE_PERSON, ids[i]);
      g_autofree char *function = NULL;

      if (person == NULL)
        continue;
      function = dup_nonempty (sg_record_peek_string (person, SG_PERSON_FUNCTION));
      sg_review_minutes_add_attendee (minutes, sg_record_peek_string (person, SG_PERSON_NAME), function);
    }
  minutes->other_attendees = dup_nonempty (sg_record_peek_string (review, SG_MANAGEMENT_REVIEW_ATTENDEES));
}

static void
take_actions (SgReviewMinutes *minutes,
              SgRecord        *review,
              SgStore         *store,
              const char      *today)
{
  SgRecord *const *actions;
  guint n_actions;
  gint64 id = sg_record_get_id (review);

  actions = sg_store_peek_records (store, SG_TYPE_ACTION, &n_actions);
  for (guint i = 0; i < n_actions; i++)
    {
      g_autofree char *due = NULL;
      g_autofree char *owner = NULL;
      g_autofree char *status = NULL;
      const char *label;

      if (sg_record_peek_int64 (actions[i], SG_ACTION_REVIEW) != id)
        continue;
      owner = dup_nonempty (sg_store_peek_name (store, actions[i], SG_ACTION_OWNER));
      due = dup_date (sg_record_peek_string (actions[i], SG_ACTION_DUE_DATE));
      label = sg_enum_get_label (SG_TYPE_ACTION_STATUS, sg_record_peek_enum (actions[i], SG_ACTION_STATUS));
      /* An overdue action stands out here too, in words. */
      status = sg_record_is_overdue (actions[i], today)
                 /* Translators: an action's status in the minutes, e.g. "Open, overdue" */
                 ? g_strdup_printf (C_("minutes", "%s, overdue"), label)
                 : g_strdup (label);
      sg_review_minutes_add_action (minutes, sg_record_get_ref (actions[i]),
                                    sg_record_peek_string (actions[i], SG_ACTION_TITLE), owner, due, status);
    }
}

SgReviewMinutes *
sg_review_export_take_minutes (SgStore    *store,
                               SgRecord   *review,
                               const char *today)
{
  SgReviewMinutes *minutes;
  SgRecord *const *scopes;
  guint n_scopes;
  int status;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_MANAGEMENT_REVIEW (review), NULL);

  minutes = sg_review_minutes_new ();
  /* The newest scope statement names the organisation. */
  scopes = sg_store_peek_records (store, SG_TYPE_SCOPE, &n_scopes);
  if (n_scopes > 0)
    minutes->organisation = dup_nonempty (sg_record_peek_string (scopes[n_scopes - 1], SG_SCOPE_ORGANISATION));
  minutes->ref = g_strdup (sg_record_get_ref (review));
  minutes->title = dup_nonempty (sg_record_peek_string (review, SG_MANAGEMENT_REVIEW_TITLE));
  if (minutes->title == NULL)
    minutes->title = g_strdup (_("Management review"));
  minutes->date = dup_date (sg_record_peek_string (review, SG_MANAGEMENT_REVIEW_DATE));
  status = sg_record_peek_enum (review, SG_MANAGEMENT_REVIEW_STATUS);
  minutes->held = status != SG_REVIEW_STATUS_PLANNED;
  if (minutes->held)
    minutes->status = g_strdup (sg_enum_get_label (SG_TYPE_REVIEW_STATUS, status));
  else
    minutes->status = g_strdup (_("Planned, not held yet: these minutes are a draft"));

  take_attendees (minutes, review, store);
  take_inputs (minutes, review, store, today);
  minutes->decisions = dup_nonempty (sg_record_peek_string (review, SG_MANAGEMENT_REVIEW_DECISIONS));
  minutes->changes = dup_nonempty (sg_record_peek_string (review, SG_MANAGEMENT_REVIEW_CHANGES));
  take_actions (minutes, review, store, today);
  /* What the change history stood at, so that the printed minutes can
   * be held against the register later. */
  minutes->history_head = sg_store_dup_history_head (store);
  minutes->history_entries = sg_store_count_history (store);
  return minutes;
}

/* Writing */

static void
draw_cb (cairo_surface_t *surface,
         gconstpointer    data)
{
  sg_review_minutes_draw (surface, data);
}

gboolean
sg_review_export_minutes (const SgReviewMinutes  *minutes,
                          const char             *path,
                          GError                **error)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (minutes != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Translators: the PDF's title; %s is the review's title */
  title = g_strdup_printf (_("Minutes: %s"), minutes->title);
  return sg_pdf_file_write (path, SG_REVIEW_MINUTES_WIDTH, SG_REVIEW_MINUTES_HEIGHT, title,
                            minutes->organisation, draw_cb, minutes, error);
}

gboolean
sg_review_export (SgStore     *store,
                  const char  *ref,
                  const char  *path,
                  GError     **error)
{
  g_autoptr(SgReviewMinutes) minutes = NULL;
  SgRecord *review;

  g_return_val_if_fail (SG_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  review = sg_review_export_find (store, ref, error);
  if (review == NULL)
    return FALSE;
  minutes = sg_review_export_take_minutes (store, review, NULL);
  return sg_review_export_minutes (minutes, path, error);
}

int
sg_review_export_command (const char *out,
                          const char *ref,
                          const char *register_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;

  g_return_val_if_fail (out != NULL, 1);

  if (register_path == NULL)
    {
      g_printerr ("safeguard: %s\n", _("--export-review needs exactly one register file"));
      return 1;
    }
  store = sg_store_open (register_path, SG_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL || !sg_review_export (store, ref, out, &error))
    {
      g_printerr ("safeguard: %s\n", error->message);
      return 1;
    }
  return 0;
}

char *
sg_review_export_suggest_name (SgRecord *review)
{
  const char *date;

  g_return_val_if_fail (SG_IS_MANAGEMENT_REVIEW (review), NULL);

  date = sg_record_peek_string (review, SG_MANAGEMENT_REVIEW_DATE);
  /* Translators: the suggested file name of a review's minutes; %s is its
   * date (2026-10-01), or its ref when it has none */
  return g_strdup_printf (_("Management review %s.pdf"),
                          date != NULL && *date != '\0' ? date : sg_record_get_ref (review));
}
