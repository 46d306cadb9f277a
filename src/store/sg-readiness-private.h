/* sg-readiness-private.h: what the readiness rules share across their files
 *
 * sg-readiness.c holds the helpers, the table of rules and the entry
 * point; the rules themselves are in sg-readiness-plan.c (clauses 4–6)
 * and sg-readiness-operate.c (clauses 7–10).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-readiness.h"

G_BEGIN_DECLS

/* A message with a plural: xgettext reads both forms (see po/meson.build). */
#define NP_(singular, plural) singular, plural

typedef struct
{
  SgStore    *store;
  const char *today;
  char       *year_ago;    /* today 12 months ago */
  char       *year_ahead;  /* today in 12 months */
  guint       months;      /* how long evidence stays current (sg_competence_get_months ()) */
  gboolean    translate;
} Ctx;

typedef void (*RuleFunc) (Ctx               *ctx,
                          SgReadinessResult *result);

typedef gboolean (*Check) (Ctx      *ctx,
                           SgRecord *record);

/* Helpers (sg-readiness.c) */

char *
sg_readiness_say (Ctx        *ctx,
                  const char *msgid,
                  ...);

char *
sg_readiness_say_n (Ctx        *ctx,
                    gulong      n,
                    const char *singular,
                    const char *plural,
                    ...);

void
sg_readiness_verdict (SgReadinessResult *result,
                      SgReadinessState   state,
                      char              *reason);

SgRecord *const *
sg_readiness_records (Ctx   *ctx,
                      GType  kind,
                      guint *n);

gboolean
sg_readiness_has_text (SgRecord   *record,
                       const char *field);

gboolean
sg_readiness_has_person (SgRecord   *record,
                         const char *field);

gboolean
sg_readiness_is_before (const char *date,
                        const char *day);

gboolean
sg_readiness_in_last_year (Ctx        *ctx,
                           const char *date);

gboolean
sg_readiness_still_valid (Ctx        *ctx,
                          const char *date);

char *
sg_readiness_shift_months (const char *today,
                           int         months);

void
sg_readiness_every (Ctx               *ctx,
                    SgReadinessResult *result,
                    GType              kind,
                    Check              include,
                    Check              check,
                    const char        *none,
                    const char        *met_singular,
                    const char        *met_plural,
                    const char        *gap_singular,
                    const char        *gap_plural);

gboolean
sg_readiness_risk_open (Ctx      *ctx,
                        SgRecord *risk);

gboolean
sg_readiness_risk_assessed (SgRecord *risk);

gboolean
sg_readiness_document_current (Ctx      *ctx,
                               SgRecord *document);

gboolean
sg_readiness_document_approved (Ctx      *ctx,
                                SgRecord *document);

gboolean
sg_readiness_document_reviewed (Ctx      *ctx,
                                SgRecord *document);

SgRecord *
sg_readiness_find_policy (Ctx       *ctx,
                          SgRecord **best);

gboolean
sg_readiness_review_held (SgRecord *review);

SgRecord *
sg_readiness_last_review (Ctx *ctx);

SgRecord *
sg_readiness_review_in_last_year (Ctx *ctx);

/* The rules, one per clause requirement */

void sg_readiness_rule_10_1 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_10_2 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_4_1 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_4_2 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_4_3 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_4_4 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_5_1 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_5_2 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_5_3 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_6_1_1 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_6_1_2 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_6_1_3 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_6_2 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_6_3 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_7_1 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_7_2 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_7_3 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_7_4 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_7_5_1 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_7_5_2 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_7_5_3 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_8_1 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_8_2 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_8_3 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_9_1 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_9_2_1 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_9_2_2 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_9_3_1 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_9_3_2 (Ctx *ctx, SgReadinessResult *result);
void sg_readiness_rule_9_3_3 (Ctx *ctx, SgReadinessResult *result);

G_END_DECLS
