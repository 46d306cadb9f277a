/* test-review-page.c: the Management Reviews page — a new review's computed inputs, the records behind a figure, holding, recomputing, actions, narrow and wide
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "sg-action.h"
#include "sg-child-list.h"
#include "sg-child-row.h"
#include "sg-enums.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-record-page.h"
#include "sg-review-actions.h"
#include "sg-review-editor.h"
#include "sg-review-figure-row.h"
#include "sg-review-inputs.h"
#include "sg-review-inputs-view.h"
#include "sg-review-page.h"
#include "sg-review-row.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-window.h"

static char *tmpdir;

typedef struct
{
  SgTestRegister  reg;
  SgWindow       *window;
  SgReviewPage   *page;
  SgRecord       *nc1;
} Fixture;

static void
open_window (Fixture *f,
             int      width,
             int      height)
{
  f->window = sg_test_window_on_page (f->reg.store, "management_review", width, height);
  f->page = SG_REVIEW_PAGE (sg_window_get_page (f->window, "management_review"));
  g_assert_true (SG_IS_REVIEW_PAGE (f->page));
}

/* A register with one nonconformity raised long ago, and no review yet. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  int width = GPOINTER_TO_INT (data) ? GPOINTER_TO_INT (data) : 1400;

  sg_test_register_open (&f->reg, "reviews.isms");
  f->nc1 = sg_test_register_add (&f->reg, SG_TYPE_NONCONFORMITY, "title", "Backups untested",
                                 "raised-on", "2025-02-01", "owner", f->reg.jana, NULL);
  open_window (f, width, width < 600 ? 720 : 900);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  /* What the window's last toasts and idles still hold goes first. */
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_finalize_object (f->window);
  sg_test_register_close (&f->reg);
}

static SgReviewEditor *
editor (Fixture *f)
{
  return SG_REVIEW_EDITOR (sg_review_page_get_editor (f->page));
}

static SgReviewInputsView *
inputs_view (Fixture *f)
{
  return SG_REVIEW_INPUTS_VIEW (sg_review_editor_get_inputs (editor (f)));
}

static gboolean
is_figure (GtkWidget     *widget,
           gconstpointer  key)
{
  return SG_IS_REVIEW_FIGURE_ROW (widget) &&
         g_strcmp0 (sg_review_figure_row_get_key (SG_REVIEW_FIGURE_ROW (widget)), key) == 0;
}

static gboolean
is_any_figure (GtkWidget     *widget,
               gconstpointer  data)
{
  return SG_IS_REVIEW_FIGURE_ROW (widget);
}

/* The figure of @key under @section, or the test fails. */
static SgReviewFigureRow *
figure (Fixture              *f,
        SgReviewInputSection  section,
        const char           *key)
{
  GtkWidget *group = sg_review_inputs_view_get_section (inputs_view (f), section);
  GtkWidget *row = sg_test_find_widget (group, is_figure, key);

  if (row == NULL)
    g_error ("no figure %s under %s", key, sg_review_input_section_title (section));
  return SG_REVIEW_FIGURE_ROW (row);
}

static gboolean
is_in_view (gpointer row)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (row));
  graphene_rect_t bounds;

  return gtk_widget_compute_bounds (row, window, &bounds) && bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (window);
}

/* Opens the records behind @row as a click would: the row in view. */
static GtkWidget *
show_records (SgReviewFigureRow *row)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (row), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (row), gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                            &bounds));
  /* The viewport's coordinates start where it is scrolled to. */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + bounds.origin.y - 100);
  sg_test_wait_for (is_in_view, row);
  return sg_review_figure_row_show_records (row);
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
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  sg_test_run_a_while ();
}

static SgRecord *
add_review (Fixture *f)
{
  SgRecord *review;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.add-record", NULL));
  sg_test_run_a_while ();
  review = sg_review_page_get_selected (f->page);
  g_assert_nonnull (review);
  /* Beside the list, or alone when narrow. */
  sg_test_wait_for (sg_test_is_mapped, editor (f));
  /* Mapped comes before the sizes. */
  sg_test_run_a_while ();
  g_assert_true (sg_review_editor_get_record (editor (f)) == review);
  return review;
}

/* Add → the inputs are there at once, a figure opens its records. */
static void
test_add_computes_inputs (Fixture       *f,
                          gconstpointer  data)
{
  SgRecord *review = add_review (f);
  SgReviewFigureRow *row;
  GtkWidget *list, *first, *nc_page;

  g_assert_cmpint (sg_record_peek_enum (review, SG_MANAGEMENT_REVIEW_STATUS), ==, SG_REVIEW_STATUS_PLANNED);
  g_assert_nonnull (sg_record_peek_string (review, SG_MANAGEMENT_REVIEW_INPUTS));
  g_assert_true (g_str_has_prefix (sg_review_inputs_view_get_state_text (inputs_view (f)), "Draft"));
  g_assert_true (gtk_widget_get_visible (sg_review_inputs_view_get_recompute_button (inputs_view (f))));
  /* Every heading a–g has its group, and the figures stand under theirs. */
  for (SgReviewInputSection s = 0; s < SG_REVIEW_INPUT_N_SECTIONS; s++)
    g_assert_true (gtk_widget_get_mapped (sg_review_inputs_view_get_section (inputs_view (f), s)));
  g_assert_nonnull (sg_test_find_widget (sg_review_inputs_view_get_section (inputs_view (f),
                                                                            SG_REVIEW_INPUT_RISKS),
                                         is_any_figure, NULL));
  row = figure (f, SG_REVIEW_INPUT_PERFORMANCE, "nc-opened");
  g_assert_cmpstr (sg_review_figure_row_get_value_text (row), ==, "1");
  g_assert_null (sg_test_find_widget (sg_review_inputs_view_get_section (inputs_view (f),
                                                                         SG_REVIEW_INPUT_RISKS),
                                      is_figure, "nc-opened"));

  /* The figure lists NC-001 and opens it on its page. */
  g_assert_cmpuint (sg_review_figure_row_get_n_records (row), ==, 1);
  list = show_records (row);
  g_assert_nonnull (list);
  first = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_nonnull (first);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==, "NC-001");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (first)), ==, "Backups untested");
  g_signal_emit_by_name (list, "row-activated", first);
  sg_test_run_a_while ();
  nc_page = sg_window_get_page (f->window, "nonconformity");
  g_assert_true (gtk_widget_get_mapped (nc_page));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (f->page)));
  if (SG_IS_RECORD_PAGE (nc_page))
    g_assert_true (sg_record_page_get_selected (SG_RECORD_PAGE (nc_page)) == f->nc1);

  /* And back: the window shows a review on this page. */
  g_assert_true (sg_window_show_record (f->window, review));
  sg_test_run_a_while ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->page)));
  g_assert_true (sg_review_page_get_selected (f->page) == review);
}

/* A draft follows the register when recomputed; a held review keeps
 * what was frozen, and Undo makes it a draft again. */
static void
test_recompute_and_hold (Fixture       *f,
                         gconstpointer  data)
{
  SgRecord *review = add_review (f);
  GtkWidget *hold = sg_review_editor_get_hold_button (editor (f));
  GtkWidget *recompute = sg_review_inputs_view_get_recompute_button (inputs_view (f));
  GtkWidget *undo;
  SgRecord *nc3;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (sg_review_figure_row_get_value_text (figure (f, SG_REVIEW_INPUT_PERFORMANCE, "nc-opened")),
                   ==, "1");
  sg_test_register_add (&f->reg, SG_TYPE_NONCONFORMITY, "title", "Visitor log missing",
                        "raised-on", "2025-03-01", NULL);
  /* A draft is what was computed, until someone asks again. */
  sg_test_run_a_while ();
  g_assert_cmpstr (sg_review_figure_row_get_value_text (figure (f, SG_REVIEW_INPUT_PERFORMANCE, "nc-opened")),
                   ==, "1");
  click (recompute);
  g_assert_cmpstr (sg_review_figure_row_get_value_text (figure (f, SG_REVIEW_INPUT_PERFORMANCE, "nc-opened")),
                   ==, "2");

  click (hold);
  g_assert_cmpint (sg_record_peek_enum (review, SG_MANAGEMENT_REVIEW_STATUS), ==, SG_REVIEW_STATUS_HELD);
  g_assert_true (g_str_has_prefix (sg_review_inputs_view_get_state_text (inputs_view (f)), "Figures frozen on "));
  g_assert_false (gtk_widget_get_visible (recompute));
  g_assert_false (gtk_widget_get_visible (hold));
  g_assert_cmpstr (sg_review_row_get_status_text (SG_REVIEW_ROW (gtk_list_box_get_row_at_index (
                     GTK_LIST_BOX (sg_review_page_get_list (f->page)), 0))), ==, "Held");

  /* The register changes; the held review's figures do not. */
  nc3 = sg_test_register_add (&f->reg, SG_TYPE_NONCONFORMITY, "title", "Laptop lost",
                              "raised-on", "2025-04-01", NULL);
  g_assert_false (sg_review_inputs_view_recompute (inputs_view (f)));
  /* Shown again from the record, as when it is opened next year. */
  sg_review_editor_set_record (editor (f), review);
  sg_test_run_a_while ();
  g_assert_cmpstr (sg_review_figure_row_get_value_text (figure (f, SG_REVIEW_INPUT_PERFORMANCE, "nc-opened")),
                   ==, "2");
  /* A record counted then and deleted since is named, and said to be gone. */
  g_assert_true (sg_store_remove (f->reg.store, f->nc1, &error));
  g_assert_no_error (error);
  {
    GtkWidget *list = show_records (figure (f, SG_REVIEW_INPUT_PERFORMANCE, "nc-opened"));
    GtkListBoxRow *gone = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);

    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gone)), ==, "NC-001");
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gone)), ==, "No longer in the register");
    g_assert_false (gtk_list_box_row_get_activatable (gone));
    g_assert_true (gtk_list_box_row_get_activatable (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1)));
  }

  /* Held by mistake: Undo, and it is a draft again that can be recomputed. */
  sg_test_wait_for (has_undo_button, f->window);
  undo = sg_test_find_widget (gtk_window_get_child (GTK_WINDOW (f->window)), is_undo_button, NULL);
  g_signal_emit_by_name (undo, "clicked");
  sg_test_run_a_while ();
  g_assert_cmpint (sg_record_peek_enum (review, SG_MANAGEMENT_REVIEW_STATUS), ==, SG_REVIEW_STATUS_PLANNED);
  g_assert_true (gtk_widget_get_visible (recompute));
  g_assert_true (gtk_widget_get_visible (hold));
  click (recompute);
  /* NC-001 is gone, NC-002 and NC-003 are counted. */
  g_assert_cmpstr (sg_review_figure_row_get_value_text (figure (f, SG_REVIEW_INPUT_PERFORMANCE, "nc-opened")),
                   ==, "2");
  g_assert_nonnull (nc3);
}

static gboolean
is_child_list_box (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_LIST_BOX (widget) && SG_IS_CHILD_ROW (gtk_list_box_get_row_at_index (GTK_LIST_BOX (widget), 0));
}

/* Against the reviews held before: the previous one, and the trend over
 * the last ones for nonconformities. */
static void
test_trend (Fixture       *f,
            gconstpointer  data)
{
  SgRecord *first, *second;
  SgReviewFigureRow *row;
  g_autoptr(GError) error = NULL;

  first = sg_test_register_add (&f->reg, SG_TYPE_MANAGEMENT_REVIEW, "title", "Review 2025 Q1",
                                "date", "2025-03-01", NULL);
  g_assert_true (sg_review_inputs_hold (f->reg.store, first, "2025-03-01", &error));
  g_assert_no_error (error);
  sg_test_register_add (&f->reg, SG_TYPE_NONCONFORMITY, "title", "Visitor log missing",
                        "raised-on", "2025-04-01", NULL);
  sg_test_register_add (&f->reg, SG_TYPE_NONCONFORMITY, "title", "Laptop lost",
                        "raised-on", "2025-05-01", NULL);
  second = sg_test_register_add (&f->reg, SG_TYPE_MANAGEMENT_REVIEW, "title", "Review 2025 Q2",
                                 "date", "2025-06-01", NULL);
  g_assert_true (sg_review_inputs_hold (f->reg.store, second, "2025-06-01", &error));
  g_assert_no_error (error);

  add_review (f);
  row = figure (f, SG_REVIEW_INPUT_PERFORMANCE, "nc-opened");
  /* Nothing raised since June: 0, after 1 and 2. */
  g_assert_cmpstr (sg_review_figure_row_get_value_text (row), ==, "0");
  g_assert_cmpstr (sg_review_figure_row_get_trend_text (row), ==,
                   "Previous review: 2, down 2\nLast reviews: 1 → 2 → 0");
  /* The newest first in the list, the first review last. */
  g_assert_true (sg_review_row_get_review (SG_REVIEW_ROW (gtk_list_box_get_row_at_index (
                   GTK_LIST_BOX (sg_review_page_get_list (f->page)), 2))) == first);
}

/* Actions are added in the review with their owner and date, and open
 * on the Actions page. */
static void
test_actions (Fixture       *f,
              gconstpointer  data)
{
  SgRecord *review = add_review (f);
  SgReviewActions *actions = SG_REVIEW_ACTIONS (sg_review_editor_get_actions (editor (f)));
  GListModel *shown = sg_child_list_get_shown (SG_CHILD_LIST (sg_review_actions_get_list (actions)));
  g_autoptr(SgRecord) action = NULL;
  GtkWidget *list_box, *row;

  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  sg_review_actions_fill_form (actions, "  ", f->reg.jana, "2027-01-31");
  g_assert_null (sg_review_actions_add (actions));
  sg_review_actions_fill_form (actions, "Test restoring the backups", f->reg.jana, "2027-01-31");
  action = sg_review_actions_add (actions);
  g_assert_nonnull (action);
  g_assert_cmpint (sg_record_peek_int64 (action, SG_ACTION_REVIEW), ==, sg_record_get_id (review));
  g_assert_cmpint (sg_record_peek_int64 (action, SG_ACTION_OWNER), ==, f->reg.jana);
  g_assert_cmpstr (sg_record_peek_string (action, SG_ACTION_DUE_DATE), ==, "2027-01-31");
  g_assert_cmpstr (sg_record_peek_string (action, SG_ACTION_TITLE), ==, "Test restoring the backups");
  g_assert_cmpint (sg_record_peek_enum (action, SG_ACTION_SOURCE), ==, SG_ACTION_SOURCE_MANAGEMENT_REVIEW);
  g_assert_nonnull (sg_record_peek_string (action, SG_ACTION_RAISED_ON));
  sg_test_run_a_while ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);

  list_box = sg_test_find_widget (sg_review_actions_get_list (actions), is_child_list_box, NULL);
  g_assert_nonnull (list_box);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), 0));
  g_signal_emit_by_name (list_box, "row-activated", row);
  sg_test_run_a_while ();
  g_assert_true (gtk_widget_get_mapped (sg_window_get_page (f->window, "action")));
  if (SG_IS_RECORD_PAGE (sg_window_get_page (f->window, "action")))
    g_assert_true (sg_record_page_get_selected (SG_RECORD_PAGE (sg_window_get_page (f->window, "action")))
                   == action);
}

/* Every mapped widget of @root lies inside the window and has the width
 * it needs: nothing is cut off. */
static void
assert_nothing_cut_off (Fixture   *f,
                        GtkWidget *root)
{
  /* The window's content: the window itself counts its shadow. */
  GtkWidget *content = gtk_window_get_child (GTK_WINDOW (f->window));
  int window_width = gtk_widget_get_width (content);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;
      int natural;

      if (!gtk_widget_get_mapped (child) || GTK_IS_SCROLLBAR (child))
        continue;
      g_assert_true (gtk_widget_compute_bounds (child, content, &bounds));
      /* Header bars reach a pixel over the separators beside them. */
      if (bounds.origin.x < -1.5 || bounds.origin.x + bounds.size.width > window_width + 1.5)
        g_error ("a %s at %.0f, %.0f wide, leaves the window %d wide", G_OBJECT_TYPE_NAME (child),
                 bounds.origin.x, bounds.size.width, window_width);
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      /* A label that neither wraps nor shortens itself with "…" must get
       * all the width it asks for. */
      if (GTK_IS_LABEL (child) && !gtk_label_get_wrap (GTK_LABEL (child)) &&
          gtk_label_get_ellipsize (GTK_LABEL (child)) == PANGO_ELLIPSIZE_NONE &&
          natural > gtk_widget_get_width (child) + 1)
        g_error ("the label “%s” needs %d pixels and has %d", gtk_label_get_text (GTK_LABEL (child)),
                 natural, gtk_widget_get_width (child));
      /* … and one that may shorten itself is not shortened. */
      if (GTK_IS_LABEL (child) && pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (child))))
        g_error ("the label “%s” is cut short", gtk_label_get_text (GTK_LABEL (child)));
      assert_nothing_cut_off (f, child);
    }
}

static gboolean
is_unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

#define LONG_TITLE "Annual management review of the information security management system " \
                   "with the executive board, the works council and the data protection officer"

static void
test_layout (Fixture       *f,
             gconstpointer  data)
{
  int width = GPOINTER_TO_INT (data) ? GPOINTER_TO_INT (data) : 1400;
  SgRecord *review = add_review (f);
  GtkWidget *heading = sg_review_editor_get_heading (editor (f));
  GtkWidget *list = sg_review_page_get_list (f->page);
  int line;

  g_object_set (review, SG_MANAGEMENT_REVIEW_TITLE, LONG_TITLE, NULL);
  sg_test_run_a_while ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (heading)), ==, LONG_TITLE);
  /* The title wraps: it is taller than one line, and all of it is there. */
  gtk_widget_measure (heading, GTK_ORIENTATION_VERTICAL, G_MAXINT / 2, &line, NULL, NULL, NULL);
  g_assert_true (gtk_widget_get_mapped (heading));
  g_assert_cmpint (gtk_widget_get_height (heading), >, line + line / 2);
  g_assert_false (gtk_label_get_ellipsize (GTK_LABEL (heading)) != PANGO_ELLIPSIZE_NONE);

  /* The page folds (or unfolds) when GTK gets to it: a fixed wait was
   * too short under the sanitizers with another test beside it. */
  sg_test_wait_for (width >= 600 ? sg_test_is_mapped : is_unmapped, list);
  if (width >= 600)
    {
      /* One review in the list does not take the window. */
      g_assert_true (gtk_widget_get_mapped (list));
      g_assert_cmpint (gtk_widget_get_width (list), <, width / 3);
      assert_nothing_cut_off (f, GTK_WIDGET (f->page));
    }
  else
    {
      /* Narrow: the review alone, with a way back to the list. */
      g_assert_false (gtk_widget_get_mapped (list));
      int minimum;

      /* The page asks for no more than a phone's width. */
      gtk_widget_measure (GTK_WIDGET (f->page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_assert_cmpint (minimum, <=, width);
      assert_nothing_cut_off (f, sg_review_page_get_editor (f->page));
    }
  /* The minutes name the review they are for. */
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (sg_review_editor_get_minutes_button (editor (f)))),
                   ==, "win.export-review-minutes");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;

  g_test_add ("/review-page/add-computes-inputs", Fixture, NULL, fixture_set_up,
              test_add_computes_inputs, fixture_tear_down);
  g_test_add ("/review-page/recompute-and-hold", Fixture, NULL, fixture_set_up,
              test_recompute_and_hold, fixture_tear_down);
  g_test_add ("/review-page/trend", Fixture, NULL, fixture_set_up,
              test_trend, fixture_tear_down);
  g_test_add ("/review-page/actions", Fixture, NULL, fixture_set_up,
              test_actions, fixture_tear_down);
  g_test_add ("/review-page/layout/1400", Fixture, GINT_TO_POINTER (1400), fixture_set_up,
              test_layout, fixture_tear_down);
  g_test_add ("/review-page/layout/360", Fixture, GINT_TO_POINTER (360), fixture_set_up,
              test_layout, fixture_tear_down);

  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
