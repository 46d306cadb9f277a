/* sg-page.h: what every page of the window shares — the way back to a folded sidebar
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SG_TYPE_PAGE (sg_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (SgPage, sg_page, SG, PAGE, GtkWidget)

struct _SgPageClass
{
  GtkWidgetClass parent_class;

  /* The window's sidebar was folded away or came back: a page then shows
   * or hides its button back to the sidebar and the window buttons. */
  void (*sidebar_folded_changed) (SgPage *self);
};

/* Whether the window's sidebar is folded away ("sidebar-folded"). */
gboolean sg_page_get_sidebar_folded (SgPage   *self);
void     sg_page_set_sidebar_folded (SgPage   *self,
                                     gboolean  folded);

G_END_DECLS
