/* sg-sqlite-copy.c: a consistent copy of an open register through
 * SQLite's online backup API
 *
 * Backups, "Save a Copy" and frozen copies all come here. The copy is
 * written into a temporary file beside its target (the same one every
 * exported file goes through), flushed to disk, and renamed into place
 * only when complete, so a full disk or a killed process leaves the old
 * file or none.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include "sg-output-file.h"
#include "sg-sqlite-copy.h"
#include "sg-store-backend.h"

/* A second connection to what @file reads: the register (only for
 * reading), or the private copy a crash made it read, or the file as
 * immutable when it was opened read-only. */
static int
open_source (SgSqliteFile  *file,
             sqlite3      **db)
{
  const char *name = sqlite3_db_filename (file->db, "main");
  int rc;

  if (sqlite3_db_readonly (file->db, "main") == 1 && file->snapshot == NULL)
    {
      g_autofree char *escaped = g_uri_escape_string (name, "/", FALSE);
      g_autofree char *uri = g_strdup_printf ("file:%s?immutable=1", escaped);

      rc = sqlite3_open_v2 (uri, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
    }
  else
    rc = sqlite3_open_v2 (name, db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (*db, 1);
      sqlite3_busy_timeout (*db, 5000);
    }
  return rc;
}

static gboolean
copy_error (GError     **error,
            const char  *path,
            sqlite3     *dest,
            int          rc)
{
  int saved_errno = dest != NULL ? sqlite3_system_errno (dest) : 0;
  g_autofree char *display = g_filename_display_name (path);

  g_debug ("copy to %s failed: SQLite %d, errno %d", path, rc, saved_errno);
  if ((rc & 0xff) == SQLITE_FULL)
    return sg_output_file_error (error, path, ENOSPC);
  if ((rc & 0xff) == SQLITE_IOERR && saved_errno != 0)
    return sg_output_file_error (error, path, saved_errno);
  /* Translators: %s is a file name, the second %s SQLite's reason */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Could not write “%s”: the register could not be read (%s)."),
               display, sqlite3_errstr (rc));
  return FALSE;
}

gboolean
sg_sqlite_copy_to (SgSqliteFile  *file,
                   const char    *path,
                   GError       **error)
{
  g_autofree char *tmp_path = NULL;
  sqlite3 *source = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (file != NULL && file->db != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  tmp_path = sg_output_file_begin (path, error);
  if (tmp_path == NULL)
    return FALSE;

  rc = open_source (file, &source);
  if (rc == SQLITE_OK)
    rc = sqlite3_open_v2 (tmp_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (dest, 1);
      /* No journal beside the temporary file: it is thrown away whole
       * when anything fails, and nothing but its own name is left. */
      sqlite3_exec (dest, "PRAGMA journal_mode = OFF", NULL, NULL, NULL);
      backup = sqlite3_backup_init (dest, "main", source, "main");
      if (backup == NULL)
        rc = sqlite3_extended_errcode (dest);
      else
        {
          /* All pages in one step: one read transaction on the source, so
           * the copy is the register as of one commit, whatever is saved
           * meanwhile through the store's own connection. */
          rc = sqlite3_backup_step (backup, -1);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
          else if (rc == SQLITE_OK)
            rc = SQLITE_ERROR;
          if (sqlite3_backup_finish (backup) != SQLITE_OK && rc == SQLITE_OK)
            rc = sqlite3_extended_errcode (dest);
        }
    }
  if (rc != SQLITE_OK)
    copy_error (error, path, dest, rc);
  if (dest != NULL)
    {
      int close_rc = sqlite3_close (dest);

      if (close_rc != SQLITE_OK && rc == SQLITE_OK)
        {
          rc = close_rc;
          copy_error (error, path, NULL, rc);
        }
    }
  sqlite3_close (source);

  if (rc != SQLITE_OK)
    {
      sg_output_file_abort (tmp_path);
      return FALSE;
    }
  return sg_output_file_commit (tmp_path, path, error);
}

gboolean
sg_sqlite_replace_file (const char  *path,
                        const char  *tmp_path,
                        GError     **error)
{
  static const char *const side_files[] = { "-wal", "-shm", "-journal" };
  gboolean ok;
  int fd;

  g_return_val_if_fail (path != NULL && tmp_path != NULL, FALSE);

  /* Nobody may open the old file while its side files go: a -wal left
   * beside the new file would be read as part of it. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd >= 0 && flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      close (fd);
      sg_output_file_abort (tmp_path);
      return sg_store_file_error (error, SG_STORE_ERROR_LOCKED, path);
    }
  for (guint i = 0; i < G_N_ELEMENTS (side_files); i++)
    {
      g_autofree char *side = g_strconcat (path, side_files[i], NULL);

      g_unlink (side);
    }
  ok = sg_output_file_commit (tmp_path, path, error);
  if (fd >= 0)
    close (fd);
  return ok;
}
