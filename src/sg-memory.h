/* sg-memory.h: how the process asks for memory
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Call first thing in main(): see sg-memory.c. */
void sg_memory_init (void);

G_END_DECLS
