/* test-person-row.c: naming a person in a record by typing — the
 * directory's matches, adding one, clearing, an exact name on leaving
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "sg-field-binding.h"
#include "sg-person-row.h"
#include "sg-person.h"
#include "sg-risk.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"

static char *tmpdir;

typedef struct
{
  char           *path;
  SgStore        *store;
  SgRecord       *risk;
  SgFieldBinding *binding;
  GtkWidget      *window;
  GtkWidget      *row;
  GtkWidget      *other;   /* somewhere else for the focus to go */
} Fixture;

static SgRecord *
add_person (SgStore    *store,
            const char *name,
            const char *function,
            const char *unit,
            gboolean    active)
{
  g_autoptr(SgRecord) person = g_object_new (SG_TYPE_PERSON, SG_PERSON_NAME, name,
                                             SG_PERSON_FUNCTION, function, SG_PERSON_UNIT, unit,
                                             SG_PERSON_ACTIVE, active, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (sg_store_add (store, person, &error));
  g_assert_no_error (error);
  return person;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *group = adw_preferences_group_new ();

  f->path = g_build_filename (tmpdir, "people.isms", NULL);
  g_unlink (f->path);
  f->store = sg_store_open (f->path, SG_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  add_person (f->store, "Jana Petersen", "CISO", "IT", TRUE);
  add_person (f->store, "Jan Peters", "Driver", NULL, TRUE);
  add_person (f->store, "Tobias Schmitt", NULL, "IT", FALSE);
  f->risk = g_object_new (SG_TYPE_RISK, "ref", "R-001", "title", "Phishing", NULL);
  g_assert_true (sg_store_add (f->store, f->risk, &error));

  f->binding = sg_field_binding_new (f->store, sg_record_class_find_field (g_type_class_peek (SG_TYPE_RISK), "owner"));
  sg_field_binding_set_record (f->binding, f->risk);
  f->row = sg_field_binding_get_widget (f->binding);
  g_assert_true (SG_IS_PERSON_ROW (f->row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), f->row);
  f->other = gtk_button_new_with_label ("Elsewhere");
  gtk_box_append (GTK_BOX (box), group);
  gtk_box_append (GTK_BOX (box), f->other);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 600, 500);
  gtk_window_set_child (GTK_WINDOW (f->window), box);
  gtk_window_present (GTK_WINDOW (f->window));
  sg_test_wait_for (sg_test_is_mapped, f->row);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->binding);
  g_object_unref (f->risk);
  g_assert_finalize_object (f->store);
  g_unlink (f->path);
  g_free (f->path);
}

static void
collect_titles (GtkWidget *widget,
                GPtrArray *titles)
{
  if (ADW_IS_ACTION_ROW (widget))
    {
      g_ptr_array_add (titles, (gpointer) adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_titles (child, titles);
}

static GtkWidget *
suggestions_popover (Fixture *f)
{
  for (GtkWidget *child = gtk_widget_get_first_child (f->row); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      return child;
  g_assert_not_reached ();
}

/* What the list under the row offers, as the user reads it. */
static char *
offered (Fixture *f)
{
  GtkWidget *popover = suggestions_popover (f);
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  if (!gtk_widget_get_visible (popover))
    return g_strdup ("");
  collect_titles (popover, titles);
  g_ptr_array_add (titles, NULL);
  return g_strjoinv ("|", (char **) titles->pdata);
}

static void
type (Fixture    *f,
      const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (f->row), text);
}

static gboolean
is_list_box (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_LIST_BOX (widget);
}

static GtkListBoxRow *
offered_row (Fixture *f,
             int      index)
{
  GtkWidget *list = sg_test_find_widget (suggestions_popover (f), is_list_box, NULL);

  g_assert_nonnull (list);
  return gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index);
}

static void
test_matches_and_add (Fixture       *f,
                      gconstpointer  data)
{
  guint n_people = g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_PERSON));
  g_autofree char *list = NULL;
  SgRecord *ole;

  /* Any word's start, ignoring case and runs of spaces. */
  type (f, "pet");
  list = offered (f);
  g_assert_cmpstr (list, ==, "Jan Peters|Jana Petersen|Add “pet” as a New Person");
  g_clear_pointer (&list, g_free);
  type (f, "JANA   pet");
  list = offered (f);
  g_assert_cmpstr (list, ==, "Jana Petersen|Add “JANA pet” as a New Person");
  g_clear_pointer (&list, g_free);
  /* A name the directory has is first, and cannot be added again. */
  type (f, "jan peters");
  list = offered (f);
  g_assert_cmpstr (list, ==, "Jan Peters|Jana Petersen");
  g_clear_pointer (&list, g_free);
  /* Someone who left is still found, marked. */
  type (f, "schmitt");
  list = offered (f);
  g_assert_cmpstr (list, ==, "Tobias Schmitt|Add “schmitt” as a New Person");
  g_clear_pointer (&list, g_free);
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (offered_row (f, 0)), sg_test_is_label, "Left"));
  g_assert_cmpint (sg_record_peek_int64 (f->risk, "owner"), ==, 0);

  /* Picking one names it in the record. */
  type (f, "jana");
  g_assert_true (gtk_widget_activate (GTK_WIDGET (offered_row (f, 0))));
  g_assert_cmpint (sg_record_peek_int64 (f->risk, "owner"), ==,
                   sg_record_get_id (sg_store_find_person (f->store, "Jana Petersen")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->row)), ==, "Jana Petersen");
  g_assert_false (gtk_widget_get_visible (suggestions_popover (f)));

  /* "Add …" adds one person, and links them. */
  type (f, "  Ole   Jensen ");
  list = offered (f);
  g_assert_cmpstr (list, ==, "Add “Ole Jensen” as a New Person");
  g_clear_pointer (&list, g_free);
  g_assert_true (gtk_widget_activate (GTK_WIDGET (offered_row (f, 0))));
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_PERSON)), ==, n_people + 1);
  ole = sg_store_find_person (f->store, "ole jensen");
  g_assert_nonnull (ole);
  g_assert_cmpstr (sg_record_peek_string (ole, SG_PERSON_NAME), ==, "Ole Jensen");
  g_assert_cmpint (sg_record_peek_int64 (f->risk, "owner"), ==, sg_record_get_id (ole));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->row)), ==, "Ole Jensen");
  /* Typed again, the name is found, not added twice. */
  type (f, "ole jensen");
  list = offered (f);
  g_assert_cmpstr (list, ==, "Ole Jensen");
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_PERSON)), ==, n_people + 1);

  /* Clearing the text says "nobody". */
  type (f, "");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpint (sg_record_peek_int64 (f->risk, "owner"), ==, 0);
  g_assert_false (gtk_widget_get_visible (suggestions_popover (f)));
}

/* Keyboard only (the actions the keys are bound to): ↓ ↑ and Enter
 * pick, Escape closes; an exact name is taken on Enter or on leaving the
 * row, anything else is not saved. */
static void
test_keyboard_and_leaving (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *popover;

  gtk_widget_grab_focus (f->row);
  type (f, "pet");
  popover = suggestions_popover (f);
  g_assert_true (gtk_widget_get_visible (popover));
  /* Enter before ↓ takes only an exact name: nothing is added. */
  gtk_widget_activate_action (f->row, "person-row.pick", NULL);
  g_assert_cmpint (sg_record_peek_int64 (f->risk, "owner"), ==, 0);
  g_assert_null (sg_store_find_person (f->store, "pet"));
  type (f, "pet");
  /* ↓ ↓ ↑: the first, "Jan Peters" (then "Jana Petersen", then "Add …"). */
  gtk_widget_activate_action (f->row, "person-row.next", NULL);
  gtk_widget_activate_action (f->row, "person-row.next", NULL);
  gtk_widget_activate_action (f->row, "person-row.previous", NULL);
  gtk_widget_activate_action (f->row, "person-row.pick", NULL);
  g_assert_cmpint (sg_record_peek_int64 (f->risk, "owner"), ==,
                   sg_record_get_id (sg_store_find_person (f->store, "Jan Peters")));
  g_assert_false (gtk_widget_get_visible (popover));

  type (f, "tob");
  gtk_widget_activate_action (f->row, "person-row.dismiss", NULL);
  g_assert_false (gtk_widget_get_visible (popover));
  type (f, "tobias  SCHMITT");
  gtk_widget_grab_focus (f->other);
  g_assert_cmpint (sg_record_peek_int64 (f->risk, "owner"), ==,
                   sg_record_get_id (sg_store_find_person (f->store, "Tobias Schmitt")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->row)), ==, "Tobias Schmitt");

  /* Not a name of the directory: kept on screen, marked, not saved. */
  gtk_widget_grab_focus (f->row);
  type (f, "Nobody Known");
  gtk_widget_grab_focus (f->other);
  g_assert_cmpint (sg_record_peek_int64 (f->risk, "owner"), ==,
                   sg_record_get_id (sg_store_find_person (f->store, "Tobias Schmitt")));
  g_assert_true (gtk_widget_has_css_class (f->row, "warning"));
  g_assert_null (sg_store_find_person (f->store, "Nobody Known"));

  gtk_test_accessible_assert_property (f->row, GTK_ACCESSIBLE_PROPERTY_LABEL, "Owner");
  gtk_test_accessible_assert_property (f->row, GTK_ACCESSIBLE_PROPERTY_AUTOCOMPLETE, GTK_ACCESSIBLE_AUTOCOMPLETE_LIST);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;

  g_test_add ("/person-row/matches-and-add", Fixture, NULL, fixture_set_up, test_matches_and_add, fixture_tear_down);
  g_test_add ("/person-row/keyboard-and-leaving", Fixture, NULL, fixture_set_up, test_keyboard_and_leaving, fixture_tear_down);

  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
