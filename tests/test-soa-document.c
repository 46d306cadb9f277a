/* test-soa-document.c: the SoA as a controlled document — issued versions
 * frozen, the PDF read back with poppler's tools, bad frozen content
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sg-control.h"
#include "sg-enums.h"
#include "sg-person.h"
#include "sg-sample.h"
#include "sg-soa-export.h"
#include "sg-soa-snapshot.h"
#include "sg-soa-version.h"
#include "sg-test-util.h"
#include "sg-xlsx.h"

typedef struct
{
  char    *dir;
  char    *path;
  SgStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sg_test_mkdtemp ();
  f->path = g_build_filename (f->dir, "register.isms", NULL);
  g_assert_true (sg_sample_create (f->path, &error));
  g_assert_no_error (error);
  f->store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->store != NULL)
    sg_store_close (f->store);
  g_clear_object (&f->store);
  sg_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Text without white space and hyphens: a title that wraps inside its
 * cell still reads as the title (pdftotext joins "non-" and "disclosure"
 * at a line's end into "nondisclosure"). */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && *p != '-')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* The text within one column of the tables, on every page: cells read in
 * order, never mixed with their neighbours. */
static char *
column_text (const char *pdf,
             int         x,
             int         width)
{
  g_autofree char *x_arg = g_strdup_printf ("%d", x);
  g_autofree char *w_arg = g_strdup_printf ("%d", width);

  return sg_test_run_tool ("pdftotext", "-r", "72", "-x", x_arg, "-y", "0", "-W", w_arg, "-H", "596",
                           pdf, "-", NULL);
}

static guint
count_pages (const char *pdf)
{
  g_autofree char *info = sg_test_run_tool ("pdfinfo", pdf, NULL);
  const char *line = strstr (info, "Pages:");

  g_assert_nonnull (line);
  /* A4 landscape, in points as poppler rounds them. */
  g_assert_nonnull (strstr (info, "Page size:       841.89 x 595.28 pts (A4)"));
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

static char *
page_text (const char *pdf,
           guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);

  return sg_test_run_tool ("pdftotext", "-f", number, "-l", number, pdf, "-", NULL);
}

static char *
export_text (SgStore    *store,
             guint       number,
             const char *pdf)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sg_soa_export (store, number, pdf, &error));
  g_assert_no_error (error);
  return sg_test_run_tool ("pdftotext", pdf, "-", NULL);
}

static SgRecord *
find_control (SgStore    *store,
              const char *ref)
{
  SgRecord *control = sg_store_find_by_ref (store, SG_TYPE_CONTROL, ref);

  g_assert_nonnull (control);
  return control;
}

static SgRecord *
first_person (SgStore *store)
{
  guint n;
  SgRecord *const *people = sg_store_peek_records (store, SG_TYPE_PERSON, &n);

  g_assert_cmpuint (n, >, 0);
  return people[0];
}

/* The example register's draft: every control by ref and title, A4
 * landscape, and every page says it is a draft and which page it is. */
static void
test_pdf_draft (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "soa.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *refs = NULL;
  g_autofree char *titles = NULL;
  g_autofree char *squeezed = NULL;
  guint n_controls, n_pages;
  SgRecord *const *controls;

  if (!sg_test_have_program ("pdftotext", "poppler-utils") ||
      !sg_test_have_program ("pdfinfo", "poppler-utils"))
    return;

  text = export_text (f->store, 0, pdf);
  /* The ref and control columns (40–84 and 84–208 pt from the left). */
  refs = column_text (pdf, 40, 44);
  titles = column_text (pdf, 84, 124);
  squeezed = squeeze (titles);
  controls = sg_store_peek_records (f->store, SG_TYPE_CONTROL, &n_controls);
  g_assert_cmpuint (n_controls, ==, 93);
  for (guint i = 0; i < n_controls; i++)
    {
      g_autofree char *title = squeeze (sg_record_peek_string (controls[i], SG_CONTROL_TITLE));
      g_autofree char *ref_line = g_strdup_printf ("\n%s\n", sg_record_get_ref (controls[i]));

      if (strstr (squeezed, title) == NULL)
        g_error ("control %s: title “%s” not in the PDF",
                 sg_record_get_ref (controls[i]), sg_record_peek_string (controls[i], SG_CONTROL_TITLE));
      g_assert_nonnull (strstr (refs, ref_line));
    }
  g_assert_nonnull (strstr (text, "Nordwind Logistics GmbH"));

  n_pages = count_pages (pdf);
  /* A title page and at least one page per theme. */
  g_assert_cmpuint (n_pages, >=, 5);
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *one = page_text (pdf, page);
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", page, n_pages);

      g_assert_nonnull (strstr (one, "Draft, not issued"));
      g_assert_nonnull (strstr (one, footer));
    }
}

/* Issued version 1 keeps its content after the controls move on; the
 * draft shows the change; version 1's pages all name version 1. */
static void
test_issued_is_frozen (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "soa.pdf", NULL);
  g_autofree char *v1_text = NULL;
  g_autofree char *live_text = NULL;
  g_autofree char *v1_squeezed = NULL;
  g_autofree char *live_squeezed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SgSoaSnapshot) frozen = NULL;
  SgRecord *control = find_control (f->store, "5.7");
  SgRecord *version;
  const char *old_title = "Threat intelligence";
  guint n_pages;

  g_assert_cmpstr (sg_record_peek_string (control, SG_CONTROL_TITLE), ==, old_title);
  g_assert_cmpuint (sg_soa_next_version_number (f->store), ==, 1);
  version = sg_soa_issue (f->store, 1, "2026-03-01", first_person (f->store),
                          "First issue for the certification audit", &error);
  g_assert_no_error (error);
  g_assert_nonnull (version);
  g_assert_cmpuint (sg_soa_next_version_number (f->store), ==, 2);

  g_object_set (control,
                SG_CONTROL_TITLE, "Threat intelligence gathered weekly",
                SG_CONTROL_IMPLEMENTATION, SG_IMPLEMENTATION_STATUS_VERIFIED,
                NULL);

  frozen = sg_soa_snapshot_new_for_version (f->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (frozen->version, ==, 1);
  g_assert_cmpstr (frozen->issued_on, ==, "2026-03-01");
  g_assert_cmpstr (frozen->approved_by, ==,
                   sg_record_peek_string (first_person (f->store), SG_PERSON_NAME));
  for (guint i = 0; i < frozen->rows->len; i++)
    {
      SgSoaSnapshotRow *row = frozen->rows->pdata[i];

      if (g_strcmp0 (row->ref, "5.7") == 0)
        {
          g_assert_cmpstr (row->title, ==, old_title);
          g_assert_cmpint (row->status, ==, SG_IMPLEMENTATION_STATUS_PARTIAL);
        }
    }

  if (!sg_test_have_program ("pdftotext", "poppler-utils") ||
      !sg_test_have_program ("pdfinfo", "poppler-utils"))
    return;
  v1_text = export_text (f->store, 1, pdf);
  v1_squeezed = squeeze (v1_text);
  g_assert_null (strstr (v1_squeezed, "gatheredweekly"));
  g_assert_nonnull (strstr (v1_text, "First issue for the certification audit"));
  /* The title page names the history's head as it was when issued: one
   * entry before the register's head now, the issue itself. */
  {
    g_autofree char *first = page_text (pdf, 1);
    g_autofree char *now = sg_store_dup_history_head (f->store);

    g_assert_nonnull (strstr (first, "Change history when this content was taken:"));
    g_assert_null (strstr (first, now));
  }
  n_pages = count_pages (pdf);
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *one = page_text (pdf, page);

      g_assert_nonnull (strstr (one, "Version 1, issued 2026-03-01"));
      g_assert_null (strstr (one, "Draft"));
    }

  live_text = export_text (f->store, 0, pdf);
  live_squeezed = squeeze (live_text);
  g_assert_nonnull (strstr (live_squeezed, "Threatintelligencegatheredweekly"));
  /* The draft names the head `--check` prints now. */
  {
    g_autofree char *first = page_text (pdf, 1);
    g_autofree char *now = sg_store_dup_history_head (f->store);

    g_assert_nonnull (now);
    g_assert_nonnull (strstr (first, now));
  }

  /* Still so after the register is closed and opened again. */
  sg_store_close (f->store);
  g_clear_object (&f->store);
  f->store = sg_store_open (f->path, SG_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_clear_pointer (&v1_text, g_free);
  g_clear_pointer (&v1_squeezed, g_free);
  v1_text = export_text (f->store, 1, pdf);
  v1_squeezed = squeeze (v1_text);
  g_assert_null (strstr (v1_squeezed, "gatheredweekly"));
}

/* Issuing adds one record, in the history; removing it (the window's
 * Undo) leaves the register as before, and the number free again. */
static void
test_issue_undo (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint history_before = sg_store_count_history (f->store);
  SgRecord *version;

  version = sg_soa_issue (f->store, 1, "2026-03-01", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_SOA_VERSION)), ==, 1);
  g_assert_cmpuint (sg_store_count_history (f->store), >, history_before);

  /* A number is issued once. */
  g_assert_null (sg_soa_issue (f->store, 1, "2026-03-02", NULL, NULL, &error));
  g_assert_error (error, SG_STORE_ERROR, SG_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  g_assert_true (sg_store_remove (f->store, version, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_SOA_VERSION)), ==, 0);
  g_assert_cmpuint (sg_soa_next_version_number (f->store), ==, 1);
  g_assert_null (sg_soa_find_version (f->store, 1));
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SgSoaSnapshot) live = sg_soa_snapshot_new_live (f->store, NULL);
  g_autoptr(SgSoaSnapshot) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;

  live->version = 4;
  live->issued_on = g_strdup ("2026-12-03");
  live->approved_by = g_strdup ("Dr. Klaus Brandt");
  live->change_summary = g_strdup ("Zeilen mit „Umlauten“ und\nzwei Zeilen");
  text = sg_soa_snapshot_serialise (live);
  back = sg_soa_snapshot_parse (text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->rows->len, ==, 93);
  g_assert_cmpstr (back->change_summary, ==, live->change_summary);
  g_assert_cmpstr (back->organisation, ==, "Nordwind Logistics GmbH");
  again = sg_soa_snapshot_serialise (back);
  g_assert_cmpstr (text, ==, again);
}

/* Content that is not a frozen SoA gives an error, never a crash, and an
 * export of it leaves no file. */
static void
test_bad_content (Fixture       *f,
                  gconstpointer  data)
{
  static const char *const bad[] = {
    "",
    "not a snapshot at all",
    "(1, {}, [])",
    "(uint32 1, {'version': <'one'>}, [{'title': <'No ref'>}])",
    "(uint32 1, @a{sv} {}, [{'ref': <'5.1'>, 'implementation': <'exploded'>}])",
    "(uint32 1, @a{sv} {}, [{'ref': <'5.1'>, 'implementation': <'planned'>, 'theme': <int32 9>}])",
    "(uint32 1, @a{sv} {}, [{'ref': <'5.1'>, 'implementation': <'planned'>, 'evidence': <['a', 'b']>}])",
    "(uint32 99, @a{sv} {}, @aa{sv} [])",
    "(uint32 1, @a{sv} {}, [{'ref': <'5.1'",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
  };
  g_autofree char *pdf = g_build_filename (f->dir, "bad.pdf", NULL);
  g_autoptr(GError) error = NULL;
  SgRecord *version;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(SgSoaSnapshot) snapshot = sg_soa_snapshot_parse (bad[i], &error);

      if (snapshot != NULL)
        g_error ("“%s” was read as a snapshot", bad[i]);
      g_assert_error (error, SG_SOA_SNAPSHOT_ERROR, SG_SOA_SNAPSHOT_ERROR_INVALID);
      g_clear_error (&error);
    }

  /* Values of the wrong type are left out, not trusted. */
  {
    g_autoptr(SgSoaSnapshot) odd =
      sg_soa_snapshot_parse ("(uint32 1, {'version': <'one'>, 'scope': <42>}, "
                             "[{'ref': <'5.1'>, 'implementation': <'planned'>, 'title': <3.5>, "
                             "'risks': <'R-001'>}])", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (odd->version, ==, 0);
    g_assert_null (odd->scope);
    g_assert_null (((SgSoaSnapshotRow *) odd->rows->pdata[0])->title);
    g_assert_null (((SgSoaSnapshotRow *) odd->rows->pdata[0])->risks[0]);
  }

  version = sg_soa_issue (f->store, 1, "2026-03-01", NULL, NULL, &error);
  g_assert_no_error (error);
  g_object_set (version, SG_SOA_VERSION_CONTENT, "{'damaged': true", NULL);
  g_assert_false (sg_soa_export (f->store, 1, pdf, &error));
  g_assert_error (error, SG_SOA_SNAPSHOT_ERROR, SG_SOA_SNAPSHOT_ERROR_INVALID);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (sg_soa_export (f->store, 7, pdf, &error));
  g_assert_error (error, SG_SOA_SNAPSHOT_ERROR, SG_SOA_SNAPSHOT_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

/* A row taller than a page goes on over the next pages without losing a
 * line; every word of it is in the PDF. */
static void
test_tall_row (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "soa.pdf", NULL);
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  SgRecord *control = find_control (f->store, "6.3");

  for (guint i = 0; i < 400; i++)
    g_string_append_printf (long_text, "Word%u ", i);
  g_object_set (control, SG_CONTROL_JUSTIFICATION, long_text->str, NULL);

  if (!sg_test_have_program ("pdftotext", "poppler-utils"))
    return;
  text = export_text (f->store, 0, pdf);
  squeezed = squeeze (text);
  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *word = g_strdup_printf ("Word%u", i);

      g_assert_nonnull (strstr (squeezed, word));
    }
}

/* The command line: the draft, an issued version, and one that does not
 * exist (one line, no file). */
static void
test_command_line (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "cli.pdf", NULL);
  g_autofree char *arg = g_strdup_printf ("--export-soa=%s", pdf);
  g_autofree char *missing_dir = g_build_filename (f->dir, "no-such-folder", "soa.pdf", NULL);
  g_autofree char *missing_arg = g_strdup_printf ("--export-soa=%s", missing_dir);
  g_autoptr(GError) error = NULL;
  SgTestRun run = { 0 };

  sg_soa_issue (f->store, 1, "2026-03-01", NULL, "First issue", &error);
  g_assert_no_error (error);
  sg_store_close (f->store);
  g_clear_object (&f->store);

  sg_test_run_safeguard (&run, arg, f->path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  sg_test_run_clear (&run);
  g_assert_cmpint (g_unlink (pdf), ==, 0);

  sg_test_run_safeguard (&run, arg, "--soa-version=1", f->path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  sg_test_run_clear (&run);
  g_assert_cmpint (g_unlink (pdf), ==, 0);

  sg_test_run_safeguard (&run, arg, "--soa-version=2", f->path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "safeguard: The register has no issued SoA version 2.\n");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, missing_arg, f->path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "safeguard: "));
  g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
  sg_test_run_clear (&run);
}

/* The workbook's SoA sheet, read with openpyxl: the document's columns,
 * the gaps, and the version. */
static const char workbook_script[] =
  "import sys, openpyxl\n"
  "sys.stdout.reconfigure(encoding='utf-8')\n"
  "ws = openpyxl.load_workbook(sys.argv[1])['Statement of Applicability']\n"
  "head = [c.value for c in ws[1]]\n"
  "print('|'.join(str(h) for h in head))\n"
  "versions = openpyxl.load_workbook(sys.argv[1])['SoA versions']\n"
  "print('versions', '|'.join(str(c.value) for c in versions[1]), len(list(versions.rows)))\n"
  "for row in ws.iter_rows(min_row=2, values_only=True):\n"
  "    if row[0] in ('5.1', '5.2', '6.3', '7.4'):\n"
  "        cells = dict(zip(head, row))\n"
  "        print(row[0], '|'.join(str(cells[k]).replace('\\n', ' / ') for k in ('Reasons for inclusion', 'Gaps',\n"
  "              'Implementation', 'Owner', 'Evidence items', 'SoA version')))\n";

/* The ISO date so many days from today, as the example computes its dates. */
static char *
days_from_today (int days)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static void
test_workbook (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *xlsx = g_build_filename (f->dir, "workbook.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;

  if (!sg_test_have_python_module ("openpyxl", "python3-openpyxl"))
    return;
  sg_soa_issue (f->store, 1, "2026-03-01", NULL, NULL, &error);
  g_assert_no_error (error);
  /* An exclusion with no justification, an inclusion with no reason. */
  g_object_set (find_control (f->store, "6.3"), SG_CONTROL_APPLICABLE, FALSE, SG_CONTROL_JUSTIFICATION, "", NULL);
  g_object_set (find_control (f->store, "5.1"),
                SG_CONTROL_REASON_LEGAL, FALSE, SG_CONTROL_REASON_CONTRACTUAL, FALSE,
                SG_CONTROL_REASON_BUSINESS, FALSE, NULL);
  g_assert_true (sg_xlsx_export (f->store, xlsx, SG_XLSX_FLAGS_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  out = sg_test_run_tool ("/usr/bin/python3", "-c", workbook_script, xlsx, NULL);
  lines = g_strsplit (out, "\n", -1);
  g_assert_nonnull (strstr (lines[0], "|Reasons for inclusion|Justification|Gaps|Implementation|"));
  g_assert_nonnull (strstr (lines[0], "|Owner|Evidence items|"));
  g_assert_true (g_str_has_suffix (lines[0], "|SoA version"));
  /* The versions' sheet names them, without the frozen content as text. */
  g_assert_cmpstr (lines[1], ==, "versions Ref|Version|Issued on|Approved by|Changes|Created|Last changed 2");
  for (guint i = 2; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_assert_true (g_str_has_suffix (lines[i], "|Draft; last issued: version 1 of 2026-03-01"));
      if (g_str_has_prefix (lines[i], "5.2 "))
        g_assert_true (g_str_has_prefix (lines[i], "5.2 Risk treatment (R-024)|None|Implemented|Dr. Klaus Brandt|"
                                         "Roles and responsibilities in this register|"));
      else if (g_str_has_prefix (lines[i], "6.3 "))
        g_assert_nonnull (strstr (lines[i], "|Excluded without justification|"));
      else if (g_str_has_prefix (lines[i], "5.1 "))
        g_assert_true (g_str_has_prefix (lines[i], "5.1 None|Included without reason|"));
      else if (g_str_has_prefix (lines[i], "7.4 "))
        /* Two evidence items, each with its expiry. */
        {
          /* The example dates its evidence from the day it is made. */
          g_autofree char *first = days_from_today (409);
          g_autofree char *second = days_from_today (165);
          g_autofree char *both = g_strdup_printf ("|CCTV at warehouse gates and loading docks (expires %s) / "
                                                   "CCTV maintenance certificate, Billbrook warehouse (expires %s)|",
                                                   first, second);
          g_assert_nonnull (strstr (lines[i], both));
        }
    }
  g_assert_cmpuint (g_strv_length (lines), ==, 7);
}

static void
add (const char *path,
     void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add ("/soa-document/pdf/draft", test_pdf_draft);
  add ("/soa-document/pdf/tall-row", test_tall_row);
  add ("/soa-document/issue/frozen", test_issued_is_frozen);
  add ("/soa-document/issue/undo", test_issue_undo);
  add ("/soa-document/snapshot/round-trip", test_round_trip);
  add ("/soa-document/snapshot/bad-content", test_bad_content);
  add ("/soa-document/command-line", test_command_line);
  add ("/soa-document/workbook", test_workbook);

  return g_test_run ();
}
