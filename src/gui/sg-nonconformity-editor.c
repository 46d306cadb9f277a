/* sg-nonconformity-editor.c: the detail pane of a nonconformity — what happened, correction and cause, corrective actions, the effectiveness check
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-nonconformity-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-action.h"
#include "sg-audit.h"
#include "sg-child-list.h"
#include "sg-date-row.h"
#include "sg-field-binding.h"
#include "sg-finding.h"
#include "sg-format.h"
#include "sg-history-list.h"
#include "sg-nonconformity-editor.h"
#include "sg-nonconformity.h"
#include "sg-person-row.h"
#include "sg-settings.h"
#include "sg-window.h"

struct _SgNonconformityEditor
{
  GtkWidget              parent_instance;

  GtkWidget             *stack;
  GtkWidget             *form;
  GtkWidget             *banners;
  GtkWidget             *check_banner;
  GtkWidget             *reopened_banner;
  GtkWidget             *overdue_banner;
  GtkWidget             *no_action_banner;
  GtkWidget             *audit_row;
  GtkWidget             *actions;
  GtkWidget             *history;

  SgStore               *store;
  SgNonconformityFilter *filter;
  GHashTable            *bindings;   /* field name → SgFieldBinding */
  GPtrArray             *order;      /* SgFieldBinding*, in the order shown */
  SgRecord              *record;
  gulong                 notify_id;
  AdwToast              *toast;      /* weak */
};

G_DEFINE_FINAL_TYPE (SgNonconformityEditor, sg_nonconformity_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RECORD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Building the form, in the order of the work of 10.2: what happened,
 * what was done at once, why, what is done so it does not recur, who and
 * by when, and whether it worked. */

static GtkWidget *
new_group (SgNonconformityEditor *self,
           const char            *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form), ADW_PREFERENCES_GROUP (group));
  return group;
}

/* A long text is a group of its own: it goes between the groups. */
static GtkWidget *
add_field (SgNonconformityEditor *self,
           GtkWidget             *group,
           const char            *field)
{
  GParamSpec *pspec = sg_record_class_find_field (g_type_class_peek (SG_TYPE_NONCONFORMITY), field);
  SgFieldBinding *binding;
  GtkWidget *widget;

  g_return_val_if_fail (pspec != NULL, NULL);
  binding = sg_field_binding_new (self->store, pspec);
  widget = sg_field_binding_get_widget (binding);
  g_hash_table_insert (self->bindings, (gpointer) pspec->name, binding);
  g_ptr_array_add (self->order, binding);
  if (sg_field_binding_is_group (binding))
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form), ADW_PREFERENCES_GROUP (widget));
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), widget);
  return widget;
}

/* A row that says what stands out, in words, with an icon for the eye
 * (never colour alone) and, where there is one, what to do about it. */
static GtkWidget *
new_banner (GtkWidget  *group,
            const char *icon_name,
            const char *style,
            const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "sg-nc-banner");
  gtk_widget_add_css_class (row, style);
  gtk_widget_set_visible (row, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static GtkWidget *
new_check_button (const char *label)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "nc.record-check");
  return button;
}

static void
build_form (SgNonconformityEditor *self)
{
  GtkWidget *group, *widget, *button;

  self->banners = new_group (self, NULL);
  self->check_banner =
    new_banner (self->banners, "emblem-important-symbolic", "sg-nc-banner-check",
                _("Corrective actions are done: check their effectiveness"),
                _("Record whether they removed the cause, so that it does not recur."));
  /* Short: narrow, the words beside it need the room. */
  button = new_check_button (_("_Record…"));
  gtk_widget_set_tooltip_text (button, _("Record Effectiveness Check"));
  gtk_widget_add_css_class (button, "suggested-action");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->check_banner), button);
  self->reopened_banner =
    new_banner (self->banners, "view-refresh-symbolic", "sg-nc-banner-reopened",
                _("Reopened: the corrective actions were not effective"),
                _("Look at the cause again and add new corrective actions."));
  self->overdue_banner =
    new_banner (self->banners, "dialog-warning-symbolic", "sg-nc-banner-overdue",
                _("Overdue"), "");
  self->no_action_banner =
    new_banner (self->banners, "dialog-information-symbolic", "sg-nc-banner-info",
                _("No corrective action yet"),
                _("Add the actions that remove the cause under Corrective Actions."));

  group = new_group (self, _("What Happened"));
  add_field (self, group, "ref");
  add_field (self, group, SG_NONCONFORMITY_TITLE);
  add_field (self, group, SG_NONCONFORMITY_SOURCE);
  add_field (self, group, SG_NONCONFORMITY_FINDING);
  self->audit_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->audit_row), _("Audit"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->audit_row), FALSE);
  button = gtk_button_new_with_mnemonic (_("_Open Audit"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "nc.open-audit");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->audit_row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->audit_row), button);
  gtk_widget_add_css_class (self->audit_row, "property");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->audit_row);
  add_field (self, group, SG_NONCONFORMITY_RAISED_ON);
  add_field (self, group, SG_NONCONFORMITY_SEVERITY);
  add_field (self, group, SG_NONCONFORMITY_DESCRIPTION);

  widget = add_field (self, NULL, SG_NONCONFORMITY_CORRECTION);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (widget),
                                         _("What was done at once to contain it and its consequences"));

  group = new_group (self, _("Cause"));
  add_field (self, group, SG_NONCONFORMITY_ROOT_CAUSE_METHOD);
  add_field (self, group, SG_NONCONFORMITY_ROOT_CAUSE);
  widget = add_field (self, NULL, SG_NONCONFORMITY_SIMILAR);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (widget),
                                         _("Whether similar nonconformities exist, or could occur elsewhere"));

  self->actions = sg_child_list_new (self->store, SG_TYPE_NONCONFORMITY, SG_TYPE_ACTION);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->actions), _("Corrective Actions"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->actions),
                                         _("What removes the cause, so that it does not recur"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form), ADW_PREFERENCES_GROUP (self->actions));

  group = new_group (self, _("Responsibility"));
  add_field (self, group, SG_NONCONFORMITY_OWNER);
  add_field (self, group, SG_NONCONFORMITY_DUE_DATE);
  add_field (self, group, SG_NONCONFORMITY_STATUS);
  add_field (self, group, SG_NONCONFORMITY_CLOSED_ON);

  group = new_group (self, _("Effectiveness Check"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Whether the corrective actions removed the cause. "
                                           "“Not effective” reopens the nonconformity."));
  button = new_check_button (_("_Record…"));
  gtk_widget_set_tooltip_text (button, _("Record Effectiveness Check"));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
  add_field (self, group, SG_NONCONFORMITY_EFFECTIVENESS_PLANNED);
  add_field (self, group, SG_NONCONFORMITY_EFFECTIVENESS);
  add_field (self, group, SG_NONCONFORMITY_EFFECTIVENESS_CHECKED_ON);
  add_field (self, group, SG_NONCONFORMITY_EFFECTIVENESS_CHECKED_BY);
  add_field (self, group, SG_NONCONFORMITY_EFFECTIVENESS_NOTES);

  self->history = sg_history_list_new (self->store);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form), ADW_PREFERENCES_GROUP (self->history));
}

/* What follows from the record */

static SgRecord *
find_audit (SgNonconformityEditor *self,
            SgRecord             **finding_out)
{
  gint64 finding_id = self->record ? sg_record_peek_int64 (self->record, SG_NONCONFORMITY_FINDING) : 0;
  SgRecord *finding = finding_id ? sg_store_find_by_id (self->store, SG_TYPE_FINDING, finding_id) : NULL;
  gint64 audit_id = finding ? sg_record_peek_int64 (finding, SG_FINDING_AUDIT) : 0;

  if (finding_out != NULL)
    *finding_out = finding;
  return audit_id ? sg_store_find_by_id (self->store, SG_TYPE_AUDIT, audit_id) : NULL;
}

static void
update_derived (SgNonconformityEditor *self)
{
  SgNcFlags flags = self->record ? sg_nonconformity_filter_get_flags (self->filter, self->record) : 0;
  SgRecord *audit = find_audit (self, NULL);
  gboolean any;

  gtk_widget_set_visible (self->check_banner, (flags & SG_NC_FLAG_EFFECTIVENESS_UNCHECKED) != 0);
  gtk_widget_set_visible (self->reopened_banner,
                          (flags & SG_NC_FLAG_REOPENED) && !(flags & SG_NC_FLAG_EFFECTIVENESS_UNCHECKED));
  gtk_widget_set_visible (self->overdue_banner, (flags & SG_NC_FLAG_OVERDUE) != 0);
  gtk_widget_set_visible (self->no_action_banner, (flags & SG_NC_FLAG_NO_CORRECTIVE_ACTION) != 0);
  if (flags & SG_NC_FLAG_OVERDUE)
    {
      GParamSpec *due_field = sg_record_class_find_field (g_type_class_peek (SG_TYPE_NONCONFORMITY),
                                                          SG_NONCONFORMITY_DUE_DATE);
      g_autofree char *due = sg_format_field (self->store, self->record, due_field);
      /* Translators: %s is a date */
      g_autofree char *subtitle = g_strdup_printf (_("It was due on %s and is not closed."), due);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->overdue_banner), subtitle);
    }
  any = flags & (SG_NC_FLAG_EFFECTIVENESS_UNCHECKED | SG_NC_FLAG_REOPENED | SG_NC_FLAG_OVERDUE |
                 SG_NC_FLAG_NO_CORRECTIVE_ACTION);
  gtk_widget_set_visible (self->banners, any);

  gtk_widget_set_visible (self->audit_row, audit != NULL);
  if (audit != NULL)
    {
      const char *title = sg_record_peek_string (audit, "title");
      g_autofree char *subtitle = g_strdup_printf ("%s %s", sg_record_get_ref (audit) ? sg_record_get_ref (audit) : "",
                                                   title ? title : "");

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->audit_row), g_strstrip (subtitle));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "nc.open-audit", audit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "nc.record-check", self->record != NULL);
}

static void
record_notify_cb (SgNonconformityEditor *self,
                  GParamSpec            *pspec)
{
  if (g_str_equal (pspec->name, SG_NONCONFORMITY_FINDING))
    update_derived (self);
}

/* Recording a check, with Undo */

typedef struct
{
  SgStore   *store;
  SgNcCheck *check;
  GtkWidget *editor;   /* weak */
} CheckUndo;

static void
check_undo_free (gpointer  data,
                 GClosure *closure)
{
  CheckUndo *undo = data;

  g_clear_weak_pointer (&undo->editor);
  g_clear_object (&undo->store);
  sg_nc_check_free (undo->check);
  g_free (undo);
}

static void
show_toast (SgNonconformityEditor *self,
            AdwToast              *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  g_set_weak_pointer (&self->toast, toast);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static void
show_error (SgNonconformityEditor *self,
            const GError          *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  show_toast (self, adw_toast_new (escaped));
}

static void
undo_check_cb (AdwToast  *toast,
               CheckUndo *undo)
{
  g_autoptr(GError) error = NULL;

  if (!sg_nc_check_undo (undo->check, undo->store, &error) && undo->editor != NULL)
    show_error (SG_NONCONFORMITY_EDITOR (undo->editor), error);
}

gboolean
sg_nonconformity_editor_record_check (SgNonconformityEditor *self,
                                      SgEffectiveness        result,
                                      const char            *date,
                                      gint64                 checked_by,
                                      const char            *notes,
                                      gboolean               close)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  const char *ref;
  SgNcCheck *check;
  CheckUndo *undo;
  AdwToast *toast;

  g_return_val_if_fail (SG_IS_NONCONFORMITY_EDITOR (self), FALSE);
  g_return_val_if_fail (self->record != NULL, FALSE);

  check = sg_nonconformity_record_check (self->store, self->record, result, date, checked_by, notes,
                                         close, NULL, &error);
  if (check == NULL)
    {
      show_error (self, error);
      return FALSE;
    }

  ref = sg_record_get_ref (self->record);
  escaped = g_markup_escape_text (ref ? ref : "", -1);
  if (sg_nc_check_get_reopened (check))
    /* Translators: %s is a ref such as NC-003 */
    title = g_strdup_printf (_("%s reopened: its corrective actions were not effective"), escaped);
  else if (sg_nc_check_get_closed (check))
    /* Translators: %s is a ref such as NC-003 */
    title = g_strdup_printf (_("%s closed: its corrective actions were effective"), escaped);
  else
    /* Translators: %s is a ref such as NC-003 */
    title = g_strdup_printf (_("Effectiveness check of %s recorded"), escaped);

  undo = g_new0 (CheckUndo, 1);
  undo->store = g_object_ref (self->store);
  undo->check = check;
  g_set_weak_pointer (&undo->editor, GTK_WIDGET (self));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 10);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_check_cb), undo, check_undo_free, 0);
  show_toast (self, toast);
  return TRUE;
}

/* The dialog: the result is chosen, never preselected; the day defaults
 * to today and the person to whoever Preferences say you are. */

typedef struct
{
  SgNonconformityEditor *editor;   /* weak */
  SgRecord              *nc;
  GtkWidget             *dialog;   /* unowned: this lives as long as it */
  GtkWidget             *effective;
  GtkWidget             *not_effective;
  GtkWidget             *date;
  GtkWidget             *date_error;
  GtkWidget             *person;
  GtkWidget             *notes;
  GtkWidget             *close_row;
  GtkWidget             *close;
} CheckDialog;

static void
check_dialog_free (gpointer  data,
                   GClosure *closure)
{
  CheckDialog *cd = data;

  g_clear_weak_pointer (&cd->editor);
  g_clear_object (&cd->nc);
  g_free (cd);
}

static void
validate_cb (CheckDialog *cd)
{
  g_autoptr(GError) error = NULL;
  gboolean chosen = gtk_check_button_get_active (GTK_CHECK_BUTTON (cd->effective)) ||
                    gtk_check_button_get_active (GTK_CHECK_BUTTON (cd->not_effective));
  gboolean date_ok = sg_nonconformity_check_date (cd->nc, sg_date_row_get_date (SG_DATE_ROW (cd->date)),
                                                  NULL, &error);

  gtk_label_set_text (GTK_LABEL (cd->date_error), error ? error->message : "");
  gtk_widget_set_visible (cd->date_error, !date_ok);
  gtk_widget_set_visible (cd->close_row, gtk_check_button_get_active (GTK_CHECK_BUTTON (cd->effective)) &&
                          sg_record_peek_enum (cd->nc, SG_NONCONFORMITY_STATUS) != SG_NC_STATUS_CLOSED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (cd->dialog), "record", chosen && date_ok);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             CheckDialog      *cd)
{
  SgEffectiveness result;

  if (!g_str_equal (response, "record") || cd->editor == NULL || cd->editor->record != cd->nc)
    return;
  result = gtk_check_button_get_active (GTK_CHECK_BUTTON (cd->effective))
           ? SG_EFFECTIVENESS_EFFECTIVE : SG_EFFECTIVENESS_NOT_EFFECTIVE;
  sg_nonconformity_editor_record_check (cd->editor, result, sg_date_row_get_date (SG_DATE_ROW (cd->date)),
                                        sg_person_row_get_person (SG_PERSON_ROW (cd->person)),
                                        gtk_editable_get_text (GTK_EDITABLE (cd->notes)),
                                        gtk_switch_get_active (GTK_SWITCH (cd->close)));
}

static GtkWidget *
new_result_row (GtkWidget  *list,
                const char *title,
                const char *subtitle,
                GtkWidget  *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), GTK_CHECK_BUTTON (group));
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return check;
}

GtkWidget *
sg_nonconformity_editor_open_check_dialog (SgNonconformityEditor *self)
{
  GtkWidget *dialog, *box, *results, *details, *row;
  g_autofree char *today = sg_date_today ();
  g_autofree char *body = NULL;
  g_autofree char *name = NULL;
  const char *title;
  SgRecord *me;
  CheckDialog *cd;

  g_return_val_if_fail (SG_IS_NONCONFORMITY_EDITOR (self), NULL);
  g_return_val_if_fail (self->record != NULL, NULL);

  title = sg_record_peek_string (self->record, SG_NONCONFORMITY_TITLE);
  /* Translators: a nonconformity's ref and title, e.g. NC-001 “Backups never restored” */
  name = g_strdup_printf (_("%s “%s”"), sg_record_get_ref (self->record) ? sg_record_get_ref (self->record) : "",
                          title ? title : "");
  /* Translators: %s is a nonconformity's ref and title, e.g. NC-001 “Backups never restored” */
  body = g_strdup_printf (_("Did the corrective actions of %s remove its cause?"), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Record Effectiveness Check"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "record", _("_Record Check"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "record",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "record");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  cd = g_new0 (CheckDialog, 1);
  g_set_weak_pointer (&cd->editor, self);
  cd->nc = g_object_ref (self->record);
  cd->dialog = dialog;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  results = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (results), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (results, "boxed-list");
  cd->effective = new_result_row (results, _("Effective"),
                                  _("The cause is removed"), NULL);
  cd->not_effective = new_result_row (results, _("Not effective"),
                                      _("Reopens the nonconformity"), cd->effective);
  gtk_accessible_update_property (GTK_ACCESSIBLE (results), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Result"), -1);
  gtk_box_append (GTK_BOX (box), results);

  details = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (details), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (details, "boxed-list");
  cd->date = sg_date_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (cd->date), _("Checked on"));
  sg_date_row_set_date (SG_DATE_ROW (cd->date), today);
  gtk_list_box_append (GTK_LIST_BOX (details), cd->date);
  cd->person = sg_person_row_new (self->store);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (cd->person), _("Checked by"));
  me = sg_settings_find_me (self->store);
  if (me != NULL)
    sg_person_row_set_person (SG_PERSON_ROW (cd->person), sg_record_get_id (me));
  gtk_list_box_append (GTK_LIST_BOX (details), cd->person);
  cd->notes = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (cd->notes), _("Notes"));
  gtk_list_box_append (GTK_LIST_BOX (details), cd->notes);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Close the nonconformity"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Closed on the day of the check"));
  cd->close = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (cd->close), TRUE);
  gtk_widget_set_valign (cd->close, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), cd->close);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), cd->close);
  gtk_list_box_append (GTK_LIST_BOX (details), row);
  cd->close_row = row;
  gtk_box_append (GTK_BOX (box), details);

  /* The message stands at the field it is about. */
  cd->date_error = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (cd->date_error), TRUE);
  gtk_label_set_xalign (GTK_LABEL (cd->date_error), 0);
  gtk_widget_add_css_class (cd->date_error, "error");
  gtk_widget_add_css_class (cd->date_error, "caption");
  gtk_box_append (GTK_BOX (box), cd->date_error);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (cd->date), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  cd->date_error, NULL, -1);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  g_signal_connect_swapped (cd->effective, "toggled", G_CALLBACK (validate_cb), cd);
  g_signal_connect_swapped (cd->not_effective, "toggled", G_CALLBACK (validate_cb), cd);
  g_signal_connect_swapped (cd->date, "notify::date", G_CALLBACK (validate_cb), cd);
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb), cd, check_dialog_free, 0);
  validate_cb (cd);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
record_check_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SgNonconformityEditor *self = SG_NONCONFORMITY_EDITOR (widget);

  if (self->record != NULL)
    sg_nonconformity_editor_open_check_dialog (self);
}

static void
open_audit_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SgNonconformityEditor *self = SG_NONCONFORMITY_EDITOR (widget);
  SgRecord *finding = NULL;
  SgRecord *audit = find_audit (self, &finding);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (audit != NULL && SG_IS_WINDOW (root))
    sg_window_show_record (SG_WINDOW (root), audit);
}

/* GObject */

static gboolean
sg_nonconformity_editor_grab_focus (GtkWidget *widget)
{
  SgNonconformityEditor *self = SG_NONCONFORMITY_EDITOR (widget);
  SgFieldBinding *title = g_hash_table_lookup (self->bindings, SG_NONCONFORMITY_TITLE);

  /* The ref is assigned; the title is what a person types first. */
  if (self->record == NULL || title == NULL)
    return FALSE;
  sg_field_binding_grab_focus (title);
  return TRUE;
}

static void
sg_nonconformity_editor_dispose (GObject *object)
{
  SgNonconformityEditor *self = SG_NONCONFORMITY_EDITOR (object);

  /* Typing not yet saved is saved now, while the store is still open. */
  if (self->order != NULL)
    for (guint i = 0; i < self->order->len; i++)
      sg_field_binding_set_record (g_ptr_array_index (self->order, i), NULL);
  if (self->record != NULL)
    g_clear_signal_handler (&self->notify_id, self->record);
  g_clear_object (&self->record);
  g_clear_weak_pointer (&self->toast);
  g_clear_pointer (&self->stack, gtk_widget_unparent);
  g_clear_pointer (&self->bindings, g_hash_table_unref);
  g_clear_pointer (&self->order, g_ptr_array_unref);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_nonconformity_editor_parent_class)->dispose (object);
}

static void
sg_nonconformity_editor_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  SgNonconformityEditor *self = SG_NONCONFORMITY_EDITOR (object);

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
sg_nonconformity_editor_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  SgNonconformityEditor *self = SG_NONCONFORMITY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      sg_nonconformity_editor_set_record (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_nonconformity_editor_class_init (SgNonconformityEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_nonconformity_editor_dispose;
  object_class->get_property = sg_nonconformity_editor_get_property;
  object_class->set_property = sg_nonconformity_editor_set_property;
  widget_class->grab_focus = sg_nonconformity_editor_grab_focus;

  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL, SG_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "nc.record-check", NULL, record_check_cb);
  gtk_widget_class_install_action (widget_class, "nc.open-audit", NULL, open_audit_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sg_nonconformity_editor_init (SgNonconformityEditor *self)
{
  GtkWidget *empty = adw_status_page_new ();

  self->bindings = g_hash_table_new (g_str_hash, g_str_equal);
  self->order = g_ptr_array_new_with_free_func (g_object_unref);

  self->stack = gtk_stack_new ();
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "document-edit-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Nonconformity Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Choose a nonconformity to follow it to its effectiveness check."));
  gtk_widget_add_css_class (empty, "compact");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  self->form = adw_preferences_page_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), self->form, "record");
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
}

GtkWidget *
sg_nonconformity_editor_new (SgStore               *store,
                             SgNonconformityFilter *filter)
{
  SgNonconformityEditor *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_NONCONFORMITY_FILTER (filter), NULL);

  self = g_object_new (SG_TYPE_NONCONFORMITY_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->filter = g_object_ref (filter);
  build_form (self);
  /* Whatever changes the flags — this NC, its actions — shows here. */
  g_signal_connect_object (filter, "flags-changed", G_CALLBACK (update_derived), self,
                           G_CONNECT_SWAPPED);
  update_derived (self);
  return GTK_WIDGET (self);
}

SgNonconformityFilter *
sg_nonconformity_editor_get_filter (SgNonconformityEditor *self)
{
  g_return_val_if_fail (SG_IS_NONCONFORMITY_EDITOR (self), NULL);

  return self->filter;
}

SgRecord *
sg_nonconformity_editor_get_record (SgNonconformityEditor *self)
{
  g_return_val_if_fail (SG_IS_NONCONFORMITY_EDITOR (self), NULL);

  return self->record;
}

void
sg_nonconformity_editor_set_record (SgNonconformityEditor *self,
                                    SgRecord              *record)
{
  GtkWidget *scrolled;

  g_return_if_fail (SG_IS_NONCONFORMITY_EDITOR (self));
  g_return_if_fail (record == NULL || SG_IS_NONCONFORMITY (record));

  if (self->record == record)
    return;

  if (self->record != NULL)
    g_clear_signal_handler (&self->notify_id, self->record);
  g_set_object (&self->record, record);
  if (record != NULL)
    self->notify_id = g_signal_connect_swapped (record, "notify", G_CALLBACK (record_notify_cb), self);
  for (guint i = 0; i < self->order->len; i++)
    sg_field_binding_set_record (g_ptr_array_index (self->order, i), record);
  sg_history_list_set_record (SG_HISTORY_LIST (self->history), record);
  sg_child_list_set_parent (SG_CHILD_LIST (self->actions), record);
  update_derived (self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), record ? "record" : "empty");

  /* A new NC starts at the top, not where the last one was left. */
  scrolled = gtk_widget_get_first_child (self->form);
  if (GTK_IS_SCROLLED_WINDOW (scrolled))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}

GtkWidget *
sg_nonconformity_editor_get_row (SgNonconformityEditor *self,
                                 const char            *field)
{
  SgFieldBinding *binding;

  g_return_val_if_fail (SG_IS_NONCONFORMITY_EDITOR (self), NULL);

  binding = g_hash_table_lookup (self->bindings, field);
  return binding ? sg_field_binding_get_widget (binding) : NULL;
}

GtkWidget *
sg_nonconformity_editor_get_banner (SgNonconformityEditor *self,
                                    SgNcFlags              flag)
{
  g_return_val_if_fail (SG_IS_NONCONFORMITY_EDITOR (self), NULL);

  switch (flag)
    {
    case SG_NC_FLAG_EFFECTIVENESS_UNCHECKED:
      return self->check_banner;
    case SG_NC_FLAG_REOPENED:
      return self->reopened_banner;
    case SG_NC_FLAG_OVERDUE:
      return self->overdue_banner;
    case SG_NC_FLAG_NO_CORRECTIVE_ACTION:
      return self->no_action_banner;
    case SG_NC_FLAG_NONE:
    default:
      return NULL;
    }
}

GtkWidget *
sg_nonconformity_editor_get_audit_row (SgNonconformityEditor *self)
{
  g_return_val_if_fail (SG_IS_NONCONFORMITY_EDITOR (self), NULL);

  return self->audit_row;
}

GtkWidget *
sg_nonconformity_editor_get_actions (SgNonconformityEditor *self)
{
  g_return_val_if_fail (SG_IS_NONCONFORMITY_EDITOR (self), NULL);

  return self->actions;
}

AdwToast *
sg_nonconformity_editor_get_toast (SgNonconformityEditor *self)
{
  g_return_val_if_fail (SG_IS_NONCONFORMITY_EDITOR (self), NULL);

  return self->toast;
}
