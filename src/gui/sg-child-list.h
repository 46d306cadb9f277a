/* sg-child-list.h: a parent's children in its detail pane (an audit's findings), with Add
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_CHILD_LIST (sg_child_list_get_type ())

G_DECLARE_FINAL_TYPE (SgChildList, sg_child_list, SG, CHILD_LIST, AdwPreferencesGroup)

/* The records of @child_kind whose parent field names the record set
 * with sg_child_list_set_parent (), as the store lists them: live. */
GtkWidget  *sg_child_list_new        (SgStore     *store,
                                      GType        parent_kind,
                                      GType        child_kind);
GType       sg_child_list_get_kind   (SgChildList *self);
void        sg_child_list_set_parent (SgChildList *self,
                                      SgRecord    *parent);
/* The children shown, sorted by ref. */
GListModel *sg_child_list_get_shown  (SgChildList *self);
/* Adds a child of the parent through the store (saved, in the history),
 * and opens it; returns it (a new reference), or NULL with a message shown. */
SgRecord   *sg_child_list_add_child  (SgChildList *self);

G_END_DECLS
