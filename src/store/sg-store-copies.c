/* sg-store-copies.c: copies of an open register — "Save a Copy", frozen
 * copies for an audit and their manifests
 *
 * A frozen copy is what an auditor is given: the register as of one
 * moment, read-only on disk, and a manifest beside it with the copy's
 * SHA-256. `safeguard --check` on the copy later tells whether it is
 * still byte for byte the file that was frozen.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "sg-kinds.h"
#include "sg-output-file.h"
#include "sg-store-copies.h"
#include "sg-store-private.h"

#define MANIFEST_GROUP   "Frozen Copy"
#define RECORDS_GROUP    "Records"

static gboolean
closed_error (SgStore  *self,
              GError  **error)
{
  g_autofree char *name = g_filename_display_basename (self->path);

  g_set_error (error, SG_STORE_ERROR, SG_STORE_ERROR_WRITE,
               _("“%s” is closed and cannot be copied."), name);
  return FALSE;
}

gboolean
sg_store_copy_to (SgStore     *self,
                  const char  *path,
                  GError     **error)
{
  g_return_val_if_fail (SG_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->backend == NULL)
    return closed_error (self, error);
  /* Renaming a copy over the open register would replace it behind the
   * store's back. */
  {
    g_autofree char *canonical = g_canonicalize_filename (path, NULL);

    if (g_str_equal (canonical, self->path))
      {
        g_autofree char *name = g_filename_display_basename (path);

        g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                     _("“%s” is the register itself. Choose another name for the copy."), name);
        return FALSE;
      }
  }
  return self->backend->funcs->copy_to (self->backend, path, error);
}

static void
copy_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SgStore *self = source_object;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (sg_store_copy_to (self, task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
sg_store_copy_to_async (SgStore             *self,
                        const char          *path,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SG_IS_STORE (self));
  g_return_if_fail (path != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sg_store_copy_to_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, copy_thread);
}

gboolean
sg_store_copy_to_finish (SgStore       *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (SG_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

char *
sg_frozen_copy_manifest_path (const char *path)
{
  g_return_val_if_fail (path != NULL, NULL);

  return g_strconcat (path, ".manifest", NULL);
}

char *
sg_file_sha256 (const char  *path,
                goffset     *size,
                GError     **error)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guchar *buffer = g_malloc (64 * 1024);
  goffset total = 0;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not read “%s”: %s."), display, g_strerror (saved_errno));
      return NULL;
    }
  for (;;)
    {
      gssize n = read (fd, buffer, 64 * 1024);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;
          g_autofree char *display = g_filename_display_name (path);

          close (fd);
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("Could not read “%s”: %s."), display, g_strerror (saved_errno));
          return NULL;
        }
      if (n == 0)
        break;
      g_checksum_update (checksum, buffer, n);
      total += n;
    }
  close (fd);
  if (size != NULL)
    *size = total;
  return g_strdup (g_checksum_get_string (checksum));
}

guint
sg_store_count_records (SgStore *self)
{
  const GType *kinds;
  guint n_kinds, total = 0;

  g_return_val_if_fail (SG_IS_STORE (self), 0);

  kinds = sg_record_kinds (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    total += g_list_model_get_n_items (sg_store_get_records (self, kinds[i]));
  return total;
}

/* "scope statements" → "scope-statements": a key of the manifest. */
static char *
count_key (GType kind)
{
  g_autoptr(SgRecordClass) klass = g_type_class_ref (kind);

  return g_strdelimit (g_strdup (sg_record_class_get_count_label (klass)), " ", '-');
}

gboolean
sg_store_freeze_to (SgStore     *self,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(GKeyFile) manifest = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *manifest_path = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *base = NULL;
  g_autofree char *created = NULL;
  g_autofree char *data = NULL;
  const GType *kinds;
  guint n_kinds;
  goffset size = 0;
  gsize length;

  g_return_val_if_fail (SG_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  manifest_path = sg_frozen_copy_manifest_path (path);
  /* An earlier manifest must not vouch for the new copy if writing it fails. */
  if (g_unlink (manifest_path) != 0 && errno != ENOENT)
    return sg_output_file_error (error, manifest_path, errno);
  if (!sg_store_copy_to (self, path, error))
    return FALSE;
  if (g_chmod (path, 0400) != 0 ||
      (sha256 = sg_file_sha256 (path, &size, NULL)) == NULL)
    {
      int saved_errno = errno;

      g_unlink (path);
      return sg_output_file_error (error, path, saved_errno);
    }

  base = g_path_get_basename (path);
  created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_key_file_set_comment (manifest, NULL, NULL,
                          " What was frozen: `safeguard --check FILE` tells whether FILE is still it.",
                          NULL);
  g_key_file_set_string (manifest, MANIFEST_GROUP, "file", base);
  g_key_file_set_string (manifest, MANIFEST_GROUP, "sha256", sha256);
  g_key_file_set_int64 (manifest, MANIFEST_GROUP, "size", size);
  g_key_file_set_string (manifest, MANIFEST_GROUP, "created", created);
  g_key_file_set_string (manifest, MANIFEST_GROUP, "safeguard-version", PACKAGE_VERSION);
  g_key_file_set_integer (manifest, MANIFEST_GROUP, "schema-version", SG_STORE_SCHEMA_VERSION);
  g_key_file_set_integer (manifest, MANIFEST_GROUP, "history-entries", sg_store_count_history (self));
  {
    g_autofree char *head = sg_store_dup_history_head (self);

    if (head != NULL)
      g_key_file_set_string (manifest, MANIFEST_GROUP, "history-head", head);
  }

  kinds = sg_record_kinds (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    {
      g_autofree char *key = count_key (kinds[i]);

      g_key_file_set_integer (manifest, RECORDS_GROUP, key,
                              g_list_model_get_n_items (sg_store_get_records (self, kinds[i])));
    }

  data = g_key_file_to_data (manifest, &length, NULL);
  if (!sg_output_file_write_all (manifest_path, data, length, error))
    {
      g_unlink (path);
      return FALSE;
    }
  g_chmod (manifest_path, 0400);
  return TRUE;
}

SgFrozenCopyState
sg_frozen_copy_verify (const char  *path,
                       char       **created,
                       char       **sha256,
                       GError     **error)
{
  g_autofree char *manifest_path = NULL;
  g_autoptr(GKeyFile) manifest = g_key_file_new ();
  g_autoptr(GError) local = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;
  goffset size = 0;
  gint64 expected_size;

  g_return_val_if_fail (path != NULL, SG_FROZEN_COPY_NONE);

  manifest_path = sg_frozen_copy_manifest_path (path);
  if (!g_file_test (manifest_path, G_FILE_TEST_EXISTS))
    return SG_FROZEN_COPY_NONE;
  if (!g_key_file_load_from_file (manifest, manifest_path, G_KEY_FILE_NONE, &local) ||
      (expected = g_key_file_get_string (manifest, MANIFEST_GROUP, "sha256", NULL)) == NULL)
    {
      g_autofree char *display = g_filename_display_name (manifest_path);

      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("The manifest “%s” cannot be read. Ask whoever froze the copy for it again."),
                   display);
      return SG_FROZEN_COPY_NONE;
    }
  expected_size = g_key_file_get_int64 (manifest, MANIFEST_GROUP, "size", NULL);
  if (created != NULL)
    *created = g_key_file_get_string (manifest, MANIFEST_GROUP, "created", NULL);
  if (sha256 != NULL)
    *sha256 = g_strdup (expected);

  actual = sg_file_sha256 (path, &size, error);
  if (actual == NULL)
    return SG_FROZEN_COPY_NONE;
  if (size != expected_size || g_ascii_strcasecmp (actual, expected) != 0)
    return SG_FROZEN_COPY_CHANGED;
  return SG_FROZEN_COPY_UNCHANGED;
}

SgStore *
sg_store_open_snapshot (SgStore  *self,
                        GError  **error)
{
  g_autofree char *dir = g_dir_make_tmp ("sg-snapshot-XXXXXX", error);
  g_autofree char *path = NULL;
  SgStore *snapshot = NULL;

  if (dir == NULL)
    return NULL;
  path = g_build_filename (dir, "copy.isms", NULL);
  if (sg_store_copy_to (self, path, error))
    snapshot = sg_store_open (path, SG_STORE_OPEN_READ_ONLY, error);
  if (snapshot == NULL)
    {
      sg_store_delete_files (path);
      g_rmdir (dir);
    }
  return snapshot;
}

void
sg_store_close_snapshot (SgStore *snapshot)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;

  if (snapshot == NULL)
    return;
  path = g_strdup (sg_store_get_path (snapshot));
  dir = g_path_get_dirname (path);
  sg_store_close (snapshot);
  g_object_unref (snapshot);
  sg_store_delete_files (path);
  g_rmdir (dir);
}
