/* sg-seed.c: what every new register starts with
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-seed"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-control.h"
#include "sg-matrix-cell.h"
#include "sg-requirement.h"
#include "sg-risk-level.h"
#include "sg-risk-method.h"
#include "sg-scale-level.h"
#include "sg-seed-data.h"
#include "sg-seed.h"

static gboolean
add_owned (SgStore   *store,
           gpointer   record,
           GError   **error)
{
  g_autoptr(SgRecord) owned = record;

  return sg_store_add (store, owned, error);
}

static gboolean
seed_scale (SgStore                 *store,
            SgScaleAxis              axis,
            const SgSeedScaleLevel  *levels,
            guint                    n_levels,
            GError                 **error)
{
  for (guint i = 0; i < n_levels; i++)
    if (!add_owned (store, g_object_new (SG_TYPE_SCALE_LEVEL,
                                         "axis", axis,
                                         "value", levels[i].value,
                                         "label", _(levels[i].label),
                                         "description", _(levels[i].description),
                                         NULL), error))
      return FALSE;
  return TRUE;
}

static gboolean
seed_risk_method (SgStore  *store,
                  GError  **error)
{
  const SgSeedScaleLevel *likelihood, *impact;
  const SgSeedRiskLevel *levels;
  guint n_likelihood, n_impact, n_levels;
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);

  likelihood = sg_seed_likelihood_scale (&n_likelihood);
  impact = sg_seed_impact_scale (&n_impact);
  levels = sg_seed_risk_levels (&n_levels);

  if (!seed_scale (store, SG_SCALE_AXIS_LIKELIHOOD, likelihood, n_likelihood, error) ||
      !seed_scale (store, SG_SCALE_AXIS_IMPACT, impact, n_impact, error))
    return FALSE;

  for (guint i = 0; i < n_levels; i++)
    {
      g_autoptr(SgRecord) level = g_object_new (SG_TYPE_RISK_LEVEL,
                                                "name", _(levels[i].name),
                                                "colour", levels[i].colour,
                                                "within-appetite", levels[i].within_appetite,
                                                "rank", (int) i + 1,
                                                "description", _(levels[i].description),
                                                NULL);
      if (!sg_store_add (store, level, error))
        return FALSE;
      g_ptr_array_add (added, g_object_ref (level));
    }

  for (guint l = 1; l <= n_likelihood; l++)
    for (guint im = 1; im <= n_impact; im++)
      {
        guint index = sg_risk_method_default_level_index (l, im, n_likelihood, n_impact, n_levels);
        SgRecord *level = g_ptr_array_index (added, index);

        if (!add_owned (store, g_object_new (SG_TYPE_MATRIX_CELL,
                                             "likelihood", (int) l,
                                             "impact", (int) im,
                                             "level", sg_record_get_id (level),
                                             NULL), error))
          return FALSE;
      }
  return TRUE;
}

static gboolean
seed_controls (SgStore  *store,
               GError  **error)
{
  guint n;
  const SgSeedControl *controls = sg_seed_annex_a_controls (&n);

  for (guint i = 0; i < n; i++)
    {
      /* Annex A's numbering is its theme: 5 organizational … 8 technological. */
      SgControlTheme theme = SG_CONTROL_THEME_ORGANIZATIONAL + (controls[i].ref[0] - '5');

      if (!add_owned (store, g_object_new (SG_TYPE_CONTROL,
                                           "ref", controls[i].ref,
                                           "theme", theme,
                                           "title", _(controls[i].title),
                                           "source", SG_CONTROL_SOURCE_ANNEX_A,
                                           NULL), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
seed_requirements (SgStore  *store,
                   GError  **error)
{
  guint n;
  const SgSeedRequirement *requirements = sg_seed_requirements (&n);

  for (guint i = 0; i < n; i++)
    if (!add_owned (store, g_object_new (SG_TYPE_REQUIREMENT,
                                         "ref", requirements[i].ref,
                                         "title", _(requirements[i].title),
                                         "description", _(requirements[i].description),
                                         NULL), error))
      return FALSE;
  return TRUE;
}

gboolean
sg_seed_register (SgStore  *store,
                  GError  **error)
{
  g_return_val_if_fail (SG_IS_STORE (store), FALSE);

  if (!sg_store_begin_batch (store, error))
    return FALSE;
  if (!seed_risk_method (store, error) ||
      !seed_controls (store, error) ||
      !seed_requirements (store, error))
    {
      sg_store_rollback_batch (store);
      return FALSE;
    }
  return sg_store_commit_batch (store, error);
}
