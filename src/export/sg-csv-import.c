/* sg-csv-import.c: records from a spreadsheet (CSV, .xlsx, .ods) — read, mapped to fields, checked
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Threads: what the checking needs of the register is copied when the
 * import is made, on the store's thread (sg-csv-lookup.c). Reading,
 * parsing and checking then touch neither the store nor the mapping being
 * edited, so they may run in another thread: each check works on a copy
 * of the mapping and its result is taken only if the mapping has not
 * changed since. Adding the checked records is sg-csv-import-add.c. */
#define G_LOG_DOMAIN "sg-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-csv-cells.h"
#include "sg-csv-import-private.h"
#include "sg-csv-private.h"
#include "sg-import-names.h"
#include "sg-risk.h"

/* Rows between two checks for cancellation, and per block handed from
 * the checking thread to the adding one. */
#define CHUNK 1024

G_DEFINE_QUARK (sg-csv-error-quark, sg_csv_error)

void
sg_csv_report_clear (SgCsvReport *report)
{
  g_return_if_fail (report != NULL);

  g_clear_pointer (&report->problems, g_ptr_array_unref);
  g_clear_pointer (&report->notes, g_ptr_array_unref);
  report->n_imported = 0;
}

void
sg_csv_problem_free (gpointer data)
{
  SgCsvProblem *problem = data;

  g_free (problem->reason);
  g_free (problem);
}

static void
add_problem (GPtrArray *problems,
             guint      line,
             char      *reason)
{
  SgCsvProblem *problem = g_new0 (SgCsvProblem, 1);

  problem->line = line;
  problem->reason = reason;
  g_ptr_array_add (problems, problem);
}


void
sg_csv_check_free (SgCsvCheck *check)
{
  g_free (check->columns);
  g_clear_pointer (&check->risks, g_ptr_array_unref);
  g_clear_pointer (&check->problems, g_ptr_array_unref);
  g_clear_pointer (&check->lookup, sg_csv_lookup_unref);
  g_free (check->orders);
  g_free (check->ambiguous);
  g_clear_pointer (&check->notes, g_ptr_array_unref);
  g_clear_pointer (&check->values, sg_import_values_unref);
  g_clear_pointer (&check->unknown, g_ptr_array_unref);
  g_free (check);
}

GPtrArray *
sg_csv_import_peek_header (SgCsvImport *self)
{
  return ((SgCsvRow *) g_ptr_array_index (self->rows, 0))->cells;
}

SgCsvCheck *
sg_csv_check_new (SgCsvImport *self)
{
  SgCsvCheck *check = g_new0 (SgCsvCheck, 1);

  check->generation = self->generation;
  check->columns = g_memdup2 (self->columns, sizeof (GParamSpec *) * sg_csv_import_peek_header (self)->len);
  check->risks = g_ptr_array_new_with_free_func (g_object_unref);
  check->problems = g_ptr_array_new_with_free_func (sg_csv_problem_free);
  check->lookup = sg_csv_lookup_ref (self->lookup);
  check->orders = g_memdup2 (self->set_orders, sizeof (SgDateOrder) * sg_csv_import_peek_header (self)->len);
  check->ambiguous = g_new0 (gboolean, sg_csv_import_peek_header (self)->len);
  check->notes = g_ptr_array_new_with_free_func (g_free);
  sg_csv_import_update_values (self);
  check->values = sg_import_values_ref (self->values);
  check->unknown = g_ptr_array_new_with_free_func (sg_csv_unknown_free);
  return check;
}

/* Decides how each date column's a/b/yyyy values are read, and notes
 * what the summary should say: an ambiguous column, quarters, day numbers. */
static void
check_dates (SgCsvImport *self,
             SgCsvCheck  *check)
{
  GPtrArray *header = sg_csv_import_peek_header (self);

  for (guint c = 0; c < header->len; c++)
    {
      const char *name = g_ptr_array_index (header, c);
      gboolean day_first = FALSE, month_first = FALSE, slashed_any = FALSE;
      guint n_quarters = 0, n_serials = 0;
      g_autofree char *example = NULL;

      if (check->columns[c] == NULL || sg_field_get_kind (check->columns[c]) != SG_FIELD_DATE)
        continue;
      for (guint r = 1; r < self->rows->len; r++)
        {
          SgCsvRow *row = g_ptr_array_index (self->rows, r);
          g_autofree char *stripped = NULL;
          const char *cell;
          gboolean slashed = FALSE;
          SgDateForm form = SG_DATE_FORM_NONE;
          g_autofree char *iso = NULL;

          if (c >= row->cells->len)
            continue;
          cell = g_ptr_array_index (row->cells, c);
          if (g_ascii_isspace (*cell) || (*cell != '\0' && g_ascii_isspace (cell[strlen (cell) - 1])))
            cell = stripped = g_strstrip (g_strdup (cell));
          switch (sg_import_date_order_hint (cell, &slashed))
            {
            case SG_DATE_ORDER_DAY_FIRST:
              day_first = TRUE;
              break;
            case SG_DATE_ORDER_MONTH_FIRST:
              month_first = TRUE;
              break;
            case SG_DATE_ORDER_AUTO:
            default:
              break;
            }
          slashed_any |= slashed;
          if (slashed)
            continue;
          iso = sg_import_date_parse (cell, SG_DATE_ORDER_AUTO, &form);
          if (form == SG_DATE_FORM_QUARTER && n_quarters++ == 0)
            example = g_strdup_printf ("%s → %s", cell, iso);
          else if (form == SG_DATE_FORM_SERIAL)
            n_serials++;
        }
      if (check->orders[c] == SG_DATE_ORDER_AUTO)
        {
          if (day_first && !month_first)
            check->orders[c] = SG_DATE_ORDER_DAY_FIRST;
          else if (month_first && !day_first)
            check->orders[c] = SG_DATE_ORDER_MONTH_FIRST;
          else if (slashed_any && !day_first && !month_first)
            {
              check->ambiguous[c] = TRUE;
              check->orders[c] = SG_DATE_ORDER_DAY_FIRST;
              /* Translators: %s is a column's header */
              g_ptr_array_add (check->notes,
                               g_strdup_printf (_("“%s”: every date fits both day/month/year and month/day/year; "
                                                  "they were read as day/month/year (03/04/2027 is 3 April 2027)."),
                                                name));
            }
        }
      if (n_quarters > 0)
        /* Translators: "“Due Date”: 2 quarters read as their last day (Q3 2024 → 2024-09-30)." */
        g_ptr_array_add (check->notes,
                         g_strdup_printf (ngettext ("“%s”: %u quarter read as its last day (%s).",
                                                    "“%s”: %u quarters read as their last day (%s).", n_quarters),
                                          name, n_quarters, example));
      if (n_serials > 0)
        g_ptr_array_add (check->notes,
                         g_strdup_printf (ngettext ("“%s”: %u number read as an Excel date.",
                                                    "“%s”: %u numbers read as Excel dates.", n_serials),
                                          name, n_serials));
    }
}

/* Says per column which names the register lacks: they were kept in the
 * notes, and the user should know before anything is written. */
static void
note_unknown (SgCsvImport *self,
              SgCsvCheck  *check)
{
  GPtrArray *header = sg_csv_import_peek_header (self);

  for (guint c = 0; c < header->len; c++)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GString) list = g_string_new (NULL);
      guint n = 0;

      for (guint i = 0; i < check->unknown->len; i++)
        {
          SgCsvUnknown *unknown = g_ptr_array_index (check->unknown, i);

          if (unknown->column != c || !g_hash_table_add (seen, unknown->text))
            continue;
          if (n++ < 10)
            g_string_append_printf (list, "%s“%s”", list->len ? ", " : "", unknown->text);
        }
      if (n == 0)
        continue;
      if (n > 10)
        g_string_append (list, ", …");
      g_ptr_array_add (check->notes,
                       /* Translators: "“Owner”: 2 names are not in the register; they were kept in the notes: “Nina Koch”, “Tom”." */
                       g_strdup_printf (ngettext ("“%s”: %u name is not in the register; it was kept in the notes: %s.",
                                                  "“%s”: %u names are not in the register; they were kept in the notes: %s.",
                                                  n),
                                        (char *) g_ptr_array_index (header, c), n, list->str));
    }
}

gboolean
sg_csv_check_rows (SgCsvImport  *self,
                   SgCsvCheck   *check,
                   GAsyncQueue  *queue,
                   gint         *invalid,
                   gint         *stop,
                   GCancellable *cancellable)
{
  g_autoptr(GHashTable) seen_refs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *header = sg_csv_import_peek_header (self);
  GPtrArray *block = NULL;
  gboolean completed = TRUE;
  gboolean updates = sg_csv_kind_updates (self->kind);

  check_dates (self, check);
  sg_import_values_describe (check->values, header, check->notes);
  for (guint r = 1; r < self->rows->len; r++)
    {
      SgCsvRow *row = g_ptr_array_index (self->rows, r);
      char *reason = NULL;
      SgRecord *risk;

      if (r % CHUNK == 0 && (g_cancellable_is_cancelled (cancellable) ||
                             (stop != NULL && g_atomic_int_get (stop))))
        {
          completed = FALSE;
          break;
        }
      risk = sg_csv_build_record (check->lookup, row, header, check->columns, check->orders,
                                  check->values, seen_refs, check->unknown, &reason);
      if (risk == NULL)
        {
          add_problem (check->problems, row->line, reason);
          if (invalid != NULL)
            g_atomic_int_set (invalid, TRUE);
          continue;
        }
      sg_csv_check_derived (check, row, header, risk);
      if (updates)
        {
          gint64 id = sg_record_get_id (risk);
          SgRecord *original = g_hash_table_lookup (check->lookup->own, &id);

          /* What Import would change, said before it does. */
          if (original != NULL && sg_csv_record_changes (original, risk))
            check->n_changing++;
        }
      g_ptr_array_add (check->risks, risk);
      if (queue == NULL)
        continue;
      if (block == NULL)
        block = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (block, g_object_ref (risk));
      if (block->len == CHUNK)
        g_async_queue_push (queue, g_steal_pointer (&block));
    }
  if (completed)
    note_unknown (self, check);
  if (queue != NULL)
    {
      if (block != NULL)
        g_async_queue_push (queue, g_steal_pointer (&block));
      g_async_queue_push (queue, g_ptr_array_new ());
    }
  return completed;
}

gboolean
sg_csv_import_take_check (SgCsvImport *self,
                          SgCsvCheck  *check)
{
  if (check->generation != self->generation)
    return FALSE;
  g_clear_pointer (&self->risks, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->risks = g_steal_pointer (&check->risks);
  self->problems = g_steal_pointer (&check->problems);
  g_free (self->orders);
  g_free (self->ambiguous);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  self->orders = g_steal_pointer (&check->orders);
  self->ambiguous = g_steal_pointer (&check->ambiguous);
  self->notes = g_steal_pointer (&check->notes);
  self->n_changing = check->n_changing;
  return TRUE;
}

/* A CSV read with one delimiter whose header is one cell holding
 * another: the message names the delimiter to choose. */
static gboolean
check_delimiter (SgCsvImport  *self,
                 GError      **error)
{
  GPtrArray *header = sg_csv_import_peek_header (self);
  const char *cell;

  if (self->info.format != SG_SHEET_FORMAT_CSV || header->len != 1)
    return TRUE;
  cell = g_ptr_array_index (header, 0);
  if (self->info.csv.delimiter != ';' && strchr (cell, ';') != NULL)
    g_set_error_literal (error, SG_CSV_ERROR, SG_CSV_ERROR_DELIMITER,
                         _("The header is one column, but its line holds semicolons: the file is "
                           "semicolon-separated. Choose the semicolon as the delimiter."));
  else if (self->info.csv.delimiter != '\t' && strchr (cell, '\t') != NULL)
    g_set_error_literal (error, SG_CSV_ERROR, SG_CSV_ERROR_DELIMITER,
                         _("The header is one column, but its line holds tabs: the file is "
                           "tab-separated. Choose the tab as the delimiter."));
  else if (self->info.csv.delimiter != ',' && strchr (cell, ',') != NULL)
    g_set_error_literal (error, SG_CSV_ERROR, SG_CSV_ERROR_DELIMITER,
                         _("The header is one column, but its line holds commas: the file is "
                           "comma-separated. Choose the comma as the delimiter."));
  else
    return TRUE;
  return FALSE;
}

/* Reads, parses and maps; the rest of sg_csv_import_new(). */
static SgCsvImport *
import_read (GType                  kind,
             const char            *path,
             const SgSheetOptions  *options,
             GPtrArray             *fields,
             GError               **error)
{
  g_autoptr(SgCsvImport) self = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GHashTable) used = NULL;
  GPtrArray *header;
  guint first;

  self = g_new0 (SgCsvImport, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->fields = g_ptr_array_ref (fields);
  self->rows = sg_sheet_read (path, options, &self->info, error);
  if (self->rows == NULL)
    return NULL;
  if (self->rows->len == 0)
    {
      g_set_error_literal (error, SG_CSV_ERROR, SG_CSV_ERROR_EMPTY,
                           self->info.format == SG_SHEET_FORMAT_CSV ? _("The file is empty.")
                                                                    : _("The sheet is empty."));
      return NULL;
    }

  names = sg_csv_build_header_names (self->fields);
  /* Title rows above the header are not data. */
  first = sg_sheet_find_header (self->rows, names);
  if (first > 0)
    g_ptr_array_remove_range (self->rows, 0, first);
  self->info.header_line = ((SgCsvRow *) g_ptr_array_index (self->rows, 0))->line;
  if (!check_delimiter (self, error))
    return NULL;
  if (self->rows->len == 1)
    {
      g_set_error_literal (error, SG_CSV_ERROR, SG_CSV_ERROR_NO_ROWS,
                           _("The file has a header but no rows: there is nothing to import."));
      return NULL;
    }

  used = g_hash_table_new (NULL, NULL);
  header = sg_csv_import_peek_header (self);
  self->columns = g_new0 (GParamSpec *, header->len);
  self->set_orders = g_new0 (SgDateOrder, header->len);
  for (guint c = 0; c < header->len; c++)
    {
      g_autofree char *folded = sg_csv_fold_name (g_ptr_array_index (header, c));
      GParamSpec *pspec = g_hash_table_lookup (names, folded);

      /* A second column for the same field goes to the notes. */
      if (pspec != NULL && g_hash_table_add (used, pspec))
        self->columns[c] = pspec;
    }
  return g_steal_pointer (&self);
}

/* The fields a column can fill: every field but the store's timestamps. */
static GPtrArray *
list_fields (GType kind)
{
  g_autoptr(SgRecordClass) klass = g_type_class_ref (kind);

  return sg_csv_list_fields (klass);
}

SgCsvImport *
sg_csv_import_new (SgStore     *store,
                   GType        kind,
                   const char  *path,
                   GError     **error)
{
  return sg_csv_import_new_full (store, kind, path, NULL, error);
}

SgCsvImport *
sg_csv_import_new_full (SgStore               *store,
                        GType                  kind,
                        const char            *path,
                        const SgSheetOptions  *options,
                        GError               **error)
{
  g_autoptr(GPtrArray) fields = NULL;
  SgCsvImport *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (sg_import_kind_is_importable (kind), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  fields = list_fields (kind);
  self = import_read (kind, path, options, fields, error);
  if (self == NULL)
    return NULL;
  self->store = g_object_ref (store);
  self->lookup = sg_csv_lookup_new (store, kind, fields);
  self->values = sg_import_values_new (0, sg_store_get_risk_method (store));
  return self;
}

typedef struct
{
  GType           kind;
  char           *path;
  SgSheetOptions  options;  /* its sheet owned */
  GPtrArray      *fields;
  SgCsvLookup    *lookup;
  SgImportValues *values;   /* the value mapping, with what it needs of the register */
} Reading;

static void
reading_free (Reading *reading)
{
  g_free (reading->path);
  g_free ((char *) reading->options.sheet);
  g_ptr_array_unref (reading->fields);
  g_clear_pointer (&reading->lookup, sg_csv_lookup_unref);
  g_clear_pointer (&reading->values, sg_import_values_unref);
  g_free (reading);
}

static void
read_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Reading *reading = task_data;
  GError *error = NULL;
  SgCsvImport *self = import_read (reading->kind, reading->path, &reading->options, reading->fields, &error);
  g_autoptr(SgCsvCheck) check = NULL;

  if (self == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  self->lookup = g_steal_pointer (&reading->lookup);
  self->values = g_steal_pointer (&reading->values);
  check = sg_csv_check_new (self);
  if (!sg_csv_check_rows (self, check, NULL, NULL, NULL, cancellable))
    {
      sg_csv_import_unref (self);
      g_task_return_error_if_cancelled (task);
      return;
    }
  sg_csv_import_take_check (self, check);
  g_task_return_pointer (task, self, (GDestroyNotify) sg_csv_import_unref);
}

void
sg_csv_import_new_async (SgStore             *store,
                         GType                kind,
                         const char          *path,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  sg_csv_import_new_full_async (store, kind, path, NULL, cancellable, callback, user_data);
}

void
sg_csv_import_new_full_async (SgStore              *store,
                              GType                 kind,
                              const char           *path,
                              const SgSheetOptions *options,
                              GCancellable         *cancellable,
                              GAsyncReadyCallback   callback,
                              gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  Reading *reading;

  g_return_if_fail (SG_IS_STORE (store));
  g_return_if_fail (sg_import_kind_is_importable (kind));
  g_return_if_fail (path != NULL);

  reading = g_new0 (Reading, 1);
  reading->kind = kind;
  reading->path = g_strdup (path);
  if (options != NULL)
    {
      reading->options = *options;
      reading->options.sheet = g_strdup (options->sheet);
    }
  reading->fields = list_fields (kind);
  reading->lookup = sg_csv_lookup_new (store, kind, reading->fields);
  reading->values = sg_import_values_new (0, sg_store_get_risk_method (store));
  /* No source object: the task's last reference may go in its thread,
   * and the store must not. */
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sg_csv_import_new_async);
  g_task_set_task_data (task, reading, (GDestroyNotify) reading_free);
  g_task_run_in_thread (task, read_thread);
}

SgCsvImport *
sg_csv_import_new_finish (SgStore       *store,
                          GAsyncResult  *result,
                          GError       **error)
{
  SgCsvImport *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sg_csv_import_new_async, NULL);

  self = g_task_propagate_pointer (G_TASK (result), error);
  if (self != NULL)
    self->store = g_object_ref (store);
  return self;
}

SgCsvImport *
sg_csv_import_ref (SgCsvImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

static gpointer
free_rows_thread (gpointer rows)
{
  g_ptr_array_unref (rows);
  return NULL;
}

/* A sheet of many rows is millions of cells: 0.07 s of freeing at
 * 100,000 rows, which nobody needs to wait for. */
#define ROWS_FREED_APART 10000

static void
free_rows (GPtrArray *rows)
{
  g_autoptr(GError) error = NULL;
  GThread *thread;

  if (rows->len < ROWS_FREED_APART)
    {
      g_ptr_array_unref (rows);
      return;
    }
  thread = g_thread_try_new ("sg-csv-free", free_rows_thread, rows, &error);
  if (thread == NULL)
    g_ptr_array_unref (rows);
  else
    g_thread_unref (thread);
}

void
sg_csv_import_unref (SgCsvImport *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  if (self->running)
    sg_csv_import_abort (self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer (&self->rows, free_rows);
  g_clear_pointer (&self->lookup, sg_csv_lookup_unref);
  g_clear_pointer (&self->columns, g_free);
  g_clear_pointer (&self->risks, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_free (self->set_orders);
  g_free (self->orders);
  g_free (self->ambiguous);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_pointer (&self->values, sg_import_values_unref);
  g_clear_pointer (&self->updated, g_ptr_array_unref);
  sg_sheet_info_clear (&self->info);
  g_free (self);
}

GType
sg_csv_import_get_kind (SgCsvImport *self)
{
  g_return_val_if_fail (self != NULL, G_TYPE_INVALID);

  return self->kind;
}

gboolean
sg_csv_import_updates (SgCsvImport *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return sg_csv_kind_updates (self->kind);
}

guint
sg_csv_import_get_n_to_create (SgCsvImport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  if (self->risks == NULL || sg_csv_kind_updates (self->kind))
    return 0;
  return self->risks->len;
}

guint
sg_csv_import_get_n_to_update (SgCsvImport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->risks != NULL ? self->n_changing : 0;
}

const SgSheetInfo *
sg_csv_import_get_info (SgCsvImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->info;
}

SgDateOrder
sg_csv_import_get_date_order (SgCsvImport *self,
                              guint        column)
{
  g_return_val_if_fail (self != NULL, SG_DATE_ORDER_AUTO);
  g_return_val_if_fail (column < sg_csv_import_peek_header (self)->len, SG_DATE_ORDER_AUTO);

  if (self->set_orders[column] != SG_DATE_ORDER_AUTO || self->orders == NULL)
    return self->set_orders[column];
  return self->orders[column];
}

gboolean
sg_csv_import_is_date_order_ambiguous (SgCsvImport *self,
                                       guint        column)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (column < sg_csv_import_peek_header (self)->len, FALSE);

  return self->ambiguous != NULL && self->ambiguous[column];
}

void
sg_csv_import_set_date_order (SgCsvImport *self,
                              guint        column,
                              SgDateOrder  order)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (!self->running);
  g_return_if_fail (column < sg_csv_import_peek_header (self)->len);

  if (self->set_orders[column] == order)
    return;
  self->set_orders[column] = order;
  self->generation++;
  g_clear_pointer (&self->risks, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
}

guint
sg_csv_import_get_n_columns (SgCsvImport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return sg_csv_import_peek_header (self)->len;
}

const char *
sg_csv_import_get_header (SgCsvImport *self,
                          guint        column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (column < sg_csv_import_peek_header (self)->len, NULL);

  return g_ptr_array_index (sg_csv_import_peek_header (self), column);
}

guint
sg_csv_import_get_n_rows (SgCsvImport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len - 1;
}

const char *
sg_csv_import_get_cell (SgCsvImport *self,
                        guint        row,
                        guint        column)
{
  SgCsvRow *r;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row + 1 < self->rows->len, NULL);

  r = g_ptr_array_index (self->rows, row + 1);
  return column < r->cells->len ? g_ptr_array_index (r->cells, column) : "";
}

GPtrArray *
sg_csv_import_list_fields (SgCsvImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->fields;
}

GParamSpec *
sg_csv_import_get_field (SgCsvImport *self,
                         guint        column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (column < sg_csv_import_peek_header (self)->len, NULL);

  return self->columns[column];
}

void
sg_csv_import_set_field (SgCsvImport *self,
                         guint        column,
                         GParamSpec  *field)
{
  guint n_columns;

  g_return_if_fail (self != NULL);
  g_return_if_fail (!self->running);
  n_columns = sg_csv_import_peek_header (self)->len;
  g_return_if_fail (column < n_columns);
  g_return_if_fail (field == NULL || g_ptr_array_find (self->fields, field, NULL));

  if (self->columns[column] == field)
    return;
  /* A field is filled from one column; the one that had it keeps its
   * text in the notes. */
  for (guint c = 0; field != NULL && c < n_columns; c++)
    if (self->columns[c] == field)
      self->columns[c] = NULL;
  self->columns[column] = field;
  self->generation++;
  g_clear_pointer (&self->risks, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
}

gboolean
sg_csv_import_is_checked (SgCsvImport *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->risks != NULL;
}

void
sg_csv_report_set_problems (SgCsvReport *report,
                            GPtrArray   *problems,
                            GPtrArray   *notes)
{
  g_clear_pointer (&report->notes, g_ptr_array_unref);
  report->notes = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; notes != NULL && i < notes->len; i++)
    g_ptr_array_add (report->notes, g_strdup (g_ptr_array_index (notes, i)));
  if (report->problems == NULL)
    report->problems = g_ptr_array_new_with_free_func (sg_csv_problem_free);
  g_ptr_array_set_size (report->problems, 0);
  for (guint i = 0; i < problems->len; i++)
    {
      SgCsvProblem *problem = g_ptr_array_index (problems, i);

      add_problem (report->problems, problem->line, g_strdup (problem->reason));
    }
}


guint
sg_csv_import_check (SgCsvImport *self,
                     SgCsvReport *report)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (!self->running, 0);

  if (self->risks == NULL)
    {
      g_autoptr(SgCsvCheck) check = sg_csv_check_new (self);

      sg_csv_check_rows (self, check, NULL, NULL, NULL, NULL);
      sg_csv_import_take_check (self, check);
    }
  if (report != NULL)
    sg_csv_report_set_problems (report, self->problems, self->notes);
  return self->risks->len;
}

typedef struct
{
  SgCsvImport *import;  /* a reference; the thread reads only the rows and the lookup */
  SgCsvCheck  *check;
} Checking;

static void
checking_free (Checking *checking)
{
  g_clear_pointer (&checking->check, sg_csv_check_free);
  g_clear_pointer (&checking->import, sg_csv_import_unref);
  g_free (checking);
}

static void
check_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Checking *checking = task_data;

  if (!sg_csv_check_rows (checking->import, checking->check, NULL, NULL, NULL, cancellable))
    g_task_return_error_if_cancelled (task);
  else
    g_task_return_boolean (task, TRUE);
}

void
sg_csv_import_check_async (SgCsvImport         *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Checking *checking;

  g_return_if_fail (self != NULL);
  g_return_if_fail (!self->running);

  checking = g_new0 (Checking, 1);
  checking->import = sg_csv_import_ref (self);
  checking->check = sg_csv_check_new (self);
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sg_csv_import_check_async);
  g_task_set_task_data (task, checking, (GDestroyNotify) checking_free);
  g_task_run_in_thread (task, check_thread);
}

gboolean
sg_csv_import_check_finish (GAsyncResult  *result,
                            GError       **error)
{
  Checking *checking;
  g_autoptr(SgCsvImport) import = NULL;

  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sg_csv_import_check_async, FALSE);

  /* The import's reference goes here, on the store's thread. */
  checking = g_task_get_task_data (G_TASK (result));
  import = g_steal_pointer (&checking->import);
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  if (!sg_csv_import_take_check (import, checking->check))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           "The mapping changed during the check");
      return FALSE;
    }
  return TRUE;
}
