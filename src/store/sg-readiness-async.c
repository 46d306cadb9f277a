/* sg-readiness-async.c: readiness computed in a thread, on a copy of the register, shown against the open one
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-readiness"

#include "config.h"

#include "sg-readiness.h"
#include "sg-requirement.h"
#include "sg-store-copies.h"

typedef struct
{
  char      *today;
  gboolean   translate;
  /* Filled by the thread: */
  SgStore   *copy;
  GPtrArray *results;   /* naming the copy's records until finished */
} Work;

static void
work_free (gpointer data)
{
  Work *work = data;

  g_clear_pointer (&work->results, g_ptr_array_unref);
  g_clear_pointer (&work->copy, sg_store_close_snapshot);
  g_free (work->today);
  g_free (work);
}

/* On a snapshot of the register (sg_store_open_snapshot ()), kept until
 * _finish () has named the open register's records instead of its. */
static void
evaluate_thread (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Work *work = task_data;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  work->copy = sg_store_open_snapshot (source, &error);
  if (work->copy == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  work->results = sg_readiness_evaluate (work->copy, work->today, work->translate);
  g_task_return_boolean (task, TRUE);
}

void
sg_readiness_evaluate_async (SgStore             *store,
                             const char          *today,
                             gboolean             translate,
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
  g_task_set_source_tag (task, sg_readiness_evaluate_async);
  work = g_new0 (Work, 1);
  work->today = g_strdup (today);
  work->translate = translate;
  g_task_set_task_data (task, work, work_free);
  g_task_run_in_thread (task, evaluate_thread);
}

static SgRecord *
live (SgStore  *store,
      SgRecord *copied)
{
  return copied != NULL ? sg_store_find_by_id (store, G_OBJECT_TYPE (copied), sg_record_get_id (copied)) : NULL;
}

GPtrArray *
sg_readiness_evaluate_finish (SgStore       *store,
                              GAsyncResult  *result,
                              GError       **error)
{
  Work *work;
  GPtrArray *results;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;
  work = g_task_get_task_data (G_TASK (result));
  results = g_steal_pointer (&work->results);
  /* The copy's records become the open register's; one deleted since
   * the copy was made is left out. */
  for (guint i = 0; i < results->len; i++)
    {
      SgReadinessResult *r = g_ptr_array_index (results, i);
      GPtrArray *records = r->records;

      r->requirement = live (store, r->requirement);
      r->records = g_ptr_array_new ();
      for (guint j = 0; j < records->len; j++)
        {
          SgRecord *record = live (store, g_ptr_array_index (records, j));

          if (record != NULL)
            g_ptr_array_add (r->records, record);
        }
      g_ptr_array_unref (records);
    }
  return results;
}
