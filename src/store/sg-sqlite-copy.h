/* sg-sqlite-copy.h: a consistent copy of an open register through
 * SQLite's online backup API
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-sqlite-file.h"

G_BEGIN_DECLS

/* Copies the register @file has open to @path, whole or not at all (see
 * sg_store_copy_to ()). Reads through a connection of its own, so it may
 * run in another thread while @file's connection saves edits. */
gboolean  sg_sqlite_copy_to  (SgSqliteFile  *file,
                              const char    *path,
                              GError       **error);

/* Renames @tmp_path (a complete register, written through
 * sg_output_file_begin ()) over the closed register @path, holding its
 * lock, after removing what SQLite kept beside the old one. */
gboolean  sg_sqlite_replace_file (const char  *path,
                                  const char  *tmp_path,
                                  GError     **error);

G_END_DECLS
