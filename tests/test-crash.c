/* test-crash.c: Safeguard killed in the middle of anything loses nothing
 * it said was saved and never leaves a damaged register
 *
 * crash-helper makes scripted edits through the store and prints each once
 * it is committed; this test kills it with SIGKILL at a random moment,
 * then checks the register with `safeguard --check` and looks for every
 * edit printed before the kill. SAFEGUARD_CRASH_KILLS sets how many times
 * (the meson option crash_kills; 20 by default, 200 for the full run).
 * A killed import leaves all of its rows or none.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sg-risk.h"
#include "sg-sample.h"
#include "sg-store.h"
#include "sg-test-util.h"

static SgRecord *
find_titled (SgStore    *store,
             const char *title)
{
  SgRecord *const *risks;
  guint n;

  risks = sg_store_peek_records (store, SG_TYPE_RISK, &n);
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (sg_record_peek_string (risks[i], "title"), title) == 0)
      return risks[i];
  return NULL;
}

static guint
count_prefixed (SgStore    *store,
                const char *prefix)
{
  SgRecord *const *risks;
  guint n, found = 0;

  risks = sg_store_peek_records (store, SG_TYPE_RISK, &n);
  for (guint i = 0; i < n; i++)
    if (g_str_has_prefix (sg_record_peek_string (risks[i], "title") ?: "", prefix))
      found++;
  return found;
}

/* What one printed line promises. */
static void
assert_holds (SgStore    *store,
              const char *line)
{
  char step[16];
  guint round, k;
  g_autofree char *title = NULL;

  g_assert_cmpint (sscanf (line, "%15s %u %u", step, &round, &k), ==, 3);
  if (g_str_equal (step, "batch"))
    {
      g_autofree char *prefix = g_strdup_printf ("%u/%u batch ", round, k);

      g_assert_cmpuint (count_prefixed (store, prefix), ==, 5);
      return;
    }
  title = g_strdup_printf (g_str_equal (step, "edit") ? "%u/%u edited" : "%u/%u %s", round, k, step);
  if (g_str_equal (step, "delete"))
    g_assert_null (find_titled (store, title));
  else if (find_titled (store, title) == NULL)
    g_error ("“%s” was printed, but “%s” is not in the register", line, title);
  if (g_str_equal (step, "link"))
    g_assert_cmpuint (g_variant_n_children (sg_record_peek_links (find_titled (store, title), "controls")),
                      ==, 2);
}

static void
assert_register_checks (const char *path)
{
  SgTestRun run = { 0 };

  sg_test_run_safeguard (&run, "--check", path, NULL);
  if (run.status != 0)
    g_error ("--check after a kill: %s", run.err);
  /* The history chain holds too: a kill never leaves an entry half-hashed. */
  g_assert_nonnull (strstr (run.out, "\nintegrity: ok\nhistory: intact ("));
  sg_test_run_clear (&run);
}

static void
test_killed_edits (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "register.isms", NULL);
  const char *helper = g_getenv ("SAFEGUARD_CRASH_HELPER");
  const char *kills_env = g_getenv ("SAFEGUARD_CRASH_KILLS");
  guint kills = kills_env != NULL ? (guint) g_ascii_strtoull (kills_env, NULL, 10) : 20;
  guint printed_total = 0;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (helper);
  g_assert_true (sg_sample_create (path, &error));
  g_assert_no_error (error);

  for (guint round = 0; round < kills; round++)
    {
      g_autofree char *round_arg = g_strdup_printf ("%u", round);
      const char *argv[] = { helper, path, round_arg, NULL };
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(SgStore) store = NULL;
      g_autofree char *partial = NULL;
      gint64 kill_at;
      GPid pid;
      int out_fd;
      int status;
      FILE *out;
      char buffer[256];

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                               NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
      g_assert_no_error (error);
      /* Anywhere from opening the register to some hundred edits in. */
      kill_at = g_get_monotonic_time () + g_test_rand_int_range (5, 400) * 1000;
      while (g_get_monotonic_time () < kill_at)
        g_usleep (1000);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
      g_spawn_close_pid (pid);

      out = fdopen (out_fd, "r");
      while (fgets (buffer, sizeof buffer, out) != NULL)
        {
          /* A line cut by the kill was not printed in full: not promised. */
          if (strchr (buffer, '\n') == NULL)
            break;
          g_ptr_array_add (lines, g_strdup (buffer));
        }
      fclose (out);
      printed_total += lines->len;

      assert_register_checks (path);
      store = sg_store_open (path, SG_STORE_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < lines->len; i++)
        assert_holds (store, g_ptr_array_index (lines, i));
      /* The step the kill interrupted: a batch is all or nothing. */
      partial = g_strdup_printf ("%u/%u batch ", round, lines->len);
      g_assert_true (count_prefixed (store, partial) == 0 || count_prefixed (store, partial) == 5);
    }
  g_test_message ("%u kills, %u edits printed before them", kills, printed_total);
  g_assert_cmpuint (printed_total, >, 0);
  sg_test_rmdir (dir);
}

static guint
count_risks (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_RISK));
}

/* An import killed on the way adds all of its rows or none. */
static void
test_killed_import (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "register.isms", NULL);
  g_autofree char *csv = g_build_filename (dir, "risks.csv", NULL);
  g_autofree char *import_arg = g_strdup_printf ("--import-csv=%s", csv);
  g_autoptr(GString) text = g_string_new ("Title,Description,Probability,Severity\n");
  g_autoptr(GError) error = NULL;
  const guint n_rows = 20000;
  guint before, seen_all = 0, seen_none = 0;

  g_assert_true (sg_sample_create (path, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (text, "Imported %u,A risk from a spreadsheet,%u,%u\n", i, i % 5 + 1, i % 3 + 1);
  g_assert_true (g_file_set_contents (csv, text->str, -1, NULL));
  before = count_risks (path);

  for (guint round = 0; round < 6; round++)
    {
      const char *argv[] = { g_getenv ("SAFEGUARD_BIN"), import_arg, path, NULL };
      guint after;
      GPid pid;
      int status;

      g_assert_true (g_spawn_async (NULL, (char **) argv, NULL,
                                    G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                                    G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, &error));
      g_assert_no_error (error);
      g_usleep (g_test_rand_int_range (50, 900) * 1000);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);

      assert_register_checks (path);
      after = count_risks (path);
      if (after == before)
        seen_none++;
      else
        {
          g_assert_cmpuint (after, ==, before + n_rows);
          seen_all++;
          before = after;
        }
    }
  g_test_message ("killed imports: %u left nothing, %u had finished", seen_none, seen_all);
  sg_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (g_getenv ("SAFEGUARD_BIN"));

  g_test_add_func ("/crash/killed-edits", test_killed_edits);
  g_test_add_func ("/crash/killed-import", test_killed_import);

  return g_test_run ();
}
