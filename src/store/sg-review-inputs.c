/* sg-review-inputs.c: a management review's computed inputs — what they
 * hold, their frozen text, their words, and holding a review
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-review-inputs"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "sg-enums.h"
#include "sg-kinds.h"
#include "sg-management-review.h"
#include "sg-review-inputs-private.h"
#include "sg-store-private.h"

/* The text's layout: format version, computed on, since, the previous
 * review's ref, and the figures as (section letter, key, subject, value,
 * previous, target, records as (table, ref)). NAN is "nothing": GVariant
 * text has no word for it. */
#define INPUTS_VERSION 1
#define INPUTS_TYPE "(usmsmsa(ssmsmdmdmda(ss)))"

G_DEFINE_QUARK (sg-review-inputs-error-quark, sg_review_inputs_error)

/* What each figure counts, in words; a key not listed here (from a newer
 * version) is shown as it is. */
static const struct
{
  const char *key;
  const char *words;
} figure_words[] = {
  { "previous-actions",            N_("Actions from previous reviews") },
  { "previous-actions-done",       N_("Actions from previous reviews done") },
  { "previous-actions-open",       N_("Actions from previous reviews still open") },
  { "previous-actions-overdue",    N_("Actions from previous reviews overdue") },
  { "previous-actions-cancelled",  N_("Actions from previous reviews cancelled") },
  { "issues-external",             N_("External issues") },
  { "issues-internal",             N_("Internal issues") },
  { "issues-added",                N_("Issues added") },
  { "issues-changed",              N_("Issues changed") },
  { "issues-removed",              N_("Issues removed") },
  { "parties-relevant",            N_("Interested parties relevant to the ISMS") },
  { "parties-added",               N_("Interested parties added") },
  { "parties-changed",             N_("Interested parties changed") },
  { "parties-needs-changed",       N_("Interested parties whose requirements changed") },
  { "parties-removed",             N_("Interested parties removed") },
  { "nc-opened",                   N_("Nonconformities raised") },
  { "nc-closed",                   N_("Nonconformities closed") },
  { "nc-open",                     N_("Nonconformities open") },
  { "nc-overdue",                  N_("Nonconformities overdue") },
  { "nc-not-effective",            N_("Nonconformities whose corrective action was not effective") },
  { "nc-effectiveness-unchecked",  N_("Nonconformities whose effectiveness is not checked") },
  { "ca-opened",                   N_("Corrective actions raised") },
  { "ca-done",                     N_("Corrective actions done") },
  { "ca-open",                     N_("Corrective actions open") },
  { "ca-overdue",                  N_("Corrective actions overdue") },
  { "objectives-achieved",         N_("Objectives achieved") },
  { "objectives-on-track",         N_("Objectives on track") },
  { "objectives-at-risk",          N_("Objectives at risk") },
  { "objectives-missed",           N_("Objectives missed") },
  { "objectives-not-started",      N_("Objectives not started") },
  { "audits-done",                 N_("Audits done") },
  { "findings-major",              N_("Major nonconformities found in audits") },
  { "findings-minor",              N_("Minor nonconformities found in audits") },
  { "findings-observation",        N_("Observations from audits") },
  { "findings-opportunity",        N_("Opportunities for improvement from audits") },
  { "complaints",                  N_("Complaints (nonconformities raised from a complaint)") },
  { "external-audits",             N_("External audits done") },
  { "external-audit-findings",     N_("Findings of external audits") },
  { "risks",                       N_("Risks") },
  { "risks-identified",            N_("Risks identified") },
  { "risks-unrated",               N_("Risks not rated") },
  { "risks-above-appetite",        N_("Risks above the risk appetite") },
  { "risk-treatments-overdue",     N_("Risk treatments overdue") },
  { "risk-actions-open",           N_("Risk treatment actions open") },
  { "risk-actions-overdue",        N_("Risk treatment actions overdue") },
  { "improvement-observations",    N_("Observations") },
  { "improvement-opportunities",   N_("Opportunities for improvement") },
  { "improvement-issues",          N_("Issues that are opportunities") },
};

static void
record_ref_clear (gpointer data)
{
  SgReviewRecordRef *ref = data;

  g_clear_pointer (&ref->table, g_free);
  g_clear_pointer (&ref->ref, g_free);
}

static void
figure_free (gpointer data)
{
  SgReviewFigure *figure = data;

  g_free (figure->key);
  g_free (figure->subject);
  g_array_unref (figure->records);
  g_free (figure);
}

SgReviewInputs *
sg_review_inputs_new (const char *since,
                      const char *computed,
                      const char *previous_ref)
{
  SgReviewInputs *inputs = g_new0 (SgReviewInputs, 1);

  inputs->since = g_strdup (since);
  inputs->computed = g_strdup (computed);
  inputs->previous_ref = g_strdup (previous_ref);
  inputs->figures = g_ptr_array_new_with_free_func (figure_free);
  return inputs;
}

SgReviewFigure *
sg_review_inputs_add_figure (SgReviewInputs       *inputs,
                             SgReviewInputSection  section,
                             const char           *key,
                             const char           *subject)
{
  SgReviewFigure *figure = g_new0 (SgReviewFigure, 1);

  figure->section = section;
  figure->key = g_strdup (key);
  figure->subject = g_strdup (subject);
  figure->value = 0;
  figure->previous = NAN;
  figure->target = NAN;
  figure->records = g_array_new (FALSE, TRUE, sizeof (SgReviewRecordRef));
  g_array_set_clear_func (figure->records, record_ref_clear);
  g_ptr_array_add (inputs->figures, figure);
  return figure;
}

void
sg_review_figure_add_record (SgReviewFigure *figure,
                             const char     *table,
                             const char     *ref)
{
  SgReviewRecordRef r;

  if (figure->records->len >= SG_REVIEW_FIGURE_MAX_RECORDS)
    return;
  r.table = g_strdup (table);
  r.ref = g_strdup (ref);
  g_array_append_val (figure->records, r);
}

void
sg_review_inputs_free (SgReviewInputs *inputs)
{
  if (inputs == NULL)
    return;
  g_free (inputs->since);
  g_free (inputs->computed);
  g_free (inputs->previous_ref);
  g_ptr_array_unref (inputs->figures);
  g_free (inputs);
}

const char *
sg_review_inputs_get_since (SgReviewInputs *inputs)
{
  g_return_val_if_fail (inputs != NULL, NULL);
  return inputs->since;
}

const char *
sg_review_inputs_get_computed (SgReviewInputs *inputs)
{
  g_return_val_if_fail (inputs != NULL, NULL);
  return inputs->computed;
}

const char *
sg_review_inputs_get_previous_ref (SgReviewInputs *inputs)
{
  g_return_val_if_fail (inputs != NULL, NULL);
  return inputs->previous_ref;
}

guint
sg_review_inputs_get_n_figures (SgReviewInputs *inputs)
{
  g_return_val_if_fail (inputs != NULL, 0);
  return inputs->figures->len;
}

const SgReviewFigure *
sg_review_inputs_get_figure (SgReviewInputs *inputs,
                             guint           index)
{
  g_return_val_if_fail (inputs != NULL, NULL);
  g_return_val_if_fail (index < inputs->figures->len, NULL);
  return g_ptr_array_index (inputs->figures, index);
}

const SgReviewFigure *
sg_review_inputs_find_figure (SgReviewInputs *inputs,
                              const char     *key,
                              const char     *subject)
{
  g_return_val_if_fail (inputs != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < inputs->figures->len; i++)
    {
      const SgReviewFigure *figure = g_ptr_array_index (inputs->figures, i);

      if (g_str_equal (figure->key, key) && g_strcmp0 (figure->subject, subject) == 0)
        return figure;
    }
  return NULL;
}

/* Text */

static GVariant *
maybe_double (double value)
{
  return g_variant_new_maybe (G_VARIANT_TYPE_DOUBLE,
                              isfinite (value) ? g_variant_new_double (value) : NULL);
}

char *
sg_review_inputs_serialize (SgReviewInputs *inputs)
{
  GVariantBuilder figures;
  g_autoptr(GVariant) variant = NULL;

  g_return_val_if_fail (inputs != NULL, NULL);

  g_variant_builder_init (&figures, G_VARIANT_TYPE ("a(ssmsmdmdmda(ss))"));
  for (guint i = 0; i < inputs->figures->len; i++)
    {
      const SgReviewFigure *figure = g_ptr_array_index (inputs->figures, i);
      char section[2] = { (char) ('a' + figure->section), '\0' };
      GVariantBuilder records;

      g_variant_builder_init (&records, G_VARIANT_TYPE ("a(ss)"));
      for (guint j = 0; j < figure->records->len; j++)
        {
          const SgReviewRecordRef *r = &g_array_index (figure->records, SgReviewRecordRef, j);

          g_variant_builder_add (&records, "(ss)", r->table, r->ref);
        }
      g_variant_builder_add (&figures, "(ssms@md@md@mda(ss))", section, figure->key,
                             figure->subject, maybe_double (figure->value),
                             maybe_double (figure->previous), maybe_double (figure->target),
                             &records);
    }
  variant = g_variant_ref_sink (g_variant_new ("(usmsmsa(ssmsmdmdmda(ss)))", (guint32) INPUTS_VERSION,
                                               inputs->computed ? inputs->computed : "",
                                               inputs->since, inputs->previous_ref, &figures));
  return g_variant_print (variant, FALSE);
}

static gboolean
invalid (GError    **error,
         const char *what)
{
  g_set_error (error, SG_REVIEW_INPUTS_ERROR, SG_REVIEW_INPUTS_ERROR_INVALID,
               /* Translators: %s says what is wrong, in English, for whoever looks into it */
               _("The computed inputs cannot be read (%s)."), what);
  return FALSE;
}

static double
read_maybe_double (GVariant *maybe)
{
  g_autoptr(GVariant) inner = g_variant_get_maybe (maybe);

  return inner ? g_variant_get_double (inner) : NAN;
}

SgReviewInputs *
sg_review_inputs_parse (const char  *text,
                        GError     **error)
{
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GVariant) figures = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(SgReviewInputs) inputs = NULL;
  guint32 version;
  const char *computed, *since, *previous_ref;
  gsize n;

  if (text == NULL || *text == '\0')
    {
      g_set_error_literal (error, SG_REVIEW_INPUTS_ERROR, SG_REVIEW_INPUTS_ERROR_NONE,
                           _("The inputs have not been computed."));
      return NULL;
    }
  /* The version first: a newer layout may not fit this one's type. */
  if (g_str_has_prefix (text, "(uint32 ") || g_str_has_prefix (text, "("))
    {
      guint64 v = g_ascii_strtoull (text + (g_str_has_prefix (text, "(uint32 ") ? 8 : 1), NULL, 10);

      if (v > INPUTS_VERSION)
        {
          g_set_error_literal (error, SG_REVIEW_INPUTS_ERROR, SG_REVIEW_INPUTS_ERROR_NEWER,
                               _("The computed inputs were saved by a newer version of Safeguard."));
          return NULL;
        }
    }
  variant = g_variant_parse (G_VARIANT_TYPE (INPUTS_TYPE), text, NULL, NULL, &parse_error);
  if (variant == NULL)
    {
      invalid (error, parse_error->message);
      return NULL;
    }
  g_variant_get (variant, "(u&sm&sm&s@a(ssmsmdmdmda(ss)))", &version, &computed, &since,
                 &previous_ref, &figures);
  if (version != INPUTS_VERSION)
    {
      invalid (error, "format version");
      return NULL;
    }
  if (!sg_date_is_valid (computed))
    {
      invalid (error, "date computed");
      return NULL;
    }
  if (since != NULL && !sg_date_is_valid (since))
    {
      invalid (error, "date since");
      return NULL;
    }

  inputs = sg_review_inputs_new (since, computed, previous_ref);
  n = g_variant_n_children (figures);
  for (gsize i = 0; i < n; i++)
    {
      g_autoptr(GVariant) child = g_variant_get_child_value (figures, i);
      g_autoptr(GVariant) value = NULL, previous = NULL, target = NULL;
      g_autoptr(GVariantIter) records = NULL;
      const char *section, *key, *subject, *table, *ref;
      SgReviewFigure *figure;

      g_variant_get (child, "(&s&sm&s@md@md@mda(ss))", &section, &key, &subject,
                     &value, &previous, &target, &records);
      if (strlen (section) != 1 || section[0] < 'a' ||
          section[0] >= 'a' + SG_REVIEW_INPUT_N_SECTIONS)
        {
          invalid (error, "section");
          return NULL;
        }
      if (*key == '\0')
        {
          invalid (error, "key");
          return NULL;
        }
      figure = sg_review_inputs_add_figure (inputs, (SgReviewInputSection) (section[0] - 'a'),
                                            key, subject);
      figure->value = read_maybe_double (value);
      figure->previous = read_maybe_double (previous);
      figure->target = read_maybe_double (target);
      /* The parser reads "inf" and "nan" as numbers; no figure is either. */
      if (isinf (figure->value) || isinf (figure->previous) || isinf (figure->target))
        {
          invalid (error, "number");
          return NULL;
        }
      while (g_variant_iter_next (records, "(&s&s)", &table, &ref))
        {
          if (*table == '\0' || *ref == '\0')
            {
              invalid (error, "record");
              return NULL;
            }
          sg_review_figure_add_record (figure, table, ref);
        }
    }
  return g_steal_pointer (&inputs);
}

SgReviewInputs *
sg_review_inputs_from_review (SgRecord  *review,
                              GError   **error)
{
  g_return_val_if_fail (SG_IS_MANAGEMENT_REVIEW (review), NULL);

  return sg_review_inputs_parse (sg_record_peek_string (review, "inputs"), error);
}

/* Words */

const char *
sg_review_input_section_title (SgReviewInputSection section)
{
  switch (section)
    {
    case SG_REVIEW_INPUT_PREVIOUS_ACTIONS:
      return _("a) Status of actions from previous management reviews");
    case SG_REVIEW_INPUT_ISSUES:
      return _("b) Changes in external and internal issues");
    case SG_REVIEW_INPUT_PARTIES:
      return _("c) Changes in needs and expectations of interested parties");
    case SG_REVIEW_INPUT_PERFORMANCE:
      return _("d) Information security performance");
    case SG_REVIEW_INPUT_FEEDBACK:
      return _("e) Feedback from interested parties");
    case SG_REVIEW_INPUT_RISKS:
      return _("f) Results of risk assessment and status of the risk treatment plan");
    case SG_REVIEW_INPUT_IMPROVEMENT:
      return _("g) Opportunities for continual improvement");
    case SG_REVIEW_INPUT_N_SECTIONS:
    default:
      break;
    }
  g_return_val_if_reached ("");
}

char *
sg_review_figure_describe (const SgReviewFigure *figure)
{
  g_return_val_if_fail (figure != NULL, NULL);

  if (g_str_equal (figure->key, "objective"))
    return g_strdup (figure->subject ? figure->subject : _("Objective"));
  if (g_str_equal (figure->key, "risks-level"))
    /* Translators: %s is a risk level of the risk method, e.g. "High" */
    return g_strdup_printf (_("Risks at level %s"), figure->subject ? figure->subject : "");

  for (guint i = 0; i < G_N_ELEMENTS (figure_words); i++)
    if (g_str_equal (figure->key, figure_words[i].key))
      {
        if (figure->subject != NULL)
          return g_strdup_printf ("%s: %s", _(figure_words[i].words), figure->subject);
        return g_strdup (_(figure_words[i].words));
      }
  return g_strdup (figure->subject ? figure->subject : figure->key);
}

char *
sg_review_figure_format_value (double value)
{
  char *text;
  char *end;
  const char *point;

  if (!isfinite (value))
    return g_strdup ("–");
  if (value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%.0f", value);
  /* Up to three decimals, without trailing zeros, in the reader's locale. */
  text = g_strdup_printf ("%.3f", value);
  end = text + strlen (text);
  while (end > text && end[-1] == '0')
    *--end = '\0';
  point = localeconv ()->decimal_point;
  if (end - text >= (gssize) strlen (point) &&
      strcmp (end - strlen (point), point) == 0)
    end[-(gssize) strlen (point)] = '\0';
  return text;
}

SgRecord *
sg_review_record_ref_find (SgStore                 *store,
                           const SgReviewRecordRef *ref)
{
  GType kind;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (ref != NULL, NULL);

  kind = ref->table ? sg_record_kind_from_table (ref->table) : G_TYPE_INVALID;
  if (kind == G_TYPE_INVALID || ref->ref == NULL)
    return NULL;
  return sg_store_find_by_ref (store, kind, ref->ref);
}

/* Drafts and holding */

struct _SgReviewHold
{
  SgRecord *review;
  int       status;
  char     *inputs;
  char     *since;
};

void
sg_review_hold_free (SgReviewHold *undo)
{
  if (undo == NULL)
    return;
  g_object_unref (undo->review);
  g_free (undo->inputs);
  g_free (undo->since);
  g_free (undo);
}

/* Sets the three fields as one step of the history's, one transaction:
 * all or nothing, in the register and in memory. */
static gboolean
set_review (SgStore    *store,
            SgRecord   *review,
            const char *inputs,
            const char *since,
            int         status,
            GError    **error)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (review);
  const char *names[] = { "inputs", "inputs-since", "status" };
  GValue old[G_N_ELEMENTS (names)] = { G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT };
  gboolean ok;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, names[i]);

      g_value_init (&old[i], pspec->value_type);
      g_value_copy (sg_record_peek_value (review, pspec), &old[i]);
    }

  if (!sg_store_begin_batch (store, error))
    ok = FALSE;
  else
    {
      g_object_set (review, "inputs", inputs, "inputs-since", since, "status", status, NULL);
      ok = sg_store_commit_batch (store, error);
    }
  if (!ok)
    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      sg_store_set_quietly (store, review, g_object_class_find_property (klass, names[i]), &old[i]);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_value_unset (&old[i]);
  return ok;
}

static gboolean
refuse_held (SgRecord  *review,
             GError   **error)
{
  if (sg_record_peek_enum (review, "status") == SG_REVIEW_STATUS_PLANNED)
    return FALSE;
  g_set_error_literal (error, SG_REVIEW_INPUTS_ERROR, SG_REVIEW_INPUTS_ERROR_HELD,
                       _("The review has been held: its inputs are frozen."));
  return TRUE;
}

gboolean
sg_review_inputs_store_draft (SgStore     *store,
                              SgRecord    *review,
                              const char  *today,
                              GError     **error)
{
  g_autoptr(SgReviewInputs) inputs = NULL;
  g_autoptr(SgReviewInputs) stored = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (SG_IS_STORE (store), FALSE);
  g_return_val_if_fail (SG_IS_MANAGEMENT_REVIEW (review), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (refuse_held (review, error))
    return FALSE;
  inputs = sg_review_inputs_compute (store, review, today);
  /* The same figures computed on another day are no change: the review
   * is not written each day its page is looked at. */
  stored = sg_review_inputs_from_review (review, NULL);
  if (stored != NULL &&
      g_strcmp0 (inputs->since, sg_record_peek_string (review, "inputs-since")) == 0)
    {
      char *computed = g_steal_pointer (&inputs->computed);
      g_autofree char *same_day = NULL;

      inputs->computed = g_strdup (stored->computed);
      same_day = sg_review_inputs_serialize (inputs);
      g_free (inputs->computed);
      inputs->computed = computed;
      if (g_strcmp0 (same_day, sg_record_peek_string (review, "inputs")) == 0)
        return TRUE;
    }
  text = sg_review_inputs_serialize (inputs);
  return set_review (store, review, text, inputs->since, SG_REVIEW_STATUS_PLANNED, error);
}

gboolean
sg_review_inputs_hold_full (SgStore       *store,
                            SgRecord      *review,
                            const char    *today,
                            SgReviewHold **undo,
                            GError       **error)
{
  g_autoptr(SgReviewInputs) inputs = NULL;
  g_autofree char *text = NULL;
  g_autoptr(SgReviewHold) hold = NULL;

  g_return_val_if_fail (SG_IS_STORE (store), FALSE);
  g_return_val_if_fail (SG_IS_MANAGEMENT_REVIEW (review), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (refuse_held (review, error))
    return FALSE;

  hold = g_new0 (SgReviewHold, 1);
  hold->review = g_object_ref (review);
  hold->status = sg_record_peek_enum (review, "status");
  hold->inputs = g_strdup (sg_record_peek_string (review, "inputs"));
  hold->since = g_strdup (sg_record_peek_string (review, "inputs-since"));

  inputs = sg_review_inputs_compute (store, review, today);
  text = sg_review_inputs_serialize (inputs);
  if (!set_review (store, review, text, inputs->since, SG_REVIEW_STATUS_HELD, error))
    return FALSE;
  if (undo != NULL)
    *undo = g_steal_pointer (&hold);
  return TRUE;
}

gboolean
sg_review_inputs_hold (SgStore     *store,
                       SgRecord    *review,
                       const char  *today,
                       GError     **error)
{
  return sg_review_inputs_hold_full (store, review, today, NULL, error);
}

gboolean
sg_review_inputs_undo_hold (SgStore       *store,
                            SgReviewHold  *undo,
                            GError       **error)
{
  g_return_val_if_fail (SG_IS_STORE (store), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);

  return set_review (store, undo->review, undo->inputs, undo->since, undo->status, error);
}
