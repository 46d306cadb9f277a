/* sg-child-row.h: one child in its parent's detail pane (a finding under its audit)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_CHILD_ROW (sg_child_row_get_type ())

G_DECLARE_FINAL_TYPE (SgChildRow, sg_child_row, SG, CHILD_ROW, AdwActionRow)

/* Its ref and title, and its first list column that is not its parent
 * (@parent_field) — for a kind with a due date its status, owner and due
 * date instead; follows the record's changes, and says "moved" when
 * @parent_field changes. */
GtkWidget *sg_child_row_new        (SgStore    *store,
                                    SgRecord   *record,
                                    GParamSpec *parent_field);
SgRecord  *sg_child_row_get_record (SgChildRow *self);
/* A kind with a due date shows its status, owner and due date below its
 * title, and an "Overdue" badge while sg_record_is_overdue () says so. */
gboolean   sg_child_row_get_overdue (SgChildRow *self);

G_END_DECLS
