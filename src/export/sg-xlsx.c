/* sg-xlsx.c: the auditor's Excel workbook of a register
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the workbook shows, sheet by sheet: a summary with the heat maps,
 * the risk register, the risk method, the Statement of Applicability and
 * one sheet per other record kind. sg_xlsx_plan_new() lists the sheets
 * and takes the records as they are listed then; sg_xlsx_plan_fill()
 * copies them into the plan a few rows at a time, on the store's thread,
 * while sg-xlsx-plan.c writes them in another.
 *
 * This file orders the sheets and fills them in steps. The summary and
 * the risk method are sg-xlsx-summary.c; the sheet of each record kind,
 * the risk register and the SoA among them, sg-xlsx-records.c; the change
 * history sg-xlsx-history.c; how a value becomes a cell sg-xlsx-cells.c.
 *
 * Formula injection: worksheet_write_string() writes a string cell (an
 * inline string in constant-memory mode). Spreadsheets never evaluate
 * those, so "=1+1" stays text and needs no leading quote, unlike CSV. */
#define G_LOG_DOMAIN "sg-xlsx"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-control.h"
#include "sg-audit.h"
#include "sg-kinds.h"
#include "sg-management-review.h"
#include "sg-matrix-cell.h"
#include "sg-protection-level.h"
#include "sg-risk-level.h"
#include "sg-risk.h"
#include "sg-scale-level.h"
#include "sg-scope.h"
#include "sg-xlsx-private.h"
#include "sg-xlsx.h"

/* Rows the summary and the risk method take, about: for the progress. */
#define SMALL_SHEET_ROWS 40

/* One sheet to fill, in the order of the workbook. */
typedef enum
{
  JOB_SUMMARY,
  JOB_RECORDS,
  JOB_METHOD,
  JOB_HISTORY,
  JOB_REVIEW_INPUTS,
} JobKind;

typedef struct
{
  JobKind      kind;
  SgXlsxSheet *sheet;
  GArray      *columns;  /* SgXlsxColumn, for JOB_RECORDS */
  GPtrArray   *records;  /* SgRecord*, as listed when the plan was made */
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_pointer (&job->columns, g_array_unref);
  g_clear_pointer (&job->records, g_ptr_array_unref);
  g_free (job);
}

static void
filler_free (gpointer data)
{
  SgXlsxFiller *filler = data;

  g_clear_object (&filler->store);
  g_clear_pointer (&filler->level_styles, g_hash_table_unref);
  g_clear_pointer (&filler->treating_risks, g_hash_table_unref);
  g_free (filler->soa_version);
  g_free (filler->today);
  sg_xlsx_links_free (filler->links);
  g_clear_pointer (&filler->readings, g_hash_table_unref);
  g_clear_pointer (&filler->jobs, g_ptr_array_unref);
  g_free (filler);
}

/* The records of @kinds as listed now, each with a reference. */
static GPtrArray *
snapshot_records (SgStore     *store,
                  const GType *kinds,
                  guint        n_kinds)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint k = 0; k < n_kinds; k++)
    {
      guint n;
      SgRecord *const *peeked = sg_store_peek_records (store, kinds[k], &n);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (records, g_object_ref (peeked[i]));
    }
  return records;
}

static Job *
add_job (SgXlsxFiller      *filler,
         JobKind      kind,
         SgXlsxSheet *sheet)
{
  Job *job = g_new0 (Job, 1);

  job->kind = kind;
  job->sheet = sheet;
  g_ptr_array_add (filler->jobs, job);
  return job;
}

static void
add_records_job (SgXlsxFiller      *filler,
                 GType        kind,
                 const char  *name,
                 const char **first)
{
  g_autoptr(GPtrArray) records = snapshot_records (filler->store, &kind, 1);
  gboolean with_ref = records->len == 0;
  GArray *columns;
  Job *job;

  /* Kinds whose entries have no refs (objective readings) get no empty Ref column. */
  for (guint i = 0; i < records->len && !with_ref; i++)
    with_ref = sg_record_get_ref (g_ptr_array_index (records, i)) != NULL;
  columns = sg_xlsx_list_columns (kind, first, with_ref);
  if (name == NULL)
    {
      g_autoptr(SgRecordClass) klass = g_type_class_ref (kind);
      name = sg_record_class_get_plural (klass);
    }
  /* The programme reads by date, whatever order the audits were added in. */
  if (kind == SG_TYPE_AUDIT)
    sg_xlsx_sort_programme (records);
  job = add_job (filler, JOB_RECORDS, sg_xlsx_plan_add_sheet (filler->plan, name, columns->len));
  sg_xlsx_size_record_columns (job->sheet, kind, columns);
  job->columns = columns;
  job->records = g_steal_pointer (&records);
  sg_xlsx_plan_expect_rows (filler->plan, job->records->len + 1);
}

/* The organisation the scope names, or the register's file name. */
static void
set_page_header (SgXlsxFiller *filler)
{
  GListModel *scopes = sg_store_get_records (filler->store, SG_TYPE_SCOPE);
  g_autoptr(SgRecord) scope = g_list_model_get_n_items (scopes) > 0 ? g_list_model_get_item (scopes, 0) : NULL;
  const char *organisation = scope ? sg_record_peek_string (scope, "organisation") : NULL;
  g_autofree char *register_name = g_path_get_basename (sg_store_get_path (filler->store));
  g_autofree char *today = sg_date_today ();

  sg_xlsx_plan_set_page_header (filler->plan,
                                organisation != NULL && *organisation != '\0' ? organisation : register_name,
                                today);
}

SgXlsxPlan *
sg_xlsx_plan_new (SgStore     *store,
                  SgXlsxFlags  flags)
{
  static const char *risk_order[] = { "ref", "title", NULL };
  static const char *soa_order[] = { "ref", "theme", "title", "applicable", "justification",
                                     "implementation", "owner", "evidence", NULL };
  SgXlsxFiller *filler;
  SgXlsxPlan *plan;
  SgXlsxSheet *sheet;
  const GType *kinds;
  guint n_kinds, n_impact;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  filler = g_new0 (SgXlsxFiller, 1);
  plan = sg_xlsx_plan_new_empty (filler, filler_free);
  filler->plan = plan;
  filler->store = g_object_ref (store);
  filler->method = sg_store_get_risk_method (store);
  filler->level_styles = g_hash_table_new (NULL, NULL);
  filler->jobs = g_ptr_array_new_with_free_func (job_free);
  filler->today = sg_date_today ();
  sg_xlsx_filler_add_styles (filler);

  set_page_header (filler);

  sheet = sg_xlsx_plan_add_sheet (plan, _("Summary"), 2);
  /* A page of its own, as a report's first: two columns and the heat
   * maps below each other fill a portrait page, without a grid. */
  sheet->portrait = TRUE;
  sheet->gridlines = FALSE;
  /* Labels on one line; values wrap in a column of their own. */
  sg_xlsx_sheet_limit_width (sheet, 0, 30, 60);
  sg_xlsx_sheet_limit_width (sheet, 1, 50, 70);
  add_job (filler, JOB_SUMMARY, sheet);
  sg_xlsx_plan_expect_rows (plan, SMALL_SHEET_ROWS);

  add_records_job (filler, SG_TYPE_RISK, _("Risk Register"), risk_order);

  n_impact = sg_risk_method_get_n_values (filler->method, SG_SCALE_AXIS_IMPACT);
  sheet = sg_xlsx_plan_add_sheet (plan, _("Risk Method"), MAX (n_impact + 1, 5));
  /* The matrix's columns are one width; longer texts run on to the right,
   * over cells that a printed grid would cross out. */
  sheet->gridlines = FALSE;
  sg_xlsx_sheet_limit_width (sheet, 0, 16, 24);
  for (guint c = 1; c < sheet->n_columns; c++)
    sg_xlsx_sheet_limit_width (sheet, c, 16, 16);
  add_job (filler, JOB_METHOD, sheet);
  sg_xlsx_plan_expect_rows (plan, SMALL_SHEET_ROWS);

  add_records_job (filler, SG_TYPE_CONTROL, _("Statement of Applicability"), soa_order);

  /* Every other kind gets a sheet of its fields, in the order an ISMS reads them. */
  kinds = sg_record_kinds (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    {
      /* The protection levels' words are in the Assets sheet's cells. */
      if (kinds[i] == SG_TYPE_RISK || kinds[i] == SG_TYPE_CONTROL || kinds[i] == SG_TYPE_SCALE_LEVEL ||
          kinds[i] == SG_TYPE_RISK_LEVEL || kinds[i] == SG_TYPE_MATRIX_CELL ||
          kinds[i] == SG_TYPE_PROTECTION_LEVEL)
        continue;
      /* "Scope statements" is too long a sheet name in German. */
      add_records_job (filler, kinds[i], kinds[i] == SG_TYPE_SCOPE ? _("Scope") :
                                         kinds[i] == SG_TYPE_AUDIT ? _("Audit programme") : NULL,
                       risk_order);
      /* Each review's inputs, a row per figure, beside the reviews. */
      if (kinds[i] == SG_TYPE_MANAGEMENT_REVIEW)
        {
          Job *job;

          sheet = sg_xlsx_plan_add_sheet (plan, _("Review inputs"), sg_xlsx_review_inputs_columns ());
          sg_xlsx_size_review_inputs (sheet);
          job = add_job (filler, JOB_REVIEW_INPUTS, sheet);
          job->records = snapshot_records (store, &kinds[i], 1);
          /* About 30 figures a review. */
          sg_xlsx_plan_expect_rows (plan, job->records->len * 30 + 1);
        }
    }

  if (flags & SG_XLSX_INCLUDE_HISTORY)
    {
      /* Record, kind, changed at, by, action, field, old and new value. */
      static const double widths[][2] = { { 12, 30 }, { 8, 16 }, { 17, 17 }, { 10, 20 },
                                          { 8, 12 }, { 10, 20 }, { 20, 36 }, { 20, 36 } };
      Job *job;

      sheet = sg_xlsx_plan_add_sheet (plan, _("Change History"), G_N_ELEMENTS (widths));
      for (guint c = 0; c < G_N_ELEMENTS (widths); c++)
        sg_xlsx_sheet_limit_width (sheet, c, widths[c][0], widths[c][1]);
      sheet->repeat_columns = 1;
      job = add_job (filler, JOB_HISTORY, sheet);

      job->records = snapshot_records (store, kinds, n_kinds);
      sg_xlsx_plan_expect_rows (plan, sg_store_count_history (store) + 1);
    }
  return plan;
}

/* Copies rows of one job until it is done or the budget is spent; FALSE
 * with @error when the store cannot be read. */
static gboolean
fill_job (SgXlsxFiller   *filler,
          Job      *job,
          guint    *budget,
          gboolean *job_done,
          GError  **error)
{
  SgXlsxSheet *sheet = job->sheet;
  gboolean full = FALSE;

  switch (job->kind)
    {
    case JOB_SUMMARY:
      sg_xlsx_add_summary (filler, sheet);
      *job_done = TRUE;
      break;
    case JOB_METHOD:
      sg_xlsx_add_method_sheet (filler, sheet);
      *job_done = TRUE;
      break;
    case JOB_RECORDS:
      if (sheet->n_rows == 0)
        sg_xlsx_add_record_header (filler, sheet, job->columns, job->records->len);
      for (; filler->item < job->records->len && *budget > 0; filler->item++, (*budget)--)
        sg_xlsx_add_record_row (filler, sheet, job->columns,
                                g_ptr_array_index (job->records, filler->item));
      *job_done = filler->item == job->records->len;
      break;
    case JOB_REVIEW_INPUTS:
      if (sheet->n_rows == 0)
        sg_xlsx_add_review_inputs_header (filler, sheet);
      for (; filler->item < job->records->len && *budget > 0; filler->item++)
        {
          guint before = sheet->n_rows;

          sg_xlsx_add_review_inputs_rows (filler, sheet, g_ptr_array_index (job->records, filler->item));
          *budget -= MIN (*budget, MAX (sheet->n_rows - before, 1));
        }
      *job_done = filler->item == job->records->len;
      break;
    case JOB_HISTORY:
    default:
      if (sheet->n_rows == 0)
        sg_xlsx_add_history_header (filler, sheet);
      while (filler->item < job->records->len && *budget > 0 && !full)
        {
          guint before = sheet->n_rows;

          if (!sg_xlsx_add_history_rows (filler, sheet, g_ptr_array_index (job->records, filler->item),
                                 &full, error))
            return FALSE;
          filler->item++;
          *budget -= MIN (*budget, MAX (sheet->n_rows - before, 1));
        }
      *job_done = full || filler->item == job->records->len;
      break;
    }
  return TRUE;
}

gboolean
sg_xlsx_plan_fill (SgXlsxPlan *plan,
                   guint       max_rows)
{
  SgXlsxFiller *filler;
  guint budget;

  g_return_val_if_fail (plan != NULL, FALSE);

  filler = sg_xlsx_plan_get_filler (plan);
  if (filler == NULL)
    return FALSE;
  if (sg_xlsx_plan_is_stopped (plan))
    {
      sg_xlsx_plan_drop_filler (plan);
      return FALSE;
    }

  budget = MIN (max_rows, sg_xlsx_plan_get_room (plan));
  while (budget > 0 && filler->job < filler->jobs->len)
    {
      Job *job = g_ptr_array_index (filler->jobs, filler->job);
      GError *error = NULL;
      gboolean job_done = FALSE;

      if (!fill_job (filler, job, &budget, &job_done, &error))
        {
          sg_xlsx_plan_fail (plan, error);
          sg_xlsx_plan_drop_filler (plan);
          return FALSE;
        }
      sg_xlsx_plan_publish (plan, job->sheet, job_done);
      if (job_done)
        {
          /* The records go with their sheet. */
          g_clear_pointer (&job->records, g_ptr_array_unref);
          filler->job++;
          filler->item = 0;
        }
    }

  if (filler->job < filler->jobs->len)
    return TRUE;
  sg_xlsx_plan_drop_filler (plan);
  return FALSE;
}

typedef struct
{
  SgXlsxPlan         *plan;
  const char         *path;
  GCancellable       *cancellable;
  SgXlsxProgressFunc  progress;
  gpointer            user_data;
  GError             *error;
} Writing;

static gpointer
write_thread (gpointer data)
{
  Writing *writing = data;

  return GINT_TO_POINTER (sg_xlsx_plan_write (writing->plan, writing->path, writing->cancellable,
                                              writing->progress, writing->user_data,
                                              &writing->error));
}

gboolean
sg_xlsx_export (SgStore             *store,
                const char          *path,
                SgXlsxFlags          flags,
                GCancellable        *cancellable,
                SgXlsxProgressFunc   progress,
                gpointer             user_data,
                GError             **error)
{
  g_autoptr(SgXlsxPlan) plan = NULL;
  Writing writing = { NULL, path, cancellable, progress, user_data, NULL };
  GThread *thread;

  g_return_val_if_fail (SG_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  plan = sg_xlsx_plan_new (store, flags);
  writing.plan = plan;
  thread = g_thread_new ("sg-xlsx-write", write_thread, &writing);
  while (sg_xlsx_plan_fill (plan, G_MAXUINT))
    sg_xlsx_plan_wait_for_room (plan);
  if (!GPOINTER_TO_INT (g_thread_join (thread)))
    {
      g_propagate_error (error, writing.error);
      return FALSE;
    }
  return TRUE;
}

int
sg_xlsx_export_command (const char  *out,
                        const char  *register_path,
                        SgXlsxFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;

  g_return_val_if_fail (out != NULL, 1);

  if (register_path == NULL)
    {
      g_printerr ("safeguard: %s\n", _("--export-xlsx needs exactly one register file"));
      return 1;
    }
  store = sg_store_open (register_path, SG_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL || !sg_xlsx_export (store, out, flags, NULL, NULL, NULL, &error))
    {
      g_printerr ("safeguard: %s\n", error->message);
      return 1;
    }
  return 0;
}
