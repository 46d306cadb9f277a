/* sg-due-page.h: what is overdue or due soon, whose it is, one click from its record
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-page.h"
#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_DUE_PAGE (sg_due_page_get_type ())

G_DECLARE_FINAL_TYPE (SgDuePage, sg_due_page, SG, DUE_PAGE, SgPage)

GtkWidget  *sg_due_page_new       (SgStore   *store);
/* The records of the items listed (one per item, overdue first), for the
 * sidebar's count; it follows each refresh. */
GListModel *sg_due_page_get_items (SgDuePage *self);
/* How many of the items listed are overdue ("n-overdue" notifies). */
guint       sg_due_page_get_n_overdue (SgDuePage *self);
/* Computes the list again from the register. */
void        sg_due_page_refresh   (SgDuePage *self);

G_END_DECLS
