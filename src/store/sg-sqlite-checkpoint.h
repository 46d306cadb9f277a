/* sg-sqlite-checkpoint.h: the register's WAL copied into it on a thread of its own
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _SgSqliteCheckpointer SgSqliteCheckpointer;

/* Takes over @db's checkpoints: once a commit leaves the WAL at SQLite's
 * usual threshold (1,000 pages), a thread copies it into the file at
 * @path through a connection of its own, while @db goes on. */
SgSqliteCheckpointer *sg_sqlite_checkpointer_start (sqlite3              *db,
                                                    const char           *path);
/* Waits for a checkpoint under way, and gives @db its own checkpoints
 * back: call before closing @db, so that @db is the file's last
 * connection and leaves no WAL behind. */
void                  sg_sqlite_checkpointer_stop  (SgSqliteCheckpointer *self);

G_END_DECLS
