/* sg-risk-page.c: the risk register — the record page with level columns, filters and the risk editor
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-risk-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-level-style.h"
#include "sg-record-table.h"
#include "sg-risk-editor.h"
#include "sg-risk-page.h"
#include "sg-risk.h"

/* What the risk page adds to an SgRecordPage; lives as long as the page. */
typedef struct
{
  SgStore            *store;
  SgRiskMethod       *method;
  SgRiskFilter       *filter;
  GMenu              *menu;
  GSimpleActionGroup *actions;
  GtkWidget          *table;      /* unowned */
  GtkWidget          *button;     /* unowned */
  GtkWidget          *page;       /* unowned: it owns this */
} RiskPage;

static void
risk_page_free (gpointer data)
{
  RiskPage *rp = data;

  g_clear_object (&rp->filter);
  g_clear_object (&rp->menu);
  g_clear_object (&rp->actions);
  g_clear_object (&rp->method);
  g_clear_object (&rp->store);
  g_free (rp);
}

/* Level columns */

typedef struct
{
  SgRiskMethod *method;
  gboolean      residual;
} LevelColumn;

static SgRiskLevel *
risk_level (SgRiskMethod *method,
            SgRecord     *risk,
            gboolean      residual)
{
  return sg_risk_method_get_level (method,
                                   sg_record_peek_int (risk, residual ? "residual-likelihood"
                                                                      : "inherent-likelihood"),
                                   sg_record_peek_int (risk, residual ? "residual-impact"
                                                                      : "inherent-impact"));
}

static void
level_cell_update (GtkLabel *label)
{
  LevelColumn *lc = g_object_get_data (G_OBJECT (label), "column");
  SgRecord *risk = g_object_get_data (G_OBJECT (label), "record");
  SgRiskLevel *level = risk ? risk_level (lc->method, risk, lc->residual) : NULL;

  gtk_label_set_text (GTK_LABEL (label),
                      level ? sg_record_peek_string (SG_RECORD (level), "name") : "");
  gtk_widget_set_visible (GTK_WIDGET (label), level != NULL);
  sg_level_style_apply (GTK_WIDGET (label), level);
}

static void
level_cell_notify_cb (GtkLabel   *label,
                      GParamSpec *pspec)
{
  if (g_str_has_suffix (pspec->name, "-likelihood") || g_str_has_suffix (pspec->name, "-impact"))
    level_cell_update (label);
}

static void
level_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                LevelColumn              *lc)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "sg-level-cell");
  g_object_set_data (G_OBJECT (label), "column", lc);
  gtk_list_item_set_child (item, label);
}

static void
level_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               LevelColumn              *lc)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  SgRecord *risk = gtk_list_item_get_item (item);
  gulong id;

  g_object_set_data (G_OBJECT (label), "record", risk);
  id = g_signal_connect_swapped (risk, "notify", G_CALLBACK (level_cell_notify_cb), label);
  g_object_set_data (G_OBJECT (label), "notify-id", GSIZE_TO_POINTER (id));
  id = g_signal_connect_swapped (lc->method, "changed", G_CALLBACK (level_cell_update), label);
  g_object_set_data (G_OBJECT (label), "method-id", GSIZE_TO_POINTER (id));
  level_cell_update (GTK_LABEL (label));
}

static void
level_unbind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 LevelColumn              *lc)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  SgRecord *risk = g_object_get_data (G_OBJECT (label), "record");
  gulong id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (label), "notify-id"));
  gulong method_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (label), "method-id"));

  if (risk != NULL && id != 0)
    g_signal_handler_disconnect (risk, id);
  if (method_id != 0)
    g_signal_handler_disconnect (lc->method, method_id);
  g_object_set_data (G_OBJECT (label), "record", NULL);
  g_object_set_data (G_OBJECT (label), "notify-id", NULL);
  g_object_set_data (G_OBJECT (label), "method-id", NULL);
}

static int
level_rank (LevelColumn *lc,
            SgRecord    *risk)
{
  SgRiskLevel *level = risk_level (lc->method, risk, lc->residual);

  return level ? sg_record_peek_int (SG_RECORD (level), "rank") : 0;
}

static int
level_compare_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      data)
{
  LevelColumn *lc = data;
  int ra = level_rank (lc, (SgRecord *) a);
  int rb = level_rank (lc, (SgRecord *) b);

  if (ra == rb)
    return g_strcmp0 (sg_record_get_ref ((SgRecord *) a), sg_record_get_ref ((SgRecord *) b)) < 0
           ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return ra < rb ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
}

static void
level_column_free (gpointer data)
{
  LevelColumn *lc = data;

  g_clear_object (&lc->method);
  g_free (lc);
}

static GtkColumnViewColumn *
new_level_column (SgRiskMethod *method,
                  const char   *title,
                  gboolean      residual)
{
  LevelColumn *lc = g_new0 (LevelColumn, 1);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;
  g_autoptr(GtkSorter) sorter = NULL;

  lc->method = g_object_ref (method);
  lc->residual = residual;
  g_signal_connect (factory, "setup", G_CALLBACK (level_setup_cb), lc);
  g_signal_connect (factory, "bind", G_CALLBACK (level_bind_cb), lc);
  g_signal_connect (factory, "unbind", G_CALLBACK (level_unbind_cb), lc);
  /* The factory lives as long as the column; so does the column's data. */
  g_object_set_data_full (G_OBJECT (factory), "level-column", lc, level_column_free);

  column = gtk_column_view_column_new (title, factory);
  sorter = GTK_SORTER (gtk_custom_sorter_new (level_compare_cb, lc, NULL));
  gtk_column_view_column_set_sorter (column, sorter);
  return column;
}

/* The filter menu */

static void
update_button (RiskPage *rp)
{
  gboolean active = sg_risk_filter_is_active (rp->filter);

  /* A filter that hides risks must not go unnoticed. */
  if (active)
    gtk_widget_add_css_class (rp->button, "accent");
  else
    gtk_widget_remove_css_class (rp->button, "accent");
  gtk_widget_set_tooltip_text (rp->button, active ? _("Filtered: Not All Risks Shown") : _("Filter Risks"));
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
build_menu (RiskPage *rp)
{
  g_autoptr(GMenu) first = g_menu_new ();
  g_autoptr(GMenu) level = g_menu_new ();
  g_autoptr(GMenu) more = g_menu_new ();
  g_autoptr(GMenu) owners = g_menu_new ();
  g_autoptr(GMenu) last = g_menu_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GListModel *risks = sg_store_get_records (rp->store, SG_TYPE_RISK);
  guint n_levels = sg_risk_method_get_n_levels (rp->method);
  guint n = g_list_model_get_n_items (risks);

  /* A new menu each time: GtkPopoverMenu does not follow submenus that change. */
  g_clear_object (&rp->menu);
  rp->menu = g_menu_new ();

  append_radio (level, C_("filter", "Any Level"), "risks.level", "any");
  append_radio (level, _("Above Risk Appetite"), "risks.level", "above");
  for (guint i = 0; i < n_levels; i++)
    {
      g_autofree char *target = g_strdup_printf ("%u", i);
      append_radio (level, sg_record_peek_string (SG_RECORD (sg_risk_method_get_level_nth (rp->method, i)),
                                                  "name"), "risks.level", target);
    }
  g_menu_append_section (rp->menu, _("Level"), G_MENU_MODEL (level));

  append_enum (more, _("Status"), "risks.status", SG_TYPE_RISK_STATUS);
  append_enum (more, _("Treatment"), "risks.treatment", SG_TYPE_TREATMENT);

  append_radio (owners, C_("filter", "Any"), "risks.owner", "");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (risks, i);
      const char *owner = sg_store_peek_name (rp->store, risk, "owner");

      if (owner != NULL && *owner != '\0' && g_hash_table_add (seen, (gpointer) owner))
        g_ptr_array_add (names, (gpointer) owner);
    }
  g_ptr_array_sort (names, compare_strings);
  for (guint i = 0; i < names->len; i++)
    append_radio (owners, g_ptr_array_index (names, i), "risks.owner", g_ptr_array_index (names, i));
  g_menu_append_submenu (more, _("Owner"), G_MENU_MODEL (owners));
  g_menu_append_section (rp->menu, NULL, G_MENU_MODEL (more));

  g_menu_append (first, _("Review Overdue"), "risks.overdue");
  g_menu_append_section (rp->menu, NULL, G_MENU_MODEL (first));
  g_menu_append (last, _("Show All Risks"), "risks.clear-filters");
  g_menu_append_section (rp->menu, NULL, G_MENU_MODEL (last));
}

/* The owners and levels of the moment, each time the menu opens. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       data)
{
  RiskPage *rp = data;

  build_menu (rp);
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (rp->menu));
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
sync_states (RiskPage *rp)
{
  int level = sg_risk_filter_get_level (rp->filter);
  int status = sg_risk_filter_get_status (rp->filter);
  int treatment = sg_risk_filter_get_treatment (rp->filter);
  const char *owner = sg_risk_filter_get_owner (rp->filter);
  g_autofree char *level_target = NULL;
  GAction *action;

  if (level == SG_RISK_FILTER_ANY_LEVEL)
    level_target = g_strdup ("any");
  else if (level == SG_RISK_FILTER_ABOVE_APPETITE)
    level_target = g_strdup ("above");
  else
    level_target = g_strdup_printf ("%d", level);
  action = g_action_map_lookup_action (G_ACTION_MAP (rp->actions), "level");
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (level_target));

  action = g_action_map_lookup_action (G_ACTION_MAP (rp->actions), "status");
  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_string (status < 0 ? "any"
                                                   : g_enum_get_value (g_type_class_peek (SG_TYPE_RISK_STATUS), status)->value_nick));
  action = g_action_map_lookup_action (G_ACTION_MAP (rp->actions), "treatment");
  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_string (treatment < 0 ? "any"
                                                   : g_enum_get_value (g_type_class_peek (SG_TYPE_TREATMENT), treatment)->value_nick));
  action = g_action_map_lookup_action (G_ACTION_MAP (rp->actions), "owner");
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (owner ? owner : ""));
  action = g_action_map_lookup_action (G_ACTION_MAP (rp->actions), "overdue");
  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_boolean (sg_risk_filter_get_overdue (rp->filter)));
  update_button (rp);
  if (rp->page != NULL)
    sg_record_page_update_count (SG_RECORD_PAGE (rp->page));
}

static void
change_level_cb (GSimpleAction *action,
                 GVariant      *value,
                 gpointer       data)
{
  RiskPage *rp = data;
  const char *target = g_variant_get_string (value, NULL);

  if (g_str_equal (target, "any"))
    sg_risk_filter_set_level (rp->filter, SG_RISK_FILTER_ANY_LEVEL);
  else if (g_str_equal (target, "above"))
    sg_risk_filter_set_level (rp->filter, SG_RISK_FILTER_ABOVE_APPETITE);
  else
    sg_risk_filter_set_level (rp->filter, (int) g_ascii_strtoll (target, NULL, 10));
  sync_states (rp);
}

static void
change_status_cb (GSimpleAction *action,
                  GVariant      *value,
                  gpointer       data)
{
  RiskPage *rp = data;

  sg_risk_filter_set_status (rp->filter, enum_from_nick (SG_TYPE_RISK_STATUS,
                                                         g_variant_get_string (value, NULL)));
  sync_states (rp);
}

static void
change_treatment_cb (GSimpleAction *action,
                     GVariant      *value,
                     gpointer       data)
{
  RiskPage *rp = data;

  sg_risk_filter_set_treatment (rp->filter, enum_from_nick (SG_TYPE_TREATMENT,
                                                            g_variant_get_string (value, NULL)));
  sync_states (rp);
}

static void
change_owner_cb (GSimpleAction *action,
                 GVariant      *value,
                 gpointer       data)
{
  RiskPage *rp = data;
  const char *owner = g_variant_get_string (value, NULL);

  sg_risk_filter_set_owner (rp->filter, *owner ? owner : NULL);
  sync_states (rp);
}

static void
change_overdue_cb (GSimpleAction *action,
                   GVariant      *value,
                   gpointer       data)
{
  RiskPage *rp = data;

  sg_risk_filter_set_overdue (rp->filter, g_variant_get_boolean (value), NULL);
  sync_states (rp);
}

static void
clear_filters_cb (GSimpleAction *action,
                  GVariant      *value,
                  gpointer       data)
{
  RiskPage *rp = data;

  sg_risk_filter_clear (rp->filter);
  sync_states (rp);
}

/* The count */

static char *
count_cb (guint    shown,
          guint    total,
          gpointer data)
{
  RiskPage *rp = data;

  if (!sg_risk_filter_is_active (rp->filter) &&
      !sg_record_table_get_searching (SG_RECORD_TABLE (rp->table)))
    return g_strdup_printf (ngettext ("%u risk", "%u risks", total), total);
  /* Translators: shown while searching or filtering, e.g. "12 of 40 risks" */
  return g_strdup_printf (ngettext ("%u of %u risk", "%u of %u risks", total), shown, total);
}

GtkWidget *
sg_risk_page_new (SgStore    *store,
                  const char *title)
{
  static const char * const search_fields[] = { "title", "description", "owner", NULL };
  const GActionEntry entries[] = {
    { "level", NULL, "s", "'any'", change_level_cb },
    { "status", NULL, "s", "'any'", change_status_cb },
    { "treatment", NULL, "s", "'any'", change_treatment_cb },
    { "owner", NULL, "s", "''", change_owner_cb },
    { "overdue", NULL, NULL, "false", change_overdue_cb },
    { "clear-filters", clear_filters_cb },
  };
  RiskPage *rp;
  GtkWidget *page;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  rp = g_new0 (RiskPage, 1);
  rp->store = g_object_ref (store);
  rp->method = g_object_ref (sg_store_get_risk_method (store));
  rp->filter = sg_risk_filter_new (store, rp->method);

  {
    /* In the order people read a register; narrow, the levels stay longest. */
    const SgRecordTableColumn columns[] = {
      { "title", NULL, 0 },
      { "owner", NULL, 3 },
      { "category", NULL, 7 },
      { NULL, new_level_column (rp->method, _("Inherent Level"), FALSE), 1 },
      { NULL, new_level_column (rp->method, _("Residual Level"), TRUE), 2 },
      { "treatment", NULL, 5 },
      { "status", NULL, 4 },
      { "next-review", NULL, 6 },
      { NULL, NULL, 0 },
    };
    rp->table = sg_record_table_new_with_columns (store, SG_TYPE_RISK, columns, search_fields);
  }
  sg_record_table_add_filter (SG_RECORD_TABLE (rp->table), GTK_FILTER (rp->filter));

  page = sg_record_page_new_full (store, SG_TYPE_RISK, title, rp->table,
                                  sg_risk_editor_new (store));

  rp->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (rp->actions), entries, G_N_ELEMENTS (entries), rp);
  gtk_widget_insert_action_group (page, "risks", G_ACTION_GROUP (rp->actions));

  rp->button = gtk_menu_button_new ();
  build_menu (rp);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (rp->button), G_MENU_MODEL (rp->menu));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (rp->button), create_popup_cb, rp, NULL);
  /* An icon: a narrow header has no room for a label. */
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (rp->button), "sg-filter-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (rp->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Filter Risks"), -1);
  sg_record_page_add_header_widget (SG_RECORD_PAGE (page), rp->button);
  update_button (rp);

  rp->page = page;
  g_object_set_data_full (G_OBJECT (page), "sg-risk-page", rp, risk_page_free);
  sg_record_page_set_count_func (SG_RECORD_PAGE (page), count_cb, rp, NULL);
  return page;
}

static RiskPage *
get_risk_page (SgRecordPage *page)
{
  RiskPage *rp = g_object_get_data (G_OBJECT (page), "sg-risk-page");

  g_return_val_if_fail (rp != NULL, NULL);
  return rp;
}

SgRiskFilter *
sg_risk_page_get_filter (SgRecordPage *page)
{
  RiskPage *rp;

  g_return_val_if_fail (SG_IS_RECORD_PAGE (page), NULL);
  rp = get_risk_page (page);
  return rp ? rp->filter : NULL;
}

GMenuModel *
sg_risk_page_get_filter_menu (SgRecordPage *page)
{
  RiskPage *rp;

  g_return_val_if_fail (SG_IS_RECORD_PAGE (page), NULL);
  rp = get_risk_page (page);
  if (rp == NULL)
    return NULL;
  build_menu (rp);
  return G_MENU_MODEL (rp->menu);
}
