/* sg-review-page.c: the Management Reviews page (9.3) — the reviews, newest first, beside the one being prepared or read
 *
 * A register holds a review or two a year, and each is long: inputs
 * under seven headings, outputs, actions. So the list is a narrow
 * column of dates and statuses and the review takes the rest of the
 * width, unlike the generic page whose list is the wide part.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-review-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-enums.h"
#include "sg-field-codec.h"
#include "sg-management-review.h"
#include "sg-review-editor.h"
#include "sg-review-inputs.h"
#include "sg-review-page.h"
#include "sg-review-row.h"
#include "sg-settings.h"

/* The list's width beside the review: a date, a badge, a title in a few lines. */
#define LIST_WIDTH 300

struct _SgReviewPage
{
  SgPage              parent_instance;

  GtkWidget          *leaflet;
  GtkWidget          *list_pane;
  GtkWidget          *list_header;
  GtkWidget          *sidebar_button;
  GtkWidget          *list_title;
  GtkWidget          *list_stack;
  GtkWidget          *list_box;
  GtkWidget          *detail_pane;
  GtkWidget          *detail_header;
  GtkWidget          *list_button;
  GtkWidget          *detail_title;
  GtkWidget          *delete_button;
  GtkWidget          *editor;

  SgStore            *store;
  char               *today;
  GtkSorter          *sorter;      /* owned by sorted */
  GtkSortListModel   *sorted;
  GHashTable         *watched;     /* SgRecord* → its notify handler */
  SgRecord           *selected;
};

G_DEFINE_FINAL_TYPE (SgReviewPage, sg_review_page, SG_TYPE_PAGE)

static void
show_toast (SgReviewPage *self,
            AdwToast     *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static void
show_error (SgReviewPage *self,
            const GError *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  show_toast (self, adw_toast_new (escaped));
}

/* The list, newest first */

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      data)
{
  SgRecord *ra = (SgRecord *) a, *rb = (SgRecord *) b;
  const char *da = sg_record_peek_string (ra, SG_MANAGEMENT_REVIEW_DATE);
  const char *db = sg_record_peek_string (rb, SG_MANAGEMENT_REVIEW_DATE);
  int cmp;

  /* Undated reviews are being planned: on top. ISO dates sort as text. */
  if ((da == NULL) != (db == NULL))
    cmp = da == NULL ? -1 : 1;
  else
    cmp = -g_strcmp0 (da, db);
  if (cmp == 0)
    cmp = sg_record_get_id (ra) > sg_record_get_id (rb) ? -1 : sg_record_get_id (ra) < sg_record_get_id (rb);
  return cmp < 0 ? GTK_ORDERING_SMALLER : cmp > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer data)
{
  return sg_review_row_new (item);
}

static GtkWidget *
find_row (SgReviewPage *self,
          SgRecord     *review)
{
  for (GtkWidget *row = gtk_widget_get_first_child (self->list_box);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SG_IS_REVIEW_ROW (row) && sg_review_row_get_review (SG_REVIEW_ROW (row)) == review)
      return row;
  return NULL;
}

static void
update_count (SgReviewPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  g_autofree char *count = g_strdup_printf (ngettext ("%u review", "%u reviews", n), n);

  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->list_title), count);
  gtk_stack_set_visible_child_name (GTK_STACK (self->list_stack), n == 0 ? "empty" : "list");
}

/* A new date moves a review in the list; the rows are made again, so the
 * selection is put back. */
static void
review_date_cb (SgReviewPage *self)
{
  g_autoptr(SgRecord) selected = self->selected ? g_object_ref (self->selected) : NULL;

  gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);
  if (selected != NULL && find_row (self, selected) != NULL)
    gtk_list_box_select_row (GTK_LIST_BOX (self->list_box), GTK_LIST_BOX_ROW (find_row (self, selected)));
}

static void
watch_reviews (SgReviewPage *self)
{
  GListModel *records = sg_store_get_records (self->store, SG_TYPE_MANAGEMENT_REVIEW);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(SgRecord) review = g_list_model_get_item (records, i);
      gulong id;

      if (g_hash_table_contains (self->watched, review))
        continue;
      id = g_signal_connect_swapped (review, "notify::" SG_MANAGEMENT_REVIEW_DATE,
                                     G_CALLBACK (review_date_cb), self);
      g_hash_table_insert (self->watched, g_object_ref (review), GSIZE_TO_POINTER (id));
    }
}

static void
records_changed_cb (SgReviewPage *self)
{
  watch_reviews (self);
  update_count (self);
}

/* Selection and the detail */

static void
update_detail_title (SgReviewPage *self)
{
  const char *ref = self->selected ? sg_record_get_ref (self->selected) : NULL;

  adw_window_title_set_title (ADW_WINDOW_TITLE (self->detail_title), ref ? ref : "");
}

static void
selection_changed_cb (SgReviewPage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->list_box));
  SgRecord *review = row != NULL ? sg_review_row_get_review (SG_REVIEW_ROW (row)) : NULL;

  /* A re-sort empties the list for a moment: keep the review shown. */
  if (review == NULL && self->selected != NULL && find_row (self, self->selected) == NULL &&
      sg_store_find_by_id (self->store, SG_TYPE_MANAGEMENT_REVIEW, sg_record_get_id (self->selected)) != NULL)
    return;
  if (review == self->selected)
    return;
  g_set_object (&self->selected, review);
  sg_review_editor_set_record (SG_REVIEW_EDITOR (self->editor), review);
  update_detail_title (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete-record", review != NULL);
  gtk_widget_set_visible (self->delete_button, review != NULL);
}

/* Also when the list is beside it: the window may fold a moment later
 * (a narrow window that is still being sized), and then shows this. */
static void
show_detail (SgReviewPage *self)
{
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->detail_pane);
}

static void
row_activated_cb (SgReviewPage *self)
{
  show_detail (self);
}

static void
show_list_cb (SgReviewPage *self)
{
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->list_pane);
}

void
sg_review_page_select (SgReviewPage *self,
                       SgRecord     *review)
{
  GtkWidget *row;

  g_return_if_fail (SG_IS_REVIEW_PAGE (self));

  if (review == NULL)
    {
      gtk_list_box_unselect_all (GTK_LIST_BOX (self->list_box));
      return;
    }
  row = find_row (self, review);
  if (row == NULL)
    return;
  gtk_list_box_select_row (GTK_LIST_BOX (self->list_box), GTK_LIST_BOX_ROW (row));
  show_detail (self);
}

/* Layout: wide, the list beside the review; narrow, one at a time. */

static void
update_headers (SgReviewPage *self)
{
  gboolean folded = adw_leaflet_get_folded (ADW_LEAFLET (self->leaflet));
  gboolean sidebar_folded = sg_page_get_sidebar_folded (SG_PAGE (self));

  gtk_widget_set_visible (self->sidebar_button, sidebar_folded);
  gtk_widget_set_visible (self->list_button, folded);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (self->list_header), sidebar_folded);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (self->list_header), folded);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (self->detail_header),
                                               folded && sidebar_folded);
  /* Folded, the list is the whole page: it may be as wide as it is. */
  gtk_widget_set_hexpand (self->list_pane, folded);
}

static void
sg_review_page_sidebar_folded_changed (SgPage *page)
{
  update_headers (SG_REVIEW_PAGE (page));
}

/* Actions */

SgRecord *
sg_review_page_add_review (SgReviewPage *self)
{
  g_autoptr(SgRecord) review = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (SG_IS_REVIEW_PAGE (self), NULL);

  today = self->today != NULL ? g_strdup (self->today) : sg_date_today ();
  /* Translators: a new management review's title; %.4s is the year */
  title = g_strdup_printf (_("Management review %.4s"), today);
  review = g_object_new (SG_TYPE_MANAGEMENT_REVIEW,
                         SG_MANAGEMENT_REVIEW_TITLE, title,
                         SG_MANAGEMENT_REVIEW_DATE, today,
                         NULL);
  sg_settings_apply_new_defaults (self->store, G_OBJECT (review));
  if (!sg_store_add (self->store, review, &error))
    {
      show_error (self, error);
      return NULL;
    }
  /* Every input of 9.3.2 filled from the register before anyone asks. */
  if (!sg_review_inputs_store_draft (self->store, review, today, &error))
    show_error (self, error);
  sg_review_page_select (self, review);
  gtk_widget_grab_focus (self->editor);
  return review;
}

static void
add_record_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sg_review_page_add_review (SG_REVIEW_PAGE (widget));
}

static void
undo_delete_cb (AdwToast     *toast,
                SgReviewPage *self)
{
  SgRecord *record = g_object_get_data (G_OBJECT (toast), "record");
  g_autoptr(GError) error = NULL;

  if (!sg_store_restore (self->store, record, &error))
    {
      show_error (self, error);
      return;
    }
  sg_review_page_select (self, record);
}

static void
delete_record_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SgReviewPage *self = SG_REVIEW_PAGE (widget);
  g_autoptr(SgRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *escaped = NULL;
  GtkListBoxRow *row;
  AdwToast *toast;
  int index;

  if (self->selected == NULL)
    return;
  record = g_object_ref (self->selected);
  row = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->list_box));
  index = row != NULL ? gtk_list_box_row_get_index (row) : 0;
  if (!sg_store_remove (self->store, record, &error))
    {
      show_error (self, error);
      return;
    }
  /* The next review moves up into its place. */
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list_box), index);
  if (row == NULL && index > 0)
    row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list_box), index - 1);
  gtk_list_box_select_row (GTK_LIST_BOX (self->list_box), row);
  if (row == NULL)
    selection_changed_cb (self);

  escaped = g_markup_escape_text (sg_record_get_ref (record) ? sg_record_get_ref (record) : "", -1);
  /* Translators: %s is a ref such as R-004 */
  toast = adw_toast_new_format (_("Deleted %s"), escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "record", g_steal_pointer (&record), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, 0);
  show_toast (self, toast);
}

/* GObject */

static void
sg_review_page_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  gtk_widget_measure (SG_REVIEW_PAGE (widget)->leaflet, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
sg_review_page_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  gtk_widget_allocate (SG_REVIEW_PAGE (widget)->leaflet, width, height, baseline, NULL);
}

static void
sg_review_page_dispose (GObject *object)
{
  SgReviewPage *self = SG_REVIEW_PAGE (object);

  if (self->list_box != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->list_box, self);
      gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), NULL, NULL, NULL, NULL);
      self->list_box = NULL;
    }
  if (self->sorted != NULL)
    g_signal_handlers_disconnect_by_data (self->sorted, self);
  g_clear_pointer (&self->leaflet, gtk_widget_unparent);
  if (self->watched != NULL)
    {
      GHashTableIter iter;
      gpointer review, id;

      g_hash_table_iter_init (&iter, self->watched);
      while (g_hash_table_iter_next (&iter, &review, &id))
        g_signal_handler_disconnect (review, GPOINTER_TO_SIZE (id));
      g_clear_pointer (&self->watched, g_hash_table_unref);
    }
  g_clear_object (&self->sorted);
  g_clear_object (&self->selected);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_review_page_parent_class)->dispose (object);
}

static void
sg_review_page_finalize (GObject *object)
{
  g_free (SG_REVIEW_PAGE (object)->today);

  G_OBJECT_CLASS (sg_review_page_parent_class)->finalize (object);
}

static void
sg_review_page_class_init (SgReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  SG_PAGE_CLASS (klass)->sidebar_folded_changed = sg_review_page_sidebar_folded_changed;
  object_class->dispose = sg_review_page_dispose;
  object_class->finalize = sg_review_page_finalize;
  widget_class->measure = sg_review_page_measure;
  widget_class->size_allocate = sg_review_page_size_allocate;

  gtk_widget_class_install_action (widget_class, "page.add-record", NULL, add_record_cb);
  gtk_widget_class_install_action (widget_class, "page.delete-record", NULL, delete_record_cb);
}

static GtkWidget *
new_icon_button (const char *icon,
                 const char *label,
                 const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (action != NULL)
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static GtkWidget *
build_empty_page (void)
{
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Add Review"));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "x-office-document-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Management Reviews"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("A new review has its inputs counted from the register at once."));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "page.add-record");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  adw_status_page_set_child (ADW_STATUS_PAGE (empty), button);
  /* In a narrow column the status page's big icon crowds the words. */
  gtk_widget_add_css_class (empty, "compact");
  return empty;
}

static void
sg_review_page_init (SgReviewPage *self)
{
  GtkWidget *scrolled;
  GtkEventController *shortcuts;

  self->watched = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->leaflet = adw_leaflet_new ();
  adw_leaflet_set_can_navigate_back (ADW_LEAFLET (self->leaflet), TRUE);
  adw_leaflet_set_can_unfold (ADW_LEAFLET (self->leaflet), TRUE);
  gtk_widget_set_parent (self->leaflet, GTK_WIDGET (self));
  g_signal_connect_swapped (self->leaflet, "notify::folded", G_CALLBACK (update_headers), self);

  /* The list */
  self->list_pane = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_size_request (self->list_pane, LIST_WIDTH, -1);
  self->list_header = adw_header_bar_new ();
  self->sidebar_button = new_icon_button ("go-previous-symbolic", _("Back"), "win.show-sidebar");
  adw_header_bar_pack_start (ADW_HEADER_BAR (self->list_header), self->sidebar_button);
  adw_header_bar_pack_start (ADW_HEADER_BAR (self->list_header),
                             new_icon_button ("list-add-symbolic", _("Add Review"), "page.add-record"));
  self->list_title = adw_window_title_new ("", "");
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (self->list_header), self->list_title);
  gtk_box_append (GTK_BOX (self->list_pane), self->list_header);

  self->list_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_SINGLE);
  gtk_widget_add_css_class (self->list_box, "navigation-sidebar");
  g_signal_connect_swapped (self->list_box, "selected-rows-changed", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->list_box, "row-activated", G_CALLBACK (row_activated_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Management reviews"), -1);
  /* Delete deletes only from the list, never while editing a field. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("page.delete-record")));
  gtk_widget_add_controller (self->list_box, shortcuts);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list_box);
  self->list_stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->list_stack, TRUE);
  gtk_stack_add_named (GTK_STACK (self->list_stack), scrolled, "list");
  gtk_stack_add_named (GTK_STACK (self->list_stack), build_empty_page (), "empty");
  gtk_box_append (GTK_BOX (self->list_pane), self->list_stack);
  adw_leaflet_append (ADW_LEAFLET (self->leaflet), self->list_pane);

  adw_leaflet_page_set_navigatable (adw_leaflet_append (ADW_LEAFLET (self->leaflet),
                                                        gtk_separator_new (GTK_ORIENTATION_VERTICAL)),
                                    FALSE);

  /* The review */
  self->detail_pane = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_size_request (self->detail_pane, 360, -1);
  gtk_widget_set_hexpand (self->detail_pane, TRUE);
  self->detail_header = adw_header_bar_new ();
  self->list_button = new_icon_button ("go-previous-symbolic", _("Back"), NULL);
  g_signal_connect_swapped (self->list_button, "clicked", G_CALLBACK (show_list_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (self->detail_header), self->list_button);
  self->detail_title = adw_window_title_new ("", NULL);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (self->detail_header), self->detail_title);
  self->delete_button = new_icon_button ("user-trash-symbolic", _("Delete"), "page.delete-record");
  gtk_widget_set_visible (self->delete_button, FALSE);
  adw_header_bar_pack_end (ADW_HEADER_BAR (self->detail_header), self->delete_button);
  gtk_box_append (GTK_BOX (self->detail_pane), self->detail_header);
  adw_leaflet_append (ADW_LEAFLET (self->leaflet), self->detail_pane);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete-record", FALSE);
}

GtkWidget *
sg_review_page_new (SgStore    *store,
                    const char *title,
                    const char *today)
{
  SgReviewPage *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_REVIEW_PAGE, NULL);
  self->store = g_object_ref (store);
  self->today = g_strdup (today);
  adw_window_title_set_title (ADW_WINDOW_TITLE (self->list_title), title);

  self->editor = sg_review_editor_new (store, today);
  gtk_widget_set_vexpand (self->editor, TRUE);
  gtk_box_append (GTK_BOX (self->detail_pane), self->editor);

  self->sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cb, NULL, NULL));
  self->sorted = gtk_sort_list_model_new (g_object_ref (sg_store_get_records (store, SG_TYPE_MANAGEMENT_REVIEW)),
                                          self->sorter);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), G_LIST_MODEL (self->sorted),
                           create_row_cb, self, NULL);
  g_signal_connect_swapped (self->sorted, "items-changed", G_CALLBACK (records_changed_cb), self);
  watch_reviews (self);
  update_count (self);
  update_headers (self);
  /* The newest review is the one being prepared or just held. */
  if (gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list_box), 0) != NULL)
    gtk_list_box_select_row (GTK_LIST_BOX (self->list_box),
                             gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list_box), 0));
  return GTK_WIDGET (self);
}

GtkWidget *
sg_review_page_get_list (SgReviewPage *self)
{
  g_return_val_if_fail (SG_IS_REVIEW_PAGE (self), NULL);
  return self->list_box;
}

GtkWidget *
sg_review_page_get_editor (SgReviewPage *self)
{
  g_return_val_if_fail (SG_IS_REVIEW_PAGE (self), NULL);
  return self->editor;
}

SgRecord *
sg_review_page_get_selected (SgReviewPage *self)
{
  g_return_val_if_fail (SG_IS_REVIEW_PAGE (self), NULL);
  return self->selected;
}
