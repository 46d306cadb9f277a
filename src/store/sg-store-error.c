/* sg-store-error.c: what a person reads when a register cannot be opened
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sg-backups.h"
#include "sg-store-backend.h"

G_DEFINE_QUARK (sg-store-error-quark, sg_store_error)

/* The newest copy of @path that Safeguard wrote beside it ("register.v1.isms"
 * before an update), or NULL: what a person can restore a damaged file from. */
static char *
find_newest_copy (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *stem = g_str_has_suffix (base, ".isms")
                            ? g_strndup (base, strlen (base) - strlen (".isms"))
                            : g_strdup (base);
  g_autofree char *prefix = g_strconcat (stem, ".v", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *newest = NULL;
  gint64 newest_time = G_MININT64;
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *full = NULL;
      GStatBuf st;

      if (!g_str_has_prefix (name, prefix) || !g_str_has_suffix (name, ".isms"))
        continue;
      full = g_build_filename (dir, name, NULL);
      if (g_stat (full, &st) != 0 || (gint64) st.st_mtime < newest_time)
        continue;
      newest_time = st.st_mtime;
      g_free (newest);
      newest = g_steal_pointer (&full);
    }
  return g_steal_pointer (&newest);
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
      {
        g_autofree char *copy = find_newest_copy (path);
        g_autofree char *copy_name = copy ? g_filename_display_basename (copy) : NULL;
        g_autofree char *backup = sg_backups_find_newest (path);
        GStatBuf copy_st, backup_st;

        if (backup != NULL &&
            (copy == NULL || g_stat (copy, &copy_st) != 0 ||
             (g_stat (backup, &backup_st) == 0 && backup_st.st_mtime >= copy_st.st_mtime)))
          {
            g_autofree char *backup_name = g_filename_display_basename (backup);
            g_autofree char *folder = g_path_get_dirname (backup);
            g_autofree char *folder_name = g_filename_display_name (folder);

            /* Translators: the second %s is a backup's file name, the third its folder */
            g_set_error (error, SG_STORE_ERROR, code,
                         _("“%s” is damaged and cannot be read. Restore it from a backup: "
                           "copy the newest, “%s” in the folder “%s”, in its place."),
                         name, backup_name, folder_name);
          }
        else if (copy_name != NULL)
          /* Translators: the second %s is a file beside it, "register.v1.isms" */
          g_set_error (error, SG_STORE_ERROR, code,
                       _("“%s” is damaged and cannot be read. Restore it from a backup; "
                         "the newest copy beside it is “%s”."), name, copy_name);
        else
          g_set_error (error, SG_STORE_ERROR, code,
                       _("“%s” is damaged and cannot be read. Restore it from a backup."), name);
      }
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
    case SG_STORE_ERROR_DISK_FULL:
      g_set_error (error, SG_STORE_ERROR, code,
                   _("“%s” could not be opened: the disk is full. Free some space and try again."), name);
      break;
    case SG_STORE_ERROR_WRITE:
      g_set_error (error, SG_STORE_ERROR, code,
                   _("“%s” could not be read: the drive reported an error. Check the drive and try again."),
                   name);
      break;
    case SG_STORE_ERROR_DUPLICATE_REF:
    case SG_STORE_ERROR_INVALID:
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}
