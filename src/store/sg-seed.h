/* sg-seed.h: what every new register starts with
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

/* The default 5 × 5 risk method, the 93 Annex A controls and the
 * clause 4–10 requirements, in the current language, in one transaction. */
gboolean sg_seed_register (SgStore  *store,
                           GError  **error);

G_END_DECLS
