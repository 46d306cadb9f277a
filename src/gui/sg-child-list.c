/* sg-child-list.c: a parent's children in its detail pane (an audit's findings), with Add
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-child-list"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-child-list.h"
#include "sg-child-row.h"
#include "sg-format.h"
#include "sg-settings.h"
#include "sg-window.h"

struct _SgChildList
{
  AdwPreferencesGroup  parent_instance;

  GtkWidget           *list_box;
  GtkWidget           *add_button;

  SgStore             *store;
  GType                child_kind;
  GParamSpec          *parent_field;  /* the child's */
  GtkFilter           *filter;        /* owned by the filter model */
  GtkSortListModel    *shown;
  SgRecord            *parent;
};

G_DEFINE_FINAL_TYPE (SgChildList, sg_child_list, ADW_TYPE_PREFERENCES_GROUP)

static gboolean
match_cb (gpointer item,
          gpointer data)
{
  SgChildList *self = data;

  return self->parent != NULL &&
         g_value_get_int64 (sg_record_peek_value (item, self->parent_field)) == sg_record_get_id (self->parent);
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      data)
{
  SgRecord *ra = (SgRecord *) a, *rb = (SgRecord *) b;
  int cmp = sg_natural_compare (sg_record_get_ref (ra), sg_record_get_ref (rb));

  /* Kinds without refs (readings) in the order they were made. */
  if (cmp == 0)
    cmp = (sg_record_get_id (ra) > sg_record_get_id (rb)) - (sg_record_get_id (ra) < sg_record_get_id (rb));
  return cmp < 0 ? GTK_ORDERING_SMALLER : cmp > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/* A child moved to another parent elsewhere leaves this list. */
static void
child_moved_cb (SgChildList *self)
{
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer data)
{
  SgChildList *self = data;
  GtkWidget *row = sg_child_row_new (self->store, item, self->parent_field);

  g_signal_connect_swapped (row, "moved", G_CALLBACK (child_moved_cb), self);
  return row;
}

static void
row_activated_cb (SgChildList   *self,
                  GtkListBoxRow *row)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (SG_IS_CHILD_ROW (row) && SG_IS_WINDOW (root))
    sg_window_show_record (SG_WINDOW (root), sg_child_row_get_record (SG_CHILD_ROW (row)));
}

static void
show_error (SgChildList  *self,
            const GError *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
  else
    g_warning ("%s", error->message);
}

SgRecord *
sg_child_list_add_child (SgChildList *self)
{
  g_autoptr(SgRecord) child = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GValue) id = G_VALUE_INIT;
  GtkRoot *root;

  g_return_val_if_fail (SG_IS_CHILD_LIST (self), NULL);

  if (self->parent == NULL)
    return NULL;
  child = g_object_new (self->child_kind, NULL);
  sg_settings_apply_new_defaults (self->store, G_OBJECT (child));
  g_value_init (&id, G_TYPE_INT64);
  g_value_set_int64 (&id, sg_record_get_id (self->parent));
  sg_record_set_value (child, self->parent_field, &id);
  if (!sg_store_add (self->store, child, &error))
    {
      show_error (self, error);
      return NULL;
    }
  /* A new finding is empty: it opens where it is filled in. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (SG_IS_WINDOW (root))
    sg_window_show_record (SG_WINDOW (root), child);
  return g_steal_pointer (&child);
}

static void
add_clicked_cb (SgChildList *self)
{
  g_autoptr(SgRecord) child = sg_child_list_add_child (self);
}

static void
map_cb (SgChildList *self)
{
  /* Children re-parented on another page while this one was hidden. */
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
sg_child_list_dispose (GObject *object)
{
  SgChildList *self = SG_CHILD_LIST (object);

  if (self->list_box != NULL)
    gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), NULL, NULL, NULL, NULL);
  g_clear_object (&self->shown);
  g_clear_object (&self->parent);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_child_list_parent_class)->dispose (object);
}

static void
sg_child_list_class_init (SgChildListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sg_child_list_dispose;
}

static void
sg_child_list_init (SgChildList *self)
{
}

GtkWidget *
sg_child_list_new (SgStore *store,
                   GType    parent_kind,
                   GType    child_kind)
{
  SgChildList *self;
  SgRecordClass *child_class;
  GtkFilterListModel *filtered;
  GtkWidget *placeholder;
  g_autofree char *add_label = NULL;
  g_autofree char *empty = NULL;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_CHILD_LIST, NULL);
  self->store = g_object_ref (store);
  self->child_kind = child_kind;
  self->parent_field = sg_record_class_find_parent_field (child_kind, parent_kind);
  g_return_val_if_fail (self->parent_field != NULL, GTK_WIDGET (self));
  child_class = g_type_class_peek (child_kind);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self),
                                   sg_record_class_get_plural (child_class));

  /* Only the store's list, filtered: no list of our own to keep in step. */
  self->filter = GTK_FILTER (gtk_custom_filter_new (match_cb, self, NULL));
  filtered = gtk_filter_list_model_new (g_object_ref (sg_store_get_records (store, child_kind)),
                                        self->filter);
  self->shown = gtk_sort_list_model_new (G_LIST_MODEL (filtered),
                                         GTK_SORTER (gtk_custom_sorter_new (compare_cb, NULL, NULL)));

  self->list_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list_box, "boxed-list");
  /* Translators: %s is a plural such as "Findings" */
  empty = g_strdup_printf (_("No %s yet"), sg_record_class_get_plural (child_class));
  placeholder = gtk_label_new (empty);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box), placeholder);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), G_LIST_MODEL (self->shown),
                           create_row_cb, self, NULL);
  g_signal_connect_swapped (self->list_box, "row-activated", G_CALLBACK (row_activated_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->list_box);

  /* An icon: with a label, "Feststellung hinzufügen" leaves the title no
   * room in a narrow window. The tooltip and the name say what it adds. */
  /* Translators: a button; %s is a kind such as "Finding" */
  add_label = g_strdup_printf (_("Add %s"), sg_record_class_get_noun (child_class));
  self->add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_tooltip_text (self->add_button, add_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add_label, -1);
  gtk_widget_add_css_class (self->add_button, "flat");
  gtk_widget_set_valign (self->add_button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (add_clicked_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), self->add_button);

  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
  return GTK_WIDGET (self);
}

void
sg_child_list_set_parent (SgChildList *self,
                          SgRecord    *parent)
{
  g_return_if_fail (SG_IS_CHILD_LIST (self));
  g_return_if_fail (parent == NULL || SG_IS_RECORD (parent));

  if (!g_set_object (&self->parent, parent))
    return;
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

GType
sg_child_list_get_kind (SgChildList *self)
{
  g_return_val_if_fail (SG_IS_CHILD_LIST (self), G_TYPE_INVALID);

  return self->child_kind;
}

GListModel *
sg_child_list_get_shown (SgChildList *self)
{
  g_return_val_if_fail (SG_IS_CHILD_LIST (self), NULL);

  return G_LIST_MODEL (self->shown);
}
