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
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sg-sqlite-backend.h"
#include "sg-sqlite-check.h"
#include "sg-sqlite-copy.h"
#include "sg-sqlite-file.h"
#include "sg-sqlite-migrate.h"
#include "sg-store-backend.h"

#define BUSY_TIMEOUT_MS   2000
/* How long a lock whose holder is gone may take to be let go of. */
#define STALE_LOCK_MS     1500

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
  /* A failed write, sync or growth of a file is what a full disk or a
   * file size limit looks like to SQLite, as often as SQLITE_FULL. */
  if (rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC || rc == SQLITE_IOERR_TRUNCATE ||
      rc == SQLITE_IOERR_SHMSIZE)
    return _("the disk is full. Free some space and try again.");
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

/* What SQLite's @rc means for opening the register (not for saving to
 * it: nothing was written yet). */
static gboolean
open_error (SgSqliteFile  *self,
            GError       **error,
            int            rc)
{
  int code;

  g_debug ("SQLite error %d while opening: %s", rc, self->db ? sqlite3_errmsg (self->db) : "");
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
    case SQLITE_SCHEMA:
      code = SG_STORE_ERROR_CORRUPT;
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = SG_STORE_ERROR_LOCKED;
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
      code = SG_STORE_ERROR_READ_ONLY;
      break;
    case SQLITE_FULL:
      code = SG_STORE_ERROR_DISK_FULL;
      break;
    default:
      code = SG_STORE_ERROR_WRITE;
      break;
    }
  return sg_store_file_error (error, code, self->path);
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

/* A file that cannot even be opened for reading. */
static gboolean
unreadable_error (GError     **error,
                  const char  *path,
                  int          saved_errno)
{
  g_autofree char *name = g_filename_display_basename (path);

  if (saved_errno != EACCES && saved_errno != EPERM)
    return sg_store_file_error (error, (saved_errno == ENOENT || saved_errno == ENOTDIR)
                                         ? SG_STORE_ERROR_NOT_FOUND : SG_STORE_ERROR_WRITE, path);
  g_set_error (error, SG_STORE_ERROR, SG_STORE_ERROR_READ_ONLY,
               _("“%s” cannot be opened: permission denied. Ask whoever owns the file for access, "
                 "or open a copy of it."), name);
  return FALSE;
}

/* The process holding a flock() on the file of @fd, as /proc/locks
 * lists it; 0 if none is listed (or there is no /proc). */
static int
find_lock_holder (int fd)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  struct stat st;

  if (fstat (fd, &st) != 0 || !g_file_get_contents ("/proc/locks", &text, NULL, NULL))
    return 0;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      unsigned int major, minor;
      unsigned long inode;
      int pid;
      char kind[16];

      /* "1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF"; "->" marks a waiter. */
      if (strstr (lines[i], "->") != NULL ||
          sscanf (lines[i], "%*d: %15s %*s %*s %d %x:%x:%lu", kind, &pid, &major, &minor, &inode) != 5)
        continue;
      if (g_str_equal (kind, "FLOCK") && inode == (unsigned long) st.st_ino && pid > 0)
        return pid;
    }
  return 0;
}

typedef enum
{
  HOLDER_RUNNING,
  HOLDER_EXITING,   /* killed, still letting go of its memory and files */
  HOLDER_GONE,
} HolderState;

#define PF_EXITING_FLAG 0x4  /* the kernel's PF_EXITING, in /proc/PID/stat */

static HolderState
holder_state (int pid)
{
  g_autofree char *stat_path = g_strdup_printf ("/proc/%d/stat", pid);
  g_autofree char *text = NULL;
  const char *after_name;
  unsigned long flags = 0;
  char state = 0;

  if (!g_file_get_contents (stat_path, &text, NULL, NULL))
    return kill (pid, 0) == 0 || errno == EPERM ? HOLDER_RUNNING : HOLDER_GONE;
  /* "PID (comm) STATE PPID PGRP SESSION TTY TPGID FLAGS …"; comm may hold
   * anything, so the fields are counted from its last ')'. */
  after_name = strrchr (text, ')');
  if (after_name == NULL ||
      sscanf (after_name + 1, " %c %*d %*d %*d %*d %*d %lu", &state, &flags) != 2)
    return HOLDER_RUNNING;
  if (state == 'Z' || state == 'X' || (flags & PF_EXITING_FLAG) != 0)
    return HOLDER_EXITING;
  return HOLDER_RUNNING;
}

static gboolean
locked_error (SgSqliteFile  *self,
              GError       **error,
              int            holder)
{
  g_autofree char *comm_path = g_strdup_printf ("/proc/%d/comm", holder);
  g_autofree char *comm = NULL;
  g_autofree char *name = g_filename_display_basename (self->path);

  if (holder > 0 && g_file_get_contents (comm_path, &comm, NULL, NULL))
    {
      g_strstrip (comm);
      /* Translators: the second %s is a program's name, %d its process number */
      g_set_error (error, SG_STORE_ERROR, SG_STORE_ERROR_LOCKED,
                   _("“%s” is already open in %s (process %d). Close it there first."),
                   name, comm, holder);
      return FALSE;
    }
  return sg_store_file_error (error, SG_STORE_ERROR_LOCKED, self->path);
}

static gboolean
take_lock (SgSqliteFile *self,
           GError     **error)
{
  gint64 give_up;

  self->lock_fd = g_open (self->path, O_RDONLY | O_CLOEXEC, 0);
  if (self->lock_fd < 0)
    return unreadable_error (error, self->path, errno);
  /* flock() locks are separate from SQLite's fcntl() locks, and a second
   * Safeguard on the same register is told so at once, naming the holder.
   * A lock whose holder is gone is stale: one that a process killed a
   * moment ago has not let go of yet is waited for briefly, and one that
   * lives on in a descriptor the dead holder handed on is taken over —
   * SQLite's own locks still keep two writers apart. */
  give_up = g_get_monotonic_time () + STALE_LOCK_MS * 1000;
  while (flock (self->lock_fd, LOCK_EX | LOCK_NB) != 0)
    {
      int holder = find_lock_holder (self->lock_fd);
      HolderState state = holder > 0 ? holder_state (holder) : HOLDER_EXITING;
      gboolean timed_out = g_get_monotonic_time () > give_up;

      if (state == HOLDER_GONE || (state == HOLDER_EXITING && holder > 0 && timed_out))
        {
          g_debug ("taking over the lock of process %d, which is gone", holder);
          break;
        }
      if (state == HOLDER_RUNNING || timed_out)
        {
          close (self->lock_fd);
          self->lock_fd = -1;
          return locked_error (self, error, holder);
        }
      g_usleep (20 * 1000);
    }
  return TRUE;
}

static gboolean
check_header (const char  *path,
              GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  char header[16];
  int fd;
  gssize n;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return unreadable_error (error, path, errno);
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

/* A write-ahead log or a rollback journal that a crash (or another
 * program) left: SQLite would apply it on the first read. */
static gboolean
has_crash_files (const char *path)
{
  return has_side_file (path, "-wal") || has_side_file (path, "-journal");
}

static void
remove_snapshot (char **snapshot)
{
  g_autofree char *dir = NULL;

  if (*snapshot == NULL)
    return;
  dir = g_path_get_dirname (*snapshot);
  sg_sqlite_delete_files (*snapshot);
  g_rmdir (dir);
  g_clear_pointer (snapshot, g_free);
}

/* A plain copy, 0600; FALSE with errno set. */
static gboolean
copy_file (const char *from,
           const char *to)
{
  char buffer[64 * 1024];
  int in, out, saved = 0;
  gssize n;

  in = g_open (from, O_RDONLY | O_CLOEXEC, 0);
  if (in < 0)
    return FALSE;
  out = g_open (to, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (out < 0)
    {
      saved = errno;
      close (in);
      errno = saved;
      return FALSE;
    }
  while ((n = read (in, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR))
    {
      gssize done = 0;

      while (n > 0 && done < n)
        {
          gssize w = write (out, buffer + done, (gsize) (n - done));

          if (w < 0 && errno == EINTR)
            continue;
          if (w <= 0)
            {
              saved = w < 0 ? errno : ENOSPC;
              break;
            }
          done += w;
        }
      if (saved != 0)
        break;
    }
  if (n < 0 && saved == 0)
    saved = errno;
  close (in);
  if (close (out) != 0 && saved == 0)
    saved = errno;
  errno = saved;
  return saved == 0;
}

/* Copies the register and the journal beside it into a private folder,
 * where SQLite may recover them while the originals stay as they were. */
static char *
make_snapshot (const char  *path,
               GError     **error)
{
  static const char *suffixes[] = { "", "-wal", "-journal" };
  g_autofree char *dir = g_dir_make_tmp ("safeguard-XXXXXX", NULL);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *snapshot = NULL;

  if (dir == NULL)
    {
      sg_store_file_error (error, errno == ENOSPC ? SG_STORE_ERROR_DISK_FULL : SG_STORE_ERROR_WRITE, path);
      return NULL;
    }
  snapshot = g_build_filename (dir, base, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (snapshot, suffixes[i], NULL);

      if (i > 0 && !has_side_file (path, suffixes[i]))
        continue;
      if (!copy_file (from, to))
        {
          int saved = errno;

          g_debug ("copying %s: %s", from, g_strerror (saved));
          remove_snapshot (&snapshot);
          sg_store_file_error (error, (saved == ENOSPC || saved == EFBIG || saved == EDQUOT)
                                        ? SG_STORE_ERROR_DISK_FULL : SG_STORE_ERROR_WRITE, path);
          return NULL;
        }
    }
  return g_steal_pointer (&snapshot);
}

/* Looks at the file through a connection that cannot write to it, so that
 * nothing is written to a file that turns out not to be ours: @path as an
 * immutable file (SQLite then creates no -wal or -shm either), or
 * @snapshot, the private copy of a file with a journal beside it. Errors
 * name @path. */
static gboolean
inspect_existing (const char  *path,
                  const char  *snapshot,
                  int         *version,
                  GError     **error)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  g_autofree char *uri = NULL;
  sqlite3 *db = NULL;
  int rc;
  int app_id = 0;
  gboolean schema_ok = FALSE;

  if (snapshot != NULL)
    rc = sqlite3_open_v2 (snapshot, &db, SQLITE_OPEN_READWRITE, NULL);
  else
    {
      uri = g_strdup_printf ("file:%s?immutable=1", escaped);
      rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
    }
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

  if ((rc & 0xff) == SQLITE_NOTADB)
    rc = sg_store_file_error (error, SG_STORE_ERROR_NOT_SQLITE, path);
  else if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    rc = sg_store_file_error (error, SG_STORE_ERROR_LOCKED, path);
  else if (rc != SQLITE_OK)
    rc = sg_store_file_error (error, SG_STORE_ERROR_CORRUPT, path);
  else if (app_id != SG_APPLICATION_ID)
    rc = sg_store_file_error (error, SG_STORE_ERROR_NOT_A_REGISTER, path);
  else if (*version > SG_STORE_SCHEMA_VERSION)
    rc = sg_store_file_error (error, SG_STORE_ERROR_NEWER_SCHEMA, path);
  else if (*version < 1 || !schema_ok)
    rc = sg_store_file_error (error, SG_STORE_ERROR_CORRUPT, path);
  else
    rc = sg_sqlite_check_content (db, path, error);
  sqlite3_close (db);
  return rc;
}

static gboolean
configure_connection (SgSqliteFile  *self,
                      GError  **error)
{
  int rc;

  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, 1);
  rc = sqlite3_exec (self->db,
                     "PRAGMA foreign_keys = ON;"
                     "PRAGMA journal_mode = WAL;"
                     "PRAGMA synchronous = FULL;"
                     "PRAGMA cache_size = -262144;", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return open_error (self, error, sqlite3_extended_errcode (self->db));
  return TRUE;
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

/* A consistent copy through SQLite's backup API, by the path every copy
 * takes (a temporary file beside it, flushed and renamed, which the next
 * attempt removes if a killed one left it); the register is only read. */
static gboolean
write_backup (SgSqliteFile *self,
              const char  *target,
              GError     **error)
{
  g_autoptr(GError) local = NULL;

  if (sg_sqlite_copy_to (self, target, &local))
    return TRUE;
  if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    return migration_error (self, error, SQLITE_FULL, local->message);
  return migration_error (self, error, SQLITE_CANTOPEN, local->message);
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

/* Reads a current register without writing anything: the file itself as
 * immutable (the lock keeps other Safeguards from writing meanwhile), or
 * the private copy SQLite recovered what a crash left in. */
static gboolean
open_read_only (SgSqliteFile  *self,
                GError       **error)
{
  g_autofree char *escaped = g_uri_escape_string (self->path, "/", FALSE);
  g_autofree char *uri = g_strdup_printf ("file:%s?immutable=1", escaped);
  int rc;

  if (self->snapshot != NULL)
    rc = sqlite3_open_v2 (self->snapshot, &self->db, SQLITE_OPEN_READWRITE, NULL);
  else
    rc = sqlite3_open_v2 (uri, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    return open_error (self, error, rc);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, 1);
  return TRUE;
}

/* An older register read without writing to it: a private copy of it
 * is updated to this version and read instead, so that `--check` and the
 * exports never change a file the user did not open for editing. */
static gboolean
open_older_read_only (SgSqliteFile  *self,
                      GError       **error)
{
  g_autoptr(GError) local = NULL;
  int rc;

  if (self->snapshot == NULL && (self->snapshot = make_snapshot (self->path, error)) == NULL)
    return FALSE;
  rc = sqlite3_open_v2 (self->snapshot, &self->db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    return open_error (self, error, rc);
  if (!configure_connection (self, error))
    return FALSE;
  if (!sg_sqlite_migrate (self->db, self->version, &local))
    {
      int code = local->domain == SG_SQLITE_ERROR ? local->code : SQLITE_ERROR;

      g_debug ("reading version %d failed: %s", self->version, local->message);
      return migration_error (self, error, code, local->message);
    }
  return TRUE;
}

static gboolean check_folder (const char  *path,
                              GError     **error);

static gboolean
open_existing (SgSqliteFile      *self,
               SgStoreOpenFlags   flags,
               GError           **error)
{
  struct stat st;
  int version = 0;
  int rc;

  if (!check_header (self->path, error))
    return FALSE;
  if (!take_lock (self, error))
    return FALSE;
  if (has_crash_files (self->path) && (self->snapshot = make_snapshot (self->path, error)) == NULL)
    return FALSE;
  if (!inspect_existing (self->path, self->snapshot, &version, error))
    return FALSE;
  self->version = version;
  if ((flags & SG_STORE_OPEN_READ_ONLY) && version == SG_STORE_SCHEMA_VERSION)
    return open_read_only (self, error);
  if (flags & SG_STORE_OPEN_READ_ONLY)
    return open_older_read_only (self, error);

  /* From here on the file is written: checked first, so that a file that
   * is not ours is told as such rather than as read-only. */
  remove_snapshot (&self->snapshot);
  if (g_stat (self->path, &st) != 0 || !has_write_permission (self->path, &st))
    return sg_store_file_error (error, SG_STORE_ERROR_READ_ONLY, self->path);
  if (!check_folder (self->path, error))
    return FALSE;

  rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    return open_error (self, error, rc);
  if (!configure_connection (self, error))
    return FALSE;
  /* A file format newer than this SQLite writes (its header says so) is
   * opened read-only by SQLite, without an error. */
  if (sqlite3_db_readonly (self->db, "main") != 0)
    return sg_store_file_error (error, SG_STORE_ERROR_READ_ONLY, self->path);
  if (version < SG_STORE_SCHEMA_VERSION && !migrate (self, version, error))
    return FALSE;
  self->checkpointer = sg_sqlite_checkpointer_start (self->db, self->path);
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
  self->version = SG_STORE_SCHEMA_VERSION;

  if (!take_lock (self, error))
    return FALSE;
  if (sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    return sg_sqlite_save_error (self, error, sqlite3_errcode (self->db));
  if (!configure_connection (self, error))
    return FALSE;
  if (!sg_sqlite_migrate (self->db, 0, &local))
    return sg_sqlite_save_error (self, error, local->domain == SG_SQLITE_ERROR ? local->code : SQLITE_ERROR);
  self->checkpointer = sg_sqlite_checkpointer_start (self->db, self->path);
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
  if (!exists && errno != ENOENT)
    return unreadable_error (error, self->path, errno);
  if (exists && S_ISDIR (st.st_mode))
    return sg_store_file_error (error, SG_STORE_ERROR_IS_DIRECTORY, self->path);
  if (!exists && !(flags & SG_STORE_OPEN_CREATE))
    return sg_store_file_error (error, SG_STORE_ERROR_NOT_FOUND, self->path);

  if (exists)
    {
      if (open_existing (self, flags, error))
        return TRUE;
      sg_sqlite_file_close (self);
      return FALSE;
    }
  if (!check_folder (self->path, error))
    return FALSE;
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
  g_clear_pointer (&self->checkpointer, sg_sqlite_checkpointer_stop);
  if (self->db != NULL)
    {
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      /* The caller finalized its statements: this closes for good. */
      sqlite3_close (self->db);
      self->db = NULL;
    }
  remove_snapshot (&self->snapshot);
  /* After SQLite let go: closing our descriptor drops the process's locks. */
  if (self->lock_fd >= 0)
    {
      close (self->lock_fd);
      self->lock_fd = -1;
    }
}
