/* bench-xlsx.c: exporting a large register as a workbook, against bare libxlsxwriter writing the same cells
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-xlsx [N_RISKS …]   (default: 100000)
 * Creates a register of N risks, then runs child processes, each measured
 * on its own (time inside, peak memory from wait4()). Every step runs in a
 * child of this small process, because Linux carries a parent's peak
 * memory over into a forked child's.
 *   open    — only opens the register: the memory the store itself takes;
 *   export  — opens it and writes the workbook with sg_xlsx_export(), which
 *             copies on one thread and writes on another;
 *   floor   — nothing but libxlsxwriter in constant-memory mode, on one
 *             thread, writing the risk sheet's cells as the export does:
 *             the same strings, numbers, formats and row heights (checked by
 *             comparing the two sheets' XML once, see the README);
 *   plain   — the floor without formats and row heights.
 * Prints the best of five times, the ratios and the peaks. Not a test:
 * nothing here fails on a slow machine. */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "sg-risk-method.h"
#include "sg-risk.h"
#include "sg-store.h"
#include "sg-xlsx.h"
#include "sg-memory.h"

static const char *owners[] = { "Jana Petersen", "Lukas Brandt", "Mira Okafor", "Tom Schulte", "Eva Lindqvist" };
static const char *levels[] = { "Low", "Medium", "High", "Critical" };

#define DESCRIPTION "A supplier's remote access account is taken over and used to read shipment data."
#define PLAN "Enforce MFA for every supplier account; review access quarterly."
#define TITLE "Risk %u: loss of customer data through a compromised supplier account"
#define N_COLUMNS 28

static void
create_register (const char *path,
                 guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  gint64 owner_ids[G_N_ELEMENTS (owners)];

  for (guint o = 0; o < G_N_ELEMENTS (owners); o++)
    owner_ids[o] = sg_store_ensure_person (store, owners[o], NULL);
  sg_store_begin_batch (store, &error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf (TITLE, i);
      g_autoptr(SgRecord) risk =
        g_object_new (SG_TYPE_RISK,
                      "title", title,
                      "description", DESCRIPTION,
                      "category", "Third party",
                      "owner", owner_ids[i % G_N_ELEMENTS (owners)],
                      "threat", "Account takeover",
                      "vulnerability", "No multi-factor authentication for supplier access",
                      "harms-confidentiality", TRUE,
                      "inherent-likelihood", (int) (i % 5) + 1,
                      "inherent-impact", (int) ((i / 5) % 5) + 1,
                      "treatment", 1,
                      "treatment-plan", PLAN,
                      "treatment-due", "2027-03-31",
                      "residual-likelihood", 1,
                      "residual-impact", (int) ((i / 5) % 5) + 1,
                      "next-review", "2027-06-30",
                      NULL);

      if (!sg_store_add (store, risk, &error))
        g_error ("%s", error->message);
    }
  sg_store_commit_batch (store, &error);
  g_assert_no_error (error);
}

static int
child_open (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  gint64 start = g_get_monotonic_time ();

  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_print ("%.3f\n", (g_get_monotonic_time () - start) / 1e6);
  return 0;
}

static double
cpu_seconds (const struct rusage *usage)
{
  return usage->ru_utime.tv_sec + usage->ru_stime.tv_sec +
         (usage->ru_utime.tv_usec + usage->ru_stime.tv_usec) / 1e6;
}

static int
child_export (const char *path,
              const char *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  struct rusage before, after;
  gint64 start;

  g_assert_no_error (error);
  getrusage (RUSAGE_SELF, &before);
  start = g_get_monotonic_time ();
  if (!sg_xlsx_export (store, out, SG_XLSX_FLAGS_NONE, NULL, NULL, NULL, &error))
    g_error ("%s", error->message);
  getrusage (RUSAGE_SELF, &after);
  g_print ("%.3f %.3f\n", (g_get_monotonic_time () - start) / 1e6,
           cpu_seconds (&after) - cpu_seconds (&before));
  return 0;
}

/* The risk sheet's header, as the export writes it in English. */
static const char *headers[N_COLUMNS] = {
  "Ref", "Title", "Description", "Category", "Owner", "Affected assets", "Threat", "Vulnerability",
  "Harms confidentiality", "Harms integrity", "Harms availability", "Inherent likelihood",
  "Inherent impact", "Inherent risk level", "Treatment", "Treatment plan", "Treatment due",
  "Controls", "Residual likelihood", "Residual impact", "Residual risk level", "Status",
  "Accepted by", "Accepted on", "Next review", "Notes", "Created", "Last changed",
};

/* The default levels' fills, and the text colour readable on each. */
static const lxw_color_t level_fills[] = { 0x2E7D32, 0xFFC107, 0xF57C00, 0x7F0000 };
static const lxw_color_t level_texts[] = { 0xFFFFFF, 0x000000, 0x000000, 0xFFFFFF };

static lxw_format *
add_top_format (lxw_workbook *workbook)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  return format;
}

/* The floor: nothing but libxlsxwriter writing the risk sheet's cells as
 * the export writes them — the same strings and numbers in the same
 * cells, the same formats (top alignment, wrapping, level fills, dates)
 * and row heights — so that the ratio is what Safeguard adds. @plain
 * writes the same values without formats and row heights. */
static int
child_floor (guint       n,
             const char *out,
             gboolean    plain)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  gint64 start = g_get_monotonic_time ();
  lxw_workbook *workbook = workbook_new_opt (out, &options);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Risk Register");
  lxw_format *header = workbook_add_format (workbook);
  lxw_format *top = add_top_format (workbook);
  lxw_format *wrap = add_top_format (workbook);
  lxw_format *date = add_top_format (workbook);
  lxw_format *datetime = add_top_format (workbook);
  lxw_format *fills[G_N_ELEMENTS (level_fills)];
  /* The register's timestamps: created now, to the second, as a day number. */
  double now = floor (g_get_real_time () / G_USEC_PER_SEC) / 86400.0 + 25569.0;

  format_set_bold (header);
  format_set_border (header, LXW_BORDER_THIN);
  format_set_text_wrap (header);
  format_set_pattern (header, LXW_PATTERN_SOLID);
  format_set_bg_color (header, 0xDEDDDA);
  format_set_align (header, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (wrap);
  format_set_num_format (date, "yyyy-mm-dd");
  format_set_align (date, LXW_ALIGN_LEFT);
  format_set_num_format (datetime, "yyyy-mm-dd hh:mm");
  format_set_align (datetime, LXW_ALIGN_LEFT);
  for (guint l = 0; l < G_N_ELEMENTS (level_fills); l++)
    {
      fills[l] = add_top_format (workbook);
      format_set_pattern (fills[l], LXW_PATTERN_SOLID);
      format_set_bg_color (fills[l], level_fills[l]);
      format_set_font_color (fills[l], level_texts[l]);
      format_set_border (fills[l], LXW_BORDER_THIN);
      format_set_align (fills[l], LXW_ALIGN_CENTER);
    }
  if (plain)
    {
      /* Dates keep their number format: without it they are no dates. */
      header = top = wrap = NULL;
      for (guint l = 0; l < G_N_ELEMENTS (level_fills); l++)
        fills[l] = NULL;
    }

  for (lxw_col_t c = 0; c < N_COLUMNS; c++)
    worksheet_write_string (sheet, 0, c, headers[c], header);
  for (guint i = 0; i < n; i++)
    {
      lxw_row_t r = i + 1;
      char ref[16], title[128];
      int l = (int) (i % 5) + 1, im = (int) ((i / 5) % 5) + 1;

      g_snprintf (ref, sizeof ref, "R-%03u", i + 1);
      g_snprintf (title, sizeof title, TITLE, i);
      if (!plain)
        worksheet_set_row (sheet, r, 32, NULL);
      worksheet_write_string (sheet, r, 0, ref, top);
      worksheet_write_string (sheet, r, 1, title, wrap);
      worksheet_write_string (sheet, r, 2, DESCRIPTION, wrap);
      worksheet_write_string (sheet, r, 3, "Third party", top);
      worksheet_write_string (sheet, r, 4, owners[i % G_N_ELEMENTS (owners)], top);
      worksheet_write_string (sheet, r, 6, "Account takeover", top);
      worksheet_write_string (sheet, r, 7, "No multi-factor authentication for supplier access", wrap);
      worksheet_write_string (sheet, r, 8, "yes", top);
      worksheet_write_string (sheet, r, 9, "no", top);
      worksheet_write_string (sheet, r, 10, "no", top);
      worksheet_write_number (sheet, r, 11, l, top);
      worksheet_write_number (sheet, r, 12, im, top);
      l = sg_risk_method_default_level_index (l, im, 5, 5, 4);
      worksheet_write_string (sheet, r, 13, levels[l], fills[l]);
      worksheet_write_string (sheet, r, 14, "Mitigate", top);
      worksheet_write_string (sheet, r, 15, PLAN, wrap);
      worksheet_write_number (sheet, r, 16, 46477, date);
      worksheet_write_number (sheet, r, 18, 1, top);
      worksheet_write_number (sheet, r, 19, im, top);
      l = sg_risk_method_default_level_index (1, im, 5, 5, 4);
      worksheet_write_string (sheet, r, 20, levels[l], fills[l]);
      worksheet_write_string (sheet, r, 21, "Identified", top);
      worksheet_write_number (sheet, r, 24, 46568, date);
      if (!plain)
        worksheet_write_blank (sheet, r, 25, wrap);
      worksheet_write_number (sheet, r, 26, now, datetime);
      worksheet_write_number (sheet, r, 27, now, datetime);
    }
  if (workbook_close (workbook) != LXW_NO_ERROR)
    g_error ("floor: could not write %s", out);
  g_print ("%.3f\n", (g_get_monotonic_time () - start) / 1e6);
  return 0;
}

/* Runs this program again as a child; returns its output and its peak memory in MiB. */
static char *
run_child (const char *self,
           const char *what,
           const char *arg1,
           const char *arg2,
           double     *peak_mib)
{
  int fds[2];
  pid_t pid;
  struct rusage usage;
  int status;
  GString *out = g_string_new (NULL);
  char buffer[256];
  ssize_t got;

  if (pipe (fds) != 0)
    g_error ("pipe failed");
  pid = fork ();
  if (pid == 0)
    {
      dup2 (fds[1], STDOUT_FILENO);
      close (fds[0]);
      execl (self, self, what, arg1, arg2, (char *) NULL);
      _exit (127);
    }
  close (fds[1]);
  while ((got = read (fds[0], buffer, sizeof buffer)) > 0)
    g_string_append_len (out, buffer, got);
  close (fds[0]);
  if (wait4 (pid, &status, 0, &usage) != pid || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("the %s child failed", what);
  *peak_mib = usage.ru_maxrss / 1024.0;
  return g_string_free (out, FALSE);
}

/* The best of ROUNDS: the machine is shared, and noise only ever adds time. */
#define ROUNDS 5

static void
measure (const char *self,
         guint       n)
{
  g_autofree char *dir = g_dir_make_tmp ("safeguard-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.isms", NULL);
  g_autofree char *out = g_build_filename (dir, "export.xlsx", NULL);
  g_autofree char *floor_out = g_build_filename (dir, "floor.xlsx", NULL);
  g_autofree char *plain_out = g_build_filename (dir, "plain.xlsx", NULL);
  g_autofree char *n_text = g_strdup_printf ("%u", n);
  double open_peak, export_peak = 0, floor_peak = 0, peak;
  double export_time = G_MAXDOUBLE, export_cpu = 0, floor_time = G_MAXDOUBLE, plain_time = G_MAXDOUBLE;
  GStatBuf export_stat, floor_stat;

  g_free (run_child (self, "--create", path, n_text, &open_peak));
  g_free (run_child (self, "--open", path, NULL, &open_peak));
  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autofree char *export_s = run_child (self, "--export", path, out, &peak);
      g_autofree char *floor_s = NULL;
      g_autofree char *plain_s = NULL;
      double time, cpu;

      export_peak = MAX (export_peak, peak);
      if (sscanf (export_s, "%lf %lf", &time, &cpu) != 2)
        g_error ("unexpected output of the export child: %s", export_s);
      if (time < export_time)
        {
          export_time = time;
          export_cpu = cpu;
        }
      floor_s = run_child (self, "--floor", n_text, floor_out, &peak);
      floor_peak = MAX (floor_peak, peak);
      floor_time = MIN (floor_time, g_ascii_strtod (floor_s, NULL));
      plain_s = run_child (self, "--plain-floor", n_text, plain_out, &peak);
      plain_time = MIN (plain_time, g_ascii_strtod (plain_s, NULL));
    }
  g_stat (out, &export_stat);
  g_stat (floor_out, &floor_stat);

  g_print ("%7u risks  export %7.3f s  floor %7.3f s  ratio %5.2f  (export's processor time %.3f s on two threads)\n",
           n, export_time, floor_time, export_time / floor_time, export_cpu);
  g_print ("%7s        floor without formats and row heights %.3f s  ratio %5.2f\n",
           "", plain_time, export_time / plain_time);
  g_print ("%7s        peak memory: open only %.0f MiB, open + export %.0f MiB (export's own %.0f MiB), floor %.0f MiB\n",
           "", open_peak, export_peak, export_peak - open_peak, floor_peak);
  g_print ("%7s        file sizes: export %.1f MiB, floor %.1f MiB\n", "",
           export_stat.st_size / 1048576.0, floor_stat.st_size / 1048576.0);

  sg_store_delete_files (path);
  g_unlink (out);
  g_unlink (floor_out);
  g_unlink (plain_out);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  sg_memory_init ();

  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

  if (argc >= 4 && g_str_equal (argv[1], "--create"))
    {
      create_register (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10));
      return 0;
    }
  if (argc >= 3 && g_str_equal (argv[1], "--open"))
    return child_open (argv[2]);
  if (argc >= 4 && g_str_equal (argv[1], "--export"))
    return child_export (argv[2], argv[3]);
  if (argc >= 4 && (g_str_equal (argv[1], "--floor") || g_str_equal (argv[1], "--plain-floor")))
    return child_floor ((guint) g_ascii_strtoull (argv[2], NULL, 10), argv[3],
                        g_str_equal (argv[1], "--plain-floor"));

  if (argc < 2)
    {
      measure (self, 100000);
      return 0;
    }
  for (int i = 1; i < argc; i++)
    measure (self, (guint) g_ascii_strtoull (argv[i], NULL, 10));
  return 0;
}
