/* sg-kinds.h: every record kind, in the order an ISMS reads them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The GTypes of all record kinds, their classes initialised; the array
 * is static and lives as long as the program. */
const GType *sg_record_kinds           (guint      *n_kinds);
/* The kind stored in @table, or G_TYPE_INVALID. */
GType        sg_record_kind_from_table (const char *table);

G_END_DECLS
