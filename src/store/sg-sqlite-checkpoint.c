/* sg-sqlite-checkpoint.c: the register's WAL copied into it on a thread of its own
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite copies the WAL into the database file in the commit that lets
 * it grow past 1,000 pages, on the committing thread: after an import of
 * 100,000 rows that is 0.15 s more before the window answers again.
 * A commit is durable once its WAL frames are flushed (synchronous =
 * FULL); the copy can come after, and SQLite lets a second connection
 * make it while the first one reads and writes (a PASSIVE checkpoint
 * waits for nobody). A crash in the middle of one loses nothing: the
 * WAL is still there and the next open goes on from it. */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include "sg-sqlite-checkpoint.h"

#define WAL_PAGES 1000
#define BUSY_TIMEOUT_MS 2000

struct _SgSqliteCheckpointer
{
  sqlite3  *db;        /* the store's */
  char     *path;
  GThread  *thread;
  GMutex    lock;
  GCond     wake;
  gboolean  wanted;    /* under @lock */
  gboolean  stopping;  /* under @lock */
};

static gpointer
checkpoint_thread (gpointer data)
{
  SgSqliteCheckpointer *self = data;
  sqlite3 *own = NULL;

  g_mutex_lock (&self->lock);
  for (;;)
    {
      int rc;

      while (!self->wanted && !self->stopping)
        g_cond_wait (&self->wake, &self->lock);
      /* Closing the store's connection copies what is left. */
      if (self->stopping)
        break;
      self->wanted = FALSE;
      g_mutex_unlock (&self->lock);

      if (own == NULL)
        {
          if (sqlite3_open_v2 (self->path, &own, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK)
            {
              sqlite3_busy_timeout (own, BUSY_TIMEOUT_MS);
              sqlite3_exec (own, "PRAGMA synchronous = FULL;", NULL, NULL, NULL);
            }
          else
            g_clear_pointer (&own, sqlite3_close);
        }
      rc = own != NULL ? sqlite3_wal_checkpoint_v2 (own, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL)
                       : SQLITE_CANTOPEN;
      /* Nothing is lost: the WAL stays, and the next commit asks again. */
      if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        g_debug ("checkpoint of %s: %s", self->path, sqlite3_errstr (rc));

      g_mutex_lock (&self->lock);
    }
  g_mutex_unlock (&self->lock);
  sqlite3_close (own);
  return NULL;
}

/* After every commit, on the committing thread. */
static int
wal_hook_cb (void       *data,
             sqlite3    *db,
             const char *name,
             int         n_pages)
{
  SgSqliteCheckpointer *self = data;

  if (n_pages < WAL_PAGES)
    return SQLITE_OK;
  g_mutex_lock (&self->lock);
  self->wanted = TRUE;
  g_cond_signal (&self->wake);
  g_mutex_unlock (&self->lock);
  return SQLITE_OK;
}

SgSqliteCheckpointer *
sg_sqlite_checkpointer_start (sqlite3    *db,
                              const char *path)
{
  SgSqliteCheckpointer *self;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  self = g_new0 (SgSqliteCheckpointer, 1);
  self->db = db;
  self->path = g_strdup (path);
  g_mutex_init (&self->lock);
  g_cond_init (&self->wake);
  self->thread = g_thread_new ("sg-checkpoint", checkpoint_thread, self);
  /* Replaces SQLite's own checkpoint after a commit. */
  sqlite3_wal_hook (db, wal_hook_cb, self);
  return self;
}

void
sg_sqlite_checkpointer_stop (SgSqliteCheckpointer *self)
{
  if (self == NULL)
    return;

  sqlite3_wal_autocheckpoint (self->db, WAL_PAGES);
  g_mutex_lock (&self->lock);
  self->stopping = TRUE;
  g_cond_signal (&self->wake);
  g_mutex_unlock (&self->lock);
  g_thread_join (self->thread);

  g_mutex_clear (&self->lock);
  g_cond_clear (&self->wake);
  g_free (self->path);
  g_free (self);
}
