/* sg-output-file.c: exported files are written whole or not at all
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-output-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "sg-output-file.h"

/* The temporary files this process is writing, each held open with a lock
 * so that another Safeguard can tell them from those a killed one left. */
static GMutex open_lock;
static GHashTable *open_files;  /* tmp path → fd */

gboolean
sg_output_file_error (GError     **error,
                      const char  *path,
                      int          saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  if (saved_errno == ENOSPC || saved_errno == EFBIG || saved_errno == EDQUOT)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                 _("Could not write “%s”: the disk is full. Free some space and try again."), display);
  else
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                 _("Could not write “%s”: %s."), display, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
set_start_error (GError     **error,
                 int          saved_errno,
                 const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    return sg_output_file_error (error, path, saved_errno);
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("Could not write “%s”: %s. Choose a folder you can write to."),
               display, g_strerror (saved_errno));
  return FALSE;
}

void
sg_output_file_remove_stale (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (base, ".tmp-", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *full = NULL;
      int fd;

      if (!g_str_has_prefix (name, prefix) || strlen (name) != strlen (prefix) + 6)
        continue;
      full = g_build_filename (dir, name, NULL);
      fd = g_open (full, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);
      if (fd < 0)
        continue;
      if (flock (fd, LOCK_EX | LOCK_NB) == 0)
        {
          g_debug ("removing %s, left by a process that was stopped", full);
          g_unlink (full);
        }
      close (fd);
    }
}

static void
forget (const char *tmp_path)
{
  gpointer key, fd;

  g_mutex_lock (&open_lock);
  if (open_files != NULL && g_hash_table_steal_extended (open_files, tmp_path, &key, &fd))
    {
      close (GPOINTER_TO_INT (fd));
      g_free (key);
    }
  g_mutex_unlock (&open_lock);
}

char *
sg_output_file_begin (const char  *path,
                      GError     **error)
{
  g_autofree char *tmp_path = NULL;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("Could not write “%s”: it is a folder. Choose a file name."), display);
      return NULL;
    }

  sg_output_file_remove_stale (path);
  /* Beside the target, so that the rename cannot cross file systems; made
   * first, so that an unwritable folder is reported in plain words; 0600,
   * because what a register holds is confidential. */
  tmp_path = g_strconcat (path, ".tmp-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_start_error (error, errno, path);
      return NULL;
    }
  flock (fd, LOCK_EX | LOCK_NB);
  g_mutex_lock (&open_lock);
  if (open_files == NULL)
    open_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_insert (open_files, g_strdup (tmp_path), GINT_TO_POINTER (fd));
  g_mutex_unlock (&open_lock);
  return g_steal_pointer (&tmp_path);
}

gboolean
sg_output_file_commit (const char  *tmp_path,
                       const char  *path,
                       GError     **error)
{
  int fd;

  g_return_val_if_fail (tmp_path != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* On disk before the rename: a crash then leaves the old file or the
   * new one, never a truncated one under the target's name. */
  fd = g_open (tmp_path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0 || fsync (fd) != 0 || close (fd) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      sg_output_file_abort (tmp_path);
      return sg_output_file_error (error, path, saved_errno);
    }

  if (g_rename (tmp_path, path) != 0)
    {
      int saved_errno = errno;

      sg_output_file_abort (tmp_path);
      return sg_output_file_error (error, path, saved_errno);
    }
  forget (tmp_path);
  return TRUE;
}

void
sg_output_file_abort (const char *tmp_path)
{
  g_return_if_fail (tmp_path != NULL);

  g_unlink (tmp_path);
  forget (tmp_path);
}

gboolean
sg_output_file_write_fd (int           fd,
                         const void   *data,
                         gsize         length,
                         int          *saved_errno)
{
  const char *at = data;

  while (length > 0)
    {
      gssize n = write (fd, at, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          *saved_errno = n < 0 ? errno : ENOSPC;
          return FALSE;
        }
      at += n;
      length -= (gsize) n;
    }
  return TRUE;
}

gboolean
sg_output_file_write_all (const char   *path,
                          const char   *data,
                          gsize         length,
                          GError      **error)
{
  g_autofree char *tmp_path = NULL;
  int saved_errno = 0;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  tmp_path = sg_output_file_begin (path, error);
  if (tmp_path == NULL)
    return FALSE;
  fd = g_open (tmp_path, O_WRONLY | O_CLOEXEC, 0);
  if (fd < 0 || !sg_output_file_write_fd (fd, data, length, &saved_errno) || close (fd) != 0)
    {
      if (saved_errno == 0)
        saved_errno = errno;
      else if (fd >= 0)
        close (fd);
      sg_output_file_abort (tmp_path);
      return sg_output_file_error (error, path, saved_errno);
    }
  return sg_output_file_commit (tmp_path, path, error);
}
