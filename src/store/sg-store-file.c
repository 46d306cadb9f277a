/* sg-store-file.c: opening and creating the register file, and refusing
 * every file that is not one without touching it
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

#include "sg-store-private.h"

/* "SGRG" in PRAGMA application_id tells our registers from other SQLite files. */
#define SG_APPLICATION_ID 0x53475247
#define BUSY_TIMEOUT_MS   2000

static gboolean
has_write_permission (const char        *path,
                      const struct stat *st)
{
  /* access() says yes to root for any file; the mode bits are what a
   * person set to protect the file, so respect them as well. */
  return access (path, W_OK) == 0 && (st->st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0;
}

gboolean
sg_store_file_error (GError     **error,
                     int          code,
                     const char  *path)
{
  g_autofree char *name = g_filename_display_basename (path);

  switch (code)
    {
    case SG_STORE_ERROR_NOT_FOUND:
      g_set_error (error, SG_STORE_ERROR, code,
                   _("“%s” does not exist. Check the name or create a new register."), name);
      break;
    case SG_STORE_ERROR_EXISTS:
      g_set_error (error, SG_STORE_ERROR, code,
                   _("“%s” already exists. Choose another name."), name);
      break;
    case SG_STORE_ERROR_IS_DIRECTORY:
      g_set_error (error, SG_STORE_ERROR, code,
                   _("“%s” is a folder, not a register file. Choose a file that ends in .isms."), name);
      break;
    case SG_STORE_ERROR_NOT_SQLITE:
      g_set_error (error, SG_STORE_ERROR, code,
                   _("“%s” is not a Safeguard register. Choose a file that ends in .isms."), name);
      break;
    case SG_STORE_ERROR_NOT_A_REGISTER:
      g_set_error (error, SG_STORE_ERROR, code,
                   _("“%s” is a database, but not a Safeguard register. Choose a file that ends in .isms."), name);
      break;
    case SG_STORE_ERROR_CORRUPT:
      g_set_error (error, SG_STORE_ERROR, code,
                   _("“%s” is damaged and cannot be read. Restore it from a backup."), name);
      break;
    case SG_STORE_ERROR_NEWER_SCHEMA:
      g_set_error (error, SG_STORE_ERROR, code,
                   _("“%s” was saved by a newer version of Safeguard. Update Safeguard to open it."), name);
      break;
    case SG_STORE_ERROR_READ_ONLY:
      g_set_error (error, SG_STORE_ERROR, code,
                   _("“%s” cannot be changed because the file or its folder is read-only. "
                     "Copy it to a folder you can write to."), name);
      break;
    case SG_STORE_ERROR_LOCKED:
      g_set_error (error, SG_STORE_ERROR, code,
                   _("“%s” is already open in another window or program. Close it there first."), name);
      break;
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

static gboolean
take_lock (SgStore     *self,
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

/* Looks at the file through a read-only connection, so that nothing is
 * written to a file that turns out not to be ours. */
static gboolean
inspect_existing (const char  *path,
                  int         *version,
                  GError     **error)
{
  sqlite3 *db = NULL;
  int rc;
  int app_id = 0;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
      app_id = pragma_int (db, "PRAGMA application_id", &rc);
      if (rc == SQLITE_OK)
        *version = pragma_int (db, "PRAGMA user_version", &rc);
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
  if (*version < 1)
    return sg_store_file_error (error, SG_STORE_ERROR_CORRUPT, path);
  return TRUE;
}

static gboolean
configure_connection (SgStore  *self,
                      GError  **error)
{
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, 1);
  return sg_store_exec (self,
                   "PRAGMA foreign_keys = ON;"
                   "PRAGMA journal_mode = WAL;"
                   "PRAGMA synchronous = FULL;", error);
}

static char *
schema_sql (int version)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = g_strdup_printf ("/io/github/safeguard_isms/Safeguard/schema-%d.sql", version);
  gsize size;
  const char *data;

  bytes = g_resources_lookup_data (path, 0, NULL);
  g_assert (bytes != NULL);
  data = g_bytes_get_data (bytes, &size);
  return g_strndup (data, size);
}

/* Migrations from version N-1 to N run in one transaction after a copy of
 * the file was written beside it. Version 1 is the creation script. */
static gboolean
migrate (SgStore  *self,
         int       from_version,
         GError  **error)
{
  g_autofree char *backup = g_strdup_printf ("%s.schema-%d.bak", self->path, from_version);
  g_autoptr(GFile) source = g_file_new_for_path (self->path);
  g_autoptr(GFile) target = g_file_new_for_path (backup);
  g_autofree char *sql = NULL;

  if (!sg_store_exec (self, "PRAGMA wal_checkpoint(TRUNCATE)", error))
    return FALSE;
  if (!g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    return FALSE;

  if (!sg_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  for (int v = from_version + 1; v <= SG_STORE_SCHEMA_VERSION; v++)
    {
      g_autofree char *step = schema_sql (v);

      if (!sg_store_exec (self, step, error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }
  sql = g_strdup_printf ("PRAGMA user_version = %d", SG_STORE_SCHEMA_VERSION);
  if (!sg_store_exec (self, sql, error) || !sg_store_exec (self, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

static gboolean
open_existing (SgStore  *self,
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

static gboolean
create_new (SgStore  *self,
            GError  **error)
{
  g_autofree char *header = NULL;
  g_autofree char *schema = schema_sql (1);
  g_autofree char *version = g_strdup_printf ("PRAGMA user_version = %d", SG_STORE_SCHEMA_VERSION);
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
    return sg_store_set_db_error (self, error, sqlite3_errcode (self->db));
  if (!configure_connection (self, error))
    return FALSE;

  header = g_strdup_printf ("PRAGMA application_id = %d;", SG_APPLICATION_ID);
  if (!sg_store_exec (self, header, error))
    return FALSE;
  if (!sg_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!sg_store_exec (self, schema, error) || !sg_store_exec (self, version, error))
    goto fail;
  if (!sg_store_exec (self, "COMMIT", error))
    goto fail;
  return TRUE;

fail:
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

void
sg_store_delete_files (const char *path)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *p = g_strconcat (path, suffixes[i], NULL);
      g_unlink (p);
    }
}

gboolean
sg_store_delete_unused_files (const char *path)
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
  sg_store_delete_files (path);
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
sg_store_file_open (SgStore           *self,
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
    return open_existing (self, error);
  if (!create_new (self, error))
    {
      sg_store_close (self);
      if (self->created)
        sg_store_delete_files (self->path);
      return FALSE;
    }
  return TRUE;
}
