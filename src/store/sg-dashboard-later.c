/* sg-dashboard-later.c: the dashboard's slower figures — readiness, the steps of "Getting started", the top of the Due list — computed in a thread
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-dashboard"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-dashboard.h"
#include "sg-due.h"
#include "sg-person.h"
#include "sg-store-copies.h"

static void
gap_free (gpointer data)
{
  SgDashboardGap *gap = data;

  g_free (gap->ref);
  g_free (gap->title);
  g_free (gap->reason);
  g_free (gap);
}

static void
due_free (gpointer data)
{
  SgDashboardDue *due = data;

  g_free (due->label);
  g_free (due->date);
  g_free (due->person);
  g_free (due);
}

static void
add_gaps (SgDashboardLater *self,
          GPtrArray        *results,
          SgReadinessState  state)
{
  for (guint i = 0; i < results->len; i++)
    {
      SgReadinessResult *result = g_ptr_array_index (results, i);
      SgDashboardGap *gap;

      if (result->effective != state)
        continue;
      gap = g_new0 (SgDashboardGap, 1);
      gap->ref = g_strdup (result->ref);
      gap->title = g_strdup (result->title);
      gap->effective = result->effective;
      gap->overridden = result->overridden;
      gap->reason = g_strdup (result->reason);
      gap->requirement = result->requirement != NULL ? sg_record_get_id (result->requirement) : 0;
      g_ptr_array_add (self->gaps, gap);
    }
}

SgDashboardLater *
sg_dashboard_later_new (SgStore    *store,
                        const char *today,
                        guint       days)
{
  SgDashboardLater *self;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) items = NULL;
  guint n_steps;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  self = g_new0 (SgDashboardLater, 1);
  self->gaps = g_ptr_array_new_with_free_func (gap_free);
  self->missing = g_ptr_array_new_with_free_func (g_free);
  self->due = g_ptr_array_new_with_free_func (due_free);

  results = sg_readiness_evaluate (store, today, TRUE);
  self->n = results->len;
  for (guint i = 0; i < results->len; i++)
    {
      SgReadinessResult *result = g_ptr_array_index (results, i);

      self->met += result->effective == SG_READINESS_MET;
      self->partly += result->effective == SG_READINESS_PARTLY;
      self->overridden += result->overridden;
    }
  add_gaps (self, results, SG_READINESS_NOT_MET);
  add_gaps (self, results, SG_READINESS_PARTLY);

  sg_dashboard_get_steps (&n_steps);
  for (guint i = 0; i < n_steps; i++)
    {
      char *missing = NULL;

      sg_dashboard_step_done (store, results, i, TRUE, &missing);
      g_ptr_array_add (self->missing, missing);
    }

  items = sg_due_list (store, today, days);
  self->n_due = items->len;
  for (guint i = 0; i < items->len; i++)
    {
      SgDueItem *item = g_ptr_array_index (items, i);
      SgDashboardDue *due;
      g_autofree char *name = NULL;

      self->n_overdue += item->overdue;
      if (self->due->len == SG_DASHBOARD_N_DUE)
        continue;
      due = g_new0 (SgDashboardDue, 1);
      name = sg_record_dup_display_name (item->record);
      due->kind = G_OBJECT_TYPE (item->record);
      due->id = sg_record_get_id (item->record);
      /* Translators: what is due, and the record: "Risk review: R-001 Flood" */
      due->label = g_strdup_printf (C_("due", "%s: %s"), _(item->what), name);
      due->date = g_strdup (item->date);
      /* A person by name: the ref says nothing on a projector. */
      due->person = item->person != NULL ? g_strdup (sg_record_peek_string (item->person, SG_PERSON_NAME)) : NULL;
      due->overdue = item->overdue;
      g_ptr_array_add (self->due, due);
    }
  return self;
}

void
sg_dashboard_later_free (SgDashboardLater *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->gaps);
  g_ptr_array_unref (self->missing);
  g_ptr_array_unref (self->due);
  g_free (self);
}

typedef struct
{
  char  *today;
  guint  days;
} Work;

static void
work_free (gpointer data)
{
  Work *work = data;

  g_free (work->today);
  g_free (work);
}

/* On a snapshot of the register (sg_store_open_snapshot ()): the open
 * register's records are never read outside the main thread. */
static SgDashboardLater *
compute_on_copy (SgStore     *store,
                 Work        *work,
                 GError     **error)
{
  SgStore *copy = sg_store_open_snapshot (store, error);
  SgDashboardLater *later;

  if (copy == NULL)
    return NULL;
  later = sg_dashboard_later_new (copy, work->today, work->days);
  sg_store_close_snapshot (copy);
  return later;
}

static void
later_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;
  SgDashboardLater *later;

  if (g_task_return_error_if_cancelled (task))
    return;
  later = compute_on_copy (source, task_data, &error);
  if (later == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, later, (GDestroyNotify) sg_dashboard_later_free);
}

void
sg_dashboard_later_new_async (SgStore             *store,
                              const char          *today,
                              guint                days,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Work *work;

  g_return_if_fail (SG_IS_STORE (store));
  g_return_if_fail (today != NULL);

  /* The store is kept alive until the copy is made. */
  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sg_dashboard_later_new_async);
  work = g_new0 (Work, 1);
  work->today = g_strdup (today);
  work->days = days;
  g_task_set_task_data (task, work, work_free);
  g_task_run_in_thread (task, later_thread);
}

SgDashboardLater *
sg_dashboard_later_new_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
