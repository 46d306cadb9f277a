/* sg-window-chain.c: a register whose change history was changed outside
 * Safeguard opens read-only, says so once, and stays so until the user
 * chooses to continue editing
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-window-private.h"

static void
set_read_only (SgWindow *self,
               gboolean  read_only)
{
  sg_store_set_read_only (self->store, read_only);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->read_only_bar), read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.continue-editing", read_only);
  /* An import would only be refused at its end. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-csv", !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", !read_only);
}

static void
continue_editing (SgWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->chain_check == NULL)
    return;
  if (!sg_store_continue_history (self->store, self->chain_check, &error))
    {
      sg_store_set_read_only (self->store, TRUE);
      sg_window_show_error (self, _("Editing Could Not Continue"), error->message);
      return;
    }
  g_clear_pointer (&self->chain_check, sg_history_check_free);
  set_read_only (self, FALSE);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             SgWindow         *self)
{
  if (g_str_equal (response, "continue"))
    continue_editing (self);
}

static void
ask_to_continue (SgWindow *self)
{
  GtkWidget *dialog;
  g_autofree char *name = g_filename_display_basename (sg_store_get_path (self->store));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Changed Outside Safeguard"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %s is the register's file name, then what was found,
                                   * in English as the command line says it (e.g. "entry 17 (R-003,
                                   * change title, 2026-11-03T10:00:00Z) was altered") */
                                  _("The change history of “%s” does not match the register: "
                                    "%s.\n\nThe file was changed outside Safeguard, with another "
                                    "program. It is open read-only. Compare it with a backup or with "
                                    "the workbook last handed over (its history chain head), or "
                                    "continue editing: your name and the time are recorded, and the "
                                    "check keeps reporting what was changed."),
                                  name, self->chain_check->first_open);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "read-only", _("_Keep Read-Only"),
                                    "continue", _("_Continue Editing"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "continue",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "read-only");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "read-only");
  g_signal_connect_object (dialog, "response", G_CALLBACK (response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
continue_editing_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SgWindow *self = SG_WINDOW (widget);

  if (self->chain_check != NULL)
    ask_to_continue (self);
}

void
sg_window_class_init_chain (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.continue-editing", NULL,
                                   continue_editing_action);
}

void
sg_window_check_chain (SgWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgHistoryCheck) check = NULL;

  g_assert (SG_IS_WINDOW (self));

  check = sg_store_check_history (self->store, &error);
  /* A history that cannot be read is a damaged file, which opening
   * already refused; what was accepted before stays quiet. */
  if (check == NULL || check->n_open == 0)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.continue-editing", FALSE);
      return;
    }
  g_clear_pointer (&self->chain_check, sg_history_check_free);
  self->chain_check = g_steal_pointer (&check);
  set_read_only (self, TRUE);
  ask_to_continue (self);
}
