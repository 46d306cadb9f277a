/* test-nonconformity-page.c: the Nonconformities page — badges, the bar's filters, the editor's banners, the finding's audit and the effectiveness check with Undo
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <string.h>

#include "sg-action.h"
#include "sg-audit.h"
#include "sg-child-list.h"
#include "sg-date-row.h"
#include "sg-finding.h"
#include "sg-nonconformity-cell.h"
#include "sg-nonconformity-editor.h"
#include "sg-nonconformity-page.h"
#include "sg-nonconformity.h"
#include "sg-record-page.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-window.h"

#define TODAY "2020-02-06"
/* The narrowest a phone gives. */
#define NARROW 360

static char *tmpdir;

typedef struct
{
  SgTestRegister reg;
  SgWindow      *window;
  SgRecord      *audit;
  SgRecord      *checkable;   /* its two actions done, awaiting the check */
  SgRecord      *late;        /* overdue */
  SgRecord      *closed;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  SgRecord *finding, *action;

  sg_test_register_open (&f->reg, "nc-page.isms");
  f->audit = sg_test_register_add (&f->reg, SG_TYPE_AUDIT, "title", "Internal audit 2020", NULL);
  finding = sg_test_register_add (&f->reg, SG_TYPE_FINDING, SG_FINDING_AUDIT, sg_record_get_id (f->audit),
                                  SG_FINDING_TYPE, SG_FINDING_TYPE_MAJOR_NONCONFORMITY,
                                  SG_FINDING_DESCRIPTION, "Backups never restored", NULL);
  f->checkable = sg_test_register_add (&f->reg, SG_TYPE_NONCONFORMITY,
                                       SG_NONCONFORMITY_TITLE, "Backups never restored",
                                       SG_NONCONFORMITY_SOURCE, SG_NC_SOURCE_AUDIT_FINDING,
                                       SG_NONCONFORMITY_FINDING, sg_record_get_id (finding),
                                       SG_NONCONFORMITY_RAISED_ON, "2020-01-10",
                                       SG_NONCONFORMITY_DUE_DATE, "2020-03-01",
                                       SG_NONCONFORMITY_STATUS, SG_NC_STATUS_AWAITING_VERIFICATION, NULL);
  for (guint i = 0; i < 2; i++)
    {
      action = sg_test_register_add (&f->reg, SG_TYPE_ACTION, SG_ACTION_TITLE, i ? "Train" : "Restore test",
                                     SG_ACTION_NONCONFORMITY, sg_record_get_id (f->checkable),
                                     SG_ACTION_OWNER, f->reg.mehmet, SG_ACTION_DUE_DATE, "2020-02-01", NULL);
      g_object_set (action, SG_ACTION_STATUS, SG_ACTION_STATUS_DONE, SG_ACTION_DONE_ON, "2020-02-01", NULL);
    }
  f->late = sg_test_register_add (&f->reg, SG_TYPE_NONCONFORMITY, SG_NONCONFORMITY_TITLE, "Leavers disabled late",
                                  SG_NONCONFORMITY_SOURCE, SG_NC_SOURCE_INCIDENT,
                                  SG_NONCONFORMITY_DUE_DATE, "2020-01-31", NULL);
  f->closed = sg_test_register_add (&f->reg, SG_TYPE_NONCONFORMITY, SG_NONCONFORMITY_TITLE, "Closed long ago",
                                    SG_NONCONFORMITY_DUE_DATE, "2019-01-31",
                                    SG_NONCONFORMITY_STATUS, SG_NC_STATUS_CLOSED, NULL);
}

static SgRecordPage *
nc_page (Fixture *f)
{
  return SG_RECORD_PAGE (sg_window_get_page (f->window, "nonconformity"));
}

static SgNonconformityEditor *
nc_editor (Fixture *f)
{
  return SG_NONCONFORMITY_EDITOR (sg_record_page_get_editor (nc_page (f)));
}

static void
open_window (Fixture *f,
             int      width)
{
  f->window = sg_test_window_on_page (f->reg.store, "nonconformity", width, 850);
  /* A fixed day: the due dates above are about it. */
  sg_nonconformity_filter_set_today (sg_nonconformity_page_get_filter (nc_page (f)), TODAY);
  sg_test_run_a_while ();
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
  sg_test_register_close (&f->reg);
}

/* Each shown cell's "title: badges". */
static void
collect_cells (GtkWidget *widget,
               GString   *out)
{
  if (SG_IS_NONCONFORMITY_CELL (widget) && gtk_widget_get_mapped (widget))
    {
      g_autofree char *badges = sg_nonconformity_cell_dup_badges (SG_NONCONFORMITY_CELL (widget));
      const char *title = sg_nonconformity_cell_get_title (SG_NONCONFORMITY_CELL (widget));

      if (*title != '\0')
        g_string_append_printf (out, "%s: %s\n", title, badges);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_cells (child, out);
}

static int
compare_lines (const void *a,
               const void *b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

static char *
shown_cells (Fixture *f)
{
  GString *out = g_string_new (NULL);
  g_auto(GStrv) split = NULL;

  sg_test_run_a_while ();
  collect_cells (sg_record_page_get_table (nc_page (f)), out);
  /* Rows are recycled in any order: sort for one comparison. */
  split = g_strsplit (out->str, "\n", -1);
  g_string_free (out, TRUE);
  qsort (split, g_strv_length (split), sizeof (char *), compare_lines);
  return g_strjoinv ("|", split);
}

/* The words of a bar toggle, whose child is a wrapping label. */
static const char *
toggle_text (GtkWidget *widget)
{
  GtkWidget *child = gtk_button_get_child (GTK_BUTTON (widget));

  return GTK_IS_LABEL (child) ? gtk_label_get_label (GTK_LABEL (child)) : NULL;
}

static gboolean
is_toggle_labelled (GtkWidget     *widget,
                    gconstpointer  prefix)
{
  return GTK_IS_TOGGLE_BUTTON (widget) && toggle_text (widget) != NULL &&
         g_str_has_prefix (toggle_text (widget), prefix);
}

/* Overdue and unchecked NCs carry their words in the list; the bar's
 * toggle shows only those waiting for a check. */
static void
test_badges (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *cells = NULL;
  g_autofree char *filtered = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  GtkWidget *toggle;

  open_window (f, 1300);
  cells = shown_cells (f);
  g_assert_cmpstr (cells, ==, "|Backups never restored: Check effectiveness|Closed long ago: |"
                              "Leavers disabled late: Overdue");

  toggle = sg_test_find_widget (GTK_WIDGET (nc_page (f)), is_toggle_labelled, "Check effectiveness");
  g_assert_nonnull (toggle);
  g_assert_cmpstr (toggle_text (toggle), ==, "Check effectiveness (1)");
  g_assert_true (gtk_widget_get_mapped (toggle));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  filtered = shown_cells (f);
  g_assert_cmpstr (filtered, ==, "|Backups never restored: Check effectiveness");
  g_assert_cmpuint (g_list_model_get_n_items (sg_record_page_get_shown (nc_page (f))), ==, 1);

  /* Opened from elsewhere while the bar hides it: everything shows. */
  g_assert_true (sg_window_show_record (f->window, f->late));
  sg_test_run_a_while ();
  g_assert_true (sg_record_page_get_selected (nc_page (f)) == f->late);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  g_assert_cmpuint (g_list_model_get_n_items (sg_record_page_get_shown (nc_page (f))), ==, 3);

  /* Past the due date, both; an action reopened, neither. */
  sg_nonconformity_filter_set_today (sg_nonconformity_page_get_filter (nc_page (f)), "2020-03-02");
  g_free (cells);
  cells = shown_cells (f);
  g_assert_nonnull (strstr (cells, "Backups never restored: Overdue, Check effectiveness|"));
  actions = sg_nonconformity_list_actions (f->reg.store, f->checkable);
  g_object_set (actions->pdata[0], SG_ACTION_STATUS, SG_ACTION_STATUS_IN_PROGRESS, NULL);
  g_free (cells);
  cells = shown_cells (f);
  g_assert_nonnull (strstr (cells, "Backups never restored: Overdue|"));
  g_assert_false (gtk_widget_get_visible (toggle));
}

/* The detail: the banner, the finding's audit opened from the NC, and a
 * "not effective" check that reopens it, undone from the toast. */
static void
test_check_and_undo (Fixture       *f,
                     gconstpointer  data)
{
  SgNonconformityEditor *editor;
  GtkWidget *audit_row;
  AdwToast *toast;
  g_autofree char *cells = NULL;

  open_window (f, 1300);
  sg_record_page_select (nc_page (f), f->checkable);
  editor = nc_editor (f);
  sg_test_run_a_while ();
  g_assert_true (sg_nonconformity_editor_get_record (editor) == f->checkable);
  g_assert_true (gtk_widget_get_mapped (sg_nonconformity_editor_get_banner (editor, SG_NC_FLAG_EFFECTIVENESS_UNCHECKED)));
  g_assert_false (gtk_widget_get_visible (sg_nonconformity_editor_get_banner (editor, SG_NC_FLAG_REOPENED)));
  g_assert_false (gtk_widget_get_visible (sg_nonconformity_editor_get_banner (editor, SG_NC_FLAG_OVERDUE)));
  g_assert_cmpuint (g_list_model_get_n_items (sg_child_list_get_shown (SG_CHILD_LIST (sg_nonconformity_editor_get_actions (editor)))),
                    ==, 2);

  audit_row = sg_nonconformity_editor_get_audit_row (editor);
  g_assert_true (gtk_widget_get_mapped (audit_row));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (audit_row)), "Internal audit 2020"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "nc.open-audit", NULL));
  sg_test_run_a_while ();
  g_assert_true (gtk_widget_get_mapped (sg_window_get_page (f->window, "audit")));
  g_assert_true (sg_record_page_get_selected (SG_RECORD_PAGE (sg_window_get_page (f->window, "audit"))) == f->audit);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (nc_page (f))));

  g_assert_true (sg_window_show_record (f->window, f->checkable));
  sg_test_run_a_while ();
  g_assert_true (sg_nonconformity_editor_record_check (editor, SG_EFFECTIVENESS_NOT_EFFECTIVE, "2020-02-05",
                                                       f->reg.jana, "Restore failed again", TRUE));
  sg_test_run_a_while ();
  g_assert_cmpint (sg_record_peek_enum (f->checkable, SG_NONCONFORMITY_STATUS), ==, SG_NC_STATUS_OPEN);
  g_assert_true (gtk_widget_get_mapped (sg_nonconformity_editor_get_banner (editor, SG_NC_FLAG_REOPENED)));
  g_assert_false (gtk_widget_get_visible (sg_nonconformity_editor_get_banner (editor, SG_NC_FLAG_EFFECTIVENESS_UNCHECKED)));
  cells = shown_cells (f);
  g_assert_nonnull (strstr (cells, "Backups never restored: Reopened|"));

  toast = sg_nonconformity_editor_get_toast (editor);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "reopened"));
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");
  g_signal_emit_by_name (toast, "button-clicked");
  sg_test_run_a_while ();
  g_assert_cmpint (sg_record_peek_enum (f->checkable, SG_NONCONFORMITY_STATUS), ==,
                   SG_NC_STATUS_AWAITING_VERIFICATION);
  g_assert_cmpint (sg_record_peek_enum (f->checkable, SG_NONCONFORMITY_EFFECTIVENESS), ==,
                   SG_EFFECTIVENESS_NOT_CHECKED);
  g_assert_true (gtk_widget_get_mapped (sg_nonconformity_editor_get_banner (editor, SG_NC_FLAG_EFFECTIVENESS_UNCHECKED)));
}

static gboolean
is_visible_error (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "error") &&
         gtk_widget_get_visible (widget);
}

static gboolean
is_check_labelled (GtkWidget     *widget,
                   gconstpointer  title)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW);

  return GTK_IS_CHECK_BUTTON (widget) && row != NULL &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0;
}

/* The dialog: no result chosen, nothing to record; a date before the NC
 * is told at the field; "Effective" closes. */
static void
test_dialog (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *dialog, *effective, *date;
  AdwToast *toast;

  open_window (f, 1300);
  sg_record_page_select (nc_page (f), f->checkable);
  sg_test_run_a_while ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (nc_editor (f)), "nc.record-check", NULL));
  dialog = GTK_WIDGET (sg_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "record"));

  effective = sg_test_find_widget (dialog, is_check_labelled, "Effective");
  g_assert_nonnull (effective);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (effective), TRUE);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "record"));

  date = sg_test_find_widget (dialog, sg_test_is_type, GSIZE_TO_POINTER (SG_TYPE_DATE_ROW));
  sg_date_row_set_date (SG_DATE_ROW (date), "2020-01-09");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "record"));
  g_assert_nonnull (sg_test_find_widget (dialog, is_visible_error, NULL));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (sg_test_find_widget (dialog, is_visible_error, NULL))),
                            "before the nonconformity was raised"));
  sg_date_row_set_date (SG_DATE_ROW (date), "2020-02-01");
  g_assert_null (sg_test_find_widget (dialog, is_visible_error, NULL));
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "record"));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "record");
  sg_test_run_a_while ();
  g_assert_cmpint (sg_record_peek_enum (f->checkable, SG_NONCONFORMITY_STATUS), ==, SG_NC_STATUS_CLOSED);
  g_assert_cmpstr (sg_record_peek_string (f->checkable, SG_NONCONFORMITY_CLOSED_ON), ==, "2020-02-01");
  toast = sg_nonconformity_editor_get_toast (nc_editor (f));
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "closed"));
}

/* Narrow, the list and then the detail fill the window; wide, the badges
 * stand beside the other columns. Nothing is wider than the window. */
static void
test_widths (Fixture       *f,
             gconstpointer  data)
{
  int width = GPOINTER_TO_INT (data);
  SgNonconformityEditor *editor;
  g_autofree char *cells = NULL;
  int minimum;

  open_window (f, width);
  cells = shown_cells (f);
  g_assert_nonnull (strstr (cells, "Backups never restored: Check effectiveness|"));
  g_assert_nonnull (strstr (cells, "Leavers disabled late: Overdue"));

  sg_record_page_select (nc_page (f), f->checkable);
  editor = nc_editor (f);
  gtk_widget_measure (GTK_WIDGET (editor), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  /* The window kept the width it was given: nothing asked for more. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, width);
  if (width <= 400)
    {
      /* A tap opens the detail over the list. */
      g_signal_emit_by_name (sg_record_page_get_table (nc_page (f)), "activated");
      sg_test_run_a_while ();
    }
  sg_test_run_a_while ();
  g_assert_true (gtk_widget_get_mapped (sg_nonconformity_editor_get_banner (editor, SG_NC_FLAG_EFFECTIVENESS_UNCHECKED)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (editor)), <=, width);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;

  g_test_add ("/nonconformity-page/badges", Fixture, NULL, fixture_set_up, test_badges, fixture_tear_down);
  g_test_add ("/nonconformity-page/check-undo", Fixture, NULL, fixture_set_up, test_check_and_undo,
              fixture_tear_down);
  g_test_add ("/nonconformity-page/dialog", Fixture, NULL, fixture_set_up, test_dialog, fixture_tear_down);
  g_test_add ("/nonconformity-page/width-360", Fixture, GINT_TO_POINTER (NARROW), fixture_set_up, test_widths,
              fixture_tear_down);
  g_test_add ("/nonconformity-page/width-1400", Fixture, GINT_TO_POINTER (1400), fixture_set_up, test_widths,
              fixture_tear_down);

  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
