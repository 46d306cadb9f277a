/* sg-command-line.h: the command-line mode, which never needs a display
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Adds the command-line options (--check, --create-sample, …). */
void sg_command_line_add_options (GApplication *application);
/* From handle-local-options: -1 to go on to the GUI, otherwise an exit status. */
int  sg_command_line_handle      (GVariantDict *options);

G_END_DECLS
