/* fuzz-sheet.c: libFuzzer target for the workbook reader — any bytes as
 * an .xlsx or .ods file, read by sg_sheet_read() and then through the
 * import into risks, controls and people (mapped, checked, added or
 * updated, and taken back)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>

#include "sg-csv-import.h"
#include "sg-sheet-reader.h"
#include "sg-store.h"
#include "sg-control.h"
#include "sg-person.h"
#include "sg-risk.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static SgStore *store;
static char *sheet_path;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fuzz-sheet-XXXXXX", &error);
  g_autofree char *register_path = NULL;

  g_assert_no_error (error);
  register_path = g_build_filename (dir, "register.isms", NULL);
  sheet_path = g_build_filename (dir, "input.xlsx", NULL);
  store = sg_store_open (register_path, SG_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  return 0;
}

/* Through the import into @kind: mapped, checked, added or updated, and
 * taken back, so that the register stays as it was. */
static void
import_as (GType kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgCsvImport) import = NULL;
  SgCsvReport report = { 0 };
  gboolean done = FALSE;

  import = sg_csv_import_new (store, kind, sheet_path, &error);
  if (import == NULL)
    return;
  for (guint c = 0; c < sg_csv_import_get_n_columns (import); c++)
    {
      g_assert (sg_csv_import_get_header (import, c) != NULL);
      for (guint r = 0; r < MIN (sg_csv_import_get_n_rows (import), 3u); r++)
        (void) sg_csv_import_get_cell (import, r, c);
    }
  sg_csv_import_check (import, &report);
  sg_csv_report_clear (&report);

  /* Adding, then taking it back: the register stays as it was. */
  if (sg_csv_import_begin (import, TRUE, &error))
    {
      while (!done && sg_csv_import_step (import, 64, &done, &error))
        ;
      sg_csv_import_abort (import);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  SgSheetOptions options = { { SG_TEXT_ENCODING_AUTO, 0 }, "Sheet2" };
  SgSheetInfo info = { 0 };

  if (!g_file_set_contents (sheet_path, (const char *) data, (gssize) size, NULL))
    return 0;

  /* A second sheet by name: the other way through the workbook. */
  rows = sg_sheet_read (sheet_path, &options, &info, &error);
  g_assert ((rows == NULL) == (error != NULL));
  if (rows != NULL)
    g_free (sg_sheet_info_describe (&info));
  sg_sheet_info_clear (&info);
  g_clear_error (&error);

  /* Added records, updated controls, people looked up and added. */
  import_as (SG_TYPE_RISK);
  import_as (SG_TYPE_CONTROL);
  import_as (SG_TYPE_PERSON);
  return 0;
}
