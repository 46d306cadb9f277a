/* test-import-dialog.c: the import dialog's steps — invalid rows marked, the values mapped, the summary
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "sg-asset.h"
#include "sg-control.h"
#include "sg-csv-import-dialog.h"
#include "sg-import-values-page.h"
#include "sg-management-review.h"
#include "sg-risk.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-window-private.h"

static char *tmpdir;

static gboolean
is_combo_row (GtkWidget     *widget,
              gconstpointer  title)
{
  return ADW_IS_COMBO_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_action_row (GtkWidget     *widget,
               gconstpointer  subtitle)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), subtitle) == 0;
}

/* A visible warning sign with @data as its tooltip. */
static gboolean
is_mark (GtkWidget     *widget,
         gconstpointer  reason)
{
  g_autofree char *tooltip = NULL;

  if (!GTK_IS_IMAGE (widget) || gtk_widget_get_opacity (widget) < 1.0)
    return FALSE;
  tooltip = gtk_widget_get_tooltip_text (widget) ? g_strdup (gtk_widget_get_tooltip_text (widget)) : NULL;
  return g_strcmp0 (tooltip, reason) == 0;
}

static gboolean
dialog_ready (gpointer dialog)
{
  return sg_csv_import_dialog_get_n_ready (dialog) > 0;
}

static gboolean
dialog_gone (gpointer data)
{
  return sg_test_find_toplevel (SG_TYPE_CSV_IMPORT_DIALOG) == NULL;
}

static const char *
selected_label (GtkWidget *combo)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (combo));

  return gtk_string_list_get_string (GTK_STRING_LIST (model), adw_combo_row_get_selected (ADW_COMBO_ROW (combo)));
}

static void
select_label (GtkWidget  *combo,
              const char *label)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (combo));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label) == 0)
      {
        adw_combo_row_set_selected (ADW_COMBO_ROW (combo), i);
        return;
      }
  g_error ("“%s” is not a choice", label);
}

static const char *
visible_step (GtkWidget *dialog)
{
  GtkWidget *stack = sg_test_find_widget (dialog, sg_test_is_type, GSIZE_TO_POINTER (GTK_TYPE_STACK));

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

/* A template's words: the preview marks the row that cannot be imported;
 * the values step lists each status with its rows and its guess, and a
 * value changed there is what the risk gets; the summary says it all
 * before Import. */
static void
test_values_step (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "values.isms", NULL);
  g_autofree char *csv = g_build_filename (tmpdir, "template.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_test_open_new (path);
  g_autoptr(SgWindow) window = sg_test_window_on_page (store, "risk", 1200, 800);
  GtkWidget *dialog, *page, *open, *frozen;
  SgRecord *risk;

  sg_test_write_file (csv,
                      "Risk Title,Status,Likelihood\n"
                      "Phishing,Open,High\n"
                      "Outage,In Progress,Low\n"
                      ",Open,Low\n"
                      "Old server,Frozen,Medium\n",
                      -1);
  dialog = GTK_WIDGET (sg_csv_import_dialog_new (GTK_WINDOW (window), store, SG_TYPE_RISK, file, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  sg_test_wait_for (sg_test_is_mapped, dialog);
  /* Line 4 has no title: leave it out. */
  gtk_switch_set_active (GTK_SWITCH (sg_test_find_widget (dialog, sg_test_is_type,
                                                          GSIZE_TO_POINTER (GTK_TYPE_SWITCH))), TRUE);
  sg_test_wait_for (dialog_ready, dialog);

  /* The preview marks line 4, and says why. */
  g_assert_nonnull (sg_test_find_widget (dialog, is_mark, "“Title” is empty"));
  g_assert_cmpstr (visible_step (dialog), ==, "mapping");

  g_assert_true (gtk_widget_activate_action (dialog, "import.next", NULL));
  g_assert_cmpstr (visible_step (dialog), ==, "values");
  page = sg_test_find_widget (dialog, sg_test_is_type, GSIZE_TO_POINTER (SG_TYPE_IMPORT_VALUES_PAGE));
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  /* Status: Open, In Progress, Frozen; Likelihood: High, Low, Medium. */
  g_assert_cmpuint (sg_import_values_page_get_n_values (SG_IMPORT_VALUES_PAGE (page)), ==, 6);
  open = sg_test_find_widget (page, is_combo_row, "Open");
  g_assert_nonnull (open);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (open)), ==, "2 rows");
  g_assert_cmpstr (selected_label (open), ==, "Identified");
  g_assert_cmpstr (selected_label (sg_test_find_widget (page, is_combo_row, "In Progress")), ==, "In treatment");
  g_assert_cmpstr (selected_label (sg_test_find_widget (page, is_combo_row, "High")), ==, "5 (Almost certain)");
  frozen = sg_test_find_widget (page, is_combo_row, "Frozen");
  g_assert_nonnull (frozen);
  g_assert_cmpstr (selected_label (frozen), ==, "Keep in the Notes");

  /* Before the change, the summary says what goes to the notes. */
  g_assert_true (gtk_widget_activate_action (dialog, "import.next", NULL));
  g_assert_cmpstr (visible_step (dialog), ==, "summary");
  g_assert_nonnull (sg_test_find_widget (dialog, sg_test_is_label,
                                         "“Status”: “Frozen” (1 row) has no match: the field is left empty "
                                         "and the value kept in the notes."));
  g_assert_nonnull (sg_test_find_widget (dialog, sg_test_is_label, "Risks: 3 will be created"));
  g_assert_nonnull (sg_test_find_widget (dialog, is_action_row, "3 will be created"));
  g_assert_true (gtk_widget_activate_action (dialog, "import.back", NULL));
  g_assert_cmpstr (visible_step (dialog), ==, "values");

  /* The user says Frozen means closed: checked again, then ready. */
  select_label (frozen, "Closed");
  g_assert_cmpuint (sg_csv_import_dialog_get_n_ready (SG_CSV_IMPORT_DIALOG (dialog)), ==, 0);
  sg_test_wait_for (dialog_ready, dialog);
  g_assert_true (gtk_widget_activate_action (dialog, "import.next", NULL));
  g_assert_null (sg_test_find_widget (dialog, sg_test_is_label,
                                      "“Status”: “Frozen” (1 row) has no match: the field is left empty "
                                      "and the value kept in the notes."));
  g_assert_nonnull (sg_test_find_widget (dialog, is_action_row,
                                         "1 row cannot be imported and is left out"));

  g_assert_true (gtk_widget_activate_action (dialog, "import.run", NULL));
  sg_test_wait_for (dialog_gone, NULL);
  g_assert_cmpuint (sg_test_count_risks (store), ==, 3);
  risk = sg_store_find_by_ref (store, SG_TYPE_RISK, "R-003");
  g_assert_nonnull (risk);
  g_assert_cmpstr (sg_record_peek_string (risk, "title"), ==, "Old server");
  g_assert_cmpint (sg_record_peek_enum (risk, "status"), ==, SG_RISK_STATUS_CLOSED);
  g_assert_null (sg_record_peek_string (risk, "notes"));
  risk = sg_store_find_by_ref (store, SG_TYPE_RISK, "R-001");
  g_assert_cmpint (sg_record_peek_int (risk, "inherent-likelihood"), ==, 5);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every text the dialog shows: labels, rows' titles and subtitles,
 * status pages, the window's title, joined by newlines. */
static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  if (ADW_IS_PREFERENCES_ROW (widget))
    g_string_append_printf (text, "%s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
  if (ADW_IS_ACTION_ROW (widget) && adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)) != NULL)
    g_string_append_printf (text, "%s\n", adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)));
  if (ADW_IS_PREFERENCES_GROUP (widget) && adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (widget)))
    g_string_append_printf (text, "%s\n", adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (widget)));
  if (ADW_IS_STATUS_PAGE (widget) && adw_status_page_get_title (ADW_STATUS_PAGE (widget)) != NULL)
    g_string_append_printf (text, "%s\n", adw_status_page_get_title (ADW_STATUS_PAGE (widget)));
  if (GTK_IS_WINDOW (widget) && gtk_window_get_title (GTK_WINDOW (widget)) != NULL)
    g_string_append_printf (text, "%s\n", gtk_window_get_title (GTK_WINDOW (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

/* Whether the dialog says anything of risks: it imports another kind. */
static gboolean
speaks_of_risks (GtkWidget *dialog)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *folded = NULL;

  collect_text (dialog, text);
  folded = g_utf8_casefold (text->str, -1);
  if (strstr (folded, "risk") != NULL)
    g_test_message ("The dialog says: %s", text->str);
  return strstr (folded, "risk") != NULL;
}

static gboolean
label_in (GtkWidget  *root,
          const char *text)
{
  return sg_test_find_widget (root, sg_test_is_label, text) != NULL;
}

static gboolean
toast_shown (gpointer data)
{
  const char *const *search = data;

  return label_in (GTK_WIDGET (sg_test_find_toplevel (SG_TYPE_WINDOW)), search[0]);
}

/* Opens the import of @csv into @kind as the window's menu does, and
 * waits until the rows are checked; the summary step is shown. */
static GtkWidget *
open_summary (SgWindow   *window,
              GType       kind,
              const char *csv)
{
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  GtkWidget *dialog;

  sg_window_import_file (window, kind, file);
  dialog = GTK_WIDGET (sg_test_find_toplevel (SG_TYPE_CSV_IMPORT_DIALOG));
  g_assert_nonnull (dialog);
  sg_test_wait_for (dialog_ready, dialog);
  while (g_strcmp0 (visible_step (dialog), "summary") != 0)
    g_assert_true (gtk_widget_activate_action (dialog, "import.next", NULL));
  return dialog;
}

/* An SoA sheet with two Annex A controls of the register: the summary
 * says that both will be updated and none created, and Import says so
 * and leaves the register with the sheet's values. */
static void
test_controls_updated (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "controls.isms", NULL);
  g_autofree char *csv = g_build_filename (tmpdir, "soa.csv", NULL);
  g_autoptr(SgStore) store = sg_test_open_new (path);
  g_autoptr(SgWindow) window = sg_test_window_on_page (store, "risk", 1200, 800);
  const char *toast[] = { "Controls: 2 updated" };
  GtkWidget *dialog;
  SgRecord *policies, *crypto;

  sg_test_write_file (csv,
                      "Control;Applicable?;Justification\n"
                      "5.1;Yes;Required by the board\n"
                      "8.24;No;No cryptography of our own\n",
                      -1);
  policies = sg_store_find_by_ref (store, SG_TYPE_CONTROL, "5.1");
  crypto = sg_store_find_by_ref (store, SG_TYPE_CONTROL, "8.24");
  g_assert_true (sg_record_peek_boolean (crypto, "applicable"));
  g_assert_null (sg_record_peek_string (policies, "justification"));

  dialog = open_summary (window, SG_TYPE_CONTROL, csv);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Import Controls");
  g_assert_true (label_in (dialog, "Controls: 2 will be updated"));
  g_assert_nonnull (sg_test_find_widget (dialog, is_action_row, "2 will be updated"));
  g_assert_null (sg_test_find_widget (dialog, is_action_row, "0 will be created"));
  g_assert_false (speaks_of_risks (dialog));

  g_assert_true (gtk_widget_activate_action (dialog, "import.run", NULL));
  sg_test_wait_for (dialog_gone, NULL);
  sg_test_wait_for (toast_shown, (gpointer) toast);
  g_assert_cmpstr (sg_record_peek_string (policies, "justification"), ==, "Required by the board");
  g_assert_false (sg_record_peek_boolean (crypto, "applicable"));
  g_assert_cmpstr (sg_record_peek_string (crypto, "justification"), ==, "No cryptography of our own");
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_CONTROL)), ==, 93);

  /* The same sheet again: the summary says it changes nothing. */
  dialog = open_summary (window, SG_TYPE_CONTROL, csv);
  g_assert_true (label_in (dialog, "Controls: the file changes nothing"));
  g_assert_nonnull (sg_test_find_widget (dialog, is_action_row, "2 rows say what the register already holds"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Assets are created, and the dialog and the toast say assets. */
static void
test_assets_created (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "assets.isms", NULL);
  g_autofree char *csv = g_build_filename (tmpdir, "assets.csv", NULL);
  g_autoptr(SgStore) store = sg_test_open_new (path);
  g_autoptr(SgWindow) window = sg_test_window_on_page (store, "asset", 1200, 800);
  const char *toast[] = { "Assets: 2 created" };
  GtkWidget *dialog;

  sg_test_write_file (csv, "Asset,Location\nCustomer database,Data centre\nLaptops,Office\n", -1);
  dialog = open_summary (window, SG_TYPE_ASSET, csv);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Import Assets");
  g_assert_true (label_in (dialog, "Assets: 2 will be created"));
  g_assert_nonnull (sg_test_find_widget (dialog, is_action_row, "2 will be created"));
  g_assert_false (speaks_of_risks (dialog));

  g_assert_true (gtk_widget_activate_action (dialog, "import.run", NULL));
  sg_test_wait_for (dialog_gone, NULL);
  sg_test_wait_for (toast_shown, (gpointer) toast);
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_ASSET)), ==, 2);
  g_assert_cmpuint (sg_test_count_risks (store), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The title the header bar shows, and whether it is cut off. */
static const char *
shown_title (GtkWidget *dialog,
             gboolean  *ellipsized)
{
  GtkWidget *squeezer = sg_test_find_widget (dialog, sg_test_is_type, GSIZE_TO_POINTER (ADW_TYPE_SQUEEZER));
  GtkWidget *title = adw_squeezer_get_visible_child (ADW_SQUEEZER (squeezer));
  GtkWidget *label = NULL;

  g_assert_true (ADW_IS_WINDOW_TITLE (title));
  for (GtkWidget *child = gtk_widget_get_first_child (gtk_widget_get_first_child (title)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "title"))
      label = child;
  g_assert_nonnull (label);
  *ellipsized = pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label)));
  return adw_window_title_get_title (ADW_WINDOW_TITLE (title));
}

/* On a phone the title is never cut off: it becomes the kind's plural,
 * then "Import". A wide window shows it whole. */
static void
test_narrow_title (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "narrow.isms", NULL);
  g_autofree char *csv = g_build_filename (tmpdir, "reviews.csv", NULL);
  g_autoptr(SgStore) store = sg_test_open_new (path);
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  g_autoptr(GError) error = NULL;
  SgWindow *window = sg_test_window_on_page (store, "risk", 1200, 800);
  GtkWidget *dialog;
  gboolean ellipsized = TRUE;
  const char *title;

  sg_test_write_file (csv, "Title,Date\nQ1 review,2027-03-31\n", -1);
  dialog = open_summary (window, SG_TYPE_MANAGEMENT_REVIEW, csv);
  g_assert_cmpstr (shown_title (dialog, &ellipsized), ==, "Import Management Reviews");
  g_assert_false (ellipsized);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);

  /* A phone's screen. */
  dialog = GTK_WIDGET (sg_csv_import_dialog_new (NULL, store, SG_TYPE_MANAGEMENT_REVIEW, file, &error));
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 640);
  gtk_window_present (GTK_WINDOW (dialog));
  sg_test_wait_for (dialog_ready, dialog);
  sg_test_run_a_while ();
  g_assert_cmpint (gtk_widget_get_width (dialog), <=, 360);
  title = shown_title (dialog, &ellipsized);
  g_assert_true (g_str_equal (title, "Management Reviews") || g_str_equal (title, "Import"));
  g_assert_false (ellipsized);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* What the toast says after an import. */
static void
test_imported_message (void)
{
  g_autofree char *created = sg_window_format_imported (SG_TYPE_ASSET, 40, 0);
  g_autofree char *updated = sg_window_format_imported (SG_TYPE_CONTROL, 0, 1);
  g_autofree char *both = sg_window_format_imported (SG_TYPE_CONTROL, 1, 2);
  g_autofree char *none = sg_window_format_imported (SG_TYPE_CONTROL, 0, 0);

  g_assert_cmpstr (created, ==, "Assets: 40 created");
  g_assert_cmpstr (updated, ==, "Controls: 1 updated");
  g_assert_cmpstr (both, ==, "Controls: 1 created, 2 updated");
  g_assert_cmpstr (none, ==, "Controls: nothing changed");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;

  g_test_add_func ("/import-dialog/values-step", test_values_step);
  g_test_add_func ("/import-dialog/controls-updated", test_controls_updated);
  g_test_add_func ("/import-dialog/assets-created", test_assets_created);
  g_test_add_func ("/import-dialog/imported-message", test_imported_message);
  g_test_add_func ("/import-dialog/narrow-title", test_narrow_title);
  status = g_test_run ();

  sg_test_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
