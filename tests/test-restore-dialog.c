/* test-restore-dialog.c: the window's backups — made when a register is
 * opened, a failure told once, and "Restore from Backup…" listing them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sg-application.h"
#include "sg-backups.h"
#include "sg-risk.h"
#include "sg-restore-dialog.h"
#include "sg-sample.h"
#include "sg-settings.h"
#include "sg-store-copies.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-window.h"

static char *home;

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static gboolean
label_has_prefix (GtkWidget     *widget,
                  gconstpointer  prefix)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix);
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} LabelWait;

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  return sg_test_find_widget (wait->root, sg_test_is_label, wait->text) != NULL;
}

/* Opening a register in the window backs it up; the Restore dialog lists
 * that backup and the older ones with their record counts, and says how
 * a restore is undone. */
static void
test_lists_backups (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "register.isms", NULL);
  g_autofree char *folder = sg_backups_folder (path, NULL);
  g_autofree char *today_path = NULL;
  g_autofree char *records = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  SgRestoreDialog *dialog;
  SgWindow *window;
  LabelWait wait;
  GDate day;

  g_assert_true (sg_sample_create (path, &error));
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  for (guint d = 1; d <= 2; d++)
    {
      gboolean made;

      g_date_clear (&day, 1);
      g_date_set_time_t (&day, time (NULL));
      g_date_subtract_days (&day, d);
      g_assert_true (sg_backups_make (store, folder, &day, &made, &error));
      g_assert_no_error (error);
    }
  g_date_set_time_t (&day, time (NULL));
  today_path = sg_backups_daily_path (folder, path, &day);
  g_assert_false (g_file_test (today_path, G_FILE_TEST_EXISTS));

  window = g_object_ref (sg_window_new (NULL, store));
  gtk_window_present (GTK_WINDOW (window));
  sg_test_wait_for (file_exists, today_path);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-backup", NULL));
  dialog = SG_RESTORE_DIALOG (sg_test_find_toplevel (SG_TYPE_RESTORE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpuint (sg_restore_dialog_get_n_backups (dialog), ==, 3);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "to undo the restore, restore that copy"));
  /* Nothing is chosen yet: Restore waits for a choice. */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "restore"));
  g_assert_null (sg_restore_dialog_get_chosen (dialog));

  /* Each row: its date, then its record count once counted. */
  records = g_strdup_printf ("%u records", sg_store_count_records (store));
  wait.root = GTK_WIDGET (dialog);
  wait.text = records;
  sg_test_wait_for (label_shown, &wait);
  {
    guint n = 0;
    GtkWidget *row = sg_test_find_widget (GTK_WIDGET (dialog), sg_test_is_type,
                                          GSIZE_TO_POINTER (ADW_TYPE_ACTION_ROW));

    g_assert_nonnull (row);
    for (; row != NULL; row = gtk_widget_get_next_sibling (row))
      {
        g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, records);
        n++;
      }
    g_assert_cmpuint (n, ==, 3);

    /* Choosing a row enables Restore, with the newest first. */
    row = sg_test_find_widget (GTK_WIDGET (dialog), sg_test_is_type,
                               GSIZE_TO_POINTER (ADW_TYPE_ACTION_ROW));
    gtk_widget_activate (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)));
    g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "restore"));
    g_assert_cmpstr (sg_restore_dialog_get_chosen (dialog), ==, today_path);
  }

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_finalize_object (window);
  g_assert_finalize_object (g_steal_pointer (&store));
  sg_test_rmdir (dir);
}

/* A backup that cannot be made is told in the window, saying why. */
static void
test_failure_told (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "register.isms", NULL);
  g_autofree char *blocker = g_build_filename (dir, "not-a-folder", NULL);
  g_autofree char *folder = g_build_filename (blocker, "backups", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  GSettings *settings = sg_settings_get ();
  SgWindow *window;
  GtkWidget *toast_label;

  g_assert_nonnull (settings);
  g_assert_true (sg_sample_create (path, &error));
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  g_settings_set_string (settings, "backup-folder", folder);
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);

  window = g_object_ref (sg_window_new (NULL, store));
  gtk_window_present (GTK_WINDOW (window));
  {
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while ((toast_label = sg_test_find_widget (GTK_WIDGET (window), label_has_prefix,
                                               "Today’s backup could not be made.")) == NULL)
      {
        g_assert_cmpint (g_get_monotonic_time (), <, end);
        g_main_context_iteration (NULL, FALSE);
        g_usleep (1000);
      }
  }
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (toast_label)), "cannot be created"));

  g_settings_reset (settings, "backup-folder");
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_finalize_object (window);
  g_assert_finalize_object (g_steal_pointer (&store));
  sg_test_rmdir (dir);
}


static gboolean
is_other_window (GtkWidget     *widget,
                 gconstpointer  old)
{
  return SG_IS_WINDOW (widget) && (gconstpointer) widget != old;
}

static SgWindow *
find_other_window (SgWindow *old)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);

      if (is_other_window (w, old))
        return SG_WINDOW (w);
    }
  return NULL;
}

static gboolean
all_counted (gpointer dialog)
{
  return sg_test_find_widget (dialog, sg_test_is_label, "Counting records…") == NULL;
}

/* Restoring from the window: the register becomes the chosen backup, a
 * new window shows it and says where the register as it was is kept. */
static void
test_restore (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "register.isms", NULL);
  g_autofree char *folder = sg_backups_folder (path, NULL);
  g_autofree char *today_path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  SgRestoreDialog *dialog;
  SgWindow *window, *restored;
  GtkWidget *row;
  gboolean made;
  GDate day;

  g_assert_true (sg_sample_create (path, &error));
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_date_clear (&day, 1);
  g_date_set_time_t (&day, time (NULL));
  g_date_subtract_days (&day, 1);
  g_assert_true (sg_backups_make (store, folder, &day, &made, &error));  /* 40 risks */
  sg_test_add_numbered_risks (store, 10);                                /* now 50 */
  g_date_set_time_t (&day, time (NULL));
  today_path = sg_backups_daily_path (folder, path, &day);

  window = g_object_ref (sg_window_new (NULL, store));
  gtk_window_present (GTK_WINDOW (window));
  sg_test_wait_for (file_exists, today_path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-backup", NULL));
  dialog = SG_RESTORE_DIALOG (sg_test_find_toplevel (SG_TYPE_RESTORE_DIALOG));
  sg_test_wait_for (all_counted, dialog);

  /* The second row: yesterday's backup. */
  row = sg_test_find_widget (GTK_WIDGET (dialog), sg_test_is_type, GSIZE_TO_POINTER (ADW_TYPE_ACTION_ROW));
  row = gtk_widget_get_next_sibling (row);
  gtk_widget_activate (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)));
  g_assert_true (g_str_has_suffix (sg_restore_dialog_get_chosen (dialog), ".isms"));
  g_assert_cmpstr (sg_restore_dialog_get_chosen (dialog), !=, today_path);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  while (g_main_context_iteration (NULL, FALSE));

  restored = find_other_window (window);
  g_assert_nonnull (restored);
  g_assert_nonnull (sg_window_get_store (restored));
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (sg_window_get_store (restored),
                                                                     SG_TYPE_RISK)), ==, 40);
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (restored), label_has_prefix, "“register-"));

  /* What was there is kept: three backups now, the newest the 50 risks. */
  backups = sg_backups_list (folder, path);
  g_assert_cmpuint (backups->len, ==, 3);
  {
    g_autoptr(SgStore) kept = sg_store_open (((SgBackup *) g_ptr_array_index (backups, 0))->path,
                                             SG_STORE_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (kept, SG_TYPE_RISK)), ==, 50);
  }

  g_object_ref (restored);
  gtk_window_destroy (GTK_WINDOW (restored));
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_finalize_object (restored);
  g_assert_finalize_object (window);
  g_assert_finalize_object (g_steal_pointer (&store));
  sg_test_rmdir (dir);
}


/* A frozen copy opens read-only in the window, says so, and is not
 * backed up; the file stays the one that was frozen. */
static void
test_frozen_read_only (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "register.isms", NULL);
  g_autofree char *frozen = g_build_filename (dir, "audit.isms", NULL);
  g_autofree char *frozen_folder = sg_backups_folder (frozen, NULL);
  g_autofree char *sum = NULL;
  g_autoptr(SgApplication) app = sg_application_new ();
  g_autoptr(GError) error = NULL;
  SgWindow *window;

  g_assert_true (sg_sample_create (path, &error));
  {
    g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);

    g_assert_true (sg_store_freeze_to (store, frozen, &error));
    g_assert_no_error (error);
  }
  sum = sg_test_checksum (frozen);

  /* The test programs run side by side on one session bus: a unique
   * application would become another program's remote. */
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  window = g_object_ref (sg_application_open_path (app, frozen, SG_STORE_OPEN_EXISTING, FALSE, NULL));
  g_assert_nonnull (sg_window_get_store (window));
  g_assert_true (sg_store_is_read_only (sg_window_get_store (window)));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (window), label_has_prefix,
                                         "“audit.isms” is a frozen copy for an audit and is opened read-only"));
  /* Nothing to restore into a frozen copy. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-backup", NULL);
  g_assert_null (sg_test_find_toplevel (SG_TYPE_RESTORE_DIALOG));
  sg_test_run_a_while ();
  g_assert_false (g_file_test (frozen_folder, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_finalize_object (window);
  {
    g_autofree char *after = sg_test_checksum (frozen);

    g_assert_cmpstr (after, ==, sum);
  }
  sg_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  home = sg_test_gui_start (&argc, &argv);
  if (home == NULL)
    return 0;

  g_test_add_func ("/restore-dialog/lists-backups", test_lists_backups);
  g_test_add_func ("/restore-dialog/failure-told", test_failure_told);
  g_test_add_func ("/restore-dialog/restore", test_restore);
  g_test_add_func ("/restore-dialog/frozen-read-only", test_frozen_read_only);

  status = g_test_run ();
  sg_test_rmdir (home);
  g_free (home);
  return status;
}
