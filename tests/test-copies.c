/* test-copies.c: copies of an open register, frozen copies, rolling
 * backups and restoring one, and temporary files a killed Safeguard left
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sg-backups.h"
#include "sg-kinds.h"
#include "sg-risk.h"
#include "sg-output-file.h"
#include "sg-sample.h"
#include "sg-store-copies.h"
#include "sg-test-util.h"

typedef struct
{
  char *dir;
  char *path;
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
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sg_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static guint
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static guint
count_risks (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_RISK));
}

static void
assert_check_passes (const char *path)
{
  SgTestRun run = { 0 };

  sg_test_run_safeguard (&run, "--check", path, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "integrity: ok\n"));
  sg_test_run_clear (&run);
}

static void
copy_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GError **error = user_data;

  if (!sg_store_copy_to_finish (SG_STORE (source), result, error))
    g_assert_nonnull (*error);
  else
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NONE, "done");
}

/* A copy made in a thread while the window keeps saving edits is one
 * consistent register: it opens, passes --check, and holds the risks of
 * one moment — none of a batch that was still open. */
static void
test_copy_while_editing (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) done = NULL;
  g_autoptr(SgStore) store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  g_autofree char *copy = g_build_filename (f->dir, "copy.isms", NULL);
  guint before, after, copied, edits = 0;

  g_assert_no_error (error);
  sg_test_add_numbered_risks (store, 3000);
  before = g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_RISK));

  /* An open batch: its risks are not committed, and must not be copied. */
  g_assert_true (sg_store_begin_batch (store, &error));
  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK, "title", "Uncommitted", NULL);

      g_assert_true (sg_store_add (store, risk, &error));
    }
  sg_store_rollback_batch (store);

  sg_store_copy_to_async (store, copy, NULL, copy_done_cb, &done);
  /* Edits, each saved at once, while the copy runs. */
  while (done == NULL)
    {
      g_autofree char *title = g_strdup_printf ("Added during the copy %u", edits++);
      g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK, "title", title, NULL);

      g_assert_true (sg_store_add (store, risk, &error));
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_error (done, G_IO_ERROR, G_IO_ERROR_NONE);
  after = g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_RISK));
  g_test_message ("%u edits while copying", edits);

  g_assert_cmpuint (mode_of (copy), ==, 0600);
  assert_check_passes (copy);
  copied = count_risks (copy);
  g_assert_cmpuint (copied, >=, before);
  g_assert_cmpuint (copied, <=, after);

  /* The register itself stays open and writable, and so is the copy's
   * own name free of side files. */
  {
    g_autofree char *journal = g_strconcat (copy, "-journal", NULL);

    g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  }
  sg_store_close (store);
  assert_check_passes (f->path);
}

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
  signal (SIGXFSZ, SIG_DFL);
  sg_test_run_safeguard (run, arg, path, NULL);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, old_handler);
}

/* A copy on a full disk: one line saying so, exit 1, and no file at
 * all — neither the copy nor its temporary file. */
static void
test_copy_disk_full (Fixture       *f,
                     gconstpointer  data)
{
  static const char *const options[] = { "--save-copy=", "--freeze=" };
  static const rlim_t limits[] = { 4 * 1024, 64 * 1024, 300 * 1024 };
  g_autofree char *out_dir = g_build_filename (f->dir, "out", NULL);
  g_autofree char *out = g_build_filename (out_dir, "copy.isms", NULL);

  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);
  for (guint o = 0; o < G_N_ELEMENTS (options); o++)
    for (guint l = 0; l < G_N_ELEMENTS (limits); l++)
      {
        g_autofree char *arg = g_strconcat (options[o], out, NULL);
        SgTestRun run = { 0 };

        run_limited (&run, limits[l], arg, f->path);
        g_test_message ("%s at %lu bytes: %s", options[o], (unsigned long) limits[l], run.err);
        g_assert_cmpint (run.status, ==, 1);
        g_assert_true (g_str_has_prefix (run.err, "safeguard: "));
        g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
        g_assert_nonnull (strstr (run.err, "the disk is full"));
        g_assert_null (strstr (run.err, ".tmp-"));
        g_assert_cmpuint (sg_test_count_files (out_dir), ==, 0);
        sg_test_run_clear (&run);
      }
}

/* An unwritable folder: one line, and nothing left behind. */
static void
test_copy_unwritable (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  g_autofree char *copy = g_build_filename (f->dir, "missing", "copy.isms", NULL);

  g_assert_false (sg_store_copy_to (store, copy, &error));
  g_assert_nonnull (error);
  g_assert_null (strstr (error->message, ".tmp-"));
  g_assert_null (strchr (error->message, '\n'));
}

static void
test_copy_modes (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->dir, "copy.isms", NULL);
  g_autofree char *frozen = g_build_filename (f->dir, "frozen.isms", NULL);
  g_autofree char *manifest = sg_frozen_copy_manifest_path (frozen);
  g_autofree char *copy_arg = g_strconcat ("--save-copy=", copy, NULL);
  g_autofree char *freeze_arg = g_strconcat ("--freeze=", frozen, NULL);
  SgTestRun run = { 0 };
  mode_t old_umask = umask (0);

  sg_test_run_safeguard (&run, copy_arg, f->path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  sg_test_run_clear (&run);
  sg_test_run_safeguard (&run, freeze_arg, f->path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  sg_test_run_clear (&run);
  umask (old_umask);

  g_assert_cmpuint (mode_of (copy), ==, 0600);
  g_assert_cmpuint (mode_of (frozen), ==, 0400);
  g_assert_cmpuint (mode_of (manifest), ==, 0400);
  assert_check_passes (copy);
  g_assert_cmpuint (count_risks (copy), ==, count_risks (f->path));
}

static void
flip_byte (const char *path,
           goffset     offset)
{
  int fd = g_open (path, O_RDWR, 0);
  guchar byte;

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pread (fd, &byte, 1, offset), ==, 1);
  byte ^= 0x01;
  g_assert_cmpint (pwrite (fd, &byte, 1, offset), ==, 1);
  close (fd);
}

/* `--check` on a frozen copy says whether it is still the file that was
 * frozen: unchanged, changed (one byte flipped), or — with no manifest —
 * nothing about it. */
static void
test_frozen_check (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  g_autofree char *frozen = g_build_filename (f->dir, "audit.isms", NULL);
  g_autofree char *manifest = sg_frozen_copy_manifest_path (frozen);
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *sha = NULL;
  g_autofree char *actual_sha = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *expected_line = NULL;
  SgTestRun run = { 0 };

  g_assert_true (sg_store_freeze_to (store, frozen, &error));
  g_assert_no_error (error);
  /* The history chain's head is kept outside the file too. */
  {
    g_autofree char *head = sg_store_dup_history_head (store);
    g_autoptr(GKeyFile) early = g_key_file_new ();
    g_autofree char *kept = NULL;

    g_assert_true (g_key_file_load_from_file (early, manifest, G_KEY_FILE_NONE, &error));
    kept = g_key_file_get_string (early, "Frozen Copy", "history-head", NULL);
    g_assert_nonnull (head);
    g_assert_cmpstr (kept, ==, head);
  }
  g_clear_object (&store);

  g_assert_true (g_key_file_load_from_file (keys, manifest, G_KEY_FILE_NONE, &error));
  file_name = g_key_file_get_string (keys, "Frozen Copy", "file", NULL);
  g_assert_cmpstr (file_name, ==, "audit.isms");
  g_assert_cmpint (g_key_file_get_integer (keys, "Records", "risks", NULL), ==, 40);
  sha = g_key_file_get_string (keys, "Frozen Copy", "sha256", NULL);
  actual_sha = sg_test_checksum (frozen);
  g_assert_cmpstr (sha, ==, actual_sha);

  sg_test_run_safeguard (&run, "--check", frozen, NULL);
  g_assert_cmpint (run.status, ==, 0);
  expected_line = g_strdup_printf (" (sha256 %s)\n", sha);
  g_assert_nonnull (strstr (run.out, "frozen copy: unchanged since "));
  g_assert_nonnull (strstr (run.out, expected_line));
  sg_test_run_clear (&run);

  /* A byte of a text (the scope's exclusions): the file still opens,
   * but is not the one that was frozen. A byte at a fixed place could
   * fall on what SQLite needs to read the file at all. */
  g_assert_cmpint (g_chmod (frozen, 0600), ==, 0);
  {
    static const char text[] = "Nordwind Polska";
    g_autofree char *contents = NULL;
    gsize length, at = 0;

    g_assert_true (g_file_get_contents (frozen, &contents, &length, NULL));
    while (at + strlen (text) <= length && memcmp (contents + at, text, strlen (text)) != 0)
      at++;
    g_assert_cmpuint (at + strlen (text), <=, length);
    flip_byte (frozen, at + strlen ("Nordwind "));
  }
  sg_test_run_safeguard (&run, "--check", frozen, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "frozen copy: changed since it was frozen"));
  g_assert_nonnull (strstr (run.err, "no longer the file that was frozen"));
  sg_test_run_clear (&run);

  /* No manifest: an ordinary register, nothing said of freezing. */
  g_assert_cmpint (g_chmod (manifest, 0600), ==, 0);
  g_assert_cmpint (g_unlink (manifest), ==, 0);
  sg_test_run_safeguard (&run, "--check", frozen, NULL);
  g_assert_null (strstr (run.out, "frozen copy"));
  sg_test_run_clear (&run);
}

/* Days 1 to 40 of a run of daily backups, 2026-11-02 (a Monday) to
 * 2026-12-11 (a Friday). */
static void
day (GDate *date,
     guint  n)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, 2, G_DATE_NOVEMBER, 2026);
  g_date_add_days (date, n - 1);
}

static void
test_rotation (void)
{
  /* The last 7 days (34–40), and the oldest of each of the 4 weeks
   * before the current one (Mondays 29, 22, 15, 8). */
  static const guint expected[] = { 8, 15, 22, 29, 34, 35, 36, 37, 38, 39, 40 };
  GDate dates[40];
  GDate today;
  g_autofree gboolean *keep = NULL;
  g_autoptr(GArray) survivors = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_kept = 0;

  for (guint i = 0; i < 40; i++)
    day (&dates[i], i + 1);
  day (&today, 40);
  keep = sg_backups_plan (dates, 40, &today, SG_BACKUPS_KEEP_DAYS, SG_BACKUPS_KEEP_WEEKS);
  for (guint i = 0; i < 40; i++)
    if (keep[i])
      {
        g_assert_cmpuint (n_kept, <, G_N_ELEMENTS (expected));
        g_assert_cmpuint (i + 1, ==, expected[n_kept]);
        n_kept++;
      }
  g_assert_cmpuint (n_kept, ==, G_N_ELEMENTS (expected));

  /* Run day by day, deleting as it goes: the same backups are left. */
  for (guint t = 1; t <= 40; t++)
    {
      g_autoptr(GArray) now_dates = g_array_new (FALSE, FALSE, sizeof (GDate));
      g_autoptr(GArray) kept_days = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autofree gboolean *k = NULL;

      g_array_append_val (survivors, t);
      for (guint i = 0; i < survivors->len; i++)
        {
          GDate d;

          day (&d, g_array_index (survivors, guint, i));
          g_array_append_val (now_dates, d);
        }
      day (&today, t);
      k = sg_backups_plan ((GDate *) now_dates->data, now_dates->len, &today, 7, 4);
      for (guint i = 0; i < survivors->len; i++)
        if (k[i])
          g_array_append_val (kept_days, g_array_index (survivors, guint, i));
      g_array_set_size (survivors, 0);
      g_array_append_vals (survivors, kept_days->data, kept_days->len);
      g_assert_cmpuint (survivors->len, <=, 7 + 4);
    }
  g_assert_cmpuint (survivors->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < survivors->len; i++)
    g_assert_cmpuint (g_array_index (survivors, guint, i), ==, expected[i]);

  /* Backups dated after today (a clock set back) are never deleted. */
  {
    GDate future;
    g_autofree gboolean *k = NULL;

    day (&future, 50);
    day (&today, 40);
    k = sg_backups_plan (&future, 1, &today, 7, 4);
    g_assert_true (k[0]);
  }
}

/* The backups of a register: one a day, written beside it, rotated, and
 * listed newest first with the copies kept before a restore. */
static void
test_backups_make (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  g_autofree char *folder = sg_backups_folder (f->path, NULL);
  g_autofree char *expected_folder = g_build_filename (f->dir, "register.isms-backups", NULL);
  g_autofree char *unrelated = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gboolean made = FALSE;
  GDate today;

  g_assert_cmpstr (folder, ==, expected_folder);
  for (guint t = 1; t <= 40; t++)
    {
      day (&today, t);
      g_assert_true (sg_backups_make (store, folder, &today, &made, &error));
      g_assert_no_error (error);
      g_assert_true (made);
      if (t == 20)
        {
          /* Another register's backup in the same folder is not ours to delete. */
          unrelated = g_build_filename (folder, "other-2026-11-21.isms", NULL);
          g_assert_true (g_file_set_contents (unrelated, "x", 1, NULL));
        }
    }
  /* Once a day: the second time the same day writes nothing. */
  g_assert_true (sg_backups_make (store, folder, &today, &made, &error));
  g_assert_false (made);

  list = sg_backups_list (folder, f->path);
  g_assert_cmpuint (list->len, ==, 11);
  g_assert_cmpint (g_date_get_day (&((SgBackup *) g_ptr_array_index (list, 0))->date), ==, 11);
  g_assert_true (g_str_has_suffix (((SgBackup *) g_ptr_array_index (list, 0))->path,
                                   "/register-2026-12-11.isms"));
  g_assert_true (g_file_test (unrelated, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (mode_of (((SgBackup *) g_ptr_array_index (list, 0))->path), ==, 0600);
  assert_check_passes (((SgBackup *) g_ptr_array_index (list, 0))->path);
}

/* Restoring: the register as it was is kept as a backup first, and then
 * the register is the backup, byte for byte. */
static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  g_autofree char *folder = sg_backups_folder (f->path, NULL);
  g_autofree char *backup = NULL;
  g_autofree char *backup_sum = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gboolean made;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  g_assert_true (sg_backups_make (store, folder, &today, &made, &error));
  backup = sg_backups_daily_path (folder, f->path, &today);
  backup_sum = sg_test_checksum (backup);
  g_assert_cmpuint (count_risks (backup), ==, 40);

  /* Edits after the backup: 40 → 140 risks. */
  sg_test_add_numbered_risks (store, 100);

  g_assert_true (sg_backups_restore (store, backup, folder, &kept, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  {
    g_autofree char *sum = sg_test_checksum (f->path);

    g_assert_cmpstr (sum, ==, backup_sum);
  }
  g_assert_cmpuint (count_risks (f->path), ==, 40);
  g_assert_cmpuint (count_risks (kept), ==, 140);
  g_assert_cmpuint (mode_of (f->path), ==, 0600);
  assert_check_passes (f->path);

  list = sg_backups_list (folder, f->path);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_false (((SgBackup *) g_ptr_array_index (list, 0))->daily &&
                  ((SgBackup *) g_ptr_array_index (list, 1))->daily);

  /* Undoing the restore is restoring what was kept. */
  store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  {
    g_autofree char *kept_again = NULL;

    g_assert_true (sg_backups_restore (store, kept, folder, &kept_again, &error));
    g_assert_no_error (error);
  }
  g_clear_object (&store);
  g_assert_cmpuint (count_risks (f->path), ==, 140);
}

/* A damaged register's message names the newest backup. */
static void
test_damaged_names_backup (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = sg_backups_folder (f->path, NULL);
  SgTestRun run = { 0 };
  GDate today;

  {
    g_autoptr(SgStore) store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);
    gboolean made;

    day (&today, 3);
    g_assert_true (sg_backups_make (store, folder, &today, &made, &error));
    day (&today, 4);
    g_assert_true (sg_backups_make (store, folder, &today, &made, &error));
  }
  /* Pages 2 to 4 overwritten with noise. */
  {
    int fd = g_open (f->path, O_WRONLY, 0);
    char noise[3 * 4096];

    memset (noise, 0x5a, sizeof noise);
    g_assert_cmpint (pwrite (fd, noise, sizeof noise, 4096), ==, sizeof noise);
    close (fd);
  }
  sg_test_run_safeguard (&run, "--check", f->path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "Restore it from a backup"));
  g_assert_nonnull (strstr (run.err, "“register-2026-11-05.isms” in the folder"));
  sg_test_run_clear (&run);
}

/* At start, a temporary file a killed Safeguard left beside the register
 * is removed; one that another running Safeguard is writing, and every
 * other file, stays. */
static void
test_stale_temporaries (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *live = NULL;
  g_autofree char *dead = NULL;
  g_autofree char *dead_name = NULL;
  static const char *const others[] = {
    "register.isms.tmp-1234567",  /* not six characters */
    "register.isms.tmp-12345",
    "other.isms.tmp-abcdef",      /* another file's */
    "register.isms.tmp",
    "notes.txt",
  };
  int pipe_fds[2];
  pid_t pid;

  /* A writer killed in the middle: it made its temporary file and died. */
  g_assert_cmpint (pipe (pipe_fds), ==, 0);
  pid = fork ();
  if (pid == 0)
    {
      g_autofree char *tmp = sg_output_file_begin (f->path, NULL);

      if (write (pipe_fds[1], tmp, strlen (tmp)) < 0)
        _exit (2);
      raise (SIGKILL);
      _exit (1);
    }
  close (pipe_fds[1]);
  {
    char name[4096] = { 0 };
    int status;

    g_assert_cmpint (read (pipe_fds[0], name, sizeof name - 1), >, 0);
    close (pipe_fds[0]);
    g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
    g_assert_true (WIFSIGNALED (status));
    dead = g_strdup (name);
  }
  g_assert_true (g_file_test (dead, G_FILE_TEST_EXISTS));

  /* A writer alive: this process, holding its temporary file's lock. */
  live = sg_output_file_begin (f->path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autofree char *p = g_build_filename (f->dir, others[i], NULL);

      g_assert_true (g_file_set_contents (p, "keep", -1, NULL));
    }

  {
    g_autoptr(SgStore) store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);

    g_assert_no_error (error);
  }
  g_assert_false (g_file_test (dead, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (live, G_FILE_TEST_EXISTS));
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autofree char *p = g_build_filename (f->dir, others[i], NULL);

      g_assert_true (g_file_test (p, G_FILE_TEST_EXISTS));
    }
  sg_output_file_abort (live);

  /* A read-only command touches nothing beside the register. */
  dead_name = g_strconcat (f->path, ".tmp-zzzzzz", NULL);
  g_assert_true (g_file_set_contents (dead_name, "", 0, NULL));
  {
    g_autoptr(SgStore) store = sg_store_open (f->path, SG_STORE_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
  }
  g_assert_true (g_file_test (dead_name, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/copies/while-editing", test_copy_while_editing);
  ADD ("/copies/disk-full", test_copy_disk_full);
  ADD ("/copies/unwritable", test_copy_unwritable);
  ADD ("/copies/modes", test_copy_modes);
  ADD ("/copies/frozen-check", test_frozen_check);
  g_test_add_func ("/backups/rotation", test_rotation);
  ADD ("/backups/make", test_backups_make);
  ADD ("/backups/restore", test_restore);
  ADD ("/backups/damaged-names-backup", test_damaged_names_backup);
  ADD ("/copies/stale-temporaries", test_stale_temporaries);
#undef ADD

  return g_test_run ();
}
