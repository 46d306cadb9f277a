/* sg-store.h: the register file — loading, saving every edit, history
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sg-field-codec.h"
#include "sg-history-entry.h"
#include "sg-record.h"
#include "sg-risk-method.h"

G_BEGIN_DECLS

/* The schema version this program writes; sg-sqlite-migrate.c has a step
 * for each. */
#define SG_STORE_SCHEMA_VERSION 9

#define SG_STORE_ERROR (sg_store_error_quark ())

typedef enum
{
  SG_STORE_ERROR_NOT_FOUND,
  SG_STORE_ERROR_EXISTS,
  SG_STORE_ERROR_IS_DIRECTORY,
  SG_STORE_ERROR_NOT_SQLITE,
  SG_STORE_ERROR_NOT_A_REGISTER,
  SG_STORE_ERROR_CORRUPT,
  SG_STORE_ERROR_NEWER_SCHEMA,
  SG_STORE_ERROR_READ_ONLY,
  SG_STORE_ERROR_LOCKED,
  SG_STORE_ERROR_WRITE,
  SG_STORE_ERROR_DUPLICATE_REF,
  SG_STORE_ERROR_INVALID,
  SG_STORE_ERROR_DISK_FULL,
} SgStoreError;

typedef enum
{
  SG_STORE_OPEN_EXISTING = 0,
  SG_STORE_OPEN_CREATE   = 1 << 0,  /* create the file if it is missing */
  /* Only for reading (`--check`, exports): the file and what lies beside
   * it are not written, unless it must be updated to this version. */
  SG_STORE_OPEN_READ_ONLY = 1 << 1,
} SgStoreOpenFlags;

#define SG_TYPE_STORE (sg_store_get_type ())

G_DECLARE_FINAL_TYPE (SgStore, sg_store, SG, STORE, GObject)

GQuark        sg_store_error_quark      (void);

/* Deletes a register and the files SQLite keeps beside it (-wal, -shm):
 * for undoing a register this program has just created. */
void          sg_store_delete_files     (const char        *path);
/* The same, unless a Safeguard has the register open: then FALSE. */
gboolean      sg_store_delete_unused_files (const char     *path);

/* Puts the complete register @tmp_path (written through
 * sg_output_file_begin ()) in the place of the closed register @path:
 * restoring a backup. */
gboolean      sg_store_replace_file     (const char        *path,
                                         const char        *tmp_path,
                                         GError           **error);

/* Puts the complete register @tmp_path (written through
 * sg_output_file_begin ()) in the place of the closed register @path:
 * restoring a backup. */
gboolean      sg_store_replace_file     (const char        *path,
                                         const char        *tmp_path,
                                         GError           **error);

SgStore      *sg_store_open             (const char        *path,
                                         SgStoreOpenFlags   flags,
                                         GError           **error);
const char   *sg_store_get_path         (SgStore           *self);
gboolean      sg_store_was_created      (SgStore           *self);
/* Opened with SG_STORE_OPEN_READ_ONLY: edits are not saved. */
gboolean      sg_store_is_read_only     (SgStore           *self);
/* sg_store_close () was called: nothing is read or saved any more. */
gboolean      sg_store_is_closed        (SgStore           *self);
/* The copy of the file written before it was updated to this version's
 * schema when it was opened, or NULL. */
const char   *sg_store_get_migration_backup (SgStore       *self);
/* The schema version of the file: older than SG_STORE_SCHEMA_VERSION only
 * when it was opened read-only, and read through an updated private copy. */
int           sg_store_get_file_version (SgStore           *self);
/* The directory. A name matches ignoring case and runs of spaces. */
SgRecord     *sg_store_find_person      (SgStore           *self,
                                         const char        *name);
/* The person of @name, added to the directory if there is none yet; 0
 * with @error set if it cannot be added. */
gint64        sg_store_ensure_person    (SgStore           *self,
                                         const char        *name,
                                         GError           **error);
/* The name a field shows: the person's name for a person field, the text
 * for a text field; NULL for none. Borrowed from the record. */
const char   *sg_store_peek_name        (SgStore           *self,
                                         SgRecord          *record,
                                         const char        *field);

/* Where a person is named: "what is on their desk". */
typedef struct
{
  SgRecord   *record;   /* borrowed from the store */
  GParamSpec *field;    /* the person field that names them */
} SgStoreMention;

/* Every record of every kind with a person field naming @person, in the
 * order of the kinds and then of the records: GArray of SgStoreMention. */
GArray       *sg_store_list_mentions    (SgStore           *self,
                                         SgRecord          *person);

/* Two people who are one: every field that names @gone names @keep
 * instead, and @gone leaves the directory, in one transaction with each
 * change in the history. Returns what was relinked (SgStoreMention, the
 * records referenced), for sg_store_undo_merge (); NULL on failure. */
GArray       *sg_store_merge_people     (SgStore           *self,
                                         SgRecord          *keep,
                                         SgRecord          *gone,
                                         GError           **error);
/* Brings @gone back and names it again where the merge named @keep. */
gboolean      sg_store_undo_merge       (SgStore           *self,
                                         SgRecord          *gone,
                                         GArray            *relinked,
                                         GError           **error);

/* How fields of this register's records read (sg_field_format). */
const SgFieldResolver *sg_store_get_field_resolver (SgStore *self);
void          sg_store_close            (SgStore           *self);

void          sg_store_set_user_name    (SgStore           *self,
                                         const char        *user_name);

/* The records of one kind, a GListStore of SgRecord in id order. */
GListModel   *sg_store_get_records      (SgStore           *self,
                                         GType              kind);
SgRecord *const *sg_store_peek_records  (SgStore           *self,
                                         GType              kind,
                                         guint             *n_records);
SgRecord     *sg_store_find_by_id       (SgStore           *self,
                                         GType              kind,
                                         gint64             id);
SgRecord     *sg_store_find_by_ref      (SgStore           *self,
                                         GType              kind,
                                         const char        *ref);


/* The risk method built from the register's scales, levels and matrix. */
SgRiskMethod *sg_store_get_risk_method  (SgStore           *self);

/* Adds a new record: assigns its id, a ref when it has none and its kind
 * numbers refs, and its timestamps. From then on every property change is
 * saved at once; a change that cannot be saved is undone and reported
 * through the "save-failed" signal. Every value a record's field takes,
 * saved or put back, is announced by "record-changed" (the record, the
 * field's GParamSpec), for views of the whole register. */
gboolean      sg_store_add              (SgStore           *self,
                                         SgRecord          *record,
                                         GError           **error);
/* Whether @record may be removed; FALSE with a translated @error saying
 * why not (an Annex A control). */
gboolean      sg_store_can_remove       (SgStore           *self,
                                         SgRecord          *record,
                                         GError           **error);
gboolean      sg_store_remove           (SgStore           *self,
                                         SgRecord          *record,
                                         GError           **error);
/* Brings back a removed record with its id, fields and links, its
 * children, and the references and links to them that the removal emptied. */
gboolean      sg_store_restore          (SgStore           *self,
                                         SgRecord          *record,
                                         GError           **error);

/* The refs the store gives new records of @kind come after @ref from now
 * on (R-150 → R-151, …): for adding records of which some bring their
 * own refs, in any order. A ref of another form changes nothing. */
void          sg_store_reserve_ref      (SgStore           *self,
                                         GType              kind,
                                         const char        *ref);

/* Groups many additions into one transaction: all or nothing. Their
 * records join the lists of sg_store_get_records() when it commits, all
 * at once; sg_store_peek_records() and the lookups see them at once. */
gboolean      sg_store_begin_batch      (SgStore           *self,
                                         GError           **error);
gboolean      sg_store_commit_batch     (SgStore           *self,
                                         GError           **error);
void          sg_store_rollback_batch   (SgStore           *self);

/* Newest first, a GListStore of SgHistoryEntry. */
GListModel   *sg_store_list_history     (SgStore           *self,
                                         SgRecord          *record,
                                         GError           **error);
guint         sg_store_count_history    (SgStore           *self);

/* What sg_store_check_history () found: the chain of the change
 * history, and every record against its newest entry. */
typedef struct
{
  const char  *table;
  gint64       id;
  char        *problem;
} SgHistoryAccept;

typedef struct
{
  guint        n_entries;
  char        *head;        /* the newest entry's hash (64 hex digits), or NULL */
  char        *since;       /* when the chain began (ISO 8601), or NULL */
  GPtrArray   *problems;    /* char*, lines in English, the chain's first */
  guint        n_open;      /* problems no one accepted with "Continue Editing" */
  char        *first_open;  /* the first of them */
  GPtrArray   *accept;      /* SgHistoryAccept*: what continuing accepts */
} SgHistoryCheck;

void          sg_history_check_free     (SgHistoryCheck    *check);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgHistoryCheck, sg_history_check_free)

/* `--check` and the window: walks the change history's hash chain and
 * compares every record with its history. NULL (and @error) only if the
 * history cannot be read. */
SgHistoryCheck *sg_store_check_history  (SgStore           *self,
                                         GError           **error);
/* A register open read-only refuses every change with
 * SG_STORE_ERROR_READ_ONLY and writes nothing; an edit of a record is
 * put back and reported through "save-failed". */
void          sg_store_set_read_only    (SgStore           *self,
                                         gboolean           read_only);
gboolean      sg_store_get_read_only    (SgStore           *self);
/* The hash of the newest history entry, in 64 hex digits (NULL for a
 * register without history): exports print it, so that a later check
 * can be held against what was handed over. */
char         *sg_store_dup_history_head (SgStore           *self);
/* "Continue Editing" after a broken chain: appends an entry that says
 * who continued after what, and one per record of @check's that accepts
 * it as it is now; the register is no longer read-only. Later checks
 * still report the break, as accepted. */
gboolean      sg_store_continue_history (SgStore           *self,
                                         const SgHistoryCheck *check,
                                         GError           **error);

/* `safeguard --check`: SQLite's integrity check and foreign key check. */
gboolean      sg_store_check_integrity  (SgStore           *self,
                                         GError           **error);

G_END_DECLS
