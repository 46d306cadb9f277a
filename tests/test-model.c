/* test-model.c: record kinds, fields and the risk method without a register
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sg-action.h"
#include "sg-asset.h"
#include "sg-audit.h"
#include "sg-finding.h"
#include "sg-colour.h"
#include "sg-control.h"
#include "sg-document.h"
#include "sg-evidence.h"
#include "sg-soa-version.h"
#include "sg-enums.h"
#include "sg-field-codec.h"
#include "sg-kinds.h"
#include "sg-matrix-cell.h"
#include "sg-objective-reading.h"
#include "sg-person.h"
#include "sg-protection-level.h"
#include "sg-risk-method.h"
#include "sg-risk-level.h"
#include "sg-risk.h"
#include "sg-scale-level.h"

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* A property that is set to the value it has must not notify: the store
 * would write a history row for a change nobody made. */
static void
test_notify_only_on_change (void)
{
  g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK, NULL);
  guint count = 0;

  g_signal_connect (risk, "notify", G_CALLBACK (count_notify_cb), &count);

  g_object_set (risk, "title", "Ransomware", NULL);
  g_assert_cmpuint (count, ==, 1);
  g_object_set (risk, "title", "Ransomware", NULL);
  g_assert_cmpuint (count, ==, 1);
  g_object_set (risk, "inherent-likelihood", 4, "treatment", SG_TREATMENT_MITIGATE, NULL);
  g_assert_cmpuint (count, ==, 3);
  g_object_set (risk, "inherent-likelihood", 4, "treatment", SG_TREATMENT_MITIGATE, NULL);
  g_assert_cmpuint (count, ==, 3);

  g_object_set (risk, "controls", sg_links_new ((gint64[]) { 3, 7 }, 2), NULL);
  g_assert_cmpuint (count, ==, 4);
  g_object_set (risk, "controls", sg_links_new ((gint64[]) { 3, 7 }, 2), NULL);
  g_assert_cmpuint (count, ==, 4);
  /* An empty list is the same as no list. */
  g_object_set (risk, "assets", sg_links_new (NULL, 0), NULL);
  g_assert_cmpuint (count, ==, 4);

  g_assert_cmpstr (sg_record_peek_string (risk, "title"), ==, "Ransomware");
  g_assert_cmpint (sg_record_peek_int (risk, "inherent-likelihood"), ==, 4);
  g_assert_true (sg_links_contains (sg_record_peek_links (risk, "controls"), 7));
}

/* Every page has something to show beside the ref: the kind says which
 * field names a record and which fields are its columns. A list that
 * showed only refs, or a title guessed wrongly, is what this catches. */
/* Every kind says where its page stands, so none lands under "Other
 * Records" by being forgotten; the risk method's parts have none, their
 * page is the Risk Method's. Two pages never share a title. */
static void
test_pages (void)
{
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);
  g_autoptr(GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
  SgRecordArea last_area = SG_RECORD_AREA_NONE;

  for (guint i = 0; i < n_kinds; i++)
    {
      SgRecordClass *klass = g_type_class_peek (kinds[i]);
      SgRecordArea area = sg_record_class_get_area (klass);

      g_assert_cmpint (area, !=, SG_RECORD_AREA_OTHER);
      /* The risk method's parts, and what is only shown inside its
       * control, its audit or its objective. */
      if (kinds[i] == SG_TYPE_SCALE_LEVEL || kinds[i] == SG_TYPE_RISK_LEVEL ||
          kinds[i] == SG_TYPE_MATRIX_CELL || kinds[i] == SG_TYPE_EVIDENCE ||
          kinds[i] == SG_TYPE_SOA_VERSION || kinds[i] == SG_TYPE_FINDING ||
          kinds[i] == SG_TYPE_OBJECTIVE_READING || kinds[i] == SG_TYPE_PROTECTION_LEVEL)
        {
          g_assert_cmpint (area, ==, SG_RECORD_AREA_NONE);
          continue;
        }
      g_assert_cmpint (area, !=, SG_RECORD_AREA_NONE);
      g_assert_true (g_hash_table_add (titles, (gpointer) sg_record_class_get_page_title (klass)));
      last_area = MAX (last_area, area);
    }
  g_assert_cmpint (last_area, ==, SG_RECORD_AREA_IMPROVEMENT);
  g_assert_cmpstr (sg_record_class_get_page_title (g_type_class_peek (SG_TYPE_CONTROL)), ==,
                   "Statement of Applicability");
  g_assert_cmpstr (sg_record_class_get_page_title (g_type_class_peek (SG_TYPE_AUDIT)), ==, "Audits");
}

static void
test_presentation (void)
{
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);

  for (guint i = 0; i < n_kinds; i++)
    {
      SgRecordClass *klass = g_type_class_peek (kinds[i]);
      GParamSpec *title = sg_record_class_get_title_field (klass);
      guint n_columns;
      const SgRecordColumn *columns = sg_record_class_list_columns (klass, &n_columns);
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

      /* A reading of an objective and a cell of the matrix are named by
       * what they belong to; every other kind has a text that names it. */
      if (kinds[i] == SG_TYPE_OBJECTIVE_READING || kinds[i] == SG_TYPE_MATRIX_CELL)
        g_assert_null (title);
      else
        {
          g_assert_nonnull (title);
          g_assert_true (sg_record_class_find_field (klass, title->name) == title);
          g_assert_cmpint (sg_field_get_kind (title), !=, SG_FIELD_DATE);
        }
      g_assert_cmpuint (n_columns, >=, 1);
      g_assert_cmpuint (n_columns, <=, 4);
      for (guint c = 0; c < n_columns; c++)
        {
          g_assert_true (sg_record_class_find_field (klass, columns[c].field->name) == columns[c].field);
          g_assert_true (columns[c].field != title);
          g_assert_cmpuint (columns[c].priority, >=, 1);
          g_assert_true (g_hash_table_add (seen, columns[c].field));
        }
    }

  /* The display name comes from the declared title. */
  {
    g_autoptr(SgRecord) person = g_object_new (SG_TYPE_PERSON, "ref", "P-007", "name", "Anna Becker",
                                               "function", "Head of digital products", NULL);
    g_autoptr(SgRecord) level = g_object_new (SG_TYPE_SCALE_LEVEL, "label", "Likely",
                                              "description", "Once a year", NULL);
    g_autofree char *person_name = sg_record_dup_display_name (person);
    g_autofree char *level_name = sg_record_dup_display_name (level);

    g_assert_cmpstr (person_name, ==, "P-007 Anna Becker");
    g_assert_cmpstr (level_name, ==, "Likely");
  }
}

/* What the generic page renders: a field left out of every section, or
 * in two, would be hidden or edited twice; a child without a parent field
 * could not be listed under its parent; a facet on a free text would offer
 * every value ever typed. */
static void
test_declarations (void)
{
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);
  guint n_sectioned = 0, n_children_seen = 0, n_due = 0;

  for (guint i = 0; i < n_kinds; i++)
    {
      SgRecordClass *klass = g_type_class_peek (kinds[i]);
      guint n_sections, n_facets, n_children, n_fields;
      const SgRecordSection *sections = sg_record_class_list_sections (klass, &n_sections);
      GParamSpec * const *facets = sg_record_class_list_facets (klass, &n_facets);
      const GType *children = sg_record_class_list_children (klass, &n_children);
      GParamSpec **fields = sg_record_class_list_fields (klass, &n_fields);
      const SgRecordDue *due = sg_record_class_get_due (klass);

      for (guint f = 0; f < n_facets; f++)
        {
          g_assert_true (sg_record_class_find_field (klass, facets[f]->name) == facets[f]);
          g_assert_true (sg_record_field_can_be_facet (facets[f]));
          g_assert_cmpint (sg_field_get_kind (facets[f]), !=, SG_FIELD_TEXT);
        }
      g_assert_null (facets[n_facets]);

      if (n_sections > 0)
        {
          g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);

          n_sectioned++;
          for (guint s = 0; s < n_sections; s++)
            {
              g_assert_nonnull (sections[s].title);
              g_assert_nonnull (sections[s].fields[0]);
              for (guint f = 0; sections[s].fields[f] != NULL; f++)
                {
                  GParamSpec *field = sections[s].fields[f];
                  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, field));

                  g_assert_true (sg_record_class_find_field (klass, field->name) == field);
                  g_hash_table_insert (counts, field, GUINT_TO_POINTER (count + 1));
                }
            }
          /* The kind's own fields; ref and the timestamps are every kind's. */
          for (guint f = 0; f < n_fields; f++)
            {
              gboolean own = fields[f]->owner_type == kinds[i];

              if (!own)
                {
                  g_assert_false (g_hash_table_contains (counts, fields[f]));
                  continue;
                }
              if (GPOINTER_TO_UINT (g_hash_table_lookup (counts, fields[f])) != 1)
                g_error ("%s: %s is in %u sections", g_type_name (kinds[i]), fields[f]->name,
                         GPOINTER_TO_UINT (g_hash_table_lookup (counts, fields[f])));
            }
        }

      for (guint c = 0; c < n_children; c++)
        {
          GParamSpec *parent = sg_record_class_find_parent_field (children[c], kinds[i]);

          n_children_seen++;
          g_assert_nonnull (parent);
          g_assert_true (sg_field_is_parent (parent));
          g_assert_true (sg_field_get_target (parent) == kinds[i]);
        }

      if (due != NULL)
        {
          n_due++;
          g_assert_cmpint (sg_field_get_kind (due->date), ==, SG_FIELD_DATE);
          g_assert_true (due->status == NULL || sg_field_get_kind (due->status) == SG_FIELD_CHOICE);
        }
    }
  /* The kinds an ISMS reads most are declared, not left to the fallback. */
  g_assert_cmpuint (n_sectioned, >=, 12);
  g_assert_cmpuint (n_children_seen, ==, 6);
  g_assert_cmpuint (n_due, >=, 5);
  {
    guint n;
    const GType *children = sg_record_class_list_children (g_type_class_peek (SG_TYPE_AUDIT), &n);

    g_assert_cmpuint (n, ==, 2);
    g_assert_true (children[0] == SG_TYPE_FINDING);
    g_assert_true (children[1] == SG_TYPE_ACTION);
  }
}

/* Overdue: a date before today and a status that is not closed. */
static void
test_overdue (void)
{
  g_autoptr(SgRecord) audit = g_object_new (SG_TYPE_AUDIT, "planned-date", "2026-03-01", NULL);
  g_autoptr(SgRecord) asset = g_object_new (SG_TYPE_ASSET, NULL);

  g_assert_true (sg_record_is_overdue (audit, "2026-03-02"));
  g_assert_false (sg_record_is_overdue (audit, "2026-03-01"));
  g_object_set (audit, "status", SG_AUDIT_STATUS_COMPLETED, NULL);
  g_assert_false (sg_record_is_overdue (audit, "2026-03-02"));
  g_object_set (audit, "status", SG_AUDIT_STATUS_IN_PROGRESS, NULL);
  g_assert_true (sg_record_is_overdue (audit, "2026-03-02"));
  g_object_set (audit, "planned-date", NULL, NULL);
  g_assert_false (sg_record_is_overdue (audit, "2026-03-02"));
  g_assert_false (sg_record_is_overdue (asset, NULL));
}

static char *
fake_describe (gpointer       data,
               GType          kind,
               gint64         id,
               SgFieldNaming  naming)
{
  gboolean as_ref = naming == SG_FIELD_NAMING_REF;

  g_assert_true (kind == SG_TYPE_CONTROL || kind == SG_TYPE_ASSET);
  if (id > 100)
    return NULL;  /* deleted */
  return as_ref ? g_strdup_printf ("X-%" G_GINT64_FORMAT, id)
                : g_strdup_printf ("X-%" G_GINT64_FORMAT " Record %" G_GINT64_FORMAT, id, id);
}

static char *
format_of (SgRecord   *record,
           const char *field,
           SgFieldUse  use)
{
  static const SgFieldResolver resolver = { fake_describe, NULL, NULL, NULL };
  GParamSpec *pspec = sg_record_class_find_field (SG_RECORD_GET_CLASS (record), field);

  return sg_field_format (pspec, sg_record_peek_value (record, pspec), use, &resolver);
}

#define ASSERT_FORMAT(record, field, use, expected) \
  G_STMT_START { \
    g_autofree char *text_ = format_of ((record), (field), (use)); \
    g_assert_cmpstr (text_, ==, (expected)); \
  } G_STMT_END

/* One codec: what the window, a CSV or workbook cell and the history say
 * of each kind of value. */
static void
test_field_format (void)
{
  g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK,
                                           "title", "Ransomware",
                                           "harms-integrity", TRUE,
                                           "treatment", SG_TREATMENT_MITIGATE,
                                           "treatment-due", "2027-03-31",
                                           "inherent-likelihood", 4,
                                           "controls", sg_links_new ((gint64[]) { 3, 500, 7 }, 3),
                                           NULL);
  g_autoptr(SgRecord) reading = g_object_new (SG_TYPE_OBJECTIVE_READING, "value", 97.5, NULL);

  /* The same words for a person wherever they read it. */
  ASSERT_FORMAT (risk, "harms-integrity", SG_FIELD_USE_DISPLAY, "Yes");
  ASSERT_FORMAT (risk, "harms-integrity", SG_FIELD_USE_EXPORT, "Yes");
  ASSERT_FORMAT (risk, "harms-availability", SG_FIELD_USE_EXPORT, "No");
  ASSERT_FORMAT (risk, "treatment", SG_FIELD_USE_DISPLAY, "Mitigate");
  ASSERT_FORMAT (risk, "treatment", SG_FIELD_USE_EXPORT, "Mitigate");
  /* In the C locale the window's date is ISO 8601 too. */
  ASSERT_FORMAT (risk, "treatment-due", SG_FIELD_USE_DISPLAY, "2027-03-31");
  ASSERT_FORMAT (risk, "treatment-due", SG_FIELD_USE_EXPORT, "2027-03-31");
  ASSERT_FORMAT (risk, "next-review", SG_FIELD_USE_EXPORT, NULL);
  ASSERT_FORMAT (risk, "description", SG_FIELD_USE_DISPLAY, NULL);
  /* Ratings: the scale's words need the risk method; a cell the number. */
  ASSERT_FORMAT (risk, "inherent-likelihood", SG_FIELD_USE_DISPLAY, "4 (not on the scale)");
  ASSERT_FORMAT (risk, "inherent-likelihood", SG_FIELD_USE_EXPORT, "4");
  ASSERT_FORMAT (risk, "inherent-impact", SG_FIELD_USE_EXPORT, NULL);
  /* Links by ref, in order, without the one that is gone. */
  ASSERT_FORMAT (risk, "controls", SG_FIELD_USE_EXPORT, "X-3, X-7");
  ASSERT_FORMAT (risk, "controls", SG_FIELD_USE_DISPLAY, "X-3, X-7");
  ASSERT_FORMAT (risk, "assets", SG_FIELD_USE_EXPORT, NULL);
  ASSERT_FORMAT (reading, "value", SG_FIELD_USE_DISPLAY, "97.5");

  /* The history keeps the stored form, and reads back as the window does. */
  ASSERT_FORMAT (risk, "harms-integrity", SG_FIELD_USE_HISTORY, "true");
  ASSERT_FORMAT (risk, "treatment", SG_FIELD_USE_HISTORY, "mitigate");
  ASSERT_FORMAT (risk, "inherent-impact", SG_FIELD_USE_HISTORY, "0");
  {
    GParamSpec *pspec = sg_record_class_find_field (SG_RECORD_GET_CLASS (risk), "treatment");
    g_autofree char *shown = sg_field_format_stored (pspec, "mitigate", NULL);
    g_autofree char *unknown = sg_field_format_stored (pspec, "gone", NULL);

    g_assert_cmpstr (shown, ==, "Mitigate");
    g_assert_cmpstr (unknown, ==, "gone");
  }
}

/* An asset's protection needs read as words (BSI's normal, high, very
 * high) in the window and the history, the number first; a CSV keeps the
 * number, and what the window or the workbook says reads back. */
static void
test_value_labels (void)
{
  g_autoptr(SgRecord) asset = g_object_new (SG_TYPE_ASSET, "name", "Payroll", "confidentiality", 3,
                                            "integrity", 2, "availability", 1, NULL);
  GParamSpec *confidentiality = sg_record_class_find_field (SG_RECORD_GET_CLASS (asset), "confidentiality");
  GParamSpec *value = sg_record_class_find_field (g_type_class_ref (SG_TYPE_OBJECTIVE_READING), "value");
  g_autofree char *stored = sg_field_format_stored (confidentiality, "2", NULL);
  const char *readable[] = { "2 – High", "2 - high", "High", "2", " HIGH " };
  const char *unreadable[] = { "3 – High", "Medium", "4", "2 – ", "" };

  ASSERT_FORMAT (asset, "confidentiality", SG_FIELD_USE_DISPLAY, "3 – Very high");
  ASSERT_FORMAT (asset, "integrity", SG_FIELD_USE_DISPLAY, "2 – High");
  ASSERT_FORMAT (asset, "availability", SG_FIELD_USE_DISPLAY, "1 – Normal");
  ASSERT_FORMAT (asset, "integrity", SG_FIELD_USE_EXPORT, "2");
  ASSERT_FORMAT (asset, "integrity", SG_FIELD_USE_HISTORY, "2");
  g_assert_cmpstr (stored, ==, "2 – High");
  g_assert_cmpstr (sg_field_get_value_label (confidentiality, 0), ==, NULL);
  g_assert_cmpstr (sg_field_get_value_label (confidentiality, 1), ==, "Normal");

  for (guint i = 0; i < G_N_ELEMENTS (readable); i++)
    {
      g_auto(GValue) v = G_VALUE_INIT;

      g_assert_true (sg_field_value_from_string (confidentiality, readable[i], &v, NULL));
      g_assert_cmpint (g_value_get_int (&v), ==, 2);
    }
  for (guint i = 0; i < G_N_ELEMENTS (unreadable); i++)
    {
      g_auto(GValue) v = G_VALUE_INIT;
      g_autoptr(GError) error = NULL;

      g_assert_false (sg_field_value_from_string (confidentiality, unreadable[i], &v, &error));
    }

  /* Other numbers stay numbers. */
  g_assert_null (sg_field_get_value_label (value, 1));
  g_assert_false (sg_field_is_location (confidentiality));
  g_assert_true (sg_field_is_location (sg_record_class_find_field (g_type_class_ref (SG_TYPE_DOCUMENT),
                                                                   "location")));
  g_assert_false (sg_field_is_location (sg_record_class_find_field (SG_RECORD_GET_CLASS (asset), "location")));
}

static void
test_every_kind_has_fields (void)
{
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);

  g_assert_cmpuint (n_kinds, ==, 29);
  for (guint i = 0; i < n_kinds; i++)
    {
      g_autoptr(SgRecordClass) klass = g_type_class_ref (kinds[i]);
      guint n_fields;
      GParamSpec **fields = sg_record_class_list_fields (klass, &n_fields);

      g_assert_true (G_TYPE_IS_FINAL (kinds[i]));
      g_assert_nonnull (sg_record_class_get_table (klass));
      g_assert_cmpuint (sg_record_kind_from_table (sg_record_class_get_table (klass)), ==, kinds[i]);
      g_assert_cmpuint (n_fields, >=, 4);
      g_assert_cmpstr (fields[0]->name, ==, "ref");
      for (guint f = 0; f < n_fields; f++)
        {
          GParamSpec *pspec = fields[f];

          /* Every field has a label a person can read, and explicit notify. */
          g_assert_cmpstr (sg_field_get_label (pspec), !=, "");
          g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
          if (G_IS_PARAM_SPEC_ENUM (pspec))
            g_assert_true (G_TYPE_IS_ENUM (G_PARAM_SPEC_VALUE_TYPE (pspec)));
          if (sg_field_get_kind (pspec) == SG_FIELD_LINKS ||
              sg_field_get_kind (pspec) == SG_FIELD_REFERENCE)
            g_assert_true (g_type_is_a (sg_field_get_target (pspec), SG_TYPE_RECORD));
        }
    }
}

static void
test_enum_labels (void)
{
  g_assert_cmpstr (sg_enum_get_label (SG_TYPE_TREATMENT, SG_TREATMENT_MITIGATE), ==, "Mitigate");
  g_assert_cmpstr (sg_enum_get_nick (SG_TYPE_RISK_STATUS, SG_RISK_STATUS_TREATMENT), ==, "treatment");
  g_assert_cmpstr (sg_enum_get_label (SG_TYPE_CONTROL_THEME, SG_CONTROL_THEME_PHYSICAL), ==, "Physical");
}

static void
test_field_strings (void)
{
  g_autoptr(SgRecordClass) klass = g_type_class_ref (SG_TYPE_RISK);
  GParamSpec *due = sg_record_class_find_field (klass, "treatment-due");
  GParamSpec *likelihood = sg_record_class_find_field (klass, "inherent-likelihood");
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  g_assert_true (sg_field_value_from_string (due, "2027-02-28", &value, &error));
  g_assert_cmpstr (g_value_get_string (&value), ==, "2027-02-28");
  g_value_unset (&value);

  g_assert_false (sg_field_value_from_string (due, "2027-02-30", &value, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  g_assert_false (sg_field_value_from_string (likelihood, "11", &value, &error));
  g_clear_error (&error);
  g_assert_true (sg_field_value_from_string (likelihood, "3", &value, &error));
  g_assert_cmpint (g_value_get_int (&value), ==, 3);
}

/* The default matrix of a 5 × 5 method with four levels, cell by cell:
 * a wrong cell puts risks in the wrong colour in front of management. */
static void
test_default_matrix (void)
{
  static const guint expected[5][5] = {
    /* impact:  1  2  3  4  5      likelihood */
    {           0, 0, 0, 0, 1 },  /* 1 */
    {           0, 0, 1, 1, 2 },  /* 2 */
    {           0, 1, 1, 2, 2 },  /* 3 */
    {           0, 1, 2, 2, 3 },  /* 4 */
    {           1, 2, 2, 3, 3 },  /* 5 */
  };

  for (int l = 1; l <= 5; l++)
    for (int i = 1; i <= 5; i++)
      g_assert_cmpuint (sg_risk_method_default_level_index (l, i, 5, 5, 4), ==, expected[l - 1][i - 1]);

  /* Other sizes: the highest cell is always the highest level. */
  g_assert_cmpuint (sg_risk_method_default_level_index (3, 3, 3, 3, 4), ==, 3);
  g_assert_cmpuint (sg_risk_method_default_level_index (1, 1, 10, 10, 5), ==, 0);
  g_assert_cmpuint (sg_risk_method_default_level_index (10, 10, 10, 10, 5), ==, 4);
}

static double
contrast (guint32 a,
          guint32 b)
{
  double la = sg_colour_luminance (a), lb = sg_colour_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* Level colours are "#rrggbb"; the text on any of them reaches WCAG AA. */
static void
test_colour (void)
{
  guint32 rgb = 1;

  g_assert_true (sg_colour_parse ("#e01b24", &rgb));
  g_assert_cmphex (rgb, ==, 0xe01b24);
  g_assert_false (sg_colour_parse ("e01b24", &rgb));
  g_assert_false (sg_colour_parse ("#e01b2", &rgb));
  g_assert_false (sg_colour_parse ("#-01b24", &rgb));
  g_assert_false (sg_colour_parse ("#gggggg", &rgb));
  g_assert_false (sg_colour_parse (NULL, &rgb));

  g_assert_cmphex (sg_colour_text_on (0xffffff), ==, 0x000000);
  g_assert_cmphex (sg_colour_text_on (0x000000), ==, 0xffffff);
  g_assert_cmphex (sg_colour_text_on (0xf6d32d), ==, 0x000000);  /* yellow */
  g_assert_cmphex (sg_colour_text_on (0x800000), ==, 0xffffff);  /* dark red */
  for (guint32 c = 0; c <= 0xffffff; c += 0x0f0b07)
    g_assert_cmpfloat (contrast (c, sg_colour_text_on (c)), >=, 4.5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/record/notify-only-on-change", test_notify_only_on_change);
  g_test_add_func ("/model/record/every-kind", test_every_kind_has_fields);
  g_test_add_func ("/model/record/presentation", test_presentation);
  g_test_add_func ("/model/record/declarations", test_declarations);
  g_test_add_func ("/model/record/pages", test_pages);
  g_test_add_func ("/model/record/overdue", test_overdue);
  g_test_add_func ("/model/field/format", test_field_format);
  g_test_add_func ("/model/field/value-labels", test_value_labels);
  g_test_add_func ("/model/enum/labels", test_enum_labels);
  g_test_add_func ("/model/field/strings", test_field_strings);
  g_test_add_func ("/model/risk-method/default-matrix", test_default_matrix);
  g_test_add_func ("/model/colour", test_colour);

  return g_test_run ();
}
