/* sg-store-copies.h: copies of an open register — "Save a Copy", frozen
 * copies for an audit and their manifests
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

/* A consistent copy of the register as of its last saved edit, written
 * to @path whole or not at all, mode 0600; the register may stay open and
 * be edited meanwhile. An error says in one translated line why. */
gboolean      sg_store_copy_to          (SgStore              *self,
                                         const char           *path,
                                         GError              **error);
/* The same in a thread; the store is kept alive until it is done. */
void          sg_store_copy_to_async    (SgStore              *self,
                                         const char           *path,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean      sg_store_copy_to_finish   (SgStore              *self,
                                         GAsyncResult         *result,
                                         GError              **error);

/* A store of its own for a thread: a copy of @self as of its last saved
 * edit (sg_store_copy_to ()) in a new temporary folder, opened
 * read-only, so that the open register's records are never read outside
 * the main thread. Closed, and its files and folder deleted, by
 * sg_store_close_snapshot (). */
SgStore      *sg_store_open_snapshot    (SgStore              *self,
                                         GError              **error);
void          sg_store_close_snapshot   (SgStore              *snapshot);

/* The manifest that says what a frozen copy was: "NAME.isms.manifest". */
char         *sg_frozen_copy_manifest_path (const char        *path);

/* Writes a copy to @path, makes it read-only (0400) and writes its
 * manifest beside it: file name, SHA-256, size, when, the records it
 * holds, the Safeguard that froze it. */
gboolean      sg_store_freeze_to        (SgStore              *self,
                                         const char           *path,
                                         GError              **error);

typedef enum
{
  SG_FROZEN_COPY_NONE,       /* no manifest beside it: not a frozen copy */
  SG_FROZEN_COPY_UNCHANGED,
  SG_FROZEN_COPY_CHANGED,
} SgFrozenCopyState;

/* Whether @path is still the file its manifest describes. @created (the
 * manifest's "created", ISO 8601) and @sha256 are set for a frozen copy;
 * an unreadable manifest is an error. */
SgFrozenCopyState sg_frozen_copy_verify (const char           *path,
                                         char                **created,
                                         char                **sha256,
                                         GError              **error);

/* The SHA-256 of a file's bytes, in hex; NULL with @error if unreadable. */
char         *sg_file_sha256            (const char           *path,
                                         goffset              *size,
                                         GError              **error);

/* How many records of any kind the register holds. */
guint         sg_store_count_records    (SgStore              *self);

G_END_DECLS
