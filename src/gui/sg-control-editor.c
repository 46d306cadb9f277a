/* sg-control-editor.c: the detail of a control — applicability and its grounds, implementation, risks, evidence
 *
 * Every field saves at once (SgFieldBinding). What the SoA derives is
 * shown beside what is typed: the risk treatment reason comes from the
 * risks that name the control, and the link to a risk, made here or on
 * the risk, is stored once, on the risk.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-control-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-control-editor.h"
#include "sg-backlinks.h"
#include "sg-control.h"
#include "sg-evidence-row.h"
#include "sg-evidence.h"
#include "sg-field-binding.h"
#include "sg-history-list.h"
#include "sg-risk.h"
#include "sg-settings.h"
#include "sg-soa.h"
#include "sg-window.h"

struct _SgControlEditor
{
  GtkWidget   parent_instance;

  GtkWidget  *stack;
  GtkWidget  *form;
  GtkWidget  *justification_warning;
  GtkWidget  *reason_warning;
  GtkWidget  *risk_row;
  GtkWidget  *risk_check;
  GtkWidget  *reason_checks[3];
  GtkWidget  *risks_group;
  GtkWidget  *risks_box;
  GtkWidget  *link_button;
  GtkWidget  *link_list;
  GPtrArray  *candidates;    /* SgRecord*, the link list's risks in order */
  GtkWidget  *evidence_group;
  GtkWidget  *evidence_box;
  GtkWidget  *history;
  GPtrArray  *backlinks;     /* SgBacklinks*: obligations, changes … naming the control */

  SgStore    *store;
  char       *today;
  GPtrArray  *bindings;      /* SgFieldBinding* */
  SgRecord   *record;
  gboolean    syncing;
};

G_DEFINE_FINAL_TYPE (SgControlEditor, sg_control_editor, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const reason_fields[] = {
  SG_CONTROL_REASON_LEGAL, SG_CONTROL_REASON_CONTRACTUAL, SG_CONTROL_REASON_BUSINESS,
};

static void update_derived (SgControlEditor *self);

static void
show_toast (SgControlEditor *self,
            AdwToast        *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static void
emit_changed (SgControlEditor *self)
{
  update_derived (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Building the form */

static GtkWidget *
new_group (SgControlEditor *self,
           const char      *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form), ADW_PREFERENCES_GROUP (group));
  return group;
}

/* A long text is a group of its own: it goes between the groups. */
static void
add_field (SgControlEditor *self,
           GtkWidget       *group,
           const char      *field)
{
  GParamSpec *pspec = sg_record_class_find_field (g_type_class_peek (SG_TYPE_CONTROL), field);
  SgFieldBinding *binding;
  GtkWidget *widget;

  g_return_if_fail (pspec != NULL);
  binding = sg_field_binding_new (self->store, pspec);
  widget = sg_field_binding_get_widget (binding);
  g_ptr_array_add (self->bindings, binding);
  if (sg_field_binding_is_group (binding))
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form), ADW_PREFERENCES_GROUP (widget));
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), widget);
}

static GtkWidget *
new_warning_row (const char *title)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_widget_add_css_class (row, "sg-warning-row");
  gtk_widget_set_visible (row, FALSE);
  return row;
}

static void
reason_toggled_cb (GtkCheckButton  *check,
                   SgControlEditor *self)
{
  if (self->syncing || self->record == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (reason_fields); i++)
    if (self->reason_checks[i] == GTK_WIDGET (check))
      g_object_set (self->record, reason_fields[i], gtk_check_button_get_active (check), NULL);
}

static GtkWidget *
new_check_row (SgControlEditor *self,
               const char      *title,
               GtkWidget      **check)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  *check = gtk_check_button_new ();
  gtk_widget_set_valign (*check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), *check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), *check);
  return row;
}

/* Risks: linking from here */

static void
fill_link_list (SgControlEditor *self)
{
  GtkWidget *child;
  SgRecord *const *risks;
  guint n_risks;
  gint64 id = self->record ? sg_record_get_id (self->record) : 0;

  while ((child = gtk_widget_get_first_child (self->link_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->link_list), child);
  g_ptr_array_set_size (self->candidates, 0);
  risks = sg_store_peek_records (self->store, SG_TYPE_RISK, &n_risks);
  for (guint i = 0; i < n_risks; i++)
    {
      g_autofree char *name = NULL;
      GtkWidget *label;

      if (sg_links_contains (sg_record_peek_links (risks[i], SG_RISK_CONTROLS), id))
        continue;
      name = sg_record_dup_display_name (risks[i]);
      label = gtk_label_new (name);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_widget_set_margin_start (label, 6);
      gtk_widget_set_margin_end (label, 6);
      gtk_list_box_append (GTK_LIST_BOX (self->link_list), label);
      g_ptr_array_add (self->candidates, g_object_ref (risks[i]));
    }
}

static void
link_popover_show_cb (SgControlEditor *self)
{
  fill_link_list (self);
}

static void
link_chosen_cb (SgControlEditor *self,
                GtkListBoxRow   *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (index < 0 || (guint) index >= self->candidates->len)
    return;
  sg_control_editor_link_risk (self, self->candidates->pdata[index], TRUE);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->link_button));
}

/* A risk row: opens the risk; its button unlinks it. */

typedef struct
{
  SgControlEditor *editor;   /* weak */
  SgRecord        *risk;
} RiskRowData;

static void
risk_row_data_free (gpointer  data,
                    GClosure *closure)
{
  RiskRowData *d = data;

  g_clear_weak_pointer (&d->editor);
  g_object_unref (d->risk);
  g_free (d);
}

static void
open_risk_cb (GtkWidget   *row,
              RiskRowData *d)
{
  GtkRoot *root = gtk_widget_get_root (row);

  if (SG_IS_WINDOW (root))
    sg_window_show_record (SG_WINDOW (root), d->risk);
}

static void
unlink_risk_cb (GtkWidget   *button,
                RiskRowData *d)
{
  if (d->editor != NULL)
    sg_control_editor_link_risk (d->editor, d->risk, FALSE);
}

static RiskRowData *
risk_row_data_new (SgControlEditor *self,
                   SgRecord        *risk)
{
  RiskRowData *d = g_new0 (RiskRowData, 1);

  g_set_weak_pointer (&d->editor, self);
  d->risk = g_object_ref (risk);
  return d;
}

static void
fill_risks (SgControlEditor *self,
            GPtrArray       *risks)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->risks_box)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->risks_box), child);
  for (guint i = 0; risks != NULL && i < risks->len; i++)
    {
      SgRecord *risk = risks->pdata[i];
      const char *title = sg_record_peek_string (risk, "title");
      g_autofree char *escaped = g_markup_escape_text (title ? title : "", -1);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *unlink = gtk_button_new_from_icon_name ("list-remove-symbolic");
      g_autofree char *unlink_label = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sg_record_get_ref (risk));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      /* Translators: a button's label; %s is a risk's ref */
      unlink_label = g_strdup_printf (_("Unlink %s"), sg_record_get_ref (risk));
      gtk_widget_set_tooltip_text (unlink, unlink_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (unlink), GTK_ACCESSIBLE_PROPERTY_LABEL, unlink_label, -1);
      gtk_widget_add_css_class (unlink, "flat");
      gtk_widget_set_valign (unlink, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), unlink);
      g_signal_connect_data (row, "activated", G_CALLBACK (open_risk_cb), risk_row_data_new (self, risk),
                             risk_row_data_free, 0);
      g_signal_connect_data (unlink, "clicked", G_CALLBACK (unlink_risk_cb), risk_row_data_new (self, risk),
                             risk_row_data_free, 0);
      gtk_list_box_append (GTK_LIST_BOX (self->risks_box), row);
    }
  gtk_widget_set_visible (self->risks_box, risks != NULL && risks->len > 0);
}

/* Evidence */

typedef struct
{
  SgControlEditor *editor;   /* weak */
  SgRecord        *evidence;
} EvidenceUndo;

static void
evidence_undo_free (gpointer  data,
                    GClosure *closure)
{
  EvidenceUndo *undo = data;

  g_clear_weak_pointer (&undo->editor);
  g_object_unref (undo->evidence);
  g_free (undo);
}

static void
undo_evidence_delete_cb (AdwToast     *toast,
                         EvidenceUndo *undo)
{
  g_autoptr(GError) error = NULL;

  if (undo->editor == NULL)
    return;
  if (!sg_store_restore (undo->editor->store, undo->evidence, &error))
    show_toast (undo->editor, adw_toast_new (error->message));
}

static void
delete_evidence_cb (SgControlEditor *self,
                    SgEvidenceRow   *row)
{
  SgRecord *evidence = sg_evidence_row_get_evidence (row);
  g_autoptr(GError) error = NULL;
  g_autofree char *escaped = NULL;
  const char *title = sg_record_peek_string (evidence, SG_EVIDENCE_TITLE);
  EvidenceUndo *undo;
  AdwToast *toast;

  undo = g_new0 (EvidenceUndo, 1);
  g_set_weak_pointer (&undo->editor, self);
  undo->evidence = g_object_ref (evidence);
  if (!sg_store_remove (self->store, evidence, &error))
    {
      evidence_undo_free (undo, NULL);
      show_toast (self, adw_toast_new (error->message));
      return;
    }
  escaped = g_markup_escape_text (title && *title ? title : sg_record_get_ref (evidence), -1);
  /* Translators: %s is a ref such as R-004 */
  toast = adw_toast_new_format (_("Deleted %s"), escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_evidence_delete_cb), undo,
                         evidence_undo_free, 0);
  show_toast (self, toast);
}

static void
fill_evidence (SgControlEditor *self)
{
  g_autoptr(GPtrArray) items = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->evidence_box)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->evidence_box), child);
  if (self->record == NULL)
    return;
  items = sg_soa_control_evidence (self->store, self->record);
  for (guint i = 0; i < items->len; i++)
    {
      GtkWidget *row = sg_evidence_row_new (self->store, items->pdata[i], self->today);

      g_signal_connect_object (row, "delete-requested", G_CALLBACK (delete_evidence_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "changed", G_CALLBACK (emit_changed), self, G_CONNECT_SWAPPED);
      gtk_list_box_append (GTK_LIST_BOX (self->evidence_box), row);
    }
  gtk_widget_set_visible (self->evidence_box, items->len > 0);
}

static void
evidence_changed_cb (SgControlEditor *self)
{
  fill_evidence (self);
  emit_changed (self);
}

/* What is derived: the risk treatment reason and the warnings. */

static void
update_derived (SgControlEditor *self)
{
  g_autoptr(GPtrArray) risks = NULL;
  g_autoptr(GString) refs = g_string_new (NULL);
  SgSoaFlags flags = 0;

  if (self->record == NULL)
    return;
  risks = sg_soa_control_risks (self->store, self->record);
  for (guint i = 0; i < risks->len; i++)
    g_string_append_printf (refs, "%s%s", i > 0 ? ", " : "", sg_record_get_ref (risks->pdata[i]));
  self->syncing = TRUE;
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->risk_check), risks->len > 0);
  for (guint i = 0; i < G_N_ELEMENTS (reason_fields); i++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->reason_checks[i]),
                                 sg_record_peek_boolean (self->record, reason_fields[i]));
  self->syncing = FALSE;
  if (risks->len > 0)
    {
      /* Translators: under "Risk treatment"; %s lists risks, "R-001, R-004" */
      g_autofree char *subtitle = g_strdup_printf (_("Treats %s"), refs->str);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->risk_row), subtitle);
    }
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->risk_row),
                                 _("No risk names this control: link one below"));
  fill_risks (self, risks);

  {
    GDate date;

    g_date_clear (&date, 1);
    if (self->today != NULL)
      g_date_set_parse (&date, self->today);
    flags = sg_soa_control_flags (self->store, self->record, g_date_valid (&date) ? &date : NULL);
  }
  gtk_widget_set_visible (self->justification_warning,
                          (flags & SG_SOA_FLAG_EXCLUDED_WITHOUT_JUSTIFICATION) != 0);
  gtk_widget_set_visible (self->reason_warning, (flags & SG_SOA_FLAG_INCLUDED_WITHOUT_REASON) != 0);
}

static void
record_notify_cb (SgControlEditor *self)
{
  update_derived (self);
}

static void
map_cb (SgControlEditor *self)
{
  /* The risk side may have changed the links meanwhile. */
  update_derived (self);
}

static void
add_evidence_clicked_cb (SgControlEditor *self)
{
  g_autoptr(SgRecord) evidence = sg_control_editor_add_evidence (self);
}

static void
build_form (SgControlEditor *self)
{
  GtkWidget *group, *row, *popover, *scrolled, *add;

  group = new_group (self, _("Control"));
  add_field (self, group, "ref");
  add_field (self, group, SG_CONTROL_TITLE);
  add_field (self, group, SG_CONTROL_THEME);
  add_field (self, group, SG_CONTROL_SOURCE);
  add_field (self, group, "description");

  group = new_group (self, _("Applicability"));
  add_field (self, group, SG_CONTROL_APPLICABLE);
  self->justification_warning =
    new_warning_row (_("Excluded without a justification: say below why it does not apply."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->justification_warning);
  self->reason_warning =
    new_warning_row (_("Applicable with no reason for inclusion: tick a reason or link a risk it treats."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->reason_warning);

  group = new_group (self, _("Reasons for Inclusion"));
  self->risk_row = new_check_row (self, _("Risk treatment"), &self->risk_check);
  /* Derived from the risks: shown, not ticked by hand. */
  gtk_widget_set_sensitive (self->risk_check, FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self->risk_row), 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->risk_row);
  for (guint i = 0; i < G_N_ELEMENTS (reason_fields); i++)
    {
      GParamSpec *pspec = sg_record_class_find_field (g_type_class_peek (SG_TYPE_CONTROL), reason_fields[i]);

      row = new_check_row (self, sg_field_get_label (pspec), &self->reason_checks[i]);
      g_signal_connect (self->reason_checks[i], "toggled", G_CALLBACK (reason_toggled_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  add_field (self, NULL, SG_CONTROL_JUSTIFICATION);

  group = new_group (self, _("Implementation"));
  add_field (self, group, SG_CONTROL_IMPLEMENTATION);
  add_field (self, group, SG_CONTROL_IMPLEMENTATION_DUE);
  add_field (self, group, SG_CONTROL_OWNER);
  add_field (self, NULL, SG_CONTROL_IMPLEMENTATION_NOTES);

  self->risks_group = new_group (self, _("Risks This Control Treats"));
  self->risks_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->risks_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->risks_box, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->risks_group), self->risks_box);
  self->link_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->link_list), GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (self->link_list), TRUE);
  g_signal_connect_swapped (self->link_list, "row-activated", G_CALLBACK (link_chosen_cb), self);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->link_list);
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (link_popover_show_cb), self);
  self->link_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->link_button), "list-add-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->link_button), popover);
  gtk_widget_set_tooltip_text (self->link_button, _("Link a Risk"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->link_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Link a Risk"), -1);
  gtk_widget_add_css_class (self->link_button, "flat");
  gtk_widget_set_valign (self->link_button, GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->risks_group), self->link_button);

  self->evidence_group = new_group (self, _("Evidence"));
  self->evidence_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->evidence_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->evidence_box, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->evidence_group), self->evidence_box);
  add = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_tooltip_text (add, _("Add Evidence"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add Evidence"), -1);
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_evidence_clicked_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->evidence_group), add);
  add_field (self, NULL, "evidence");

  group = new_group (self, _("Review"));
  add_field (self, group, SG_CONTROL_LAST_REVIEW);
  add_field (self, group, SG_CONTROL_NEXT_REVIEW);

  /* What else names the control: the obligations it addresses (4.2 c),
   * the planned changes that affect it. Risks have their group above. */
  {
    g_autoptr(GPtrArray) fields = sg_backlinks_find_fields (SG_TYPE_CONTROL);

    for (guint i = 0; i < fields->len; i++)
      {
        GParamSpec *field = g_ptr_array_index (fields, i);
        GtkWidget *backlinks;

        if (field->owner_type == SG_TYPE_RISK && g_str_equal (field->name, SG_RISK_CONTROLS))
          continue;
        backlinks = sg_backlinks_new (self->store, field);
        g_ptr_array_add (self->backlinks, backlinks);
        adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form), ADW_PREFERENCES_GROUP (backlinks));
      }
  }

  self->history = sg_history_list_new (self->store);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form), ADW_PREFERENCES_GROUP (self->history));
}

/* GObject */

static void
sg_control_editor_dispose (GObject *object)
{
  SgControlEditor *self = SG_CONTROL_EDITOR (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (sg_store_get_records (self->store, SG_TYPE_EVIDENCE),
                                          evidence_changed_cb, self);
  if (self->record != NULL)
    g_signal_handlers_disconnect_by_func (self->record, record_notify_cb, self);
  if (self->bindings != NULL)
    for (guint i = 0; i < self->bindings->len; i++)
      sg_field_binding_set_record (self->bindings->pdata[i], NULL);
  g_clear_pointer (&self->stack, gtk_widget_unparent);
  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->backlinks, g_ptr_array_unref);
  g_clear_object (&self->record);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_control_editor_parent_class)->dispose (object);
}

static void
sg_control_editor_finalize (GObject *object)
{
  g_free (SG_CONTROL_EDITOR (object)->today);

  G_OBJECT_CLASS (sg_control_editor_parent_class)->finalize (object);
}

static gboolean
sg_control_editor_grab_focus (GtkWidget *widget)
{
  SgControlEditor *self = SG_CONTROL_EDITOR (widget);

  /* The title: what a new control needs first. */
  if (self->bindings->len > 1)
    {
      sg_field_binding_grab_focus (self->bindings->pdata[1]);
      return TRUE;
    }
  return FALSE;
}

static void
sg_control_editor_class_init (SgControlEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_control_editor_dispose;
  object_class->finalize = sg_control_editor_finalize;
  widget_class->grab_focus = sg_control_editor_grab_focus;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /* Something the list derives from changed here: evidence, a risk link. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sg_control_editor_init (SgControlEditor *self)
{
  GtkWidget *empty;

  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  self->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  self->backlinks = g_ptr_array_new ();
  self->stack = gtk_stack_new ();
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));
  empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "object-select-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Control Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Alt+Y and Alt+N decide applicability, Alt+1 to Alt+5 the status; Ctrl+J goes to the next undecided control."));
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  self->form = adw_preferences_page_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), self->form, "record");
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
}

GtkWidget *
sg_control_editor_new (SgStore    *store,
                       const char *today)
{
  SgControlEditor *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_CONTROL_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->today = g_strdup (today);
  build_form (self);
  g_signal_connect_swapped (sg_store_get_records (store, SG_TYPE_EVIDENCE), "items-changed",
                            G_CALLBACK (evidence_changed_cb), self);
  sg_control_editor_set_record (self, NULL);
  return GTK_WIDGET (self);
}

SgRecord *
sg_control_editor_get_record (SgControlEditor *self)
{
  g_return_val_if_fail (SG_IS_CONTROL_EDITOR (self), NULL);

  return self->record;
}

void
sg_control_editor_set_record (SgControlEditor *self,
                              SgRecord        *control)
{
  g_return_if_fail (SG_IS_CONTROL_EDITOR (self));
  g_return_if_fail (control == NULL || SG_IS_CONTROL (control));

  if (self->record != NULL)
    g_signal_handlers_disconnect_by_func (self->record, record_notify_cb, self);
  g_set_object (&self->record, control);
  for (guint i = 0; i < self->bindings->len; i++)
    sg_field_binding_set_record (self->bindings->pdata[i], control);
  sg_history_list_set_record (SG_HISTORY_LIST (self->history), control);
  for (guint i = 0; i < self->backlinks->len; i++)
    sg_backlinks_set_record (g_ptr_array_index (self->backlinks, i), control);
  if (control != NULL)
    g_signal_connect_swapped (control, "notify", G_CALLBACK (record_notify_cb), self);
  fill_evidence (self);
  update_derived (self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), control ? "record" : "empty");
}

GtkWidget *
sg_control_editor_get_justification_warning (SgControlEditor *self)
{
  g_return_val_if_fail (SG_IS_CONTROL_EDITOR (self), NULL);
  return self->justification_warning;
}

GtkWidget *
sg_control_editor_get_reason_warning (SgControlEditor *self)
{
  g_return_val_if_fail (SG_IS_CONTROL_EDITOR (self), NULL);
  return self->reason_warning;
}

GtkWidget *
sg_control_editor_get_risk_treatment_row (SgControlEditor *self)
{
  g_return_val_if_fail (SG_IS_CONTROL_EDITOR (self), NULL);
  return self->risk_row;
}

GtkWidget *
sg_control_editor_get_risks_group (SgControlEditor *self)
{
  g_return_val_if_fail (SG_IS_CONTROL_EDITOR (self), NULL);
  return self->risks_box;
}

void
sg_control_editor_link_risk (SgControlEditor *self,
                             SgRecord        *risk,
                             gboolean         linked)
{
  g_return_if_fail (SG_IS_CONTROL_EDITOR (self));
  g_return_if_fail (SG_IS_RISK (risk));

  if (self->record == NULL)
    return;
  sg_soa_set_risk_linked (self->record, risk, linked);
  emit_changed (self);
}

GPtrArray *
sg_control_editor_list_evidence_rows (SgControlEditor *self)
{
  GPtrArray *rows;

  g_return_val_if_fail (SG_IS_CONTROL_EDITOR (self), NULL);

  rows = g_ptr_array_new ();
  for (GtkWidget *row = gtk_widget_get_first_child (self->evidence_box);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SG_IS_EVIDENCE_ROW (row))
      g_ptr_array_add (rows, row);
  return rows;
}

SgRecord *
sg_control_editor_add_evidence (SgControlEditor *self)
{
  g_autoptr(SgRecord) evidence = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (SG_IS_CONTROL_EDITOR (self), NULL);

  if (self->record == NULL)
    return NULL;
  evidence = g_object_new (SG_TYPE_EVIDENCE, SG_EVIDENCE_CONTROL, sg_record_get_id (self->record), NULL);
  sg_settings_apply_new_defaults (self->store, G_OBJECT (evidence));
  if (!sg_store_add (self->store, evidence, &error))
    {
      show_toast (self, adw_toast_new (error->message));
      return NULL;
    }
  /* Opened where it is filled in. */
  rows = sg_control_editor_list_evidence_rows (self);
  for (guint i = 0; i < rows->len; i++)
    if (sg_evidence_row_get_evidence (rows->pdata[i]) == evidence)
      adw_expander_row_set_expanded (rows->pdata[i], TRUE);
  return g_steal_pointer (&evidence);
}
