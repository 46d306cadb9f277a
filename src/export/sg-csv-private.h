/* sg-csv-private.h: what CSV export and import share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

/* The fields a CSV carries: every field but the store's timestamps. */
GPtrArray *sg_csv_list_fields        (SgRecordClass *klass);

/* Matches '*[=+\-@\t\r]: @min_quotes or more leading 's, then a character
 * that makes a spreadsheet run the cell as a formula. */
gboolean   sg_csv_looks_like_formula (const char    *cell,
                                      guint          min_quotes);

/* Prints "safeguard: @message" to stderr; returns the exit status 1. */
int        sg_csv_command_fail       (const char    *message);

G_END_DECLS
