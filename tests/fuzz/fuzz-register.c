/* fuzz-register.c: libFuzzer target for opening a register — any bytes
 * as a register file, opened, checked and exported to a temporary folder
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>

#include "sg-csv.h"
#include "sg-heatmap-export.h"
#include "sg-store.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *register_path;
static char *csv_path;
static char *svg_path;

static void
open_check_export (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;

  store = sg_store_open (register_path, SG_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    {
      /* Every refusal is said in words. */
      g_assert (error != NULL && error->message[0] != '\0');
      return;
    }
  if (!sg_store_check_integrity (store, &error))
    return;
  if (!sg_csv_export_risks (store, csv_path, &error))
    g_clear_error (&error);
  if (!sg_heatmap_export (store, svg_path, SG_HEATMAP_MODE_MOVEMENT, &error))
    g_clear_error (&error);
  g_unlink (csv_path);
  g_unlink (svg_path);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fuzz-register-XXXXXX", &error);
  SgStore *store;

  g_assert_no_error (error);
  register_path = g_build_filename (dir, "register.isms", NULL);
  csv_path = g_build_filename (dir, "risks.csv", NULL);
  svg_path = g_build_filename (dir, "heatmap.svg", NULL);

  /* Once through everything with a good register: what GLib, GIO and
   * the type system keep for good is then allocated before the first
   * input, and not taken for a leak of one. */
  store = sg_store_open (register_path, SG_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_object_unref (store);
  open_check_export ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  sg_store_delete_files (register_path);
  if (g_file_set_contents (register_path, (const char *) data, (gssize) size, NULL))
    open_check_export ();
  return 0;
}
