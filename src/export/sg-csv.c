/* sg-csv.c: the risk register as CSV (RFC 4180), out and in
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Formula injection: a spreadsheet runs a cell that starts with '=', '+',
 * '-', '@', tab or carriage return. The export writes such a cell with one
 * leading ' — and also a cell that is already one or more 's followed by
 * one of those characters, so that the import can strip exactly one leading
 * ' from every cell of the form '+[=+\-@\t\r] and a round trip is exact.
 *
 * Dates on import: ISO 2027-03-31, or a/b/yyyy and a.b.yyyy read day-first;
 * only when the first number cannot be a day but the second can (03/31/2027)
 * is it read month-first. So an ambiguous 03/04/2027 is 3 April. */
#define G_LOG_DOMAIN "sg-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sg-csv.h"
#include "sg-risk.h"

G_DEFINE_QUARK (sg-csv-error-quark, sg_csv_error)

void
sg_csv_report_clear (SgCsvReport *report)
{
  g_return_if_fail (report != NULL);

  g_clear_pointer (&report->problems, g_ptr_array_unref);
  report->n_imported = 0;
}

static void
problem_free (gpointer data)
{
  SgCsvProblem *problem = data;

  g_free (problem->reason);
  g_free (problem);
}

/* The fields a CSV carries: everything but the store's timestamps. */
static GPtrArray *
list_csv_fields (SgRecordClass *klass)
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

/* Matches '*[=+\-@\t\r]: @min_quotes or more leading 's, then a trigger. */
static gboolean
looks_like_formula (const char *cell,
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
  if (looks_like_formula (cell, 0))
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
  const GValue *value = sg_record_peek_value (record, pspec);
  GType target = sg_field_get_target (pspec);

  switch (sg_field_get_kind (pspec))
    {
    case SG_FIELD_BOOLEAN:
      return g_strdup (g_value_get_boolean (value) ? _("yes") : _("no"));
    case SG_FIELD_CHOICE:
      return g_strdup (sg_enum_get_label (G_PARAM_SPEC_VALUE_TYPE (pspec),
                                          g_value_get_enum (value)));
    case SG_FIELD_LIKELIHOOD:
    case SG_FIELD_IMPACT:
      return g_value_get_int (value) == 0 ? NULL : g_strdup_printf ("%d", g_value_get_int (value));
    case SG_FIELD_REFERENCE:
      {
        SgRecord *other = g_value_get_int64 (value) == 0 ? NULL :
          sg_store_find_by_id (store, target, g_value_get_int64 (value));
        return other ? g_strdup (sg_record_get_ref (other)) : NULL;
      }
    case SG_FIELD_LINKS:
      return sg_store_format_links (store, target, g_value_get_variant (value));
    case SG_FIELD_TEXT:
    case SG_FIELD_LONG_TEXT:
    case SG_FIELD_DATE:
    case SG_FIELD_TIMESTAMP:
    case SG_FIELD_COLOUR:
    case SG_FIELD_NUMBER:
    case SG_FIELD_DECIMAL:
    default:
      return sg_field_value_to_string (pspec, value);
    }
}

gboolean
sg_csv_export_risks (SgStore     *store,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(SgRecordClass) klass = g_type_class_ref (SG_TYPE_RISK);
  g_autoptr(GPtrArray) fields = list_csv_fields (klass);
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

  /* Writes a temporary file beside @path and renames it over @path. */
  if (!g_file_set_contents_full (path, out->str, out->len, G_FILE_SET_CONTENTS_CONSISTENT,
                                 0600, error))
    {
      g_prefix_error (error, _("Could not write the CSV file: "));
      return FALSE;
    }
  return TRUE;
}

/* Reading */

typedef struct
{
  guint      line;
  GPtrArray *cells;  /* char* */
} CsvRow;

static void
csv_row_free (gpointer data)
{
  CsvRow *row = data;

  g_ptr_array_unref (row->cells);
  g_free (row);
}

static guint
line_of (const char *text,
         const char *at)
{
  guint line = 1;

  for (const char *p = text; p < at; p++)
    if (*p == '\n' || (*p == '\r' && p[1] != '\n'))
      line++;
  return line;
}

static gboolean
check_bytes (const char  *text,
             gsize        length,
             GError     **error)
{
  const char *nul = memchr (text, '\0', length);
  const char *bad = NULL;

  if (length == 0)
    {
      g_set_error_literal (error, SG_CSV_ERROR, SG_CSV_ERROR_EMPTY, _("The file is empty."));
      return FALSE;
    }
  if (nul != NULL)
    {
      g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_ENCODING,
                   _("Line %u holds a NUL byte: this is not a text file."), line_of (text, nul));
      return FALSE;
    }
  if (!g_utf8_validate_len (text, length, &bad))
    {
      g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_ENCODING,
                   _("Line %u is not valid UTF-8. Save the file as “CSV UTF-8” and import it again."),
                   line_of (text, bad));
      return FALSE;
    }
  return TRUE;
}

/* RFC 4180, strictly: a quote may only open or close a field. Accepts
 * CRLF, LF and CR line ends. */
static GPtrArray *
parse_csv (const char  *text,
           gsize        length,
           GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (csv_row_free);
  g_autoptr(GString) cell = g_string_new (NULL);
  const char *p = text, *end = text + length;
  CsvRow *row = NULL;
  guint line = 1, cell_line = 1;

  while (p < end)
    {
      gboolean quoted = FALSE;

      cell_line = line;

      if (row == NULL)
        {
          row = g_new0 (CsvRow, 1);
          row->line = line;
          row->cells = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (rows, row);
        }

      g_string_truncate (cell, 0);
      if (*p == '"')
        {
          quoted = TRUE;
          p++;
          for (;;)
            {
              if (p >= end)
                {
                  g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_SYNTAX,
                               _("Line %u: a quoted field is never closed."), cell_line);
                  return NULL;
                }
              if (*p == '"')
                {
                  if (p + 1 < end && p[1] == '"')
                    {
                      g_string_append_c (cell, '"');
                      p += 2;
                      continue;
                    }
                  p++;
                  break;
                }
              if (*p == '\n' || (*p == '\r' && (p + 1 >= end || p[1] != '\n')))
                line++;
              g_string_append_c (cell, *p++);
              if (cell->len > SG_CSV_MAX_FIELD)
                goto too_large;
            }
        }
      else
        {
          while (p < end && *p != ',' && *p != '\r' && *p != '\n')
            {
              if (*p == '"')
                {
                  g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_SYNTAX,
                               _("Line %u: a quote inside a field that does not start with one. "
                                 "Enclose the field in quotes and double the quote."), line);
                  return NULL;
                }
              g_string_append_c (cell, *p++);
              if (cell->len > SG_CSV_MAX_FIELD)
                goto too_large;
            }
        }

      g_ptr_array_add (row->cells, g_strndup (cell->str, cell->len));

      if (p >= end)
        break;
      if (*p == ',')
        {
          p++;
          if (p >= end)
            g_ptr_array_add (row->cells, g_strdup (""));
          continue;
        }
      if (*p == '\r' || *p == '\n')
        {
          p += (*p == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
          line++;
          row = NULL;
          continue;
        }
      g_assert (quoted);
      g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_SYNTAX,
                   _("Line %u: text after the closing quote of a field."), line);
      return NULL;
    }

  /* Blank lines are no rows. */
  for (guint i = rows->len; i > 0; i--)
    {
      CsvRow *r = g_ptr_array_index (rows, i - 1);
      if (r->cells->len == 1 && *(char *) g_ptr_array_index (r->cells, 0) == '\0')
        g_ptr_array_remove_index (rows, i - 1);
    }
  return g_steal_pointer (&rows);

too_large:
  g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_TOO_LARGE,
               _("Line %u: a field is longer than 1 MiB; this is not a risk register."), cell_line);
  return NULL;
}

static char *
fold_name (const char *name)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name));

  return g_utf8_casefold (trimmed, -1);
}

static void
add_name (GHashTable *names,
          const char *name,
          GParamSpec *pspec)
{
  g_hash_table_insert (names, fold_name (name), pspec);
}

/* Header names, folded, to fields: our own labels (translated and not),
 * property names, and the names other risk registers use. */
static GHashTable *
build_header_names (GPtrArray *fields)
{
  static const struct { const char *field; const char *names[6]; } synonyms[] = {
    { "ref", { "Ref", "Risk ID", "ID", "Risk Ref" } },
    { "title", { "Title", "Risk Title", "Risk", "Name" } },
    { "owner", { "Owner", "Risk Owner" } },
    { "inherent-likelihood", { "Likelihood", "Probability", "Inherent Likelihood", "Inherent Probability" } },
    { "inherent-impact", { "Impact", "Consequence", "Severity", "Inherent Impact", "Inherent Severity" } },
    { "treatment", { "Treatment", "Treatment Option", "Response" } },
    { "treatment-plan", { "Action Plan", "Treatment Plan", "Mitigation" } },
    { "treatment-due", { "Due Date", "Treatment Due", "Target Date", "Due" } },
    { "residual-likelihood", { "Residual Likelihood", "Residual Probability" } },
    { "residual-impact", { "Residual Impact", "Residual Severity", "Residual Consequence" } },
    { "next-review", { "Review Date", "Next Review", "Next Review Date" } },
    { "assets", { "Assets", "Affected Assets", "Asset" } },
    { "controls", { "Controls", "Control", "Annex A Controls" } },
  };
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint f = 0; f < fields->len; f++)
    {
      GParamSpec *pspec = g_ptr_array_index (fields, f);
      g_autofree char *spaced = g_strdelimit (g_strdup (pspec->name), "-", ' ');

      add_name (names, pspec->name, pspec);
      add_name (names, spaced, pspec);
      add_name (names, g_param_spec_get_nick (pspec), pspec);
    }
  for (guint s = 0; s < G_N_ELEMENTS (synonyms); s++)
    for (guint f = 0; f < fields->len; f++)
      {
        GParamSpec *pspec = g_ptr_array_index (fields, f);

        if (!g_str_equal (pspec->name, synonyms[s].field))
          continue;
        for (guint n = 0; n < G_N_ELEMENTS (synonyms[s].names) && synonyms[s].names[n]; n++)
          add_name (names, synonyms[s].names[n], pspec);
      }
  /* Translated labels last: what our own export writes wins. */
  for (guint f = 0; f < fields->len; f++)
    add_name (names, sg_field_get_label (g_ptr_array_index (fields, f)),
              g_ptr_array_index (fields, f));
  return names;
}

static gboolean
parse_uint (const char *text,
            guint       max_digits,
            guint      *out)
{
  guint n = 0, digits = 0;

  for (; g_ascii_isdigit (*text); text++, digits++)
    n = n * 10 + (guint) (*text - '0');
  if (*text != '\0' || digits == 0 || digits > max_digits)
    return FALSE;
  *out = n;
  return TRUE;
}

/* Returns "YYYY-MM-DD", or NULL when @text is no date. */
static char *
parse_date (const char *text)
{
  g_auto(GStrv) parts = NULL;
  guint a, b, y, day, month;

  if (sg_date_is_valid (text))
    return g_strdup (text);
  parts = g_strsplit_set (text, "./", -1);
  if (g_strv_length (parts) != 3 ||
      (strchr (text, '.') != NULL && strchr (text, '/') != NULL) ||
      !parse_uint (parts[0], 2, &a) || !parse_uint (parts[1], 2, &b) ||
      strlen (parts[2]) != 4 || !parse_uint (parts[2], 4, &y))
    return NULL;
  day = a;
  month = b;
  if (a > 12 || b <= 12 || strchr (text, '.') != NULL)
    ;  /* day-first */
  else
    {
      day = b;
      month = a;
    }
  if (y < 1 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) y))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", y, month, day);
}

/* @choices holds, per enumeration, its folded nicks, names and labels:
 * folding them once per import rather than once per cell. */
static gboolean
parse_choice (GHashTable *choices,
              GType       enum_type,
              const char *text,
              int        *out)
{
  GHashTable *words = g_hash_table_lookup (choices, GSIZE_TO_POINTER (enum_type));
  g_autofree char *folded = fold_name (text);
  gpointer value;

  if (words == NULL)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

      words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < klass->n_values; i++)
        {
          GEnumValue *ev = &klass->values[i];

          g_hash_table_insert (words, fold_name (_(ev->value_name)), GINT_TO_POINTER (ev->value));
          g_hash_table_insert (words, fold_name (ev->value_name), GINT_TO_POINTER (ev->value));
          g_hash_table_insert (words, fold_name (ev->value_nick), GINT_TO_POINTER (ev->value));
        }
      g_hash_table_insert (choices, GSIZE_TO_POINTER (enum_type), words);
    }
  if (!g_hash_table_lookup_extended (words, folded, NULL, &value))
    return FALSE;
  *out = GPOINTER_TO_INT (value);
  return TRUE;
}

static gboolean
parse_boolean (const char *text,
               gboolean   *out)
{
  g_autofree char *folded = fold_name (text);
  g_autofree char *yes = fold_name (_("yes"));
  g_autofree char *no = fold_name (_("no"));

  if (g_str_equal (folded, yes) || g_str_equal (folded, "yes") || g_str_equal (folded, "true") ||
      g_str_equal (folded, "y") || g_str_equal (folded, "x") || g_str_equal (folded, "1"))
    *out = TRUE;
  else if (g_str_equal (folded, no) || g_str_equal (folded, "no") || g_str_equal (folded, "false") ||
           g_str_equal (folded, "n") || g_str_equal (folded, "0"))
    *out = FALSE;
  else
    return FALSE;
  return TRUE;
}

static char *
parse_rating (SgRiskMethod *method,
              GParamSpec   *pspec,
              const char   *text,
              int          *out)
{
  SgScaleAxis axis = sg_field_get_kind (pspec) == SG_FIELD_LIKELIHOOD ?
                     SG_SCALE_AXIS_LIKELIHOOD : SG_SCALE_AXIS_IMPACT;
  guint n_values = sg_risk_method_get_n_values (method, axis);
  g_autofree char *folded = fold_name (text);
  guint value;

  if (parse_uint (text, 9, &value))
    {
      if (value >= 1 && value <= n_values)
        {
          *out = (int) value;
          return NULL;
        }
      /* Translators: "Inherent likelihood 6 is not on the 1–5 scale" */
      return g_strdup_printf (_("%s %s is not on the 1–%u scale"),
                              sg_field_get_label (pspec), text, n_values);
    }
  for (guint v = 1; v <= n_values; v++)
    {
      SgScaleLevel *level = sg_risk_method_get_scale_level (method, axis, (int) v);
      g_autofree char *label = NULL;

      if (level == NULL || sg_record_peek_string (SG_RECORD (level), "label") == NULL)
        continue;
      label = fold_name (sg_record_peek_string (SG_RECORD (level), "label"));
      if (g_str_equal (label, folded))
        {
          *out = (int) v;
          return NULL;
        }
    }
  /* Translators: "Impact “Huge” is neither a number of the 1–5 scale nor one of its labels" */
  return g_strdup_printf (_("%s “%s” is neither a number of the 1–%u scale nor one of its labels"),
                          sg_field_get_label (pspec), text, n_values);
}

/* Parses one cell into @value; returns the reason when it is invalid. */
static char *
parse_cell (SgStore    *store,
            GHashTable *choices,
            GParamSpec *pspec,
            const char *text,
            GValue     *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  SgFieldKind kind = sg_field_get_kind (pspec);
  g_autoptr(GError) error = NULL;
  g_autofree char *stripped = NULL;

  /* Spaces around a ref, a number or a date are a spreadsheet's accident. */
  if (g_str_equal (pspec->name, "ref") || (kind != SG_FIELD_TEXT && kind != SG_FIELD_LONG_TEXT))
    text = stripped = g_strstrip (g_strdup (text));

  g_value_init (value, type);
  if (*text == '\0')
    {
      g_param_value_set_default (pspec, value);
      return NULL;
    }

  switch (kind)
    {
    case SG_FIELD_TEXT:
    case SG_FIELD_LONG_TEXT:
    case SG_FIELD_COLOUR:
    case SG_FIELD_TIMESTAMP:
      g_value_set_string (value, text);
      return NULL;
    case SG_FIELD_DATE:
      {
        char *iso = parse_date (text);
        if (iso == NULL)
          /* Translators: "“31.02.2027” is not a date for “Treatment due”" */
          return g_strdup_printf (_("“%s” is not a date for “%s” (use 2027-03-31 or 31.03.2027)"),
                                  text, sg_field_get_label (pspec));
        g_value_take_string (value, iso);
        return NULL;
      }
    case SG_FIELD_BOOLEAN:
      {
        gboolean b;
        if (!parse_boolean (text, &b))
          return g_strdup_printf (_("“%s” is not yes or no for “%s”"), text, sg_field_get_label (pspec));
        g_value_set_boolean (value, b);
        return NULL;
      }
    case SG_FIELD_CHOICE:
      {
        int v;
        if (!parse_choice (choices, type, text, &v))
          return g_strdup_printf (_("“%s” is not a choice for “%s”"), text, sg_field_get_label (pspec));
        g_value_set_enum (value, v);
        return NULL;
      }
    case SG_FIELD_LIKELIHOOD:
    case SG_FIELD_IMPACT:
      {
        int v = 0;
        char *reason = parse_rating (sg_store_get_risk_method (store), pspec, text, &v);
        if (reason == NULL)
          g_value_set_int (value, v);
        return reason;
      }
    case SG_FIELD_REFERENCE:
      {
        g_autofree char *ref = g_strstrip (g_strdup (text));
        SgRecord *other = sg_store_find_by_ref (store, sg_field_get_target (pspec), ref);
        if (other == NULL)
          return g_strdup_printf (_("“%s” in “%s” is not in the register"), ref,
                                  sg_field_get_label (pspec));
        g_value_set_int64 (value, sg_record_get_id (other));
        return NULL;
      }
    case SG_FIELD_LINKS:
      {
        g_auto(GStrv) refs = g_strsplit_set (text, ",;\n", -1);
        g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
        GVariant *links;

        for (guint i = 0; refs[i] != NULL; i++)
          {
            SgRecord *other;
            gint64 id;

            g_strstrip (refs[i]);
            if (*refs[i] == '\0')
              continue;
            other = sg_store_find_by_ref (store, sg_field_get_target (pspec), refs[i]);
            if (other == NULL)
              return g_strdup_printf (_("“%s” in “%s” is not in the register"), refs[i],
                                      sg_field_get_label (pspec));
            id = sg_record_get_id (other);
            g_array_append_val (ids, id);
          }
        links = sg_links_new ((gint64 *) ids->data, ids->len);
        g_value_take_variant (value, g_variant_ref_sink (links));
        return NULL;
      }
    case SG_FIELD_NUMBER:
    case SG_FIELD_DECIMAL:
    default:
      g_value_unset (value);
      if (!sg_field_value_from_string (pspec, text, value, &error))
        return g_strdup (error->message);
      return NULL;
    }
}

static void
add_problem (SgCsvReport *report,
             guint        line,
             char        *reason)
{
  SgCsvProblem *problem = g_new0 (SgCsvProblem, 1);

  problem->line = line;
  problem->reason = reason;
  g_ptr_array_add (report->problems, problem);
}

/* Builds the risk of one row, or returns NULL with the reason. */
static SgRecord *
build_risk (SgStore     *store,
            GHashTable  *choices,
            CsvRow      *row,
            GPtrArray   *header,   /* char*, as written */
            GParamSpec **columns,  /* per header column, NULL = no home */
            GHashTable  *seen_refs,
            char       **reason)
{
  g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK, NULL);
  g_autoptr(GString) extra = g_string_new (NULL);
  GParamSpec *notes = NULL;
  const char *ref;

  if (row->cells->len > header->len)
    {
      *reason = g_strdup_printf (_("the row has %u fields but the header has %u"),
                                 row->cells->len, header->len);
      return NULL;
    }

  for (guint c = 0; c < row->cells->len; c++)
    {
      const char *cell = g_ptr_array_index (row->cells, c);
      g_auto(GValue) value = G_VALUE_INIT;

      if (looks_like_formula (cell, 1))
        cell++;
      if (columns[c] == NULL)
        {
          if (*cell != '\0')
            g_string_append_printf (extra, "%s%s: %s", extra->len ? "\n" : "",
                                    (char *) g_ptr_array_index (header, c), cell);
          continue;
        }
      if (g_str_equal (columns[c]->name, "notes"))
        notes = columns[c];
      if ((*reason = parse_cell (store, choices, columns[c], cell, &value)) != NULL)
        return NULL;
      /* Not in the store yet: nobody listens, so no notifications. */
      sg_record_load_value (risk, columns[c], &value);
    }

  if (extra->len > 0)
    {
      g_autoptr(SgRecordClass) klass = g_type_class_ref (SG_TYPE_RISK);
      const char *old = sg_record_peek_string (risk, "notes");
      g_autofree char *joined = old && *old ? g_strconcat (old, "\n", extra->str, NULL) :
                                              g_strdup (extra->str);
      g_auto(GValue) value = G_VALUE_INIT;

      if (notes == NULL)
        notes = sg_record_class_find_field (klass, "notes");
      g_value_init (&value, G_TYPE_STRING);
      g_value_take_string (&value, g_steal_pointer (&joined));
      sg_record_load_value (risk, notes, &value);
    }

  if (sg_record_peek_string (risk, "title") == NULL)
    {
      *reason = g_strdup (_("the risk has no title"));
      return NULL;
    }

  ref = sg_record_get_ref (risk);
  if (ref != NULL)
    {
      gpointer first_line;

      if (sg_store_find_by_ref (store, SG_TYPE_RISK, ref) != NULL)
        {
          *reason = g_strdup_printf (_("ref %s is already in the register"), ref);
          return NULL;
        }
      if (g_hash_table_lookup_extended (seen_refs, ref, NULL, &first_line))
        {
          *reason = g_strdup_printf (_("ref %s is already used on line %u"), ref,
                                     GPOINTER_TO_UINT (first_line));
          return NULL;
        }
      g_hash_table_insert (seen_refs, g_strdup (ref), GUINT_TO_POINTER (row->line));
    }
  return g_steal_pointer (&risk);
}

/* An import in two steps: read and map, then check and add. */
struct _SgCsvImport
{
  SgStore        *store;
  SgRecordClass  *klass;
  GPtrArray      *fields;     /* GParamSpec*: what a column can fill */
  GPtrArray      *rows;       /* CsvRow*; the header is row 0 */
  GParamSpec    **columns;    /* per header column; NULL keeps it in the notes */
  GHashTable     *choices;    /* see parse_choice() */
  GPtrArray      *risks;      /* the valid rows' risks, NULL until checked */
  GPtrArray      *problems;   /* SgCsvProblem*, valid with @risks */
};

static GPtrArray *
get_header (SgCsvImport *self)
{
  return ((CsvRow *) g_ptr_array_index (self->rows, 0))->cells;
}

SgCsvImport *
sg_csv_import_new (SgStore     *store,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(SgCsvImport) self = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GHashTable) used = NULL;
  g_autofree char *contents = NULL;
  GPtrArray *header;
  const char *text;
  gsize length = 0;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  if (!check_bytes (contents, length, error))
    return NULL;
  text = contents;
  /* Excel's "CSV UTF-8" starts with a byte order mark. */
  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      text += 3;
      length -= 3;
    }

  self = g_new0 (SgCsvImport, 1);
  self->rows = parse_csv (text, length, error);
  if (self->rows == NULL)
    return NULL;
  if (self->rows->len == 0)
    {
      g_set_error_literal (error, SG_CSV_ERROR, SG_CSV_ERROR_EMPTY, _("The file is empty."));
      return NULL;
    }
  if (self->rows->len == 1)
    {
      g_set_error_literal (error, SG_CSV_ERROR, SG_CSV_ERROR_NO_ROWS,
                           _("The file has a header but no rows: there is nothing to import."));
      return NULL;
    }

  self->store = g_object_ref (store);
  self->klass = g_type_class_ref (SG_TYPE_RISK);
  self->fields = list_csv_fields (self->klass);
  self->choices = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  names = build_header_names (self->fields);
  used = g_hash_table_new (NULL, NULL);
  header = get_header (self);
  self->columns = g_new0 (GParamSpec *, header->len);
  for (guint c = 0; c < header->len; c++)
    {
      g_autofree char *folded = fold_name (g_ptr_array_index (header, c));
      GParamSpec *pspec = g_hash_table_lookup (names, folded);

      /* A second column for the same field goes to the notes. */
      if (pspec != NULL && g_hash_table_add (used, pspec))
        self->columns[c] = pspec;
    }
  return g_steal_pointer (&self);
}

void
sg_csv_import_free (SgCsvImport *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->store);
  g_clear_pointer (&self->klass, g_type_class_unref);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->columns, g_free);
  g_clear_pointer (&self->choices, g_hash_table_unref);
  g_clear_pointer (&self->risks, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_free (self);
}

guint
sg_csv_import_get_n_columns (SgCsvImport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return get_header (self)->len;
}

const char *
sg_csv_import_get_header (SgCsvImport *self,
                          guint        column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (column < get_header (self)->len, NULL);

  return g_ptr_array_index (get_header (self), column);
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
  CsvRow *r;

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
  g_return_val_if_fail (column < get_header (self)->len, NULL);

  return self->columns[column];
}

void
sg_csv_import_set_field (SgCsvImport *self,
                         guint        column,
                         GParamSpec  *field)
{
  guint n_columns;

  g_return_if_fail (self != NULL);
  n_columns = get_header (self)->len;
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
  g_clear_pointer (&self->risks, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
}

static void
copy_problems (GPtrArray   *problems,
               SgCsvReport *report)
{
  if (report->problems == NULL)
    report->problems = g_ptr_array_new_with_free_func (problem_free);
  g_ptr_array_set_size (report->problems, 0);
  for (guint i = 0; i < problems->len; i++)
    {
      SgCsvProblem *problem = g_ptr_array_index (problems, i);

      add_problem (report, problem->line, g_strdup (problem->reason));
    }
}

guint
sg_csv_import_check (SgCsvImport *self,
                     SgCsvReport *report)
{
  g_autoptr(GHashTable) seen_refs = NULL;
  GPtrArray *header;

  g_return_val_if_fail (self != NULL, 0);

  if (self->risks == NULL)
    {
      SgCsvReport found = { 0 };

      found.problems = g_ptr_array_new_with_free_func (problem_free);
      header = get_header (self);
      seen_refs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      self->risks = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint r = 1; r < self->rows->len; r++)
        {
          CsvRow *row = g_ptr_array_index (self->rows, r);
          char *reason = NULL;
          SgRecord *risk = build_risk (self->store, self->choices, row, header, self->columns,
                                       seen_refs, &reason);

          if (risk == NULL)
            add_problem (&found, row->line, reason);
          else
            g_ptr_array_add (self->risks, risk);
        }
      self->problems = g_steal_pointer (&found.problems);
    }
  if (report != NULL)
    copy_problems (self->problems, report);
  return self->risks->len;
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
  sg_csv_import_check (self, report);

  if (report->problems->len > 0 && !skip_invalid)
    {
      g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_INVALID_ROWS,
                   ngettext ("%u row is invalid; nothing was imported.",
                             "%u rows are invalid; nothing was imported.",
                             report->problems->len),
                   report->problems->len);
      return FALSE;
    }
  if (self->risks->len == 0)
    return TRUE;

  if (!sg_store_begin_batch (self->store, error))
    return FALSE;
  /* Rows with a ref first, so that the refs the store assigns to the
   * others cannot take one of theirs. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->risks->len; i++)
      {
        SgRecord *risk = g_ptr_array_index (self->risks, i);

        if ((sg_record_get_ref (risk) != NULL) != (pass == 0))
          continue;
        if (!sg_store_add (self->store, risk, error))
          {
            sg_store_rollback_batch (self->store);
            g_clear_pointer (&self->risks, g_ptr_array_unref);
            return FALSE;
          }
      }
  if (!sg_store_commit_batch (self->store, error))
    {
      g_clear_pointer (&self->risks, g_ptr_array_unref);
      return FALSE;
    }
  report->n_imported = self->risks->len;
  /* The risks are the register's now: a second run adds nothing twice. */
  g_ptr_array_set_size (self->risks, 0);
  return TRUE;
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
    report->problems = g_ptr_array_new_with_free_func (problem_free);
  import = sg_csv_import_new (store, path, error);
  if (import == NULL)
    return FALSE;
  return sg_csv_import_run (import, skip_invalid, report, error);
}

/* Command line */

static int
fail (const char *message)
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

  store = sg_store_open (register_path, SG_STORE_OPEN_EXISTING, &error);
  if (store == NULL || !sg_csv_export_risks (store, out, &error))
    return fail (error->message);
  return 0;
}

int
sg_csv_import_command (const char *in,
                       const char *register_path,
                       gboolean    skip_invalid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autofree char *store_path = NULL;
  g_autofree char *basename = NULL;
  SgCsvReport report = { 0 };
  gboolean created, ok;
  guint n_imported;

  g_return_val_if_fail (in != NULL, 1);
  g_return_val_if_fail (register_path != NULL, 1);

  /* Read errors of the CSV come before creating anything. */
  if (!g_file_test (in, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *message = g_strdup_printf (_("Could not read “%s”: no such file."), in);
      return fail (message);
    }

  store = sg_store_open (register_path, SG_STORE_OPEN_CREATE, &error);
  if (store == NULL)
    return fail (error->message);
  created = sg_store_was_created (store);
  store_path = g_strdup (sg_store_get_path (store));

  ok = sg_csv_import_risks (store, in, skip_invalid, &report, &error);
  for (guint i = 0; report.problems != NULL && i < report.problems->len; i++)
    {
      SgCsvProblem *problem = g_ptr_array_index (report.problems, i);
      /* Translators: "line 7: Inherent likelihood 6 is not on the 1–5 scale" */
      g_autofree char *line = g_strdup_printf (_("line %u: %s"), problem->line, problem->reason);

      fail (line);
    }
  n_imported = report.n_imported;
  sg_csv_report_clear (&report);

  if (!ok)
    {
      sg_store_close (store);
      if (created)
        sg_store_delete_files (store_path);
      /* The invalid rows were the message. */
      if (!g_error_matches (error, SG_CSV_ERROR, SG_CSV_ERROR_INVALID_ROWS))
        fail (error->message);
      return 1;
    }

  basename = g_path_get_basename (store_path);
  /* Translators: "Imported 40 risks into register.isms." */
  g_print (ngettext ("Imported %u risk into %s.\n",
                     "Imported %u risks into %s.\n", n_imported),
           n_imported, basename);
  return 0;
}
