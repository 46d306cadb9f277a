/* sg-scope-page.h: the scope of the ISMS (4.3) as one page to read and edit, with its versions
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-field-binding.h"
#include "sg-page.h"
#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_SCOPE_PAGE (sg_scope_page_get_type ())

G_DECLARE_FINAL_TYPE (SgScopePage, sg_scope_page, SG, SCOPE_PAGE, SgPage)

GtkWidget      *sg_scope_page_new             (SgStore     *store,
                                               const char  *title);
/* The register's scope statement shown, NULL while it has none. */
SgRecord       *sg_scope_page_get_record      (SgScopePage *self);
/* The editor of @field (a property of SgScope), NULL if the page has none. */
SgFieldBinding *sg_scope_page_get_binding     (SgScopePage *self,
                                               const char  *field);
/* The rows of the version history, newest first: as many as versions. */
guint           sg_scope_page_get_n_versions  (SgScopePage *self);
GtkWidget      *sg_scope_page_get_version_row (SgScopePage *self,
                                               guint        index);
/* Whether the next review is shown as overdue. */
gboolean        sg_scope_page_get_overdue     (SgScopePage *self);

G_END_DECLS
