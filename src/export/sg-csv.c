/* sg-csv.c: the risk register written as CSV (RFC 4180)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Formula injection: a spreadsheet runs a cell that starts with '=', '+',
 * '-', '@', tab or carriage return. The export writes such a cell with one
 * leading ' — and also a cell that is already one or more 's followed by
 * one of those characters, so that the import can strip exactly one leading
 * ' from every cell of the form '+[=+\-@\t\r] and a round trip is exact.
 *
 * Reading CSV is sg-csv-import.c, which uses what sg-csv-private.h
 * declares; nothing here uses the import. */
#define G_LOG_DOMAIN "sg-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sg-csv-private.h"
#include "sg-csv.h"
#include "sg-output-file.h"
#include "sg-risk.h"

GPtrArray *
sg_csv_list_fields (SgRecordClass *klass)
{
  GPtrArray *out = g_ptr_array_new ();
  guint n_fields;
  GParamSpec **fields = sg_record_class_list_fields (klass, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    if (sg_field_get_kind (fields[i]) != SG_FIELD_TIMESTAMP)
      g_ptr_array_add (out, fields[i]);
  return out;
}

static gboolean
is_formula_start (char c)
{
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

gboolean
sg_csv_looks_like_formula (const char *cell,
                           guint       min_quotes)
{
  guint quotes = 0;

  while (cell[quotes] == '\'')
    quotes++;
  return quotes >= min_quotes && is_formula_start (cell[quotes]);
}

static void
append_cell (GString    *out,
             const char *cell)
{
  gboolean quote;

  if (cell == NULL)
    return;
  quote = strpbrk (cell, ",\"\r\n") != NULL;
  if (quote)
    g_string_append_c (out, '"');
  if (sg_csv_looks_like_formula (cell, 0))
    g_string_append_c (out, '\'');
  for (const char *p = cell; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  if (quote)
    g_string_append_c (out, '"');
}

char *
sg_csv_format_value (SgStore    *store,
                     SgRecord   *record,
                     GParamSpec *pspec)
{
  return sg_field_format (pspec, sg_record_peek_value (record, pspec), SG_FIELD_USE_EXPORT,
                          sg_store_get_field_resolver (store));
}

gboolean
sg_csv_export_risks (SgStore     *store,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(SgRecordClass) klass = g_type_class_ref (SG_TYPE_RISK);
  g_autoptr(GPtrArray) fields = sg_csv_list_fields (klass);
  g_autoptr(GString) out = g_string_new (NULL);
  GListModel *risks;
  guint n_risks;

  g_return_val_if_fail (SG_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint f = 0; f < fields->len; f++)
    {
      if (f > 0)
        g_string_append_c (out, ',');
      append_cell (out, sg_field_get_label (g_ptr_array_index (fields, f)));
    }
  g_string_append (out, "\r\n");

  risks = sg_store_get_records (store, SG_TYPE_RISK);
  n_risks = g_list_model_get_n_items (risks);
  for (guint r = 0; r < n_risks; r++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (risks, r);

      for (guint f = 0; f < fields->len; f++)
        {
          g_autofree char *cell = sg_csv_format_value (store, risk, g_ptr_array_index (fields, f));

          if (f > 0)
            g_string_append_c (out, ',');
          append_cell (out, cell);
        }
      g_string_append (out, "\r\n");
    }

  /* A temporary file beside @path, renamed over it when complete. */
  return sg_output_file_write_all (path, out->str, out->len, error);
}

/* Command line */

int
sg_csv_command_fail (const char *message)
{
  g_printerr ("safeguard: %s\n", message);
  return 1;
}

int
sg_csv_export_command (const char *out,
                       const char *register_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;

  g_return_val_if_fail (out != NULL, 1);
  g_return_val_if_fail (register_path != NULL, 1);

  store = sg_store_open (register_path, SG_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL || !sg_csv_export_risks (store, out, &error))
    return sg_csv_command_fail (error->message);
  return 0;
}
