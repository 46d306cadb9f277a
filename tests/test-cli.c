/* test-cli.c: `safeguard --check` and `--create-sample`, run as a user would
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

  return g_test_run ();
}
