/* sg-person-desk.h: what is on a person's desk — the records that name them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_PERSON_DESK (sg_person_desk_get_type ())

G_DECLARE_FINAL_TYPE (SgPersonDesk, sg_person_desk, SG, PERSON_DESK, AdwPreferencesGroup)

GtkWidget *sg_person_desk_new         (SgStore      *store);
/* Lists what names @person (NULL: nothing); a row opens its record. */
void       sg_person_desk_set_person  (SgPersonDesk *self,
                                       SgRecord     *person);
guint      sg_person_desk_get_n_items (SgPersonDesk *self);

G_END_DECLS
