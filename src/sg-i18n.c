/* sg-i18n.c: the locale and the message catalogue, for the program and its tests
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "safeguard"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sg-i18n.h"

void
sg_i18n_init (void)
{
  g_autofree char *installed = g_build_filename (LOCALEDIR, "de", "LC_MESSAGES",
                                                 GETTEXT_PACKAGE ".mo", NULL);

  setlocale (LC_ALL, "");
  /* German is always installed with the program: without it, this is a
   * build tree, whose catalogues the test suite and the README's run
   * command should speak. */
  if (g_file_test (installed, G_FILE_TEST_EXISTS) ||
      !g_file_test (BUILD_LOCALE_DIR, G_FILE_TEST_IS_DIR))
    bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  else
    bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALE_DIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
