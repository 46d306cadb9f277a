/* bench-backup.c: a backup of an open register, against bare SQLite's
 * backup API copying the same file
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-backup [N_RISKS …]   (default: 1000 and 100000)
 * Prints, per size, the seconds of sg_backups_make () (the copy through a
 * temporary file, flushed and renamed, then the rotation) and of a bare
 * sqlite3_backup_step () of the same file, best of four (taken in turns), and their
 * ratio; then how long an edit saved while a backup runs in a thread
 * takes at most (the window keeps saving meanwhile). Not a test. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sg-backups.h"
#include "sg-risk.h"
#include "sg-store-copies.h"
#include "sg-store.h"
#include "sg-memory.h"

static void
add_risks (SgStore *store,
           guint    n)
{
  sg_store_begin_batch (store, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Risk %u: loss of customer data through a compromised supplier account", i);
      g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK,
                                               "title", title,
                                               "description", "A supplier's remote access account is taken over and used to read shipment data.",
                                               "threat", "Account takeover",
                                               "vulnerability", "No multi-factor authentication for supplier access",
                                               "inherent-likelihood", (int) (i % 5) + 1,
                                               "inherent-impact", (int) ((i / 5) % 5) + 1,
                                               "treatment-plan", "Enforce MFA for every supplier account; review access quarterly.",
                                               NULL);

      if (!sg_store_add (store, risk, NULL))
        g_error ("could not add risk %u", i);
    }
  sg_store_commit_batch (store, NULL);
}

/* The floor: SQLite's backup API copying the file and nothing else — no
 * journal, no flush to disk (Safeguard's copy flushes once, before its
 * rename). */
static double
bare_backup (const char *from,
             const char *to)
{
  sqlite3 *source = NULL, *dest = NULL;
  sqlite3_backup *backup;
  gint64 start = g_get_monotonic_time ();

  sqlite3_open_v2 (from, &source, SQLITE_OPEN_READONLY, NULL);
  sqlite3_open_v2 (to, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  sqlite3_exec (dest, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", NULL, NULL, NULL);
  backup = sqlite3_backup_init (dest, "main", source, "main");
  g_assert (backup != NULL);
  g_assert (sqlite3_backup_step (backup, -1) == SQLITE_DONE);
  sqlite3_backup_finish (backup);
  sqlite3_close (dest);
  sqlite3_close (source);
  return (g_get_monotonic_time () - start) / 1e6;
}

static void
copied_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_assert (sg_store_copy_to_finish (SG_STORE (source), result, NULL));
  *(gboolean *) data = TRUE;
}

static void
measure (guint n)
{
  g_autofree char *dir = g_dir_make_tmp ("safeguard-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.isms", NULL);
  g_autofree char *folder = g_build_filename (dir, "backups", NULL);
  g_autofree char *floor_path = g_build_filename (dir, "floor.isms", NULL);
  g_autofree char *copy_path = g_build_filename (dir, "copy.isms", NULL);
  g_autoptr(SgStore) store = NULL;
  double best = G_MAXDOUBLE, floor_best = G_MAXDOUBLE, longest_edit = 0, longest_alone = 0;
  guint edits = 0;
  gboolean done = FALSE;
  GStatBuf st;

  store = sg_store_open (path, SG_STORE_OPEN_CREATE, NULL);
  g_assert (store != NULL);
  add_risks (store, n);

  for (guint round = 0; round < 4; round++)
    {
      g_autofree char *backup = NULL;
      gboolean made = FALSE;
      gint64 start;
      double s;
      GDate day;

      /* In turns: neither always finds the other's pages in the cache. */
      if (round % 2 == 1)
        {
          g_unlink (floor_path);
          floor_best = MIN (floor_best, bare_backup (path, floor_path));
        }
      g_date_clear (&day, 1);
      g_date_set_dmy (&day, 1 + round, G_DATE_DECEMBER, 2026);
      start = g_get_monotonic_time ();
      if (!sg_backups_make (store, folder, &day, &made, NULL) || !made)
        g_error ("the backup failed");
      s = (g_get_monotonic_time () - start) / 1e6;
      best = MIN (best, s);
      if (round % 2 == 0)
        {
          g_unlink (floor_path);
          floor_best = MIN (floor_best, bare_backup (path, floor_path));
        }
    }

  /* Edits saved one by one, first alone, then while a backup runs in a
   * thread. */
  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK, "title", "Added alone", NULL);
      gint64 start = g_get_monotonic_time ();

      if (!sg_store_add (store, risk, NULL))
        g_error ("an edit failed");
      longest_alone = MAX (longest_alone, (g_get_monotonic_time () - start) / 1e3);
    }
  sg_store_copy_to_async (store, copy_path, NULL, copied_cb, &done);
  while (!done)
    {
      g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK, "title", "Added during a backup", NULL);
      gint64 start = g_get_monotonic_time ();

      if (!sg_store_add (store, risk, NULL))
        g_error ("an edit during the backup failed");
      longest_edit = MAX (longest_edit, (g_get_monotonic_time () - start) / 1e3);
      edits++;
      g_main_context_iteration (NULL, FALSE);
    }

  g_assert (g_stat (floor_path, &st) == 0);
  g_print ("%7u risks  backup %7.3f s  floor %7.3f s  ratio %5.2f  (%.0f MiB)\n",
           n, best, floor_best, best / floor_best, st.st_size / 1048576.0);
  g_print ("%7u risks  %u edits saved during a backup in a thread, the longest %.1f ms"
           " (50 alone: %.1f ms)\n", n, edits, longest_edit, longest_alone);

  g_clear_object (&store);
  sg_store_delete_files (path);
  sg_store_delete_files (floor_path);
  sg_store_delete_files (copy_path);
  {
    g_autoptr(GPtrArray) backups = sg_backups_list (folder, path);

    for (guint i = 0; i < backups->len; i++)
      g_unlink (((SgBackup *) g_ptr_array_index (backups, i))->path);
  }
  g_rmdir (folder);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  sg_memory_init ();

  if (argc < 2)
    {
      measure (1000);
      measure (100000);
      return 0;
    }
  for (int i = 1; i < argc; i++)
    measure ((guint) g_ascii_strtoull (argv[i], NULL, 10));
  return 0;
}
