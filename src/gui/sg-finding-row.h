/* sg-finding-row.h: one finding in its audit's list, with the nonconformity it raised
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_FINDING_ROW (sg_finding_row_get_type ())

G_DECLARE_FINAL_TYPE (SgFindingRow, sg_finding_row, SG, FINDING_ROW, GtkListBoxRow)

/* Activating the row opens the finding ("finding.edit"); its button raises
 * a nonconformity ("finding.raise-nc") or opens the one raised
 * ("finding.open-nc"), each with the finding's id as target. */
GtkWidget *sg_finding_row_new          (SgStore      *store,
                                        SgRecord     *finding);
SgRecord  *sg_finding_row_get_finding  (SgFindingRow *self);
/* The nonconformity raised from it may have come or gone. */
void       sg_finding_row_update       (SgFindingRow *self);
/* The button: "Raise Nonconformity", or the NC's ref. */
GtkWidget *sg_finding_row_get_nc_button (SgFindingRow *self);

G_END_DECLS
