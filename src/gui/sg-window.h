/* sg-window.h: the main window — welcome page or a register's pages
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-application.h"
#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_WINDOW (sg_window_get_type ())

G_DECLARE_FINAL_TYPE (SgWindow, sg_window, SG, WINDOW, AdwApplicationWindow)

/* @store may be NULL: the window then shows the welcome page. */
SgWindow  *sg_window_new          (SgApplication *application,
                                   SgStore       *store);
SgStore   *sg_window_get_store    (SgWindow      *self);
/* Shows @store's pages; only for a window that has no register yet. */
void       sg_window_set_store    (SgWindow      *self,
                                   SgStore       *store);
/* The page named after a record kind's table ("risk"), or "dashboard". */
GtkWidget *sg_window_get_page     (SgWindow      *self,
                                   const char    *name);
gboolean   sg_window_show_page    (SgWindow      *self,
                                   const char    *name);
/* Shows the page of @record's kind with @record selected in it. */
gboolean   sg_window_show_record  (SgWindow      *self,
                                   SgRecord      *record);
void       sg_window_show_error   (SgWindow      *self,
                                   const char    *heading,
                                   const char    *message);

G_END_DECLS
