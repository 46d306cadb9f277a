/* crash-helper.c: makes scripted edits to a register through the store's
 * public interface and prints each once it is committed, for test-crash
 * to kill at a random moment
 *
 * Usage: crash-helper REGISTER ROUND. Each step works on records of its
 * own, titled "ROUND/STEP …", so that what a printed line promises is
 * never changed by a later step:
 *   add    a risk is added
 *   edit   a risk is added, then its title changed
 *   delete a risk is added, then deleted
 *   link   a risk is added, then linked to two controls
 *   undo   a risk is added, deleted and restored
 *   batch  five risks are added in one batch
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "sg-control.h"
#include "sg-risk.h"
#include "sg-store.h"

static const char *const steps[] = { "add", "edit", "delete", "link", "undo", "batch" };

static SgRecord *
add_risk (SgStore    *store,
          const char *title)
{
  g_autoptr(GError) error = NULL;
  SgRecord *risk = g_object_new (SG_TYPE_RISK, "title", title, NULL);

  if (!sg_store_add (store, risk, &error))
    g_error ("adding %s: %s", title, error->message);
  return risk;
}

static void
save_failed_cb (SgStore  *store,
                SgRecord *record,
                GError   *error,
                gpointer  data)
{
  g_error ("saving: %s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  SgRecord *const *controls;
  guint n_controls;
  guint round;

  if (argc != 3)
    {
      g_printerr ("usage: crash-helper REGISTER ROUND\n");
      return 2;
    }
  round = (guint) atoi (argv[2]);
  store = sg_store_open (argv[1], SG_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  g_signal_connect (store, "save-failed", G_CALLBACK (save_failed_cb), NULL);
  controls = sg_store_peek_records (store, SG_TYPE_CONTROL, &n_controls);
  g_assert (n_controls >= 2);

  for (guint k = 0; ; k++)
    {
      const char *step = steps[k % G_N_ELEMENTS (steps)];
      g_autofree char *title = g_strdup_printf ("%u/%u %s", round, k, step);
      g_autoptr(SgRecord) risk = NULL;

      if (g_str_equal (step, "batch"))
        {
          if (!sg_store_begin_batch (store, &error))
            g_error ("%s", error->message);
          for (guint i = 0; i < 5; i++)
            {
              g_autofree char *one = g_strdup_printf ("%s %u", title, i);
              g_autoptr(SgRecord) added = add_risk (store, one);
            }
          if (!sg_store_commit_batch (store, &error))
            g_error ("%s", error->message);
        }
      else
        {
          risk = add_risk (store, title);
          if (g_str_equal (step, "edit"))
            {
              g_autofree char *edited = g_strdup_printf ("%u/%u edited", round, k);

              g_object_set (risk, "title", edited, NULL);
            }
          else if (g_str_equal (step, "delete") || g_str_equal (step, "undo"))
            {
              if (!sg_store_remove (store, risk, &error))
                g_error ("%s", error->message);
              if (g_str_equal (step, "undo") && !sg_store_restore (store, risk, &error))
                g_error ("%s", error->message);
            }
          else if (g_str_equal (step, "link"))
            {
              gint64 ids[2] = { sg_record_get_id (controls[0]), sg_record_get_id (controls[1]) };

              g_object_set (risk, "controls", sg_links_new (ids, 2), NULL);
            }
        }
      /* Committed: what this line says is in the register from now on. */
      printf ("%s %u %u\n", step, round, k);
      fflush (stdout);
    }
  return 0;
}
