/* sg-history-entry.h: one line of a record's change history
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  SG_HISTORY_CREATE,
  SG_HISTORY_CHANGE,
  SG_HISTORY_DELETE,
  SG_HISTORY_RESTORE,
  /* The chain's own entries: where it begins, where editing continued
   * after a break, a record accepted as it was found then. */
  SG_HISTORY_CHAIN,
} SgHistoryAction;

#define SG_TYPE_HISTORY_ENTRY (sg_history_entry_get_type ())

G_DECLARE_FINAL_TYPE (SgHistoryEntry, sg_history_entry, SG, HISTORY_ENTRY, GObject)

SgHistoryEntry  *sg_history_entry_new          (SgHistoryAction  action,
                                                const char      *field,
                                                const char      *old_value,
                                                const char      *new_value,
                                                const char      *changed_at,
                                                const char      *changed_by);
SgHistoryAction  sg_history_entry_get_action     (SgHistoryEntry *self);
const char      *sg_history_entry_get_field      (SgHistoryEntry *self);
const char      *sg_history_entry_get_old_value  (SgHistoryEntry *self);
const char      *sg_history_entry_get_new_value  (SgHistoryEntry *self);
const char      *sg_history_entry_get_changed_at (SgHistoryEntry *self);
const char      *sg_history_entry_get_changed_by (SgHistoryEntry *self);

G_END_DECLS
