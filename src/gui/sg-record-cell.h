/* sg-record-cell.h: one cell of a record table — a field of a record, kept up to date
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_RECORD_CELL (sg_record_cell_get_type ())

G_DECLARE_FINAL_TYPE (SgRecordCell, sg_record_cell, SG, RECORD_CELL, GtkWidget)

/* Shows @field of the record it is given, formatted as the detail pane
 * does (a long text by its first line), @width characters wide (0: by the
 * field's kind). */
GtkWidget *sg_record_cell_new          (SgStore      *store,
                                        GParamSpec   *field,
                                        guint         width);
/* Also marks a record that is overdue (sg_record_is_overdue ()); call
 * before the first record is set. */
void       sg_record_cell_set_show_due (SgRecordCell *self,
                                        gboolean      show_due);
/* What makes a record of a kind stand out in a list besides its due
 * date (a person's competence gaps): one sentence per line for the
 * mark's tooltip, or NULL when nothing does. */
typedef char *(*SgRecordAttentionFunc) (SgStore  *store,
                                        SgRecord *record);
/* Cells with the mark (sg_record_cell_set_show_due ()) of @kind's
 * records also show it when @func says so; a table gives the mark to a
 * kind with such a function even without a due date. */
void                  sg_record_cell_set_attention_func (GType                 kind,
                                                         SgRecordAttentionFunc func);
SgRecordAttentionFunc sg_record_cell_get_attention_func (GType                 kind);
/* Asks every cell showing the mark again: what stands out changed. */
void                  sg_record_cell_refresh_attention  (void);
/* In a list too narrow for the columns beside the name, the name's cell
 * shows @detail (the most important column) under the name and @badge
 * (the status) beside it, each NULL for none; they show while @compact. */
void       sg_record_cell_set_extra    (SgRecordCell *self,
                                        GParamSpec   *detail,
                                        GParamSpec   *badge);
void       sg_record_cell_set_compact  (SgRecordCell *self,
                                        gboolean      compact);
const char *sg_record_cell_get_detail_text (SgRecordCell *self);
const char *sg_record_cell_get_badge_text  (SgRecordCell *self);
/* Follows @record's changes until another record (or NULL) is set. */
void       sg_record_cell_set_record   (SgRecordCell *self,
                                        SgRecord     *record);
SgRecord  *sg_record_cell_get_record   (SgRecordCell *self);
const char *sg_record_cell_get_text    (SgRecordCell *self);
gboolean   sg_record_cell_get_overdue  (SgRecordCell *self);

G_END_DECLS
