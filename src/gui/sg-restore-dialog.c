/* sg-restore-dialog.c: "Restore from Backup…" — the backups of a
 * register with their dates and record counts, one to choose
 *
 * The counts come from opening each backup read-only, which takes a
 * moment for a large register: a thread counts them, and the rows say
 * "Counting records…" until it is done.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-restore-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-backups.h"
#include "sg-restore-dialog.h"
#include "sg-store-copies.h"

struct _SgRestoreDialog
{
  AdwMessageDialog  parent_instance;

  GPtrArray        *backups;   /* SgBackup*, newest first */
  GPtrArray        *rows;      /* AdwActionRow*, one per backup */
  GtkCheckButton   *first_check;
  int               chosen;    /* index into @backups, or -1 */
  GCancellable     *cancellable;
};

G_DEFINE_FINAL_TYPE (SgRestoreDialog, sg_restore_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* Counting, in a thread: one count per backup, -1 for one that does not open. */
static void
count_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  GStrv paths = data;
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(SgStore) store = NULL;
      gint64 n = -1;

      if (g_cancellable_is_cancelled (cancellable))
        break;
      store = sg_store_open (paths[i], SG_STORE_OPEN_READ_ONLY, NULL);
      if (store != NULL)
        n = sg_store_count_records (store);
      g_array_append_val (counts, n);
    }
  g_task_return_pointer (task, g_steal_pointer (&counts), (GDestroyNotify) g_array_unref);
}

static void
counted_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(GArray) counts = g_task_propagate_pointer (G_TASK (result), NULL);
  SgRestoreDialog *self;

  if (counts == NULL || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  self = SG_RESTORE_DIALOG (source);
  for (guint i = 0; i < counts->len && i < self->rows->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (self->rows, i);
      SgBackup *backup = g_ptr_array_index (self->backups, i);
      gint64 n = g_array_index (counts, gint64, i);
      g_autofree char *count = NULL;
      g_autofree char *subtitle = NULL;

      if (n < 0)
        count = g_strdup (_("Cannot be read"));
      else
        /* Translators: the number of records in a backup */
        count = g_strdup_printf (ngettext ("%'u record", "%'u records", (gulong) n), (guint) n);
      if (!backup->daily)
        /* Translators: "1,234 records · kept before a restore" */
        subtitle = g_strdup_printf (_("%s · kept before a restore"), count);
      else
        subtitle = g_steal_pointer (&count);
      adw_action_row_set_subtitle (row, subtitle);
      gtk_widget_set_sensitive (GTK_WIDGET (row), n >= 0);
    }
}

static void
check_toggled_cb (GtkCheckButton  *check,
                  SgRestoreDialog *self)
{
  if (!gtk_check_button_get_active (check))
    return;
  for (guint i = 0; i < self->rows->len; i++)
    if (adw_action_row_get_activatable_widget (g_ptr_array_index (self->rows, i)) == GTK_WIDGET (check))
      self->chosen = i;
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "restore", self->chosen >= 0);
}

static char *
format_when (SgBackup *backup)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (backup->mtime);

  /* Translators: when a backup was made, see strftime(3) */
  return g_date_time_format (when, _("%A, %-d %B %Y, %H:%M"));
}

static GtkWidget *
build_list (SgRestoreDialog *self)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < self->backups->len; i++)
    {
      SgBackup *backup = g_ptr_array_index (self->backups, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *title = format_when (backup);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Counting records…"));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      if (self->first_check == NULL)
        self->first_check = GTK_CHECK_BUTTON (check);
      else
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), self->first_check);
      g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  return scrolled;
}

SgRestoreDialog *
sg_restore_dialog_new (GtkWindow  *parent,
                       const char *register_path,
                       const char *folder)
{
  SgRestoreDialog *self;
  g_autofree char *name = NULL;
  g_autofree char *folder_name = NULL;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GStrvBuilder) paths = g_strv_builder_new ();

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (register_path != NULL && folder != NULL, NULL);

  self = g_object_new (SG_TYPE_RESTORE_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "heading", _("Restore from Backup"),
                       NULL);
  self->backups = sg_backups_list (folder, register_path);
  name = g_filename_display_basename (register_path);
  folder_name = g_filename_display_name (folder);

  if (self->backups->len == 0)
    {
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self),
                                      _("There are no backups of “%s” in “%s” yet. Safeguard makes one "
                                        "each day a register is open."), name, folder_name);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self), "cancel", _("_Close"));
      return self;
    }

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self),
                                  _("Choose the backup that replaces “%s”. The register as it is now "
                                    "is kept as a backup first: to undo the restore, restore that copy."),
                                  name);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), build_list (self));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "restore", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");

  for (guint i = 0; i < self->backups->len; i++)
    g_strv_builder_add (paths, ((SgBackup *) g_ptr_array_index (self->backups, i))->path);
  task = g_task_new (self, self->cancellable, counted_cb, NULL);
  g_task_set_task_data (task, g_strv_builder_end (paths), (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, count_thread);
  return self;
}

const char *
sg_restore_dialog_get_chosen (SgRestoreDialog *self)
{
  g_return_val_if_fail (SG_IS_RESTORE_DIALOG (self), NULL);

  if (self->chosen < 0 || (guint) self->chosen >= self->backups->len)
    return NULL;
  return ((SgBackup *) g_ptr_array_index (self->backups, self->chosen))->path;
}

guint
sg_restore_dialog_get_n_backups (SgRestoreDialog *self)
{
  g_return_val_if_fail (SG_IS_RESTORE_DIALOG (self), 0);

  return self->backups ? self->backups->len : 0;
}

static void
sg_restore_dialog_dispose (GObject *object)
{
  SgRestoreDialog *self = SG_RESTORE_DIALOG (object);

  g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (sg_restore_dialog_parent_class)->dispose (object);
}

static void
sg_restore_dialog_finalize (GObject *object)
{
  SgRestoreDialog *self = SG_RESTORE_DIALOG (object);

  g_clear_pointer (&self->backups, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (sg_restore_dialog_parent_class)->finalize (object);
}

static void
sg_restore_dialog_class_init (SgRestoreDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sg_restore_dialog_dispose;
  object_class->finalize = sg_restore_dialog_finalize;
}

static void
sg_restore_dialog_init (SgRestoreDialog *self)
{
  self->rows = g_ptr_array_new ();
  self->chosen = -1;
  self->cancellable = g_cancellable_new ();
}
