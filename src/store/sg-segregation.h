/* sg-segregation.h: people who hold roles declared incompatible (clause 5.3, Annex A 5.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

/* One person in two roles that must not meet in one person — as holder
 * or deputy of each — or, with @role_b NULL, the holder of @role_a who
 * also assigned it to themselves. */
typedef struct
{
  SgRecord *person;     /* borrowed */
  SgRecord *role_a;     /* borrowed; the lower ref of the two */
  SgRecord *role_b;     /* borrowed; NULL: @role_a assigned by its own holder */
  gboolean  deputy_a;   /* the person is @role_a's deputy, not its holder */
  gboolean  deputy_b;
} SgSegregationConflict;

/* Every conflict of @store, each pair once, sorted by the person's name,
 * then the roles' refs: a new GArray of SgSegregationConflict. */
GArray *sg_segregation_find         (SgStore                     *store);
/* How many different people the conflicts of two roles name. */
guint   sg_segregation_count_people (GArray                      *conflicts,
                                     gboolean                     pairs);
/* One sentence, translated: "Jana Petersen holds ROLE-002 ISMS auditor
 * and ROLE-005 Control owner, declared incompatible". */
char   *sg_segregation_describe     (const SgSegregationConflict *conflict);

G_END_DECLS
