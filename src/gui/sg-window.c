/* sg-window.c: the main window — welcome page or a register's pages
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-window"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sg-export-dialog.h"
#include "sg-format.h"
#include "sg-heatmap-page.h"
#include "sg-kinds.h"
#include "sg-matrix-cell.h"
#include "sg-csv-import-dialog.h"
#include "sg-overview-page.h"
#include "sg-record-page.h"
#include "sg-risk.h"
#include "sg-risk-level.h"
#include "sg-sample.h"
#include "sg-scale-level.h"
#include "sg-risk-method-page.h"
#include "sg-risk-page.h"
#include "sg-risk.h"
#include "sg-welcome-page.h"
#include "sg-settings.h"
#include "sg-window.h"

/* The sidebar follows the clauses of ISO/IEC 27001. */
typedef enum
{
  AREA_NONE,
  AREA_CONTEXT,
  AREA_LEADERSHIP,
  AREA_PLANNING,
  AREA_SUPPORT,
  AREA_EVALUATION,
  AREA_IMPROVEMENT,
  AREA_OTHER,
} Area;

static const struct
{
  const char *title;
  const char *clause;
} areas[] = {
  [AREA_NONE] = { NULL, NULL },
  [AREA_CONTEXT] = { N_("Context"), N_("Clause 4") },
  [AREA_LEADERSHIP] = { N_("Leadership"), N_("Clause 5") },
  [AREA_PLANNING] = { N_("Planning"), N_("Clause 6") },
  [AREA_SUPPORT] = { N_("Support"), N_("Clause 7") },
  [AREA_EVALUATION] = { N_("Performance Evaluation"), N_("Clause 9") },
  [AREA_IMPROVEMENT] = { N_("Improvement"), N_("Clause 10") },
  [AREA_OTHER] = { N_("Other Records"), NULL },
};

/* Pages by the table of their kind; a NULL title uses the kind's plural. */
static const struct
{
  const char *name;
  const char *title;
  Area        area;
} sidebar_pages[] = {
  { "scope", N_("Scope"), AREA_CONTEXT },
  { "context_issue", N_("Context Issues"), AREA_CONTEXT },
  { "interested_party", N_("Interested Parties"), AREA_CONTEXT },
  { "requirement", NULL, AREA_CONTEXT },
  { "role", NULL, AREA_LEADERSHIP },
  { "person", N_("People"), AREA_LEADERSHIP },
  { "risk", NULL, AREA_PLANNING },
  { "control", N_("Statement of Applicability"), AREA_PLANNING },
  { "objective", NULL, AREA_PLANNING },
  { "objective_reading", N_("Objective Readings"), AREA_PLANNING },
  { "planned_change", N_("Planned Changes"), AREA_PLANNING },
  { "asset", NULL, AREA_SUPPORT },
  { "competence_record", N_("Competence Records"), AREA_SUPPORT },
  { "communication", NULL, AREA_SUPPORT },
  { "document", NULL, AREA_SUPPORT },
  { "audit", NULL, AREA_EVALUATION },
  { "finding", NULL, AREA_EVALUATION },
  { "management_review", N_("Management Reviews"), AREA_EVALUATION },
  { "nonconformity", NULL, AREA_IMPROVEMENT },
};

struct _SgWindow
{
  AdwApplicationWindow  parent_instance;

  GtkWidget            *toast_overlay;
  GtkWidget            *main_stack;
  GtkWidget            *welcome_page;
  GtkWidget            *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *sidebar_header;
  GtkWidget            *register_title;
  GtkWidget            *sidebar_list;
  GtkWidget            *page_stack;

  SgStore              *store;
  GSettings            *settings;
  GtkNativeDialog      *chooser;
  GCancellable         *example_cancellable;
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

static GtkWidget *
new_sidebar_row (const char *name,
                 const char *title,
                 Area        area,
                 GListModel *records)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);

  if (records != NULL)
    {
      GtkWidget *count = gtk_label_new (NULL);

      gtk_widget_add_css_class (count, "dim-label");
      gtk_widget_add_css_class (count, "numeric");
      gtk_box_append (GTK_BOX (box), count);
      g_object_bind_property (records, "n-items", count, "label", G_BINDING_SYNC_CREATE);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data_full (G_OBJECT (row), "page-name", g_strdup (name), g_free);
  g_object_set_data (G_OBJECT (row), "area", GUINT_TO_POINTER (area));
  return row;
}

static void
sidebar_header_cb (GtkListBoxRow *row,
                   GtkListBoxRow *before,
                   gpointer       data)
{
  Area area = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "area"));
  Area previous = before ? GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (before), "area"))
                         : AREA_NONE;
  GtkWidget *header, *title;

  if (area == previous || area == AREA_NONE)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  title = gtk_label_new (_(areas[area].title));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (header), title);
  if (areas[area].clause != NULL)
    {
      GtkWidget *clause = gtk_label_new (_(areas[area].clause));
      gtk_widget_add_css_class (clause, "dim-label");
      gtk_box_append (GTK_BOX (header), clause);
    }
  gtk_widget_add_css_class (header, "sg-sidebar-heading");
  gtk_list_box_row_set_header (row, header);
}

static gboolean
is_risk_method_kind (GType kind)
{
  /* Scales, levels and the matrix have their own editor: the "risk-method" page. */
  return kind == SG_TYPE_SCALE_LEVEL || kind == SG_TYPE_RISK_LEVEL || kind == SG_TYPE_MATRIX_CELL;
}

static void
add_page (SgWindow   *self,
          GtkWidget  *page,
          const char *name,
          const char *title,
          Area        area,
          GListModel *records)
{
  gtk_stack_add_titled (GTK_STACK (self->page_stack), page, name, title);
  g_object_bind_property (self->leaflet, "folded", page, "sidebar-folded", G_BINDING_SYNC_CREATE);
  gtk_list_box_append (GTK_LIST_BOX (self->sidebar_list),
                       new_sidebar_row (name, title, area, records));
}

static void
add_record_page (SgWindow   *self,
                 GType       kind,
                 const char *title,
                 Area        area)
{
  SgRecordClass *klass = g_type_class_peek (kind);
  const char *name = sg_record_class_get_table (klass);

  if (title == NULL)
    title = sg_record_class_get_plural (klass);
  /* Risks have their own columns, filters and detail pane. */
  add_page (self, kind == SG_TYPE_RISK ? sg_risk_page_new (self->store, title)
                                       : sg_record_page_new (self->store, kind, title),
            name, title, area, sg_store_get_records (self->store, kind));
}

static void
build_pages (SgWindow *self)
{
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);
  g_autoptr(GHashTable) placed = g_hash_table_new (NULL, NULL);

  add_page (self, sg_overview_page_new (self->store), "overview", _("Overview"), AREA_NONE, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sidebar_pages); i++)
    {
      GType kind = sg_record_kind_from_table (sidebar_pages[i].name);

      if (kind == G_TYPE_INVALID)
        continue;
      add_record_page (self, kind,
                       sidebar_pages[i].title ? _(sidebar_pages[i].title) : NULL,
                       sidebar_pages[i].area);
      g_hash_table_add (placed, GSIZE_TO_POINTER (kind));
      /* The heat map of the risk register, and the criteria its risks are
       * rated by, right below it. */
      if (kind == SG_TYPE_RISK)
        {
          add_page (self, sg_heatmap_page_new (self->store), "heatmap", _("Heat Map"),
                    sidebar_pages[i].area, NULL);
          add_page (self, sg_risk_method_page_new (self->store), "risk-method", _("Risk Method"),
                    sidebar_pages[i].area, NULL);
        }
    }

  /* A kind added to the model later still gets its page. */
  for (guint i = 0; i < n_kinds; i++)
    if (!g_hash_table_contains (placed, GSIZE_TO_POINTER (kinds[i])) &&
        !is_risk_method_kind (kinds[i]))
      add_record_page (self, kinds[i], NULL, AREA_OTHER);

  gtk_list_box_set_header_func (GTK_LIST_BOX (self->sidebar_list), sidebar_header_cb, NULL, NULL);
}

static GtkListBoxRow *
find_sidebar_row (SgWindow   *self,
                  const char *name)
{
  for (GtkWidget *row = gtk_widget_get_first_child (self->sidebar_list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) &&
        g_strcmp0 (g_object_get_data (G_OBJECT (row), "page-name"), name) == 0)
      return GTK_LIST_BOX_ROW (row);
  return NULL;
}

static void
sidebar_row_selected_cb (SgWindow      *self,
                         GtkListBoxRow *row)
{
  if (row != NULL)
    gtk_stack_set_visible_child_name (GTK_STACK (self->page_stack),
                                      g_object_get_data (G_OBJECT (row), "page-name"));
}

static void
sidebar_row_activated_cb (SgWindow      *self,
                          GtkListBoxRow *row)
{
  sidebar_row_selected_cb (self, row);
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->page_stack);
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
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->page_stack);
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

  table = sg_record_class_get_table (SG_RECORD_GET_CLASS (record));
  page = sg_window_get_page (self, table);
  if (page == NULL || !SG_IS_RECORD_PAGE (page))
    return FALSE;
  sg_window_show_page (self, table);
  sg_record_page_select (SG_RECORD_PAGE (page), record);
  return TRUE;
}

/* Opening and creating registers */

static SgApplication *
get_application (SgWindow *self)
{
  return SG_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

static GtkFileFilter *
new_register_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Safeguard registers"));
  gtk_file_filter_add_mime_type (filter, SG_REGISTER_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "isms");
  return filter;
}

static void
run_chooser (SgWindow             *self,
             GtkFileChooserNative *chooser,
             GCallback             response_cb)
{
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_set_modal (self->chooser, TRUE);
  g_signal_connect_object (chooser, "response", response_cb, self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->chooser);
}

static void new_register_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter);

static void
exists_response_cb (SgWindow   *self,
                    const char *response)
{
  if (g_strcmp0 (response, "choose") == 0)
    new_register_cb (GTK_WIDGET (self), NULL, NULL);
}

static void
new_register_response_cb (SgWindow *self,
                          int       response)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  if (!g_str_has_suffix (path, ".isms"))
    {
      char *with_suffix = g_strconcat (path, ".isms", NULL);
      g_free (path);
      path = with_suffix;
    }

  /* The chooser may have asked to replace the file; a register is never replaced. */
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_filename_display_basename (path);
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("File Already Exists"), NULL);

      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("“%s” already exists and is left as it is. "
                                        "Choose another name for the new register."), name);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "choose", _("C_hoose Another Name"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "choose",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "choose");
      g_signal_connect_object (dialog, "response", G_CALLBACK (exists_response_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  sg_application_open_path (get_application (self), path, SG_STORE_OPEN_CREATE, TRUE, self);
}

static void
new_register_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SgWindow *self = SG_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = new_register_filter ();

  chooser = gtk_file_chooser_native_new (_("New Register"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Create"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "register.isms");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  run_chooser (self, chooser, G_CALLBACK (new_register_response_cb));
}

static void
open_register_response_cb (SgWindow *self,
                           int       response)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    sg_application_open_file (get_application (self), file, self);
}

static void
open_register_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SgWindow *self = SG_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) registers = new_register_filter ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open Register"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), registers);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  run_chooser (self, chooser, G_CALLBACK (open_register_response_cb));
}

static void
open_recent_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SgWindow *self = SG_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  sg_application_open_file (get_application (self), file, self);
}

static void
create_example_thread (GTask        *task,
                       gpointer      source,
                       gpointer      path,
                       GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *examples = g_path_get_dirname (folder);

  /* Examples are for trying things: after two weeks they go. */
  sg_sample_prune (examples, 14, folder);

  if (sg_sample_create (path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
example_created_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      data)
{
  SgWindow *self = SG_WINDOW (source);
  const char *path = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  /* The window was closed meanwhile: the example stays in the cache. */
  if (self->example_cancellable == NULL)
    return;
  g_clear_object (&self->example_cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-example", TRUE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      sg_window_show_error (self, _("Could Not Create the Example"), error->message);
      return;
    }
  /* The example lives in the cache: it is not one of the person's registers. */
  sg_application_open_path (get_application (self), path, SG_STORE_OPEN_EXISTING, FALSE, self);
}

static void
open_example_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SgWindow *self = SG_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d %H.%M.%S");
  g_autofree char *folder = g_build_filename (g_get_user_cache_dir (), "safeguard", "examples",
                                              stamp, NULL);
  /* Translators: the file name of the example register, without ".isms" */
  g_autofree char *name = g_strconcat (_("Example"), ".isms", NULL);
  g_autoptr(GTask) task = NULL;
  char *path;

  /* Each example in a folder of its own: the window is titled "Example". */
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_autofree char *message = g_strdup_printf (_("The folder “%s” cannot be created: %s"),
                                                  folder, g_strerror (errno));
      sg_window_show_error (self, _("Could Not Create the Example"), message);
      return;
    }

  path = g_build_filename (folder, name, NULL);
  gtk_widget_action_set_enabled (widget, "win.open-example", FALSE);
  self->example_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->example_cancellable, example_created_cb, NULL);
  g_task_set_task_data (task, path, g_free);
  g_task_run_in_thread (task, create_example_thread);
}

/* Navigation */

static void
show_sidebar_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SgWindow *self = SG_WINDOW (widget);

  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->sidebar);
}

static void
show_page_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  sg_window_show_page (SG_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static GtkWidget *
get_visible_record_page (SgWindow *self)
{
  GtkWidget *page;

  if (self->store == NULL)
    return NULL;
  page = gtk_stack_get_visible_child (GTK_STACK (self->page_stack));
  return SG_IS_RECORD_PAGE (page) ? page : NULL;
}

static gboolean
search_shortcut_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   data)
{
  GtkWidget *page = get_visible_record_page (SG_WINDOW (widget));

  if (page == NULL)
    return FALSE;
  adw_leaflet_set_visible_child (ADW_LEAFLET (SG_WINDOW (widget)->leaflet),
                                 SG_WINDOW (widget)->page_stack);
  sg_record_page_start_search (SG_RECORD_PAGE (page));
  return TRUE;
}

static gboolean
add_shortcut_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   data)
{
  GtkWidget *page = get_visible_record_page (SG_WINDOW (widget));

  if (page == NULL)
    return FALSE;
  adw_leaflet_set_visible_child (ADW_LEAFLET (SG_WINDOW (widget)->leaflet),
                                 SG_WINDOW (widget)->page_stack);
  return gtk_widget_activate_action (page, "page.add-record", NULL);
}

/* F11 presents the heat map from any page; Ctrl+P prints the page that can. */
static gboolean
present_shortcut_cb (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   data)
{
  SgWindow *self = SG_WINDOW (widget);
  GtkWidget *page = self->store ? sg_window_get_page (self, "heatmap") : NULL;

  if (page == NULL)
    return FALSE;
  sg_heatmap_page_present (SG_HEATMAP_PAGE (page));
  return TRUE;
}

static gboolean
print_shortcut_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   data)
{
  SgWindow *self = SG_WINDOW (widget);
  GtkWidget *page = self->store ? gtk_stack_get_visible_child (GTK_STACK (self->page_stack)) : NULL;

  return page != NULL && gtk_widget_activate_action (page, "heatmap.print", NULL);
}

/* Window size, kept when the settings schema is installed */

/* The auditor's workbook */

static void
open_workbook_cb (AdwToast *toast,
                  gpointer  uri)
{
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    g_warning ("Could not open %s: %s", (const char *) uri, error->message);
}

static void
workbook_exported_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      data)
{
  SgWindow *self = SG_WINDOW (source);
  g_autoptr(GFile) file = data;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  /* The window may have been closed while the thread wrote. */
  if (self->toast_overlay == NULL)
    return;
  if (!sg_export_dialog_export_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        sg_window_show_error (self, _("Could Not Export the Workbook"), error->message);
      return;
    }
  toast = adw_toast_new (_("Workbook exported"));
  adw_toast_set_button_label (toast, C_("toast", "_Open"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_workbook_cb),
                         g_file_get_uri (file), (GClosureNotify) G_CALLBACK (g_free), 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), toast);
}

static void
export_workbook_response_cb (SgWindow *self,
                             int       response)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || self->store == NULL)
    return;

  name = g_file_get_basename (file);
  if (name != NULL && !g_str_has_suffix (name, ".xlsx") && !g_str_has_suffix (name, ".XLSX"))
    {
      g_autofree char *with_suffix = g_strconcat (name, ".xlsx", NULL);
      g_autoptr(GFile) parent = g_file_get_parent (file);

      g_object_unref (file);
      file = g_file_get_child (parent, with_suffix);
    }
  sg_export_dialog_export_async (GTK_WINDOW (self), self->store, file, workbook_exported_cb,
                                 g_object_ref (file));
}

static void
export_workbook_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SgWindow *self = SG_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  g_return_if_fail (self->store != NULL);

  name = g_filename_display_basename (sg_store_get_path (self->store));
  if (g_str_has_suffix (name, ".isms"))
    name[strlen (name) - strlen (".isms")] = '\0';
  {
    g_autofree char *suggested = g_strconcat (name, ".xlsx", NULL);

    chooser = gtk_file_chooser_native_new (_("Export Workbook"), GTK_WINDOW (self),
                                           GTK_FILE_CHOOSER_ACTION_SAVE,
                                           _("_Export"), _("_Cancel"));
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  }
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  run_chooser (self, chooser, G_CALLBACK (export_workbook_response_cb));
}

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

/* Importing risks from CSV */

static void
imported_cb (SgWindow *self,
             guint     n_imported)
{
  /* Translators: shown after an import, e.g. "40 risks imported" */
  g_autofree char *title = g_strdup_printf (ngettext ("%u risk imported", "%u risks imported", n_imported),
                                            n_imported);

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), adw_toast_new (title));
  sg_window_show_page (self, "risk");
}

static void
import_csv_file (SgWindow *self,
                 GFile    *file)
{
  g_autoptr(GError) error = NULL;
  SgCsvImportDialog *dialog;

  dialog = sg_csv_import_dialog_new (GTK_WINDOW (self), self->store, file, &error);
  if (dialog == NULL)
    {
      sg_window_show_error (self, _("Could Not Import the File"), error->message);
      return;
    }
  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_csv_response_cb (SgWindow *self,
                        int       response)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  g_clear_object (&self->chooser);
  if (file != NULL && self->store != NULL)
    import_csv_file (self, file);
}

static void
import_csv_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SgWindow *self = SG_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->store == NULL)
    return;
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  chooser = gtk_file_chooser_native_new (_("Import Risks from CSV"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  run_chooser (self, chooser, G_CALLBACK (import_csv_response_cb));
}

static void
sg_window_dispose (GObject *object)
{
  SgWindow *self = SG_WINDOW (object);

  if (self->example_cancellable != NULL)
    g_cancellable_cancel (self->example_cancellable);
  g_clear_object (&self->example_cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, save_failed_cb, self);
  /* The pages save what is still being typed: the store must outlive them. */
  gtk_widget_dispose_template (GTK_WIDGET (self), SG_TYPE_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

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

  gtk_widget_class_install_action (widget_class, "win.new-register", NULL, new_register_cb);
  gtk_widget_class_install_action (widget_class, "win.open-register", NULL, open_register_cb);
  gtk_widget_class_install_action (widget_class, "win.open-example", NULL, open_example_cb);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_cb);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_cb);
  gtk_widget_class_install_action (widget_class, "win.import-csv", NULL, import_csv_cb);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_cb);
  gtk_widget_class_install_action (widget_class, "win.export-workbook", NULL, export_workbook_cb);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, search_shortcut_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, add_shortcut_cb, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F11, 0, present_shortcut_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, print_shortcut_cb, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-workbook", NULL);

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
  gtk_widget_class_bind_template_child (widget_class, SgWindow, page_stack);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_folded_cb);
}

/* Dropping files: a register opens like a double-clicked one; a CSV file
 * on an open register is imported. */

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         SgWindow      *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSList *files = g_value_get_boxed (value);
  gboolean opened = FALSE;

  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *name = g_file_get_basename (l->data);
      g_autofree char *folded = name ? g_utf8_casefold (name, -1) : NULL;

      if (folded != NULL && g_str_has_suffix (folded, ".isms") && SG_IS_APPLICATION (app))
        {
          sg_application_open_file (SG_APPLICATION (app), l->data, self);
          opened = TRUE;
        }
      else if (folded != NULL && g_str_has_suffix (folded, ".csv") && self->store != NULL && !opened)
        {
          import_csv_file (self, l->data);
          opened = TRUE;
        }
    }
  if (!opened)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay),
                                 adw_toast_new (self->store != NULL ?
                                                  _("Only registers (.isms) and risks as CSV can be dropped here") :
                                                  _("Only registers (.isms) can be dropped here")));
  return opened;
}

static void
sg_window_init (SgWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Until a register is open, there is nothing to import into. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-csv", FALSE);
  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  gtk_window_set_title (GTK_WINDOW (self), g_get_application_name ());
  restore_size (self);
  leaflet_folded_cb (self);
  /* Until a register is open. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-workbook", FALSE);
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
  g_signal_connect_swapped (store, "save-failed", G_CALLBACK (save_failed_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-csv", TRUE);

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

  build_pages (self);
  if (sg_store_get_migration_backup (store) != NULL)
    show_migration_toast (self, name, sg_store_get_migration_backup (store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-workbook", TRUE);
  gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), "register");
  sg_window_show_page (self, "overview");
  /* A narrow window starts at its table of contents. */
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->sidebar);
}
