/* sg-policy-page.c: the information security policy as the Leadership group shows it (5.2)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Top management establishes the policy, has it approved and makes it
 * known (5.2 f). The page shows the policy sg_policy_list () names first
 * — its approval, its review and when it was last communicated — and the
 * topic-specific policies below it; all editing happens in Documents.
 * The page is small, so it is built anew whenever a document changes. */
#define G_LOG_DOMAIN "sg-policy-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-document.h"
#include "sg-enums.h"
#include "sg-field.h"
#include "sg-field-codec.h"
#include "sg-format.h"
#include "sg-person.h"
#include "sg-policy.h"
#include "sg-policy-page.h"
#include "sg-soa.h"
#include "sg-window.h"

struct _SgPolicyPage
{
  SgPage     parent_instance;

  GtkWidget *box;
  GtkWidget *header;
  GtkWidget *back_button;
  GtkWidget *stack;
  GtkWidget *form;          /* AdwPreferencesPage, its groups built anew */
  GPtrArray *groups;        /* AdwPreferencesGroup* in @form */

  SgStore   *store;
  SgRecord  *policy;        /* the first of sg_policy_list () */
  GPtrArray *shown;         /* SgRecord*: the policies shown */
  guint      update_id;
};

G_DEFINE_FINAL_TYPE (SgPolicyPage, sg_policy_page, SG_TYPE_PAGE)

static void
show_toast (SgPolicyPage *self,
            AdwToast     *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
open_document (SgPolicyPage *self,
               SgRecord     *document)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (SG_IS_WINDOW (root))
    sg_window_show_record (SG_WINDOW (root), document);
}

/* Opening the location */

static void
location_launched_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      data)
{
  g_autoptr(SgPolicyPage) self = data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      /* Translators: %s says why, from the system */
      g_autofree char *message = g_strdup_printf (_("Could not open the location: %s"), error->message);
      g_autofree char *escaped = g_markup_escape_text (message, -1);

      show_toast (self, adw_toast_new (escaped));
    }
}

static void
open_location_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SgPolicyPage *self = SG_POLICY_PAGE (widget);
  g_autoptr(GdkAppLaunchContext) context = NULL;
  g_autofree char *uri = NULL;
  SgSoaLocation location;

  if (self->policy == NULL)
    return;
  location = sg_soa_evidence_check_location (sg_record_peek_string (self->policy, "location"), &uri);
  if (location != SG_SOA_LOCATION_WEB && location != SG_SOA_LOCATION_FILE)
    return;
  context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           location_launched_cb, g_object_ref (self));
}

/* Communicated today, and back */

typedef struct
{
  SgRecord *policy;
  char     *before;
} CommunicatedUndo;

static void
communicated_undo_free (gpointer  data,
                        GClosure *closure)
{
  CommunicatedUndo *undo = data;

  g_object_unref (undo->policy);
  g_free (undo->before);
  g_free (undo);
}

static void
undo_communicated_cb (AdwToast         *toast,
                      CommunicatedUndo *undo)
{
  g_object_set (undo->policy, SG_DOCUMENT_LAST_COMMUNICATED, undo->before, NULL);
}

void
sg_policy_page_communicated_today (SgPolicyPage *self)
{
  g_autofree char *today = sg_date_today ();
  CommunicatedUndo *undo;
  AdwToast *toast;

  g_return_if_fail (SG_IS_POLICY_PAGE (self));

  if (self->policy == NULL ||
      g_strcmp0 (sg_record_peek_string (self->policy, SG_DOCUMENT_LAST_COMMUNICATED), today) == 0)
    return;
  undo = g_new0 (CommunicatedUndo, 1);
  undo->policy = g_object_ref (self->policy);
  undo->before = g_strdup (sg_record_peek_string (self->policy, SG_DOCUMENT_LAST_COMMUNICATED));
  /* The store saves the property as it is set. */
  g_object_set (self->policy, SG_DOCUMENT_LAST_COMMUNICATED, today, NULL);
  toast = adw_toast_new (_("Policy marked as communicated today"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_communicated_cb), undo,
                         communicated_undo_free, 0);
  show_toast (self, toast);
}

static void
communicated_today_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  sg_policy_page_communicated_today (SG_POLICY_PAGE (widget));
}

static void
open_policy_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SgPolicyPage *self = SG_POLICY_PAGE (widget);

  if (self->policy != NULL)
    open_document (self, self->policy);
}

/* The empty state's button: a policy to write, opened at once. */
static void
create_policy_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SgPolicyPage *self = SG_POLICY_PAGE (widget);
  g_autoptr(SgRecord) policy = NULL;
  g_autoptr(GError) error = NULL;

  policy = g_object_new (SG_TYPE_DOCUMENT,
                         "title", _("Information security policy"),
                         "type", SG_DOCUMENT_TYPE_POLICY,
                         NULL);
  if (!sg_store_add (self->store, policy, &error))
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      show_toast (self, adw_toast_new (escaped));
      return;
    }
  open_document (self, policy);
}

/* Building */

static char *
format_field (SgPolicyPage *self,
              SgRecord     *document,
              const char   *field)
{
  GParamSpec *pspec = sg_record_class_find_field (SG_RECORD_GET_CLASS (document), field);

  return sg_format_field (self->store, document, pspec);
}

static GtkWidget *
add_row (GtkWidget  *group,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  /* The value is what is read: it stands out, the field's name stays
   * small, as in the record editors' number rows. */
  gtk_widget_add_css_class (row, "sg-value-row");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static GtkWidget *
suffix_button (GtkWidget  *row,
               const char *label,
               const char *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

static GtkWidget *
new_group (SgPolicyPage *self,
           const char   *title,
           const char   *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form), ADW_PREFERENCES_GROUP (group));
  g_ptr_array_add (self->groups, group);
  return group;
}

static void
build_policy (SgPolicyPage *self)
{
  SgRecord *policy = self->policy;
  g_autofree char *version = format_field (self, policy, "version");
  g_autofree char *status = format_field (self, policy, "status");
  g_autofree char *approved_by = format_field (self, policy, "approved-by");
  g_autofree char *approved_on = format_field (self, policy, "approved-on");
  g_autofree char *next_review = format_field (self, policy, "next-review");
  g_autofree char *distribution = format_field (self, policy, SG_DOCUMENT_DISTRIBUTION);
  g_autofree char *communicated = format_field (self, policy, SG_DOCUMENT_LAST_COMMUNICATED);
  g_autofree char *location = format_field (self, policy, "location");
  g_autofree char *description = NULL;
  g_autofree char *approval = NULL;
  g_autofree char *today = sg_date_today ();
  const char *title = sg_record_peek_string (policy, "title");
  GtkWidget *group, *row, *button;
  SgSoaLocation where;

  /* Translators: under the policy's title: "DOC-001 · version 3.0" */
  description = version != NULL ? g_strdup_printf (_("%s · version %s"), sg_record_get_ref (policy), version)
                                : g_strdup (sg_record_get_ref (policy));
  group = new_group (self, title != NULL && *title ? title : _("Information security policy"), description);
  button = gtk_button_new_with_mnemonic (_("_Edit in Documents"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "policy.open-document");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);

  add_row (group, _("Status"), status != NULL ? status : "");
  if (approved_by != NULL && approved_on != NULL)
    /* Translators: "Jana Petersen on 12 May 2026" */
    approval = g_strdup_printf (_("%s on %s"), approved_by, approved_on);
  else if (approved_by != NULL || approved_on != NULL)
    approval = g_strdup (approved_by != NULL ? approved_by : approved_on);
  row = add_row (group, _("Approved"), approval != NULL ? approval : _("Not approved yet"));
  if (approval == NULL)
    gtk_widget_add_css_class (row, "warning");

  if (next_review == NULL)
    add_row (group, _("Next review"), _("No review date"));
  else if (sg_record_is_overdue (policy, today))
    {
      /* Translators: a review date that has passed: "14 March 2026 — overdue" */
      g_autofree char *text = g_strdup_printf (_("%s — overdue"), next_review);

      row = add_row (group, _("Next review"), text);
      gtk_widget_add_css_class (row, "error");
    }
  else
    add_row (group, _("Next review"), next_review);

  group = new_group (self, _("Communication"),
                     _("The policy is communicated within the organization and available to "
                       "interested parties, as clause 5.2 f asks."));
  row = add_row (group, _("Distribution"), distribution != NULL ? distribution : _("Not recorded"));
  row = add_row (group, _("Last communicated"), communicated != NULL ? communicated : _("Never recorded"));
  suffix_button (row, _("_Communicated Today"), "policy.communicated-today");
  if (location != NULL)
    {
      row = add_row (group, _("Location"), location);
      /* Only a web address or a file that exists opens; a place named in
       * words ("SharePoint, ISMS area") is only read. */
      where = sg_soa_evidence_check_location (location, NULL);
      if (where == SG_SOA_LOCATION_WEB || where == SG_SOA_LOCATION_FILE)
        gtk_widget_set_tooltip_text (suffix_button (row, _("_Open"), "policy.open-location"),
                                     _("Open Location"));
    }
}

static void
topic_activated_cb (AdwActionRow *row,
                    SgPolicyPage *self)
{
  /* The rows follow the policies after the first. */
  guint index = (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + 1;

  if (index < self->shown->len)
    open_document (self, g_ptr_array_index (self->shown, index));
}

static void
build_topics (SgPolicyPage *self)
{
  GtkWidget *group;

  if (self->shown->len < 2)
    return;
  group = new_group (self, _("Topic-Specific Policies"),
                     _("They follow from the information security policy (Annex A 5.1)."));
  for (guint i = 1; i < self->shown->len; i++)
    {
      SgRecord *document = g_ptr_array_index (self->shown, i);
      g_autofree char *name = sg_record_dup_display_name (document);
      g_autofree char *status = format_field (self, document, "status");
      g_autofree char *version = format_field (self, document, "version");
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      /* Translators: a topic-specific policy's line: "Approved · version 1.4" */
      subtitle = version != NULL ? g_strdup_printf (_("%s · version %s"), status, version) : g_strdup (status);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect (row, "activated", G_CALLBACK (topic_activated_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static void
update (SgPolicyPage *self)
{
  g_autofree char *today = sg_date_today ();

  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (ADW_PREFERENCES_PAGE (self->form), g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  g_clear_pointer (&self->shown, g_ptr_array_unref);

  self->shown = sg_policy_list (self->store);
  self->policy = self->shown->len > 0 ? g_ptr_array_index (self->shown, 0) : NULL;
  /* Told today already: the button has nothing left to say. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "policy.communicated-today",
                                 self->policy != NULL &&
                                 g_strcmp0 (sg_record_peek_string (self->policy, SG_DOCUMENT_LAST_COMMUNICATED),
                                            today) != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "policy.open-document", self->policy != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "policy.open-location", self->policy != NULL);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), self->policy != NULL ? "policy" : "empty");
  if (self->policy == NULL)
    return;
  build_policy (self);
  build_topics (self);
}

static gboolean
update_idle_cb (gpointer data)
{
  SgPolicyPage *self = data;

  self->update_id = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

static void
queue_update (SgPolicyPage *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add (update_idle_cb, self);
}

static void
record_changed_cb (SgPolicyPage *self,
                   SgRecord     *record,
                   GParamSpec   *pspec)
{
  /* A person's new name shows in "approved by". */
  if (SG_IS_DOCUMENT (record) || SG_IS_PERSON (record))
    queue_update (self);
}

/* GObject */

static void
sg_policy_page_sidebar_folded_changed (SgPage *page)
{
  SgPolicyPage *self = SG_POLICY_PAGE (page);
  gboolean folded = sg_page_get_sidebar_folded (page);

  gtk_widget_set_visible (self->back_button, folded);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (self->header), folded);
}

static void
sg_policy_page_dispose (GObject *object)
{
  SgPolicyPage *self = SG_POLICY_PAGE (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  self->policy = NULL;
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_policy_page_parent_class)->dispose (object);
}

static void
sg_policy_page_class_init (SgPolicyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  SG_PAGE_CLASS (klass)->sidebar_folded_changed = sg_policy_page_sidebar_folded_changed;
  object_class->dispose = sg_policy_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "policy.communicated-today", NULL, communicated_today_cb);
  gtk_widget_class_install_action (widget_class, "policy.open-document", NULL, open_policy_cb);
  gtk_widget_class_install_action (widget_class, "policy.open-location", NULL, open_location_cb);
  gtk_widget_class_install_action (widget_class, "policy.create", NULL, create_policy_cb);
}

static void
sg_policy_page_init (SgPolicyPage *self)
{
  GtkWidget *title, *empty, *button;

  self->groups = g_ptr_array_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  self->header = adw_header_bar_new ();
  /* Translators: the page of the information security policy, not the document type */
  title = adw_window_title_new (C_("page", "Policy"), _("Clause 5.2"));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (self->header), title);
  self->back_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (self->back_button, _("Back"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->back_button), "win.show-sidebar");
  adw_header_bar_pack_start (ADW_HEADER_BAR (self->header), self->back_button);
  gtk_box_append (GTK_BOX (self->box), self->header);

  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_box_append (GTK_BOX (self->box), self->stack);

  self->form = adw_preferences_page_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), self->form, "policy");

  empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "folder-documents-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Information Security Policy"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Clause 5.2 asks top management for an information security policy "
                                     "that is approved, documented and communicated."));
  button = gtk_button_new_with_mnemonic (_("_Write the Policy"));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "policy.create");
  adw_status_page_set_child (ADW_STATUS_PAGE (empty), button);
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
}

GtkWidget *
sg_policy_page_new (SgStore *store)
{
  SgPolicyPage *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_POLICY_PAGE, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (sg_store_get_records (store, SG_TYPE_DOCUMENT), "items-changed",
                           G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "record-changed", G_CALLBACK (record_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update (self);
  sg_policy_page_sidebar_folded_changed (SG_PAGE (self));
  return GTK_WIDGET (self);
}

SgRecord *
sg_policy_page_get_policy (SgPolicyPage *self)
{
  g_return_val_if_fail (SG_IS_POLICY_PAGE (self), NULL);

  return self->policy;
}
