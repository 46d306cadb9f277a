/* sg-readiness.h: how ready the ISMS is for the auditor, clause by clause
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

typedef enum
{
  SG_READINESS_NOT_MET,
  SG_READINESS_PARTLY,
  SG_READINESS_MET,
} SgReadinessState;

/* What the register says about one clause requirement (4.1 … 10.2). */
typedef struct
{
  const char       *ref;          /* "6.1.2" */
  char             *title;        /* the requirement's title */
  SgRecord         *requirement;  /* its record, or NULL; borrowed */
  SgReadinessState  state;        /* computed from the register */
  SgReadinessState  effective;    /* a person's override of it when there is one, else @state */
  gboolean          overridden;   /* the requirement record overrides @state */
  char             *reason;       /* one clause that reads after "met: " */
  GPtrArray        *records;      /* SgRecord*, borrowed: the gaps, or what fulfils it when met */
} SgReadinessResult;

void        sg_readiness_result_free  (gpointer          result);

/* Every clause requirement of 4.1–10.2 in clause order, computed from
 * @store on @today (ISO 8601): a new GPtrArray of SgReadinessResult.
 * The requirement records' own status, typed by a person, is left as it
 * is. @translate FALSE gives English reasons and titles, for scripts. */
GPtrArray  *sg_readiness_evaluate     (SgStore          *store,
                                       const char       *today,
                                       gboolean          translate);

/* The same in a thread, on a copy of @store's file made and opened there
 * (sg_store_copy_to ()): for a large register, where it takes longer
 * than a frame. _finish () names the open register's records (a record
 * deleted since the copy was made is left out); NULL with @error when
 * the copy could not be made or the task was cancelled. */
void        sg_readiness_evaluate_async  (SgStore              *store,
                                          const char           *today,
                                          gboolean              translate,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
GPtrArray  *sg_readiness_evaluate_finish (SgStore              *store,
                                          GAsyncResult         *result,
                                          GError              **error);

/* "met", "partly met" or "not met"; translated when @translate. */
const char *sg_readiness_state_label  (SgReadinessState  state,
                                       gboolean          translate);

G_END_DECLS
