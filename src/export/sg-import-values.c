/* sg-import-values.c: what the values of a choice or rating column become, and columns that are derived
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A spreadsheet says "Open" where the register says "Identified". Each
 * choice or rating column gets a table of its distinct values, each with
 * a guess: the choice's own words (nick, English label, the label in the
 * language of the desktop and in German, whatever the desktop's
 * language: a German file is imported on an English desktop too), then a
 * table of the words other registers use. What nothing matches stays
 * unmapped: never a reason to refuse a row, the field stays empty and
 * the cell's text goes to the notes.
 *
 * Any kind's choice fields work: synonyms name the choice by its nick,
 * and a nick the enumeration does not have is skipped.
 *
 * Threads: a check holds a reference to the mapping it began with; a
 * change makes a new mapping, so nothing a thread reads ever changes. */
#define G_LOG_DOMAIN "sg-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-control.h"
#include "sg-field.h"
#include "sg-import-values.h"

/* Mismatches of score and level listed by line before "and N more". */
#define MAX_MISMATCHES 10

typedef struct
{
  GParamSpec *field;   /* what the table was made for; NULL: no table */
  GPtrArray  *values;  /* SgImportValue*, the most frequent first */
  GHashTable *index;   /* folded text → SgImportValue* in @values */
  GHashTable *exact;   /* a cell as written → its folded text: no folding per row */
  guint       scale;   /* 0, or the 1–N scale the numbers are on */
  guint       max_number;
  SgImportDerived derived;
  gboolean    residual;  /* the derived column is of the residual ratings */
} Column;

struct _SgImportValues
{
  gatomicrefcount refs;
  guint    n_columns;
  Column  *columns;
  guint    n_values[2];  /* the register's scales: likelihood, impact */
  char   **scale_labels[2];  /* per axis, [v - 1] */
  char   **levels;       /* [(l - 1) * n_values[1] + (i - 1)]: the level's label */
};

/* Words other registers use, by the nick of the choice they mean: the
 * first of @nicks the field's enumeration has wins. */
static const struct { const char *nicks[4]; const char *words[12]; } synonyms[] = {
  { { "identified", "open", "proposed", "not-started" },
    { "Open", "New", "Identified", "Raised", "To do", "Offen", "Neu", "Erkannt" } },
  { { "treatment", "in-progress", "on-track" },
    { "In Progress", "Ongoing", "In treatment", "Active", "Started", "WIP", "In Bearbeitung", "In Arbeit",
      "Laufend" } },
  { { "treated", "accepted", "awaiting-verification", "completed" },
    { "Mitigated", "Treated", "Reduced", "Behandelt", "Gemindert" } },
  { { "closed", "completed", "achieved" },
    { "Closed", "Done", "Complete", "Completed", "Resolved", "Erledigt", "Geschlossen", "Abgeschlossen" } },
  { { "accepted", "accept" },
    { "Accepted", "Tolerated", "Retained", "Akzeptiert", "Toleriert" } },
  { { "assessed" }, { "Analysed", "Analyzed", "Evaluated", "Rated", "Analysiert" } },
  { { "mitigate" }, { "Reduce", "Mitigate", "Treat", "Modify", "Control", "Reduzieren", "Minimieren", "Vermindern" } },
  { { "accept" }, { "Accept", "Tolerate", "Retain", "Akzeptieren", "Tragen", "Übernehmen" } },
  { { "transfer" }, { "Transfer", "Share", "Insure", "Übertragen", "Transferieren", "Teilen" } },
  { { "avoid" }, { "Avoid", "Terminate", "Eliminate", "Vermeiden" } },
  { { "implemented", "applicable" }, { "Yes", "Ja", "In place", "Umgesetzt" } },
  { { "not-implemented", "excluded" }, { "No", "Nein", "Not in place", "Nicht umgesetzt" } },
  { { "partial" }, { "Partial", "Partly", "Partially", "Teilweise", "Teilweise umgesetzt" } },
  { { "planned" }, { "Planned", "Geplant" } },
};

/* Rating words, on a 1–3 scale ("Low") or, when a column also says
 * "Very …", a 1–5 one; rescaled to the register's. */
static const struct { const char *words[6]; int on3; int on5; } rating_words[] = {
  { { "very low", "sehr niedrig", "sehr gering", "very unlikely", "rare", "selten" }, 1, 1 },
  { { "low", "niedrig", "gering", "unlikely", "minor", "klein" }, 1, 2 },
  { { "medium", "moderate", "mittel", "possible", "moderat", "medium-high" }, 2, 3 },
  { { "high", "hoch", "likely", "major", "wahrscheinlich", "groß" }, 3, 4 },
  { { "very high", "sehr hoch", "critical", "kritisch", "almost certain", "catastrophic" }, 3, 5 },
};

static const struct { const char *name; SgImportDerived derived; gboolean residual; } derived_names[] = {
  { "score", SG_IMPORT_DERIVED_SCORE, FALSE },
  { "risk score", SG_IMPORT_DERIVED_SCORE, FALSE },
  { "inherent score", SG_IMPORT_DERIVED_SCORE, FALSE },
  { "inherent risk score", SG_IMPORT_DERIVED_SCORE, FALSE },
  { "risk rating", SG_IMPORT_DERIVED_SCORE, FALSE },
  { "risikowert", SG_IMPORT_DERIVED_SCORE, FALSE },
  { "risikozahl", SG_IMPORT_DERIVED_SCORE, FALSE },
  { "residual score", SG_IMPORT_DERIVED_SCORE, TRUE },
  { "residual risk score", SG_IMPORT_DERIVED_SCORE, TRUE },
  { "level", SG_IMPORT_DERIVED_LEVEL, FALSE },
  { "risk level", SG_IMPORT_DERIVED_LEVEL, FALSE },
  { "inherent risk level", SG_IMPORT_DERIVED_LEVEL, FALSE },
  { "inherent level", SG_IMPORT_DERIVED_LEVEL, FALSE },
  { "risikostufe", SG_IMPORT_DERIVED_LEVEL, FALSE },
  { "risikoniveau", SG_IMPORT_DERIVED_LEVEL, FALSE },
  { "risikoklasse", SG_IMPORT_DERIVED_LEVEL, FALSE },
  { "residual level", SG_IMPORT_DERIVED_LEVEL, TRUE },
  { "residual risk level", SG_IMPORT_DERIVED_LEVEL, TRUE },
  { "residual risk", SG_IMPORT_DERIVED_LEVEL, TRUE },
  { "velocity", SG_IMPORT_DERIVED_VELOCITY, FALSE },
  { "risk velocity", SG_IMPORT_DERIVED_VELOCITY, FALSE },
  { "geschwindigkeit", SG_IMPORT_DERIVED_VELOCITY, FALSE },
};

/* The German catalogue, msgid → msgstr, read once from the .mo the
 * program's own translations come from (GNU gettext's file format). */
static guint32
mo_word (const guint8 *data,
         gsize         offset,
         gboolean      swapped)
{
  guint32 word;

  memcpy (&word, data + offset, 4);
  return swapped ? GUINT32_SWAP_LE_BE (word) : word;
}

static GHashTable *
load_german (void)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *dir = bindtextdomain (GETTEXT_PACKAGE, NULL);
  g_autofree char *path = g_build_filename (dir ? dir : LOCALEDIR, "de", "LC_MESSAGES",
                                            GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  const guint8 *data;
  gboolean swapped;
  guint32 n, originals, translations;

  if (!g_file_get_contents (path, &contents, &length, NULL) || length < 20)
    return table;
  data = (const guint8 *) contents;
  if (mo_word (data, 0, FALSE) == 0x950412de)
    swapped = FALSE;
  else if (mo_word (data, 0, TRUE) == 0x950412de)
    swapped = TRUE;
  else
    return table;
  n = mo_word (data, 8, swapped);
  originals = mo_word (data, 12, swapped);
  translations = mo_word (data, 16, swapped);
  for (guint32 i = 0; i < n; i++)
    {
      gsize o = (gsize) originals + (gsize) i * 8, t = (gsize) translations + (gsize) i * 8;
      guint32 o_len, o_off, t_len, t_off;

      if (o + 8 > length || t + 8 > length)
        break;
      o_len = mo_word (data, o, swapped);
      o_off = mo_word (data, o + 4, swapped);
      t_len = mo_word (data, t, swapped);
      t_off = mo_word (data, t + 4, swapped);
      if ((gsize) o_off + o_len >= length || (gsize) t_off + t_len >= length || o_len == 0)
        continue;
      /* Plural forms and messages with a context are no choice labels. */
      if (memchr (data + o_off, '\004', o_len) != NULL)
        continue;
      g_hash_table_insert (table, g_strndup ((const char *) data + o_off, o_len),
                           g_strndup ((const char *) data + t_off, t_len));
    }
  return table;
}

static const char *
german (const char *msgid)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    g_once_init_leave (&table, load_german ());
  return g_hash_table_lookup (table, msgid);
}

static void
column_clear (Column *column)
{
  g_clear_pointer (&column->values, g_ptr_array_unref);
  g_clear_pointer (&column->index, g_hash_table_unref);
  g_clear_pointer (&column->exact, g_hash_table_unref);
  column->field = NULL;
}

static void
value_free (gpointer data)
{
  SgImportValue *value = data;

  g_free (value->text);
  g_free (value);
}

SgImportValues *
sg_import_values_new (guint         n_columns,
                      SgRiskMethod *method)
{
  SgImportValues *values = g_new0 (SgImportValues, 1);

  g_atomic_ref_count_init (&values->refs);
  values->n_columns = n_columns;
  values->columns = g_new0 (Column, n_columns);
  for (guint a = 0; a < 2; a++)
    {
      SgScaleAxis axis = a == 0 ? SG_SCALE_AXIS_LIKELIHOOD : SG_SCALE_AXIS_IMPACT;

      values->n_values[a] = method ? sg_risk_method_get_n_values (method, axis) : 5;
      values->scale_labels[a] = g_new0 (char *, values->n_values[a] + 1);
      for (guint v = 1; method != NULL && v <= values->n_values[a]; v++)
        {
          SgScaleLevel *level = sg_risk_method_get_scale_level (method, axis, (int) v);

          values->scale_labels[a][v - 1] = g_strdup (level ? sg_record_peek_string (SG_RECORD (level), "label")
                                                           : NULL);
          if (values->scale_labels[a][v - 1] == NULL)
            values->scale_labels[a][v - 1] = g_strdup_printf ("%u", v);
        }
    }
  values->levels = g_new0 (char *, values->n_values[0] * values->n_values[1] + 1);
  for (guint l = 1; method != NULL && l <= values->n_values[0]; l++)
    for (guint i = 1; i <= values->n_values[1]; i++)
      {
        SgRiskLevel *level = sg_risk_method_get_level (method, (int) l, (int) i);
        const char *label = level ? sg_record_peek_string (SG_RECORD (level), "name") : NULL;

        values->levels[(l - 1) * values->n_values[1] + (i - 1)] = g_strdup (label ? label : "");
      }
  return values;
}

SgImportValues *
sg_import_values_ref (SgImportValues *values)
{
  g_atomic_ref_count_inc (&values->refs);
  return values;
}

void
sg_import_values_unref (SgImportValues *values)
{
  if (values == NULL || !g_atomic_ref_count_dec (&values->refs))
    return;
  for (guint c = 0; c < values->n_columns; c++)
    column_clear (&values->columns[c]);
  g_free (values->columns);
  g_strfreev (values->scale_labels[0]);
  g_strfreev (values->scale_labels[1]);
  g_strfreev (values->levels);
  g_free (values);
}

static SgImportValue *
value_copy (const SgImportValue *value)
{
  SgImportValue *copy = g_memdup2 (value, sizeof *value);

  copy->text = g_strdup (value->text);
  return copy;
}

static void
column_copy (Column       *to,
             const Column *from)
{
  *to = *from;
  to->values = NULL;
  to->index = NULL;
  to->exact = NULL;
  if (from->values == NULL)
    return;
  to->values = g_ptr_array_new_with_free_func (value_free);
  to->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < from->values->len; i++)
    {
      SgImportValue *value = value_copy (g_ptr_array_index (from->values, i));

      g_ptr_array_add (to->values, value);
      g_hash_table_insert (to->index, g_utf8_casefold (value->text, -1), value);
    }
  to->exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (from->exact != NULL)
    {
      GHashTableIter iter;
      gpointer key, folded;

      g_hash_table_iter_init (&iter, from->exact);
      while (g_hash_table_iter_next (&iter, &key, &folded))
        g_hash_table_insert (to->exact, g_strdup (key), g_strdup (folded));
    }
}

static SgImportValues *
values_copy_sized (SgImportValues *values,
                   guint           n_columns)
{
  SgImportValues *copy = g_new0 (SgImportValues, 1);

  g_atomic_ref_count_init (&copy->refs);
  copy->n_columns = n_columns;
  copy->columns = g_new0 (Column, n_columns);
  for (guint c = 0; c < MIN (n_columns, values->n_columns); c++)
    column_copy (&copy->columns[c], &values->columns[c]);
  for (guint a = 0; a < 2; a++)
    {
      copy->n_values[a] = values->n_values[a];
      copy->scale_labels[a] = g_strdupv (values->scale_labels[a]);
    }
  copy->levels = g_strdupv (values->levels);
  return copy;
}

static SgImportValues *
values_copy (SgImportValues *values)
{
  return values_copy_sized (values, values->n_columns);
}

static gboolean
is_mapped_kind (GParamSpec *pspec)
{
  if (pspec == NULL)
    return FALSE;
  switch (sg_field_get_kind (pspec))
    {
    case SG_FIELD_CHOICE:
    case SG_FIELD_LIKELIHOOD:
    case SG_FIELD_IMPACT:
      return TRUE;
    case SG_FIELD_TEXT:
    case SG_FIELD_LONG_TEXT:
    case SG_FIELD_NUMBER:
    case SG_FIELD_DECIMAL:
    case SG_FIELD_DATE:
    case SG_FIELD_TIMESTAMP:
    case SG_FIELD_BOOLEAN:
    case SG_FIELD_COLOUR:
    case SG_FIELD_REFERENCE:
    case SG_FIELD_LINKS:
    default:
      return FALSE;
    }
}

/* What a cell's text is compared as: trimmed, one formula quote less,
 * case-folded. */
static char *
fold_cell (const char *cell)
{
  g_autofree char *trimmed = NULL;

  if (cell[0] == '\'' && strchr ("=+-@", cell[1]) != NULL && cell[1] != '\0')
    cell++;
  trimmed = g_strstrip (g_strdup (cell));
  return g_utf8_casefold (trimmed, -1);
}

static gboolean
guess_choice (SgCsvLookup *lookup,
              GType        type,
              const char  *folded,
              int         *out)
{
  GHashTable *words = g_hash_table_lookup (lookup->choices, GSIZE_TO_POINTER (type));
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  gpointer value;

  if (words != NULL && g_hash_table_lookup_extended (words, folded, NULL, &value))
    {
      *out = GPOINTER_TO_INT (value);
      return TRUE;
    }
  for (guint i = 0; i < klass->n_values; i++)
    {
      const char *de = german (klass->values[i].value_name);
      g_autofree char *de_folded = de ? g_utf8_casefold (de, -1) : NULL;

      if (de_folded != NULL && g_str_equal (de_folded, folded))
        {
          *out = klass->values[i].value;
          return TRUE;
        }
    }
  for (guint s = 0; s < G_N_ELEMENTS (synonyms); s++)
    {
      GEnumValue *target = NULL;
      gboolean said = FALSE;

      for (guint w = 0; w < G_N_ELEMENTS (synonyms[s].words) && synonyms[s].words[w] && !said; w++)
        {
          g_autofree char *word = g_utf8_casefold (synonyms[s].words[w], -1);
          said = g_str_equal (word, folded);
        }
      if (!said)
        continue;
      for (guint n = 0; n < G_N_ELEMENTS (synonyms[s].nicks) && synonyms[s].nicks[n] && !target; n++)
        target = g_enum_get_value_by_nick (klass, synonyms[s].nicks[n]);
      if (target != NULL)
        {
          *out = target->value;
          return TRUE;
        }
    }
  return FALSE;
}

static int
rescale (guint number,
         guint from,
         guint to)
{
  if (from <= 1 || to <= 1)
    return (int) MIN (number, to);
  return 1 + (int) ((double) (number - 1) * (to - 1) / (from - 1) + 0.5);
}

static gboolean
parse_number (const char *text,
              guint      *out)
{
  guint64 n;

  if (!g_ascii_string_to_unsigned (text, 10, 1, 100, &n, NULL))
    return FALSE;
  *out = (guint) n;
  return TRUE;
}

static gboolean
guess_rating (SgImportValues *values,
              SgCsvLookup    *lookup,
              guint           axis,
              const char     *folded,
              guint           scale,
              gboolean        five_words,
              int            *out)
{
  guint n_values = values->n_values[axis];
  gpointer value;
  guint number;

  if (parse_number (folded, &number))
    {
      if (scale > 1 && number <= scale)
        {
          *out = rescale (number, scale, n_values);
          return TRUE;
        }
      if (scale == 0 && number <= n_values)
        {
          *out = (int) number;
          return TRUE;
        }
      return FALSE;
    }
  if (g_hash_table_lookup_extended (lookup->labels[axis], folded, NULL, &value))
    {
      *out = GPOINTER_TO_INT (value);
      return TRUE;
    }
  for (guint r = 0; r < G_N_ELEMENTS (rating_words); r++)
    for (guint w = 0; w < G_N_ELEMENTS (rating_words[r].words); w++)
      {
        g_autofree char *word = g_utf8_casefold (rating_words[r].words[w], -1);

        if (!g_str_equal (word, folded))
          continue;
        *out = five_words ? rescale ((guint) rating_words[r].on5, 5, n_values)
                          : rescale ((guint) rating_words[r].on3, 3, n_values);
        return TRUE;
      }
  return FALSE;
}

static guint
axis_of (GParamSpec *pspec)
{
  return sg_field_get_kind (pspec) == SG_FIELD_LIKELIHOOD ? 0 : 1;
}

static gint
by_rows_cmp (gconstpointer a,
             gconstpointer b)
{
  const SgImportValue *va = *(SgImportValue **) a, *vb = *(SgImportValue **) b;

  return va->n_rows != vb->n_rows ? (va->n_rows > vb->n_rows ? -1 : 1) : 0;
}

/* The column's distinct values from @rows, each with its guess. */
static void
build_table (SgImportValues *values,
             guint           c,
             GParamSpec     *pspec,
             GPtrArray      *rows,
             SgCsvLookup    *lookup)
{
  Column *column = &values->columns[c];
  gboolean rating = sg_field_get_kind (pspec) != SG_FIELD_CHOICE;
  gboolean five_words = FALSE;
  guint scale = column->field == pspec ? column->scale : 0;

  column_clear (column);
  column->field = pspec;
  column->scale = scale;
  column->max_number = 0;
  column->values = g_ptr_array_new_with_free_func (value_free);
  column->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  column->exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint r = 1; r < rows->len; r++)
    {
      SgCsvRow *row = g_ptr_array_index (rows, r);
      const char *cell = c < row->cells->len ? g_ptr_array_index (row->cells, c) : "";
      const char *known = g_hash_table_lookup (column->exact, cell);
      g_autofree char *folded = NULL;
      SgImportValue *value;
      guint number;

      /* Most rows repeat a spelling seen before. */
      if (known != NULL)
        {
          value = g_hash_table_lookup (column->index, known);
          if (value != NULL)
            value->n_rows++;
          continue;
        }
      folded = fold_cell (cell);
      g_hash_table_insert (column->exact, g_strdup (cell), g_strdup (folded));
      if (*folded == '\0')
        continue;
      value = g_hash_table_lookup (column->index, folded);
      if (value == NULL)
        {
          const char *text = cell[0] == '\'' && strchr ("=+-@", cell[1]) != NULL && cell[1] ? cell + 1 : cell;

          value = g_new0 (SgImportValue, 1);
          value->text = g_strstrip (g_strdup (text));
          g_ptr_array_add (column->values, value);
          g_hash_table_insert (column->index, g_steal_pointer (&folded), value);
          if (rating && parse_number (value->text, &number))
            column->max_number = MAX (column->max_number, number);
          if (rating && (g_ascii_strncasecmp (value->text, "very ", 5) == 0 ||
                         g_ascii_strncasecmp (value->text, "sehr ", 5) == 0))
            five_words = TRUE;
        }
      value->n_rows++;
    }
  g_ptr_array_sort (column->values, by_rows_cmp);
  for (guint i = 0; i < column->values->len; i++)
    {
      SgImportValue *value = g_ptr_array_index (column->values, i);
      g_autofree char *folded = g_utf8_casefold (value->text, -1);

      if (rating)
        value->mapped = guess_rating (values, lookup, axis_of (pspec), folded, column->scale, five_words,
                                      &value->value);
      else
        value->mapped = guess_choice (lookup, G_PARAM_SPEC_VALUE_TYPE (pspec), folded, &value->value);
    }
}

static SgImportDerived
find_derived (const char *header,
              gboolean   *residual)
{
  g_autofree char *folded = fold_cell (header);

  for (guint d = 0; d < G_N_ELEMENTS (derived_names); d++)
    if (g_str_equal (folded, derived_names[d].name))
      {
        *residual = derived_names[d].residual;
        return derived_names[d].derived;
      }
  return SG_IMPORT_DERIVED_NONE;
}

SgImportValues *
sg_import_values_update (SgImportValues  *values,
                         GParamSpec     **columns,
                         GPtrArray       *rows,
                         SgCsvLookup     *lookup)
{
  GPtrArray *header = ((SgCsvRow *) g_ptr_array_index (rows, 0))->cells;
  SgImportValues *copy = NULL;

  /* Made before the file was read: as many columns as its header. */
  if (values->n_columns != header->len)
    values = copy = values_copy_sized (values, header->len);
  for (guint c = 0; c < values->n_columns; c++)
    {
      GParamSpec *want = is_mapped_kind (columns[c]) ? columns[c] : NULL;
      gboolean residual = FALSE;
      SgImportDerived derived = columns[c] == NULL && c < header->len
                                ? find_derived (g_ptr_array_index (header, c), &residual)
                                : SG_IMPORT_DERIVED_NONE;
      Column *column = &values->columns[c];

      if (column->field == want && column->derived == derived)
        continue;
      if (copy == NULL)
        copy = values_copy (values);
      values = copy;
      column = &copy->columns[c];
      column->derived = derived;
      column->residual = residual;
      if (want == NULL)
        column_clear (column);
      else if (column->field != want)
        {
          column->scale = 0;
          build_table (copy, c, want, rows, lookup);
        }
    }
  return copy != NULL ? copy : sg_import_values_ref (values);
}

gboolean
sg_import_values_has_table (SgImportValues *values,
                            guint           column)
{
  g_return_val_if_fail (column < values->n_columns, FALSE);

  return values->columns[column].values != NULL;
}

GPtrArray *
sg_import_values_list (SgImportValues *values,
                       guint           column)
{
  g_return_val_if_fail (column < values->n_columns, NULL);

  return values->columns[column].values;
}

SgImportValues *
sg_import_values_set (SgImportValues *values,
                      guint           column,
                      const char     *text,
                      int             value,
                      gboolean        mapped)
{
  g_autofree char *folded = NULL;
  SgImportValues *copy;
  SgImportValue *entry;

  g_return_val_if_fail (column < values->n_columns, NULL);
  g_return_val_if_fail (values->columns[column].index != NULL, NULL);

  copy = values_copy (values);
  folded = g_utf8_casefold (text, -1);
  entry = g_hash_table_lookup (copy->columns[column].index, folded);
  if (entry != NULL)
    {
      entry->value = mapped ? value : 0;
      entry->mapped = mapped;
    }
  return copy;
}

guint
sg_import_values_get_scale (SgImportValues *values,
                            guint           column)
{
  g_return_val_if_fail (column < values->n_columns, 0);

  return values->columns[column].scale;
}

guint
sg_import_values_get_max_number (SgImportValues *values,
                                 guint           column)
{
  g_return_val_if_fail (column < values->n_columns, 0);

  return values->columns[column].max_number;
}

SgImportValues *
sg_import_values_set_scale (SgImportValues *values,
                            guint           column,
                            guint           from,
                            GPtrArray      *rows,
                            SgCsvLookup    *lookup)
{
  SgImportValues *copy;
  Column *col;

  g_return_val_if_fail (column < values->n_columns, NULL);

  copy = values_copy (values);
  col = &copy->columns[column];
  if (col->field == NULL || sg_field_get_kind (col->field) == SG_FIELD_CHOICE)
    return copy;
  col->scale = from;
  /* The guesses again, on the scale now said. */
  build_table (copy, column, col->field, rows, lookup);
  return copy;
}

SgImportDerived
sg_import_values_get_derived (SgImportValues *values,
                              guint           column)
{
  g_return_val_if_fail (column < values->n_columns, SG_IMPORT_DERIVED_NONE);

  return values->columns[column].derived;
}

gboolean
sg_import_values_skips (SgImportValues *values,
                        guint           column)
{
  SgImportDerived derived;

  if (values == NULL || column >= values->n_columns)
    return FALSE;
  derived = values->columns[column].derived;
  return derived == SG_IMPORT_DERIVED_SCORE || derived == SG_IMPORT_DERIVED_LEVEL;
}

/* "A.8.13", "8.13", "A 5.1" anywhere in free text link the control; the
 * rest is kept. */
static gboolean
read_controls (SgCsvLookup *lookup,
               GParamSpec  *pspec,
               const char  *cell,
               GValue      *value,
               char       **left)
{
  static GRegex *refs;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GString) rest = g_string_new (NULL);
  const gint64 *only;
  gint last = 0;

  /* The usual cell is one ref: no expression needed. */
  only = sg_csv_lookup_find_target (lookup, pspec, g_ascii_strncasecmp (cell, "A.", 2) == 0 ? cell + 2 : cell);
  if (only != NULL)
    {
      g_value_init (value, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_value_take_variant (value, g_variant_ref_sink (sg_links_new (only, 1)));
      *left = NULL;
      return TRUE;
    }
  if (g_once_init_enter (&refs))
    g_once_init_leave (&refs, g_regex_new ("(?<![\\w.])(?:A[ .]?)?([5-8]\\.[0-9]{1,2})(?![\\w.]*[0-9])",
                                           G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL));
  g_value_init (value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_regex_match (refs, cell, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *ref = g_match_info_fetch (match, 1);
      const gint64 *id = sg_csv_lookup_find_target (lookup, pspec, ref);
      gint start, end;

      g_match_info_fetch_pos (match, 0, &start, &end);
      if (id != NULL)
        {
          gboolean dup = FALSE;

          for (guint i = 0; i < ids->len && !dup; i++)
            dup = g_array_index (ids, gint64, i) == *id;
          if (!dup)
            g_array_append_val (ids, *id);
          g_string_append_len (rest, cell + last, start - last);
          last = end;
        }
      g_match_info_next (match, NULL);
    }
  g_string_append (rest, cell + last);
  g_value_take_variant (value, g_variant_ref_sink (sg_links_new ((gint64 *) ids->data, ids->len)));
  /* What is left once the refs are out, unless it is only separators. */
  g_strstrip (rest->str);
  for (const char *p = rest->str; *p; p++)
    if (!strchr (",;/&+()[]- \t\n", *p))
      {
        *left = g_strdup (cell);
        return TRUE;
      }
  *left = NULL;
  return TRUE;
}

gboolean
sg_import_values_read (SgImportValues  *values,
                       SgCsvLookup     *lookup,
                       guint            column,
                       GParamSpec      *pspec,
                       const char      *cell,
                       GValue          *value,
                       char           **left)
{
  g_autofree char *folded = NULL;
  const char *known;
  SgImportValue *entry;
  Column *col;

  *left = NULL;
  if (values == NULL || column >= values->n_columns || pspec == NULL)
    return FALSE;
  if (sg_field_get_kind (pspec) == SG_FIELD_LINKS && g_type_is_a (sg_field_get_target (pspec), SG_TYPE_CONTROL))
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (cell));

      if (*trimmed == '\0')
        return FALSE;
      return read_controls (lookup, pspec, trimmed, value, left);
    }
  col = &values->columns[column];
  if (col->field != pspec || col->index == NULL)
    return FALSE;
  known = g_hash_table_lookup (col->exact, cell);
  if (known == NULL)
    known = folded = fold_cell (cell);
  g_value_init (value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  if (*known == '\0')
    {
      g_param_value_set_default (pspec, value);
      return TRUE;
    }
  entry = g_hash_table_lookup (col->index, known);
  if (entry == NULL)
    {
      g_value_unset (value);
      return FALSE;
    }
  if (!entry->mapped)
    {
      g_param_value_set_default (pspec, value);
      *left = g_strdup (entry->text);
      return TRUE;
    }
  if (sg_field_get_kind (pspec) == SG_FIELD_CHOICE)
    g_value_set_enum (value, entry->value);
  else
    g_value_set_int (value, entry->value);
  return TRUE;
}

char *
sg_import_values_check_derived (SgImportValues *values,
                                GObject        *record,
                                SgCsvRow       *row,
                                GPtrArray      *header)
{
  g_autoptr(GString) said = g_string_new (NULL);

  if (values == NULL)
    return NULL;
  for (guint c = 0; c < values->n_columns && c < row->cells->len; c++)
    {
      Column *col = &values->columns[c];
      g_autofree char *text = NULL;
      int l = 0, i = 0;

      if (col->derived != SG_IMPORT_DERIVED_SCORE && col->derived != SG_IMPORT_DERIVED_LEVEL)
        continue;
      text = g_strstrip (g_strdup (g_ptr_array_index (row->cells, c)));
      if (*text == '\0')
        continue;
      if (g_object_class_find_property (G_OBJECT_GET_CLASS (record), "inherent-likelihood") == NULL)
        continue;
      g_object_get (record,
                    col->residual ? "residual-likelihood" : "inherent-likelihood", &l,
                    col->residual ? "residual-impact" : "inherent-impact", &i, NULL);
      if (l < 1 || i < 1 || (guint) l > values->n_values[0] || (guint) i > values->n_values[1])
        continue;
      if (col->derived == SG_IMPORT_DERIVED_SCORE)
        {
          double score = g_ascii_strtod (text, NULL);

          if (score != (double) (l * i))
            {
              /* Translators: "“Risk Score” says 20, the ratings give 4 × 3 = 12" */
              g_autofree char *msg = g_strdup_printf (_("“%s” says %s, the ratings give %d × %d = %d"),
                                                      (char *) g_ptr_array_index (header, c), text, l, i, l * i);
              g_string_append_printf (said, "%s%s", said->len ? "; " : "", msg);
            }
        }
      else
        {
          const char *level = values->levels[(l - 1) * values->n_values[1] + (i - 1)];
          g_autofree char *a = g_utf8_casefold (text, -1);
          g_autofree char *b = g_utf8_casefold (level, -1);

          if (*level != '\0' && !g_str_equal (a, b))
            {
              g_autofree char *msg = g_strdup_printf (_("“%s” says %s, the ratings give %s"),
                                                      (char *) g_ptr_array_index (header, c), text, level);
              g_string_append_printf (said, "%s%s", said->len ? "; " : "", msg);
            }
        }
    }
  return said->len > 0 ? g_string_free (g_steal_pointer (&said), FALSE) : NULL;
}

char *
sg_import_values_label (SgImportValues *values,
                        GParamSpec     *pspec,
                        int             value)
{
  if (sg_field_get_kind (pspec) == SG_FIELD_CHOICE)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (G_PARAM_SPEC_VALUE_TYPE (pspec));
      GEnumValue *ev = g_enum_get_value (klass, value);

      return g_strdup (ev ? _(ev->value_name) : "?");
    }
  else
    {
      guint a = axis_of (pspec);

      if (value >= 1 && (guint) value <= values->n_values[a])
        /* Translators: a rating and its label: "3 (Possible)" */
        return g_strdup_printf (_("%d (%s)"), value, values->scale_labels[a][value - 1]);
      return g_strdup_printf ("%d", value);
    }
}

void
sg_import_values_describe (SgImportValues *values,
                           GPtrArray      *header,
                           GPtrArray      *notes)
{
  for (guint c = 0; c < values->n_columns && c < header->len; c++)
    {
      Column *col = &values->columns[c];
      const char *name = g_ptr_array_index (header, c);

      switch (col->derived)
        {
        case SG_IMPORT_DERIVED_SCORE:
        case SG_IMPORT_DERIVED_LEVEL:
          /* Translators: %s is a column's header */
          g_ptr_array_add (notes, g_strdup_printf (_("“%s” is worked out from the ratings: it is checked, "
                                                     "not imported."), name));
          break;
        case SG_IMPORT_DERIVED_VELOCITY:
          g_ptr_array_add (notes, g_strdup_printf (_("“%s” has no field of its own: it is kept in the notes."),
                                                   name));
          break;
        case SG_IMPORT_DERIVED_NONE:
        default:
          break;
        }
      if (col->values == NULL)
        continue;
      if (col->scale > 1)
        g_ptr_array_add (notes, g_strdup_printf (_("“%s”: numbers on a 1–%u scale rescaled to the register’s 1–%u."),
                                                 name, col->scale, values->n_values[axis_of (col->field)]));
      for (guint i = 0; i < col->values->len; i++)
        {
          SgImportValue *value = g_ptr_array_index (col->values, i);

          if (!value->mapped)
            /* Translators: "“Status”: “Frozen” (2 rows) has no choice: it is kept in the notes." */
            g_ptr_array_add (notes, g_strdup_printf (ngettext ("“%s”: “%s” (%u row) has no match: "
                                                               "the field is left empty and the value kept in the notes.",
                                                               "“%s”: “%s” (%u rows) have no match: "
                                                               "the field is left empty and the value kept in the notes.",
                                                               value->n_rows),
                                                     name, value->text, value->n_rows));
        }
    }
}

char *
sg_import_values_format (SgImportValues  *values,
                         GParamSpec     **columns,
                         GPtrArray       *header)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint c = 0; c < values->n_columns && c < header->len; c++)
    {
      Column *col = &values->columns[c];

      if (col->values == NULL || col->values->len == 0 || columns[c] != col->field)
        continue;
      /* Translators: "Values of “Status” (Status):" */
      g_string_append_printf (out, _("Values of “%s” (%s):\n"), (char *) g_ptr_array_index (header, c),
                              sg_field_get_label (col->field));
      for (guint i = 0; i < col->values->len; i++)
        {
          SgImportValue *value = g_ptr_array_index (col->values, i);
          g_autofree char *label = value->mapped ? sg_import_values_label (values, col->field, value->value)
                                                 : g_strdup (_("kept in the notes"));

          /* Translators: "  Open → Identified (3 rows)" */
          g_string_append_printf (out, ngettext ("  %s → %s (%u row)\n", "  %s → %s (%u rows)\n", value->n_rows),
                                  value->text, label, value->n_rows);
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
