/* sg-window-review.c: a management review's minutes as a PDF
 *
 * The review page's "Export Minutes…" activates win.export-review-minutes
 * with the review's ref; the minutes are taken from the register here and
 * drawn in a thread, like the Statement of Applicability.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-window-review"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-management-review.h"
#include "sg-review-export.h"
#include "sg-window-private.h"

typedef struct
{
  SgReviewMinutes *minutes;
  char            *path;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  sg_review_minutes_free (job->minutes);
  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ExportJob *job = data;
  GError *error = NULL;

  if (sg_review_export_minutes (job->minutes, job->path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  SgWindow *self = SG_WINDOW (source);
  g_autoptr(GFile) file = data;
  g_autoptr(GError) error = NULL;

  /* The window may have been closed while the thread wrote. */
  if (self->toast_overlay == NULL)
    return;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      sg_window_show_error (self, _("Could Not Export the Minutes"), error->message);
      return;
    }
  sg_window_toast_exported (self, _("Minutes exported"), file);
}

void
sg_window_export_review_file (SgWindow   *self,
                              const char *ref,
                              GFile      *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  ExportJob *job;
  SgRecord *review;

  g_return_if_fail (SG_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->store == NULL)
    return;
  /* Found again: the review may have gone while the chooser was open. */
  review = sg_review_export_find (self->store, ref, &error);
  if (review == NULL)
    {
      sg_window_show_error (self, _("Could Not Export the Minutes"), error->message);
      return;
    }
  job = g_new0 (ExportJob, 1);
  job->minutes = sg_review_export_take_minutes (self->store, review, NULL);
  job->path = g_file_get_path (file);
  task = g_task_new (self, NULL, exported_cb, g_object_ref (file));
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
export_minutes_chosen (SgWindow *self,
                       GFile    *chosen)
{
  g_autoptr(GFile) file = sg_window_file_with_suffix (chosen, ".pdf");

  sg_window_export_review_file (self, self->review_export_ref, file);
}

static void
export_review_minutes_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SgWindow *self = SG_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *suggested = NULL;
  SgRecord *review;

  if (self->store == NULL)
    return;
  review = sg_review_export_find (self->store, g_variant_get_string (parameter, NULL), &error);
  if (review == NULL)
    {
      sg_window_show_error (self, _("Could Not Export the Minutes"), error->message);
      return;
    }
  g_free (self->review_export_ref);
  self->review_export_ref = g_strdup (sg_record_get_ref (review));
  suggested = sg_review_export_suggest_name (review);
  sg_window_choose_pdf (self, _("Export Minutes"), suggested, export_minutes_chosen);
}

void
sg_window_class_init_review (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-review-minutes", "s", export_review_minutes_cb);
}
