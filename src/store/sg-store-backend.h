/* sg-store-backend.h: what SgStore asks of the database that holds a
 * register — the seam between the store and SQLite (or a later server)
 *
 * SgStore decides what a register means: the records and their lists,
 * refs, saving each edit, batches, undo and what the history says. A
 * backend only keeps rows: it reads and writes a kind's values, its link
 * sets and the history's entries, in transactions the store opens.
 * The SQLite backend (sg-sqlite-backend.c, with sg-sqlite-file.c and the
 * schema and migration files) is the one backend today and the only code
 * that speaks SQL. A second backend (PostgreSQL for a team) implements
 * every function of SgStoreBackendFuncs and an opener like
 * sg_sqlite_backend_open (), reports failures as SG_STORE_ERROR codes
 * in words a person reads, and sg-store-open.c chooses it.
 *
 * A table of functions, not a GObject interface: the store holds exactly
 * one backend for its life, no one else sees it, it has no properties or
 * signals, and the calls on the paths that load and add 100,000 records
 * stay plain indirect calls without a type check each.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

/* One record kind as the store keeps it; the backend gets it with every
 * call. */
typedef struct
{
  GType           type;
  SgRecordClass  *klass;
  const char     *table;
  guint           index;      /* its place in sg_record_kinds () */
  GPtrArray      *columns;    /* GParamSpec*: the values of the kind's own row */
  GPtrArray      *links;      /* GParamSpec*: link fields, each a set of ids */
} SgStoreKind;

/* One line of the change history. */
typedef struct
{
  gint64            id;         /* set when read, not when written */
  const char       *table;
  gint64            record_id;
  const char       *record_ref;
  SgHistoryAction   action;
  const char       *field;      /* NULL but for a change */
  const char       *old_value;  /* as sg_field_format (SG_FIELD_USE_HISTORY) wrote it */
  const char       *new_value;
  const char       *changed_at; /* ISO 8601, UTC */
  const char       *changed_by;
  const char       *state;      /* the record's state after it (sg-history-chain.h) */
  const char       *hash;       /* set when read; written by the backend */
} SgStoreHistoryRow;

/* One entry after another, in the order they were written. */
typedef void (*SgStoreHistoryFunc) (gpointer                  data,
                                    const SgStoreHistoryRow  *row);

/* A row of @kind while loading: @values holds one value per column of
 * kind->columns, of the field's type; the function moves each of them
 * into a record (sg_record_load_value) or leaves it for the backend to
 * unset. */
typedef void (*SgStoreRowFunc)   (gpointer      data,
                                  gint64        id,
                                  GValue       *values);
/* The ids in one record's link set, ascending, while loading. */
typedef void (*SgStoreLinksFunc) (gpointer      data,
                                  gint64        record_id,
                                  const gint64 *target_ids,
                                  guint         n_ids);

typedef struct _SgStoreBackend SgStoreBackend;

typedef struct
{
  /* Lets go of the register (an open transaction rolls back) and frees
   * the backend. */
  void         (*close)           (SgStoreBackend      *backend);

  /* Transactions. Every change the store makes is in one; the store
   * never nests them. rollback does nothing when none is open. */
  gboolean     (*begin)           (SgStoreBackend      *backend,
                                   GError             **error);
  gboolean     (*commit)          (SgStoreBackend      *backend,
                                   GError             **error);
  void         (*rollback)        (SgStoreBackend      *backend);

  /* Every row of @kind in id order, then every link set of its
   * @link-th link field (grouped by record, ids ascending). */
  gboolean     (*load_rows)       (SgStoreBackend      *backend,
                                   SgStoreKind         *kind,
                                   SgStoreRowFunc       func,
                                   gpointer             data,
                                   GError             **error);
  gboolean     (*load_links)      (SgStoreBackend      *backend,
                                   SgStoreKind         *kind,
                                   guint                link,
                                   SgStoreLinksFunc     func,
                                   gpointer             data,
                                   GError             **error);

  /* Adds @record's row and link sets: with its own id if @keep_id (a
   * restore), else with a new id, returned in @id. A ref another record
   * of the kind holds fails with SG_STORE_ERROR_DUPLICATE_REF. */
  gboolean     (*insert)          (SgStoreBackend      *backend,
                                   SgStoreKind         *kind,
                                   SgRecord            *record,
                                   gboolean             keep_id,
                                   gint64              *id,
                                   GError             **error);
  /* What the register holds for one field (a value of the field's type;
   * a link field's GVariant of ids). */
  gboolean     (*read_field)      (SgStoreBackend      *backend,
                                   SgStoreKind         *kind,
                                   gint64               id,
                                   GParamSpec          *pspec,
                                   GValue              *value,
                                   GError             **error);
  /* Saves one field and the row's "updated" time. */
  gboolean     (*write_field)     (SgStoreBackend      *backend,
                                   SgStoreKind         *kind,
                                   gint64               id,
                                   GParamSpec          *pspec,
                                   const GValue        *value,
                                   const char          *updated,
                                   GError             **error);
  /* Replaces a link set, and nothing else (a restore links back). */
  gboolean     (*write_links)     (SgStoreBackend      *backend,
                                   SgStoreKind         *kind,
                                   gint64               id,
                                   GParamSpec          *pspec,
                                   GVariant            *links,
                                   GError             **error);
  /* Deletes a row as the field specs say: the rows whose parent field
   * (sg_field_is_parent) names it go too, other references to it become
   * empty, and it leaves every link set. The store mirrors exactly that
   * in memory. */
  gboolean     (*remove)          (SgStoreBackend      *backend,
                                   SgStoreKind         *kind,
                                   gint64               id,
                                   GError             **error);

  /* Appends @row, hashed with sg_history_chain_link () after the head. */
  gboolean     (*write_history)   (SgStoreBackend      *backend,
                                   const SgStoreHistoryRow *row,
                                   GError             **error);
  /* The entries of one record, newest first: a GListStore of
   * SgHistoryEntry. */
  GListModel  *(*list_history)    (SgStoreBackend      *backend,
                                   const char          *table,
                                   gint64               record_id,
                                   GError             **error);
  guint        (*count_history)   (SgStoreBackend      *backend);
  /* Every entry, oldest first, with its hash. */
  gboolean     (*walk_history)    (SgStoreBackend      *backend,
                                   SgStoreHistoryFunc   func,
                                   gpointer             data,
                                   GError             **error);
  /* The newest entry's hash (the head every new entry links to), or
   * NULL when there is none; write_history moves it, a rollback puts it
   * back. */
  char        *(*dup_history_head) (SgStoreBackend     *backend);

  /* `--check`: the register is undamaged and every reference holds. */
  gboolean     (*check_integrity) (SgStoreBackend      *backend);

  /* A consistent copy of the register as of its last commit, written to
   * @path whole or not at all (a temporary file beside it, flushed,
   * renamed), mode 0600. May run in another thread than the other
   * functions, while they save edits. */
  gboolean     (*copy_to)         (SgStoreBackend      *backend,
                                   const char          *path,
                                   GError             **error);
} SgStoreBackendFuncs;

/* For backends and the store: sets @error to what @code (an
 * SgStoreError) means for the register file at @path; returns FALSE. */
gboolean  sg_store_file_error (GError     **error,
                               int          code,
                               const char  *path);

/* A backend's own struct starts with this. */
struct _SgStoreBackend
{
  const SgStoreBackendFuncs *funcs;
};

G_END_DECLS
