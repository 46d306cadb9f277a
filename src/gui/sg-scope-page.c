/* sg-scope-page.c: the scope of the ISMS (4.3) as one page to read and edit, with its versions
 *
 * A register has one scope statement, so there is no list: the page
 * reads like the document an auditor asks for — the statement first,
 * then its boundaries, exclusions and interfaces, its approval and the
 * versions it had. Every field is edited in place by the SgFieldBinding
 * the generic editor uses, and saved as it is typed. Without a statement
 * the page offers to create one.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-scope-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-field-codec.h"
#include "sg-history-list.h"
#include "sg-scope-page.h"
#include "sg-scope-versions.h"
#include "sg-scope.h"
#include "sg-settings.h"

struct _SgScopePage
{
  SgPage      parent_instance;

  SgStore    *store;
  GListModel *scopes;       /* the store's list of scope statements */
  SgRecord   *record;       /* the first of them, or NULL */
  gulong      notify_id;
  guint       refresh_id;

  GtkWidget  *content;
  GtkWidget  *header;
  GtkWidget  *sidebar_button;
  GtkWidget  *stack;
  GtkWidget  *scrolled;
  GtkWidget  *heading;      /* the statement's title */
  GtkWidget  *organisation;
  GtkWidget  *overdue;      /* the badge beside "Approval" */
  GtkWidget  *versions;     /* the group of the version history */
  GtkWidget  *no_versions;  /* its row while there is none */
  GtkWidget  *history;
  GPtrArray  *bindings;     /* SgFieldBinding*, owned */
  GPtrArray  *version_rows; /* AdwActionRow*, newest first */
};

G_DEFINE_FINAL_TYPE (SgScopePage, sg_scope_page, SG_TYPE_PAGE)

static GParamSpec *
scope_field (const char *name)
{
  GParamSpec *pspec = sg_record_class_find_field (g_type_class_peek (SG_TYPE_SCOPE), name);

  g_assert (pspec != NULL);
  return pspec;
}

static SgFieldBinding *
bind_field (SgScopePage *self,
            const char  *name)
{
  SgFieldBinding *binding = sg_field_binding_new (self->store, scope_field (name));

  g_ptr_array_add (self->bindings, binding);
  return binding;
}

/* A long text is a titled group of its own; anything else gets one. */
static GtkWidget *
long_text_group (SgScopePage *self,
                 const char  *name,
                 const char  *description)
{
  SgFieldBinding *binding = bind_field (self, name);
  GtkWidget *widget = sg_field_binding_get_widget (binding);
  GtkWidget *group;

  if (sg_field_binding_is_group (binding))
    group = widget;
  else
    {
      group = adw_preferences_group_new ();
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), widget);
    }
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

static GtkWidget *
rows_group (SgScopePage       *self,
            const char        *title,
            const char *const *names)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  for (guint i = 0; names[i] != NULL; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               sg_field_binding_get_widget (bind_field (self, names[i])));
  return group;
}

/* The version history */

static char *
describe_approval (SgScopePage    *self,
                   SgScopeVersion *version)
{
  const SgFieldResolver *resolver = sg_store_get_field_resolver (self->store);
  g_autofree char *by = version->approved_by != NULL
    ? sg_field_format_stored (scope_field (SG_SCOPE_APPROVED_BY), version->approved_by, resolver) : NULL;
  g_autofree char *on = sg_field_format_date (version->approved_on);

  if (by != NULL && on != NULL)
    /* Translators: a version of the scope: "Approved by Dr. Klaus Brandt on 12/03/2025" */
    return g_strdup_printf (_("Approved by %s on %s"), by, on);
  if (by != NULL)
    /* Translators: a version of the scope approved by someone, with no date */
    return g_strdup_printf (_("Approved by %s"), by);
  if (on != NULL)
    /* Translators: a version of the scope approved on a date, by no one named */
    return g_strdup_printf (_("Approved on %s"), on);
  return g_strdup (_("Not approved"));
}

static void
clear_versions (SgScopePage *self)
{
  for (guint i = 0; i < self->version_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->versions),
                                  g_ptr_array_index (self->version_rows, i));
  g_ptr_array_set_size (self->version_rows, 0);
}

static void
refresh_versions (SgScopePage *self)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;

  clear_versions (self);
  if (self->record == NULL)
    return;
  versions = sg_scope_list_versions (self->store, self->record, &error);
  if (versions == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->no_versions), _("History unavailable"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->no_versions), error->message);
      gtk_widget_set_visible (self->no_versions, TRUE);
      return;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->no_versions), _("No version yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->no_versions),
                               _("Give the statement a version: each one is kept here."));
  gtk_widget_set_visible (self->no_versions, versions->len == 0);

  for (guint i = 0; i < versions->len; i++)
    {
      SgScopeVersion *version = g_ptr_array_index (versions, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *approval = describe_approval (self, version);
      g_autofree char *since = sg_field_format_timestamp (version->since);
      /* Translators: the title of a version of the scope, "Version 2.1" */
      g_autofree char *title = g_strdup_printf (_("Version %s"), version->version);
      g_autofree char *subtitle = NULL;

      if (since != NULL)
        /* Translators: a scope version's approval, then when it was entered */
        subtitle = g_strdup_printf (_("%s · entered %s"), approval, since);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : approval);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      if (i == 0)
        {
          GtkWidget *current = gtk_label_new (C_("scope version", "Current"));

          gtk_widget_add_css_class (current, "sg-list-badge");
          gtk_widget_set_valign (current, GTK_ALIGN_CENTER);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), current);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->versions), row);
      g_ptr_array_add (self->version_rows, row);
    }
}

static void
refresh (SgScopePage *self)
{
  const char *title, *organisation;
  gboolean overdue;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->record == NULL)
    return;

  title = sg_record_peek_string (self->record, "title");
  gtk_label_set_text (GTK_LABEL (self->heading),
                      title != NULL && *title != '\0' ? title : _("Scope of the ISMS"));
  organisation = sg_record_peek_string (self->record, SG_SCOPE_ORGANISATION);
  gtk_label_set_text (GTK_LABEL (self->organisation), organisation != NULL ? organisation : "");
  gtk_widget_set_visible (self->organisation, organisation != NULL && *organisation != '\0');

  overdue = sg_record_is_overdue (self->record, NULL);
  gtk_widget_set_visible (self->overdue, overdue);
  refresh_versions (self);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  SgScopePage *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* An edit is saved, and its history line written, as the property
 * changes: look again once this turn's edits are in. */
static void
record_notify_cb (SgScopePage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

static void
set_record (SgScopePage *self,
            SgRecord    *record)
{
  if (self->record == record)
    return;

  if (self->record != NULL)
    {
      g_clear_signal_handler (&self->notify_id, self->record);
      g_clear_object (&self->record);
    }
  if (record != NULL)
    {
      self->record = g_object_ref (record);
      self->notify_id = g_signal_connect_swapped (record, "notify", G_CALLBACK (record_notify_cb), self);
    }
  for (guint i = 0; i < self->bindings->len; i++)
    sg_field_binding_set_record (g_ptr_array_index (self->bindings, i), record);
  sg_history_list_set_record (SG_HISTORY_LIST (self->history), record);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), record != NULL ? "scope" : "empty");
  refresh (self);
}

static void
scopes_changed_cb (SgScopePage *self)
{
  g_autoptr(SgRecord) first = g_list_model_get_item (self->scopes, 0);

  set_record (self, first);
}

/* Actions */

static void
create_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  SgScopePage *self = SG_SCOPE_PAGE (widget);
  g_autoptr(SgRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  if (self->record != NULL)
    return;
  record = g_object_new (SG_TYPE_SCOPE, "title", _("Scope of the ISMS"), NULL);
  sg_settings_apply_new_defaults (self->store, G_OBJECT (record));
  if (!sg_store_add (self->store, record, &error))
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

      if (overlay != NULL)
        {
          g_autofree char *escaped = g_markup_escape_text (error->message, -1);

          adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
        }
      else
        g_warning ("%s", error->message);
      return;
    }
  /* The store's list says so too; the statement is what is written first. */
  set_record (self, record);
  sg_field_binding_grab_focus (sg_scope_page_get_binding (self, "statement"));
}

static void
sg_scope_page_sidebar_folded_changed (SgPage *page)
{
  SgScopePage *self = SG_SCOPE_PAGE (page);
  gboolean folded = sg_page_get_sidebar_folded (page);

  gtk_widget_set_visible (self->sidebar_button, folded);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (self->header), folded);
}

static void
sg_scope_page_dispose (GObject *object)
{
  SgScopePage *self = SG_SCOPE_PAGE (object);

  /* Typing not yet saved is saved now, while the store is still open. */
  if (self->bindings != NULL)
    set_record (self, NULL);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->scopes != NULL)
    g_signal_handlers_disconnect_by_func (self->scopes, scopes_changed_cb, self);
  g_clear_pointer (&self->content, gtk_widget_unparent);
  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_pointer (&self->version_rows, g_ptr_array_unref);
  g_clear_object (&self->scopes);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_scope_page_parent_class)->dispose (object);
}

static void
sg_scope_page_class_init (SgScopePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_scope_page_dispose;
  SG_PAGE_CLASS (klass)->sidebar_folded_changed = sg_scope_page_sidebar_folded_changed;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "scope.create", NULL, create_cb);
}

static void
sg_scope_page_init (SgScopePage *self)
{
  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  self->version_rows = g_ptr_array_new ();
}

static GtkWidget *
build_empty (SgScopePage *self)
{
  SgRecordClass *klass = g_type_class_peek (SG_TYPE_SCOPE);
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *create = gtk_button_new_with_mnemonic (_("_Write the Scope Statement"));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), sg_record_class_get_empty_icon (klass));
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Scope Statement Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty), _(sg_record_class_get_empty_text (klass)));
  gtk_widget_set_halign (create, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (create, "pill");
  gtk_widget_add_css_class (create, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (create), "scope.create");
  adw_status_page_set_child (ADW_STATUS_PAGE (empty), create);
  return empty;
}

static GtkWidget *
build_document (SgScopePage *self)
{
  static const char *const approval[] = {
    SG_SCOPE_VERSION, SG_SCOPE_APPROVED_BY, SG_SCOPE_APPROVED_ON, SG_SCOPE_NEXT_REVIEW, NULL,
  };
  static const char *const general[] = { "title", SG_SCOPE_ORGANISATION, "ref", NULL };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *lead = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *group, *clamp;

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  /* The title and whose ISMS it is, as a document's heading. */
  self->heading = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->heading, "title-1");
  self->organisation = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->organisation, "dim-label");
  for (GtkWidget *label = self->heading; label != NULL;
       label = label == self->heading ? self->organisation : NULL)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (lead), label);
    }
  gtk_box_append (GTK_BOX (box), lead);

  gtk_box_append (GTK_BOX (box), long_text_group (self, "statement", NULL));
  gtk_box_append (GTK_BOX (box), long_text_group (self, "boundaries",
                                                  _("Sites, units, processes and systems the ISMS covers")));
  gtk_box_append (GTK_BOX (box), long_text_group (self, "exclusions",
                                                  _("What is left out, each with the reason why")));
  gtk_box_append (GTK_BOX (box), long_text_group (self, "interfaces",
                                                  _("Where the ISMS meets activities of others: "
                                                    "suppliers, group functions, customers")));

  /* The approval, with an overdue review said in words as in the lists. */
  group = rows_group (self, _("Approval"), approval);
  self->overdue = gtk_label_new (_("Review overdue"));
  gtk_widget_add_css_class (self->overdue, "sg-overdue-badge");
  gtk_widget_set_valign (self->overdue, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (self->overdue, FALSE);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), self->overdue);
  gtk_box_append (GTK_BOX (box), group);

  self->versions = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->versions), _("Versions"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->versions),
                                         _("Newest first, each with the approval it had"));
  self->no_versions = adw_action_row_new ();
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self->no_versions), 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->versions), self->no_versions);
  gtk_box_append (GTK_BOX (box), self->versions);

  gtk_box_append (GTK_BOX (box), rows_group (self, _("General"), general));

  self->history = sg_history_list_new (self->store);
  gtk_box_append (GTK_BOX (box), self->history);

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 560);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), clamp);
  return self->scrolled;
}

GtkWidget *
sg_scope_page_new (SgStore    *store,
                   const char *title)
{
  SgScopePage *self;
  GtkWidget *box;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_SCOPE_PAGE, NULL);
  self->store = g_object_ref (store);

  box = self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  self->header = adw_header_bar_new ();
  self->sidebar_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (self->sidebar_button, _("Back"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->sidebar_button), "win.show-sidebar");
  gtk_widget_set_visible (self->sidebar_button, FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (self->header), self->sidebar_button);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (self->header), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (self->header),
                                   adw_window_title_new (title != NULL ? title : _("Scope"), NULL));
  gtk_box_append (GTK_BOX (box), self->header);

  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_stack_add_named (GTK_STACK (self->stack), build_document (self), "scope");
  gtk_stack_add_named (GTK_STACK (self->stack), build_empty (self), "empty");
  gtk_box_append (GTK_BOX (box), self->stack);
  gtk_widget_set_parent (box, GTK_WIDGET (self));

  self->scopes = g_object_ref (sg_store_get_records (store, SG_TYPE_SCOPE));
  g_signal_connect_swapped (self->scopes, "items-changed", G_CALLBACK (scopes_changed_cb), self);
  scopes_changed_cb (self);
  if (self->record == NULL)
    gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
  return GTK_WIDGET (self);
}

SgRecord *
sg_scope_page_get_record (SgScopePage *self)
{
  g_return_val_if_fail (SG_IS_SCOPE_PAGE (self), NULL);
  return self->record;
}

SgFieldBinding *
sg_scope_page_get_binding (SgScopePage *self,
                           const char  *field)
{
  g_return_val_if_fail (SG_IS_SCOPE_PAGE (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  for (guint i = 0; i < self->bindings->len; i++)
    {
      SgFieldBinding *binding = g_ptr_array_index (self->bindings, i);

      if (g_str_equal (sg_field_binding_get_pspec (binding)->name, field))
        return binding;
    }
  return NULL;
}

guint
sg_scope_page_get_n_versions (SgScopePage *self)
{
  g_return_val_if_fail (SG_IS_SCOPE_PAGE (self), 0);
  return self->version_rows->len;
}

GtkWidget *
sg_scope_page_get_version_row (SgScopePage *self,
                               guint        index)
{
  g_return_val_if_fail (SG_IS_SCOPE_PAGE (self), NULL);
  return index < self->version_rows->len ? g_ptr_array_index (self->version_rows, index) : NULL;
}

gboolean
sg_scope_page_get_overdue (SgScopePage *self)
{
  g_return_val_if_fail (SG_IS_SCOPE_PAGE (self), FALSE);
  return gtk_widget_get_visible (self->overdue);
}
