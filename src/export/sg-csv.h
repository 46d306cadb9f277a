/* sg-csv.h: the risk register as CSV (RFC 4180); reading it is sg-csv-import.h
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

/* A field's value as the exports show it: translated labels for choices
 * and yes/no, refs for references and links; NULL for no value. */
char     *sg_csv_format_value     (SgStore      *store,
                                   SgRecord     *record,
                                   GParamSpec   *pspec);

/* Writes every risk, one row each, with a header row of the risk fields'
 * translated labels. A cell that a spreadsheet would run as a formula is
 * written with a leading ' (see sg-csv.c). Atomic: a temporary file beside
 * @path is renamed over it on success. */
gboolean  sg_csv_export_risks     (SgStore      *store,
                                   const char   *path,
                                   GError      **error);

/* `safeguard --export-csv`: exit status 0 or 1. */
int       sg_csv_export_command   (const char   *out,
                                   const char   *register_path);

G_END_DECLS
