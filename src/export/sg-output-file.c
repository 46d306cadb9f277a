/* sg-output-file.c: exported files are written whole or not at all
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-output-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "sg-output-file.h"

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *path,
                 gboolean     at_start)
{
  g_autofree char *display = g_filename_display_name (path);

  if (at_start)
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                 _("Could not write “%s”: %s. Choose a folder you can write to."),
                 display, g_strerror (saved_errno));
  else
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                 _("Could not write “%s”: %s."), display, g_strerror (saved_errno));
  return FALSE;
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

  /* Beside the target, so that the rename cannot cross file systems; made
   * first, so that an unwritable folder is reported in plain words. */
  tmp_path = g_strconcat (path, ".tmp-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      set_errno_error (error, errno, path, TRUE);
      return NULL;
    }
  g_close (fd, NULL);
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
  if (fd < 0 || fsync (fd) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        g_close (fd, NULL);
      g_unlink (tmp_path);
      return set_errno_error (error, saved_errno, path, FALSE);
    }
  g_close (fd, NULL);

  if (g_rename (tmp_path, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      return set_errno_error (error, saved_errno, path, FALSE);
    }
  return TRUE;
}

void
sg_output_file_abort (const char *tmp_path)
{
  g_return_if_fail (tmp_path != NULL);

  g_unlink (tmp_path);
}
