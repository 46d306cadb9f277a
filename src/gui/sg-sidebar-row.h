/* sg-sidebar-row.h: one page in the window's sidebar, with its entry count
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SG_TYPE_SIDEBAR_ROW (sg_sidebar_row_get_type ())

G_DECLARE_FINAL_TYPE (SgSidebarRow, sg_sidebar_row, SG, SIDEBAR_ROW, GtkListBoxRow)

/* @records, if given, is counted beside the title as it changes; @group
 * is the heading the row stands under (the window's clause areas). */
GtkWidget  *sg_sidebar_row_new            (const char   *page_name,
                                           const char   *title,
                                           guint         group,
                                           GListModel   *records);
const char *sg_sidebar_row_get_page_name  (SgSidebarRow *self);
guint       sg_sidebar_row_get_group      (SgSidebarRow *self);
/* Shows the count as a badge (the Due page's), in the error colour when
 * @urgent, saying @tooltip; call again when it changes. */
void        sg_sidebar_row_set_badge      (SgSidebarRow *self,
                                           gboolean      urgent,
                                           const char   *tooltip);

G_END_DECLS
