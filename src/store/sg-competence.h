/* sg-competence.h: a person's roles, competence evidence, awareness and policy acknowledgement (clauses 7.2, 7.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

/* Months that evidence, an awareness activity and a policy acknowledgement
 * stay current for, unless the caller says otherwise (Preferences' key
 * evidence-months sets it for the whole program). */
#define SG_COMPETENCE_DEFAULT_MONTHS 12

typedef enum
{
  SG_COMPETENCE_GAP_NO_EVIDENCE,     /* a role held with no competence record for it */
  SG_COMPETENCE_GAP_STALE_EVIDENCE,  /* the newest evidence for a role is old or undated */
  SG_COMPETENCE_GAP_NO_AWARENESS,    /* no awareness activity taken part in within the interval */
  SG_COMPETENCE_GAP_POLICY_NEVER,    /* the policy never acknowledged */
  SG_COMPETENCE_GAP_POLICY_OLD,      /* acknowledged longer ago than the interval */
} SgCompetenceGapKind;

typedef struct
{
  SgCompetenceGapKind  kind;
  SgRecord            *role;    /* borrowed; evidence gaps only */
  SgRecord            *record;  /* borrowed; the stale record, or the last activity taken part in */
} SgCompetenceGap;

typedef struct
{
  SgRecord  *role;      /* borrowed */
  gboolean   deputy;    /* the person is its deputy, not its holder */
  GPtrArray *evidence;  /* SgRecord*, borrowed: the person's competence records for it, newest first */
} SgCompetenceRole;

typedef struct
{
  SgRecord   *person;       /* borrowed */
  char       *since;        /* the first day that counts as current (ISO 8601) */
  GArray     *roles;        /* SgCompetenceRole, in role ref order */
  GPtrArray  *other;        /* SgRecord*, borrowed: the person's competence records for no role held */
  GPtrArray  *activities;   /* SgRecord*, borrowed: awareness activities taken part in, newest first */
  const char *acknowledged; /* the policy-acknowledged-on date, or NULL; borrowed */
  GArray     *gaps;         /* SgCompetenceGap, in the order of the kinds above */
} SgCompetenceSummary;

/* What @store says about @person on @today (ISO 8601; NULL: today), with
 * evidence current for @months months. An inactive person has no gaps. */
SgCompetenceSummary *sg_competence_summarise     (SgStore                   *store,
                                                  SgRecord                  *person,
                                                  const char                *today,
                                                  guint                      months);
void                 sg_competence_summary_free  (SgCompetenceSummary       *summary);
/* One sentence, translated: "No competence evidence for ROLE-002 ISMS auditor". */
char                *sg_competence_describe_gap  (const SgCompetenceSummary *summary,
                                                  const SgCompetenceGap     *gap);
/* What stands out in a list: one sentence per gap of a person, or for a
 * competence record whose evidence is old or undated; NULL when nothing. */
char                *sg_competence_describe_attention (SgStore          *store,
                                                       SgRecord         *record,
                                                       const char       *today,
                                                       guint             months);

guint                sg_competence_get_months    (void);
void                 sg_competence_set_months    (guint                      months);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgCompetenceSummary, sg_competence_summary_free)

G_END_DECLS
