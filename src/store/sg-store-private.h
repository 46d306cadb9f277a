/* sg-store-private.h: what the files of SgStore share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-field-codec.h"
#include "sg-store-backend.h"
#include "sg-store.h"

G_BEGIN_DECLS

/* A record kind in the store: what the backend sees of it, then its
 * records. */
typedef struct
{
  SgStoreKind     info;        /* first: the backend gets &kd->info */
  GListStore     *records;
  GPtrArray      *order;       /* SgRecord* (borrowed): records' items, for loops
                                * that should not pay a reference per record;
                                * in a batch, then the records added since it
                                * began, which join records when it commits */
  GHashTable     *by_id;       /* gint64* → SgRecord* (borrowed from records) */
  GHashTable     *by_ref;      /* ref → SgRecord* (borrowed), built on first use */
  GPtrArray      *state_fields; /* GParamSpec*: what a history entry's state covers, by name */
  guint           max_ref_number;
} SgStoreKindData;

struct _SgStore
{
  GObject          parent_instance;

  char            *path;
  SgStoreBackend  *backend;      /* NULL once closed */
  gboolean         created;
  gboolean         opened_read_only; /* opened with SG_STORE_OPEN_READ_ONLY */
  char            *backup_path;  /* the copy written before migrating */
  int              file_version; /* the file's schema version when opened */
  char            *user_name;

  GHashTable      *kinds;        /* GType → SgStoreKindData* */
  GPtrArray       *kind_list;    /* SgStoreKindData*, in sg_record_kinds() order */

  SgRiskMethod    *risk_method;
  SgFieldResolver  resolver;

  guint            quiet;        /* > 0: property changes are ours, not edits */
  gboolean         read_only;    /* every change is refused (sg_store_set_read_only) */
  gboolean         in_batch;
  guint            following;    /* > 0: the store sets what the readings say */
  gboolean         batch_failed; /* an edit in the batch failed: it must not commit */
  GPtrArray       *batch_added;  /* SgRecord* added since sg_store_begin_batch */
  GPtrArray       *batch_listed; /* SgRecord* waiting to join the lists at its end */
  gint64           now_second;   /* the second now_text shows */
  char            *now_text;
};

/* sg-store.c */
SgStoreKindData *sg_store_get_kind_data  (SgStore          *self,
                                          GType             type);
/* Every record of every kind from the backend; FALSE if the register
 * cannot be read. */
gboolean  sg_store_load              (SgStore          *self,
                                      GError          **error);
/* Sets a field without saving it: the store's own change. */
void      sg_store_set_quietly       (SgStore          *self,
                                      SgRecord         *record,
                                      GParamSpec       *pspec,
                                      const GValue     *value);
void      sg_store_track_record      (SgStore          *self,
                                      SgStoreKindData  *kd,
                                      SgRecord         *record);
void      sg_store_untrack_record    (SgStore          *self,
                                      SgStoreKindData  *kd,
                                      SgRecord         *record);
void      sg_store_list_append       (SgStore          *self,
                                      SgStoreKindData  *kd,
                                      SgRecord         *record);
/* Writes @record's row, links and history line: a new record
 * (SG_HISTORY_CREATE) or one coming back with its id (SG_HISTORY_RESTORE). */
gboolean  sg_store_insert_record     (SgStore          *self,
                                      SgStoreKindData  *kd,
                                      SgRecord         *record,
                                      SgHistoryAction   action,
                                      GError          **error);
/* A change outside a batch is a transaction of its own; inside one it
 * joins the batch's. */
gboolean  sg_store_tx_begin          (SgStore          *self,
                                      GError          **error);
gboolean  sg_store_tx_commit         (SgStore          *self,
                                      GError          **error);
void      sg_store_tx_rollback       (SgStore          *self);
gboolean  sg_store_write_history     (SgStore          *self,
                                      SgStoreKindData  *kd,
                                      SgRecord         *record,
                                      SgHistoryAction   action,
                                      GParamSpec       *pspec,
                                      const char       *old_text,
                                      const char       *new_text,
                                      const char       *when,
                                      GError          **error);
/* sg-store-chain.c: sets @error to say the register is open read-only;
 * returns FALSE. */
gboolean  sg_store_refuse_read_only  (SgStore          *self,
                                      GError          **error);
/* What a history entry records of @record's values; as if each field of
 * @pspecs held the value of @instead at its place. */
char     *sg_store_record_state      (SgStoreKindData  *kd,
                                      SgRecord         *record,
                                      GParamSpec      **pspecs,
                                      const GValue    **instead,
                                      guint             n_instead);

/* The same with @record's state as it is after the entry, where the
 * record does not hold it yet. */
gboolean  sg_store_write_history_state (SgStore        *self,
                                      SgStoreKindData  *kd,
                                      SgRecord         *record,
                                      SgHistoryAction   action,
                                      GParamSpec       *pspec,
                                      const char       *old_text,
                                      const char       *new_text,
                                      const char       *when,
                                      const char       *state,
                                      GError          **error);
/* A value as the history writes it: linked records by name or ref. */
char     *sg_store_history_text      (SgStore          *self,
                                      GParamSpec       *pspec,
                                      const GValue     *value);

/* sg-store-names.c: the resolver fields format records through. */
void      sg_store_init_resolver     (SgStore          *self);

/* The time of a change, as every record and history line stores it. */
char     *sg_store_timestamp_now     (SgStore          *self);

/* sg-store-rules.c: what else an edit changes, in the same transaction.
 * A rule of a kind's (sg-nonconformity-rules.c) names each field and its
 * new value; the store sets and saves them after the edit. */
typedef struct
{
  GParamSpec *pspec;
  GValue      value;
} SgStoreChange;

/* An array of SgStoreChange that unsets its values. */
GArray   *sg_store_changes_new       (void);
/* Whether a rule follows edits of @pspec of @record. */
gboolean  sg_store_rules_apply       (SgRecord         *record,
                                      GParamSpec       *pspec);
/* The changes that follow @record's edit of @pspec from @old_value; NULL
 * when none. */
GArray   *sg_store_rules_follow      (SgRecord         *record,
                                      GParamSpec       *pspec,
                                      const GValue     *old_value);

/* sg-store-rules.c: what the kinds declare a record may not hold. FALSE
 * with SG_STORE_ERROR_INVALID and the translated reason when @record
 * breaks a rule that involves @changed (NULL: any rule). */
gboolean  sg_store_check_rules       (SgStore          *self,
                                      SgRecord         *record,
                                      GParamSpec       *changed,
                                      GError          **error);
/* After @changed was saved: a status that became "done" fills an empty
 * "done on" date with today (saved as an edit of its own). */
void      sg_store_fill_done_date    (SgStore          *self,
                                      SgRecord         *record,
                                      GParamSpec       *changed);
/* Before adding: the same, quietly. */
void      sg_store_fill_done_date_quietly (SgStore     *self,
                                      SgRecord         *record);
/* After @record's @pspec was saved (NULL: @record was added or
 * removed), the objective it belongs to takes its current value from
 * the latest reading and, unless its status was set by hand, the status
 * its readings suggest (sg-objective-progress.h), saved as edits of
 * their own. A status a person picks marks it as set by hand.
 * @old_parent: the objective a reading was moved from (0: none). */
void      sg_store_follow_readings   (SgStore          *self,
                                      SgRecord         *record,
                                      GParamSpec       *pspec,
                                      gint64            old_parent);
/* Before adding: an objective that comes with a status (an import, a
 * copy) keeps it as set by hand rather than have the readings replace a
 * person's word at once. */
void      sg_store_keep_given_status_quietly (SgStore  *self,
                                      SgRecord         *record);
/* Every objective, as above, in one batch: on opening a register that
 * may be written, since a due date may have passed since. */
void      sg_store_follow_all_objectives (SgStore      *self);

G_END_DECLS
