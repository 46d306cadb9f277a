/* test-import-values.c: a spreadsheet's own words mapped to choices and ratings, derived columns
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every import is checked the way a user would: exported again as a
 * workbook and read back by openpyxl. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sg-asset.h"
#include "sg-csv-import.h"
#include "sg-i18n.h"
#include "sg-risk.h"
#include "sg-store.h"
#include "sg-test-util.h"
#include "sg-xlsx.h"

/* Prints the Risks sheet of the workbook, one line per risk:
 * "Ref|Header=value|…", the cells as openpyxl reads them. */
static const char *read_risks_script =
  "import sys, openpyxl\n"
  "wb = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
  "ws = [s for s in wb.worksheets if s.title.lower().startswith('risk')][0]\n"
  "head = None\n"
  "for row in ws.iter_rows(values_only=True):\n"
  "    cells = ['' if v is None else str(v) for v in row]\n"
  "    if head is None:\n"
  "        if 'Ref' in cells: head = cells\n"
  "        continue\n"
  "    if not any(cells): continue\n"
  "    print('|'.join(h + '=' + c.replace('\\n', '/') for h, c in zip(head, cells) if h))\n";

/* The workbook of @store read back by openpyxl; NULL (skipped) without it. */
static char *
read_back (SgStore    *store,
           const char *dir)
{
  g_autofree char *xlsx = g_build_filename (dir, "again.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "/usr/bin/python3", "-c", read_risks_script, xlsx, NULL };
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  if (!sg_test_have_program (argv[0], "python3") ||
      !sg_test_have_python_module ("openpyxl", "python3-openpyxl"))
    return NULL;
  g_assert_true (sg_xlsx_export (store, xlsx, SG_XLSX_FLAGS_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("the script failed: %s", err);
  return out;
}

/* The line of @ref in what read_back() printed. */
static char *
find_line (const char *out,
           const char *ref)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  g_autofree char *key = g_strdup_printf ("Ref=%s|", ref);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], key) != NULL)
      return g_strdup (lines[i]);
  g_error ("%s is not in the workbook:\n%s", ref, out);
  return NULL;
}

static void
assert_has (const char *line,
            const char *part)
{
  if (strstr (line, part) == NULL)
    g_error ("“%s” is not in “%s”", part, line);
}

static guint
find_column (SgCsvImport *import,
             const char  *header)
{
  for (guint c = 0; c < sg_csv_import_get_n_columns (import); c++)
    if (g_str_equal (sg_csv_import_get_header (import, c), header))
      return c;
  g_assert_not_reached ();
  return 0;
}

static SgImportValue *
find_value (SgCsvImport *import,
            guint        column,
            const char  *text)
{
  GPtrArray *values = sg_csv_import_list_values (import, column);

  g_assert_nonnull (values);
  for (guint i = 0; i < values->len; i++)
    {
      SgImportValue *value = g_ptr_array_index (values, i);

      if (g_str_equal (value->text, text))
        return value;
    }
  g_error ("“%s” is not a value of column %u", text, column);
  return NULL;
}

static gboolean
notes_have (SgCsvReport *report,
            const char  *part)
{
  for (guint i = 0; report->notes != NULL && i < report->notes->len; i++)
    if (strstr (g_ptr_array_index (report->notes, i), part) != NULL)
      return TRUE;
  return FALSE;
}

/* A register template downloaded from the web: its own status words,
 * Low/Medium/High, a score that disagrees, a velocity, free-text controls,
 * and a status nothing knows. Nothing is refused. */
static void
test_template (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "template.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_test_open_new (path);
  g_autoptr(SgCsvImport) import = NULL;
  g_autofree char *out = NULL;
  g_autofree char *mapping = NULL;
  SgCsvReport report = { 0 };
  guint status, likelihood, score;
  SgImportValue *value;

  sg_test_write_file (csv,
                      "Risk ID,Risk Title,Status,Likelihood,Impact,Risk Score,Risk Level,Velocity,Controls,Response\r\n"
                      "T-1,Laptop theft,Open,High,Medium,12,High,Fast,\"A.8.1, 8.13 and MFA for admins\",Reduce\r\n"
                      "T-2,Phishing,In Progress,Medium,Medium,9,,Slow,A.6.3,Transfer\r\n"
                      "T-3,Flood,Mitigated,Low,High,5,,,,Accept\r\n"
                      "T-4,Old server,Closed,Low,Low,1,Extreme,,,\r\n"
                      "T-5,Odd one,Frozen,Medium,Low,3,,,,Avoid\r\n"
                      "T-6,Second open,open,high,high,25,,,,\r\n",
                      -1);
  import = sg_csv_import_new (store, SG_TYPE_RISK, csv, &error);
  g_assert_no_error (error);

  status = find_column (import, "Status");
  likelihood = find_column (import, "Likelihood");
  score = find_column (import, "Risk Score");
  g_assert_cmpstr (sg_csv_import_get_field (import, status)->name, ==, "status");

  /* Distinct values with their rows, case folded, the most frequent first. */
  value = g_ptr_array_index (sg_csv_import_list_values (import, status), 0);
  g_assert_cmpstr (value->text, ==, "Open");
  g_assert_cmpuint (value->n_rows, ==, 2);
  g_assert_true (value->mapped);
  g_assert_cmpint (value->value, ==, SG_RISK_STATUS_IDENTIFIED);
  g_assert_cmpuint (sg_csv_import_list_values (import, status)->len, ==, 5);
  value = find_value (import, status, "In Progress");
  g_assert_true (value->mapped);
  g_assert_cmpint (value->value, ==, SG_RISK_STATUS_TREATMENT);
  value = find_value (import, status, "Closed");
  g_assert_cmpint (value->value, ==, SG_RISK_STATUS_CLOSED);
  g_assert_false (find_value (import, status, "Frozen")->mapped);
  /* A 1–3 word scale on the register's 1–5 one. */
  g_assert_cmpint (find_value (import, likelihood, "High")->value, ==, 5);
  g_assert_cmpint (find_value (import, likelihood, "Medium")->value, ==, 3);
  g_assert_cmpint (find_value (import, likelihood, "Low")->value, ==, 1);
  g_assert_null (sg_csv_import_list_values (import, score));
  g_assert_cmpint (sg_csv_import_get_derived (import, score), ==, SG_IMPORT_DERIVED_SCORE);
  g_assert_cmpint (sg_csv_import_get_derived (import, find_column (import, "Velocity")), ==,
                   SG_IMPORT_DERIVED_VELOCITY);

  /* The user says Mitigated means closed here. */
  sg_csv_import_set_value (import, status, "Mitigated", SG_RISK_STATUS_CLOSED, TRUE);
  g_assert_false (sg_csv_import_is_checked (import));
  g_assert_cmpint (find_value (import, status, "Mitigated")->value, ==, SG_RISK_STATUS_CLOSED);

  mapping = sg_csv_import_format_values (import);
  g_assert_nonnull (strstr (mapping, "  Open → Identified (2 rows)\n"));
  g_assert_nonnull (strstr (mapping, "  Frozen → kept in the notes (1 row)\n"));

  g_assert_true (sg_csv_import_run (import, FALSE, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_imported, ==, 6);
  g_assert_cmpuint (report.problems->len, ==, 0);
  /* Line 2: High × Medium is 5 × 3 = 15, not 12; line 7: 5 × 5 = 25 agrees. */
  g_assert_true (notes_have (&report, "Line 2: “Risk Score” says 12, the ratings give 5 × 3 = 15"));
  g_assert_false (notes_have (&report, "Line 7:"));
  /* Line 5: no risk level of the register is called Extreme. */
  g_assert_true (notes_have (&report, "Line 5: “Risk Level” says Extreme, the ratings give "));
  g_assert_false (notes_have (&report, "Line 2: “Risk Level”"));
  g_assert_true (notes_have (&report, "“Status”: “Frozen” (1 row) has no match"));
  sg_csv_report_clear (&report);

  out = read_back (store, dir);
  if (out != NULL)
    {
      g_autofree char *t1 = find_line (out, "T-1");
      g_autofree char *t3 = find_line (out, "T-3");
      g_autofree char *t5 = find_line (out, "T-5");
      g_autofree char *t2 = find_line (out, "T-2");
      g_autofree char *t4 = find_line (out, "T-4");

      assert_has (t1, "|Status=Identified|");
      assert_has (t1, "|Inherent likelihood=5|Inherent impact=3|");
      /* Both refs linked; the free text kept, the velocity in the notes,
       * the score and level nowhere. */
      assert_has (t1, "|Controls=8.1, 8.13|");
      assert_has (t1, "Controls: A.8.1, 8.13 and MFA for admins");
      assert_has (t1, "Velocity: Fast");
      g_assert_null (strstr (t1, "Risk Score"));
      g_assert_null (strstr (t1, "Risk Level"));
      g_assert_null (strstr (t4, "Extreme"));
      assert_has (t3, "|Status=Closed|");
      assert_has (t3, "|Inherent likelihood=1|Inherent impact=5|");
      assert_has (t5, "Status: Frozen");
      g_assert_null (strstr (t5, "|Status=Frozen"));
      assert_has (t5, "|Treatment=Avoid|");
      /* A controls cell that is only refs leaves nothing in the notes. */
      assert_has (t2, "|Controls=6.3|");
      assert_has (t2, "|Notes=Velocity: Slow|");
      assert_has (t2, "|Treatment=Transfer|");
    }
  sg_test_rmdir (dir);
}

/* German words, the register's scale labels and a 1–3 number scale the
 * user says is one. */
static void
test_german_and_scales (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "de.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_test_open_new (path);
  g_autoptr(SgCsvImport) import = NULL;
  g_autofree char *out = NULL;
  SgCsvReport report = { 0 };
  guint status, likelihood, treatment;

  sg_test_write_file (csv,
                      "Nr.;Titel;Status;Wahrscheinlichkeit;Behandlung\r\n"
                      "D-1;Brand;In Bearbeitung;3;Vermeiden\r\n"
                      "D-2;Diebstahl;Erledigt;1;Akzeptieren\r\n"
                      "D-3;Ausfall;Akzeptiert;2;Übertragen\r\n"
                      "D-4;Fehler;Bewertet;7;Minimieren\r\n",
                      -1);
  import = sg_csv_import_new (store, SG_TYPE_RISK, csv, &error);
  g_assert_no_error (error);
  status = find_column (import, "Status");
  likelihood = find_column (import, "Wahrscheinlichkeit");
  treatment = find_column (import, "Behandlung");

  g_assert_cmpint (find_value (import, status, "In Bearbeitung")->value, ==, SG_RISK_STATUS_TREATMENT);
  g_assert_cmpint (find_value (import, status, "Erledigt")->value, ==, SG_RISK_STATUS_CLOSED);
  g_assert_cmpint (find_value (import, status, "Akzeptiert")->value, ==, SG_RISK_STATUS_ACCEPTED);
  /* From the German catalogue, not the synonyms: "Assessed" is "Bewertet". */
  g_assert_cmpint (find_value (import, status, "Bewertet")->value, ==, SG_RISK_STATUS_ASSESSED);
  g_assert_cmpint (find_value (import, treatment, "Vermeiden")->value, ==, SG_TREATMENT_AVOID);
  g_assert_cmpint (find_value (import, treatment, "Minimieren")->value, ==, SG_TREATMENT_MITIGATE);
  /* Numbers as they are until the user says the scale; 7 is on neither. */
  g_assert_cmpuint (sg_csv_import_get_max_number (import, likelihood), ==, 7);
  g_assert_cmpint (find_value (import, likelihood, "3")->value, ==, 3);
  g_assert_false (find_value (import, likelihood, "7")->mapped);
  sg_csv_import_set_value_scale (import, likelihood, 3);
  g_assert_cmpuint (sg_csv_import_get_value_scale (import, likelihood), ==, 3);
  g_assert_cmpint (find_value (import, likelihood, "3")->value, ==, 5);
  g_assert_cmpint (find_value (import, likelihood, "2")->value, ==, 3);
  g_assert_cmpint (find_value (import, likelihood, "1")->value, ==, 1);
  g_assert_false (find_value (import, likelihood, "7")->mapped);

  g_assert_true (sg_csv_import_run (import, FALSE, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_imported, ==, 4);
  g_assert_true (notes_have (&report, "1–3 scale rescaled"));
  sg_csv_report_clear (&report);

  out = read_back (store, dir);
  if (out != NULL)
    {
      g_autofree char *d1 = find_line (out, "D-1");
      g_autofree char *d4 = find_line (out, "D-4");

      assert_has (d1, "|Status=In treatment|");
      assert_has (d1, "|Treatment=Avoid|");
      assert_has (d4, "Wahrscheinlichkeit: 7");
    }
  sg_test_rmdir (dir);
}

/* The command line uses the guesses and says which they were. */
static void
test_cli_mapping (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "in.csv", NULL);
  g_autofree char *arg = g_strdup_printf ("--import-csv=%s", csv);
  SgTestRun run = { 0 };

  sg_test_write_file (csv,
                      "Title,Status,Impact\r\n"
                      "One,Done,Low\r\n"
                      "Two,Parked,High\r\n",
                      -1);
  sg_test_run_safeguard (&run, arg, path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Values of “Status” (Status):\n"
                                     "  Done → Closed (1 row)\n"
                                     "  Parked → kept in the notes (1 row)\n"));
  g_assert_nonnull (strstr (run.out, "  High → 5 ("));
  g_assert_nonnull (strstr (run.out, "Imported 2 risks into r.isms.\n"));
  sg_test_run_clear (&run);
  sg_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* The German catalogue the guesses read is the build tree's. */
  sg_i18n_init ();

  g_test_add_func ("/import-values/template", test_template);
  g_test_add_func ("/import-values/german-and-scales", test_german_and_scales);
  g_test_add_func ("/import-values/cli", test_cli_mapping);
  return g_test_run ();
}
