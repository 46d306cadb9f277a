/* main.c: starts Safeguard — translations, application name, the application
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "safeguard"

#include "config.h"

#include <glib/gi18n.h>
#include <signal.h>

#include "sg-application.h"
#include "sg-i18n.h"
#include "sg-memory.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SgApplication) app = NULL;

  /* A file that reaches the size limit fails its write, is reported and
   * removed, instead of the process dying beside a half-written file:
   * in the window as on the command line. */
  signal (SIGXFSZ, SIG_IGN);
  sg_memory_init ();

  sg_i18n_init ();

  g_set_application_name (_("Safeguard"));

  app = sg_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
