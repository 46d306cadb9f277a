/* sg-csv-import-add.c: a checked import's records added (or updated), in steps, in one transaction
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adding is the store's thread's: a batch that steps through the records,
 * so that a window can show progress between steps. When the rows were
 * not checked before, a thread checks them while they are added.
 *
 * Updates (the Annex A controls): each row's record is the register's
 * with the row's cells; the fields that differ are set on the register's
 * record, in the same batch. The batch's rollback takes back what was
 * saved, and the records are set back to copies kept of them.
 *
 * Refs: rows are added in the file's order; the refs the store gives
 * rows without one come after every ref in the file, so that none takes
 * the ref of a row further down. */
#define G_LOG_DOMAIN "sg-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "sg-csv-cells.h"
#include "sg-csv-import-private.h"
#include "sg-csv-private.h"
#include "sg-import-names.h"
#include "sg-risk.h"

static gpointer
pipelined_check_thread (gpointer data)
{
  SgCsvImport *self = data;
  SgCsvCheck *check = sg_csv_check_new (self);

  sg_csv_check_rows (self, check, self->checked, &self->invalid, &self->stop, NULL);
  return check;
}

gboolean
sg_csv_field_is_updated (GParamSpec *field)
{
  return sg_field_get_kind (field) != SG_FIELD_TIMESTAMP && !g_str_equal (field->name, "ref");
}

gboolean
sg_csv_record_changes (SgRecord *original,
                       SgRecord *changed)
{
  guint n_fields;
  GParamSpec **fields = sg_record_class_list_fields (SG_RECORD_GET_CLASS (original), &n_fields);

  for (guint f = 0; f < n_fields; f++)
    if (sg_csv_field_is_updated (fields[f]) &&
        !sg_field_values_equal (fields[f], sg_record_peek_value (original, fields[f]),
                                sg_record_peek_value (changed, fields[f])))
      return TRUE;
  return FALSE;
}

/* Sets on the register's record what the row's copy of it changed. */
static gboolean
update_record (SgCsvImport  *self,
               SgRecord     *changed,
               GError      **error)
{
  gint64 id = sg_record_get_id (changed);
  SgRecord *record = sg_store_find_by_id (self->store, self->kind, id);
  /* The record as the row's copy began: only what the row changed is
   * set, so that an edit made since the check stays. */
  SgRecord *original = g_hash_table_lookup (self->lookup->own, &id);
  guint n_fields;
  GParamSpec **fields;
  gboolean differs = FALSE;

  if (record == NULL || original == NULL)
    {
      g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_INVALID_ROWS,
                   _("%s is no longer in the register; nothing was imported."), sg_record_get_ref (changed));
      return FALSE;
    }
  fields = sg_record_class_list_fields (SG_RECORD_GET_CLASS (record), &n_fields);
  for (guint f = 0; f < n_fields; f++)
    if (sg_csv_field_is_updated (fields[f]) &&
        !sg_field_values_equal (fields[f], sg_record_peek_value (original, fields[f]),
                                sg_record_peek_value (changed, fields[f])) &&
        !sg_field_values_equal (fields[f], sg_record_peek_value (record, fields[f]),
                                sg_record_peek_value (changed, fields[f])))
      {
        if (!differs)
          g_ptr_array_add (self->updated, sg_csv_record_copy (record));
        differs = TRUE;
        sg_record_set_value (record, fields[f], sg_record_peek_value (changed, fields[f]));
      }
  if (differs)
    self->n_updated++;
  return TRUE;
}

/* After the batch's rollback: the register's records as they were. */
static void
put_back_updates (SgCsvImport *self)
{
  for (guint i = 0; self->updated != NULL && i < self->updated->len; i++)
    {
      SgRecord *old = g_ptr_array_index (self->updated, i);
      SgRecord *record = sg_store_find_by_id (self->store, self->kind, sg_record_get_id (old));
      guint n_fields;
      GParamSpec **fields = sg_record_class_list_fields (SG_RECORD_GET_CLASS (old), &n_fields);

      for (guint f = 0; record != NULL && f < n_fields; f++)
        if (sg_csv_field_is_updated (fields[f]))
          sg_record_set_value (record, fields[f], sg_record_peek_value (old, fields[f]));
    }
  g_clear_pointer (&self->updated, g_ptr_array_unref);
  self->n_updated = 0;
}

static void
set_invalid_rows_error (GError **error,
                        guint    n_invalid)
{
  g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_INVALID_ROWS,
               ngettext ("%u row is invalid; nothing was imported.",
                         "%u rows are invalid; nothing was imported.",
                         n_invalid),
               n_invalid);
}

gboolean
sg_csv_import_begin (SgCsvImport  *self,
                     gboolean      skip_invalid,
                     GError      **error)
{
  guint ref_column = G_MAXUINT;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->running, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->problems != NULL && self->problems->len > 0 && !skip_invalid)
    {
      set_invalid_rows_error (error, self->problems->len);
      return FALSE;
    }
  if (!sg_store_begin_batch (self->store, error))
    return FALSE;

  for (guint c = 0; c < sg_csv_import_peek_header (self)->len; c++)
    if (self->columns[c] != NULL && g_str_equal (self->columns[c]->name, "ref"))
      ref_column = c;
  if (sg_csv_kind_updates (self->kind))
    ref_column = G_MAXUINT;
  for (guint r = 1; ref_column != G_MAXUINT && r < self->rows->len; r++)
    {
      SgCsvRow *row = g_ptr_array_index (self->rows, r);
      const char *cell = ref_column < row->cells->len ? g_ptr_array_index (row->cells, ref_column) : "";
      g_autofree char *ref = sg_csv_cell_get_ref (cell);

      sg_store_reserve_ref (self->store, self->kind, ref);
    }

  self->running = TRUE;
  self->skip_invalid = skip_invalid;
  self->n_added = 0;
  self->n_updated = 0;
  g_clear_pointer (&self->updated, g_ptr_array_unref);
  self->updated = g_ptr_array_new_with_free_func (g_object_unref);
  if (self->risks != NULL)
    self->adding = g_ptr_array_ref (self->risks);
  else
    {
      /* Not checked yet: a thread checks while the valid rows are added. */
      self->adding = g_ptr_array_new_with_free_func (g_object_unref);
      self->checked = g_async_queue_new_full ((GDestroyNotify) g_ptr_array_unref);
      self->checker_done = FALSE;
      self->stop = FALSE;
      self->invalid = FALSE;
      /* The thread's check finds the value tables made. */
      sg_csv_import_update_values (self);
      self->checker = g_thread_new ("sg-csv-check", pipelined_check_thread, self);
    }
  return TRUE;
}

guint
sg_csv_import_get_n_added (SgCsvImport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_added;
}

/* Waits for the next block of checked risks; FALSE when there are no more. */
static gboolean
take_checked (SgCsvImport *self)
{
  GPtrArray *block;

  if (self->checker == NULL || self->checker_done)
    return FALSE;
  block = g_async_queue_pop (self->checked);
  self->checker_done = block->len == 0;
  g_ptr_array_extend_and_steal (self->adding, block);
  return !self->checker_done;
}

gboolean
sg_csv_import_step (SgCsvImport  *self,
                    guint         max_rows,
                    gboolean     *done,
                    GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->running, FALSE);
  g_return_val_if_fail (done != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *done = FALSE;
  for (guint n = 0; n < max_rows; n++)
    {
      /* One invalid row and nothing will be imported: adding stops. */
      if (self->checker != NULL && !self->skip_invalid && g_atomic_int_get (&self->invalid))
        break;
      while (self->n_added == self->adding->len && take_checked (self))
        ;
      if (self->n_added == self->adding->len)
        break;
      if (sg_csv_kind_updates (self->kind) ?
          !update_record (self, g_ptr_array_index (self->adding, self->n_added), error) :
          !sg_store_add (self->store, g_ptr_array_index (self->adding, self->n_added), error))
        {
          sg_csv_import_abort (self);
          return FALSE;
        }
      self->n_added++;
    }
  *done = (self->checker != NULL && !self->skip_invalid && g_atomic_int_get (&self->invalid)) ||
          (self->n_added == self->adding->len && (self->checker == NULL || self->checker_done));
  return TRUE;
}

/* Lets the checking thread end and takes its result. */
static void
join_checker (SgCsvImport *self)
{
  SgCsvCheck *check;

  if (self->checker == NULL)
    return;
  while (take_checked (self))
    ;
  check = g_thread_join (g_steal_pointer (&self->checker));
  sg_csv_import_take_check (self, check);
  sg_csv_check_free (check);
  g_clear_pointer (&self->checked, g_async_queue_unref);
}

gboolean
sg_csv_import_finish (SgCsvImport  *self,
                      SgCsvReport  *report,
                      GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->running, FALSE);
  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Whatever step() left, while the checking thread (if any) goes on. */
  report->n_imported = 0;
  for (gboolean done = FALSE; !done;)
    if (!sg_csv_import_step (self, G_MAXUINT, &done, error))
      return FALSE;
  join_checker (self);
  sg_csv_report_set_problems (report, self->problems, self->notes);
  if (self->problems->len > 0 && !self->skip_invalid)
    {
      sg_csv_import_abort (self);
      set_invalid_rows_error (error, report->problems->len);
      return FALSE;
    }

  self->running = FALSE;
  g_clear_pointer (&self->adding, g_ptr_array_unref);
  ok = sg_store_commit_batch (self->store, error);
  if (ok)
    {
      report->n_imported = self->n_added;
      report->n_updated = self->n_updated;
      /* The records are the register's now: a second run adds nothing twice. */
      g_ptr_array_set_size (self->risks, 0);
      g_clear_pointer (&self->updated, g_ptr_array_unref);
    }
  else
    {
      put_back_updates (self);
      g_clear_pointer (&self->risks, g_ptr_array_unref);
    }
  self->n_added = 0;
  self->n_updated = 0;
  return ok;
}

void
sg_csv_import_abort (SgCsvImport *self)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->running);

  g_atomic_int_set (&self->stop, TRUE);
  join_checker (self);
  sg_store_rollback_batch (self->store);
  put_back_updates (self);
  self->running = FALSE;
  self->n_added = 0;
  g_clear_pointer (&self->adding, g_ptr_array_unref);
  /* The records carry what adding gave them (refs): checked anew next time. */
  self->generation++;
  g_clear_pointer (&self->risks, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
}

gboolean
sg_csv_import_run (SgCsvImport  *self,
                   gboolean      skip_invalid,
                   SgCsvReport  *report,
                   GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  report->n_imported = 0;
  if (sg_csv_import_begin (self, skip_invalid, error))
    return sg_csv_import_finish (self, report, error);
  if (report->problems == NULL)
    report->problems = g_ptr_array_new_with_free_func (sg_csv_problem_free);
  if (self->problems != NULL)
    sg_csv_report_set_problems (report, self->problems, self->notes);
  return FALSE;
}

gboolean
sg_csv_import_risks (SgStore      *store,
                     const char   *path,
                     gboolean      skip_invalid,
                     SgCsvReport  *report,
                     GError      **error)
{
  g_autoptr(SgCsvImport) import = NULL;

  g_return_val_if_fail (SG_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  report->n_imported = 0;
  if (report->problems == NULL)
    report->problems = g_ptr_array_new_with_free_func (sg_csv_problem_free);
  import = sg_csv_import_new (store, SG_TYPE_RISK, path, error);
  if (import == NULL)
    return FALSE;
  return sg_csv_import_run (import, skip_invalid, report, error);
}

/* Command line */

int
sg_csv_import_command (const char *in,
                       const char *register_path,
                       gboolean    skip_invalid)
{
  return sg_csv_import_command_full (in, register_path, SG_TYPE_RISK, NULL, skip_invalid);
}

int
sg_csv_import_command_full (const char            *in,
                            const char            *register_path,
                            GType                  kind,
                            const SgSheetOptions  *options,
                            gboolean               skip_invalid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autoptr(SgCsvImport) import = NULL;
  g_autofree char *store_path = NULL;
  g_autofree char *basename = NULL;
  SgCsvReport report = { 0 };
  gboolean created, ok;
  guint n_imported, n_updated;

  g_return_val_if_fail (in != NULL, 1);
  g_return_val_if_fail (sg_import_kind_is_importable (kind), 1);
  g_return_val_if_fail (register_path != NULL, 1);

  /* Read errors of the file come before creating anything. */
  if (!sg_sheet_check_file (in, &error))
    return sg_csv_command_fail (error->message);

  store = sg_store_open (register_path, SG_STORE_OPEN_CREATE, &error);
  if (store == NULL)
    return sg_csv_command_fail (error->message);
  created = sg_store_was_created (store);
  store_path = g_strdup (sg_store_get_path (store));

  import = sg_csv_import_new_full (store, kind, in, options, &error);
  if (import != NULL)
    {
      const SgSheetInfo *info = sg_csv_import_get_info (import);

      /* A plain UTF-8 CSV with its header first needs no word. */
      if (info->format != SG_SHEET_FORMAT_CSV || info->csv.delimiter != ',' ||
          info->csv.encoding != SG_TEXT_ENCODING_UTF8 || info->header_line > 1)
        {
          g_autofree char *what = sg_sheet_info_describe (info);

          /* Translators: how the file was read, e.g. "Read “risks.csv” as: Semicolon-separated, Windows-1252." */
          g_print (_("Read “%s” as: %s.\n"), in, what);
          fflush (stdout);
        }
      /* The guesses are used as they are: say which they were. */
      {
        g_autofree char *mapping = sg_csv_import_format_values (import);

        g_print ("%s", mapping);
      }
      ok = sg_csv_import_run (import, skip_invalid, &report, &error);
    }
  else
    ok = FALSE;
  for (guint i = 0; report.notes != NULL && i < report.notes->len; i++)
    g_print ("%s\n", (char *) g_ptr_array_index (report.notes, i));
  for (guint i = 0; report.problems != NULL && i < report.problems->len; i++)
    {
      SgCsvProblem *problem = g_ptr_array_index (report.problems, i);
      /* Translators: "line 7: Inherent likelihood 6 is not on the 1–5 scale" */
      g_autofree char *line = g_strdup_printf (_("line %u: %s"), problem->line, problem->reason);

      sg_csv_command_fail (line);
    }
  n_imported = report.n_imported;
  n_updated = report.n_updated;
  sg_csv_report_clear (&report);
  g_clear_pointer (&import, sg_csv_import_unref);

  if (!ok)
    {
      sg_store_close (store);
      if (created)
        sg_store_delete_files (store_path);
      /* The invalid rows were the message. */
      if (!g_error_matches (error, SG_CSV_ERROR, SG_CSV_ERROR_INVALID_ROWS))
        sg_csv_command_fail (error->message);
      return 1;
    }

  basename = g_path_get_basename (store_path);
  if (sg_csv_kind_updates (kind))
    {
      g_autoptr(SgRecordClass) klass = g_type_class_ref (kind);

      /* Translators: "Controls: 12 updated in register.isms." */
      g_print (ngettext ("%s: %u updated in %s.\n",
                         "%s: %u updated in %s.\n", n_updated),
               _(sg_record_class_get_plural (klass)), n_updated, basename);
    }
  else if (kind == SG_TYPE_RISK)
    /* Translators: "Imported 40 risks into register.isms." */
    g_print (ngettext ("Imported %u risk into %s.\n",
                       "Imported %u risks into %s.\n", n_imported),
             n_imported, basename);
  else
    {
      g_autoptr(SgRecordClass) klass = g_type_class_ref (kind);

      /* Translators: "Assets: 40 imported into register.isms." */
      g_print (ngettext ("%s: %u imported into %s.\n",
                         "%s: %u imported into %s.\n", n_imported),
               _(sg_record_class_get_plural (klass)), n_imported, basename);
    }
  return 0;
}
