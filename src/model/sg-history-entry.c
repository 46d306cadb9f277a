/* sg-history-entry.c: one line of a record's change history
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-history-entry"

#include "config.h"

#include "sg-history-entry.h"

struct _SgHistoryEntry
{
  GObject          parent_instance;
  SgHistoryAction  action;
  char            *field;
  char            *old_value;
  char            *new_value;
  char            *changed_at;
  char            *changed_by;
};

G_DEFINE_FINAL_TYPE (SgHistoryEntry, sg_history_entry, G_TYPE_OBJECT)

static void
sg_history_entry_finalize (GObject *object)
{
  SgHistoryEntry *self = SG_HISTORY_ENTRY (object);

  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->old_value, g_free);
  g_clear_pointer (&self->new_value, g_free);
  g_clear_pointer (&self->changed_at, g_free);
  g_clear_pointer (&self->changed_by, g_free);

  G_OBJECT_CLASS (sg_history_entry_parent_class)->finalize (object);
}

static void
sg_history_entry_class_init (SgHistoryEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sg_history_entry_finalize;
}

static void
sg_history_entry_init (SgHistoryEntry *self)
{
}

SgHistoryEntry *
sg_history_entry_new (SgHistoryAction  action,
                      const char      *field,
                      const char      *old_value,
                      const char      *new_value,
                      const char      *changed_at,
                      const char      *changed_by)
{
  SgHistoryEntry *self = g_object_new (SG_TYPE_HISTORY_ENTRY, NULL);

  self->action = action;
  self->field = g_strdup (field);
  self->old_value = g_strdup (old_value);
  self->new_value = g_strdup (new_value);
  self->changed_at = g_strdup (changed_at);
  self->changed_by = g_strdup (changed_by);
  return self;
}

SgHistoryAction
sg_history_entry_get_action (SgHistoryEntry *self)
{
  g_return_val_if_fail (SG_IS_HISTORY_ENTRY (self), SG_HISTORY_CHANGE);
  return self->action;
}

const char *
sg_history_entry_get_field (SgHistoryEntry *self)
{
  g_return_val_if_fail (SG_IS_HISTORY_ENTRY (self), NULL);
  return self->field;
}

const char *
sg_history_entry_get_old_value (SgHistoryEntry *self)
{
  g_return_val_if_fail (SG_IS_HISTORY_ENTRY (self), NULL);
  return self->old_value;
}

const char *
sg_history_entry_get_new_value (SgHistoryEntry *self)
{
  g_return_val_if_fail (SG_IS_HISTORY_ENTRY (self), NULL);
  return self->new_value;
}

const char *
sg_history_entry_get_changed_at (SgHistoryEntry *self)
{
  g_return_val_if_fail (SG_IS_HISTORY_ENTRY (self), NULL);
  return self->changed_at;
}

const char *
sg_history_entry_get_changed_by (SgHistoryEntry *self)
{
  g_return_val_if_fail (SG_IS_HISTORY_ENTRY (self), NULL);
  return self->changed_by;
}
