/* sg-readiness.c: how ready the ISMS is for the auditor, clause by clause
 *
 * One table holds a small rule for each clause requirement of 4.1–10.2;
 * each looks only at what the register holds and says met, partly met or
 * not met, with the reason in one clause and the records behind it. A
 * rule whose records the register does not hold says "no … recorded"
 * rather than being left out. The requirement records' own status stays
 * what a person typed: nothing here writes to the store.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-readiness"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-audit.h"
#include "sg-communication.h"
#include "sg-competence.h"
#include "sg-context-issue.h"
#include "sg-control.h"
#include "sg-document.h"
#include "sg-enums.h"
#include "sg-interested-party.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"
#include "sg-person.h"
#include "sg-planned-change.h"
#include "sg-readiness-private.h"
#include "sg-requirement.h"
#include "sg-risk-method.h"
#include "sg-risk.h"
#include "sg-role.h"
#include "sg-scope.h"
#include "sg-seed-data.h"
#include "sg-soa-version.h"

/* ------------------------------------------------------------------ */
/* Saying it, in English for scripts or translated for people.        */

char *
sg_readiness_say (Ctx        *ctx,
                  const char *msgid,
                  ...)
{
  va_list args;
  char *text;

  va_start (args, msgid);
  text = g_strdup_vprintf (ctx->translate ? _(msgid) : msgid, args);
  va_end (args);
  return text;
}

/* @n chooses the plural form. */
char *
sg_readiness_say_n (Ctx        *ctx,
                    gulong      n,
                    const char *singular,
                    const char *plural,
                    ...)
{
  va_list args;
  const char *format;
  char *text;

  if (ctx->translate)
    format = g_dngettext (GETTEXT_PACKAGE, singular, plural, n);
  else
    format = n == 1 ? singular : plural;
  va_start (args, plural);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  return text;
}

void
sg_readiness_verdict (SgReadinessResult *result,
                      SgReadinessState   state,
                      char              *reason)
{
  result->state = state;
  g_free (result->reason);
  result->reason = reason;
}

/* ------------------------------------------------------------------ */
/* Reading records.                                                   */

SgRecord *const *
sg_readiness_records (Ctx   *ctx,
                      GType  kind,
                      guint *n)
{
  return sg_store_peek_records (ctx->store, kind, n);
}

gboolean
sg_readiness_has_text (SgRecord   *record,
                       const char *field)
{
  const char *text = sg_record_peek_string (record, field);

  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*text))
    text++;
  return *text != '\0';
}

gboolean
sg_readiness_has_person (SgRecord   *record,
                         const char *field)
{
  return sg_record_peek_int64 (record, field) > 0;
}

gboolean
sg_readiness_is_before (const char *date,
                        const char *day)
{
  return date != NULL && *date != '\0' && strcmp (date, day) < 0;
}

gboolean
sg_readiness_in_last_year (Ctx        *ctx,
                           const char *date)
{
  return date != NULL && *date != '\0' &&
         strcmp (date, ctx->year_ago) >= 0 && strcmp (date, ctx->today) <= 0;
}

/* A date set and not passed. */
gboolean
sg_readiness_still_valid (Ctx        *ctx,
                          const char *date)
{
  return date != NULL && *date != '\0' && strcmp (date, ctx->today) >= 0;
}

char *
sg_readiness_shift_months (const char *today,
                           int         months)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, today);
  if (!g_date_valid (&date))
    return g_strdup (today);
  if (months >= 0)
    g_date_add_months (&date, (guint) months);
  else
    g_date_subtract_months (&date, (guint) -months);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

/* The common shape of a rule: every record of @kind that @include lets
 * through (NULL: all) should pass @check. None: not met, saying @none;
 * all pass: met, the records; some or all fail: partly or not met,
 * "%u of %u …", the records that fail. */
void
sg_readiness_every (Ctx               *ctx,
                    SgReadinessResult *result,
                    GType              kind,
                    Check              include,
                    Check              check,
                    const char        *none,
                    const char        *met_singular,
                    const char        *met_plural,
                    const char        *gap_singular,
                    const char        *gap_plural)
{
  guint n;
  SgRecord *const *all = sg_readiness_records (ctx, kind, &n);
  g_autoptr(GPtrArray) passing = g_ptr_array_new ();
  g_autoptr(GPtrArray) failing = g_ptr_array_new ();
  guint total;

  for (guint i = 0; i < n; i++)
    {
      if (include != NULL && !include (ctx, all[i]))
        continue;
      g_ptr_array_add (check (ctx, all[i]) ? passing : failing, all[i]);
    }
  total = passing->len + failing->len;
  if (total == 0)
    {
      sg_readiness_verdict (result, SG_READINESS_NOT_MET, sg_readiness_say (ctx, none));
      return;
    }
  if (failing->len == 0)
    {
      sg_readiness_verdict (result, SG_READINESS_MET, sg_readiness_say_n (ctx, total, met_singular, met_plural, total));
      g_ptr_array_extend (result->records, passing, NULL, NULL);
      return;
    }
  sg_readiness_verdict (result, passing->len == 0 ? SG_READINESS_NOT_MET : SG_READINESS_PARTLY,
                        sg_readiness_say_n (ctx, total, gap_singular, gap_plural, failing->len, total));
  g_ptr_array_extend (result->records, failing, NULL, NULL);
}

/* ------------------------------------------------------------------ */
/* Shared judgements.                                                 */

gboolean
sg_readiness_risk_open (Ctx      *ctx,
                        SgRecord *risk)
{
  return sg_record_peek_enum (risk, "status") != SG_RISK_STATUS_CLOSED;
}

gboolean
sg_readiness_risk_assessed (SgRecord *risk)
{
  return sg_record_peek_int (risk, "inherent-likelihood") > 0 &&
         sg_record_peek_int (risk, "inherent-impact") > 0;
}

gboolean
sg_readiness_document_current (Ctx      *ctx,
                               SgRecord *document)
{
  return sg_record_peek_enum (document, "status") != SG_DOCUMENT_STATUS_WITHDRAWN;
}

gboolean
sg_readiness_document_approved (Ctx      *ctx,
                                SgRecord *document)
{
  return sg_record_peek_enum (document, "status") == SG_DOCUMENT_STATUS_APPROVED &&
         sg_readiness_has_person (document, "approved-by") &&
         sg_readiness_has_text (document, "approved-on");
}

gboolean
sg_readiness_document_reviewed (Ctx      *ctx,
                                SgRecord *document)
{
  return sg_readiness_still_valid (ctx, sg_record_peek_string (document, "next-review"));
}

/* The approved information security policy in force, or NULL; *@best
 * gets the policy that comes closest when there is none. */
SgRecord *
sg_readiness_find_policy (Ctx       *ctx,
                          SgRecord **best)
{
  guint n;
  SgRecord *const *documents = sg_readiness_records (ctx, SG_TYPE_DOCUMENT, &n);

  *best = NULL;
  for (guint i = 0; i < n; i++)
    {
      if (sg_record_peek_enum (documents[i], "type") != SG_DOCUMENT_TYPE_POLICY ||
          !sg_readiness_document_current (ctx, documents[i]))
        continue;
      if (sg_readiness_document_approved (ctx, documents[i]) && sg_readiness_document_reviewed (ctx, documents[i]))
        return *best = documents[i];
      if (*best == NULL || sg_readiness_document_approved (ctx, documents[i]))
        *best = documents[i];
    }
  return NULL;
}

gboolean
sg_readiness_review_held (SgRecord *review)
{
  return sg_record_peek_enum (review, "status") != SG_REVIEW_STATUS_PLANNED &&
         sg_readiness_has_text (review, "date");
}

/* The latest management review held, or NULL. */
SgRecord *
sg_readiness_last_review (Ctx *ctx)
{
  guint n;
  SgRecord *const *reviews = sg_readiness_records (ctx, SG_TYPE_MANAGEMENT_REVIEW, &n);
  SgRecord *last = NULL;

  for (guint i = 0; i < n; i++)
    if (sg_readiness_review_held (reviews[i]) &&
        strcmp (sg_record_peek_string (reviews[i], "date"), ctx->today) <= 0 &&
        (last == NULL || strcmp (sg_record_peek_string (reviews[i], "date"),
                                 sg_record_peek_string (last, "date")) > 0))
      last = reviews[i];
  return last;
}

SgRecord *
sg_readiness_review_in_last_year (Ctx *ctx)
{
  SgRecord *last = sg_readiness_last_review (ctx);

  return last != NULL && sg_readiness_in_last_year (ctx, sg_record_peek_string (last, "date")) ? last : NULL;
}

/* ------------------------------------------------------------------ */

typedef struct
{
  const char *ref;
  RuleFunc    rule;
} Rule;

/* In clause order: the order of the checklist and of `--readiness`. */
static const Rule rules[] = {
  { "4.1", sg_readiness_rule_4_1 },
  { "4.2", sg_readiness_rule_4_2 },
  { "4.3", sg_readiness_rule_4_3 },
  { "4.4", sg_readiness_rule_4_4 },
  { "5.1", sg_readiness_rule_5_1 },
  { "5.2", sg_readiness_rule_5_2 },
  { "5.3", sg_readiness_rule_5_3 },
  { "6.1.1", sg_readiness_rule_6_1_1 },
  { "6.1.2", sg_readiness_rule_6_1_2 },
  { "6.1.3", sg_readiness_rule_6_1_3 },
  { "6.2", sg_readiness_rule_6_2 },
  { "6.3", sg_readiness_rule_6_3 },
  { "7.1", sg_readiness_rule_7_1 },
  { "7.2", sg_readiness_rule_7_2 },
  { "7.3", sg_readiness_rule_7_3 },
  { "7.4", sg_readiness_rule_7_4 },
  { "7.5.1", sg_readiness_rule_7_5_1 },
  { "7.5.2", sg_readiness_rule_7_5_2 },
  { "7.5.3", sg_readiness_rule_7_5_3 },
  { "8.1", sg_readiness_rule_8_1 },
  { "8.2", sg_readiness_rule_8_2 },
  { "8.3", sg_readiness_rule_8_3 },
  { "9.1", sg_readiness_rule_9_1 },
  { "9.2.1", sg_readiness_rule_9_2_1 },
  { "9.2.2", sg_readiness_rule_9_2_2 },
  { "9.3.1", sg_readiness_rule_9_3_1 },
  { "9.3.2", sg_readiness_rule_9_3_2 },
  { "9.3.3", sg_readiness_rule_9_3_3 },
  { "10.1", sg_readiness_rule_10_1 },
  { "10.2", sg_readiness_rule_10_2 },
};

void
sg_readiness_result_free (gpointer data)
{
  SgReadinessResult *result = data;

  g_free (result->title);
  g_free (result->reason);
  g_ptr_array_unref (result->records);
  g_free (result);
}

const char *
sg_readiness_state_label (SgReadinessState state,
                          gboolean         translate)
{
  const char *label = N_("not met");

  switch (state)
    {
    case SG_READINESS_MET:
      label = N_("met");
      break;
    case SG_READINESS_PARTLY:
      label = N_("partly met");
      break;
    case SG_READINESS_NOT_MET:
    default:
      break;
    }
  return translate ? _(label) : label;
}

static const char *
seed_title (const char *ref)
{
  guint n;
  const SgSeedRequirement *seeded = sg_seed_requirements (&n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (seeded[i].ref, ref))
      return seeded[i].title;
  return ref;
}

/* 4.4, the whole ISMS, from the other 29 as they count: a requirement a
 * person overrode as met is met for the whole too, or the checklist could
 * never read "30 of 30"; the reason says how many rest on a person's word. */
static void
rule_4_4_from (Ctx               *ctx,
               SgReadinessResult *result,
               GPtrArray         *results)
{
  guint met = 0, by_override = 0, others = results->len - 1;

  for (guint i = 0; i < results->len; i++)
    {
      SgReadinessResult *other = g_ptr_array_index (results, i);

      if (other == result)
        continue;
      met += other->effective == SG_READINESS_MET;
      by_override += other->effective == SG_READINESS_MET && other->state != SG_READINESS_MET;
    }
  if (met == others && by_override == 0)
    sg_readiness_verdict (result, SG_READINESS_MET, sg_readiness_say (ctx, N_("every other requirement is met")));
  else if (met == others)
    sg_readiness_verdict (result, SG_READINESS_MET,
                          sg_readiness_say_n (ctx, by_override,
                                              NP_("every other requirement is met, %u of them by override",
                                                  "every other requirement is met, %u of them by override"),
                                              by_override));
  else
    sg_readiness_verdict (result, met > 0 ? SG_READINESS_PARTLY : SG_READINESS_NOT_MET,
                          sg_readiness_say_n (ctx, others, NP_("%u of %u other requirement not met yet",
                                                               "%u of %u other requirements not met yet"),
                                              others - met, others));
}

/* A person's word, when given, is what counts — and is shown as such. */
static void
apply_override (SgReadinessResult *result)
{
  int override = result->requirement != NULL
                 ? sg_record_peek_enum (result->requirement, SG_REQUIREMENT_OVERRIDE_FIELD)
                 : SG_REQUIREMENT_OVERRIDE_NONE;

  result->effective = result->state;
  result->overridden = override != SG_REQUIREMENT_OVERRIDE_NONE;
  switch ((SgRequirementOverride) override)
    {
    case SG_REQUIREMENT_OVERRIDE_MET:
      result->effective = SG_READINESS_MET;
      break;
    case SG_REQUIREMENT_OVERRIDE_PARTLY:
      result->effective = SG_READINESS_PARTLY;
      break;
    case SG_REQUIREMENT_OVERRIDE_NOT_MET:
      result->effective = SG_READINESS_NOT_MET;
      break;
    case SG_REQUIREMENT_OVERRIDE_NONE:
    default:
      break;
    }
}

GPtrArray *
sg_readiness_evaluate (SgStore    *store,
                       const char *today,
                       gboolean    translate)
{
  GPtrArray *results = g_ptr_array_new_with_free_func (sg_readiness_result_free);
  SgReadinessResult *whole = NULL;
  Ctx ctx = { 0 };

  g_return_val_if_fail (SG_IS_STORE (store), results);
  g_return_val_if_fail (today != NULL, results);

  ctx.store = store;
  ctx.today = today;
  ctx.year_ago = sg_readiness_shift_months (today, -12);
  ctx.year_ahead = sg_readiness_shift_months (today, 12);
  ctx.translate = translate;
  ctx.months = sg_competence_get_months ();

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      SgReadinessResult *result = g_new0 (SgReadinessResult, 1);
      const char *title = seed_title (rules[i].ref);

      result->ref = rules[i].ref;
      result->title = g_strdup (translate ? _(title) : title);
      result->requirement = sg_store_find_by_ref (store, SG_TYPE_REQUIREMENT, rules[i].ref);
      result->records = g_ptr_array_new ();
      result->state = SG_READINESS_NOT_MET;
      rules[i].rule (&ctx, result);
      if (rules[i].rule == sg_readiness_rule_4_4)
        whole = result;
      g_ptr_array_add (results, result);
    }
  for (guint i = 0; i < results->len; i++)
    apply_override (g_ptr_array_index (results, i));
  rule_4_4_from (&ctx, whole, results);
  apply_override (whole);

  g_free (ctx.year_ago);
  g_free (ctx.year_ahead);
  return results;
}
