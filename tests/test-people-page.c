/* test-people-page.c: the People page after an update — who may be
 * listed twice, reviewed in its dialog — and "who am I"
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "sg-duplicates-dialog.h"
#include "sg-people-header.h"
#include "sg-person-desk.h"
#include "sg-person.h"
#include "sg-record-editor.h"
#include "sg-record-page.h"
#include "sg-settings.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-window.h"

#define V1_FIXTURE "tests/data/register-v1.isms"

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
  g_autofree char *source = g_build_filename (g_getenv ("SAFEGUARD_SOURCE_ROOT"), V1_FIXTURE, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  f->path = g_build_filename (tmpdir, "register.isms", NULL);
  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents_full (f->path, contents, length, G_FILE_SET_CONTENTS_NONE, 0600, NULL));
  f->store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);

  f->window = g_object_ref (sg_window_new (NULL, f->store));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1300, 850);
  gtk_window_present (GTK_WINDOW (f->window));
  sg_test_wait_for (sg_test_is_mapped, f->window);
}

static void
close_window (Fixture *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->window);
  f->window = NULL;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (tmpdir, "register.v1.isms", NULL);

  if (f->window != NULL)
    close_window (f);
  g_assert_finalize_object (f->store);
  g_settings_reset (sg_settings_get (), "me");
  g_unlink (f->path);
  g_unlink (backup);
  g_free (f->path);
}

static gboolean
j_petersen_back (gpointer store)
{
  return sg_store_find_person (store, "J. Petersen") != NULL;
}

static gboolean
is_null (gpointer pointer)
{
  return *(gpointer *) pointer == NULL;
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
label_is_mapped (GtkWidget     *widget,
                 gconstpointer  text)
{
  return sg_test_is_label (widget, text) && gtk_widget_get_mapped (widget);
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} Gone;

static gboolean
label_gone (gpointer data)
{
  Gone *gone = data;

  return sg_test_find_widget (gone->root, label_is_mapped, gone->text) == NULL;
}

/* The page says how many may be listed twice; the dialog lists them;
 * "Not the Same" and "Merge" each take one off, and the page follows. */
static void
test_review_duplicates (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *page, *header;
  SgDuplicatesDialog *dialog;
  guint n_people = g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_PERSON));

  g_assert_true (sg_window_show_page (f->window, "person"));
  page = sg_window_get_page (f->window, "person");
  sg_test_wait_for (sg_test_is_mapped, page);
  header = sg_test_find_widget (page, sg_test_is_type, GSIZE_TO_POINTER (SG_TYPE_PEOPLE_HEADER));
  g_assert_nonnull (header);
  g_assert_nonnull (sg_test_find_widget (header, label_is_mapped, "2 people may be listed twice"));

  /* The update's message offers the review too. */
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (f->window), is_button_labelled, "_Review People…"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.review-people", NULL));
  dialog = SG_DUPLICATES_DIALOG (sg_test_find_toplevel (SG_TYPE_DUPLICATES_DIALOG));
  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  sg_test_wait_for (sg_test_is_mapped, dialog);
  g_assert_cmpuint (sg_duplicates_dialog_get_n_pairs (dialog), ==, 2);
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (dialog), sg_test_is_label, "“J. Petersen” and “Jana Petersen”"));

  /* The first pair is the Petersens (an initial), then the Schneiders. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "duplicates.not-same", "u", 1));
  g_assert_cmpuint (sg_duplicates_dialog_get_n_pairs (dialog), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "duplicates.merge", "u", 0));
  g_assert_cmpuint (sg_duplicates_dialog_get_n_pairs (dialog), ==, 0);
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (dialog), label_is_mapped, "Nobody Listed Twice"));
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_PERSON)), ==, n_people - 1);
  g_assert_null (sg_store_find_person (f->store, "J. Petersen"));

  /* Undo brings the merged person back, and the pair with them. */
  g_assert_true (gtk_widget_activate (sg_test_find_widget (GTK_WIDGET (dialog), is_button_labelled, "_Undo")));
  sg_test_wait_for (j_petersen_back, f->store);
  g_assert_nonnull (sg_store_find_person (f->store, "J. Petersen"));
  g_assert_cmpuint (sg_duplicates_dialog_get_n_pairs (dialog), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "duplicates.merge", "u", 0));
  g_assert_cmpuint (sg_duplicates_dialog_get_n_pairs (dialog), ==, 0);

  /* The toasts' animations hold the dialog a little longer. */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  sg_test_wait_for (is_null, &dialog);
  sg_test_wait_for (label_gone, &(Gone) { header, "2 people may be listed twice" });
  g_assert_null (sg_test_find_widget (header, label_is_mapped, "2 people may be listed twice"));
  g_assert_cmpuint (sg_people_header_get_n_pairs (SG_PEOPLE_HEADER (header)), ==, 0);
}

/* Preferences name you; the People page says so, and My Responsibilities
 * opens your detail, whose desk is yours. */
static void
test_me (Fixture       *f,
         gconstpointer  data)
{
  GtkWidget *page, *editor, *desk;
  SgRecord *jana = sg_store_find_person (f->store, "Jana Petersen");

  g_settings_set_string (sg_settings_get (), "me", "jana  PETERSEN");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.my-responsibilities", NULL));
  page = sg_window_get_page (f->window, "person");
  sg_test_wait_for (sg_test_is_mapped, page);
  g_assert_true (sg_record_page_get_selected (SG_RECORD_PAGE (page)) == jana);
  g_assert_nonnull (sg_test_find_widget (page, label_is_mapped, "You are Jana Petersen"));
  editor = sg_record_page_get_editor (SG_RECORD_PAGE (page));
  desk = sg_test_find_widget (editor, sg_test_is_type, GSIZE_TO_POINTER (SG_TYPE_PERSON_DESK));
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (desk)), ==, "Your Responsibilities");
  g_assert_cmpuint (sg_person_desk_get_n_items (SG_PERSON_DESK (desk)), >, 20);

  /* Nobody chosen: the action asks, and nothing is selected for you. */
  g_settings_set_string (sg_settings_get (), "me", "");
  sg_test_wait_for (label_gone, &(Gone) { page, "You are Jana Petersen" });
  g_assert_null (sg_test_find_widget (page, label_is_mapped, "You are Jana Petersen"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.my-responsibilities", NULL));
  {
    GtkWindow *ask = sg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

    g_assert_nonnull (ask);
    g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (ask)), ==, "Who Are You?");
    gtk_window_destroy (ask);
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;

  g_test_add ("/people-page/review-duplicates", Fixture, NULL, fixture_set_up, test_review_duplicates, fixture_tear_down);
  g_test_add ("/people-page/me", Fixture, NULL, fixture_set_up, test_me, fixture_tear_down);

  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
