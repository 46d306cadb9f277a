/* sg-segregation-banner.h: what the Roles page shows above its list —
 * who holds roles declared incompatible
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_SEGREGATION_BANNER (sg_segregation_banner_get_type ())

G_DECLARE_FINAL_TYPE (SgSegregationBanner, sg_segregation_banner, SG, SEGREGATION_BANNER, GtkWidget)

GtkWidget *sg_segregation_banner_new           (SgStore             *store);
/* Finds the conflicts again at once (edits are otherwise gathered). */
void       sg_segregation_banner_update        (SgSegregationBanner *self);
guint      sg_segregation_banner_get_n_conflicts (SgSegregationBanner *self);
/* The sentence of conflict @i, for tests; NULL past the last. */
const char *sg_segregation_banner_get_text     (SgSegregationBanner *self,
                                                guint                i);

G_END_DECLS
