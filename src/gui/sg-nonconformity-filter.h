/* sg-nonconformity-filter.h: which nonconformities the list shows by what stands out about them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sg-nonconformity-rules.h"

G_BEGIN_DECLS

#define SG_TYPE_NONCONFORMITY_FILTER (sg_nonconformity_filter_get_type ())

G_DECLARE_FINAL_TYPE (SgNonconformityFilter, sg_nonconformity_filter, SG, NONCONFORMITY_FILTER, GtkFilter)

/* Follows the NCs and their corrective actions; "flags-changed" says that
 * what stands out may have changed (an NC's status, an action done). */
SgNonconformityFilter *sg_nonconformity_filter_new       (SgStore               *store);
SgStore   *sg_nonconformity_filter_get_store    (SgNonconformityFilter *self);
/* Shows only NCs with one of @flags; SG_NC_FLAG_NONE shows all. */
void       sg_nonconformity_filter_set_required (SgNonconformityFilter *self,
                                                 SgNcFlags              flags);
SgNcFlags  sg_nonconformity_filter_get_required (SgNonconformityFilter *self);
/* Shows only NCs that are not closed (the dashboard's "open"), besides @flags. */
void       sg_nonconformity_filter_set_open_only (SgNonconformityFilter *self,
                                                  gboolean               open_only);
gboolean   sg_nonconformity_filter_get_open_only (SgNonconformityFilter *self);
guint      sg_nonconformity_filter_count_open    (SgNonconformityFilter *self);
/* The day the flags are computed for, an ISO date; NULL: the real today. */
void       sg_nonconformity_filter_set_today    (SgNonconformityFilter *self,
                                                 const char            *today);
SgNcFlags  sg_nonconformity_filter_get_flags    (SgNonconformityFilter *self,
                                                 SgRecord              *nc);
/* How many NCs have @flag. */
guint      sg_nonconformity_filter_count        (SgNonconformityFilter *self,
                                                 SgNcFlags              flag);

G_END_DECLS
