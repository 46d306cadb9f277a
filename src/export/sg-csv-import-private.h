/* sg-csv-import-private.h: what the CSV import's reading, checking and adding share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-csv-import.h"
#include "sg-csv-lookup.h"
#include "sg-csv-reader.h"
#include "sg-import-values.h"

G_BEGIN_DECLS

/* One check of every row under one mapping. */
typedef struct
{
  guint         generation;  /* of the mapping it checks */
  GParamSpec  **columns;     /* a copy of that mapping */
  GPtrArray    *risks;       /* SgRecord*, of the valid rows (of any kind) */
  GPtrArray    *problems;    /* SgCsvProblem* */
  SgCsvLookup  *lookup;      /* the register as it was when the check began */
  SgDateOrder  *orders;      /* per column: how its a/b/yyyy dates are read */
  gboolean     *ambiguous;   /* per column: its dates fit both orders */
  GPtrArray    *notes;       /* char*: how values were read */
  SgImportValues *values;    /* what choice and rating values become */
  guint         n_mismatches; /* rows whose score or level differ from their ratings */
  GPtrArray    *unknown;     /* SgCsvUnknown*: names the register lacks */
  guint         n_changing;  /* valid rows of an update that change their record */
} SgCsvCheck;

struct _SgCsvImport
{
  gatomicrefcount ref_count;

  /* Fixed once made: any thread may read them. */
  GType           kind;       /* what the rows become */
  GPtrArray      *fields;     /* GParamSpec*: what a column can fill */
  GPtrArray      *rows;       /* SgCsvRow*; the header is row 0 */
  SgCsvLookup    *lookup;
  SgSheetInfo     info;

  /* The store's thread's. */
  SgStore        *store;
  GParamSpec    **columns;    /* per header column; NULL keeps it in the notes */
  guint           generation; /* counts changes of @columns */
  GPtrArray      *risks;      /* the valid rows' records, NULL until checked */
  GPtrArray      *problems;   /* SgCsvProblem*, valid with @risks */
  SgDateOrder    *set_orders; /* per column: what the caller set, AUTO to decide */
  SgDateOrder    *orders;     /* per column: as the last check decided */
  gboolean       *ambiguous;  /* per column, of the last check */
  GPtrArray      *notes;      /* char*, of the last check */
  guint           n_changing; /* of the last check: records an update would change */
  SgImportValues *values;     /* what values become; replaced, never changed */

  /* An import under way: sg_csv_import_begin() until _finish() or _abort()
   * (sg-csv-import-add.c). */
  gboolean        running;
  gboolean        skip_invalid;
  GPtrArray      *adding;     /* SgRecord*, in the file's order */
  guint           n_added;
  guint           n_updated;  /* of the records an update import changed */
  GPtrArray      *updated;    /* SgRecord*, copies as they were: put back on abort */
  GThread        *checker;    /* when the rows were not checked before */
  GAsyncQueue    *checked;    /* GPtrArray* of risks from @checker; an empty one ends */
  gboolean        checker_done;
  gint            stop;       /* atomic: @checker may stop */
  gint            invalid;    /* atomic: @checker found an invalid row */
};

void        sg_csv_problem_free       (gpointer      problem);
/* Whether an update sets @field: neither a timestamp nor the ref. */
gboolean    sg_csv_field_is_updated   (GParamSpec   *field);
/* Whether @changed, a row's copy of @original, gives a field another value. */
gboolean    sg_csv_record_changes     (SgRecord     *original,
                                       SgRecord     *changed);
/* Replaces @report's problems with copies of @problems, and its notes
 * with copies of @notes (may be NULL). */
void        sg_csv_report_set_problems (SgCsvReport  *report,
                                        GPtrArray    *problems,
                                        GPtrArray    *notes);

/* The header's cells (char*). */
GPtrArray  *sg_csv_import_peek_header (SgCsvImport  *self);

/* The value tables made again for columns whose field changed
 * (sg-csv-import-values.c); on the thread that owns @self, or in a
 * thread once they are up to date (then nothing changes). */
void        sg_csv_import_update_values (SgCsvImport *self);
/* Adds to @check's notes what the derived columns of @row say that the
 * ratings of @record do not. */
void        sg_csv_check_derived      (SgCsvCheck   *check,
                                       SgCsvRow     *row,
                                       GPtrArray    *header,
                                       SgRecord     *record);

/* A check of the mapping as it is now, against the import's lookup. */
SgCsvCheck *sg_csv_check_new          (SgCsvImport  *self);
void        sg_csv_check_free         (SgCsvCheck   *check);
/* Checks every row; FALSE when cancelled. With @queue, the risks also go
 * there in blocks, ended by an empty one, and @invalid is raised at the
 * first invalid row; @stop asks to end early. Reads only what is fixed. */
gboolean    sg_csv_check_rows         (SgCsvImport  *self,
                                       SgCsvCheck   *check,
                                       GAsyncQueue  *queue,
                                       gint         *invalid,
                                       gint         *stop,
                                       GCancellable *cancellable);
/* Takes the check's result when the mapping is still the one it checked. */
gboolean    sg_csv_import_take_check  (SgCsvImport  *self,
                                       SgCsvCheck   *check);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgCsvCheck, sg_csv_check_free)

G_END_DECLS
