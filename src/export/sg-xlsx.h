/* sg-xlsx.h: the auditor's Excel workbook of a register
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

typedef enum
{
  SG_XLSX_FLAGS_NONE      = 0,
  SG_XLSX_INCLUDE_HISTORY = 1 << 0,  /* a "Change history" sheet */
} SgXlsxFlags;

/* Called with 0.0 … 1.0 while the file is written, from the thread that
 * runs sg_xlsx_plan_write(). */
typedef void (*SgXlsxProgressFunc) (double   fraction,
                                    gpointer user_data);

/* Everything the workbook shows, copied out of the store into plain memory
 * (strings, numbers, styles, the heat map PNGs): no GObject inside. */
typedef struct _SgXlsxPlan SgXlsxPlan;

/* Reads @store: call it on the thread that owns the store. */
SgXlsxPlan *sg_xlsx_plan_new       (SgStore             *store,
                                    SgXlsxFlags          flags,
                                    GCancellable        *cancellable,
                                    GError             **error);
void        sg_xlsx_plan_free      (SgXlsxPlan          *plan);
guint       sg_xlsx_plan_get_n_rows (const SgXlsxPlan   *plan);

/* Writes the plan to @path; safe in any thread, one thread at a time per
 * plan. A temporary file beside @path is renamed over it on success; on
 * failure or cancellation (G_IO_ERROR_CANCELLED) nothing is left behind
 * and an existing file at @path is untouched. */
gboolean    sg_xlsx_plan_write     (SgXlsxPlan          *plan,
                                    const char          *path,
                                    GCancellable        *cancellable,
                                    SgXlsxProgressFunc   progress,
                                    gpointer             user_data,
                                    GError             **error);

/* Both steps on the calling thread. */
gboolean    sg_xlsx_export         (SgStore             *store,
                                    const char          *path,
                                    SgXlsxFlags          flags,
                                    GCancellable        *cancellable,
                                    SgXlsxProgressFunc   progress,
                                    gpointer             user_data,
                                    GError             **error);

/* `safeguard --export-xlsx=OUT`: the exit status; failures print one line. */
int         sg_xlsx_export_command (const char          *out,
                                    const char          *register_path,
                                    SgXlsxFlags          flags);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgXlsxPlan, sg_xlsx_plan_free)

G_END_DECLS
