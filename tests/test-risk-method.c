/* test-risk-method.c: the risk method — default matrix, resizing scales, levels
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sg-matrix-cell.h"
#include "sg-risk.h"
#include "sg-store-method.h"
#include "sg-test-util.h"

typedef struct
{
  char    *dir;
  char    *path;
  SgStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sg_test_mkdtemp ();
  f->path = g_build_filename (f->dir, "register.isms", NULL);
  f->store = sg_store_open (f->path, SG_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  sg_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->store);
  f->store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
}

static SgRecord *
add_risk (Fixture    *f,
          int         il,
          int         ii,
          int         rl,
          int         ri)
{
  g_autoptr(GError) error = NULL;
  SgRecord *risk = g_object_new (SG_TYPE_RISK,
                                 "title", "Ransomware",
                                 "inherent-likelihood", il,
                                 "inherent-impact", ii,
                                 "residual-likelihood", rl,
                                 "residual-impact", ri,
                                 NULL);

  g_assert_true (sg_store_add (f->store, risk, &error));
  g_assert_no_error (error);
  return risk;
}

static const char *
level_name (SgStore *store,
            int      likelihood,
            int      impact)
{
  SgRiskLevel *level = sg_risk_method_get_level (sg_store_get_risk_method (store),
                                                 likelihood, impact);

  return level ? sg_record_peek_string (SG_RECORD (level), "name") : NULL;
}

/* The 5 × 5 of every new register: Low 1–4, Medium 5–9, High 10–16, Critical 20–25. */
static void
test_default_matrix (Fixture       *f,
                     gconstpointer  data)
{
  SgRiskMethod *method = sg_store_get_risk_method (f->store);

  g_assert_cmpuint (sg_risk_method_get_n_values (method, SG_SCALE_AXIS_LIKELIHOOD), ==, 5);
  g_assert_cmpuint (sg_risk_method_get_n_values (method, SG_SCALE_AXIS_IMPACT), ==, 5);
  for (int l = 1; l <= 5; l++)
    for (int i = 1; i <= 5; i++)
      {
        int score = l * i;
        const char *expected = score <= 4 ? "Low" : score <= 9 ? "Medium"
                               : score <= 16 ? "High" : "Critical";

        g_test_message ("cell %d × %d", l, i);
        g_assert_cmpstr (level_name (f->store, l, i), ==, expected);
      }
  g_assert_null (level_name (f->store, 0, 3));
  g_assert_null (level_name (f->store, 6, 1));
}

static void
test_shrink_clamp (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SgRecord) high = add_risk (f, 5, 5, 4, 2);
  g_autoptr(SgRecord) low = add_risk (f, 2, 5, 1, 1);
  g_autoptr(GPtrArray) off = sg_store_find_risks_off_scale (f->store, SG_SCALE_AXIS_LIKELIHOOD, 3);
  g_autoptr(GError) error = NULL;
  SgRiskMethod *method;

  g_assert_cmpuint (off->len, ==, 1);
  g_assert_true (g_ptr_array_index (off, 0) == high);

  g_assert_true (sg_store_resize_scale (f->store, SG_SCALE_AXIS_LIKELIHOOD, 3,
                                        SG_RATING_FIX_CLAMP, &error));
  g_assert_no_error (error);
  g_clear_pointer (&off, g_ptr_array_unref);

  reopen (f);
  method = sg_store_get_risk_method (f->store);
  g_assert_cmpuint (sg_risk_method_get_n_values (method, SG_SCALE_AXIS_LIKELIHOOD), ==, 3);
  g_assert_cmpuint (sg_risk_method_get_n_values (method, SG_SCALE_AXIS_IMPACT), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_MATRIX_CELL)), ==, 15);
  {
    SgRecord *h = sg_store_find_by_ref (f->store, SG_TYPE_RISK, sg_record_get_ref (high));
    SgRecord *l = sg_store_find_by_ref (f->store, SG_TYPE_RISK, sg_record_get_ref (low));

    g_assert_cmpint (sg_record_peek_int (h, "inherent-likelihood"), ==, 3);
    g_assert_cmpint (sg_record_peek_int (h, "inherent-impact"), ==, 5);
    g_assert_cmpint (sg_record_peek_int (h, "residual-likelihood"), ==, 3);
    g_assert_cmpint (sg_record_peek_int (h, "residual-impact"), ==, 2);
    g_assert_cmpint (sg_record_peek_int (l, "inherent-likelihood"), ==, 2);
    g_assert_cmpint (sg_record_peek_int (l, "residual-likelihood"), ==, 1);
  }
}

static void
test_shrink_unrate (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SgRecord) risk = add_risk (f, 2, 5, 1, 4);
  g_autoptr(GError) error = NULL;
  SgRecord *again;

  g_assert_true (sg_store_resize_scale (f->store, SG_SCALE_AXIS_IMPACT, 3,
                                        SG_RATING_FIX_UNRATE, &error));
  g_assert_no_error (error);
  reopen (f);
  again = sg_store_find_by_ref (f->store, SG_TYPE_RISK, sg_record_get_ref (risk));
  g_assert_cmpint (sg_record_peek_int (again, "inherent-likelihood"), ==, 2);
  g_assert_cmpint (sg_record_peek_int (again, "inherent-impact"), ==, 0);
  g_assert_cmpint (sg_record_peek_int (again, "residual-likelihood"), ==, 1);
  g_assert_cmpint (sg_record_peek_int (again, "residual-impact"), ==, 0);
  g_assert_cmpuint (sg_risk_method_get_n_values (sg_store_get_risk_method (f->store),
                                                 SG_SCALE_AXIS_IMPACT), ==, 3);
}

/* Growing adds labelled levels and a level for every new cell. */
static void
test_grow (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SgRiskMethod *method;

  g_assert_true (sg_store_resize_scale (f->store, SG_SCALE_AXIS_LIKELIHOOD, 7,
                                        SG_RATING_FIX_CLAMP, &error));
  g_assert_no_error (error);
  reopen (f);
  method = sg_store_get_risk_method (f->store);
  g_assert_cmpuint (sg_risk_method_get_n_values (method, SG_SCALE_AXIS_LIKELIHOOD), ==, 7);
  g_assert_cmpstr (sg_record_peek_string (SG_RECORD (sg_risk_method_get_scale_level (method, SG_SCALE_AXIS_LIKELIHOOD, 7)),
                                          "label"), ==, "Level 7");
  for (int l = 1; l <= 7; l++)
    for (int i = 1; i <= 5; i++)
      g_assert_nonnull (sg_risk_method_get_level (method, l, i));
  g_assert_cmpstr (level_name (f->store, 7, 5), ==, "Critical");
  g_assert_cmpstr (level_name (f->store, 1, 1), ==, "Low");

  g_assert_false (sg_store_resize_scale (f->store, SG_SCALE_AXIS_LIKELIHOOD, 11,
                                         SG_RATING_FIX_CLAMP, &error));
  g_assert_error (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID);
}

static void
test_reset_matrix (Fixture       *f,
                   gconstpointer  data)
{
  SgRiskMethod *method = sg_store_get_risk_method (f->store);
  SgRiskLevel *low = sg_risk_method_get_level_nth (method, 0);
  GListModel *cells = sg_store_get_records (f->store, SG_TYPE_MATRIX_CELL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (cells); i++)
    {
      g_autoptr(SgRecord) cell = g_list_model_get_item (cells, i);
      g_object_set (cell, "level", sg_record_get_id (SG_RECORD (low)), NULL);
    }
  g_assert_cmpstr (level_name (f->store, 5, 5), ==, "Low");
  g_assert_true (sg_store_reset_matrix (f->store, &error));
  g_assert_no_error (error);
  reopen (f);
  g_assert_cmpstr (level_name (f->store, 5, 5), ==, "Critical");
  g_assert_cmpstr (level_name (f->store, 2, 3), ==, "Medium");
  g_assert_cmpstr (level_name (f->store, 4, 3), ==, "High");
}

static void
test_add_remove_level (Fixture       *f,
                       gconstpointer  data)
{
  SgRiskMethod *method = sg_store_get_risk_method (f->store);
  g_autoptr(GError) error = NULL;
  SgRiskLevel *added, *medium;

  added = sg_store_add_risk_level (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sg_risk_method_get_n_levels (method), ==, 5);
  g_assert_true (sg_risk_method_get_level_nth (method, 4) == added);
  g_assert_cmpint (sg_record_peek_int (SG_RECORD (added), "rank"), ==, 5);

  /* Medium's cells go down to Low; High and Critical move down one rank. */
  medium = sg_risk_method_get_level_nth (method, 1);
  g_assert_true (sg_store_remove_risk_level (f->store, medium, &error));
  g_assert_no_error (error);
  reopen (f);
  method = sg_store_get_risk_method (f->store);
  g_assert_cmpuint (sg_risk_method_get_n_levels (method), ==, 4);
  g_assert_cmpstr (level_name (f->store, 1, 5), ==, "Low");
  g_assert_cmpstr (level_name (f->store, 3, 3), ==, "Low");
  g_assert_cmpstr (level_name (f->store, 4, 4), ==, "High");
  g_assert_cmpstr (sg_record_peek_string (SG_RECORD (sg_risk_method_get_level_nth (method, 1)), "name"), ==, "High");
  g_assert_cmpint (sg_record_peek_int (SG_RECORD (sg_risk_method_get_level_nth (method, 1)), "rank"), ==, 2);
  g_assert_cmpint (sg_record_peek_int (SG_RECORD (sg_risk_method_get_level_nth (method, 3)), "rank"), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/risk-method/default-matrix", Fixture, NULL, fixture_set_up, test_default_matrix, fixture_tear_down);
  g_test_add ("/risk-method/shrink-clamp", Fixture, NULL, fixture_set_up, test_shrink_clamp, fixture_tear_down);
  g_test_add ("/risk-method/shrink-unrate", Fixture, NULL, fixture_set_up, test_shrink_unrate, fixture_tear_down);
  g_test_add ("/risk-method/grow", Fixture, NULL, fixture_set_up, test_grow, fixture_tear_down);
  g_test_add ("/risk-method/reset-matrix", Fixture, NULL, fixture_set_up, test_reset_matrix, fixture_tear_down);
  g_test_add ("/risk-method/add-remove-level", Fixture, NULL, fixture_set_up, test_add_remove_level, fixture_tear_down);

  return g_test_run ();
}
