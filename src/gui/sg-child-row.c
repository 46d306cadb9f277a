/* sg-child-row.c: one child in its parent's detail pane (a finding under its audit)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-child-row"

#include "config.h"

#include <string.h>

#include "sg-child-row.h"
#include "sg-format.h"

struct _SgChildRow
{
  AdwActionRow  parent_instance;

  SgStore      *store;
  SgRecord     *record;
  GParamSpec   *parent_field;
  gulong        notify_id;
};

G_DEFINE_FINAL_TYPE (SgChildRow, sg_child_row, ADW_TYPE_ACTION_ROW)

enum {
  MOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
first_line (char *text)
{
  char *newline = text ? strchr (text, '\n') : NULL;

  if (newline != NULL)
    *newline = '\0';
  return text;
}

/* The ref and title when the kind has them, else its first column (a
 * reading's date); below, the next column that says something. */
static void
update (SgChildRow *self)
{
  SgRecordClass *klass = SG_RECORD_GET_CLASS (self->record);
  guint n_columns;
  const SgRecordColumn *columns = sg_record_class_list_columns (klass, &n_columns);
  GParamSpec *title_field = sg_record_class_get_title_field (klass);
  const char *ref = sg_record_get_ref (self->record);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  /* Not the display name: for a kind without ref or title it is the noun,
   * the same on every row. */
  if (title_field != NULL || (ref != NULL && *ref != '\0'))
    title = first_line (sg_record_dup_display_name (self->record));

  for (guint c = 0; c < n_columns && subtitle == NULL; c++)
    {
      g_autofree char *text = NULL;

      if (columns[c].field == self->parent_field)
        continue;
      text = first_line (sg_format_field (self->store, self->record, columns[c].field));
      if (text == NULL || *text == '\0')
        continue;
      if (title == NULL || *title == '\0')
        {
          g_free (title);
          title = g_steal_pointer (&text);
        }
      else
        subtitle = g_steal_pointer (&text);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title ? title : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle ? subtitle : "");
}

static void
notify_cb (SgChildRow *self,
           GParamSpec *pspec)
{
  if (pspec == self->parent_field)
    g_signal_emit (self, signals[MOVED], 0);
  else
    update (self);
}

static void
sg_child_row_dispose (GObject *object)
{
  SgChildRow *self = SG_CHILD_ROW (object);

  if (self->record != NULL)
    g_clear_signal_handler (&self->notify_id, self->record);
  g_clear_object (&self->record);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_child_row_parent_class)->dispose (object);
}

static void
sg_child_row_class_init (SgChildRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sg_child_row_dispose;

  /**
   * SgChildRow::moved:
   *
   * The record now belongs to another parent, or to none.
   */
  signals[MOVED] =
    g_signal_new ("moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sg_child_row_init (SgChildRow *self)
{
  /* Titles are what people typed, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self), 1);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), gtk_image_new_from_icon_name ("go-next-symbolic"));
}

GtkWidget *
sg_child_row_new (SgStore    *store,
                  SgRecord   *record,
                  GParamSpec *parent_field)
{
  SgChildRow *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_RECORD (record), NULL);

  self = g_object_new (SG_TYPE_CHILD_ROW, NULL);
  self->store = g_object_ref (store);
  self->record = g_object_ref (record);
  self->parent_field = parent_field;
  /* Edits elsewhere (on the child's own page) show here at once. */
  self->notify_id = g_signal_connect_swapped (record, "notify", G_CALLBACK (notify_cb), self);
  update (self);
  return GTK_WIDGET (self);
}

SgRecord *
sg_child_row_get_record (SgChildRow *self)
{
  g_return_val_if_fail (SG_IS_CHILD_ROW (self), NULL);

  return self->record;
}
