/* sg-history-list.h: the change history of one record
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_HISTORY_LIST (sg_history_list_get_type ())

G_DECLARE_FINAL_TYPE (SgHistoryList, sg_history_list, SG, HISTORY_LIST, AdwPreferencesGroup)

GtkWidget *sg_history_list_new         (SgStore       *store);
/* Shows @record's history, newest first, and follows its changes. */
void       sg_history_list_set_record  (SgHistoryList *self,
                                        SgRecord      *record);

G_END_DECLS
