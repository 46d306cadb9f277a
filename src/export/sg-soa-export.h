/* sg-soa-export.h: the Statement of Applicability written to a PDF file
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-soa-snapshot.h"

G_BEGIN_DECLS

/* Writes @snapshot to @path as a PDF, whole or not at all: a full disk or
 * a folder that cannot be written gives one message and leaves no file. */
gboolean sg_soa_export_snapshot (const SgSoaSnapshot *snapshot,
                                 const char          *path,
                                 GError             **error);
/* Issued version @number as it was frozen, or the live draft for 0. */
gboolean sg_soa_export          (SgStore             *store,
                                 guint                number,
                                 const char          *path,
                                 GError             **error);
/* `safeguard --export-soa=OUT [--soa-version=N]`: the exit status;
 * failures print one line. @number 0: the live draft. */
int      sg_soa_export_command  (const char          *out,
                                 guint                number,
                                 const char          *register_path);

G_END_DECLS
