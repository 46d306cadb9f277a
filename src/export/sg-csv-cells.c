/* sg-csv-cells.c: a CSV row's cells read as a record's fields
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ratings: a number on the scale, or one of its levels' labels.
 *
 * Dates: sg_import_date_parse(), a/b/yyyy in the order the column's
 * check decided (sg_csv_check_rows()).
 *
 * Formula quotes: every cell loses one leading ' before a formula
 * character, which the export added (see sg-csv.c). */
#define G_LOG_DOMAIN "sg-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-csv-cells.h"
#include "sg-csv-private.h"
#include "sg-import-date.h"
#include "sg-import-names.h"

static void
add_name (GHashTable *names,
          const char *name,
          GParamSpec *pspec)
{
  g_hash_table_insert (names, sg_csv_fold_name (name), pspec);
}

/* Header names, folded, to fields: our own labels (translated and not),
 * property names, and the names other risk registers use. */
GHashTable *
sg_csv_build_header_names (GPtrArray *fields)
{
  /* German names too, whatever the desktop's language: a German Excel
   * file is imported on an English desktop as well. */
  static const struct { const char *field; const char *names[10]; } synonyms[] = {
    { "ref", { "Ref", "Risk ID", "ID", "Risk Ref", "Nr.", "Risiko-Nr.", "Risiko-ID" } },
    { "title", { "Title", "Risk Title", "Risk", "Name", "Titel", "Risiko", "Bezeichnung" } },
    { "description", { "Beschreibung" } },
    { "category", { "Kategorie" } },
    { "owner", { "Owner", "Risk Owner", "Verantwortlich", "Verantwortliche(r)", "Risikoeigner", "Eigentümer" } },
    { "inherent-likelihood", { "Likelihood", "Probability", "Inherent Likelihood", "Inherent Probability",
                               "Wahrscheinlichkeit", "Eintrittswahrscheinlichkeit" } },
    { "inherent-impact", { "Impact", "Consequence", "Severity", "Inherent Impact", "Inherent Severity",
                           "Auswirkung", "Schadenshöhe", "Schadensausmaß" } },
    { "treatment", { "Treatment", "Treatment Option", "Response", "Behandlung", "Risikobehandlung" } },
    { "treatment-plan", { "Action Plan", "Treatment Plan", "Mitigation", "Maßnahme", "Maßnahmen", "Maßnahmenplan" } },
    { "treatment-due", { "Due Date", "Treatment Due", "Target Date", "Due", "Fällig", "Fälligkeit",
                         "Termin", "Zieldatum" } },
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
  /* Names of every kind's fields, German labels among them (never
   * replacing a name above). */
  sg_import_names_add (names, fields);
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

static gboolean
parse_choice (SgCsvLookup *lookup,
              GType        enum_type,
              const char  *text,
              int         *out)
{
  GHashTable *words = g_hash_table_lookup (lookup->choices, GSIZE_TO_POINTER (enum_type));
  g_autofree char *folded = sg_csv_fold_name (text);
  gpointer value;

  if (words == NULL || !g_hash_table_lookup_extended (words, folded, NULL, &value))
    return FALSE;
  *out = GPOINTER_TO_INT (value);
  return TRUE;
}

static gboolean
parse_boolean (SgCsvLookup *lookup,
               const char  *text,
               gboolean    *out)
{
  g_autofree char *folded = sg_csv_fold_name (text);

  if (g_str_equal (folded, lookup->yes) || g_str_equal (folded, "yes") || g_str_equal (folded, "true") ||
      g_str_equal (folded, "y") || g_str_equal (folded, "x") || g_str_equal (folded, "1") ||
      g_str_equal (folded, "ja") || g_str_equal (folded, "j"))
    *out = TRUE;
  else if (g_str_equal (folded, lookup->no) || g_str_equal (folded, "no") || g_str_equal (folded, "false") ||
           g_str_equal (folded, "n") || g_str_equal (folded, "0") || g_str_equal (folded, "nein"))
    *out = FALSE;
  else
    return FALSE;
  return TRUE;
}

static char *
parse_rating (SgCsvLookup *lookup,
              GParamSpec  *pspec,
              const char  *text,
              int         *out)
{
  guint a = sg_field_get_kind (pspec) == SG_FIELD_LIKELIHOOD ? 0 : 1;
  guint n_values = lookup->n_values[a];
  g_autofree char *folded = NULL;
  gpointer value;
  guint number;

  if (parse_uint (text, 9, &number))
    {
      if (number >= 1 && number <= n_values)
        {
          *out = (int) number;
          return NULL;
        }
      /* Translators: "Inherent likelihood 6 is not on the 1–5 scale" */
      return g_strdup_printf (_("%s %s is not on the 1–%u scale"),
                              sg_field_get_label (pspec), text, n_values);
    }
  folded = sg_csv_fold_name (text);
  if (g_hash_table_lookup_extended (lookup->labels[a], folded, NULL, &value))
    {
      *out = GPOINTER_TO_INT (value);
      return NULL;
    }
  /* Translators: "Impact “Huge” is neither a number of the 1–5 scale nor one of its labels" */
  return g_strdup_printf (_("%s “%s” is neither a number of the 1–%u scale nor one of its labels"),
                          sg_field_get_label (pspec), text, n_values);
}

/* Parses one cell into @value; returns the reason when it is invalid.
 * Names of records the register lacks go to @unknown (char*): the field
 * is left without them, never invalid for them. */
static char *
parse_cell (SgCsvLookup *lookup,
            GParamSpec  *pspec,
            const char  *text,
            SgDateOrder  order,
            GValue      *value,
            GPtrArray   *unknown)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  SgFieldKind kind = sg_field_get_kind (pspec);
  g_autoptr(GError) error = NULL;
  g_autofree char *stripped = NULL;

  /* Spaces around a number or a date are a spreadsheet's accident (and
   * around a ref: sg_csv_cell_get_ref()). */
  if (kind != SG_FIELD_TEXT && kind != SG_FIELD_LONG_TEXT)
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
        char *iso = sg_import_date_parse (text, order, NULL);
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
        if (!parse_boolean (lookup, text, &b))
          return g_strdup_printf (_("“%s” is not yes or no for “%s”"), text, sg_field_get_label (pspec));
        g_value_set_boolean (value, b);
        return NULL;
      }
    case SG_FIELD_CHOICE:
      {
        int v;
        if (!parse_choice (lookup, type, text, &v))
          return g_strdup_printf (_("“%s” is not a choice for “%s”"), text, sg_field_get_label (pspec));
        g_value_set_enum (value, v);
        return NULL;
      }
    case SG_FIELD_LIKELIHOOD:
    case SG_FIELD_IMPACT:
      {
        int v = 0;
        char *reason = parse_rating (lookup, pspec, text, &v);
        if (reason == NULL)
          g_value_set_int (value, v);
        return reason;
      }
    case SG_FIELD_REFERENCE:
      {
        const gint64 *id = sg_csv_lookup_find_target (lookup, pspec, text);

        /* Never created silently: the name stays in the notes. */
        if (id == NULL)
          g_ptr_array_add (unknown, g_strdup (text));
        g_value_set_int64 (value, id ? *id : 0);
        return NULL;
      }
    case SG_FIELD_LINKS:
      {
        g_auto(GStrv) refs = g_strsplit_set (text, ",;\n", -1);
        g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
        GVariant *links;

        for (guint i = 0; refs[i] != NULL; i++)
          {
            const gint64 *id;
            gboolean seen = FALSE;

            g_strstrip (refs[i]);
            if (*refs[i] == '\0')
              continue;
            id = sg_csv_lookup_find_target (lookup, pspec, refs[i]);
            if (id == NULL)
              {
                g_ptr_array_add (unknown, g_strdup (refs[i]));
                continue;
              }
            for (guint j = 0; j < ids->len && !seen; j++)
              seen = g_array_index (ids, gint64, j) == *id;
            if (!seen)
              g_array_append_val (ids, *id);
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

/* The one leading quote the export puts before a formula character. */
static const char *
skip_formula_quote (const char *cell)
{
  return sg_csv_looks_like_formula (cell, 1) ? cell + 1 : cell;
}

char *
sg_csv_cell_get_ref (const char *cell)
{
  g_return_val_if_fail (cell != NULL, NULL);

  return g_strstrip (g_strdup (skip_formula_quote (cell)));
}

/* Where text without a field of its own goes: the kind's notes, else a
 * long text field for notes, else its description; NULL if none. */
GParamSpec *
sg_csv_find_notes_field (GType kind)
{
  g_autoptr(SgRecordClass) klass = g_type_class_ref (kind);
  static const char *const names[] = { "notes", "implementation-notes", "effectiveness-notes",
                                       "description" };
  GParamSpec *pspec;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if ((pspec = sg_record_class_find_field (klass, names[i])) != NULL &&
        sg_field_get_kind (pspec) == SG_FIELD_LONG_TEXT)
      return pspec;
  return NULL;
}

gboolean
sg_csv_kind_updates (GType kind)
{
  /* Asked for every row: peeked, once the class exists, since
   * referencing it locks a mutex. */
  SgRecordClass *klass = g_type_class_peek (kind);
  g_autoptr(SgRecordClass) owned = NULL;

  if (klass == NULL)
    klass = owned = g_type_class_ref (kind);
  /* Kinds whose records are a fixed catalogue (the Annex A controls, the
   * clause requirements) have no refs of their own to give. */
  return sg_record_class_get_ref_prefix (klass) == NULL;
}

SgCsvUnknown *
sg_csv_unknown_new (guint       column,
                    const char *text)
{
  SgCsvUnknown *unknown = g_new0 (SgCsvUnknown, 1);

  unknown->column = column;
  unknown->text = g_strdup (text);
  return unknown;
}

void
sg_csv_unknown_free (gpointer data)
{
  SgCsvUnknown *unknown = data;

  g_free (unknown->text);
  g_free (unknown);
}

static void
append_line (GString    *text,
             const char *header,
             const char *cell)
{
  g_string_append_printf (text, "%s%s: %s", text->len ? "\n" : "", header, cell);
}

SgRecord *
sg_csv_build_record (SgCsvLookup  *lookup,
                     SgCsvRow     *row,
                     GPtrArray    *header,
                     GParamSpec  **columns,
                     const SgDateOrder *orders,
                     SgImportValues *values,
                     GHashTable   *seen_refs,
                     GPtrArray    *unknown,
                     char        **reason)
{
  gboolean updates = sg_csv_kind_updates (lookup->kind);
  g_autoptr(SgRecord) record = NULL;
  g_autoptr(GString) extra = g_string_new (NULL);
  GParamSpec *notes = NULL;
  GParamSpec *title;
  const char *ref;

  if (row->cells->len > header->len)
    {
      *reason = g_strdup_printf (_("the row has %u fields but the header has %u"),
                                 row->cells->len, header->len);
      return NULL;
    }

  if (updates)
    {
      const gint64 *id = NULL;

      /* A row names the record it updates by its ref. */
      for (guint c = 0; c < row->cells->len && id == NULL; c++)
        if (columns[c] != NULL && g_str_equal (columns[c]->name, "ref"))
          {
            g_autofree char *cell = sg_csv_cell_get_ref (g_ptr_array_index (row->cells, c));
            g_autoptr(SgRecordClass) klass = g_type_class_ref (lookup->kind);

            if (*cell == '\0')
              break;
            id = sg_csv_lookup_find_own (lookup, cell);
            if (id == NULL)
              {
                /* Translators: "“A.9.9” is not one of the Controls in the register" */
                *reason = g_strdup_printf (_("“%s” is not one of the %s in the register"), cell,
                                           _(sg_record_class_get_plural (klass)));
                return NULL;
              }
          }
      if (id == NULL)
        {
          *reason = g_strdup (_("the row has no ref to say which record it updates"));
          return NULL;
        }
      /* The row's own copy: the lookup's stays as the register has it. */
      record = sg_csv_lookup_copy_own (lookup, *id);
    }
  else
    record = g_object_new (lookup->kind, NULL);

  for (guint c = 0; c < row->cells->len; c++)
    {
      const char *cell = g_ptr_array_index (row->cells, c);
      const char *name = g_ptr_array_index (header, c);
      g_autofree char *ref_cell = NULL;
      g_autofree char *left = NULL;
      g_autoptr(GPtrArray) missing = NULL;
      g_auto(GValue) value = G_VALUE_INIT;

      if (columns[c] != NULL && g_str_equal (columns[c]->name, "ref"))
        cell = ref_cell = sg_csv_cell_get_ref (cell);
      else
        cell = skip_formula_quote (cell);
      /* A score or a level is worked out from the ratings, not data. */
      if (columns[c] == NULL && sg_import_values_skips (values, c))
        continue;
      if (columns[c] == NULL)
        {
          if (*cell != '\0')
            append_line (extra, name, cell);
          continue;
        }
      /* An update changes what the row says, and not a record's ref or
       * the standard's title; an empty cell keeps what is there. */
      if (updates)
        {
          g_autofree char *stripped = g_strstrip (g_strdup (cell));

          if (*stripped == '\0' || g_str_equal (columns[c]->name, "ref") ||
              columns[c] == sg_record_class_get_title_field (SG_RECORD_GET_CLASS (record)))
            continue;
        }
      if (g_str_equal (columns[c]->name, "notes"))
        notes = columns[c];
      /* The value mapping first: what it cannot map is kept, not refused. */
      if (sg_import_values_read (values, lookup, c, columns[c], cell, &value, &left))
        {
          if (left != NULL)
            append_line (extra, name, left);
          sg_record_load_value (record, columns[c], &value);
          continue;
        }
      missing = g_ptr_array_new_with_free_func (g_free);
      if ((*reason = parse_cell (lookup, columns[c], cell, orders ? orders[c] : SG_DATE_ORDER_AUTO,
                                 &value, missing)) != NULL)
        return NULL;
      if (missing->len > 0)
        {
          g_autofree char *joined = NULL;

          g_ptr_array_add (missing, NULL);
          joined = g_strjoinv (", ", (char **) missing->pdata);
          append_line (extra, name, joined);
          g_ptr_array_remove_index (missing, missing->len - 1);
          for (guint i = 0; i < missing->len; i++)
            g_ptr_array_add (unknown, sg_csv_unknown_new (c, g_ptr_array_index (missing, i)));
        }
      /* Not in the store yet: nobody listens, so no notifications. */
      sg_record_load_value (record, columns[c], &value);
    }

  if (notes == NULL)
    notes = sg_csv_find_notes_field (lookup->kind);
  if (extra->len > 0 && notes != NULL)
    {
      const char *old = sg_record_peek_string (record, notes->name);
      g_autofree char *joined = NULL;
      g_auto(GValue) value = G_VALUE_INIT;

      /* An update that brings the same notes again adds them once. */
      if (old != NULL && strstr (old, extra->str) != NULL)
        joined = g_strdup (old);
      else
        joined = old && *old ? g_strconcat (old, "\n", extra->str, NULL) : g_strdup (extra->str);
      g_value_init (&value, G_TYPE_STRING);
      g_value_take_string (&value, g_steal_pointer (&joined));
      sg_record_load_value (record, notes, &value);
    }

  title = sg_record_class_get_title_field (SG_RECORD_GET_CLASS (record));
  if (title != NULL && sg_record_peek_string (record, title->name) == NULL)
    {
      /* Translators: "“Title” is empty", "“Name” is empty": a record needs it */
      *reason = g_strdup_printf (_("“%s” is empty"), sg_field_get_label (title));
      return NULL;
    }

  ref = sg_record_get_ref (record);
  if (ref != NULL)
    {
      gpointer first_line;

      if (!updates && g_hash_table_contains (lookup->taken, ref))
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
  return g_steal_pointer (&record);
}
