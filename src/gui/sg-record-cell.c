/* sg-record-cell.c: one cell of a record table — a field of a record, kept up to date
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-record-cell"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-format.h"
#include "sg-record-cell.h"

struct _SgRecordCell
{
  GtkWidget   parent_instance;

  GtkWidget  *mark;       /* the overdue mark, or NULL */
  GtkWidget  *text_box;   /* the label, and the detail under it */
  GtkWidget  *label;
  GtkWidget  *detail;     /* NULL until sg_record_cell_set_extra () */
  GtkWidget  *badge;

  GParamSpec *detail_field;
  GParamSpec *badge_field;
  gboolean    compact;

  SgStore    *store;
  GParamSpec *field;
  SgRecord   *record;     /* not owned: the list item holds it while bound */
  gulong      notify_id;
};

G_DEFINE_FINAL_TYPE (SgRecordCell, sg_record_cell, GTK_TYPE_WIDGET)

/* Where it came from: the ref of the record it belongs to (its parent
 * field that is set, "NC-003"), else the source itself ("Risk
 * treatment"); the prefixes say the kind, and the column stays narrow
 * enough to show beside the detail pane. */
static char *
describe_origin (SgRecordCell *self,
                 const char   *source)
{
  guint n_fields;
  GParamSpec **fields = sg_record_class_list_fields (SG_RECORD_GET_CLASS (self->record), &n_fields);

  for (guint f = 0; f < n_fields; f++)
    {
      gint64 id;
      SgRecord *parent;

      if (!sg_field_is_parent (fields[f]) ||
          (id = g_value_get_int64 (sg_record_peek_value (self->record, fields[f]))) == 0)
        continue;
      parent = sg_store_find_by_id (self->store, sg_field_get_target (fields[f]), id);
      if (parent != NULL && sg_record_get_ref (parent) != NULL)
        return g_strdup (sg_record_get_ref (parent));
    }
  return g_strdup (source);
}

static void
update_extra (SgRecordCell *self)
{
  if (self->detail != NULL)
    {
      g_autofree char *text = self->record && self->detail_field
                              ? sg_format_field (self->store, self->record, self->detail_field) : NULL;

      gtk_label_set_text (GTK_LABEL (self->detail), text ? text : "");
      gtk_widget_set_visible (self->detail, self->compact && text != NULL && *text != '\0');
    }
  if (self->badge != NULL)
    {
      g_autofree char *text = self->record && self->badge_field
                              ? sg_format_field (self->store, self->record, self->badge_field) : NULL;

      gtk_label_set_text (GTK_LABEL (self->badge), text ? text : "");
      gtk_widget_set_visible (self->badge, self->compact && text != NULL && *text != '\0');
    }
}

static GHashTable *attention_funcs;   /* GType → SgRecordAttentionFunc */
static GPtrArray  *marked_cells;      /* SgRecordCell*, not owned: those with a mark */

void
sg_record_cell_set_attention_func (GType                 kind,
                                   SgRecordAttentionFunc func)
{
  g_return_if_fail (g_type_is_a (kind, SG_TYPE_RECORD));

  if (attention_funcs == NULL)
    attention_funcs = g_hash_table_new (NULL, NULL);
  g_hash_table_insert (attention_funcs, GSIZE_TO_POINTER (kind), func);
}

SgRecordAttentionFunc
sg_record_cell_get_attention_func (GType kind)
{
  return attention_funcs != NULL ? g_hash_table_lookup (attention_funcs, GSIZE_TO_POINTER (kind)) : NULL;
}

static void update_mark (SgRecordCell *self);

void
sg_record_cell_refresh_attention (void)
{
  if (marked_cells == NULL)
    return;
  for (guint i = 0; i < marked_cells->len; i++)
    {
      SgRecordCell *cell = g_ptr_array_index (marked_cells, i);

      if (cell->record != NULL)
        update_mark (cell);
    }
}

/* Overdue, or what the kind's attention function says, or both. */
static void
update_mark (SgRecordCell *self)
{
  SgRecordAttentionFunc func = sg_record_cell_get_attention_func (G_OBJECT_TYPE (self->record));
  g_autofree char *attention = func != NULL ? func (self->store, self->record) : NULL;
  gboolean overdue = sg_record_is_overdue (self->record, NULL);
  g_autofree char *tooltip = NULL;

  gtk_widget_set_visible (self->mark, overdue || attention != NULL);
  if (attention == NULL)
    tooltip = g_strdup (_("Overdue"));
  else
    tooltip = overdue ? g_strdup_printf ("%s\n%s", _("Overdue"), attention) : g_steal_pointer (&attention);
  gtk_widget_set_tooltip_text (self->mark, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->mark), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
}

static void
update (SgRecordCell *self)
{
  g_autofree char *text = NULL;

  if (self->record == NULL)
    return;
  text = sg_format_field (self->store, self->record, self->field);
  if (self->field == sg_record_class_get_origin (SG_RECORD_GET_CLASS (self->record)))
    {
      g_autofree char *source = g_steal_pointer (&text);

      text = describe_origin (self, source);
    }
  /* A long text shows its first line: rows keep one height. */
  if (text != NULL && sg_field_get_kind (self->field) == SG_FIELD_LONG_TEXT)
    {
      char *newline = strchr (text, '\n');

      if (newline != NULL)
        *newline = '\0';
    }
  gtk_label_set_text (GTK_LABEL (self->label), text ? text : "");
  if (self->mark != NULL)
    update_mark (self);
  update_extra (self);
}

static void
notify_cb (SgRecordCell *self,
           GParamSpec   *pspec)
{
  const SgRecordDue *due;

  if (pspec == self->field ||
      (sg_field_is_parent (pspec) &&
       self->field == sg_record_class_get_origin (SG_RECORD_GET_CLASS (self->record))))
    {
      update (self);
      return;
    }
  /* The mark follows the due date and the status too, and any field
   * when the kind has more that makes it stand out. */
  due = self->mark ? sg_record_class_get_due (SG_RECORD_GET_CLASS (self->record)) : NULL;
  if (due != NULL && (pspec == due->date || pspec == due->status))
    update (self);
  else if (self->mark != NULL && sg_record_cell_get_attention_func (G_OBJECT_TYPE (self->record)) != NULL)
    update_mark (self);
  else if (pspec == self->detail_field || pspec == self->badge_field)
    update_extra (self);
}

static void
sg_record_cell_dispose (GObject *object)
{
  SgRecordCell *self = SG_RECORD_CELL (object);

  sg_record_cell_set_record (self, NULL);
  if (self->mark != NULL && marked_cells != NULL)
    g_ptr_array_remove_fast (marked_cells, self);
  g_clear_pointer (&self->mark, gtk_widget_unparent);
  g_clear_pointer (&self->text_box, gtk_widget_unparent);
  g_clear_pointer (&self->badge, gtk_widget_unparent);
  self->label = self->detail = NULL;
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_record_cell_parent_class)->dispose (object);
}

static void
sg_record_cell_class_init (SgRecordCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_record_cell_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
sg_record_cell_init (SgRecordCell *self)
{
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
}

GtkWidget *
sg_record_cell_new (SgStore    *store,
                    GParamSpec *field,
                    guint       width)
{
  SgRecordCell *self;
  SgFieldKind kind;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_PARAM_SPEC (field), NULL);

  self = g_object_new (SG_TYPE_RECORD_CELL, NULL);
  self->store = g_object_ref (store);
  self->field = field;
  self->text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (self->text_box, TRUE);
  gtk_widget_set_valign (self->text_box, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->text_box, GTK_WIDGET (self));
  self->label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_widget_set_hexpand (self->label, TRUE);
  gtk_box_append (GTK_BOX (self->text_box), self->label);

  kind = sg_field_get_kind (field);
  if (g_str_equal (field->name, "ref"))
    gtk_widget_add_css_class (self->label, "numeric");
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (self->label), PANGO_ELLIPSIZE_END);
      if (width > 0)
        {
          gtk_label_set_width_chars (GTK_LABEL (self->label), (int) MIN (width, 12));
          gtk_label_set_max_width_chars (GTK_LABEL (self->label), (int) width);
        }
      else if (kind == SG_FIELD_TEXT || kind == SG_FIELD_LONG_TEXT || kind == SG_FIELD_REFERENCE)
        {
          gtk_label_set_width_chars (GTK_LABEL (self->label), 12);
          gtk_label_set_max_width_chars (GTK_LABEL (self->label), 40);
        }
      else
        gtk_label_set_max_width_chars (GTK_LABEL (self->label), 18);
    }
  return GTK_WIDGET (self);
}

void
sg_record_cell_set_show_due (SgRecordCell *self,
                             gboolean      show_due)
{
  g_return_if_fail (SG_IS_RECORD_CELL (self));

  if (!show_due || self->mark != NULL)
    return;
  /* Colour alone would not tell everyone: an icon, and a name for screen readers. */
  self->mark = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (self->mark, "warning");
  gtk_widget_set_tooltip_text (self->mark, _("Overdue"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->mark),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Overdue"), -1);
  gtk_widget_set_visible (self->mark, FALSE);
  gtk_widget_insert_before (self->mark, GTK_WIDGET (self), self->text_box);
  if (marked_cells == NULL)
    marked_cells = g_ptr_array_new ();
  g_ptr_array_add (marked_cells, self);
  update (self);
}

void
sg_record_cell_set_record (SgRecordCell *self,
                           SgRecord     *record)
{
  g_return_if_fail (SG_IS_RECORD_CELL (self));
  g_return_if_fail (record == NULL || SG_IS_RECORD (record));

  if (self->record == record)
    return;
  if (self->record != NULL)
    g_clear_signal_handler (&self->notify_id, self->record);
  self->record = record;
  if (record == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->label), "");
      if (self->mark != NULL)
        gtk_widget_set_visible (self->mark, FALSE);
      update_extra (self);
      return;
    }
  /* Edits in the detail pane show in the list at once; a cell with the
   * mark also follows the due date and the status, an origin its parent,
   * a compact name its detail and badge. */
  if (self->mark != NULL || self->detail != NULL ||
      self->field == sg_record_class_get_origin (SG_RECORD_GET_CLASS (record)))
    self->notify_id = g_signal_connect_swapped (record, "notify", G_CALLBACK (notify_cb), self);
  else
    {
      g_autofree char *detailed = g_strdup_printf ("notify::%s", self->field->name);

      self->notify_id = g_signal_connect_swapped (record, detailed, G_CALLBACK (notify_cb), self);
    }
  update (self);
}

SgRecord *
sg_record_cell_get_record (SgRecordCell *self)
{
  g_return_val_if_fail (SG_IS_RECORD_CELL (self), NULL);

  return self->record;
}

const char *
sg_record_cell_get_text (SgRecordCell *self)
{
  g_return_val_if_fail (SG_IS_RECORD_CELL (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->label));
}

gboolean
sg_record_cell_get_overdue (SgRecordCell *self)
{
  g_return_val_if_fail (SG_IS_RECORD_CELL (self), FALSE);

  return self->mark != NULL && gtk_widget_get_visible (self->mark);
}

void
sg_record_cell_set_extra (SgRecordCell *self,
                          GParamSpec   *detail,
                          GParamSpec   *badge)
{
  g_return_if_fail (SG_IS_RECORD_CELL (self));
  g_return_if_fail (self->record == NULL);

  self->detail_field = detail;
  self->badge_field = badge;
  if (self->detail == NULL)
    {
      self->detail = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (self->detail), 0);
      gtk_label_set_ellipsize (GTK_LABEL (self->detail), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (self->detail, "caption");
      gtk_widget_add_css_class (self->detail, "dim-label");
      gtk_widget_set_visible (self->detail, FALSE);
      gtk_box_append (GTK_BOX (self->text_box), self->detail);

      /* A pill, as the status badges elsewhere: a word, not a colour. */
      self->badge = gtk_label_new (NULL);
      gtk_label_set_ellipsize (GTK_LABEL (self->badge), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (self->badge), 14);
      gtk_widget_set_valign (self->badge, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (self->badge, "sg-list-badge");
      gtk_widget_add_css_class (self->badge, "caption");
      gtk_widget_set_visible (self->badge, FALSE);
      gtk_widget_insert_after (self->badge, GTK_WIDGET (self), self->text_box);
    }
}

void
sg_record_cell_set_compact (SgRecordCell *self,
                            gboolean      compact)
{
  g_return_if_fail (SG_IS_RECORD_CELL (self));

  compact = !!compact;
  if (self->compact == compact)
    return;
  self->compact = compact;
  update_extra (self);
}

const char *
sg_record_cell_get_detail_text (SgRecordCell *self)
{
  g_return_val_if_fail (SG_IS_RECORD_CELL (self), NULL);

  return self->detail != NULL && gtk_widget_get_visible (self->detail)
         ? gtk_label_get_text (GTK_LABEL (self->detail)) : NULL;
}

const char *
sg_record_cell_get_badge_text (SgRecordCell *self)
{
  g_return_val_if_fail (SG_IS_RECORD_CELL (self), NULL);

  return self->badge != NULL && gtk_widget_get_visible (self->badge)
         ? gtk_label_get_text (GTK_LABEL (self->badge)) : NULL;
}
