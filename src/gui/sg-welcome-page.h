/* sg-welcome-page.h: what a window shows when no register is open
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SG_TYPE_WELCOME_PAGE (sg_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (SgWelcomePage, sg_welcome_page, SG, WELCOME_PAGE, GtkWidget)

/* The MIME type of register files, under which they are remembered as recent. */
#define SG_REGISTER_MIME_TYPE "application/x-safeguard-register"

GtkWidget *sg_welcome_page_new  (void);

/* The registers on this computer that @manager remembers, newest first:
 * a new GPtrArray of GtkRecentInfo. */
GPtrArray *sg_recent_registers  (GtkRecentManager *manager);

G_END_DECLS
