/* sg-audit-programme.h: the audit programme (clause 9.2.2) — audits by quarter, and what they covered
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

/* How many years may pass before a clause or a control theme no completed
 * audit covered counts as a gap in the programme. */
#define SG_AUDIT_PROGRAMME_YEARS 3

/* The audits of one quarter, by their planned date, or their actual date
 * once done. */
typedef struct
{
  int        year;
  int        quarter;     /* 1 … 4 */
  guint      n_planned;   /* every audit in it but cancelled ones */
  guint      n_done;      /* completed */
  GPtrArray *audits;      /* SgRecord*, borrowed from the store, by date */
} SgAuditQuarter;

typedef enum
{
  SG_AUDIT_COVERAGE_CLAUSE,   /* number: a top-level clause, 4 … 10 */
  SG_AUDIT_COVERAGE_THEME,    /* number: an SgControlTheme */
} SgAuditCoverageKind;

/* When a clause or an Annex A theme was last covered by a completed audit
 * (through its "clauses in scope" or "controls in scope"). */
typedef struct
{
  SgAuditCoverageKind kind;
  int                 number;
  const char         *label;       /* translated: "Leadership", "People controls" */
  char               *last_date;   /* ISO date, or NULL: never */
  SgRecord           *last_audit;  /* borrowed, or NULL */
  gboolean            gap;         /* never, or longer ago than the years above */
} SgAuditCoverage;

typedef struct
{
  char   *today;
  char   *gap_before;   /* a last date before this is a gap */
  GArray *quarters;     /* SgAuditQuarter, oldest first */
  guint   n_undated;    /* audits with neither date */
  GArray *coverage;     /* SgAuditCoverage: clauses 4 … 10, then the four themes */
  guint   n_gaps;
} SgAuditProgramme;

/* The programme as the register holds it on @today (NULL: the real
 * today). */
SgAuditProgramme *sg_audit_programme_new   (SgStore          *store,
                                            const char       *today);
void              sg_audit_programme_free  (SgAuditProgramme *programme);
/* The date an audit stands in the programme under: its actual date once
 * completed (or when only that is known), else its planned date; NULL
 * for neither. */
const char       *sg_audit_programme_date  (SgRecord         *audit);
/* The top-level clause of a requirement's ref ("9.2" → 9), or 0. */
int               sg_audit_programme_clause_of (const char   *ref);
/* Translated name of a top-level clause 4 … 10 ("Leadership"). */
const char       *sg_audit_programme_clause_name (int          clause);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgAuditProgramme, sg_audit_programme_free)

G_END_DECLS
