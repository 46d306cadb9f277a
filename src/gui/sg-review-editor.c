/* sg-review-editor.c: the detail of a management review — the meeting, its computed inputs, its outputs and actions
 *
 * In the order of the meeting: who met when, the inputs of 9.3.2 with
 * the register's figures, then what was decided (9.3.3) and the actions
 * that follow. Fields save as they are typed (SgFieldBinding); holding
 * the review freezes its figures in one step that a toast can undo.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-review-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-enums.h"
#include "sg-field-binding.h"
#include "sg-field-codec.h"
#include "sg-history-list.h"
#include "sg-management-review.h"
#include "sg-review-actions.h"
#include "sg-review-editor.h"
#include "sg-review-inputs-view.h"
#include "sg-review-inputs.h"
#include "sg-review-row.h"

struct _SgReviewEditor
{
  GtkWidget   parent_instance;

  GtkWidget  *stack;
  GtkWidget  *heading;
  GtkWidget  *meta;
  GtkWidget  *badge;
  GtkWidget  *meeting_group;
  GtkWidget  *minutes_button;
  GtkWidget  *status_row;
  GtkWidget  *hold_button;
  GtkWidget  *approve_button;
  GtkWidget  *inputs;
  GtkWidget  *actions;
  GtkWidget  *history;

  SgStore    *store;
  char       *today;
  GPtrArray  *bindings;      /* SgFieldBinding* */
  SgRecord   *record;
  gulong      notify_id;
};

G_DEFINE_FINAL_TYPE (SgReviewEditor, sg_review_editor, GTK_TYPE_WIDGET)

static void
show_toast (SgReviewEditor *self,
            AdwToast       *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static void
show_error (SgReviewEditor *self,
            const GError   *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  show_toast (self, adw_toast_new (escaped));
}

static char *
dup_today (SgReviewEditor *self)
{
  return self->today != NULL ? g_strdup (self->today) : sg_date_today ();
}

static const char *
review_name (SgRecord *review)
{
  const char *ref = sg_record_get_ref (review);

  return ref != NULL && *ref != '\0' ? ref : sg_record_class_get_noun (SG_RECORD_GET_CLASS (review));
}

/* Holding and approving, each undone by its toast */

typedef struct
{
  SgReviewEditor *editor;    /* weak */
  SgStore        *store;
  SgRecord       *review;
  SgReviewHold   *hold;      /* undoes a hold; NULL: puts the status back */
  int             status;
} Undo;

static void
undo_free (gpointer  data,
           GClosure *closure)
{
  Undo *undo = data;

  g_clear_weak_pointer (&undo->editor);
  g_clear_pointer (&undo->hold, sg_review_hold_free);
  g_object_unref (undo->store);
  g_object_unref (undo->review);
  g_free (undo);
}

static Undo *
undo_new (SgReviewEditor *self)
{
  Undo *undo = g_new0 (Undo, 1);

  g_set_weak_pointer (&undo->editor, self);
  undo->store = g_object_ref (self->store);
  undo->review = g_object_ref (self->record);
  undo->status = sg_record_peek_enum (self->record, SG_MANAGEMENT_REVIEW_STATUS);
  return undo;
}

static void
undo_cb (AdwToast *toast,
         Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  /* Held by mistake: planned again, with the draft figures it had. */
  if (undo->hold != NULL)
    {
      if (!sg_review_inputs_undo_hold (undo->store, undo->hold, &error) && undo->editor != NULL)
        show_error (undo->editor, error);
      return;
    }
  g_object_set (undo->review, SG_MANAGEMENT_REVIEW_STATUS, undo->status, NULL);
}

static void
add_undo_toast (SgReviewEditor *self,
                Undo           *undo,
                const char     *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_cb), undo, undo_free, 0);
  show_toast (self, toast);
}

gboolean
sg_review_editor_hold (SgReviewEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  Undo *undo;

  g_return_val_if_fail (SG_IS_REVIEW_EDITOR (self), FALSE);

  if (self->record == NULL)
    return FALSE;
  /* Notes still being typed belong to the meeting that is being held. */
  for (guint i = 0; i < self->bindings->len; i++)
    sg_field_binding_flush (self->bindings->pdata[i]);
  sg_review_inputs_view_flush (SG_REVIEW_INPUTS_VIEW (self->inputs));
  today = dup_today (self);
  undo = undo_new (self);
  if (!sg_review_inputs_hold_full (self->store, self->record, today, &undo->hold, &error))
    {
      undo_free (undo, NULL);
      show_error (self, error);
      return FALSE;
    }
  date = sg_field_format_date (today);
  /* Translators: a toast; a review's ref and the date its figures were frozen on */
  text = g_strdup_printf (_("%s held: figures frozen on %s"), review_name (self->record), date ? date : today);
  add_undo_toast (self, undo, text);
  return TRUE;
}

static void
hold_clicked_cb (SgReviewEditor *self)
{
  sg_review_editor_hold (self);
}

static void
approve_clicked_cb (SgReviewEditor *self)
{
  g_autofree char *text = NULL;
  Undo *undo;

  if (self->record == NULL)
    return;
  undo = undo_new (self);
  g_object_set (self->record, SG_MANAGEMENT_REVIEW_STATUS, SG_REVIEW_STATUS_MINUTES_APPROVED, NULL);
  /* Translators: a toast; %s is a review's ref */
  text = g_strdup_printf (_("Minutes of %s approved"), review_name (self->record));
  add_undo_toast (self, undo, text);
}

/* Following the record */

static void
update (SgReviewEditor *self)
{
  SgRecord *review = self->record;
  const char *title;
  g_autofree char *date = NULL;
  g_autofree char *meta = NULL;
  int status;

  if (review == NULL)
    return;
  title = sg_record_peek_string (review, SG_MANAGEMENT_REVIEW_TITLE);
  gtk_label_set_text (GTK_LABEL (self->heading), title && *title ? title : _("Untitled review"));
  date = sg_field_format_date (sg_record_peek_string (review, SG_MANAGEMENT_REVIEW_DATE));
  /* Translators: under a review's title: its ref and date, "MR-003 · 12 March 2027" */
  meta = g_strdup_printf (_("%s · %s"), review_name (review), date ? date : _("No date yet"));
  gtk_label_set_text (GTK_LABEL (self->meta), meta);

  status = sg_record_peek_enum (review, SG_MANAGEMENT_REVIEW_STATUS);
  gtk_label_set_text (GTK_LABEL (self->badge), sg_enum_get_label (SG_TYPE_REVIEW_STATUS, status));
  for (int s = SG_REVIEW_STATUS_PLANNED; s <= SG_REVIEW_STATUS_MINUTES_APPROVED; s++)
    gtk_widget_remove_css_class (self->badge, sg_review_status_css_class (s));
  gtk_widget_add_css_class (self->badge, sg_review_status_css_class (status));
  switch ((SgReviewStatus) status)
    {
    case SG_REVIEW_STATUS_PLANNED:
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->status_row),
                                   _("Planned: the figures are a draft until the review is held."));
      break;
    case SG_REVIEW_STATUS_HELD:
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->status_row),
                                   _("Held: the figures are frozen; the minutes await approval."));
      break;
    case SG_REVIEW_STATUS_MINUTES_APPROVED:
    default:
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->status_row),
                                   _("Held, and its minutes approved."));
      break;
    }
  gtk_widget_set_visible (self->hold_button, status == SG_REVIEW_STATUS_PLANNED);
  gtk_widget_set_visible (self->approve_button, status == SG_REVIEW_STATUS_HELD);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->minutes_button), "s",
                                    sg_record_get_ref (review) ? sg_record_get_ref (review) : "");
}

/* Building the form */

static GtkWidget *
new_group (SgReviewEditor *self,
           GtkWidget      *box,
           const char     *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (GTK_BOX (box), group);
  return group;
}

/* A long text is a group of its own: it goes after @group. */
static void
add_field (SgReviewEditor *self,
           GtkWidget      *box,
           GtkWidget      *group,
           const char     *field)
{
  GParamSpec *pspec = sg_record_class_find_field (g_type_class_peek (SG_TYPE_MANAGEMENT_REVIEW), field);
  SgFieldBinding *binding;
  GtkWidget *widget;

  g_return_if_fail (pspec != NULL);
  binding = sg_field_binding_new (self->store, pspec);
  widget = sg_field_binding_get_widget (binding);
  g_ptr_array_add (self->bindings, binding);
  if (sg_field_binding_is_group (binding))
    gtk_box_append (GTK_BOX (box), widget);
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), widget);
}

static void
build_heading (SgReviewEditor *self,
               GtkWidget      *box)
{
  GtkWidget *heading_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->heading = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->heading), 0);
  gtk_label_set_wrap (GTK_LABEL (self->heading), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->heading), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (self->heading, "title-2");
  gtk_box_append (GTK_BOX (heading_box), self->heading);

  self->meta = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->meta), 0);
  gtk_label_set_wrap (GTK_LABEL (self->meta), TRUE);
  gtk_widget_add_css_class (self->meta, "dim-label");
  gtk_box_append (GTK_BOX (line), self->meta);
  self->badge = gtk_label_new (NULL);
  gtk_widget_set_valign (self->badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->badge, "sg-status-badge");
  gtk_widget_add_css_class (self->badge, "sg-review-badge");
  gtk_box_append (GTK_BOX (line), self->badge);
  gtk_box_append (GTK_BOX (heading_box), line);
  gtk_box_append (GTK_BOX (box), heading_box);
}

static void
build_meeting (SgReviewEditor *self,
               GtkWidget      *box)
{
  GtkWidget *suffix;

  self->meeting_group = new_group (self, box, _("Meeting"));
  /* sg-window-review.c implements the action. */
  self->minutes_button = gtk_button_new_with_mnemonic (_("Export _Minutes…"));
  /* The action takes a review's ref: a target of that type from the start
   * (the shown review's ref replaces it). */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->minutes_button), "s", "");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->minutes_button), "win.export-review-minutes");
  gtk_widget_set_tooltip_text (self->minutes_button, _("Write the minutes as a PDF for the board"));
  gtk_widget_set_valign (self->minutes_button, GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->meeting_group), self->minutes_button);

  add_field (self, box, self->meeting_group, SG_MANAGEMENT_REVIEW_TITLE);
  add_field (self, box, self->meeting_group, SG_MANAGEMENT_REVIEW_DATE);

  self->status_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row),
                                 sg_field_get_label (sg_record_class_find_field (g_type_class_peek (SG_TYPE_MANAGEMENT_REVIEW),
                                                                                 SG_MANAGEMENT_REVIEW_STATUS)));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self->status_row), 0);
  suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  self->hold_button = gtk_button_new_with_mnemonic (_("_Hold Review"));
  gtk_widget_set_tooltip_text (self->hold_button,
                               _("Freeze the figures as they are today and mark the review held"));
  gtk_widget_add_css_class (self->hold_button, "suggested-action");
  g_signal_connect_swapped (self->hold_button, "clicked", G_CALLBACK (hold_clicked_cb), self);
  gtk_box_append (GTK_BOX (suffix), self->hold_button);
  self->approve_button = gtk_button_new_with_mnemonic (_("_Approve Minutes"));
  g_signal_connect_swapped (self->approve_button, "clicked", G_CALLBACK (approve_clicked_cb), self);
  gtk_box_append (GTK_BOX (suffix), self->approve_button);
  /* Shown for the review's status once there is one: both at once would
   * make the row wider than a phone. */
  gtk_widget_set_visible (self->hold_button, FALSE);
  gtk_widget_set_visible (self->approve_button, FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->status_row), suffix);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->meeting_group), self->status_row);

  add_field (self, box, self->meeting_group, SG_MANAGEMENT_REVIEW_PARTICIPANTS);
  add_field (self, box, self->meeting_group, SG_MANAGEMENT_REVIEW_ATTENDEES);
}

static void
build_form (SgReviewEditor *self,
            GtkWidget      *box)
{
  GtkWidget *heading, *label;

  build_heading (self, box);
  build_meeting (self, box);

  self->inputs = sg_review_inputs_view_new (self->store, self->today);
  gtk_box_append (GTK_BOX (box), self->inputs);

  /* A heading, not an empty group: a group without rows still keeps the
   * room of its list below its title. */
  heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  label = gtk_label_new (_("Outputs (9.3.3)"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (heading), label);
  label = gtk_label_new (_("What the meeting decided on continual improvement and on "
                           "changes to the ISMS, and the actions that follow."));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (heading), label);
  gtk_box_append (GTK_BOX (box), heading);
  add_field (self, box, NULL, SG_MANAGEMENT_REVIEW_DECISIONS);
  add_field (self, box, NULL, SG_MANAGEMENT_REVIEW_CHANGES);

  self->actions = sg_review_actions_new (self->store, self->today);
  gtk_box_append (GTK_BOX (box), self->actions);

  self->history = sg_history_list_new (self->store);
  gtk_box_append (GTK_BOX (box), self->history);
}

/* GObject */

static void
sg_review_editor_dispose (GObject *object)
{
  SgReviewEditor *self = SG_REVIEW_EDITOR (object);

  if (self->record != NULL)
    g_clear_signal_handler (&self->notify_id, self->record);
  if (self->bindings != NULL)
    for (guint i = 0; i < self->bindings->len; i++)
      sg_field_binding_set_record (self->bindings->pdata[i], NULL);
  g_clear_pointer (&self->stack, gtk_widget_unparent);
  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_object (&self->record);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_review_editor_parent_class)->dispose (object);
}

static void
sg_review_editor_finalize (GObject *object)
{
  g_free (SG_REVIEW_EDITOR (object)->today);

  G_OBJECT_CLASS (sg_review_editor_parent_class)->finalize (object);
}

static gboolean
sg_review_editor_grab_focus (GtkWidget *widget)
{
  SgReviewEditor *self = SG_REVIEW_EDITOR (widget);

  /* The title: what a new review needs first. */
  if (self->record != NULL && self->bindings->len > 0)
    {
      sg_field_binding_grab_focus (self->bindings->pdata[0]);
      return TRUE;
    }
  return FALSE;
}

static void
sg_review_editor_class_init (SgReviewEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_review_editor_dispose;
  object_class->finalize = sg_review_editor_finalize;
  widget_class->grab_focus = sg_review_editor_grab_focus;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sg_review_editor_init (SgReviewEditor *self)
{
  GtkWidget *empty;

  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  self->stack = gtk_stack_new ();
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));
  empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "x-office-document-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Review Selected"));
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
}

GtkWidget *
sg_review_editor_new (SgStore    *store,
                      const char *today)
{
  SgReviewEditor *self;
  GtkWidget *scrolled, *clamp, *box;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_REVIEW_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->today = g_strdup (today);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  build_form (self, box);
  /* Wider than a form: the figures read in one line beside their words. */
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 860);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 600);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  /* The keyboard, and a figure opened from elsewhere, stay in view. */
  gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled))),
                                    TRUE);
  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, "record");

  sg_review_editor_set_record (self, NULL);
  return GTK_WIDGET (self);
}

SgRecord *
sg_review_editor_get_record (SgReviewEditor *self)
{
  g_return_val_if_fail (SG_IS_REVIEW_EDITOR (self), NULL);

  return self->record;
}

void
sg_review_editor_set_record (SgReviewEditor *self,
                             SgRecord       *review)
{
  g_return_if_fail (SG_IS_REVIEW_EDITOR (self));
  g_return_if_fail (review == NULL || SG_IS_MANAGEMENT_REVIEW (review));

  if (self->record != NULL)
    g_clear_signal_handler (&self->notify_id, self->record);
  g_set_object (&self->record, review);
  for (guint i = 0; i < self->bindings->len; i++)
    sg_field_binding_set_record (self->bindings->pdata[i], review);
  sg_review_inputs_view_set_review (SG_REVIEW_INPUTS_VIEW (self->inputs), review);
  sg_review_actions_set_review (SG_REVIEW_ACTIONS (self->actions), review);
  sg_history_list_set_record (SG_HISTORY_LIST (self->history), review);
  if (review != NULL)
    self->notify_id = g_signal_connect_swapped (review, "notify", G_CALLBACK (update), self);
  update (self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), review ? "record" : "empty");
}

GtkWidget *
sg_review_editor_get_inputs (SgReviewEditor *self)
{
  g_return_val_if_fail (SG_IS_REVIEW_EDITOR (self), NULL);
  return self->inputs;
}

GtkWidget *
sg_review_editor_get_actions (SgReviewEditor *self)
{
  g_return_val_if_fail (SG_IS_REVIEW_EDITOR (self), NULL);
  return self->actions;
}

GtkWidget *
sg_review_editor_get_heading (SgReviewEditor *self)
{
  g_return_val_if_fail (SG_IS_REVIEW_EDITOR (self), NULL);
  return self->heading;
}

GtkWidget *
sg_review_editor_get_hold_button (SgReviewEditor *self)
{
  g_return_val_if_fail (SG_IS_REVIEW_EDITOR (self), NULL);
  return self->hold_button;
}

GtkWidget *
sg_review_editor_get_minutes_button (SgReviewEditor *self)
{
  g_return_val_if_fail (SG_IS_REVIEW_EDITOR (self), NULL);
  return self->minutes_button;
}
