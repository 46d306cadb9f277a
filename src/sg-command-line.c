/* sg-command-line.c: the command-line mode, which never needs a display
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-command-line"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "sg-command-line.h"
#include "sg-csv-import.h"
#include "sg-csv.h"
#include "sg-heatmap-export.h"
#include "sg-kinds.h"
#include "sg-sample.h"
#include "sg-store.h"
#include "sg-xlsx.h"

void
sg_command_line_add_options (GApplication *application)
{
  static const GOptionEntry entries[] = {
    { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Verify a register and print how many records of each kind it holds"), NULL },
    { "create-sample", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write the example register of a fictional company to FILE"), N_("FILE") },
    { "export-xlsx", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write the auditor's Excel workbook of REGISTER to FILE"), N_("FILE") },
    { "with-history", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --export-xlsx: add a sheet with the change history"), NULL },
    { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write the risk register of REGISTER as CSV to FILE"), N_("FILE") },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Add the risks of FILE (.csv, .xlsx or .ods) to REGISTER (created if missing)"), N_("FILE") },
    { "import-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("The same as --import"), N_("FILE") },
    { "skip-invalid", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --import: import the valid rows and report the invalid ones"), NULL },
    { "encoding", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --import of a CSV file: its encoding (utf-8, utf-16le, utf-16be, windows-1252) instead of the detected one"),
      N_("ENCODING") },
    { "delimiter", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --import of a CSV file: its delimiter (comma, semicolon, tab) instead of the detected one"),
      N_("DELIMITER") },
    { "sheet", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --import of a workbook: the sheet to read instead of the first"), N_("NAME") },
    { "heatmap", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Draw the risk heat map of a register to FILE (.png, .svg or .pdf)"), N_("FILE") },
    { "residual", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --heatmap: show residual instead of inherent risk"), NULL },
    { "movement", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --heatmap: show the move from inherent to residual risk"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print the version and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, NULL },
    { NULL }
  };

  g_return_if_fail (G_IS_APPLICATION (application));

  g_application_add_main_option_entries (application, entries);
  g_application_set_option_context_parameter_string (application, _("[REGISTER.isms]"));
}

static int
fail (const char *message)
{
  g_printerr ("safeguard: %s\n", message);
  return 1;
}

static int
check_register (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(GString) out = g_string_new (NULL);
  const GType *kinds;
  guint n_kinds;

  if (store == NULL)
    return fail (error->message);
  if (sg_store_get_file_version (store) < SG_STORE_SCHEMA_VERSION)
    {
      g_autofree char *name = g_filename_display_name (path);

      /* TRANSLATORS: the numbers are schema versions of the register file. */
      g_printerr (_("safeguard: “%s” is of version %d and was checked as version %d would read "
                    "it, without changing the file; Safeguard updates it when it is opened for "
                    "editing\n"),
                  name, sg_store_get_file_version (store), SG_STORE_SCHEMA_VERSION);
    }

  /* Machine-readable lines, in English on purpose: scripts parse them. */
  kinds = sg_record_kinds (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    {
      g_autoptr(SgRecordClass) klass = g_type_class_ref (kinds[i]);
      GListModel *records = sg_store_get_records (store, kinds[i]);

      g_string_append_printf (out, "%s: %u\n", sg_record_class_get_count_label (klass),
                              g_list_model_get_n_items (records));
    }
  g_string_append_printf (out, "history entries: %u\n", sg_store_count_history (store));
  g_string_append_printf (out, "schema version: %d\n", sg_store_get_file_version (store));

  if (!sg_store_check_integrity (store, &error))
    {
      fputs (out->str, stdout);
      g_print ("integrity: failed\n");
      return fail (error->message);
    }
  g_string_append (out, "integrity: ok\n");
  fputs (out->str, stdout);
  return 0;
}

/* libxlsxwriter writes "[ERROR] …" and "[WARNING] …" lines of its own to
 * standard error before Safeguard says, in one translated line, what
 * failed. The export runs with standard error going to a file; its lines
 * are passed on afterwards, but for the library's. */
static int
export_xlsx_quietly (const char    *out,
                     const char    *register_path,
                     SgXlsxFlags    flags)
{
  g_autofree char *captured_path = NULL;
  g_autofree char *captured = NULL;
  g_auto(GStrv) lines = NULL;
  int capture_fd, saved_fd;
  int status;

  fflush (stderr);
  capture_fd = g_file_open_tmp ("safeguard-stderr-XXXXXX", &captured_path, NULL);
  saved_fd = capture_fd >= 0 ? dup (STDERR_FILENO) : -1;
  if (saved_fd < 0)
    {
      if (capture_fd >= 0)
        {
          close (capture_fd);
          g_unlink (captured_path);
        }
      return sg_xlsx_export_command (out, register_path, flags);
    }
  g_unlink (captured_path);
  dup2 (capture_fd, STDERR_FILENO);
  status = sg_xlsx_export_command (out, register_path, flags);
  fflush (stderr);
  dup2 (saved_fd, STDERR_FILENO);
  close (saved_fd);

  captured = g_malloc0 (64 * 1024 + 1);
  if (lseek (capture_fd, 0, SEEK_SET) == 0)
    {
      gssize n = read (capture_fd, captured, 64 * 1024);

      captured[MAX (n, 0)] = '\0';
    }
  close (capture_fd);
  lines = g_strsplit (captured, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0' && !g_str_has_prefix (lines[i], "[ERROR]") &&
        !g_str_has_prefix (lines[i], "[WARNING]"))
      g_printerr ("%s\n", lines[i]);
  return status;
}

int
sg_command_line_handle (GVariantDict *options)
{
  g_autofree char *sample = NULL;
  const char *heatmap = NULL;
  const char *csv = NULL;
  const char *xlsx = NULL;
  g_autofree const char **files = NULL;
  gsize n_files = 0;

  g_return_val_if_fail (options != NULL, 1);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("safeguard %s\n", PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  if (files != NULL)
    n_files = g_strv_length ((char **) files);

  if (g_variant_dict_lookup (options, "create-sample", "^ay", &sample))
    {
      g_autoptr(GError) error = NULL;

      if (n_files > 0)
        return fail (_("--create-sample takes no register argument"));
      if (!sg_sample_create (sample, &error))
        return fail (error->message);
      return 0;
    }

  if (g_variant_dict_lookup (options, "export-xlsx", "^&ay", &xlsx))
    {
      if (n_files != 1)
        return fail (_("--export-xlsx needs exactly one register file"));
      return export_xlsx_quietly (xlsx, files[0],
                                  g_variant_dict_contains (options, "with-history") ?
                                  SG_XLSX_INCLUDE_HISTORY : SG_XLSX_FLAGS_NONE);
    }

  if (g_variant_dict_lookup (options, "export-csv", "^&ay", &csv))
    {
      if (n_files != 1)
        return fail (_("--export-csv needs exactly one register file"));
      return sg_csv_export_command (csv, files[0]);
    }

  if (g_variant_dict_lookup (options, "import", "^&ay", &csv) ||
      g_variant_dict_lookup (options, "import-csv", "^&ay", &csv))
    {
      SgSheetOptions import_options = { { SG_TEXT_ENCODING_AUTO, 0 }, NULL };
      const char *encoding = NULL, *delimiter = NULL;

      if (n_files != 1)
        return fail (_("--import needs exactly one register file"));
      if (g_variant_dict_lookup (options, "encoding", "&s", &encoding) &&
          !sg_text_encoding_from_string (encoding, &import_options.csv.encoding))
        return fail (_("--encoding must be utf-8, utf-16le, utf-16be or windows-1252"));
      if (g_variant_dict_lookup (options, "delimiter", "&s", &delimiter) &&
          !sg_csv_delimiter_from_string (delimiter, &import_options.csv.delimiter))
        return fail (_("--delimiter must be comma, semicolon or tab"));
      g_variant_dict_lookup (options, "sheet", "&s", &import_options.sheet);
      return sg_csv_import_command_full (csv, files[0], &import_options,
                                         g_variant_dict_contains (options, "skip-invalid"));
    }

  if (g_variant_dict_lookup (options, "heatmap", "^&ay", &heatmap))
    return sg_heatmap_command (heatmap,
                               g_variant_dict_contains (options, "movement") ? SG_HEATMAP_MODE_MOVEMENT :
                               g_variant_dict_contains (options, "residual") ? SG_HEATMAP_MODE_RESIDUAL :
                               SG_HEATMAP_MODE_INHERENT,
                               n_files == 1 ? files[0] : NULL);

  if (g_variant_dict_contains (options, "check"))
    {
      if (n_files != 1)
        return fail (_("--check needs exactly one register file"));
      return check_register (files[0]);
    }

  return -1;
}
