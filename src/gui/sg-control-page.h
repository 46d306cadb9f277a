/* sg-control-page.h: the Statement of Applicability — the controls by theme, their summary, filters, bulk edit
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-facet-filter.h"
#include "sg-page.h"
#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_CONTROL_PAGE (sg_control_page_get_type ())

G_DECLARE_FINAL_TYPE (SgControlPage, sg_control_page, SG, CONTROL_PAGE, SgPage)

/* What the page shows beyond the facets: a summary figure or a rule. */
typedef enum
{
  SG_CONTROL_SHOW_ALL,
  SG_CONTROL_SHOW_APPLICABLE,
  SG_CONTROL_SHOW_EXCLUDED,
  SG_CONTROL_SHOW_IMPLEMENTED,
  SG_CONTROL_SHOW_FLAGGED,
  SG_CONTROL_SHOW_EXCLUDED_WITHOUT_JUSTIFICATION,
  SG_CONTROL_SHOW_NOT_IMPLEMENTED,
  SG_CONTROL_SHOW_WITHOUT_REASON,
  SG_CONTROL_SHOW_OVERDUE,
  SG_CONTROL_SHOW_EVIDENCE_PROBLEM,
} SgControlShow;

/* Where the rules' dates are measured from; NULL: the real today. */
GtkWidget     *sg_control_page_new            (SgStore       *store,
                                               const char    *title,
                                               const char    *today);
SgFacetFilter *sg_control_page_get_facet_filter (SgControlPage *self);
/* @section: a theme, SG_SOA_THEME_OWN, or -2 for every section. */
void           sg_control_page_set_show       (SgControlPage *self,
                                               int            section,
                                               SgControlShow  show);
/* "12 of 93 controls" while filtering, "93 controls" otherwise. */
const char    *sg_control_page_get_count_text (SgControlPage *self);
guint          sg_control_page_get_n_shown    (SgControlPage *self);
GtkWidget     *sg_control_page_get_list       (SgControlPage *self);
GtkWidget     *sg_control_page_get_editor     (SgControlPage *self);
/* The selected controls in list order (a new array, records borrowed). */
GPtrArray     *sg_control_page_get_selection  (SgControlPage *self);
void           sg_control_page_select         (SgControlPage *self,
                                               SgRecord      *control);

G_END_DECLS
