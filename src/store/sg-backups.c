/* sg-backups.c: rolling automatic backups of a register, and restoring
 * one
 *
 * Backups are copies through the store's backend (SQLite's online backup
 * API), made while the register is open: "register-2026-12-03.isms" in
 * the folder "register.isms-backups" beside it, or in a folder chosen in
 * Preferences. Which to keep is a pure function of their dates and
 * today, so that it can be tested on fixed dates.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-backups"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sg-backups.h"
#include "sg-output-file.h"
#include "sg-store-copies.h"
#include "sg-store-private.h"

void
sg_backup_free (SgBackup *backup)
{
  if (backup == NULL)
    return;
  g_free (backup->path);
  g_free (backup);
}

/* "register.isms" → "register" */
static char *
register_stem (const char *register_path)
{
  g_autofree char *base = g_path_get_basename (register_path);

  if (g_str_has_suffix (base, ".isms") && strlen (base) > strlen (".isms"))
    return g_strndup (base, strlen (base) - strlen (".isms"));
  return g_steal_pointer (&base);
}

char *
sg_backups_folder (const char *register_path,
                   const char *chosen)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (register_path != NULL, NULL);

  if (chosen != NULL && chosen[0] != '\0')
    return g_strdup (chosen);
  name = g_strconcat (register_path, "-backups", NULL);
  return g_steal_pointer (&name);
}

char *
sg_backups_daily_path (const char  *folder,
                       const char  *register_path,
                       const GDate *day)
{
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (folder != NULL && register_path != NULL, NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  stem = register_stem (register_path);
  name = g_strdup_printf ("%s-%04d-%02d-%02d.isms", stem, g_date_get_year (day),
                          g_date_get_month (day), g_date_get_day (day));
  return g_build_filename (folder, name, NULL);
}

/* "register-2026-12-03-150102.isms": the copy of the register kept
 * before a restore, at @now. */
static char *
kept_path (const char *folder,
           const char *register_path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stem = register_stem (register_path);
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d-%H%M%S");

  for (guint n = 1; ; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s-%s.isms", stem, stamp)
                                     : g_strdup_printf ("%s-%s-%u.isms", stem, stamp, n);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&path);
    }
}

static gboolean
all_digits (const char *s,
            gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

/* The date in a backup's name after "STEM-": "2026-12-03" (a rolling
 * backup) or "2026-12-03-150102…" (kept before a restore). */
static gboolean
parse_name (const char *middle,
            GDate      *date,
            gboolean   *daily)
{
  gsize len = strlen (middle);

  if (len < 10 || !all_digits (middle, 4) || middle[4] != '-' || !all_digits (middle + 5, 2) ||
      middle[7] != '-' || !all_digits (middle + 8, 2))
    return FALSE;
  g_date_clear (date, 1);
  if (!g_date_valid_dmy (atoi (middle + 8), atoi (middle + 5), atoi (middle)))
    return FALSE;
  g_date_set_dmy (date, atoi (middle + 8), atoi (middle + 5), atoi (middle));
  if (len == 10)
    {
      *daily = TRUE;
      return TRUE;
    }
  *daily = FALSE;
  return middle[10] == '-' && len >= 17 && all_digits (middle + 11, 6) &&
         (len == 17 || (middle[17] == '-' && len > 18 && all_digits (middle + 18, len - 18)));
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const SgBackup *x = *(SgBackup * const *) a;
  const SgBackup *y = *(SgBackup * const *) b;
  int by_date = g_date_compare (&y->date, &x->date);

  if (by_date != 0)
    return by_date;
  return y->mtime < x->mtime ? -1 : y->mtime > x->mtime;
}

GPtrArray *
sg_backups_list (const char *folder,
                 const char *register_path)
{
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func ((GDestroyNotify) sg_backup_free);
  g_autofree char *stem = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (folder != NULL && register_path != NULL, NULL);

  stem = register_stem (register_path);
  prefix = g_strconcat (stem, "-", NULL);
  dir = g_dir_open (folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *middle = NULL;
      g_autoptr(SgBackup) backup = g_new0 (SgBackup, 1);
      GStatBuf st;

      if (!g_str_has_prefix (name, prefix) || !g_str_has_suffix (name, ".isms"))
        continue;
      middle = g_strndup (name + strlen (prefix), strlen (name) - strlen (prefix) - strlen (".isms"));
      if (!parse_name (middle, &backup->date, &backup->daily))
        continue;
      backup->path = g_build_filename (folder, name, NULL);
      if (g_stat (backup->path, &st) != 0 || !S_ISREG (st.st_mode))
        continue;
      backup->mtime = st.st_mtime;
      g_ptr_array_add (backups, g_steal_pointer (&backup));
    }
  g_ptr_array_sort (backups, compare_newest_first);
  return g_steal_pointer (&backups);
}

char *
sg_backups_find_newest (const char *register_path)
{
  g_autofree char *folder = NULL;
  g_autoptr(GPtrArray) backups = NULL;

  g_return_val_if_fail (register_path != NULL, NULL);

  folder = sg_backups_folder (register_path, NULL);
  backups = sg_backups_list (folder, register_path);
  if (backups->len == 0)
    return NULL;
  return g_strdup (((SgBackup *) g_ptr_array_index (backups, 0))->path);
}

/* The Monday of @date's week, as a Julian day. */
static guint32
week_start (const GDate *date)
{
  return g_date_get_julian (date) - (g_date_get_weekday (date) - G_DATE_MONDAY);
}

gboolean *
sg_backups_plan (const GDate *dates,
                 guint        n_dates,
                 const GDate *today,
                 guint        days,
                 guint        weeks)
{
  g_autofree gboolean *keep = g_new0 (gboolean, MAX (n_dates, 1));
  guint32 today_j, this_week;

  g_return_val_if_fail (dates != NULL || n_dates == 0, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  today_j = g_date_get_julian (today);
  this_week = week_start (today);
  for (guint i = 0; i < n_dates; i++)
    {
      guint32 j = g_date_get_julian (&dates[i]);

      /* Recent days, and anything the clock puts in the future. */
      if (j > today_j || today_j - j < days)
        keep[i] = TRUE;
    }
  for (guint w = 1; w <= weeks; w++)
    {
      guint32 start = this_week - 7 * w;
      gint oldest = -1;

      if (this_week < 7 * w)
        break;
      for (guint i = 0; i < n_dates; i++)
        {
          guint32 j = g_date_get_julian (&dates[i]);

          if (j >= start && j < start + 7 &&
              (oldest < 0 || j < g_date_get_julian (&dates[oldest])))
            oldest = i;
        }
      if (oldest >= 0)
        keep[oldest] = TRUE;
    }
  return g_steal_pointer (&keep);
}

/* Temporary files that a killed backup left in @folder. */
static void
remove_stale_backups (const char *folder,
                      const char *register_path)
{
  g_autofree char *stem = register_stem (register_path);
  g_autofree char *prefix = g_strconcat (stem, "-", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      const char *tmp = strstr (name, ".isms.tmp-");

      if (g_str_has_prefix (name, prefix) && tmp != NULL)
        {
          g_autofree char *target_name = g_strndup (name, tmp + strlen (".isms") - name);
          g_autofree char *target = g_build_filename (folder, target_name, NULL);

          sg_output_file_remove_stale (target);
        }
    }
}

gboolean
sg_backups_make (SgStore      *store,
                 const char   *folder,
                 const GDate  *today,
                 gboolean     *made,
                 GError      **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GArray) dates = NULL;
  g_autoptr(GPtrArray) daily = NULL;
  g_autofree gboolean *keep = NULL;

  g_return_val_if_fail (SG_IS_STORE (store), FALSE);
  g_return_val_if_fail (folder != NULL && today != NULL, FALSE);

  if (made != NULL)
    *made = FALSE;
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (folder);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("The backup folder “%s” cannot be created: %s."), display,
                   g_strerror (saved_errno));
      return FALSE;
    }
  remove_stale_backups (folder, sg_store_get_path (store));

  path = sg_backups_daily_path (folder, sg_store_get_path (store), today);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!sg_store_copy_to (store, path, error))
        return FALSE;
      if (made != NULL)
        *made = TRUE;
    }

  backups = sg_backups_list (folder, sg_store_get_path (store));
  dates = g_array_new (FALSE, FALSE, sizeof (GDate));
  daily = g_ptr_array_new ();
  for (guint i = 0; i < backups->len; i++)
    {
      SgBackup *backup = g_ptr_array_index (backups, i);

      if (!backup->daily)
        continue;
      g_array_append_val (dates, backup->date);
      g_ptr_array_add (daily, backup);
    }
  keep = sg_backups_plan ((const GDate *) dates->data, dates->len, today,
                          SG_BACKUPS_KEEP_DAYS, SG_BACKUPS_KEEP_WEEKS);
  for (guint i = 0; i < daily->len; i++)
    if (!keep[i])
      {
        SgBackup *backup = g_ptr_array_index (daily, i);

        g_debug ("removing the old backup %s", backup->path);
        g_unlink (backup->path);
      }
  return TRUE;
}

/* The bytes of @from into the temporary file @tmp_path. */
static gboolean
copy_bytes (const char  *from,
            const char  *tmp_path,
            const char  *target,
            GError     **error)
{
  g_autofree char *buffer = g_malloc (256 * 1024);
  int saved_errno = 0;
  int in, out;
  gboolean ok = TRUE;

  in = g_open (from, O_RDONLY | O_CLOEXEC, 0);
  if (in < 0)
    {
      int e = errno;
      g_autofree char *display = g_filename_display_name (from);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e),
                   _("Could not read “%s”: %s."), display, g_strerror (e));
      return FALSE;
    }
  out = g_open (tmp_path, O_WRONLY | O_CLOEXEC, 0);
  if (out < 0)
    {
      saved_errno = errno;
      ok = FALSE;
    }
  while (ok)
    {
      gssize n = read (in, buffer, 256 * 1024);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          saved_errno = errno;
          ok = FALSE;
        }
      else if (n == 0)
        break;
      else
        ok = sg_output_file_write_fd (out, buffer, n, &saved_errno);
    }
  close (in);
  if (out >= 0 && close (out) != 0 && ok)
    {
      saved_errno = errno;
      ok = FALSE;
    }
  if (!ok)
    return sg_output_file_error (error, target, saved_errno);
  return TRUE;
}

gboolean
sg_backups_restore (SgStore     *store,
                    const char  *backup,
                    const char  *folder,
                    char       **kept,
                    GError     **error)
{
  g_autofree char *register_path = NULL;
  g_autofree char *keep_path = NULL;
  g_autofree char *tmp_path = NULL;

  g_return_val_if_fail (SG_IS_STORE (store), FALSE);
  g_return_val_if_fail (backup != NULL && folder != NULL, FALSE);

  register_path = g_strdup (sg_store_get_path (store));

  /* A backup that does not open is not put in the register's place. */
  {
    g_autoptr(SgStore) check = sg_store_open (backup, SG_STORE_OPEN_READ_ONLY, error);

    if (check == NULL)
      return FALSE;
  }

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (folder);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("The backup folder “%s” cannot be created: %s."), display,
                   g_strerror (saved_errno));
      return FALSE;
    }
  keep_path = kept_path (folder, register_path);
  if (!sg_store_copy_to (store, keep_path, error))
    return FALSE;

  tmp_path = sg_output_file_begin (register_path, error);
  if (tmp_path == NULL)
    return FALSE;
  if (!copy_bytes (backup, tmp_path, register_path, error))
    {
      sg_output_file_abort (tmp_path);
      return FALSE;
    }

  sg_store_close (store);
  if (!sg_store_replace_file (register_path, tmp_path, error))
    return FALSE;
  if (kept != NULL)
    *kept = g_steal_pointer (&keep_path);
  return TRUE;
}
