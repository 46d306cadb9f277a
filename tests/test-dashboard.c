/* test-dashboard.c: the dashboard's figures against counts made directly in a register built here
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sg-action.h"
#include "sg-asset.h"
#include "sg-audit.h"
#include "sg-control.h"
#include "sg-dashboard.h"
#include "sg-due.h"
#include "sg-enums.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"
#include "sg-requirement.h"
#include "sg-risk-level.h"
#include "sg-risk.h"
#include "sg-test-util.h"

typedef SgTestRegister Fixture;

#define TODAY "2026-06-15"

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  sg_test_register_open (f, "dashboard.isms");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sg_test_register_close (f);
}

static void
add_reading (Fixture    *f,
             SgRecord   *objective,
             const char *date,
             double      value)
{
  sg_test_register_add (f, SG_TYPE_OBJECTIVE_READING, SG_OBJECTIVE_READING_OBJECTIVE, sg_record_get_id (objective),
                        SG_OBJECTIVE_READING_DATE, date, SG_OBJECTIVE_READING_VALUE, value, NULL);
}

/* A register with something of everything the dashboard counts. */
static void
build (Fixture *f)
{
  SgRecord *objective;

  /* Risks: high inherent and not treated, low, high treated down, unrated. */
  sg_test_register_add (f, SG_TYPE_RISK, "title", "Ransomware", "inherent-likelihood", 5, "inherent-impact", 5, NULL);
  sg_test_register_add (f, SG_TYPE_RISK, "title", "Coffee", "inherent-likelihood", 1, "inherent-impact", 1, NULL);
  sg_test_register_add (f, SG_TYPE_RISK, "title", "Flood", "inherent-likelihood", 5, "inherent-impact", 4,
                        "residual-likelihood", 1, "residual-impact", 2, NULL);
  sg_test_register_add (f, SG_TYPE_RISK, "title", "Unknown", NULL);

  /* The SoA: two implemented, one excluded, one own control. */
  g_object_set (sg_store_find_by_ref (f->store, SG_TYPE_CONTROL, "5.1"),
                SG_CONTROL_IMPLEMENTATION, SG_IMPLEMENTATION_STATUS_IMPLEMENTED, NULL);
  g_object_set (sg_store_find_by_ref (f->store, SG_TYPE_CONTROL, "8.13"),
                SG_CONTROL_IMPLEMENTATION, SG_IMPLEMENTATION_STATUS_VERIFIED, NULL);
  g_object_set (sg_store_find_by_ref (f->store, SG_TYPE_CONTROL, "7.12"), SG_CONTROL_APPLICABLE, FALSE,
                SG_CONTROL_JUSTIFICATION, "No cabling of our own", NULL);
  sg_test_register_add (f, SG_TYPE_CONTROL, "ref", "X.1", SG_CONTROL_TITLE, "Clean desk audits",
                        SG_CONTROL_SOURCE, SG_CONTROL_SOURCE_CUSTOM,
                        SG_CONTROL_IMPLEMENTATION, SG_IMPLEMENTATION_STATUS_PARTIAL, NULL);

  /* NCs: one overdue, one closed although its date passed, one without a date. */
  sg_test_register_add (f, SG_TYPE_NONCONFORMITY, SG_NONCONFORMITY_TITLE, "Late", SG_NONCONFORMITY_DUE_DATE, "2026-05-01", NULL);
  sg_test_register_add (f, SG_TYPE_NONCONFORMITY, SG_NONCONFORMITY_TITLE, "Closed", SG_NONCONFORMITY_DUE_DATE, "2026-05-01",
                        SG_NONCONFORMITY_STATUS, SG_NC_STATUS_CLOSED, NULL);
  sg_test_register_add (f, SG_TYPE_NONCONFORMITY, SG_NONCONFORMITY_TITLE, "Working", SG_NONCONFORMITY_STATUS,
                        SG_NC_STATUS_IN_PROGRESS, NULL);

  /* Actions: one overdue, one done late, one not yet due. */
  sg_test_register_add (f, SG_TYPE_ACTION, SG_ACTION_TITLE, "Patch", SG_ACTION_DUE_DATE, "2026-06-01", NULL);
  sg_test_register_add (f, SG_TYPE_ACTION, SG_ACTION_TITLE, "Train", SG_ACTION_DUE_DATE, "2026-06-01",
                        SG_ACTION_STATUS, SG_ACTION_STATUS_DONE, SG_ACTION_DONE_ON, "2026-06-10", NULL);
  sg_test_register_add (f, SG_TYPE_ACTION, SG_ACTION_TITLE, "Encrypt", SG_ACTION_DUE_DATE, "2026-09-01", NULL);

  /* Objectives, readings entered out of order. */
  objective = sg_test_register_add (f, SG_TYPE_OBJECTIVE, SG_OBJECTIVE_TITLE, "Phishing clicks",
                                    SG_OBJECTIVE_STATUS, SG_OBJECTIVE_STATUS_ON_TRACK, NULL);
  add_reading (f, objective, "2026-03-01", 3);
  add_reading (f, objective, "2026-01-01", 8);
  add_reading (f, objective, "2026-05-01", 2);
  sg_test_register_add (f, SG_TYPE_OBJECTIVE, SG_OBJECTIVE_TITLE, "Backups tested",
                        SG_OBJECTIVE_STATUS, SG_OBJECTIVE_STATUS_AT_RISK, NULL);
  sg_test_register_add (f, SG_TYPE_OBJECTIVE, SG_OBJECTIVE_TITLE, "Policies read",
                        SG_OBJECTIVE_STATUS, SG_OBJECTIVE_STATUS_MISSED, NULL);
  sg_test_register_add (f, SG_TYPE_OBJECTIVE, SG_OBJECTIVE_TITLE, "New one", NULL);

  /* Audits and reviews: one done, one late, one to come. */
  sg_test_register_add (f, SG_TYPE_AUDIT, SG_AUDIT_TITLE, "Done", SG_AUDIT_PLANNED_DATE, "2026-02-01",
                        SG_AUDIT_ACTUAL_DATE, "2026-02-01", SG_AUDIT_STATUS, SG_AUDIT_STATUS_COMPLETED, NULL);
  sg_test_register_add (f, SG_TYPE_AUDIT, SG_AUDIT_TITLE, "Next", SG_AUDIT_PLANNED_DATE, "2026-09-01", NULL);
  sg_test_register_add (f, SG_TYPE_MANAGEMENT_REVIEW, SG_MANAGEMENT_REVIEW_TITLE, "Late review",
                        SG_MANAGEMENT_REVIEW_DATE, "2026-06-01", NULL);
}

static SgRiskLevel *
level_now (SgStore  *store,
           SgRecord *risk)
{
  int l = 0, i = 0;

  g_object_get (risk, "residual-likelihood", &l, "residual-impact", &i, NULL);
  if (l == 0 || i == 0)
    g_object_get (risk, "inherent-likelihood", &l, "inherent-impact", &i, NULL);
  return sg_risk_method_get_level (sg_store_get_risk_method (store), l, i);
}

/* Every figure against the register counted here, through the list
 * models and g_object_get, and against the numbers the register was
 * built with. */
static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SgDashboard) d = NULL;
  GListModel *list;
  guint above = 0, unrated = 0, applicable[SG_DASHBOARD_N_THEMES] = { 0 }, implemented[SG_DASHBOARD_N_THEMES] = { 0 };
  guint open = 0, overdue = 0, actions = 0, on = 0, off = 0;
  SgDashboardObjective *first;

  build (f);
  d = sg_dashboard_new (f->store, TODAY);

  list = sg_store_get_records (f->store, SG_TYPE_RISK);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (list, i);
      SgRiskLevel *level = level_now (f->store, risk);
      gboolean within = TRUE;

      if (level == NULL)
        {
          unrated++;
          continue;
        }
      g_object_get (level, "within-appetite", &within, NULL);
      above += !within;
    }
  g_assert_cmpuint (d->n_risks, ==, g_list_model_get_n_items (list));
  g_assert_cmpuint (d->n_risks, ==, 4);
  g_assert_cmpuint (d->risks_above, ==, above);
  g_assert_cmpuint (d->risks_above, >=, 1);  /* the untreated ransomware at 5 × 5 */
  g_assert_cmpuint (d->risks_unrated, ==, unrated);
  g_assert_cmpuint (d->risks_unrated, ==, 1);

  list = sg_store_get_records (f->store, SG_TYPE_CONTROL);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SgRecord) control = g_list_model_get_item (list, i);
      int theme = 0, source = 0, status = 0;
      gboolean is_applicable = FALSE;

      g_object_get (control, SG_CONTROL_THEME, &theme, SG_CONTROL_SOURCE, &source,
                    SG_CONTROL_APPLICABLE, &is_applicable, SG_CONTROL_IMPLEMENTATION, &status, NULL);
      if (source == SG_CONTROL_SOURCE_CUSTOM)
        theme = SG_DASHBOARD_THEME_OWN;
      applicable[theme] += is_applicable;
      implemented[theme] += is_applicable && (status == SG_IMPLEMENTATION_STATUS_IMPLEMENTED ||
                                              status == SG_IMPLEMENTATION_STATUS_VERIFIED);
    }
  for (guint t = 0; t < SG_DASHBOARD_N_THEMES; t++)
    {
      g_assert_cmpuint (d->theme_applicable[t], ==, applicable[t]);
      g_assert_cmpuint (d->theme_implemented[t], ==, implemented[t]);
    }
  /* 5.1 is organizational, 8.13 technological, 7.12 physical and excluded. */
  g_assert_cmpuint (d->theme_implemented[SG_CONTROL_THEME_ORGANIZATIONAL], ==, 1);
  g_assert_cmpuint (d->theme_implemented[SG_CONTROL_THEME_TECHNOLOGICAL], ==, 1);
  g_assert_cmpuint (d->theme_applicable[SG_CONTROL_THEME_PHYSICAL], ==, d->theme_controls[SG_CONTROL_THEME_PHYSICAL] - 1);
  g_assert_cmpuint (d->theme_controls[SG_DASHBOARD_THEME_OWN], ==, 1);
  g_assert_cmpuint (d->theme_implemented[SG_DASHBOARD_THEME_OWN], ==, 0);

  list = sg_store_get_records (f->store, SG_TYPE_NONCONFORMITY);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SgRecord) nc = g_list_model_get_item (list, i);
      int status = 0;
      g_autofree char *due = NULL;

      g_object_get (nc, SG_NONCONFORMITY_STATUS, &status, SG_NONCONFORMITY_DUE_DATE, &due, NULL);
      if (status == SG_NC_STATUS_CLOSED)
        continue;
      open++;
      overdue += due != NULL && g_strcmp0 (due, TODAY) < 0;
    }
  g_assert_cmpuint (d->ncs_open, ==, open);
  g_assert_cmpuint (d->ncs_open, ==, 2);
  g_assert_cmpuint (d->ncs_overdue, ==, overdue);
  g_assert_cmpuint (d->ncs_overdue, ==, 1);

  list = sg_store_get_records (f->store, SG_TYPE_ACTION);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SgRecord) action = g_list_model_get_item (list, i);
      int status = 0;
      g_autofree char *due = NULL;

      g_object_get (action, SG_ACTION_STATUS, &status, SG_ACTION_DUE_DATE, &due, NULL);
      actions += status != SG_ACTION_STATUS_DONE && status != SG_ACTION_STATUS_CANCELLED &&
                 due != NULL && g_strcmp0 (due, TODAY) < 0;
    }
  g_assert_cmpuint (d->actions_overdue, ==, actions);
  g_assert_cmpuint (d->actions_overdue, ==, 1);
  g_assert_cmpuint (d->actions_open, ==, 2);

  list = sg_store_get_records (f->store, SG_TYPE_OBJECTIVE);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SgRecord) objective = g_list_model_get_item (list, i);
      int status = 0;

      g_object_get (objective, SG_OBJECTIVE_STATUS, &status, NULL);
      on += status == SG_OBJECTIVE_STATUS_ON_TRACK || status == SG_OBJECTIVE_STATUS_ACHIEVED;
      off += status == SG_OBJECTIVE_STATUS_AT_RISK || status == SG_OBJECTIVE_STATUS_MISSED;
    }
  g_assert_cmpuint (d->objectives_on_track, ==, on);
  g_assert_cmpuint (d->objectives_on_track, ==, 1);
  g_assert_cmpuint (d->objectives_off_track, ==, off);
  g_assert_cmpuint (d->objectives_off_track, ==, 2);
  g_assert_cmpuint (d->objectives->len, ==, 4);
  /* The sparkline: the readings by date, whatever order they were typed in. */
  first = g_ptr_array_index (d->objectives, 0);
  g_assert_cmpstr (sg_record_peek_string (first->objective, SG_OBJECTIVE_TITLE), ==, "Phishing clicks");
  g_assert_cmpuint (first->values->len, ==, 3);
  g_assert_cmpfloat (g_array_index (first->values, double, 0), ==, 8);
  g_assert_cmpfloat (g_array_index (first->values, double, 1), ==, 3);
  g_assert_cmpfloat (g_array_index (first->values, double, 2), ==, 2);

  /* Still to come: the late review first, then the audit; not the one done. */
  g_assert_cmpuint (d->events->len, ==, 2);
  g_assert_cmpstr (((SgDashboardEvent *) g_ptr_array_index (d->events, 0))->date, ==, "2026-06-01");
  g_assert_true (((SgDashboardEvent *) g_ptr_array_index (d->events, 0))->overdue);
  g_assert_true (G_OBJECT_TYPE (((SgDashboardEvent *) g_ptr_array_index (d->events, 0))->record) ==
                 SG_TYPE_MANAGEMENT_REVIEW);
  g_assert_cmpstr (((SgDashboardEvent *) g_ptr_array_index (d->events, 1))->date, ==, "2026-09-01");
  g_assert_false (((SgDashboardEvent *) g_ptr_array_index (d->events, 1))->overdue);
  /* An audit has taken place: no longer "Getting started". */
  g_assert_false (d->building);
}

/* Readiness and the Due list as the dashboard says them, against
 * sg_readiness_evaluate () and sg_due_list () counted here; an override
 * counts, and is counted as one. */
static void
test_later (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SgDashboardLater) later = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) due = NULL;
  guint met = 0, partly = 0, overdue = 0;

  build (f);
  g_object_set (sg_store_find_by_ref (f->store, SG_TYPE_REQUIREMENT, "4.3"),
                SG_REQUIREMENT_OVERRIDE_FIELD, SG_REQUIREMENT_OVERRIDE_MET,
                SG_REQUIREMENT_OVERRIDE_NOTE, "The scope is in the contract", NULL);
  later = sg_dashboard_later_new (f->store, TODAY, 30);
  results = sg_readiness_evaluate (f->store, TODAY, TRUE);
  for (guint i = 0; i < results->len; i++)
    {
      SgReadinessResult *result = g_ptr_array_index (results, i);

      met += result->effective == SG_READINESS_MET;
      partly += result->effective == SG_READINESS_PARTLY;
    }
  g_assert_cmpuint (later->n, ==, results->len);
  g_assert_cmpuint (later->n, ==, 30);
  g_assert_cmpuint (later->met, ==, met);
  g_assert_cmpuint (later->met, >=, 1);
  g_assert_cmpuint (later->partly, ==, partly);
  g_assert_cmpuint (later->overridden, ==, 1);
  g_assert_cmpuint (later->gaps->len, ==, later->n - later->met);
  /* Not met first, in clause order. */
  for (guint i = 1; i < later->gaps->len; i++)
    g_assert_cmpint (((SgDashboardGap *) g_ptr_array_index (later->gaps, i - 1))->effective, <=,
                     ((SgDashboardGap *) g_ptr_array_index (later->gaps, i))->effective);

  due = sg_due_list (f->store, TODAY, 30);
  for (guint i = 0; i < due->len; i++)
    overdue += ((SgDueItem *) g_ptr_array_index (due, i))->overdue;
  g_assert_cmpuint (later->n_due, ==, due->len);
  g_assert_cmpuint (later->n_overdue, ==, overdue);
  g_assert_cmpuint (later->n_overdue, >=, 3);  /* the NC, the action, the review */
  g_assert_cmpuint (later->due->len, ==, MIN (due->len, SG_DASHBOARD_N_DUE));
  for (guint i = 0; i < later->due->len; i++)
    {
      SgDashboardDue *shown = g_ptr_array_index (later->due, i);
      SgDueItem *item = g_ptr_array_index (due, i);

      g_assert_true (shown->kind == G_OBJECT_TYPE (item->record));
      g_assert_cmpint (shown->id, ==, sg_record_get_id (item->record));
      g_assert_cmpstr (shown->date, ==, item->date);
    }
}

static void
later_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  *(GAsyncResult **) data = g_object_ref (result);
}

/* The thread reads the file as saved and says what the open store says. */
static void
test_later_async (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SgDashboardLater) here = NULL;
  g_autoptr(SgDashboardLater) there = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  build (f);
  here = sg_dashboard_later_new (f->store, TODAY, 30);
  sg_dashboard_later_new_async (f->store, TODAY, 30, NULL, later_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  there = sg_dashboard_later_new_finish (result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (there->met, ==, here->met);
  g_assert_cmpuint (there->partly, ==, here->partly);
  g_assert_cmpuint (there->n_due, ==, here->n_due);
  g_assert_cmpuint (there->n_overdue, ==, here->n_overdue);
  for (guint i = 0; i < here->missing->len; i++)
    g_assert_cmpstr (g_ptr_array_index (there->missing, i), ==, g_ptr_array_index (here->missing, i));
}

/* A new register: every step but those its seeds already do says what is
 * missing; each is marked done by what the user adds. */
static void
test_steps (Fixture       *f,
            gconstpointer  data)
{
  guint n;
  const SgDashboardStep *steps = sg_dashboard_get_steps (&n);
  g_autoptr(SgDashboard) d = sg_dashboard_new (f->store, TODAY);
  g_autoptr(GPtrArray) results = sg_readiness_evaluate (f->store, TODAY, FALSE);
  g_autofree char *missing = NULL;

  g_assert_true (d->building);
  g_assert_cmpuint (n, ==, 9);
  g_assert_cmpstr (steps[0].page, ==, "scope");
  g_assert_cmpstr (steps[4].page, ==, "risk");
  g_assert_cmpstr (steps[8].page, ==, "management_review");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *why = NULL;

      /* The risk method comes seeded; nothing else is done. */
      if (i == 2)
        continue;
      g_assert_false (sg_dashboard_step_done (f->store, results, i, FALSE, &why));
      g_assert_nonnull (why);
      g_assert_cmpstr (why, !=, "");
    }
  g_assert_false (sg_dashboard_step_done (f->store, results, 3, FALSE, &missing));
  g_assert_cmpstr (missing, ==, "no assets recorded");
  g_clear_pointer (&missing, g_free);
  g_assert_false (sg_dashboard_step_done (f->store, results, 4, FALSE, &missing));
  g_assert_cmpstr (missing, ==, "no risks recorded");
  g_clear_pointer (&missing, g_free);

  sg_test_register_add (f, SG_TYPE_ASSET, "name", "Laptops", NULL);
  g_assert_true (sg_dashboard_step_done (f->store, results, 3, FALSE, &missing));
  g_assert_null (missing);

  /* A person's override of the scope requirement does the first step. */
  g_object_set (sg_store_find_by_ref (f->store, SG_TYPE_REQUIREMENT, "4.3"),
                SG_REQUIREMENT_OVERRIDE_FIELD, SG_REQUIREMENT_OVERRIDE_MET,
                SG_REQUIREMENT_OVERRIDE_NOTE, "Agreed with the auditor", NULL);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = sg_readiness_evaluate (f->store, TODAY, FALSE);
  g_assert_true (sg_dashboard_step_done (f->store, results, 0, FALSE, NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/dashboard/figures", Fixture, NULL, fixture_set_up, test_figures, fixture_tear_down);
  g_test_add ("/dashboard/later", Fixture, NULL, fixture_set_up, test_later, fixture_tear_down);
  g_test_add ("/dashboard/later-async", Fixture, NULL, fixture_set_up, test_later_async, fixture_tear_down);
  g_test_add ("/dashboard/steps", Fixture, NULL, fixture_set_up, test_steps, fixture_tear_down);
  return g_test_run ();
}
