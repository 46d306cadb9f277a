/* sg-backups.h: rolling automatic backups of a register, and restoring
 * one
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

/* By default a backup of each of the last 7 days and, older, one of each
 * of the 4 calendar weeks before the current one. */
#define SG_BACKUPS_KEEP_DAYS   7
#define SG_BACKUPS_KEEP_WEEKS  4

typedef struct
{
  char      *path;
  GDate      date;    /* the day it was made */
  gboolean   daily;   /* one of the rolling backups, not a copy kept before a restore */
  gint64     mtime;   /* seconds since 1970: when it was written */
} SgBackup;

void        sg_backup_free              (SgBackup          *backup);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgBackup, sg_backup_free)

/* Where the backups of @register_path go: @chosen (a folder the user
 * set in Preferences) or, when it is NULL or empty, the folder
 * "NAME.isms-backups" beside the register. */
char       *sg_backups_folder           (const char        *register_path,
                                         const char        *chosen);
/* "register-2026-12-03.isms" in @folder: the backup of @day. */
char       *sg_backups_daily_path       (const char        *folder,
                                         const char        *register_path,
                                         const GDate       *day);
/* Every backup of @register_path in @folder, newest first: SgBackup*. */
GPtrArray  *sg_backups_list             (const char        *folder,
                                         const char        *register_path);
/* The newest backup in the default folder, or NULL. */
char       *sg_backups_find_newest      (const char        *register_path);

/* Which of the rolling backups made on @dates to keep on @today: every
 * one of the last @days days (today included), and the oldest of each of
 * the @weeks calendar weeks (Monday to Sunday) before the current one.
 * A backup dated after @today is kept. Returns one gboolean per date. */
gboolean   *sg_backups_plan             (const GDate       *dates,
                                         guint              n_dates,
                                         const GDate       *today,
                                         guint              days,
                                         guint              weeks);

/* Writes the backup of @today unless it exists, then deletes the rolling
 * backups sg_backups_plan () does not keep. @made says whether one was
 * written. Copies kept before a restore are never deleted. */
gboolean    sg_backups_make             (SgStore           *store,
                                         const char        *folder,
                                         const GDate       *today,
                                         gboolean          *made,
                                         GError           **error);

/* Replaces the register @store has open with @backup: writes a copy of
 * the register as it is into @folder first (its name in @kept_path),
 * then closes @store and puts a copy of @backup in the register's place
 * (a temporary file, flushed and renamed). The caller opens it again. On
 * failure the register is as it was; @store may be closed all the same
 * (sg_store_get_path () still names it). */
gboolean    sg_backups_restore          (SgStore           *store,
                                         const char        *backup,
                                         const char        *folder,
                                         char             **kept_path,
                                         GError           **error);

G_END_DECLS
