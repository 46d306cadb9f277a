/* sg-management-review.c: a management review, its inputs and its outputs (clause 9.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-management-review"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-action.h"
#include "sg-enums.h"
#include "sg-person.h"
#include "sg-management-review.h"

struct _SgManagementReview
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgManagementReview, sg_management_review, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DATE,
  PROP_ATTENDEES,
  PROP_INPUT_PREVIOUS_ACTIONS,
  PROP_INPUT_CONTEXT_CHANGES,
  PROP_INPUT_PARTY_CHANGES,
  PROP_INPUT_PERFORMANCE,
  PROP_INPUT_PARTY_FEEDBACK,
  PROP_INPUT_RISK_RESULTS,
  PROP_INPUT_IMPROVEMENT,
  PROP_DECISIONS,
  PROP_STATUS,
  PROP_PARTICIPANTS,
  PROP_CHANGES,
  PROP_INPUTS,
  PROP_INPUTS_SINCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Clause 9.3 asks for reviews at planned intervals, each after the one
 * before: a review may not be dated before the latest review held that
 * was recorded before it (a smaller id; a review being added comes after
 * all). Reviews recorded later are not "previous", so correcting the date
 * of last year's review is not refused because of this year's. */
static char *
dated_after_previous (SgRecord        *review,
                      SgRecord *const *reviews,
                      guint            n_reviews)
{
  const char *date = sg_record_peek_string (review, "date");
  gint64 id = sg_record_get_id (review);
  const char *previous = NULL;

  if (date == NULL || *date == '\0')
    return NULL;
  for (guint i = 0; i < n_reviews; i++)
    {
      const char *held = sg_record_peek_string (reviews[i], "date");
      gint64 other = sg_record_get_id (reviews[i]);

      if (reviews[i] == review || other == 0 || (id != 0 && other > id) ||
          sg_record_peek_enum (reviews[i], "status") == SG_REVIEW_STATUS_PLANNED ||
          held == NULL || *held == '\0')
        continue;
      if (previous == NULL || strcmp (held, previous) > 0)
        previous = held;
    }
  if (previous == NULL || strcmp (date, previous) >= 0)
    return NULL;
  /* Translators: %s is a date, 2026-10-01 */
  return g_strdup_printf (_("The previous management review was held on %s; this one cannot be dated before it"),
                          previous);
}

static void
sg_management_review_class_init (SgManagementReviewClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "management_review", "MR-",
                            N_("Management review"), N_("Management reviews"),
                            "management reviews");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_EVALUATION, N_("Management Reviews"));

  properties[PROP_TITLE] = sg_field_text ("title", N_("Title"));
  properties[PROP_DATE] = sg_field_date ("date", N_("Date"));
  properties[PROP_PARTICIPANTS] =
    sg_field_since (5, sg_field_links ("participants", N_("Attendees"), SG_TYPE_PERSON));
  /* Guests who are not in the people directory; before version 5 all
   * attendees were typed here. */
  properties[PROP_ATTENDEES] = sg_field_long_text ("attendees", N_("Other attendees"));
  properties[PROP_INPUT_PREVIOUS_ACTIONS] =
    sg_field_long_text ("input-previous-actions", N_("Status of previous actions"));
  properties[PROP_INPUT_CONTEXT_CHANGES] =
    sg_field_long_text ("input-context-changes", N_("Changes in external and internal issues"));
  properties[PROP_INPUT_PARTY_CHANGES] =
    sg_field_long_text ("input-party-changes", N_("Changes in interested parties’ needs"));
  properties[PROP_INPUT_PERFORMANCE] =
    sg_field_long_text ("input-performance", N_("Information security performance"));
  properties[PROP_INPUT_PARTY_FEEDBACK] =
    sg_field_long_text ("input-party-feedback", N_("Feedback from interested parties"));
  properties[PROP_INPUT_RISK_RESULTS] =
    sg_field_long_text ("input-risk-results", N_("Results of risk assessment and treatment"));
  properties[PROP_INPUT_IMPROVEMENT] =
    sg_field_long_text ("input-improvement", N_("Opportunities for improvement"));
  properties[PROP_DECISIONS] =
    sg_field_long_text ("decisions", N_("Decisions on continual improvement"));
  properties[PROP_CHANGES] =
    sg_field_since (5, sg_field_long_text ("changes", N_("Changes to the ISMS")));
  /* The 9.3.2 inputs computed from the register (GVariant text), frozen
   * when the review is held, and the date of the review they count from.
   * The actions are Actions, its children (version 5 made one of each
   * line the field "actions" held). */
  properties[PROP_INPUTS] =
    sg_field_since (5, sg_field_long_text ("inputs", N_("Computed inputs")));
  properties[PROP_INPUTS_SINCE] =
    sg_field_since (5, sg_field_date ("inputs-since", N_("Inputs counted since")));
  properties[PROP_STATUS] =
    sg_field_choice ("status", N_("Status"), SG_TYPE_REVIEW_STATUS, SG_REVIEW_STATUS_PLANNED);

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_TITLE]);
  sg_record_class_add_column (record_class, properties[PROP_DATE], 2);
  sg_record_class_add_column (record_class, properties[PROP_STATUS], 1);

  sg_record_class_add_facet (record_class, properties[PROP_STATUS]);
  sg_record_class_add_section (record_class, N_("Meeting"),
                               properties[PROP_TITLE], properties[PROP_DATE],
                               properties[PROP_STATUS], properties[PROP_PARTICIPANTS],
                               properties[PROP_ATTENDEES], NULL);
  sg_record_class_add_section (record_class, N_("Inputs"),
                               properties[PROP_INPUT_PREVIOUS_ACTIONS],
                               properties[PROP_INPUT_CONTEXT_CHANGES],
                               properties[PROP_INPUT_PARTY_CHANGES],
                               properties[PROP_INPUT_PERFORMANCE],
                               properties[PROP_INPUT_PARTY_FEEDBACK],
                               properties[PROP_INPUT_RISK_RESULTS],
                               properties[PROP_INPUT_IMPROVEMENT],
                               properties[PROP_INPUTS_SINCE], properties[PROP_INPUTS], NULL);
  sg_record_class_add_section (record_class, N_("Outputs"),
                               properties[PROP_DECISIONS], properties[PROP_CHANGES], NULL);
  sg_record_class_add_child (record_class, SG_TYPE_ACTION);
  sg_record_class_set_due (record_class, properties[PROP_DATE], properties[PROP_STATUS],
                           SG_REVIEW_STATUS_HELD, SG_REVIEW_STATUS_MINUTES_APPROVED, -1);
  sg_record_class_add_rule (record_class, properties[PROP_DATE], dated_after_previous);
}

static void
sg_management_review_init (SgManagementReview *self)
{
}
