/* sg-backup-scheduler.h: the rolling backups of the register a window
 * has open — at once, then each new day it stays open
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_BACKUP_SCHEDULER (sg_backup_scheduler_get_type ())

G_DECLARE_FINAL_TYPE (SgBackupScheduler, sg_backup_scheduler, SG, BACKUP_SCHEDULER, GObject)

/* Backs up @store into the folder @settings' "backup-folder" names (or
 * beside the register; @settings may be NULL) in a thread, now and on
 * every new day. A failure is told once through "failed" (a translated
 * message), until a backup succeeds again. */
SgBackupScheduler *sg_backup_scheduler_new        (SgStore            *store,
                                                   GSettings          *settings);
/* Where the backups go now. */
char              *sg_backup_scheduler_get_folder (SgBackupScheduler  *self);
/* A backup is being written: the register must not be closed. */
gboolean           sg_backup_scheduler_is_busy    (SgBackupScheduler  *self);
/* No more backups: the window closes or replaces its register. */
void               sg_backup_scheduler_stop       (SgBackupScheduler  *self);

G_END_DECLS
