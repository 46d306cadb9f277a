/* sg-matrix-cell.h: a cell of the risk matrix: the risk level of one likelihood and impact (6.1.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_MATRIX_CELL (sg_matrix_cell_get_type ())

G_DECLARE_FINAL_TYPE (SgMatrixCell, sg_matrix_cell, SG, MATRIX_CELL, SgRecord)

G_END_DECLS
