/* test-soa-issue.c: "Issue Statement of Applicability…" from the window —
 * the dialog, the version it records, Undo from the toast, the versions list
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "sg-person.h"
#include "sg-sample.h"
#include "sg-soa-issue-dialog.h"
#include "sg-soa-snapshot.h"
#include "sg-soa-version.h"
#include "sg-soa-versions-dialog.h"
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
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->path = g_build_filename (tmpdir, "register.isms", NULL);
  g_assert_true (sg_sample_create (f->path, &error));
  g_assert_no_error (error);
  f->store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);

  f->window = g_object_ref (sg_window_new (NULL, f->store));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1300, 850);
  gtk_window_present (GTK_WINDOW (f->window));
  sg_test_wait_for (sg_test_is_mapped, f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  /* What the window's last toasts and idles still hold goes first. */
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_finalize_object (f->window);
  sg_store_close (f->store);
  g_assert_finalize_object (f->store);
  sg_store_delete_files (f->path);
  g_free (f->path);
}

static guint
count_versions (SgStore *store)
{
  return g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_SOA_VERSION));
}

static gboolean
is_undo_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Undo") == 0;
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      n++;
  return n;
}

static gboolean
dialog_gone (gpointer data)
{
  return sg_test_find_toplevel (SG_TYPE_SOA_ISSUE_DIALOG) == NULL;
}

static gboolean
one_row (gpointer list)
{
  return count_rows (list) == 1;
}

static gboolean
no_row (gpointer list)
{
  return count_rows (list) == 0;
}

/* Issue needs who approved it; issuing records the version with the
 * frozen content; the toast's Undo takes it back; the versions list
 * follows both. */
static void
test_issue_and_undo (Fixture       *f,
                     gconstpointer  data)
{
  SgSoaVersionsDialog *versions;
  GtkWindow *dialog;
  GtkWidget *undo;
  SgRecord *version;
  SgRecord *approver;
  guint n_people;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.soa-versions", NULL));
  versions = SG_SOA_VERSIONS_DIALOG (sg_test_find_toplevel (SG_TYPE_SOA_VERSIONS_DIALOG));
  g_assert_nonnull (versions);
  g_assert_cmpuint (count_rows (sg_soa_versions_dialog_get_list (versions)), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.issue-soa", NULL));
  dialog = sg_test_find_toplevel (SG_TYPE_SOA_ISSUE_DIALOG);
  g_assert_nonnull (dialog);
  sg_test_wait_for (sg_test_is_mapped, dialog);

  /* Without an approver there is nothing to issue. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "soa-issue.issue", NULL));
  sg_test_run_a_while ();
  g_assert_cmpuint (count_versions (f->store), ==, 0);

  approver = sg_store_peek_records (f->store, SG_TYPE_PERSON, &n_people)[0];
  sg_soa_issue_dialog_set_approver (SG_SOA_ISSUE_DIALOG (dialog), sg_record_get_id (approver));
  sg_soa_issue_dialog_set_summary (SG_SOA_ISSUE_DIALOG (dialog), "  First issue for the audit\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "soa-issue.issue", NULL));
  sg_test_wait_for (dialog_gone, NULL);

  g_assert_cmpuint (count_versions (f->store), ==, 1);
  version = sg_soa_find_version (f->store, 1);
  g_assert_nonnull (version);
  g_assert_cmpstr (sg_record_peek_string (version, SG_SOA_VERSION_CHANGE_SUMMARY), ==, "First issue for the audit");
  g_assert_cmpint (sg_record_peek_int64 (version, SG_SOA_VERSION_APPROVED_BY), ==, sg_record_get_id (approver));
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SgSoaSnapshot) frozen = sg_soa_snapshot_new_from_version (version, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (frozen->rows->len, ==, 93);
  }
  /* The list follows in its own time: slow machines and sanitizers. */
  sg_test_wait_for (one_row, sg_soa_versions_dialog_get_list (versions));

  undo = sg_test_find_widget (GTK_WIDGET (f->window), is_undo_button, NULL);
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  sg_test_wait_for (no_row, sg_soa_versions_dialog_get_list (versions));
  /* The toast lets go of the window once it has gone. */
  sg_test_run_a_while ();
  g_assert_cmpuint (count_versions (f->store), ==, 0);
  g_assert_cmpuint (sg_soa_next_version_number (f->store), ==, 1);

  gtk_window_destroy (GTK_WINDOW (versions));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;

  g_test_add ("/soa-issue/issue-and-undo", Fixture, NULL, fixture_set_up, test_issue_and_undo, fixture_tear_down);

  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
