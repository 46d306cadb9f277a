/* test-objective-chart-view.c: the objective's chart follows its readings and target, and says so to a screen reader
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "sg-enums.h"
#include "sg-objective-chart-view.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"

static char *tmpdir;

typedef struct
{
  GtkWidget  *view;
  const char *label;
} Expect;

/* What a screen reader hears for the chart, once the view has caught up. */
static gboolean
label_is (gpointer data)
{
  Expect *expect = data;
  g_autofree char *error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (expect->view),
                                                               GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                               expect->label);

  return error == NULL;
}

/* Not gtk_test_accessible_assert_property (): it reads the value as a
 * format, and these hold "%". */
static void
assert_label (GtkWidget  *view,
              const char *label)
{
  g_autofree char *error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view),
                                                               GTK_ACCESSIBLE_PROPERTY_LABEL, label);

  if (error != NULL)
    g_error ("accessible label: %s", error);
}

static void
wait_for_label (GtkWidget  *view,
                const char *label)
{
  Expect expect = { view, label };

  sg_test_wait_for (label_is, &expect);
}

static SgRecord *
add_reading (SgTestRegister *reg,
             SgRecord       *objective,
             const char     *date,
             double          value)
{
  return sg_test_register_add (reg, SG_TYPE_OBJECTIVE_READING,
                               SG_OBJECTIVE_READING_OBJECTIVE, sg_record_get_id (objective),
                               SG_OBJECTIVE_READING_DATE, date,
                               SG_OBJECTIVE_READING_VALUE, value,
                               NULL);
}

static void
test_follows_readings (void)
{
  SgTestRegister reg;
  SgRecord *objective, *other, *reading;
  GtkWidget *window, *view;
  g_autoptr(GError) error = NULL;
  int minimum, natural;

  sg_test_register_open (&reg, "view.isms");
  objective = sg_test_register_add (&reg, SG_TYPE_OBJECTIVE, SG_OBJECTIVE_TITLE, "Phishing",
                                    SG_OBJECTIVE_UNIT, "%", SG_OBJECTIVE_TARGET_VALUE, 95.0,
                                    SG_OBJECTIVE_TARGET_DIRECTION, SG_TARGET_DIRECTION_AT_LEAST, NULL);
  other = sg_test_register_add (&reg, SG_TYPE_OBJECTIVE, SG_OBJECTIVE_TITLE, "Patching", NULL);

  view = sg_objective_chart_view_new (reg.store);
  g_object_ref_sink (view);
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  sg_test_wait_for (sg_test_is_mapped, view);

  /* A chart's height in a detail pane, not a sliver. */
  gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (natural, >=, 160);

  sg_objective_chart_view_set_objective (SG_OBJECTIVE_CHART_VIEW (view), objective);
  assert_label (view, "No readings yet");

  add_reading (&reg, objective, "2026-01-15", 80);
  reading = add_reading (&reg, objective, "2026-02-15", 85);
  wait_for_label (view, "Trend of 2 readings, latest 85 % on 2026-02-15, target at least 95 %");

  /* Another objective's reading changes nothing here. */
  add_reading (&reg, other, "2026-03-15", 12);
  sg_test_run_a_while ();
  assert_label (view, "Trend of 2 readings, latest 85 % on 2026-02-15, target at least 95 %");

  /* A reading corrected, the target raised, a reading deleted. */
  g_object_set (reading, SG_OBJECTIVE_READING_VALUE, 88.5, NULL);
  wait_for_label (view, "Trend of 2 readings, latest 88.5 % on 2026-02-15, target at least 95 %");
  g_object_set (objective, SG_OBJECTIVE_TARGET_VALUE, 97.0, NULL);
  wait_for_label (view, "Trend of 2 readings, latest 88.5 % on 2026-02-15, target at least 97 %");
  g_assert_true (sg_store_remove (reg.store, reading, &error));
  g_assert_no_error (error);
  wait_for_label (view, "Trend of 1 reading, latest 80 % on 2026-01-15, target at least 97 %");

  /* Another objective's chart at once. */
  sg_objective_chart_view_set_objective (SG_OBJECTIVE_CHART_VIEW (view), other);
  assert_label (view, "Trend of 1 reading, latest 12 on 2026-03-15");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
  sg_test_register_close (&reg);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;

  g_test_add_func ("/objective-chart-view/follows-readings", test_follows_readings);

  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
