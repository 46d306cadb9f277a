/* sg-policy.h: which documents are the information security policy and the topic-specific policies (5.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

/* The documents of type policy that are not withdrawn, the information
 * security policy first: an approved policy before one that is not, and
 * then the oldest record, since the top-level policy is written before
 * the topic-specific ones that follow from it. The rest follow in the
 * same order. Never NULL; the records are borrowed. */
GPtrArray *sg_policy_list (SgStore *store);

G_END_DECLS
