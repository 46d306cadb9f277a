/* sg-people-header.h: what the People page shows above its list — who
 * may be listed twice, and who you are
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_PEOPLE_HEADER (sg_people_header_get_type ())

G_DECLARE_FINAL_TYPE (SgPeopleHeader, sg_people_header, SG, PEOPLE_HEADER, GtkWidget)

GtkWidget *sg_people_header_new      (SgStore        *store);
/* Counts the pairs again: after a rename, a merge, "Not the Same". */
void       sg_people_header_update   (SgPeopleHeader *self);
guint      sg_people_header_get_n_pairs (SgPeopleHeader *self);

G_END_DECLS
