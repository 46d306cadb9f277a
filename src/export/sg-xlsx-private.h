/* sg-xlsx-private.h: what the workbook's sheets share while they are filled
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-risk-method.h"
#include "sg-store.h"
#include "sg-xlsx-plan.h"

G_BEGIN_DECLS

/* What the store's thread needs to copy rows into the plan. */
typedef struct
{
  SgXlsxPlan   *plan;            /* not a reference: the plan owns this */
  SgStore      *store;
  SgRiskMethod *method;
  GHashTable   *level_styles;    /* SgRiskLevel* → style index + 1 */
  GHashTable   *treating_risks;  /* control id → GString of risk refs, from the SoA on */
  GPtrArray    *jobs;            /* Job*, see sg-xlsx.c */
  guint         job;             /* the one under way */
  guint         item;            /* its next record */
  guint16       header;
  guint16       title;
  guint16       section;
  guint16       wrap;
  guint16       date;
  guint16       datetime;
  guint16       left;
  guint16       no_level;
  guint16       flagged;         /* a gap in the SoA: red, bold */
  char         *soa_version;     /* the SoA sheet's version column, once */
  char         *today;           /* ISO 8601: what is overdue */
  struct _SgXlsxLinks *links;    /* who raised what, once (sg-xlsx-improve.c) */
  GHashTable   *readings;        /* objective id → GPtrArray of its readings, once */
} SgXlsxFiller;

static inline void
sg_xlsx_filler_set_text (SgXlsxFiller *filler,
                         SgXlsxSheet  *sheet,
                         guint         col,
                         const char   *text,
                         guint16       style)
{
  sg_xlsx_sheet_set_text (filler->plan, sheet, col, text, style);
}

/* sg-xlsx-cells.c */

/* Excel's day number: days since 1899-12-30, from "2027-03-31". */
gboolean  sg_xlsx_date_to_serial      (const char    *iso,
                                       double        *serial);
/* The same with the time, from "2026-11-23T10:00:00Z" as the store writes them. */
gboolean  sg_xlsx_timestamp_to_serial (const char    *iso,
                                       double        *serial);
/* Every style the workbook uses, before the first row. */
void      sg_xlsx_filler_add_styles   (SgXlsxFiller  *filler);
/* The fill of a risk level, or the one of no level. */
guint16   sg_xlsx_filler_level_style  (SgXlsxFiller  *filler,
                                       SgRiskLevel   *level);
/* A risk's inherent or residual level, in its colour. */
void      sg_xlsx_filler_set_level    (SgXlsxFiller  *filler,
                                       SgXlsxSheet   *sheet,
                                       guint          col,
                                       SgRecord      *risk,
                                       gboolean       residual);
/* A field's value: dates and numbers as numbers, the rest as text. */
void      sg_xlsx_filler_set_field    (SgXlsxFiller  *filler,
                                       SgXlsxSheet   *sheet,
                                       guint          col,
                                       SgRecord      *record,
                                       GParamSpec    *pspec);

/* sg-xlsx-records.c */

/* Columns of a record sheet: a field, or a value the workbook derives. */
typedef enum
{
  SG_XLSX_COLUMN_FIELD,
  SG_XLSX_COLUMN_INHERENT_LEVEL,
  SG_XLSX_COLUMN_RESIDUAL_LEVEL,
  SG_XLSX_COLUMN_TREATING_RISKS,
  SG_XLSX_COLUMN_SOA_REASONS,    /* the reasons for inclusion, as one line */
  SG_XLSX_COLUMN_SOA_GAPS,       /* excluded without justification, included without reason */
  SG_XLSX_COLUMN_SOA_EVIDENCE,   /* the evidence items, with their expiry */
  SG_XLSX_COLUMN_SOA_VERSION,    /* the draft, and the version last issued */
  /* The improvement sheets' (sg-xlsx-improve.c), named in a sheet's
   * column order as "@year" and so on. */
  SG_XLSX_COLUMN_YEAR,           /* an audit's, from its planned date */
  SG_XLSX_COLUMN_QUARTER,
  SG_XLSX_COLUMN_INDEPENDENCE,   /* auditors who own records in scope */
  SG_XLSX_COLUMN_RAISED_NC,      /* a finding's nonconformities */
  SG_XLSX_COLUMN_ACTIONS,        /* the child actions: ref, owner, due, status */
  SG_XLSX_COLUMN_RAISED_BY,      /* an action's nonconformity, review, audit or risk */
  SG_XLSX_COLUMN_OVERDUE,
  SG_XLSX_COLUMN_TREND,          /* an objective's readings as a chart */
} SgXlsxColumnKind;

typedef struct
{
  SgXlsxColumnKind  kind;
  GParamSpec       *pspec;
  const char       *label;
} SgXlsxColumn;

/* The fields named in @first in that order, then every other field, so a
 * new field appears without code; derived columns follow their field. */
GArray   *sg_xlsx_list_columns        (GType          kind,
                                       const char   **first,
                                       gboolean       with_ref);
/* Before the first row: each column's width by what it holds, and the
 * columns repeated on every printed page when the sheet is wider. */
void      sg_xlsx_size_record_columns (SgXlsxSheet   *sheet,
                                       GType          kind,
                                       GArray        *columns);
/* The header row, its widths, and a drop-down list for every choice over
 * the @n_records rows below. */
void      sg_xlsx_add_record_header   (SgXlsxFiller  *filler,
                                       SgXlsxSheet   *sheet,
                                       GArray        *columns,
                                       guint          n_records);
void      sg_xlsx_add_record_row      (SgXlsxFiller  *filler,
                                       SgXlsxSheet   *sheet,
                                       GArray        *columns,
                                       SgRecord      *record);

/* sg-xlsx-improve.c: the audit programme, findings, nonconformities,
 * actions and management reviews (clauses 9.2, 9.3, 10.2) */

typedef struct _SgXlsxLinks SgXlsxLinks;

void      sg_xlsx_links_free          (SgXlsxLinks   *links);
/* The column order of @kind's sheet ("@year" names a derived column),
 * or NULL for every field in the class's order. */
const char *const *sg_xlsx_improve_order (GType        kind);
/* A derived column named in an order, or -1. */
int       sg_xlsx_improve_find_column (const char    *name,
                                       const char   **label);
/* Whether @kind's sheet leaves out the field (shown another way). */
gboolean  sg_xlsx_improve_skips       (GType          kind,
                                       GParamSpec    *pspec);
void      sg_xlsx_improve_set_cell    (SgXlsxFiller  *filler,
                                       SgXlsxSheet   *sheet,
                                       guint          col,
                                       SgRecord      *record,
                                       SgXlsxColumnKind kind);
/* The audit programme's rows: by planned date, the undated last. */
void      sg_xlsx_sort_programme      (GPtrArray     *audits);
/* The management reviews' inputs, one row per figure. */
guint     sg_xlsx_review_inputs_columns (void);
void      sg_xlsx_size_review_inputs  (SgXlsxSheet   *sheet);
void      sg_xlsx_add_review_inputs_header (SgXlsxFiller *filler,
                                            SgXlsxSheet  *sheet);
void      sg_xlsx_add_review_inputs_rows   (SgXlsxFiller *filler,
                                            SgXlsxSheet  *sheet,
                                            SgRecord     *review);

/* sg-xlsx-summary.c */

/* A section's title, after an empty row; returns its row. */
guint     sg_xlsx_filler_add_section  (SgXlsxFiller  *filler,
                                       SgXlsxSheet   *sheet,
                                       const char    *title);
void      sg_xlsx_add_summary         (SgXlsxFiller  *filler,
                                       SgXlsxSheet   *sheet);
void      sg_xlsx_add_method_sheet    (SgXlsxFiller  *filler,
                                       SgXlsxSheet   *sheet);

/* sg-xlsx-history.c */

void      sg_xlsx_add_history_header  (SgXlsxFiller  *filler,
                                       SgXlsxSheet   *sheet);
/* One record's changes; FALSE with @error when they cannot be read, or
 * with *@full when the sheet has reached Excel's last row. */
gboolean  sg_xlsx_add_history_rows    (SgXlsxFiller  *filler,
                                       SgXlsxSheet   *sheet,
                                       SgRecord      *record,
                                       gboolean      *full,
                                       GError       **error);

G_END_DECLS
