/* sg-people-header.c: what the People page shows above its list — who
 * may be listed twice, and who you are
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-people-header"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-people-header.h"
#include "sg-person.h"
#include "sg-settings.h"
#include "sg-store-people.h"

struct _SgPeopleHeader
{
  GtkWidget   parent_instance;

  SgStore    *store;
  GtkWidget  *box;
  GtkWidget  *twice_box;
  GtkWidget  *twice_label;
  GtkWidget  *me_box;
  GtkWidget  *me_label;
  guint       n_pairs;
  guint       update_id;
};

G_DEFINE_FINAL_TYPE (SgPeopleHeader, sg_people_header, GTK_TYPE_WIDGET)

void
sg_people_header_update (SgPeopleHeader *self)
{
  g_autoptr(GPtrArray) pairs = NULL;
  SgRecord *me;

  g_return_if_fail (SG_IS_PEOPLE_HEADER (self));

  g_clear_handle_id (&self->update_id, g_source_remove);
  pairs = sg_store_list_near_duplicates (self->store);
  self->n_pairs = pairs->len;
  if (pairs->len > 0)
    {
      /* Translators: above the list of people; a pair of names counts once */
      g_autofree char *text = g_strdup_printf (ngettext ("%u person may be listed twice",
                                                         "%u people may be listed twice", pairs->len),
                                               pairs->len);

      gtk_label_set_text (GTK_LABEL (self->twice_label), text);
    }
  gtk_widget_set_visible (self->twice_box, pairs->len > 0);

  me = sg_settings_find_me (self->store);
  if (me != NULL)
    {
      /* Translators: above the list of people, %s is the user's own name */
      g_autofree char *text = g_strdup_printf (_("You are %s"), sg_record_peek_string (me, SG_PERSON_NAME));

      gtk_label_set_text (GTK_LABEL (self->me_label), text);
    }
  gtk_widget_set_visible (self->me_box, me != NULL);
}

static gboolean
update_idle_cb (gpointer data)
{
  SgPeopleHeader *self = data;

  self->update_id = 0;
  sg_people_header_update (self);
  return G_SOURCE_REMOVE;
}

/* Merging, adding or renaming comes in bursts: count once after them. */
static void
queue_update (SgPeopleHeader *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add (update_idle_cb, self);
}

guint
sg_people_header_get_n_pairs (SgPeopleHeader *self)
{
  g_return_val_if_fail (SG_IS_PEOPLE_HEADER (self), 0);

  return self->n_pairs;
}

static GtkWidget *
new_notice (GtkWidget  **label,
            const char  *button_label,
            const char  *action)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *button = gtk_button_new_with_mnemonic (button_label);

  *label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (*label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (*label), 0);
  gtk_widget_set_hexpand (*label, TRUE);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_box_append (GTK_BOX (box), *label);
  gtk_box_append (GTK_BOX (box), button);
  gtk_widget_add_css_class (box, "sg-people-notice");
  return box;
}

static void
sg_people_header_dispose (GObject *object)
{
  SgPeopleHeader *self = SG_PEOPLE_HEADER (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_people_header_parent_class)->dispose (object);
}

static void
sg_people_header_class_init (SgPeopleHeaderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sg_people_header_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
sg_people_header_init (SgPeopleHeader *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  self->twice_box = new_notice (&self->twice_label, _("_Review…"), "win.review-people");
  self->me_box = new_notice (&self->me_label, _("_My Responsibilities"), "win.my-responsibilities");
  gtk_box_append (GTK_BOX (self->box), self->twice_box);
  gtk_box_append (GTK_BOX (self->box), self->me_box);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

GtkWidget *
sg_people_header_new (SgStore *store)
{
  SgPeopleHeader *self;
  GListModel *people;
  GSettings *settings = sg_settings_get ();

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_PEOPLE_HEADER, NULL);
  self->store = g_object_ref (store);
  people = sg_store_get_records (store, SG_TYPE_PERSON);
  g_signal_connect_object (people, "items-changed", G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  if (settings != NULL)
    g_signal_connect_object (settings, "changed::me", G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  /* A rename is seen when the page is shown again. */
  g_signal_connect (self, "map", G_CALLBACK (sg_people_header_update), NULL);
  sg_people_header_update (self);
  return GTK_WIDGET (self);
}
