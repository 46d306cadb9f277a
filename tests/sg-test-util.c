/* sg-test-util.c: helpers shared by the test programs
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>

#include "sg-risk.h"
#include "sg-test-util.h"

/* GLib leaves its first quark table (16 KiB, allocated while libglib
 * loads) behind on purpose once more than 2048 quarks exist, which a whole
 * window reaches. LeakSanitizer cannot tell it apart from a real leak (no
 * frame pointers in GLib), so the tests tell it: the 16 KiB blocks made
 * before main() are watched from .preinit_array, which runs before any
 * library's constructor, and ignored once the libraries are loaded. Without
 * the sanitizers these functions do not exist and nothing happens. */
extern int  __sanitizer_install_malloc_and_free_hooks (void (*on_malloc) (const volatile void *, size_t),
                                                       void (*on_free) (const volatile void *)) __attribute__ ((weak));
extern void __lsan_ignore_object (const void *p) __attribute__ ((weak));

#define QUARK_TABLE_SIZE (2048 * sizeof (char *))

static const volatile void *early_tables[8];
static volatile int n_early_tables;
static volatile int past_loading;

static void
early_malloc_hook (const volatile void *p,
                   size_t               size)
{
  if (!past_loading && size == QUARK_TABLE_SIZE && n_early_tables < (int) G_N_ELEMENTS (early_tables))
    early_tables[n_early_tables++] = p;
}

/* The sanitizers install no hook pair without a free hook. */
static void
early_free_hook (const volatile void *p)
{
}

static void
watch_loading (void)
{
  if (__sanitizer_install_malloc_and_free_hooks != NULL)
    __sanitizer_install_malloc_and_free_hooks (early_malloc_hook, early_free_hook);
}

__attribute__ ((section (".preinit_array"), used))
static void (*const watch_loading_entry) (void) = watch_loading;

__attribute__ ((constructor))
static void
ignore_early_tables (void)
{
  past_loading = 1;
  for (int i = 0; i < n_early_tables && __lsan_ignore_object != NULL; i++)
    __lsan_ignore_object ((const void *) early_tables[i]);
}

char *
sg_test_mkdtemp (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("safeguard-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
sg_test_rmdir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }
  g_chmod (path, 0700);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        sg_test_rmdir (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

char *
sg_test_checksum (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

void
sg_test_run_safeguard (SgTestRun  *run,
                       const char *first_arg,
                       ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int wait_status;

  g_assert_nonnull (g_getenv ("SAFEGUARD_BIN"));
  g_ptr_array_add (argv, (char *) g_getenv ("SAFEGUARD_BIN"));
  va_start (args, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LANGUAGE", "C", TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

void
sg_test_run_clear (SgTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

gboolean
sg_test_have_program (const char *program,
                      const char *package)
{
  g_autofree char *found = g_path_is_absolute (program)
                             ? (g_file_test (program, G_FILE_TEST_IS_EXECUTABLE) ? g_strdup (program) : NULL)
                             : g_find_program_in_path (program);
  g_autofree char *message = NULL;

  if (found != NULL)
    return TRUE;
  message = g_strdup_printf ("%s is not installed (Debian package %s)", program, package);
  g_test_skip (message);
  return FALSE;
}

gboolean
sg_test_have_python_module (const char *module,
                            const char *package)
{
  g_autofree char *script = g_strdup_printf ("import %s", module);
  const char *argv[] = { "/usr/bin/python3", "-c", script, NULL };
  g_autofree char *message = NULL;
  int status = 1;

  if (!sg_test_have_program (argv[0], "python3"))
    return FALSE;
  if (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                    NULL, NULL, NULL, NULL, &status, NULL) &&
      WIFEXITED (status) && WEXITSTATUS (status) == 0)
    return TRUE;
  message = g_strdup_printf ("Python's %s is not installed (Debian package %s)", module, package);
  g_test_skip (message);
  return FALSE;
}

void
sg_test_check_workbook (GPtrArray *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  g_assert_nonnull (g_getenv ("SAFEGUARD_SOURCE_ROOT"));
  if (!sg_test_have_python_module ("openpyxl", "python3-openpyxl") ||
      !sg_test_have_python_module ("PIL", "python3-pil"))
    return;
  /* Debian's interpreter: another python3 on the PATH may lack openpyxl. */
  g_ptr_array_add (argv, g_strdup ("/usr/bin/python3"));
  g_ptr_array_add (argv, g_build_filename (g_getenv ("SAFEGUARD_SOURCE_ROOT"), "tests", "test-xlsx.py", NULL));
  for (guint i = 0; i < args->len; i++)
    g_ptr_array_add (argv, g_strdup (g_ptr_array_index (args, i)));
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("openpyxl check failed:\n%s", err);
  g_assert_cmpstr (out, ==, "ok\n");
}

void
sg_test_add_numbered_risks (SgStore *store,
                            guint    n)
{
  g_autoptr(GError) error = NULL;
  const char *lines[] = { "Line", "Line\nLine", "Line\nLine\nLine", "Line\nLine\nLine\nLine" };

  g_assert_true (sg_store_begin_batch (store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Risk %u", i);
      g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK,
                                               "title", title,
                                               "description", lines[i % G_N_ELEMENTS (lines)],
                                               "inherent-likelihood", (int) (i % 5) + 1,
                                               "inherent-impact", (int) (i / 5 % 5) + 1,
                                               NULL);

      g_assert_true (sg_store_add (store, risk, &error));
    }
  g_assert_true (sg_store_commit_batch (store, &error));
  g_assert_no_error (error);
}

void
sg_test_register_open (SgTestRegister *reg,
                       const char     *name)
{
  g_autoptr(GError) error = NULL;

  reg->dir = sg_test_mkdtemp ();
  reg->path = g_build_filename (reg->dir, name, NULL);
  reg->store = sg_store_open (reg->path, SG_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  reg->jana = sg_store_ensure_person (reg->store, "Jana Petersen", &error);
  reg->mehmet = sg_store_ensure_person (reg->store, "Mehmet Yilmaz", &error);
  g_assert_no_error (error);
}

void
sg_test_register_close (SgTestRegister *reg)
{
  g_clear_object (&reg->store);
  sg_test_rmdir (reg->dir);
  g_clear_pointer (&reg->path, g_free);
  g_clear_pointer (&reg->dir, g_free);
}

SgRecord *
sg_test_register_add (SgTestRegister *reg,
                      GType           kind,
                      const char     *first_property,
                      ...)
{
  g_autoptr(GError) error = NULL;
  SgRecord *record;
  va_list args;

  va_start (args, first_property);
  record = SG_RECORD (g_object_new_valist (kind, first_property, args));
  va_end (args);
  g_assert_true (sg_store_add (reg->store, record, &error));
  g_assert_no_error (error);
  /* The store holds it from now on. */
  g_object_unref (record);
  return record;
}

char *
sg_test_run_tool (const char *first,
                  ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  const char *arg;
  int wait_status;
  va_list args;

  g_ptr_array_add (argv, (char *) first);
  va_start (args, first);
  for (arg = va_arg (args, const char *); arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &wait_status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (wait_status, NULL))
    g_error ("%s failed: %s", first, err);
  return out;
}

guint
sg_test_count_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (listing);
  while (g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

void
sg_test_write_file (const char *path,
                    const char *contents,
                    gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

SgStore *
sg_test_open_new (const char *path)
{
  g_autoptr(GError) error = NULL;
  SgStore *store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  return store;
}

guint
sg_test_count_risks (SgStore *store)
{
  return g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_RISK));
}
