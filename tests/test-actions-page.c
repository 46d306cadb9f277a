/* test-actions-page.c: the Actions page and overdue everywhere an action
 * shows — the "Overdue" facet and its count, a child row's badge — and a
 * refused date told at its field
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "sg-action.h"
#include "sg-asset.h"
#include "sg-child-row.h"
#include "sg-date-row.h"
#include "sg-enums.h"
#include "sg-facet-button.h"
#include "sg-facet-filter.h"
#include "sg-nonconformity.h"
#include "sg-record-cell.h"
#include "sg-record-editor.h"
#include "sg-record-page.h"
#include "sg-sample.h"
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
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (f->window));
      g_assert_finalize_object (f->window);
    }
  g_clear_object (&f->store);
  g_free (f->path);
}

static SgRecordPage *
open_page (Fixture    *f,
           const char *table)
{
  f->window = sg_test_window_on_page (f->store, table, 1400, 880);
  return SG_RECORD_PAGE (sg_window_get_page (f->window, table));
}

static gboolean
is_window_title (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_WINDOW_TITLE (widget) &&
         g_strcmp0 (adw_window_title_get_title (ADW_WINDOW_TITLE (widget)), title) == 0;
}

static const char *
count_shown (SgRecordPage *page)
{
  GtkWidget *title = sg_test_find_widget (GTK_WIDGET (page), is_window_title,
                                          sg_record_page_get_title (page));

  g_assert_nonnull (title);
  return adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title));
}

/* Counted from the records, not by the page's code. */
static guint
count_overdue (SgStore *store)
{
  guint n, overdue = 0;
  SgRecord *const *actions = sg_store_peek_records (store, SG_TYPE_ACTION, &n);

  for (guint i = 0; i < n; i++)
    overdue += sg_record_is_overdue (actions[i], NULL);
  return overdue;
}

static SgRecord *
find_action (Fixture *f,
             gboolean overdue)
{
  guint n;
  SgRecord *const *actions = sg_store_peek_records (f->store, SG_TYPE_ACTION, &n);

  for (guint i = 0; i < n; i++)
    if (sg_record_is_overdue (actions[i], NULL) == overdue &&
        (sg_record_peek_enum (actions[i], SG_ACTION_STATUS) == SG_ACTION_STATUS_OPEN ||
         sg_record_peek_enum (actions[i], SG_ACTION_STATUS) == SG_ACTION_STATUS_IN_PROGRESS))
      return actions[i];
  g_assert_not_reached ();
}

static SgRecord *cell_record;

/* A cell of @cell_record that shows @text. */
static gboolean
is_cell_text (GtkWidget     *widget,
              gconstpointer  text)
{
  return SG_IS_RECORD_CELL (widget) && sg_record_cell_get_record (SG_RECORD_CELL (widget)) == cell_record &&
         g_strcmp0 (sg_record_cell_get_text (SG_RECORD_CELL (widget)), text) == 0;
}

/* A row says where the action came from: its record, or the source; at
 * the width of a laptop, beside the detail pane. */
static void
test_source_column (Fixture       *f,
                    gconstpointer  data)
{
  SgRecordPage *page = open_page (f, "action");
  SgRecord *action = find_action (f, FALSE);
  SgRecord *nc = sg_store_find_by_ref (f->store, SG_TYPE_NONCONFORMITY, "NC-002");
  g_assert_nonnull (nc);
  cell_record = action;
  g_object_set (action, SG_ACTION_REVIEW, (gint64) 0, SG_ACTION_AUDIT, (gint64) 0,
                SG_ACTION_SOURCE, SG_ACTION_SOURCE_NONCONFORMITY,
                SG_ACTION_NONCONFORMITY, sg_record_get_id (nc), NULL);
  sg_test_run_a_while ();
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (page), is_cell_text, "NC-002"));

  /* Moved to nothing: the source alone. */
  g_object_set (action, SG_ACTION_NONCONFORMITY, (gint64) 0, SG_ACTION_SOURCE, SG_ACTION_SOURCE_OTHER, NULL);
  sg_test_run_a_while ();
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (page), is_cell_text, "Other"));
}

/* "Overdue Only" in the filter menu: the list and its count follow; the
 * facets combine; every kind with a due date has it, others not. */
static void
test_overdue_facet (Fixture       *f,
                    gconstpointer  data)
{
  SgRecordPage *page = open_page (f, "action");
  GListModel *shown = sg_record_page_get_shown (page);
  SgFacetFilter *filter = sg_record_page_get_facet_filter (page);
  GtkWidget *button = sg_record_page_get_facet_button (page);
  guint total = g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_ACTION));
  guint n_overdue;
  g_autofree char *expected = NULL;
  g_autoptr(SgFacetFilter) assets = sg_facet_filter_new (f->store, SG_TYPE_ASSET);
  g_autoptr(SgFacetFilter) ncs = sg_facet_filter_new (f->store, SG_TYPE_NONCONFORMITY);

  /* One more overdue than the example has, dated before it was raised
   * would be refused: the raised-on date goes first. */
  g_object_set (find_action (f, FALSE), SG_ACTION_RAISED_ON, NULL, SG_ACTION_DUE_DATE, "2020-01-15", NULL);
  n_overdue = count_overdue (f->store);
  g_assert_cmpuint (n_overdue, >=, 2);
  g_assert_cmpuint (n_overdue, <, total);

  g_assert_true (sg_facet_filter_has_overdue (filter));
  g_assert_true (gtk_widget_activate_action (button, "facets.overdue", NULL));
  g_assert_true (sg_facet_filter_get_overdue (filter));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_overdue);
  for (guint i = 0; i < n_overdue; i++)
    {
      g_autoptr(SgRecord) action = g_list_model_get_item (shown, i);

      g_assert_true (sg_record_is_overdue (action, NULL));
    }
  expected = g_strdup_printf ("%u of %u entries", n_overdue, total);
  g_assert_cmpstr (count_shown (page), ==, expected);
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_first_child (button), "accent"));

  /* With a status: both hold. */
  {
    guint status = G_MAXUINT;

    for (guint i = 0; i < sg_facet_filter_get_n_facets (filter); i++)
      if (g_str_equal (sg_facet_filter_get_facet (filter, i)->name, SG_ACTION_STATUS))
        status = i;
    g_assert_cmpuint (status, !=, G_MAXUINT);
    sg_facet_filter_set (filter, status, "done");
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
    sg_facet_filter_set (filter, status, "any");
  }

  /* Activated again: off. "Show All" clears it too. */
  g_assert_true (gtk_widget_activate_action (button, "facets.overdue", NULL));
  g_assert_false (sg_facet_filter_get_overdue (filter));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, total);
  g_free (expected);
  expected = g_strdup_printf ("%u entries", total);
  g_assert_cmpstr (count_shown (page), ==, expected);
  g_assert_true (gtk_widget_activate_action (button, "facets.overdue", NULL));
  g_assert_true (gtk_widget_activate_action (button, "facets.clear", NULL));
  g_assert_false (sg_facet_filter_get_overdue (filter));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, total);

  g_assert_true (sg_facet_filter_has_overdue (ncs));
  g_assert_false (sg_facet_filter_has_overdue (assets));
}

/* An action under its nonconformity: status, owner, due date, and the
 * badge in words while it is overdue and not done. */
static void
test_child_badge (Fixture       *f,
                  gconstpointer  data)
{
  SgRecord *action = find_action (f, FALSE);
  GParamSpec *parent = sg_record_class_find_parent_field (SG_TYPE_ACTION, SG_TYPE_NONCONFORMITY);
  GtkWidget *row = g_object_ref_sink (sg_child_row_new (f->store, action, parent));
  const char *owner = sg_store_peek_name (f->store, action, SG_ACTION_OWNER);
  GtkWidget *badge;
  g_autofree char *due = NULL;

  g_assert_nonnull (owner);
  g_assert_false (sg_child_row_get_overdue (SG_CHILD_ROW (row)));
  badge = sg_test_find_widget (row, sg_test_is_label, "Overdue");
  g_assert_nonnull (badge);
  g_assert_false (gtk_widget_get_visible (badge));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), owner));

  g_object_set (action, SG_ACTION_RAISED_ON, NULL, SG_ACTION_DUE_DATE, "2020-01-15", NULL);
  g_assert_true (sg_child_row_get_overdue (SG_CHILD_ROW (row)));
  g_assert_true (gtk_widget_get_visible (badge));
  due = g_strdup_printf ("Open · %s · Due 2020-01-15", owner);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, due);

  g_object_set (action, SG_ACTION_STATUS, SG_ACTION_STATUS_DONE, NULL);
  g_assert_false (sg_child_row_get_overdue (SG_CHILD_ROW (row)));
  g_assert_false (gtk_widget_get_visible (badge));
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Done · "));

  g_assert_finalize_object (row);
}

static gboolean
is_date_row (GtkWidget     *widget,
             gconstpointer  title)
{
  return SG_IS_DATE_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_toast_text (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0 &&
         gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY) != NULL &&
         gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_GROUP) == NULL;
}

/* An action due before it was raised, picked in the editor: not saved,
 * the row shows the saved date again and says why under it; the next
 * good date clears it. */
static void
test_field_error (Fixture       *f,
                  gconstpointer  data)
{
  SgRecordPage *page = open_page (f, "action");
  SgRecord *action = find_action (f, TRUE);
  GtkWidget *editor = sg_record_page_get_editor (page);
  const char *message = "An action cannot be due before it was raised";
  g_autofree char *saved = g_strdup (sg_record_peek_string (action, SG_ACTION_DUE_DATE));
  const char *raised = sg_record_peek_string (action, SG_ACTION_RAISED_ON);
  guint history = sg_store_count_history (f->store);
  GtkWidget *row;

  g_assert_nonnull (raised);
  sg_record_page_select (page, action);
  sg_test_run_a_while ();
  g_assert_true (sg_record_editor_get_record (SG_RECORD_EDITOR (editor)) == action);
  row = sg_test_find_widget (editor, is_date_row, "Due date");
  g_assert_nonnull (row);

  sg_date_row_set_date (SG_DATE_ROW (row), "2020-01-15");
  sg_test_run_a_while ();
  g_assert_cmpstr (sg_record_peek_string (action, SG_ACTION_DUE_DATE), ==, saved);
  g_assert_cmpstr (sg_date_row_get_date (SG_DATE_ROW (row)), ==, saved);
  g_assert_cmpuint (sg_store_count_history (f->store), ==, history);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, message);
  g_assert_true (gtk_widget_has_css_class (row, "sg-field-invalid"));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);
  /* Told at the field, not again in a toast. */
  g_assert_null (sg_test_find_widget (GTK_WIDGET (f->window), is_toast_text, message));

  sg_date_row_set_date (SG_DATE_ROW (row), raised);
  sg_test_run_a_while ();
  g_assert_cmpstr (sg_record_peek_string (action, SG_ACTION_DUE_DATE), ==, raised);
  g_assert_cmpuint (sg_store_count_history (f->store), ==, history + 1);
  g_assert_false (gtk_widget_has_css_class (row, "sg-field-invalid"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "");

  /* Refused again, then another action shown: the message does not follow. */
  sg_date_row_set_date (SG_DATE_ROW (row), "2020-01-15");
  g_assert_true (gtk_widget_has_css_class (row, "sg-field-invalid"));
  sg_record_page_select (page, find_action (f, FALSE));
  sg_test_run_a_while ();
  g_assert_false (gtk_widget_has_css_class (row, "sg-field-invalid"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;

  g_test_add ("/actions-page/overdue-facet", Fixture, NULL, fixture_set_up, test_overdue_facet, fixture_tear_down);
  g_test_add ("/actions-page/source-column", Fixture, NULL, fixture_set_up, test_source_column, fixture_tear_down);
  g_test_add ("/actions-page/child-badge", Fixture, NULL, fixture_set_up, test_child_badge, fixture_tear_down);
  g_test_add ("/actions-page/field-error", Fixture, NULL, fixture_set_up, test_field_error, fixture_tear_down);

  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
