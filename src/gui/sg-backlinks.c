/* sg-backlinks.c: in a record's detail pane, the records of another kind that name it (the risks that affect an asset)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-backlinks"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-backlinks.h"
#include "sg-field.h"
#include "sg-format.h"
#include "sg-kinds.h"
#include "sg-person.h"
#include "sg-window.h"

struct _SgBacklinks
{
  AdwPreferencesGroup  parent_instance;

  SgStore             *store;
  GParamSpec          *field;    /* of the kind that names */
  GType                source;   /* that kind */
  SgRecord            *record;   /* the one named */
  GtkWidget           *list_box;
  GPtrArray           *shown;    /* SgRecord*, borrowed */
  guint                update_id;
};

G_DEFINE_FINAL_TYPE (SgBacklinks, sg_backlinks, ADW_TYPE_PREFERENCES_GROUP)

GPtrArray *
sg_backlinks_find_fields (GType kind)
{
  GPtrArray *fields = g_ptr_array_new ();
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);

  for (guint k = 0; k < n_kinds; k++)
    {
      SgRecordClass *klass = g_type_class_peek (kinds[k]);
      guint n;
      GParamSpec **all;

      /* Kinds without a page (a risk level's cells) are parts, not
       * records; a person's links to people are the directory's own
       * business (the person desk). A role declared incompatible with
       * this one is shown from both sides. */
      if ((kinds[k] == kind && kind == SG_TYPE_PERSON) || sg_record_class_get_area (klass) == SG_RECORD_AREA_NONE)
        continue;
      all = sg_record_class_list_fields (klass, &n);
      for (guint i = 0; i < n; i++)
        {
          SgFieldKind field_kind = sg_field_get_kind (all[i]);

          if ((field_kind == SG_FIELD_LINKS || field_kind == SG_FIELD_REFERENCE) &&
              !sg_field_is_parent (all[i]) && !sg_field_is_person (all[i]) &&
              sg_field_get_target (all[i]) == kind)
            g_ptr_array_add (fields, all[i]);
        }
    }
  return fields;
}

static gboolean
names (SgBacklinks *self,
       SgRecord    *candidate,
       gint64       id)
{
  const GValue *value = sg_record_peek_value (candidate, self->field);

  if (value == NULL)
    return FALSE;
  if (G_VALUE_HOLDS_INT64 (value))
    return g_value_get_int64 (value) == id;
  return G_VALUE_HOLDS_VARIANT (value) && g_value_get_variant (value) != NULL &&
         sg_links_contains (g_value_get_variant (value), id);
}

static int
compare_refs (gconstpointer a,
              gconstpointer b)
{
  SgRecord *ra = *(SgRecord **) a;
  SgRecord *rb = *(SgRecord **) b;

  return sg_natural_compare (sg_record_get_ref (ra), sg_record_get_ref (rb));
}

static void
row_activated_cb (SgBacklinks   *self,
                  GtkListBoxRow *row)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  SgRecord *record = g_object_get_data (G_OBJECT (row), "record");

  if (record != NULL && SG_IS_WINDOW (root))
    sg_window_show_record (SG_WINDOW (root), record);
}

static void
update (SgBacklinks *self)
{
  guint n;
  SgRecord *const *records;
  GtkWidget *child;
  gint64 id;

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_ptr_array_set_size (self->shown, 0);
  while ((child = gtk_widget_get_first_child (self->list_box)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list_box), child);
  if (self->record == NULL || sg_store_is_closed (self->store))
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  id = sg_record_get_id (self->record);
  records = sg_store_peek_records (self->store, self->source, &n);
  for (guint i = 0; i < n; i++)
    if (names (self, records[i], id))
      g_ptr_array_add (self->shown, records[i]);
  g_ptr_array_sort (self->shown, compare_refs);

  for (guint i = 0; i < self->shown->len; i++)
    {
      SgRecord *record = g_ptr_array_index (self->shown, i);
      g_autofree char *name = sg_record_dup_display_name (record);
      g_autofree char *escaped = g_markup_escape_text (name != NULL ? name : "", -1);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), TRUE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "record", g_object_ref (record), g_object_unref);
      gtk_list_box_append (GTK_LIST_BOX (self->list_box), row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self), self->shown->len > 0);
}

static gboolean
update_cb (gpointer data)
{
  SgBacklinks *self = data;

  self->update_id = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

/* Edits come in runs (an import): counted once, a moment later. */
static void
update_soon (SgBacklinks *self)
{
  if (self->record != NULL && self->update_id == 0)
    self->update_id = g_idle_add (update_cb, self);
}

static void
record_changed_cb (SgBacklinks *self,
                   SgRecord    *record,
                   GParamSpec  *pspec)
{
  if (G_OBJECT_TYPE (record) == self->source &&
      (pspec == self->field || g_str_equal (pspec->name, "ref") ||
       pspec == sg_record_class_get_title_field (SG_RECORD_GET_CLASS (record))))
    update_soon (self);
}

static void
sg_backlinks_dispose (GObject *object)
{
  SgBacklinks *self = SG_BACKLINKS (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_object (&self->record);
  g_clear_object (&self->store);
  g_clear_pointer (&self->shown, g_ptr_array_unref);

  G_OBJECT_CLASS (sg_backlinks_parent_class)->dispose (object);
}

static void
sg_backlinks_class_init (SgBacklinksClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sg_backlinks_dispose;
}

static void
sg_backlinks_init (SgBacklinks *self)
{
  self->shown = g_ptr_array_new ();
}

GtkWidget *
sg_backlinks_new (SgStore    *store,
                  GParamSpec *field)
{
  SgBacklinks *self;
  g_autofree char *description = NULL;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  self = g_object_new (SG_TYPE_BACKLINKS, NULL);
  self->store = g_object_ref (store);
  self->field = field;
  self->source = field->owner_type;
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self),
                                   sg_record_class_get_plural (g_type_class_peek (self->source)));
  /* Translators: under a heading such as "Risks" in an asset's pane; %s is a field, e.g. "Affected assets" */
  description = g_strdup_printf (_("Each names it under “%s”"), sg_field_get_label (field));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);

  self->list_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list_box, "boxed-list");
  g_signal_connect_swapped (self->list_box, "row-activated", G_CALLBACK (row_activated_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->list_box);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);

  g_signal_connect_object (store, "record-changed", G_CALLBACK (record_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sg_store_get_records (store, self->source), "items-changed",
                           G_CALLBACK (update_soon), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

void
sg_backlinks_set_record (SgBacklinks *self,
                         SgRecord    *record)
{
  g_return_if_fail (SG_IS_BACKLINKS (self));

  g_set_object (&self->record, record);
  update (self);
}

GPtrArray *
sg_backlinks_get_records (SgBacklinks *self)
{
  g_return_val_if_fail (SG_IS_BACKLINKS (self), NULL);

  return self->shown;
}
