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

static gboolean
write_minutes (gconstpointer   minutes,
               const char     *path,
               GError        **error)
{
  return sg_review_export_minutes (minutes, path, error);
}

void
sg_window_export_review_file (SgWindow   *self,
                              const char *ref,
                              GFile      *file)
{
  g_autoptr(GError) error = NULL;
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
  /* Taken here, from the store; only drawn in the thread. */
  sg_window_write_in_thread (self, file, write_minutes,
                             sg_review_export_take_minutes (self->store, review, NULL),
                             (GDestroyNotify) sg_review_minutes_free,
                             _("Could Not Export the Minutes"), _("Minutes exported"));
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
