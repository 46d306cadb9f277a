/* sg-dashboard-figure.h: one figure of the dashboard, a button that opens the list behind it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SG_TYPE_DASHBOARD_FIGURE (sg_dashboard_figure_get_type ())

G_DECLARE_FINAL_TYPE (SgDashboardFigure, sg_dashboard_figure, SG, DASHBOARD_FIGURE, GtkButton)

typedef enum
{
  SG_DASHBOARD_FIGURE_BIG,   /* a large number over its caption */
  SG_DASHBOARD_FIGURE_LINE,  /* a line: title, detail under it, value at the end */
} SgDashboardFigureStyle;

/* @page: the window's page it opens; @filter: what that page then shows
 * (the dashboard page knows the words), NULL for all. */
GtkWidget  *sg_dashboard_figure_new        (SgDashboardFigureStyle  style,
                                            const char             *page,
                                            const char             *filter);
/* Opens a record instead of a page. */
void        sg_dashboard_figure_set_record (SgDashboardFigure      *self,
                                            GType                   kind,
                                            gint64                  id);
/* @detail and @value may be NULL (hidden). */
void        sg_dashboard_figure_set        (SgDashboardFigure      *self,
                                            const char             *value,
                                            const char             *title,
                                            const char             *detail);
/* A widget at the line's end, between the title and the value. */
void        sg_dashboard_figure_set_extra  (SgDashboardFigure      *self,
                                            GtkWidget              *extra);
const char *sg_dashboard_figure_get_page   (SgDashboardFigure      *self);
const char *sg_dashboard_figure_get_filter (SgDashboardFigure      *self);
GType       sg_dashboard_figure_get_kind   (SgDashboardFigure      *self);
gint64      sg_dashboard_figure_get_id     (SgDashboardFigure      *self);
const char *sg_dashboard_figure_get_value  (SgDashboardFigure      *self);

G_END_DECLS
