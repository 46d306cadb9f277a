/* sg-store-error.c: what a person reads when a register cannot be opened
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-store-backend.h"

G_DEFINE_QUARK (sg-store-error-quark, sg_store_error)

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
