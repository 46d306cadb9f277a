/* test-record-page.c: the generic page as a kind declares it — facets, sections, children, overdue marks
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sg-backlinks.h"
#include "sg-objective-readings.h"
#include "sg-risk.h"
#include "sg-person.h"
#include "sg-awareness-activity.h"
#include "sg-asset.h"

#include <adwaita.h>
#include <string.h>

#include "sg-child-list.h"
#include "sg-child-row.h"
#include "sg-enums.h"
#include "sg-facet-button.h"
#include "sg-kinds.h"
#include "sg-links-row.h"
#include "sg-obligation.h"
#include "sg-control.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"
#include "sg-record-cell.h"
#include "sg-record-editor.h"
#include "sg-record-page.h"
#include "sg-record-table.h"
#include "sg-role.h"
#include "sg-sample.h"
#include "sg-segregation-banner.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-window.h"

static char *tmpdir;

typedef struct
{
  char     *path;
  SgStore  *store;
  SgWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static guint serial;
  g_autoptr(GError) error = NULL;

  f->path = g_strdup_printf ("%s/example-%u.isms", tmpdir, ++serial);
  g_assert_true (sg_sample_create (f->path, &error));
  g_assert_no_error (error);
  f->store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
}

static void
close_window (Fixture *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->window);
  f->window = NULL;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    close_window (f);
  g_clear_object (&f->store);
  g_free (f->path);
}

static SgRecordPage *
open_page (Fixture    *f,
           const char *table)
{
  f->window = sg_test_window_on_page (f->store, table, 1300, 850);
  return SG_RECORD_PAGE (sg_window_get_page (f->window, table));
}

static gboolean
is_window_title (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_WINDOW_TITLE (widget) &&
         g_strcmp0 (adw_window_title_get_title (ADW_WINDOW_TITLE (widget)), title) == 0;
}

/* The list's title: the detail pane has one too. */
static const char *
subtitle (SgRecordPage *page)
{
  GtkWidget *title = sg_test_find_widget (GTK_WIDGET (page), is_window_title,
                                          sg_record_page_get_title (page));

  g_assert_nonnull (title);
  return adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title));
}

static guint
facet_index (SgFacetFilter *filter,
             const char    *name)
{
  for (guint i = 0; i < sg_facet_filter_get_n_facets (filter); i++)
    if (g_str_equal (sg_facet_filter_get_facet (filter, i)->name, name))
      return i;
  g_assert_not_reached ();
}

static char *
action_name (guint index)
{
  return g_strdup_printf ("facets.f%u", index);
}

/* Counted from the store, not by the page's code. */
static guint
count_objectives (SgStore *store,
                  int      status)
{
  GListModel *objectives = sg_store_get_records (store, SG_TYPE_OBJECTIVE);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(SgRecord) objective = g_list_model_get_item (objectives, i);

      n += status < 0 || sg_record_peek_enum (objective, "status") == status;
    }
  return n;
}

/* The labels of the menu's section (or submenu) titled @title. */
static GPtrArray *
menu_values (GMenuModel *menu,
             const char *title)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      GMenuModel *values = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (values == NULL)
        continue;
      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
      if (g_strcmp0 (label, title) != 0)
        {
          /* People and records are submenus inside an untitled section. */
          for (int j = 0; j < g_menu_model_get_n_items (values); j++)
            {
              g_autofree char *sub_label = NULL;
              g_autoptr(GMenuModel) sub = g_menu_model_get_item_link (values, j, G_MENU_LINK_SUBMENU);

              g_menu_model_get_item_attribute (values, j, G_MENU_ATTRIBUTE_LABEL, "s", &sub_label);
              if (sub != NULL && g_strcmp0 (sub_label, title) == 0)
                {
                  g_object_unref (values);
                  values = g_steal_pointer (&sub);
                  goto found;
                }
            }
          g_object_unref (values);
          continue;
        }
found:
      {
        GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);

        for (int j = 0; j < g_menu_model_get_n_items (values); j++)
          {
            char *item = NULL;

            g_menu_model_get_item_attribute (values, j, G_MENU_ATTRIBUTE_LABEL, "s", &item);
            g_ptr_array_add (labels, item);
          }
        g_object_unref (values);
        return labels;
      }
    }
  return NULL;
}

static gboolean
has_label (GPtrArray  *labels,
           const char *label)
{
  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (g_ptr_array_index (labels, i), label))
      return TRUE;
  return FALSE;
}

/* An ISMS manager filters the objectives by status: the list shows exactly
 * those, the subtitle says how many of how many, and the search narrows
 * further. */
static void
test_facets (Fixture       *f,
             gconstpointer  data)
{
  SgRecordPage *page = open_page (f, "objective");
  GListModel *shown = sg_record_page_get_shown (page);
  SgFacetFilter *filter = sg_record_page_get_facet_filter (page);
  GtkWidget *button = sg_record_page_get_facet_button (page);
  guint total = count_objectives (f->store, -1);
  guint n_planned = count_objectives (f->store, SG_OBJECTIVE_STATUS_ON_TRACK);
  guint n_completed = count_objectives (f->store, SG_OBJECTIVE_STATUS_ACHIEVED);
  g_autofree char *status_action = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GPtrArray) statuses = NULL;
  g_autoptr(GPtrArray) owners = NULL;

  g_assert_nonnull (filter);
  g_assert_true (SG_IS_FACET_BUTTON (button));
  g_assert_cmpuint (total, >=, 2);
  g_assert_cmpuint (n_planned, >, 0);
  g_assert_cmpuint (n_planned, <, total);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, total);
  expected = g_strdup_printf ("%u entries", total);
  g_assert_cmpstr (subtitle (page), ==, expected);

  /* The menu: a section of statuses, the owners actually named. */
  statuses = menu_values (sg_facet_button_get_menu (SG_FACET_BUTTON (button)), "Status");
  g_assert_nonnull (statuses);
  g_assert_true (has_label (statuses, "Any"));
  g_assert_true (has_label (statuses, "On track"));
  g_assert_true (has_label (statuses, "Achieved"));
  owners = menu_values (sg_facet_button_get_menu (SG_FACET_BUTTON (button)), "Owner");
  g_assert_nonnull (owners);
  {
    g_autoptr(SgRecord) first = g_list_model_get_item (sg_store_get_records (f->store, SG_TYPE_OBJECTIVE), 0);
    const char *name = sg_store_peek_name (f->store, first, "owner");

    g_assert_nonnull (name);
    g_assert_true (has_label (owners, name));
    /* Only who owns one: not all fifteen people of the directory. */
    g_assert_cmpuint (owners->len, <, 15);
  }

  status_action = action_name (facet_index (filter, "status"));
  g_assert_true (gtk_widget_activate_action (button, status_action, "s", "on-track"));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_planned);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(SgRecord) objective = g_list_model_get_item (shown, i);

      g_assert_cmpint (sg_record_peek_enum (objective, "status"), ==, SG_OBJECTIVE_STATUS_ON_TRACK);
    }
  g_free (expected);
  expected = g_strdup_printf ("%u of %u entries", n_planned, total);
  g_assert_cmpstr (subtitle (page), ==, expected);
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_first_child (button), "accent"));

  g_assert_true (gtk_widget_activate_action (button, status_action, "s", "achieved"));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_completed);

  /* With the search: both must hold. */
  sg_record_table_set_search (SG_RECORD_TABLE (sg_record_page_get_table (page)), "no-such-words");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  sg_record_table_set_search (SG_RECORD_TABLE (sg_record_page_get_table (page)), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_completed);

  /* A record edited into the facet's value shows without a rebuild. */
  g_assert_true (gtk_widget_activate_action (button, "facets.clear", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, total);
  g_free (expected);
  expected = g_strdup_printf ("%u entries", total);
  g_assert_cmpstr (subtitle (page), ==, expected);
  g_assert_false (gtk_widget_has_css_class (gtk_widget_get_first_child (button), "accent"));

  /* A record opened from elsewhere is shown even if the facets hid it. */
  g_assert_true (gtk_widget_activate_action (button, status_action, "s", "on-track"));
  {
    GListModel *objectives = sg_store_get_records (f->store, SG_TYPE_OBJECTIVE);

    for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
      {
        g_autoptr(SgRecord) objective = g_list_model_get_item (objectives, i);

        if (sg_record_peek_enum (objective, "status") == SG_OBJECTIVE_STATUS_ON_TRACK)
          continue;
        sg_record_page_select (page, objective);
        g_assert_true (sg_record_page_get_selected (page) == objective);
        g_assert_false (sg_facet_filter_is_active (filter));
        g_assert_cmpuint (g_list_model_get_n_items (shown), ==, total);
        g_assert_false (gtk_widget_has_css_class (gtk_widget_get_first_child (button), "accent"));
        break;
      }
  }
}

static void
collect_group_titles (GtkWidget *widget,
                      GPtrArray *titles)
{
  if (ADW_IS_PREFERENCES_GROUP (widget) && gtk_widget_get_visible (widget))
    {
      const char *title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget));

      g_ptr_array_add (titles, g_strdup (title ? title : ""));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_group_titles (child, titles);
}

static guint
title_position (GPtrArray  *titles,
                const char *title)
{
  guint index;

  if (!g_ptr_array_find_with_equal_func (titles, title, g_str_equal, &index))
    g_error ("no group titled %s", title);
  return index;
}

/* The detail pane reads as the kind declares it: the objective, its
 * measurement, its result, then its readings, the history last. */
static void
test_sections (Fixture       *f,
               gconstpointer  data)
{
  SgRecordPage *page = open_page (f, "objective");
  GtkWidget *editor = sg_record_page_get_editor (page);
  g_autoptr(SgRecord) objective = g_list_model_get_item (sg_store_get_records (f->store, SG_TYPE_OBJECTIVE), 0);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

  sg_record_page_select (page, objective);
  sg_test_run_a_while ();
  collect_group_titles (editor, titles);
  /* The first section's long texts follow it, before the next section. */
  g_assert_cmpuint (title_position (titles, "Objective"), ==, 0);
  g_assert_cmpuint (title_position (titles, "Objective"), <, title_position (titles, "What will be done"));
  g_assert_cmpuint (title_position (titles, "What will be done"), <, title_position (titles, "Resources"));
  g_assert_cmpuint (title_position (titles, "Resources"), <, title_position (titles, "Measurement"));
  g_assert_cmpuint (title_position (titles, "Measurement"), <, title_position (titles, "Result"));
  g_assert_cmpuint (title_position (titles, "Result"), <, title_position (titles, "Evaluation of results"));
  g_assert_cmpuint (title_position (titles, "Evaluation of results"), <, title_position (titles, "Readings"));
  g_assert_cmpuint (title_position (titles, "Readings"), <, title_position (titles, "History"));
  /* The timestamps are in no section: an untitled group after the
   * readings, never hidden. */
  g_assert_cmpstr (g_ptr_array_index (titles, title_position (titles, "Readings") + 1), ==, "");
}

static guint
count_readings_of (SgStore  *store,
                   SgRecord *objective)
{
  GListModel *readings = sg_store_get_records (store, SG_TYPE_OBJECTIVE_READING);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (readings); i++)
    {
      g_autoptr(SgRecord) reading = g_list_model_get_item (readings, i);

      n += sg_record_peek_int64 (reading, "objective") == sg_record_get_id (objective);
    }
  return n;
}

static guint
count_rows (GtkWidget *widget)
{
  /* A child list's rows, or the readings' (expander rows). */
  guint n = SG_IS_CHILD_ROW (widget) ||
            (ADW_IS_EXPANDER_ROW (widget) && gtk_widget_get_ancestor (widget, SG_TYPE_OBJECTIVE_READINGS) != NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_rows (child);
  return n;
}

static gboolean
is_add_button (GtkWidget     *widget,
               gconstpointer  label)
{
  return (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget)) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), label) == 0;
}

/* An objective's detail lists exactly its readings, follows them when
 * they change anywhere, and adds one that belongs to it for good. */
static void
test_children (Fixture       *f,
               gconstpointer  data)
{
  SgRecordPage *page;
  SgRecordEditor *editor;
  GListModel *objectives = sg_store_get_records (f->store, SG_TYPE_OBJECTIVE);
  g_autoptr(SgRecord) objective = NULL;
  g_autoptr(SgRecord) other = NULL;
  gint64 added_id = 0;
  g_autoptr(GError) error = NULL;
  GtkWidget *list;
  GListModel *shown;
  guint n, history;

  /* Two objectives with their readings; the first with one more. */
  objective = g_list_model_get_item (objectives, 0);
  other = g_list_model_get_item (objectives, 1);
  while (count_readings_of (f->store, objective) <= count_readings_of (f->store, other))
    {
      g_autoptr(SgRecord) extra = g_object_new (SG_TYPE_OBJECTIVE_READING, "objective", sg_record_get_id (objective),
                                                "date", "2026-01-05", "value", 7.5, NULL);

      g_assert_true (sg_store_add (f->store, extra, &error));
      g_assert_no_error (error);
    }
  n = count_readings_of (f->store, objective);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, !=, count_readings_of (f->store, other));
  page = open_page (f, "objective");
  editor = SG_RECORD_EDITOR (sg_record_page_get_editor (page));

  sg_record_page_select (page, objective);
  sg_test_run_a_while ();
  /* The readings are the objective's own list, not a child list of a page of theirs. */
  g_assert_null (sg_record_editor_get_child_list (editor, SG_TYPE_OBJECTIVE_READING));
  list = sg_test_find_widget (GTK_WIDGET (editor), sg_test_is_type, GSIZE_TO_POINTER (SG_TYPE_OBJECTIVE_READINGS));
  g_assert_nonnull (list);
  shown = sg_objective_readings_get_shown (SG_OBJECTIVE_READINGS (list));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) reading = g_list_model_get_item (shown, i);

      g_assert_cmpint (sg_record_peek_int64 (reading, "objective"), ==, sg_record_get_id (objective));
    }
  g_assert_cmpuint (count_rows (list), ==, n);

  sg_record_page_select (page, other);
  sg_test_run_a_while ();
  g_assert_cmpuint (count_rows (list), ==, count_readings_of (f->store, other));
  sg_record_page_select (page, objective);
  sg_test_run_a_while ();

  /* Moved to the other objective elsewhere: it leaves this list. */
  {
    g_autoptr(SgRecord) reading = g_list_model_get_item (shown, 0);

    g_object_set (reading, "objective", sg_record_get_id (other), NULL);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n - 1);
    g_object_set (reading, "objective", sg_record_get_id (objective), NULL);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n);
  }

  /* Added here: saved through the store, with its history, the objective's. */
  history = sg_store_count_history (f->store);
  g_assert_nonnull (sg_test_find_widget (list, is_add_button, "Add Reading"));
  g_assert_true (sg_objective_readings_add (SG_OBJECTIVE_READINGS (list), "2026-02-01", 12.5, NULL, &error));
  g_assert_no_error (error);
  sg_test_run_a_while ();
  g_assert_cmpuint (count_readings_of (f->store, objective), ==, n + 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n + 1);
  g_assert_cmpuint (sg_store_count_history (f->store), >, history);
  {
    GListModel *all = sg_store_get_records (f->store, SG_TYPE_OBJECTIVE_READING);
    g_autoptr(SgRecord) added = g_list_model_get_item (all, g_list_model_get_n_items (all) - 1);

    g_assert_cmpint (sg_record_peek_int64 (added, "objective"), ==, sg_record_get_id (objective));
    g_assert_cmpstr (sg_record_peek_string (added, "date"), ==, "2026-02-01");
    added_id = sg_record_get_id (added);
    g_assert_cmpint (added_id, >, 0);
  }

  /* Deleted elsewhere: it goes from the list. */
  {
    g_autoptr(SgRecord) reading = g_list_model_get_item (shown, 0);

    g_assert_true (sg_store_remove (f->store, reading, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n);
    g_assert_true (sg_store_restore (f->store, reading, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n + 1);
  }

  /* Closed and opened again: the reading is still the objective's. */
  {
    gint64 objective_id = sg_record_get_id (objective);
    GListModel *readings;
    gboolean found = FALSE;

    close_window (f);
    g_clear_object (&objective);
    g_clear_object (&other);
    g_assert_finalize_object (f->store);
    f->store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
    g_assert_no_error (error);
    readings = sg_store_get_records (f->store, SG_TYPE_OBJECTIVE_READING);
    for (guint i = 0; i < g_list_model_get_n_items (readings); i++)
      {
        g_autoptr(SgRecord) reading = g_list_model_get_item (readings, i);

        if (sg_record_get_id (reading) == added_id)
          {
            found = TRUE;
            g_assert_cmpint (sg_record_peek_int64 (reading, "objective"), ==, objective_id);
          }
      }
    g_assert_true (found);
  }
}

static gboolean
is_overdue_cell (GtkWidget     *widget,
                 gconstpointer  record)
{
  return SG_IS_RECORD_CELL (widget) && sg_record_cell_get_record (SG_RECORD_CELL (widget)) == record &&
         sg_record_cell_get_overdue (SG_RECORD_CELL (widget));
}

/* An objective whose due date has passed is marked in the list; achieved, it is not. */
static void
test_overdue (Fixture       *f,
              gconstpointer  data)
{
  SgRecordPage *page = open_page (f, "objective");
  GListModel *objectives = sg_store_get_records (f->store, SG_TYPE_OBJECTIVE);
  g_autoptr(SgRecord) objective = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (objectives) && objective == NULL; i++)
    {
      g_autoptr(SgRecord) item = g_list_model_get_item (objectives, i);

      if (sg_record_peek_enum (item, "status") == SG_OBJECTIVE_STATUS_ON_TRACK && !sg_record_is_overdue (item, NULL))
        objective = g_steal_pointer (&item);
    }
  g_assert_nonnull (objective);
  sg_test_run_a_while ();
  g_assert_null (sg_test_find_widget (GTK_WIDGET (page), is_overdue_cell, objective));

  /* Left to its readings, it would be missed: a person says it is on track. */
  g_object_set (objective, "status", SG_OBJECTIVE_STATUS_ON_TRACK, "status-set-by-hand", TRUE, NULL);
  g_object_set (objective, "due-date", "2020-01-15", NULL);
  sg_test_run_a_while ();
  {
    GtkWidget *cell = sg_test_find_widget (GTK_WIDGET (page), is_overdue_cell, objective);
    GtkWidget *mark;

    g_assert_nonnull (cell);
    mark = sg_test_find_widget (cell, sg_test_is_type, GSIZE_TO_POINTER (GTK_TYPE_IMAGE));
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL, "Overdue");
  }

  g_object_set (objective, "status", SG_OBJECTIVE_STATUS_ACHIEVED, NULL);
  sg_test_run_a_while ();
  g_assert_null (sg_test_find_widget (GTK_WIDGET (page), is_overdue_cell, objective));
}

static guint
count_risks_naming (SgStore  *store,
                    SgRecord *asset)
{
  guint n, count = 0;
  SgRecord *const *risks = sg_store_peek_records (store, SG_TYPE_RISK, &n);

  for (guint i = 0; i < n; i++)
    count += sg_links_contains (g_value_get_variant (sg_record_peek_value (
                                  risks[i], g_object_class_find_property (G_OBJECT_GET_CLASS (risks[i]), "assets"))),
                                sg_record_get_id (asset));
  return count;
}

static gboolean
is_risks_backlinks (GtkWidget     *widget,
                    gconstpointer  data)
{
  return SG_IS_BACKLINKS (widget) &&
         g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), "Risks") == 0;
}

static gboolean
backlinks_count_is (gpointer data)
{
  gpointer *args = data;

  return sg_backlinks_get_records (SG_BACKLINKS (args[0]))->len == GPOINTER_TO_UINT (args[1]);
}

/* An asset shows the risks that name it, from the other side of the
 * link, live, each opening its risk. */
static void
test_backlinks (Fixture       *f,
                gconstpointer  data)
{
  SgRecordPage *page = open_page (f, "asset");
  SgRecord *asset = sg_store_find_by_ref (f->store, SG_TYPE_ASSET, "A-001");
  GtkWidget *backlinks;
  GPtrArray *shown;
  SgRecord *risk;
  guint n = count_risks_naming (f->store, asset);

  g_assert_cmpuint (n, >=, 2);
  sg_record_page_select (page, asset);
  sg_test_run_a_while ();
  backlinks = sg_test_find_widget (GTK_WIDGET (page), is_risks_backlinks, NULL);
  g_assert_nonnull (backlinks);
  g_assert_true (gtk_widget_get_visible (backlinks));
  shown = sg_backlinks_get_records (SG_BACKLINKS (backlinks));
  g_assert_cmpuint (shown->len, ==, n);

  /* A risk no longer names it: it leaves the list. */
  risk = g_ptr_array_index (shown, 0);
  g_object_set (risk, "assets", sg_links_new (NULL, 0), NULL);
  /* Counted again on an idle, which a busy machine runs late. */
  {
    gpointer args[] = { backlinks, GUINT_TO_POINTER (n - 1) };

    sg_test_wait_for (backlinks_count_is, args);
  }

  /* A row opens its risk on the Risks page. */
  risk = g_ptr_array_index (sg_backlinks_get_records (SG_BACKLINKS (backlinks)), 0);
  {
    GtkWidget *row = sg_test_find_widget (backlinks, sg_test_is_type, GSIZE_TO_POINTER (ADW_TYPE_ACTION_ROW));

    g_assert_nonnull (row);
    g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  }
  sg_test_run_a_while ();
  g_assert_true (sg_record_page_get_selected (SG_RECORD_PAGE (sg_window_get_page (f->window, "risk"))) == risk);

  /* A role declared incompatible shows it from the other side too; a
   * person's links to people stay the directory's own. */
  {
    g_autoptr(GPtrArray) role_fields = sg_backlinks_find_fields (SG_TYPE_ROLE);
    g_autoptr(GPtrArray) person_fields = sg_backlinks_find_fields (SG_TYPE_PERSON);
    gboolean incompatible = FALSE;

    for (guint i = 0; i < role_fields->len; i++)
      incompatible |= g_str_equal (((GParamSpec *) g_ptr_array_index (role_fields, i))->name, "incompatible-with");
    g_assert_true (incompatible);
    for (guint i = 0; i < person_fields->len; i++)
      g_assert_false (((GParamSpec *) g_ptr_array_index (person_fields, i))->owner_type == SG_TYPE_PERSON);
  }
}

/* A kind with one record shows it at once. */
static void
test_only_record (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SgRecord) activity = g_object_new (SG_TYPE_AWARENESS_ACTIVITY, "title", "Phishing training", NULL);
  g_autoptr(GError) error = NULL;
  SgRecordPage *page;

  /* The example's activities taken away: one is left, the new one. */
  while (g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_AWARENESS_ACTIVITY)) > 0)
    {
      g_autoptr(SgRecord) old = g_list_model_get_item (sg_store_get_records (f->store, SG_TYPE_AWARENESS_ACTIVITY), 0);

      g_assert_true (sg_store_remove (f->store, old, &error));
      g_assert_no_error (error);
    }
  g_assert_true (sg_store_add (f->store, activity, &error));
  g_assert_no_error (error);
  page = open_page (f, "awareness_activity");
  sg_test_run_a_while ();
  g_assert_true (sg_record_page_get_selected (page) == activity);
}

/* The example's one finding of segregation of duties stands above the
 * Roles list, opens the role, and goes when the declaration does. */
static void
test_segregation (Fixture       *f,
                  gconstpointer  data)
{
  SgRecordPage *page = open_page (f, "role");
  SgRecord *ciso = sg_store_find_by_ref (f->store, SG_TYPE_ROLE, "ROLE-002");
  SgRecord *operations = sg_store_find_by_ref (f->store, SG_TYPE_ROLE, "ROLE-004");
  const char *expected = "Tobias Schmitt is deputy for ROLE-002 Chief information security officer"
                         " (ISMS manager) and for ROLE-004 Head of IT operations, declared incompatible";
  GtkWidget *banner, *label, *button;

  sg_test_run_a_while ();
  banner = sg_test_find_widget (GTK_WIDGET (page), sg_test_is_type,
                                GSIZE_TO_POINTER (SG_TYPE_SEGREGATION_BANNER));
  g_assert_nonnull (banner);
  g_assert_cmpuint (sg_segregation_banner_get_n_conflicts (SG_SEGREGATION_BANNER (banner)), ==, 1);
  g_assert_cmpstr (sg_segregation_banner_get_text (SG_SEGREGATION_BANNER (banner), 0), ==, expected);
  label = sg_test_find_widget (banner, sg_test_is_label, expected);
  g_assert_nonnull (label);
  g_assert_true (sg_test_is_mapped (label));

  /* It opens the first of the two roles. */
  button = gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  sg_test_run_a_while ();
  g_assert_true (sg_record_page_get_selected (page) == ciso);

  /* The declaration taken back: nothing to show. */
  g_object_set (operations, SG_ROLE_INCOMPATIBLE_WITH, sg_links_new (NULL, 0), NULL);
  /* Updated when the main loop is idle: a busy machine may take longer. */
  for (guint i = 0; i < 10 && sg_segregation_banner_get_n_conflicts (SG_SEGREGATION_BANNER (banner)) != 0; i++)
    sg_test_run_a_while ();
  g_assert_cmpuint (sg_segregation_banner_get_n_conflicts (SG_SEGREGATION_BANNER (banner)), ==, 0);
  g_assert_null (sg_test_find_widget (banner, sg_test_is_label, expected));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_first_child (banner)));
}


/* Whether @record holds @target in @field, read from the record itself,
 * the way sg_facet_filter_set () documents its targets. */
static gboolean
record_holds (SgRecord   *record,
              GParamSpec *field,
              const char *target)
{
  const GValue *value = sg_record_peek_value (record, field);
  GType type = G_VALUE_TYPE (value);

  if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      GEnumValue *ev = g_enum_get_value (klass, g_value_get_enum (value));

      return ev != NULL && g_str_equal (ev->value_nick, target);
    }
  if (type == G_TYPE_BOOLEAN)
    return g_str_equal (g_value_get_boolean (value) ? "true" : "false", target);
  if (type == G_TYPE_INT64)
    return g_value_get_int64 (value) == g_ascii_strtoll (target, NULL, 10);
  if (type == G_TYPE_VARIANT)
    {
      GVariant *links = g_value_get_variant (value);
      gint64 id = g_ascii_strtoll (target, NULL, 10);

      return id == 0 ? links == NULL || g_variant_n_children (links) == 0
                     : links != NULL && sg_links_contains (links, id);
    }
  g_error ("a facet on %s, of type %s", field->name, g_type_name (type));
}

/* Every generic page of the example, every facet it declares, every value
 * it offers: the list shows exactly the records holding that value, as
 * counted from the store, and the subtitle says "N of M". A choice's
 * values together show every record once. */
static void
test_every_facet (Fixture       *f,
                  gconstpointer  data)
{
  guint n_kinds, n_pages = 0, n_facets = 0;
  const GType *kinds = sg_record_kinds (&n_kinds);

  f->window = sg_test_window_on_page (f->store, "risk", 1300, 850);
  for (guint k = 0; k < n_kinds; k++)
    {
      SgRecordClass *klass = g_type_class_peek (kinds[k]);
      const char *table = sg_record_class_get_table (klass);
      GListModel *all = sg_store_get_records (f->store, kinds[k]);
      guint total = g_list_model_get_n_items (all);
      SgRecordPage *page;
      SgFacetFilter *filter;
      GListModel *shown;

      if (!sg_window_show_page (f->window, table) ||
          !SG_IS_RECORD_PAGE (sg_window_get_page (f->window, table)))
        continue;
      page = SG_RECORD_PAGE (sg_window_get_page (f->window, table));
      filter = sg_record_page_get_facet_filter (page);
      if (filter == NULL)
        continue;
      shown = sg_record_page_get_shown (page);
      n_pages++;
      for (guint i = 0; i < sg_facet_filter_get_n_facets (filter); i++)
        {
          GParamSpec *field = sg_facet_filter_get_facet (filter, i);
          g_auto(GStrv) targets = NULL;
          g_auto(GStrv) labels = NULL;
          guint sum = 0;

          sg_facet_filter_list_values (filter, i, &targets, &labels);
          /* Nobody named yet: nothing to offer (an awareness activity's
           * trainer, say, before anyone is given). */
          if (g_strv_length (targets) == 0)
            continue;
          n_facets++;
          for (guint v = 0; targets[v] != NULL; v++)
            {
              guint expected = 0;

              sg_facet_filter_set (filter, i, targets[v]);
              for (guint r = 0; r < total; r++)
                {
                  g_autoptr(SgRecord) record = g_list_model_get_item (all, r);

                  expected += record_holds (record, field, targets[v]);
                }
              if (g_list_model_get_n_items (shown) != expected)
                g_error ("%s, %s = %s (%s): %u shown, %u hold it", table, field->name, targets[v],
                         labels[v], g_list_model_get_n_items (shown), expected);
              for (guint r = 0; r < g_list_model_get_n_items (shown); r++)
                {
                  g_autoptr(SgRecord) record = g_list_model_get_item (shown, r);

                  g_assert_true (record_holds (record, field, targets[v]));
                }
              if (expected < total)
                {
                  g_autofree char *count = g_strdup_printf ("%u of %u", expected, total);

                  g_assert_nonnull (strstr (subtitle (page), count));
                }
              sum += expected;
            }
          sg_facet_filter_set (filter, i, "any");
          g_assert_cmpuint (g_list_model_get_n_items (shown), ==, total);
          /* A choice or a yes/no: every record holds exactly one value. */
          if (G_TYPE_IS_ENUM (field->value_type) || field->value_type == G_TYPE_BOOLEAN)
            g_assert_cmpuint (sum, ==, total);
        }
    }
  /* Context issues, parties, obligations, roles, people, assets,
   * suppliers, documents, competence … all have facets. */
  g_assert_cmpuint (n_pages, >=, 12);
  g_assert_cmpuint (n_facets, >=, 25);
}


static gboolean
is_backlinks_titled (GtkWidget     *widget,
                     gconstpointer  title)
{
  return SG_IS_BACKLINKS (widget) && gtk_widget_get_visible (widget) &&
         g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0;
}

static gboolean
is_links_row_holding (GtkWidget     *widget,
                      gconstpointer  record)
{
  GVariant *links;

  if (!SG_IS_LINKS_ROW (widget) || !gtk_widget_get_visible (widget))
    return FALSE;
  links = sg_links_row_get_links (SG_LINKS_ROW (widget));
  return links != NULL && sg_links_contains (links, sg_record_get_id ((SgRecord *) record));
}

static gboolean
backlinks_hold (GtkWidget *backlinks,
                SgRecord  *record)
{
  GPtrArray *records = sg_backlinks_get_records (SG_BACKLINKS (backlinks));

  for (guint i = 0; i < records->len; i++)
    if (g_ptr_array_index (records, i) == record)
      return TRUE;
  return FALSE;
}

/* 4.2 c and Annex A 5.31: the obligation names the controls that address
 * it, and the control shows the obligations it addresses; the same for
 * an asset and the risks that affect it. */
static void
test_both_sides (Fixture       *f,
                 gconstpointer  data)
{
  SgRecord *obligation = sg_store_find_by_ref (f->store, SG_TYPE_OBLIGATION, "OBL-001");
  SgRecord *control = sg_store_find_by_ref (f->store, SG_TYPE_CONTROL, "5.34");
  SgRecord *asset = sg_store_find_by_ref (f->store, SG_TYPE_ASSET, "A-001");
  GtkWidget *page, *backlinks;
  g_autoptr(GPtrArray) risks = g_ptr_array_new ();
  guint n;
  SgRecord *const *all = sg_store_peek_records (f->store, SG_TYPE_RISK, &n);

  g_assert_nonnull (obligation);
  g_assert_nonnull (control);
  f->window = sg_test_window_on_page (f->store, "obligation", 1300, 850);

  sg_window_show_record (f->window, obligation);
  sg_test_run_a_while ();
  page = sg_window_get_page (f->window, "obligation");
  g_assert_nonnull (sg_test_find_widget (page, is_links_row_holding, control));

  sg_window_show_record (f->window, control);
  sg_test_run_a_while ();
  page = sg_window_get_page (f->window, "control");
  backlinks = sg_test_find_widget (page, is_backlinks_titled, "Obligations");
  g_assert_nonnull (backlinks);
  g_assert_true (backlinks_hold (backlinks, obligation));

  /* An asset and its risks. */
  for (guint i = 0; i < n; i++)
    if (sg_links_contains (g_value_get_variant (sg_record_peek_value (
                             all[i], g_object_class_find_property (G_OBJECT_GET_CLASS (all[i]), "assets"))),
                           sg_record_get_id (asset)))
      g_ptr_array_add (risks, all[i]);
  g_assert_cmpuint (risks->len, >, 0);
  sg_window_show_record (f->window, g_ptr_array_index (risks, 0));
  sg_test_run_a_while ();
  page = sg_window_get_page (f->window, "risk");
  g_assert_nonnull (sg_test_find_widget (page, is_links_row_holding, asset));
  sg_window_show_record (f->window, asset);
  sg_test_run_a_while ();
  page = sg_window_get_page (f->window, "asset");
  backlinks = sg_test_find_widget (page, is_backlinks_titled, "Risks");
  g_assert_nonnull (backlinks);
  for (guint i = 0; i < risks->len; i++)
    g_assert_true (backlinks_hold (backlinks, g_ptr_array_index (risks, i)));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;

  g_test_add ("/record-page/facets", Fixture, NULL, fixture_set_up, test_facets, fixture_tear_down);
  g_test_add ("/record-page/every-facet", Fixture, NULL, fixture_set_up, test_every_facet, fixture_tear_down);
  g_test_add ("/record-page/sections", Fixture, NULL, fixture_set_up, test_sections, fixture_tear_down);
  g_test_add ("/record-page/children", Fixture, NULL, fixture_set_up, test_children, fixture_tear_down);
  g_test_add ("/record-page/overdue", Fixture, NULL, fixture_set_up, test_overdue, fixture_tear_down);
  g_test_add ("/record-page/only-record", Fixture, NULL, fixture_set_up, test_only_record, fixture_tear_down);
  g_test_add ("/record-page/backlinks", Fixture, NULL, fixture_set_up, test_backlinks, fixture_tear_down);
  g_test_add ("/record-page/both-sides", Fixture, NULL, fixture_set_up, test_both_sides, fixture_tear_down);
  g_test_add ("/record-page/segregation", Fixture, NULL, fixture_set_up, test_segregation, fixture_tear_down);

  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
