/* sg-nonconformity-cell.h: a nonconformity's title in the list, with what stands out about it in words
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-nonconformity-filter.h"

G_BEGIN_DECLS

#define SG_TYPE_NONCONFORMITY_CELL (sg_nonconformity_cell_get_type ())

G_DECLARE_FINAL_TYPE (SgNonconformityCell, sg_nonconformity_cell, SG, NONCONFORMITY_CELL, GtkWidget)

GtkWidget  *sg_nonconformity_cell_new        (SgNonconformityFilter *filter);
/* Follows @nc and its actions until another (or NULL) is set. */
void        sg_nonconformity_cell_set_record (SgNonconformityCell   *self,
                                              SgRecord              *nc);
/* The badges shown, e.g. "Overdue, Check effectiveness"; "" for none. */
char       *sg_nonconformity_cell_dup_badges (SgNonconformityCell   *self);
const char *sg_nonconformity_cell_get_title  (SgNonconformityCell   *self);

G_END_DECLS
