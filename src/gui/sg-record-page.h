/* sg-record-page.h: the list of one kind of record beside its editor
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-facet-filter.h"
#include "sg-page.h"

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_RECORD_PAGE (sg_record_page_get_type ())

G_DECLARE_FINAL_TYPE (SgRecordPage, sg_record_page, SG, RECORD_PAGE, SgPage)

/* A page for every record kind, its columns and fields found by introspection. */
GtkWidget  *sg_record_page_new           (SgStore      *store,
                                          GType         kind,
                                          const char   *title);
/* A page with a table and an editor made for @kind: @editor is an
 * SgRecordEditor or any widget with a writable "record" property, whose
 * grab_focus moves to the first field a person fills in. */
GtkWidget  *sg_record_page_new_full      (SgStore      *store,
                                          GType         kind,
                                          const char   *title,
                                          GtkWidget    *table,
                                          GtkWidget    *editor);
/* The filter by the kind's declared facets and its menu, as the generic
 * page has them: for a page made to measure that wants them too. */
void        sg_record_page_add_facets    (SgRecordPage *self);
GtkWidget  *sg_record_page_get_table     (SgRecordPage *self);
GtkWidget  *sg_record_page_get_editor    (SgRecordPage *self);
/* The filter by the kind's facets and its menu button; NULL for a kind
 * without facets or a page made to measure. */
SgFacetFilter *sg_record_page_get_facet_filter (SgRecordPage *self);
GtkWidget  *sg_record_page_get_facet_button (SgRecordPage *self);
/* Adds a button (a filter menu, say) to the list's header bar, at its end. */
void        sg_record_page_add_header_widget (SgRecordPage *self,
                                              GtkWidget    *widget);
/* Adds what a kind shows above its list (the People page: who may be
 * listed twice), under the search bar. */
void        sg_record_page_add_list_header (SgRecordPage *self,
                                            GtkWidget    *widget);
/* The subtitle under the list's title, e.g. "12 of 40 risks". */
typedef char *(*SgRecordPageCountFunc) (guint    shown,
                                        guint    total,
                                        gpointer data);
void        sg_record_page_set_count_func (SgRecordPage          *self,
                                           SgRecordPageCountFunc  func,
                                           gpointer               data,
                                           GDestroyNotify         destroy);
void        sg_record_page_update_count  (SgRecordPage *self);
/* Asked before a record is deleted: NULL deletes at once; else the body
 * of a question (newly allocated) that must be confirmed first. */
typedef char *(*SgRecordPageConfirmFunc) (SgRecord *record,
                                          gpointer  data);
void        sg_record_page_set_confirm_delete_func (SgRecordPage            *self,
                                                    SgRecordPageConfirmFunc  func,
                                                    gpointer                 data,
                                                    GDestroyNotify           destroy);
GType       sg_record_page_get_kind      (SgRecordPage *self);
const char *sg_record_page_get_title     (SgRecordPage *self);
/* The records as shown: searched and sorted. */
GListModel *sg_record_page_get_shown     (SgRecordPage *self);
SgRecord   *sg_record_page_get_selected  (SgRecordPage *self);
/* Selects @record; if a filter or the search hides it, they are cleared
 * first ("show-all" tells a page's own filters). */
void        sg_record_page_select        (SgRecordPage *self,
                                          SgRecord     *record);
void        sg_record_page_start_search  (SgRecordPage *self);

G_END_DECLS
