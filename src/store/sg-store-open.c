/* sg-store-open.c: opening a register — its backend, then its records;
 * a new one gets what every register starts with
 *
 * The one place that names a backend: sg-store.c knows only
 * SgStoreBackend, the seeds only SgStore; and since opening seeds, the
 * store itself never calls back into them.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include "sg-output-file.h"
#include "sg-seed.h"
#include "sg-sqlite-copy.h"
#include "sg-sqlite-backend.h"
#include "sg-store-private.h"

SgStore *
sg_store_open (const char        *path,
               SgStoreOpenFlags   flags,
               GError           **error)
{
  g_autoptr(SgStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (SG_TYPE_STORE, NULL);
  self->path = g_canonicalize_filename (path, NULL);
  self->opened_read_only = (flags & SG_STORE_OPEN_READ_ONLY) != 0;
  self->backend = sg_sqlite_backend_open (self->path, flags, &self->created,
                                          &self->backup_path, &self->file_version, error);
  if (self->backend == NULL)
    return NULL;

  /* What a killed Safeguard was writing in the register's place (a
   * restore) is thrown away; a read-only open touches nothing. */
  if (!(flags & SG_STORE_OPEN_READ_ONLY))
    sg_output_file_remove_stale (self->path);

  if (self->created)
    {
      if (!sg_seed_register (self, error))
        {
          sg_store_close (self);
          sg_store_delete_files (self->path);
          return NULL;
        }
      return g_steal_pointer (&self);
    }

  if (!sg_store_load (self, error))
    {
      /* Reading failed: the file is damaged, and stays untouched. */
      g_clear_error (error);
      sg_store_file_error (error, SG_STORE_ERROR_CORRUPT, self->path);
      return NULL;
    }
  /* A due date may have passed since the register was last open. */
  sg_store_follow_all_objectives (self);
  return g_steal_pointer (&self);
}

void
sg_store_delete_files (const char *path)
{
  g_return_if_fail (path != NULL);

  sg_sqlite_delete_files (path);
}

gboolean
sg_store_delete_unused_files (const char *path)
{
  g_return_val_if_fail (path != NULL, FALSE);

  return sg_sqlite_delete_unused_files (path);
}

gboolean
sg_store_replace_file (const char  *path,
                       const char  *tmp_path,
                       GError     **error)
{
  g_return_val_if_fail (path != NULL && tmp_path != NULL, FALSE);

  return sg_sqlite_replace_file (path, tmp_path, error);
}

gboolean
sg_store_is_read_only (SgStore *self)
{
  g_return_val_if_fail (SG_IS_STORE (self), TRUE);

  return self->opened_read_only;
}

gboolean
sg_store_is_closed (SgStore *self)
{
  g_return_val_if_fail (SG_IS_STORE (self), TRUE);

  return self->backend == NULL;
}
