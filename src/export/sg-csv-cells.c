/* sg-csv-cells.c: a CSV row's cells read as a risk's fields
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
#include "sg-risk.h"

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
      g_str_equal (folded, "y") || g_str_equal (folded, "x") || g_str_equal (folded, "1"))
    *out = TRUE;
  else if (g_str_equal (folded, lookup->no) || g_str_equal (folded, "no") || g_str_equal (folded, "false") ||
           g_str_equal (folded, "n") || g_str_equal (folded, "0"))
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

/* Parses one cell into @value; returns the reason when it is invalid. */
static char *
parse_cell (SgCsvLookup *lookup,
            GParamSpec  *pspec,
            const char  *text,
            SgDateOrder  order,
            GValue      *value)
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
        const gint64 *id;

        /* A name the directory does not have yet joins it on import. */
        if (sg_field_is_person (pspec))
          {
            id = sg_csv_lookup_find_person (lookup, text);
            g_value_set_int64 (value, id ? *id : 0);
            return NULL;
          }
        id = sg_csv_lookup_find_target (lookup, pspec, text);
        if (id == NULL)
          return g_strdup_printf (_("“%s” in “%s” is not in the register"), text,
                                  sg_field_get_label (pspec));
        g_value_set_int64 (value, *id);
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

            g_strstrip (refs[i]);
            if (*refs[i] == '\0')
              continue;
            id = sg_csv_lookup_find_target (lookup, pspec, refs[i]);
            if (id == NULL)
              return g_strdup_printf (_("“%s” in “%s” is not in the register"), refs[i],
                                      sg_field_get_label (pspec));
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

SgRecord *
sg_csv_build_risk (SgCsvLookup  *lookup,
                   SgCsvRow     *row,
                   GPtrArray    *header,
                   GParamSpec  **columns,
                   const SgDateOrder *orders,
                   SgImportValues *values,
                   GHashTable   *seen_refs,
                   char        **reason)
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
      g_autofree char *ref_cell = NULL;
      g_autofree char *left = NULL;
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
            g_string_append_printf (extra, "%s%s: %s", extra->len ? "\n" : "",
                                    (char *) g_ptr_array_index (header, c), cell);
          continue;
        }
      if (g_str_equal (columns[c]->name, "notes"))
        notes = columns[c];
      /* The value mapping first: what it cannot map is kept, not refused. */
      if (sg_import_values_read (values, lookup, c, columns[c], cell, &value, &left))
        {
          if (left != NULL)
            g_string_append_printf (extra, "%s%s: %s", extra->len ? "\n" : "",
                                    (char *) g_ptr_array_index (header, c), left);
        }
      else if ((*reason = parse_cell (lookup, columns[c], cell, orders ? orders[c] : SG_DATE_ORDER_AUTO, &value)) != NULL)
        return NULL;
      /* Not in the store yet: nobody listens, so no notifications. */
      sg_record_load_value (risk, columns[c], &value);
    }

  if (extra->len > 0)
    {
      const char *old = sg_record_peek_string (risk, "notes");
      g_autofree char *joined = old && *old ? g_strconcat (old, "\n", extra->str, NULL) :
                                              g_strdup (extra->str);
      g_auto(GValue) value = G_VALUE_INIT;

      if (notes == NULL)
        notes = sg_record_class_find_field (SG_RECORD_GET_CLASS (risk), "notes");
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

      if (g_hash_table_contains (lookup->taken, ref))
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
