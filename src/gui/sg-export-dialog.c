/* sg-export-dialog.c: writes the auditor's workbook in a thread, with progress and Cancel
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store's records are GObjects of the main thread, so a timeout on
 * the main thread copies the workbook's rows into an SgXlsxPlan (plain
 * memory), a few thousand at a time, while a GTask thread writes them;
 * the writing thread touches nothing but the plan. It reports progress
 * through one atomic integer that another timeout shows. */
#define G_LOG_DOMAIN "sg-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-export-dialog.h"
#include "sg-xlsx.h"

struct _SgExportDialog
{
  AdwMessageDialog  parent_instance;

  GtkWidget        *progress_bar;
  GCancellable     *cancellable;
  guint             poll_id;
  int              *permille;   /* the running job's; NULL when none runs */
};

G_DEFINE_FINAL_TYPE (SgExportDialog, sg_export_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* What the writing thread owns: plain memory only. */
typedef struct
{
  SgXlsxPlan *plan;
  char       *path;
  int         permille;
} Job;

/* Rows copied per turn of the main loop: a few milliseconds' work. */
#define FILL_ROWS 2048
#define FILL_INTERVAL_MS 10

static void
job_free (gpointer data)
{
  Job *job = data;

  sg_xlsx_plan_unref (job->plan);
  g_free (job->path);
  g_free (job);
}

typedef struct
{
  SgExportDialog *dialog;
  SgStore        *store;
  GFile          *file;
  GApplication   *application;
} Start;

static void
start_free (gpointer data)
{
  Start *start = data;

  g_clear_object (&start->dialog);
  g_clear_object (&start->store);
  g_clear_object (&start->file);
  if (start->application != NULL)
    g_application_release (start->application);
  g_clear_object (&start->application);
  g_free (start);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Job *job = user_data;

  g_atomic_int_set (&job->permille, (int) (fraction * 1000));
}

static gboolean
poll_progress_cb (gpointer user_data)
{
  SgExportDialog *self = user_data;

  if (self->permille != NULL)
    gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar),
                                   g_atomic_int_get (self->permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;

  if (sg_xlsx_plan_write (job->plan, job->path, cancellable, progress_cb, job, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
stop_polling (SgExportDialog *self)
{
  g_clear_handle_id (&self->poll_id, g_source_remove);
  self->permille = NULL;
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  SgExportDialog *self = SG_EXPORT_DIALOG (source);
  GError *error = NULL;

  stop_polling (self);
  gtk_window_destroy (GTK_WINDOW (self));
  if (g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_boolean (outer, TRUE);
  else
    g_task_return_error (outer, error);
}

/* Runs until everything is copied or the writing has stopped, whatever
 * becomes of the dialog: only then does the plan let go of the store. */
static gboolean
fill_cb (gpointer user_data)
{
  return sg_xlsx_plan_fill (user_data, FILL_ROWS) ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* After the dialog has been drawn: write in a thread what the main loop copies. */
static gboolean
start_cb (gpointer user_data)
{
  GTask *outer = user_data;
  Start *start = g_task_get_task_data (outer);
  SgExportDialog *self = start->dialog;
  g_autoptr(GTask) inner = NULL;
  Job *job;

  job = g_new0 (Job, 1);
  job->path = g_file_get_path (start->file);
  if (job->path == NULL)
    {
      job_free (job);
      gtk_window_destroy (GTK_WINDOW (self));
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("The workbook can only be written to a local folder."));
      g_object_unref (outer);
      return G_SOURCE_REMOVE;
    }
  job->plan = sg_xlsx_plan_new (start->store, SG_XLSX_FLAGS_NONE);
  g_timeout_add_full (G_PRIORITY_DEFAULT_IDLE, FILL_INTERVAL_MS, fill_cb,
                      sg_xlsx_plan_ref (job->plan), (GDestroyNotify) sg_xlsx_plan_unref);
  /* The thread must not see the store. */
  g_clear_object (&start->store);

  self->permille = &job->permille;
  self->poll_id = g_timeout_add (100, poll_progress_cb, self);

  inner = g_task_new (self, self->cancellable, written_cb, outer);
  g_task_set_source_tag (inner, start_cb);
  g_task_set_task_data (inner, job, job_free);
  g_task_run_in_thread (inner, write_thread);
  return G_SOURCE_REMOVE;
}

static void
response_cb (SgExportDialog *self,
             const char     *response)
{
  /* The thread notices at its next row; the dialog closes then. */
  g_cancellable_cancel (self->cancellable);
  gtk_widget_set_sensitive (self->progress_bar, FALSE);
}

static void
sg_export_dialog_dispose (GObject *object)
{
  SgExportDialog *self = SG_EXPORT_DIALOG (object);

  stop_polling (self);
  G_OBJECT_CLASS (sg_export_dialog_parent_class)->dispose (object);
}

static void
sg_export_dialog_finalize (GObject *object)
{
  SgExportDialog *self = SG_EXPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (sg_export_dialog_parent_class)->finalize (object);
}

static void
sg_export_dialog_class_init (SgExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sg_export_dialog_dispose;
  object_class->finalize = sg_export_dialog_finalize;
}

static void
sg_export_dialog_init (SgExportDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  self->cancellable = g_cancellable_new ();
  self->progress_bar = gtk_progress_bar_new ();
  gtk_widget_set_margin_top (self->progress_bar, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Export progress"), -1);
  adw_message_dialog_set_extra_child (dialog, self->progress_bar);
  adw_message_dialog_set_heading (dialog, _("Exporting Workbook…"));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (self, "response", G_CALLBACK (response_cb), NULL);
}

void
sg_export_dialog_export_async (GtkWindow           *parent,
                               SgStore             *store,
                               GFile               *file,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autofree char *name = NULL;
  SgExportDialog *self;
  GTask *outer;
  Start *start;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (SG_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  self = g_object_new (SG_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  name = g_file_get_basename (file);
  {
    g_autofree char *display = g_filename_display_name (name);
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), display);
  }

  start = g_new0 (Start, 1);
  start->dialog = g_object_ref (self);
  start->store = g_object_ref (store);
  start->file = g_object_ref (file);
  /* Quitting waits for the thread: it finishes the file or removes it. */
  if (g_application_get_default () != NULL)
    {
      start->application = g_object_ref (g_application_get_default ());
      g_application_hold (start->application);
    }
  outer = g_task_new (parent, NULL, callback, user_data);
  g_task_set_source_tag (outer, sg_export_dialog_export_async);
  g_task_set_task_data (outer, start, start_free);

  gtk_window_present (GTK_WINDOW (self));
  g_idle_add_full (G_PRIORITY_LOW, start_cb, outer, NULL);
}

gboolean
sg_export_dialog_export_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sg_export_dialog_export_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
