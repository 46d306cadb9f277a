/* test-import-kinds.c: spreadsheets people really have, imported into every kind of record
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each file is made here — by iconv-free byte strings, by openpyxl, by
 * LibreOffice — imported, then the register is exported as the auditor's
 * workbook and read back with openpyxl: what a user would see. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-asset.h"
#include "sg-control.h"
#include "sg-csv-import.h"
#include "sg-document.h"
#include "sg-import-names.h"
#include "sg-person.h"
#include "sg-risk.h"
#include "sg-store.h"
#include "sg-test-util.h"
#include "sg-xlsx.h"

/* Prints, per "Sheet|Ref|Header" argument, that cell of the row whose
 * first cell is Ref (dates as ISO dates, newlines as \n); "Sheet|#rows|"
 * prints the number of rows below the header. */
static const char read_script[] =
  "import sys, datetime, openpyxl\n"
  "wb = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
  "sheets = {}\n"
  "for q in sys.argv[2:]:\n"
  "    name, ref, header = q.split('|')\n"
  "    if name not in sheets:\n"
  "        sheets[name] = [list(r) for r in wb[name].iter_rows(values_only=True)]\n"
  "    rows = sheets[name]\n"
  "    if ref == '#rows':\n"
  "        print(len([r for r in rows[1:] if r and r[0] is not None]))\n"
  "        continue\n"
  "    col = rows[0].index(header)\n"
  "    found = [r for r in rows[1:] if r and r[0] == ref]\n"
  "    v = found[0][col] if found else '<no row>'\n"
  "    if isinstance(v, datetime.datetime):\n"
  "        v = v.date().isoformat()\n"
  "    print('' if v is None else str(v).replace('\\n', '\\\\n'))\n";

/* The workbook of @store, read back: one line per query. NULL (and the
 * test skipped) without openpyxl. */
static GStrv
read_back (SgStore    *store,
           const char *dir,
           ...)
{
  g_autofree char *xlsx = g_build_filename (dir, "export.xlsx", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;
  va_list args;

  g_assert_true (sg_xlsx_export (store, xlsx, SG_XLSX_FLAGS_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  if (!sg_test_have_python_module ("openpyxl", "python3-openpyxl"))
    return NULL;
  g_ptr_array_add (argv, (char *) "/usr/bin/python3");
  g_ptr_array_add (argv, (char *) "-c");
  g_ptr_array_add (argv, (char *) read_script);
  g_ptr_array_add (argv, xlsx);
  va_start (args, dir);
  for (const char *q = va_arg (args, const char *); q != NULL; q = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) q);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("reading the workbook failed: %s", err);
  g_strchomp (out);
  return g_strsplit (out, "\n", -1);
}

/* Runs @script with /usr/bin/python3 and @arg; FALSE (test skipped)
 * without @module. */
static gboolean
run_python (const char *script,
            const char *arg,
            const char *module)
{
  const char *argv[] = { "/usr/bin/python3", "-c", script, arg, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status;

  if (!sg_test_have_program (argv[0], "python3"))
    return FALSE;
  if (module != NULL && !sg_test_have_python_module (module, "python3-openpyxl"))
    return FALSE;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err,
                               &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("python failed: %s", err);
  return TRUE;
}

static gint64
add_asset (SgStore    *store,
           const char *ref,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgRecord) asset = g_object_new (SG_TYPE_ASSET, "ref", ref, "name", name, NULL);

  g_assert_true (sg_store_add (store, asset, &error));
  g_assert_no_error (error);
  return sg_record_get_id (asset);
}

static void
import_ok (SgStore               *store,
           GType                  kind,
           const char            *path,
           gboolean               skip_invalid,
           SgCsvReport           *report,
           char                 **described)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgCsvImport) import = sg_csv_import_new_full (store, kind, path, NULL, &error);
  guint n_valid;

  g_assert_no_error (error);
  g_assert_nonnull (import);
  if (described != NULL)
    *described = sg_sheet_info_describe (sg_csv_import_get_info (import));
  /* Rows of a kind that adds are all created: none updates. */
  n_valid = sg_csv_import_check (import, NULL);
  if (!sg_csv_import_updates (import))
    {
      g_assert_cmpuint (sg_csv_import_get_n_to_create (import), ==, n_valid);
      g_assert_cmpuint (sg_csv_import_get_n_to_update (import), ==, 0);
    }
  g_assert_true (sg_csv_import_run (import, skip_invalid, report, &error));
  g_assert_no_error (error);
}

/* What a German Excel saves as "CSV (Trennzeichen-getrennt)": semicolons,
 * Windows-1252, dd.mm.yyyy, German headers (our own German labels, and
 * other names). The asset column links by ref and by name; the one the
 * register lacks is kept in the notes and listed, and no asset is made. */
static void
test_german_csv (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "Risiken.csv", NULL);
  g_autoptr(SgStore) store = sg_test_open_new (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *latin = NULL;
  g_autofree char *described = NULL;
  g_auto(GStrv) cells = NULL;
  SgCsvReport report = { 0 };
  gsize length;
  const char *utf8 =
    "Nr.;Titel;Beschreibung;Eintrittswahrscheinlichkeit (brutto);Auswirkung (brutto);Verantwortlich;"
    "Behandlung fällig;Betroffene Assets;Anmerkungen\r\n"
    "R-100;Ausfall des Rechenzentrums;Strom fällt über 4 Stunden aus;3;4;Jana Petersen;31.03.2027;"
    "A-001, Kundendatenbank, Lagerhalle Süd;Prüfen\r\n"
    "R-101;Datenabfluss über USB;;2;5;Unbekannte Person;01.12.2026;;\r\n";

  add_asset (store, "A-001", "Fileserver");
  add_asset (store, "A-002", "Kundendatenbank");
  g_assert_cmpint (sg_store_ensure_person (store, "Jana Petersen", &error), >, 0);
  latin = g_convert (utf8, -1, "WINDOWS-1252", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);
  sg_test_write_file (csv, latin, (gssize) length);

  import_ok (store, SG_TYPE_RISK, csv, FALSE, &report, &described);
  g_assert_cmpstr (described, ==, "Semicolon-separated, Windows-1252");
  g_assert_cmpuint (report.n_imported, ==, 2);
  g_assert_cmpuint (report.problems->len, ==, 0);
  g_assert_cmpuint (report.notes->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (report.notes, 0), ==,
                   "“Verantwortlich”: 1 name is not in the register; it was kept in the notes: “Unbekannte Person”.");
  g_assert_cmpstr (g_ptr_array_index (report.notes, 1), ==,
                   "“Betroffene Assets”: 1 name is not in the register; it was kept in the notes: “Lagerhalle Süd”.");
  sg_csv_report_clear (&report);
  /* Nothing was made up. */
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_ASSET)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_PERSON)), ==, 1);

  cells = read_back (store, dir,
                     "Risk Register|R-100|Title", "Risk Register|R-100|Description",
                     "Risk Register|R-100|Inherent likelihood", "Risk Register|R-100|Inherent impact",
                     "Risk Register|R-100|Owner", "Risk Register|R-100|Treatment due",
                     "Risk Register|R-100|Affected assets", "Risk Register|R-100|Notes",
                     "Risk Register|R-101|Owner", "Risk Register|R-101|Treatment due",
                     "Risk Register|R-101|Notes", NULL);
  if (cells != NULL)
    {
      const char *expected[] = {
        "Ausfall des Rechenzentrums", "Strom fällt über 4 Stunden aus", "3", "4", "Jana Petersen",
        "2027-03-31", "A-001, A-002", "Prüfen\\nBetroffene Assets: Lagerhalle Süd",
        "", "2026-12-01", "Verantwortlich: Unbekannte Person",
      };

      g_assert_cmpuint (g_strv_length (cells), ==, G_N_ELEMENTS (expected));
      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        g_assert_cmpstr (cells[i], ==, expected[i]);
    }
  g_clear_object (&store);
  sg_test_rmdir (dir);
}

/* An asset list saved as "Unicode text" (UTF-16 LE with its mark) with
 * the names asset registers use: C, I, A, Asset Owner. */
static void
test_utf16_assets (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "assets.csv", NULL);
  g_autoptr(SgStore) store = sg_test_open_new (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *utf16 = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *described = NULL;
  g_auto(GStrv) cells = NULL;
  SgCsvReport report = { 0 };
  gsize length;
  const char *utf8 =
    "Asset\tAsset Type\tAsset Owner\tLocation\tC\tI\tA\tComments\r\n"
    "Customer database\tInformation\tMehmet Yilmaz\tData centre\t3\t3\t2\tHolds personal data\r\n"
    "Warehouse scanners\tHardware\t\tBillbrook\t1\t2\t3\t\r\n";

  g_assert_cmpint (sg_store_ensure_person (store, "Mehmet Yilmaz", &error), >, 0);
  utf16 = g_convert (utf8, -1, "UTF-16LE", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);
  bytes = g_malloc (length + 2);
  memcpy (bytes, "\xFF\xFE", 2);
  memcpy (bytes + 2, utf16, length);
  sg_test_write_file (csv, bytes, (gssize) length + 2);

  import_ok (store, SG_TYPE_ASSET, csv, FALSE, &report, &described);
  g_assert_cmpstr (described, ==, "Tab-separated, UTF-16 LE");
  g_assert_cmpuint (report.n_imported, ==, 2);
  sg_csv_report_clear (&report);

  cells = read_back (store, dir, "Assets|#rows|",
                     "Assets|A-001|Name", "Assets|A-001|Type", "Assets|A-001|Owner", "Assets|A-001|Location",
                     "Assets|A-001|Confidentiality need", "Assets|A-001|Availability need", "Assets|A-001|Notes",
                     "Assets|A-002|Name", "Assets|A-002|Type", "Assets|A-002|Integrity need", NULL);
  if (cells != NULL)
    {
      const char *expected[] = {
        /* The workbook names the protection needs beside their number. */
        "2", "Customer database", "Information", "Mehmet Yilmaz", "Data centre", "3 – Very high", "2 – High",
        "Holds personal data", "Warehouse scanners", "Hardware", "2 – High",
      };

      g_assert_cmpuint (g_strv_length (cells), ==, G_N_ELEMENTS (expected));
      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        g_assert_cmpstr (cells[i], ==, expected[i]);
    }
  g_clear_object (&store);
  sg_test_rmdir (dir);
}

/* A document list as Excel users keep it: a title and an empty row above
 * the header, real date cells, and a quarter where a date is expected. */
static const char documents_xlsx_script[] =
  "import sys, datetime, openpyxl\n"
  "wb = openpyxl.Workbook()\n"
  "ws = wb.active\n"
  "ws.title = 'Dokumente'\n"
  "ws.append(['Dokumentenlenkung 2026'])\n"
  "ws.append([])\n"
  "ws.append(['Ref', 'Title', 'Type', 'Version', 'Owner', 'Status', 'Approved On', 'Next Review'])\n"
  "ws.append(['DOC-010', 'Information security policy', 'Policy', '3.0', 'Jana Petersen', 'Approved',\n"
  "           datetime.datetime(2026, 11, 18), datetime.datetime(2027, 11, 17)])\n"
  "ws.append(['DOC-011', 'Backup procedure', 'Procedure', '1.2', 'Jana Petersen', 'Draft', None, 'Q3 2027'])\n"
  "for row in ws.iter_rows(min_row=4, min_col=7, max_col=8):\n"
  "    for c in row:\n"
  "        c.number_format = 'DD.MM.YYYY'\n"
  "wb.save(sys.argv[1])\n";

static void
check_documents (SgStore    *store,
                 const char *dir)
{
  g_auto(GStrv) cells = read_back (store, dir, "Documents|#rows|",
                                   "Documents|DOC-010|Title", "Documents|DOC-010|Type",
                                   "Documents|DOC-010|Version", "Documents|DOC-010|Owner",
                                   "Documents|DOC-010|Status", "Documents|DOC-010|Approved on",
                                   "Documents|DOC-010|Next review",
                                   "Documents|DOC-011|Status", "Documents|DOC-011|Next review", NULL);

  if (cells != NULL)
    {
      const char *expected[] = {
        "2", "Information security policy", "Policy", "3.0", "Jana Petersen", "Approved", "2026-11-18",
        "2027-11-17", "Draft", "2027-09-30",
      };

      g_assert_cmpuint (g_strv_length (cells), ==, G_N_ELEMENTS (expected));
      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        g_assert_cmpstr (cells[i], ==, expected[i]);
    }
}

static void
test_xlsx_documents (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "Dokumente.xlsx", NULL);
  g_autoptr(SgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *described = NULL;
  SgCsvReport report = { 0 };

  if (!run_python (documents_xlsx_script, xlsx, "openpyxl"))
    {
      sg_test_rmdir (dir);
      return;
    }
  store = sg_test_open_new (path);
  g_assert_cmpint (sg_store_ensure_person (store, "Jana Petersen", &error), >, 0);
  import_ok (store, SG_TYPE_DOCUMENT, xlsx, FALSE, &report, &described);
  g_assert_cmpstr (described, ==, "Sheet “Dokumente”; header on row 3 (the rows above are skipped)");
  g_assert_cmpuint (report.n_imported, ==, 2);
  /* The summary says how the quarter was read. */
  g_assert_cmpuint (report.notes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report.notes, 0), ==,
                   "“Next Review”: 1 quarter read as its last day (Q3 2027 → 2027-09-30).");
  sg_csv_report_clear (&report);
  check_documents (store, dir);
  g_clear_object (&store);
  sg_test_rmdir (dir);
}

/* The same workbook saved by LibreOffice as .ods: its own XML, its own
 * date cells. */
static void
test_ods_documents (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "Dokumente.xlsx", NULL);
  g_autofree char *ods = g_build_filename (dir, "Dokumente.ods", NULL);
  g_autofree char *home = g_build_filename (dir, "home", NULL);
  g_autoptr(SgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *described = NULL;
  g_auto(GStrv) env = g_get_environ ();
  SgCsvReport report = { 0 };
  const char *argv[] = { "soffice", "--headless", "--convert-to", "ods", "--outdir", dir, xlsx, NULL };
  int status;

  if (!sg_test_have_program ("soffice", "libreoffice-calc-nogui") ||
      !run_python (documents_xlsx_script, xlsx, "openpyxl"))
    {
      sg_test_rmdir (dir);
      return;
    }
  /* A profile of its own: no user's LibreOffice is touched or waited for. */
  env = g_environ_setenv (env, "HOME", home, TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (ods, G_FILE_TEST_IS_REGULAR));

  store = sg_test_open_new (path);
  g_assert_cmpint (sg_store_ensure_person (store, "Jana Petersen", &error), >, 0);
  import_ok (store, SG_TYPE_DOCUMENT, ods, FALSE, &report, &described);
  g_assert_cmpstr (described, ==, "Sheet “Dokumente”; header on row 3 (the rows above are skipped)");
  g_assert_cmpuint (report.n_imported, ==, 2);
  sg_csv_report_clear (&report);
  check_documents (store, dir);
  g_clear_object (&store);
  sg_test_rmdir (dir);
}

/* An organisation's SoA spreadsheet fills in the register's Annex A
 * controls by ref ("A.5.1" or "8.13"): none is added, the summary counts
 * the updated ones, a row for no Annex A control is invalid, and with it
 * nothing changes. An update taken back leaves the controls as they were. */
static void
test_controls_update_soa (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "SoA.csv", NULL);
  g_autoptr(SgStore) store = sg_test_open_new (path);
  g_autoptr(SgCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) cells = NULL;
  SgCsvReport report = { 0 };
  GListModel *controls = sg_store_get_records (store, SG_TYPE_CONTROL);
  guint n_controls = g_list_model_get_n_items (controls);
  SgRecord *policies = sg_store_find_by_ref (store, SG_TYPE_CONTROL, "5.1");
  SgRecord *backup = sg_store_find_by_ref (store, SG_TYPE_CONTROL, "8.13");
  g_autofree char *title = g_strdup (sg_record_peek_string (policies, "title"));
  gboolean done = FALSE;

  g_assert_cmpuint (n_controls, ==, 93);
  g_assert_cmpint (sg_store_ensure_person (store, "Jana Petersen", &error), >, 0);
  sg_test_write_file (csv,
                      "Control;Control Name;Applicable?;Justification;Implementation Status;Control Owner;Notes\n"
                      "A.5.1;Policies;Yes;Required by the board;Implemented;Jana Petersen;Reviewed yearly\n"
                      "8.13;Backup;No;Backups are the provider's;;;\n"
                      "A.9.9;Made up;Yes;;;;\n",
                      -1);

  /* One row names no Annex A control: nothing changes. */
  import = sg_csv_import_new (store, SG_TYPE_CONTROL, csv, &error);
  g_assert_no_error (error);
  g_assert_true (sg_csv_import_updates (import));
  /* Before Import the check says what it would do: two controls change,
   * none is created. */
  g_assert_cmpuint (sg_csv_import_get_n_to_update (import), ==, 0);
  g_assert_cmpuint (sg_csv_import_check (import, NULL), ==, 2);
  g_assert_cmpuint (sg_csv_import_get_n_to_update (import), ==, 2);
  g_assert_cmpuint (sg_csv_import_get_n_to_create (import), ==, 0);
  g_assert_false (sg_csv_import_run (import, FALSE, &report, &error));
  g_assert_error (error, SG_CSV_ERROR, SG_CSV_ERROR_INVALID_ROWS);
  g_clear_error (&error);
  g_assert_cmpuint (report.problems->len, ==, 1);
  g_assert_cmpuint (((SgCsvProblem *) g_ptr_array_index (report.problems, 0))->line, ==, 4);
  g_assert_cmpstr (((SgCsvProblem *) g_ptr_array_index (report.problems, 0))->reason, ==,
                   "“A.9.9” is not one of the Controls in the register");
  sg_csv_report_clear (&report);
  g_assert_true (sg_record_peek_boolean (backup, "applicable"));
  g_assert_null (sg_record_peek_string (policies, "justification"));

  /* Begun, stepped and taken back: the controls are as they were. */
  g_assert_true (sg_csv_import_begin (import, TRUE, &error));
  g_assert_no_error (error);
  while (!done)
    g_assert_true (sg_csv_import_step (import, 1, &done, &error));
  g_assert_false (sg_record_peek_boolean (backup, "applicable"));
  sg_csv_import_abort (import);
  g_assert_true (sg_record_peek_boolean (backup, "applicable"));
  g_assert_null (sg_record_peek_string (policies, "justification"));

  /* The valid rows. */
  g_assert_true (sg_csv_import_run (import, TRUE, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_updated, ==, 2);
  g_assert_cmpuint (report.problems->len, ==, 1);
  sg_csv_report_clear (&report);
  g_assert_cmpuint (g_list_model_get_n_items (controls), ==, n_controls);
  /* The standard's title stays. */
  g_assert_cmpstr (sg_record_peek_string (policies, "title"), ==, title);

  /* The same file again changes nothing. */
  g_clear_pointer (&import, sg_csv_import_unref);
  import = sg_csv_import_new (store, SG_TYPE_CONTROL, csv, &error);
  g_assert_cmpuint (sg_csv_import_check (import, NULL), ==, 2);
  g_assert_cmpuint (sg_csv_import_get_n_to_update (import), ==, 0);
  g_assert_true (sg_csv_import_run (import, TRUE, &report, &error));
  g_assert_cmpuint (report.n_updated, ==, 0);
  sg_csv_report_clear (&report);

  cells = read_back (store, dir, "Statement of Applicability|#rows|",
                     "Statement of Applicability|5.1|Title", "Statement of Applicability|5.1|Applicable",
                     "Statement of Applicability|5.1|Justification", "Statement of Applicability|5.1|Implementation",
                     "Statement of Applicability|5.1|Owner", "Statement of Applicability|5.1|Implementation notes",
                     "Statement of Applicability|8.13|Applicable", "Statement of Applicability|8.13|Justification",
                     NULL);
  if (cells != NULL)
    {
      const char *expected[] = {
        "93", title, "Yes", "Required by the board", "Implemented", "Jana Petersen", "Reviewed yearly",
        "No", "Backups are the provider's",
      };

      g_assert_cmpuint (g_strv_length (cells), ==, G_N_ELEMENTS (expected));
      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        g_assert_cmpstr (cells[i], ==, expected[i]);
    }
  g_clear_object (&store);
  sg_test_rmdir (dir);
}

/* A staff list becomes the directory of people; a risk file imported
 * afterwards links its owners to them by name. */
static void
test_people (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autofree char *staff = g_build_filename (dir, "staff.csv", NULL);
  g_autofree char *risks = g_build_filename (dir, "risks.csv", NULL);
  g_autoptr(SgStore) store = sg_test_open_new (path);
  g_auto(GStrv) cells = NULL;
  SgCsvReport report = { 0 };

  sg_test_write_file (staff,
                      "Full Name,Job Title,Department,Email,Active\n"
                      "Nina Koch,Head of IT,IT,nina.koch@example.org,yes\n"
                      "Tom Berger,Warehouse lead,Logistics,,no\n",
                      -1);
  import_ok (store, SG_TYPE_PERSON, staff, FALSE, &report, NULL);
  g_assert_cmpuint (report.n_imported, ==, 2);
  sg_csv_report_clear (&report);

  sg_test_write_file (risks, "Title,Owner\nServer room flood,nina koch\n", -1);
  import_ok (store, SG_TYPE_RISK, risks, FALSE, &report, NULL);
  g_assert_cmpuint (report.notes->len, ==, 0);
  sg_csv_report_clear (&report);

  cells = read_back (store, dir, "People|#rows|",
                     "People|P-001|Name", "People|P-001|Job title or function",
                     "People|P-001|Organisational unit", "People|P-001|E-mail",
                     "People|P-002|Name", "People|P-002|Still with the organisation",
                     "Risk Register|R-001|Owner", NULL);
  if (cells != NULL)
    {
      const char *expected[] = {
        "2", "Nina Koch", "Head of IT", "IT", "nina.koch@example.org", "Tom Berger", "No", "Nina Koch",
      };

      g_assert_cmpuint (g_strv_length (cells), ==, G_N_ELEMENTS (expected));
      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        g_assert_cmpstr (cells[i], ==, expected[i]);
    }
  g_clear_object (&store);
  sg_test_rmdir (dir);
}

/* What a user would notice of a register: its history and its controls'
 * applicability, justification and implementation. */
static char *
register_state (SgStore *store)
{
  GString *out = g_string_new (NULL);
  guint n;
  SgRecord *const *controls = sg_store_peek_records (store, SG_TYPE_CONTROL, &n);

  g_string_append_printf (out, "%u history entries, %u risks, %u people\n", sg_store_count_history (store),
                          g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_RISK)),
                          g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_PERSON)));
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s %d %s %d\n", sg_record_get_ref (controls[i]),
                            sg_record_peek_boolean (controls[i], "applicable"),
                            sg_record_peek_string (controls[i], "justification"),
                            sg_record_peek_enum (controls[i], "implementation"));
  return g_string_free (out, FALSE);
}

/* The fuzzers' corpora (tests/fuzz/csv and sheet: among them a zip that
 * is no spreadsheet, a sheet declaring 300 MB, entity expansion, a
 * million empty rows in .xlsx and .ods, a 10 MB cell) run through the
 * import into risks, controls and people in the ordinary build: each
 * file is refused with one message of one line, or read, checked, added
 * or updated and taken back — and the register is as it was. */
static void
test_fuzz_corpus (void)
{
  const char *root = g_getenv ("SAFEGUARD_SOURCE_ROOT");
  const char *corpora[] = { "csv", "sheet" };
  const GType kinds[] = { SG_TYPE_RISK, SG_TYPE_CONTROL, SG_TYPE_PERSON };
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autoptr(SgStore) store = sg_test_open_new (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  guint n_files = 0, n_refused = 0;

  g_assert_nonnull (root);
  g_assert_cmpint (sg_store_ensure_person (store, "Jana", &error), >, 0);
  before = register_state (store);
  for (guint c = 0; c < G_N_ELEMENTS (corpora); c++)
    {
      g_autofree char *corpus = g_build_filename (root, "tests", "fuzz", corpora[c], NULL);
      g_autoptr(GDir) files = g_dir_open (corpus, 0, &error);
      const char *name;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (files)) != NULL)
        {
          g_autofree char *file = g_build_filename (corpus, name, NULL);

          n_files++;
          for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
            {
              g_autoptr(SgCsvImport) import = sg_csv_import_new (store, kinds[k], file, &error);
              g_autofree char *after = NULL;
              SgCsvReport report = { 0 };
              gboolean done = FALSE;

              if (import == NULL)
                {
                  g_assert_nonnull (error);
                  g_assert_cmpstr (error->message, !=, "");
                  g_assert_null (strchr (error->message, '\n'));
                  g_clear_error (&error);
                  n_refused++;
                  continue;
                }
              sg_csv_import_check (import, &report);
              sg_csv_report_clear (&report);
              if (sg_csv_import_begin (import, TRUE, &error))
                {
                  while (!done && sg_csv_import_step (import, 64, &done, &error))
                    ;
                  sg_csv_import_abort (import);
                }
              g_clear_error (&error);
              after = register_state (store);
              if (g_strcmp0 (before, after) != 0)
                g_error ("importing %s/%s into %s changed the register", corpora[c], name,
                         g_type_name (kinds[k]));
            }
        }
    }
  g_test_message ("%u files, %u refusals", n_files, n_refused);
  g_assert_cmpuint (n_files, >, 900);
  g_assert_cmpuint (n_refused, >, 0);
  g_clear_object (&store);
  sg_test_rmdir (dir);
}

/* The command line's names of the kinds, and what an unknown one says. */
static void
test_kind_names (void)
{
  g_autofree char *names = sg_import_kind_list_names ();
  g_autofree char *risks = sg_import_kind_get_name (SG_TYPE_RISK);

  g_assert_cmpstr (risks, ==, "risks");
  g_assert_true (sg_import_kind_from_name ("assets") == SG_TYPE_ASSET);
  g_assert_true (sg_import_kind_from_name ("Controls") == SG_TYPE_CONTROL);
  g_assert_true (sg_import_kind_from_name ("people") == SG_TYPE_PERSON);
  g_assert_true (sg_import_kind_from_name ("person") == SG_TYPE_PERSON);
  g_assert_true (sg_import_kind_from_name ("interested-parties") != G_TYPE_INVALID);
  g_assert_true (sg_import_kind_from_name ("interested_party") == sg_import_kind_from_name ("interested-parties"));
  g_assert_true (sg_import_kind_from_name ("widgets") == G_TYPE_INVALID);
  /* The risk method's parts have no page of their own. */
  g_assert_true (sg_import_kind_from_name ("scale-levels") == G_TYPE_INVALID);
  g_assert_nonnull (strstr (names, "risks, "));
  g_assert_nonnull (strstr (names, "assets"));
  g_assert_nonnull (strstr (names, "controls"));
  g_assert_nonnull (strstr (names, "documents"));
}

static void
test_cli (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "in.csv", NULL);
  g_autofree char *import_arg = g_strdup_printf ("--import=%s", csv);
  g_autofree char *import_csv_arg = g_strdup_printf ("--import-csv=%s", csv);
  SgTestRun run = { 0 };

  sg_test_write_file (csv, "Ref,Name,Applicable,Justification\nA.5.1,Laptop,No,Nobody reads policies\n", -1);

  /* An unknown kind: one message naming the valid ones; no register. */
  sg_test_run_safeguard (&run, import_arg, "--into=widgets", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "safeguard: --into=widgets is no kind of record to import into; "
                                            "use one of: "));
  g_assert_nonnull (strstr (run.err, "risks, "));
  g_assert_nonnull (strstr (run.err, "controls"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, import_arg, "--into=controls", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Controls: 1 updated in r.isms.\n");
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, import_arg, "--into=assets", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Assets: 1 imported into r.isms.\n");
  sg_test_run_clear (&run);

  /* --import-csv stays the risks'. */
  sg_test_write_file (csv, "Title\nFlood\n", -1);
  sg_test_run_safeguard (&run, import_csv_arg, path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Imported 1 risk into r.isms.\n");
  sg_test_run_clear (&run);

  sg_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-kinds/german-csv", test_german_csv);
  g_test_add_func ("/import-kinds/utf16-assets", test_utf16_assets);
  g_test_add_func ("/import-kinds/xlsx-documents", test_xlsx_documents);
  g_test_add_func ("/import-kinds/ods-documents", test_ods_documents);
  g_test_add_func ("/import-kinds/controls-update-soa", test_controls_update_soa);
  g_test_add_func ("/import-kinds/people", test_people);
  g_test_add_func ("/import-kinds/fuzz-corpus", test_fuzz_corpus);
  g_test_add_func ("/import-kinds/kind-names", test_kind_names);
  g_test_add_func ("/import-kinds/cli", test_cli);
  return g_test_run ();
}
