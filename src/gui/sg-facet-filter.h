/* sg-facet-filter.h: which records a generic page shows, by the facets their kind declares
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_FACET_FILTER (sg_facet_filter_get_type ())

G_DECLARE_FINAL_TYPE (SgFacetFilter, sg_facet_filter, SG, FACET_FILTER, GtkFilter)

SgFacetFilter *sg_facet_filter_new          (SgStore       *store,
                                             GType          kind);
GType          sg_facet_filter_get_kind     (SgFacetFilter *self);
guint          sg_facet_filter_get_n_facets (SgFacetFilter *self);
GParamSpec    *sg_facet_filter_get_facet    (SgFacetFilter *self,
                                             guint          index);
/* Shows only records whose facet @index holds @target: an enum's nick,
 * "true" or "false", a referenced record's id in decimal ("0": none);
 * NULL or "any" shows every value. */
void           sg_facet_filter_set          (SgFacetFilter *self,
                                             guint          index,
                                             const char    *target);
/* "any" when the facet does not filter. */
const char    *sg_facet_filter_get          (SgFacetFilter *self,
                                             guint          index);
gboolean       sg_facet_filter_is_active    (SgFacetFilter *self);
/* Whether the kind has a due declaration, and so an "Overdue" facet:
 * only the records sg_record_is_overdue () says are overdue today. */
gboolean       sg_facet_filter_has_overdue  (SgFacetFilter *self);
void           sg_facet_filter_set_overdue  (SgFacetFilter *self,
                                             gboolean       overdue_only);
gboolean       sg_facet_filter_get_overdue  (SgFacetFilter *self);
void           sg_facet_filter_clear        (SgFacetFilter *self);
/* The values to offer for facet @index, as targets and their labels
 * (parallel, NULL-terminated): every value of a choice, yes and no, and
 * the records that some record of the kind actually names. */
void           sg_facet_filter_list_values  (SgFacetFilter *self,
                                             guint          index,
                                             GStrv         *targets,
                                             GStrv         *labels);

G_END_DECLS
