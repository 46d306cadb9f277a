/* sg-csv-import.c: risks from a spreadsheet's CSV — read, mapped, checked, added in one transaction
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Threads: what the checking needs of the register (the refs of assets
 * and controls, the risk refs taken, the scale labels, the choices) is
 * copied when the import is made, on the store's thread. Reading, parsing
 * and checking then touch neither the store nor the mapping being edited,
 * so they may run in another thread: each check works on a copy of the
 * mapping and its result is taken only if the mapping has not changed
 * since. Adding is the store's thread's: a batch that steps through the
 * risks, so that a window can show progress between steps. When the rows
 * were not checked before, a thread checks them while they are added.
 *
 * Dates: ISO 2027-03-31, or a/b/yyyy and a.b.yyyy read day-first; only
 * when the first number cannot be a day but the second can (03/31/2027)
 * is it read month-first. So an ambiguous 03/04/2027 is 3 April.
 *
 * Refs: rows are added in the file's order; the refs the store gives
 * rows without one come after every ref in the file, so that none takes
 * the ref of a row further down. */
#define G_LOG_DOMAIN "sg-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-csv-private.h"
#include "sg-csv.h"
#include "sg-person.h"
#include "sg-risk.h"

/* Rows between two checks for cancellation, and per block handed from
 * the checking thread to the adding one. */
#define CHUNK 1024

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

static void
problem_free (gpointer data)
{
  SgCsvProblem *problem = data;

  g_free (problem->reason);
  g_free (problem);
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
          const char *start = p;

          while (p < end && *p != ',' && *p != '\r' && *p != '\n')
            {
              if (*p == '"')
                {
                  g_set_error (error, SG_CSV_ERROR, SG_CSV_ERROR_SYNTAX,
                               _("Line %u: a quote inside a field that does not start with one. "
                                 "Enclose the field in quotes and double the quote."), line);
                  return NULL;
                }
              p++;
            }
          if ((gsize) (p - start) > SG_CSV_MAX_FIELD)
            goto too_large;
          g_string_append_len (cell, start, p - start);
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

/* What the checking needs of the register, copied on the store's thread. */
typedef struct
{
  gatomicrefcount refs;   /* a check keeps the lookup it began with */
  GHashTable *targets;    /* GType → (ref → gint64* id) of the kinds risks link to */
  GHashTable *people;     /* sg_person_name_key () → gint64* id */
  GHashTable *names;      /* a person's name as spelled → gint64* id: most cells */
  GHashTable *taken;      /* risk refs in the register */
  GHashTable *labels[2];  /* per scale axis: folded label → value */
  guint       n_values[2];
  GHashTable *choices;    /* enumeration GType → (folded nick, name or label → value) */
  char       *yes;
  char       *no;
} Lookup;

static void
lookup_free (Lookup *lookup)
{
  if (!g_atomic_ref_count_dec (&lookup->refs))
    return;
  g_hash_table_unref (lookup->targets);
  g_hash_table_unref (lookup->people);
  g_hash_table_unref (lookup->names);
  g_hash_table_unref (lookup->taken);
  g_hash_table_unref (lookup->labels[0]);
  g_hash_table_unref (lookup->labels[1]);
  g_hash_table_unref (lookup->choices);
  g_free (lookup->yes);
  g_free (lookup->no);
  g_free (lookup);
}

static GHashTable *
collect_refs (SgStore *store,
              GType    kind)
{
  GHashTable *refs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint n;
  SgRecord *const *records = sg_store_peek_records (store, kind, &n);

  for (guint i = 0; i < n; i++)
    {
      const char *ref = sg_record_get_ref (records[i]);
      gint64 id = sg_record_get_id (records[i]);

      if (ref != NULL && !g_hash_table_contains (refs, ref))
        g_hash_table_insert (refs, g_strdup (ref), g_memdup2 (&id, sizeof id));
    }
  return refs;
}

static Lookup *
lookup_new (SgStore   *store,
            GPtrArray *fields)
{
  Lookup *lookup = g_new0 (Lookup, 1);
  SgRiskMethod *method = sg_store_get_risk_method (store);
  guint n_people;
  SgRecord *const *people = sg_store_peek_records (store, SG_TYPE_PERSON, &n_people);

  g_atomic_ref_count_init (&lookup->refs);
  lookup->people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lookup->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < n_people; i++)
    {
      const char *name = sg_record_peek_string (people[i], SG_PERSON_NAME);
      gint64 id = sg_record_get_id (people[i]);

      if (name != NULL && *name != '\0')
        {
          g_hash_table_insert (lookup->people, sg_person_name_key (name), g_memdup2 (&id, sizeof id));
          g_hash_table_insert (lookup->names, g_strdup (name), g_memdup2 (&id, sizeof id));
        }
    }

  lookup->targets = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  lookup->choices = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  lookup->taken = collect_refs (store, SG_TYPE_RISK);
  lookup->yes = fold_name (_("yes"));
  lookup->no = fold_name (_("no"));

  for (guint f = 0; f < fields->len; f++)
    {
      GParamSpec *pspec = g_ptr_array_index (fields, f);
      SgFieldKind kind = sg_field_get_kind (pspec);
      GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

      if ((kind == SG_FIELD_REFERENCE || kind == SG_FIELD_LINKS) &&
          !g_hash_table_contains (lookup->targets, GSIZE_TO_POINTER (sg_field_get_target (pspec))))
        g_hash_table_insert (lookup->targets, GSIZE_TO_POINTER (sg_field_get_target (pspec)),
                             collect_refs (store, sg_field_get_target (pspec)));
      else if (kind == SG_FIELD_CHOICE && !g_hash_table_contains (lookup->choices, GSIZE_TO_POINTER (type)))
        {
          g_autoptr(GEnumClass) klass = g_type_class_ref (type);
          GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

          for (guint i = 0; i < klass->n_values; i++)
            {
              GEnumValue *ev = &klass->values[i];

              g_hash_table_insert (words, fold_name (_(ev->value_name)), GINT_TO_POINTER (ev->value));
              g_hash_table_insert (words, fold_name (ev->value_name), GINT_TO_POINTER (ev->value));
              g_hash_table_insert (words, fold_name (ev->value_nick), GINT_TO_POINTER (ev->value));
            }
          g_hash_table_insert (lookup->choices, GSIZE_TO_POINTER (type), words);
        }
    }

  for (guint a = 0; a < 2; a++)
    {
      SgScaleAxis axis = a == 0 ? SG_SCALE_AXIS_LIKELIHOOD : SG_SCALE_AXIS_IMPACT;

      lookup->n_values[a] = sg_risk_method_get_n_values (method, axis);
      lookup->labels[a] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint v = lookup->n_values[a]; v >= 1; v--)
        {
          SgScaleLevel *level = sg_risk_method_get_scale_level (method, axis, (int) v);
          const char *label = level ? sg_record_peek_string (SG_RECORD (level), "label") : NULL;

          /* From the top: where two levels share a label, the lower one wins. */
          if (label != NULL)
            g_hash_table_insert (lookup->labels[a], fold_name (label), GUINT_TO_POINTER (v));
        }
    }
  return lookup;
}

static gboolean
parse_choice (Lookup     *lookup,
              GType       enum_type,
              const char *text,
              int        *out)
{
  GHashTable *words = g_hash_table_lookup (lookup->choices, GSIZE_TO_POINTER (enum_type));
  g_autofree char *folded = fold_name (text);
  gpointer value;

  if (words == NULL || !g_hash_table_lookup_extended (words, folded, NULL, &value))
    return FALSE;
  *out = GPOINTER_TO_INT (value);
  return TRUE;
}

static gboolean
parse_boolean (Lookup     *lookup,
               const char *text,
               gboolean   *out)
{
  g_autofree char *folded = fold_name (text);

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
parse_rating (Lookup     *lookup,
              GParamSpec *pspec,
              const char *text,
              int        *out)
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
  folded = fold_name (text);
  if (g_hash_table_lookup_extended (lookup->labels[a], folded, NULL, &value))
    {
      *out = GPOINTER_TO_INT (value);
      return NULL;
    }
  /* Translators: "Impact “Huge” is neither a number of the 1–5 scale nor one of its labels" */
  return g_strdup_printf (_("%s “%s” is neither a number of the 1–%u scale nor one of its labels"),
                          sg_field_get_label (pspec), text, n_values);
}

static const gint64 *
find_target (Lookup     *lookup,
             GParamSpec *pspec,
             const char *ref)
{
  GHashTable *refs = g_hash_table_lookup (lookup->targets, GSIZE_TO_POINTER (sg_field_get_target (pspec)));

  return refs != NULL ? g_hash_table_lookup (refs, ref) : NULL;
}

/* Parses one cell into @value; returns the reason when it is invalid. */
static char *
parse_cell (Lookup     *lookup,
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
            g_autofree char *key = NULL;

            id = g_hash_table_lookup (lookup->names, text);
            if (id == NULL)
              {
                key = sg_person_name_key (text);
                id = g_hash_table_lookup (lookup->people, key);
              }
            g_value_set_int64 (value, id ? *id : 0);
            return NULL;
          }
        id = find_target (lookup, pspec, text);
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
            id = find_target (lookup, pspec, refs[i]);
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

/* Builds the risk of one row, or returns NULL with the reason. */
static SgRecord *
build_risk (Lookup      *lookup,
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

      if (sg_csv_looks_like_formula (cell, 1))
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
      if ((*reason = parse_cell (lookup, columns[c], cell, &value)) != NULL)
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

/* One check of every row under one mapping. */
typedef struct
{
  guint        generation;  /* of the mapping it checks */
  GParamSpec **columns;     /* a copy of that mapping */
  GPtrArray   *risks;       /* SgRecord*, of the valid rows */
  GPtrArray   *problems;    /* SgCsvProblem* */
  Lookup      *lookup;      /* the register as it was when the check began */
} Check;

static void
check_free (Check *check)
{
  g_free (check->columns);
  g_clear_pointer (&check->risks, g_ptr_array_unref);
  g_clear_pointer (&check->problems, g_ptr_array_unref);
  g_clear_pointer (&check->lookup, lookup_free);
  g_free (check);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Check, check_free)

struct _SgCsvImport
{
  gatomicrefcount ref_count;

  /* Fixed once made: any thread may read them. */
  GPtrArray      *fields;     /* GParamSpec*: what a column can fill */
  GPtrArray      *rows;       /* CsvRow*; the header is row 0 */
  Lookup         *lookup;

  /* The store's thread's. */
  SgStore        *store;
  GParamSpec    **columns;    /* per header column; NULL keeps it in the notes */
  guint           generation; /* counts changes of @columns */
  GPtrArray      *risks;      /* the valid rows' risks, NULL until checked */
  GPtrArray      *problems;   /* SgCsvProblem*, valid with @risks */

  /* An import under way: sg_csv_import_begin() until _finish() or _abort(). */
  gboolean        running;
  gboolean        skip_invalid;
  GPtrArray      *adding;     /* SgRecord*, in the file's order */
  guint           n_added;
  GThread        *checker;    /* when the rows were not checked before */
  GAsyncQueue    *checked;    /* GPtrArray* of risks from @checker; an empty one ends */
  gboolean        checker_done;
  gint            stop;       /* atomic: @checker may stop */
  gint            invalid;    /* atomic: @checker found an invalid row */
};

static GPtrArray *
get_header (SgCsvImport *self)
{
  return ((CsvRow *) g_ptr_array_index (self->rows, 0))->cells;
}

static Check *
check_new (SgCsvImport *self)
{
  Check *check = g_new0 (Check, 1);

  check->generation = self->generation;
  check->columns = g_memdup2 (self->columns, sizeof (GParamSpec *) * get_header (self)->len);
  check->risks = g_ptr_array_new_with_free_func (g_object_unref);
  check->problems = g_ptr_array_new_with_free_func (problem_free);
  check->lookup = self->lookup;
  g_atomic_ref_count_inc (&check->lookup->refs);
  return check;
}

/* Checks every row; FALSE when cancelled. With @queue, the risks also go
 * there in blocks, ended by an empty one, and @invalid is raised at the
 * first invalid row; @stop asks to end early. Reads only what is fixed. */
static gboolean
check_rows (SgCsvImport  *self,
            Check        *check,
            GAsyncQueue  *queue,
            gint         *invalid,
            gint         *stop,
            GCancellable *cancellable)
{
  g_autoptr(GHashTable) seen_refs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *header = get_header (self);
  GPtrArray *block = NULL;
  gboolean completed = TRUE;

  for (guint r = 1; r < self->rows->len; r++)
    {
      CsvRow *row = g_ptr_array_index (self->rows, r);
      char *reason = NULL;
      SgRecord *risk;

      if (r % CHUNK == 0 && (g_cancellable_is_cancelled (cancellable) ||
                             (stop != NULL && g_atomic_int_get (stop))))
        {
          completed = FALSE;
          break;
        }
      risk = build_risk (check->lookup, row, header, check->columns, seen_refs, &reason);
      if (risk == NULL)
        {
          add_problem (check->problems, row->line, reason);
          if (invalid != NULL)
            g_atomic_int_set (invalid, TRUE);
          continue;
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
  if (queue != NULL)
    {
      if (block != NULL)
        g_async_queue_push (queue, g_steal_pointer (&block));
      g_async_queue_push (queue, g_ptr_array_new ());
    }
  return completed;
}

/* Takes the check's result when the mapping is still the one it checked. */
static gboolean
take_check (SgCsvImport *self,
            Check       *check)
{
  if (check->generation != self->generation)
    return FALSE;
  g_clear_pointer (&self->risks, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->risks = g_steal_pointer (&check->risks);
  self->problems = g_steal_pointer (&check->problems);
  return TRUE;
}

/* Reads, parses and maps; the rest of sg_csv_import_new(). */
static SgCsvImport *
import_read (const char  *path,
             GPtrArray   *fields,
             GError     **error)
{
  g_autoptr(SgCsvImport) self = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GHashTable) used = NULL;
  g_autofree char *contents = NULL;
  GPtrArray *header;
  const char *text;
  gsize length = 0;

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
  g_atomic_ref_count_init (&self->ref_count);
  self->fields = g_ptr_array_ref (fields);
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

static GPtrArray *
list_risk_fields (void)
{
  g_autoptr(SgRecordClass) klass = g_type_class_ref (SG_TYPE_RISK);

  return sg_csv_list_fields (klass);
}

SgCsvImport *
sg_csv_import_new (SgStore     *store,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(GPtrArray) fields = NULL;
  SgCsvImport *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  fields = list_risk_fields ();
  self = import_read (path, fields, error);
  if (self == NULL)
    return NULL;
  self->store = g_object_ref (store);
  self->lookup = lookup_new (store, fields);
  return self;
}

typedef struct
{
  char      *path;
  GPtrArray *fields;
  Lookup    *lookup;
} Reading;

static void
reading_free (Reading *reading)
{
  g_free (reading->path);
  g_ptr_array_unref (reading->fields);
  g_clear_pointer (&reading->lookup, lookup_free);
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
  SgCsvImport *self = import_read (reading->path, reading->fields, &error);
  g_autoptr(Check) check = NULL;

  if (self == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  self->lookup = g_steal_pointer (&reading->lookup);
  check = check_new (self);
  if (!check_rows (self, check, NULL, NULL, NULL, cancellable))
    {
      sg_csv_import_unref (self);
      g_task_return_error_if_cancelled (task);
      return;
    }
  take_check (self, check);
  g_task_return_pointer (task, self, (GDestroyNotify) sg_csv_import_unref);
}

void
sg_csv_import_new_async (SgStore             *store,
                         const char          *path,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Reading *reading;

  g_return_if_fail (SG_IS_STORE (store));
  g_return_if_fail (path != NULL);

  reading = g_new0 (Reading, 1);
  reading->path = g_strdup (path);
  reading->fields = list_risk_fields ();
  reading->lookup = lookup_new (store, reading->fields);
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

void
sg_csv_import_unref (SgCsvImport *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  if (self->running)
    sg_csv_import_abort (self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->lookup, lookup_free);
  g_clear_pointer (&self->columns, g_free);
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
  g_return_if_fail (!self->running);
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
      g_autoptr(Check) check = check_new (self);

      check_rows (self, check, NULL, NULL, NULL, NULL);
      take_check (self, check);
    }
  if (report != NULL)
    copy_problems (self->problems, report);
  return self->risks->len;
}

typedef struct
{
  SgCsvImport *import;  /* a reference; the thread reads only the rows and the lookup */
  Check       *check;
} Checking;

static void
checking_free (Checking *checking)
{
  g_clear_pointer (&checking->check, check_free);
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

  if (!check_rows (checking->import, checking->check, NULL, NULL, NULL, cancellable))
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
  checking->check = check_new (self);
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
  if (!take_check (import, checking->check))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           "The mapping changed during the check");
      return FALSE;
    }
  return TRUE;
}

/* Adding */

static gpointer
pipelined_check_thread (gpointer data)
{
  SgCsvImport *self = data;
  Check *check = check_new (self);

  check_rows (self, check, self->checked, &self->invalid, &self->stop, NULL);
  return check;
}

/* The names in person columns that the directory lacks join it, in the
 * import's batch; then the rows are checked again against it. */
static gboolean
add_new_people (SgCsvImport  *self,
                GError      **error)
{
  GPtrArray *header = get_header (self);
  g_autoptr(GHashTable) added = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);  /* cells as typed */

  for (guint c = 0; c < header->len; c++)
    {
      if (self->columns[c] == NULL || !sg_field_is_person (self->columns[c]))
        continue;
      for (guint r = 1; r < self->rows->len; r++)
        {
          CsvRow *row = g_ptr_array_index (self->rows, r);
          const char *cell = c < row->cells->len ? g_ptr_array_index (row->cells, c) : "";
          g_autofree char *key = NULL;

          if (!g_hash_table_add (seen, (gpointer) cell) || g_hash_table_contains (self->lookup->names, cell))
            continue;
          key = sg_person_name_key (cell);
          if (*key == '\0' || g_hash_table_contains (self->lookup->people, key) ||
              g_hash_table_contains (added, key))
            continue;
          if (sg_store_ensure_person (self->store, cell, error) == 0)
            return FALSE;
          g_hash_table_add (added, g_steal_pointer (&key));
        }
    }
  if (g_hash_table_size (added) > 0)
    {
      lookup_free (self->lookup);
      self->lookup = lookup_new (self->store, self->fields);
      g_clear_pointer (&self->risks, g_ptr_array_unref);
    }
  return TRUE;
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
  if (!add_new_people (self, error))
    {
      sg_store_rollback_batch (self->store);
      return FALSE;
    }

  for (guint c = 0; c < get_header (self)->len; c++)
    if (self->columns[c] != NULL && g_str_equal (self->columns[c]->name, "ref"))
      ref_column = c;
  for (guint r = 1; ref_column != G_MAXUINT && r < self->rows->len; r++)
    {
      CsvRow *row = g_ptr_array_index (self->rows, r);
      const char *cell = ref_column < row->cells->len ? g_ptr_array_index (row->cells, ref_column) : "";
      g_autofree char *ref = g_strstrip (g_strdup (cell + (sg_csv_looks_like_formula (cell, 1) ? 1 : 0)));

      sg_store_reserve_ref (self->store, SG_TYPE_RISK, ref);
    }

  self->running = TRUE;
  self->skip_invalid = skip_invalid;
  self->n_added = 0;
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
      if (!sg_store_add (self->store, g_ptr_array_index (self->adding, self->n_added), error))
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
  Check *check;

  if (self->checker == NULL)
    return;
  while (take_checked (self))
    ;
  check = g_thread_join (g_steal_pointer (&self->checker));
  take_check (self, check);
  check_free (check);
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
  copy_problems (self->problems, report);
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
      /* The risks are the register's now: a second run adds nothing twice. */
      g_ptr_array_set_size (self->risks, 0);
    }
  else
    g_clear_pointer (&self->risks, g_ptr_array_unref);
  self->n_added = 0;
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
  self->running = FALSE;
  self->n_added = 0;
  g_clear_pointer (&self->adding, g_ptr_array_unref);
  /* The risks carry what adding gave them (refs): checked anew next time. */
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
    report->problems = g_ptr_array_new_with_free_func (problem_free);
  if (self->problems != NULL)
    copy_problems (self->problems, report);
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
    report->problems = g_ptr_array_new_with_free_func (problem_free);
  import = sg_csv_import_new (store, path, error);
  if (import == NULL)
    return FALSE;
  return sg_csv_import_run (import, skip_invalid, report, error);
}
