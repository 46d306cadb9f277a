/* sg-test-util.h: helpers shared by the test programs
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A fresh temporary folder, removed with its contents by sg_test_rmdir(). */
char  *sg_test_mkdtemp      (void);
void   sg_test_rmdir        (const char *path);
/* SHA-256 of a file's bytes, to prove it was left untouched. */
char  *sg_test_checksum     (const char *path);

G_END_DECLS
