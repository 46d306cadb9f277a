/* sg-window-dnd.c: files dropped on the window
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-application.h"
#include "sg-window-private.h"

/* Dropping files: a register opens like a double-clicked one; a
 * spreadsheet (.csv, .xlsx, .ods) on an open register is imported into
 * the kind of the page shown (risks where a page shows no one kind). */

static gboolean
is_spreadsheet (const char *folded_name)
{
  return g_str_has_suffix (folded_name, ".csv") || g_str_has_suffix (folded_name, ".xlsx") ||
         g_str_has_suffix (folded_name, ".ods");
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         SgWindow      *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSList *files = g_value_get_boxed (value);
  gboolean opened = FALSE;

  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *name = g_file_get_basename (l->data);
      g_autofree char *folded = name ? g_utf8_casefold (name, -1) : NULL;

      if (folded != NULL && g_str_has_suffix (folded, ".isms") && SG_IS_APPLICATION (app))
        {
          sg_application_open_file (SG_APPLICATION (app), l->data, self);
          opened = TRUE;
        }
      else if (folded != NULL && is_spreadsheet (folded) && self->store != NULL && !opened)
        {
          sg_window_import_file (self, sg_window_get_import_kind (self), l->data);
          opened = TRUE;
        }
    }
  if (!opened)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay),
                                 adw_toast_new (self->store != NULL ?
                                                  _("Only registers (.isms) and spreadsheets (.csv, .xlsx, .ods) can be dropped here") :
                                                  _("Only registers (.isms) can be dropped here")));
  return opened;
}

void
sg_window_init_dnd (SgWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}
