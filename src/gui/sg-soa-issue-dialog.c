/* sg-soa-issue-dialog.c: "Issue Statement of Applicability…" — a new version, frozen
 *
 * Issuing is the moment the SoA becomes the document an auditor signs:
 * the dialog says what will be frozen, and asks for what the title page
 * needs — the next number, the date, who approved it, what changed.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-soa-issue-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-date-row.h"
#include "sg-person-row.h"
#include "sg-person.h"
#include "sg-soa-issue-dialog.h"
#include "sg-soa-snapshot.h"

struct _SgSoaIssueDialog
{
  AdwWindow   parent_instance;

  SgStore    *store;
  guint       number;
  GtkWidget  *issue_button;
  GtkWidget  *date_row;
  GtkWidget  *approver_row;
  GtkWidget  *summary_view;
  GtkWidget  *error_label;
};

G_DEFINE_FINAL_TYPE (SgSoaIssueDialog, sg_soa_issue_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_ISSUED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_sensitivity (SgSoaIssueDialog *self)
{
  const char *date = sg_date_row_get_date (SG_DATE_ROW (self->date_row));
  gint64 person = sg_person_row_get_person (SG_PERSON_ROW (self->approver_row));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "soa-issue.issue",
                                 date != NULL && *date != '\0' && person > 0);
}

static void
field_changed_cb (SgSoaIssueDialog *self)
{
  gtk_widget_set_visible (self->error_label, FALSE);
  update_sensitivity (self);
}

static void
issue_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  SgSoaIssueDialog *self = SG_SOA_ISSUE_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->summary_view));
  GtkTextIter start, end;
  SgRecord *approver;
  SgRecord *version;

  approver = sg_store_find_by_id (self->store, SG_TYPE_PERSON,
                                  sg_person_row_get_person (SG_PERSON_ROW (self->approver_row)));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  summary = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  version = sg_soa_issue (self->store, self->number, sg_date_row_get_date (SG_DATE_ROW (self->date_row)),
                          approver, summary, &error);
  if (version == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->error_label), error->message);
      gtk_widget_set_visible (self->error_label, TRUE);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_ISSUED], 0, version);
  gtk_window_close (GTK_WINDOW (self));
}

static void
sg_soa_issue_dialog_dispose (GObject *object)
{
  SgSoaIssueDialog *self = SG_SOA_ISSUE_DIALOG (object);

  g_clear_object (&self->store);
  G_OBJECT_CLASS (sg_soa_issue_dialog_parent_class)->dispose (object);
}

static void
sg_soa_issue_dialog_class_init (SgSoaIssueDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_soa_issue_dialog_dispose;

  signals[SIGNAL_ISSUED] = g_signal_new ("issued", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, SG_TYPE_RECORD);

  gtk_widget_class_install_action (widget_class, "soa-issue.issue", NULL, issue_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sg_soa_issue_dialog_init (SgSoaIssueDialog *self)
{
}

/* What the issued document will admit to: controls that lack the grounds
 * for their decision. */
static guint
count_gaps (SgStore *store)
{
  g_autoptr(SgSoaSnapshot) live = sg_soa_snapshot_new_live (store, NULL);
  guint n = 0;

  for (guint i = 0; i < live->rows->len; i++)
    if (((SgSoaSnapshotRow *) live->rows->pdata[i])->flags &
        (SG_SOA_FLAG_EXCLUDED_WITHOUT_JUSTIFICATION | SG_SOA_FLAG_INCLUDED_WITHOUT_REASON))
      n++;
  return n;
}

static void
build (SgSoaIssueDialog *self)
{
  GtkWidget *box, *header, *cancel, *scrolled, *clamp, *content, *intro, *group, *row, *number;
  GtkWidget *summary_group, *frame;
  g_autofree char *intro_text = NULL;
  g_autofree char *number_text = g_strdup_printf ("%u", self->number);
  g_autofree char *today = sg_date_today ();
  guint gaps = count_gaps (self->store);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->issue_button = gtk_button_new_with_mnemonic (_("_Issue"));
  gtk_widget_add_css_class (self->issue_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->issue_button), "soa-issue.issue");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->issue_button);
  gtk_box_append (GTK_BOX (box), header);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_widget_set_vexpand (scrolled, TRUE);
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 560);
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);

  /* Translators: %u is the number the new version gets */
  intro_text = g_strdup_printf (_("Version %u freezes the Statement of Applicability as it stands now. "
                                  "It can be printed as it was approved, whatever changes later."),
                                self->number);
  intro = gtk_label_new (intro_text);
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_box_append (GTK_BOX (content), intro);
  if (gaps > 0)
    {
      g_autofree char *text =
        g_strdup_printf (ngettext ("%u control lacks a reason for inclusion or a justification for its "
                                   "exclusion. The issued document shows the gap.",
                                   "%u controls lack a reason for inclusion or a justification for their "
                                   "exclusion. The issued document shows the gaps.", gaps), gaps);
      GtkWidget *warning = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (warning), TRUE);
      gtk_label_set_xalign (GTK_LABEL (warning), 0);
      gtk_widget_add_css_class (warning, "warning");
      gtk_box_append (GTK_BOX (content), warning);
    }

  group = adw_preferences_group_new ();
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Version"));
  number = gtk_label_new (number_text);
  gtk_widget_add_css_class (number, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), number);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  self->date_row = sg_date_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _("Issued on"));
  sg_date_row_set_date (SG_DATE_ROW (self->date_row), today);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->date_row);
  self->approver_row = sg_person_row_new (self->store);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->approver_row), _("Approved by"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->approver_row);
  gtk_box_append (GTK_BOX (content), group);

  summary_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (summary_group), _("Changes in this version"));
  frame = gtk_frame_new (NULL);
  gtk_widget_add_css_class (frame, "view");
  self->summary_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->summary_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->summary_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->summary_view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->summary_view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->summary_view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->summary_view), 8);
  gtk_widget_set_size_request (self->summary_view, -1, 96);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->summary_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Changes in this version"), -1);
  gtk_frame_set_child (GTK_FRAME (frame), self->summary_view);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (summary_group), frame);
  gtk_box_append (GTK_BOX (content), summary_group);

  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_visible (self->error_label, FALSE);
  gtk_box_append (GTK_BOX (content), self->error_label);

  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (self), box);

  g_signal_connect_object (self->date_row, "notify::date", G_CALLBACK (field_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->approver_row, "notify::person", G_CALLBACK (field_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_sensitivity (self);
}

SgSoaIssueDialog *
sg_soa_issue_dialog_new (GtkWindow *parent,
                         SgStore   *store)
{
  SgSoaIssueDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_SOA_ISSUE_DIALOG,
                       "title", _("Issue Statement of Applicability"),
                       "modal", TRUE,
                       "transient-for", parent,
                       "default-width", 560,
                       "width-request", 360,
                       NULL);
  self->store = g_object_ref (store);
  self->number = sg_soa_next_version_number (store);
  build (self);
  return self;
}

void
sg_soa_issue_dialog_set_approver (SgSoaIssueDialog *self,
                                  gint64            person)
{
  g_return_if_fail (SG_IS_SOA_ISSUE_DIALOG (self));

  sg_person_row_set_person (SG_PERSON_ROW (self->approver_row), person);
}

void
sg_soa_issue_dialog_set_summary (SgSoaIssueDialog *self,
                                 const char       *summary)
{
  g_return_if_fail (SG_IS_SOA_ISSUE_DIALOG (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->summary_view)), summary, -1);
}
