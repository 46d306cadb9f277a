/* sg-text-field-row.c: an entry row bound to one text field of a record, saved after a pause
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Typing is saved after a pause, as in the record editors, so that the
 * change history records words rather than keys. */
#define G_LOG_DOMAIN "sg-text-field-row"

#include "config.h"

#include "sg-text-field-row.h"

#define COMMIT_DELAY_MS 400

struct _SgTextFieldRow
{
  AdwEntryRow  parent_instance;

  SgRecord    *record;
  char        *field;
  guint        commit_id;  /* a save waiting for the pause */
  guint        syncing;    /* the text is set from the record, not typed */
};

G_DEFINE_FINAL_TYPE (SgTextFieldRow, sg_text_field_row, ADW_TYPE_ENTRY_ROW)

void
sg_text_field_row_commit (SgTextFieldRow *self)
{
  const char *text;

  g_return_if_fail (SG_IS_TEXT_FIELD_ROW (self));

  g_clear_handle_id (&self->commit_id, g_source_remove);
  text = gtk_editable_get_text (GTK_EDITABLE (self));
  if (self->record == NULL || g_strcmp0 (sg_record_peek_string (self->record, self->field), text) == 0)
    return;
  g_object_set (self->record, self->field, *text ? text : NULL, NULL);
}

static gboolean
commit_cb (gpointer data)
{
  SgTextFieldRow *self = data;

  self->commit_id = 0;
  sg_text_field_row_commit (self);
  return G_SOURCE_REMOVE;
}

static void
changed_cb (SgTextFieldRow *self)
{
  if (self->syncing > 0)
    return;
  g_clear_handle_id (&self->commit_id, g_source_remove);
  self->commit_id = g_timeout_add (COMMIT_DELAY_MS, commit_cb, self);
}

void
sg_text_field_row_sync (SgTextFieldRow *self)
{
  const char *text;

  g_return_if_fail (SG_IS_TEXT_FIELD_ROW (self));

  text = sg_record_peek_string (self->record, self->field);
  /* Never under the fingers of the person typing. */
  if (gtk_widget_has_focus (GTK_WIDGET (self)) || self->commit_id != 0 ||
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self)), text ? text : "") == 0)
    return;
  self->syncing++;
  gtk_editable_set_text (GTK_EDITABLE (self), text ? text : "");
  self->syncing--;
}

static void
sg_text_field_row_dispose (GObject *object)
{
  SgTextFieldRow *self = SG_TEXT_FIELD_ROW (object);

  /* Whoever removes the row saves it first (sg_text_field_row_commit()). */
  g_clear_handle_id (&self->commit_id, g_source_remove);
  g_clear_object (&self->record);

  G_OBJECT_CLASS (sg_text_field_row_parent_class)->dispose (object);
}

static void
sg_text_field_row_finalize (GObject *object)
{
  SgTextFieldRow *self = SG_TEXT_FIELD_ROW (object);

  g_free (self->field);

  G_OBJECT_CLASS (sg_text_field_row_parent_class)->finalize (object);
}

static void
sg_text_field_row_class_init (SgTextFieldRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sg_text_field_row_dispose;
  object_class->finalize = sg_text_field_row_finalize;
}

static void
sg_text_field_row_init (SgTextFieldRow *self)
{
}

GtkWidget *
sg_text_field_row_new (const char *title,
                       SgRecord   *record,
                       const char *field)
{
  SgTextFieldRow *self;
  const char *text;

  g_return_val_if_fail (SG_IS_RECORD (record), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  self = g_object_new (SG_TYPE_TEXT_FIELD_ROW, "title", title, NULL);
  self->record = g_object_ref (record);
  self->field = g_strdup (field);
  text = sg_record_peek_string (record, field);
  gtk_editable_set_text (GTK_EDITABLE (self), text ? text : "");
  g_signal_connect (self, "changed", G_CALLBACK (changed_cb), NULL);
  return GTK_WIDGET (self);
}
