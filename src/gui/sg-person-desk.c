/* sg-person-desk.c: what is on a person's desk — the records that name them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-person-desk"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-person-desk.h"
#include "sg-window.h"

struct _SgPersonDesk
{
  AdwPreferencesGroup  parent_instance;

  SgStore             *store;
  GPtrArray           *kinds;     /* AdwExpanderRow*, one per kind, the group's rows */
  GPtrArray           *rows;      /* AdwActionRow*, one per record, inside them */
  GPtrArray           *records;   /* SgRecord*, what each of @rows opens */
};

G_DEFINE_FINAL_TYPE (SgPersonDesk, sg_person_desk, ADW_TYPE_PREFERENCES_GROUP)

static void
row_activated_cb (AdwActionRow *row,
                  SgPersonDesk *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  guint index;

  if (!g_ptr_array_find (self->rows, row, &index) || !SG_IS_WINDOW (root))
    return;
  sg_window_show_record (SG_WINDOW (root), g_ptr_array_index (self->records, index));
}

static void
clear (SgPersonDesk *self)
{
  for (guint i = 0; i < self->kinds->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->kinds, i));
  g_ptr_array_set_size (self->kinds, 0);
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->records, 0);
}

void
sg_person_desk_set_person (SgPersonDesk *self,
                           SgRecord     *person)
{
  g_autoptr(GArray) mentions = NULL;
  GtkWidget *expander = NULL;
  GType kind = G_TYPE_INVALID;
  guint in_kind = 0;

  g_return_if_fail (SG_IS_PERSON_DESK (self));

  clear (self);
  if (person == NULL)
    return;

  mentions = sg_store_list_mentions (self->store, person);
  for (guint i = 0; i < mentions->len; i++)
    {
      SgStoreMention *m = &g_array_index (mentions, SgStoreMention, i);
      g_autofree char *name = sg_record_dup_display_name (m->record);
      GtkWidget *row = adw_action_row_new ();

      /* The records of one kind under one row that says how many: a CISO
       * is named by dozens of them. */
      if (G_OBJECT_TYPE (m->record) != kind)
        {
          kind = G_OBJECT_TYPE (m->record);
          in_kind = 0;
          expander = adw_expander_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander),
                                         sg_record_class_get_plural (SG_RECORD_GET_CLASS (m->record)));
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), expander);
          g_ptr_array_add (self->kinds, expander);
        }
      in_kind++;
      {
        g_autofree char *count = g_strdup_printf (ngettext ("%u entry", "%u entries", in_kind), in_kind);

        adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), count);
      }

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sg_field_get_label (m->field));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
      g_ptr_array_add (self->rows, row);
      g_ptr_array_add (self->records, g_object_ref (m->record));
    }
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         mentions->len == 0 ? _("Nothing in the register names this person yet.")
                                                            : NULL);
}

guint
sg_person_desk_get_n_items (SgPersonDesk *self)
{
  g_return_val_if_fail (SG_IS_PERSON_DESK (self), 0);

  return self->rows->len;
}

static void
sg_person_desk_dispose (GObject *object)
{
  SgPersonDesk *self = SG_PERSON_DESK (object);

  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_person_desk_parent_class)->dispose (object);
}

static void
sg_person_desk_class_init (SgPersonDeskClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sg_person_desk_dispose;
}

static void
sg_person_desk_init (SgPersonDesk *self)
{
  self->kinds = g_ptr_array_new ();
  self->rows = g_ptr_array_new ();
  self->records = g_ptr_array_new_with_free_func (g_object_unref);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Responsible For"));
}

GtkWidget *
sg_person_desk_new (SgStore *store)
{
  SgPersonDesk *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_PERSON_DESK, NULL);
  self->store = g_object_ref (store);
  return GTK_WIDGET (self);
}
