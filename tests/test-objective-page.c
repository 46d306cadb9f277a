/* test-objective-page.c: an objective's readings are taken, read and deleted inside it, and its status follows them in view
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "sg-enums.h"
#include "sg-objective-chart-view.h"
#include "sg-objective-reading.h"
#include "sg-objective-readings.h"
#include "sg-objective.h"
#include "sg-record-page.h"
#include "sg-sample.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-window.h"

static char *tmpdir;

static SgStore *
open_example (const char *name)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;
  SgStore *store;

  g_assert_true (sg_sample_create (path, &error));
  g_assert_no_error (error);
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  return store;
}

static guint
count_readings (SgStore  *store,
                SgRecord *objective)
{
  guint n, count = 0;
  SgRecord *const *readings = sg_store_peek_records (store, SG_TYPE_OBJECTIVE_READING, &n);

  for (guint i = 0; i < n; i++)
    count += sg_record_peek_int64 (readings[i], "objective") == sg_record_get_id (objective);
  return count;
}

static gboolean
is_delete_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Delete Reading") == 0;
}

/* The sidebar has no page of readings; the objective's pane lists them,
 * newest first, says what they suggest, and takes a new one; a reading
 * shown from elsewhere opens its objective. */
static void
test_readings (void)
{
  g_autoptr(SgStore) store = open_example ("readings.isms");
  g_autoptr(SgWindow) window = sg_test_window_on_page (store, "objective", 1400, 900);
  SgRecordPage *page = SG_RECORD_PAGE (sg_window_get_page (window, "objective"));
  SgRecord *patching = sg_store_find_by_ref (store, SG_TYPE_OBJECTIVE, "OBJ-002");
  g_autoptr(GError) error = NULL;
  g_autoptr(SgRecord) first = NULL;
  g_autoptr(SgRecord) newest = NULL;
  GtkWidget *readings, *delete_button;
  GListModel *shown;
  guint n;

  g_assert_null (sg_window_get_page (window, "objective_reading"));
  g_assert_cmpint (sg_record_peek_enum (patching, "status"), ==, SG_OBJECTIVE_STATUS_AT_RISK);

  sg_record_page_select (page, patching);
  sg_test_run_a_while ();
  readings = sg_test_find_widget (GTK_WIDGET (page), sg_test_is_type, GSIZE_TO_POINTER (SG_TYPE_OBJECTIVE_READINGS));
  g_assert_nonnull (readings);
  shown = sg_objective_readings_get_shown (SG_OBJECTIVE_READINGS (readings));
  n = g_list_model_get_n_items (shown);
  g_assert_cmpuint (n, ==, count_readings (store, patching));
  g_assert_cmpuint (n, >=, 2);
  /* Newest first. */
  first = g_list_model_get_item (shown, 0);
  {
    g_autoptr(SgRecord) second = g_list_model_get_item (shown, 1);

    g_assert_cmpint (g_strcmp0 (sg_record_peek_string (first, "date"), sg_record_peek_string (second, "date")), >, 0);
  }
  g_assert_true (g_str_has_prefix (sg_objective_readings_get_summary (SG_OBJECTIVE_READINGS (readings)), "At risk: "));
  /* The trend is drawn above them, of this objective. */
  {
    GtkWidget *chart = sg_test_find_widget (readings, sg_test_is_type, GSIZE_TO_POINTER (SG_TYPE_OBJECTIVE_CHART_VIEW));

    g_assert_nonnull (chart);
    g_assert_true (sg_objective_chart_view_get_objective (SG_OBJECTIVE_CHART_VIEW (chart)) == patching);
  }
  /* Each reading shows its value with the objective's unit. */
  g_assert_nonnull (sg_test_find_widget (readings, sg_test_is_label, "86 %"));

  /* A new reading above the target: on track, in the list, in the pane, at once. */
  g_assert_true (sg_objective_readings_add (SG_OBJECTIVE_READINGS (readings), sg_record_peek_string (first, "date"),
                                            97, "After the firmware update", &error));
  g_assert_no_error (error);
  sg_test_run_a_while ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n + 1);
  newest = g_list_model_get_item (shown, 0);
  g_assert_cmpfloat (g_value_get_double (sg_record_peek_value (newest, g_object_class_find_property (
                       G_OBJECT_GET_CLASS (newest), "value"))), ==, 97);
  g_assert_cmpint (sg_record_peek_enum (patching, "status"), ==, SG_OBJECTIVE_STATUS_ON_TRACK);
  g_assert_cmpstr (sg_record_peek_string (patching, "current-value"), ==, "97");
  g_assert_true (g_str_has_prefix (sg_objective_readings_get_summary (SG_OBJECTIVE_READINGS (readings)), "On track: "));
  g_assert_nonnull (sg_test_find_widget (readings, sg_test_is_label, "97 %"));

  /* A status picked by hand is shown beside what the readings say. */
  g_object_set (patching, "status", SG_OBJECTIVE_STATUS_MISSED, NULL);
  sg_test_run_a_while ();
  g_assert_true (g_str_has_prefix (sg_objective_readings_get_summary (SG_OBJECTIVE_READINGS (readings)),
                                   "Status set by hand: Missed. The readings suggest: On track"));
  g_object_set (patching, "status-set-by-hand", FALSE, NULL);

  /* Deleting the newest reading puts the objective back at risk. */
  delete_button = sg_test_find_widget (readings, is_delete_button, NULL);
  g_assert_nonnull (delete_button);
  g_signal_emit_by_name (delete_button, "clicked");
  sg_test_run_a_while ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n);
  g_assert_cmpint (sg_record_peek_enum (patching, "status"), ==, SG_OBJECTIVE_STATUS_AT_RISK);

  /* Shown from the Due page or the history, a reading opens its objective. */
  sg_record_page_select (page, sg_store_find_by_ref (store, SG_TYPE_OBJECTIVE, "OBJ-001"));
  g_assert_true (sg_window_show_record (window, first));
  g_assert_true (sg_record_page_get_selected (page) == patching);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;
  g_test_add_func ("/objective-page/readings", test_readings);
  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
