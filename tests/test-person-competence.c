/* test-person-competence.c: a person's competence and awareness in their pane and the People list (clauses 7.2, 7.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "sg-competence-record.h"
#include "sg-person-competence.h"
#include "sg-person.h"
#include "sg-record-cell.h"
#include "sg-record-editor.h"
#include "sg-record-page.h"
#include "sg-sample.h"
#include "sg-settings.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-window.h"

static char *tmpdir;

typedef struct
{
  char         *path;
  SgStore      *store;
  SgWindow     *window;
  SgRecordPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static guint serial;
  g_autoptr(GError) error = NULL;

  f->path = g_strdup_printf ("%s/example-%u.isms", tmpdir, ++serial);
  g_assert_true (sg_sample_create (f->path, &error));
  g_assert_no_error (error);
  f->store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  f->window = sg_test_window_on_page (f->store, "person", 1300, 850);
  f->page = SG_RECORD_PAGE (sg_window_get_page (f->window, "person"));
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
  g_settings_reset (sg_settings_get (), SG_SETTINGS_EVIDENCE_MONTHS);
  g_free (f->path);
}

/* Shows @name in the pane; its competence part. */
static SgPersonCompetence *
show_person (Fixture    *f,
             const char *name)
{
  SgRecord *person = sg_store_find_person (f->store, name);
  GtkWidget *part;

  g_assert_nonnull (person);
  sg_record_page_select (f->page, person);
  sg_test_run_a_while ();
  part = sg_test_find_widget (sg_record_page_get_editor (f->page), sg_test_is_type,
                              GSIZE_TO_POINTER (SG_TYPE_PERSON_COMPETENCE));
  g_assert_nonnull (part);
  g_assert_true (gtk_widget_get_visible (part));
  return SG_PERSON_COMPETENCE (part);
}

static gboolean
is_marked_cell (GtkWidget     *widget,
                gconstpointer  record)
{
  return SG_IS_RECORD_CELL (widget) && sg_record_cell_get_record (SG_RECORD_CELL (widget)) == record &&
         sg_record_cell_get_overdue (SG_RECORD_CELL (widget));
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* A row naming a record: its ref, then its title. */
static gboolean
is_row_naming (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_str_has_suffix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title);
}

static gboolean
is_row_subtitled (GtkWidget     *widget,
                  gconstpointer  subtitle)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), subtitle) == 0;
}

static gboolean
has_gap_starting (SgPersonCompetence *part,
                  const char         *start)
{
  g_auto(GStrv) gaps = sg_person_competence_dup_gaps (part);

  for (guint i = 0; gaps[i] != NULL; i++)
    if (g_str_has_prefix (gaps[i], start))
      return TRUE;
  return FALSE;
}

/* The external auditor: the role held with what it requires, the old
 * certificate marked and opening its record, the briefing taken part in,
 * the acknowledgement; the gap said in one sentence; marked in the list. */
static void
test_pane (Fixture       *f,
           gconstpointer  data)
{
  SgPersonCompetence *part = show_person (f, "Dr. Eva Schneider");
  SgRecord *certificate = sg_store_find_by_ref (f->store, SG_TYPE_COMPETENCE_RECORD, "CR-008");
  g_auto(GStrv) gaps = sg_person_competence_dup_gaps (part);
  g_autofree char *evidence_title = NULL;
  GtkWidget *row;

  g_assert_cmpuint (g_strv_length (gaps), ==, 1);
  g_assert_true (g_str_has_prefix (gaps[0], "The newest evidence for ROLE-007 Internal ISMS auditor dates from "));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (part), is_row_titled, gaps[0]));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (part), is_row_titled, "ROLE-007 Internal ISMS auditor"));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (part), is_row_subtitled,
                                         "ISO/IEC 27001 Lead Auditor or equal, renewed at least every three years; "
                                         "independence from the audited areas."));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (part), is_row_naming, " Annual ISMS briefing"));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (part), is_row_titled,
                                         "Information security policy acknowledged"));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (f->page), is_marked_cell,
                                         sg_store_find_person (f->store, "Dr. Eva Schneider")));
  g_assert_null (sg_test_find_widget (GTK_WIDGET (f->page), is_marked_cell,
                                      sg_store_find_person (f->store, "Jana Petersen")));

  /* The evidence opens its record. */
  evidence_title = sg_record_dup_display_name (certificate);
  row = sg_test_find_widget (GTK_WIDGET (part), is_row_titled, evidence_title);
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activated");
  sg_test_run_a_while ();
  g_assert_true (sg_record_page_get_selected (SG_RECORD_PAGE (sg_window_get_page (f->window, "competence_record")))
                 == certificate);
}

/* Someone who never acknowledged the policy does so today: saved in the
 * register, the gap and the list's mark gone. */
static void
test_acknowledge (Fixture       *f,
                  gconstpointer  data)
{
  SgPersonCompetence *part = show_person (f, "Stefan Lange");
  SgRecord *person = sg_store_find_person (f->store, "Stefan Lange");
  g_autofree char *today = sg_date_today ();
  g_autofree char *expected = g_strdup_printf ("%s\n", today);
  g_autofree char *stored = NULL;

  g_assert_true (has_gap_starting (part, "Has not acknowledged the information security policy"));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (part), is_row_subtitled, "Never"));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (f->page), is_marked_cell, person));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (part), "competence.acknowledge", NULL));
  sg_test_run_a_while ();
  g_assert_cmpstr (sg_record_peek_string (person, SG_PERSON_POLICY_ACKNOWLEDGED_ON), ==, today);
  g_assert_false (has_gap_starting (part, "Has not acknowledged"));
  g_assert_null (sg_test_find_widget (GTK_WIDGET (f->page), is_marked_cell, person));

  stored = sg_test_run_tool ("sqlite3", f->path,
                             "SELECT policy_acknowledged_on FROM person WHERE name = 'Stefan Lange';", NULL);
  g_assert_cmpstr (stored, ==, expected);
}

/* Six months instead of twelve: the CISO's briefing and acknowledgement
 * become old, in the pane and in the list, at once. */
static void
test_preference (Fixture       *f,
                 gconstpointer  data)
{
  SgPersonCompetence *part = show_person (f, "Jana Petersen");
  SgRecord *jana = sg_store_find_person (f->store, "Jana Petersen");
  g_auto(GStrv) before = sg_person_competence_dup_gaps (part);

  g_assert_cmpuint (g_strv_length (before), ==, 0);
  g_settings_set_int (sg_settings_get (), SG_SETTINGS_EVIDENCE_MONTHS, 6);
  sg_test_run_a_while ();
  g_assert_true (has_gap_starting (part, "Last took part in an awareness activity on "));
  g_assert_true (has_gap_starting (part, "Acknowledged the information security policy on "));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (f->page), is_marked_cell, jana));

  g_settings_set_int (sg_settings_get (), SG_SETTINGS_EVIDENCE_MONTHS, 12);
  sg_test_run_a_while ();
  g_assert_false (has_gap_starting (part, "Last took part"));
  g_assert_null (sg_test_find_widget (GTK_WIDGET (f->page), is_marked_cell, jana));
}

/* Evidence renewed while someone else is shown: the list's mark of the
 * person it belongs to goes at once, and comes back with older evidence. */
static void
test_others_mark (Fixture       *f,
                  gconstpointer  data)
{
  SgRecord *eva = sg_store_find_person (f->store, "Dr. Eva Schneider");
  SgRecord *certificate = sg_store_find_by_ref (f->store, SG_TYPE_COMPETENCE_RECORD, "CR-008");
  g_autofree char *today = sg_date_today ();
  g_autofree char *old = g_strdup (sg_record_peek_string (certificate, "completed-on"));

  show_person (f, "Jana Petersen");
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (f->page), is_marked_cell, eva));
  g_object_set (certificate, "completed-on", today, NULL);
  for (guint i = 0; i < 10 && sg_test_find_widget (GTK_WIDGET (f->page), is_marked_cell, eva) != NULL; i++)
    sg_test_run_a_while ();
  g_assert_null (sg_test_find_widget (GTK_WIDGET (f->page), is_marked_cell, eva));

  g_object_set (certificate, "completed-on", old, NULL);
  for (guint i = 0; i < 10 && sg_test_find_widget (GTK_WIDGET (f->page), is_marked_cell, eva) == NULL; i++)
    sg_test_run_a_while ();
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (f->page), is_marked_cell, eva));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;

  g_test_add ("/person-competence/pane", Fixture, NULL, fixture_set_up, test_pane, fixture_tear_down);
  g_test_add ("/person-competence/acknowledge", Fixture, NULL, fixture_set_up, test_acknowledge, fixture_tear_down);
  g_test_add ("/person-competence/preference", Fixture, NULL, fixture_set_up, test_preference, fixture_tear_down);
  g_test_add ("/person-competence/others-mark", Fixture, NULL, fixture_set_up, test_others_mark, fixture_tear_down);

  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
