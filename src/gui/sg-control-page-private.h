/* sg-control-page-private.h: what the controls page's files share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-control-page.h"
#include "sg-control-row.h"

G_BEGIN_DECLS

/* sg_control_page_set_show ()'s every section. */
#define ANY_SECTION (-2)

struct _SgControlPage
{
  SgPage            parent_instance;

  GtkWidget        *leaflet;
  GtkWidget        *list_pane;
  GtkWidget        *list_header;
  GtkWidget        *sidebar_button;
  GtkWidget        *list_title;
  GtkWidget        *show_button;
  GtkWidget        *summary_scroller;
  GtkWidget        *summary_box;
  GtkWidget        *list_box;
  GtkWidget        *bulk_revealer;
  GtkWidget        *bulk_label;
  GtkWidget        *owner_button;
  GtkWidget        *detail_clamp;
  GtkWidget        *detail_header;
  GtkWidget        *list_button;
  GtkWidget        *detail_title;
  GtkWidget        *delete_button;
  GtkWidget        *detail_stack;
  GtkWidget        *multi_page;
  GtkWidget        *editor;

  SgStore          *store;
  char             *today;
  GtkSortListModel *sorted;
  GHashTable       *watched;     /* SgRecord* (a ref) → its notify handler */
  GtkFilterListModel *filtered;
  GtkFilter        *filter;      /* the filter model's */
  SgFacetFilter    *facets;
  int               section;
  SgControlShow     show;
  char             *count_text;
  guint             refresh_id;
  gboolean          narrow;
};

void          sg_control_page_show_toast  (SgControlPage *self,
                                           AdwToast      *toast);
void          sg_control_page_show_error  (SgControlPage *self,
                                           const GError  *error);
/* Reads the rules again for every row, the summary and the filter. */
void          sg_control_page_refresh     (SgControlPage *self);
SgControlRow *sg_control_page_find_row    (SgControlPage *self,
                                           SgRecord      *control);
/* Selects only @row and moves the keyboard focus there. */
void          sg_control_page_select_row  (SgControlPage *self,
                                           SgControlRow  *row);
void          sg_control_page_show_detail (SgControlPage *self);

/* sg-control-page-actions.c: deciding, bulk edit, adding and deleting. */
void          sg_control_page_install_actions (GtkWidgetClass *widget_class);
/* The header's menu of what to look at (soa.show). */
GMenuModel   *sg_control_page_new_show_menu   (void);
/* The bar below the list while several controls are selected. */
GtkWidget    *sg_control_page_build_bulk_bar  (SgControlPage  *self);
/* Its owner menu: the directory as it is now. */
void          sg_control_page_update_owner_menu (SgControlPage *self);

G_END_DECLS
