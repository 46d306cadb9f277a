/* test-scope-page.c: the scope as one page — statement, approval, versions, the empty register
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "sg-backlinks.h"
#include "sg-context-issue.h"
#include "sg-field-binding.h"
#include "sg-record-page.h"
#include "sg-risk.h"
#include "sg-sample.h"
#include "sg-scope-page.h"
#include "sg-scope.h"
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
example_set_up (Fixture       *f,
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
empty_set_up (Fixture       *f,
              gconstpointer  data)
{
  static guint serial;

  f->path = g_strdup_printf ("%s/empty-%u.isms", tmpdir, ++serial);
  f->store = sg_test_open_new (f->path);
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

static SgScopePage *
open_page (Fixture *f,
           int      width)
{
  GtkWidget *page;

  f->window = sg_test_window_on_page (f->store, "scope", width, 800);
  page = sg_window_get_page (f->window, "scope");
  g_assert_true (SG_IS_SCOPE_PAGE (page));
  sg_test_run_a_while ();
  return SG_SCOPE_PAGE (page);
}

static SgRecord *
the_scope (Fixture *f)
{
  guint n;
  SgRecord *const *scopes = sg_store_peek_records (f->store, SG_TYPE_SCOPE, &n);

  g_assert_cmpuint (n, ==, 1);
  return scopes[0];
}

static gboolean
is_text_view_with (GtkWidget     *widget,
                   gconstpointer  text)
{
  g_autofree char *shown = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (!GTK_IS_TEXT_VIEW (widget) || !gtk_widget_get_mapped (widget))
    return FALSE;
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return g_strcmp0 (shown, text) == 0;
}

static gboolean
is_list (GtkWidget     *widget,
         gconstpointer  data)
{
  return GTK_IS_COLUMN_VIEW (widget) || GTK_IS_LIST_VIEW (widget) || SG_IS_RECORD_PAGE (widget);
}

static const char *
entry_text (SgScopePage *page,
            const char  *field)
{
  GtkWidget *row = sg_field_binding_get_widget (sg_scope_page_get_binding (page, field));

  g_assert_true (GTK_IS_EDITABLE (row));
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
shows_overdue (gpointer page)
{
  return sg_scope_page_get_overdue (page);
}

static gboolean
shows_three_versions (gpointer page)
{
  return sg_scope_page_get_n_versions (page) == 3;
}

/* The example's scope reads as a document: the statement shown whole, its
 * approval beside it, and no list to choose the one statement from. */
static void
test_document (Fixture       *f,
               gconstpointer  data)
{
  SgScopePage *page = open_page (f, 1400);
  SgRecord *scope = the_scope (f);
  const char *statement = sg_record_peek_string (scope, "statement");

  g_assert_true (sg_scope_page_get_record (page) == scope);
  g_assert_null (sg_test_find_widget (GTK_WIDGET (page), is_list, NULL));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (page), is_text_view_with, statement));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (page), is_text_view_with,
                                         sg_record_peek_string (scope, "exclusions")));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (page), sg_test_is_label, "Approval"));
  g_assert_cmpstr (entry_text (page, SG_SCOPE_VERSION), ==, "2.1");
  g_assert_nonnull (sg_scope_page_get_binding (page, SG_SCOPE_APPROVED_BY));
  g_assert_nonnull (sg_scope_page_get_binding (page, SG_SCOPE_NEXT_REVIEW));
  g_assert_false (sg_scope_page_get_overdue (page));
}

/* The example's scope was approved as 2.0 and revised to 2.1: both are
 * listed, newest first, each with who approved it. */
static void
test_versions (Fixture       *f,
               gconstpointer  data)
{
  SgScopePage *page = open_page (f, 1400);
  GtkWidget *newest, *oldest;

  g_assert_cmpuint (sg_scope_page_get_n_versions (page), ==, 2);
  newest = sg_scope_page_get_version_row (page, 0);
  oldest = sg_scope_page_get_version_row (page, 1);
  g_assert_true (gtk_widget_get_mapped (newest));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (newest)), ==, "Version 2.1");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (oldest)), ==, "Version 2.0");
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (newest)),
                                   "Approved by Dr. Klaus Brandt on "));
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (oldest)),
                                   "Approved by Dr. Klaus Brandt on "));
  /* Each with its own approval date. */
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (newest)), !=,
                   adw_action_row_get_subtitle (ADW_ACTION_ROW (oldest)));
}

/* A field edited on the page is in the register file at once, and a new
 * version text starts a new version in the history. */
static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  SgScopePage *page = open_page (f, 1400);
  SgRecord *scope = the_scope (f);
  SgFieldBinding *version = sg_scope_page_get_binding (page, SG_SCOPE_VERSION);
  SgFieldBinding *exclusions = sg_scope_page_get_binding (page, "exclusions");
  GtkWidget *view;
  g_autofree char *stored = NULL;

  gtk_editable_set_text (GTK_EDITABLE (sg_field_binding_get_widget (version)), "3.0");
  sg_field_binding_flush (version);
  view = sg_test_find_widget (sg_field_binding_get_widget (exclusions), sg_test_is_type,
                              GSIZE_TO_POINTER (GTK_TYPE_TEXT_VIEW));
  g_assert_nonnull (view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            "The canteen, run by a caterer: it handles no information of ours.", -1);
  sg_field_binding_flush (exclusions);
  sg_test_run_a_while ();

  g_assert_cmpstr (sg_record_peek_string (scope, SG_SCOPE_VERSION), ==, "3.0");
  if (sg_test_have_program ("sqlite3", NULL))
    {
      stored = sg_test_run_tool ("sqlite3", f->path, "SELECT version || '|' || exclusions FROM scope", NULL);
      g_assert_cmpstr (g_strstrip (stored), ==,
                       "3.0|The canteen, run by a caterer: it handles no information of ours.");
    }
  /* The history is read again once the turn's edits are in. */
  sg_test_wait_for (shows_three_versions, page);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (sg_scope_page_get_version_row (page, 0))),
                   ==, "Version 3.0");
}

/* A next review that has passed is marked as the lists mark it. */
static void
test_overdue (Fixture       *f,
              gconstpointer  data)
{
  SgScopePage *page = open_page (f, 1400);

  g_assert_false (sg_scope_page_get_overdue (page));
  g_object_set (the_scope (f), SG_SCOPE_NEXT_REVIEW, "2020-01-31", NULL);
  sg_test_wait_for (shows_overdue, page);
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (page), sg_test_is_label, "Review overdue"));
}

static gboolean
is_create_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "scope.create") == 0;
}

/* A new register has no scope: one button writes it, and the page shows it. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  SgScopePage *page = open_page (f, 1400);
  GtkWidget *button;

  g_assert_null (sg_scope_page_get_record (page));
  button = sg_test_find_widget (GTK_WIDGET (page), is_create_button, NULL);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (page), sg_test_is_label, "No Scope Statement Yet"));

  g_signal_emit_by_name (button, "clicked");
  sg_test_run_a_while ();
  g_assert_nonnull (sg_scope_page_get_record (page));
  g_assert_true (sg_scope_page_get_record (page) == the_scope (f));
  g_assert_false (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_get_mapped (sg_field_binding_get_widget (sg_scope_page_get_binding (page, "statement"))));
}

/* At 360 px the page is one column: nothing reaches past its edge, and the
 * long lines (the heading, a version's approval) wrap. */
static void
check_within (GtkWidget *widget,
              GtkWidget *page,
              int        page_width)
{
  graphene_rect_t bounds;

  /* The scroll bars float over the content, at its edge. */
  if (!gtk_widget_get_mapped (widget) || GTK_IS_POPOVER (widget) || GTK_IS_SCROLLBAR (widget))
    return;
  g_assert_true (gtk_widget_compute_bounds (widget, page, &bounds));
  if (bounds.origin.x < -0.5 || bounds.origin.x + bounds.size.width > page_width + 0.5)
    g_error ("%s reaches past the page: %g + %g > %d", G_OBJECT_TYPE_NAME (widget),
             bounds.origin.x, bounds.size.width, page_width);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_within (child, page, page_width);
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  SgScopePage *page = open_page (f, 360);
  int width = gtk_widget_get_width (GTK_WIDGET (page));
  GtkWidget *row = sg_scope_page_get_version_row (page, 0);
  GtkWidget *scrolled = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);

  g_assert_cmpint (width, <=, 360);
  g_assert_cmpint (width, >, 0);
  /* Everything in one column, each part as wide as the next. */
  g_assert_cmpint (gtk_widget_get_width (row), <=, width);
  g_assert_cmpint (gtk_widget_get_width (sg_field_binding_get_widget (sg_scope_page_get_binding (page, "statement"))),
                   ==, gtk_widget_get_width (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)));
  /* Walk the whole page, scrolled down in steps so that every part is laid out. */
  for (double y = 0;; y += 400)
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

      gtk_adjustment_set_value (adjustment, y);
      sg_test_run_a_while ();
      check_within (scrolled, GTK_WIDGET (page), width);
      if (y >= gtk_adjustment_get_upper (adjustment))
        break;
    }
  {
    int minimum;

    gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, <=, 360);
  }
}

/* A context issue names its risks: the risk's pane shows the issue. */
static void
test_risk_shows_issue (Fixture       *f,
                       gconstpointer  data)
{
  SgRecord *risk = sg_store_find_by_ref (f->store, SG_TYPE_RISK, "R-001");
  g_autoptr(GPtrArray) fields = sg_backlinks_find_fields (SG_TYPE_RISK);
  GtkWidget *page;
  guint issues = 0;

  g_assert_nonnull (risk);
  f->window = sg_test_window_on_page (f->store, "risk", 1400, 900);
  page = sg_window_get_page (f->window, "risk");
  sg_record_page_select (SG_RECORD_PAGE (page), risk);
  sg_test_run_a_while ();

  for (GtkWidget *w = sg_test_find_widget (page, sg_test_is_type, GSIZE_TO_POINTER (SG_TYPE_BACKLINKS));
       w != NULL; w = gtk_widget_get_next_sibling (w))
    if (SG_IS_BACKLINKS (w) && gtk_widget_get_visible (w))
      {
        GPtrArray *records = sg_backlinks_get_records (SG_BACKLINKS (w));

        for (guint i = 0; i < records->len; i++)
          if (SG_IS_CONTEXT_ISSUE (g_ptr_array_index (records, i)))
            {
              g_assert_cmpstr (sg_record_peek_string (g_ptr_array_index (records, i), "title"), ==,
                               "Ransomware attacks on logistics companies");
              issues++;
            }
      }
  g_assert_cmpuint (issues, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;

  g_test_add ("/scope-page/document", Fixture, NULL, example_set_up, test_document, fixture_tear_down);
  g_test_add ("/scope-page/versions", Fixture, NULL, example_set_up, test_versions, fixture_tear_down);
  g_test_add ("/scope-page/edit", Fixture, NULL, example_set_up, test_edit, fixture_tear_down);
  g_test_add ("/scope-page/overdue", Fixture, NULL, example_set_up, test_overdue, fixture_tear_down);
  g_test_add ("/scope-page/empty", Fixture, NULL, empty_set_up, test_empty, fixture_tear_down);
  g_test_add ("/scope-page/narrow", Fixture, NULL, example_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/scope-page/risk-shows-issue", Fixture, NULL, example_set_up, test_risk_shows_issue, fixture_tear_down);

  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
