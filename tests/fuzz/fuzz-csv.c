/* fuzz-csv.c: libFuzzer target for the CSV reader — any bytes as a CSV
 * file, read, mapped, checked and added or updated (then taken back)
 * through the import's public interface, into risks, controls and people
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>

#include "sg-csv-import.h"
#include "sg-store.h"
#include "sg-control.h"
#include "sg-person.h"
#include "sg-risk.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static SgStore *store;
static char *csv_path;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fuzz-csv-XXXXXX", &error);
  g_autofree char *register_path = NULL;

  g_assert_no_error (error);
  register_path = g_build_filename (dir, "register.isms", NULL);
  csv_path = g_build_filename (dir, "input.csv", NULL);
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

  import = sg_csv_import_new (store, kind, csv_path, &error);
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
  if (!g_file_set_contents (csv_path, (const char *) data, (gssize) size, NULL))
    return 0;
  /* Added records, updated controls, people looked up and added. */
  import_as (SG_TYPE_RISK);
  import_as (SG_TYPE_CONTROL);
  import_as (SG_TYPE_PERSON);
  return 0;
}
