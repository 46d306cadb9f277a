/* sg-sqlite-backend.h: the SQLite backend of SgStore — the only code that
 * speaks SQL (sg-sqlite-*.c)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store-backend.h"

G_BEGIN_DECLS

/* Opens the register file at @path (canonical), or creates it: see
 * sg_store_open (). @created says whether it is new; @backup_path is
 * the copy written before migrating it, or NULL; @file_version the schema
 * version the file had (older than this one when read-only). */
SgStoreBackend *sg_sqlite_backend_open     (const char        *path,
                                            SgStoreOpenFlags   flags,
                                            gboolean          *created,
                                            char             **backup_path,
                                            int               *file_version,
                                            GError           **error);

/* The file and what SQLite keeps beside it (-wal, -shm, -journal). */
void            sg_sqlite_delete_files        (const char     *path);
/* The same, unless a Safeguard holds the file's lock: then FALSE. */
gboolean        sg_sqlite_delete_unused_files (const char     *path);

G_END_DECLS
