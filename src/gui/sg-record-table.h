/* sg-record-table.h: the records of one kind as a searchable, sortable table
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_RECORD_TABLE (sg_record_table_get_type ())

G_DECLARE_FINAL_TYPE (SgRecordTable, sg_record_table, SG, RECORD_TABLE, GtkWidget)

/* The ref, the name and the most telling fields of @kind, found by introspection. */
GtkWidget  *sg_record_table_new                 (SgStore       *store,
                                                 GType          kind);
/* A column of a table made to measure: a field by name, or a column
 * built whole (with its own factory and sorter). */
typedef struct
{
  const char          *field;
  GtkColumnViewColumn *column;   /* taken over by the table */
  int                  priority; /* 1 goes last when narrow; 0: in order */
} SgRecordTableColumn;

/* The ref, then @columns in this order (ended by an all-NULL entry; the first
 * is the name and always shown, the others go from the end when narrow);
 * the search looks at the ref and @search_fields. */
GtkWidget  *sg_record_table_new_with_columns    (SgStore                   *store,
                                                 GType                      kind,
                                                 const SgRecordTableColumn *columns,
                                                 const char * const        *search_fields);
/* Shows only records that @filter also lets through. */
void        sg_record_table_add_filter          (SgRecordTable *self,
                                                 GtkFilter     *filter);
SgStore    *sg_record_table_get_store           (SgRecordTable *self);
/* The records as shown: searched and sorted. */
GListModel *sg_record_table_get_shown           (SgRecordTable *self);
/* Shows only records whose ref, texts or referenced names contain every
 * word of @text; NULL or "" shows all. */
void        sg_record_table_set_search          (SgRecordTable *self,
                                                 const char    *text);
gboolean    sg_record_table_get_searching       (SgRecordTable *self);

SgRecord   *sg_record_table_get_selected        (SgRecordTable *self);
guint       sg_record_table_get_position        (SgRecordTable *self);
/* Selects and scrolls to @record; NULL, or a record not shown, selects nothing. */
void        sg_record_table_select              (SgRecordTable *self,
                                                 SgRecord      *record);
void        sg_record_table_select_position     (SgRecordTable *self,
                                                 guint          position);
/* Shows the most telling columns that fit in @width pixels. */
void        sg_record_table_fit_columns         (SgRecordTable *self,
                                                 int            width);
/* The width the list reads well at: ref, name and its most important
 * columns (fewer for a short list). */
int         sg_record_table_get_wanted_width    (SgRecordTable *self);
/* In a narrow window a click opens the record: no double click on touch. */
void        sg_record_table_set_single_click    (SgRecordTable *self,
                                                 gboolean       single_click);

G_END_DECLS
