/* test-due-page.c: the Due page — its list, its count in the sidebar, and each row opening its record
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "sg-document.h"
#include "sg-person.h"
#include "sg-settings.h"
#include "sg-due-page.h"
#include "sg-record-page.h"
#include "sg-risk.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-window.h"

static char *tmpdir;

static char *
days_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  prefix)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), prefix);
}

static gboolean
counts_two (gpointer items)
{
  return g_list_model_get_n_items (items) == 2;
}

static void
test_due_page (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "due.isms", NULL);
  g_autofree char *past = days_from_today (-5);
  g_autofree char *soon = days_from_today (10);
  g_autofree char *far = days_from_today (90);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  g_autoptr(SgRecord) policy = g_object_new (SG_TYPE_DOCUMENT, "ref", "DOC-001", "title", "Policy",
                                              "next-review", past, NULL);
  g_autoptr(SgRecord) later = g_object_new (SG_TYPE_RISK, "title", "Later", "next-review", far, NULL);
  g_autoptr(SgRecord) flood = g_object_new (SG_TYPE_RISK, "title", "Flood", "next-review", soon, NULL);
  SgWindow *window;
  GtkWidget *page, *row;
  GListModel *items;

  g_assert_no_error (error);
  g_assert_true (sg_store_add (store, policy, NULL));
  g_assert_true (sg_store_add (store, later, NULL));

  window = g_object_ref (sg_window_new (NULL, store));
  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 850);
  gtk_window_present (GTK_WINDOW (window));
  sg_test_wait_for (sg_test_is_mapped, window);
  g_assert_true (sg_window_show_page (window, "due"));
  page = sg_window_get_page (window, "due");
  sg_test_wait_for (sg_test_is_mapped, page);
  items = sg_due_page_get_items (SG_DUE_PAGE (page));

  /* The overdue document; the risk three months out is not due yet. */
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  g_assert_nonnull (sg_test_find_widget (page, is_row_titled, "Document review: DOC-001"));
  g_assert_null (sg_test_find_widget (page, is_row_titled, "Risk review: R-001"));
  g_assert_nonnull (sg_test_find_widget (page, sg_test_is_label, "5 days overdue"));

  /* A record added elsewhere is counted without visiting the page again. */
  g_assert_true (sg_store_add (store, flood, NULL));
  sg_test_wait_for (counts_two, items);
  g_assert_nonnull (sg_test_find_widget (page, is_row_titled, "Risk review: R-002 Flood"));
  g_assert_nonnull (sg_test_find_widget (page, sg_test_is_label, "in 10 days"));

  /* A row opens its record. */
  row = sg_test_find_widget (page, is_row_titled, "Document review: DOC-001");
  g_signal_emit_by_name (row, "activated");
  g_assert_true (sg_record_page_get_selected (SG_RECORD_PAGE (sg_window_get_page (window, "document"))) == policy);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static gboolean
is_mine_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_TOGGLE_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "avatar-default-symbolic") == 0;
}

static gboolean
counts (gpointer data)
{
  gpointer *pair = data;

  return g_list_model_get_n_items (pair[0]) == GPOINTER_TO_UINT (pair[1]);
}

static void
wait_for_count (GListModel *items,
                guint       n)
{
  gpointer pair[2] = { items, GUINT_TO_POINTER (n) };

  sg_test_wait_for (counts, pair);
}

/* Filtered by whose it is (Only Mine is "You" in Preferences; anyone
 * through the menu) and by kind; "Show Everything" brings all back.
 * What was counted is remembered for this register only. */
static void
test_due_filters (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "filters.isms", NULL);
  g_autofree char *past = days_from_today (-5);
  g_autofree char *soon = days_from_today (10);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  g_autoptr(SgRecord) anna = g_object_new (SG_TYPE_PERSON, SG_PERSON_NAME, "Anna Becker", NULL);
  g_autoptr(SgRecord) ben = g_object_new (SG_TYPE_PERSON, SG_PERSON_NAME, "Ben Ott", NULL);
  GSettings *settings = sg_settings_get ();
  g_autoptr(GVariant) counted = NULL;
  g_autofree char *today = days_from_today (0);
  const char *date = NULL;
  SgWindow *window;
  GtkWidget *page, *mine;
  GListModel *items;

  g_assert_no_error (error);
  g_assert_nonnull (settings);
  g_assert_true (sg_store_add (store, anna, NULL));
  g_assert_true (sg_store_add (store, ben, NULL));
  {
    g_autoptr(SgRecord) policy = g_object_new (SG_TYPE_DOCUMENT, "ref", "DOC-001", "title", "Policy",
                                               "owner", sg_record_get_id (anna), "next-review", past, NULL);
    g_autoptr(SgRecord) flood = g_object_new (SG_TYPE_RISK, "title", "Flood", "owner", sg_record_get_id (ben),
                                              "next-review", soon, NULL);
    g_autoptr(SgRecord) fire = g_object_new (SG_TYPE_RISK, "title", "Fire", "owner", sg_record_get_id (anna),
                                             "next-review", soon, NULL);

    g_assert_true (sg_store_add (store, policy, NULL));
    g_assert_true (sg_store_add (store, flood, NULL));
    g_assert_true (sg_store_add (store, fire, NULL));
  }
  g_settings_set_string (settings, "me", "anna becker");
  /* Another register counted yesterday, and this one a week ago. */
  g_settings_set_value (settings, "due-counted",
                        g_variant_new_parsed ("{%s: '2020-01-01', %s: '2020-01-02'}", path, tmpdir));

  window = g_object_ref (sg_window_new (NULL, store));
  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 850);
  gtk_window_present (GTK_WINDOW (window));
  sg_test_wait_for (sg_test_is_mapped, window);
  g_assert_true (sg_window_show_page (window, "due"));
  page = sg_window_get_page (window, "due");
  sg_test_wait_for (sg_test_is_mapped, page);
  items = sg_due_page_get_items (SG_DUE_PAGE (page));
  wait_for_count (items, 3);

  /* Counted today for this register; the other one's day kept. */
  counted = g_settings_get_value (settings, "due-counted");
  g_assert_true (g_variant_lookup (counted, path, "&s", &date));
  g_assert_cmpstr (date, ==, today);
  g_assert_true (g_variant_lookup (counted, tmpdir, "&s", &date));
  g_assert_cmpstr (date, ==, "2020-01-02");

  /* Only Mine: Anna's document and risk, not Ben's risk. */
  mine = sg_test_find_widget (page, is_mine_button, NULL);
  g_assert_nonnull (mine);
  g_assert_true (gtk_widget_get_visible (mine));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (mine), TRUE);
  wait_for_count (items, 2);
  g_assert_null (sg_test_find_widget (page, is_row_titled, "Risk review: R-001 Flood"));

  /* Anyone, from the menu; then one kind. */
  g_assert_true (gtk_widget_activate_action (page, "due.person", "s", "-"));
  wait_for_count (items, 0);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (mine)));
  g_assert_nonnull (sg_test_find_widget (page, sg_test_is_label, "Nothing Due Here"));
  {
    g_autofree char *ben_id = g_strdup_printf ("%" G_GINT64_FORMAT, sg_record_get_id (ben));

    g_assert_true (gtk_widget_activate_action (page, "due.person", "s", ben_id));
  }
  wait_for_count (items, 1);
  g_assert_nonnull (sg_test_find_widget (page, is_row_titled, "Risk review: R-001 Flood"));
  g_assert_true (gtk_widget_activate_action (page, "due.person", "s", ""));
  g_assert_true (gtk_widget_activate_action (page, "due.kind", "s", "SgDocument"));
  wait_for_count (items, 1);
  g_assert_nonnull (sg_test_find_widget (page, is_row_titled, "Document review: DOC-001"));
  g_assert_true (gtk_widget_activate_action (page, "due.clear", NULL));
  wait_for_count (items, 3);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_settings_reset (settings, "me");
  g_settings_reset (settings, "due-counted");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;
  g_test_add_func ("/due-page/list", test_due_page);
  g_test_add_func ("/due-page/filters", test_due_filters);
  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
