/* test-due-page.c: the Due page — its list, its count in the sidebar, and each row opening its record
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "sg-document.h"
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

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;
  g_test_add_func ("/due-page/list", test_due_page);
  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
