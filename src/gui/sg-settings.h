/* sg-settings.h: the application's GSettings, when its schema can be found
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sg-store.h"

G_BEGIN_DECLS

/* Months evidence stays current (sg_competence_get_months () follows it). */
#define SG_SETTINGS_EVIDENCE_MONTHS "evidence-months"

/* The shared settings, or NULL when the schema is neither installed nor in
 * the build tree: Safeguard then works with the defaults and remembers nothing. */
GSettings *sg_settings_get                 (void);

/* Fills in what Preferences asks for on a record just created by a person:
 * the default owner, the organisation (of a scope) and, for kinds that
 * have one, the next review date. */
void       sg_settings_apply_new_defaults  (SgStore *store,
                                            GObject *record);

/* The person of @store's directory that Preferences says you are, or NULL. */
SgRecord  *sg_settings_find_me             (SgStore *store);

G_END_DECLS
