/* sg-sqlite-check.h: what a register holds, checked before it is opened
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "sg-store.h"

G_BEGIN_DECLS

/* A register with the right tables can still hold what Safeguard never
 * writes: a damaged page, a value its column forbids, a link to nothing,
 * an empty risk scale. Sets @error (naming @path) to what is wrong, as
 * SG_STORE_ERROR_CORRUPT or SG_STORE_ERROR_INVALID; FALSE then. @db may
 * be read-only. */
gboolean  sg_sqlite_check_content  (sqlite3     *db,
                                    const char  *path,
                                    GError     **error);

G_END_DECLS
