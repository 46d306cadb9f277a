/* sg-links-row.h: an expander row that links records of another kind
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SG_TYPE_LINKS_ROW (sg_links_row_get_type ())

G_DECLARE_FINAL_TYPE (SgLinksRow, sg_links_row, SG, LINKS_ROW, AdwExpanderRow)

/* @targets: the records that can be linked, a GListModel of SgRecord. */
GtkWidget  *sg_links_row_new        (GListModel *targets);
/* The ids of the linked records ("ax"), or NULL for none. */
GVariant   *sg_links_row_get_links  (SgLinksRow *self);
void        sg_links_row_set_links  (SgLinksRow *self,
                                     GVariant   *links);

G_END_DECLS
