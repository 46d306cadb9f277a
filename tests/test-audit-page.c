/* test-audit-page.c: the Audits page — programme, independence, findings raising NCs, delete with undo
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "sg-audit.h"
#include "sg-audit-editor.h"
#include "sg-audit-finding-list.h"
#include "sg-audit-findings.h"
#include "sg-audit-independence.h"
#include "sg-audit-page.h"
#include "sg-audit-programme-view.h"
#include "sg-control.h"
#include "sg-enums.h"
#include "sg-finding.h"
#include "sg-finding-dialog.h"
#include "sg-finding-row.h"
#include "sg-nonconformity.h"
#include "sg-record-page.h"
#include "sg-requirement.h"
#include "sg-sample.h"
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
  static guint serial;
  g_autoptr(GError) error = NULL;

  f->path = g_strdup_printf ("%s/example-%u.isms", tmpdir, ++serial);
  g_assert_true (sg_sample_create (f->path, &error));
  g_assert_no_error (error);
  f->store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
}

static void
close_window (Fixture *f)
{
  GtkWindow *dialog;

  while ((dialog = sg_test_find_toplevel (SG_TYPE_FINDING_DIALOG)) != NULL)
    gtk_window_destroy (dialog);
  while ((dialog = sg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL)
    gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->window);
  f->window = NULL;
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
open_page (Fixture *f,
           int      width)
{
  f->window = sg_test_window_on_page (f->store, "audit", width, 850);
  return SG_RECORD_PAGE (sg_window_get_page (f->window, "audit"));
}

static SgAuditEditor *
editor_of (SgRecordPage *page)
{
  return SG_AUDIT_EDITOR (sg_record_page_get_editor (page));
}

/* A coverage item, by the title it shows. */
static gboolean
is_coverage_item (GtkWidget     *widget,
                  gconstpointer  title)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "sg-coverage") &&
         sg_test_find_widget (widget, sg_test_is_label, title) != NULL;
}

static GtkWidget *
coverage_item (GtkWidget  *programme,
               const char *title)
{
  GtkWidget *item = sg_test_find_widget (programme, is_coverage_item, title);

  g_assert_nonnull (item);
  return item;
}

static SgRecord *
audit_with_ncs (SgStore *store)
{
  guint n;
  SgRecord *const *audits = sg_store_peek_records (store, SG_TYPE_AUDIT, &n);

  for (guint i = 0; i < n; i++)
    {
      guint n_ncs = 0;

      sg_audit_findings_count_ncs (store, audits[i], NULL, &n_ncs);
      if (n_ncs > 0)
        return audits[i];
    }
  g_assert_not_reached ();
}

static gint64
id_of (SgStore    *store,
       GType       kind,
       const char *ref)
{
  SgRecord *record = sg_store_find_by_ref (store, kind, ref);

  g_assert_nonnull (record);
  return sg_record_get_id (record);
}

/* The programme above the list: a clause a completed audit covered this
 * year is not a gap; one nobody audited says "Gap" in words and is marked
 * as one; the summary counts them; clicking a covered item opens the
 * audit that covered it. */
static void
test_programme (Fixture       *f,
                gconstpointer  data)
{
  SgRecordPage *page = open_page (f, 1400);
  GtkWidget *programme = sg_audit_page_get_programme (GTK_WIDGET (page));
  g_autoptr(GError) error = NULL;
  g_autoptr(SgRecord) audit = NULL;
  GtkWidget *covered, *gap;
  g_autofree char *expected = NULL;

  g_assert_true (SG_IS_AUDIT_PROGRAMME_VIEW (programme));
  g_assert_true (gtk_widget_get_mapped (programme));
  /* The example's programme covers everything: start from none. */
  {
    GListModel *audits = sg_store_get_records (f->store, SG_TYPE_AUDIT);

    while (g_list_model_get_n_items (audits) > 0)
      {
        g_autoptr(SgRecord) old = g_list_model_get_item (audits, 0);

        g_assert_true (sg_store_remove (f->store, old, &error));
        g_assert_no_error (error);
      }
  }
  audit = g_object_new (SG_TYPE_AUDIT, SG_AUDIT_TITLE, "Clause 9 and people",
                        SG_AUDIT_PLANNED_DATE, "2026-03-01", SG_AUDIT_ACTUAL_DATE, "2026-03-03",
                        SG_AUDIT_STATUS, SG_AUDIT_STATUS_COMPLETED,
                        SG_AUDIT_CLAUSES, sg_links_new ((gint64[]) { id_of (f->store, SG_TYPE_REQUIREMENT, "9.2.2") }, 1),
                        SG_AUDIT_CONTROLS, sg_links_new ((gint64[]) { id_of (f->store, SG_TYPE_CONTROL, "6.3") }, 1),
                        NULL);
  g_assert_true (sg_store_add (f->store, audit, &error));
  g_assert_no_error (error);
  sg_audit_programme_view_set_today (SG_AUDIT_PROGRAMME_VIEW (programme), "2026-06-15");
  sg_test_run_a_while ();

  covered = coverage_item (programme, "9 Performance Evaluation");
  g_assert_true (gtk_widget_has_css_class (covered, "sg-coverage-ok"));
  g_assert_nonnull (sg_test_find_widget (covered, sg_test_is_label, "Audited 2026-03-03"));
  g_assert_true (gtk_widget_has_css_class (coverage_item (programme, "People controls"), "sg-coverage-ok"));
  gap = coverage_item (programme, "4 Context");
  g_assert_true (gtk_widget_has_css_class (gap, "sg-coverage-gap"));
  g_assert_nonnull (sg_test_find_widget (gap, sg_test_is_label, "Gap: never audited"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (gap), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "4 Context: Gap: never audited");
  /* 7 clauses and 4 themes, of which clause 9 and the people theme are covered. */
  expected = g_strdup_printf ("%u gaps in coverage", 9);
  g_assert_cmpstr (sg_audit_programme_view_get_summary (SG_AUDIT_PROGRAMME_VIEW (programme)), ==, expected);

  /* The quarter: done of planned, in words. */
  g_assert_nonnull (sg_test_find_widget (programme, sg_test_is_label, "1 of 1"));

  g_signal_emit_by_name (covered, "clicked");
  sg_test_run_a_while ();
  g_assert_true (sg_record_page_get_selected (page) == audit);
  g_assert_true (sg_audit_editor_get_record (editor_of (page)) == audit);

  /* Three years and a day later, it is a gap again. */
  sg_audit_programme_view_set_today (SG_AUDIT_PROGRAMME_VIEW (programme), "2029-03-04");
  g_assert_true (gtk_widget_has_css_class (coverage_item (programme, "9 Performance Evaluation"),
                                           "sg-coverage-gap"));
}

static gboolean
is_row_with_subtitle (GtkWidget     *widget,
                      gconstpointer  text)
{
  return ADW_IS_ACTION_ROW (widget) && gtk_widget_get_visible (widget) &&
         g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), text) == 0;
}

/* The lead auditor owns controls in scope: the audit warns, naming them
 * and what they own, and asks for the reason; a reason accepts it, and
 * the Dashboard's count follows. */
static void
test_independence (Fixture       *f,
                   gconstpointer  data)
{
  SgRecordPage *page = open_page (f, 1400);
  SgAuditIndependence *independence = SG_AUDIT_INDEPENDENCE (sg_audit_editor_get_independence (editor_of (page)));
  GtkWidget *note = sg_audit_editor_get_field (editor_of (page), SG_AUDIT_INDEPENDENCE_NOTE);
  guint n_audits;
  SgRecord *audit = sg_store_peek_records (f->store, SG_TYPE_AUDIT, &n_audits)[0];
  gint64 auditor = sg_record_peek_int64 (audit, SG_AUDIT_AUDITOR);
  SgRecord *control = sg_store_find_by_ref (f->store, SG_TYPE_CONTROL, "8.13");
  g_autofree char *said = NULL;
  GtkWidget *overview;

  g_assert_cmpint (auditor, !=, 0);
  /* The example flags an audit of its own: give each a reason, so that
   * only the one below counts. */
  for (guint i = 0; i < n_audits; i++)
    g_object_set (sg_store_peek_records (f->store, SG_TYPE_AUDIT, &n_audits)[i],
                  SG_AUDIT_INDEPENDENCE_NOTE, "Accepted in the test", NULL);
  sg_record_page_select (page, audit);
  g_object_set (audit, SG_AUDIT_INDEPENDENCE_NOTE, NULL, SG_AUDIT_CONTROLS,
                sg_links_new ((gint64[]) { sg_record_get_id (control), id_of (f->store, SG_TYPE_CONTROL, "5.1") }, 2),
                NULL);
  g_object_set (control, SG_CONTROL_OWNER, (gint64) 0, NULL);
  g_object_set (sg_store_find_by_ref (f->store, SG_TYPE_CONTROL, "5.1"), SG_CONTROL_OWNER, (gint64) 0, NULL);
  sg_audit_independence_refresh (independence);
  sg_test_run_a_while ();
  g_assert_false (sg_audit_independence_is_warning (independence));
  g_assert_false (gtk_widget_get_visible (note));

  /* The auditor comes to own one of the two controls. */
  g_object_set (control, SG_CONTROL_OWNER, auditor, NULL);
  sg_audit_independence_refresh (independence);
  sg_test_run_a_while ();
  g_assert_true (sg_audit_independence_is_warning (independence));
  g_assert_true (gtk_widget_get_visible (note));
  said = g_strdup_printf ("%s owns 1 of the 2 controls in scope.", sg_store_peek_name (f->store, audit, SG_AUDIT_AUDITOR));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (independence), is_row_with_subtitle, said));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (independence), sg_test_is_label, "Needs a reason"));

  /* Counted on the Dashboard, which opens the audit. */
  g_assert_true (sg_window_show_page (f->window, "dashboard"));
  overview = sg_window_get_page (f->window, "dashboard");
  sg_test_wait_for (sg_test_is_mapped, overview);
  g_assert_nonnull (sg_test_find_widget (overview, sg_test_is_label, "1 audit where an auditor audits their own work"));

  g_object_set (audit, SG_AUDIT_INDEPENDENCE_NOTE, "Only two trained auditors; the other is on leave.", NULL);
  sg_test_run_a_while ();
  g_assert_false (sg_audit_independence_is_warning (independence));
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (independence), sg_test_is_label, "Accepted"));
  g_assert_true (sg_window_show_page (f->window, "audit"));
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* "Raise Nonconformity" on a finding: the NC exists, links to it, the
 * button turns into the NC's ref, and that opens the NC. */
static void
test_raise_nc (Fixture       *f,
               gconstpointer  data)
{
  SgRecordPage *page = open_page (f, 1400);
  SgAuditFindingList *list = SG_AUDIT_FINDING_LIST (sg_audit_editor_get_findings (editor_of (page)));
  SgRecord *audit = audit_with_ncs (f->store);
  SgRecord *finding = NULL;
  SgRecord *nc;
  GListModel *shown;
  GtkWidget *row, *button;
  guint n_ncs = g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_NONCONFORMITY));
  GtkWidget *nc_page;

  sg_record_page_select (page, audit);
  sg_test_run_a_while ();
  shown = sg_audit_finding_list_get_shown (list);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 1);
  for (guint i = 0; i < g_list_model_get_n_items (shown) && finding == NULL; i++)
    {
      g_autoptr(SgRecord) item = g_list_model_get_item (shown, i);

      g_assert_cmpint (sg_record_peek_int64 (item, SG_FINDING_AUDIT), ==, sg_record_get_id (audit));
      if (sg_audit_findings_find_nc (f->store, item) == NULL)
        finding = item;
    }
  g_assert_nonnull (finding);
  row = sg_audit_finding_list_get_row (list, finding);
  g_assert_nonnull (row);
  button = sg_finding_row_get_nc_button (SG_FINDING_ROW (row));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Raise Nonconformity");

  g_signal_emit_by_name (button, "clicked");
  sg_test_run_a_while ();
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_NONCONFORMITY)), ==, n_ncs + 1);
  nc = sg_audit_findings_find_nc (f->store, finding);
  g_assert_nonnull (nc);
  g_assert_cmpstr (sg_record_peek_string (nc, "description"), ==,
                   sg_record_peek_string (finding, SG_FINDING_DESCRIPTION));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, sg_record_get_ref (nc));
  /* Raised once: a second click opens it instead. */
  g_signal_emit_by_name (button, "clicked");
  sg_test_run_a_while ();
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_NONCONFORMITY)), ==, n_ncs + 1);
  nc_page = sg_window_get_page (f->window, "nonconformity");
  g_assert_true (gtk_widget_get_mapped (nc_page));
  if (SG_IS_RECORD_PAGE (nc_page))
    g_assert_true (sg_record_page_get_selected (SG_RECORD_PAGE (nc_page)) == nc);

  /* The toast's Undo takes the NC back; the button offers to raise again. */
  g_assert_true (sg_window_show_page (f->window, "audit"));
  {
    GtkWidget *undo = sg_test_find_widget (GTK_WIDGET (f->window), is_button_labelled, "_Undo");

    g_assert_nonnull (undo);
    g_signal_emit_by_name (undo, "clicked");
    sg_test_run_a_while ();
  }
  g_assert_null (sg_audit_findings_find_nc (f->store, finding));
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_NONCONFORMITY)), ==, n_ncs);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Raise Nonconformity");
}

/* A finding shown from elsewhere opens its audit, and its window over it. */
static void
test_show_finding (Fixture       *f,
                   gconstpointer  data)
{
  SgRecordPage *page;
  SgRecord *audit = audit_with_ncs (f->store);
  SgRecord *finding = NULL;
  guint n;
  SgRecord *const *findings = sg_store_peek_records (f->store, SG_TYPE_FINDING, &n);
  GtkWindow *dialog;

  for (guint i = 0; i < n && finding == NULL; i++)
    if (sg_record_peek_int64 (findings[i], SG_FINDING_AUDIT) == sg_record_get_id (audit))
      finding = findings[i];
  g_assert_nonnull (finding);

  page = open_page (f, 1400);
  g_assert_true (sg_window_show_page (f->window, "dashboard"));
  g_assert_true (sg_window_show_record (f->window, finding));
  sg_test_run_a_while ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_true (sg_record_page_get_selected (page) == audit);
  dialog = sg_test_find_toplevel (SG_TYPE_FINDING_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (sg_finding_dialog_get_finding (SG_FINDING_DIALOG (dialog)) == finding);
  gtk_window_destroy (dialog);

  /* An audit shown from elsewhere opens without a finding's window. */
  g_assert_true (sg_window_show_record (f->window, audit));
  sg_test_run_a_while ();
  g_assert_null (sg_test_find_toplevel (SG_TYPE_FINDING_DIALOG));
}

/* Deleting an audit whose findings raised NCs asks first, naming how many;
 * Cancel keeps it; Delete removes it with its findings and leaves the NCs
 * unlinked; Undo brings all of it back, the NCs' links too. */
static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  SgRecordPage *page = open_page (f, 1400);
  SgRecord *audit = audit_with_ncs (f->store);
  g_autoptr(SgRecord) kept = g_object_ref (audit);
  g_autoptr(GPtrArray) ncs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n_findings = 0, n_ncs = 0;
  guint n_all_findings = g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_FINDING));
  g_autofree char *body = NULL;
  GtkWindow *dialog;
  guint n;
  SgRecord *const *all_ncs = sg_store_peek_records (f->store, SG_TYPE_NONCONFORMITY, &n);

  for (guint i = 0; i < n; i++)
    {
      SgRecord *finding = sg_store_find_by_id (f->store, SG_TYPE_FINDING,
                                               sg_record_peek_int64 (all_ncs[i], "finding"));
      gint64 id;

      if (finding == NULL || sg_record_peek_int64 (finding, SG_FINDING_AUDIT) != sg_record_get_id (audit))
        continue;
      id = sg_record_get_id (finding);
      g_ptr_array_add (ncs, g_object_ref (all_ncs[i]));
      g_array_append_val (links, id);
    }
  sg_audit_findings_count_ncs (f->store, audit, &n_findings, &n_ncs);
  g_assert_cmpuint (n_ncs, ==, ncs->len);
  g_assert_cmpuint (n_ncs, >, 0);

  sg_record_page_select (page, audit);
  sg_test_run_a_while ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.delete-record", NULL));
  sg_test_run_a_while ();
  dialog = sg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  body = g_strdup_printf ("%u finding%s of this audit raised %u nonconformit%s.", n_findings,
                          n_findings == 1 ? "" : "s", n_ncs, n_ncs == 1 ? "y" : "ies");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), body));
  /* Nothing happened yet. */
  g_assert_true (sg_store_find_by_id (f->store, SG_TYPE_AUDIT, sg_record_get_id (audit)) == audit);

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  sg_test_run_a_while ();
  g_assert_true (sg_store_find_by_id (f->store, SG_TYPE_AUDIT, sg_record_get_id (audit)) == audit);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.delete-record", NULL));
  sg_test_run_a_while ();
  dialog = sg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  sg_test_run_a_while ();
  g_assert_null (sg_store_find_by_id (f->store, SG_TYPE_AUDIT, sg_record_get_id (kept)));
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_FINDING)), <, n_all_findings);
  for (guint i = 0; i < ncs->len; i++)
    g_assert_cmpint (sg_record_peek_int64 (g_ptr_array_index (ncs, i), "finding"), ==, 0);

  {
    GtkWidget *undo = sg_test_find_widget (GTK_WIDGET (f->window), is_button_labelled, "_Undo");

    g_assert_nonnull (undo);
    g_signal_emit_by_name (undo, "clicked");
    sg_test_run_a_while ();
  }
  g_assert_true (sg_store_find_by_id (f->store, SG_TYPE_AUDIT, sg_record_get_id (kept)) == kept);
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_FINDING)), ==, n_all_findings);
  for (guint i = 0; i < ncs->len; i++)
    g_assert_cmpint (sg_record_peek_int64 (g_ptr_array_index (ncs, i), "finding"), ==,
                     g_array_index (links, gint64, i));

  /* An audit whose findings raised nothing goes without a question. */
  {
    guint n_audits;
    SgRecord *const *audits = sg_store_peek_records (f->store, SG_TYPE_AUDIT, &n_audits);

    for (guint i = 0; i < n_audits; i++)
      {
        g_autofree char *question = sg_audit_page_dup_delete_question (f->store, audits[i]);
        guint raised = 0;

        sg_audit_findings_count_ncs (f->store, audits[i], NULL, &raised);
        g_assert_true ((question == NULL) == (raised == 0));
      }
  }
}

static int
minimum_width (GtkWidget *widget)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

/* The page fits a phone's 360 pixels: the programme, and the detail of an
 * audit with its findings and their buttons, in English and in the
 * window as a whole. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  SgRecordPage *page = open_page (f, 1400);
  SgRecord *audit = audit_with_ncs (f->store);
  GtkWidget *programme = sg_audit_page_get_programme (GTK_WIDGET (page));

  sg_record_page_select (page, audit);
  sg_test_run_a_while ();
  g_assert_cmpint (minimum_width (programme), <=, 360);
  g_assert_cmpint (minimum_width (GTK_WIDGET (editor_of (page))), <=, 360);
  g_assert_cmpint (minimum_width (gtk_window_get_child (GTK_WINDOW (f->window))), <=, 360);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;

  g_test_add ("/audit-page/programme", Fixture, NULL, fixture_set_up, test_programme, fixture_tear_down);
  g_test_add ("/audit-page/independence", Fixture, NULL, fixture_set_up, test_independence, fixture_tear_down);
  g_test_add ("/audit-page/raise-nc", Fixture, NULL, fixture_set_up, test_raise_nc, fixture_tear_down);
  g_test_add ("/audit-page/show-finding", Fixture, NULL, fixture_set_up, test_show_finding, fixture_tear_down);
  g_test_add ("/audit-page/delete", Fixture, NULL, fixture_set_up, test_delete, fixture_tear_down);
  g_test_add ("/audit-page/narrow", Fixture, NULL, fixture_set_up, test_narrow, fixture_tear_down);

  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
