/* sg-test-util.h: helpers shared by the test programs
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sg-store.h"

G_BEGIN_DECLS

/* A fresh temporary folder, removed with its contents by sg_test_rmdir(). */
char  *sg_test_mkdtemp      (void);
void   sg_test_rmdir        (const char *path);
/* SHA-256 of a file's bytes, to prove it was left untouched. */
char  *sg_test_checksum     (const char *path);

/* The real executable ($SAFEGUARD_BIN), run with no display at all and in
 * English; its exit status and what it printed. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} SgTestRun;

void   sg_test_run_safeguard (SgTestRun  *run,
                              const char *first_arg,
                              ...) G_GNUC_NULL_TERMINATED;
void   sg_test_run_clear     (SgTestRun  *run);

/* TRUE if @program is on the PATH (an absolute path: exists and runs);
 * otherwise the test is marked skipped, naming the Debian package that
 * brings it, and FALSE. A missing reader never fails or aborts a test. */
gboolean sg_test_have_program (const char *program,
                               const char *package);
/* The same for a module of Debian's /usr/bin/python3. */
gboolean sg_test_have_python_module (const char *module,
                                     const char *package);

/* Reads a workbook with Debian's openpyxl through tests/test-xlsx.py:
 * @args are the script's arguments (a mode, the workbook, facts). */
void   sg_test_check_workbook (GPtrArray *args);  /* skips without openpyxl */

/* Adds @n risks in one batch: …, titles "Risk 0"…, and
 * descriptions of 1 to 4 lines ("Line", i % 4 + 1 times): what
 * test-xlsx.py's "large" mode expects. */
void   sg_test_add_numbered_risks (SgStore *store,
                                   guint    n);

/* Writes @contents (@length bytes, -1: up to its NUL) to @path, or fails. */
void      sg_test_write_file     (const char *path,
                                  const char *contents,
                                  gssize      length);
/* A new register at @path, or the test fails. */
SgStore  *sg_test_open_new       (const char *path);
/* How many risks @store holds. */
guint     sg_test_count_risks    (SgStore    *store);

/* Runs a program found in PATH with the arguments given; its standard
 * output, or the test fails naming its standard error. */
char     *sg_test_run_tool       (const char *first,
                                  ...) G_GNUC_NULL_TERMINATED;
/* How many files @dir holds. */
guint     sg_test_count_files    (const char *dir);

/* A new register @name in a folder of its own, with Jana Petersen and
 * Mehmet Yilmaz in its directory: what the tests of computed results
 * (due, readiness) build their registers on. */
typedef struct
{
  char    *dir;
  char    *path;
  SgStore *store;
  gint64   jana;
  gint64   mehmet;
} SgTestRegister;

void      sg_test_register_open  (SgTestRegister *reg,
                                  const char     *name);
void      sg_test_register_close (SgTestRegister *reg);
/* Adds a new record of @kind with the properties given; borrowed. */
SgRecord *sg_test_register_add   (SgTestRegister *reg,
                                  GType           kind,
                                  const char     *first_property,
                                  ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
