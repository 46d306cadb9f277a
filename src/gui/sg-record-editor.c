/* sg-record-editor.c: the detail pane that edits one record of a kind
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-record-editor"

#include "config.h"


#include <glib/gi18n.h>

#include "sg-awareness-activity.h"
#include "sg-backlinks.h"
#include "sg-child-list.h"
#include "sg-field-binding.h"
#include "sg-history-list.h"
#include "sg-objective-reading.h"
#include "sg-objective-readings.h"
#include "sg-person-competence.h"
#include "sg-person-desk.h"
#include "sg-person.h"
#include "sg-record-editor.h"

struct _SgRecordEditor
{
  GtkWidget   parent_instance;

  GtkWidget  *stack;
  GtkWidget  *form;

  SgStore    *store;
  GType       kind;
  GPtrArray  *bindings;   /* SgFieldBinding*, in field order */
  GtkWidget  *history;
  GtkWidget  *desk;       /* a person's: what names them; else NULL */
  GtkWidget  *competence; /* a person's: roles, evidence, awareness (7.2, 7.3); else NULL */
  GPtrArray  *child_lists; /* SgChildList*, one per child kind */
  GtkWidget  *readings;   /* an objective's: its readings and their trend; else NULL */
  GPtrArray  *backlinks;  /* SgBacklinks*, one per field of another kind naming this one */
  SgRecord   *record;
};

G_DEFINE_FINAL_TYPE (SgRecordEditor, sg_record_editor, GTK_TYPE_WIDGET)

static SgFieldBinding *
bind_field (SgRecordEditor *self,
            GParamSpec     *pspec)
{
  SgFieldBinding *binding = sg_field_binding_new (self->store, pspec);

  g_ptr_array_add (self->bindings, binding);
  return binding;
}

static void
add_group (SgRecordEditor *self,
           GtkWidget      *group)
{
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form), ADW_PREFERENCES_GROUP (group));
}

/* A section: its rows share one titled boxed list; its long texts follow
 * it, each a titled group of its own. @ref goes first (the first section's).
 * A section of long texts only (a review's inputs) shows no heading over
 * nothing: its groups' own titles say what they are. */
static void
add_section (SgRecordEditor *self,
             const char     *title,
             GParamSpec     *ref,
             GParamSpec    **fields,
             guint           n_fields)
{
  GtkWidget *group = NULL;
  g_autoptr(GPtrArray) long_texts = g_ptr_array_new ();

  for (guint i = 0; i <= n_fields; i++)
    {
      GParamSpec *pspec = i == 0 ? ref : fields[i - 1];
      SgFieldBinding *binding;
      GtkWidget *widget;

      if (pspec == NULL)
        continue;
      binding = bind_field (self, pspec);
      widget = sg_field_binding_get_widget (binding);
      if (sg_field_binding_is_group (binding))
        {
          g_ptr_array_add (long_texts, widget);
          continue;
        }
      if (group == NULL)
        {
          group = adw_preferences_group_new ();
          if (title != NULL)
            adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
          add_group (self, group);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), widget);
    }
  for (guint i = 0; i < long_texts->len; i++)
    add_group (self, g_ptr_array_index (long_texts, i));
}

/* Without sections: rows in a row share a boxed list; a long text is a
 * group of its own, where it stands. */
static void
add_in_order (SgRecordEditor *self,
              GParamSpec    **fields,
              guint           n_fields)
{
  GtkWidget *group = NULL;

  for (guint i = 0; i < n_fields; i++)
    {
      SgFieldBinding *binding = bind_field (self, fields[i]);
      GtkWidget *widget = sg_field_binding_get_widget (binding);

      if (sg_field_binding_is_group (binding))
        {
          add_group (self, widget);
          group = NULL;
          continue;
        }
      if (group == NULL)
        {
          group = adw_preferences_group_new ();
          add_group (self, group);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), widget);
    }
}

/* A list per child kind; an objective's readings with what they suggest. */
static void
add_children (SgRecordEditor *self,
              const GType    *children,
              guint           n_children)
{
  for (guint c = 0; c < n_children; c++)
    {
      GtkWidget *list;

      /* Readings are taken, read and corrected where their objective is. */
      if (children[c] == SG_TYPE_OBJECTIVE_READING)
        {
          self->readings = sg_objective_readings_new (self->store);
          add_group (self, self->readings);
          continue;
        }
      list = sg_child_list_new (self->store, self->kind, children[c]);
      g_ptr_array_add (self->child_lists, list);
      add_group (self, list);
    }

  /* What names this record from elsewhere: the risks that affect an asset. */
  {
    g_autoptr(GPtrArray) fields = sg_backlinks_find_fields (self->kind);

    for (guint i = 0; i < fields->len; i++)
      {
        GParamSpec *field = g_ptr_array_index (fields, i);
        GtkWidget *backlinks;

        /* A person's activities are in their Competence and Awareness part. */
        if (self->kind == SG_TYPE_PERSON && field->owner_type == SG_TYPE_AWARENESS_ACTIVITY)
          continue;
        backlinks = sg_backlinks_new (self->store, field);

        g_ptr_array_add (self->backlinks, backlinks);
        add_group (self, backlinks);
      }
  }
}

/* The sections the kind declares, in order; every field in none of them
 * (the timestamps, a field added later) in a last untitled group, so
 * that nothing is ever hidden. */
static void
build_form (SgRecordEditor *self)
{
  SgRecordClass *klass = g_type_class_peek (self->kind);
  guint n_fields, n_sections, n_children;
  GParamSpec **fields = sg_record_class_list_fields (klass, &n_fields);
  const SgRecordSection *sections = sg_record_class_list_sections (klass, &n_sections);
  const GType *children = sg_record_class_list_children (klass, &n_children);

  if (n_sections == 0)
    {
      add_in_order (self, fields, n_fields);
      add_children (self, children, n_children);
    }
  else
    {
      g_autoptr(GHashTable) placed = g_hash_table_new (NULL, NULL);
      g_autoptr(GPtrArray) rest = g_ptr_array_new ();
      GParamSpec *ref = sg_record_class_find_field (klass, "ref");

      g_hash_table_add (placed, ref);
      for (guint s = 0; s < n_sections; s++)
        {
          guint n = 0;

          while (sections[s].fields[n] != NULL)
            g_hash_table_add (placed, sections[s].fields[n++]);
          add_section (self, _(sections[s].title), s == 0 ? ref : NULL, sections[s].fields, n);
        }
      for (guint i = 0; i < n_fields; i++)
        if (!g_hash_table_contains (placed, fields[i]))
          g_ptr_array_add (rest, fields[i]);
      /* The children belong with what the record says, before its timestamps. */
      add_children (self, children, n_children);
      if (rest->len > 0)
        add_section (self, NULL, NULL, (GParamSpec **) rest->pdata, rest->len);
    }

  if (g_type_is_a (self->kind, SG_TYPE_PERSON))
    {
      self->competence = sg_person_competence_new (self->store);
      add_group (self, self->competence);
      self->desk = sg_person_desk_new (self->store);
      add_group (self, self->desk);
    }
  self->history = sg_history_list_new (self->store);
  add_group (self, self->history);
}

static void
scroll_to_top (SgRecordEditor *self)
{
  /* AdwPreferencesPage wraps its groups in a scrolled window. */
  GtkWidget *scrolled = gtk_widget_get_first_child (self->form);

  if (GTK_IS_SCROLLED_WINDOW (scrolled))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 0);
}

static void
sg_record_editor_dispose (GObject *object)
{
  SgRecordEditor *self = SG_RECORD_EDITOR (object);

  /* Typing not yet saved is saved now, while the store is still open. */
  if (self->bindings != NULL)
    for (guint i = 0; i < self->bindings->len; i++)
      sg_field_binding_set_record (g_ptr_array_index (self->bindings, i), NULL);
  g_clear_object (&self->record);
  gtk_widget_dispose_template (GTK_WIDGET (self), SG_TYPE_RECORD_EDITOR);
  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_pointer (&self->child_lists, g_ptr_array_unref);
  g_clear_pointer (&self->backlinks, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_record_editor_parent_class)->dispose (object);
}

static void
sg_record_editor_class_init (SgRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_record_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/safeguard_isms/Safeguard/ui/sg-record-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SgRecordEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, SgRecordEditor, form);
}

static void
sg_record_editor_init (SgRecordEditor *self)
{
  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  self->child_lists = g_ptr_array_new ();
  self->backlinks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sg_record_editor_new (SgStore *store,
                      GType    kind)
{
  SgRecordEditor *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (kind, SG_TYPE_RECORD), NULL);

  self = g_object_new (SG_TYPE_RECORD_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->kind = kind;
  build_form (self);
  return GTK_WIDGET (self);
}

SgRecord *
sg_record_editor_get_record (SgRecordEditor *self)
{
  g_return_val_if_fail (SG_IS_RECORD_EDITOR (self), NULL);

  return self->record;
}

void
sg_record_editor_set_record (SgRecordEditor *self,
                             SgRecord       *record)
{
  g_return_if_fail (SG_IS_RECORD_EDITOR (self));
  g_return_if_fail (record == NULL || G_TYPE_CHECK_INSTANCE_TYPE (record, self->kind));

  if (self->record == record)
    return;

  g_set_object (&self->record, record);
  for (guint i = 0; i < self->bindings->len; i++)
    sg_field_binding_set_record (g_ptr_array_index (self->bindings, i), record);
  sg_history_list_set_record (SG_HISTORY_LIST (self->history), record);
  for (guint i = 0; i < self->child_lists->len; i++)
    sg_child_list_set_parent (g_ptr_array_index (self->child_lists, i), record);
  if (self->desk != NULL)
    sg_person_desk_set_person (SG_PERSON_DESK (self->desk), record);
  if (self->competence != NULL)
    sg_person_competence_set_person (SG_PERSON_COMPETENCE (self->competence), record);
  if (self->readings != NULL)
    sg_objective_readings_set_objective (SG_OBJECTIVE_READINGS (self->readings), record);
  for (guint i = 0; i < self->backlinks->len; i++)
    sg_backlinks_set_record (g_ptr_array_index (self->backlinks, i), record);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), record ? "record" : "empty");
  scroll_to_top (self);
}

GtkWidget *
sg_record_editor_get_child_list (SgRecordEditor *self,
                                 GType           child_kind)
{
  g_return_val_if_fail (SG_IS_RECORD_EDITOR (self), NULL);

  for (guint i = 0; i < self->child_lists->len; i++)
    {
      SgChildList *list = g_ptr_array_index (self->child_lists, i);

      if (sg_child_list_get_kind (list) == child_kind)
        return GTK_WIDGET (list);
    }
  return NULL;
}

void
sg_record_editor_focus_first (SgRecordEditor *self)
{
  GParamSpec *title;

  g_return_if_fail (SG_IS_RECORD_EDITOR (self));

  if (self->record == NULL)
    return;

  /* The ref comes first but is assigned by the store; the title the kind
   * declares is what a person types first, else its first field. */
  title = sg_record_class_get_title_field (g_type_class_peek (self->kind));
  for (guint i = 0; i < self->bindings->len; i++)
    {
      SgFieldBinding *binding = g_ptr_array_index (self->bindings, i);
      GParamSpec *pspec = sg_field_binding_get_pspec (binding);

      if (title != NULL ? pspec == title : !g_str_equal (pspec->name, "ref"))
        {
          sg_field_binding_grab_focus (binding);
          return;
        }
    }
  if (self->bindings->len > 0)
    sg_field_binding_grab_focus (g_ptr_array_index (self->bindings, 0));
}
