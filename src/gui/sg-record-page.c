/* sg-record-page.c: the list of one kind of record beside its editor
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-record-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-facet-button.h"
#include "sg-pane.h"
#include "sg-record-editor.h"
#include "sg-record-page.h"
#include "sg-settings.h"
#include "sg-record-table.h"

/* The detail beside the list, worked out from their contents: no
 * narrower than a form reads well, no wider than the form itself (its
 * preferences page stops there), and never more than three fifths. */
#define DETAIL_MIN_WIDTH 420
#define DETAIL_MAX_WIDTH 640
/* The minimum widths of the panes in the template, and the separator. */
#define LIST_PANE_MIN 341
#define DETAIL_PANE_MIN 360

struct _SgRecordPage
{
  SgPage               parent_instance;

  GtkWidget           *leaflet;
  GtkWidget           *list_slot;
  GtkWidget           *list_pane;
  GtkWidget           *list_header;
  GtkWidget           *sidebar_button;
  GtkWidget           *list_title;
  GtkWidget           *search_button;
  GtkWidget           *search_bar;
  GtkWidget           *search_entry;
  GtkWidget           *list_stack;
  GtkWidget           *table;
  GtkWidget           *empty_page;
  GtkWidget           *detail_slot;
  GtkWidget           *detail_pane;
  GtkWidget           *detail_header;
  GtkWidget           *list_button;
  GtkWidget           *detail_title;
  GtkWidget           *editor;

  SgStore             *store;
  GType                kind;
  char                *title;

  GListModel          *records;
  SgFacetFilter       *facets;       /* NULL for a kind without facets */
  GtkWidget           *facet_button;

  SgRecord            *selected;
  gulong               selected_notify_id;

  GPtrArray           *list_headers;  /* GtkWidget*, not owned: above the list */
  int                  detail_width;  /* what the detail is to get */
  int                  user_width;    /* dragged to; 0: follow the content */
  guint                width_tick_id;

  SgRecordPageCountFunc count_func;
  gpointer              count_data;
  GDestroyNotify        count_destroy;

  SgRecordPageConfirmFunc confirm_func;
  gpointer                confirm_data;
  GDestroyNotify          confirm_destroy;
};

G_DEFINE_FINAL_TYPE (SgRecordPage, sg_record_page, SG_TYPE_PAGE)

enum {
  SHOW_ALL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];


static AdwToastOverlay *
get_toast_overlay (SgRecordPage *self)
{
  return ADW_TOAST_OVERLAY (gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY));
}

static void
show_toast (SgRecordPage *self,
            AdwToast     *toast)
{
  AdwToastOverlay *overlay = get_toast_overlay (self);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, toast);
  else
    g_object_unref (toast);
}

static void
show_error (SgRecordPage *self,
            const GError *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  show_toast (self, adw_toast_new (escaped));
}

static void update_count (SgRecordPage *self);

/* Search */

static void
search_changed_cb (SgRecordPage *self)
{
  sg_record_table_set_search (SG_RECORD_TABLE (self->table),
                              gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  update_count (self);
}

static void
clear_search (SgRecordPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (self->search_bar), FALSE);
  sg_record_table_set_search (SG_RECORD_TABLE (self->table), NULL);
  update_count (self);
}

static void
stop_search_cb (SgRecordPage *self)
{
  clear_search (self);
  gtk_widget_grab_focus (self->table);
}

static void
search_activate_cb (SgRecordPage *self)
{
  if (g_list_model_get_n_items (sg_record_table_get_shown (SG_RECORD_TABLE (self->table))) == 0)
    return;
  sg_record_table_select_position (SG_RECORD_TABLE (self->table), 0);
  gtk_widget_grab_focus (self->table);
}

/* A kind that holds one record (the scope statement): it is what the
 * page is for, shown at once rather than "Nothing Selected". */
static void
select_only_cb (SgRecordPage *self)
{
  if (self->selected == NULL && g_list_model_get_n_items (self->records) == 1 &&
      g_list_model_get_n_items (sg_record_table_get_shown (SG_RECORD_TABLE (self->table))) == 1)
    sg_record_table_select_position (SG_RECORD_TABLE (self->table), 0);
}

/* The count and the empty states */

static void
update_count (SgRecordPage *self)
{
  guint total, shown;
  g_autofree char *count = NULL;

  /* A column view that goes drops its sorter and re-sorts on its way out. */
  if (self->list_title == NULL || sg_record_table_get_shown (SG_RECORD_TABLE (self->table)) == NULL)
    return;
  total = g_list_model_get_n_items (self->records);
  shown = g_list_model_get_n_items (sg_record_table_get_shown (SG_RECORD_TABLE (self->table)));
  if (self->count_func != NULL)
    count = self->count_func (shown, total, self->count_data);
  else if (!sg_record_table_get_searching (SG_RECORD_TABLE (self->table)) &&
           (self->facets == NULL || !sg_facet_filter_is_active (self->facets)))
    count = g_strdup_printf (ngettext ("%u entry", "%u entries", total), total);
  else
    /* Translators: shown while searching or filtering, e.g. "12 of 40 entries" */
    count = g_strdup_printf (ngettext ("%u of %u entry", "%u of %u entries", total), shown, total);
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->list_title), count);

  gtk_stack_set_visible_child_name (GTK_STACK (self->list_stack),
                                    total == 0 ? "empty" : shown == 0 ? "no-results" : "list");
  /* The split follows the rows. */
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* No layout manager: a widget that has one never sees its size_allocate. */
static void
sg_record_page_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  gtk_widget_measure (SG_RECORD_PAGE (widget)->leaflet, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* The split follows the content: a list of a few rows or few columns
 * leaves the width to the detail, a wide list keeps what its most
 * important columns need; a width the user dragged to wins. */
static int
detail_width_for (SgRecordPage *self,
                  int           width)
{
  int wanted = self->user_width;

  if (wanted <= 0)
    {
      int list_need = sg_record_table_get_wanted_width (SG_RECORD_TABLE (self->table));

      /* What a page shows above its list (the audit programme) is read
       * at its natural width too. */
      for (guint i = 0; self->list_headers != NULL && i < self->list_headers->len; i++)
        {
          int natural = 0;

          gtk_widget_measure (g_ptr_array_index (self->list_headers, i), GTK_ORIENTATION_HORIZONTAL,
                              -1, NULL, &natural, NULL, NULL);
          list_need = MAX (list_need, natural);
        }
      int most = MAX (DETAIL_MIN_WIDTH, MIN (DETAIL_MAX_WIDTH, width * 3 / 5));

      wanted = CLAMP (width - list_need, DETAIL_MIN_WIDTH, most);
    }
  return CLAMP (wanted, DETAIL_PANE_MIN, MAX (DETAIL_PANE_MIN, width - LIST_PANE_MIN));
}

static gboolean
apply_detail_width_cb (GtkWidget     *widget,
                       GdkFrameClock *clock,
                       gpointer       data)
{
  SgRecordPage *self = SG_RECORD_PAGE (widget);

  self->width_tick_id = 0;
  sg_pane_set_natural_width (SG_PANE (self->detail_slot), self->detail_width);
  return G_SOURCE_REMOVE;
}

/* The leaflet may allocate its children later (while it animates) and
 * folds during its own allocation: work out the list's width from ours. */
static void
fit_columns (SgRecordPage *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int list_width = width;

  if (self->table == NULL || width <= 0)
    return;
  if (!adw_leaflet_get_folded (ADW_LEAFLET (self->leaflet)))
    {
      int detail_width = detail_width_for (self, width);

      /* Allocating must not change sizes: the pane is told at the start
       * of the next frame, before its layout. */
      if (detail_width != sg_pane_get_natural_width (SG_PANE (self->detail_slot)))
        {
          self->detail_width = detail_width;
          if (self->width_tick_id == 0)
            self->width_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self),
                                                                apply_detail_width_cb,
                                                                NULL, NULL);
        }
      list_width -= detail_width + 1;
    }
  sg_record_table_fit_columns (SG_RECORD_TABLE (self->table), list_width);
}

static void
sg_record_page_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  SgRecordPage *self = SG_RECORD_PAGE (widget);

  gtk_widget_allocate (self->leaflet, width, height, baseline, NULL);
  fit_columns (self);
}

/* Dragging the detail's edge */

static void
handle_moved_cb (SgRecordPage *self,
                 int           width)
{
  int page_width = gtk_widget_get_width (GTK_WIDGET (self));

  self->user_width = CLAMP (width, DETAIL_PANE_MIN, MAX (DETAIL_PANE_MIN, page_width - LIST_PANE_MIN));
  self->detail_width = self->user_width;
  sg_pane_set_natural_width (SG_PANE (self->detail_slot), self->user_width);
}

static void
save_user_width (SgRecordPage *self)
{
  GSettings *settings = sg_settings_get ();
  const char *table = sg_record_class_get_table (g_type_class_peek (self->kind));
  g_autoptr(GVariant) old = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key;
  int width;

  if (settings == NULL || table == NULL)
    return;
  old = g_settings_get_value (settings, "detail-widths");
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{si}"));
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&si}", &key, &width))
    if (!g_str_equal (key, table))
      g_variant_builder_add (&builder, "{si}", key, width);
  if (self->user_width > 0)
    g_variant_builder_add (&builder, "{si}", table, self->user_width);
  g_settings_set_value (settings, "detail-widths", g_variant_builder_end (&builder));
}

static void
handle_released_cb (SgRecordPage *self)
{
  save_user_width (self);
}

static void
handle_reset_cb (SgRecordPage *self)
{
  self->user_width = 0;
  save_user_width (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
load_user_width (SgRecordPage *self)
{
  GSettings *settings = sg_settings_get ();
  const char *table = sg_record_class_get_table (g_type_class_peek (self->kind));
  g_autoptr(GVariant) widths = NULL;

  if (settings == NULL || table == NULL)
    return;
  widths = g_settings_get_value (settings, "detail-widths");
  if (!g_variant_lookup (widths, table, "i", &self->user_width) || self->user_width < DETAIL_PANE_MIN)
    self->user_width = 0;
}

/* Selection and the detail pane */

static void
update_detail_title (SgRecordPage *self)
{
  const char *ref = self->selected ? sg_record_get_ref (self->selected) : NULL;
  const char *title = "";

  if (ref != NULL && *ref != '\0')
    title = ref;
  else if (self->selected != NULL)
    title = sg_record_class_get_noun (SG_RECORD_GET_CLASS (self->selected));
  adw_window_title_set_title (ADW_WINDOW_TITLE (self->detail_title), title);
}

static void
selection_changed_cb (SgRecordPage *self)
{
  SgRecord *record = sg_record_table_get_selected (SG_RECORD_TABLE (self->table));

  if (self->selected == record)
    return;

  if (self->selected != NULL)
    g_clear_signal_handler (&self->selected_notify_id, self->selected);
  g_set_object (&self->selected, record);
  if (record != NULL)
    self->selected_notify_id = g_signal_connect_swapped (record, "notify::ref",
                                                         G_CALLBACK (update_detail_title), self);

  if (SG_IS_RECORD_EDITOR (self->editor))
    sg_record_editor_set_record (SG_RECORD_EDITOR (self->editor), record);
  else
    g_object_set (self->editor, "record", record, NULL);
  update_detail_title (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete-record", record != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.duplicate-record", record != NULL);
}

static void
focus_editor (SgRecordPage *self)
{
  /* A custom editor moves the focus to its first field in its grab_focus. */
  if (SG_IS_RECORD_EDITOR (self->editor))
    sg_record_editor_focus_first (SG_RECORD_EDITOR (self->editor));
  else
    gtk_widget_grab_focus (self->editor);
}

static void
show_detail (SgRecordPage *self)
{
  if (adw_leaflet_get_folded (ADW_LEAFLET (self->leaflet)))
    adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->detail_slot);
}

static void
row_activated_cb (SgRecordPage *self)
{
  /* Folded, a tap opens the record to read it; the keyboard is not implied. */
  if (adw_leaflet_get_folded (ADW_LEAFLET (self->leaflet)))
    show_detail (self);
  else
    focus_editor (self);
}

static void
show_list_cb (SgRecordPage *self)
{
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->list_slot);
}

/* Header bars: window buttons belong to the outermost visible header. */
static void
update_headers (SgRecordPage *self)
{
  gboolean folded = adw_leaflet_get_folded (ADW_LEAFLET (self->leaflet));
  gboolean sidebar_folded = sg_page_get_sidebar_folded (SG_PAGE (self));

  gtk_widget_set_visible (self->sidebar_button, sidebar_folded);
  gtk_widget_set_visible (self->list_button, folded);
  sg_pane_set_resizable (SG_PANE (self->detail_slot), !folded);
  if (self->table != NULL)
    sg_record_table_set_single_click (SG_RECORD_TABLE (self->table), folded);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (self->list_header),
                                               sidebar_folded);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (self->list_header), folded);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (self->detail_header),
                                               folded && sidebar_folded);
}

static void
sg_record_page_sidebar_folded_changed (SgPage *page)
{
  update_headers (SG_RECORD_PAGE (page));
}

static void
folded_changed_cb (SgRecordPage *self)
{
  update_headers (self);
  fit_columns (self);
}

/* Actions */

static void
add_record_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SgRecordPage *self = SG_RECORD_PAGE (widget);
  g_autoptr(SgRecord) record = g_object_new (self->kind, NULL);
  g_autoptr(GError) error = NULL;

  sg_settings_apply_new_defaults (self->store, G_OBJECT (record));
  if (!sg_store_add (self->store, record, &error))
    {
      show_error (self, error);
      return;
    }

  clear_search (self);
  sg_record_page_select (self, record);
  show_detail (self);
  focus_editor (self);
}

static void
duplicate_record_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SgRecordPage *self = SG_RECORD_PAGE (widget);
  SgRecordClass *klass;
  g_autoptr(SgRecord) copy = NULL;
  g_autoptr(GError) error = NULL;
  GParamSpec **fields;
  GParamSpec *name;
  guint n_fields;

  if (self->selected == NULL)
    return;

  klass = SG_RECORD_GET_CLASS (self->selected);
  copy = g_object_new (self->kind, NULL);
  fields = sg_record_class_list_fields (klass, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    if (!g_str_equal (fields[i]->name, "ref"))
      sg_record_set_value (copy, fields[i], sg_record_peek_value (self->selected, fields[i]));
  /* The title says it is a copy. */
  name = sg_record_class_get_title_field (klass);
  if (name != NULL)
    {
      const char *old = g_value_get_string (sg_record_peek_value (self->selected, name));
      /* Translators: the name of a duplicated entry, e.g. "Ransomware (copy)" */
      g_autofree char *new_name = g_strdup_printf (_("%s (copy)"), old ? old : "");

      g_object_set (copy, name->name, new_name, NULL);
    }
  /* Kinds that number their refs give the copy the next one; others
   * need one that differs. */
  if (sg_record_class_get_ref_prefix (klass) == NULL && sg_record_get_ref (self->selected) != NULL)
    {
      g_autofree char *ref = g_strdup_printf (_("%s (copy)"), sg_record_get_ref (self->selected));
      sg_record_set_ref (copy, ref);
    }

  if (!sg_store_add (self->store, copy, &error))
    {
      show_error (self, error);
      return;
    }
  clear_search (self);
  sg_record_page_select (self, copy);
  show_detail (self);
}

static void
undo_delete_cb (AdwToast     *toast,
                SgRecordPage *self)
{
  SgRecord *record = g_object_get_data (G_OBJECT (toast), "record");
  g_autoptr(GError) error = NULL;

  if (!sg_store_restore (self->store, record, &error))
    {
      show_error (self, error);
      return;
    }
  clear_search (self);
  sg_record_page_select (self, record);
}

static void
delete_record (SgRecordPage *self,
               SgRecord     *to_delete)
{
  g_autoptr(SgRecord) record = g_object_ref (to_delete);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;
  guint position;
  guint n;

  position = sg_record_table_get_position (SG_RECORD_TABLE (self->table));
  if (!sg_store_remove (self->store, record, &error))
    {
      show_error (self, error);
      return;
    }

  /* Keep the place in the list: the next entry moves up into it. */
  n = g_list_model_get_n_items (sg_record_table_get_shown (SG_RECORD_TABLE (self->table)));
  if (n > 0 && position != GTK_INVALID_LIST_POSITION)
    sg_record_table_select_position (SG_RECORD_TABLE (self->table), MIN (position, n - 1));

  name = sg_record_get_ref (record) && *sg_record_get_ref (record)
         ? g_strdup (sg_record_get_ref (record)) : sg_record_dup_display_name (record);
  escaped = g_markup_escape_text (name, -1);
  /* Translators: %s is a ref such as R-004 */
  toast = adw_toast_new_format (_("Deleted %s"), escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "record", g_steal_pointer (&record), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, 0);
  show_toast (self, toast);
}

/* The record asked about is the one deleted, even if the selection
 * moved while the question was open. */
static void
confirm_delete_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            SgRecordPage     *self)
{
  SgRecord *record = g_object_get_data (G_OBJECT (dialog), "record");

  if (g_strcmp0 (response, "delete") == 0 && record != NULL &&
      sg_store_find_by_id (self->store, self->kind, sg_record_get_id (record)) == record)
    delete_record (self, record);
}

static void
delete_record_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SgRecordPage *self = SG_RECORD_PAGE (widget);
  g_autofree char *question = NULL;
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  if (self->selected == NULL)
    return;
  if (self->confirm_func != NULL)
    question = self->confirm_func (self->selected, self->confirm_data);
  if (question == NULL)
    {
      delete_record (self, self->selected);
      return;
    }

  name = sg_record_dup_display_name (self->selected);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), NULL, NULL);
  /* Translators: %s is a record such as "AUD-002 Internal audit 2026" */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Delete %s?"), name);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), question);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "record", g_object_ref (self->selected), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject */

static void
sg_record_page_dispose (GObject *object)
{
  SgRecordPage *self = SG_RECORD_PAGE (object);

  if (self->selected != NULL)
    g_clear_signal_handler (&self->selected_notify_id, self->selected);
  g_clear_object (&self->selected);
  if (self->width_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->width_tick_id);
  self->width_tick_id = 0;
  if (self->records != NULL)
    g_signal_handlers_disconnect_by_func (self->records, update_count, self);
  if (self->facets != NULL)
    g_signal_handlers_disconnect_by_func (self->facets, update_count, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SG_TYPE_RECORD_PAGE);
  g_clear_object (&self->records);
  g_clear_object (&self->facets);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_record_page_parent_class)->dispose (object);
}

static void
sg_record_page_finalize (GObject *object)
{
  SgRecordPage *self = SG_RECORD_PAGE (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->list_headers, g_ptr_array_unref);
  if (self->count_destroy != NULL)
    self->count_destroy (self->count_data);
  if (self->confirm_destroy != NULL)
    self->confirm_destroy (self->confirm_data);

  G_OBJECT_CLASS (sg_record_page_parent_class)->finalize (object);
}

static void
sg_record_page_class_init (SgRecordPageClass *klass)
{
  SG_PAGE_CLASS (klass)->sidebar_folded_changed = sg_record_page_sidebar_folded_changed;
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_record_page_dispose;
  object_class->finalize = sg_record_page_finalize;
  widget_class->measure = sg_record_page_measure;
  widget_class->size_allocate = sg_record_page_size_allocate;

  /* A record to show is hidden: filters of a page made to measure clear
   * themselves, as the facets and the search do. */
  signals[SHOW_ALL] = g_signal_new ("show-all", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "page.add-record", NULL, add_record_cb);
  gtk_widget_class_install_action (widget_class, "page.delete-record", NULL, delete_record_cb);
  gtk_widget_class_install_action (widget_class, "page.duplicate-record", NULL, duplicate_record_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "page.duplicate-record", NULL);

  g_type_ensure (SG_TYPE_PANE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/safeguard_isms/Safeguard/ui/sg-record-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SgRecordPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SgRecordPage, list_slot);
  gtk_widget_class_bind_template_child (widget_class, SgRecordPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, SgRecordPage, list_header);
  gtk_widget_class_bind_template_child (widget_class, SgRecordPage, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, SgRecordPage, list_title);
  gtk_widget_class_bind_template_child (widget_class, SgRecordPage, search_button);
  gtk_widget_class_bind_template_child (widget_class, SgRecordPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SgRecordPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SgRecordPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SgRecordPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SgRecordPage, detail_slot);
  gtk_widget_class_bind_template_child (widget_class, SgRecordPage, detail_pane);
  gtk_widget_class_bind_template_child (widget_class, SgRecordPage, detail_header);
  gtk_widget_class_bind_template_child (widget_class, SgRecordPage, list_button);
  gtk_widget_class_bind_template_child (widget_class, SgRecordPage, detail_title);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_list_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, handle_moved_cb);
  gtk_widget_class_bind_template_callback (widget_class, handle_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, handle_reset_cb);
}

static void
sg_record_page_init (SgRecordPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_search_bar_connect_entry (GTK_SEARCH_BAR (self->search_bar),
                                GTK_EDITABLE (self->search_entry));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete-record", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.duplicate-record", FALSE);
  self->detail_width = DETAIL_MIN_WIDTH;
  sg_pane_set_natural_width (SG_PANE (self->detail_slot), DETAIL_MIN_WIDTH);
}

GtkWidget *
sg_record_page_new (SgStore    *store,
                    GType       kind,
                    const char *title)
{
  SgRecordPage *self;
  GtkWidget *table;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (kind, SG_TYPE_RECORD), NULL);

  table = sg_record_table_new (store, kind);
  self = SG_RECORD_PAGE (sg_record_page_new_full (store, kind, title, table,
                                                  sg_record_editor_new (store, kind)));
  sg_record_page_add_facets (self);
  return GTK_WIDGET (self);
}

void
sg_record_page_add_facets (SgRecordPage *self)
{
  guint n_facets;

  g_return_if_fail (SG_IS_RECORD_PAGE (self));
  g_return_if_fail (self->facets == NULL);

  /* The facets the kind declares, and "Overdue" for a kind with a due
   * date, combined with the search. */
  sg_record_class_list_facets (g_type_class_peek (self->kind), &n_facets);
  if (n_facets == 0 && sg_record_class_get_due (g_type_class_peek (self->kind)) == NULL)
    return;
  self->facets = sg_facet_filter_new (self->store, self->kind);
  sg_record_table_add_filter (SG_RECORD_TABLE (self->table), GTK_FILTER (self->facets));
  g_signal_connect_swapped (self->facets, "changed", G_CALLBACK (update_count), self);
  self->facet_button = sg_facet_button_new (self->facets);
  sg_record_page_add_header_widget (self, self->facet_button);
}

GtkWidget *
sg_record_page_new_full (SgStore    *store,
                         GType       kind,
                         const char *title,
                         GtkWidget  *table,
                         GtkWidget  *editor)
{
  SgRecordPage *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (kind, SG_TYPE_RECORD), NULL);
  g_return_val_if_fail (SG_IS_RECORD_TABLE (table), NULL);
  g_return_val_if_fail (SG_IS_RECORD_EDITOR (editor) ||
                        g_object_class_find_property (G_OBJECT_GET_CLASS (editor), "record"), NULL);

  self = g_object_new (SG_TYPE_RECORD_PAGE, NULL);
  self->store = g_object_ref (store);
  self->kind = kind;
  self->title = g_strdup (title);
  self->records = g_object_ref (sg_store_get_records (store, kind));
  load_user_width (self);

  adw_window_title_set_title (ADW_WINDOW_TITLE (self->list_title), title);
  adw_status_page_set_title (ADW_STATUS_PAGE (self->empty_page), title);
  /* What the kind is for and which clause asks for it: a new register's
   * pages teach as they are opened. */
  {
    SgRecordClass *klass = g_type_class_peek (kind);
    const char *text = sg_record_class_get_empty_text (klass);

    adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->empty_page),
                                   sg_record_class_get_empty_icon (klass));
    if (text != NULL)
      adw_status_page_set_description (ADW_STATUS_PAGE (self->empty_page), text);
  }

  self->table = table;
  gtk_stack_add_named (GTK_STACK (self->list_stack), self->table, "list");
  /* Typing in the list starts a search. */
  gtk_search_bar_set_key_capture_widget (GTK_SEARCH_BAR (self->search_bar), self->table);
  g_signal_connect_swapped (self->table, "notify::selected", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->table, "activated", G_CALLBACK (row_activated_cb), self);

  self->editor = editor;
  gtk_widget_set_vexpand (self->editor, TRUE);
  gtk_box_append (GTK_BOX (self->detail_pane), self->editor);

  g_signal_connect_object (sg_record_table_get_shown (SG_RECORD_TABLE (self->table)), "items-changed",
                           G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->records, "items-changed", G_CALLBACK (update_count), self);
  g_signal_connect (self, "map", G_CALLBACK (select_only_cb), NULL);
  update_count (self);
  update_headers (self);

  return GTK_WIDGET (self);
}

GType
sg_record_page_get_kind (SgRecordPage *self)
{
  g_return_val_if_fail (SG_IS_RECORD_PAGE (self), G_TYPE_INVALID);

  return self->kind;
}

const char *
sg_record_page_get_title (SgRecordPage *self)
{
  g_return_val_if_fail (SG_IS_RECORD_PAGE (self), NULL);

  return self->title;
}

GListModel *
sg_record_page_get_shown (SgRecordPage *self)
{
  g_return_val_if_fail (SG_IS_RECORD_PAGE (self), NULL);

  return sg_record_table_get_shown (SG_RECORD_TABLE (self->table));
}

SgRecord *
sg_record_page_get_selected (SgRecordPage *self)
{
  g_return_val_if_fail (SG_IS_RECORD_PAGE (self), NULL);

  return self->selected;
}

void
sg_record_page_select (SgRecordPage *self,
                       SgRecord     *record)
{
  g_return_if_fail (SG_IS_RECORD_PAGE (self));

  sg_record_table_select (SG_RECORD_TABLE (self->table), record);
  /* Opened from elsewhere (an audit from its nonconformity) but hidden by
   * the facets, the search or a page's own filter: show everything rather
   * than nothing. */
  if (record != NULL && sg_record_table_get_selected (SG_RECORD_TABLE (self->table)) != record)
    {
      g_signal_emit (self, signals[SHOW_ALL], 0);
      if (self->facets != NULL)
        sg_facet_filter_clear (self->facets);
      if (sg_record_table_get_searching (SG_RECORD_TABLE (self->table)))
        clear_search (self);
      sg_record_table_select (SG_RECORD_TABLE (self->table), record);
    }
}

void
sg_record_page_start_search (SgRecordPage *self)
{
  g_return_if_fail (SG_IS_RECORD_PAGE (self));

  if (g_list_model_get_n_items (self->records) == 0)
    return;
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->list_slot);
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (self->search_bar), TRUE);
  gtk_widget_grab_focus (self->search_entry);
}

GtkWidget *
sg_record_page_get_table (SgRecordPage *self)
{
  g_return_val_if_fail (SG_IS_RECORD_PAGE (self), NULL);

  return self->table;
}

SgFacetFilter *
sg_record_page_get_facet_filter (SgRecordPage *self)
{
  g_return_val_if_fail (SG_IS_RECORD_PAGE (self), NULL);

  return self->facets;
}

GtkWidget *
sg_record_page_get_facet_button (SgRecordPage *self)
{
  g_return_val_if_fail (SG_IS_RECORD_PAGE (self), NULL);

  return self->facet_button;
}

GtkWidget *
sg_record_page_get_editor (SgRecordPage *self)
{
  g_return_val_if_fail (SG_IS_RECORD_PAGE (self), NULL);

  return self->editor;
}

void
sg_record_page_add_header_widget (SgRecordPage *self,
                                  GtkWidget    *widget)
{
  g_return_if_fail (SG_IS_RECORD_PAGE (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  adw_header_bar_pack_end (ADW_HEADER_BAR (self->list_header), widget);
}

void
sg_record_page_add_list_header (SgRecordPage *self,
                                GtkWidget    *widget)
{
  g_return_if_fail (SG_IS_RECORD_PAGE (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_box_insert_child_after (GTK_BOX (self->list_pane), widget, self->search_bar);
  if (self->list_headers == NULL)
    self->list_headers = g_ptr_array_new ();
  g_ptr_array_add (self->list_headers, widget);
}

void
sg_record_page_set_count_func (SgRecordPage          *self,
                               SgRecordPageCountFunc  func,
                               gpointer               data,
                               GDestroyNotify         destroy)
{
  g_return_if_fail (SG_IS_RECORD_PAGE (self));

  if (self->count_destroy != NULL)
    self->count_destroy (self->count_data);
  self->count_func = func;
  self->count_data = data;
  self->count_destroy = destroy;
  update_count (self);
}

void
sg_record_page_update_count (SgRecordPage *self)
{
  g_return_if_fail (SG_IS_RECORD_PAGE (self));

  update_count (self);
}

void
sg_record_page_set_confirm_delete_func (SgRecordPage            *self,
                                        SgRecordPageConfirmFunc  func,
                                        gpointer                 data,
                                        GDestroyNotify           destroy)
{
  g_return_if_fail (SG_IS_RECORD_PAGE (self));

  if (self->confirm_destroy != NULL)
    self->confirm_destroy (self->confirm_data);
  self->confirm_func = func;
  self->confirm_data = data;
  self->confirm_destroy = destroy;
}
