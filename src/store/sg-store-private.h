/* sg-store-private.h: what the halves of SgStore share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "sg-field-codec.h"
#include "sg-store.h"

G_BEGIN_DECLS

struct _SgStore
{
  GObject      parent_instance;

  char        *path;
  sqlite3     *db;
  int          lock_fd;
  gboolean     created;
  char        *backup_path;    /* the copy written before migrating */
  char        *user_name;

  GHashTable  *kinds;          /* GType → KindData* */
  GPtrArray   *kind_list;      /* KindData*, in sg_record_kinds() order */
  GHashTable  *statements;     /* SQL → sqlite3_stmt* */
  GHashTable  *stable_statements;  /* SQL's address → sqlite3_stmt* (owned by @statements) */
  GHashTable  *on_delete;      /* "table.column" → "CASCADE" | "SET NULL" … */

  SgRiskMethod *risk_method;
  SgFieldResolver resolver;

  guint        quiet;          /* > 0: property changes are ours, not edits */
  gboolean     in_batch;
  gboolean     batch_failed;   /* an edit in the batch failed: it must not commit */
  GPtrArray   *batch_added;    /* SgRecord* added since sg_store_begin_batch */
  GPtrArray   *batch_listed;   /* SgRecord* waiting to join the lists at its end */
  gint64       now_second;     /* the second now_text shows */
  char        *now_text;
};

gboolean sg_store_exec          (SgStore           *self,
                                 const char        *sql,
                                 GError           **error);
gboolean sg_store_set_db_error  (SgStore           *self,
                                 GError           **error,
                                 int                rc);

/* sg-store-file.c */
gboolean sg_store_file_open     (SgStore           *self,
                                 SgStoreOpenFlags   flags,
                                 GError           **error);
gboolean sg_store_file_error    (GError           **error,
                                 int                code,
                                 const char        *path);

G_END_DECLS
