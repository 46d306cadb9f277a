/* sg-application.h: the application — command line, windows, app actions
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_APPLICATION (sg_application_get_type ())

G_DECLARE_FINAL_TYPE (SgApplication, sg_application, SG, APPLICATION, AdwApplication)

typedef struct _SgWindow SgWindow;

SgApplication *sg_application_new        (void);

/* Opens the register at @path in a window: the one that has it open
 * already, else @from if it shows no register, else a new one. Errors
 * are shown in a dialog. @add_to_recent adds the register to the recent ones. */
SgWindow      *sg_application_open_path  (SgApplication    *self,
                                          const char       *path,
                                          SgStoreOpenFlags  flags,
                                          gboolean          add_to_recent,
                                          SgWindow         *from);
SgWindow      *sg_application_open_file  (SgApplication    *self,
                                          GFile            *file,
                                          SgWindow         *from);

G_END_DECLS
