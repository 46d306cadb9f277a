/* test-policy-page.c: the Policy page — which policy it shows, its approval and communication, the empty state
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "sg-document.h"
#include "sg-enums.h"
#include "sg-person.h"
#include "sg-policy-page.h"
#include "sg-record-page.h"
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
               gconstpointer  title)
{
  return ADW_IS_ACTION_ROW (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static const char *
row_subtitle (GtkWidget  *page,
              const char *title)
{
  GtkWidget *row = sg_test_find_widget (page, is_row_titled, title);

  g_assert_nonnull (row);
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static gboolean
is_mapped_label (GtkWidget     *widget,
                 gconstpointer  text)
{
  return sg_test_is_label (widget, text) && gtk_widget_get_mapped (widget);
}

static gboolean
is_undo_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Undo") == 0 &&
         gtk_widget_get_mapped (widget);
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
has_undo_button (gpointer window)
{
  return sg_test_find_widget (gtk_window_get_child (window), is_undo_button, NULL) != NULL;
}

typedef struct
{
  GtkWidget  *page;
  const char *title;
  const char *subtitle;
} RowText;

static gboolean
row_reads (gpointer data)
{
  RowText *want = data;
  GtkWidget *row = sg_test_find_widget (want->page, is_row_titled, want->title);

  return row != NULL && g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), want->subtitle) == 0;
}

static void
wait_for_row (GtkWidget  *page,
              const char *title,
              const char *subtitle)
{
  RowText want = { page, title, subtitle };

  sg_test_wait_for (row_reads, &want);
}

/* The approved information security policy comes first, however many
 * topic-specific policies were approved after it; a withdrawn policy and
 * a procedure are not policies in force. "Communicated Today" saves
 * today's date at once, and Undo takes it back. */
static void
test_policy_shown (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "policy.isms", NULL);
  g_autofree char *past = days_from_today (-3);
  g_autofree char *today = days_from_today (0);
  g_autofree char *overdue = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  g_autoptr(SgRecord) klaus = g_object_new (SG_TYPE_PERSON, SG_PERSON_NAME, "Klaus Brandt", NULL);
  g_autoptr(SgRecord) old = NULL;
  g_autoptr(SgRecord) policy = NULL;
  g_autoptr(SgRecord) access = NULL;
  g_autoptr(SgRecord) procedure = NULL;
  SgWindow *window;
  GtkWidget *page;

  g_assert_no_error (error);
  g_assert_true (sg_store_add (store, klaus, NULL));
  old = g_object_new (SG_TYPE_DOCUMENT, "title", "Old security policy", "type", SG_DOCUMENT_TYPE_POLICY,
                      "status", SG_DOCUMENT_STATUS_WITHDRAWN, NULL);
  policy = g_object_new (SG_TYPE_DOCUMENT, "title", "Information security policy", "type", SG_DOCUMENT_TYPE_POLICY,
                         "version", "3.0", "status", SG_DOCUMENT_STATUS_APPROVED,
                         "approved-by", sg_record_get_id (klaus), "approved-on", "2026-01-10",
                         "next-review", past, SG_DOCUMENT_DISTRIBUTION, "All employees, on the intranet", NULL);
  access = g_object_new (SG_TYPE_DOCUMENT, "title", "Access control policy", "type", SG_DOCUMENT_TYPE_POLICY,
                         "version", "1.4", "status", SG_DOCUMENT_STATUS_APPROVED,
                         "approved-by", sg_record_get_id (klaus), "approved-on", "2026-06-01", NULL);
  procedure = g_object_new (SG_TYPE_DOCUMENT, "title", "Backup procedure", "type", SG_DOCUMENT_TYPE_PROCEDURE, NULL);
  g_assert_true (sg_store_add (store, old, NULL));
  g_assert_true (sg_store_add (store, policy, NULL));
  g_assert_true (sg_store_add (store, access, NULL));
  g_assert_true (sg_store_add (store, procedure, NULL));

  window = sg_test_window_on_page (store, "policy", 1300, 850);
  page = sg_window_get_page (window, "policy");
  g_assert_true (sg_policy_page_get_policy (SG_POLICY_PAGE (page)) == policy);

  g_assert_nonnull (sg_test_find_widget (page, is_mapped_label, "Information security policy"));
  g_assert_nonnull (sg_test_find_widget (page, is_mapped_label, "DOC-002 · version 3.0"));
  g_assert_cmpstr (row_subtitle (page, "Status"), ==, "Approved");
  g_assert_cmpstr (row_subtitle (page, "Approved"), ==, "Klaus Brandt on 2026-01-10");
  overdue = g_strdup_printf ("%s — overdue", past);
  g_assert_cmpstr (row_subtitle (page, "Next review"), ==, overdue);
  g_assert_true (gtk_widget_has_css_class (sg_test_find_widget (page, is_row_titled, "Next review"), "error"));
  g_assert_cmpstr (row_subtitle (page, "Distribution"), ==, "All employees, on the intranet");
  g_assert_cmpstr (row_subtitle (page, "Last communicated"), ==, "Never recorded");
  /* Below it the topic-specific policy; not the withdrawn one, not the procedure. */
  g_assert_cmpstr (row_subtitle (page, "DOC-003 Access control policy"), ==, "Approved · version 1.4");
  g_assert_null (sg_test_find_widget (page, is_row_titled, "DOC-001 Old security policy"));
  g_assert_null (sg_test_find_widget (page, is_row_titled, "DOC-004 Backup procedure"));

  /* Communicated today: saved at once, shown at once, undone. */
  g_assert_true (gtk_widget_activate_action (page, "policy.communicated-today", NULL));
  g_assert_cmpstr (sg_record_peek_string (policy, SG_DOCUMENT_LAST_COMMUNICATED), ==, today);
  wait_for_row (page, "Last communicated", today);
  g_assert_false (gtk_widget_is_sensitive (sg_test_find_widget (page, is_button_labelled, "_Communicated Today")));
  sg_test_wait_for (has_undo_button, window);
  g_signal_emit_by_name (sg_test_find_widget (gtk_window_get_child (GTK_WINDOW (window)), is_undo_button, NULL),
                         "clicked");
  g_assert_null (sg_record_peek_string (policy, SG_DOCUMENT_LAST_COMMUNICATED));
  wait_for_row (page, "Last communicated", "Never recorded");

  /* A new approval is read at once. */
  g_object_set (policy, "approved-on", "2026-02-02", NULL);
  wait_for_row (page, "Approved", "Klaus Brandt on 2026-02-02");

  /* The topic-specific policy and the policy itself open in Documents. */
  g_signal_emit_by_name (sg_test_find_widget (page, is_row_titled, "DOC-003 Access control policy"), "activated");
  g_assert_true (sg_record_page_get_selected (SG_RECORD_PAGE (sg_window_get_page (window, "document"))) == access);
  g_assert_true (gtk_widget_activate_action (page, "policy.open-document", NULL));
  g_assert_true (sg_record_page_get_selected (SG_RECORD_PAGE (sg_window_get_page (window, "document"))) == policy);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* With no policy the page says what 5.2 asks, and its button writes one. */
static void
test_policy_empty (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "empty.isms", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  SgWindow *window;
  GtkWidget *page;
  SgRecord *created;

  g_assert_no_error (error);
  window = sg_test_window_on_page (store, "policy", 1300, 850);
  page = sg_window_get_page (window, "policy");
  g_assert_null (sg_policy_page_get_policy (SG_POLICY_PAGE (page)));
  g_assert_nonnull (sg_test_find_widget (page, is_mapped_label, "No Information Security Policy"));

  g_assert_true (gtk_widget_activate_action (page, "policy.create", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_DOCUMENT)), ==, 1);
  created = sg_record_page_get_selected (SG_RECORD_PAGE (sg_window_get_page (window, "document")));
  g_assert_nonnull (created);
  g_assert_cmpstr (sg_record_peek_string (created, "title"), ==, "Information security policy");
  g_assert_cmpint (sg_record_peek_enum (created, "type"), ==, SG_DOCUMENT_TYPE_POLICY);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (gtk_widget_get_parent (sg_window_get_page (window, "document")))),
                   ==, "document");
  /* Back on the page, the new draft is the policy shown. */
  g_assert_true (sg_window_show_page (window, "policy"));
  wait_for_row (page, "Status", "Draft");
  g_assert_true (sg_policy_page_get_policy (SG_POLICY_PAGE (page)) == created);

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
  g_test_add_func ("/policy-page/shown", test_policy_shown);
  g_test_add_func ("/policy-page/empty", test_policy_empty);
  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
