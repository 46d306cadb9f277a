/* sg-independence.h: whether an audit's auditors audit their own work (clause 9.2.2 c)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

/* One auditor of an audit who owns records in its scope — directly, or
 * through a role: as holder or deputy of a role whose other holder owns
 * them (a deputy stands in for the owner, so audits the same work). */
typedef struct
{
  SgRecord  *auditor;          /* the person, borrowed */
  gboolean   lead;             /* the lead auditor, else of the team */
  guint      n_controls;       /* controls in scope they own */
  guint      n_clauses;        /* clauses in scope they own */
  GPtrArray *records;          /* SgRecord*: those records, borrowed */
  GPtrArray *roles;            /* SgRecord*: the roles it goes through, borrowed */
} SgIndependenceConflict;

typedef struct
{
  SgRecord  *audit;            /* borrowed */
  guint      n_controls;       /* controls in scope */
  guint      n_clauses;        /* clauses in scope */
  GArray    *conflicts;        /* SgIndependenceConflict, lead first */
  const char *reason;          /* the audit's independence note, or NULL */
} SgIndependence;

SgIndependence *sg_independence_check     (SgStore        *store,
                                           SgRecord       *audit);
void            sg_independence_free      (SgIndependence *independence);
/* Some auditor owns records in scope (conflicts->len > 0). */
gboolean        sg_independence_has_conflict (const SgIndependence *independence);
/* A conflict with no reason recorded: the audit is flagged. With a
 * reason it is accepted. */
gboolean        sg_independence_is_flagged (const SgIndependence *independence);
/* Translated: "Dana Fox owns 12 of the 30 controls in scope and 1 of the
 * 4 clauses in scope." */
char           *sg_independence_describe  (SgStore              *store,
                                           const SgIndependence *independence,
                                           const SgIndependenceConflict *conflict);
/* The audits flagged now (not cancelled), in the store's order:
 * SgRecord*, borrowed. For the dashboard. */
GPtrArray      *sg_independence_list_flagged (SgStore     *store);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgIndependence, sg_independence_free)

G_END_DECLS
