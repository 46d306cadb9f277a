/* sg-dashboard.c: the figures of the first page, counted from the register
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-dashboard"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sg-action.h"
#include "sg-asset.h"
#include "sg-audit.h"
#include "sg-control.h"
#include "sg-dashboard.h"
#include "sg-enums.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"
#include "sg-risk-level.h"
#include "sg-risk-method.h"
#include "sg-risk.h"
#include "sg-scale-level.h"

static void
objective_free (gpointer data)
{
  SgDashboardObjective *objective = data;

  g_array_unref (objective->values);
  g_free (objective);
}

static void
event_free (gpointer data)
{
  SgDashboardEvent *event = data;

  g_free (event->date);
  g_free (event);
}

/* The level a risk stands at now: the residual one once it is rated, else
 * the inherent one — as the Risks page's "above appetite" filter says. */
static void
count_risks (SgDashboard *self,
             SgStore     *store)
{
  SgRiskMethod *method = sg_store_get_risk_method (store);
  SgRecord *const *risks = sg_store_peek_records (store, SG_TYPE_RISK, &self->n_risks);

  for (guint i = 0; i < self->n_risks; i++)
    {
      int l = sg_record_peek_int (risks[i], "residual-likelihood");
      int im = sg_record_peek_int (risks[i], "residual-impact");
      SgRiskLevel *level;

      if (l == 0 || im == 0)
        {
          l = sg_record_peek_int (risks[i], "inherent-likelihood");
          im = sg_record_peek_int (risks[i], "inherent-impact");
        }
      level = sg_risk_method_get_level (method, l, im);
      if (level == NULL)
        self->risks_unrated++;
      else if (!sg_record_peek_boolean (SG_RECORD (level), "within-appetite"))
        self->risks_above++;
    }
}

static void
count_controls (SgDashboard *self,
                SgStore     *store)
{
  guint n;
  SgRecord *const *controls = sg_store_peek_records (store, SG_TYPE_CONTROL, &n);

  for (guint i = 0; i < n; i++)
    {
      guint theme = sg_record_peek_enum (controls[i], SG_CONTROL_SOURCE) == SG_CONTROL_SOURCE_CUSTOM
                    ? SG_DASHBOARD_THEME_OWN
                    : (guint) sg_record_peek_enum (controls[i], SG_CONTROL_THEME);

      if (theme >= SG_DASHBOARD_N_THEMES)
        continue;
      self->theme_controls[theme]++;
      if (!sg_record_peek_boolean (controls[i], SG_CONTROL_APPLICABLE))
        continue;
      self->theme_applicable[theme]++;
      if (sg_record_peek_enum (controls[i], SG_CONTROL_IMPLEMENTATION) >= SG_IMPLEMENTATION_STATUS_IMPLEMENTED)
        self->theme_implemented[theme]++;
    }
}

static void
count_improvement (SgDashboard *self,
                   SgStore     *store,
                   const char  *today)
{
  guint n;
  SgRecord *const *ncs = sg_store_peek_records (store, SG_TYPE_NONCONFORMITY, &n);
  SgRecord *const *actions;

  for (guint i = 0; i < n; i++)
    {
      if (sg_record_peek_enum (ncs[i], SG_NONCONFORMITY_STATUS) == SG_NC_STATUS_CLOSED)
        continue;
      self->ncs_open++;
      self->ncs_overdue += sg_record_is_overdue (ncs[i], today);
    }

  actions = sg_store_peek_records (store, SG_TYPE_ACTION, &n);
  for (guint i = 0; i < n; i++)
    {
      int status = sg_record_peek_enum (actions[i], SG_ACTION_STATUS);

      if (status == SG_ACTION_STATUS_DONE || status == SG_ACTION_STATUS_CANCELLED)
        continue;
      self->actions_open++;
      self->actions_overdue += sg_record_is_overdue (actions[i], today);
    }
}

static int
compare_readings (gconstpointer a,
                  gconstpointer b)
{
  SgRecord *ra = *(SgRecord **) a;
  SgRecord *rb = *(SgRecord **) b;
  int order = g_strcmp0 (sg_record_peek_string (ra, SG_OBJECTIVE_READING_DATE),
                         sg_record_peek_string (rb, SG_OBJECTIVE_READING_DATE));

  return order != 0 ? order : (sg_record_get_id (ra) > sg_record_get_id (rb)) - (sg_record_get_id (ra) < sg_record_get_id (rb));
}

static int
compare_refs (gconstpointer a,
              gconstpointer b)
{
  SgDashboardObjective *oa = *(SgDashboardObjective **) a;
  SgDashboardObjective *ob = *(SgDashboardObjective **) b;

  return g_strcmp0 (sg_record_get_ref (oa->objective), sg_record_get_ref (ob->objective));
}

static void
count_objectives (SgDashboard *self,
                  SgStore     *store)
{
  guint n, n_readings;
  SgRecord *const *objectives = sg_store_peek_records (store, SG_TYPE_OBJECTIVE, &n);
  SgRecord *const *readings = sg_store_peek_records (store, SG_TYPE_OBJECTIVE_READING, &n_readings);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autofree gint64 *ids = g_new (gint64, MAX (n, 1));
  GParamSpec *value_spec = g_object_class_find_property (g_type_class_peek (SG_TYPE_OBJECTIVE_READING),
                                                         SG_OBJECTIVE_READING_VALUE);

  for (guint i = 0; i < n; i++)
    {
      SgDashboardObjective *objective = g_new0 (SgDashboardObjective, 1);

      objective->objective = objectives[i];
      objective->status = sg_record_peek_enum (objectives[i], SG_OBJECTIVE_STATUS);
      objective->values = g_array_new (FALSE, FALSE, sizeof (double));
      if (objective->status == SG_OBJECTIVE_STATUS_ON_TRACK || objective->status == SG_OBJECTIVE_STATUS_ACHIEVED)
        self->objectives_on_track++;
      else if (objective->status == SG_OBJECTIVE_STATUS_AT_RISK || objective->status == SG_OBJECTIVE_STATUS_MISSED)
        self->objectives_off_track++;
      g_ptr_array_add (self->objectives, objective);
      ids[i] = sg_record_get_id (objectives[i]);
      g_hash_table_insert (by_id, &ids[i], objective);
    }

  for (guint i = 0; i < n_readings; i++)
    g_ptr_array_add (sorted, readings[i]);
  g_ptr_array_sort (sorted, compare_readings);
  for (guint i = 0; i < sorted->len; i++)
    {
      SgRecord *reading = g_ptr_array_index (sorted, i);
      gint64 parent = sg_record_peek_int64 (reading, SG_OBJECTIVE_READING_OBJECTIVE);
      SgDashboardObjective *objective = g_hash_table_lookup (by_id, &parent);
      const GValue *value = sg_record_peek_value (reading, value_spec);
      double number;

      if (objective == NULL || value == NULL || !G_VALUE_HOLDS_DOUBLE (value))
        continue;
      number = g_value_get_double (value);
      if (isfinite (number))
        g_array_append_val (objective->values, number);
    }
  g_ptr_array_sort (self->objectives, compare_refs);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  SgDashboardEvent *ea = *(SgDashboardEvent **) a;
  SgDashboardEvent *eb = *(SgDashboardEvent **) b;
  int order = g_strcmp0 (ea->date, eb->date);

  return order != 0 ? order : g_strcmp0 (sg_record_get_ref (ea->record), sg_record_get_ref (eb->record));
}

static void
add_event (SgDashboard *self,
           SgRecord    *record,
           const char  *date,
           const char  *today)
{
  SgDashboardEvent *event;

  if (date == NULL || *date == '\0')
    return;
  event = g_new0 (SgDashboardEvent, 1);
  event->record = record;
  event->date = g_strdup (date);
  event->overdue = g_strcmp0 (date, today) < 0;
  g_ptr_array_add (self->events, event);
}

/* Audits and reviews still to take place, the late ones first. */
static void
list_events (SgDashboard *self,
             SgStore     *store,
             const char  *today)
{
  guint n;
  SgRecord *const *audits = sg_store_peek_records (store, SG_TYPE_AUDIT, &n);
  SgRecord *const *reviews;
  gboolean audited = FALSE, reviewed = FALSE;

  for (guint i = 0; i < n; i++)
    {
      int status = sg_record_peek_enum (audits[i], SG_AUDIT_STATUS);

      if (status == SG_AUDIT_STATUS_PLANNED || status == SG_AUDIT_STATUS_IN_PROGRESS)
        add_event (self, audits[i], sg_record_peek_string (audits[i], SG_AUDIT_PLANNED_DATE), today);
      audited |= status == SG_AUDIT_STATUS_COMPLETED;
    }
  reviews = sg_store_peek_records (store, SG_TYPE_MANAGEMENT_REVIEW, &n);
  for (guint i = 0; i < n; i++)
    {
      if (sg_record_peek_enum (reviews[i], SG_MANAGEMENT_REVIEW_STATUS) == SG_REVIEW_STATUS_PLANNED)
        add_event (self, reviews[i], sg_record_peek_string (reviews[i], SG_MANAGEMENT_REVIEW_DATE), today);
      else
        reviewed = TRUE;
    }
  g_ptr_array_sort (self->events, compare_events);
  self->building = !audited && !reviewed;
}

SgDashboard *
sg_dashboard_new (SgStore    *store,
                  const char *today)
{
  SgDashboard *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  self = g_new0 (SgDashboard, 1);
  self->objectives = g_ptr_array_new_with_free_func (objective_free);
  self->events = g_ptr_array_new_with_free_func (event_free);
  count_risks (self, store);
  count_controls (self, store);
  count_improvement (self, store, today);
  count_objectives (self, store);
  list_events (self, store, today);
  return self;
}

void
sg_dashboard_free (SgDashboard *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->objectives);
  g_ptr_array_unref (self->events);
  g_free (self);
}

/* Steps without a clause requirement of their own: what they need. */
typedef enum
{
  CHECK_READINESS,
  CHECK_METHOD,
  CHECK_ASSETS,
} StepCheck;

static const SgDashboardStep step_list[] = {
  { N_("Define the scope of the ISMS"), "scope" },
  { N_("Record the context and interested parties"), "context_issue" },
  { N_("Set the risk method"), "risk-method" },
  { N_("List the assets"), "asset" },
  { N_("Identify and assess the risks, or import them"), "risk" },
  { N_("Decide the Statement of Applicability"), "control" },
  { N_("Set the information security objectives"), "objective" },
  { N_("Plan the audit programme"), "audit" },
  { N_("Hold the management review"), "management_review" },
};

/* Each step done when its clause requirements are met (or by its check). */
static const struct
{
  StepCheck   check;
  const char *refs[3];
} step_rules[G_N_ELEMENTS (step_list)] = {
  { CHECK_READINESS, { "4.3" } },
  { CHECK_READINESS, { "4.1", "4.2" } },
  { CHECK_METHOD, { NULL } },
  { CHECK_ASSETS, { NULL } },
  { CHECK_READINESS, { "6.1.2" } },
  { CHECK_READINESS, { "6.1.3" } },
  { CHECK_READINESS, { "6.2" } },
  { CHECK_READINESS, { "9.2.2" } },
  { CHECK_READINESS, { "9.3.1" } },
};

const SgDashboardStep *
sg_dashboard_get_steps (guint *n_steps)
{
  if (n_steps != NULL)
    *n_steps = G_N_ELEMENTS (step_list);
  return step_list;
}

/* As readiness 6.1.2 asks: two values on each scale, levels on both sides
 * of the appetite. */
static gboolean
method_complete (SgStore *store)
{
  SgRiskMethod *method = sg_store_get_risk_method (store);
  gboolean within = FALSE, above = FALSE;

  if (sg_risk_method_get_n_values (method, SG_SCALE_AXIS_LIKELIHOOD) < 2 ||
      sg_risk_method_get_n_values (method, SG_SCALE_AXIS_IMPACT) < 2)
    return FALSE;
  for (guint i = 0; i < sg_risk_method_get_n_levels (method); i++)
    {
      if (sg_record_peek_boolean (SG_RECORD (sg_risk_method_get_level_nth (method, i)), "within-appetite"))
        within = TRUE;
      else
        above = TRUE;
    }
  return within && above;
}

static SgReadinessResult *
find_result (GPtrArray  *results,
             const char *ref)
{
  for (guint i = 0; i < results->len; i++)
    {
      SgReadinessResult *result = g_ptr_array_index (results, i);

      if (g_strcmp0 (result->ref, ref) == 0)
        return result;
    }
  return NULL;
}

gboolean
sg_dashboard_step_done (SgStore    *store,
                        GPtrArray  *results,
                        guint       index,
                        gboolean    translate,
                        char      **missing)
{
  const char *what = NULL;
  g_autofree char *reason = NULL;
  guint n_assets;

  g_return_val_if_fail (SG_IS_STORE (store), FALSE);
  g_return_val_if_fail (results != NULL, FALSE);
  g_return_val_if_fail (index < G_N_ELEMENTS (step_list), FALSE);

  switch (step_rules[index].check)
    {
    case CHECK_METHOD:
      if (!method_complete (store))
        what = N_("likelihood and impact scales and levels within and above the risk appetite");
      break;
    case CHECK_ASSETS:
      sg_store_peek_records (store, SG_TYPE_ASSET, &n_assets);
      if (n_assets == 0)
        what = N_("no assets recorded");
      break;
    case CHECK_READINESS:
    default:
      for (guint i = 0; i < G_N_ELEMENTS (step_rules[index].refs) && step_rules[index].refs[i] != NULL; i++)
        {
          SgReadinessResult *result = find_result (results, step_rules[index].refs[i]);

          if (result != NULL && result->effective != SG_READINESS_MET)
            {
              reason = g_strdup (result->reason != NULL ? result->reason : "");
              break;
            }
        }
      break;
    }

  if (what != NULL)
    reason = g_strdup (translate ? _(what) : what);
  /* A rule that is not met always says why; never a blank line. */
  if (what == NULL && reason == NULL)
    return TRUE;
  if (missing != NULL)
    *missing = g_steal_pointer (&reason);
  return FALSE;
}
