/* sg-store-method.c: changing the risk method in the register — scales, levels, matrix
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store-method"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-matrix-cell.h"
#include "sg-risk.h"
#include "sg-store-method.h"

/* A new level's colour until someone picks one: a purple no default level uses. */
#define NEW_LEVEL_COLOUR "#9141ac"

static const char *
rating_field (gboolean    residual,
              SgScaleAxis axis)
{
  if (axis == SG_SCALE_AXIS_LIKELIHOOD)
    return residual ? "residual-likelihood" : "inherent-likelihood";
  return residual ? "residual-impact" : "inherent-impact";
}

static int
compare_by_ref (gconstpointer a,
                gconstpointer b)
{
  SgRecord *ra = *(SgRecord **) a, *rb = *(SgRecord **) b;

  return g_strcmp0 (sg_record_get_ref (ra), sg_record_get_ref (rb));
}

GPtrArray *
sg_store_find_risks_off_scale (SgStore     *store,
                               SgScaleAxis  axis,
                               guint        n_values)
{
  GListModel *risks;
  GPtrArray *found;
  guint n;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  found = g_ptr_array_new_with_free_func (g_object_unref);
  risks = sg_store_get_records (store, SG_TYPE_RISK);
  n = g_list_model_get_n_items (risks);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (risks, i);

      if (sg_record_peek_int (risk, rating_field (FALSE, axis)) > (int) n_values ||
          sg_record_peek_int (risk, rating_field (TRUE, axis)) > (int) n_values)
        g_ptr_array_add (found, g_object_ref (risk));
    }
  g_ptr_array_sort (found, compare_by_ref);
  return found;
}

static SgRecord *
find_cell (GListModel *cells,
           int         likelihood,
           int         impact)
{
  guint n = g_list_model_get_n_items (cells);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) cell = g_list_model_get_item (cells, i);

      if (sg_record_peek_int (cell, "likelihood") == likelihood &&
          sg_record_peek_int (cell, "impact") == impact)
        return cell;
    }
  return NULL;
}

static gint64
default_level_id (SgRiskMethod *method,
                  int           likelihood,
                  int           impact,
                  guint         n_likelihood,
                  guint         n_impact)
{
  guint n_levels = sg_risk_method_get_n_levels (method);
  guint index;

  if (n_levels == 0)
    return 0;
  index = sg_risk_method_default_level_index (likelihood, impact, n_likelihood, n_impact, n_levels);
  return sg_record_get_id (SG_RECORD (sg_risk_method_get_level_nth (method, index)));
}

/* Every cell of an n_likelihood × n_impact matrix exists: missing ones get
 * the default level, so that no rating on the scales is without a level. */
static gboolean
fill_matrix (SgStore  *store,
             guint     n_likelihood,
             guint     n_impact,
             GError  **error)
{
  SgRiskMethod *method = sg_store_get_risk_method (store);
  GListModel *cells = sg_store_get_records (store, SG_TYPE_MATRIX_CELL);

  for (guint l = 1; l <= n_likelihood; l++)
    for (guint im = 1; im <= n_impact; im++)
      {
        g_autoptr(SgRecord) cell = NULL;

        if (find_cell (cells, l, im) != NULL)
          continue;
        cell = g_object_new (SG_TYPE_MATRIX_CELL,
                             "likelihood", (int) l,
                             "impact", (int) im,
                             "level", default_level_id (method, l, im, n_likelihood, n_impact),
                             NULL);
        if (!sg_store_add (store, cell, error))
          return FALSE;
      }
  return TRUE;
}

static gboolean
resize (SgStore      *store,
        SgScaleAxis   axis,
        guint         n_values,
        SgRatingFix   fix,
        GError      **error)
{
  SgRiskMethod *method = sg_store_get_risk_method (store);
  guint old_n = sg_risk_method_get_n_values (method, axis);
  guint other_n = sg_risk_method_get_n_values (method, axis == SG_SCALE_AXIS_LIKELIHOOD
                                                        ? SG_SCALE_AXIS_IMPACT
                                                        : SG_SCALE_AXIS_LIKELIHOOD);
  GListModel *scale_levels = sg_store_get_records (store, SG_TYPE_SCALE_LEVEL);
  GListModel *cells = sg_store_get_records (store, SG_TYPE_MATRIX_CELL);
  g_autoptr(GPtrArray) off = NULL;
  g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);
  const char *cell_field = axis == SG_SCALE_AXIS_LIKELIHOOD ? "likelihood" : "impact";

  /* Ratings first, while every value they name still has its level. */
  off = sg_store_find_risks_off_scale (store, axis, n_values);
  for (guint i = 0; i < off->len; i++)
    for (int residual = 0; residual < 2; residual++)
      {
        SgRecord *risk = g_ptr_array_index (off, i);
        const char *field = rating_field (residual, axis);

        if (sg_record_peek_int (risk, field) > (int) n_values)
          g_object_set (risk, field, fix == SG_RATING_FIX_CLAMP ? (int) n_values : 0, NULL);
      }

  for (guint i = 0; i < g_list_model_get_n_items (scale_levels); i++)
    {
      g_autoptr(SgRecord) level = g_list_model_get_item (scale_levels, i);

      if (sg_record_peek_enum (level, "axis") == (int) axis &&
          sg_record_peek_int (level, "value") > (int) n_values)
        g_ptr_array_add (doomed, g_object_ref (level));
    }
  for (guint i = 0; i < g_list_model_get_n_items (cells); i++)
    {
      g_autoptr(SgRecord) cell = g_list_model_get_item (cells, i);

      if (sg_record_peek_int (cell, cell_field) > (int) n_values)
        g_ptr_array_add (doomed, g_object_ref (cell));
    }
  for (guint i = 0; i < doomed->len; i++)
    if (!sg_store_remove (store, g_ptr_array_index (doomed, i), error))
      return FALSE;

  for (guint v = old_n + 1; v <= n_values; v++)
    {
      /* Translators: the label of a new likelihood or impact level, e.g. "Level 6" */
      g_autofree char *label = g_strdup_printf (_("Level %u"), v);
      g_autoptr(SgRecord) level = g_object_new (SG_TYPE_SCALE_LEVEL,
                                                "axis", axis,
                                                "value", (int) v,
                                                "label", label,
                                                NULL);
      if (!sg_store_add (store, level, error))
        return FALSE;
    }

  if (axis == SG_SCALE_AXIS_LIKELIHOOD)
    return fill_matrix (store, n_values, other_n, error);
  return fill_matrix (store, other_n, n_values, error);
}

gboolean
sg_store_resize_scale (SgStore      *store,
                       SgScaleAxis   axis,
                       guint         n_values,
                       SgRatingFix   fix,
                       GError      **error)
{
  g_return_val_if_fail (SG_IS_STORE (store), FALSE);
  g_return_val_if_fail (axis <= SG_SCALE_AXIS_IMPACT, FALSE);

  if (n_values < SG_SCALE_MIN_VALUES || n_values > SG_SCALE_MAX_VALUES)
    {
      g_set_error (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID,
                   _("A scale has between %d and %d levels."),
                   SG_SCALE_MIN_VALUES, SG_SCALE_MAX_VALUES);
      return FALSE;
    }
  if (!sg_store_begin_batch (store, error))
    return FALSE;
  if (!resize (store, axis, n_values, fix, error))
    {
      sg_store_rollback_batch (store);
      return FALSE;
    }
  return sg_store_commit_batch (store, error);
}

static gboolean
reset (SgStore  *store,
       GError  **error)
{
  SgRiskMethod *method = sg_store_get_risk_method (store);
  guint n_likelihood = sg_risk_method_get_n_values (method, SG_SCALE_AXIS_LIKELIHOOD);
  guint n_impact = sg_risk_method_get_n_values (method, SG_SCALE_AXIS_IMPACT);
  GListModel *cells = sg_store_get_records (store, SG_TYPE_MATRIX_CELL);
  guint n = g_list_model_get_n_items (cells);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) cell = g_list_model_get_item (cells, i);
      int l = sg_record_peek_int (cell, "likelihood");
      int im = sg_record_peek_int (cell, "impact");

      if ((guint) l <= n_likelihood && (guint) im <= n_impact)
        g_object_set (cell, "level", default_level_id (method, l, im, n_likelihood, n_impact), NULL);
    }
  return fill_matrix (store, n_likelihood, n_impact, error);
}

gboolean
sg_store_reset_matrix (SgStore  *store,
                       GError  **error)
{
  g_return_val_if_fail (SG_IS_STORE (store), FALSE);

  if (!sg_store_begin_batch (store, error))
    return FALSE;
  if (!reset (store, error))
    {
      sg_store_rollback_batch (store);
      return FALSE;
    }
  return sg_store_commit_batch (store, error);
}

SgRiskLevel *
sg_store_add_risk_level (SgStore  *store,
                         GError  **error)
{
  SgRiskMethod *method;
  g_autoptr(SgRecord) level = NULL;
  guint n;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  method = sg_store_get_risk_method (store);
  n = sg_risk_method_get_n_levels (method);
  if (n >= SG_SCALE_MAX_VALUES)
    {
      g_set_error (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID,
                   _("The risk method has at most %d risk levels."), SG_SCALE_MAX_VALUES);
      return NULL;
    }
  level = g_object_new (SG_TYPE_RISK_LEVEL,
                        "name", _("New Level"),
                        "colour", NEW_LEVEL_COLOUR,
                        "rank", (int) n + 1,
                        NULL);
  if (!sg_store_add (store, level, error))
    return NULL;
  return SG_RISK_LEVEL (level);
}

static gboolean
remove_level (SgStore      *store,
              SgRiskLevel  *level,
              GError      **error)
{
  SgRiskMethod *method = sg_store_get_risk_method (store);
  GListModel *cells = sg_store_get_records (store, SG_TYPE_MATRIX_CELL);
  guint n_levels = sg_risk_method_get_n_levels (method);
  g_autoptr(GPtrArray) levels = g_ptr_array_new_with_free_func (g_object_unref);
  SgRiskLevel *heir = NULL;
  guint index = 0;

  for (guint i = 0; i < n_levels; i++)
    {
      SgRiskLevel *nth = sg_risk_method_get_level_nth (method, i);

      g_ptr_array_add (levels, g_object_ref (nth));
      if (nth == level)
        index = i;
    }
  heir = g_ptr_array_index (levels, index > 0 ? index - 1 : 1);

  for (guint i = 0; i < g_list_model_get_n_items (cells); i++)
    {
      g_autoptr(SgRecord) cell = g_list_model_get_item (cells, i);

      if (sg_record_peek_int64 (cell, "level") == sg_record_get_id (SG_RECORD (level)))
        g_object_set (cell, "level", sg_record_get_id (SG_RECORD (heir)), NULL);
    }
  if (!sg_store_remove (store, SG_RECORD (level), error))
    return FALSE;
  for (guint i = index + 1; i < levels->len; i++)
    g_object_set (g_ptr_array_index (levels, i), "rank", (int) i, NULL);
  return TRUE;
}

gboolean
sg_store_remove_risk_level (SgStore      *store,
                            SgRiskLevel  *level,
                            GError      **error)
{
  g_return_val_if_fail (SG_IS_STORE (store), FALSE);
  g_return_val_if_fail (SG_IS_RISK_LEVEL (level), FALSE);

  if (sg_risk_method_get_n_levels (sg_store_get_risk_method (store)) < 2)
    {
      g_set_error_literal (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID,
                           _("The risk method needs at least one risk level."));
      return FALSE;
    }
  if (!sg_store_begin_batch (store, error))
    return FALSE;
  if (!remove_level (store, level, error))
    {
      sg_store_rollback_batch (store);
      return FALSE;
    }
  return sg_store_commit_batch (store, error);
}
