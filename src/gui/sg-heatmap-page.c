/* sg-heatmap-page.c: the risk heat map page — mode, filters, export, print, presentation
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-heatmap-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "sg-heatmap-export.h"
#include "sg-heatmap-page.h"
#include "sg-heatmap-presentation.h"
#include "sg-risk.h"
#include "sg-settings.h"
#include "sg-window.h"

struct _SgHeatmapPage
{
  SgPage           parent_instance;

  GtkWidget       *content;
  GtkWidget       *header;
  GtkWidget       *sidebar_button;
  GtkWidget       *inherent_button;
  GtkWidget       *residual_button;
  GtkWidget       *movement_button;
  GtkWidget       *category_dropdown;
  GtkWidget       *owner_dropdown;
  GtkWidget       *status_dropdown;
  GtkWidget       *summary_label;
  GtkWidget       *map_frame;

  SgStore         *store;
  SgHeatmapView   *view;
  GtkFilter       *filter;
  GtkStringList   *categories;
  GtkStringList   *owners;
  char            *category;      /* NULL: every category */
  char            *owner;         /* NULL: every owner */
  int              status;        /* -1: every status */
  gboolean         updating;

  GtkNativeDialog *chooser;
  GtkWidget       *presentation;
};

G_DEFINE_FINAL_TYPE (SgHeatmapPage, sg_heatmap_page, SG_TYPE_PAGE)


/* The words GSettings keeps for each mode, in SgHeatmapMode order. */
static const char *const mode_nicks[] = { "inherent", "residual", "movement" };

static const char *
mode_title (SgHeatmapMode mode)
{
  /* The map's own titles (sg-heatmap.c), so they translate alike. */
  switch (mode)
    {
    case SG_HEATMAP_MODE_INHERENT:
      return _("Risk heat map: inherent risk");
    case SG_HEATMAP_MODE_RESIDUAL:
      return _("Risk heat map: residual risk");
    case SG_HEATMAP_MODE_MOVEMENT:
    default:
      return _("Risk heat map: from inherent to residual risk");
    }
}

/* Filters */

static gboolean
match_risk_cb (gpointer item,
               gpointer user_data)
{
  SgHeatmapPage *self = user_data;
  SgRecord *risk = item;

  if (self->category != NULL && g_strcmp0 (sg_record_peek_string (risk, "category"), self->category) != 0)
    return FALSE;
  if (self->owner != NULL && g_strcmp0 (sg_store_peek_name (self->store, risk, "owner"), self->owner) != 0)
    return FALSE;
  if (self->status >= 0 && sg_record_peek_enum (risk, "status") != self->status)
    return FALSE;
  return TRUE;
}

/* The map says which risks it counts: a printout travels without the page. */
static char *
build_title (SgHeatmapPage *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  if (self->category != NULL)
    /* Translators: a heat map filter named in the map's title */
    g_ptr_array_add (parts, g_strdup_printf (_("category %s"), self->category));
  if (self->owner != NULL)
    /* Translators: a heat map filter named in the map's title */
    g_ptr_array_add (parts, g_strdup_printf (_("owner %s"), self->owner));
  if (self->status >= 0)
    /* Translators: a heat map filter named in the map's title */
    g_ptr_array_add (parts, g_strdup_printf (_("status %s"),
                                             sg_enum_get_label (SG_TYPE_RISK_STATUS, self->status)));
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv (", ", (char **) parts->pdata);
  /* Translators: a heat map's title and its filters: "Risk heat map: inherent risk (owner CISO)" */
  return g_strdup_printf (_("%s (%s)"), mode_title (sg_heatmap_view_get_mode (self->view)), joined);
}

static void
update_title (SgHeatmapPage *self)
{
  g_autofree char *title = build_title (self);

  sg_heatmap_view_set_title (self->view, title);
  if (self->presentation != NULL)
    sg_heatmap_view_set_title (sg_heatmap_presentation_get_view (SG_HEATMAP_PRESENTATION (self->presentation)),
                               title);
}

/* The selected string of a dropdown whose first item means "all". */
static char *
dup_choice (GtkWidget *dropdown)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown));
  GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown));

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (model), selected));
}

static void
filter_changed_cb (SgHeatmapPage *self)
{
  if (self->updating)
    return;

  g_free (self->category);
  self->category = dup_choice (self->category_dropdown);
  g_free (self->owner);
  self->owner = dup_choice (self->owner_dropdown);
  self->status = (int) gtk_drop_down_get_selected (GTK_DROP_DOWN (self->status_dropdown)) - 1;

  update_title (self);
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

/* The register's values of a field, sorted, after the "all" item. */
static char **
collect_values (SgHeatmapPage *self,
                const char    *field,
                const char    *all)
{
  GListModel *risks = sg_store_get_records (self->store, SG_TYPE_RISK);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (risks);
  GStrvBuilder *builder = g_strv_builder_new ();
  char **result;

  for (guint k = 0; k < n; k++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (risks, k);
      const char *value = sg_store_peek_name (self->store, risk, field);

      if (value != NULL && *value != '\0' && g_hash_table_add (seen, (gpointer) value))
        g_ptr_array_add (values, (gpointer) value);
    }
  g_ptr_array_sort (values, compare_strings);
  g_strv_builder_add (builder, all);
  for (guint k = 0; k < values->len; k++)
    g_strv_builder_add (builder, g_ptr_array_index (values, k));
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}

/* Replaces a dropdown's items only when they differ, keeping the choice. */
static void
refill (GtkWidget     *dropdown,
        GtkStringList *list,
        char         **values,
        const char    *chosen)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  guint selected = 0;
  gboolean same = n == g_strv_length (values);

  for (guint k = 0; same && k < n; k++)
    same = g_strcmp0 (gtk_string_list_get_string (list, k), values[k]) == 0;
  if (same)
    return;

  gtk_string_list_splice (list, 0, n, (const char *const *) values);
  for (guint k = 1; chosen != NULL && values[k] != NULL; k++)
    if (g_strcmp0 (values[k], chosen) == 0)
      selected = k;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
}

static void
refill_filters (SgHeatmapPage *self)
{
  g_auto(GStrv) categories = collect_values (self, "category", _("All Categories"));
  g_auto(GStrv) owners = collect_values (self, "owner", _("All Owners"));
  g_autofree char *category = g_strdup (self->category);
  g_autofree char *owner = g_strdup (self->owner);

  self->updating = TRUE;
  refill (self->category_dropdown, self->categories, categories, category);
  refill (self->owner_dropdown, self->owners, owners, owner);
  self->updating = FALSE;
  /* A value nobody has any more no longer filters. */
  if (g_strcmp0 (category, self->category) != 0 || g_strcmp0 (owner, self->owner) != 0 ||
      (category != NULL && gtk_drop_down_get_selected (GTK_DROP_DOWN (self->category_dropdown)) == 0) ||
      (owner != NULL && gtk_drop_down_get_selected (GTK_DROP_DOWN (self->owner_dropdown)) == 0))
    filter_changed_cb (self);
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (ellipsize)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  ellipsize)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

static GtkListItemFactory *
new_label_factory (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), GINT_TO_POINTER (ellipsize));
  return factory;
}

static void
setup_filters (SgHeatmapPage *self)
{
  GtkWidget *dropdowns[] = { self->category_dropdown, self->owner_dropdown, self->status_dropdown };
  g_autoptr(GEnumClass) statuses = g_type_class_ref (SG_TYPE_RISK_STATUS);
  GtkStringList *status_list = gtk_string_list_new (NULL);

  self->categories = gtk_string_list_new (NULL);
  self->owners = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->category_dropdown), G_LIST_MODEL (self->categories));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->owner_dropdown), G_LIST_MODEL (self->owners));

  gtk_string_list_append (status_list, _("All Statuses"));
  for (guint k = 0; k < statuses->n_values; k++)
    gtk_string_list_append (status_list, sg_enum_get_label (SG_TYPE_RISK_STATUS,
                                                            statuses->values[k].value));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->status_dropdown), G_LIST_MODEL (status_list));
  g_object_unref (status_list);

  /* Three side by side fit a phone: the chosen value shortens, the list does not. */
  for (guint k = 0; k < G_N_ELEMENTS (dropdowns); k++)
    {
      g_autoptr(GtkListItemFactory) button = new_label_factory (TRUE);
      g_autoptr(GtkListItemFactory) list = new_label_factory (FALSE);

      gtk_drop_down_set_factory (GTK_DROP_DOWN (dropdowns[k]), button);
      gtk_drop_down_set_list_factory (GTK_DROP_DOWN (dropdowns[k]), list);
    }

  g_signal_connect_swapped (self->category_dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->owner_dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->status_dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self);
}

/* Summary and mode */

static void
view_changed_cb (SgHeatmapPage *self)
{
  const SgHeatmapData *data = sg_heatmap_view_get_data (self->view);
  guint above = sg_heatmap_view_count_above_appetite (self->view);
  g_autofree char *rated = NULL;
  g_autofree char *appetite = NULL;
  g_autofree char *summary = NULL;

  if (data == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->summary_label),
                          _("The register has no risk scales to draw a heat map from."));
      return;
    }
  /* Translators: the first half of the heat map summary */
  rated = g_strdup_printf (ngettext ("%u risk rated", "%u risks rated", data->n_rated), data->n_rated);
  /* Translators: the second half of the heat map summary */
  appetite = g_strdup_printf (ngettext ("%u above appetite", "%u above appetite", above), above);
  /* Translators: the heat map summary: "40 risks rated, 7 above appetite" */
  summary = g_strdup_printf (_("%s, %s"), rated, appetite);
  gtk_label_set_text (GTK_LABEL (self->summary_label), summary);

  if (!self->updating)
    refill_filters (self);
}

static void
set_mode (SgHeatmapPage *self,
          SgHeatmapMode  mode)
{
  GSettings *settings = sg_settings_get ();

  sg_heatmap_view_set_mode (self->view, mode);
  update_title (self);
  if (self->presentation != NULL)
    sg_heatmap_presentation_set_mode (SG_HEATMAP_PRESENTATION (self->presentation), mode);
  if (settings != NULL)
    g_settings_set_string (settings, "heatmap-mode", mode_nicks[mode]);
}

static void
mode_toggled_cb (SgHeatmapPage   *self,
                 GtkToggleButton *button)
{
  if (!gtk_toggle_button_get_active (button) || self->updating)
    return;
  if (GTK_WIDGET (button) == self->residual_button)
    set_mode (self, SG_HEATMAP_MODE_RESIDUAL);
  else if (GTK_WIDGET (button) == self->movement_button)
    set_mode (self, SG_HEATMAP_MODE_MOVEMENT);
  else
    set_mode (self, SG_HEATMAP_MODE_INHERENT);
}

static void
restore_mode (SgHeatmapPage *self)
{
  GSettings *settings = sg_settings_get ();
  g_autofree char *nick = settings ? g_settings_get_string (settings, "heatmap-mode") : NULL;
  SgHeatmapMode mode = SG_HEATMAP_MODE_INHERENT;
  GtkWidget *buttons[] = { self->inherent_button, self->residual_button, self->movement_button };

  for (guint k = 0; k < G_N_ELEMENTS (mode_nicks); k++)
    if (g_strcmp0 (nick, mode_nicks[k]) == 0)
      mode = k;
  self->updating = TRUE;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (buttons[mode]), TRUE);
  self->updating = FALSE;
  sg_heatmap_view_set_mode (self->view, mode);
}

/* Opening a risk */

static void
risk_activated_cb (SgHeatmapPage *self,
                   SgRecord      *risk)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), SG_TYPE_WINDOW);

  if (window != NULL)
    sg_window_show_record (SG_WINDOW (window), risk);
}

/* Export */

static void
show_toast (SgHeatmapPage *self,
            const char    *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
}

static void
show_error (SgHeatmapPage *self,
            const char    *heading,
            const char    *message)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), SG_TYPE_WINDOW);

  if (window != NULL)
    sg_window_show_error (SG_WINDOW (window), heading, message);
  else
    g_warning ("%s: %s", heading, message);
}

typedef struct
{
  SgHeatmapData *data;
  char          *path;
  int            width, height;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  sg_heatmap_data_free (job->data);
  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (sg_heatmap_export_data_sized (job->data, job->path, job->width, job->height, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  SgHeatmapPage *self = SG_HEATMAP_PAGE (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_filename_display_basename (job->path);
  g_autofree char *message = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "heatmap.export", TRUE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_error (self, _("Could Not Export the Heat Map"), error->message);
      return;
    }
  /* Translators: a toast; %s is a file name */
  message = g_strdup_printf (_("Heat map saved as “%s”"), name);
  show_toast (self, message);
}

static const struct
{
  const char *extension;
  const char *name;
  const char *mime_type;
} formats[] = {
  { ".png", N_("PNG image"), "image/png" },
  { ".svg", N_("SVG drawing"), "image/svg+xml" },
  { ".pdf", N_("PDF document"), "application/pdf" },
};

static const char *const size_ids[] = { "1600x1200", "3200x2400", "1024x768", NULL };

static void
export_response_cb (SgHeatmapPage *self,
                    int            response)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (self->chooser);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *lower = NULL;
  g_autoptr(GTask) task = NULL;
  GtkFileFilter *filter;
  const char *size;
  ExportJob *job;
  gboolean known = FALSE;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (chooser);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    {
      g_clear_object (&self->chooser);
      return;
    }

  /* The format follows the name; a name without one takes the filter's. */
  lower = g_ascii_strdown (path, -1);
  for (guint k = 0; k < G_N_ELEMENTS (formats); k++)
    known |= g_str_has_suffix (lower, formats[k].extension);
  filter = gtk_file_chooser_get_filter (chooser);
  if (!known)
    {
      const char *extension = formats[0].extension;
      char *with_extension;

      for (guint k = 0; k < G_N_ELEMENTS (formats); k++)
        if (filter != NULL && g_object_get_data (G_OBJECT (filter), "extension") == formats[k].extension)
          extension = formats[k].extension;
      with_extension = g_strconcat (path, extension, NULL);
      g_free (path);
      path = with_extension;
    }

  job = g_new0 (ExportJob, 1);
  job->data = sg_heatmap_view_dup_data (self->view);
  job->path = g_steal_pointer (&path);
  job->width = SG_HEATMAP_PNG_WIDTH;
  job->height = SG_HEATMAP_PNG_HEIGHT;
  size = gtk_file_chooser_get_choice (chooser, "size");
  if (size != NULL)
    sscanf (size, "%dx%d", &job->width, &job->height);
  job->width = CLAMP (job->width, 640, 6400);
  job->height = CLAMP (job->height, 480, 4800);
  g_clear_object (&self->chooser);

  if (job->data == NULL)
    {
      show_error (self, _("Could Not Export the Heat Map"),
                  _("The register has no risk scales to draw a heat map from."));
      export_job_free (job);
      return;
    }

  /* A large PNG takes a moment: the window stays responsive meanwhile. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "heatmap.export", FALSE);
  task = g_task_new (self, NULL, export_done_cb, NULL);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
export_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  SgHeatmapPage *self = SG_HEATMAP_PAGE (widget);
  GtkFileChooserNative *chooser;
  const char *size_labels[] = {
    _("1600 × 1200 pixels (slides, documents)"),
    _("3200 × 2400 pixels (print, large screens)"),
    _("1024 × 768 pixels (e-mail)"),
    NULL
  };
  /* Translators: the suggested file name of an exported heat map, without extension */
  g_autofree char *name = g_strconcat (_("Heat map"), ".png", NULL);

  chooser = gtk_file_chooser_native_new (_("Export Heat Map"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  for (guint k = 0; k < G_N_ELEMENTS (formats); k++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(formats[k].name));
      gtk_file_filter_add_mime_type (filter, formats[k].mime_type);
      gtk_file_filter_add_suffix (filter, formats[k].extension + 1);
      g_object_set_data (G_OBJECT (filter), "extension", (gpointer) formats[k].extension);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    }
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "size", _("PNG size"),
                               (const char **) size_ids, size_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "size", size_ids[0]);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  {
    /* Beside the register: where the rest of the ISMS's files are. */
    g_autoptr(GFile) file = g_file_new_for_path (sg_store_get_path (self->store));
    g_autoptr(GFile) folder = g_file_get_parent (file);

    if (folder != NULL)
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  }

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_set_modal (self->chooser, TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->chooser);
}

/* Printing */

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                gpointer           user_data)
{
  gtk_print_operation_set_n_pages (operation, 1);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              SgHeatmapData     *data)
{
  sg_heatmap_draw (gtk_print_context_get_cairo_context (context),
                   gtk_print_context_get_width (context),
                   gtk_print_context_get_height (context), data);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               SgHeatmapPage           *self)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  gtk_print_operation_get_error (operation, &error);
  show_error (self, _("Could Not Print the Heat Map"), error ? error->message : "");
}

gboolean
sg_heatmap_page_print (SgHeatmapPage  *self,
                       const char     *export_path,
                       GError        **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  GtkPrintOperationResult result;
  SgHeatmapData *data;

  g_return_val_if_fail (SG_IS_HEATMAP_PAGE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = sg_heatmap_view_dup_data (self->view);
  if (data == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The register has no risk scales to draw a heat map from."));
      return FALSE;
    }

  operation = gtk_print_operation_new ();
  setup = gtk_page_setup_new ();
  /* The map is wider than tall: one landscape page. */
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_job_name (operation, mode_title (sg_heatmap_view_get_mode (self->view)));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "data", data, (GDestroyNotify) sg_heatmap_data_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), NULL);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), data);

  if (export_path != NULL)
    {
      gtk_print_operation_set_export_filename (operation, export_path);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);
      return result != GTK_PRINT_OPERATION_RESULT_ERROR;
    }

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), error);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

static void
print_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (!sg_heatmap_page_print (SG_HEATMAP_PAGE (widget), NULL, &error))
    show_error (SG_HEATMAP_PAGE (widget), _("Could Not Print the Heat Map"), error->message);
}

/* Presentation */

static void
presentation_destroyed_cb (SgHeatmapPage *self)
{
  self->presentation = NULL;
}

void
sg_heatmap_page_present (SgHeatmapPage *self)
{
  GtkRoot *root;
  g_autofree char *title = NULL;

  g_return_if_fail (SG_IS_HEATMAP_PAGE (self));

  if (self->presentation != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->presentation));
      return;
    }
  root = gtk_widget_get_root (GTK_WIDGET (self));
  title = build_title (self);
  self->presentation = sg_heatmap_presentation_new (self->store, sg_heatmap_view_get_mode (self->view),
                                                    self->filter, title,
                                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  g_signal_connect_object (self->presentation, "destroy", G_CALLBACK (presentation_destroyed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->presentation));
}

GtkWindow *
sg_heatmap_page_get_presentation (SgHeatmapPage *self)
{
  g_return_val_if_fail (SG_IS_HEATMAP_PAGE (self), NULL);

  return self->presentation ? GTK_WINDOW (self->presentation) : NULL;
}

static void
present_cb (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  sg_heatmap_page_present (SG_HEATMAP_PAGE (widget));
}

/* GObject */

static void
sg_heatmap_page_dispose (GObject *object)
{
  SgHeatmapPage *self = SG_HEATMAP_PAGE (object);

  if (self->presentation != NULL)
    gtk_window_destroy (GTK_WINDOW (self->presentation));
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), SG_TYPE_HEATMAP_PAGE);
  g_clear_object (&self->categories);
  g_clear_object (&self->owners);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_heatmap_page_parent_class)->dispose (object);
}

static void
sg_heatmap_page_finalize (GObject *object)
{
  SgHeatmapPage *self = SG_HEATMAP_PAGE (object);

  g_free (self->category);
  g_free (self->owner);

  G_OBJECT_CLASS (sg_heatmap_page_parent_class)->finalize (object);
}

static void
sg_heatmap_page_sidebar_folded_changed (SgPage *page)
{
  SgHeatmapPage *self = SG_HEATMAP_PAGE (page);
  gboolean folded = sg_page_get_sidebar_folded (page);

  gtk_widget_set_visible (self->sidebar_button, folded);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (self->header), folded);
}

static void
sg_heatmap_page_class_init (SgHeatmapPageClass *klass)
{
  SG_PAGE_CLASS (klass)->sidebar_folded_changed = sg_heatmap_page_sidebar_folded_changed;
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_heatmap_page_dispose;
  object_class->finalize = sg_heatmap_page_finalize;

  gtk_widget_class_install_action (widget_class, "heatmap.export", NULL, export_cb);
  gtk_widget_class_install_action (widget_class, "heatmap.print", NULL, print_cb);
  gtk_widget_class_install_action (widget_class, "heatmap.present", NULL, present_cb);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/safeguard_isms/Safeguard/ui/sg-heatmap-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SgHeatmapPage, content);
  gtk_widget_class_bind_template_child (widget_class, SgHeatmapPage, header);
  gtk_widget_class_bind_template_child (widget_class, SgHeatmapPage, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, SgHeatmapPage, inherent_button);
  gtk_widget_class_bind_template_child (widget_class, SgHeatmapPage, residual_button);
  gtk_widget_class_bind_template_child (widget_class, SgHeatmapPage, movement_button);
  gtk_widget_class_bind_template_child (widget_class, SgHeatmapPage, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SgHeatmapPage, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SgHeatmapPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SgHeatmapPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SgHeatmapPage, map_frame);
  gtk_widget_class_bind_template_callback (widget_class, mode_toggled_cb);
}

static void
sg_heatmap_page_init (SgHeatmapPage *self)
{
  self->status = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  setup_filters (self);
}

GtkWidget *
sg_heatmap_page_new (SgStore *store)
{
  SgHeatmapPage *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_HEATMAP_PAGE, NULL);
  self->store = g_object_ref (store);
  self->filter = GTK_FILTER (gtk_custom_filter_new (match_risk_cb, self, NULL));

  self->view = SG_HEATMAP_VIEW (sg_heatmap_view_new (store));
  restore_mode (self);
  sg_heatmap_view_set_filter (self->view, self->filter);
  g_signal_connect_swapped (self->view, "changed", G_CALLBACK (view_changed_cb), self);
  g_signal_connect_swapped (self->view, "risk-activated", G_CALLBACK (risk_activated_cb), self);
  gtk_frame_set_child (GTK_FRAME (self->map_frame), GTK_WIDGET (self->view));
  view_changed_cb (self);
  return GTK_WIDGET (self);
}

SgHeatmapView *
sg_heatmap_page_get_view (SgHeatmapPage *self)
{
  g_return_val_if_fail (SG_IS_HEATMAP_PAGE (self), NULL);

  return self->view;
}

const char *
sg_heatmap_page_get_summary (SgHeatmapPage *self)
{
  g_return_val_if_fail (SG_IS_HEATMAP_PAGE (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->summary_label));
}
