/* test-cli.c: `safeguard --check`, `--create-sample`, `--due` and `--readiness`, run as a user would
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "sg-store.h"
#include "sg-test-util.h"

static void
assert_one_error_line (SgTestRun *run)
{
  g_assert_cmpint (run->status, ==, 1);
  g_assert_true (g_str_has_prefix (run->err, "safeguard: "));
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  /* One line: the only newline is the last character. */
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
}

static void
test_check_new_register (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "new.isms", NULL);
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_CREATE, NULL);
  SgTestRun run = { 0 };

  g_assert_nonnull (store);
  g_clear_object (&store);

  sg_test_run_safeguard (&run, "--check", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\nrisks: 0\n"));
  g_assert_nonnull (strstr (run.out, "\ncontrols: 93\n"));
  g_assert_nonnull (strstr (run.out, "\nrequirements: 30\n"));
  /* The kinds of version 7 have their lines, empty in a new register. */
  g_assert_nonnull (strstr (run.out, "\nsuppliers: 0\n"));
  g_assert_nonnull (strstr (run.out, "\nobligations: 0\n"));
  {
    g_autofree char *version = g_strdup_printf ("\nschema version: %d\n", SG_STORE_SCHEMA_VERSION);

    g_assert_nonnull (strstr (run.out, version));
  }
  g_assert_nonnull (strstr (run.out, "\nintegrity: ok\nhistory: intact ("));
  g_assert_cmpstr (run.err, ==, "");
  sg_test_run_clear (&run);
  sg_test_rmdir (dir);
}

static void
test_check_bad_input (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *text = g_build_filename (dir, "notes.isms", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.isms", NULL);
  SgTestRun run = { 0 };

  g_file_set_contents (text, "not a register\n", -1, NULL);
  sg_test_run_safeguard (&run, "--check", text, NULL);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "notes.isms"));
  g_assert_cmpstr (run.out, ==, "");
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, "--check", missing, NULL);
  assert_one_error_line (&run);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, "--check", NULL);
  assert_one_error_line (&run);
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, "--check", dir, NULL);
  assert_one_error_line (&run);
  sg_test_run_clear (&run);
  sg_test_rmdir (dir);
}

static guint
count_of (const char *out,
          const char *label)
{
  g_autofree char *needle = g_strdup_printf ("\n%s: ", label);
  const char *at = strstr (out, needle);

  g_assert_nonnull (at);
  return (guint) g_ascii_strtoull (at + strlen (needle), NULL, 10);
}

static void
test_create_sample (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "example.isms", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *create_arg = g_strdup_printf ("--create-sample=%s", path);
  SgTestRun run = { 0 };

  sg_test_run_safeguard (&run, create_arg, NULL);
  g_assert_cmpint (run.status, ==, 0);
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, "--check", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (count_of (run.out, "risks"), >=, 35);
  g_assert_cmpuint (count_of (run.out, "assets"), >=, 20);
  g_assert_cmpuint (count_of (run.out, "controls"), ==, 93);
  g_assert_cmpuint (count_of (run.out, "audits"), ==, 8);
  g_assert_cmpuint (count_of (run.out, "suppliers"), ==, 6);
  g_assert_cmpuint (count_of (run.out, "obligations"), ==, 6);
  g_assert_nonnull (strstr (run.out, "\nintegrity: ok\nhistory: intact ("));
  sg_test_run_clear (&run);

  /* A second run never overwrites a register. */
  before = sg_test_checksum (path);
  sg_test_run_safeguard (&run, create_arg, NULL);
  assert_one_error_line (&run);
  after = sg_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
  sg_test_run_clear (&run);
  sg_test_rmdir (dir);
}

/* Every line of `--due` as scripts read it: "overdue" or "due", a date,
 * a ref, what, whose, the title — tab-separated, overdue first — then
 * the count, which agrees with the lines. */
static void
assert_due_output (const char *out,
                   guint       days)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  g_autoptr(GRegex) line = g_regex_new ("^(overdue|due)\t\\d{4}-\\d{2}-\\d{2}\t[^\t]+\t[A-Z][^\t]*\t[^\t]+\t[^\t]*$",
                                        0, 0, NULL);
  g_autofree char *today = NULL;
  g_autofree char *summary = NULL;
  guint n = g_strv_length (lines), n_overdue = 0, n_due = 0;

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    today = g_date_time_format (now, "%Y-%m-%d");
  }
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpstr (lines[n - 1], ==, "");
  for (guint i = 0; i + 2 < n; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_true (g_regex_match (line, lines[i], 0, NULL));
      if (strcmp (fields[0], "overdue") == 0)
        {
          g_assert_cmpuint (n_due, ==, 0);
          g_assert_cmpstr (fields[1], <, today);
          n_overdue++;
        }
      else
        {
          g_assert_cmpstr (fields[1], >=, today);
          n_due++;
        }
    }
  summary = g_strdup_printf ("due: %u overdue, %u within %u days", n_overdue, n_due, days);
  g_assert_cmpstr (lines[n - 2], ==, summary);
}

/* `--due`: exit 0 with the list, whatever is due; 1 with one line on
 * standard error for a register that cannot be read or options that
 * make no sense, the files as they were. */
static void
test_due (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *empty = g_build_filename (dir, "empty.isms", NULL);
  g_autofree char *example = g_build_filename (dir, "example.isms", NULL);
  g_autofree char *text = g_build_filename (dir, "notes.isms", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.isms", NULL);
  g_autofree char *create_arg = g_strdup_printf ("--create-sample=%s", example);
  g_autofree char *before = NULL;
  g_autoptr(SgStore) store = sg_store_open (empty, SG_STORE_OPEN_CREATE, NULL);
  static const char *bad_days[] = { "--days=abc", "--days=-1", "--days=3651", "--days=", "--days=7x" };
  SgTestRun run = { 0 };

  g_assert_nonnull (store);
  g_clear_object (&store);

  sg_test_run_safeguard (&run, "--due", empty, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "due: 0 overdue, 0 within 30 days\n");
  g_assert_cmpstr (run.err, ==, "");
  sg_test_run_clear (&run);

  /* The example has overdue actions, a planned review, readings to take. */
  sg_test_run_safeguard (&run, create_arg, NULL);
  g_assert_cmpint (run.status, ==, 0);
  sg_test_run_clear (&run);
  before = sg_test_checksum (example);
  sg_test_run_safeguard (&run, "--due", example, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  assert_due_output (run.out, 30);
  g_assert_true (g_str_has_prefix (run.out, "overdue\t"));
  g_assert_nonnull (strstr (run.out, "\tAction\t"));
  sg_test_run_clear (&run);
  sg_test_run_safeguard (&run, "--due", "--days=0", example, NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_due_output (run.out, 0);
  sg_test_run_clear (&run);
  sg_test_run_safeguard (&run, "--days=365", "--due", example, NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_due_output (run.out, 365);
  g_assert_nonnull (strstr (run.out, "\tObjective reading due\t"));
  sg_test_run_clear (&run);
  {
    g_autofree char *after = sg_test_checksum (example);

    g_assert_cmpstr (after, ==, before);
  }

  for (guint i = 0; i < G_N_ELEMENTS (bad_days); i++)
    {
      sg_test_run_safeguard (&run, "--due", bad_days[i], example, NULL);
      assert_one_error_line (&run);
      g_assert_nonnull (strstr (run.err, "--days needs a whole number of days from 0 to 3650"));
      g_assert_cmpstr (run.out, ==, "");
      sg_test_run_clear (&run);
    }
  sg_test_run_safeguard (&run, "--days=5", example, NULL);
  assert_one_error_line (&run);
  g_assert_cmpstr (run.err, ==, "safeguard: --days goes with --due\n");
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, "--due", NULL);
  assert_one_error_line (&run);
  sg_test_run_clear (&run);
  sg_test_run_safeguard (&run, "--due", example, empty, NULL);
  assert_one_error_line (&run);
  sg_test_run_clear (&run);

  sg_test_run_safeguard (&run, "--due", missing, NULL);
  assert_one_error_line (&run);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  sg_test_run_clear (&run);

  g_assert_true (g_file_set_contents (text, "Risk;Owner\nFire;Jana\n", -1, NULL));
  sg_test_run_safeguard (&run, "--due", text, NULL);
  assert_one_error_line (&run);
  g_assert_nonnull (strstr (run.err, "notes.isms"));
  g_assert_cmpstr (run.out, ==, "");
  sg_test_run_clear (&run);
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (text, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "Risk;Owner\nFire;Jana\n");
  }
  sg_test_rmdir (dir);
}

/* `--readiness`: one line per clause requirement 4.1–10.2, "REF STATE:
 * reason", then the count that agrees with them; exit 0 however little
 * is met, 1 for a register that cannot be read. */
static void
test_readiness (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *example = g_build_filename (dir, "example.isms", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.isms", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.isms", NULL);
  g_autofree char *create_arg = g_strdup_printf ("--create-sample=%s", example);
  g_autoptr(SgStore) store = sg_store_open (empty, SG_STORE_OPEN_CREATE, NULL);
  g_autoptr(GRegex) line = g_regex_new ("^(\\d+(\\.\\d+)*( [a-z])?) (met|partly met|not met)(: | \\(overridden[^)]*\\): ).+$",
                                        0, 0, NULL);
  const char *registers[2] = { empty, example };
  SgTestRun run = { 0 };

  g_assert_nonnull (store);
  g_clear_object (&store);
  sg_test_run_safeguard (&run, create_arg, NULL);
  g_assert_cmpint (run.status, ==, 0);
  sg_test_run_clear (&run);

  for (guint r = 0; r < G_N_ELEMENTS (registers); r++)
    {
      g_auto(GStrv) lines = NULL;
      g_autofree char *summary = NULL;
      guint met = 0, partly = 0, n;

      sg_test_run_safeguard (&run, "--readiness", registers[r], NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");
      lines = g_strsplit (run.out, "\n", -1);
      n = g_strv_length (lines);
      g_assert_cmpuint (n, ==, 32);
      g_assert_true (g_str_has_prefix (lines[0], "4.1 "));
      g_assert_true (g_str_has_prefix (lines[29], "10.2 "));
      for (guint i = 0; i < 30; i++)
        {
          GMatchInfo *info = NULL;
          g_autofree char *state = NULL;

          g_test_message ("%s", lines[i]);
          g_assert_true (g_regex_match (line, lines[i], 0, &info));
          state = g_match_info_fetch (info, 4);
          met += strcmp (state, "met") == 0;
          partly += strcmp (state, "partly met") == 0;
          g_match_info_free (info);
        }
      summary = g_strdup_printf ("readiness: %u of 30 met, %u partly", met, partly);
      g_assert_cmpstr (lines[30], ==, summary);
      g_assert_cmpstr (lines[31], ==, "");
      /* An empty register meets next to nothing; the example a good deal. */
      if (r == 0)
        g_assert_cmpuint (met, <=, 2);
      else
        g_assert_cmpuint (met, >=, 10);
      sg_test_run_clear (&run);
    }

  sg_test_run_safeguard (&run, "--readiness", missing, NULL);
  assert_one_error_line (&run);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  sg_test_run_clear (&run);
  sg_test_run_safeguard (&run, "--readiness", NULL);
  assert_one_error_line (&run);
  sg_test_run_clear (&run);
  sg_test_run_safeguard (&run, "--readiness", example, empty, NULL);
  assert_one_error_line (&run);
  sg_test_run_clear (&run);
  sg_test_rmdir (dir);
}

static void
test_version (void)
{
  SgTestRun run = { 0 };

  sg_test_run_safeguard (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "safeguard " PACKAGE_VERSION "\n");
  sg_test_run_clear (&run);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_assert_nonnull (g_getenv ("SAFEGUARD_BIN"));

  g_test_add_func ("/cli/check/new-register", test_check_new_register);
  g_test_add_func ("/cli/check/bad-input", test_check_bad_input);
  g_test_add_func ("/cli/create-sample", test_create_sample);
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/due", test_due);
  g_test_add_func ("/cli/readiness", test_readiness);

  return g_test_run ();
}
