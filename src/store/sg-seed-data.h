/* sg-seed-data.h: constant seed data (Annex A, clauses, scales) for new registers */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every string below except refs and colours is marked with N_();
 * translate it with _() when inserting it into a register. */

typedef struct
{
  const char *ref;    /* "5.1" … "8.34" */
  const char *title;
} SgSeedControl;

typedef struct
{
  const char *ref;          /* clause, e.g. "4.1", "6.1.2", "9.2.1" */
  const char *title;
  const char *description;
} SgSeedRequirement;

typedef struct
{
  int         value;        /* 1..5 */
  const char *label;
  const char *description;
} SgSeedScaleLevel;

typedef struct
{
  const char *name;
  const char *colour;           /* "#rrggbb" */
  gboolean    within_appetite;
  const char *description;
} SgSeedRiskLevel;

const SgSeedControl     *sg_seed_annex_a_controls (guint *n_controls);
const SgSeedRequirement *sg_seed_requirements     (guint *n_requirements);
const SgSeedScaleLevel  *sg_seed_likelihood_scale (guint *n_levels);
const SgSeedScaleLevel  *sg_seed_impact_scale     (guint *n_levels);
const SgSeedRiskLevel   *sg_seed_risk_levels      (guint *n_levels);

G_END_DECLS
