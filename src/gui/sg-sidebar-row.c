/* sg-sidebar-row.c: one page in the window's sidebar, with its entry count
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-sidebar-row"

#include "config.h"

#include "sg-sidebar-row.h"

struct _SgSidebarRow
{
  GtkListBoxRow  parent_instance;

  char          *page_name;
  guint          group;
  GtkWidget     *count;   /* NULL for a page without a count */
};

G_DEFINE_FINAL_TYPE (SgSidebarRow, sg_sidebar_row, GTK_TYPE_LIST_BOX_ROW)

static void
sg_sidebar_row_finalize (GObject *object)
{
  SgSidebarRow *self = SG_SIDEBAR_ROW (object);

  g_clear_pointer (&self->page_name, g_free);

  G_OBJECT_CLASS (sg_sidebar_row_parent_class)->finalize (object);
}

static void
sg_sidebar_row_class_init (SgSidebarRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sg_sidebar_row_finalize;
}

static void
sg_sidebar_row_init (SgSidebarRow *self)
{
}

GtkWidget *
sg_sidebar_row_new (const char *page_name,
                    const char *title,
                    guint       group,
                    GListModel *records)
{
  SgSidebarRow *self;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (title);

  g_return_val_if_fail (page_name != NULL, NULL);
  g_return_val_if_fail (records == NULL || G_IS_LIST_MODEL (records), NULL);

  self = g_object_new (SG_TYPE_SIDEBAR_ROW, NULL);
  self->page_name = g_strdup (page_name);
  self->group = group;

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* "Erklärung zur Anwendbarkeit" is read whole, on two lines. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);

  if (records != NULL)
    {
      GtkWidget *count = self->count = gtk_label_new (NULL);

      gtk_widget_add_css_class (count, "dim-label");
      gtk_widget_add_css_class (count, "numeric");
      gtk_box_append (GTK_BOX (box), count);
      g_object_bind_property (records, "n-items", count, "label", G_BINDING_SYNC_CREATE);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return GTK_WIDGET (self);
}

const char *
sg_sidebar_row_get_page_name (SgSidebarRow *self)
{
  g_return_val_if_fail (SG_IS_SIDEBAR_ROW (self), NULL);

  return self->page_name;
}

guint
sg_sidebar_row_get_group (SgSidebarRow *self)
{
  g_return_val_if_fail (SG_IS_SIDEBAR_ROW (self), 0);

  return self->group;
}

void
sg_sidebar_row_set_badge (SgSidebarRow *self,
                          gboolean      urgent,
                          const char   *tooltip)
{
  g_return_if_fail (SG_IS_SIDEBAR_ROW (self));
  g_return_if_fail (self->count != NULL);

  gtk_widget_remove_css_class (self->count, "dim-label");
  gtk_widget_add_css_class (self->count, "sg-sidebar-badge");
  gtk_widget_set_valign (self->count, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->count, tooltip);
  if (urgent)
    gtk_widget_add_css_class (self->count, "sg-sidebar-badge-urgent");
  else
    gtk_widget_remove_css_class (self->count, "sg-sidebar-badge-urgent");
  /* Hidden at zero: an empty badge says nothing. */
  gtk_widget_set_visible (self->count, g_strcmp0 (gtk_label_get_label (GTK_LABEL (self->count)), "0") != 0);
}
