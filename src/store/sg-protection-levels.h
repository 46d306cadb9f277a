/* sg-protection-levels.h: what the three levels of an asset's protection need mean in this register
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_PROTECTION_LEVELS_N 3

/* The register's row of level @value (1..3), or NULL while nobody has
 * edited it. */
SgRecord   *sg_protection_levels_find            (SgStore     *store,
                                                  int          value);
/* The label of level @value: the register's where its row names one,
 * else the built-in one ("Normal", "High", "Very high"); translated. */
const char *sg_protection_levels_get_label       (SgStore     *store,
                                                  int          value);
/* What level @value means: the register's, else the built-in meaning. */
const char *sg_protection_levels_get_description (SgStore     *store,
                                                  int          value);
/* Sets the label or description (@field, SG_PROTECTION_LEVEL_LABEL or
 * …_DESCRIPTION) of level @value to @text (NULL or empty: the built-in
 * one again), adding the level's row at its first edit. */
gboolean    sg_protection_levels_set             (SgStore     *store,
                                                  int          value,
                                                  const char  *field,
                                                  const char  *text,
                                                  GError     **error);

G_END_DECLS
