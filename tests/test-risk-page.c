/* test-risk-page.c: the risks page, the risk editor and the risk method page, on the example register
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <string.h>

#include "sg-control.h"
#include "sg-links-row.h"
#include "sg-person-row.h"
#include "sg-record-page.h"
#include "sg-risk-editor.h"
#include "sg-risk-level-row.h"
#include "sg-risk-method-page.h"
#include "sg-record-table.h"
#include "sg-risk-page.h"
#include "sg-risk.h"
#include "sg-sample.h"
#include "sg-store-method.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-window.h"

static char *tmpdir;

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
is_window_title (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_WINDOW_TITLE (widget) &&
         g_strcmp0 (adw_window_title_get_title (ADW_WINDOW_TITLE (widget)), title) == 0;
}

/* The example register, new for each test. */
typedef struct
{
  char     *path;
  SgStore  *store;
  SgWindow *window;
} Fixture;

static void
open_window (Fixture    *f,
             const char *page_name)
{
  f->window = sg_test_window_on_page (f->store, page_name, 1300, 850);
}

static void
close_window (Fixture *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->window);
  f->window = NULL;
}

static void
reopen_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_finalize_object (f->store);
  f->store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static guint serial;
  g_autoptr(GError) error = NULL;

  f->path = g_strdup_printf ("%s/example-%u.isms", tmpdir, ++serial);
  if (data == NULL)
    g_assert_true (sg_sample_create (f->path, &error));
  g_assert_no_error (error);
  f->store = sg_store_open (f->path, SG_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
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
risk_page (Fixture *f)
{
  return SG_RECORD_PAGE (sg_window_get_page (f->window, "risk"));
}

static const char *
count_text (Fixture *f)
{
  GtkWidget *title = sg_test_find_widget (GTK_WIDGET (risk_page (f)), is_window_title, "Risks");

  g_assert_nonnull (title);
  return adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title));
}

static gboolean
contains_folded (const char *text,
                 const char *word)
{
  g_autofree char *folded = text ? g_utf8_casefold (text, -1) : NULL;

  return folded != NULL && strstr (folded, word) != NULL;
}

/* Counted here from the records, not by the page's code. */
static guint
count_owner_above (SgStore    *store,
                   const char *owner)
{
  SgRiskMethod *method = sg_store_get_risk_method (store);
  GListModel *risks = sg_store_get_records (store, SG_TYPE_RISK);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (risks, i);
      int l = sg_record_peek_int (risk, "residual-likelihood");
      int im = sg_record_peek_int (risk, "residual-impact");
      SgRiskLevel *level;

      if (l == 0 || im == 0)
        {
          l = sg_record_peek_int (risk, "inherent-likelihood");
          im = sg_record_peek_int (risk, "inherent-impact");
        }
      level = sg_risk_method_get_level (method, l, im);
      if (level != NULL && !sg_record_peek_boolean (SG_RECORD (level), "within-appetite") &&
          g_strcmp0 (sg_store_peek_name (store, risk, "owner"), owner) == 0)
        n++;
    }
  return n;
}

static void
test_filter_counts (Fixture       *f,
                    gconstpointer  data)
{
  GListModel *risks = sg_store_get_records (f->store, SG_TYPE_RISK);
  g_autoptr(SgRecord) first = g_list_model_get_item (risks, 0);
  g_autofree char *owner = g_strdup (sg_store_peek_name (f->store, first, "owner"));
  g_autofree char *expected = NULL;
  SgRiskFilter *filter;
  GListModel *shown;
  guint total = g_list_model_get_n_items (risks);
  guint n_search = 0;
  guint n_above;

  open_window (f, "risk");
  shown = sg_record_page_get_shown (risk_page (f));
  filter = sg_risk_page_get_filter (risk_page (f));
  g_assert_cmpuint (total, ==, 40);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 40);
  g_assert_cmpstr (count_text (f), ==, "40 risks");

  /* Owner and above the appetite: what the ISMS manager asks first. */
  n_above = count_owner_above (f->store, owner);
  g_assert_cmpuint (n_above, >, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (risk_page (f)), "risks.owner", "s", owner));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (risk_page (f)), "risks.level", "s", "above"));
  g_assert_cmpstr (sg_risk_filter_get_owner (filter), ==, owner);
  g_assert_cmpint (sg_risk_filter_get_level (filter), ==, SG_RISK_FILTER_ABOVE_APPETITE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_above);
  expected = g_strdup_printf ("%u of 40 risks", n_above);
  g_assert_cmpstr (count_text (f), ==, expected);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (risk_page (f)), "risks.clear-filters", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 40);

  /* The search looks at ref, title, description and owner. */
  for (guint i = 0; i < total; i++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (risks, i);

      if (contains_folded (sg_record_get_ref (risk), "microsoft") ||
          contains_folded (sg_record_peek_string (risk, "title"), "microsoft") ||
          contains_folded (sg_record_peek_string (risk, "description"), "microsoft") ||
          contains_folded (sg_store_peek_name (f->store, risk, "owner"), "microsoft"))
        n_search++;
    }
  g_assert_cmpuint (n_search, >, 0);
  sg_record_table_set_search (SG_RECORD_TABLE (sg_record_page_get_table (risk_page (f))), "Microsoft");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_search);
  sg_record_table_set_search (SG_RECORD_TABLE (sg_record_page_get_table (risk_page (f))), NULL);

  /* Overdue reviews, as of a given day. */
  {
    guint n_overdue = 0;

    for (guint i = 0; i < total; i++)
      {
        g_autoptr(SgRecord) risk = g_list_model_get_item (risks, i);
        const char *next = sg_record_peek_string (risk, "next-review");

        if (next != NULL && strcmp (next, "2027-01-01") < 0)
          n_overdue++;
      }
    sg_risk_filter_set_overdue (filter, TRUE, "2027-01-01");
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_overdue);
    sg_risk_filter_clear (filter);
  }

  /* The filter menu names every level and every owner. */
  {
    GMenuModel *menu = sg_risk_page_get_filter_menu (risk_page (f));
    g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 4);
  }
}

static GtkColumnViewColumn *
find_column (GtkWidget  *page,
             const char *title)
{
  GtkWidget *view = sg_test_find_widget (page, sg_test_is_type, GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW));
  GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (view));

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }
  return NULL;
}

static int
rank_of (SgStore  *store,
         SgRecord *risk)
{
  SgRiskLevel *level = sg_risk_method_get_level (sg_store_get_risk_method (store),
                                                 sg_record_peek_int (risk, "inherent-likelihood"),
                                                 sg_record_peek_int (risk, "inherent-impact"));

  return level ? sg_record_peek_int (SG_RECORD (level), "rank") : 0;
}

static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  static const char *titles[] = { "Title", "Owner", "Category", "Inherent Level", "Residual Level",
                                  "Treatment", "Status", "Next review" };
  GtkWidget *view;
  GListModel *shown;
  int previous = G_MAXINT;

  open_window (f, "risk");
  shown = sg_record_page_get_shown (risk_page (f));
  view = sg_test_find_widget (GTK_WIDGET (risk_page (f)), sg_test_is_type, GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW));

  /* Every column sorts. */
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkColumnViewColumn *column = find_column (GTK_WIDGET (risk_page (f)), titles[i]);

      g_test_message ("column %s", titles[i]);
      g_assert_nonnull (column);
      g_assert_nonnull (gtk_column_view_column_get_sorter (column));
    }

  /* Highest inherent level first, and the count stays. */
  gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (view),
                                  find_column (GTK_WIDGET (risk_page (f)), "Inherent Level"),
                                  GTK_SORT_DESCENDING);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 40);
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (shown, i);
      int rank = rank_of (f->store, risk);

      g_assert_cmpint (rank, <=, previous);
      previous = rank;
    }
  {
    g_autoptr(SgRecord) top = g_list_model_get_item (shown, 0);
    g_assert_cmpint (rank_of (f->store, top), ==, 4);
  }
}

static void
test_edit_reopen (Fixture       *f,
                  gconstpointer  data)
{
  SgRecord *risk = sg_store_find_by_ref (f->store, SG_TYPE_RISK, "R-003");
  SgRecord *control = sg_store_find_by_ref (f->store, SG_TYPE_CONTROL, "8.7");
  GtkWidget *editor, *row, *chip;
  GVariant *links;

  g_assert_nonnull (risk);
  g_assert_nonnull (control);
  g_assert_false (sg_links_contains (sg_record_peek_links (risk, "controls"), sg_record_get_id (control)));
  open_window (f, "risk");
  sg_record_page_select (risk_page (f), risk);
  editor = sg_record_page_get_editor (risk_page (f));
  g_assert_true (SG_IS_RISK_EDITOR (editor));
  g_assert_true (sg_risk_editor_get_record (SG_RISK_EDITOR (editor)) == risk);

  /* Re-rate: residual likelihood 1 (combo position 1), impact 1. */
  row = sg_risk_editor_get_row (SG_RISK_EDITOR (editor), "residual-likelihood");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
  row = sg_risk_editor_get_row (SG_RISK_EDITOR (editor), "residual-impact");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
  chip = sg_risk_editor_get_level_chip (SG_RISK_EDITOR (editor), TRUE);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (chip)), ==, "Low");
  g_assert_true (gtk_widget_has_css_class (chip, "sg-level"));
  /* The row says what the chosen level means. */
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), !=, "");

  /* Link a control through the searchable links row. */
  row = sg_risk_editor_get_row (SG_RISK_EDITOR (editor), "controls");
  g_assert_true (SG_IS_LINKS_ROW (row));
  /* A floating list: the row takes it. */
  links = sg_links_add (sg_links_row_get_links (SG_LINKS_ROW (row)), sg_record_get_id (control));
  sg_links_row_set_links (SG_LINKS_ROW (row), links);

  /* Accepted above the appetite without a name: the warning shows. */
  row = sg_risk_editor_get_row (SG_RISK_EDITOR (editor), "residual-likelihood");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 5);
  row = sg_risk_editor_get_row (SG_RISK_EDITOR (editor), "residual-impact");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 5);
  g_object_set (risk, "accepted-by", (gint64) 0, "status", SG_RISK_STATUS_ACCEPTED, NULL);
  g_assert_true (gtk_widget_get_visible (sg_risk_editor_get_acceptance_warning (SG_RISK_EDITOR (editor))));
  /* Who accepted it is a person of the directory, typed and picked. */
  row = sg_risk_editor_get_row (SG_RISK_EDITOR (editor), "accepted-by");
  g_assert_true (SG_IS_PERSON_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (row), "klaus b");
  g_assert_true (gtk_widget_activate_action (row, "person-row.next", NULL));
  g_assert_true (gtk_widget_activate_action (row, "person-row.pick", NULL));
  g_assert_false (gtk_widget_get_visible (sg_risk_editor_get_acceptance_warning (SG_RISK_EDITOR (editor))));
  close_window (f);

  reopen_store (f);
  risk = sg_store_find_by_ref (f->store, SG_TYPE_RISK, "R-003");
  control = sg_store_find_by_ref (f->store, SG_TYPE_CONTROL, "8.7");
  g_assert_cmpint (sg_record_peek_int (risk, "residual-likelihood"), ==, 5);
  g_assert_cmpint (sg_record_peek_int (risk, "residual-impact"), ==, 5);
  g_assert_cmpstr (sg_store_peek_name (f->store, risk, "accepted-by"), ==, "Dr. Klaus Brandt");
  g_assert_cmpint (sg_record_peek_enum (risk, "status"), ==, SG_RISK_STATUS_ACCEPTED);
  g_assert_true (sg_links_contains (sg_record_peek_links (risk, "controls"), sg_record_get_id (control)));
}

static gboolean
undo_button_shown (gpointer window)
{
  return sg_test_find_widget (window, is_button_labelled, "_Undo") != NULL;
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  SgRecord *risk = sg_store_find_by_ref (f->store, SG_TYPE_RISK, "R-001");
  g_autoptr(GVariant) assets = g_variant_ref (sg_record_peek_links (risk, "assets"));
  g_autoptr(GVariant) controls = g_variant_ref (sg_record_peek_links (risk, "controls"));
  g_autoptr(GListModel) history_before = NULL;
  g_autoptr(GListModel) history_after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = sg_record_get_id (risk);
  GtkWidget *undo;

  g_assert_cmpuint (g_variant_n_children (assets), >, 0);
  g_assert_cmpuint (g_variant_n_children (controls), >, 0);
  g_object_set (risk, "owner", sg_store_ensure_person (f->store, "Head of Logistics", NULL), NULL);
  history_before = sg_store_list_history (f->store, risk, &error);
  g_assert_no_error (error);

  open_window (f, "risk");
  sg_record_page_select (risk_page (f), risk);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (risk_page (f)), "page.delete-record", NULL));
  g_assert_null (sg_store_find_by_ref (f->store, SG_TYPE_RISK, "R-001"));
  g_assert_cmpuint (g_list_model_get_n_items (sg_record_page_get_shown (risk_page (f))), ==, 39);

  sg_test_wait_for (undo_button_shown, f->window);
  undo = sg_test_find_widget (GTK_WIDGET (f->window), is_button_labelled, "_Undo");
  g_signal_emit_by_name (undo, "clicked");
  sg_test_run_a_while ();
  g_assert_cmpuint (g_list_model_get_n_items (sg_record_page_get_shown (risk_page (f))), ==, 40);
  close_window (f);

  reopen_store (f);
  risk = sg_store_find_by_ref (f->store, SG_TYPE_RISK, "R-001");
  g_assert_nonnull (risk);
  g_assert_cmpint (sg_record_get_id (risk), ==, id);
  g_assert_cmpstr (sg_store_peek_name (f->store, risk, "owner"), ==, "Head of Logistics");
  g_assert_true (g_variant_equal (sg_record_peek_links (risk, "assets"), assets));
  g_assert_true (g_variant_equal (sg_record_peek_links (risk, "controls"), controls));
  /* The history is all there, with the delete and the restore on top. */
  history_after = sg_store_list_history (f->store, risk, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history_after), ==,
                    g_list_model_get_n_items (history_before) + 2);
}

static void
test_duplicate (Fixture       *f,
                gconstpointer  data)
{
  SgRecord *risk = sg_store_find_by_ref (f->store, SG_TYPE_RISK, "R-002");
  g_autofree char *title = g_strdup_printf ("%s (copy)", sg_record_peek_string (risk, "title"));
  SgRecord *copy;

  open_window (f, "risk");
  sg_record_page_select (risk_page (f), risk);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (risk_page (f)), "page.duplicate-record", NULL));
  copy = sg_store_find_by_ref (f->store, SG_TYPE_RISK, "R-041");
  g_assert_nonnull (copy);
  g_assert_cmpstr (sg_record_peek_string (copy, "title"), ==, title);
  g_assert_cmpint (sg_record_peek_int (copy, "inherent-impact"), ==, sg_record_peek_int (risk, "inherent-impact"));
  g_assert_true (g_variant_equal (sg_record_peek_links (copy, "controls"), sg_record_peek_links (risk, "controls")));
  g_assert_true (sg_record_page_get_selected (risk_page (f)) == copy);
}

static void
save_failed_cb (SgStore      *store,
                SgRecord     *record,
                const GError *error,
                char        **message)
{
  g_free (*message);
  *message = g_strdup (error->message);
}

static void
test_duplicate_ref (Fixture       *f,
                    gconstpointer  data)
{
  SgRecord *risk = sg_store_find_by_ref (f->store, SG_TYPE_RISK, "R-003");
  g_autofree char *message = NULL;
  GtkWidget *editor, *row;

  g_signal_connect (f->store, "save-failed", G_CALLBACK (save_failed_cb), &message);
  open_window (f, "risk");
  sg_record_page_select (risk_page (f), risk);
  editor = sg_record_page_get_editor (risk_page (f));
  row = sg_risk_editor_get_row (SG_RISK_EDITOR (editor), "ref");
  gtk_editable_set_text (GTK_EDITABLE (row), "R-001");
  g_signal_emit_by_name (row, "apply");
  g_assert_cmpstr (message, ==, "R-001 is already used by another entry. The ref stays R-003.");
  g_assert_cmpstr (sg_record_get_ref (risk), ==, "R-003");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "R-003");
  g_signal_handlers_disconnect_by_func (f->store, save_failed_cb, &message);
  close_window (f);
  reopen_store (f);
  g_assert_nonnull (sg_store_find_by_ref (f->store, SG_TYPE_RISK, "R-003"));
}

static const char *
cell_level (Fixture *f,
            int      l,
            int      i)
{
  SgRiskLevel *level = sg_risk_method_get_level (sg_store_get_risk_method (f->store), l, i);

  return level ? sg_record_peek_string (SG_RECORD (level), "name") : NULL;
}

typedef struct
{
  Fixture    *f;
  int         likelihood;
  int         impact;
  const char *level;
} CellWait;

/* A button activated by the keyboard clicks after a short animation. */
static gboolean
cell_is (gpointer data)
{
  CellWait *w = data;

  return g_strcmp0 (cell_level (w->f, w->likelihood, w->impact), w->level) == 0;
}

/* A new register (data != NULL): the default method. */
static void
test_method_page (Fixture       *f,
                  gconstpointer  data)
{
  SgRiskMethodPage *page;
  GtkWidget *cell, *spin;
  GList *toplevels;
  AdwMessageDialog *dialog = NULL;
  g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK, "title", "Flood",
                                           "inherent-likelihood", 5, "inherent-impact", 2, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (sg_store_add (f->store, risk, &error));
  open_window (f, "risk-method");
  page = SG_RISK_METHOD_PAGE (sg_window_get_page (f->window, "risk-method"));

  /* Every cell says its place and level to a screen reader. */
  cell = sg_risk_method_page_get_cell (page, 4, 4);
  g_assert_nonnull (cell);
  gtk_test_accessible_assert_property (cell, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Likelihood Likely, impact Major: High");
  for (int l = 1; l <= 5; l++)
    for (int i = 1; i <= 5; i++)
      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (sg_risk_method_page_get_cell (page, l, i))), ==,
                       cell_level (f, l, i));

  /* Activating a cell (click, Enter or Space) gives it the next level. */
  gtk_widget_activate (cell);
  sg_test_wait_for (cell_is, &(CellWait) { f, 4, 4, "Critical" });
  gtk_test_accessible_assert_property (cell, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Likelihood Likely, impact Major: Critical");
  gtk_widget_activate (cell);
  sg_test_wait_for (cell_is, &(CellWait) { f, 4, 4, "Low" });

  /* Shrinking the likelihood scale asks first, then clamps. */
  spin = sg_risk_method_page_get_scale_spin (page, SG_SCALE_AXIS_LIKELIHOOD);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 4);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Flood"));
  g_assert_cmpuint (sg_risk_method_get_n_values (sg_store_get_risk_method (f->store),
                                                 SG_SCALE_AXIS_LIKELIHOOD), ==, 5);
  adw_message_dialog_response (dialog, "clamp");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (sg_risk_method_get_n_values (sg_store_get_risk_method (f->store),
                                                 SG_SCALE_AXIS_LIKELIHOOD), ==, 4);
  g_assert_cmpint (sg_record_peek_int (risk, "inherent-likelihood"), ==, 4);
  g_assert_null (sg_risk_method_page_get_cell (page, 5, 1));
  g_assert_nonnull (sg_risk_method_page_get_cell (page, 4, 5));

  /* Reset brings back the default for every cell. */
  g_assert_cmpstr (cell_level (f, 4, 4), ==, "Low");
  g_assert_true (sg_store_reset_matrix (f->store, &error));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (sg_risk_method_page_get_cell (page, 4, 4))), !=, "Low");
}

static gboolean
is_level_row (GtkWidget     *widget,
              gconstpointer  data)
{
  return SG_IS_RISK_LEVEL_ROW (widget);
}

static gboolean
is_remove_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Remove") == 0;
}

static gboolean
level_is_named (gpointer data)
{
  return g_strcmp0 (sg_record_peek_string (SG_RECORD (data), "name"), "Negligible") == 0;
}

static gboolean
has_three_levels (gpointer data)
{
  return sg_risk_method_get_n_levels (data) == 3;
}

/* A level renamed in its row is saved after a pause, and the row says
 * so; its Remove button removes it, and its cells take the next level. */
static void
test_method_levels (Fixture       *f,
                    gconstpointer  data)
{
  SgRiskMethod *method = sg_store_get_risk_method (f->store);
  g_autoptr(SgRiskLevel) low = g_object_ref (sg_risk_method_get_level_nth (method, 0));
  GtkWidget *page, *row, *remove;

  open_window (f, "risk-method");
  page = sg_window_get_page (f->window, "risk-method");
  row = sg_test_find_widget (page, is_level_row, NULL);
  g_assert_nonnull (row);
  g_assert_true (sg_risk_level_row_get_level (SG_RISK_LEVEL_ROW (row)) == low);

  gtk_editable_set_text (GTK_EDITABLE (sg_risk_level_row_get_name_row (SG_RISK_LEVEL_ROW (row))), "Negligible");
  g_assert_cmpstr (sg_record_peek_string (SG_RECORD (low), "name"), ==, "Low");
  sg_test_wait_for (level_is_named, low);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Negligible");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (sg_risk_method_page_get_cell (SG_RISK_METHOD_PAGE (page), 1, 1))),
                   ==, "Negligible");

  remove = sg_test_find_widget (row, is_remove_button, NULL);
  g_assert_nonnull (remove);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  sg_test_wait_for (sg_test_is_mapped, remove);
  gtk_widget_activate (remove);
  sg_test_wait_for (has_three_levels, method);
  g_assert_false (sg_risk_method_get_level_nth (method, 0) == low);
  g_assert_cmpstr (cell_level (f, 1, 1), ==, "Medium");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (sg_risk_method_page_get_cell (SG_RISK_METHOD_PAGE (page), 1, 1))),
                   ==, "Medium");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;

  g_test_add ("/risk-page/filter-counts", Fixture, NULL, fixture_set_up, test_filter_counts, fixture_tear_down);
  g_test_add ("/risk-page/sort", Fixture, NULL, fixture_set_up, test_sort, fixture_tear_down);
  g_test_add ("/risk-page/edit-reopen", Fixture, NULL, fixture_set_up, test_edit_reopen, fixture_tear_down);
  g_test_add ("/risk-page/delete-undo", Fixture, NULL, fixture_set_up, test_delete_undo, fixture_tear_down);
  g_test_add ("/risk-page/duplicate", Fixture, NULL, fixture_set_up, test_duplicate, fixture_tear_down);
  g_test_add ("/risk-page/duplicate-ref", Fixture, NULL, fixture_set_up, test_duplicate_ref, fixture_tear_down);
  g_test_add ("/risk-method-page/matrix-and-scale", Fixture, "new", fixture_set_up, test_method_page, fixture_tear_down);
  g_test_add ("/risk-method-page/levels", Fixture, "new", fixture_set_up, test_method_levels, fixture_tear_down);

  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
