/* sg-due-page.c: what is overdue or due soon, whose it is, one click from its record
 *
 * The list comes from sg_due_list (); this page only shows it: overdue
 * first, then what comes within the days set in Preferences, filtered by
 * whose it is (Only Mine: "You" in Preferences, or anyone in the filter
 * menu) and by the kind of record. It is computed again when the page is
 * shown and when records are added or removed.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-due-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-due-page.h"
#include "sg-due.h"
#include "sg-field-codec.h"
#include "sg-kinds.h"
#include "sg-person.h"
#include "sg-settings.h"
#include "sg-window.h"

/* More rows than anyone reads; the rest is counted, and "Only Mine"
 * narrows it. */
#define MAX_ROWS 300

struct _SgDuePage
{
  SgPage      parent_instance;

  SgStore    *store;
  GListStore *items;        /* SgRecord, one per item listed */
  GtkWidget  *content;
  GtkWidget  *header;
  GtkWidget  *sidebar_button;
  GtkWidget  *title;
  GtkWidget  *mine_button;
  GtkWidget  *filter_button;
  GSimpleActionGroup *actions;
  char       *person;       /* the id of the person shown, "" for everyone */
  char       *kind;         /* the type name of the kind shown, "" for every kind */
  GtkWidget  *stack;
  GtkWidget  *groups;       /* a vertical box of the two groups */
  GtkWidget  *overdue_group;
  GtkWidget  *soon_group;
  GPtrArray  *rows;         /* AdwActionRow* */
  GPtrArray  *records;      /* SgRecord*, what each of @rows opens */
  GPtrArray  *badges;       /* GtkLabel*, how late each of @rows is */
  GPtrArray  *subtitles;    /* char*, two per row: the wide and the narrow subtitle */
  guint       refresh_id;
  guint       n_overdue;    /* of those listed */
  gboolean    announced;    /* the first count was compared with the last run */
};

G_DEFINE_FINAL_TYPE (SgDuePage, sg_due_page, SG_TYPE_PAGE)

enum {
  PROP_0,
  PROP_N_OVERDUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
due_days (void)
{
  GSettings *settings = sg_settings_get ();

  return settings != NULL ? g_settings_get_int (settings, "due-days") : 30;
}

static void
row_activated_cb (AdwActionRow *row,
                  SgDuePage    *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  guint index;

  if (g_ptr_array_find (self->rows, row, &index) && SG_IS_WINDOW (root))
    sg_window_show_record (SG_WINDOW (root), g_ptr_array_index (self->records, index));
}

/* "3 days overdue", "today", "in 5 days". */
static char *
describe_when (const char *date,
               const char *today)
{
  GDate d, t;
  int days;

  g_date_clear (&d, 1);
  g_date_clear (&t, 1);
  g_date_set_parse (&d, date);
  g_date_set_parse (&t, today);
  if (!g_date_valid (&d) || !g_date_valid (&t))
    return g_strdup ("");
  days = g_date_days_between (&t, &d);
  if (days < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day overdue", "%d days overdue", -days), -days);
  if (days == 0)
    return g_strdup (_("today"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %d day", "in %d days", days), days);
}

/* Wide, how late a row is stands at its end; in a narrow window that
 * label would squeeze the title into a column of words, so it leads the
 * subtitle instead. */
static void
apply_width (SgDuePage *self,
             guint      index)
{
  gboolean narrow = sg_page_get_sidebar_folded (SG_PAGE (self));

  gtk_widget_set_visible (g_ptr_array_index (self->badges, index), !narrow);
  adw_action_row_set_subtitle (g_ptr_array_index (self->rows, index),
                               g_ptr_array_index (self->subtitles, 2 * index + (narrow ? 1 : 0)));
}

static GtkWidget *
new_row (SgDuePage  *self,
         SgDueItem  *item,
         const char *today)
{
  g_autofree char *name = sg_record_dup_display_name (item->record);
  g_autofree char *date = sg_field_format_date (item->date);
  g_autofree char *when = describe_when (item->date, today);
  const char *person = item->person != NULL ? sg_record_peek_string (item->person, SG_PERSON_NAME) : NULL;
  g_autofree char *title = NULL;
  char *subtitle, *narrow;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *badge = gtk_label_new (when);

  /* Translators: what is due, then the record: "Risk review: R-004 Flooding" */
  title = g_strdup_printf (_("%s: %s"), _(item->what), name);
  /* Translators: the due date, then whose it is */
  subtitle = person != NULL ? g_strdup_printf (_("%s · %s"), date, person) : g_strdup (date);
  /* Translators: how late, then the due date and whose it is: "3 days overdue · 2026-12-01 · Jana Petersen" */
  narrow = g_strdup_printf (_("%s · %s"), when, subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);

  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (badge, "caption");
  if (item->overdue)
    gtk_widget_add_css_class (badge, "error");
  else
    gtk_widget_add_css_class (badge, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  g_ptr_array_add (self->rows, row);
  g_ptr_array_add (self->records, item->record);
  g_ptr_array_add (self->badges, badge);
  g_ptr_array_add (self->subtitles, subtitle);
  g_ptr_array_add (self->subtitles, narrow);
  apply_width (self, self->rows->len - 1);
  return row;
}

static void
add_more_row (GtkWidget *group,
              guint      n_more)
{
  g_autofree char *text =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more, not shown", "%u more, not shown", n_more), n_more);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

/* The day what is due in the register at @path was last counted, from
 * the setting that keeps one per register; "" if never. */
static char *
dup_counted_on (GSettings  *settings,
                const char *path)
{
  g_autoptr(GVariant) counted = g_settings_get_value (settings, "due-counted");
  const char *date = NULL;

  if (!g_variant_lookup (counted, path, "&s", &date))
    return g_strdup ("");
  return g_strdup (date);
}

/* Remembers @today for @path, and forgets registers that are gone. */
static void
set_counted_on (GSettings  *settings,
                const char *path,
                const char *today)
{
  g_autoptr(GVariant) counted = g_settings_get_value (settings, "due-counted");
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{ss}"));
  GVariantIter iter;
  const char *key, *value;

  g_variant_iter_init (&iter, counted);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    if (strcmp (key, path) != 0 && g_file_test (key, G_FILE_TEST_EXISTS))
      g_variant_builder_add (&builder, "{ss}", key, value);
  g_variant_builder_add (&builder, "{ss}", path, today);
  g_settings_set_value (settings, "due-counted", g_variant_builder_end (&builder));
}

/* Once per start: what became overdue in this register since Safeguard
 * last counted it, as a desktop notification that opens this page. The
 * days since then are counted once: the next start counts from today,
 * so nothing is announced twice. */
static void
announce (SgDuePage  *self,
          GPtrArray  *items,
          const char *today)
{
  GSettings *settings = sg_settings_get ();
  GApplication *app = g_application_get_default ();
  const char *path = sg_store_get_path (self->store);
  g_autofree char *since = NULL;
  guint n;

  self->announced = TRUE;
  if (settings == NULL || path == NULL || sg_store_is_read_only (self->store))
    return;
  since = dup_counted_on (settings, path);
  if (strcmp (since, today) >= 0)
    return;
  set_counted_on (settings, path, today);
  if (*since == '\0' || app == NULL || !g_application_get_is_registered (app))
    return;
  n = sg_due_count_overdue_since (items, since);
  if (n > 0)
    {
      g_autoptr(GNotification) notification = g_notification_new (_("Something Became Overdue"));
      g_autofree char *name = g_filename_display_basename (path);
      g_autofree char *body = NULL;
      g_autofree char *id = g_strconcat ("due-", path, NULL);

      if (g_str_has_suffix (name, ".isms"))
        name[strlen (name) - strlen (".isms")] = '\0';
      /* Translators: %u is a number, %s a register's name */
      body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u item in “%s” became overdue since Safeguard last ran. The Due page lists it.",
                                           "%u items in “%s” became overdue since Safeguard last ran. The Due page lists them.",
                                           n), n, name);
      g_notification_set_body (notification, body);
      g_notification_set_default_action_and_target (notification, "app.show-due", "s", path);
      g_application_send_notification (app, id, notification);
    }
}

/* The kinds and people of @items, for the filter menu: who has how many. */
static void
append_radio (GMenu      *menu,
              const char *label,
              const char *action,
              const char *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (target));
  g_menu_append_item (menu, item);
}

static int
by_label (gconstpointer a,
          gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

static void
build_filter_menu (SgDuePage *self,
                   GPtrArray *items,
                   SgRecord  *me)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) whose = g_menu_new ();
  g_autoptr(GMenu) people = g_menu_new ();
  g_autoptr(GMenu) kinds = g_menu_new ();
  g_autoptr(GMenu) last = g_menu_new ();
  g_autoptr(GHashTable) seen_people = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) seen_kinds = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) person_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) kind_labels = g_ptr_array_new_with_free_func (g_free);
  /* How many items each person and each kind (by GType) has. */
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  gboolean nobody = FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      SgDueItem *item = g_ptr_array_index (items, i);
      GType kind = G_OBJECT_TYPE (item->record);

      if (item->person != NULL)
        g_hash_table_insert (counts, item->person,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, item->person)) + 1));
      g_hash_table_insert (counts, GSIZE_TO_POINTER (kind),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, GSIZE_TO_POINTER (kind))) + 1));
      if (item->person == NULL)
        nobody = TRUE;
      else if (g_hash_table_add (seen_people, item->person))
        /* "name\nid": sorted by name, the id after the line break. */
        g_ptr_array_add (person_labels,
                         g_strdup_printf ("%s\n%" G_GINT64_FORMAT,
                                          sg_record_peek_string (item->person, SG_PERSON_NAME),
                                          sg_record_get_id (item->person)));
      if (g_hash_table_add (seen_kinds, GSIZE_TO_POINTER (kind)))
        g_ptr_array_add (kind_labels,
                         g_strdup_printf ("%s\n%s", sg_record_class_get_plural (g_type_class_peek (kind)),
                                          g_type_name (kind)));
    }
  g_ptr_array_sort (person_labels, by_label);
  g_ptr_array_sort (kind_labels, by_label);

  append_radio (whose, C_("due filter", "Everyone"), "due.person", "");
  if (me != NULL)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, sg_record_get_id (me));
      /* Translators: in the Due page's filter menu; %s is the user's name */
      g_autofree char *label = g_strdup_printf (_("Mine (%s)"), sg_record_peek_string (me, SG_PERSON_NAME));

      append_radio (whose, label, "due.person", id);
    }
  for (guint i = 0; i < person_labels->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (person_labels, i), "\n", 2);
      SgRecord *person = sg_store_find_by_id (self->store, SG_TYPE_PERSON, g_ascii_strtoll (parts[1], NULL, 10));
      /* Translators: in the Due page's filter menu: a name or kind, then how many items it has */
      g_autofree char *label = g_strdup_printf (C_("due filter", "%s (%u)"), parts[0],
                                                GPOINTER_TO_UINT (g_hash_table_lookup (counts, person)));

      append_radio (people, label, "due.person", parts[1]);
    }
  if (nobody)
    append_radio (people, C_("due filter", "Nobody Named"), "due.person", "-");
  if (g_menu_model_get_n_items (G_MENU_MODEL (people)) > 0)
    g_menu_append_submenu (whose, C_("due filter", "Person"), G_MENU_MODEL (people));
  g_menu_append_section (menu, C_("due filter", "Whose"), G_MENU_MODEL (whose));

  append_radio (kinds, C_("due filter", "Every Kind"), "due.kind", "");
  for (guint i = 0; i < kind_labels->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (kind_labels, i), "\n", 2);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GSIZE_TO_POINTER (g_type_from_name (parts[1]))));
      g_autofree char *label = g_strdup_printf (C_("due filter", "%s (%u)"), parts[0], n);

      append_radio (kinds, label, "due.kind", parts[1]);
    }
  g_menu_append_section (menu, C_("due filter", "What"), G_MENU_MODEL (kinds));
  g_menu_append (last, C_("due filter", "Show Everything"), "due.clear");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (last));
  /* A new menu each time: GtkPopoverMenu does not follow menus that change. */
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->filter_button), G_MENU_MODEL (menu));
}

static void mine_toggled_cb (SgDuePage *self);

static gboolean
is_shown (SgDuePage *self,
          SgDueItem *item)
{
  if (*self->kind != '\0' && strcmp (g_type_name (G_OBJECT_TYPE (item->record)), self->kind) != 0)
    return FALSE;
  if (*self->person == '\0')
    return TRUE;
  if (strcmp (self->person, "-") == 0)
    return item->person == NULL;
  return item->person != NULL &&
         g_ascii_strtoll (self->person, NULL, 10) == sg_record_get_id (item->person);
}

void
sg_due_page_refresh (SgDuePage *self)
{
  g_autofree char *today = sg_date_today ();
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autofree char *subtitle = NULL;
  g_autofree char *soon_title = NULL;
  g_autofree char *me_id = NULL;
  SgRecord *me = NULL;
  guint n_overdue = 0, n_soon = 0, shown_overdue = 0, shown_soon = 0;
  int days = due_days ();
  gboolean filtered;

  g_return_if_fail (SG_IS_DUE_PAGE (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  me = sg_settings_find_me (self->store);
  me_id = me != NULL ? g_strdup_printf ("%" G_GINT64_FORMAT, sg_record_get_id (me)) : g_strdup ("");
  gtk_widget_set_visible (self->mine_button, me != NULL);
  /* Only Mine is the person filter set to "You". */
  g_signal_handlers_block_by_func (self->mine_button, mine_toggled_cb, self);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->mine_button),
                                me != NULL && strcmp (self->person, me_id) == 0);
  g_signal_handlers_unblock_by_func (self->mine_button, mine_toggled_cb, self);
  filtered = *self->person != '\0' || *self->kind != '\0';
  if (filtered)
    gtk_widget_add_css_class (self->filter_button, "accent");
  else
    gtk_widget_remove_css_class (self->filter_button, "accent");

  /* The groups are built anew: drop them and their rows. */
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->records, 0);
  g_ptr_array_set_size (self->badges, 0);
  g_ptr_array_set_size (self->subtitles, 0);
  if (self->overdue_group != NULL)
    gtk_box_remove (GTK_BOX (self->groups), self->overdue_group);
  if (self->soon_group != NULL)
    gtk_box_remove (GTK_BOX (self->groups), self->soon_group);
  self->overdue_group = adw_preferences_group_new ();
  self->soon_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->overdue_group), _("Overdue"));
  soon_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due Within %d Day", "Due Within %d Days", days), days);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->soon_group), soon_title);
  gtk_box_append (GTK_BOX (self->groups), self->overdue_group);
  gtk_box_append (GTK_BOX (self->groups), self->soon_group);

  items = sg_due_list (self->store, today, (guint) days);
  if (!self->announced)
    announce (self, items, today);
  build_filter_menu (self, items, me);
  for (guint i = 0; i < items->len; i++)
    {
      SgDueItem *item = g_ptr_array_index (items, i);
      GtkWidget *group = item->overdue ? self->overdue_group : self->soon_group;
      guint *shown = item->overdue ? &shown_overdue : &shown_soon;

      if (!is_shown (self, item))
        continue;
      g_ptr_array_add (records, item->record);
      if (item->overdue)
        n_overdue++;
      else
        n_soon++;
      if (*shown < MAX_ROWS)
        {
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), new_row (self, item, today));
          (*shown)++;
        }
    }
  if (n_overdue > shown_overdue)
    add_more_row (self->overdue_group, n_overdue - shown_overdue);
  if (n_soon > shown_soon)
    add_more_row (self->soon_group, n_soon - shown_soon);
  gtk_widget_set_visible (self->overdue_group, n_overdue > 0);
  gtk_widget_set_visible (self->soon_group, n_soon > 0);

  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       records->pdata, records->len);
  if (self->n_overdue != n_overdue)
    {
      self->n_overdue = n_overdue;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_OVERDUE]);
    }
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack),
                                    records->len > 0 ? "list" : filtered && items->len > 0 ? "filtered" : "empty");
  if (filtered)
    /* Translators: the Due page's subtitle while filtered: "3 overdue, 5 within 30 days (of 40)" */
    subtitle = g_strdup_printf (_("%u overdue, %u within %d days (of %u)"), n_overdue, n_soon, days, items->len);
  else
    /* Translators: the Due page's subtitle */
    subtitle = g_strdup_printf (_("%u overdue, %u within %d days"), n_overdue, n_soon, days);
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->title), subtitle);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  SgDuePage *self = data;

  self->refresh_id = 0;
  sg_due_page_refresh (self);
  return G_SOURCE_REMOVE;
}

/* Many records change at once (an import, an undo): count once after. */
static void
records_changed_cb (SgDuePage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_LOW, refresh_idle_cb, self, NULL);
}

static void
set_filter (SgDuePage  *self,
            const char *person,
            const char *kind)
{
  if (person != NULL)
    {
      g_free (self->person);
      self->person = g_strdup (person);
      g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), "person")),
                                 g_variant_new_string (person));
    }
  if (kind != NULL)
    {
      g_free (self->kind);
      self->kind = g_strdup (kind);
      g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), "kind")),
                                 g_variant_new_string (kind));
    }
  sg_due_page_refresh (self);
}

static void
mine_toggled_cb (SgDuePage *self)
{
  SgRecord *me = sg_settings_find_me (self->store);
  g_autofree char *id = NULL;

  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->mine_button)) && me != NULL)
    id = g_strdup_printf ("%" G_GINT64_FORMAT, sg_record_get_id (me));
  set_filter (self, id != NULL ? id : "", NULL);
}

static void
change_person_cb (GSimpleAction *action,
                  GVariant      *value,
                  gpointer       data)
{
  set_filter (data, g_variant_get_string (value, NULL), NULL);
}

static void
change_kind_cb (GSimpleAction *action,
                GVariant      *value,
                gpointer       data)
{
  set_filter (data, NULL, g_variant_get_string (value, NULL));
}

static void
clear_cb (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       data)
{
  set_filter (data, "", "");
}

static void
sg_due_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sg_due_page_parent_class)->map (widget);

  /* Dates are edited on the other pages: count again whenever this one is shown. */
  sg_due_page_refresh (SG_DUE_PAGE (widget));
}

static void
sg_due_page_sidebar_folded_changed (SgPage *page)
{
  SgDuePage *self = SG_DUE_PAGE (page);
  gboolean folded = sg_page_get_sidebar_folded (page);

  gtk_widget_set_visible (self->sidebar_button, folded);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (self->header), folded);
  for (guint i = 0; i < self->rows->len; i++)
    apply_width (self, i);
}

static void
sg_due_page_dispose (GObject *object)
{
  SgDuePage *self = SG_DUE_PAGE (object);
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    for (guint i = 0; i < n_kinds; i++)
      g_signal_handlers_disconnect_by_func (sg_store_get_records (self->store, kinds[i]),
                                            records_changed_cb, self);
  g_clear_pointer (&self->content, gtk_widget_unparent);
  g_clear_object (&self->store);
  g_clear_object (&self->items);
  g_clear_object (&self->actions);
  g_clear_pointer (&self->person, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->badges, g_ptr_array_unref);
  g_clear_pointer (&self->subtitles, g_ptr_array_unref);

  G_OBJECT_CLASS (sg_due_page_parent_class)->dispose (object);
}

static void
sg_due_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SgDuePage *self = SG_DUE_PAGE (object);

  switch (prop_id)
    {
    case PROP_N_OVERDUE:
      g_value_set_uint (value, self->n_overdue);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_due_page_class_init (SgDuePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sg_due_page_get_property;
  properties[PROP_N_OVERDUE] =
    g_param_spec_uint ("n-overdue", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  SG_PAGE_CLASS (klass)->sidebar_folded_changed = sg_due_page_sidebar_folded_changed;
  object_class->dispose = sg_due_page_dispose;
  widget_class->map = sg_due_page_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sg_due_page_init (SgDuePage *self)
{
  GtkWidget *box = self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *filtered = adw_status_page_new ();
  GtkWidget *show_all = gtk_button_new_with_mnemonic (C_("due filter", "_Show Everything"));
  GtkWidget *clamp, *scrolled;
  const GActionEntry entries[] = {
    { .name = "person", .parameter_type = "s", .state = "''", .change_state = change_person_cb },
    { .name = "kind", .parameter_type = "s", .state = "''", .change_state = change_kind_cb },
    { .name = "clear", .activate = clear_cb },
  };

  self->person = g_strdup ("");
  self->kind = g_strdup ("");
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "due", G_ACTION_GROUP (self->actions));

  self->items = g_list_store_new (SG_TYPE_RECORD);
  self->rows = g_ptr_array_new ();
  self->records = g_ptr_array_new ();
  self->badges = g_ptr_array_new ();
  self->subtitles = g_ptr_array_new_with_free_func (g_free);

  self->header = adw_header_bar_new ();
  self->sidebar_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (self->sidebar_button, _("Back"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->sidebar_button), "win.show-sidebar");
  gtk_widget_set_visible (self->sidebar_button, FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (self->header), self->sidebar_button);
  self->title = adw_window_title_new (_("Due"), NULL);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (self->header), self->title);
  /* An icon: with the filter menu beside it, a label would widen the
   * header past 360 px. */
  self->mine_button = gtk_toggle_button_new ();
  gtk_button_set_icon_name (GTK_BUTTON (self->mine_button), "avatar-default-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->mine_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Only Mine"), -1);
  gtk_widget_set_tooltip_text (self->mine_button, _("Show only what is yours (“You” in Preferences)"));
  g_signal_connect_swapped (self->mine_button, "toggled", G_CALLBACK (mine_toggled_cb), self);
  self->filter_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->filter_button), "sg-filter-symbolic");
  gtk_widget_set_tooltip_text (self->filter_button, _("Filter by Person or Kind"));
  adw_header_bar_pack_end (ADW_HEADER_BAR (self->header), self->filter_button);
  adw_header_bar_pack_end (ADW_HEADER_BAR (self->header), self->mine_button);
  gtk_box_append (GTK_BOX (box), self->header);

  /* As wide as the Overview's cards: a projector shows whole titles. */
  self->groups = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_margin_top (self->groups, 24);
  gtk_widget_set_margin_bottom (self->groups, 24);
  gtk_widget_set_margin_start (self->groups, 12);
  gtk_widget_set_margin_end (self->groups, 12);
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 960);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 600);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->groups);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "object-select-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("Nothing Is Due"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Reviews, treatments, evidence, audits and other dates that "
                                     "pass or come soon are listed here."));
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (filtered), "sg-filter-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (filtered), _("Nothing Due Here"));
  adw_status_page_set_description (ADW_STATUS_PAGE (filtered),
                                   _("Nothing due belongs to this person or kind."));
  gtk_widget_set_halign (show_all, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (show_all, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (show_all), "due.clear");
  adw_status_page_set_child (ADW_STATUS_PAGE (filtered), show_all);
  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, "list");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_stack_add_named (GTK_STACK (self->stack), filtered, "filtered");
  gtk_box_append (GTK_BOX (box), self->stack);

  gtk_widget_set_parent (box, GTK_WIDGET (self));
}

GtkWidget *
sg_due_page_new (SgStore *store)
{
  SgDuePage *self;
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_DUE_PAGE, NULL);
  self->store = g_object_ref (store);
  for (guint i = 0; i < n_kinds; i++)
    g_signal_connect_swapped (sg_store_get_records (store, kinds[i]), "items-changed",
                              G_CALLBACK (records_changed_cb), self);
  /* The days ahead and who "You" are are set in Preferences. */
  if (sg_settings_get () != NULL)
    {
      g_signal_connect_object (sg_settings_get (), "changed::due-days",
                               G_CALLBACK (records_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (sg_settings_get (), "changed::me",
                               G_CALLBACK (records_changed_cb), self, G_CONNECT_SWAPPED);
    }
  records_changed_cb (self);
  return GTK_WIDGET (self);
}

GListModel *
sg_due_page_get_items (SgDuePage *self)
{
  g_return_val_if_fail (SG_IS_DUE_PAGE (self), NULL);
  return G_LIST_MODEL (self->items);
}

guint
sg_due_page_get_n_overdue (SgDuePage *self)
{
  g_return_val_if_fail (SG_IS_DUE_PAGE (self), 0);
  return self->n_overdue;
}
