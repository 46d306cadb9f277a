/* sg-sqlite-file.h: the register's SQLite file — opening, refusing,
 * migrating, and SQLite's errors in words a person reads
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "sg-sqlite-checkpoint.h"
#include "sg-store.h"

G_BEGIN_DECLS

/* An open register: the connection, and the lock held beside SQLite's. */
typedef struct
{
  char      *path;         /* canonical; set before sg_sqlite_file_open () */
  sqlite3   *db;
  int        lock_fd;      /* -1 for none */
  gboolean   created;
  char      *backup_path;  /* the copy written before migrating */
  char      *snapshot;     /* a private copy: of what a crash left, or of an
                            * older register read without updating it */
  int        version;      /* the schema version the file had when opened */
  SgSqliteCheckpointer *checkpointer; /* of a register opened for writing */
} SgSqliteFile;

/* Opens @self->path: inspects an existing file read-only, locks it and
 * migrates it (after a copy beside it), or creates it and takes it from
 * version 0. With SG_STORE_OPEN_READ_ONLY a register is only read: a
 * current one as an immutable file, or from a private copy when a crash
 * left a journal beside it; an older one from a private copy updated to
 * this version, the file itself left at its version. On failure nothing is left open, a refused file and
 * its side files are as they were, and a file it created is deleted. */
gboolean  sg_sqlite_file_open            (SgSqliteFile      *self,
                                          SgStoreOpenFlags   flags,
                                          GError           **error);
/* Rolls back what is open and lets go of the file and its lock; every
 * statement must be finalized first. */
void      sg_sqlite_file_close           (SgSqliteFile      *self);

gboolean  sg_sqlite_exec                 (SgSqliteFile      *self,
                                          const char        *sql,
                                          GError           **error);
/* Sets @error to what SQLite's @rc means for saving to the register;
 * returns FALSE. */
gboolean  sg_sqlite_save_error           (SgSqliteFile      *self,
                                          GError           **error,
                                          int                rc);

/* sg-sqlite-backend.c: a column of @stmt as a value of @pspec's type, as
 * the store keeps it (the migration hashes records' states with it). */
void            sg_sqlite_read_value          (sqlite3_stmt   *stmt,
                                               int             column,
                                               GParamSpec     *pspec,
                                               GValue         *value);

G_END_DECLS
