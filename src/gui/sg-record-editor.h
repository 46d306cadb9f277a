/* sg-record-editor.h: the detail pane that edits one record of a kind
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_RECORD_EDITOR (sg_record_editor_get_type ())

G_DECLARE_FINAL_TYPE (SgRecordEditor, sg_record_editor, SG, RECORD_EDITOR, GtkWidget)

/* One row per stored field of @kind, chosen by the field's kind, in the
 * sections the kind declares; then a list per child kind (an objective's
 * readings with their trend, SgObjectiveReadings), the records of other
 * kinds that name it (SgBacklinks: the risks affecting an asset), the
 * person desk (for a person) and the history. */
GtkWidget *sg_record_editor_new          (SgStore        *store,
                                          GType           kind);
SgRecord  *sg_record_editor_get_record   (SgRecordEditor *self);
void       sg_record_editor_set_record   (SgRecordEditor *self,
                                          SgRecord       *record);
/* The list of the record's children of @child_kind (an SgChildList), or NULL. */
GtkWidget *sg_record_editor_get_child_list (SgRecordEditor *self,
                                            GType           child_kind);
/* Moves the focus to the first field a person fills in (the title). */
void       sg_record_editor_focus_first  (SgRecordEditor *self);

G_END_DECLS
