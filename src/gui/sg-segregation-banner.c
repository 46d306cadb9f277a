/* sg-segregation-banner.c: what the Roles page shows above its list —
 * who holds roles declared incompatible
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-segregation-banner"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-person.h"
#include "sg-record-page.h"
#include "sg-role.h"
#include "sg-segregation-banner.h"
#include "sg-segregation.h"

struct _SgSegregationBanner
{
  GtkWidget   parent_instance;

  SgStore    *store;
  GtkWidget  *box;
  GtkWidget  *title;
  GtkWidget  *list;        /* a button per conflict */
  GPtrArray  *texts;       /* char*: the sentences shown */
  guint       update_id;
};

G_DEFINE_FINAL_TYPE (SgSegregationBanner, sg_segregation_banner, GTK_TYPE_WIDGET)

static GtkWidget *
new_conflict_button (const char *text,
                     SgRecord   *role)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "segregation.open-role");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", sg_record_get_id (role));
  /* Translators: the tooltip of a segregation-of-duties conflict */
  gtk_widget_set_tooltip_text (button, _("Open the role"));
  return button;
}

void
sg_segregation_banner_update (SgSegregationBanner *self)
{
  g_autoptr(GArray) conflicts = NULL;
  GtkWidget *child;

  g_return_if_fail (SG_IS_SEGREGATION_BANNER (self));

  g_clear_handle_id (&self->update_id, g_source_remove);
  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_box_remove (GTK_BOX (self->list), child);
  g_ptr_array_set_size (self->texts, 0);

  conflicts = sg_segregation_find (self->store);
  for (guint i = 0; i < conflicts->len; i++)
    {
      SgSegregationConflict *conflict = &g_array_index (conflicts, SgSegregationConflict, i);
      char *text = sg_segregation_describe (conflict);

      g_ptr_array_add (self->texts, text);
      gtk_box_append (GTK_BOX (self->list), new_conflict_button (text, conflict->role_a));
    }
  gtk_widget_set_visible (self->box, conflicts->len > 0);
}

static gboolean
update_idle_cb (gpointer data)
{
  SgSegregationBanner *self = data;

  self->update_id = 0;
  sg_segregation_banner_update (self);
  return G_SOURCE_REMOVE;
}

/* Edits come in bursts (an undo, an import): look once after them. */
static void
queue_update (SgSegregationBanner *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add (update_idle_cb, self);
}

static void
record_changed_cb (SgSegregationBanner *self,
                   SgRecord            *record,
                   GParamSpec          *pspec)
{
  /* Only a role's people and links, or a person's name, change the text. */
  if (SG_IS_ROLE (record) || (SG_IS_PERSON (record) && g_str_equal (pspec->name, SG_PERSON_NAME)))
    queue_update (self);
}

guint
sg_segregation_banner_get_n_conflicts (SgSegregationBanner *self)
{
  g_return_val_if_fail (SG_IS_SEGREGATION_BANNER (self), 0);

  return self->texts->len;
}

const char *
sg_segregation_banner_get_text (SgSegregationBanner *self,
                                guint                i)
{
  g_return_val_if_fail (SG_IS_SEGREGATION_BANNER (self), NULL);

  return i < self->texts->len ? g_ptr_array_index (self->texts, i) : NULL;
}

static void
open_role_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SgSegregationBanner *self = SG_SEGREGATION_BANNER (widget);
  GtkWidget *page = gtk_widget_get_ancestor (widget, SG_TYPE_RECORD_PAGE);
  SgRecord *role = sg_store_find_by_id (self->store, SG_TYPE_ROLE, g_variant_get_int64 (parameter));

  if (page != NULL && role != NULL)
    sg_record_page_select (SG_RECORD_PAGE (page), role);
}

static void
sg_segregation_banner_dispose (GObject *object)
{
  SgSegregationBanner *self = SG_SEGREGATION_BANNER (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->texts, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_segregation_banner_parent_class)->dispose (object);
}

static void
sg_segregation_banner_class_init (SgSegregationBannerClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sg_segregation_banner_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "segregation.open-role", "x", open_role_cb);
}

static void
sg_segregation_banner_init (SgSegregationBanner *self)
{
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  self->texts = g_ptr_array_new_with_free_func (g_free);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  self->title = gtk_label_new (_("Segregation of duties"));
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_widget_add_css_class (self->title, "heading");
  gtk_box_append (GTK_BOX (heading), icon);
  gtk_box_append (GTK_BOX (heading), self->title);
  self->list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (self->box), heading);
  gtk_box_append (GTK_BOX (self->box), self->list);
  gtk_widget_add_css_class (self->box, "sg-segregation-banner");
  gtk_widget_set_visible (self->box, FALSE);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

GtkWidget *
sg_segregation_banner_new (SgStore *store)
{
  SgSegregationBanner *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_SEGREGATION_BANNER, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (sg_store_get_records (store, SG_TYPE_ROLE), "items-changed",
                           G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sg_store_get_records (store, SG_TYPE_PERSON), "items-changed",
                           G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "record-changed", G_CALLBACK (record_changed_cb), self,
                           G_CONNECT_SWAPPED);
  sg_segregation_banner_update (self);
  return GTK_WIDGET (self);
}
