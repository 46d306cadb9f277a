/* sg-risk-filter-button.c: the risk page's filter menu — levels, status, treatment, owner, overdue
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The menu is made anew each time it opens, for the owners and levels of
 * the moment; radio actions in the "risks" group show and set the filter. */
#define G_LOG_DOMAIN "sg-risk-filter-button"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-risk-filter-button.h"
#include "sg-risk.h"

struct _SgRiskFilterButton
{
  GtkWidget           parent_instance;

  SgStore            *store;
  SgRiskMethod       *method;
  SgRiskFilter       *filter;
  GMenu              *menu;
  GSimpleActionGroup *actions;
  GtkWidget          *button;   /* the GtkMenuButton inside */
  SgRecordPage       *page;     /* unowned: the button is in its header */
};

G_DEFINE_FINAL_TYPE (SgRiskFilterButton, sg_risk_filter_button, GTK_TYPE_WIDGET)

static void
update_button (SgRiskFilterButton *self)
{
  gboolean active = sg_risk_filter_is_active (self->filter);

  /* A filter that hides risks must not go unnoticed. */
  if (active)
    gtk_widget_add_css_class (self->button, "accent");
  else
    gtk_widget_remove_css_class (self->button, "accent");
  gtk_widget_set_tooltip_text (self->button, active ? _("Filtered: Not All Risks Shown") : _("Filter Risks"));
}

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

static void
append_enum (GMenu      *menu,
             const char *title,
             const char *action,
             GType       enum_type)
{
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  append_radio (section, C_("filter", "Any"), action, "any");
  for (guint i = 0; i < klass->n_values; i++)
    append_radio (section, sg_enum_get_label (enum_type, klass->values[i].value), action,
                  klass->values[i].value_nick);
  g_menu_append_submenu (menu, title, G_MENU_MODEL (section));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

static void
build_menu (SgRiskFilterButton *self)
{
  g_autoptr(GMenu) first = g_menu_new ();
  g_autoptr(GMenu) level = g_menu_new ();
  g_autoptr(GMenu) more = g_menu_new ();
  g_autoptr(GMenu) owners = g_menu_new ();
  g_autoptr(GMenu) last = g_menu_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GListModel *risks = sg_store_get_records (self->store, SG_TYPE_RISK);
  guint n_levels = sg_risk_method_get_n_levels (self->method);
  guint n = g_list_model_get_n_items (risks);

  /* A new menu each time: GtkPopoverMenu does not follow submenus that change. */
  g_clear_object (&self->menu);
  self->menu = g_menu_new ();

  append_radio (level, C_("filter", "Any Level"), "risks.level", "any");
  append_radio (level, _("Above Risk Appetite"), "risks.level", "above");
  for (guint i = 0; i < n_levels; i++)
    {
      g_autofree char *target = g_strdup_printf ("%u", i);
      append_radio (level, sg_record_peek_string (SG_RECORD (sg_risk_method_get_level_nth (self->method, i)),
                                                  "name"), "risks.level", target);
    }
  g_menu_append_section (self->menu, _("Level"), G_MENU_MODEL (level));

  append_enum (more, _("Status"), "risks.status", SG_TYPE_RISK_STATUS);
  append_enum (more, _("Treatment"), "risks.treatment", SG_TYPE_TREATMENT);

  append_radio (owners, C_("filter", "Any"), "risks.owner", "");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (risks, i);
      const char *owner = sg_store_peek_name (self->store, risk, "owner");

      if (owner != NULL && *owner != '\0' && g_hash_table_add (seen, (gpointer) owner))
        g_ptr_array_add (names, (gpointer) owner);
    }
  g_ptr_array_sort (names, compare_strings);
  for (guint i = 0; i < names->len; i++)
    append_radio (owners, g_ptr_array_index (names, i), "risks.owner", g_ptr_array_index (names, i));
  g_menu_append_submenu (more, _("Owner"), G_MENU_MODEL (owners));
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (more));

  g_menu_append (first, _("Review Overdue"), "risks.overdue");
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (first));
  g_menu_append (last, _("Show All Risks"), "risks.clear-filters");
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (last));
}

/* The owners and levels of the moment, each time the menu opens. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       data)
{
  SgRiskFilterButton *self = SG_RISK_FILTER_BUTTON (data);

  build_menu (self);
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (self->menu));
}

static int
enum_from_nick (GType       enum_type,
                const char *nick)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *value = g_enum_get_value_by_nick (klass, nick);

  return value ? value->value : -1;
}

static void
sync_states (SgRiskFilterButton *self)
{
  int level = sg_risk_filter_get_level (self->filter);
  int status = sg_risk_filter_get_status (self->filter);
  int treatment = sg_risk_filter_get_treatment (self->filter);
  const char *owner = sg_risk_filter_get_owner (self->filter);
  g_autofree char *level_target = NULL;
  GAction *action;

  if (level == SG_RISK_FILTER_ANY_LEVEL)
    level_target = g_strdup ("any");
  else if (level == SG_RISK_FILTER_ABOVE_APPETITE)
    level_target = g_strdup ("above");
  else
    level_target = g_strdup_printf ("%d", level);
  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "level");
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (level_target));

  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "status");
  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_string (status < 0 ? "any"
                                                   : g_enum_get_value (g_type_class_peek (SG_TYPE_RISK_STATUS), status)->value_nick));
  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "treatment");
  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_string (treatment < 0 ? "any"
                                                   : g_enum_get_value (g_type_class_peek (SG_TYPE_TREATMENT), treatment)->value_nick));
  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "owner");
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (owner ? owner : ""));
  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "overdue");
  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_boolean (sg_risk_filter_get_overdue (self->filter)));
  update_button (self);
  if (self->page != NULL)
    sg_record_page_update_count (SG_RECORD_PAGE (self->page));
}

static void
change_level_cb (GSimpleAction *action,
                 GVariant      *value,
                 gpointer       data)
{
  SgRiskFilterButton *self = SG_RISK_FILTER_BUTTON (data);
  const char *target = g_variant_get_string (value, NULL);

  if (g_str_equal (target, "any"))
    sg_risk_filter_set_level (self->filter, SG_RISK_FILTER_ANY_LEVEL);
  else if (g_str_equal (target, "above"))
    sg_risk_filter_set_level (self->filter, SG_RISK_FILTER_ABOVE_APPETITE);
  else
    sg_risk_filter_set_level (self->filter, (int) g_ascii_strtoll (target, NULL, 10));
  sync_states (self);
}

static void
change_status_cb (GSimpleAction *action,
                  GVariant      *value,
                  gpointer       data)
{
  SgRiskFilterButton *self = SG_RISK_FILTER_BUTTON (data);

  sg_risk_filter_set_status (self->filter, enum_from_nick (SG_TYPE_RISK_STATUS,
                                                         g_variant_get_string (value, NULL)));
  sync_states (self);
}

static void
change_treatment_cb (GSimpleAction *action,
                     GVariant      *value,
                     gpointer       data)
{
  SgRiskFilterButton *self = SG_RISK_FILTER_BUTTON (data);

  sg_risk_filter_set_treatment (self->filter, enum_from_nick (SG_TYPE_TREATMENT,
                                                            g_variant_get_string (value, NULL)));
  sync_states (self);
}

static void
change_owner_cb (GSimpleAction *action,
                 GVariant      *value,
                 gpointer       data)
{
  SgRiskFilterButton *self = SG_RISK_FILTER_BUTTON (data);
  const char *owner = g_variant_get_string (value, NULL);

  sg_risk_filter_set_owner (self->filter, *owner ? owner : NULL);
  sync_states (self);
}

static void
change_overdue_cb (GSimpleAction *action,
                   GVariant      *value,
                   gpointer       data)
{
  SgRiskFilterButton *self = SG_RISK_FILTER_BUTTON (data);

  sg_risk_filter_set_overdue (self->filter, g_variant_get_boolean (value), NULL);
  sync_states (self);
}

static void
clear_filters_cb (GSimpleAction *action,
                  GVariant      *value,
                  gpointer       data)
{
  SgRiskFilterButton *self = SG_RISK_FILTER_BUTTON (data);

  sg_risk_filter_clear (self->filter);
  sync_states (self);
}

static void
sg_risk_filter_button_dispose (GObject *object)
{
  SgRiskFilterButton *self = SG_RISK_FILTER_BUTTON (object);

  /* The actions point here: they go with the button. */
  if (self->page != NULL)
    gtk_widget_insert_action_group (GTK_WIDGET (self->page), "risks", NULL);
  self->page = NULL;
  g_clear_pointer (&self->button, gtk_widget_unparent);
  g_clear_object (&self->filter);
  g_clear_object (&self->menu);
  g_clear_object (&self->actions);
  g_clear_object (&self->method);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_risk_filter_button_parent_class)->dispose (object);
}

static void
sg_risk_filter_button_class_init (SgRiskFilterButtonClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sg_risk_filter_button_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
sg_risk_filter_button_init (SgRiskFilterButton *self)
{
}

GtkWidget *
sg_risk_filter_button_new (SgStore      *store,
                           SgRiskFilter *filter,
                           SgRecordPage *page)
{
  const GActionEntry entries[] = {
    { "level", NULL, "s", "'any'", change_level_cb },
    { "status", NULL, "s", "'any'", change_status_cb },
    { "treatment", NULL, "s", "'any'", change_treatment_cb },
    { "owner", NULL, "s", "''", change_owner_cb },
    { "overdue", NULL, NULL, "false", change_overdue_cb },
    { "clear-filters", clear_filters_cb },
  };
  SgRiskFilterButton *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_RISK_FILTER (filter), NULL);
  g_return_val_if_fail (SG_IS_RECORD_PAGE (page), NULL);

  self = g_object_new (SG_TYPE_RISK_FILTER_BUTTON, NULL);
  self->store = g_object_ref (store);
  self->method = g_object_ref (sg_store_get_risk_method (store));
  self->filter = g_object_ref (filter);

  /* On the page: the menu may show elsewhere in it. */
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (page), "risks", G_ACTION_GROUP (self->actions));

  self->button = gtk_menu_button_new ();
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));
  build_menu (self);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->button), G_MENU_MODEL (self->menu));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->button), create_popup_cb, self, NULL);
  /* An icon: a narrow header has no room for a label. */
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->button), "sg-filter-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Filter Risks"), -1);
  update_button (self);
  self->page = page;
  return GTK_WIDGET (self);
}

SgRiskFilter *
sg_risk_filter_button_get_filter (SgRiskFilterButton *self)
{
  g_return_val_if_fail (SG_IS_RISK_FILTER_BUTTON (self), NULL);

  return self->filter;
}

GMenuModel *
sg_risk_filter_button_get_menu (SgRiskFilterButton *self)
{
  g_return_val_if_fail (SG_IS_RISK_FILTER_BUTTON (self), NULL);

  build_menu (self);
  return G_MENU_MODEL (self->menu);
}
