/* test-import-dialog.c: the import dialog's steps — invalid rows marked, the values mapped, the summary
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "sg-csv-import-dialog.h"
#include "sg-import-values-page.h"
#include "sg-risk.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"

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
  g_assert_nonnull (sg_test_find_widget (dialog, is_action_row, "3 risks will be created"));
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

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;

  g_test_add_func ("/import-dialog/values-step", test_values_step);
  status = g_test_run ();

  sg_test_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
