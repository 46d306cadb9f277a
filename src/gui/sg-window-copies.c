/* sg-window-copies.c: the window's copies of its register — "Save a
 * Copy…", "Freeze a Copy for the Audit…", the rolling backups while it is
 * open and "Restore from Backup…"
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-application.h"
#include "sg-backups.h"
#include "sg-restore-dialog.h"
#include "sg-settings.h"
#include "sg-store-copies.h"
#include "sg-window-private.h"

static void
add_toast (SgWindow   *self,
           const char *text,
           guint       timeout)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, timeout);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), toast);
}

/* "register" for "register.isms" */
static char *
register_stem (SgWindow *self)
{
  g_autofree char *name = g_filename_display_basename (sg_store_get_path (self->store));

  if (g_str_has_suffix (name, ".isms"))
    name[strlen (name) - strlen (".isms")] = '\0';
  return g_steal_pointer (&name);
}

static char *
chosen_path (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL && !g_str_has_suffix (path, ".isms"))
    {
      char *with_suffix = g_strconcat (path, ".isms", NULL);

      g_free (path);
      path = with_suffix;
    }
  return g_steal_pointer (&path);
}

static GtkFileChooserNative *
new_copy_chooser (SgWindow   *self,
                  const char *title,
                  const char *accept,
                  const char *suggested)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *file_name = g_strconcat (suggested, ".isms", NULL);

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         accept, _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  gtk_file_filter_set_name (filter, _("Safeguard registers"));
  gtk_file_filter_add_suffix (filter, "isms");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  return chooser;
}

/* Save a Copy */

static void
copy_saved_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  g_autoptr(SgWindow) self = data;
  g_autoptr(GError) error = NULL;

  if (!sg_store_copy_to_finish (SG_STORE (source), result, &error))
    {
      if (self->toast_overlay != NULL)
        sg_window_show_error (self, _("Could Not Save the Copy"), error->message);
      return;
    }
  if (self->toast_overlay != NULL)
    add_toast (self, _("Copy saved"), 5);
}

static void
save_copy_chosen (SgWindow *self,
                  GFile    *file)
{
  g_autofree char *path = chosen_path (file);

  if (self->store == NULL || path == NULL)
    return;
  sg_store_copy_to_async (self->store, path, NULL, copy_saved_cb, g_object_ref (self));
}

static void
save_copy_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SgWindow *self = SG_WINDOW (widget);
  g_autofree char *stem = NULL;
  g_autofree char *suggested = NULL;

  g_return_if_fail (self->store != NULL);

  stem = register_stem (self);
  /* Translators: the suggested name of a copy of the register %s */
  suggested = g_strdup_printf (_("%s (copy)"), stem);
  sg_window_run_chooser (self, new_copy_chooser (self, _("Save a Copy"), _("_Save"), suggested),
                         save_copy_chosen);
}

/* Freeze a Copy for the Audit */

static void
freeze_copy_chosen (SgWindow *self,
                    GFile    *file)
{
  g_autofree char *path = chosen_path (file);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (self->store == NULL || path == NULL)
    return;
  if (!sg_store_freeze_to (self->store, path, &error))
    {
      sg_window_show_error (self, _("Could Not Freeze the Copy"), error->message);
      return;
    }
  name = g_filename_display_basename (path);
  /* Translators: %s is the frozen copy's file name */
  message = g_strdup_printf (_("“%s” frozen, with its manifest beside it. Give both to the auditor."),
                             name);
  add_toast (self, message, 8);
}

static void
freeze_copy_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SgWindow *self = SG_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *stem = NULL;
  g_autofree char *suggested = NULL;

  g_return_if_fail (self->store != NULL);

  stem = register_stem (self);
  /* Translators: the suggested name of a frozen copy: the register's name, a date */
  suggested = g_strdup_printf (_("%s (audit %s)"), stem, date);
  sg_window_run_chooser (self,
                         new_copy_chooser (self, _("Freeze a Copy for the Audit"), _("_Freeze"),
                                           suggested),
                         freeze_copy_chosen);
}

/* Backups and restoring */

static char *
get_backup_folder (SgWindow *self)
{
  g_autofree char *chosen = NULL;

  if (self->backups != NULL)
    return sg_backup_scheduler_get_folder (self->backups);
  if (self->settings != NULL)
    chosen = g_settings_get_string (self->settings, "backup-folder");
  return sg_backups_folder (sg_store_get_path (self->store), chosen);
}

static void
backup_failed_cb (SgWindow   *self,
                  const char *message)
{
  /* Stays until it is dismissed: a missing backup must not go unnoticed. */
  add_toast (self, message, 0);
}

static void
start_backups (SgWindow *self)
{
  g_clear_object (&self->backups);
  self->backups = sg_backup_scheduler_new (self->store, sg_settings_get ());
  g_signal_connect_object (self->backups, "failed", G_CALLBACK (backup_failed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
restore_response_cb (SgRestoreDialog *dialog,
                     const char      *response,
                     SgWindow        *self)
{
  g_autoptr(SgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *kept = NULL;
  SgApplication *application;
  SgWindow *window;

  if (g_strcmp0 (response, "restore") != 0 || sg_restore_dialog_get_chosen (dialog) == NULL ||
      self->store == NULL)
    return;
  backup = g_strdup (sg_restore_dialog_get_chosen (dialog));
  store = g_object_ref (self->store);
  path = g_strdup (sg_store_get_path (store));
  folder = get_backup_folder (self);
  /* A backup being written is let finish: the register is closed next. */
  sg_window_copies_dispose (self);
  if (!sg_backups_restore (store, backup, folder, &kept, &error) && !sg_store_is_closed (store))
    {
      start_backups (self);
      sg_window_show_error (self, _("Could Not Restore the Backup"), error->message);
      return;
    }

  /* The register was replaced (or, if that failed, closed): a new window
   * shows what is there now, opened before this one goes so that the
   * application keeps running. */
  application = SG_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  {
    g_autoptr(GError) open_error = NULL;
    g_autoptr(SgStore) reopened = sg_store_open (path, SG_STORE_OPEN_EXISTING, &open_error);

    window = sg_window_new (application, reopened);
    gtk_window_present (GTK_WINDOW (window));
    if (reopened == NULL)
      sg_window_show_error (window, _("Could Not Open the Register"), open_error->message);
  }
  gtk_window_destroy (GTK_WINDOW (self));

  if (error != NULL)
    sg_window_show_error (window, _("Could Not Restore the Backup"), error->message);
  else if (window->store != NULL)
    {
      g_autofree char *backup_name = g_filename_display_basename (backup);
      g_autofree char *kept_name = g_filename_display_basename (kept);
      /* Translators: both %s are backups' file names */
      g_autofree char *message =
        g_strdup_printf (_("“%s” restored. The register as it was is kept as the backup “%s”: "
                           "restore that to undo."), backup_name, kept_name);

      add_toast (window, message, 0);
    }
}

static void
restore_backup_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SgWindow *self = SG_WINDOW (widget);
  g_autofree char *folder = NULL;
  SgRestoreDialog *dialog;

  g_return_if_fail (self->store != NULL);

  folder = get_backup_folder (self);
  dialog = sg_restore_dialog_new (GTK_WINDOW (self), sg_store_get_path (self->store), folder);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sg_window_copies_set_store (SgWindow *self)
{
  gboolean writable = !sg_store_is_read_only (self->store);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.freeze-copy", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-backup", writable);

  if (writable)
    {
      start_backups (self);
      return;
    }

  {
    g_autofree char *name = g_filename_display_basename (sg_store_get_path (self->store));
    g_autofree char *manifest = sg_frozen_copy_manifest_path (sg_store_get_path (self->store));
    g_autofree char *message =
      g_file_test (manifest, G_FILE_TEST_EXISTS)
        /* Translators: %s is a file name */
        ? g_strdup_printf (_("“%s” is a frozen copy for an audit and is opened read-only: "
                             "changes are not saved."), name)
        : g_strdup_printf (_("“%s” is opened read-only: changes are not saved."), name);

    add_toast (self, message, 0);
  }
}

void
sg_window_copies_dispose (SgWindow *self)
{
  if (self->backups != NULL)
    sg_backup_scheduler_stop (self->backups);
  g_clear_object (&self->backups);
}

void
sg_window_class_init_copies (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_cb);
  gtk_widget_class_install_action (widget_class, "win.freeze-copy", NULL, freeze_copy_cb);
  gtk_widget_class_install_action (widget_class, "win.restore-backup", NULL, restore_backup_cb);
}
