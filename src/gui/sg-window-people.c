/* sg-window-people.c: the window's people actions — who may be listed
 * twice, and "My Responsibilities"
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-duplicates-dialog.h"
#include "sg-people-header.h"
#include "sg-person-competence.h"
#include "sg-person.h"
#include "sg-record-page.h"
#include "sg-settings.h"
#include "sg-store-people.h"
#include "sg-window-private.h"

static void
review_people_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SgWindow *self = SG_WINDOW (widget);
  GtkWidget *dialog;

  if (self->store == NULL)
    return;
  dialog = sg_duplicates_dialog_new (GTK_WINDOW (self), self->store);
  /* The count above the list follows what was decided. */
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (sg_window_people_update_header),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
choose_me_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       SgWindow         *self)
{
  if (g_str_equal (response, "preferences"))
    gtk_widget_activate_action (GTK_WIDGET (self), "app.preferences", NULL);
}

static void
my_responsibilities_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SgWindow *self = SG_WINDOW (widget);
  SgRecord *me;
  GtkWidget *dialog;

  if (self->store == NULL)
    return;
  me = sg_settings_find_me (self->store);
  if (me != NULL)
    {
      sg_window_show_record (self, me);
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Who Are You?"),
                                   _("Say in Preferences which person of the directory you are, "
                                     "and this shows what you own and hold."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "preferences", _("Open _Preferences"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "preferences",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "preferences");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (choose_me_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sg_window_class_init_people (GtkWidgetClass *widget_class)
{
  sg_person_competence_install_marks ();
  gtk_widget_class_install_action (widget_class, "win.review-people", NULL, review_people_cb);
  gtk_widget_class_install_action (widget_class, "win.my-responsibilities", NULL, my_responsibilities_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.my-responsibilities", NULL);
}

void
sg_window_people_update_header (SgWindow *self)
{
  if (self->people_header != NULL)
    sg_people_header_update (SG_PEOPLE_HEADER (self->people_header));
}

void
sg_window_people_add_header (SgWindow  *self,
                             GtkWidget *page)
{
  GtkWidget *header = sg_people_header_new (self->store);

  sg_record_page_add_list_header (SG_RECORD_PAGE (page), header);
  g_set_weak_pointer (&self->people_header, header);
}

guint
sg_window_people_count_near_duplicates (SgWindow *self)
{
  g_autoptr(GPtrArray) pairs = NULL;

  if (self->store == NULL)
    return 0;
  pairs = sg_store_list_near_duplicates (self->store);
  return pairs->len;
}
