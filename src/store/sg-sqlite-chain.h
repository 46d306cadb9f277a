/* sg-sqlite-chain.h: the migration that makes the change history a hash chain
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include <glib.h>

#include "sg-store-backend.h"

G_BEGIN_DECLS

/* Inside the migration's transaction, after the history table has its
 * state and hash columns: gives every record's newest entry the record's
 * state (the fields of schema @version), hashes every entry in order and
 * appends the entry that says where the chain begins. */
gboolean  sg_sqlite_chain_begin   (sqlite3     *db,
                                   int          version,
                                   GError     **error);

/* Inside a later migration: appends @line (its table, record, ref,
 * action, field, values, time and author) with the record's state as the
 * file now holds it (the fields of schema @version), hashed after the
 * newest entry. A version that changes records' values says so with one
 * such line per record it changes. */
gboolean  sg_sqlite_chain_append  (sqlite3                 *db,
                                   int                      version,
                                   const SgStoreHistoryRow *line,
                                   GError                 **error);

G_END_DECLS
