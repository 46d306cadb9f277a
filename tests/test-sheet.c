/* test-sheet.c: the files people bring — German Excel CSV, UTF-16, .xlsx, .ods, dates, bad files
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "sg-csv-import.h"
#include "sg-import-date.h"
#include "sg-risk.h"
#include "sg-sheet-reader.h"
#include "sg-store.h"
#include "sg-test-util.h"

static const char *
risk_field (SgStore    *store,
            const char *ref,
            const char *field)
{
  SgRecord *risk = sg_store_find_by_ref (store, SG_TYPE_RISK, ref);

  g_assert_nonnull (risk);
  return sg_record_peek_string (risk, field);
}

/* Runs a Python script (Debian's interpreter, with openpyxl for
 * workbooks) with @out as its argument; FALSE (the test skipped) without it. */
static gboolean
run_python (const char *script,
            const char *out,
            const char *module)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "/usr/bin/python3", "-c", script, out, NULL };
  g_autofree char *err = NULL;
  int status = 0;

  if (!sg_test_have_program (argv[0], "python3"))
    return FALSE;
  if (module != NULL && !sg_test_have_python_module (module, "python3-openpyxl"))
    return FALSE;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("the script failed: %s", err);
  return TRUE;
}

/* Imports @file into a new register in @dir; returns the store. */
static SgStore *
import_into_new (const char            *dir,
                 const char            *file,
                 const SgSheetOptions  *options,
                 SgCsvReport           *report,
                 char                 **described)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "register.isms", NULL);
  g_autoptr(SgCsvImport) import = NULL;
  SgStore *store;

  sg_store_delete_files (path);
  store = sg_test_open_new (path);
  import = sg_csv_import_new_full (store, SG_TYPE_RISK, file, options, &error);
  g_assert_no_error (error);
  if (described != NULL)
    *described = sg_sheet_info_describe (sg_csv_import_get_info (import));
  sg_csv_import_run (import, FALSE, report, &error);
  g_assert_no_error (error);
  return store;
}

static void
test_date_parse (void)
{
  static const struct { const char *text; SgDateOrder order; const char *iso; SgDateForm form; } cases[] = {
    { "2027-03-31", SG_DATE_ORDER_AUTO, "2027-03-31", SG_DATE_FORM_ISO },
    { "2027-03-31T00:00:00", SG_DATE_ORDER_AUTO, "2027-03-31", SG_DATE_FORM_ISO },
    { "2027-02-29", SG_DATE_ORDER_AUTO, NULL, SG_DATE_FORM_NONE },
    { "31.03.2027", SG_DATE_ORDER_AUTO, "2027-03-31", SG_DATE_FORM_DOTTED },
    { "1.4.2027", SG_DATE_ORDER_MONTH_FIRST, "2027-04-01", SG_DATE_FORM_DOTTED },  /* dots: always day first */
    { "31.02.2027", SG_DATE_ORDER_AUTO, NULL, SG_DATE_FORM_NONE },
    { "31/03/2027", SG_DATE_ORDER_AUTO, "2027-03-31", SG_DATE_FORM_SLASHED },
    { "03/31/2027", SG_DATE_ORDER_AUTO, "2027-03-31", SG_DATE_FORM_SLASHED },
    { "03/04/2027", SG_DATE_ORDER_AUTO, "2027-04-03", SG_DATE_FORM_SLASHED },
    { "03/04/2027", SG_DATE_ORDER_DAY_FIRST, "2027-04-03", SG_DATE_FORM_SLASHED },
    { "03/04/2027", SG_DATE_ORDER_MONTH_FIRST, "2027-03-04", SG_DATE_FORM_SLASHED },
    { "31/03/2027", SG_DATE_ORDER_MONTH_FIRST, NULL, SG_DATE_FORM_NONE },
    { "31-03-2027", SG_DATE_ORDER_AUTO, "2027-03-31", SG_DATE_FORM_SLASHED },
    { "3/4/27", SG_DATE_ORDER_AUTO, NULL, SG_DATE_FORM_NONE },
    { "31/03.2027", SG_DATE_ORDER_AUTO, NULL, SG_DATE_FORM_NONE },
    { "46477", SG_DATE_ORDER_AUTO, "2027-03-31", SG_DATE_FORM_SERIAL },
    { "46477.75", SG_DATE_ORDER_AUTO, "2027-03-31", SG_DATE_FORM_SERIAL },
    { "2027", SG_DATE_ORDER_AUTO, NULL, SG_DATE_FORM_NONE },            /* a year is no day number */
    { "999999", SG_DATE_ORDER_AUTO, NULL, SG_DATE_FORM_NONE },
    { "-46477", SG_DATE_ORDER_AUTO, NULL, SG_DATE_FORM_NONE },
    { "Q3 2024", SG_DATE_ORDER_AUTO, "2024-09-30", SG_DATE_FORM_QUARTER },
    { "q1/2025", SG_DATE_ORDER_AUTO, "2025-03-31", SG_DATE_FORM_QUARTER },
    { "2024-Q4", SG_DATE_ORDER_AUTO, "2024-12-31", SG_DATE_FORM_QUARTER },
    { "2024 Q2", SG_DATE_ORDER_AUTO, "2024-06-30", SG_DATE_FORM_QUARTER },
    { "Q5 2024", SG_DATE_ORDER_AUTO, NULL, SG_DATE_FORM_NONE },
    { "next week", SG_DATE_ORDER_AUTO, NULL, SG_DATE_FORM_NONE },
    { "", SG_DATE_ORDER_AUTO, NULL, SG_DATE_FORM_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SgDateForm form = SG_DATE_FORM_ISO;
      g_autofree char *iso = sg_import_date_parse (cases[i].text, cases[i].order, &form);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpstr (iso, ==, cases[i].iso);
      g_assert_cmpint (form, ==, cases[i].form);
    }

  /* Excel's day numbers around its 1900 leap-year mistake, and 1904 workbooks. */
  {
    g_autofree char *d1 = sg_import_date_from_serial (1, FALSE);
    g_autofree char *d59 = sg_import_date_from_serial (59, FALSE);
    g_autofree char *d61 = sg_import_date_from_serial (61, FALSE);
    g_autofree char *d1904 = sg_import_date_from_serial (0, TRUE);
    g_autofree char *d0 = sg_import_date_from_serial (0, FALSE);

    g_assert_cmpstr (d1, ==, "1900-01-01");
    g_assert_cmpstr (d59, ==, "1900-02-28");
    g_assert_cmpstr (d61, ==, "1900-03-01");
    g_assert_cmpstr (d1904, ==, "1904-01-01");
    g_assert_null (d0);
  }
}

/* What a German Excel saves as "CSV (Trennzeichen-getrennt)". */
static void
test_german_csv (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *csv = g_build_filename (dir, "risiken.csv", NULL);
  g_autofree char *described = NULL;
  g_autoptr(SgStore) store = NULL;
  SgCsvReport report = { 0 };

  sg_test_write_file (csv,
                      "Risikoregister der Nordwind Logistik GmbH\r\n"
                      "\r\n"
                      "Risiko-Nr.;Titel;Beschreibung;Verantwortlich;F\xe4llig\r\n"
                      "R-100;Stra\xdf" "enbau besch\xe4" "digt Glasfaser;\"Bagger; Leitung, \xbb" "durchtrennt\xab\";J\xfcrgen M\xfcller;31.03.2027\r\n"
                      "R-101;Ausfall der K\xfchlung;;Jana Petersen;01.12.2026\r\n",
                      -1);
  store = import_into_new (dir, csv, NULL, &report, &described);
  /* The title line above has no semicolon: the delimiter is still found. */
  g_assert_cmpstr (described, ==, "Semicolon-separated, Windows-1252; header on row 3 (the rows above are skipped)");
  g_assert_cmpuint (report.n_imported, ==, 2);
  g_assert_cmpstr (risk_field (store, "R-100", "title"), ==, "Straßenbau beschädigt Glasfaser");
  g_assert_cmpstr (risk_field (store, "R-100", "description"), ==, "Bagger; Leitung, »durchtrennt«");
  g_assert_cmpstr (risk_field (store, "R-100", "treatment-due"), ==, "2027-03-31");
  g_assert_cmpstr (risk_field (store, "R-101", "title"), ==, "Ausfall der Kühlung");
  g_assert_cmpstr (risk_field (store, "R-101", "treatment-due"), ==, "2026-12-01");
  sg_csv_report_clear (&report);
  g_clear_object (&store);
  sg_test_rmdir (dir);
}

static void
test_delimiter_message (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "register.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "in.csv", NULL);
  g_autoptr(SgStore) store = sg_test_open_new (path);
  g_autoptr(GError) error = NULL;
  SgSheetOptions options = { { SG_TEXT_ENCODING_AUTO, ',' }, NULL };
  g_autoptr(SgCsvImport) import = NULL;

  sg_test_write_file (csv, "Title;Owner\r\nA;Jana\r\nB;Tom\r\n", -1);
  import = sg_csv_import_new_full (store, SG_TYPE_RISK, csv, &options, &error);
  g_assert_null (import);
  g_assert_error (error, SG_CSV_ERROR, SG_CSV_ERROR_DELIMITER);
  g_assert_nonnull (strstr (error->message, "semicolon"));
  g_clear_error (&error);

  /* Tabs are found as well. */
  sg_test_write_file (csv, "Title\tOwner\r\nA\tJana\r\n", -1);
  import = sg_csv_import_new_full (store, SG_TYPE_RISK, csv, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sg_csv_import_get_info (import)->csv.delimiter, ==, '\t');
  g_assert_cmpuint (sg_csv_import_get_n_columns (import), ==, 2);
  g_clear_object (&store);
  sg_test_rmdir (dir);
}

static void
test_utf16 (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *csv = g_build_filename (dir, "in.csv", NULL);
  const char *text = "Ref\tTitle\tDue Date\r\nR-007\tÜberschwemmung im Keller\t2027-06-30\r\n";

  for (guint big_endian = 0; big_endian < 2; big_endian++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *described = NULL;
      g_autoptr(SgStore) store = NULL;
      gsize n = 0;
      g_autofree char *utf16 = g_convert (text, -1, big_endian ? "UTF-16BE" : "UTF-16LE", "UTF-8", NULL, &n, &error);
      g_autofree char *bytes = g_malloc (n + 2);
      SgCsvReport report = { 0 };

      g_assert_no_error (error);
      memcpy (bytes, big_endian ? "\xFE\xFF" : "\xFF\xFE", 2);
      memcpy (bytes + 2, utf16, n);
      sg_test_write_file (csv, bytes, (gssize) n + 2);
      store = import_into_new (dir, csv, NULL, &report, &described);
      g_assert_cmpstr (described, ==, big_endian ? "Tab-separated, UTF-16 BE" : "Tab-separated, UTF-16 LE");
      g_assert_cmpstr (risk_field (store, "R-007", "title"), ==, "Überschwemmung im Keller");
      g_assert_cmpstr (risk_field (store, "R-007", "treatment-due"), ==, "2027-06-30");
      sg_csv_report_clear (&report);
    }
  sg_test_rmdir (dir);
}

/* Quarters, day numbers and a column whose dates fit both orders. */
static void
test_dates (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *csv = g_build_filename (dir, "in.csv", NULL);
  g_autoptr(SgStore) store = NULL;
  SgCsvReport report = { 0 };

  sg_test_write_file (csv,
                      "Ref,Title,Due Date,Next Review\r\n"
                      "R-001,A,Q3 2024,03/04/2027\r\n"
                      "R-002,B,46477,05/06/2027\r\n"
                      "R-003,C,2027-01-15,\r\n",
                      -1);
  store = import_into_new (dir, csv, NULL, &report, NULL);
  g_assert_cmpstr (risk_field (store, "R-001", "treatment-due"), ==, "2024-09-30");
  g_assert_cmpstr (risk_field (store, "R-002", "treatment-due"), ==, "2027-03-31");
  g_assert_cmpstr (risk_field (store, "R-001", "next-review"), ==, "2027-04-03");
  g_assert_cmpuint (report.notes->len, ==, 3);
  g_assert_nonnull (strstr (g_ptr_array_index (report.notes, 0), "“Due Date”: 1 quarter read as its last day (Q3 2024 → 2024-09-30)"));
  g_assert_nonnull (strstr (g_ptr_array_index (report.notes, 1), "“Due Date”: 1 number read as an Excel date"));
  g_assert_nonnull (strstr (g_ptr_array_index (report.notes, 2), "“Next Review”: every date fits both"));
  sg_csv_report_clear (&report);
  g_clear_object (&store);

  /* One value that fits only month first decides the whole column. */
  sg_test_write_file (csv,
                      "Ref,Title,Due Date\r\n"
                      "R-001,A,03/04/2027\r\n"
                      "R-002,B,03/31/2027\r\n",
                      -1);
  store = import_into_new (dir, csv, NULL, &report, NULL);
  g_assert_cmpstr (risk_field (store, "R-001", "treatment-due"), ==, "2027-03-04");
  g_assert_cmpstr (risk_field (store, "R-002", "treatment-due"), ==, "2027-03-31");
  g_assert_cmpuint (report.notes->len, ==, 0);
  sg_csv_report_clear (&report);
  g_clear_object (&store);
  sg_test_rmdir (dir);
}

/* openpyxl writes inline strings; two cells are turned into shared
 * strings afterwards (one of rich-text runs with a phonetic guide), as
 * Excel writes them. Dates are real date cells, one with a built-in
 * format, one with a custom one. */
static const char xlsx_script[] =
  "import sys, datetime, zipfile, re, openpyxl\n"
  "wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Risiken 2026'\n"
  "ws.append(['Risk register of Nordwind Logistics'])\n"
  "ws.append([])\n"
  "ws.append(['Risk ID', 'Title', 'Likelihood', 'Impact', 'Due Date', 'Next Review', 'Comment'])\n"
  "ws.append(['R-100', 'Ransomware', 3, 4, datetime.date(2027, 3, 31), datetime.datetime(2027, 1, 15, 9, 30), 'x'])\n"
  "ws.append(['R-101', 'Lost laptop & data', 2, 5, datetime.date(2026, 12, 1), None, 12.5])\n"
  "ws['E5'].number_format = 'mm-dd-yy'\n"
  "ws['E4'].number_format = 'DD.MM.YYYY'\n"
  "wb.create_sheet('Assets').append(['Ref', 'Title'])\n"
  "wb['Assets'].append(['A-1', 'Laptop'])\n"
  "tmp = sys.argv[1] + '.tmp'\n"
  "wb.save(tmp)\n"
  "SST = '<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>R-100</t></si>'\\\n"
  "      '<si><r><t>Ransomware on </t></r><r><rPr><b/></rPr><t>the file server</t></r><rPh sb=\"0\" eb=\"1\"><t>RANSOM</t></rPh></si></sst>'\n"
  "zin = zipfile.ZipFile(tmp); zout = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)\n"
  "for item in zin.infolist():\n"
  "    data = zin.read(item.filename)\n"
  "    if item.filename == 'xl/worksheets/sheet1.xml':\n"
  "        data = data.replace(b'<c r=\"A4\" t=\"inlineStr\"><is><t>R-100</t></is></c>', b'<c r=\"A4\" t=\"s\"><v>0</v></c>')\n"
  "        data = data.replace(b'<c r=\"B4\" t=\"inlineStr\"><is><t>Ransomware</t></is></c>', b'<c r=\"B4\" t=\"s\"><v>1</v></c>')\n"
  "        assert data.count(b't=\"s\"') == 2, data\n"
  "    elif item.filename == 'xl/_rels/workbook.xml.rels':\n"
  "        data = data.replace(b'</Relationships>', b'<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>')\n"
  "    elif item.filename == '[Content_Types].xml':\n"
  "        data = data.replace(b'</Types>', b'<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>')\n"
  "    zout.writestr(item, data)\n"
  "zout.writestr('xl/sharedStrings.xml', SST)\n"
  "zout.close()\n";

static void
test_xlsx (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *xlsx = g_build_filename (dir, "risks.xlsx", NULL);
  g_autofree char *described = NULL;
  g_autoptr(SgStore) store = NULL;
  SgSheetOptions options = { { SG_TEXT_ENCODING_AUTO, 0 }, "Assets" };
  SgCsvReport report = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  SgSheetInfo info = { 0 };

  if (!run_python (xlsx_script, xlsx, "openpyxl"))
    return;
  store = import_into_new (dir, xlsx, NULL, &report, &described);
  g_assert_cmpstr (described, ==, "Sheet “Risiken 2026”; header on row 3 (the rows above are skipped)");
  g_assert_cmpuint (report.n_imported, ==, 2);
  g_assert_cmpstr (risk_field (store, "R-100", "title"), ==, "Ransomware on the file server");
  g_assert_cmpstr (risk_field (store, "R-100", "treatment-due"), ==, "2027-03-31");
  g_assert_cmpstr (risk_field (store, "R-100", "next-review"), ==, "2027-01-15");
  g_assert_cmpstr (risk_field (store, "R-101", "title"), ==, "Lost laptop & data");
  g_assert_cmpstr (risk_field (store, "R-101", "treatment-due"), ==, "2026-12-01");
  /* "Comment" is one of the names of a risk's notes. */
  g_assert_cmpstr (risk_field (store, "R-101", "notes"), ==, "12.5");
  sg_csv_report_clear (&report);
  g_clear_object (&store);

  /* Another sheet, by name; every sheet's name is known. */
  rows = sg_sheet_read (xlsx, &options, &info, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (info.sheet, ==, "Assets");
  g_assert_cmpuint (g_strv_length (info.sheets), ==, 2);
  g_assert_cmpstr (info.sheets[0], ==, "Risiken 2026");
  g_assert_cmpstr (g_ptr_array_index (((SgCsvRow *) g_ptr_array_index (rows, 1))->cells, 1), ==, "Laptop");
  sg_sheet_info_clear (&info);
  sg_test_rmdir (dir);
}

/* A minimal .ods as the OpenDocument standard has it (mimetype first and
 * stored), with what LibreOffice writes: repeated cells and rows, the
 * empty rest of the sheet as one repeated row, date and float cells. */
static const char ods_script[] =
  "import sys, zipfile\n"
  "T = 'xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" '\\\n"
  "    'xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" '\\\n"
  "    'xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"'\n"
  "def cell(text, attrs=''):\n"
  "    return '<table:table-cell %s><text:p>%s</text:p></table:table-cell>' % (attrs, text)\n"
  "rows = [\n"
  "  cell('Risikoregister 2026') + '<table:table-cell table:number-columns-repeated=\"1023\"/>',\n"
  "  '<table:table-cell table:number-columns-repeated=\"5\"/>',\n"
  "  cell('Ref') + cell('Title') + cell('Likelihood') + cell('Due Date') + cell('Owner'),\n"
  "  cell('R-200') + cell('Flood in the <text:span>server</text:span><text:s text:c=\"2\"/>room') + cell('4', 'office:value-type=\"float\" office:value=\"4\"')\n"
  "    + cell('31.03.27', 'office:value-type=\"date\" office:date-value=\"2027-03-31\"') + cell('Mira Okafor'),\n"
  "  cell('R-201') + cell('Two<text:line-break/>lines') + '<table:table-cell/>' + cell('Q2 2027') + '<table:table-cell table:number-columns-repeated=\"1019\"/>',\n"
  "]\n"
  "body = ''.join('<table:table-row>%s</table:table-row>' % r for r in rows)\n"
  "body += '<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>'\n"
  "content = ('<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content %s office:version=\"1.2\">'\n"
  "  '<office:body><office:spreadsheet><table:table table:name=\"Risks\">%s</table:table>'\n"
  "  '<table:table table:name=\"Empty\"/></office:spreadsheet></office:body></office:document-content>') % (T, body)\n"
  "z = zipfile.ZipFile(sys.argv[1], 'w')\n"
  "z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.spreadsheet')\n"
  "z.writestr('META-INF/manifest.xml', '<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>', zipfile.ZIP_DEFLATED)\n"
  "z.writestr('content.xml', content, zipfile.ZIP_DEFLATED)\n"
  "z.close()\n";

static void
test_ods (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *ods = g_build_filename (dir, "risks.ods", NULL);
  g_autofree char *described = NULL;
  g_autoptr(SgStore) store = NULL;
  SgCsvReport report = { 0 };

  if (!run_python (ods_script, ods, NULL))
    return;
  store = import_into_new (dir, ods, NULL, &report, &described);
  g_assert_cmpstr (described, ==, "Sheet “Risks”; header on row 3 (the rows above are skipped)");
  g_assert_cmpuint (report.n_imported, ==, 2);
  g_assert_cmpstr (risk_field (store, "R-200", "title"), ==, "Flood in the server  room");
  g_assert_cmpstr (risk_field (store, "R-200", "treatment-due"), ==, "2027-03-31");
  g_assert_cmpstr (risk_field (store, "R-201", "title"), ==, "Two\nlines");
  g_assert_cmpstr (risk_field (store, "R-201", "treatment-due"), ==, "2027-06-30");
  /* The quarter, and the owner the register does not know. */
  g_assert_cmpuint (report.notes->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (report.notes, 1), "“Mira Okafor”"));
  g_assert_cmpstr (risk_field (store, "R-200", "notes"), ==, "Owner: Mira Okafor");
  sg_csv_report_clear (&report);
  g_clear_object (&store);
  sg_test_rmdir (dir);
}

/* The same workbook as LibreOffice saves it, when it is installed. */
static void
test_ods_libreoffice (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *xlsx = g_build_filename (dir, "risks.xlsx", NULL);
  g_autofree char *ods = g_build_filename (dir, "risks.ods", NULL);
  g_autofree char *described = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autofree char *home = g_strdup_printf ("HOME=%s", dir);
  const char *argv[] = { "env", home, "soffice", "--headless", "--convert-to", "ods", "--outdir", dir, xlsx, NULL };
  SgCsvReport report = { 0 };
  int status = 0;

  if (!sg_test_have_program ("soffice", "libreoffice-calc-nogui") || !run_python (xlsx_script, xlsx, "openpyxl"))
    return;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (ods, G_FILE_TEST_IS_REGULAR));
  store = import_into_new (dir, ods, NULL, &report, &described);
  g_assert_cmpstr (described, ==, "Sheet “Risiken 2026”; header on row 3 (the rows above are skipped)");
  g_assert_cmpstr (risk_field (store, "R-100", "treatment-due"), ==, "2027-03-31");
  g_assert_cmpstr (risk_field (store, "R-100", "next-review"), ==, "2027-01-15");
  g_assert_cmpstr (risk_field (store, "R-101", "title"), ==, "Lost laptop & data");
  sg_csv_report_clear (&report);
  g_clear_object (&store);
  sg_test_rmdir (dir);
}

/* Files that must be refused with their own message, or bounded. */
static const char bad_script[] =
  "import sys, zipfile, os\n"
  "d = sys.argv[1]\n"
  "def xlsx(name, sheet, strings=None):\n"
  "    z = zipfile.ZipFile(os.path.join(d, name), 'w', zipfile.ZIP_DEFLATED)\n"
  "    z.writestr('[Content_Types].xml', '<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>')\n"
  "    z.writestr('xl/workbook.xml', '<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>')\n"
  "    z.writestr('xl/_rels/workbook.xml.rels', '<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>')\n"
  "    if callable(sheet):\n"
  "        with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=True) as f: sheet(f)\n"
  "    else:\n"
  "        z.writestr('xl/worksheets/sheet1.xml', sheet)\n"
  "    z.close()\n"
  "HEAD = '<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>'\n"
  "TAIL = '</sheetData></worksheet>'\n"
  "GOOD = '<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Title</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>A risk</t></is></c></row>'\n"
  "z = zipfile.ZipFile(os.path.join(d, 'not-a-sheet.zip'), 'w'); z.writestr('readme.txt', 'hello'); z.close()\n"
  "z = zipfile.ZipFile(os.path.join(d, 'document.odt'), 'w'); z.writestr('mimetype', 'application/vnd.oasis.opendocument.text'); z.writestr('content.xml', '<x/>'); z.close()\n"
  "def bomb(f):\n"
  "    f.write(HEAD.encode())\n"
  "    block = b' ' * (1024 * 1024)\n"
  "    for i in range(201): f.write(block)\n"
  "    f.write(TAIL.encode())\n"
  "xlsx('bomb.xlsx', bomb)\n"
  "laughs = '<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">' + ''.join('<!ENTITY lol%d \"%s\">' % (i, ('&lol%d;' % (i - 1) if i else '&lol;') * 10) for i in range(10)) + ']>'\n"
  "xlsx('entities.xlsx', laughs + HEAD + '<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>' + TAIL)\n"
  "def million(f):\n"
  "    f.write((HEAD + GOOD).encode())\n"
  "    for i in range(3, 1000003): f.write(b'<row r=\"%d\"/>' % i)\n"
  "    f.write(TAIL.encode())\n"
  "xlsx('million.xlsx', million)\n"
  "xlsx('big-cell.xlsx', HEAD + GOOD + '<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>' + 'x' * (10 * 1024 * 1024) + '</t></is></c></row>' + TAIL)\n"
  "xlsx('far-column.xlsx', HEAD + GOOD + '<row r=\"3\"><c r=\"XFD3\"><v>1</v></c></row>' + TAIL)\n"
  "xlsx('broken.xlsx', HEAD + '<row r=\"1\"><c r=\"A1\"')\n"
  "xlsx('far-row.xlsx', HEAD + GOOD + '<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>' + TAIL)\n";

typedef struct
{
  const char *name;
  int         code;
  const char *message;
  guint       n_imported;  /* when it is bounded, not refused */
} BadSheet;

static void
test_bad_input (void)
{
  static const BadSheet bad[] = {
    { "not-a-sheet.zip", SG_CSV_ERROR_NOT_A_SHEET, "neither an Excel workbook (.xlsx) nor an OpenDocument spreadsheet", 0 },
    { "document.odt", SG_CSV_ERROR_NOT_A_SHEET, "neither an Excel workbook", 0 },
    { "bomb.xlsx", SG_CSV_ERROR_TOO_LARGE, "“xl/worksheets/sheet1.xml” would take more than 200 MB unpacked", 0 },
    { "entities.xlsx", SG_CSV_ERROR_UNSAFE, "declares a document type", 0 },
    { "million.xlsx", -1, NULL, 1 },
    { "big-cell.xlsx", SG_CSV_ERROR_TOO_LARGE, "more than 1 MiB", 0 },
    { "far-column.xlsx", SG_CSV_ERROR_TOO_LARGE, "Row 3 has a value beyond column 1024", 0 },
    { "broken.xlsx", SG_CSV_ERROR_NOT_A_SHEET, "The workbook is damaged", 0 },
    { "far-row.xlsx", SG_CSV_ERROR_TOO_LARGE, "values below row 1048576", 0 },
    { "truncated.xlsx", SG_CSV_ERROR_NOT_A_SHEET, "damaged zip archive", 0 },
    { "old.xls", SG_CSV_ERROR_NOT_A_SHEET, "Excel 97–2003", 0 },
    { "folder", SG_CSV_ERROR_NOT_A_FILE, "is a folder", 0 },
    { "/dev/null", SG_CSV_ERROR_NOT_A_FILE, "is not a file but a device", 0 },
    { "missing.csv", SG_CSV_ERROR_NOT_A_FILE, "no such file", 0 },
    { "unreadable.csv", SG_CSV_ERROR_NOT_A_FILE, "you may not read this file", 0 },
  };
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autofree char *before = NULL;
  g_autoptr(SgStore) store = sg_test_open_new (path);
  g_autofree char *folder = g_build_filename (dir, "folder", NULL);
  g_autofree char *unreadable = g_build_filename (dir, "unreadable.csv", NULL);
  g_autofree char *truncated = g_build_filename (dir, "truncated.xlsx", NULL);
  g_autofree char *bomb = g_build_filename (dir, "bomb.xlsx", NULL);
  g_autofree char *old = g_build_filename (dir, "old.xls", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_clear_object (&store);
  before = sg_test_checksum (path);
  if (!run_python (bad_script, dir, NULL))
    return;
  g_mkdir (folder, 0700);
  sg_test_write_file (unreadable, "Title\r\nA\r\n", -1);
  g_chmod (unreadable, 0);
  g_assert_true (g_file_get_contents (bomb, &contents, &length, NULL));
  sg_test_write_file (truncated, contents, (gssize) length / 2);
  sg_test_write_file (old, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 and more", -1);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SgCsvImport) import = NULL;
      g_autofree char *file = g_path_is_absolute (bad[i].name) ? g_strdup (bad[i].name)
                                                                : g_build_filename (dir, bad[i].name, NULL);
      g_autofree char *after = NULL;
      SgCsvReport report = { 0 };

      g_test_message ("%s", bad[i].name);
      if (g_str_equal (bad[i].name, "unreadable.csv") && geteuid () == 0)
        {
          g_test_message ("skipped: root reads every file");
          continue;
        }
      /* What is bounded imports, into a register of its own. */
      if (bad[i].message == NULL)
        {
          g_autofree char *other = g_build_filename (dir, "bounded.isms", NULL);

          store = sg_test_open_new (other);
          import = sg_csv_import_new (store, SG_TYPE_RISK, file, &error);
          g_assert_no_error (error);
          g_assert_true (sg_csv_import_run (import, FALSE, &report, &error));
          g_assert_no_error (error);
          g_assert_cmpuint (report.n_imported, ==, bad[i].n_imported);
          sg_csv_report_clear (&report);
          g_clear_pointer (&import, sg_csv_import_unref);
          g_clear_object (&store);
          continue;
        }
      store = sg_test_open_new (path);
      import = sg_csv_import_new (store, SG_TYPE_RISK, file, &error);
      g_assert_null (import);
      g_assert_error (error, SG_CSV_ERROR, bad[i].code);
      g_assert_nonnull (strstr (error->message, bad[i].message));
      g_assert_cmpuint (sg_test_count_risks (store), ==, 0);
      g_clear_object (&store);
      after = sg_test_checksum (path);
      g_assert_cmpstr (before, ==, after);
    }
  sg_test_rmdir (dir);
}

/* --import (and its old name), --delimiter, --encoding, --sheet, and
 * the messages of files that are no files. */
static void
test_cli (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "register.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "in.csv", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "risks.xlsx", NULL);
  g_autofree char *import_csv = g_strdup_printf ("--import=%s", csv);
  g_autofree char *import_xlsx = g_strdup_printf ("--import=%s", xlsx);
  g_autofree char *import_dir = g_strdup_printf ("--import-csv=%s", dir);
  SgTestRun run = { 0 };

  sg_test_write_file (csv, "Titel;F\xe4llig\r\nStra\xdf" "enbau;03/04/2027\r\nK\xfchlung;05/06/2027\r\n", -1);
  sg_test_run_safeguard (&run, import_csv, "--delimiter=comma", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "semicolon"));
  sg_test_run_clear (&run);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  sg_test_run_safeguard (&run, import_csv, "--delimiter=semicolon", "--encoding=utf-8", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "is not valid UTF-8"));
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, import_csv, "--delimiter=tab", "--encoding=latin1", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, import_csv, "--delimiter=pipe", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "safeguard: --delimiter must be comma, semicolon or tab\n");
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, import_csv, path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_suffix (run.out, "in.csv” as: Semicolon-separated, Windows-1252.\n"
                                            "“Fällig”: every date fits both day/month/year and month/day/year; "
                                            "they were read as day/month/year (03/04/2027 is 3 April 2027).\n"
                                            "Imported 2 risks into register.isms.\n"));
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, import_dir, path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "is a folder"));
  sg_test_run_clear (&run);

  if (run_python (xlsx_script, xlsx, "openpyxl"))
    {
      sg_test_run_safeguard (&run, import_xlsx, "--sheet=Nope", path, NULL);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.err, ==, "safeguard: The workbook has no sheet “Nope”; its sheets are “Risiken 2026”, “Assets”.\n");
      sg_test_run_clear (&run);
    }
  sg_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sheet/date-parse", test_date_parse);
  g_test_add_func ("/sheet/german-csv", test_german_csv);
  g_test_add_func ("/sheet/delimiter", test_delimiter_message);
  g_test_add_func ("/sheet/utf16", test_utf16);
  g_test_add_func ("/sheet/dates", test_dates);
  g_test_add_func ("/sheet/xlsx", test_xlsx);
  g_test_add_func ("/sheet/ods", test_ods);
  g_test_add_func ("/sheet/ods-libreoffice", test_ods_libreoffice);
  g_test_add_func ("/sheet/bad-input", test_bad_input);
  g_test_add_func ("/sheet/cli", test_cli);
  return g_test_run ();
}
