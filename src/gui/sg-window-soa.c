/* sg-window-soa.c: issuing the Statement of Applicability, its versions, its PDF
 *
 * "Issue Statement of Applicability…" adds a frozen version with Undo in
 * its toast; the versions window prints any of them, or the draft, as a
 * PDF through the same file chooser as the other exports.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-window-soa"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-soa-export.h"
#include "sg-soa-issue-dialog.h"
#include "sg-soa-version.h"
#include "sg-soa-versions-dialog.h"
#include "sg-window-private.h"

static const char *const soa_actions[] = { "win.issue-soa", "win.soa-versions", "win.export-soa" };

void
sg_window_soa_set_enabled (SgWindow *self,
                           gboolean  enabled)
{
  for (guint i = 0; i < G_N_ELEMENTS (soa_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), soa_actions[i], enabled);
}

/* Issuing, with Undo */

typedef struct
{
  SgStore  *store;
  SgRecord *version;
} IssueUndo;

static void
issue_undo_free (gpointer  data,
                 GClosure *closure)
{
  IssueUndo *undo = data;

  g_clear_object (&undo->store);
  g_clear_object (&undo->version);
  g_free (undo);
}

static void
undo_issue_cb (AdwToast  *toast,
               IssueUndo *undo)
{
  g_autoptr(GError) error = NULL;

  if (undo->version == NULL)
    return;
  if (!sg_store_remove (undo->store, undo->version, &error))
    g_warning ("Could not undo issuing the SoA: %s", error->message);
  g_clear_object (&undo->version);
}

static void
issued_cb (SgWindow *self,
           SgRecord *version)
{
  /* Translators: a toast; %d is the number of the version just issued */
  g_autofree char *title = g_strdup_printf (_("Statement of Applicability version %d issued"),
                                            sg_record_peek_int (version, SG_SOA_VERSION_NUMBER));
  AdwToast *toast = adw_toast_new (title);
  IssueUndo *undo = g_new0 (IssueUndo, 1);

  undo->store = g_object_ref (self->store);
  undo->version = g_object_ref (version);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_issue_cb), undo, issue_undo_free, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), toast);
}

static void
issue_soa_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SgWindow *self = SG_WINDOW (widget);
  SgSoaIssueDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = sg_soa_issue_dialog_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (dialog, "issued", G_CALLBACK (issued_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The PDF, written in a thread: the snapshot is taken here, from the
 * store, and only drawn there. */

static gboolean
write_soa (gconstpointer   snapshot,
           const char     *path,
           GError        **error)
{
  return sg_soa_export_snapshot (snapshot, path, error);
}

void
sg_window_export_soa_file (SgWindow *self,
                           guint     number,
                           GFile    *file)
{
  g_autoptr(GError) error = NULL;
  SgSoaSnapshot *snapshot;

  g_return_if_fail (SG_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->store == NULL)
    return;
  snapshot = sg_soa_snapshot_new_for_version (self->store, number, &error);
  if (snapshot == NULL)
    {
      sg_window_show_error (self, _("Could Not Export the Statement of Applicability"), error->message);
      return;
    }
  sg_window_write_in_thread (self, file, write_soa, snapshot, (GDestroyNotify) sg_soa_snapshot_free,
                             _("Could Not Export the Statement of Applicability"),
                             _("Statement of Applicability exported"));
}

static void
export_soa_chosen (SgWindow *self,
                   GFile    *chosen)
{
  g_autoptr(GFile) file = sg_window_file_with_suffix (chosen, ".pdf");

  sg_window_export_soa_file (self, self->soa_export_version, file);
}

static void
choose_soa_file (SgWindow *self,
                 guint     number)
{
  g_autofree char *name = NULL;
  g_autofree char *suggested = NULL;

  if (self->store == NULL)
    return;
  name = g_filename_display_basename (sg_store_get_path (self->store));
  if (g_str_has_suffix (name, ".isms"))
    name[strlen (name) - strlen (".isms")] = '\0';
  if (number > 0)
    /* Translators: the suggested file name; %s is the register's, %u the version */
    suggested = g_strdup_printf (_("%s SoA version %u.pdf"), name, number);
  else
    /* Translators: the suggested file name; %s is the register's */
    suggested = g_strdup_printf (_("%s SoA draft.pdf"), name);

  self->soa_export_version = number;
  sg_window_choose_pdf (self, _("Export Statement of Applicability"), suggested, export_soa_chosen);
}

static void
export_soa_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  choose_soa_file (SG_WINDOW (widget), g_variant_get_uint32 (parameter));
}

/* The versions */

static void
versions_export_cb (SgWindow *self,
                    guint     number)
{
  choose_soa_file (self, number);
}

static void
versions_issue_cb (SgWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.issue-soa", NULL);
}

static void
soa_versions_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SgWindow *self = SG_WINDOW (widget);
  SgSoaVersionsDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = sg_soa_versions_dialog_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (dialog, "export", G_CALLBACK (versions_export_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "issue", G_CALLBACK (versions_issue_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sg_window_class_init_soa (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.issue-soa", NULL, issue_soa_cb);
  gtk_widget_class_install_action (widget_class, "win.soa-versions", NULL, soa_versions_cb);
  gtk_widget_class_install_action (widget_class, "win.export-soa", "u", export_soa_cb);
}
