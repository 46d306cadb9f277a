/* sg-csv-import-values.c: the value mapping and derived columns of an import, as SgCsvImport shows them
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tables themselves are sg-import-values.c; here they follow the
 * column mapping, and a change of a value's mapping asks for the rows to
 * be checked again, as a change of a column's field does. */
#define G_LOG_DOMAIN "sg-csv"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-csv-import-private.h"

/* Score and level mismatches listed by line; the rest are counted. */
#define MAX_MISMATCHES 10

void
sg_csv_import_update_values (SgCsvImport *self)
{
  SgImportValues *next = sg_import_values_update (self->values, self->columns, self->rows, self->lookup);

  /* Unchanged, as it always is when the adding's checker thread asks:
   * sg_csv_import_begin() brought it up to date first. */
  if (next == self->values)
    {
      sg_import_values_unref (next);
      return;
    }
  sg_import_values_unref (self->values);
  self->values = next;
}

void
sg_csv_check_derived (SgCsvCheck *check,
                      SgCsvRow   *row,
                      GPtrArray  *header,
                      SgRecord   *record)
{
  g_autofree char *said = sg_import_values_check_derived (check->values, G_OBJECT (record), row, header);

  if (said == NULL)
    return;
  check->n_mismatches++;
  if (check->n_mismatches <= MAX_MISMATCHES)
    /* Translators: "Line 4: “Risk Score” says 20, the ratings give 4 × 3 = 12 (not imported)." */
    g_ptr_array_add (check->notes, g_strdup_printf (_("Line %u: %s (not imported)."), row->line, said));
  else if (check->n_mismatches == MAX_MISMATCHES + 1)
    g_ptr_array_add (check->notes, g_strdup (_("More rows’ scores or levels differ from their ratings.")));
}

static void
changed (SgCsvImport *self)
{
  self->generation++;
  g_clear_pointer (&self->risks, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
}

GPtrArray *
sg_csv_import_list_values (SgCsvImport *self,
                           guint        column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (column < sg_csv_import_get_n_columns (self), NULL);

  sg_csv_import_update_values (self);
  return sg_import_values_list (self->values, column);
}

void
sg_csv_import_set_value (SgCsvImport *self,
                         guint        column,
                         const char  *text,
                         int          value,
                         gboolean     mapped)
{
  SgImportValues *next;

  g_return_if_fail (self != NULL);
  g_return_if_fail (!self->running);
  g_return_if_fail (text != NULL);
  g_return_if_fail (column < sg_csv_import_get_n_columns (self));

  sg_csv_import_update_values (self);
  if (!sg_import_values_has_table (self->values, column))
    return;
  next = sg_import_values_set (self->values, column, text, value, mapped);
  sg_import_values_unref (self->values);
  self->values = next;
  changed (self);
}

guint
sg_csv_import_get_value_scale (SgCsvImport *self,
                               guint        column)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (column < sg_csv_import_get_n_columns (self), 0);

  sg_csv_import_update_values (self);
  return sg_import_values_get_scale (self->values, column);
}

guint
sg_csv_import_get_max_number (SgCsvImport *self,
                              guint        column)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (column < sg_csv_import_get_n_columns (self), 0);

  sg_csv_import_update_values (self);
  return sg_import_values_get_max_number (self->values, column);
}

void
sg_csv_import_set_value_scale (SgCsvImport *self,
                               guint        column,
                               guint        from)
{
  SgImportValues *next;

  g_return_if_fail (self != NULL);
  g_return_if_fail (!self->running);
  g_return_if_fail (column < sg_csv_import_get_n_columns (self));

  sg_csv_import_update_values (self);
  if (!sg_import_values_has_table (self->values, column) ||
      sg_import_values_get_scale (self->values, column) == from)
    return;
  next = sg_import_values_set_scale (self->values, column, from, self->rows, self->lookup);
  sg_import_values_unref (self->values);
  self->values = next;
  changed (self);
}

SgImportDerived
sg_csv_import_get_derived (SgCsvImport *self,
                           guint        column)
{
  g_return_val_if_fail (self != NULL, SG_IMPORT_DERIVED_NONE);
  g_return_val_if_fail (column < sg_csv_import_get_n_columns (self), SG_IMPORT_DERIVED_NONE);

  sg_csv_import_update_values (self);
  return sg_import_values_get_derived (self->values, column);
}

char *
sg_csv_import_get_value_label (SgCsvImport *self,
                               guint        column,
                               int          value)
{
  GParamSpec *pspec;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (column < sg_csv_import_get_n_columns (self), NULL);

  pspec = self->columns[column];
  g_return_val_if_fail (pspec != NULL, NULL);
  return sg_import_values_label (self->values, pspec, value);
}

guint
sg_csv_import_get_n_choices (SgCsvImport *self,
                             guint        column)
{
  GParamSpec *pspec;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (column < sg_csv_import_get_n_columns (self), 0);

  pspec = self->columns[column];
  if (pspec == NULL)
    return 0;
  if (sg_field_get_kind (pspec) == SG_FIELD_CHOICE)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (G_PARAM_SPEC_VALUE_TYPE (pspec));

      return klass->n_values;
    }
  return self->lookup->n_values[sg_field_get_kind (pspec) == SG_FIELD_LIKELIHOOD ? 0 : 1];
}

int
sg_csv_import_get_nth_choice (SgCsvImport *self,
                              guint        column,
                              guint        n)
{
  GParamSpec *pspec;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (n < sg_csv_import_get_n_choices (self, column), 0);

  pspec = self->columns[column];
  if (sg_field_get_kind (pspec) == SG_FIELD_CHOICE)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (G_PARAM_SPEC_VALUE_TYPE (pspec));

      return klass->values[n].value;
    }
  return (int) n + 1;
}

char *
sg_csv_import_format_values (SgCsvImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  sg_csv_import_update_values (self);
  return sg_import_values_format (self->values, self->columns, sg_csv_import_peek_header (self));
}

guint
sg_csv_import_get_line (SgCsvImport *self,
                        guint        row)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row + 1 < self->rows->len, 0);

  return ((SgCsvRow *) g_ptr_array_index (self->rows, row + 1))->line;
}
