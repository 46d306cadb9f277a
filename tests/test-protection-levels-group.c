/* test-protection-levels-group.c: naming the protection levels on the Risk Method page, read in the asset editor
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "sg-asset.h"
#include "sg-protection-level.h"
#include "sg-protection-levels-group.h"
#include "sg-risk-method-page.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-window.h"

static char *tmpdir;

static gboolean
is_need_row (GtkWidget     *widget,
             gconstpointer  title)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static GtkWidget *
show_need (SgWindow *window,
           SgRecord *asset)
{
  GtkWidget *row;

  g_assert_true (sg_window_show_record (window, asset));
  sg_test_wait_for (sg_test_is_mapped, sg_window_get_page (window, "asset"));
  row = sg_test_find_widget (sg_window_get_page (window, "asset"), is_need_row, "Confidentiality need");
  g_assert_nonnull (row);
  return row;
}

/* Untouched, the levels read the built-in words and the register holds
 * no rows for them; a label typed on the Risk Method page is what the
 * asset editor says under the need, its description in the tooltip. */
static void
test_protection_levels_group (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "levels.isms", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  g_autoptr(SgRecord) asset = g_object_new (SG_TYPE_ASSET, "name", "Payroll data", "confidentiality", 3, NULL);
  GListModel *levels = sg_store_get_records (store, SG_TYPE_PROTECTION_LEVEL);
  SgProtectionLevelsGroup *group;
  SgWindow *window;
  GtkWidget *page, *row;

  g_assert_no_error (error);
  g_assert_true (sg_store_add (store, asset, NULL));
  window = sg_test_window_on_page (store, "risk-method", 1300, 850);
  page = sg_window_get_page (window, "risk-method");
  group = SG_PROTECTION_LEVELS_GROUP (sg_risk_method_page_get_protection_levels (SG_RISK_METHOD_PAGE (page)));

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sg_protection_levels_group_get_entry (group, 1, FALSE))), ==, "Normal");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sg_protection_levels_group_get_entry (group, 3, FALSE))), ==, "Very high");
  sg_protection_levels_group_commit (group);
  g_assert_cmpuint (g_list_model_get_n_items (levels), ==, 0);
  row = show_need (window, asset);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Very high");

  g_assert_true (sg_window_show_page (window, "risk-method"));
  gtk_editable_set_text (GTK_EDITABLE (sg_protection_levels_group_get_entry (group, 3, FALSE)), "Strictly confidential");
  gtk_editable_set_text (GTK_EDITABLE (sg_protection_levels_group_get_entry (group, 3, TRUE)), "Only named people may see it.");
  sg_protection_levels_group_commit (group);
  g_assert_cmpuint (g_list_model_get_n_items (levels), ==, 1);

  row = show_need (window, asset);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Strictly confidential");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==, "Only named people may see it.");
  /* The spin button turned: the built-in word of a level nobody renamed. */
  g_object_set (asset, "confidentiality", 2, NULL);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "High");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;
  g_test_add_func ("/protection-levels-group/edit", test_protection_levels_group);
  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
