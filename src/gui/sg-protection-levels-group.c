/* sg-protection-levels-group.c: the Risk Method page's group that names the levels of a protection need
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like the risk scales above it: a label and a description per level,
 * saved after a pause. The rows show the built-in words until someone
 * changes them; only then does the register get a row for the level
 * (sg_protection_levels_set ()). */
#define G_LOG_DOMAIN "sg-protection-levels-group"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-protection-level.h"
#include "sg-protection-levels-group.h"
#include "sg-protection-levels.h"

#define COMMIT_DELAY_MS 400
#define N_TEXTS 2  /* the label, the description */

struct _SgProtectionLevelsGroup
{
  AdwPreferencesGroup parent_instance;

  SgStore   *store;
  GtkWidget *entries[SG_PROTECTION_LEVELS_N][N_TEXTS];
  guint      commit_id[SG_PROTECTION_LEVELS_N][N_TEXTS];
  guint      syncing;
};

G_DEFINE_FINAL_TYPE (SgProtectionLevelsGroup, sg_protection_levels_group, ADW_TYPE_PREFERENCES_GROUP)

static const char *const fields[N_TEXTS] = { SG_PROTECTION_LEVEL_LABEL, SG_PROTECTION_LEVEL_DESCRIPTION };

static const char *
current_text (SgProtectionLevelsGroup *self,
              int                      value,
              guint                    text)
{
  const char *current = text == 0 ? sg_protection_levels_get_label (self->store, value)
                                   : sg_protection_levels_get_description (self->store, value);

  return current != NULL ? current : "";
}

static void
commit_one (SgProtectionLevelsGroup *self,
            guint                    level,
            guint                    text)
{
  g_autoptr(GError) error = NULL;
  const char *typed;

  g_clear_handle_id (&self->commit_id[level][text], g_source_remove);
  typed = gtk_editable_get_text (GTK_EDITABLE (self->entries[level][text]));
  /* Looking is no edit: the built-in words stay built-in. */
  if (g_strcmp0 (typed, current_text (self, level + 1, text)) == 0)
    return;
  if (!sg_protection_levels_set (self->store, level + 1, fields[text], typed, &error))
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
      else
        g_warning ("%s", error->message);
    }
}

void
sg_protection_levels_group_commit (SgProtectionLevelsGroup *self)
{
  g_return_if_fail (SG_IS_PROTECTION_LEVELS_GROUP (self));

  for (guint level = 0; level < SG_PROTECTION_LEVELS_N; level++)
    for (guint text = 0; text < N_TEXTS; text++)
      if (self->commit_id[level][text] != 0)
        commit_one (self, level, text);
}

typedef struct
{
  SgProtectionLevelsGroup *self;
  guint                    level;
  guint                    text;
} Pending;

static gboolean
commit_cb (gpointer data)
{
  Pending *pending = data;

  pending->self->commit_id[pending->level][pending->text] = 0;
  commit_one (pending->self, pending->level, pending->text);
  return G_SOURCE_REMOVE;
}

static void
changed_cb (GtkEditable             *entry,
            SgProtectionLevelsGroup *self)
{
  if (self->syncing > 0)
    return;
  for (guint level = 0; level < SG_PROTECTION_LEVELS_N; level++)
    for (guint text = 0; text < N_TEXTS; text++)
      if (self->entries[level][text] == GTK_WIDGET (entry))
        {
          Pending *pending = g_new (Pending, 1);

          pending->self = self;
          pending->level = level;
          pending->text = text;
          g_clear_handle_id (&self->commit_id[level][text], g_source_remove);
          self->commit_id[level][text] = g_timeout_add_full (G_PRIORITY_DEFAULT, COMMIT_DELAY_MS,
                                                             commit_cb, pending, g_free);
        }
}

/* Shows the register's words again, never under the fingers of the person typing. */
static void
sync_entries (SgProtectionLevelsGroup *self)
{
  self->syncing++;
  for (guint level = 0; level < SG_PROTECTION_LEVELS_N; level++)
    for (guint text = 0; text < N_TEXTS; text++)
      {
        GtkWidget *entry = self->entries[level][text];
        const char *current = current_text (self, level + 1, text);

        if (self->commit_id[level][text] == 0 && !gtk_widget_has_focus (entry) &&
            g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), current) != 0)
          gtk_editable_set_text (GTK_EDITABLE (entry), current);
      }
  self->syncing--;
}

static void
record_changed_cb (SgProtectionLevelsGroup *self,
                   SgRecord                *record)
{
  if (SG_IS_PROTECTION_LEVEL (record))
    sync_entries (self);
}

static void
sg_protection_levels_group_dispose (GObject *object)
{
  SgProtectionLevelsGroup *self = SG_PROTECTION_LEVELS_GROUP (object);

  /* Typing not yet saved is saved now, while the store is still open. */
  if (self->store != NULL && !sg_store_is_closed (self->store))
    sg_protection_levels_group_commit (self);
  for (guint level = 0; level < SG_PROTECTION_LEVELS_N; level++)
    for (guint text = 0; text < N_TEXTS; text++)
      g_clear_handle_id (&self->commit_id[level][text], g_source_remove);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_protection_levels_group_parent_class)->dispose (object);
}

static void
sg_protection_levels_group_class_init (SgProtectionLevelsGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sg_protection_levels_group_dispose;
}

static void
sg_protection_levels_group_init (SgProtectionLevelsGroup *self)
{
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Protection Levels"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("The three levels of an asset's confidentiality, integrity and "
                                           "availability needs, and what each means here."));
}

GtkWidget *
sg_protection_levels_group_new (SgStore *store)
{
  SgProtectionLevelsGroup *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_PROTECTION_LEVELS_GROUP, NULL);
  self->store = g_object_ref (store);
  for (guint level = 0; level < SG_PROTECTION_LEVELS_N; level++)
    for (guint text = 0; text < N_TEXTS; text++)
      {
        g_autofree char *title = text == 0 ? g_strdup_printf (_("Level %u"), level + 1)
                                           : g_strdup_printf (_("Description of level %u"), level + 1);
        GtkWidget *entry = adw_entry_row_new ();

        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
        self->entries[level][text] = entry;
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), entry);
        g_signal_connect (entry, "changed", G_CALLBACK (changed_cb), self);
      }
  sync_entries (self);
  g_signal_connect_object (store, "record-changed", G_CALLBACK (record_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sg_store_get_records (store, SG_TYPE_PROTECTION_LEVEL), "items-changed",
                           G_CALLBACK (sync_entries), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

GtkWidget *
sg_protection_levels_group_get_entry (SgProtectionLevelsGroup *self,
                                      int                      value,
                                      gboolean                 description)
{
  g_return_val_if_fail (SG_IS_PROTECTION_LEVELS_GROUP (self), NULL);
  g_return_val_if_fail (value >= 1 && value <= SG_PROTECTION_LEVELS_N, NULL);

  return self->entries[value - 1][description ? 1 : 0];
}
