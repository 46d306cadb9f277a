/* sg-protection-levels-group.h: the Risk Method page's group that names the levels of a protection need
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_PROTECTION_LEVELS_GROUP (sg_protection_levels_group_get_type ())

G_DECLARE_FINAL_TYPE (SgProtectionLevelsGroup, sg_protection_levels_group, SG, PROTECTION_LEVELS_GROUP,
                      AdwPreferencesGroup)

GtkWidget *sg_protection_levels_group_new       (SgStore                 *store);
/* The entry row of level @value's label (@description FALSE) or description. */
GtkWidget *sg_protection_levels_group_get_entry (SgProtectionLevelsGroup *self,
                                                 int                      value,
                                                 gboolean                 description);
/* Saves what was typed and not yet saved. */
void       sg_protection_levels_group_commit    (SgProtectionLevelsGroup *self);

G_END_DECLS
