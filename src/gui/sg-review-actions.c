/* sg-review-actions.c: the actions a management review decided (9.3.3) — its child Actions, and adding one with its owner and date
 *
 * An action decided in the meeting is written down there, with whose it
 * is and by when: the form below the list asks for exactly that, and
 * the new Action stays here, listed, instead of taking the user to the
 * Actions page mid-meeting. Each row opens its Action there.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-review-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-action.h"
#include "sg-child-list.h"
#include "sg-date-row.h"
#include "sg-enums.h"
#include "sg-management-review.h"
#include "sg-person-row.h"
#include "sg-review-actions.h"

struct _SgReviewActions
{
  GtkBox      parent_instance;

  GtkWidget  *list;
  GtkWidget  *form_group;
  GtkWidget  *expander;
  GtkWidget  *title_row;
  GtkWidget  *owner_row;
  GtkWidget  *due_row;
  GtkWidget  *add_button;

  SgStore    *store;
  char       *today;
  SgRecord   *review;
};

G_DEFINE_FINAL_TYPE (SgReviewActions, sg_review_actions, GTK_TYPE_BOX)

static void
show_error (SgReviewActions *self,
            const GError    *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
  else
    g_warning ("%s", error->message);
}

static void
update_add_button (SgReviewActions *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));

  gtk_widget_set_sensitive (self->add_button, self->review != NULL && *title != '\0');
}

static void
clear_form (SgReviewActions *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), "");
  sg_person_row_set_person (SG_PERSON_ROW (self->owner_row), 0);
  sg_date_row_set_date (SG_DATE_ROW (self->due_row), NULL);
  update_add_button (self);
}

SgRecord *
sg_review_actions_add (SgReviewActions *self)
{
  g_autoptr(SgRecord) action = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (SG_IS_REVIEW_ACTIONS (self), NULL);

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  if (self->review == NULL || *title == '\0')
    return NULL;
  today = self->today != NULL ? g_strdup (self->today) : sg_date_today ();
  action = g_object_new (SG_TYPE_ACTION,
                         SG_ACTION_TITLE, title,
                         SG_ACTION_SOURCE, SG_ACTION_SOURCE_MANAGEMENT_REVIEW,
                         SG_ACTION_REVIEW, sg_record_get_id (self->review),
                         SG_ACTION_OWNER, sg_person_row_get_person (SG_PERSON_ROW (self->owner_row)),
                         SG_ACTION_RAISED_ON, today,
                         SG_ACTION_DUE_DATE, sg_date_row_get_date (SG_DATE_ROW (self->due_row)),
                         NULL);
  /* A refused date (due before it was raised) keeps the form as typed. */
  if (!sg_store_add (self->store, action, &error))
    {
      show_error (self, error);
      return NULL;
    }
  clear_form (self);
  /* The next action of the meeting is typed right away. */
  gtk_widget_grab_focus (self->title_row);
  return g_steal_pointer (&action);
}

static void
add_clicked_cb (SgReviewActions *self)
{
  g_autoptr(SgRecord) action = sg_review_actions_add (self);
}

static void
new_clicked_cb (SgReviewActions *self)
{
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self->expander), TRUE);
  gtk_widget_grab_focus (self->title_row);
}

void
sg_review_actions_fill_form (SgReviewActions *self,
                             const char      *title,
                             gint64           owner,
                             const char      *due_date)
{
  g_return_if_fail (SG_IS_REVIEW_ACTIONS (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self->expander), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title ? title : "");
  sg_person_row_set_person (SG_PERSON_ROW (self->owner_row), owner);
  sg_date_row_set_date (SG_DATE_ROW (self->due_row), due_date);
}

/* GObject */

static void
sg_review_actions_dispose (GObject *object)
{
  SgReviewActions *self = SG_REVIEW_ACTIONS (object);

  g_clear_object (&self->review);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_review_actions_parent_class)->dispose (object);
}

static void
sg_review_actions_finalize (GObject *object)
{
  g_free (SG_REVIEW_ACTIONS (object)->today);

  G_OBJECT_CLASS (sg_review_actions_parent_class)->finalize (object);
}

static void
sg_review_actions_class_init (SgReviewActionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sg_review_actions_dispose;
  object_class->finalize = sg_review_actions_finalize;
}

static void
sg_review_actions_init (SgReviewActions *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
}

GtkWidget *
sg_review_actions_new (SgStore    *store,
                       const char *today)
{
  SgReviewActions *self;
  GtkWidget *new_button, *button_row;
  SgRecordClass *klass = g_type_class_peek (SG_TYPE_ACTION);

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_REVIEW_ACTIONS, NULL);
  self->store = g_object_ref (store);
  self->today = g_strdup (today);

  self->list = sg_child_list_new (store, SG_TYPE_MANAGEMENT_REVIEW, SG_TYPE_ACTION);
  /* Translators: the heading of a review's actions; 9.3.3 is the clause */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->list), _("Actions"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->list),
                                         _("Tracked on the Actions page; the next review reports their status."));
  /* The list's own Add would open an empty Action elsewhere: this one
   * opens the form below. */
  new_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_tooltip_text (new_button, _("Add Action"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (new_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add Action"), -1);
  gtk_widget_add_css_class (new_button, "flat");
  gtk_widget_set_valign (new_button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (new_button, "clicked", G_CALLBACK (new_clicked_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->list), new_button);
  gtk_box_append (GTK_BOX (self), self->list);

  self->form_group = adw_preferences_group_new ();
  self->expander = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->expander), _("New Action"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->expander), _("What, whose and by when"));
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (self->expander),
                               gtk_image_new_from_icon_name ("list-add-symbolic"));

  self->title_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_row),
                                 sg_field_get_label (sg_record_class_find_field (klass, SG_ACTION_TITLE)));
  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (update_add_button), self);
  g_signal_connect_swapped (self->title_row, "entry-activated", G_CALLBACK (add_clicked_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->expander), self->title_row);

  self->owner_row = sg_person_row_new (store);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->owner_row),
                                 sg_field_get_label (sg_record_class_find_field (klass, SG_ACTION_OWNER)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->expander), self->owner_row);

  self->due_row = sg_date_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->due_row),
                                 sg_field_get_label (sg_record_class_find_field (klass, SG_ACTION_DUE_DATE)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->expander), self->due_row);

  button_row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (button_row), FALSE);
  self->add_button = gtk_button_new_with_mnemonic (_("_Add Action"));
  gtk_widget_add_css_class (self->add_button, "suggested-action");
  gtk_widget_set_halign (self->add_button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (self->add_button, 8);
  gtk_widget_set_margin_bottom (self->add_button, 8);
  gtk_widget_set_margin_end (self->add_button, 12);
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (add_clicked_cb), self);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (button_row), self->add_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->expander), button_row);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->form_group), self->expander);
  gtk_box_append (GTK_BOX (self), self->form_group);
  update_add_button (self);
  return GTK_WIDGET (self);
}

void
sg_review_actions_set_review (SgReviewActions *self,
                              SgRecord        *review)
{
  g_return_if_fail (SG_IS_REVIEW_ACTIONS (self));

  if (g_set_object (&self->review, review))
    clear_form (self);
  sg_child_list_set_parent (SG_CHILD_LIST (self->list), review);
  update_add_button (self);
}

GtkWidget *
sg_review_actions_get_list (SgReviewActions *self)
{
  g_return_val_if_fail (SG_IS_REVIEW_ACTIONS (self), NULL);

  return self->list;
}
