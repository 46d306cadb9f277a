/* test-window.c: the main window — a register's pages, or the welcome page
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "sg-application.h"
#include "sg-asset.h"
#include "sg-csv-import-dialog.h"
#include "sg-record-page.h"
#include "sg-risk.h"
#include "sg-settings.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-welcome-page.h"
#include "sg-window.h"

#define RISK_TITLE "Ransomware encrypts the file servers"

static char *tmpdir;

static gboolean
is_window_title (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_WINDOW_TITLE (widget) &&
         g_strcmp0 (adw_window_title_get_title (ADW_WINDOW_TITLE (widget)), title) == 0;
}

static gboolean
is_mapped_label (GtkWidget     *widget,
                 gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
is_sidebar_label (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* The page's own search, not the one in a links row of the editor. */
static gboolean
is_page_search_entry (GtkWidget     *widget,
                      gconstpointer  data)
{
  return GTK_IS_SEARCH_ENTRY (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_SEARCH_BAR);
}

static gboolean
is_action_button (GtkWidget     *widget,
                  gconstpointer  action)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} LabelSearch;

static gboolean
label_shown (gpointer data)
{
  LabelSearch *search = data;

  return sg_test_find_widget (search->root, is_mapped_label, search->text) != NULL;
}

static gboolean
model_empty (gpointer model)
{
  return g_list_model_get_n_items (model) == 0;
}

static void
test_register (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "Acme ISMS.isms", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autoptr(SgRecord) risk = NULL;
  SgWindow *window;
  GtkWidget *page, *entry, *button;
  GListModel *shown;
  LabelSearch search;

  store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  risk = g_object_new (SG_TYPE_RISK, "title", RISK_TITLE, NULL);
  sg_store_add (store, risk, &error);
  g_assert_no_error (error);

  window = g_object_ref (sg_window_new (NULL, store));
  g_assert_true (sg_window_get_store (window) == store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_test_message ("waiting for the window");
  sg_test_wait_for (sg_test_is_mapped, window);

  /* The register's name, without .isms, titles the window and its sidebar. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Acme ISMS");
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (window), is_window_title, "Acme ISMS"));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (window), is_sidebar_label, "Risks"));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (window), is_sidebar_label, "Statement of Applicability"));

  /* The risks page lists the risk. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "risk"));
  page = sg_window_get_page (window, "risk");
  g_assert_true (SG_IS_RECORD_PAGE (page));
  g_test_message ("waiting for the risks page");
  sg_test_wait_for (sg_test_is_mapped, page);
  shown = sg_record_page_get_shown (SG_RECORD_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_test_message ("waiting for the risk in the list");
  search = (LabelSearch) { page, RISK_TITLE };
  sg_test_wait_for (label_shown, &search);

  /* The icon-only buttons have names a screen reader can say. */
  button = sg_test_find_widget (page, is_action_button, "page.add-record");
  g_assert_nonnull (button);
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Add Entry");

  /* Searching for what no risk says shows none. */
  entry = sg_test_find_widget (page, is_page_search_entry, NULL);
  g_assert_nonnull (entry);
  sg_record_page_start_search (SG_RECORD_PAGE (page));
  gtk_editable_set_text (GTK_EDITABLE (entry), "earthquake");
  sg_test_wait_for (model_empty, shown);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");

  /* A risk added on the page gets the owner and review interval of Preferences. */
  {
    GSettings *settings = sg_settings_get ();
    GListModel *risks = sg_store_get_records (store, SG_TYPE_RISK);
    g_autoptr(SgRecord) added = NULL;
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) in_six_months = g_date_time_add_months (now, 6);
    g_autofree char *expected_review = g_date_time_format (in_six_months, "%Y-%m-%d");

    g_assert_nonnull (settings);
    g_settings_set_string (settings, "default-owner", "Jana Petersen");
    g_settings_set_int (settings, "review-interval-risks-months", 6);
    g_assert_true (gtk_widget_activate_action (page, "page.add-record", NULL));
    g_assert_cmpuint (g_list_model_get_n_items (risks), ==, 2);
    added = g_list_model_get_item (risks, 1);
    /* The default owner is a person of the directory. */
    g_assert_cmpstr (sg_store_peek_name (store, added, "owner"), ==, "Jana Petersen");
    g_assert_nonnull (sg_store_find_person (store, "jana petersen"));
    g_assert_cmpstr (sg_record_peek_string (added, "next-review"), ==, expected_review);
    g_assert_cmpstr (sg_record_get_ref (added), ==, "R-002");
    g_settings_reset (settings, "default-owner");
    g_settings_reset (settings, "review-interval-risks-months");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);

  /* The pages let go of the records: editing one now touches no widget. */
  g_object_set (risk, "category", "Head of IT", NULL);
}

static void
test_welcome (void)
{
  SgWindow *window = g_object_ref (sg_window_new (NULL, NULL));
  GtkWidget *welcome;

  g_assert_null (sg_window_get_store (window));
  gtk_window_present (GTK_WINDOW (window));
  sg_test_wait_for (sg_test_is_mapped, window);

  welcome = sg_test_find_widget (GTK_WIDGET (window), sg_test_is_type, GSIZE_TO_POINTER (SG_TYPE_WELCOME_PAGE));
  g_assert_nonnull (welcome);
  sg_test_wait_for (sg_test_is_mapped, welcome);
  g_assert_null (sg_window_get_page (window, "dashboard"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The one application of the test program: once registered, an
 * application stays exported on the session bus. */
static SgApplication *
registered_app (void)
{
  static SgApplication *app;

  if (app == NULL)
    {
      g_autoptr(GError) error = NULL;

      app = sg_application_new ();
      /* The test programs run side by side on one session bus: a unique
       * application would become another program's remote. */
      g_application_set_flags (G_APPLICATION (app),
                               g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);
    }
  return app;
}

static SgWindow *
activate_app (SgApplication *app)
{
  GList *windows;

  g_application_activate (G_APPLICATION (app));
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  sg_test_wait_for (sg_test_is_mapped, windows->data);
  return g_object_ref (windows->data);
}

/* The first start greets with the welcome page and makes no file; once a
 * register was opened, the next start opens it again. */
static void
test_first_start (void)
{
  g_autofree char *older = g_build_filename (g_get_user_data_dir (), "safeguard", "register.isms", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "Ours.isms", NULL);
  SgApplication *app = registered_app ();
  SgWindow *window;

  g_assert_cmpuint (sg_recent_registers (gtk_recent_manager_get_default ())->len, ==, 0);

  window = activate_app (app);
  g_assert_null (sg_window_get_store (window));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (window), sg_test_is_type,
                                         GSIZE_TO_POINTER (SG_TYPE_WELCOME_PAGE)));
  g_assert_false (g_file_test (older, G_FILE_TEST_EXISTS));

  /* New Register… in that window, as its file chooser would. */
  g_assert_true (sg_application_open_path (app, path, SG_STORE_OPEN_CREATE, TRUE, window) == window);
  g_assert_nonnull (sg_window_get_store (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);

  window = activate_app (app);
  g_assert_nonnull (sg_window_get_store (window));
  g_assert_cmpstr (sg_store_get_path (sg_window_get_store (window)), ==, path);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);

  /* A remembered register that is gone is passed over. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  window = activate_app (app);
  g_assert_null (sg_window_get_store (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

static gboolean
drop_files (SgWindow   *window,
            const char *path)
{
  GtkDropTarget *target = find_drop_target (GTK_WIDGET (window));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GSList files = { file, NULL };
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_assert_nonnull (target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (&files));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  return accepted;
}

/* A register dropped on the welcome page opens in that window; anything
 * else is refused and leaves the window as it was. */
static void
test_drop (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "Dropped.isms", NULL);
  g_autofree char *text = g_build_filename (tmpdir, "notes.txt", NULL);
  SgApplication *app = registered_app ();
  g_autoptr(SgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SgWindow *window;

  store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_true (g_file_set_contents (text, "not a register", -1, NULL));

  window = g_object_ref (sg_window_new (app, NULL));
  gtk_window_present (GTK_WINDOW (window));
  sg_test_wait_for (sg_test_is_mapped, window);

  g_assert_false (drop_files (window, text));
  g_assert_null (sg_window_get_store (window));

  g_assert_true (drop_files (window, path));
  g_assert_nonnull (sg_window_get_store (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Dropped");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
imported_cb (SgCsvImportDialog *dialog,
             guint              n_created,
             guint              n_updated,
             guint             *out)
{
  *out = n_created + n_updated;
}

static gboolean
is_switch (GtkWidget     *widget,
           gconstpointer  data)
{
  return GTK_IS_SWITCH (widget);
}

static gboolean
is_combo_row (GtkWidget     *widget,
              gconstpointer  title)
{
  return ADW_IS_COMBO_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
dialog_ready (gpointer dialog)
{
  return sg_csv_import_dialog_get_n_ready (dialog) > 0;
}

static gboolean
uint_set (gpointer value)
{
  return *(guint *) value != 0;
}

static gboolean
no_import_dialog (gpointer data)
{
  return sg_test_find_toplevel (SG_TYPE_CSV_IMPORT_DIALOG) == NULL;
}

/* A CSV dropped on an open register opens the import dialog: a bad row
 * holds the import back until the person skips it, a column can be mapped
 * to another field, and Import adds the risks. */
static void
test_import_csv (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "Import.isms", NULL);
  g_autofree char *csv = g_build_filename (tmpdir, "risks.csv", NULL);
  g_autoptr(SgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SgCsvImportDialog *dialog;
  GtkWidget *skip, *combo;
  GListModel *risks;
  SgWindow *window;
  LabelSearch search;
  guint n_imported = 0;

  g_assert_true (g_file_set_contents (csv,
                                      "Risk Title,Probability,Severity,Custodian\n"
                                      "Phishing,4,4,Jana Petersen\n"
                                      "Supplier outage,3,5,Tom Schulte\n"
                                      ",3,5,Lukas Brandt\n", -1, NULL));
  store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  /* An import links the people the register has, and creates none. */
  g_assert_cmpint (sg_store_ensure_person (store, "Tom Schulte", &error), >, 0);
  risks = sg_store_get_records (store, SG_TYPE_RISK);
  window = g_object_ref (sg_window_new (NULL, store));
  gtk_window_present (GTK_WINDOW (window));
  sg_test_wait_for (sg_test_is_mapped, window);

  g_assert_true (drop_files (window, csv));
  dialog = (SgCsvImportDialog *) sg_test_find_toplevel (SG_TYPE_CSV_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), &n_imported);
  sg_test_wait_for (sg_test_is_mapped, dialog);

  /* A row without a title: nothing is ready until it is skipped. */
  search = (LabelSearch) { GTK_WIDGET (dialog), "Line 4" };
  sg_test_wait_for (label_shown, &search);
  g_assert_cmpuint (sg_csv_import_dialog_get_n_ready (dialog), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (sg_test_find_widget (GTK_WIDGET (dialog), is_action_button,
                                                                 "import.run")));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.run", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (risks), ==, 0);
  skip = sg_test_find_widget (GTK_WIDGET (dialog), is_switch, NULL);
  g_assert_nonnull (skip);
  gtk_switch_set_active (GTK_SWITCH (skip), TRUE);
  g_assert_cmpuint (sg_csv_import_dialog_get_n_ready (dialog), ==, 2);

  /* "Custodian" is kept in the notes until mapped to the owner; the rows
   * are checked again, and until then nothing can be imported. */
  combo = sg_test_find_widget (GTK_WIDGET (dialog), is_combo_row, "Custodian");
  g_assert_nonnull (combo);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (combo)), ==, 0);
  {
    GListModel *choices = adw_combo_row_get_model (ADW_COMBO_ROW (combo));
    guint owner = G_MAXUINT;

    for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
      if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (choices), i), "Owner") == 0)
        owner = i;
    g_assert_cmpuint (owner, !=, G_MAXUINT);
    adw_combo_row_set_selected (ADW_COMBO_ROW (combo), owner);
  }
  g_assert_cmpuint (sg_csv_import_dialog_get_n_ready (dialog), ==, 0);
  sg_test_wait_for (dialog_ready, dialog);
  g_assert_cmpuint (sg_csv_import_dialog_get_n_ready (dialog), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.run", NULL));
  sg_test_wait_for (uint_set, &n_imported);
  g_assert_cmpuint (n_imported, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (risks), ==, 2);
  g_assert_cmpstr (sg_store_peek_name (store, sg_store_find_by_ref (store, SG_TYPE_RISK, "R-002"), "owner"),
                   ==, "Tom Schulte");
  g_assert_null (sg_test_find_toplevel (SG_TYPE_CSV_IMPORT_DIALOG));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The "win.import" item of @menu and its sections: its label, and its
 * target through @target. */
static char *
find_import_item (GMenuModel  *menu,
                  char       **target)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *action = NULL;
      char *label = NULL;

      if (section != NULL && (label = find_import_item (section, target)) != NULL)
        return label;
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action) &&
          g_str_equal (action, "win.import"))
        {
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_TARGET, "s", target);
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
          return label;
        }
    }
  return NULL;
}

static gboolean
is_menu_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget);
}

/* "Import…" follows the page shown: the main menu names its kind, and a
 * file dropped on the Assets page becomes assets, not risks. */
static void
test_import_into_page (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "Assets.isms", NULL);
  g_autofree char *csv = g_build_filename (tmpdir, "assets.csv", NULL);
  g_autoptr(SgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *target = NULL;
  SgCsvImportDialog *dialog;
  GtkWidget *button;
  SgWindow *window;
  guint n_imported = 0;

  g_assert_true (g_file_set_contents (csv, "Asset,Asset Type,Location\nNAS,Hardware,Basement\n", -1, NULL));
  store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  window = g_object_ref (sg_window_new (NULL, store));
  gtk_window_present (GTK_WINDOW (window));
  sg_test_wait_for (sg_test_is_mapped, window);
  button = sg_test_find_widget (GTK_WIDGET (window), is_menu_button, NULL);
  g_assert_nonnull (button);

  label = find_import_item (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), &target);
  g_assert_cmpstr (label, ==, "_Import Risks…");
  g_assert_cmpstr (target, ==, "risk");
  g_clear_pointer (&label, g_free);
  g_clear_pointer (&target, g_free);

  g_assert_true (sg_window_show_page (window, "asset"));
  label = find_import_item (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), &target);
  g_assert_cmpstr (label, ==, "_Import Assets…");
  g_assert_cmpstr (target, ==, "asset");

  g_assert_true (drop_files (window, csv));
  dialog = (SgCsvImportDialog *) sg_test_find_toplevel (SG_TYPE_CSV_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), &n_imported);
  sg_test_wait_for (dialog_ready, dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.run", NULL));
  sg_test_wait_for (uint_set, &n_imported);
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_ASSET)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_RISK)), ==, 0);
  g_assert_cmpstr (sg_record_peek_string (sg_store_find_by_ref (store, SG_TYPE_ASSET, "A-001"), "location"),
                   ==, "Basement");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static gboolean
risks_pending (gpointer store)
{
  guint n;

  sg_store_peek_records (store, SG_TYPE_RISK, &n);
  return n > 0;
}

static gboolean
is_message_dialog (gpointer data)
{
  return sg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* A large file: the dialog opens at once and reads it in the background.
 * Closing the dialog while the risks are added takes them all back; a
 * file that is no UTF-8 gets a message that says how to save it. */
static void
test_import_cancel (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "Cancel.isms", NULL);
  g_autofree char *csv = g_build_filename (tmpdir, "many.csv", NULL);
  g_autofree char *latin1 = g_build_filename (tmpdir, "latin1.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  g_autoptr(GFile) bad_file = g_file_new_for_path (latin1);
  g_autoptr(GString) text = g_string_new ("Title,Likelihood,Impact\n");
  g_autoptr(SgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SgCsvImportDialog *dialog;
  GtkWindow *message;
  SgWindow *window;
  guint n_imported = 0;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (text, "Risk %u,%u,%u\n", i, i % 5 + 1, i % 3 + 1);
  g_assert_true (g_file_set_contents (csv, text->str, (gssize) text->len, NULL));
  g_assert_true (g_file_set_contents (latin1, "\xff\xfeT\0i\0t", 7, NULL));
  store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  window = g_object_ref (sg_window_new (NULL, store));
  gtk_window_present (GTK_WINDOW (window));
  sg_test_wait_for (sg_test_is_mapped, window);

  dialog = sg_csv_import_dialog_new (GTK_WINDOW (window), store, SG_TYPE_RISK, file, &error);
  g_assert_no_error (error);
  g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), &n_imported);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpuint (sg_csv_import_dialog_get_n_ready (dialog), ==, 0);
  sg_test_wait_for (dialog_ready, dialog);
  g_assert_cmpuint (sg_csv_import_dialog_get_n_ready (dialog), ==, 20000);

  /* Some risks are added (in the transaction, not yet in the lists),
   * then the dialog is closed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.run", NULL));
  sg_test_wait_for (risks_pending, store);
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_RISK)), ==, 0);
  gtk_window_close (GTK_WINDOW (dialog));
  sg_test_wait_for (no_import_dialog, NULL);
  g_assert_cmpuint (n_imported, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_RISK)), ==, 0);
  {
    guint n_peeked;

    sg_store_peek_records (store, SG_TYPE_RISK, &n_peeked);
    g_assert_cmpuint (n_peeked, ==, 0);
  }

  /* Closed while the rows are checked again in a thread: the check's end
   * finds the dialog gone, and nothing is imported. */
  dialog = sg_csv_import_dialog_new (GTK_WINDOW (window), store, SG_TYPE_RISK, file, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  sg_test_wait_for (dialog_ready, dialog);
  adw_combo_row_set_selected (ADW_COMBO_ROW (sg_test_find_widget (GTK_WIDGET (dialog), is_combo_row, "Title")), 0);
  g_assert_cmpuint (sg_csv_import_dialog_get_n_ready (dialog), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  {
    gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC;

    while (g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, FALSE);
  }
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_RISK)), ==, 0);

  dialog = sg_csv_import_dialog_new (GTK_WINDOW (window), store, SG_TYPE_RISK, bad_file, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  sg_test_wait_for (is_message_dialog, NULL);
  message = sg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message)),
                                   "The file starts like UTF-16 text but is not valid UTF-16"));
  g_assert_null (sg_test_find_toplevel (SG_TYPE_CSV_IMPORT_DIALOG));
  gtk_window_destroy (message);

  /* A German Excel's CSV: read as semicolon-separated Windows-1252, and
   * read again when another delimiter is chosen. */
  g_assert_true (g_file_set_contents (latin1, "Titel;Verantwortlich\r\nStra\xdf" "enbau;J\xfcrgen\r\n", -1, NULL));
  dialog = sg_csv_import_dialog_new (GTK_WINDOW (window), store, SG_TYPE_RISK, bad_file, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  sg_test_wait_for (dialog_ready, dialog);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (sg_test_find_widget (GTK_WIDGET (dialog), is_combo_row,
                                                                                    "Delimiter"))), ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (sg_test_find_widget (GTK_WIDGET (dialog), is_combo_row,
                                                                                    "Encoding"))), ==, 3);
  adw_combo_row_set_selected (ADW_COMBO_ROW (sg_test_find_widget (GTK_WIDGET (dialog), is_combo_row, "Delimiter")), 0);
  sg_test_wait_for (is_message_dialog, NULL);
  message = sg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message)), "semicolon"));
  gtk_window_destroy (message);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static char *
risk_title_in_file (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *title = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT title FROM risk WHERE ref = 'R-001'", -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    title = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return title;
}

/* A register whose history was changed with another program opens
 * read-only, says what was found once, and takes edits again only after
 * "Continue Editing"; an untouched one opens as always. */
static void
test_broken_chain (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "Tampered.isms", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autoptr(SgRecord) risk = NULL;
  g_autoptr(SgHistoryCheck) check = NULL;
  g_autofree char *title = NULL;
  SgWindow *window;
  GtkWindow *message;
  sqlite3 *db = NULL;
  guint n_entries;

  store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  risk = g_object_new (SG_TYPE_RISK, "title", RISK_TITLE, NULL);
  g_assert_true (sg_store_add (store, risk, &error));
  g_clear_object (&risk);

  /* Untouched: no question, editable. */
  window = g_object_ref (sg_window_new (NULL, store));
  gtk_window_present (GTK_WINDOW (window));
  sg_test_wait_for (sg_test_is_mapped, window);
  sg_test_run_a_while ();
  g_assert_null (sg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_false (sg_store_get_read_only (store));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_clear_object (&store);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE risk SET title = 'Nothing to see here'", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  n_entries = sg_store_count_history (store);
  window = g_object_ref (sg_window_new (NULL, store));
  gtk_window_present (GTK_WINDOW (window));
  sg_test_wait_for (is_message_dialog, NULL);
  message = sg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (message)), ==, "Changed Outside Safeguard");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message)),
                            "R-001 (risk) was changed without a history entry"));
  g_assert_true (sg_store_get_read_only (store));

  /* Kept read-only: an edit is put back and the file keeps its title. */
  /* What a click on its button does. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (message), "read-only");
  gtk_window_destroy (message);
  sg_test_run_a_while ();
  g_assert_null (sg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  risk = g_object_ref (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-001"));
  g_object_set (risk, "title", "Edited while read-only", NULL);
  g_assert_cmpstr (sg_record_peek_string (risk, "title"), ==, "Nothing to see here");
  title = risk_title_in_file (path);
  g_assert_cmpstr (title, ==, "Nothing to see here");
  g_assert_cmpuint (sg_store_count_history (store), ==, n_entries);
  g_assert_false (sg_store_add (store, g_object_new (SG_TYPE_RISK, NULL), &error));
  g_assert_error (error, SG_STORE_ERROR, SG_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* Continuing asks again, then edits are saved and chained on. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.continue-editing", NULL));
  sg_test_wait_for (is_message_dialog, NULL);
  message = sg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (message), "continue");
  gtk_window_destroy (message);
  sg_test_run_a_while ();
  g_assert_false (sg_store_get_read_only (store));
  g_object_set (risk, "title", "Edited after continuing", NULL);
  g_clear_pointer (&title, g_free);
  title = risk_title_in_file (path);
  g_assert_cmpstr (title, ==, "Edited after continuing");
  check = sg_store_check_history (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (check->n_open, ==, 0);
  g_assert_cmpuint (check->problems->len, >, 0);

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

  g_test_add_func ("/window/first-start", test_first_start);
  g_test_add_func ("/window/register", test_register);
  g_test_add_func ("/window/welcome", test_welcome);
  g_test_add_func ("/window/drop", test_drop);
  g_test_add_func ("/window/import-csv", test_import_csv);
  g_test_add_func ("/window/import-into-page", test_import_into_page);
  g_test_add_func ("/window/import-cancel", test_import_cancel);
  g_test_add_func ("/window/broken-chain", test_broken_chain);
  status = g_test_run ();

  sg_test_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
