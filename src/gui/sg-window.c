/* sg-window.c: the main window — welcome page or a register's pages
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-audit.h"
#include "sg-audit-page.h"
#include "sg-control-page.h"
#include "sg-control.h"
#include "sg-format.h"
#include "sg-dashboard-page.h"
#include "sg-due-page.h"
#include "sg-finding.h"
#include "sg-heatmap-page.h"
#include "sg-kinds.h"
#include "sg-nonconformity-page.h"
#include "sg-nonconformity.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"
#include "sg-management-review.h"
#include "sg-person.h"
#include "sg-policy-page.h"
#include "sg-record-page.h"
#include "sg-requirement-page.h"
#include "sg-requirement.h"
#include "sg-review-page.h"
#include "sg-risk-method-page.h"
#include "sg-risk-page.h"
#include "sg-risk.h"
#include "sg-role.h"
#include "sg-scope-page.h"
#include "sg-scope.h"
#include "sg-segregation-banner.h"
#include "sg-welcome-page.h"
#include "sg-settings.h"
#include "sg-sidebar-row.h"
#include "sg-window-private.h"

/* The sidebar follows the clauses of ISO/IEC 27001; each kind says
 * under which one its page stands (sg_record_class_set_page ()). */
static const struct
{
  const char *title;
  const char *clause;
} areas[] = {
  [SG_RECORD_AREA_NONE] = { NULL, NULL },
  [SG_RECORD_AREA_CHECKLIST] = { NULL, NULL },
  [SG_RECORD_AREA_CONTEXT] = { N_("Context"), N_("Clause 4") },
  [SG_RECORD_AREA_LEADERSHIP] = { N_("Leadership"), N_("Clause 5") },
  [SG_RECORD_AREA_PLANNING] = { N_("Planning"), N_("Clause 6") },
  [SG_RECORD_AREA_SUPPORT] = { N_("Support"), N_("Clause 7") },
  [SG_RECORD_AREA_OPERATION] = { N_("Operation"), N_("Clause 8") },
  [SG_RECORD_AREA_EVALUATION] = { N_("Performance Evaluation"), N_("Clause 9") },
  [SG_RECORD_AREA_IMPROVEMENT] = { N_("Improvement"), N_("Clause 10") },
  [SG_RECORD_AREA_OTHER] = { N_("Other Records"), NULL },
};

G_DEFINE_FINAL_TYPE (SgWindow, sg_window, ADW_TYPE_APPLICATION_WINDOW)

/* Errors and toasts */

static void
save_failed_cb (SgWindow     *self,
                SgRecord     *record,
                const GError *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), toast);
}

/* Stays until it is dismissed: the user should learn where the old file is. */
static void
show_migration_toast (SgWindow   *self,
                      const char *name,
                      const char *backup)
{
  g_autofree char *backup_name = g_filename_display_basename (backup);
  g_autofree char *text = g_strdup_printf (_("“%s” was updated for this version of Safeguard. "
                                             "A copy of the old file is beside it: “%s”."),
                                           name, backup_name);
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (escaped);

  /* An update turns names into people: spellings of one name are
   * offered for merging at once. */
  if (sg_window_people_count_near_duplicates (self) > 0)
    {
      adw_toast_set_button_label (toast, _("_Review People…"));
      adw_toast_set_action_name (toast, "win.review-people");
    }
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), toast);
}

void
sg_window_show_error (SgWindow   *self,
                      const char *heading,
                      const char *message)
{
  GtkWidget *dialog;

  g_return_if_fail (SG_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The sidebar */

static void
sidebar_header_cb (GtkListBoxRow *row,
                   GtkListBoxRow *before,
                   gpointer       data)
{
  SgRecordArea area = sg_sidebar_row_get_group (SG_SIDEBAR_ROW (row));
  SgRecordArea previous = before ? sg_sidebar_row_get_group (SG_SIDEBAR_ROW (before)) : SG_RECORD_AREA_NONE;
  GtkWidget *header, *title;

  /* The pages at the top (overview, due, the checklist) stand under no clause. */
  if (area == previous || areas[area].title == NULL)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  /* A long title ("Performance Evaluation", "Bewertung der Leistung")
   * wraps rather than running into its clause number. */
  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  title = gtk_label_new (_(areas[area].title));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (header), title);
  if (areas[area].clause != NULL)
    {
      GtkWidget *clause = gtk_label_new (_(areas[area].clause));
      gtk_widget_add_css_class (clause, "dim-label");
      gtk_widget_add_css_class (clause, "numeric");
      gtk_widget_set_valign (clause, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (header), clause);
    }
  gtk_widget_add_css_class (header, "sg-sidebar-heading");
  gtk_list_box_row_set_header (row, header);
}

/* An ellipsized label still asks for the width of its whole text: a
 * register deep in folders would widen the sidebar. Its title and folder
 * ask for a sidebar's width at most, and say the rest in the tooltip. */
static void
cap_label_widths (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    {
      gtk_label_set_ellipsize (GTK_LABEL (widget), PANGO_ELLIPSIZE_MIDDLE);
      gtk_label_set_max_width_chars (GTK_LABEL (widget), 12);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    cap_label_widths (child);
}

static void
add_page (SgWindow   *self,
          GtkWidget  *page,
          const char *name,
          const char   *title,
          SgRecordArea  area,
          GListModel   *records)
{
  gtk_stack_add_titled (GTK_STACK (self->page_stack), page, name, title);
  g_object_bind_property (self->leaflet, "folded", page, "sidebar-folded", G_BINDING_SYNC_CREATE);
  gtk_list_box_append (GTK_LIST_BOX (self->sidebar_list),
                       sg_sidebar_row_new (name, title, area, records));
}

static void
add_record_page (SgWindow *self,
                 GType     kind)
{
  SgRecordClass *klass = g_type_class_peek (kind);
  const char *name = sg_record_class_get_table (klass);
  const char *title = sg_record_class_get_page_title (klass);
  SgRecordArea area = sg_record_class_get_area (klass);
  GtkWidget *page;

  /* Risks have their own columns, filters and detail pane; the controls
   * are the Statement of Applicability, grouped by theme. */
  if (kind == SG_TYPE_RISK)
    page = sg_risk_page_new (self->store, title);
  else if (kind == SG_TYPE_CONTROL)
    page = sg_control_page_new (self->store, title, NULL);
  else if (kind == SG_TYPE_NONCONFORMITY)
    page = sg_nonconformity_page_new (self->store, title);
  else if (kind == SG_TYPE_AUDIT)
    page = sg_audit_page_new (self->store, title);
  /* A review is read as a document: a narrow list beside it. */
  else if (kind == SG_TYPE_MANAGEMENT_REVIEW)
    page = sg_review_page_new (self->store, title, NULL);
  /* The clause checklist an auditor walks through, computed. */
  else if (kind == SG_TYPE_REQUIREMENT)
    page = sg_requirement_page_new (self->store, title, NULL);
  /* One statement, read as a document with its versions. */
  else if (kind == SG_TYPE_SCOPE)
    page = sg_scope_page_new (self->store, title);
  else
    page = sg_record_page_new (self->store, kind, title);
  if (kind == SG_TYPE_PERSON)
    sg_window_people_add_header (self, page);
  /* Who holds roles declared incompatible (Annex A 5.3). */
  else if (kind == SG_TYPE_ROLE)
    sg_record_page_add_list_header (SG_RECORD_PAGE (page), sg_segregation_banner_new (self->store));
  /* Thirty requirements are always thirty: the checklist shows no count. */
  add_page (self, page, name, title, area,
            kind == SG_TYPE_REQUIREMENT ? NULL : sg_store_get_records (self->store, kind));
  /* The heat map of the risk register, right below it. */
  if (kind == SG_TYPE_RISK)
    add_page (self, sg_heatmap_page_new (self->store), "heatmap", _("Heat Map"), area, NULL);
}

static GtkListBoxRow *find_sidebar_row (SgWindow   *self,
                                        const char *name);

static void
due_badge_cb (SgWindow *self)
{
  GtkWidget *due = gtk_stack_get_child_by_name (GTK_STACK (self->page_stack), "due");
  GtkListBoxRow *row = find_sidebar_row (self, "due");

  guint n_overdue, n;
  g_autofree char *tooltip = NULL;

  if (due == NULL || row == NULL)
    return;
  n_overdue = sg_due_page_get_n_overdue (SG_DUE_PAGE (due));
  n = g_list_model_get_n_items (sg_due_page_get_items (SG_DUE_PAGE (due)));
  /* Translators: the tooltip of the Due page's count in the sidebar */
  tooltip = g_strdup_printf (_("%u overdue, %u due soon"), n_overdue, n - MIN (n, n_overdue));
  sg_sidebar_row_set_badge (SG_SIDEBAR_ROW (row), n_overdue > 0, tooltip);
}

/* Clause by clause, and within a clause in the order of the kinds. */
static void
build_pages (SgWindow *self)
{
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);

  GtkWidget *due;

  add_page (self, sg_dashboard_page_new (self->store), "dashboard", _("Dashboard"),
            SG_RECORD_AREA_NONE, NULL);
  due = sg_due_page_new (self->store);
  add_page (self, due, "due", _("Due"), SG_RECORD_AREA_NONE,
            sg_due_page_get_items (SG_DUE_PAGE (due)));
  /* The Due count is a badge, red while anything is overdue. */
  g_signal_connect_object (due, "notify::n-overdue", G_CALLBACK (due_badge_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sg_due_page_get_items (SG_DUE_PAGE (due)), "notify::n-items",
                           G_CALLBACK (due_badge_cb), self, G_CONNECT_SWAPPED);

  for (SgRecordArea area = SG_RECORD_AREA_CHECKLIST; area <= SG_RECORD_AREA_OTHER; area++)
    {
      /* The criteria risks are rated by (6.1.2) open the planning; the
       * risks themselves are assessed and treated in operation (8.2, 8.3). */
      if (area == SG_RECORD_AREA_PLANNING)
        add_page (self, sg_risk_method_page_new (self->store), "risk-method", _("Risk Method"),
                  area, NULL);
      /* The policy top management sets (5.2), kept as a document. */
      if (area == SG_RECORD_AREA_LEADERSHIP)
        add_page (self, sg_policy_page_new (self->store), "policy",
                  /* Translators: the page of the information security policy, not the document type */
                  C_("page", "Policy"), area, NULL);
      for (guint i = 0; i < n_kinds; i++)
        if (sg_record_class_get_area (g_type_class_peek (kinds[i])) == area)
          add_record_page (self, kinds[i]);
    }

  gtk_list_box_set_header_func (GTK_LIST_BOX (self->sidebar_list), sidebar_header_cb, NULL, NULL);
  due_badge_cb (self);
}

static GtkListBoxRow *
find_sidebar_row (SgWindow   *self,
                  const char *name)
{
  for (GtkWidget *row = gtk_widget_get_first_child (self->sidebar_list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SG_IS_SIDEBAR_ROW (row) &&
        g_strcmp0 (sg_sidebar_row_get_page_name (SG_SIDEBAR_ROW (row)), name) == 0)
      return GTK_LIST_BOX_ROW (row);
  return NULL;
}

static void
sidebar_row_selected_cb (SgWindow      *self,
                         GtkListBoxRow *row)
{
  if (row != NULL)
    gtk_stack_set_visible_child_name (GTK_STACK (self->page_stack),
                                      sg_sidebar_row_get_page_name (SG_SIDEBAR_ROW (row)));
}

static void
sidebar_row_activated_cb (SgWindow      *self,
                          GtkListBoxRow *row)
{
  sidebar_row_selected_cb (self, row);
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->content);
}

static void
leaflet_folded_cb (SgWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (ADW_LEAFLET (self->leaflet));

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (self->sidebar_header), folded);
  /* Folded, the sidebar is a list to choose from, not a selection. */
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->sidebar_list),
                                   folded ? GTK_SELECTION_NONE : GTK_SELECTION_SINGLE);
  if (!folded)
    {
      GtkListBoxRow *row = find_sidebar_row (self, gtk_stack_get_visible_child_name (GTK_STACK (self->page_stack)));
      gtk_list_box_select_row (GTK_LIST_BOX (self->sidebar_list), row);
    }
}

GtkWidget *
sg_window_get_page (SgWindow   *self,
                    const char *name)
{
  g_return_val_if_fail (SG_IS_WINDOW (self), NULL);

  return gtk_stack_get_child_by_name (GTK_STACK (self->page_stack), name);
}

gboolean
sg_window_show_page (SgWindow   *self,
                     const char *name)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (SG_IS_WINDOW (self), FALSE);

  if (sg_window_get_page (self, name) == NULL)
    return FALSE;
  gtk_stack_set_visible_child_name (GTK_STACK (self->page_stack), name);
  row = find_sidebar_row (self, name);
  if (gtk_list_box_get_selection_mode (GTK_LIST_BOX (self->sidebar_list)) != GTK_SELECTION_NONE)
    gtk_list_box_select_row (GTK_LIST_BOX (self->sidebar_list), row);
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->content);
  return TRUE;
}

gboolean
sg_window_show_record (SgWindow *self,
                       SgRecord *record)
{
  const char *table;
  GtkWidget *page;

  g_return_val_if_fail (SG_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (SG_IS_RECORD (record), FALSE);

  /* A reading is shown inside its objective. */
  if (SG_IS_OBJECTIVE_READING (record))
    {
      record = sg_store_find_by_id (self->store, SG_TYPE_OBJECTIVE,
                                    sg_record_peek_int64 (record, SG_OBJECTIVE_READING_OBJECTIVE));
      if (record == NULL)
        return FALSE;
    }
  /* A finding is shown inside its audit. */
  table = SG_IS_FINDING (record) ? sg_record_class_get_table (g_type_class_peek (SG_TYPE_AUDIT))
                                 : sg_record_class_get_table (SG_RECORD_GET_CLASS (record));
  page = sg_window_get_page (self, table);
  if (page != NULL && (SG_IS_AUDIT (record) || SG_IS_FINDING (record)))
    {
      sg_window_show_page (self, table);
      return sg_audit_page_show_record (page, record);
    }
  if (page != NULL && SG_IS_CONTROL_PAGE (page))
    {
      sg_window_show_page (self, table);
      sg_control_page_select (SG_CONTROL_PAGE (page), record);
      return TRUE;
    }
  if (page != NULL && SG_IS_REQUIREMENT_PAGE (page))
    {
      sg_window_show_page (self, table);
      sg_requirement_page_select (SG_REQUIREMENT_PAGE (page), record);
      return TRUE;
    }
  if (page != NULL && SG_IS_REVIEW_PAGE (page))
    {
      sg_window_show_page (self, table);
      sg_review_page_select (SG_REVIEW_PAGE (page), record);
      return TRUE;
    }
  if (page != NULL && SG_IS_SCOPE_PAGE (page))
    return sg_window_show_page (self, table);
  if (page == NULL || !SG_IS_RECORD_PAGE (page))
    return FALSE;
  sg_window_show_page (self, table);
  sg_record_page_select (SG_RECORD_PAGE (page), record);
  return TRUE;
}

/* Window size, kept when the settings schema is installed */

static void
restore_size (SgWindow *self)
{
  GSettings *settings = sg_settings_get ();

  if (settings == NULL)
    return;

  self->settings = g_object_ref (settings);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
sg_window_close_request (GtkWindow *window)
{
  SgWindow *self = SG_WINDOW (window);

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
      if (!gtk_window_is_maximized (window))
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
    }

  return GTK_WINDOW_CLASS (sg_window_parent_class)->close_request (window);
}

/* GObject */

static void
sg_window_dispose (GObject *object)
{
  SgWindow *self = SG_WINDOW (object);

  if (self->example_cancellable != NULL)
    g_cancellable_cancel (self->example_cancellable);
  g_clear_object (&self->example_cancellable);
  g_clear_object (&self->import_source);
  g_clear_weak_pointer (&self->people_header);
  sg_window_copies_dispose (self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, save_failed_cb, self);
  /* The pages save what is still being typed: the store must outlive them. */
  gtk_widget_dispose_template (GTK_WIDGET (self), SG_TYPE_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->chain_check, sg_history_check_free);
  g_clear_pointer (&self->review_export_ref, g_free);

  G_OBJECT_CLASS (sg_window_parent_class)->dispose (object);
}

static void
sg_window_class_init (SgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sg_window_dispose;
  window_class->close_request = sg_window_close_request;

  g_type_ensure (SG_TYPE_WELCOME_PAGE);
  sg_window_class_init_actions (widget_class);
  sg_window_class_init_people (widget_class);
  sg_window_class_init_chain (widget_class);
  sg_window_class_init_copies (widget_class);
  sg_window_class_init_soa (widget_class);
  sg_window_class_init_review (widget_class);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/safeguard_isms/Safeguard/ui/sg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SgWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SgWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SgWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, SgWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SgWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SgWindow, sidebar_header);
  gtk_widget_class_bind_template_child (widget_class, SgWindow, register_title);
  gtk_widget_class_bind_template_child (widget_class, SgWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, SgWindow, content);
  gtk_widget_class_bind_template_child (widget_class, SgWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, SgWindow, read_only_bar);
  gtk_widget_class_bind_template_child (widget_class, SgWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, SgWindow, import_section);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_folded_cb);
}

static void
sg_window_init (SgWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->page_stack, "notify::visible-child",
                            G_CALLBACK (sg_window_update_import_item), self);
  sg_window_update_import_item (self);
  /* Until a register is open, there is nothing to import into. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-csv", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", FALSE);
  sg_window_init_dnd (self);
  gtk_window_set_title (GTK_WINDOW (self), g_get_application_name ());
  restore_size (self);
  leaflet_folded_cb (self);
  /* Until a register is open. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-workbook", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.continue-editing", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.freeze-copy", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-backup", FALSE);
  sg_window_soa_set_enabled (self, FALSE);
}

SgWindow *
sg_window_new (SgApplication *application,
               SgStore       *store)
{
  SgWindow *self;

  g_return_val_if_fail (application == NULL || SG_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store == NULL || SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_WINDOW, "application", application, NULL);
  if (store != NULL)
    sg_window_set_store (self, store);
  return self;
}

SgStore *
sg_window_get_store (SgWindow *self)
{
  g_return_val_if_fail (SG_IS_WINDOW (self), NULL);

  return self->store;
}

void
sg_window_set_store (SgWindow *self,
                     SgStore  *store)
{
  const char *path;
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *full_name = NULL;

  g_return_if_fail (SG_IS_WINDOW (self));
  g_return_if_fail (SG_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  /* After: a field that tells its own refused value in words stops it. */
  g_signal_connect_data (store, "save-failed", G_CALLBACK (save_failed_cb), self, NULL,
                         G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-csv", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", TRUE);

  path = sg_store_get_path (store);
  name = g_filename_display_basename (path);
  if (g_str_has_suffix (name, ".isms"))
    name[strlen (name) - strlen (".isms")] = '\0';
  folder = sg_format_folder (path);
  gtk_window_set_title (GTK_WINDOW (self), name);
  adw_window_title_set_title (ADW_WINDOW_TITLE (self->register_title), name);
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->register_title), folder);
  full_name = g_filename_display_name (path);
  gtk_widget_set_tooltip_text (self->register_title, full_name);
  cap_label_widths (self->register_title);

  build_pages (self);
  if (sg_store_get_migration_backup (store) != NULL)
    show_migration_toast (self, name, sg_store_get_migration_backup (store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-workbook", TRUE);
  sg_window_copies_set_store (self);
  sg_window_soa_set_enabled (self, TRUE);
  gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), "register");
  sg_window_show_page (self, "dashboard");
  /* A narrow window starts at its table of contents. */
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->sidebar);
  sg_window_check_chain (self);
}
