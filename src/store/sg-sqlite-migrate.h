/* sg-sqlite-migrate.h: the chain of schema versions every register goes through
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include <glib.h>

G_BEGIN_DECLS

/* "SGRG" in PRAGMA application_id tells our registers from other SQLite files. */
#define SG_APPLICATION_ID 0x53475247

/* Where a migration stands, for the test that kills it on the way. */
typedef enum
{
  SG_MIGRATE_STAGE_BEGUN,
  SG_MIGRATE_STAGE_STEP_DONE,
  SG_MIGRATE_STAGE_CONFORMED,
  SG_MIGRATE_STAGE_COMMITTING,
} SgMigrateStage;

/* Errors of the migration: the code is SQLite's result code. */
#define SG_SQLITE_ERROR (sg_sqlite_error_quark ())
GQuark    sg_sqlite_error_quark         (void);

typedef void (*SgMigrateHook) (SgMigrateStage stage,
                               int            version);

/* Takes @db from @from_version (0: an empty file) to
 * SG_STORE_SCHEMA_VERSION in one transaction; on failure nothing of it is
 * left. Errors are SQLite's words: the caller says what they mean. */
gboolean  sg_sqlite_migrate             (sqlite3     *db,
                                         int          from_version,
                                         GError     **error);

/* TRUE if @db has exactly the tables, columns, constraints and indexes of
 * schema @version (for an older version: its tables and columns). */
gboolean  sg_sqlite_schema_matches      (sqlite3     *db,
                                         int          version);

/* Whether the step of @version runs SQL or a function of its own,
 * beyond the kinds and fields of that version. */
gboolean  sg_sqlite_migrate_step_does_more (int        version);

/* Tests only: called at every stage of every migration. */
void      sg_sqlite_migrate_set_hook    (SgMigrateHook hook);

G_END_DECLS
