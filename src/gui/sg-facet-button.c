/* sg-facet-button.c: the filter menu of a generic page, one section per facet of its kind
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-facet-button"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-facet-button.h"

struct _SgFacetButton
{
  GtkWidget           parent_instance;

  GtkWidget          *button;
  SgFacetFilter      *filter;
  GSimpleActionGroup *actions;
  GMenu              *menu;
  char               *plural;   /* translated: "Audits" */
};

G_DEFINE_FINAL_TYPE (SgFacetButton, sg_facet_button, GTK_TYPE_WIDGET)

static void
append_radio (GMenu      *section,
              const char *label,
              const char *action,
              const char *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (target));
  g_menu_append_item (section, item);
}

static GMenu *
facet_values (SgFacetButton *self,
              guint          index)
{
  GMenu *values = g_menu_new ();
  g_autofree char *action = g_strdup_printf ("facets.f%u", index);
  g_auto(GStrv) targets = NULL;
  g_auto(GStrv) labels = NULL;

  append_radio (values, C_("filter", "Any"), action, "any");
  sg_facet_filter_list_values (self->filter, index, &targets, &labels);
  for (guint i = 0; targets[i] != NULL; i++)
    append_radio (values, labels[i], action, targets[i]);
  return values;
}

/* Choices and yes/no are short: a titled section each. People and
 * records can be many: a submenu each, together in one section. */
static void
build_menu (SgFacetButton *self)
{
  g_autoptr(GMenu) named = g_menu_new ();
  g_autoptr(GMenu) last = g_menu_new ();
  g_autofree char *show_all = NULL;
  guint n = sg_facet_filter_get_n_facets (self->filter);

  /* A new menu each time: GtkPopoverMenu does not follow submenus that change. */
  g_clear_object (&self->menu);
  self->menu = g_menu_new ();
  if (sg_facet_filter_has_overdue (self->filter))
    {
      g_autoptr(GMenu) due = g_menu_new ();

      /* Translators: in a filter menu, a check item: only records past their due date */
      g_menu_append (due, C_("filter", "Overdue Only"), "facets.overdue");
      g_menu_append_section (self->menu, NULL, G_MENU_MODEL (due));
    }
  for (guint i = 0; i < n; i++)
    {
      GParamSpec *field = sg_facet_filter_get_facet (self->filter, i);
      g_autoptr(GMenu) values = facet_values (self, i);

      if (sg_field_get_kind (field) == SG_FIELD_REFERENCE)
        g_menu_append_submenu (named, sg_field_get_label (field), G_MENU_MODEL (values));
      else
        g_menu_append_section (self->menu, sg_field_get_label (field), G_MENU_MODEL (values));
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (named)) > 0)
    g_menu_append_section (self->menu, NULL, G_MENU_MODEL (named));
  /* Translators: in a filter menu; %s is a plural such as "Audits" */
  show_all = g_strdup_printf (_("Show All %s"), self->plural);
  g_menu_append (last, show_all, "facets.clear");
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (last));
}

static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       data)
{
  SgFacetButton *self = data;

  build_menu (self);
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (self->menu));
}

/* The radio marks and the button follow the filter, whoever set it. */
static void
filter_changed_cb (SgFacetButton *self)
{
  gboolean active = sg_facet_filter_is_active (self->filter);
  g_autofree char *tooltip = NULL;

  for (guint i = 0; i < sg_facet_filter_get_n_facets (self->filter); i++)
    {
      g_autofree char *name = g_strdup_printf ("f%u", i);
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

      g_simple_action_set_state (G_SIMPLE_ACTION (action),
                                 g_variant_new_string (sg_facet_filter_get (self->filter, i)));
    }
  if (sg_facet_filter_has_overdue (self->filter))
    {
      GAction *overdue = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "overdue");

      g_simple_action_set_state (G_SIMPLE_ACTION (overdue),
                                 g_variant_new_boolean (sg_facet_filter_get_overdue (self->filter)));
    }
  /* A filter that hides records must not go unnoticed. */
  if (active)
    {
      gtk_widget_add_css_class (self->button, "accent");
      /* Translators: %s is a plural such as "Audits" */
      tooltip = g_strdup_printf (_("Filtered: Not All %s Shown"), self->plural);
    }
  else
    {
      gtk_widget_remove_css_class (self->button, "accent");
      /* Translators: %s is a plural such as "Audits" */
      tooltip = g_strdup_printf (_("Filter %s"), self->plural);
    }
  gtk_widget_set_tooltip_text (self->button, tooltip);
}

static void
change_facet_cb (GSimpleAction *action,
                 GVariant      *value,
                 gpointer       data)
{
  SgFacetButton *self = data;
  const char *name = g_action_get_name (G_ACTION (action));
  guint64 index = g_ascii_strtoull (name + 1, NULL, 10);

  sg_facet_filter_set (self->filter, (guint) index, g_variant_get_string (value, NULL));
  filter_changed_cb (self);
}

static void
change_overdue_cb (GSimpleAction *action,
                   GVariant      *value,
                   gpointer       data)
{
  SgFacetButton *self = data;

  sg_facet_filter_set_overdue (self->filter, g_variant_get_boolean (value));
  filter_changed_cb (self);
}

static void
clear_cb (GSimpleAction *action,
          GVariant      *value,
          gpointer       data)
{
  SgFacetButton *self = data;

  sg_facet_filter_clear (self->filter);
  filter_changed_cb (self);
}

static void
sg_facet_button_dispose (GObject *object)
{
  SgFacetButton *self = SG_FACET_BUTTON (object);

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, filter_changed_cb, self);
  g_clear_pointer (&self->button, gtk_widget_unparent);
  g_clear_object (&self->actions);
  g_clear_object (&self->menu);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (sg_facet_button_parent_class)->dispose (object);
}

static void
sg_facet_button_finalize (GObject *object)
{
  g_free (SG_FACET_BUTTON (object)->plural);

  G_OBJECT_CLASS (sg_facet_button_parent_class)->finalize (object);
}

static void
sg_facet_button_class_init (SgFacetButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sg_facet_button_dispose;
  object_class->finalize = sg_facet_button_finalize;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
sg_facet_button_init (SgFacetButton *self)
{
}

GtkWidget *
sg_facet_button_new (SgFacetFilter *filter)
{
  const GActionEntry clear_entry[] = { { "clear", clear_cb } };
  SgFacetButton *self;

  g_return_val_if_fail (SG_IS_FACET_FILTER (filter), NULL);

  self = g_object_new (SG_TYPE_FACET_BUTTON, NULL);
  self->filter = g_object_ref (filter);
  self->plural = g_strdup (sg_record_class_get_plural (g_type_class_peek (sg_facet_filter_get_kind (filter))));

  self->actions = g_simple_action_group_new ();
  for (guint i = 0; i < sg_facet_filter_get_n_facets (filter); i++)
    {
      g_autofree char *name = g_strdup_printf ("f%u", i);
      g_autoptr(GSimpleAction) action =
        g_simple_action_new_stateful (name, G_VARIANT_TYPE_STRING, g_variant_new_string ("any"));

      g_signal_connect (action, "change-state", G_CALLBACK (change_facet_cb), self);
      g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (action));
    }
  if (sg_facet_filter_has_overdue (filter))
    {
      g_autoptr(GSimpleAction) overdue =
        g_simple_action_new_stateful ("overdue", NULL, g_variant_new_boolean (FALSE));

      /* A check item: activating it toggles the state. */
      g_signal_connect (overdue, "change-state", G_CALLBACK (change_overdue_cb), self);
      g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (overdue));
    }
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), clear_entry, 1, self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "facets", G_ACTION_GROUP (self->actions));

  self->button = gtk_menu_button_new ();
  /* An icon: a narrow header has no room for a label. */
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->button), "sg-filter-symbolic");
  build_menu (self);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->button), G_MENU_MODEL (self->menu));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->button), create_popup_cb, self, NULL);
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));
  {
    /* Translators: %s is a plural such as "Audits" */
    g_autofree char *label = g_strdup_printf (_("Filter %s"), self->plural);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }
  g_signal_connect_swapped (filter, "changed", G_CALLBACK (filter_changed_cb), self);
  filter_changed_cb (self);
  return GTK_WIDGET (self);
}

SgFacetFilter *
sg_facet_button_get_filter (SgFacetButton *self)
{
  g_return_val_if_fail (SG_IS_FACET_BUTTON (self), NULL);

  return self->filter;
}

GMenuModel *
sg_facet_button_get_menu (SgFacetButton *self)
{
  g_return_val_if_fail (SG_IS_FACET_BUTTON (self), NULL);

  build_menu (self);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->button), G_MENU_MODEL (self->menu));
  return G_MENU_MODEL (self->menu);
}
