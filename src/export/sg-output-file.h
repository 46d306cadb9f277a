/* sg-output-file.h: exported files are written whole or not at all
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An export is written under a temporary name beside its target, flushed
 * to disk and renamed over the target only when complete: a failed or
 * cancelled export leaves the old file as it was, or no file. */

/* Creates an empty temporary file beside @path and returns its name; NULL
 * with a translated error that names @path when @path is a folder or its
 * folder cannot be written. */
char     *sg_output_file_begin  (const char  *path,
                                 GError     **error);
/* Flushes @tmp_path to disk and renames it to @path; removes it on failure. */
gboolean  sg_output_file_commit (const char  *tmp_path,
                                 const char  *path,
                                 GError     **error);
/* Removes @tmp_path: the export failed or was cancelled. */
void      sg_output_file_abort  (const char  *tmp_path);

/* Temporary files are created 0600 and held locked while they are
 * written; sg_output_file_begin () removes those beside @path that a
 * killed process left (nobody holds their lock). */

/* Removes the temporary files of @path ("PATH.tmp-XXXXXX", exactly) that
 * a killed process left: those whose writer is gone, as nobody holds
 * their lock. Every other file stays. */
void      sg_output_file_remove_stale (const char *path);

/* Writes @data to @path through a temporary file, every write and the
 * close checked. */
gboolean  sg_output_file_write_all (const char  *path,
                                    const char  *data,
                                    gsize        length,
                                    GError     **error);
/* write() until all of @data is written; FALSE with @saved_errno set. */
gboolean  sg_output_file_write_fd   (int          fd,
                                     const void  *data,
                                     gsize        length,
                                     int         *saved_errno);
/* Sets @error to one translated line for a failed write to @path (a full
 * disk or a file size limit is said as "the disk is full"); FALSE. */
gboolean  sg_output_file_error      (GError     **error,
                                     const char  *path,
                                     int          saved_errno);

G_END_DECLS
