/* sg-window-actions.c: the window's actions — opening and creating
 * registers, the example, navigation shortcuts, the workbook, CSV import
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-window"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <string.h>

#include "sg-application.h"
#include "sg-control-page.h"
#include "sg-review-page.h"
#include "sg-csv-import-dialog.h"
#include "sg-import-names.h"
#include "sg-kinds.h"
#include "sg-export-dialog.h"
#include "sg-format.h"
#include "sg-heatmap-page.h"
#include "sg-record-page.h"
#include "sg-sample.h"
#include "sg-welcome-page.h"
#include "sg-window-private.h"
#include "sg-risk.h"

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
chooser_response_cb (SgWindow *self,
                     int       response)
{
  SgWindowFileFunc done = self->chooser_done;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  /* Gone before @done runs: it may open another. */
  g_clear_object (&self->chooser);
  self->chooser_done = NULL;
  if (file != NULL)
    done (self, file);
}

/* Shows @chooser; @done gets its file, unless it is cancelled. */
void
sg_window_run_chooser (SgWindow             *self,
                       GtkFileChooserNative *chooser,
                       SgWindowFileFunc      done)
{
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  self->chooser_done = done;
  gtk_native_dialog_set_modal (self->chooser, TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->chooser);
}

GFile *
sg_window_file_with_suffix (GFile      *file,
                            const char *suffix)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = name != NULL ? g_ascii_strdown (name, -1) : NULL;
  g_autofree char *with_suffix = NULL;
  g_autoptr(GFile) parent = NULL;

  if (name == NULL || g_str_has_suffix (lower, suffix))
    return g_object_ref (file);
  with_suffix = g_strconcat (name, suffix, NULL);
  parent = g_file_get_parent (file);
  return g_file_get_child (parent, with_suffix);
}

void
sg_window_choose_pdf (SgWindow         *self,
                      const char       *title,
                      const char       *suggested,
                      SgWindowFileFunc  done)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  sg_window_run_chooser (self, chooser, done);
}

static void new_register_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter);
static void choose_import_register (SgWindow *self);

static void
exists_response_cb (SgWindow   *self,
                    const char *response)
{
  if (g_strcmp0 (response, "choose") != 0)
    g_clear_object (&self->import_source);
  else if (self->import_source != NULL)
    choose_import_register (self);
  else
    new_register_cb (GTK_WIDGET (self), NULL, NULL);
}

/* Creates the register chosen and opens it in this window (or says why
 * not); NULL if it was not created. */
static SgWindow *
create_register_chosen (SgWindow *self,
                        GFile    *file)
{
  g_autofree char *path = g_file_get_path (file);
  SgWindow *window;

  if (path == NULL)
    return NULL;

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
      return NULL;
    }

  window = sg_application_open_path (get_application (self), path, SG_STORE_OPEN_CREATE, TRUE, self);
  return window != NULL && sg_window_get_store (window) != NULL ? window : NULL;
}

static void
new_register_chosen (SgWindow *self,
                     GFile    *file)
{
  create_register_chosen (self, file);
}

static void
new_register_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SgWindow *self = SG_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = new_register_filter ();

  /* A plain new register, not the one an import was waiting for. */
  g_clear_object (&self->import_source);
  chooser = gtk_file_chooser_native_new (_("New Register"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Create"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "register.isms");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  sg_window_run_chooser (self, chooser, new_register_chosen);
}

static void
open_register_chosen (SgWindow *self,
                      GFile    *file)
{
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
  sg_window_run_chooser (self, chooser, open_register_chosen);
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
                                 SG_WINDOW (widget)->content);
  sg_record_page_start_search (SG_RECORD_PAGE (page));
  return TRUE;
}

static gboolean
add_shortcut_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   data)
{
  SgWindow *self = SG_WINDOW (widget);
  GtkWidget *page = get_visible_record_page (self);

  /* The controls page adds the organisation's own controls; other pages
   * made to measure (the reviews) add their records the same way. */
  if (page == NULL && self->store != NULL &&
      (SG_IS_CONTROL_PAGE (gtk_stack_get_visible_child (GTK_STACK (self->page_stack))) ||
       SG_IS_REVIEW_PAGE (gtk_stack_get_visible_child (GTK_STACK (self->page_stack)))))
    page = gtk_stack_get_visible_child (GTK_STACK (self->page_stack));
  if (page == NULL)
    return FALSE;
  adw_leaflet_set_visible_child (ADW_LEAFLET (SG_WINDOW (widget)->leaflet),
                                 SG_WINDOW (widget)->content);
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

/* The auditor's workbook */

static void
open_exported_cb (AdwToast *toast,
                  gpointer  uri)
{
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    g_warning ("Could not open %s: %s", (const char *) uri, error->message);
}

void
sg_window_toast_exported (SgWindow   *self,
                          const char *title,
                          GFile      *file)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, C_("toast", "_Open"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_exported_cb),
                         g_file_get_uri (file), (GClosureNotify) G_CALLBACK (g_free), 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), toast);
}

/* A document written in a thread from what was taken on the main thread. */
typedef struct
{
  SgWindowWriteFunc  write;
  gpointer           data;
  GDestroyNotify     free_data;
  char              *path;
  GFile             *file;
  const char        *error_heading;  /* translated, static */
  const char        *done_title;
} WriteJob;

static void
write_job_free (gpointer data)
{
  WriteJob *job = data;

  if (job->free_data != NULL)
    job->free_data (job->data);
  g_free (job->path);
  g_clear_object (&job->file);
  g_free (job);
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  WriteJob *job = data;
  GError *error = NULL;

  if (job->write (job->data, job->path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  SgWindow *self = SG_WINDOW (source);
  WriteJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  /* The window may have been closed while the thread wrote. */
  if (self->toast_overlay == NULL)
    return;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    sg_window_show_error (self, job->error_heading, error->message);
  else
    sg_window_toast_exported (self, job->done_title, job->file);
}

void
sg_window_write_in_thread (SgWindow          *self,
                           GFile             *file,
                           SgWindowWriteFunc  write,
                           gpointer           data,
                           GDestroyNotify     free_data,
                           const char        *error_heading,
                           const char        *done_title)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, written_cb, NULL);
  WriteJob *job = g_new0 (WriteJob, 1);

  job->write = write;
  job->data = data;
  job->free_data = free_data;
  job->path = g_file_get_path (file);
  job->file = g_object_ref (file);
  job->error_heading = error_heading;
  job->done_title = done_title;
  g_task_set_task_data (task, job, write_job_free);
  g_task_run_in_thread (task, write_thread);
}

static void
workbook_exported_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      data)
{
  SgWindow *self = SG_WINDOW (source);
  g_autoptr(GFile) file = data;
  g_autoptr(GError) error = NULL;

  /* The window may have been closed while the thread wrote. */
  if (self->toast_overlay == NULL)
    return;
  if (!sg_export_dialog_export_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        sg_window_show_error (self, _("Could Not Export the Workbook"), error->message);
      return;
    }
  sg_window_toast_exported (self, _("Workbook exported"), file);
}

static void
export_workbook_chosen (SgWindow *self,
                        GFile    *chosen)
{
  g_autoptr(GFile) file = NULL;

  if (self->store == NULL)
    return;
  file = sg_window_file_with_suffix (chosen, ".xlsx");
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
  sg_window_run_chooser (self, chooser, export_workbook_chosen);
}

/* Importing records from a spreadsheet: CSV, .xlsx or .ods, into the
 * kind of the page shown (or the one the action names). */

GType
sg_window_get_import_kind (SgWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (GTK_STACK (self->page_stack));
  GType kind = name != NULL ? sg_record_kind_from_table (name) : G_TYPE_INVALID;

  return kind != G_TYPE_INVALID && sg_import_kind_is_importable (kind) ? kind : SG_TYPE_RISK;
}

void
sg_window_update_import_item (SgWindow *self)
{
  GType kind = sg_window_get_import_kind (self);
  g_autoptr(SgRecordClass) klass = g_type_class_ref (kind);
  /* Translators: a menu item, e.g. "_Import Assets…" */
  g_autofree char *label = g_strdup_printf (_("_Import %s…"), sg_format_plural_title (klass));
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target (item, "win.import", "s", sg_record_class_get_table (klass));
  g_menu_item_set_attribute (item, "hidden-when", "s", "action-disabled");
  g_menu_remove_all (self->import_section);
  g_menu_append_item (self->import_section, item);
}

/* What an import did, for the toast: "Assets: 40 created", "Controls: 2 updated". */
char *
sg_window_format_imported (GType kind,
                           guint n_created,
                           guint n_updated)
{
  g_autoptr(SgRecordClass) klass = g_type_class_ref (kind);
  const char *plural = sg_format_plural_title (klass);

  if (n_created > 0 && n_updated > 0)
    /* Translators: shown after an import; %s is a kind's plural: "Controls: 1 created, 2 updated" */
    return g_strdup_printf (ngettext ("%s: %u created, %u updated", "%s: %u created, %u updated", n_created),
                            plural, n_created, n_updated);
  if (n_updated > 0)
    /* Translators: shown after an import; %s is a kind's plural: "Controls: 2 updated" */
    return g_strdup_printf (ngettext ("%s: %u updated", "%s: %u updated", n_updated), plural, n_updated);
  if (n_created > 0)
    /* Translators: shown after an import; %s is a kind's plural: "Assets: 40 created" */
    return g_strdup_printf (ngettext ("%s: %u created", "%s: %u created", n_created), plural, n_created);
  /* Translators: shown after an import; %s is a kind's plural: "Controls: nothing changed" */
  return g_strdup_printf (_("%s: nothing changed"), plural);
}

static void
imported_cb (SgWindow *self,
             guint     n_created,
             guint     n_updated)
{
  GType kind = self->import_kind;
  g_autoptr(SgRecordClass) klass = g_type_class_ref (kind);
  g_autofree char *title = sg_window_format_imported (kind, n_created, n_updated);

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), adw_toast_new (title));
  sg_window_show_page (self, sg_record_class_get_table (klass));
}

void
sg_window_import_file (SgWindow *self,
                       GType     kind,
                       GFile    *file)
{
  g_autoptr(GError) error = NULL;
  SgCsvImportDialog *dialog;

  g_return_if_fail (SG_IS_WINDOW (self));
  g_return_if_fail (sg_import_kind_is_importable (kind));

  dialog = sg_csv_import_dialog_new (GTK_WINDOW (self), self->store, kind, file, &error);
  if (dialog == NULL)
    {
      g_autoptr(SgRecordClass) klass = g_type_class_ref (kind);
      /* Translators: a message's heading; %s is a kind's plural: "Could Not Import Assets" */
      g_autofree char *heading = g_strdup_printf (_("Could Not Import %s"), sg_format_plural_title (klass));

      sg_window_show_error (self, heading, error->message);
      return;
    }
  /* The dialog is modal: one import at a time. */
  self->import_kind = kind;
  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sg_window_import_csv_file (SgWindow *self,
                           GFile    *file)
{
  sg_window_import_file (self, SG_TYPE_RISK, file);
}

static void
import_chosen (SgWindow *self,
               GFile    *file)
{
  if (self->store != NULL)
    sg_window_import_file (self, self->import_kind, file);
}

static void
choose_import (SgWindow *self,
               GType     kind)
{
  g_autoptr(SgRecordClass) klass = g_type_class_ref (kind);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  /* Translators: a file chooser's title, e.g. "Import Assets" */
  g_autofree char *title = g_strdup_printf (_("Import %s"), sg_format_plural_title (klass));

  if (self->store == NULL)
    return;
  self->import_kind = kind;
  gtk_file_filter_set_name (filter, _("Spreadsheets (CSV, Excel, OpenDocument)"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_filter_add_mime_type (filter, "application/vnd.oasis.opendocument.spreadsheet");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_filter_add_suffix (filter, "ods");
  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  sg_window_run_chooser (self, chooser, import_chosen);
}

static void
import_csv_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  choose_import (SG_WINDOW (widget), SG_TYPE_RISK);
}

/* win.import: the parameter is the kind's table ("asset"). */
static void
import_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  GType kind = sg_record_kind_from_table (g_variant_get_string (parameter, NULL));

  if (kind == G_TYPE_INVALID || !sg_import_kind_is_importable (kind))
    {
      g_warning ("win.import: %s is no kind to import into", g_variant_get_string (parameter, NULL));
      return;
    }
  choose_import (SG_WINDOW (widget), kind);
}

/* The welcome page's Import a Spreadsheet…: the spreadsheet first, then
 * where the new register goes (named after it), then the import dialog
 * in the new register's window, as on any open register. */

static void
import_register_chosen (SgWindow *self,
                        GFile    *file)
{
  g_autoptr(GFile) source = g_steal_pointer (&self->import_source);
  SgWindow *window;

  /* A register that exists already: the question keeps the spreadsheet. */
  self->import_source = g_object_ref (source);
  window = create_register_chosen (self, file);
  if (window == NULL)
    return;
  g_clear_object (&self->import_source);
  sg_window_import_csv_file (window, source);
}

static void
choose_import_register (SgWindow *self)
{
  g_autoptr(GtkFileFilter) filter = new_register_filter ();
  g_autofree char *name = g_file_get_basename (self->import_source);
  char *dot = name != NULL ? strrchr (name, '.') : NULL;
  g_autofree char *suggested = NULL;
  GtkFileChooserNative *chooser;
  g_autoptr(GFile) folder = g_file_get_parent (self->import_source);

  if (dot != NULL && dot != name)
    *dot = '\0';
  suggested = g_strconcat (name != NULL && *name != '\0' ? name : "register", ".isms", NULL);
  chooser = gtk_file_chooser_native_new (_("Where Should the New Register Go?"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Create"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  sg_window_run_chooser (self, chooser, import_register_chosen);
}

static void
import_source_chosen (SgWindow *self,
                      GFile    *file)
{
  g_set_object (&self->import_source, file);
  choose_import_register (self);
}

static GtkFileFilter *
new_spreadsheet_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Spreadsheets (CSV, Excel, OpenDocument)"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_filter_add_mime_type (filter, "application/vnd.oasis.opendocument.spreadsheet");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_filter_add_suffix (filter, "ods");
  return filter;
}

static void
import_new_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SgWindow *self = SG_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = new_spreadsheet_filter ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import a Spreadsheet"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  sg_window_run_chooser (self, chooser, import_source_chosen);
}

/* Import a Spreadsheet… once both files are known (the tests give them
 * without the choosers): the window of the new register, or NULL. */
SgWindow *
sg_window_import_into_new (SgWindow *self,
                           GFile    *spreadsheet,
                           GFile    *register_file)
{
  g_return_val_if_fail (SG_IS_WINDOW (self), NULL);

  g_set_object (&self->import_source, spreadsheet);
  import_register_chosen (self, register_file);
  return self->store != NULL ? self : NULL;
}

void
sg_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-register", NULL, new_register_cb);
  gtk_widget_class_install_action (widget_class, "win.open-register", NULL, open_register_cb);
  gtk_widget_class_install_action (widget_class, "win.open-example", NULL, open_example_cb);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_cb);
  gtk_widget_class_install_action (widget_class, "win.import-new", NULL, import_new_cb);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_cb);
  gtk_widget_class_install_action (widget_class, "win.import-csv", NULL, import_csv_cb);
  gtk_widget_class_install_action (widget_class, "win.import", "s", import_cb);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_cb);
  gtk_widget_class_install_action (widget_class, "win.export-workbook", NULL, export_workbook_cb);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, search_shortcut_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, add_shortcut_cb, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F11, 0, present_shortcut_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, print_shortcut_cb, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-workbook", NULL);
}
