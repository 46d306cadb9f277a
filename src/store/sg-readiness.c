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
#include "sg-competence-record.h"
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
#include "sg-readiness.h"
#include "sg-requirement.h"
#include "sg-risk-method.h"
#include "sg-risk.h"
#include "sg-role.h"
#include "sg-scope.h"
#include "sg-seed-data.h"
#include "sg-soa-version.h"

/* A message with a plural: xgettext reads both forms (see po/meson.build). */
#define NP_(singular, plural) singular, plural

typedef struct
{
  SgStore    *store;
  const char *today;
  char       *year_ago;    /* today 12 months ago */
  char       *year_ahead;  /* today in 12 months */
  gboolean    translate;
} Ctx;

typedef void (*RuleFunc) (Ctx               *ctx,
                          SgReadinessResult *result);

/* ------------------------------------------------------------------ */
/* Saying it, in English for scripts or translated for people.        */

static char *
say (Ctx        *ctx,
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
static char *
say_n (Ctx        *ctx,
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

static void
verdict (SgReadinessResult *result,
         SgReadinessState   state,
         char              *reason)
{
  result->state = state;
  g_free (result->reason);
  result->reason = reason;
}

/* ------------------------------------------------------------------ */
/* Reading records.                                                   */

static SgRecord *const *
records (Ctx   *ctx,
         GType  kind,
         guint *n)
{
  return sg_store_peek_records (ctx->store, kind, n);
}

static gboolean
has_text (SgRecord   *record,
          const char *field)
{
  const char *text = sg_record_peek_string (record, field);

  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*text))
    text++;
  return *text != '\0';
}

static gboolean
has_person (SgRecord   *record,
            const char *field)
{
  return sg_record_peek_int64 (record, field) > 0;
}

static gboolean
is_before (const char *date,
           const char *day)
{
  return date != NULL && *date != '\0' && strcmp (date, day) < 0;
}

static gboolean
in_last_year (Ctx        *ctx,
              const char *date)
{
  return date != NULL && *date != '\0' &&
         strcmp (date, ctx->year_ago) >= 0 && strcmp (date, ctx->today) <= 0;
}

/* A date set and not passed. */
static gboolean
still_valid (Ctx        *ctx,
             const char *date)
{
  return date != NULL && *date != '\0' && strcmp (date, ctx->today) >= 0;
}

static char *
shift_months (const char *today,
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

typedef gboolean (*Check) (Ctx      *ctx,
                           SgRecord *record);

/* The common shape of a rule: every record of @kind that @include lets
 * through (NULL: all) should pass @check. None: not met, saying @none;
 * all pass: met, the records; some or all fail: partly or not met,
 * "%u of %u …", the records that fail. */
static void
every (Ctx               *ctx,
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
  SgRecord *const *all = records (ctx, kind, &n);
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
      verdict (result, SG_READINESS_NOT_MET, say (ctx, none));
      return;
    }
  if (failing->len == 0)
    {
      verdict (result, SG_READINESS_MET, say_n (ctx, total, met_singular, met_plural, total));
      g_ptr_array_extend (result->records, passing, NULL, NULL);
      return;
    }
  verdict (result, passing->len == 0 ? SG_READINESS_NOT_MET : SG_READINESS_PARTLY,
           say_n (ctx, total, gap_singular, gap_plural, failing->len, total));
  g_ptr_array_extend (result->records, failing, NULL, NULL);
}

/* ------------------------------------------------------------------ */
/* Shared judgements.                                                 */

static gboolean
risk_open (Ctx      *ctx,
           SgRecord *risk)
{
  return sg_record_peek_enum (risk, "status") != SG_RISK_STATUS_CLOSED;
}

static gboolean
risk_assessed (SgRecord *risk)
{
  return sg_record_peek_int (risk, "inherent-likelihood") > 0 &&
         sg_record_peek_int (risk, "inherent-impact") > 0;
}

static gboolean
document_current (Ctx      *ctx,
                  SgRecord *document)
{
  return sg_record_peek_enum (document, "status") != SG_DOCUMENT_STATUS_WITHDRAWN;
}

static gboolean
document_approved (Ctx      *ctx,
                   SgRecord *document)
{
  return sg_record_peek_enum (document, "status") == SG_DOCUMENT_STATUS_APPROVED &&
         has_person (document, "approved-by") &&
         has_text (document, "approved-on");
}

static gboolean
document_reviewed (Ctx      *ctx,
                   SgRecord *document)
{
  return still_valid (ctx, sg_record_peek_string (document, "next-review"));
}

/* The approved information security policy in force, or NULL; *@best
 * gets the policy that comes closest when there is none. */
static SgRecord *
find_policy (Ctx       *ctx,
             SgRecord **best)
{
  guint n;
  SgRecord *const *documents = records (ctx, SG_TYPE_DOCUMENT, &n);

  *best = NULL;
  for (guint i = 0; i < n; i++)
    {
      if (sg_record_peek_enum (documents[i], "type") != SG_DOCUMENT_TYPE_POLICY ||
          !document_current (ctx, documents[i]))
        continue;
      if (document_approved (ctx, documents[i]) && document_reviewed (ctx, documents[i]))
        return *best = documents[i];
      if (*best == NULL || document_approved (ctx, documents[i]))
        *best = documents[i];
    }
  return NULL;
}

static gboolean
review_held (SgRecord *review)
{
  return sg_record_peek_enum (review, "status") != SG_REVIEW_STATUS_PLANNED &&
         has_text (review, "date");
}

/* The latest management review held, or NULL. */
static SgRecord *
last_review (Ctx *ctx)
{
  guint n;
  SgRecord *const *reviews = records (ctx, SG_TYPE_MANAGEMENT_REVIEW, &n);
  SgRecord *last = NULL;

  for (guint i = 0; i < n; i++)
    if (review_held (reviews[i]) &&
        strcmp (sg_record_peek_string (reviews[i], "date"), ctx->today) <= 0 &&
        (last == NULL || strcmp (sg_record_peek_string (reviews[i], "date"),
                                 sg_record_peek_string (last, "date")) > 0))
      last = reviews[i];
  return last;
}

static SgRecord *
review_in_last_year (Ctx *ctx)
{
  SgRecord *last = last_review (ctx);

  return last != NULL && in_last_year (ctx, sg_record_peek_string (last, "date")) ? last : NULL;
}

/* The people who hold a role, each once, in role order. */
static GArray *
role_holders (Ctx *ctx)
{
  guint n;
  SgRecord *const *roles = records (ctx, SG_TYPE_ROLE, &n);
  GArray *holders = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < n; i++)
    {
      gint64 id = sg_record_peek_int64 (roles[i], "holder");
      gboolean seen = FALSE;

      for (guint j = 0; j < holders->len && !seen; j++)
        seen = g_array_index (holders, gint64, j) == id;
      if (id > 0 && !seen)
        g_array_append_val (holders, id);
    }
  return holders;
}

/* The competence records of @person that have @field filled in. */
static SgRecord *
competence_of (Ctx        *ctx,
               gint64      person,
               const char *field,
               const char *also)
{
  guint n;
  SgRecord *const *all = records (ctx, SG_TYPE_COMPETENCE_RECORD, &n);

  for (guint i = 0; i < n; i++)
    if (sg_record_peek_int64 (all[i], SG_COMPETENCE_RECORD_PERSON) == person &&
        (has_text (all[i], field) || (also != NULL && has_text (all[i], also))))
      return all[i];
  return NULL;
}

/* 7.2 and 7.3: something recorded for every role holder. */
static void
for_every_holder (Ctx               *ctx,
                  SgReadinessResult *result,
                  const char        *field,
                  const char        *also,
                  const char        *met_singular,
                  const char        *met_plural,
                  const char        *gap_singular,
                  const char        *gap_plural)
{
  g_autoptr(GArray) holders = role_holders (ctx);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  guint missing = 0;

  if (holders->len == 0)
    {
      verdict (result, SG_READINESS_NOT_MET, say (ctx, N_("no role holders recorded")));
      return;
    }
  for (guint i = 0; i < holders->len; i++)
    {
      gint64 id = g_array_index (holders, gint64, i);
      SgRecord *record = competence_of (ctx, id, field, also);

      if (record != NULL)
        {
          g_ptr_array_add (found, record);
          continue;
        }
      missing++;
      g_ptr_array_add (result->records, sg_store_find_by_id (ctx->store, SG_TYPE_PERSON, id));
    }
  if (missing == 0)
    {
      verdict (result, SG_READINESS_MET,
               say_n (ctx, holders->len, met_singular, met_plural, holders->len));
      g_ptr_array_extend (result->records, found, NULL, NULL);
      return;
    }
  verdict (result, missing == holders->len ? SG_READINESS_NOT_MET : SG_READINESS_PARTLY,
           say_n (ctx, holders->len, gap_singular, gap_plural, missing, holders->len));
}

/* ------------------------------------------------------------------ */
/* Clause 4.                                                          */

static void
rule_4_1 (Ctx               *ctx,
          SgReadinessResult *result)
{
  guint n, internal = 0, external = 0;
  SgRecord *const *issues = records (ctx, SG_TYPE_CONTEXT_ISSUE, &n);

  for (guint i = 0; i < n; i++)
    {
      if (sg_record_peek_enum (issues[i], "type") == SG_ISSUE_TYPE_INTERNAL)
        internal++;
      else
        external++;
      g_ptr_array_add (result->records, issues[i]);
    }
  if (internal > 0 && external > 0)
    verdict (result, SG_READINESS_MET,
             say (ctx, N_("%u internal and %u external issues recorded"), internal, external));
  else if (internal > 0)
    verdict (result, SG_READINESS_PARTLY, say (ctx, N_("no external issues recorded")));
  else if (external > 0)
    verdict (result, SG_READINESS_PARTLY, say (ctx, N_("no internal issues recorded")));
  else
    verdict (result, SG_READINESS_NOT_MET, say (ctx, N_("no internal or external issues recorded")));
}

static gboolean
party_relevant (Ctx      *ctx,
                SgRecord *party)
{
  return sg_record_peek_boolean (party, "relevant");
}

static gboolean
party_has_needs (Ctx      *ctx,
                 SgRecord *party)
{
  return has_text (party, "needs");
}

static void
rule_4_2 (Ctx               *ctx,
          SgReadinessResult *result)
{
  every (ctx, result, SG_TYPE_INTERESTED_PARTY, party_relevant, party_has_needs,
         N_("no relevant interested parties recorded"),
         NP_("%u interested party with its needs and expectations",
             "%u interested parties, each with its needs and expectations"),
         NP_("%u of %u interested party without needs and expectations",
             "%u of %u interested parties without needs and expectations"));
}

/* The scope record has no review date of its own: approval is what an
 * auditor can check. */
static void
rule_4_3 (Ctx               *ctx,
          SgReadinessResult *result)
{
  guint n;
  SgRecord *const *scopes = records (ctx, SG_TYPE_SCOPE, &n);
  SgRecord *stated = NULL;

  for (guint i = 0; i < n; i++)
    {
      if (!has_text (scopes[i], "statement"))
        continue;
      if (has_person (scopes[i], "approved-by") && has_text (scopes[i], "approved-on"))
        {
          g_ptr_array_add (result->records, scopes[i]);
          verdict (result, SG_READINESS_MET,
                   say (ctx, N_("the scope statement was approved on %s"),
                        sg_record_peek_string (scopes[i], "approved-on")));
          return;
        }
      stated = scopes[i];
    }
  if (stated != NULL)
    {
      g_ptr_array_add (result->records, stated);
      verdict (result, SG_READINESS_PARTLY,
               say (ctx, N_("the scope statement is not approved (by whom and when)")));
    }
  else if (n > 0)
    {
      g_ptr_array_add (result->records, scopes[0]);
      verdict (result, SG_READINESS_PARTLY, say (ctx, N_("the scope has no statement")));
    }
  else
    verdict (result, SG_READINESS_NOT_MET, say (ctx, N_("no scope statement recorded")));
}

/* 4.4 is evaluated last, from the others (see sg_readiness_evaluate):
 * met when they all are, partly when some are. */
static void
rule_4_4 (Ctx               *ctx,
          SgReadinessResult *result)
{
}

static void
rule_4_4_from (Ctx               *ctx,
               SgReadinessResult *result,
               GPtrArray         *results)
{
  guint met = 0, others = results->len - 1;

  for (guint i = 0; i < results->len; i++)
    {
      SgReadinessResult *other = g_ptr_array_index (results, i);

      if (other == result)
        continue;
      met += other->state == SG_READINESS_MET;
    }
  if (met == others)
    verdict (result, SG_READINESS_MET, say (ctx, N_("every other requirement is met")));
  else
    verdict (result, met > 0 ? SG_READINESS_PARTLY : SG_READINESS_NOT_MET,
             say_n (ctx, others, NP_("%u of %u other requirement not met yet",
                                     "%u of %u other requirements not met yet"),
                    others - met, others));
}

/* ------------------------------------------------------------------ */
/* Clause 5.                                                          */

static void
rule_5_1 (Ctx               *ctx,
          SgReadinessResult *result)
{
  SgRecord *best;
  SgRecord *policy = find_policy (ctx, &best);
  SgRecord *review = review_in_last_year (ctx);

  if (review != NULL)
    g_ptr_array_add (result->records, review);
  if (policy != NULL)
    g_ptr_array_add (result->records, policy);
  if (review != NULL && policy != NULL)
    verdict (result, SG_READINESS_MET,
             say (ctx, N_("an approved policy and a management review in the last 12 months")));
  else if (review != NULL)
    verdict (result, SG_READINESS_PARTLY, say (ctx, N_("no approved policy in force")));
  else if (policy != NULL)
    verdict (result, SG_READINESS_PARTLY, say (ctx, N_("no management review in the last 12 months")));
  else
    verdict (result, SG_READINESS_NOT_MET,
             say (ctx, N_("no approved policy and no management review in the last 12 months")));
}

static void
rule_5_2 (Ctx               *ctx,
          SgReadinessResult *result)
{
  SgRecord *best;
  SgRecord *policy = find_policy (ctx, &best);

  if (best != NULL)
    g_ptr_array_add (result->records, best);
  if (policy != NULL)
    verdict (result, SG_READINESS_MET,
             say (ctx, N_("the policy is approved and due for review on %s"),
                  sg_record_peek_string (policy, "next-review")));
  else if (best == NULL)
    verdict (result, SG_READINESS_NOT_MET, say (ctx, N_("no information security policy recorded")));
  else if (!document_approved (ctx, best))
    verdict (result, SG_READINESS_PARTLY,
             say (ctx, N_("the policy is not approved (status, by whom and when)")));
  else if (has_text (best, "next-review"))
    verdict (result, SG_READINESS_PARTLY, say (ctx, N_("the policy's review date has passed")));
  else
    verdict (result, SG_READINESS_PARTLY, say (ctx, N_("the policy has no review date")));
}

static gboolean
role_held (Ctx      *ctx,
           SgRecord *role)
{
  return has_person (role, "holder");
}

static void
rule_5_3 (Ctx               *ctx,
          SgReadinessResult *result)
{
  every (ctx, result, SG_TYPE_ROLE, NULL, role_held,
         N_("no roles recorded"),
         NP_("%u role with a holder", "%u roles, each with a holder"),
         NP_("%u of %u role without a holder", "%u of %u roles without a holder"));
}

/* ------------------------------------------------------------------ */
/* Clause 6.                                                          */

static void
rule_6_1_1 (Ctx               *ctx,
            SgReadinessResult *result)
{
  guint n_issues, n_risks;
  SgRecord *const *issues = records (ctx, SG_TYPE_CONTEXT_ISSUE, &n_issues);
  SgRecord *const *risks = records (ctx, SG_TYPE_RISK, &n_risks);

  for (guint i = 0; i < n_issues; i++)
    g_ptr_array_add (result->records, issues[i]);
  for (guint i = 0; i < n_risks; i++)
    g_ptr_array_add (result->records, risks[i]);
  if (n_issues > 0 && n_risks > 0)
    verdict (result, SG_READINESS_MET,
             say (ctx, N_("%u context issues and %u risks recorded"), n_issues, n_risks));
  else if (n_issues > 0)
    verdict (result, SG_READINESS_PARTLY, say (ctx, N_("no risks recorded")));
  else if (n_risks > 0)
    verdict (result, SG_READINESS_PARTLY, say (ctx, N_("no context issues recorded")));
  else
    verdict (result, SG_READINESS_NOT_MET, say (ctx, N_("no context issues or risks recorded")));
}

/* Scales of at least two values each and levels both within and above
 * the appetite. */
static gboolean
method_complete (Ctx *ctx)
{
  SgRiskMethod *method = sg_store_get_risk_method (ctx->store);
  guint levels = sg_risk_method_get_n_levels (method);
  gboolean within = FALSE, above = FALSE;

  if (sg_risk_method_get_n_values (method, SG_SCALE_AXIS_LIKELIHOOD) < 2 ||
      sg_risk_method_get_n_values (method, SG_SCALE_AXIS_IMPACT) < 2)
    return FALSE;
  for (guint i = 0; i < levels; i++)
    {
      if (sg_record_peek_boolean (SG_RECORD (sg_risk_method_get_level_nth (method, i)),
                                  "within-appetite"))
        within = TRUE;
      else
        above = TRUE;
    }
  return within && above;
}

static void
rule_6_1_2 (Ctx               *ctx,
            SgReadinessResult *result)
{
  guint n, total = 0, unassessed = 0, unreviewed = 0;
  SgRecord *const *risks = records (ctx, SG_TYPE_RISK, &n);
  g_autoptr(GPtrArray) gaps = g_ptr_array_new ();

  if (!method_complete (ctx))
    {
      verdict (result, SG_READINESS_NOT_MET,
               say (ctx, N_("no risk method with likelihood and impact scales and a risk appetite")));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      if (!risk_open (ctx, risks[i]))
        continue;
      total++;
      if (!risk_assessed (risks[i]))
        unassessed++;
      else if (!still_valid (ctx, sg_record_peek_string (risks[i], "next-review")))
        unreviewed++;
      else
        {
          g_ptr_array_add (result->records, risks[i]);
          continue;
        }
      g_ptr_array_add (gaps, risks[i]);
    }
  if (total == 0)
    {
      verdict (result, SG_READINESS_NOT_MET, say (ctx, N_("no risks recorded")));
      return;
    }
  if (gaps->len == 0)
    {
      verdict (result, SG_READINESS_MET,
               say_n (ctx, total, NP_("%u risk assessed, its review not yet due",
                                      "%u risks assessed, none past its review date"), total));
      return;
    }
  g_ptr_array_set_size (result->records, 0);
  g_ptr_array_extend (result->records, gaps, NULL, NULL);
  if (unassessed > 0)
    verdict (result, unassessed == total ? SG_READINESS_NOT_MET : SG_READINESS_PARTLY,
             say_n (ctx, total, NP_("%u of %u risk not assessed", "%u of %u risks not assessed"),
                    unassessed, total));
  else
    verdict (result, SG_READINESS_PARTLY,
             say_n (ctx, total, NP_("%u of %u risk past or without its review date",
                                    "%u of %u risks past or without their review date"),
                    unreviewed, total));
}

static gboolean
above_appetite (Ctx      *ctx,
                SgRecord *risk)
{
  SgRiskLevel *level = sg_risk_method_get_level (sg_store_get_risk_method (ctx->store),
                                                 sg_record_peek_int (risk, "inherent-likelihood"),
                                                 sg_record_peek_int (risk, "inherent-impact"));

  return level != NULL && !sg_record_peek_boolean (SG_RECORD (level), "within-appetite");
}

/* A treatment chosen; mitigation also names its controls. */
static gboolean
risk_treated (SgRecord *risk)
{
  int treatment = sg_record_peek_enum (risk, "treatment");
  GVariant *controls = sg_record_peek_links (risk, "controls");

  if (treatment == SG_TREATMENT_UNDECIDED)
    return FALSE;
  return treatment != SG_TREATMENT_MITIGATE ||
         (controls != NULL && g_variant_n_children (controls) > 0);
}

/* 6.1.3 c–e: risks above the appetite treated, an SoA issued, every
 * exclusion justified and every inclusion with a reason (a risk it
 * treats, a legal, contractual or business reason, or a justification). */
static void
rule_6_1_3 (Ctx               *ctx,
            SgReadinessResult *result)
{
  guint n_risks, n_controls, n_soa, above = 0, assessed = 0;
  SgRecord *const *risks = records (ctx, SG_TYPE_RISK, &n_risks);
  SgRecord *const *controls = records (ctx, SG_TYPE_CONTROL, &n_controls);
  g_autoptr(GPtrArray) untreated = g_ptr_array_new ();
  g_autoptr(GPtrArray) unjustified = g_ptr_array_new ();
  g_autoptr(GPtrArray) unreasoned = g_ptr_array_new ();
  /* Control ids, as pointers: no allocation per link of 100,000 risks. */
  g_autoptr(GHashTable) linked = g_hash_table_new (g_direct_hash, g_direct_equal);

  records (ctx, SG_TYPE_SOA_VERSION, &n_soa);
  for (guint i = 0; i < n_risks; i++)
    {
      GVariant *links = sg_record_peek_links (risks[i], "controls");

      if (!risk_open (ctx, risks[i]))
        continue;
      assessed += risk_assessed (risks[i]);
      if (links != NULL)
        {
          gsize n_ids;
          const gint64 *ids = g_variant_get_fixed_array (links, &n_ids, sizeof (gint64));

          for (gsize j = 0; j < n_ids; j++)
            g_hash_table_add (linked, GSIZE_TO_POINTER ((gsize) ids[j]));
        }
      if (!above_appetite (ctx, risks[i]))
        continue;
      above++;
      if (!risk_treated (risks[i]))
        g_ptr_array_add (untreated, risks[i]);
    }
  for (guint i = 0; i < n_controls; i++)
    {
      gpointer id = GSIZE_TO_POINTER ((gsize) sg_record_get_id (controls[i]));

      if (!sg_record_peek_boolean (controls[i], "applicable"))
        {
          if (!has_text (controls[i], "justification"))
            g_ptr_array_add (unjustified, controls[i]);
        }
      else if (!sg_record_peek_boolean (controls[i], SG_CONTROL_REASON_LEGAL) &&
               !sg_record_peek_boolean (controls[i], SG_CONTROL_REASON_CONTRACTUAL) &&
               !sg_record_peek_boolean (controls[i], SG_CONTROL_REASON_BUSINESS) &&
               !has_text (controls[i], "justification") &&
               !g_hash_table_contains (linked, id))
        g_ptr_array_add (unreasoned, controls[i]);
    }
  if (assessed == 0)
    verdict (result, SG_READINESS_NOT_MET, say (ctx, N_("no assessed risks to treat")));
  else if (n_soa == 0)
    verdict (result, SG_READINESS_NOT_MET, say (ctx, N_("no Statement of Applicability issued")));
  else if (untreated->len > 0)
    {
      verdict (result, SG_READINESS_PARTLY,
               say_n (ctx, above, NP_("%u of %u risk above the appetite not treated",
                                      "%u of %u risks above the appetite not treated"),
                      untreated->len, above));
      g_ptr_array_extend (result->records, untreated, NULL, NULL);
    }
  else if (unjustified->len > 0)
    {
      verdict (result, SG_READINESS_PARTLY,
               say_n (ctx, unjustified->len, NP_("%u excluded control without a justification",
                                                 "%u excluded controls without a justification"),
                      unjustified->len));
      g_ptr_array_extend (result->records, unjustified, NULL, NULL);
    }
  else if (unreasoned->len > 0)
    {
      verdict (result, SG_READINESS_PARTLY,
               say_n (ctx, unreasoned->len,
                      NP_("%u applicable control without a reason for its inclusion",
                          "%u applicable controls without a reason for their inclusion"),
                      unreasoned->len));
      g_ptr_array_extend (result->records, unreasoned, NULL, NULL);
    }
  else
    {
      guint n;
      SgRecord *const *versions = records (ctx, SG_TYPE_SOA_VERSION, &n);

      verdict (result, SG_READINESS_MET,
               say (ctx, N_("risks above the appetite treated and the SoA issued, each control with a reason")));
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (result->records, versions[i]);
    }
}

static gboolean
objective_planned (Ctx      *ctx,
                   SgRecord *objective)
{
  return has_text (objective, "measure") && has_person (objective, "owner") &&
         has_text (objective, "due-date");
}

static void
rule_6_2 (Ctx               *ctx,
          SgReadinessResult *result)
{
  every (ctx, result, SG_TYPE_OBJECTIVE, NULL, objective_planned,
         N_("no objectives recorded"),
         NP_("%u objective with a measure, an owner and a due date",
             "%u objectives, each with a measure, an owner and a due date"),
         NP_("%u of %u objective without a measure, an owner or a due date",
             "%u of %u objectives without a measure, an owner or a due date"));
}

static gboolean
change_pending (Ctx      *ctx,
                SgRecord *change)
{
  return sg_record_peek_enum (change, "status") != SG_CHANGE_STATUS_CANCELLED;
}

static gboolean
change_planned (Ctx      *ctx,
                SgRecord *change)
{
  return has_person (change, "responsible") && has_text (change, "planned-date");
}

/* Changes are planned only when the ISMS changes: none is partly met. */
static void
rule_6_3 (Ctx               *ctx,
          SgReadinessResult *result)
{
  every (ctx, result, SG_TYPE_PLANNED_CHANGE, change_pending, change_planned,
         N_("no planned changes recorded"),
         NP_("%u planned change with a responsible person and a date",
             "%u planned changes, each with a responsible person and a date"),
         NP_("%u of %u planned change without a responsible person or a date",
             "%u of %u planned changes without a responsible person or a date"));
  if (result->records->len == 0 && result->state == SG_READINESS_NOT_MET)
    result->state = SG_READINESS_PARTLY;
}

/* ------------------------------------------------------------------ */
/* Clause 7.                                                          */

static gboolean
objective_resourced (Ctx      *ctx,
                     SgRecord *objective)
{
  return has_text (objective, "resources");
}

static void
rule_7_1 (Ctx               *ctx,
          SgReadinessResult *result)
{
  every (ctx, result, SG_TYPE_OBJECTIVE, NULL, objective_resourced,
         N_("no objectives recorded to name resources for"),
         NP_("%u objective with its resources named", "%u objectives, each with its resources named"),
         NP_("%u of %u objective without resources named",
             "%u of %u objectives without resources named"));
}

static void
rule_7_2 (Ctx               *ctx,
          SgReadinessResult *result)
{
  for_every_holder (ctx, result, SG_COMPETENCE_RECORD_TRAINING, "completed-on",
                    NP_("competence evidence for the %u role holder",
                        "competence evidence for each of the %u role holders"),
                    NP_("%u of %u role holder without competence evidence",
                        "%u of %u role holders without competence evidence"));
}

static void
rule_7_3 (Ctx               *ctx,
          SgReadinessResult *result)
{
  for_every_holder (ctx, result, "awareness-acknowledged-on", NULL,
                    NP_("awareness acknowledged by the %u role holder",
                        "awareness acknowledged by each of the %u role holders"),
                    NP_("%u of %u role holder without acknowledged awareness",
                        "%u of %u role holders without acknowledged awareness"));
}

static gboolean
communication_planned (Ctx      *ctx,
                       SgRecord *communication)
{
  return has_text (communication, "subject") && has_person (communication, "communicator") &&
         has_text (communication, "audience") && has_text (communication, "method");
}

static void
rule_7_4 (Ctx               *ctx,
          SgReadinessResult *result)
{
  every (ctx, result, SG_TYPE_COMMUNICATION, NULL, communication_planned,
         N_("no communications recorded"),
         NP_("%u communication saying what, who, to whom and how",
             "%u communications, each saying what, who, to whom and how"),
         NP_("%u of %u communication without what, who, to whom or how",
             "%u of %u communications without what, who, to whom or how"));
}

static gboolean
document_owned (Ctx      *ctx,
                SgRecord *document)
{
  return has_person (document, "owner");
}

/* 7.5.1: the documented information is there and someone owns it. */
static void
rule_7_5_1 (Ctx               *ctx,
            SgReadinessResult *result)
{
  every (ctx, result, SG_TYPE_DOCUMENT, document_current, document_owned,
         N_("no documents recorded"),
         NP_("%u document with an owner", "%u documents, each with an owner"),
         NP_("%u of %u document without an owner", "%u of %u documents without an owner"));
}

/* 7.5.2: created and updated with review and approval. */
static void
rule_7_5_2 (Ctx               *ctx,
            SgReadinessResult *result)
{
  every (ctx, result, SG_TYPE_DOCUMENT, document_current, document_approved,
         N_("no documents recorded"),
         NP_("%u document approved (by whom and when)",
             "%u documents, each approved (by whom and when)"),
         NP_("%u of %u document not approved (status, by whom and when)",
             "%u of %u documents not approved (status, by whom and when)"));
}

/* 7.5.3: controlled, which here means kept under review. */
static void
rule_7_5_3 (Ctx               *ctx,
            SgReadinessResult *result)
{
  every (ctx, result, SG_TYPE_DOCUMENT, document_current, document_reviewed,
         N_("no documents recorded"),
         NP_("%u document within its review date", "%u documents, each within its review date"),
         NP_("%u of %u document past or without its review date",
             "%u of %u documents past or without their review date"));
}

/* ------------------------------------------------------------------ */
/* Clause 8.                                                          */

static gboolean
control_planned (Ctx      *ctx,
                 SgRecord *control)
{
  return sg_record_peek_boolean (control, "applicable") &&
         (has_text (control, "implementation-due") ||
          sg_record_peek_enum (control, "implementation") != SG_IMPLEMENTATION_STATUS_NOT_IMPLEMENTED);
}

static gboolean
control_on_time (Ctx      *ctx,
                 SgRecord *control)
{
  int status = sg_record_peek_enum (control, "implementation");

  return status == SG_IMPLEMENTATION_STATUS_IMPLEMENTED ||
         status == SG_IMPLEMENTATION_STATUS_VERIFIED ||
         !is_before (sg_record_peek_string (control, "implementation-due"), ctx->today);
}

static void
rule_8_1 (Ctx               *ctx,
          SgReadinessResult *result)
{
  every (ctx, result, SG_TYPE_CONTROL, control_planned, control_on_time,
         N_("no control implementation planned"),
         NP_("%u planned control, its implementation not overdue",
             "%u planned controls, no implementation overdue"),
         NP_("%u of %u control implementation overdue",
             "%u of %u control implementations overdue"));
}

static gboolean
risk_review_on_time (Ctx      *ctx,
                     SgRecord *risk)
{
  return !is_before (sg_record_peek_string (risk, "next-review"), ctx->today);
}

static void
rule_8_2 (Ctx               *ctx,
          SgReadinessResult *result)
{
  every (ctx, result, SG_TYPE_RISK, risk_open, risk_review_on_time,
         N_("no risks recorded"),
         NP_("%u risk, its review not overdue", "%u risks, no review overdue"),
         NP_("%u of %u risk review overdue", "%u of %u risk reviews overdue"));
}

static gboolean
risk_treatment_chosen (Ctx      *ctx,
                       SgRecord *risk)
{
  return risk_open (ctx, risk) && sg_record_peek_enum (risk, "treatment") != SG_TREATMENT_UNDECIDED;
}

static gboolean
risk_treatment_on_time (Ctx      *ctx,
                        SgRecord *risk)
{
  int status = sg_record_peek_enum (risk, "status");

  return status == SG_RISK_STATUS_ACCEPTED ||
         !is_before (sg_record_peek_string (risk, "treatment-due"), ctx->today);
}

static void
rule_8_3 (Ctx               *ctx,
          SgReadinessResult *result)
{
  every (ctx, result, SG_TYPE_RISK, risk_treatment_chosen, risk_treatment_on_time,
         N_("no risk treatment recorded"),
         NP_("%u risk treatment, not overdue", "%u risk treatments, none overdue"),
         NP_("%u of %u risk treatment overdue", "%u of %u risk treatments overdue"));
}

/* ------------------------------------------------------------------ */
/* Clause 9.                                                          */

static gboolean
objective_open (Ctx      *ctx,
                SgRecord *objective)
{
  int status = sg_record_peek_enum (objective, "status");

  return status != SG_OBJECTIVE_STATUS_ACHIEVED && status != SG_OBJECTIVE_STATUS_MISSED;
}

/* The measurement frequency is free text: a year is the interval every
 * frequency fits in. */
static gboolean
objective_measured (Ctx      *ctx,
                    SgRecord *objective)
{
  guint n;
  SgRecord *const *readings = records (ctx, SG_TYPE_OBJECTIVE_READING, &n);
  gint64 id = sg_record_get_id (objective);

  for (guint i = 0; i < n; i++)
    if (sg_record_peek_int64 (readings[i], "objective") == id &&
        in_last_year (ctx, sg_record_peek_string (readings[i], "date")))
      return TRUE;
  return FALSE;
}

static void
rule_9_1 (Ctx               *ctx,
          SgReadinessResult *result)
{
  every (ctx, result, SG_TYPE_OBJECTIVE, objective_open, objective_measured,
         N_("no open objectives recorded to measure"),
         NP_("%u open objective with a reading in the last 12 months",
             "%u open objectives, each with a reading in the last 12 months"),
         NP_("%u of %u open objective without a reading in the last 12 months",
             "%u of %u open objectives without a reading in the last 12 months"));
}

static gboolean
internal_audit (SgRecord *audit)
{
  return sg_record_peek_enum (audit, "type") == SG_AUDIT_TYPE_INTERNAL;
}

static const char *
audit_date (SgRecord *audit)
{
  return has_text (audit, "actual-date") ? sg_record_peek_string (audit, "actual-date")
                                         : sg_record_peek_string (audit, "planned-date");
}

static void
rule_9_2_1 (Ctx               *ctx,
            SgReadinessResult *result)
{
  guint n;
  SgRecord *const *audits = records (ctx, SG_TYPE_AUDIT, &n);
  SgRecord *older = NULL, *running = NULL;

  for (guint i = 0; i < n; i++)
    {
      int status = sg_record_peek_enum (audits[i], "status");

      if (!internal_audit (audits[i]))
        continue;
      if (status == SG_AUDIT_STATUS_COMPLETED && in_last_year (ctx, audit_date (audits[i])))
        g_ptr_array_add (result->records, audits[i]);
      else if (status == SG_AUDIT_STATUS_COMPLETED)
        older = audits[i];
      else if (status == SG_AUDIT_STATUS_IN_PROGRESS)
        running = audits[i];
    }
  if (result->records->len > 0)
    verdict (result, SG_READINESS_MET,
             say_n (ctx, result->records->len,
                    NP_("%u internal audit completed in the last 12 months",
                        "%u internal audits completed in the last 12 months"),
                    result->records->len));
  else if (running != NULL)
    {
      g_ptr_array_add (result->records, running);
      verdict (result, SG_READINESS_PARTLY,
               say (ctx, N_("an internal audit is in progress, none completed in the last 12 months")));
    }
  else
    {
      if (older != NULL)
        g_ptr_array_add (result->records, older);
      verdict (result, SG_READINESS_NOT_MET,
               say (ctx, N_("no internal audit completed in the last 12 months")));
    }
}

static void
rule_9_2_2 (Ctx               *ctx,
            SgReadinessResult *result)
{
  guint n;
  SgRecord *const *audits = records (ctx, SG_TYPE_AUDIT, &n);
  g_autoptr(GPtrArray) late = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      const char *date = sg_record_peek_string (audits[i], "planned-date");

      if (!internal_audit (audits[i]) ||
          sg_record_peek_enum (audits[i], "status") != SG_AUDIT_STATUS_PLANNED ||
          date == NULL || *date == '\0')
        continue;
      if (strcmp (date, ctx->today) < 0)
        g_ptr_array_add (late, audits[i]);
      else if (strcmp (date, ctx->year_ahead) <= 0)
        g_ptr_array_add (result->records, audits[i]);
    }
  if (result->records->len > 0 && late->len == 0)
    verdict (result, SG_READINESS_MET,
             say_n (ctx, result->records->len,
                    NP_("%u internal audit planned for the coming 12 months",
                        "%u internal audits planned for the coming 12 months"),
                    result->records->len));
  else if (late->len > 0)
    {
      verdict (result, result->records->len > 0 ? SG_READINESS_PARTLY : SG_READINESS_NOT_MET,
               say_n (ctx, late->len, NP_("%u planned internal audit is overdue",
                                          "%u planned internal audits are overdue"),
                      late->len));
      g_ptr_array_set_size (result->records, 0);
      g_ptr_array_extend (result->records, late, NULL, NULL);
    }
  else
    verdict (result, SG_READINESS_NOT_MET,
             say (ctx, N_("no internal audit planned for the coming 12 months")));
}

static void
rule_9_3_1 (Ctx               *ctx,
            SgReadinessResult *result)
{
  SgRecord *review = review_in_last_year (ctx);

  if (review == NULL)
    {
      verdict (result, SG_READINESS_NOT_MET, say (ctx, N_("no management review in the last 12 months")));
      return;
    }
  g_ptr_array_add (result->records, review);
  verdict (result, SG_READINESS_MET,
           say (ctx, N_("a management review was held on %s"), sg_record_peek_string (review, "date")));
}

static void
rule_9_3_2 (Ctx               *ctx,
            SgReadinessResult *result)
{
  static const char *const inputs[] = {
    "input-previous-actions", "input-context-changes", "input-party-changes",
    "input-performance", "input-party-feedback", "input-risk-results", "input-improvement",
  };
  SgRecord *review = last_review (ctx);
  guint missing = 0;

  if (review == NULL)
    {
      verdict (result, SG_READINESS_NOT_MET, say (ctx, N_("no management review held")));
      return;
    }
  g_ptr_array_add (result->records, review);
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    missing += !has_text (review, inputs[i]);
  if (missing == 0)
    verdict (result, SG_READINESS_MET,
             say (ctx, N_("every input of the management review of %s recorded"),
                  sg_record_peek_string (review, "date")));
  else
    verdict (result, missing == G_N_ELEMENTS (inputs) ? SG_READINESS_NOT_MET : SG_READINESS_PARTLY,
             say_n (ctx, G_N_ELEMENTS (inputs),
                    NP_("%u of %u input of the management review of %s not recorded",
                        "%u of %u inputs of the management review of %s not recorded"),
                    missing, (guint) G_N_ELEMENTS (inputs), sg_record_peek_string (review, "date")));
}

static void
rule_9_3_3 (Ctx               *ctx,
            SgReadinessResult *result)
{
  SgRecord *review = last_review (ctx);

  if (review == NULL)
    {
      verdict (result, SG_READINESS_NOT_MET, say (ctx, N_("no management review held")));
      return;
    }
  g_ptr_array_add (result->records, review);
  if (has_text (review, "decisions"))
    verdict (result, SG_READINESS_MET,
             say (ctx, N_("the decisions of the management review of %s recorded"),
                  sg_record_peek_string (review, "date")));
  else if (has_text (review, "actions"))
    verdict (result, SG_READINESS_PARTLY,
             say (ctx, N_("the management review of %s has actions but no decisions recorded"),
                  sg_record_peek_string (review, "date")));
  else
    verdict (result, SG_READINESS_NOT_MET,
             say (ctx, N_("no decisions recorded for the management review of %s"),
                  sg_record_peek_string (review, "date")));
}

/* ------------------------------------------------------------------ */
/* Clause 10.                                                         */

static void
rule_10_1 (Ctx               *ctx,
           SgReadinessResult *result)
{
  guint n_ncs, n_changes;
  SgRecord *const *ncs = records (ctx, SG_TYPE_NONCONFORMITY, &n_ncs);
  SgRecord *const *changes = records (ctx, SG_TYPE_PLANNED_CHANGE, &n_changes);
  SgRecord *older = NULL;

  for (guint i = 0; i < n_ncs; i++)
    if (sg_record_peek_enum (ncs[i], "status") == SG_NC_STATUS_CLOSED)
      {
        if (in_last_year (ctx, sg_record_peek_string (ncs[i], "closed-on")))
          g_ptr_array_add (result->records, ncs[i]);
        else
          older = ncs[i];
      }
  for (guint i = 0; i < n_changes; i++)
    if (sg_record_peek_enum (changes[i], "status") == SG_CHANGE_STATUS_COMPLETED)
      {
        if (in_last_year (ctx, sg_record_peek_string (changes[i], "completed-on")))
          g_ptr_array_add (result->records, changes[i]);
        else
          older = changes[i];
      }
  if (result->records->len > 0)
    verdict (result, SG_READINESS_MET,
             say_n (ctx, result->records->len,
                    NP_("%u nonconformity closed or change completed in the last 12 months",
                        "%u nonconformities closed or changes completed in the last 12 months"),
                    result->records->len));
  else if (older != NULL)
    {
      g_ptr_array_add (result->records, older);
      verdict (result, SG_READINESS_PARTLY,
               say (ctx, N_("no improvement recorded in the last 12 months, only before")));
    }
  else
    verdict (result, SG_READINESS_NOT_MET,
             say (ctx, N_("no improvement recorded (a nonconformity closed or a change completed)")));
}

static void
rule_10_2 (Ctx               *ctx,
           SgReadinessResult *result)
{
  guint n;
  SgRecord *const *ncs = records (ctx, SG_TYPE_NONCONFORMITY, &n);
  g_autoptr(GPtrArray) overdue = g_ptr_array_new ();
  g_autoptr(GPtrArray) unchecked = g_ptr_array_new ();

  if (n == 0)
    {
      verdict (result, SG_READINESS_NOT_MET, say (ctx, N_("no nonconformities recorded")));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      if (sg_record_peek_enum (ncs[i], "status") != SG_NC_STATUS_CLOSED)
        {
          if (is_before (sg_record_peek_string (ncs[i], "due-date"), ctx->today))
            g_ptr_array_add (overdue, ncs[i]);
        }
      else if (!has_text (ncs[i], "effectiveness-checked-on") ||
               sg_record_peek_enum (ncs[i], "effectiveness") == SG_EFFECTIVENESS_NOT_CHECKED)
        g_ptr_array_add (unchecked, ncs[i]);
    }
  if (overdue->len > 0)
    {
      verdict (result, SG_READINESS_PARTLY,
               say_n (ctx, n, NP_("%u of %u nonconformity overdue", "%u of %u nonconformities overdue"),
                      overdue->len, n));
      g_ptr_array_extend (result->records, overdue, NULL, NULL);
    }
  else if (unchecked->len > 0)
    {
      verdict (result, SG_READINESS_PARTLY,
               say_n (ctx, unchecked->len,
                      NP_("%u closed nonconformity without its effectiveness checked",
                          "%u closed nonconformities without their effectiveness checked"),
                      unchecked->len));
      g_ptr_array_extend (result->records, unchecked, NULL, NULL);
    }
  else
    {
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (result->records, ncs[i]);
      verdict (result, SG_READINESS_MET,
               say_n (ctx, n, NP_("%u nonconformity, none overdue, its effectiveness checked when closed",
                                  "%u nonconformities, none overdue, each closed one checked for effectiveness"),
                      n));
    }
}

/* ------------------------------------------------------------------ */

typedef struct
{
  const char *ref;
  RuleFunc    rule;
} Rule;

/* In clause order: the order of the checklist and of `--readiness`. */
static const Rule rules[] = {
  { "4.1", rule_4_1 },
  { "4.2", rule_4_2 },
  { "4.3", rule_4_3 },
  { "4.4", rule_4_4 },
  { "5.1", rule_5_1 },
  { "5.2", rule_5_2 },
  { "5.3", rule_5_3 },
  { "6.1.1", rule_6_1_1 },
  { "6.1.2", rule_6_1_2 },
  { "6.1.3", rule_6_1_3 },
  { "6.2", rule_6_2 },
  { "6.3", rule_6_3 },
  { "7.1", rule_7_1 },
  { "7.2", rule_7_2 },
  { "7.3", rule_7_3 },
  { "7.4", rule_7_4 },
  { "7.5.1", rule_7_5_1 },
  { "7.5.2", rule_7_5_2 },
  { "7.5.3", rule_7_5_3 },
  { "8.1", rule_8_1 },
  { "8.2", rule_8_2 },
  { "8.3", rule_8_3 },
  { "9.1", rule_9_1 },
  { "9.2.1", rule_9_2_1 },
  { "9.2.2", rule_9_2_2 },
  { "9.3.1", rule_9_3_1 },
  { "9.3.2", rule_9_3_2 },
  { "9.3.3", rule_9_3_3 },
  { "10.1", rule_10_1 },
  { "10.2", rule_10_2 },
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
  ctx.year_ago = shift_months (today, -12);
  ctx.year_ahead = shift_months (today, 12);
  ctx.translate = translate;

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
      if (rules[i].rule == rule_4_4)
        whole = result;
      g_ptr_array_add (results, result);
    }
  rule_4_4_from (&ctx, whole, results);

  g_free (ctx.year_ago);
  g_free (ctx.year_ahead);
  return results;
}
