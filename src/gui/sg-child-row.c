/* sg-child-row.c: one child in its parent's detail pane (a finding under its audit)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-child-row"

#include "config.h"

#include <glib/gi18n.h>
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
  GtkWidget    *overdue;   /* the "Overdue" badge, for a kind with a due date */
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

/* A kind with a due date (an action): below the title, its status,
 * whose it is (its first person column) and when it is due, so that an
 * NC's corrective actions read without opening each. */
static char *
describe_due (SgChildRow        *self,
              const SgRecordDue *due)
{
  SgRecordClass *klass = SG_RECORD_GET_CLASS (self->record);
  guint n_columns;
  const SgRecordColumn *columns = sg_record_class_list_columns (klass, &n_columns);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *date = g_value_get_string (sg_record_peek_value (self->record, due->date));

  if (due->status != NULL)
    g_ptr_array_add (parts, sg_format_field (self->store, self->record, due->status));
  for (guint c = 0; c < n_columns; c++)
    if (sg_field_is_person (columns[c].field))
      {
        char *name = sg_format_field (self->store, self->record, columns[c].field);

        if (name != NULL && *name != '\0')
          g_ptr_array_add (parts, name);
        else
          g_free (name);
        break;
      }
  if (date != NULL && *date != '\0')
    {
      g_autofree char *shown = sg_field_format_date (date);

      /* Translators: a due date in a list row, "Due 2026-11-30" */
      g_ptr_array_add (parts, g_strdup_printf (_("Due %s"), shown));
    }
  g_ptr_array_add (parts, NULL);
  /* Translators: between the parts of a row's subtitle */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
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
  const SgRecordDue *due = sg_record_class_get_due (klass);
  const char *ref = sg_record_get_ref (self->record);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  /* Not the display name: for a kind without ref or title it is the noun,
   * the same on every row. */
  if (title_field != NULL || (ref != NULL && *ref != '\0'))
    title = first_line (sg_record_dup_display_name (self->record));

  if (due != NULL && title != NULL && *title != '\0')
    subtitle = describe_due (self, due);
  if (self->overdue != NULL)
    gtk_widget_set_visible (self->overdue, sg_record_is_overdue (self->record, NULL));

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
  /* A child's title is read whole: it wraps rather than ending in "…". */
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
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
  if (sg_record_class_get_due (SG_RECORD_GET_CLASS (record)) != NULL)
    {
      /* In words, not only a colour; before the arrow. */
      self->overdue = gtk_label_new (_("Overdue"));
      gtk_widget_add_css_class (self->overdue, "sg-overdue-badge");
      gtk_widget_set_valign (self->overdue, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->overdue);
      gtk_widget_set_visible (self->overdue, FALSE);
      /* Status, owner and due date: room for the date beside the badge. */
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 2);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), gtk_image_new_from_icon_name ("go-next-symbolic"));
  /* Edits elsewhere (on the child's own page) show here at once. */
  self->notify_id = g_signal_connect_swapped (record, "notify", G_CALLBACK (notify_cb), self);
  update (self);
  return GTK_WIDGET (self);
}

gboolean
sg_child_row_get_overdue (SgChildRow *self)
{
  g_return_val_if_fail (SG_IS_CHILD_ROW (self), FALSE);

  return self->overdue != NULL && gtk_widget_get_visible (self->overdue);
}

SgRecord *
sg_child_row_get_record (SgChildRow *self)
{
  g_return_val_if_fail (SG_IS_CHILD_ROW (self), NULL);

  return self->record;
}
