/* sg-person-row.h: a row where a person of the directory is named by
 * typing, with the matching people to pick from and a way to add one
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_PERSON_ROW (sg_person_row_get_type ())

G_DECLARE_FINAL_TYPE (SgPersonRow, sg_person_row, SG, PERSON_ROW, AdwEntryRow)

GtkWidget *sg_person_row_new           (SgStore     *store);
/* The person named (the id of a person of the directory), 0 for none.
 * "notify::person" says when the user picked, added or cleared one. */
gint64     sg_person_row_get_person    (SgPersonRow *self);
void       sg_person_row_set_person    (SgPersonRow *self,
                                        gint64       person);

G_END_DECLS
