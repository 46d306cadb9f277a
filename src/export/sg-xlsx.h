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

/* A workbook on its way from the store to the file. Two threads share it:
 * the store's thread copies what the workbook shows out of the records
 * (sg_xlsx_plan_fill()), while another writes what has been copied
 * (sg_xlsx_plan_write()). The copying stays a little ahead of the
 * writing, so the window stays responsive and the memory small. */
typedef struct _SgXlsxPlan SgXlsxPlan;

/* Takes the list of records and the risk method as they are now; call it
 * on the thread that owns the store, like sg_xlsx_plan_fill(). */
SgXlsxPlan *sg_xlsx_plan_new       (SgStore             *store,
                                    SgXlsxFlags          flags);
SgXlsxPlan *sg_xlsx_plan_ref       (SgXlsxPlan          *plan);
/* Any thread; a plan not yet filled holds the store, and should be let go
 * of on the store's thread. */
void        sg_xlsx_plan_unref     (SgXlsxPlan          *plan);

/* Copies up to @max_rows more rows, fewer when the writing is behind.
 * TRUE while there is more to copy; FALSE once everything is copied or
 * the writing has stopped — then the plan no longer holds the store. */
gboolean    sg_xlsx_plan_fill      (SgXlsxPlan          *plan,
                                    guint                max_rows);

/* Writes the plan to @path as sg_xlsx_plan_fill() copies it: call it in
 * another thread, once per plan. A temporary file beside @path is renamed
 * over it on success; on failure or cancellation (G_IO_ERROR_CANCELLED)
 * nothing is left behind and an existing file at @path is untouched. */
gboolean    sg_xlsx_plan_write     (SgXlsxPlan          *plan,
                                    const char          *path,
                                    GCancellable        *cancellable,
                                    SgXlsxProgressFunc   progress,
                                    gpointer             user_data,
                                    GError             **error);

/* Both at once: copies on the calling thread, the store's, and writes in
 * a thread of its own, which calls @progress. */
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgXlsxPlan, sg_xlsx_plan_unref)

G_END_DECLS
