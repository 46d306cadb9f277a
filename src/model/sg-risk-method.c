/* sg-risk-method.c: the risk criteria of clause 6.1.2 — scales, levels, matrix
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-risk-method"

#include "config.h"

#include <string.h>

#include "sg-matrix-cell.h"
#include "sg-risk-method.h"

#define MAX_VALUES 10

struct _SgRiskMethod
{
  GObject       parent_instance;

  GListModel   *scale_levels;
  GListModel   *risk_levels;
  GListModel   *matrix_cells;

  /* Rebuilt lazily after any change. */
  gboolean      dirty;
  SgScaleLevel *scale[2][MAX_VALUES + 1];
  guint         n_values[2];
  GPtrArray    *levels;                          /* SgRiskLevel*, by rank */
  SgRiskLevel  *cells[MAX_VALUES + 1][MAX_VALUES + 1];
};

G_DEFINE_FINAL_TYPE (SgRiskMethod, sg_risk_method, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
item_notify_cb (GObject      *item,
                GParamSpec   *pspec,
                SgRiskMethod *self)
{
  if (g_str_equal (pspec->name, "updated"))
    return;
  self->dirty = TRUE;
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  SgRiskMethod *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_signal_connect_object (item, "notify", G_CALLBACK (item_notify_cb), self, 0);
    }
  self->dirty = TRUE;
  if (removed || added)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
watch (SgRiskMethod *self,
       GListModel   *model)
{
  g_signal_connect_object (model, "items-changed", G_CALLBACK (items_changed_cb), self, 0);
  items_changed_cb (model, 0, 0, g_list_model_get_n_items (model), self);
}

static int
compare_rank (gconstpointer a,
              gconstpointer b)
{
  SgRiskLevel *la = *(SgRiskLevel **) a;
  SgRiskLevel *lb = *(SgRiskLevel **) b;

  return sg_record_peek_int (SG_RECORD (la), "rank") - sg_record_peek_int (SG_RECORD (lb), "rank");
}

static void
rebuild (SgRiskMethod *self)
{
  guint n;

  if (!self->dirty)
    return;
  self->dirty = FALSE;

  memset (self->scale, 0, sizeof self->scale);
  memset (self->cells, 0, sizeof self->cells);
  self->n_values[0] = self->n_values[1] = 0;
  g_ptr_array_set_size (self->levels, 0);

  n = g_list_model_get_n_items (self->scale_levels);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) level = g_list_model_get_item (self->scale_levels, i);
      int axis = sg_record_peek_enum (level, "axis");
      int value = sg_record_peek_int (level, "value");

      if (axis < 0 || axis > 1 || value < 1 || value > MAX_VALUES)
        continue;
      self->scale[axis][value] = SG_SCALE_LEVEL (level);
    }
  /* A scale is the run of values 1..n without a gap. */
  for (guint axis = 0; axis < 2; axis++)
    while (self->n_values[axis] < MAX_VALUES && self->scale[axis][self->n_values[axis] + 1] != NULL)
      self->n_values[axis]++;

  n = g_list_model_get_n_items (self->risk_levels);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRiskLevel) level = g_list_model_get_item (self->risk_levels, i);
      g_ptr_array_add (self->levels, level);
    }
  g_ptr_array_sort (self->levels, compare_rank);

  n = g_list_model_get_n_items (self->matrix_cells);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) cell = g_list_model_get_item (self->matrix_cells, i);
      int l = sg_record_peek_int (cell, "likelihood");
      int im = sg_record_peek_int (cell, "impact");
      gint64 level_id = sg_record_peek_int64 (cell, "level");

      if (l < 1 || l > MAX_VALUES || im < 1 || im > MAX_VALUES || level_id == 0)
        continue;
      for (guint k = 0; k < self->levels->len; k++)
        if (sg_record_get_id (g_ptr_array_index (self->levels, k)) == level_id)
          self->cells[l][im] = g_ptr_array_index (self->levels, k);
    }
}

guint
sg_risk_method_get_n_values (SgRiskMethod *self,
                             SgScaleAxis   axis)
{
  g_return_val_if_fail (SG_IS_RISK_METHOD (self), 0);
  g_return_val_if_fail (axis <= SG_SCALE_AXIS_IMPACT, 0);

  rebuild (self);
  return self->n_values[axis];
}

SgScaleLevel *
sg_risk_method_get_scale_level (SgRiskMethod *self,
                                SgScaleAxis   axis,
                                int           value)
{
  g_return_val_if_fail (SG_IS_RISK_METHOD (self), NULL);
  g_return_val_if_fail (axis <= SG_SCALE_AXIS_IMPACT, NULL);

  rebuild (self);
  if (value < 1 || (guint) value > self->n_values[axis])
    return NULL;
  return self->scale[axis][value];
}

guint
sg_risk_method_get_n_levels (SgRiskMethod *self)
{
  g_return_val_if_fail (SG_IS_RISK_METHOD (self), 0);

  rebuild (self);
  return self->levels->len;
}

SgRiskLevel *
sg_risk_method_get_level_nth (SgRiskMethod *self,
                              guint         index)
{
  g_return_val_if_fail (SG_IS_RISK_METHOD (self), NULL);

  rebuild (self);
  g_return_val_if_fail (index < self->levels->len, NULL);
  return g_ptr_array_index (self->levels, index);
}

SgRiskLevel *
sg_risk_method_get_level (SgRiskMethod *self,
                          int           likelihood,
                          int           impact)
{
  g_return_val_if_fail (SG_IS_RISK_METHOD (self), NULL);

  rebuild (self);
  if (likelihood < 1 || (guint) likelihood > self->n_values[SG_SCALE_AXIS_LIKELIHOOD] ||
      impact < 1 || (guint) impact > self->n_values[SG_SCALE_AXIS_IMPACT])
    return NULL;
  return self->cells[likelihood][impact];
}

guint
sg_risk_method_default_level_index (int   likelihood,
                                    int   impact,
                                    guint n_likelihood,
                                    guint n_impact,
                                    guint n_levels)
{
  double share;
  guint index = 0;

  g_return_val_if_fail (n_likelihood > 0 && n_impact > 0 && n_levels > 0, 0);

  share = (double) (likelihood * impact) / (double) (n_likelihood * n_impact);
  /* Boundaries ((k+1)/(n+1))²: for four levels 0.16, 0.36 and 0.64. */
  for (guint k = 1; k < n_levels; k++)
    {
      double boundary = (double) (k + 1) / (double) (n_levels + 1);
      if (share > boundary * boundary + 1e-9)
        index = k;
    }
  return index;
}

static void
sg_risk_method_finalize (GObject *object)
{
  SgRiskMethod *self = SG_RISK_METHOD (object);

  g_clear_object (&self->scale_levels);
  g_clear_object (&self->risk_levels);
  g_clear_object (&self->matrix_cells);
  g_clear_pointer (&self->levels, g_ptr_array_unref);

  G_OBJECT_CLASS (sg_risk_method_parent_class)->finalize (object);
}

static void
sg_risk_method_class_init (SgRiskMethodClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sg_risk_method_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sg_risk_method_init (SgRiskMethod *self)
{
  self->levels = g_ptr_array_new ();
  self->dirty = TRUE;
}

SgRiskMethod *
sg_risk_method_new (GListModel *scale_levels,
                    GListModel *risk_levels,
                    GListModel *matrix_cells)
{
  SgRiskMethod *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (scale_levels), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (risk_levels), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (matrix_cells), NULL);

  self = g_object_new (SG_TYPE_RISK_METHOD, NULL);
  self->scale_levels = g_object_ref (scale_levels);
  self->risk_levels = g_object_ref (risk_levels);
  self->matrix_cells = g_object_ref (matrix_cells);
  watch (self, scale_levels);
  watch (self, risk_levels);
  watch (self, matrix_cells);
  return self;
}
