/* sg-history-chain.h: how a history entry and a record's state are hashed
 * — the one encoding every backend and the migration use
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store-backend.h"

G_BEGIN_DECLS

/* Lowercase hex digits of a SHA-256. */
#define SG_HISTORY_HASH_LEN 64

/* The field of the chain's own entries (SG_HISTORY_CHAIN, in no
 * record: table "", id 0): where it begins (new value: how many entries
 * were written before it), where editing continued after a break (old
 * value: what was broken; new value: the head then). In a record: that
 * record accepted as it was found (old value: what was wrong). */
#define SG_HISTORY_CHAIN_BEGIN    "begin"
#define SG_HISTORY_CHAIN_CONTINUE "continue"
#define SG_HISTORY_CHAIN_ACCEPT   "accept"

/* The hash before the first entry: 64 zeros. */
extern const char sg_history_chain_genesis[SG_HISTORY_HASH_LEN + 1];

/* How the history's action column spells @action. */
const char  *sg_history_action_name    (SgHistoryAction  action);
/* The action @name spells; FALSE if none does. */
gboolean     sg_history_action_parse   (const char      *name,
                                        SgHistoryAction *action);

/* SHA-256 over @prev (64 hex digits; NULL for the first entry) and
 * @row's content, as HACKING.md writes it down. */
char        *sg_history_chain_link     (const char              *prev,
                                        const SgStoreHistoryRow *row);
/* Whether @hash looks like one this program wrote. */
gboolean     sg_history_hash_is_valid  (const char              *hash);

/* Whether a record's state covers @pspec: every field, link sets
 * included, but its id and its "updated" time. */
gboolean     sg_history_state_covers   (GParamSpec              *pspec);
/* The fields of @pspecs a state covers, in the order a digest takes
 * them (by name). */
GPtrArray   *sg_history_state_fields   (GParamSpec             **pspecs,
                                        guint                    n);
/* sg_history_state_digest() of fields as sg_history_state_fields()
 * gave them, with @values in their order: for every record added. */
char        *sg_history_state_digest_fields (GParamSpec        **fields,
                                             const GValue      **values,
                                             guint               n);
/* SHA-256 over the fields of @pspecs (those it covers) whose @values are
 * not the field's default, in the order of their names. */
char        *sg_history_state_digest   (GParamSpec             **pspecs,
                                        const GValue           **values,
                                        guint                    n);

G_END_DECLS
