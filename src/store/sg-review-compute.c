/* sg-review-compute.c: a management review's inputs (9.3.2 a–g) counted
 * from the register, since the review before it
 *
 * Each figure names the records it counts. Dates the user keeps (raised
 * on, closed on, done on, an audit's date) decide "since" where a kind has
 * them; the change history decides it for context issues and interested
 * parties, which have none: it also knows the ones removed since.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-review-inputs"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sg-action.h"
#include "sg-audit.h"
#include "sg-context-issue.h"
#include "sg-enums.h"
#include "sg-finding.h"
#include "sg-interested-party.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"
#include "sg-review-inputs-private.h"
#include "sg-risk.h"
#include "sg-store-private.h"

typedef struct
{
  SgStore        *store;
  SgRecord       *review;
  const char     *since;     /* NULL: from the beginning */
  char            until[11]; /* the review's date, or today if earlier:
                              * the register as it was on that day */
  SgReviewInputs *inputs;
} Count;

#define SECTION_A SG_REVIEW_INPUT_PREVIOUS_ACTIONS
#define SECTION_B SG_REVIEW_INPUT_ISSUES
#define SECTION_C SG_REVIEW_INPUT_PARTIES
#define SECTION_D SG_REVIEW_INPUT_PERFORMANCE
#define SECTION_E SG_REVIEW_INPUT_FEEDBACK
#define SECTION_F SG_REVIEW_INPUT_RISKS
#define SECTION_G SG_REVIEW_INPUT_IMPROVEMENT

static SgReviewFigure *
figure (Count                *c,
        SgReviewInputSection  section,
        const char           *key)
{
  return sg_review_inputs_add_figure (c->inputs, section, key, NULL);
}

static void
count (SgReviewFigure *f,
       SgRecord       *record)
{
  f->value += 1;
  if (sg_record_get_ref (record) != NULL && *sg_record_get_ref (record) != '\0')
    sg_review_figure_add_record (f, sg_record_class_get_table (SG_RECORD_GET_CLASS (record)),
                                 sg_record_get_ref (record));
}

/* Whether @date (a date or a timestamp) is between the since date and
 * the until date; with no since date all before counts, but nothing
 * without a date. */
static gboolean
is_since (Count      *c,
          const char *date)
{
  if (date == NULL || *date == '\0' || strncmp (date, c->until, 10) > 0)
    return FALSE;
  return c->since == NULL || strncmp (date, c->since, 10) >= 0;
}

/* Whether @date is on or before the until date: a record made then
 * existed, a thing done then was done. */
static gboolean
by_until (Count      *c,
          const char *date)
{
  return date != NULL && *date != '\0' && strncmp (date, c->until, 10) <= 0;
}

/* Whether a thing @closed now, on @date, was closed on the until date:
 * closed without a date counts as closed. */
static gboolean
closed_by_until (Count      *c,
                 gboolean    closed,
                 const char *date)
{
  return closed && (date == NULL || *date == '\0' || by_until (c, date));
}

/* Whether a thing still open on the until date was overdue then. */
static gboolean
due_before_until (Count      *c,
                  const char *due)
{
  return due != NULL && *due != '\0' && strcmp (due, c->until) < 0;
}

/* A date field, or when it is empty the day the record was made. */
static const char *
date_or_created (SgRecord   *record,
                 const char *field)
{
  const char *date = sg_record_peek_string (record, field);

  return date && *date ? date : sg_record_get_created (record);
}

static const char *
date_or_updated (SgRecord   *record,
                 const char *field)
{
  const char *date = sg_record_peek_string (record, field);

  return date && *date ? date : sg_record_get_updated (record);
}

/* The date of @review, or @today for one without. */
static const char *
review_date (SgRecord   *review,
             const char *today)
{
  const char *date = sg_record_peek_string (review, "date");

  return date && *date ? date : today;
}

SgRecord *
sg_review_inputs_find_previous (SgStore  *store,
                                SgRecord *review)
{
  g_autofree char *today = sg_date_today ();
  SgRecord *const *reviews;
  SgRecord *best = NULL;
  const char *before, *best_date = NULL;
  guint n;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_MANAGEMENT_REVIEW (review), NULL);

  before = review_date (review, today);
  reviews = sg_store_peek_records (store, SG_TYPE_MANAGEMENT_REVIEW, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *date = sg_record_peek_string (reviews[i], "date");

      if (reviews[i] == review || date == NULL || *date == '\0' ||
          sg_record_peek_enum (reviews[i], "status") == SG_REVIEW_STATUS_PLANNED ||
          strcmp (date, before) >= 0)
        continue;
      if (best_date == NULL || strcmp (date, best_date) >= 0)
        {
          best = reviews[i];
          best_date = date;
        }
    }
  return best;
}

/* a) The actions of the reviews before this one, but those done before
 * the previous review: it reported them. */
static void
count_previous_actions (Count *c)
{
  SgRecord *const *actions;
  const char *before = c->until;
  gint64 self_id = sg_record_get_id (c->review);
  SgReviewFigure *total = figure (c, SECTION_A, "previous-actions");
  SgReviewFigure *done = figure (c, SECTION_A, "previous-actions-done");
  SgReviewFigure *open = figure (c, SECTION_A, "previous-actions-open");
  SgReviewFigure *overdue = figure (c, SECTION_A, "previous-actions-overdue");
  SgReviewFigure *cancelled = figure (c, SECTION_A, "previous-actions-cancelled");
  guint n;

  actions = sg_store_peek_records (c->store, SG_TYPE_ACTION, &n);
  for (guint i = 0; i < n; i++)
    {
      SgRecord *action = actions[i];
      gint64 parent_id = sg_record_peek_int64 (action, SG_ACTION_REVIEW);
      SgRecord *parent;
      const char *parent_date, *done_on;
      int status;

      if (parent_id == 0 || parent_id == self_id)
        continue;
      parent = sg_store_find_by_id (c->store, SG_TYPE_MANAGEMENT_REVIEW, parent_id);
      parent_date = parent ? sg_record_peek_string (parent, "date") : NULL;
      if (parent_date == NULL || *parent_date == '\0' || strcmp (parent_date, before) >= 0)
        continue;

      status = sg_record_peek_enum (action, SG_ACTION_STATUS);
      done_on = sg_record_peek_string (action, SG_ACTION_DONE_ON);
      if ((status == SG_ACTION_STATUS_DONE || status == SG_ACTION_STATUS_CANCELLED) &&
          done_on != NULL && *done_on != '\0' && c->since != NULL && strcmp (done_on, c->since) < 0)
        continue;

      count (total, action);
      /* Done after the until date: still open then. */
      if (!by_until (c, done_on) && done_on != NULL && *done_on != '\0')
        status = SG_ACTION_STATUS_OPEN;
      switch ((SgActionStatus) status)
        {
        case SG_ACTION_STATUS_DONE:
          count (done, action);
          break;
        case SG_ACTION_STATUS_CANCELLED:
          count (cancelled, action);
          break;
        case SG_ACTION_STATUS_OPEN:
        case SG_ACTION_STATUS_IN_PROGRESS:
        default:
          count (open, action);
          if (due_before_until (c, sg_record_peek_string (action, SG_ACTION_DUE_DATE)))
            count (overdue, action);
          break;
        }
    }
}

/* b) and c): what the history says of a kind's records since the date. */
typedef struct
{
  char     *ref;
  gboolean  created_since;
  gboolean  changed_since;
  gboolean  needs_changed;
  gboolean  deleted;
  gboolean  deleted_since;
} Track;

static void
track_free (gpointer data)
{
  Track *t = data;

  g_free (t->ref);
  g_free (t);
}

typedef struct
{
  Count      *c;
  GHashTable *issues;   /* record id → Track* */
  GHashTable *parties;
} Walk;

static void
walk_cb (gpointer                 data,
         const SgStoreHistoryRow *row)
{
  Walk *walk = data;
  GHashTable *table;
  Track *t;
  gboolean since;

  if (g_strcmp0 (row->table, "context_issue") == 0)
    table = walk->issues;
  else if (g_strcmp0 (row->table, "interested_party") == 0)
    table = walk->parties;
  else
    return;

  t = g_hash_table_lookup (table, &row->record_id);
  if (t == NULL)
    {
      gint64 *id = g_new (gint64, 1);

      *id = row->record_id;
      t = g_new0 (Track, 1);
      g_hash_table_insert (table, id, t);
    }
  if (row->record_ref != NULL && *row->record_ref != '\0')
    {
      g_free (t->ref);
      t->ref = g_strdup (row->record_ref);
    }

  /* What happened after the until date had not happened then. */
  if (!by_until (walk->c, row->changed_at))
    return;
  since = is_since (walk->c, row->changed_at);
  switch (row->action)
    {
    case SG_HISTORY_CREATE:
      t->created_since = since;
      break;
    case SG_HISTORY_CHANGE:
      if (since)
        {
          t->changed_since = TRUE;
          if (g_strcmp0 (row->field, "needs") == 0)
            t->needs_changed = TRUE;
        }
      break;
    case SG_HISTORY_DELETE:
      t->deleted = TRUE;
      t->deleted_since = since;
      break;
    case SG_HISTORY_RESTORE:
      t->deleted = FALSE;
      break;
    case SG_HISTORY_CHAIN:
    default:
      break;
    }
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Adds the tracks to @added, @changed, @removed (and @needs, if not NULL). */
static void
count_tracks (GHashTable     *tracks,
              const char     *table,
              SgReviewFigure *added,
              SgReviewFigure *changed,
              SgReviewFigure *needs,
              SgReviewFigure *removed)
{
  g_autoptr(GList) ids = g_hash_table_get_keys (tracks);

  /* In the order the records were made, so that a figure's records are. */
  ids = g_list_sort (ids, compare_ids);
  for (GList *l = ids; l != NULL; l = l->next)
    {
      Track *t = g_hash_table_lookup (tracks, l->data);
      SgReviewFigure *f = NULL;

      if (t->ref == NULL)
        continue;
      if (t->deleted)
        f = t->deleted_since && !t->created_since ? removed : NULL;
      else if (t->created_since)
        f = added;
      else if (t->changed_since)
        {
          f = changed;
          if (t->needs_changed && needs != NULL)
            {
              needs->value += 1;
              sg_review_figure_add_record (needs, table, t->ref);
            }
        }
      if (f != NULL)
        {
          f->value += 1;
          sg_review_figure_add_record (f, table, t->ref);
        }
    }
}

static void
count_context (Count *c)
{
  SgReviewFigure *external = figure (c, SECTION_B, "issues-external");
  SgReviewFigure *internal = figure (c, SECTION_B, "issues-internal");
  SgReviewFigure *issues_added = figure (c, SECTION_B, "issues-added");
  SgReviewFigure *issues_changed = figure (c, SECTION_B, "issues-changed");
  SgReviewFigure *issues_removed = figure (c, SECTION_B, "issues-removed");
  SgReviewFigure *relevant = figure (c, SECTION_C, "parties-relevant");
  SgReviewFigure *parties_added = figure (c, SECTION_C, "parties-added");
  SgReviewFigure *parties_changed = figure (c, SECTION_C, "parties-changed");
  SgReviewFigure *needs = figure (c, SECTION_C, "parties-needs-changed");
  SgReviewFigure *parties_removed = figure (c, SECTION_C, "parties-removed");
  SgRecord *const *records;
  g_autoptr(GError) error = NULL;
  Walk walk = { c, NULL, NULL };
  guint n;

  records = sg_store_peek_records (c->store, SG_TYPE_CONTEXT_ISSUE, &n);
  for (guint i = 0; i < n; i++)
    if (by_until (c, sg_record_get_created (records[i])))
      count (sg_record_peek_enum (records[i], "type") == SG_ISSUE_TYPE_EXTERNAL ? external : internal,
             records[i]);
  records = sg_store_peek_records (c->store, SG_TYPE_INTERESTED_PARTY, &n);
  for (guint i = 0; i < n; i++)
    if (sg_record_peek_boolean (records[i], "relevant") &&
        by_until (c, sg_record_get_created (records[i])))
      count (relevant, records[i]);

  walk.issues = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, track_free);
  walk.parties = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, track_free);
  if (c->store->backend != NULL &&
      c->store->backend->funcs->walk_history (c->store->backend, walk_cb, &walk, &error))
    {
      count_tracks (walk.issues, "context_issue", issues_added, issues_changed, NULL, issues_removed);
      count_tracks (walk.parties, "interested_party", parties_added, parties_changed, needs,
                    parties_removed);
    }
  else
    {
      /* Without the history, the records' own times: none removed. */
      if (error != NULL)
        g_warning ("The change history cannot be read: %s", error->message);
      records = sg_store_peek_records (c->store, SG_TYPE_CONTEXT_ISSUE, &n);
      for (guint i = 0; i < n; i++)
        if (is_since (c, sg_record_get_created (records[i])))
          count (issues_added, records[i]);
        else if (is_since (c, sg_record_get_updated (records[i])))
          count (issues_changed, records[i]);
      records = sg_store_peek_records (c->store, SG_TYPE_INTERESTED_PARTY, &n);
      for (guint i = 0; i < n; i++)
        if (is_since (c, sg_record_get_created (records[i])))
          count (parties_added, records[i]);
        else if (is_since (c, sg_record_get_updated (records[i])))
          count (parties_changed, records[i]);
    }
  g_hash_table_unref (walk.issues);
  g_hash_table_unref (walk.parties);
}

/* Whether @action was open on the until date: not done or cancelled
 * then. */
static gboolean
action_open_then (Count    *c,
                  SgRecord *action)
{
  int status = sg_record_peek_enum (action, SG_ACTION_STATUS);

  return !closed_by_until (c, status == SG_ACTION_STATUS_DONE || status == SG_ACTION_STATUS_CANCELLED,
                           sg_record_peek_string (action, SG_ACTION_DONE_ON));
}

/* d) Nonconformities and their corrective actions. */
static void
count_nonconformities (Count *c)
{
  SgReviewFigure *opened = figure (c, SECTION_D, "nc-opened");
  SgReviewFigure *closed = figure (c, SECTION_D, "nc-closed");
  SgReviewFigure *open = figure (c, SECTION_D, "nc-open");
  SgReviewFigure *overdue = figure (c, SECTION_D, "nc-overdue");
  SgReviewFigure *not_effective = figure (c, SECTION_D, "nc-not-effective");
  SgReviewFigure *unchecked = figure (c, SECTION_D, "nc-effectiveness-unchecked");
  SgReviewFigure *ca_opened = figure (c, SECTION_D, "ca-opened");
  SgReviewFigure *ca_done = figure (c, SECTION_D, "ca-done");
  SgReviewFigure *ca_open = figure (c, SECTION_D, "ca-open");
  SgReviewFigure *ca_overdue = figure (c, SECTION_D, "ca-overdue");
  SgRecord *const *records;
  guint n;

  records = sg_store_peek_records (c->store, SG_TYPE_NONCONFORMITY, &n);
  for (guint i = 0; i < n; i++)
    {
      SgRecord *nc = records[i];
      int status = sg_record_peek_enum (nc, "status");
      int effectiveness = sg_record_peek_enum (nc, "effectiveness");
      const char *checked_on = sg_record_peek_string (nc, "effectiveness-checked-on");
      gboolean closed_then;

      if (!by_until (c, date_or_created (nc, "raised-on")))
        continue;
      if (is_since (c, date_or_created (nc, "raised-on")))
        count (opened, nc);
      closed_then = closed_by_until (c, status == SG_NC_STATUS_CLOSED,
                                     sg_record_peek_string (nc, "closed-on"));
      if (closed_then)
        {
          if (is_since (c, date_or_updated (nc, "closed-on")))
            count (closed, nc);
        }
      else
        {
          count (open, nc);
          if (due_before_until (c, sg_record_peek_string (nc, "due-date")))
            count (overdue, nc);
        }
      if (effectiveness == SG_EFFECTIVENESS_NOT_EFFECTIVE &&
          is_since (c, date_or_updated (nc, "effectiveness-checked-on")))
        count (not_effective, nc);
      /* Checked after the until date: not checked then. */
      if ((effectiveness == SG_EFFECTIVENESS_NOT_CHECKED ||
           (checked_on != NULL && *checked_on != '\0' && !by_until (c, checked_on))) &&
          (closed_then || status == SG_NC_STATUS_AWAITING_VERIFICATION))
        count (unchecked, nc);
    }

  records = sg_store_peek_records (c->store, SG_TYPE_ACTION, &n);
  for (guint i = 0; i < n; i++)
    {
      SgRecord *action = records[i];

      if (sg_record_peek_int64 (action, SG_ACTION_NONCONFORMITY) == 0 ||
          !by_until (c, date_or_created (action, SG_ACTION_RAISED_ON)))
        continue;
      if (is_since (c, date_or_created (action, SG_ACTION_RAISED_ON)))
        count (ca_opened, action);
      if (sg_record_peek_enum (action, SG_ACTION_STATUS) == SG_ACTION_STATUS_DONE &&
          is_since (c, date_or_updated (action, SG_ACTION_DONE_ON)))
        count (ca_done, action);
      if (action_open_then (c, action))
        {
          count (ca_open, action);
          if (due_before_until (c, sg_record_peek_string (action, SG_ACTION_DUE_DATE)))
            count (ca_overdue, action);
        }
    }
}

/* The first number in a target such as "95 %", "≥ 95", "< 2 days",
 * "99,9"; NAN if it has none. */
static double
parse_number (const char *text)
{
  g_autofree char *copy = NULL;
  char *p, *end;
  double value;

  if (text == NULL)
    return NAN;
  copy = g_strdup (text);
  for (p = copy; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || (*p == '-' && g_ascii_isdigit (p[1])) ||
        (*p == '.' && g_ascii_isdigit (p[1])))
      break;
  if (*p == '\0')
    return NAN;
  /* A decimal comma, where no point is used. */
  if (strchr (p, '.') == NULL)
    {
      char *comma = strchr (p, ',');

      if (comma != NULL && g_ascii_isdigit (comma[1]))
        *comma = '.';
    }
  value = g_ascii_strtod (p, &end);
  return end == p || !isfinite (value) ? NAN : value;
}

static gint64 *
dup_id (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static double
peek_double (SgRecord   *record,
             const char *field)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), field);

  return g_value_get_double (sg_record_peek_value (record, pspec));
}

/* d) Each objective's latest reading against its target, and the
 * objectives by status. */
static void
count_objectives (Count *c)
{
  g_autoptr(GHashTable) latest = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  SgReviewFigure *by_status[SG_OBJECTIVE_STATUS_MISSED + 1];
  SgRecord *const *records;
  guint n;

  records = sg_store_peek_records (c->store, SG_TYPE_OBJECTIVE_READING, &n);
  for (guint i = 0; i < n; i++)
    {
      gint64 parent = sg_record_peek_int64 (records[i], "objective");
      const char *date = sg_record_peek_string (records[i], "date");
      SgRecord *best;

      if (parent == 0 || !by_until (c, date ? date : sg_record_get_created (records[i])))
        continue;
      best = g_hash_table_lookup (latest, &parent);
      /* Later dates win; of one day, the reading added last. */
      if (best == NULL || g_strcmp0 (date, sg_record_peek_string (best, "date")) >= 0)
        g_hash_table_insert (latest, dup_id (parent), records[i]);
    }

  records = sg_store_peek_records (c->store, SG_TYPE_OBJECTIVE, &n);
  for (guint i = 0; i < n; i++)
    {
      SgRecord *objective = records[i];
      gint64 id = sg_record_get_id (objective);
      SgRecord *reading = g_hash_table_lookup (latest, &id);
      const char *title = sg_record_peek_string (objective, "title");
      g_autofree char *subject = NULL;
      SgReviewFigure *f;

      if (!by_until (c, sg_record_get_created (objective)))
        continue;
      subject = g_strdup_printf ("%s %s", sg_record_get_ref (objective),
                                                  title ? title : "");
      f = sg_review_inputs_add_figure (c->inputs, SECTION_D, "objective", g_strstrip (subject));

      f->value = reading ? peek_double (reading, "value")
                         : parse_number (sg_record_peek_string (objective, "current-value"));
      f->target = parse_number (sg_record_peek_string (objective, "target"));
      sg_review_figure_add_record (f, "objective", sg_record_get_ref (objective));
    }

  by_status[SG_OBJECTIVE_STATUS_ACHIEVED] = figure (c, SECTION_D, "objectives-achieved");
  by_status[SG_OBJECTIVE_STATUS_ON_TRACK] = figure (c, SECTION_D, "objectives-on-track");
  by_status[SG_OBJECTIVE_STATUS_AT_RISK] = figure (c, SECTION_D, "objectives-at-risk");
  by_status[SG_OBJECTIVE_STATUS_MISSED] = figure (c, SECTION_D, "objectives-missed");
  by_status[SG_OBJECTIVE_STATUS_NOT_STARTED] = figure (c, SECTION_D, "objectives-not-started");
  for (guint i = 0; i < n; i++)
    {
      int status = sg_record_peek_enum (records[i], "status");

      if (status >= 0 && status < (int) G_N_ELEMENTS (by_status) &&
          by_until (c, sg_record_get_created (records[i])))
        count (by_status[status], records[i]);
    }
}

static gboolean
is_external_audit (SgRecord *audit)
{
  switch ((SgAuditType) sg_record_peek_enum (audit, "type"))
    {
    case SG_AUDIT_TYPE_EXTERNAL:
    case SG_AUDIT_TYPE_CERTIFICATION:
    case SG_AUDIT_TYPE_SURVEILLANCE:
      return TRUE;
    case SG_AUDIT_TYPE_INTERNAL:
    default:
      return FALSE;
    }
}

/* d) Audits done since and their findings by type; e) what external
 * auditors found; g) observations and opportunities for improvement. */
static void
count_audits (Count *c)
{
  g_autoptr(GHashTable) done = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  SgReviewFigure *audits = figure (c, SECTION_D, "audits-done");
  SgReviewFigure *by_type[SG_FINDING_TYPE_OPPORTUNITY + 1];
  SgReviewFigure *external, *external_findings, *observations, *opportunities;
  SgRecord *const *records;
  guint n;

  by_type[SG_FINDING_TYPE_MAJOR_NONCONFORMITY] = figure (c, SECTION_D, "findings-major");
  by_type[SG_FINDING_TYPE_MINOR_NONCONFORMITY] = figure (c, SECTION_D, "findings-minor");
  by_type[SG_FINDING_TYPE_OBSERVATION] = figure (c, SECTION_D, "findings-observation");
  by_type[SG_FINDING_TYPE_OPPORTUNITY] = figure (c, SECTION_D, "findings-opportunity");
  external = figure (c, SECTION_E, "external-audits");
  external_findings = figure (c, SECTION_E, "external-audit-findings");
  observations = figure (c, SECTION_G, "improvement-observations");
  opportunities = figure (c, SECTION_G, "improvement-opportunities");

  /* Done: completed, on a date since (its planned date if it has no
   * actual one). */
  records = sg_store_peek_records (c->store, SG_TYPE_AUDIT, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *date = sg_record_peek_string (records[i], "actual-date");

      if (date == NULL || *date == '\0')
        date = date_or_updated (records[i], "planned-date");
      if (sg_record_peek_enum (records[i], "status") != SG_AUDIT_STATUS_COMPLETED ||
          !is_since (c, date))
        continue;
      count (audits, records[i]);
      if (is_external_audit (records[i]))
        count (external, records[i]);
      g_hash_table_insert (done, dup_id (sg_record_get_id (records[i])), records[i]);
    }

  records = sg_store_peek_records (c->store, SG_TYPE_FINDING, &n);
  for (guint i = 0; i < n; i++)
    {
      int type = sg_record_peek_enum (records[i], SG_FINDING_TYPE);
      gint64 audit_id = sg_record_peek_int64 (records[i], SG_FINDING_AUDIT);
      SgRecord *audit = g_hash_table_lookup (done, &audit_id);

      if (audit == NULL || type < 0 || type >= (int) G_N_ELEMENTS (by_type))
        continue;
      count (by_type[type], records[i]);
      if (is_external_audit (audit))
        count (external_findings, records[i]);
      if (type == SG_FINDING_TYPE_OBSERVATION)
        count (observations, records[i]);
      else if (type == SG_FINDING_TYPE_OPPORTUNITY)
        count (opportunities, records[i]);
    }
}

/* e) Complaints: nonconformities raised from one since. */
static void
count_feedback (Count *c)
{
  SgReviewFigure *complaints = figure (c, SECTION_E, "complaints");
  SgRecord *const *records;
  guint n;

  records = sg_store_peek_records (c->store, SG_TYPE_NONCONFORMITY, &n);
  for (guint i = 0; i < n; i++)
    if (sg_record_peek_enum (records[i], "source") == SG_NC_SOURCE_COMPLAINT &&
        is_since (c, date_or_created (records[i], "raised-on")))
      count (complaints, records[i]);
}

/* f) The risks that are not closed by their current level (residual once
 * rated, else inherent — as the heat map and the overview count them),
 * and the treatment plan's dates. */
static void
count_risks (Count *c)
{
  SgRiskMethod *method = sg_store_get_risk_method (c->store);
  guint n_levels = sg_risk_method_get_n_levels (method);
  g_autofree SgReviewFigure **levels = g_new0 (SgReviewFigure *, n_levels + 1);
  SgReviewFigure *total = figure (c, SECTION_F, "risks");
  SgReviewFigure *identified = figure (c, SECTION_F, "risks-identified");
  SgReviewFigure *unrated, *above, *treatments_overdue, *actions_open, *actions_overdue;
  SgRecord *const *records;
  guint n;

  for (guint i = n_levels; i > 0; i--)
    {
      SgRiskLevel *level = sg_risk_method_get_level_nth (method, i - 1);
      const char *name = sg_record_peek_string (SG_RECORD (level), "name");

      /* Highest first, as the board reads them. */
      levels[i - 1] = sg_review_inputs_add_figure (c->inputs, SECTION_F, "risks-level",
                                                   name ? name : "");
    }
  unrated = figure (c, SECTION_F, "risks-unrated");
  above = figure (c, SECTION_F, "risks-above-appetite");
  treatments_overdue = figure (c, SECTION_F, "risk-treatments-overdue");
  actions_open = figure (c, SECTION_F, "risk-actions-open");
  actions_overdue = figure (c, SECTION_F, "risk-actions-overdue");

  records = sg_store_peek_records (c->store, SG_TYPE_RISK, &n);
  for (guint i = 0; i < n; i++)
    {
      SgRecord *risk = records[i];
      int status = sg_record_peek_enum (risk, "status");
      int l = sg_record_peek_int (risk, "residual-likelihood");
      int im = sg_record_peek_int (risk, "residual-impact");
      const char *due = sg_record_peek_string (risk, "treatment-due");
      SgRiskLevel *level = NULL;

      if (status == SG_RISK_STATUS_CLOSED || !by_until (c, sg_record_get_created (risk)))
        continue;
      count (total, risk);
      if (is_since (c, sg_record_get_created (risk)))
        count (identified, risk);
      if (l == 0 || im == 0)
        {
          l = sg_record_peek_int (risk, "inherent-likelihood");
          im = sg_record_peek_int (risk, "inherent-impact");
        }
      level = sg_risk_method_get_level (method, l, im);
      if (level == NULL)
        count (unrated, risk);
      else
        {
          for (guint j = 0; j < n_levels; j++)
            if (sg_risk_method_get_level_nth (method, j) == level)
              count (levels[j], risk);
          if (!sg_record_peek_boolean (SG_RECORD (level), "within-appetite"))
            count (above, risk);
        }
      /* The treatment is due until the risk is accepted (treated or not). */
      if (due_before_until (c, due) && status != SG_RISK_STATUS_ACCEPTED)
        count (treatments_overdue, risk);
    }

  records = sg_store_peek_records (c->store, SG_TYPE_ACTION, &n);
  for (guint i = 0; i < n; i++)
    {
      SgRecord *action = records[i];

      if ((sg_record_peek_enum (action, SG_ACTION_SOURCE) != SG_ACTION_SOURCE_RISK_TREATMENT &&
           sg_record_peek_int64 (action, SG_ACTION_RISK) == 0) ||
          !by_until (c, date_or_created (action, SG_ACTION_RAISED_ON)) ||
          !action_open_then (c, action))
        continue;
      count (actions_open, action);
      if (due_before_until (c, sg_record_peek_string (action, SG_ACTION_DUE_DATE)))
        count (actions_overdue, action);
    }
}

/* g) Context issues that are opportunities. */
static void
count_improvement (Count *c)
{
  SgReviewFigure *issues = figure (c, SECTION_G, "improvement-issues");
  SgRecord *const *records;
  guint n;

  records = sg_store_peek_records (c->store, SG_TYPE_CONTEXT_ISSUE, &n);
  for (guint i = 0; i < n; i++)
    if (sg_record_peek_enum (records[i], "effect") == SG_ISSUE_EFFECT_OPPORTUNITY &&
        by_until (c, sg_record_get_created (records[i])))
      count (issues, records[i]);
}

/* A figure about one record is the same figure at the previous review if
 * it is about the same record (an objective renamed stays itself); other
 * figures by key and subject. */
static const SgReviewFigure *
find_previous_figure (SgReviewInputs       *previous,
                      const SgReviewFigure *f)
{
  if (g_str_equal (f->key, "objective") && f->records->len > 0)
    {
      const char *ref = g_array_index (f->records, SgReviewRecordRef, 0).ref;

      for (guint i = 0; i < previous->figures->len; i++)
        {
          const SgReviewFigure *p = g_ptr_array_index (previous->figures, i);

          if (g_str_equal (p->key, f->key) && p->records->len > 0 &&
              g_strcmp0 (g_array_index (p->records, SgReviewRecordRef, 0).ref, ref) == 0)
            return p;
        }
      return NULL;
    }
  return sg_review_inputs_find_figure (previous, f->key, f->subject);
}

/* The figures in the standard's order: a figure's place among those of
 * its section stays as it was counted. */
static int
compare_sections (gconstpointer a,
                  gconstpointer b)
{
  const SgReviewFigure *x = *(SgReviewFigure *const *) a;
  const SgReviewFigure *y = *(SgReviewFigure *const *) b;

  return (int) x->section - (int) y->section;
}

SgReviewInputs *
sg_review_inputs_compute (SgStore    *store,
                          SgRecord   *review,
                          const char *today)
{
  g_autofree char *real_today = NULL;
  g_autoptr(SgReviewInputs) previous_inputs = NULL;
  SgRecord *previous;
  const char *date;
  Count c = { 0 };

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_MANAGEMENT_REVIEW (review), NULL);

  if (today == NULL || !sg_date_is_valid (today))
    today = real_today = sg_date_today ();
  previous = sg_review_inputs_find_previous (store, review);
  c.store = store;
  c.review = review;
  c.since = previous ? sg_record_peek_string (previous, "date") : NULL;
  /* A review counts the register as it was on its day: what came after
   * was not known at the meeting. */
  date = review_date (review, today);
  g_strlcpy (c.until, strcmp (date, today) < 0 ? date : today, sizeof c.until);
  c.inputs = sg_review_inputs_new (c.since, today, previous ? sg_record_get_ref (previous) : NULL);

  count_previous_actions (&c);
  count_context (&c);
  count_nonconformities (&c);
  count_objectives (&c);
  /* Complaints come first under e), then what external auditors found. */
  count_feedback (&c);
  count_audits (&c);
  count_risks (&c);
  count_improvement (&c);
  /* Stable: g_ptr_array_sort () is a merge sort. */
  g_ptr_array_sort (c.inputs->figures, compare_sections);

  if (previous != NULL)
    previous_inputs = sg_review_inputs_from_review (previous, NULL);
  if (previous_inputs != NULL)
    for (guint i = 0; i < c.inputs->figures->len; i++)
      {
        SgReviewFigure *f = g_ptr_array_index (c.inputs->figures, i);
        const SgReviewFigure *p = find_previous_figure (previous_inputs, f);

        if (p != NULL)
          f->previous = p->value;
      }
  return c.inputs;
}

static int
compare_review_dates (gconstpointer a,
                      gconstpointer b)
{
  SgRecord *x = *(SgRecord *const *) a, *y = *(SgRecord *const *) b;
  int order = g_strcmp0 (sg_record_peek_string (x, "date"), sg_record_peek_string (y, "date"));

  if (order != 0)
    return order;
  return sg_record_get_id (x) < sg_record_get_id (y) ? -1 : sg_record_get_id (x) > sg_record_get_id (y);
}

static double
value_of (SgReviewInputs *inputs,
          const char     *key,
          const char     *subject)
{
  const SgReviewFigure *f = inputs ? sg_review_inputs_find_figure (inputs, key, subject) : NULL;

  return f ? f->value : NAN;
}

GArray *
sg_review_inputs_trend (SgStore    *store,
                        SgRecord   *review,
                        const char *key,
                        const char *subject,
                        const char *today,
                        guint       max_reviews)
{
  g_autoptr(GPtrArray) held = g_ptr_array_new ();
  g_autofree char *real_today = NULL;
  g_autoptr(SgReviewInputs) own = NULL;
  SgRecord *const *reviews;
  GArray *values = g_array_new (FALSE, FALSE, sizeof (double));
  const char *before;
  double value;
  guint n, first;

  g_return_val_if_fail (SG_IS_STORE (store), values);
  g_return_val_if_fail (SG_IS_MANAGEMENT_REVIEW (review), values);
  g_return_val_if_fail (key != NULL, values);

  if (max_reviews == 0)
    return values;
  if (today == NULL || !sg_date_is_valid (today))
    today = real_today = sg_date_today ();
  before = review_date (review, today);
  reviews = sg_store_peek_records (store, SG_TYPE_MANAGEMENT_REVIEW, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *date = sg_record_peek_string (reviews[i], "date");

      if (reviews[i] != review && date != NULL && *date != '\0' && strcmp (date, before) < 0 &&
          sg_record_peek_enum (reviews[i], "status") != SG_REVIEW_STATUS_PLANNED)
        g_ptr_array_add (held, reviews[i]);
    }
  g_ptr_array_sort (held, compare_review_dates);

  first = held->len + 1 > max_reviews ? held->len + 1 - max_reviews : 0;
  for (guint i = first; i < held->len; i++)
    {
      g_autoptr(SgReviewInputs) frozen = sg_review_inputs_from_review (held->pdata[i], NULL);

      value = value_of (frozen, key, subject);
      g_array_append_val (values, value);
    }

  if (sg_record_peek_enum (review, "status") != SG_REVIEW_STATUS_PLANNED)
    own = sg_review_inputs_from_review (review, NULL);
  else
    own = sg_review_inputs_compute (store, review, today);
  value = value_of (own, key, subject);
  g_array_append_val (values, value);
  return values;
}
