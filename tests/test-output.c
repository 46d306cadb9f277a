/* test-output.c: every file Safeguard writes is complete or absent, and
 * 0600 — on a full disk, after a killed export, for every kind of export
 *
 * The disk is "full" through RLIMIT_FSIZE, which the executable inherits:
 * no file it writes may grow beyond the limit.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sg-kinds.h"
#include "sg-sample.h"
#include "sg-store.h"
#include "sg-test-util.h"

/* Each export: its option and the file's name. */
static const char *const exports[][2] = {
  { "--heatmap=", "out.pdf" },
  { "--heatmap=", "out.svg" },
  { "--heatmap=", "out.png" },
  { "--export-csv=", "out.csv" },
  { "--export-xlsx=", "out.xlsx" },
  { "--export-soa=", "soa.pdf" },
  { "--export-review=", "minutes.pdf" },
};

typedef struct
{
  char *dir;       /* the register's folder */
  char *out_dir;   /* where the exports go */
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sg_test_mkdtemp ();
  f->out_dir = g_build_filename (f->dir, "out", NULL);
  g_assert_cmpint (g_mkdir (f->out_dir, 0700), ==, 0);
  f->path = g_build_filename (f->dir, "register.isms", NULL);
  g_assert_true (sg_sample_create (f->path, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sg_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->out_dir);
  g_free (f->path);
}

static void
assert_one_line (SgTestRun *run)
{
  g_assert_cmpint (run->status, ==, 1);
  g_assert_true (g_str_has_prefix (run->err, "safeguard: "));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
}

/* Runs the executable with no file allowed to grow beyond @limit bytes. */
static void
run_limited (SgTestRun  *run,
             rlim_t      limit,
             const char *arg,
             const char *path)
{
  struct rlimit old_limit, new_limit;
  void (*old_handler) (int) = signal (SIGXFSZ, SIG_IGN);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  new_limit = old_limit;
  new_limit.rlim_cur = limit;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &new_limit), ==, 0);
  /* SIGXFSZ is set back to its default for the child: Safeguard must
   * ignore it itself, or it dies beside a half-written file. */
  signal (SIGXFSZ, SIG_DFL);
  sg_test_run_safeguard (run, arg, path, NULL);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, old_handler);
}

/* Limits at which each export fails at a different step: the first
 * bytes, a sheet's temporary file, the workbook's assembly. */
static const rlim_t limits[] = { 6 * 1024, 20 * 1024, 60 * 1024, 100 * 1024 };

static goffset
size_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_size;
}

static void
reset_folder (const char *dir)
{
  sg_test_rmdir (dir);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
}

static void
test_full_disk (Fixture       *f,
                gconstpointer  data)
{
  for (guint k = 0; k < G_N_ELEMENTS (exports) * G_N_ELEMENTS (limits); k++)
    {
      guint i = k % G_N_ELEMENTS (exports);
      rlim_t limit = limits[k / G_N_ELEMENTS (exports)];
      g_autofree char *arg = g_strconcat (exports[i][0], f->out_dir, "/", exports[i][1], NULL);
      g_autofree char *out = g_build_filename (f->out_dir, exports[i][1], NULL);
      g_autofree char *before = sg_test_checksum (f->path);
      g_autofree char *after = NULL;
      SgTestRun run = { 0 };
      goffset whole;

      /* With room, the file and its size. */
      sg_test_run_safeguard (&run, arg, f->path, NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpuint (sg_test_count_files (f->out_dir), ==, 1);
      whole = size_of (out);
      sg_test_run_clear (&run);
      reset_folder (f->out_dir);

      run_limited (&run, limit, arg, f->path);
      if (run.status == 0)
        {
          /* Small enough to fit: then it is whole. */
          g_assert_cmpuint (sg_test_count_files (f->out_dir), ==, 1);
          g_assert_cmpint (size_of (out), ==, whole);
        }
      else
        {
          assert_one_line (&run);
          /* The workbook's message names the disk in words of its own. */
          g_assert_nonnull (strstr (run.err, "disk"));
          g_assert_null (strstr (run.err, ".tmp-"));
          /* Nothing half-written, no temporary file. */
          g_assert_cmpuint (sg_test_count_files (f->out_dir), ==, 0);
        }
      after = sg_test_checksum (f->path);
      g_assert_cmpstr (before, ==, after);
      sg_test_run_clear (&run);
      reset_folder (f->out_dir);
    }
}

/* A full disk while importing is a full disk, not a damaged register,
 * and the register keeps what it held. */
static void
test_full_disk_import (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *csv = g_build_filename (f->out_dir, "risks.csv", NULL);
  g_autofree char *arg = g_strdup_printf ("--import-csv=%s", csv);
  g_autofree char *padding = g_strnfill (600, 'd');
  g_autoptr(GString) text = g_string_new ("Risk ID,Title,Description\n");
  g_autofree char *check_before = NULL;
  GStatBuf st;
  SgTestRun run = { 0 };

  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (text, "X-%u,Risk %u,%s\n", i, i, padding);
  g_assert_true (g_file_set_contents (csv, text->str, -1, NULL));
  sg_test_run_safeguard (&run, "--check", f->path, NULL);
  check_before = g_strdup (run.out);
  sg_test_run_clear (&run);

  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  run_limited (&run, st.st_size + 128 * 1024, arg, f->path);
  assert_one_line (&run);
  g_assert_nonnull (strstr (run.err, "the disk is full"));
  g_assert_null (strstr (run.err, "damaged"));
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, "--check", f->path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, check_before);
  sg_test_run_clear (&run);
}

/* A register that a killed program left with a committed -wal is read
 * from a private copy: on a full disk that copy cannot be made, which is
 * said as such, and the register and its -wal stay as they were. */
static void
test_full_disk_open (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *before = NULL;
  g_autofree char *wal_before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal_after = NULL;
  SgTestRun run = { 0 };
  pid_t pid;
  int status;

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      sqlite3 *db = NULL;

      sqlite3_open (f->path, &db);
      sqlite3_exec (db, "PRAGMA wal_autocheckpoint = 0; UPDATE risk SET title = title || '.'",
                    NULL, NULL, NULL);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  before = sg_test_checksum (f->path);
  wal_before = sg_test_checksum (wal);

  run_limited (&run, 64 * 1024, "--check", f->path);
  assert_one_line (&run);
  g_assert_nonnull (strstr (run.err, "could not be opened: the disk is full"));
  after = sg_test_checksum (f->path);
  wal_after = sg_test_checksum (wal);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr (wal_before, ==, wal_after);
  sg_test_run_clear (&run);
}

static void
test_modes (Fixture       *f,
            gconstpointer  data)
{
  mode_t old_umask = umask (022);

  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      g_autofree char *arg = g_strconcat (exports[i][0], f->out_dir, "/", exports[i][1], NULL);
      g_autofree char *out = g_build_filename (f->out_dir, exports[i][1], NULL);
      SgTestRun run = { 0 };
      GStatBuf st;

      sg_test_run_safeguard (&run, arg, f->path, NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpint (g_stat (out, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      sg_test_run_clear (&run);
    }
  umask (old_umask);
}

/* A killed export leaves its temporary file; the next export to that name
 * removes it, but not one that a running export holds. */
static void
test_stale_temporary (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *stale = g_build_filename (f->out_dir, "out.pdf.tmp-AbC123", NULL);
  g_autofree char *busy = g_build_filename (f->out_dir, "out.pdf.tmp-XyZ789", NULL);
  g_autofree char *other = g_build_filename (f->out_dir, "notes.pdf.tmp-AbC123", NULL);
  g_autofree char *arg = g_strdup_printf ("--heatmap=%s/out.pdf", f->out_dir);
  SgTestRun run = { 0 };
  int fd;

  g_assert_true (g_file_set_contents (stale, "%PDF-1.5 half", -1, NULL));
  g_assert_true (g_file_set_contents (busy, "%PDF-1.5 being written", -1, NULL));
  g_assert_true (g_file_set_contents (other, "someone else's", -1, NULL));
  fd = g_open (busy, O_RDONLY, 0);
  g_assert_cmpint (flock (fd, LOCK_EX), ==, 0);

  sg_test_run_safeguard (&run, arg, f->path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (busy, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  close (fd);
  sg_test_run_clear (&run);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (g_getenv ("SAFEGUARD_BIN"));

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/output/full-disk/exports", test_full_disk);
  ADD ("/output/full-disk/import", test_full_disk_import);
  ADD ("/output/full-disk/open", test_full_disk_open);
  ADD ("/output/mode-0600", test_modes);
  ADD ("/output/stale-temporary", test_stale_temporary);

#undef ADD

  return g_test_run ();
}
