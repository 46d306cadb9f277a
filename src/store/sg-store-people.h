/* sg-store-people.h: people of the directory who may be one, after a
 * migration or a careless import
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

/* Two people of the directory whose names suggest they are one: "J.
 * Petersen" and "Jana Petersen", "Petersen, Jana", "Thomas Wagner" and
 * "Tomas Wagner". @keep is the one to keep if they are merged — the one
 * named more often, else the fuller name. */
typedef struct
{
  SgRecord *keep;          /* references */
  SgRecord *gone;
  guint     keep_mentions; /* how many fields name each */
  guint     gone_mentions;
} SgNearDuplicate;

void          sg_near_duplicate_free        (SgNearDuplicate *pair);

/* Every such pair, the closest first, without those the user said are
 * two people (sg_store_set_not_same): a GPtrArray of SgNearDuplicate. */
GPtrArray    *sg_store_list_near_duplicates (SgStore   *self);

/* Remembers in the register, on both people (SG_PERSON_NOT_SAME_AS),
 * that @a and @b are two people, so they are not offered again. */
gboolean      sg_store_set_not_same         (SgStore   *self,
                                             SgRecord  *a,
                                             SgRecord  *b,
                                             GError   **error);

/* Whether the names @a and @b may name one person (the rules above). */
gboolean      sg_person_names_may_be_one    (const char *a,
                                             const char *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgNearDuplicate, sg_near_duplicate_free)

G_END_DECLS
