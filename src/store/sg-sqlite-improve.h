/* sg-sqlite-improve.h: the updates to schema version 5 — findings name
 * their clause or control by link, corrective actions and review actions
 * become tracked Actions — and 6 — a requirement's typed status an
 * override, an objective's target a number
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include <glib.h>

G_BEGIN_DECLS

/* Inside the migration's transaction, after version @version's tables
 * and columns exist and before the old columns are dropped: converts
 * what the old text fields held, with one history line per record it
 * changes or makes. */
gboolean sg_sqlite_improve (sqlite3  *db,
                            int       version,
                            GError  **error);

G_END_DECLS
