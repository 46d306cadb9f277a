/* sg-text-field-row.h: an entry row bound to one text field of a record, saved after a pause
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_TEXT_FIELD_ROW (sg_text_field_row_get_type ())

G_DECLARE_FINAL_TYPE (SgTextFieldRow, sg_text_field_row, SG, TEXT_FIELD_ROW, AdwEntryRow)

GtkWidget *sg_text_field_row_new    (const char     *title,
                                     SgRecord       *record,
                                     const char     *field);
/* Saves what was typed and not yet saved. */
void       sg_text_field_row_commit (SgTextFieldRow *self);
/* Shows the record's text again, unless someone is typing in the row. */
void       sg_text_field_row_sync   (SgTextFieldRow *self);

G_END_DECLS
