/* test-requirement-page.c: the Requirements page — the clause checklist, its states and overrides — and the sidebar it stands in
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "sg-document.h"
#include "sg-enums.h"
#include "sg-readiness.h"
#include "sg-record-page.h"
#include "sg-requirement-page.h"
#include "sg-requirement-row.h"
#include "sg-requirement.h"
#include "sg-sample.h"
#include "sg-scope.h"
#include "sg-sidebar-row.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-window.h"

static char *tmpdir;

static SgStore *
open_example (const char *name)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;
  SgStore *store;

  g_assert_true (sg_sample_create (path, &error));
  g_assert_no_error (error);
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  return store;
}

/* "N of 30 met, K partly", counted from the core directly. */
static char *
expected_summary (SgStore *store)
{
  g_autofree char *today = sg_date_today ();
  g_autoptr(GPtrArray) results = sg_readiness_evaluate (store, today, TRUE);
  guint met = 0, partly = 0;

  for (guint i = 0; i < results->len; i++)
    {
      SgReadinessResult *result = g_ptr_array_index (results, i);

      met += result->effective == SG_READINESS_MET;
      partly += result->effective == SG_READINESS_PARTLY;
    }
  return g_strdup_printf ("%u of %u met, %u partly", met, results->len, partly);
}

static gboolean
is_group_titled (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_PREFERENCES_GROUP (widget) &&
         g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0;
}

static gboolean
is_undo_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Undo") == 0 &&
         gtk_widget_get_mapped (widget);
}

typedef struct
{
  GtkWidget  *row;
  const char *text;
} RowState;

static gboolean
row_says (gpointer data)
{
  RowState *state = data;

  return g_strcmp0 (sg_requirement_row_get_state_text (SG_REQUIREMENT_ROW (state->row)), state->text) == 0;
}

static void
test_checklist (void)
{
  g_autoptr(SgStore) store = open_example ("checklist.isms");
  g_autofree char *summary = expected_summary (store);
  g_autofree char *overridden_summary = NULL;
  SgRecord *requirement = sg_store_find_by_ref (store, SG_TYPE_REQUIREMENT, "6.1.3");
  SgRecord *scope = sg_store_peek_records (store, SG_TYPE_SCOPE, &(guint) { 0 })[0];
  SgWindow *window = sg_test_window_on_page (store, "requirement", 1400, 900);
  GtkWidget *page = sg_window_get_page (window, "requirement");
  GtkWidget *row, *undo;
  GPtrArray *record_rows;
  const char *subtitle;
  RowState state;

  g_assert_true (SG_IS_REQUIREMENT_PAGE (page));
  g_assert_cmpstr (sg_requirement_page_get_summary (SG_REQUIREMENT_PAGE (page)), ==, summary);
  g_assert_nonnull (sg_test_find_widget (page, sg_test_is_label, summary));

  /* Clause by clause, with the clauses' titles, every requirement once. */
  g_assert_nonnull (sg_test_find_widget (page, is_group_titled, "Clause 4 · Context of the Organization"));
  g_assert_nonnull (sg_test_find_widget (page, is_group_titled, "Clause 8 · Operation"));
  g_assert_nonnull (sg_test_find_widget (page, is_group_titled, "Clause 10 · Improvement"));
  row = sg_requirement_page_get_row (SG_REQUIREMENT_PAGE (page), "8.2");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP) ==
                 sg_test_find_widget (page, is_group_titled, "Clause 8 · Operation"));
  g_assert_nonnull (sg_requirement_page_get_row (SG_REQUIREMENT_PAGE (page), "10.2"));

  /* The example has issued no SoA: not met, in words, with the reason. */
  row = sg_requirement_page_get_row (SG_REQUIREMENT_PAGE (page), "6.1.3");
  g_assert_cmpstr (sg_requirement_row_get_state_text (SG_REQUIREMENT_ROW (row)), ==, "Not met");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                   "No Statement of Applicability issued");

  /* A person overrides it, with the reason: it counts, and says it is an override. */
  g_assert_true (sg_requirement_page_set_override (SG_REQUIREMENT_PAGE (page), "6.1.3",
                                                   SG_REQUIREMENT_OVERRIDE_MET, "See the SoA on the intranet"));
  g_assert_cmpint (sg_record_peek_enum (requirement, SG_REQUIREMENT_OVERRIDE_FIELD), ==, SG_REQUIREMENT_OVERRIDE_MET);
  g_assert_cmpstr (sg_record_peek_string (requirement, SG_REQUIREMENT_OVERRIDE_NOTE), ==, "See the SoA on the intranet");
  g_assert_cmpstr (sg_requirement_row_get_state_text (SG_REQUIREMENT_ROW (row)), ==, "Met (override)");
  subtitle = adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row));
  g_assert_cmpstr (subtitle, ==,
                   "See the SoA on the intranet — computed: not met, no Statement of Applicability issued");
  overridden_summary = expected_summary (store);
  g_assert_cmpstr (overridden_summary, !=, summary);
  g_assert_cmpstr (sg_requirement_page_get_summary (SG_REQUIREMENT_PAGE (page)), ==, overridden_summary);
  g_assert_nonnull (sg_test_find_widget (page, sg_test_is_label, "0 not met · 1 overridden by a person, shown as such"));

  /* Its Undo puts back both the state and the note, in one step. */
  sg_test_run_a_while ();
  undo = sg_test_find_widget (GTK_WIDGET (window), is_undo_button, NULL);
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  g_assert_cmpint (sg_record_peek_enum (requirement, SG_REQUIREMENT_OVERRIDE_FIELD), ==, SG_REQUIREMENT_OVERRIDE_NONE);
  g_assert_null (sg_record_peek_string (requirement, SG_REQUIREMENT_OVERRIDE_NOTE));
  g_assert_cmpstr (sg_requirement_row_get_state_text (SG_REQUIREMENT_ROW (row)), ==, "Not met");
  g_assert_cmpstr (sg_requirement_page_get_summary (SG_REQUIREMENT_PAGE (page)), ==, summary);

  /* Set and cleared again: clearing empties the note too. */
  g_assert_true (sg_requirement_page_set_override (SG_REQUIREMENT_PAGE (page), "6.1.3",
                                                   SG_REQUIREMENT_OVERRIDE_PARTLY, "Draft SoA in review"));
  g_assert_cmpstr (sg_requirement_row_get_state_text (SG_REQUIREMENT_ROW (row)), ==, "Partly met (override)");
  g_assert_true (sg_requirement_page_set_override (SG_REQUIREMENT_PAGE (page), "6.1.3",
                                                   SG_REQUIREMENT_OVERRIDE_NONE, NULL));
  g_assert_null (sg_record_peek_string (requirement, SG_REQUIREMENT_OVERRIDE_NOTE));
  g_assert_cmpstr (sg_requirement_row_get_state_text (SG_REQUIREMENT_ROW (row)), ==, "Not met");

  /* An edit elsewhere is followed, once it settles. */
  row = sg_requirement_page_get_row (SG_REQUIREMENT_PAGE (page), "4.3");
  g_assert_cmpstr (sg_requirement_row_get_state_text (SG_REQUIREMENT_ROW (row)), ==, "Met");
  g_object_set (scope, "approved-by", (gint64) 0, NULL);
  state.row = row;
  state.text = "Partly met";
  sg_test_wait_for (row_says, &state);

  /* The records behind a requirement open on their page. */
  row = sg_requirement_page_get_row (SG_REQUIREMENT_PAGE (page), "5.2");
  record_rows = sg_requirement_row_get_record_rows (SG_REQUIREMENT_ROW (row));
  g_assert_cmpuint (record_rows->len, >, 0);
  g_signal_emit_by_name (g_ptr_array_index (record_rows, 0), "activated");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (gtk_widget_get_parent (sg_window_get_page (window, "document")))),
                   ==, "document");
  g_assert_true (SG_IS_DOCUMENT (sg_record_page_get_selected (SG_RECORD_PAGE (sg_window_get_page (window, "document")))));

  /* And a requirement shown from anywhere opens its row on the checklist. */
  g_assert_true (sg_window_show_record (window, sg_store_find_by_ref (store, SG_TYPE_REQUIREMENT, "9.3.1")));
  row = sg_requirement_page_get_row (SG_REQUIREMENT_PAGE (page), "9.3.1");
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  sg_test_wait_for (sg_test_is_mapped, row);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static gboolean
has_width (gpointer widget)
{
  return gtk_widget_get_width (widget) > 0;
}

/* At 360 px the checklist folds into the window: nothing wider than it. */
static gboolean
summary_says (gpointer data)
{
  RowState *state = data;

  return sg_test_find_widget (state->row, sg_test_is_label, state->text) != NULL;
}

/* A large register: readiness comes from a thread on a copy, and what
 * it names is the open register's — the same summary, the override
 * shown once the thread has answered. */
static void
test_large (void)
{
  g_autoptr(SgStore) store = open_example ("large.isms");
  g_autofree char *summary = NULL;
  SgWindow *window;
  GtkWidget *page, *row;
  RowState state;

  sg_test_add_numbered_risks (store, 1500);
  summary = expected_summary (store);
  window = sg_test_window_on_page (store, "requirement", 1400, 900);
  page = sg_window_get_page (window, "requirement");
  state.row = page;
  state.text = summary;
  sg_test_wait_for (summary_says, &state);

  g_assert_true (sg_requirement_page_set_override (SG_REQUIREMENT_PAGE (page), "6.1.3",
                                                   SG_REQUIREMENT_OVERRIDE_MET, "On the intranet"));
  row = sg_requirement_page_get_row (SG_REQUIREMENT_PAGE (page), "6.1.3");
  state.row = row;
  state.text = "Met (override)";
  sg_test_wait_for (row_says, &state);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

static void
test_narrow (void)
{
  g_autoptr(SgStore) store = open_example ("narrow.isms");
  SgWindow *window = sg_test_window_on_page (store, "requirement", 360, 700);
  GtkWidget *page = sg_window_get_page (window, "requirement");
  GtkWidget *row;

  sg_test_wait_for (has_width, page);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  row = sg_requirement_page_get_row (SG_REQUIREMENT_PAGE (page), "6.1.2");
  g_assert_cmpint (gtk_widget_get_width (row), >, 0);
  g_assert_cmpint (gtk_widget_get_width (row), <=, 360);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The sidebar rows in order. */
static GPtrArray *
sidebar_rows (SgWindow *window)
{
  GtkWidget *first = sg_test_find_widget (GTK_WIDGET (window), sg_test_is_type,
                                          GSIZE_TO_POINTER (SG_TYPE_SIDEBAR_ROW));
  GPtrArray *rows = g_ptr_array_new ();

  g_assert_nonnull (first);
  for (GtkWidget *row = gtk_widget_get_first_child (gtk_widget_get_parent (first));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SG_IS_SIDEBAR_ROW (row))
      g_ptr_array_add (rows, row);
  return rows;
}

static SgSidebarRow *
find_row (GPtrArray  *rows,
          const char *name,
          guint      *index)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (sg_sidebar_row_get_page_name (rows->pdata[i]), name))
      {
        *index = i;
        return rows->pdata[i];
      }
  g_error ("no sidebar row for %s", name);
}

static gboolean
is_label_text (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static void
test_sidebar (void)
{
  g_autofree char *deep = g_build_filename (tmpdir, "Information Security Management System Registers",
                                            "Nordwind Logistics GmbH Head Office Hamburg", "Certification 2027",
                                            NULL);
  g_autofree char *path = g_build_filename (deep, "Nordwind Logistics ISMS register for the certification audit.isms",
                                            NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  SgWindow *window;
  guint requirement, scope, risk, heatmap, method, soa, documents, audits;
  GtkListBoxRow *first_of_operation;
  GtkWidget *header, *title, *clause, *sidebar;
  graphene_rect_t title_bounds, clause_bounds;

  g_assert_cmpint (g_mkdir_with_parents (deep, 0700), ==, 0);
  g_assert_true (sg_sample_create (path, &error));
  g_assert_no_error (error);
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  window = sg_test_window_on_page (store, "risk", 1400, 900);
  rows = sidebar_rows (window);

  /* The checklist stands at the top, under no clause. */
  g_assert_cmpint (sg_sidebar_row_get_group (find_row (rows, "requirement", &requirement)), ==,
                   SG_RECORD_AREA_CHECKLIST);
  g_assert_cmpint (sg_sidebar_row_get_group (find_row (rows, "scope", &scope)), ==, SG_RECORD_AREA_CONTEXT);
  g_assert_cmpuint (requirement, <, scope);
  g_assert_null (gtk_list_box_row_get_header (rows->pdata[requirement]));

  /* Clause 8, Operation: the risks assessed and treated, their heat map;
   * the method they are rated by is planning (6.1.2), the SoA 6.1.3. */
  g_assert_cmpint (sg_sidebar_row_get_group (find_row (rows, "risk", &risk)), ==, SG_RECORD_AREA_OPERATION);
  g_assert_cmpint (sg_sidebar_row_get_group (find_row (rows, "heatmap", &heatmap)), ==, SG_RECORD_AREA_OPERATION);
  g_assert_cmpint (sg_sidebar_row_get_group (find_row (rows, "risk-method", &method)), ==, SG_RECORD_AREA_PLANNING);
  g_assert_cmpint (sg_sidebar_row_get_group (find_row (rows, "control", &soa)), ==, SG_RECORD_AREA_PLANNING);
  g_assert_cmpint (sg_sidebar_row_get_group (find_row (rows, "planned_change", &(guint) { 0 })), ==,
                   SG_RECORD_AREA_PLANNING);
  find_row (rows, "document", &documents);
  find_row (rows, "audit", &audits);
  g_assert_cmpuint (method, <, soa);
  g_assert_cmpuint (documents, <, risk);
  g_assert_cmpuint (heatmap, ==, risk + 1);
  g_assert_cmpuint (heatmap, <, audits);
  for (guint i = 1; i < rows->len; i++)
    g_assert_cmpint (sg_sidebar_row_get_group (rows->pdata[i - 1]), <=, sg_sidebar_row_get_group (rows->pdata[i]));

  /* Its heading names it and its clause, side by side, apart. */
  first_of_operation = rows->pdata[risk];
  header = gtk_list_box_row_get_header (first_of_operation);
  g_assert_nonnull (header);
  title = sg_test_find_widget (header, is_label_text, "Operation");
  clause = sg_test_find_widget (header, is_label_text, "Clause 8");
  g_assert_nonnull (title);
  g_assert_nonnull (clause);
  sg_test_wait_for (has_width, clause);
  g_assert_true (gtk_widget_compute_bounds (title, header, &title_bounds));
  g_assert_true (gtk_widget_compute_bounds (clause, header, &clause_bounds));
  g_assert_cmpfloat (title_bounds.origin.x + title_bounds.size.width + 6, <=, clause_bounds.origin.x);

  /* A register deep in folders does not widen the sidebar beyond the
   * width it asks for. */
  sidebar = gtk_widget_get_ancestor (GTK_WIDGET (first_of_operation), GTK_TYPE_LIST_BOX);
  g_assert_cmpint (gtk_widget_get_width (sidebar), <=, 240);

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
  g_test_add_func ("/requirement-page/checklist", test_checklist);
  g_test_add_func ("/requirement-page/narrow", test_narrow);
  g_test_add_func ("/requirement-page/sidebar", test_sidebar);
  g_test_add_func ("/requirement-page/large", test_large);
  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
