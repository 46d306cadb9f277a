/* sg-matrix-cell.c: a cell of the risk matrix: the risk level of one likelihood and impact (6.1.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-matrix-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-matrix-cell.h"
#include "sg-risk-level.h"

struct _SgMatrixCell
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgMatrixCell, sg_matrix_cell, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_LIKELIHOOD,
  PROP_IMPACT,
  PROP_LEVEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_matrix_cell_class_init (SgMatrixCellClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "matrix_cell", NULL,
                            N_("Matrix cell"), N_("Matrix cells"), "matrix cells");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_NONE, NULL);
  sg_record_class_set_refs_optional (record_class);
  sg_record_class_add_constraint (record_class, "UNIQUE (likelihood, impact)");

  properties[PROP_LIKELIHOOD] = sg_field_number ("likelihood", N_("Likelihood"), 1, 10, 1);
  properties[PROP_IMPACT] = sg_field_number ("impact", N_("Impact"), 1, 10, 1);
  properties[PROP_LEVEL] = sg_field_reference ("level", N_("Risk level"), SG_TYPE_RISK_LEVEL);

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_add_column (record_class, properties[PROP_LIKELIHOOD], 1);
  sg_record_class_add_column (record_class, properties[PROP_IMPACT], 1);
  sg_record_class_add_column (record_class, properties[PROP_LEVEL], 1);

  sg_record_class_add_facet (record_class, properties[PROP_LEVEL]);
}

static void
sg_matrix_cell_init (SgMatrixCell *self)
{
}
