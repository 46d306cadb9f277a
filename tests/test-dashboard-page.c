/* test-dashboard-page.c: the dashboard — each figure opens its list filtered to what it counts, edits show, a new register gets started
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "sg-action.h"
#include "sg-asset.h"
#include "sg-control-page.h"
#include "sg-dashboard-page.h"
#include "sg-facet-filter.h"
#include "sg-nonconformity-page.h"
#include "sg-nonconformity.h"
#include "sg-record-page.h"
#include "sg-risk-page.h"
#include "sg-sample.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-window.h"

static char *tmpdir;

typedef struct
{
  const char *page;
  const char *filter;
} Target;

static gboolean
is_figure_for (GtkWidget     *widget,
               gconstpointer  data)
{
  const Target *target = data;

  return SG_IS_DASHBOARD_FIGURE (widget) &&
         g_strcmp0 (sg_dashboard_figure_get_page (SG_DASHBOARD_FIGURE (widget)), target->page) == 0 &&
         g_strcmp0 (sg_dashboard_figure_get_filter (SG_DASHBOARD_FIGURE (widget)), target->filter) == 0;
}

static gboolean
is_record_figure (GtkWidget     *widget,
                  gconstpointer  data)
{
  return SG_IS_DASHBOARD_FIGURE (widget) &&
         sg_dashboard_figure_get_kind (SG_DASHBOARD_FIGURE (widget)) == GPOINTER_TO_SIZE (data);
}

static gboolean
is_idle (gpointer page)
{
  return !sg_dashboard_page_is_busy (page);
}

static SgDashboardFigure *
click (GtkWidget  *page,
       const char *name,
       const char *filter)
{
  Target target = { name, filter };
  GtkWidget *figure = sg_test_find_widget (page, is_figure_for, &target);

  g_assert_nonnull (figure);
  g_signal_emit_by_name (figure, "clicked");
  sg_test_run_a_while ();
  return SG_DASHBOARD_FIGURE (figure);
}

/* The register's page stack: the one holding the dashboard. */
static gboolean
is_page_stack (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "dashboard") != NULL;
}

static const char *
visible_page (SgWindow *window)
{
  GtkWidget *stack = sg_test_find_widget (GTK_WIDGET (window), is_page_stack, NULL);

  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static guint
count_shown (GtkWidget *page)
{
  return g_list_model_get_n_items (sg_record_page_get_shown (SG_RECORD_PAGE (page)));
}

static guint
value_of (SgDashboardFigure *figure)
{
  return (guint) g_ascii_strtoull (sg_dashboard_figure_get_value (figure), NULL, 10);
}

/* Each figure of the example's dashboard opens its page showing exactly
 * the records it counts. */
static void
test_figures_open_lists (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "example.isms", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  SgWindow *window;
  GtkWidget *dashboard, *page, *stack_page;
  SgDashboardFigure *figure;
  SgFacetFilter *facets;

  g_assert_true (sg_sample_create (path, &error));
  g_assert_no_error (error);
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  window = sg_test_window_on_page (store, "dashboard", 1400, 900);
  dashboard = sg_window_get_page (window, "dashboard");
  g_assert_true (SG_IS_DASHBOARD_PAGE (dashboard));
  sg_test_wait_for (is_idle, dashboard);

  /* Risks above the appetite: the Risks page, filtered to them. */
  figure = click (dashboard, "risk", "above-appetite");
  g_assert_cmpstr (visible_page (window), ==, "risk");
  page = sg_window_get_page (window, "risk");
  g_assert_cmpint (sg_risk_filter_get_level (sg_risk_page_get_filter (SG_RECORD_PAGE (page))), ==,
                   SG_RISK_FILTER_ABOVE_APPETITE);
  g_assert_cmpuint (value_of (figure), >, 0);
  g_assert_cmpuint (count_shown (page), ==, value_of (figure));

  /* The heat map. */
  sg_window_show_page (window, "dashboard");
  click (dashboard, "heatmap", NULL);
  g_assert_cmpstr (visible_page (window), ==, "heatmap");

  /* Open NCs: the NC page showing those not closed, and saying so. */
  sg_window_show_page (window, "dashboard");
  figure = click (dashboard, "nonconformity", "open");
  g_assert_cmpstr (visible_page (window), ==, "nonconformity");
  page = sg_window_get_page (window, "nonconformity");
  g_assert_true (sg_nonconformity_filter_get_open_only (sg_nonconformity_page_get_filter (SG_RECORD_PAGE (page))));
  g_assert_cmpuint (value_of (figure), >, 0);
  g_assert_cmpuint (count_shown (page), ==, value_of (figure));
  g_assert_cmpuint (count_shown (page), <, g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_NONCONFORMITY)));

  /* Overdue NCs and actions: their pages with "Overdue only". */
  sg_window_show_page (window, "dashboard");
  figure = click (dashboard, "nonconformity", "overdue");
  g_assert_cmpstr (visible_page (window), ==, "nonconformity");
  page = sg_window_get_page (window, "nonconformity");
  g_assert_true (sg_facet_filter_get_overdue (sg_record_page_get_facet_filter (SG_RECORD_PAGE (page))));
  g_assert_false (sg_nonconformity_filter_get_open_only (sg_nonconformity_page_get_filter (SG_RECORD_PAGE (page))));
  g_assert_cmpuint (count_shown (page), ==, value_of (figure));

  sg_window_show_page (window, "dashboard");
  figure = click (dashboard, "action", "overdue");
  g_assert_cmpstr (visible_page (window), ==, "action");
  page = sg_window_get_page (window, "action");
  facets = sg_record_page_get_facet_filter (SG_RECORD_PAGE (page));
  g_assert_true (sg_facet_filter_get_overdue (facets));
  g_assert_cmpuint (count_shown (page), ==, value_of (figure));

  /* A theme of the SoA: its applicable controls. */
  sg_window_show_page (window, "dashboard");
  click (dashboard, "control", "theme:3");
  g_assert_cmpstr (visible_page (window), ==, "control");
  stack_page = sg_window_get_page (window, "control");
  g_assert_cmpstr (sg_control_page_get_count_text (SG_CONTROL_PAGE (stack_page)), !=, "");
  {
    Target target = { "control", "theme:3" };
    SgDashboardFigure *theme = SG_DASHBOARD_FIGURE (sg_test_find_widget (dashboard, is_figure_for, &target));
    /* "7 of 34": implemented of applicable, and the page lists the applicable. */
    const char *value = sg_dashboard_figure_get_value (theme);
    const char *of = strstr (value, " of ");

    g_assert_nonnull (of);
    g_assert_cmpuint (sg_control_page_get_n_shown (SG_CONTROL_PAGE (stack_page)), ==,
                      (guint) g_ascii_strtoull (of + 4, NULL, 10));
  }

  /* A line of the Due list opens its record. */
  sg_window_show_page (window, "dashboard");
  {
    GtkWidget *due = sg_test_find_widget (dashboard, is_record_figure, GSIZE_TO_POINTER (SG_TYPE_NONCONFORMITY));

    if (due != NULL)
      {
        g_signal_emit_by_name (due, "clicked");
        sg_test_run_a_while ();
        g_assert_cmpstr (visible_page (window), ==, "nonconformity");
        g_assert_cmpint (sg_record_get_id (sg_record_page_get_selected (SG_RECORD_PAGE (sg_window_get_page (window, "nonconformity")))),
                         ==, sg_dashboard_figure_get_id (SG_DASHBOARD_FIGURE (due)));
      }
  }

  /* An NC added on another page is counted when the dashboard is back. */
  sg_window_show_page (window, "dashboard");
  sg_test_wait_for (is_idle, dashboard);
  {
    Target target = { "nonconformity", "open" };
    SgDashboardFigure *open = SG_DASHBOARD_FIGURE (sg_test_find_widget (dashboard, is_figure_for, &target));
    guint before = value_of (open);
    g_autoptr(SgRecord) nc = g_object_new (SG_TYPE_NONCONFORMITY, SG_NONCONFORMITY_TITLE, "Found today", NULL);

    g_assert_true (sg_store_add (store, nc, NULL));
    sg_test_wait_for (is_idle, dashboard);
    g_assert_cmpuint (value_of (open), ==, before + 1);
    /* And an edit: closing it. */
    g_object_set (nc, SG_NONCONFORMITY_STATUS, SG_NC_STATUS_CLOSED, NULL);
    sg_test_run_a_while ();
    sg_test_wait_for (is_idle, dashboard);
    g_assert_cmpuint (value_of (open), ==, before);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* A new register's dashboard walks through building the ISMS: each step
 * says what is missing and opens its page; a step done is marked. */
static void
test_getting_started (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "new.isms", NULL);
  g_autoptr(SgStore) store = sg_test_open_new (path);
  SgWindow *window = sg_test_window_on_page (store, "dashboard", 1400, 900);
  GtkWidget *dashboard = sg_window_get_page (window, "dashboard");
  GtkWidget *row;
  g_autoptr(SgRecord) asset = NULL;

  sg_test_wait_for (is_idle, dashboard);
  g_assert_nonnull (sg_test_find_widget (dashboard, sg_test_is_label, "Getting Started"));
  row = sg_test_find_widget (dashboard, is_row_titled, "List the assets");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_visible (row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Missing: no assets recorded");
  row = sg_test_find_widget (dashboard, is_row_titled, "Identify and assess the risks, or import them");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Missing: no risks recorded");

  g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  sg_test_run_a_while ();
  g_assert_cmpstr (visible_page (window), ==, "risk");

  asset = g_object_new (SG_TYPE_ASSET, "name", "Laptops", NULL);
  g_assert_true (sg_store_add (store, asset, NULL));
  sg_window_show_page (window, "dashboard");
  sg_test_run_a_while ();
  sg_test_wait_for (is_idle, dashboard);
  row = sg_test_find_widget (dashboard, is_row_titled, "List the assets");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Done");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int    argc,
      char **argv)
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;

  g_test_add_func ("/dashboard-page/figures-open-lists", test_figures_open_lists);
  g_test_add_func ("/dashboard-page/getting-started", test_getting_started);
  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
