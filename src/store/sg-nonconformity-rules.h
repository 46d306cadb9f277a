/* sg-nonconformity-rules.h: what a nonconformity's state says (clause 10.2) —
 * overdue, actions done but unchecked, reopened — and the effectiveness check
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-enums.h"
#include "sg-store.h"

G_BEGIN_DECLS

/* What stands out about a nonconformity on a day. */
typedef enum
{
  SG_NC_FLAG_NONE                    = 0,
  /* Its due date is before the day, and it is not closed. */
  SG_NC_FLAG_OVERDUE                 = 1 << 0,
  /* Its corrective actions are all done or cancelled, at least one done,
   * and nobody checked whether they worked: not closed, and the
   * effectiveness is not checked — or it was found not effective and an
   * action was done (or raised, without a done date) after that check. */
  SG_NC_FLAG_EFFECTIVENESS_UNCHECKED = 1 << 1,
  /* Not closed, and no corrective action but cancelled ones. */
  SG_NC_FLAG_NO_CORRECTIVE_ACTION    = 1 << 2,
  /* Not closed, and its last check found the actions not effective. */
  SG_NC_FLAG_REOPENED                = 1 << 3,
} SgNcFlags;

/* The corrective actions of @nc (its child Actions), in id order: a new
 * array of borrowed records. */
GPtrArray  *sg_nonconformity_list_actions   (SgStore        *store,
                                             SgRecord       *nc);
/* @today is an ISO date; NULL: the real today. */
SgNcFlags   sg_nonconformity_get_flags      (SgStore        *store,
                                             SgRecord       *nc,
                                             const char     *today);

/* Whether a check may be dated @date: a valid day, not before @nc was
 * raised, not after @today (NULL: the real today); else FALSE with a
 * message for the field. */
gboolean    sg_nonconformity_check_date     (SgRecord       *nc,
                                             const char     *date,
                                             const char     *today,
                                             GError        **error);

/* An effectiveness check as recorded, with what it changed: for Undo. */
typedef struct _SgNcCheck SgNcCheck;

/* Records the check of @nc's corrective actions in one batch (each field
 * in the history): @result (effective or not effective), done on @date (an
 * ISO date, not before the NC was raised nor after @today — NULL: the real
 * today), by @checked_by (a person's id, 0: not named) with @notes.
 * "Not effective" reopens the NC: status open, closed-on empty. "Effective"
 * closes it when @close is set: status closed, closed on @date (an NC
 * closed already keeps its day). NULL with
 * @error (SG_STORE_ERROR_INVALID and a message for the date field, or the
 * store's) if nothing was saved. */
SgNcCheck  *sg_nonconformity_record_check   (SgStore        *store,
                                             SgRecord       *nc,
                                             SgEffectiveness result,
                                             const char     *date,
                                             gint64          checked_by,
                                             const char     *notes,
                                             gboolean        close,
                                             const char     *today,
                                             GError        **error);
/* Whether the check reopened a closed or awaiting NC. */
gboolean    sg_nc_check_get_reopened        (SgNcCheck      *check);
gboolean    sg_nc_check_get_closed          (SgNcCheck      *check);
SgRecord   *sg_nc_check_get_nonconformity   (SgNcCheck      *check);
/* Puts back every field the check changed, in one batch. */
gboolean    sg_nc_check_undo                (SgNcCheck      *check,
                                             SgStore        *store,
                                             GError        **error);
void        sg_nc_check_free                (SgNcCheck      *check);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgNcCheck, sg_nc_check_free)

/* The store's rule (sg-store-rules.c): when @nc's effectiveness becomes
 * "not effective", however it is edited, the NC is reopened — appends to
 * @changes (SgStoreChange) the fields that change with it. */
void        sg_nonconformity_follow_effectiveness (SgRecord     *nc,
                                                   const GValue *old_value,
                                                   GArray       *changes);

G_END_DECLS
