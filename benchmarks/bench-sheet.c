/* bench-sheet.c: importing 100,000 risks from .xlsx, against the same rows from CSV
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-sheet [N_ROWS …]   (default: 100000)
 * Writes the rows of bench-csv as a CSV file and as an Excel workbook
 * (libxlsxwriter: shared strings, dates as date cells, as Excel writes
 * them), then imports each into a new register with
 * sg_csv_import_new_full() and sg_csv_import_run(), and reads each
 * without importing (sg_sheet_read()). The CSV import is the floor the
 * workbook's is measured against (target: 2×). Prints the best of three.
 * Not a test: nothing here fails on a slow machine. */
#include "config.h"

#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "sg-csv-import.h"
#include "sg-sheet-reader.h"
#include "sg-store.h"
#include "sg-risk.h"
#include "sg-memory.h"

static const char *owners[] = { "Jana Petersen", "Lukas Brandt", "Mira Okafor", "Tom Schulte", "Eva Lindqvist" };
static const char *header[] = { "Title", "Description", "Category", "Owner", "Threat", "Vulnerability",
                                "Harms confidentiality", "Likelihood", "Impact", "Treatment",
                                "Treatment plan", "Due Date", "Controls", "Residual likelihood",
                                "Residual impact", "Next review" };

#define DESCRIPTION "A supplier's remote access account is taken over and used to read shipment data."
#define PLAN "Enforce MFA for every supplier account; review access quarterly."

static void
write_csv (const char *path,
           guint       n)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint c = 0; c < G_N_ELEMENTS (header); c++)
    g_string_append_printf (out, "%s%s", c ? "," : "", header[c]);
  g_string_append (out, "\r\n");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out,
                            "Risk %u: loss of customer data through a compromised supplier account,"
                            "\"" DESCRIPTION "\",Third party,%s,Account takeover,"
                            "No multi-factor authentication for supplier access,yes,%u,%u,Mitigate,"
                            "\"" PLAN "\",31.03.2027,5.19,1,%u,2027-06-30\r\n",
                            i, owners[i % G_N_ELEMENTS (owners)], i % 5 + 1, (i / 5) % 5 + 1,
                            (i / 5) % 5 + 1);
  if (!g_file_set_contents (path, out->str, out->len, NULL))
    g_error ("could not write %s", path);
}

static void
write_xlsx (const char *path,
            guint       n)
{
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Risks");
  lxw_format *date = workbook_add_format (workbook);
  lxw_datetime due = { 2027, 3, 31, 0, 0, 0 }, review = { 2027, 6, 30, 0, 0, 0 };

  format_set_num_format (date, "dd.mm.yyyy");
  worksheet_write_string (sheet, 0, 0, "Risk register", NULL);
  for (guint c = 0; c < G_N_ELEMENTS (header); c++)
    worksheet_write_string (sheet, 2, (lxw_col_t) c, header[c], NULL);
  for (guint i = 0; i < n; i++)
    {
      lxw_row_t r = (lxw_row_t) i + 3;
      g_autofree char *title = g_strdup_printf ("Risk %u: loss of customer data through a compromised supplier account", i);

      worksheet_write_string (sheet, r, 0, title, NULL);
      worksheet_write_string (sheet, r, 1, DESCRIPTION, NULL);
      worksheet_write_string (sheet, r, 2, "Third party", NULL);
      worksheet_write_string (sheet, r, 3, owners[i % G_N_ELEMENTS (owners)], NULL);
      worksheet_write_string (sheet, r, 4, "Account takeover", NULL);
      worksheet_write_string (sheet, r, 5, "No multi-factor authentication for supplier access", NULL);
      worksheet_write_string (sheet, r, 6, "yes", NULL);
      worksheet_write_number (sheet, r, 7, i % 5 + 1, NULL);
      worksheet_write_number (sheet, r, 8, (i / 5) % 5 + 1, NULL);
      worksheet_write_string (sheet, r, 9, "Mitigate", NULL);
      worksheet_write_string (sheet, r, 10, PLAN, NULL);
      worksheet_write_datetime (sheet, r, 11, &due, date);
      worksheet_write_string (sheet, r, 12, "5.19", NULL);
      worksheet_write_number (sheet, r, 13, 1, NULL);
      worksheet_write_number (sheet, r, 14, (i / 5) % 5 + 1, NULL);
      worksheet_write_datetime (sheet, r, 15, &review, date);
    }
  if (workbook_close (workbook) != LXW_NO_ERROR)
    g_error ("could not write %s", path);
}

/* Reads and imports @file into a new register; the seconds of each. */
static void
import_once (const char *register_path,
             const char *file,
             guint       n,
             double     *read_s,
             double     *import_s)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autoptr(SgCsvImport) import = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  SgSheetInfo info = { 0 };
  SgCsvReport report = { 0 };
  gint64 start;

  start = g_get_monotonic_time ();
  rows = sg_sheet_read (file, NULL, &info, &error);
  g_assert_no_error (error);
  *read_s = MIN (*read_s, (g_get_monotonic_time () - start) / 1e6);
  g_assert (rows->len >= n + 1);
  sg_sheet_info_clear (&info);
  g_clear_pointer (&rows, g_ptr_array_unref);

  store = sg_store_open (register_path, SG_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  import = sg_csv_import_new_full (store, SG_TYPE_RISK, file, NULL, &error);
  if (import == NULL || !sg_csv_import_run (import, FALSE, &report, &error))
    g_error ("import failed: %s", error->message);
  *import_s = MIN (*import_s, (g_get_monotonic_time () - start) / 1e6);
  g_assert (report.n_imported == n);
  sg_csv_report_clear (&report);
  g_clear_pointer (&import, sg_csv_import_unref);
  g_clear_object (&store);
  sg_store_delete_files (register_path);
}

#define ROUNDS 3

static void
measure (guint n)
{
  g_autofree char *dir = g_dir_make_tmp ("safeguard-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "risks.csv", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "risks.xlsx", NULL);
  double csv_read = G_MAXDOUBLE, csv_import = G_MAXDOUBLE;
  double xlsx_read = G_MAXDOUBLE, xlsx_import = G_MAXDOUBLE;

  write_csv (csv, n);
  write_xlsx (xlsx, n);
  for (guint round = 0; round < ROUNDS; round++)
    {
      import_once (path, csv, n, &csv_read, &csv_import);
      import_once (path, xlsx, n, &xlsx_read, &xlsx_import);
    }
  g_print ("%7u rows  CSV: read %6.3f s, import %6.3f s   xlsx: read %6.3f s, import %6.3f s   "
           "ratio xlsx/CSV import %4.2f (target 2), read %4.2f\n",
           n, csv_read, csv_import, xlsx_read, xlsx_import, xlsx_import / csv_import, xlsx_read / csv_read);
  g_unlink (csv);
  g_unlink (xlsx);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  sg_memory_init ();

  if (argc < 2)
    {
      measure (100000);
      return 0;
    }
  for (int i = 1; i < argc; i++)
    measure ((guint) g_ascii_strtoull (argv[i], NULL, 10));
  return 0;
}
