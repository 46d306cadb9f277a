/* sg-audit-editor.c: an audit's detail — plan, scope, auditors and their independence, findings, result
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-audit-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-action.h"
#include "sg-audit.h"
#include "sg-audit-editor.h"
#include "sg-audit-finding-list.h"
#include "sg-audit-independence.h"
#include "sg-child-list.h"
#include "sg-field-binding.h"
#include "sg-history-list.h"

struct _SgAuditEditor
{
  GtkWidget   parent_instance;

  GtkWidget  *stack;
  GtkWidget  *form;
  GtkWidget  *independence;
  GtkWidget  *findings;
  GtkWidget  *actions;
  GtkWidget  *history;

  SgStore    *store;
  GPtrArray  *bindings;    /* SgFieldBinding* */
  SgFieldBinding *title;
  SgRecord   *record;
};

G_DEFINE_FINAL_TYPE (SgAuditEditor, sg_audit_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RECORD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_group (SgAuditEditor *self,
           GtkWidget     *group)
{
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form), ADW_PREFERENCES_GROUP (group));
}

static SgFieldBinding *
bind (SgAuditEditor *self,
      const char    *name)
{
  GParamSpec *pspec = sg_record_class_find_field (g_type_class_peek (SG_TYPE_AUDIT), name);
  SgFieldBinding *binding;

  g_assert (pspec != NULL);
  binding = sg_field_binding_new (self->store, pspec);
  g_ptr_array_add (self->bindings, binding);
  return binding;
}

/* A titled boxed list of rows, then its long texts, each a group of its own. */
static void
add_section (SgAuditEditor     *self,
             const char        *title,
             const char *const *fields)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GPtrArray) long_texts = g_ptr_array_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  add_group (self, group);
  for (guint i = 0; fields[i] != NULL; i++)
    {
      SgFieldBinding *binding = bind (self, fields[i]);

      if (g_str_equal (fields[i], SG_AUDIT_TITLE))
        self->title = binding;
      if (sg_field_binding_is_group (binding))
        g_ptr_array_add (long_texts, sg_field_binding_get_widget (binding));
      else
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), sg_field_binding_get_widget (binding));
    }
  for (guint i = 0; i < long_texts->len; i++)
    add_group (self, g_ptr_array_index (long_texts, i));
}

static void
build_form (SgAuditEditor *self)
{
  static const char *const plan[] = {
    "ref", SG_AUDIT_TITLE, SG_AUDIT_TYPE, SG_AUDIT_PLANNED_DATE, SG_AUDIT_STATUS,
    SG_AUDIT_SCOPE, SG_AUDIT_CRITERIA, NULL
  };
  static const char *const scope[] = {
    SG_AUDIT_CLAUSES, SG_AUDIT_CONTROLS, SG_AUDIT_PROCESSES, NULL
  };
  static const char *const people[] = {
    SG_AUDIT_AUDITOR, SG_AUDIT_TEAM, SG_AUDIT_AUDITEES, NULL
  };
  static const char *const result[] = {
    SG_AUDIT_ACTUAL_DATE, SG_AUDIT_REPORT, SG_AUDIT_CONCLUSION, NULL
  };
  SgFieldBinding *note;
  GtkWidget *note_group;

  add_section (self, _("Plan"), plan);
  add_section (self, _("In Scope"), scope);
  add_section (self, _("Auditors and Auditees"), people);

  /* The warning, then the reason it asks for. */
  note = bind (self, SG_AUDIT_INDEPENDENCE_NOTE);
  note_group = sg_field_binding_get_widget (note);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (note_group), _("Why It Cannot Be Avoided"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (note_group),
                                         _("Say why an auditor audits work they answer for, "
                                           "for example that no one else in the organisation can."));
  self->independence = sg_audit_independence_new (self->store, note_group);
  add_group (self, self->independence);
  add_group (self, note_group);

  self->findings = sg_audit_finding_list_new (self->store);
  add_group (self, self->findings);

  add_section (self, _("Result"), result);

  self->actions = sg_child_list_new (self->store, SG_TYPE_AUDIT, SG_TYPE_ACTION);
  add_group (self, self->actions);
  self->history = sg_history_list_new (self->store);
  add_group (self, self->history);
}

static void
scroll_to_top (SgAuditEditor *self)
{
  GtkWidget *scrolled = gtk_widget_get_first_child (self->form);

  if (GTK_IS_SCROLLED_WINDOW (scrolled))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 0);
}

static gboolean
sg_audit_editor_grab_focus (GtkWidget *widget)
{
  SgAuditEditor *self = SG_AUDIT_EDITOR (widget);

  if (self->record == NULL || self->title == NULL)
    return GTK_WIDGET_CLASS (sg_audit_editor_parent_class)->grab_focus (widget);
  sg_field_binding_grab_focus (self->title);
  return TRUE;
}

static void
sg_audit_editor_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SgAuditEditor *self = SG_AUDIT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_audit_editor_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SgAuditEditor *self = SG_AUDIT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      sg_audit_editor_set_record (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_audit_editor_dispose (GObject *object)
{
  SgAuditEditor *self = SG_AUDIT_EDITOR (object);

  /* Typing not yet saved is saved now, while the store is still open. */
  if (self->bindings != NULL)
    for (guint i = 0; i < self->bindings->len; i++)
      sg_field_binding_set_record (g_ptr_array_index (self->bindings, i), NULL);
  g_clear_object (&self->record);
  g_clear_pointer (&self->stack, gtk_widget_unparent);
  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_audit_editor_parent_class)->dispose (object);
}

static void
sg_audit_editor_class_init (SgAuditEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_audit_editor_dispose;
  object_class->get_property = sg_audit_editor_get_property;
  object_class->set_property = sg_audit_editor_set_property;
  widget_class->grab_focus = sg_audit_editor_grab_focus;

  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL, SG_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sg_audit_editor_init (SgAuditEditor *self)
{
  GtkWidget *empty = adw_status_page_new ();

  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  self->stack = gtk_stack_new ();
  gtk_stack_set_transition_type (GTK_STACK (self->stack), GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "document-edit-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("Nothing Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty), _("Choose an entry in the list to see and edit it."));
  gtk_widget_add_css_class (empty, "compact");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  self->form = adw_preferences_page_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), self->form, "record");
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));
}

GtkWidget *
sg_audit_editor_new (SgStore *store)
{
  SgAuditEditor *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_AUDIT_EDITOR, NULL);
  self->store = g_object_ref (store);
  build_form (self);
  return GTK_WIDGET (self);
}

SgRecord *
sg_audit_editor_get_record (SgAuditEditor *self)
{
  g_return_val_if_fail (SG_IS_AUDIT_EDITOR (self), NULL);

  return self->record;
}

void
sg_audit_editor_set_record (SgAuditEditor *self,
                            SgRecord      *audit)
{
  g_return_if_fail (SG_IS_AUDIT_EDITOR (self));
  g_return_if_fail (audit == NULL || SG_IS_AUDIT (audit));

  if (self->record == audit)
    return;
  g_set_object (&self->record, audit);
  for (guint i = 0; i < self->bindings->len; i++)
    sg_field_binding_set_record (g_ptr_array_index (self->bindings, i), audit);
  sg_audit_independence_set_audit (SG_AUDIT_INDEPENDENCE (self->independence), audit);
  sg_audit_finding_list_set_audit (SG_AUDIT_FINDING_LIST (self->findings), audit);
  sg_child_list_set_parent (SG_CHILD_LIST (self->actions), audit);
  sg_history_list_set_record (SG_HISTORY_LIST (self->history), audit);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), audit ? "record" : "empty");
  scroll_to_top (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}

GtkWidget *
sg_audit_editor_get_findings (SgAuditEditor *self)
{
  g_return_val_if_fail (SG_IS_AUDIT_EDITOR (self), NULL);

  return self->findings;
}

GtkWidget *
sg_audit_editor_get_independence (SgAuditEditor *self)
{
  g_return_val_if_fail (SG_IS_AUDIT_EDITOR (self), NULL);

  return self->independence;
}

GtkWidget *
sg_audit_editor_get_field (SgAuditEditor *self,
                           const char    *name)
{
  g_return_val_if_fail (SG_IS_AUDIT_EDITOR (self), NULL);

  for (guint i = 0; i < self->bindings->len; i++)
    {
      SgFieldBinding *binding = g_ptr_array_index (self->bindings, i);

      if (g_str_equal (sg_field_binding_get_pspec (binding)->name, name))
        return sg_field_binding_get_widget (binding);
    }
  return NULL;
}
