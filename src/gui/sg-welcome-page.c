/* sg-welcome-page.c: what a window shows when no register is open
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-welcome-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-format.h"
#include "sg-welcome-page.h"

#define MAX_RECENT 6

struct _SgWelcomePage
{
  GtkWidget         parent_instance;

  GtkWidget        *status_page;
  GtkWidget        *recent_group;
  GtkWidget        *recent_list;

  GtkRecentManager *recent_manager;
};

G_DEFINE_FINAL_TYPE (SgWelcomePage, sg_welcome_page, GTK_TYPE_WIDGET)

static gboolean
is_register (GtkRecentInfo *info)
{
  return (g_strcmp0 (gtk_recent_info_get_mime_type (info), SG_REGISTER_MIME_TYPE) == 0 ||
          g_str_has_suffix (gtk_recent_info_get_uri (info), ".isms")) &&
         gtk_recent_info_is_local (info) && gtk_recent_info_exists (info);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo **) a;
  GtkRecentInfo *ib = *(GtkRecentInfo **) b;

  return g_date_time_compare (gtk_recent_info_get_modified (ib),
                              gtk_recent_info_get_modified (ia));
}

static void
forget_clicked_cb (GtkButton     *button,
                   SgWelcomePage *self)
{
  const char *uri = g_object_get_data (G_OBJECT (button), "uri");

  /* The list is rebuilt from the recent manager's "changed" signal. */
  gtk_recent_manager_remove_item (self->recent_manager, uri, NULL);
}

static GtkWidget *
new_recent_row (SgWelcomePage *self,
                GtkRecentInfo *info)
{
  const char *uri = gtk_recent_info_get_uri (info);
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *folder = sg_format_folder (path);
  g_autofree char *tooltip = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *forget = gtk_button_new_from_icon_name ("window-close-symbolic");

  if (g_str_has_suffix (basename, ".isms"))
    basename[strlen (basename) - strlen (".isms")] = '\0';

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), basename);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", uri);

  /* Translators: %s is a register's name */
  tooltip = g_strdup_printf (_("Remove “%s” From the List"), basename);
  gtk_widget_set_tooltip_text (forget, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (forget), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_valign (forget, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (forget, "flat");
  g_object_set_data_full (G_OBJECT (forget), "uri", g_strdup (uri), g_free);
  g_signal_connect (forget, "clicked", G_CALLBACK (forget_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), forget);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

GPtrArray *
sg_recent_registers (GtkRecentManager *manager)
{
  GList *items = gtk_recent_manager_get_items (manager);
  GPtrArray *registers = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);

  for (GList *l = items; l != NULL; l = l->next)
    if (is_register (l->data))
      g_ptr_array_add (registers, gtk_recent_info_ref (l->data));
  g_ptr_array_sort (registers, newest_first);
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  return registers;
}

static void
refresh_recent (SgWelcomePage *self)
{
  g_autoptr(GPtrArray) registers = sg_recent_registers (self->recent_manager);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->recent_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->recent_list), child);

  for (guint i = 0; i < registers->len && i < MAX_RECENT; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->recent_list),
                         new_recent_row (self, g_ptr_array_index (registers, i)));
  gtk_widget_set_visible (self->recent_group, registers->len > 0);
}

static void
sg_welcome_page_dispose (GObject *object)
{
  SgWelcomePage *self = SG_WELCOME_PAGE (object);

  if (self->recent_manager != NULL)
    g_signal_handlers_disconnect_by_func (self->recent_manager, refresh_recent, self);
  self->recent_manager = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), SG_TYPE_WELCOME_PAGE);

  G_OBJECT_CLASS (sg_welcome_page_parent_class)->dispose (object);
}

static void
sg_welcome_page_class_init (SgWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_welcome_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/safeguard_isms/Safeguard/ui/sg-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SgWelcomePage, status_page);
  gtk_widget_class_bind_template_child (widget_class, SgWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, SgWelcomePage, recent_list);
}

static void
sg_welcome_page_init (SgWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The default manager lives as long as the program. */
  self->recent_manager = gtk_recent_manager_get_default ();
  g_signal_connect_swapped (self->recent_manager, "changed", G_CALLBACK (refresh_recent), self);
  refresh_recent (self);
}

GtkWidget *
sg_welcome_page_new (void)
{
  return g_object_new (SG_TYPE_WELCOME_PAGE, NULL);
}
