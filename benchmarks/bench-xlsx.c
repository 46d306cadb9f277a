/* bench-xlsx.c: exporting a large register as a workbook, against bare libxlsxwriter writing the same cells
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-xlsx [N_RISKS …]   (default: 100000)
 * Creates a register of N risks, then runs three child processes, each
 * measured on its own (time inside, peak memory from wait4()). Every step
 * runs in a child of this small process, because Linux carries a parent's
 * peak memory over into a forked child's.
 *   open    — only opens the register: the memory the store itself takes;
 *   export  — opens it and writes the workbook with sg_xlsx_export();
 *   floor   — nothing but libxlsxwriter in constant-memory mode writing the
 *             risk sheet's cells (same rows, columns, strings and numbers);
 *             and once more with the styles the workbook adds for reading
 *             (top alignment, wrapping, row heights).
 * Prints the best of three times, their ratio and the peaks. Not a test: nothing here
 * fails on a slow machine. */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "sg-risk-method.h"
#include "sg-risk.h"
#include "sg-store.h"
#include "sg-xlsx.h"

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
  sg_store_begin_batch (store, &error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf (TITLE, i);
      g_autoptr(SgRecord) risk =
        g_object_new (SG_TYPE_RISK,
                      "title", title,
                      "description", DESCRIPTION,
                      "category", "Third party",
                      "owner", owners[i % G_N_ELEMENTS (owners)],
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

static int
child_export (const char *path,
              const char *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_autoptr(SgXlsxPlan) plan = NULL;
  gint64 start, planned;

  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  plan = sg_xlsx_plan_new (store, SG_XLSX_FLAGS_NONE, NULL, &error);
  g_assert_no_error (error);
  planned = g_get_monotonic_time ();
  if (!sg_xlsx_plan_write (plan, out, NULL, NULL, NULL, &error))
    g_error ("%s", error->message);
  g_print ("%.3f %.3f\n", (g_get_monotonic_time () - start) / 1e6, (planned - start) / 1e6);
  return 0;
}

/* The floor: the risk sheet's cells, written with nothing but libxlsxwriter.
 * @styled adds what the workbook adds for reading: cells aligned to the top
 * and wrapped where long, and a row height for the wrapped lines. */
static int
child_floor (guint       n,
             const char *out,
             gboolean    styled)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  gint64 start = g_get_monotonic_time ();
  lxw_workbook *workbook = workbook_new_opt (out, &options);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Risks");
  lxw_format *date = workbook_add_format (workbook);
  lxw_format *fill = workbook_add_format (workbook);
  lxw_format *top = NULL, *wrap = NULL;

  format_set_num_format_index (date, 14);
  format_set_bg_color (fill, 0xF57C00);
  if (styled)
    {
      top = workbook_add_format (workbook);
      wrap = workbook_add_format (workbook);
      format_set_align (top, LXW_ALIGN_VERTICAL_TOP);
      format_set_align (wrap, LXW_ALIGN_VERTICAL_TOP);
      format_set_text_wrap (wrap);
      format_set_align (date, LXW_ALIGN_VERTICAL_TOP);
      format_set_align (fill, LXW_ALIGN_VERTICAL_TOP);
    }
  for (lxw_col_t c = 0; c < N_COLUMNS; c++)
    worksheet_write_string (sheet, 0, c, "Header", NULL);
  for (guint i = 0; i < n; i++)
    {
      lxw_row_t r = i + 1;
      char ref[16], title[128];
      int l = (int) (i % 5) + 1, im = (int) ((i / 5) % 5) + 1;

      g_snprintf (ref, sizeof ref, "R-%03u", i + 1);
      g_snprintf (title, sizeof title, TITLE, i);
      if (styled)
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
      worksheet_write_string (sheet, r, 13, levels[sg_risk_method_default_level_index (l, im, 5, 5, 4)], fill);
      worksheet_write_string (sheet, r, 14, "Mitigate", top);
      worksheet_write_string (sheet, r, 15, PLAN, wrap);
      worksheet_write_number (sheet, r, 16, 46477, date);
      worksheet_write_number (sheet, r, 18, 1, top);
      worksheet_write_number (sheet, r, 19, im, top);
      worksheet_write_string (sheet, r, 20, levels[sg_risk_method_default_level_index (1, im, 5, 5, 4)], fill);
      worksheet_write_string (sheet, r, 21, "Identified", top);
      worksheet_write_number (sheet, r, 24, 46568, date);
      worksheet_write_number (sheet, r, 26, 46349.5, date);
      worksheet_write_number (sheet, r, 27, 46349.5, date);
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

static void
measure (const char *self,
         guint       n)
{
  g_autofree char *dir = g_dir_make_tmp ("safeguard-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.isms", NULL);
  g_autofree char *out = g_build_filename (dir, "export.xlsx", NULL);
  g_autofree char *floor_out = g_build_filename (dir, "floor.xlsx", NULL);
  g_autofree char *n_text = g_strdup_printf ("%u", n);
  g_autofree char *open_s = NULL;
  g_autofree char *export_s = NULL;
  g_autofree char *floor_s = NULL;
  g_autofree char *styled_s = NULL;
  double open_peak, export_peak, floor_peak, export_time = 0, plan_time = 0, floor_time, styled_time;
  GStatBuf export_stat, floor_stat;

  g_free (run_child (self, "--create", path, n_text, &open_peak));
  open_s = run_child (self, "--open", path, NULL, &open_peak);
  /* The best of three: the machine is shared, and noise only ever adds time. */
  export_time = floor_time = styled_time = G_MAXDOUBLE;
  for (guint round = 0; round < 3; round++)
    {
      double e, p, f, peak;

      g_free (styled_s);
      styled_s = run_child (self, "--styled-floor", n_text, floor_out, &peak);
      styled_time = MIN (styled_time, g_ascii_strtod (styled_s, NULL));

      g_free (export_s);
      export_s = run_child (self, "--export", path, out, &peak);
      export_peak = round == 0 ? peak : MAX (export_peak, peak);
      g_free (floor_s);
      floor_s = run_child (self, "--floor", n_text, floor_out, &peak);
      floor_peak = round == 0 ? peak : MAX (floor_peak, peak);
      if (sscanf (export_s, "%lf %lf", &e, &p) != 2)
        g_error ("unexpected output of the export child: %s", export_s);
      f = g_ascii_strtod (floor_s, NULL);
      if (e < export_time)
        {
          export_time = e;
          plan_time = p;
        }
      floor_time = MIN (floor_time, f);
    }
  g_stat (out, &export_stat);
  g_stat (floor_out, &floor_stat);

  g_print ("%7u risks  export %7.3f s (plan %.3f s)  floor %7.3f s  ratio %5.2f\n",
           n, export_time, plan_time, floor_time, export_time / floor_time);
  g_print ("%7s        floor with the same styles and row heights %.3f s  ratio %5.2f\n",
           "", styled_time, export_time / styled_time);
  g_print ("%7s        peak memory: open only %.0f MiB, open + export %.0f MiB (export's own %.0f MiB), floor %.0f MiB\n",
           "", open_peak, export_peak, export_peak - open_peak, floor_peak);
  g_print ("%7s        file sizes: export %.1f MiB, floor %.1f MiB\n", "",
           export_stat.st_size / 1048576.0, floor_stat.st_size / 1048576.0);

  sg_store_delete_files (path);
  g_unlink (out);
  g_unlink (floor_out);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
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
  if (argc >= 4 && (g_str_equal (argv[1], "--floor") || g_str_equal (argv[1], "--styled-floor")))
    return child_floor ((guint) g_ascii_strtoull (argv[2], NULL, 10), argv[3],
                        g_str_equal (argv[1], "--styled-floor"));

  if (argc < 2)
    {
      measure (self, 100000);
      return 0;
    }
  for (int i = 1; i < argc; i++)
    measure (self, (guint) g_ascii_strtoull (argv[i], NULL, 10));
  return 0;
}
