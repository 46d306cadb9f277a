/* sg-backup-scheduler.c: the rolling backups of the register a window
 * has open — at once, then each new day it stays open
 *
 * The copy runs in a thread through its own read connection (see
 * sg_store_copy_to ()), so the window keeps saving edits meanwhile.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-backup-scheduler"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-backup-scheduler.h"
#include "sg-backups.h"

/* How often it looks whether the day changed. */
#define CHECK_INTERVAL_S  (10 * 60)

struct _SgBackupScheduler
{
  GObject       parent_instance;

  SgStore      *store;
  GSettings    *settings;   /* may be NULL */
  guint         timeout_id;
  GDate         done_on;    /* the day of the last backup; cleared for none */
  gboolean      busy;         /* from starting a backup to its result */
  gboolean      failure_told;
  GMutex        lock;
  GCond         finished;
  gboolean      running;      /* the thread still uses the store: under @lock */
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (SgBackupScheduler, sg_backup_scheduler, G_TYPE_OBJECT)

enum
{
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  SgStore  *store;
  char     *folder;
  GDate     today;
} BackupJob;

static void
backup_job_free (gpointer data)
{
  BackupJob *job = data;

  g_clear_object (&job->store);
  g_free (job->folder);
  g_free (job);
}

static void
backup_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  BackupJob *job = data;
  GError *error = NULL;
  gboolean made = FALSE;

  SgBackupScheduler *self = source;

  if (sg_backups_make (job->store, job->folder, &job->today, &made, &error))
    g_task_return_boolean (task, made);
  else
    g_task_return_error (task, error);
  /* Done with the store here, not when the result reaches the main loop:
   * the window may wait for this while it closes. */
  g_clear_object (&job->store);
  g_mutex_lock (&self->lock);
  self->running = FALSE;
  g_cond_broadcast (&self->finished);
  g_mutex_unlock (&self->lock);
}

static void
backup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  SgBackupScheduler *self = SG_BACKUP_SCHEDULER (source);
  BackupJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->busy = FALSE;
  g_task_propagate_boolean (G_TASK (result), &error);
  if (error == NULL)
    {
      self->done_on = job->today;
      self->failure_told = FALSE;
      return;
    }
  g_debug ("backup failed: %s", error->message);
  /* Told once; tried again at the next check, and told again only after
   * a backup succeeded in between. */
  if (!self->failure_told && !g_cancellable_is_cancelled (self->cancellable))
    {
      g_autofree char *message =
        /* Translators: %s says why, e.g. "Could not write “…”: the disk is full. …" */
        g_strdup_printf (_("Today’s backup could not be made. %s"), error->message);

      self->failure_told = TRUE;
      g_signal_emit (self, signals[FAILED], 0, message);
    }
}

char *
sg_backup_scheduler_get_folder (SgBackupScheduler *self)
{
  g_autofree char *chosen = NULL;

  g_return_val_if_fail (SG_IS_BACKUP_SCHEDULER (self), NULL);
  g_return_val_if_fail (self->store != NULL, NULL);

  if (self->settings != NULL)
    chosen = g_settings_get_string (self->settings, "backup-folder");
  return sg_backups_folder (sg_store_get_path (self->store), chosen);
}

static void
run_if_due (SgBackupScheduler *self)
{
  g_autoptr(GTask) task = NULL;
  BackupJob *job;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  if (self->store == NULL || self->busy || (g_date_valid (&self->done_on) && g_date_compare (&self->done_on, &today) == 0))
    return;

  job = g_new0 (BackupJob, 1);
  job->store = g_object_ref (self->store);
  job->folder = sg_backup_scheduler_get_folder (self);
  job->today = today;
  self->busy = TRUE;
  self->running = TRUE;
  task = g_task_new (self, self->cancellable, backup_done_cb, NULL);
  g_task_set_task_data (task, job, backup_job_free);
  g_task_run_in_thread (task, backup_thread);
}

static gboolean
check_cb (gpointer data)
{
  run_if_due (SG_BACKUP_SCHEDULER (data));
  return G_SOURCE_CONTINUE;
}

SgBackupScheduler *
sg_backup_scheduler_new (SgStore   *store,
                         GSettings *settings)
{
  SgBackupScheduler *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SG_TYPE_BACKUP_SCHEDULER, NULL);
  self->store = g_object_ref (store);
  g_set_object (&self->settings, settings);
  run_if_due (self);
  self->timeout_id = g_timeout_add_seconds (CHECK_INTERVAL_S, check_cb, self);
  return self;
}

gboolean
sg_backup_scheduler_is_busy (SgBackupScheduler *self)
{
  g_return_val_if_fail (SG_IS_BACKUP_SCHEDULER (self), FALSE);

  return self->busy;
}

void
sg_backup_scheduler_stop (SgBackupScheduler *self)
{
  g_return_if_fail (SG_IS_BACKUP_SCHEDULER (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  /* A backup being written is finished first: the register stays open
   * until it is complete, and closing it afterwards is safe. */
  g_mutex_lock (&self->lock);
  while (self->running)
    g_cond_wait (&self->finished, &self->lock);
  g_mutex_unlock (&self->lock);
  /* Let go of the register now: a backup's result may still be on its way
   * to the main loop, holding on to this object. */
  g_clear_object (&self->store);
}

static void
sg_backup_scheduler_dispose (GObject *object)
{
  SgBackupScheduler *self = SG_BACKUP_SCHEDULER (object);

  sg_backup_scheduler_stop (self);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_backup_scheduler_parent_class)->dispose (object);
}

static void
sg_backup_scheduler_finalize (GObject *object)
{
  SgBackupScheduler *self = SG_BACKUP_SCHEDULER (object);

  g_clear_object (&self->cancellable);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->finished);

  G_OBJECT_CLASS (sg_backup_scheduler_parent_class)->finalize (object);
}

static void
sg_backup_scheduler_class_init (SgBackupSchedulerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sg_backup_scheduler_dispose;
  object_class->finalize = sg_backup_scheduler_finalize;

  /**
   * SgBackupScheduler::failed:
   * @message: why, in one translated sentence or two
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
sg_backup_scheduler_init (SgBackupScheduler *self)
{
  g_date_clear (&self->done_on, 1);
  g_mutex_init (&self->lock);
  g_cond_init (&self->finished);
  self->cancellable = g_cancellable_new ();
}
