/* sg-facet-button.h: the filter menu of a generic page, one section per facet of its kind
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-facet-filter.h"

G_BEGIN_DECLS

#define SG_TYPE_FACET_BUTTON (sg_facet_button_get_type ())

G_DECLARE_FINAL_TYPE (SgFacetButton, sg_facet_button, SG, FACET_BUTTON, GtkWidget)

/* A menu button that sets @filter; its actions are "facets.f0", "facets.f1"
 * … (one per facet, a string target as sg_facet_filter_set () takes) and
 * "facets.clear". */
GtkWidget     *sg_facet_button_new        (SgFacetFilter *filter);
SgFacetFilter *sg_facet_button_get_filter (SgFacetButton *self);
/* The menu as it would open now. */
GMenuModel    *sg_facet_button_get_menu   (SgFacetButton *self);

G_END_DECLS
