/* sg-i18n.h: the locale and the message catalogue, for the program and its tests
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets the locale from the environment and binds the catalogue: the
 * installed one, or the build tree's when Safeguard runs uninstalled. */
void sg_i18n_init (void);

G_END_DECLS
