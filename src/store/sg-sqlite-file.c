/* sg-sqlite-file.c: opening and creating the register's SQLite file, and
 * refusing every file that is not one without touching it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sg-sqlite-backend.h"
#include "sg-sqlite-file.h"
#include "sg-sqlite-migrate.h"
#include "sg-store-backend.h"

#define BUSY_TIMEOUT_MS   2000

/* Errors */

static int
error_code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
      return SG_STORE_ERROR_CORRUPT;
    case SQLITE_NOTADB:
      return SG_STORE_ERROR_NOT_SQLITE;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return SG_STORE_ERROR_READ_ONLY;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return SG_STORE_ERROR_LOCKED;
    case SQLITE_CONSTRAINT:
      return SG_STORE_ERROR_INVALID;
    default:
      return SG_STORE_ERROR_WRITE;
    }
}

static const char *
reason_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      return _("the disk is full. Free some space and try again.");
    case SQLITE_IOERR:
      return _("the disk could not be written. Check the drive and try again.");
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return _("the file has become read-only.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return _("another program is using the register.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return _("the file is damaged. Restore it from a backup.");
    case SQLITE_CONSTRAINT:
      return _("the value is not allowed here.");
    default:
      return _("an unexpected database error occurred.");
    }
}

gboolean
sg_sqlite_save_error (SgSqliteFile  *self,
                      GError       **error,
                      int            rc)
{
  g_autofree char *name = g_filename_display_basename (self->path);

  g_debug ("SQLite error %d: %s", rc, self->db ? sqlite3_errmsg (self->db) : "");
  /* Translators: %s is a file name, the second %s a reason like "the disk is full." */
  g_set_error (error, SG_STORE_ERROR, error_code_for_sqlite (rc),
               _("Could not save to “%s”: %s"), name, reason_for_sqlite (rc));
  return FALSE;
}

gboolean
sg_sqlite_exec (SgSqliteFile  *self,
                const char    *sql,
                GError       **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return sg_sqlite_save_error (self, error, sqlite3_extended_errcode (self->db));
  return TRUE;
}

/* Opening */

static gboolean
has_write_permission (const char        *path,
                      const struct stat *st)
{
  /* access() says yes to root for any file; the mode bits are what a
   * person set to protect the file, so respect them as well. */
  return access (path, W_OK) == 0 && (st->st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0;
}

static gboolean
take_lock (SgSqliteFile *self,
           GError     **error)
{
  self->lock_fd = g_open (self->path, O_RDONLY | O_CLOEXEC, 0);
  if (self->lock_fd < 0)
    return sg_store_file_error (error, errno == ENOENT ? SG_STORE_ERROR_NOT_FOUND
                                              : SG_STORE_ERROR_READ_ONLY, self->path);
  /* flock() locks are separate from SQLite's fcntl() locks, and a second
   * Safeguard on the same register is told so at once. */
  if (flock (self->lock_fd, LOCK_EX | LOCK_NB) != 0)
    {
      close (self->lock_fd);
      self->lock_fd = -1;
      return sg_store_file_error (error, SG_STORE_ERROR_LOCKED, self->path);
    }
  return TRUE;
}

static gboolean
check_header (const char  *path,
              GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  char header[16];
  g_autofree char *contents = NULL;
  int fd;
  gssize n;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return sg_store_file_error (error, SG_STORE_ERROR_NOT_FOUND, path);
  n = read (fd, header, sizeof header);
  close (fd);
  if (n != sizeof header || memcmp (header, magic, sizeof magic) != 0)
    return sg_store_file_error (error, SG_STORE_ERROR_NOT_SQLITE, path);
  return TRUE;
}

static int
pragma_int (sqlite3    *db,
            const char *sql,
            int        *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  int value = -1;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  *rc_out = rc;
  return value;
}

static gboolean
has_side_file (const char *path,
               const char *suffix)
{
  g_autofree char *side = g_strconcat (path, suffix, NULL);
  struct stat st;

  return g_stat (side, &st) == 0 && st.st_size > 0;
}

/* Looks at the file through a read-only connection, so that nothing is
 * written to a file that turns out not to be ours. Without a write-ahead
 * log beside it the file is all there is, and SQLite may read it as
 * immutable: then it creates no -wal or -shm either. */
static gboolean
inspect_existing (const char  *path,
                  int         *version,
                  GError     **error)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  g_autofree char *uri = NULL;
  sqlite3 *db = NULL;
  int rc;
  int app_id = 0;
  gboolean schema_ok = FALSE;

  uri = g_strdup_printf ("file:%s%s", escaped, has_side_file (path, "-wal") ? "" : "?immutable=1");
  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
      app_id = pragma_int (db, "PRAGMA application_id", &rc);
      if (rc == SQLITE_OK)
        *version = pragma_int (db, "PRAGMA user_version", &rc);
      if (rc == SQLITE_OK && app_id == SG_APPLICATION_ID &&
          *version >= 1 && *version <= SG_STORE_SCHEMA_VERSION)
        schema_ok = sg_sqlite_schema_matches (db, *version);
    }
  sqlite3_close (db);

  if ((rc & 0xff) == SQLITE_NOTADB)
    return sg_store_file_error (error, SG_STORE_ERROR_NOT_SQLITE, path);
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    return sg_store_file_error (error, SG_STORE_ERROR_LOCKED, path);
  if (rc != SQLITE_OK)
    return sg_store_file_error (error, SG_STORE_ERROR_CORRUPT, path);
  if (app_id != SG_APPLICATION_ID)
    return sg_store_file_error (error, SG_STORE_ERROR_NOT_A_REGISTER, path);
  if (*version > SG_STORE_SCHEMA_VERSION)
    return sg_store_file_error (error, SG_STORE_ERROR_NEWER_SCHEMA, path);
  if (*version < 1 || !schema_ok)
    return sg_store_file_error (error, SG_STORE_ERROR_CORRUPT, path);
  return TRUE;
}

static gboolean
configure_connection (SgSqliteFile  *self,
                      GError  **error)
{
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, 1);
  return sg_sqlite_exec (self,
                         "PRAGMA foreign_keys = ON;"
                         "PRAGMA journal_mode = WAL;"
                         "PRAGMA synchronous = FULL;", error);
}

/* "register.isms" → "register.v1.isms", or "register.v1-2.isms" if that
 * name is taken: an earlier copy is never overwritten. */
static char *
backup_name (const char *path,
             int         version)
{
  g_autofree char *stem = g_str_has_suffix (path, ".isms")
                            ? g_strndup (path, strlen (path) - strlen (".isms"))
                            : g_strdup (path);

  for (guint n = 1; ; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s.v%d.isms", stem, version)
                                     : g_strdup_printf ("%s.v%d-%u.isms", stem, version, n);

      if (!g_file_test (name, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&name);
    }
}

static gboolean
migration_error (SgSqliteFile *self,
                 GError     **error,
                 int          rc,
                 const char  *detail)
{
  g_autofree char *name = g_filename_display_basename (self->path);

  /* What a full disk or a file size limit looks like to SQLite: a failed
   * write, sync or growth of a file, or no room for a temporary one. */
  if ((rc & 0xff) == SQLITE_FULL || rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC ||
      rc == SQLITE_IOERR_TRUNCATE || rc == SQLITE_IOERR_SHMSIZE)
    g_set_error (error, SG_STORE_ERROR, SG_STORE_ERROR_WRITE,
                 _("“%s” could not be updated for this version of Safeguard: there is not enough "
                   "free disk space. It was left as it was; free some space and open it again."), name);
  else
    g_set_error (error, SG_STORE_ERROR, SG_STORE_ERROR_WRITE,
                 _("“%s” could not be updated for this version of Safeguard (%s). "
                   "It was left as it was."), name, detail);
  return FALSE;
}

/* A consistent copy through SQLite's backup API, under a temporary name
 * until it is complete; the register itself is only read. */
static gboolean
write_backup (SgSqliteFile *self,
              const char  *target,
              GError     **error)
{
  g_autofree char *partial = g_strconcat (target, ".partial", NULL);
  sqlite3 *copy = NULL;
  sqlite3_backup *backup;
  int rc;
  int fd;

  fd = g_open (partial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0)
    return migration_error (self, error, errno == ENOSPC ? SQLITE_FULL : SQLITE_CANTOPEN,
                            g_strerror (errno));
  close (fd);

  rc = sqlite3_open_v2 (partial, &copy, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (copy, 1);
      sqlite3_exec (copy, "PRAGMA synchronous = FULL", NULL, NULL, NULL);
      backup = sqlite3_backup_init (copy, "main", self->db, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (copy);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          if (sqlite3_backup_finish (backup) != SQLITE_OK || rc != SQLITE_DONE)
            rc = sqlite3_extended_errcode (copy) != SQLITE_OK ? sqlite3_extended_errcode (copy)
                                                              : SQLITE_IOERR_WRITE;
          else
            rc = SQLITE_OK;
        }
    }
  if (sqlite3_close (copy) != SQLITE_OK && rc == SQLITE_OK)
    rc = SQLITE_IOERR_WRITE;
  if (rc == SQLITE_OK && g_rename (partial, target) == 0)
    return TRUE;
  {
    int saved = errno;
    g_autofree char *journal = g_strconcat (partial, "-journal", NULL);

    g_unlink (partial);
    g_unlink (journal);
    if (rc == SQLITE_OK)
      return migration_error (self, error, saved == ENOSPC ? SQLITE_FULL : SQLITE_CANTOPEN, g_strerror (saved));
    return migration_error (self, error, rc, sqlite3_errstr (rc));
  }
}

/* Updates an older register to this version's schema, in one transaction,
 * after a copy of the old file was written beside it. */
static gboolean
migrate (SgSqliteFile  *self,
         int       from_version,
         GError  **error)
{
  g_autofree char *backup = backup_name (self->path, from_version);
  g_autoptr(GError) local = NULL;

  if (!write_backup (self, backup, error))
    return FALSE;
  if (!sg_sqlite_migrate (self->db, from_version, &local))
    {
      int rc = local->domain == SG_SQLITE_ERROR ? local->code : SQLITE_ERROR;

      g_unlink (backup);
      g_debug ("migration from version %d failed: %s", from_version, local->message);
      return migration_error (self, error, rc, local->message);
    }
  self->backup_path = g_steal_pointer (&backup);
  return TRUE;
}

static gboolean
open_existing (SgSqliteFile  *self,
               GError  **error)
{
  int version = 0;
  int rc;

  if (!check_header (self->path, error))
    return FALSE;
  if (!take_lock (self, error))
    return FALSE;
  if (!inspect_existing (self->path, &version, error))
    return FALSE;

  rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    return sg_store_file_error (error, rc == SQLITE_CANTOPEN ? SG_STORE_ERROR_READ_ONLY
                                                    : SG_STORE_ERROR_CORRUPT, self->path);
  if (!configure_connection (self, error))
    return FALSE;
  if (version < SG_STORE_SCHEMA_VERSION && !migrate (self, version, error))
    return FALSE;
  return TRUE;
}

/* A new register goes through every migration step from version 0. */
static gboolean
create_new (SgSqliteFile  *self,
            GError  **error)
{
  g_autoptr(GError) local = NULL;
  int fd;

  fd = g_open (self->path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *name = g_filename_display_basename (self->path);

      if (saved == EEXIST)
        return sg_store_file_error (error, SG_STORE_ERROR_EXISTS, self->path);
      g_set_error (error, SG_STORE_ERROR,
                   (saved == EACCES || saved == EROFS || saved == EPERM)
                     ? SG_STORE_ERROR_READ_ONLY : SG_STORE_ERROR_WRITE,
                   _("Could not create “%s”: %s"), name, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  self->created = TRUE;

  if (!take_lock (self, error))
    return FALSE;
  if (sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    return sg_sqlite_save_error (self, error, sqlite3_errcode (self->db));
  if (!configure_connection (self, error))
    return FALSE;
  if (!sg_sqlite_migrate (self->db, 0, &local))
    return sg_sqlite_save_error (self, error, local->domain == SG_SQLITE_ERROR ? local->code : SQLITE_ERROR);
  return TRUE;
}

void
sg_sqlite_delete_files (const char *path)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *p = g_strconcat (path, suffixes[i], NULL);
      g_unlink (p);
    }
}

gboolean
sg_sqlite_delete_unused_files (const char *path)
{
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return errno == ENOENT;
  /* Holding the lock while deleting: nobody opens it in between. */
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      close (fd);
      return FALSE;
    }
  sg_sqlite_delete_files (path);
  close (fd);
  return TRUE;
}

static gboolean
check_folder (const char  *path,
              GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  struct stat st;

  if (g_stat (dir, &st) != 0)
    return sg_store_file_error (error, SG_STORE_ERROR_NOT_FOUND, dir);
  /* WAL needs to create files beside the register. */
  if (!has_write_permission (dir, &st))
    return sg_store_file_error (error, SG_STORE_ERROR_READ_ONLY, path);
  return TRUE;
}

gboolean
sg_sqlite_file_open (SgSqliteFile      *self,
                    SgStoreOpenFlags   flags,
                    GError           **error)
{
  struct stat st;
  gboolean exists;

  exists = g_stat (self->path, &st) == 0;
  if (exists && S_ISDIR (st.st_mode))
    return sg_store_file_error (error, SG_STORE_ERROR_IS_DIRECTORY, self->path);
  if (!exists && !(flags & SG_STORE_OPEN_CREATE))
    return sg_store_file_error (error, SG_STORE_ERROR_NOT_FOUND, self->path);
  if (exists && !has_write_permission (self->path, &st))
    {
      /* Tell "not a register" before "read-only": it is the better advice. */
      if (!check_header (self->path, error))
        return FALSE;
      return sg_store_file_error (error, SG_STORE_ERROR_READ_ONLY, self->path);
    }
  if (!check_folder (self->path, error))
    return FALSE;

  if (exists)
    {
      if (open_existing (self, error))
        return TRUE;
      sg_sqlite_file_close (self);
      return FALSE;
    }
  if (!create_new (self, error))
    {
      sg_sqlite_file_close (self);
      if (self->created)
        sg_sqlite_delete_files (self->path);
      return FALSE;
    }
  return TRUE;
}

void
sg_sqlite_file_close (SgSqliteFile *self)
{
  if (self->db != NULL)
    {
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      /* The caller finalized its statements: this closes for good. */
      sqlite3_close (self->db);
      self->db = NULL;
    }
  /* After SQLite let go: closing our descriptor drops the process's locks. */
  if (self->lock_fd >= 0)
    {
      close (self->lock_fd);
      self->lock_fd = -1;
    }
}
