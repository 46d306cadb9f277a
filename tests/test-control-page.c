/* test-control-page.c: the Statement of Applicability page — sections, summary, filters, keys, bulk edit, detail
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "sg-control-editor.h"
#include "sg-control-page.h"
#include "sg-control-row.h"
#include "sg-control.h"
#include "sg-enums.h"
#include "sg-evidence-row.h"
#include "sg-evidence.h"
#include "sg-risk.h"
#include "sg-sample.h"
#include "sg-soa.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-window.h"

static char *tmpdir;

typedef struct
{
  char          *path;
  SgStore       *store;
  SgWindow      *window;
  SgControlPage *page;
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

  f->window = g_object_ref (sg_window_new (NULL, f->store));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 900);
  gtk_window_present (GTK_WINDOW (f->window));
  sg_test_wait_for (sg_test_is_mapped, f->window);
  g_assert_true (sg_window_show_page (f->window, "control"));
  f->page = SG_CONTROL_PAGE (sg_window_get_page (f->window, "control"));
  g_assert_true (SG_IS_CONTROL_PAGE (f->page));
  sg_test_wait_for (sg_test_is_mapped, f->page);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  /* What the window's last toasts and idles still hold goes first. */
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_finalize_object (f->window);
  g_clear_object (&f->store);
  g_free (f->path);
}

static SgRecord *
control (Fixture    *f,
         const char *ref)
{
  SgRecord *record = sg_store_find_by_ref (f->store, SG_TYPE_CONTROL, ref);

  g_assert_nonnull (record);
  return record;
}

static guint
n_rows (Fixture *f)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (sg_control_page_get_list (f->page));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n += SG_IS_CONTROL_ROW (row);
  return n;
}

static gboolean
has_tooltip (GtkWidget     *widget,
             gconstpointer  text)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

static gboolean
is_undo_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Undo") == 0 &&
         gtk_widget_get_mapped (widget);
}

static gboolean
has_undo_button (gpointer window)
{
  return sg_test_find_widget (gtk_window_get_child (window), is_undo_button, NULL) != NULL;
}

static void
click_undo (Fixture *f)
{
  GtkWidget *undo;

  sg_test_wait_for (has_undo_button, f->window);
  undo = sg_test_find_widget (gtk_window_get_child (GTK_WINDOW (f->window)), is_undo_button, NULL);
  g_signal_emit_by_name (undo, "clicked");
  sg_test_run_a_while ();
}

/* Activates the page's own binding for @accelerator, as a key press would. */
static void
press (Fixture    *f,
       const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->page));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (trigger, accelerator))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                           GTK_WIDGET (f->page),
                                                           gtk_shortcut_get_arguments (shortcut)));
              sg_test_run_a_while ();
              return;
            }
        }
    }
  g_error ("no shortcut %s on the controls page", accelerator);
}

/* The header of each theme, in order, and every control once. */
static void
test_sections (Fixture       *f,
               gconstpointer  data)
{
  static const char * const headers[] = {
    "5 Organizational controls", "6 People controls", "7 Physical controls", "8 Technological controls",
  };
  GtkWidget *list = sg_control_page_get_list (f->page);
  guint n_headers = 0;
  int last_section = -3;

  g_assert_cmpuint (n_rows (f), ==, 93);
  g_assert_cmpstr (sg_control_page_get_count_text (f->page), ==, "93 controls");
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *header;
      int section;

      /* The headers are the list's children too. */
      if (!SG_IS_CONTROL_ROW (row))
        continue;
      header = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (row));
      section = sg_control_row_section_of (sg_control_row_get_control (SG_CONTROL_ROW (row)));

      /* A header exactly where the theme changes. */
      g_assert_true ((header != NULL) == (section != last_section));
      if (header != NULL)
        {
          g_assert_cmpuint (n_headers, <, G_N_ELEMENTS (headers));
          g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (header)), ==, headers[n_headers]);
          n_headers++;
        }
      last_section = section;
    }
  g_assert_cmpuint (n_headers, ==, 4);

  /* The full title, wrapped rather than cut, and the status in words. */
  {
    SgControlRow *row = NULL;

    for (GtkWidget *w = gtk_widget_get_first_child (list); w != NULL; w = gtk_widget_get_next_sibling (w))
      if (SG_IS_CONTROL_ROW (w) && sg_control_row_get_control (SG_CONTROL_ROW (w)) == control (f, "5.9"))
        row = SG_CONTROL_ROW (w);
    g_assert_nonnull (row);
    g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (row), sg_test_is_label,
                                           "Inventory of information and other associated assets"));
    g_assert_cmpstr (sg_control_row_get_badge_text (row), ==, "Implemented");
  }
}

static guint
facet_index (SgFacetFilter *filter,
             const char    *name)
{
  for (guint i = 0; i < sg_facet_filter_get_n_facets (filter); i++)
    if (g_str_equal (sg_facet_filter_get_facet (filter, i)->name, name))
      return i;
  g_assert_not_reached ();
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  SgFacetFilter *facets = sg_control_page_get_facet_filter (f->page);
  g_autoptr(GArray) summary = sg_soa_summarise (f->store, NULL);
  SgSoaThemeSummary *technological = &g_array_index (summary, SgSoaThemeSummary, 3);
  g_autofree char *expected = NULL;
  GtkWidget *figure;

  /* A facet: 14 physical controls. */
  sg_facet_filter_set (facets, facet_index (facets, SG_CONTROL_THEME), "physical");
  sg_test_run_a_while ();
  g_assert_cmpuint (n_rows (f), ==, 14);
  g_assert_cmpstr (sg_control_page_get_count_text (f->page), ==, "14 of 93 controls");
  sg_facet_filter_clear (facets);
  sg_test_run_a_while ();
  g_assert_cmpstr (sg_control_page_get_count_text (f->page), ==, "93 controls");

  /* A figure of the summary filters to what it counts. */
  g_assert_cmpuint (technological->n_excluded, >, 0);
  expected = g_strdup_printf ("8 Technological: %u excluded", technological->n_excluded);
  figure = sg_test_find_widget (GTK_WIDGET (f->page), has_tooltip, expected);
  g_assert_nonnull (figure);
  g_signal_emit_by_name (figure, "clicked");
  sg_test_run_a_while ();
  g_assert_cmpuint (n_rows (f), ==, technological->n_excluded);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%u of 93 controls", technological->n_excluded);
  g_assert_cmpstr (sg_control_page_get_count_text (f->page), ==, expected);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "soa.show-all", NULL));
  sg_test_run_a_while ();
  g_assert_cmpuint (n_rows (f), ==, 93);

  /* A rule: the one expired piece of evidence in the example. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "soa.show", "s", "evidence"));
  sg_test_run_a_while ();
  g_assert_cmpuint (n_rows (f), ==, 1);
  g_assert_cmpstr (sg_control_page_get_count_text (f->page), ==, "1 of 93 controls");

  /* A control made to need a justification shows up under its rule. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "soa.show", "s", "no-justification"));
  sg_test_run_a_while ();
  g_assert_cmpuint (n_rows (f), ==, 0);
  g_object_set (control (f, "8.30"), SG_CONTROL_JUSTIFICATION, "", NULL);
  sg_test_run_a_while ();
  g_assert_cmpuint (n_rows (f), ==, 1);
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  SgRecord *c = control (f, "5.7");
  g_autoptr(SgRecord) own = g_object_new (SG_TYPE_CONTROL, SG_CONTROL_SOURCE, SG_CONTROL_SOURCE_CUSTOM,
                                          SG_CONTROL_TITLE, "Customer data escrow", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) selection = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(SgHistoryEntry) newest = NULL;

  sg_control_page_select (f->page, c);
  g_assert_cmpint (sg_record_peek_enum (c, SG_CONTROL_IMPLEMENTATION), ==, SG_IMPLEMENTATION_STATUS_PARTIAL);
  press (f, "<Alt>4");
  g_assert_cmpint (sg_record_peek_enum (c, SG_CONTROL_IMPLEMENTATION), ==, SG_IMPLEMENTATION_STATUS_IMPLEMENTED);
  history = sg_store_list_history (f->store, c, &error);
  g_assert_no_error (error);
  newest = g_list_model_get_item (history, 0);
  g_assert_cmpstr (sg_history_entry_get_field (newest), ==, SG_CONTROL_IMPLEMENTATION);
  press (f, "<Alt>1");
  g_assert_cmpint (sg_record_peek_enum (c, SG_CONTROL_IMPLEMENTATION), ==, SG_IMPLEMENTATION_STATUS_NOT_IMPLEMENTED);
  press (f, "<Alt>n");
  g_assert_false (sg_record_peek_boolean (c, SG_CONTROL_APPLICABLE));
  press (f, "<Alt>y");
  g_assert_true (sg_record_peek_boolean (c, SG_CONTROL_APPLICABLE));

  /* Ctrl+J: the example has decided everything; a new own control is not. */
  sg_record_set_ref (own, "ORG-7");
  g_assert_true (sg_store_add (f->store, own, &error));
  g_assert_no_error (error);
  sg_test_run_a_while ();
  sg_control_page_select (f->page, control (f, "5.1"));
  press (f, "<Control>j");
  selection = sg_control_page_get_selection (f->page);
  g_assert_cmpuint (selection->len, ==, 1);
  g_assert_true (selection->pdata[0] == own);
}

static guint
count_changes (Fixture    *f,
               SgRecord   *record,
               const char *field)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = sg_store_list_history (f->store, record, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(SgHistoryEntry) entry = g_list_model_get_item (history, i);

      n += g_strcmp0 (sg_history_entry_get_field (entry), field) == 0;
    }
  return n;
}

/* Several controls set at once: saved, one history entry each, one Undo. */
static void
test_bulk_edit (Fixture       *f,
                gconstpointer  data)
{
  static const char * const refs[] = { "5.1", "5.7", "8.8" };
  GtkWidget *list = sg_control_page_get_list (f->page);
  int before[G_N_ELEMENTS (refs)];
  guint changes[G_N_ELEMENTS (refs)];
  g_autoptr(GPtrArray) selection = NULL;

  gtk_list_box_unselect_all (GTK_LIST_BOX (list));
  for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
    {
      SgRecord *c = control (f, refs[i]);

      before[i] = sg_record_peek_enum (c, SG_CONTROL_IMPLEMENTATION);
      changes[i] = count_changes (f, c, SG_CONTROL_IMPLEMENTATION);
      for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
        if (SG_IS_CONTROL_ROW (row) && sg_control_row_get_control (SG_CONTROL_ROW (row)) == c)
          gtk_list_box_select_row (GTK_LIST_BOX (list), GTK_LIST_BOX_ROW (row));
    }
  selection = sg_control_page_get_selection (f->page);
  g_assert_cmpuint (selection->len, ==, 3);
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (f->page), sg_test_is_label, "3 controls selected"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "soa.set-status", "i",
                                             SG_IMPLEMENTATION_STATUS_PLANNED));
  for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
    {
      g_assert_cmpint (sg_record_peek_enum (control (f, refs[i]), SG_CONTROL_IMPLEMENTATION), ==,
                       SG_IMPLEMENTATION_STATUS_PLANNED);
      g_assert_cmpuint (count_changes (f, control (f, refs[i]), SG_CONTROL_IMPLEMENTATION), ==, changes[i] + 1);
    }

  /* One Undo takes all three back. */
  click_undo (f);
  for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
    g_assert_cmpint (sg_record_peek_enum (control (f, refs[i]), SG_CONTROL_IMPLEMENTATION), ==, before[i]);

  /* A reason and an owner the same way. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "soa.add-reason", "s",
                                             SG_CONTROL_REASON_LEGAL));
  for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
    g_assert_true (sg_record_peek_boolean (control (f, refs[i]), SG_CONTROL_REASON_LEGAL));
}

/* Annex A controls are not deleted; the organisation's own are, with Undo. */
static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) selection = NULL;
  GtkWidget *delete_button;
  SgRecord *own;
  guint n;

  sg_control_page_select (f->page, control (f, "5.23"));
  /* Not offered… */
  delete_button = sg_test_find_widget (GTK_WIDGET (f->page), has_tooltip, "Delete");
  g_assert_nonnull (delete_button);
  g_assert_false (gtk_widget_get_visible (delete_button));
  /* …and not done when asked for anyway. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "page.delete-record", NULL);
  sg_test_run_a_while ();
  g_assert_nonnull (sg_store_find_by_ref (f->store, SG_TYPE_CONTROL, "5.23"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.add-record", NULL));
  sg_test_run_a_while ();
  selection = sg_control_page_get_selection (f->page);
  g_assert_cmpuint (selection->len, ==, 1);
  own = selection->pdata[0];
  g_assert_cmpint (sg_record_peek_enum (own, SG_CONTROL_SOURCE), ==, SG_CONTROL_SOURCE_CUSTOM);
  g_assert_cmpstr (sg_record_get_ref (own), ==, "ORG-1");
  sg_store_peek_records (f->store, SG_TYPE_CONTROL, &n);
  g_assert_cmpuint (n, ==, 94);
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (f->page), sg_test_is_label, "The organisation’s own controls"));

  g_assert_true (gtk_widget_get_visible (delete_button));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.delete-record", NULL));
  sg_store_peek_records (f->store, SG_TYPE_CONTROL, &n);
  g_assert_cmpuint (n, ==, 93);
  click_undo (f);
  sg_store_peek_records (f->store, SG_TYPE_CONTROL, &n);
  g_assert_cmpuint (n, ==, 94);
}

static gboolean
label_starts_with (GtkWidget     *widget,
                   gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), text);
}

static SgControlRow *
find_row (Fixture  *f,
          SgRecord *c)
{
  for (GtkWidget *w = gtk_widget_get_first_child (sg_control_page_get_list (f->page));
       w != NULL;
       w = gtk_widget_get_next_sibling (w))
    if (SG_IS_CONTROL_ROW (w) && sg_control_row_get_control (SG_CONTROL_ROW (w)) == c)
      return SG_CONTROL_ROW (w);
  return NULL;
}

/* The detail: the derived reason, the warnings, links from this side. */
static void
test_detail (Fixture       *f,
             gconstpointer  data)
{
  SgControlEditor *editor = SG_CONTROL_EDITOR (sg_control_page_get_editor (f->page));
  SgRecord *c = control (f, "5.21");
  g_autoptr(GPtrArray) risks = sg_soa_control_risks (f->store, c);
  SgRecord *risk = sg_store_find_by_ref (f->store, SG_TYPE_RISK, "R-001");
  const char *subtitle;
  SgControlRow *row;

  g_assert_nonnull (risk);
  g_assert_cmpuint (risks->len, >, 0);
  sg_control_page_select (f->page, c);
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (sg_control_editor_get_risk_treatment_row (editor)));
  g_assert_nonnull (strstr (subtitle, sg_record_get_ref (risks->pdata[0])));
  g_assert_false (gtk_widget_get_visible (sg_control_editor_get_reason_warning (editor)));
  g_assert_false (gtk_widget_get_visible (sg_control_editor_get_justification_warning (editor)));

  /* Excluded without a justification: flagged at the field and on the row. */
  g_object_set (c, SG_CONTROL_APPLICABLE, FALSE, SG_CONTROL_JUSTIFICATION, "", NULL);
  sg_test_run_a_while ();
  g_assert_true (gtk_widget_get_visible (sg_control_editor_get_justification_warning (editor)));
  row = find_row (f, c);
  g_assert_true (sg_control_row_get_flags (row) & SG_SOA_FLAG_EXCLUDED_WITHOUT_JUSTIFICATION);
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (row), label_starts_with, "No justification"));

  /* Applicable with no reason at all. */
  g_object_set (c, SG_CONTROL_APPLICABLE, TRUE, SG_CONTROL_REASON_LEGAL, FALSE,
                SG_CONTROL_REASON_CONTRACTUAL, FALSE, SG_CONTROL_REASON_BUSINESS, FALSE, NULL);
  for (guint i = 0; i < risks->len; i++)
    sg_soa_set_risk_linked (c, risks->pdata[i], FALSE);
  g_object_set (c, SG_CONTROL_TITLE, "ICT supply chain", NULL);  /* a notify, as after an edit */
  sg_test_run_a_while ();
  g_assert_true (gtk_widget_get_visible (sg_control_editor_get_reason_warning (editor)));

  /* Linked from the control's side: stored on the risk, the warning goes. */
  sg_control_editor_link_risk (editor, risk, TRUE);
  sg_test_run_a_while ();
  g_assert_true (sg_links_contains (sg_record_peek_links (risk, SG_RISK_CONTROLS), sg_record_get_id (c)));
  g_assert_false (gtk_widget_get_visible (sg_control_editor_get_reason_warning (editor)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (sg_control_editor_get_risk_treatment_row (editor))),
                            "R-001"));
}

/* Evidence: expired marked; only web and existing files can be opened. */
static void
test_evidence (Fixture       *f,
               gconstpointer  data)
{
  SgControlEditor *editor = SG_CONTROL_EDITOR (sg_control_page_get_editor (f->page));
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(SgRecord) added = NULL;
  SgEvidenceRow *row = NULL;
  gboolean expired_seen = FALSE;

  sg_control_page_select (f->page, control (f, "8.8"));
  rows = sg_control_editor_list_evidence_rows (editor);
  g_assert_cmpuint (rows->len, >=, 1);
  for (guint i = 0; i < rows->len; i++)
    expired_seen |= g_str_has_prefix (sg_evidence_row_get_status (rows->pdata[i]) ?: "", "Expired on ");
  g_assert_true (expired_seen);
  g_clear_pointer (&rows, g_ptr_array_unref);

  added = sg_control_editor_add_evidence (editor);
  g_assert_nonnull (added);
  sg_test_run_a_while ();
  rows = sg_control_editor_list_evidence_rows (editor);
  for (guint i = 0; i < rows->len; i++)
    if (sg_evidence_row_get_evidence (rows->pdata[i]) == added)
      row = rows->pdata[i];
  g_assert_nonnull (row);

  g_object_set (added, SG_EVIDENCE_LOCATION, "javascript:alert(1)", NULL);
  g_assert_false (sg_evidence_row_can_open (row));
  g_assert_cmpstr (sg_evidence_row_get_status (row), ==, "Not a web or file address");
  g_object_set (added, SG_EVIDENCE_LOCATION, "smb://fileserver/isms/report.pdf", NULL);
  g_assert_false (sg_evidence_row_can_open (row));
  g_object_set (added, SG_EVIDENCE_LOCATION, "/nonexistent/isms/report.pdf", NULL);
  g_assert_false (sg_evidence_row_can_open (row));
  g_assert_cmpstr (sg_evidence_row_get_status (row), ==, "File not found");
  g_object_set (added, SG_EVIDENCE_LOCATION, "https://intranet.example.org/isms/report.pdf", NULL);
  g_assert_true (sg_evidence_row_can_open (row));
  g_object_set (added, SG_EVIDENCE_LOCATION, f->path, NULL);
  g_assert_true (sg_evidence_row_can_open (row));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/control-page/sections", test_sections);
  ADD ("/control-page/filters", test_filters);
  ADD ("/control-page/keyboard", test_keyboard);
  ADD ("/control-page/bulk-edit", test_bulk_edit);
  ADD ("/control-page/delete", test_delete);
  ADD ("/control-page/detail", test_detail);
  ADD ("/control-page/evidence", test_evidence);
#undef ADD

  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
