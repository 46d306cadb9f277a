/* test-heatmap-view.c: the heat map page — cells a screen reader hears, keys, live counts, print
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "sg-heatmap-page.h"
#include "sg-heatmap-presentation.h"
#include "sg-heatmap-view.h"
#include "sg-record-page.h"
#include "sg-risk.h"
#include "sg-sample.h"
#include "sg-settings.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-window.h"

static char *tmpdir;

typedef struct
{
  char          *path;
  SgStore       *store;
  SgWindow      *window;
  SgHeatmapPage *page;
  SgHeatmapView *view;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  static guint serial;
  g_autofree char *name = g_strdup_printf ("example-%u.isms", serial++);

  g_settings_reset (sg_settings_get (), "heatmap-mode");
  f->path = g_build_filename (tmpdir, name, NULL);
  g_assert_true (sg_sample_create (f->path, &error));
  g_assert_no_error (error);
  f->store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);

  f->window = g_object_ref (sg_window_new (NULL, f->store));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 900);
  gtk_window_present (GTK_WINDOW (f->window));
  sg_test_wait_for (sg_test_is_mapped, f->window);
  g_assert_true (sg_window_show_page (f->window, "heatmap"));
  f->page = SG_HEATMAP_PAGE (sg_window_get_page (f->window, "heatmap"));
  g_assert_true (SG_IS_HEATMAP_PAGE (f->page));
  sg_test_wait_for (sg_test_is_mapped, f->page);
  f->view = sg_heatmap_page_get_view (f->page);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->window);
  g_clear_object (&f->store);
  g_free (f->path);
}

/* What a screen reader must say for a cell, counted here from the store. */
static char *
expected_label (SgStore       *store,
                SgHeatmapMode  mode,
                int            likelihood,
                int            impact)
{
  SgRiskMethod *method = sg_store_get_risk_method (store);
  GListModel *risks = sg_store_get_records (store, SG_TYPE_RISK);
  const char *lf = mode == SG_HEATMAP_MODE_INHERENT ? "inherent-likelihood" : "residual-likelihood";
  const char *imf = mode == SG_HEATMAP_MODE_INHERENT ? "inherent-impact" : "residual-impact";
  SgRiskLevel *level = sg_risk_method_get_level (method, likelihood, impact);
  guint count = 0;

  for (guint k = 0; k < g_list_model_get_n_items (risks); k++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (risks, k);

      if (sg_record_peek_int (risk, lf) == likelihood && sg_record_peek_int (risk, imf) == impact)
        count++;
    }
  return g_strdup_printf ("Likelihood %s, impact %s: %u %s, level %s",
                          sg_record_peek_string (SG_RECORD (sg_risk_method_get_scale_level (method, SG_SCALE_AXIS_LIKELIHOOD, likelihood)), "label"),
                          sg_record_peek_string (SG_RECORD (sg_risk_method_get_scale_level (method, SG_SCALE_AXIS_IMPACT, impact)), "label"),
                          count, count == 1 ? "risk" : "risks",
                          sg_record_peek_string (SG_RECORD (level), "name"));
}

static void
assert_labels (Fixture       *f,
               SgHeatmapMode  mode)
{
  const SgHeatmapData *data = sg_heatmap_view_get_data (f->view);

  g_assert_nonnull (data);
  g_assert_cmpuint (data->n_likelihood, ==, 5);
  g_assert_cmpuint (data->n_impact, ==, 5);
  for (int l = 1; l <= 5; l++)
    for (int i = 1; i <= 5; i++)
      {
        GtkWidget *cell = sg_heatmap_view_get_cell_widget (f->view, l, i);
        g_autofree char *label = expected_label (f->store, mode, l, i);

        g_assert_nonnull (cell);
        gtk_test_accessible_assert_property (cell, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
      }
}

/* What a key press does: runs the shortcut @widget binds to @keyval. */
static gboolean
activate_key (GtkWidget *widget,
              guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint k = 0; k < g_list_model_get_n_items (controllers); k++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, k);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

static gboolean
same_owner_cb (gpointer item,
               gpointer data)
{
  return sg_record_peek_int64 (item, "owner") == *(gint64 *) data;
}

static void
test_labels (Fixture       *f,
             gconstpointer  user_data)
{
  g_autofree char *labels = NULL;

  /* Inherent by default; the sample register has 40 rated risks. */
  g_assert_cmpint (sg_heatmap_view_get_mode (f->view), ==, SG_HEATMAP_MODE_INHERENT);
  assert_labels (f, SG_HEATMAP_MODE_INHERENT);
  g_assert_cmpuint (sg_heatmap_view_get_data (f->view)->n_rated, ==, 40);
  g_assert_true (g_str_has_prefix (sg_heatmap_page_get_summary (f->page), "40 risks rated, "));
}

static void
test_presentation (Fixture       *f,
                   gconstpointer  user_data)
{
  SgHeatmapPresentation *presentation;
  g_autoptr(GListModel) top = sg_heatmap_view_list_top_risks (f->view, SG_HEATMAP_PRESENTATION_TOP_RISKS);
  GListModel *shown;

  /* F11 opens it from any page. */
  g_assert_true (sg_window_show_page (f->window, "dashboard"));
  g_assert_true (activate_key (GTK_WIDGET (f->window), GDK_KEY_F11));
  presentation = SG_HEATMAP_PRESENTATION (sg_heatmap_page_get_presentation (f->page));
  g_assert_nonnull (presentation);
  sg_test_wait_for (sg_test_is_mapped, presentation);

  /* Beside the map: the worst risks above appetite, as the page ranks them. */
  shown = sg_heatmap_presentation_get_top_risks (presentation);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (top));
  for (guint k = 0; k < g_list_model_get_n_items (top); k++)
    {
      g_autoptr(GObject) a = g_list_model_get_item (top, k);
      g_autoptr(GObject) b = g_list_model_get_item (shown, k);
      g_assert_true (a == b);
    }

  /* Escape leaves it. */
  g_assert_true (activate_key (GTK_WIDGET (presentation), GDK_KEY_Escape));
  g_assert_null (sg_heatmap_page_get_presentation (f->page));
}

static void
test_residual_mode (Fixture       *f,
                    gconstpointer  user_data)
{
  GtkWidget *button = NULL;
  g_autofree char *saved = NULL;

  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (f->page)); w != NULL; )
    {
      /* Depth-first search for the "Residual" toggle. */
      if (GTK_IS_TOGGLE_BUTTON (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), "_Residual") == 0)
        {
          button = w;
          break;
        }
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w ? gtk_widget_get_next_sibling (w) : NULL;
        }
    }
  g_assert_nonnull (button);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  g_assert_cmpint (sg_heatmap_view_get_mode (f->view), ==, SG_HEATMAP_MODE_RESIDUAL);
  assert_labels (f, SG_HEATMAP_MODE_RESIDUAL);
  saved = g_settings_get_string (sg_settings_get (), "heatmap-mode");
  g_assert_cmpstr (saved, ==, "residual");
}

static void
assert_focus (Fixture *f,
              int      likelihood,
              int      impact)
{
  int l, i;

  sg_heatmap_view_get_focus_cell (f->view, &l, &i);
  g_assert_cmpint (l, ==, likelihood);
  g_assert_cmpint (i, ==, impact);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) ==
                 sg_heatmap_view_get_cell_widget (f->view, likelihood, impact));
  /* One Tab stop for the whole map: only the current cell takes focus. */
  g_assert_true (gtk_widget_get_focusable (sg_heatmap_view_get_cell_widget (f->view, likelihood, impact)));
  g_assert_false (gtk_widget_get_focusable (sg_heatmap_view_get_cell_widget (f->view, likelihood == 1 ? 2 : 1,
                                                                             impact)));
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  user_data)
{
  sg_heatmap_view_focus_cell (f->view, 3, 3);
  assert_focus (f, 3, 3);

  /* Up raises the likelihood, Right the impact, as the map is drawn. */
  g_assert_true (activate_key (GTK_WIDGET (f->view), GDK_KEY_Up));
  assert_focus (f, 4, 3);
  g_assert_true (activate_key (GTK_WIDGET (f->view), GDK_KEY_Right));
  assert_focus (f, 4, 4);
  g_assert_true (activate_key (GTK_WIDGET (f->view), GDK_KEY_Down));
  g_assert_true (activate_key (GTK_WIDGET (f->view), GDK_KEY_Left));
  g_assert_true (activate_key (GTK_WIDGET (f->view), GDK_KEY_Left));
  assert_focus (f, 3, 2);

  /* The edges hold: no wrapping into another row. */
  for (int k = 0; k < 6; k++)
    g_assert_true (activate_key (GTK_WIDGET (f->view), GDK_KEY_Up));
  assert_focus (f, 5, 2);
}

static void
test_live_update (Fixture       *f,
                  gconstpointer  user_data)
{
  GListModel *risks = sg_store_get_records (f->store, SG_TYPE_RISK);
  g_autoptr(SgRecord) risk = g_list_model_get_item (risks, 0);
  int l = sg_record_peek_int (risk, "inherent-likelihood");
  int i = sg_record_peek_int (risk, "inherent-impact");
  int new_l = l == 5 ? 1 : 5;
  GtkWidget *before = sg_heatmap_view_get_cell_widget (f->view, l, i);
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(GListModel) listed_after = NULL;
  gboolean found = FALSE;

  /* The popover's list holds the risk in its cell. */
  listed = sg_heatmap_view_list_cell_risks (f->view, l, i);
  for (guint k = 0; k < g_list_model_get_n_items (listed); k++)
    {
      g_autoptr(SgRecord) item = g_list_model_get_item (listed, k);
      found |= item == risk;
    }
  g_assert_true (found);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, sg_heatmap_data_get_count (sg_heatmap_view_get_data (f->view), l, i));

  /* Rated again: both cells say so at once, without a new widget. */
  g_object_set (risk, "inherent-likelihood", new_l, NULL);
  g_assert_true (sg_heatmap_view_get_cell_widget (f->view, l, i) == before);
  assert_labels (f, SG_HEATMAP_MODE_INHERENT);
  listed_after = sg_heatmap_view_list_cell_risks (f->view, new_l, i);
  found = FALSE;
  for (guint k = 0; k < g_list_model_get_n_items (listed_after); k++)
    {
      g_autoptr(SgRecord) item = g_list_model_get_item (listed_after, k);
      found |= item == risk;
    }
  g_assert_true (found);

  /* A renamed scale level is heard at once, too. */
  g_object_set (sg_risk_method_get_scale_level (sg_store_get_risk_method (f->store), SG_SCALE_AXIS_LIKELIHOOD, 3),
                "label", "Even odds", NULL);
  assert_labels (f, SG_HEATMAP_MODE_INHERENT);
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (sg_heatmap_view_get_cell_widget (f->view, 3, 1)),
                            "Even odds"));

  /* Deleted: counted no more. */
  g_assert_true (sg_store_remove (f->store, risk, NULL));
  assert_labels (f, SG_HEATMAP_MODE_INHERENT);
  g_assert_cmpuint (sg_heatmap_view_get_data (f->view)->n_rated, ==, 39);
  g_assert_true (g_str_has_prefix (sg_heatmap_page_get_summary (f->page), "39 risks rated, "));
}

static void
count_cb (SgHeatmapView *view,
          guint         *n)
{
  (*n)++;
}

/* Many changes in a row, as a scale that shrinks makes them, are counted
 * once before the next frame rather than once each; what is read before
 * then is already up to date. */
static void
test_burst (Fixture       *f,
            gconstpointer  user_data)
{
  GListModel *risks = sg_store_get_records (f->store, SG_TYPE_RISK);
  guint n_changed = 0;

  g_signal_connect (f->view, "changed", G_CALLBACK (count_cb), &n_changed);
  for (guint k = 0; k < 20; k++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (risks, k);
      g_object_set (risk, "inherent-likelihood", 1, "inherent-impact", 1, NULL);
    }
  g_assert_cmpuint (n_changed, ==, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (n_changed, ==, 1);
  assert_labels (f, SG_HEATMAP_MODE_INHERENT);

  /* Read before the next frame: counted then. */
  {
    g_autoptr(SgRecord) risk = g_list_model_get_item (risks, 20);
    g_object_set (risk, "inherent-likelihood", 1, "inherent-impact", 1, NULL);
  }
  assert_labels (f, SG_HEATMAP_MODE_INHERENT);
  g_assert_cmpuint (n_changed, ==, 2);
  g_signal_handlers_disconnect_by_func (f->view, count_cb, &n_changed);
}

static void
test_filter_and_top_risks (Fixture       *f,
                           gconstpointer  user_data)
{
  GListModel *risks = sg_store_get_records (f->store, SG_TYPE_RISK);
  SgRiskMethod *method = sg_store_get_risk_method (f->store);
  g_autoptr(GListModel) top = sg_heatmap_view_list_top_risks (f->view, 100);
  guint above = 0;
  int last_rank = G_MAXINT, last_score = G_MAXINT;

  /* Every risk above appetite, worst level first, then highest score. */
  for (guint k = 0; k < g_list_model_get_n_items (risks); k++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (risks, k);
      SgRiskLevel *level = sg_risk_method_get_level (method, sg_record_peek_int (risk, "inherent-likelihood"),
                                                     sg_record_peek_int (risk, "inherent-impact"));

      if (level != NULL && !sg_record_peek_boolean (SG_RECORD (level), "within-appetite"))
        above++;
    }
  g_assert_cmpuint (above, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (top), ==, above);
  g_assert_cmpuint (sg_heatmap_view_count_above_appetite (f->view), ==, above);
  for (guint k = 0; k < above; k++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (top, k);
      SgRiskLevel *level = sg_heatmap_view_get_risk_level (f->view, risk);
      int rank = -1, score;

      for (guint r = 0; r < sg_risk_method_get_n_levels (method); r++)
        if (sg_risk_method_get_level_nth (method, r) == level)
          rank = (int) r;
      score = sg_record_peek_int (risk, "inherent-likelihood") * sg_record_peek_int (risk, "inherent-impact");
      g_assert_cmpint (rank, <=, last_rank);
      if (rank == last_rank)
        g_assert_cmpint (score, <=, last_score);
      last_rank = rank;
      last_score = score;
    }

  /* A filter counts only its risks. */
  {
    g_autoptr(SgRecord) first = g_list_model_get_item (risks, 0);
    gint64 owner = sg_record_peek_int64 (first, "owner");
    g_autoptr(GtkFilter) filter = NULL;
    guint expected = 0;

    g_assert_cmpint (owner, !=, 0);
    for (guint k = 0; k < g_list_model_get_n_items (risks); k++)
      {
        g_autoptr(SgRecord) risk = g_list_model_get_item (risks, k);
        expected += sg_record_peek_int64 (risk, "owner") == owner;
      }
    filter = GTK_FILTER (gtk_custom_filter_new (same_owner_cb, &owner, NULL));
    sg_heatmap_view_set_filter (f->view, filter);
    g_assert_cmpuint (sg_heatmap_view_get_data (f->view)->n_rated, ==, expected);
    g_assert_cmpuint (expected, <, 40);
    sg_heatmap_view_set_filter (f->view, NULL);
    g_assert_cmpuint (sg_heatmap_view_get_data (f->view)->n_rated, ==, 40);
  }
}

static void
test_open_risk (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GListModel) cell = NULL;
  g_autoptr(SgRecord) risk = NULL;
  GtkWidget *risk_page;

  /* What choosing a risk in a cell's popover does. */
  cell = sg_heatmap_view_list_cell_risks (f->view, 3, 3);
  g_assert_cmpuint (g_list_model_get_n_items (cell), >, 0);
  risk = g_list_model_get_item (cell, 0);
  g_signal_emit_by_name (f->view, "risk-activated", risk);
  risk_page = sg_window_get_page (f->window, "risk");
  g_assert_true (sg_record_page_get_selected (SG_RECORD_PAGE (risk_page)) == risk);
}

static gboolean
is_popover (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_POPOVER (widget);
}

static gboolean
is_list_box (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_LIST_BOX (widget);
}

static gboolean
is_hidden (gpointer widget)
{
  return !gtk_widget_get_visible (widget);
}

/* A button's activation clicks it a moment later. */
static gboolean
has_open_popover (gpointer view)
{
  GtkWidget *popover = sg_test_find_widget (view, is_popover, NULL);

  return popover != NULL && gtk_widget_get_mapped (popover);
}

static void
risk_activated_cb (SgHeatmapView  *view,
                   SgRecord       *risk,
                   SgRecord      **chosen)
{
  g_set_object (chosen, risk);
}

/* The list a cell opens: its risks, each heard with its level, one to
 * choose; then the focus is back on the cell. */
static void
test_cell_popover (Fixture       *f,
                   gconstpointer  user_data)
{
  GtkWidget *cell = sg_heatmap_view_get_cell_widget (f->view, 4, 4);
  g_autoptr(GListModel) risks = sg_heatmap_view_list_cell_risks (f->view, 4, 4);
  g_autoptr(SgRecord) first = g_list_model_get_item (risks, 0);
  g_autoptr(SgRecord) chosen = NULL;
  g_autofree char *name = sg_record_dup_display_name (first);
  g_autofree char *heard = NULL;
  GtkWidget *popover, *list, *row, *title;
  guint n_rows = 0;
  int l, i;

  g_assert_cmpuint (g_list_model_get_n_items (risks), >, 0);
  gtk_widget_activate (cell);
  sg_test_wait_for (has_open_popover, f->view);
  popover = sg_test_find_widget (GTK_WIDGET (f->view), is_popover, NULL);
  title = sg_test_find_widget (popover, sg_test_is_label,
                               "Likelihood Likely, impact Major: 4 risks, level High");
  g_assert_nonnull (title);

  list = sg_test_find_widget (popover, is_list_box, NULL);
  g_assert_nonnull (list);
  for (GtkWidget *child = gtk_widget_get_first_child (list); child; child = gtk_widget_get_next_sibling (child))
    n_rows += GTK_IS_LIST_BOX_ROW (child);
  g_assert_cmpuint (n_rows, ==, g_list_model_get_n_items (risks));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  heard = g_strdup_printf ("%s, level High", name);
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, heard);

  g_signal_connect (f->view, "risk-activated", G_CALLBACK (risk_activated_cb), &chosen);
  gtk_widget_activate (row);
  g_assert_true (chosen == first);
  sg_test_wait_for (is_hidden, popover);
  sg_heatmap_view_get_focus_cell (f->view, &l, &i);
  g_assert_cmpint (l, ==, 4);
  g_assert_cmpint (i, ==, 4);
  g_signal_handlers_disconnect_by_func (f->view, risk_activated_cb, &chosen);

  /* In movement mode a row says where its risk came from, too. */
  sg_heatmap_view_set_mode (f->view, SG_HEATMAP_MODE_MOVEMENT);
  g_clear_object (&risks);
  risks = sg_heatmap_view_list_cell_risks (f->view, 3, 3);
  g_assert_cmpuint (g_list_model_get_n_items (risks), >, 0);
  gtk_widget_activate (sg_heatmap_view_get_cell_widget (f->view, 3, 3));
  sg_test_wait_for (has_open_popover, f->view);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_nonnull (row);
  g_assert_nonnull (sg_test_find_widget (row, sg_test_is_label, "Critical → Medium"));
}

static void
test_print_pdf (Fixture       *f,
                gconstpointer  user_data)
{
  g_autofree char *pdf = g_build_filename (tmpdir, "printed.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *info = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  const char *info_argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *cell_count = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  int status;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  g_assert_true (sg_heatmap_page_print (f->page, pdf, &error));
  g_assert_no_error (error);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "Risk heat map: inherent risk"));
  g_assert_nonnull (strstr (out, "Likelihood"));
  g_assert_nonnull (strstr (out, "Impact"));
  g_assert_nonnull (strstr (out, "Almost certain"));
  g_assert_nonnull (strstr (out, "40 rated risks"));
  /* The fullest cell's count is printed. */
  {
    const SgHeatmapData *data = sg_heatmap_view_get_data (f->view);
    guint most = 0;

    for (int l = 1; l <= 5; l++)
      for (int i = 1; i <= 5; i++)
        most = MAX (most, sg_heatmap_data_get_count (data, l, i));
    cell_count = g_strdup_printf (" %u ", most);
    g_assert_cmpuint (most, >=, 2);
    g_assert_nonnull (strstr (out, cell_count));
  }

  /* One landscape page. */
  if (pdfinfo != NULL)
    {
      g_autoptr(GRegex) regex = g_regex_new ("Page size: *([0-9.]+) x ([0-9.]+)", 0, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *w = NULL, *h = NULL;

      g_assert_true (g_spawn_sync (NULL, (char **) info_argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                                   NULL, NULL, &info, NULL, &status, &error));
      g_assert_true (g_regex_match_simple ("^Pages: *1$", info, G_REGEX_MULTILINE, 0));
      g_assert_true (g_regex_match (regex, info, 0, &match));
      w = g_match_info_fetch (match, 1);
      h = g_match_info_fetch (match, 2);
      g_assert_cmpfloat (g_ascii_strtod (w, NULL), >, g_ascii_strtod (h, NULL));
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

  g_test_add ("/heatmap-view/labels", Fixture, NULL, fixture_set_up, test_labels, fixture_tear_down);
  g_test_add ("/heatmap-view/presentation", Fixture, NULL, fixture_set_up, test_presentation, fixture_tear_down);
  g_test_add ("/heatmap-view/residual-mode", Fixture, NULL, fixture_set_up, test_residual_mode, fixture_tear_down);
  g_test_add ("/heatmap-view/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add ("/heatmap-view/live-update", Fixture, NULL, fixture_set_up, test_live_update, fixture_tear_down);
  g_test_add ("/heatmap-view/burst", Fixture, NULL, fixture_set_up, test_burst, fixture_tear_down);
  g_test_add ("/heatmap-view/filter-and-top-risks", Fixture, NULL, fixture_set_up, test_filter_and_top_risks,
              fixture_tear_down);
  g_test_add ("/heatmap-view/open-risk", Fixture, NULL, fixture_set_up, test_open_risk, fixture_tear_down);
  g_test_add ("/heatmap-view/cell-popover", Fixture, NULL, fixture_set_up, test_cell_popover, fixture_tear_down);
  g_test_add ("/heatmap-view/print-pdf", Fixture, NULL, fixture_set_up, test_print_pdf, fixture_tear_down);
  status = g_test_run ();

  sg_test_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
