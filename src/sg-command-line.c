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
#include "sg-risk.h"
#include "sg-import-names.h"
#include "sg-csv.h"
#include "sg-due.h"
#include "sg-readiness.h"
#include "sg-heatmap-export.h"
#include "sg-kinds.h"
#include "sg-sample.h"
#include "sg-review-export.h"
#include "sg-soa-export.h"
#include "sg-store.h"
#include "sg-store-copies.h"
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
      N_("Add the records of FILE (.csv, .xlsx or .ods) to REGISTER (created if missing); risks unless --into says otherwise"),
      N_("FILE") },
    { "into", 0, 0, G_OPTION_ARG_STRING, NULL,
      /* Translators: keep the kinds' names in English: they are what --into accepts */
      N_("With --import: the kind of record the rows become: risks, assets, controls (updates the Statement of "
         "Applicability by ref), people, documents, … (--into=list names them all)"),
      N_("KIND") },
    { "import-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("The same as --import into risks"), N_("FILE") },
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
    { "due", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("List what in REGISTER is overdue or due soon, overdue first"), NULL },
    { "days", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --due: how many days ahead count as soon (default 30)"), N_("N") },
    { "save-copy", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write a copy of REGISTER to FILE"), N_("FILE") },
    { "freeze", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write a read-only copy of REGISTER for an audit to FILE, with a manifest beside it"), N_("FILE") },
    { "export-soa", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write the Statement of Applicability of REGISTER as a PDF to FILE"), N_("FILE") },
    { "soa-version", 0, 0, G_OPTION_ARG_INT, NULL,
      N_("With --export-soa: the issued version N as it was approved, instead of the draft"), N_("N") },
    { "export-review", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write the minutes of a management review of REGISTER as a PDF to FILE"), N_("FILE") },
    { "review", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export-review: the review REF (e.g. MR-002) instead of the newest by date"), N_("REF") },
    { "readiness", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Say for each clause requirement of REGISTER whether it is met, partly met or not met"), NULL },
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

static int G_GNUC_PRINTF (1, 2)
fail_printf (const char *format,
             ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  return fail (message);
}

/* The chain's lines: a summary with the head cut short, the whole head
 * for scripts, then each problem. */
static int
check_history (SgStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgHistoryCheck) check = sg_store_check_history (store, &error);
  g_autofree char *head = NULL;

  if (check == NULL)
    return fail (error->message);
  head = check->head ? g_strndup (check->head, 12) : g_strdup ("none");
  g_print ("history: %s (%u entries, head %s%s)\n",
           check->problems->len == 0 ? "intact" : "broken",
           check->n_entries, head, check->head ? "…" : "");
  g_print ("history head: %s\n", check->head ? check->head : "none");
  if (check->since != NULL)
    g_print ("history chain since: %s\n", check->since);
  for (guint i = 0; i < check->problems->len; i++)
    g_print ("history: %s\n", (char *) g_ptr_array_index (check->problems, i));
  if (check->problems->len > 0)
    return fail (_("The change history does not match the register: it was changed outside Safeguard."));
  return 0;
}

/* A frozen copy has a manifest beside it: is it still what was frozen? */
static int
check_frozen (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *created = NULL;
  g_autofree char *sha256 = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *when_text = NULL;
  SgFrozenCopyState state;

  state = sg_frozen_copy_verify (path, &created, &sha256, &error);
  if (error != NULL)
    {
      g_print ("frozen copy: manifest unreadable\n");
      return fail (error->message);
    }
  if (state == SG_FROZEN_COPY_NONE)
    return 0;
  when = created != NULL ? g_date_time_new_from_iso8601 (created, NULL) : NULL;
  when_text = when != NULL ? g_date_time_format (when, "%Y-%m-%d %H:%M UTC") : g_strdup ("?");
  if (state == SG_FROZEN_COPY_UNCHANGED)
    {
      g_print ("frozen copy: unchanged since %s (sha256 %s)\n", when_text, sha256);
      return 0;
    }
  g_print ("frozen copy: changed since it was frozen on %s\n", when_text);
  {
    g_autofree char *name = g_filename_display_basename (path);
    g_autofree char *message =
      /* Translators: %s is a file name */
      g_strdup_printf (_("“%s” is no longer the file that was frozen: its SHA-256 differs from its manifest."),
                       name);

    return fail (message);
  }
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
      /* A frozen copy that fails is most likely no longer what was frozen. */
      check_frozen (path);
      return fail (error->message);
    }
  g_string_append (out, "integrity: ok\n");
  fputs (out->str, stdout);
  /* Both say what they found, whatever the other said. */
  {
    int history = check_history (store);
    int frozen = check_frozen (path);

    return history != 0 ? history : frozen;
  }
}

/* A record's name without its ref, which has a column of its own. */
static char *
name_without_ref (SgRecord *record)
{
  g_autofree char *name = sg_record_dup_display_name (record);
  const char *ref = sg_record_get_ref (record);

  if (ref != NULL && *ref != '\0' && g_str_has_prefix (name, ref))
    return g_strdup (g_strstrip (name + strlen (ref)));
  return g_steal_pointer (&name);
}

/* `--due`: one tab-separated line per item — overdue or due, date, ref,
 * what, whose, title — in English for scripts (a cron job or systemd
 * timer mails them), then the count. */
static int
list_due (const char *path,
          int         days)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *today = sg_date_today ();
  g_autoptr(GString) out = g_string_new (NULL);
  guint n_overdue = 0;

  if (store == NULL)
    return fail (error->message);

  items = sg_due_list (store, today, (guint) days);
  for (guint i = 0; i < items->len; i++)
    {
      SgDueItem *item = g_ptr_array_index (items, i);
      g_autofree char *title = name_without_ref (item->record);
      g_autofree char *person = item->person != NULL ? name_without_ref (item->person) : NULL;
      const char *ref = sg_record_get_ref (item->record);

      n_overdue += item->overdue;
      g_string_append_printf (out, "%s\t%s\t%s\t%s\t%s\t%s\n",
                              item->overdue ? "overdue" : "due", item->date,
                              ref != NULL ? ref : "-", item->what,
                              person != NULL ? person : "-", title);
    }
  g_string_append_printf (out, "due: %u overdue, %u within %d days\n",
                          n_overdue, items->len - n_overdue, days);
  fputs (out->str, stdout);
  return 0;
}

static int
copy_register (const char *out,
               const char *path,
               gboolean    freeze)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_READ_ONLY, &error);

  if (store == NULL)
    return fail (error->message);
  if (freeze ? !sg_store_freeze_to (store, out, &error) : !sg_store_copy_to (store, out, &error))
    return fail (error->message);
  return 0;
}

/* `--readiness`: one line per clause requirement — ref, state, reason —
 * in English for scripts, then the count. The state and reason are the
 * register's; where a person overrode it, the line says so and what they
 * said it is, and the count is of what counts: the override. */
static int
list_readiness (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *today = sg_date_today ();
  g_autoptr(GString) out = g_string_new (NULL);
  guint met = 0, partly = 0, overridden = 0;

  if (store == NULL)
    return fail (error->message);

  results = sg_readiness_evaluate (store, today, FALSE);
  for (guint i = 0; i < results->len; i++)
    {
      SgReadinessResult *result = g_ptr_array_index (results, i);

      met += result->effective == SG_READINESS_MET;
      partly += result->effective == SG_READINESS_PARTLY;
      overridden += result->overridden;
      g_string_append_printf (out, "%s %s: %s", result->ref,
                              sg_readiness_state_label (result->state, FALSE), result->reason);
      if (result->overridden)
        g_string_append_printf (out, " (overridden: %s)",
                                sg_readiness_state_label (result->effective, FALSE));
      g_string_append_c (out, '\n');
    }
  g_string_append_printf (out, "readiness: %u of %u met, %u partly", met, results->len, partly);
  if (overridden > 0)
    g_string_append_printf (out, ", %u overridden", overridden);
  g_string_append_c (out, '\n');
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
  const char *soa = NULL;
  const char *review = NULL;
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
      const char *encoding = NULL, *delimiter = NULL, *into = NULL;
      GType kind = SG_TYPE_RISK;

      if (g_variant_dict_lookup (options, "into", "&s", &into) &&
          (kind = sg_import_kind_from_name (into)) == G_TYPE_INVALID)
        {
          g_autofree char *names = sg_import_kind_list_names ();

          if (g_str_equal (into, "list"))
            {
              g_print ("%s\n", names);
              return 0;
            }
          /* Translators: "--into=risk is no kind of record to import into; use one of: risks, assets, …" */
          return fail_printf (_("--into=%s is no kind of record to import into; use one of: %s"), into, names);
        }
      if (n_files != 1)
        return fail (_("--import needs exactly one register file"));
      if (g_variant_dict_lookup (options, "encoding", "&s", &encoding) &&
          !sg_text_encoding_from_string (encoding, &import_options.csv.encoding))
        return fail (_("--encoding must be utf-8, utf-16le, utf-16be or windows-1252"));
      if (g_variant_dict_lookup (options, "delimiter", "&s", &delimiter) &&
          !sg_csv_delimiter_from_string (delimiter, &import_options.csv.delimiter))
        return fail (_("--delimiter must be comma, semicolon or tab"));
      g_variant_dict_lookup (options, "sheet", "&s", &import_options.sheet);
      return sg_csv_import_command_full (csv, files[0], kind, &import_options,
                                         g_variant_dict_contains (options, "skip-invalid"));
    }

  if (g_variant_dict_lookup (options, "export-soa", "^&ay", &soa))
    {
      gint32 number = 0;

      if (n_files != 1)
        return fail (_("--export-soa needs exactly one register file"));
      if (g_variant_dict_lookup (options, "soa-version", "i", &number) && number <= 0)
        return fail (_("--soa-version needs the number of an issued version, 1 or more"));
      return sg_soa_export_command (soa, (guint) number, files[0]);
    }

  if (g_variant_dict_lookup (options, "export-review", "^&ay", &review))
    {
      const char *ref = NULL;

      if (n_files != 1)
        return fail (_("--export-review needs exactly one register file"));
      g_variant_dict_lookup (options, "review", "&s", &ref);
      return sg_review_export_command (review, ref, files[0]);
    }

  if (g_variant_dict_lookup (options, "heatmap", "^&ay", &heatmap))
    return sg_heatmap_command (heatmap,
                               g_variant_dict_contains (options, "movement") ? SG_HEATMAP_MODE_MOVEMENT :
                               g_variant_dict_contains (options, "residual") ? SG_HEATMAP_MODE_RESIDUAL :
                               SG_HEATMAP_MODE_INHERENT,
                               n_files == 1 ? files[0] : NULL);

  if (g_variant_dict_contains (options, "due"))
    {
      const char *text = NULL;
      guint64 days = 30;

      /* Read here, not by GOption: "--days=abc" or "--days=-1" is told
       * in one line that says what is wanted. */
      if (g_variant_dict_lookup (options, "days", "&s", &text) &&
          (!g_ascii_string_to_unsigned (text, 10, 0, 3650, &days, NULL)))
        {
          g_autofree char *message =
            g_strdup_printf (_("--days needs a whole number of days from 0 to 3650, not “%s”"), text);

          return fail (message);
        }
      if (n_files != 1)
        return fail (_("--due needs exactly one register file"));
      return list_due (files[0], (int) days);
    }
  if (g_variant_dict_contains (options, "days"))
    return fail (_("--days goes with --due"));

  if (g_variant_dict_lookup (options, "save-copy", "^&ay", &csv))
    {
      if (n_files != 1)
        return fail (_("--save-copy needs exactly one register file"));
      return copy_register (csv, files[0], FALSE);
    }

  if (g_variant_dict_lookup (options, "freeze", "^&ay", &csv))
    {
      if (n_files != 1)
        return fail (_("--freeze needs exactly one register file"));
      return copy_register (csv, files[0], TRUE);
    }

  if (g_variant_dict_contains (options, "readiness"))
    {
      if (n_files != 1)
        return fail (_("--readiness needs exactly one register file"));
      return list_readiness (files[0]);
    }

  if (g_variant_dict_contains (options, "check"))
    {
      if (n_files != 1)
        return fail (_("--check needs exactly one register file"));
      return check_register (files[0]);
    }

  return -1;
}
