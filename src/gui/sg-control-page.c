/* sg-control-page.c: the Statement of Applicability — the controls by theme, their summary, filters, bulk edit
 *
 * Made for going through 93 decisions: the controls in sections by
 * theme, each with its status in words and colour and what the SoA's
 * rules still miss; a summary per theme whose figures filter the list;
 * keys to decide without the mouse; and several controls set at once,
 * undone at once.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-control-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-control-editor.h"
#include "sg-control-page-private.h"
#include "sg-control-row.h"
#include "sg-control.h"
#include "sg-enums.h"
#include "sg-evidence.h"
#include "sg-facet-button.h"
#include "sg-format.h"
#include "sg-person.h"
#include "sg-risk.h"

#define DETAIL_WIDTH 420


G_DEFINE_FINAL_TYPE (SgControlPage, sg_control_page, SG_TYPE_PAGE)


static void queue_refresh (SgControlPage *self);

/* Toasts */

void
sg_control_page_show_toast (SgControlPage *self,
            AdwToast      *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

void
sg_control_page_show_error (SgControlPage *self,
            const GError  *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  sg_control_page_show_toast (self, adw_toast_new (escaped));
}

/* Sections */

static guint
section_order (int section)
{
  return section == SG_SOA_THEME_OWN ? 4 : (guint) CLAMP (section, 0, 3);
}

static char *
dup_section_title (int section)
{
  switch (section)
    {
    case SG_CONTROL_THEME_ORGANIZATIONAL:
      return g_strdup (_("5 Organizational controls"));
    case SG_CONTROL_THEME_PEOPLE:
      return g_strdup (_("6 People controls"));
    case SG_CONTROL_THEME_PHYSICAL:
      return g_strdup (_("7 Physical controls"));
    case SG_CONTROL_THEME_TECHNOLOGICAL:
      return g_strdup (_("8 Technological controls"));
    default:
      return g_strdup (_("The organisation’s own controls"));
    }
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      data)
{
  SgRecord *ra = (SgRecord *) a, *rb = (SgRecord *) b;
  guint sa = section_order (sg_control_row_section_of (ra));
  guint sb = section_order (sg_control_row_section_of (rb));
  int cmp = sa != sb ? (sa < sb ? -1 : 1) : sg_natural_compare (sg_record_get_ref (ra), sg_record_get_ref (rb));

  return cmp < 0 ? GTK_ORDERING_SMALLER : cmp > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
header_cb (GtkListBoxRow *row,
           GtkListBoxRow *before,
           gpointer       data)
{
  int section = sg_control_row_section_of (sg_control_row_get_control (SG_CONTROL_ROW (row)));
  g_autofree char *title = NULL;
  GtkWidget *label;

  if (before != NULL &&
      sg_control_row_section_of (sg_control_row_get_control (SG_CONTROL_ROW (before))) == section)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  label = gtk_list_box_row_get_header (row);
  title = dup_section_title (section);
  if (label != NULL && g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), title) == 0)
    return;
  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "sg-control-section");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_list_box_row_set_header (row, label);
}

/* Filtering */

static SgSoaFlags
control_flags (SgControlPage *self,
               SgRecord      *control)
{
  GDate date;

  g_date_clear (&date, 1);
  if (self->today != NULL)
    g_date_set_parse (&date, self->today);
  return sg_soa_control_flags (self->store, control, g_date_valid (&date) ? &date : NULL);
}

static gboolean
shows (SgControlPage *self,
       SgRecord      *control)
{
  gboolean applicable = sg_record_peek_boolean (control, SG_CONTROL_APPLICABLE);
  SgSoaFlags flags = 0;

  if (self->section != ANY_SECTION && sg_control_row_section_of (control) != self->section)
    return FALSE;
  if (!gtk_filter_match (GTK_FILTER (self->facets), control))
    return FALSE;
  if (self->show >= SG_CONTROL_SHOW_FLAGGED)
    flags = control_flags (self, control);
  switch (self->show)
    {
    case SG_CONTROL_SHOW_ALL:
      return TRUE;
    case SG_CONTROL_SHOW_APPLICABLE:
      return applicable;
    case SG_CONTROL_SHOW_EXCLUDED:
      return !applicable;
    case SG_CONTROL_SHOW_IMPLEMENTED:
      return applicable && sg_soa_control_is_implemented (control);
    case SG_CONTROL_SHOW_FLAGGED:
      return (flags & SG_SOA_FLAGS_PROBLEMS) != 0;
    case SG_CONTROL_SHOW_EXCLUDED_WITHOUT_JUSTIFICATION:
      return (flags & SG_SOA_FLAG_EXCLUDED_WITHOUT_JUSTIFICATION) != 0;
    case SG_CONTROL_SHOW_NOT_IMPLEMENTED:
      return (flags & SG_SOA_FLAG_NOT_IMPLEMENTED) != 0;
    case SG_CONTROL_SHOW_WITHOUT_REASON:
      return (flags & SG_SOA_FLAG_INCLUDED_WITHOUT_REASON) != 0;
    case SG_CONTROL_SHOW_OVERDUE:
      return (flags & SG_SOA_FLAG_IMPLEMENTATION_OVERDUE) != 0;
    case SG_CONTROL_SHOW_EVIDENCE_PROBLEM:
      return (flags & (SG_SOA_FLAG_EVIDENCE_MISSING | SG_SOA_FLAG_EVIDENCE_EXPIRED)) != 0;
    default:
      return TRUE;
    }
}

/* A GtkListBox with a model ignores filter functions: the model filters. */
static gboolean
match_cb (gpointer item,
          gpointer data)
{
  return shows (data, item);
}

static gboolean
is_filtering (SgControlPage *self)
{
  return self->section != ANY_SECTION || self->show != SG_CONTROL_SHOW_ALL ||
         sg_facet_filter_is_active (self->facets);
}

static void
update_count (SgControlPage *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  guint shown = sg_control_page_get_n_shown (self);

  g_free (self->count_text);
  if (is_filtering (self))
    /* Translators: while filtering, e.g. "12 of 93 controls" */
    self->count_text = g_strdup_printf (ngettext ("%u of %u control", "%u of %u controls", total),
                                        shown, total);
  else
    self->count_text = g_strdup_printf (ngettext ("%u control", "%u controls", total), total);
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->list_title), self->count_text);
  if (is_filtering (self))
    gtk_widget_add_css_class (self->show_button, "accent");
  else
    gtk_widget_remove_css_class (self->show_button, "accent");
}

void
sg_control_page_set_show (SgControlPage *self,
                          int            section,
                          SgControlShow  show)
{
  g_return_if_fail (SG_IS_CONTROL_PAGE (self));
  g_return_if_fail (show <= SG_CONTROL_SHOW_EVIDENCE_PROBLEM);

  self->section = section;
  self->show = show;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "soa.show-all", is_filtering (self));
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

/* The summary */

static void
summary_clicked_cb (GtkButton *button,
                    gpointer   data)
{
  SgControlPage *self = SG_CONTROL_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (button), SG_TYPE_CONTROL_PAGE));
  int packed = GPOINTER_TO_INT (data);

  sg_facet_filter_clear (self->facets);
  sg_control_page_set_show (self, packed / 16 - 2, packed % 16);
}

static char *
dup_short_section_title (int section)
{
  switch (section)
    {
    case SG_CONTROL_THEME_ORGANIZATIONAL:
      return g_strdup (_("5 Organizational"));
    case SG_CONTROL_THEME_PEOPLE:
      return g_strdup (_("6 People"));
    case SG_CONTROL_THEME_PHYSICAL:
      return g_strdup (_("7 Physical"));
    case SG_CONTROL_THEME_TECHNOLOGICAL:
      return g_strdup (_("8 Technological"));
    default:
      return g_strdup (_("Own controls"));
    }
}

static void
add_figure (SgControlPage *self,
            int            row,
            int            column,
            int            section,
            SgControlShow  show,
            const char    *text,
            const char    *description,
            gboolean       flagged)
{
  GtkWidget *button = gtk_button_new_with_label (text);
  g_autofree char *title = dup_short_section_title (section);
  /* Translators: a summary figure's name for screen readers, e.g. "5 Organizational: 30 applicable" */
  g_autofree char *label = g_strdup_printf (_("%s: %s %s"), title, text, description);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "sg-summary-figure");
  if (flagged)
    gtk_widget_add_css_class (button, "sg-summary-flagged");
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* Section and figure in one pointer: no closure to free. */
  g_signal_connect (button, "clicked", G_CALLBACK (summary_clicked_cb),
                    GINT_TO_POINTER ((section + 2) * 16 + (int) show));
  gtk_grid_attach (GTK_GRID (self->summary_box), button, column, row, 1, 1);
}

static void
add_summary_label (SgControlPage *self,
                   int            row,
                   int            column,
                   const char    *text,
                   const char    *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
  gtk_widget_add_css_class (label, css_class);
  gtk_grid_attach (GTK_GRID (self->summary_box), label, column, row, 1, 1);
}

/* A small table: a row per theme, a column per figure; every figure a
 * button that filters the list to what it counts. */
static void
update_summary (SgControlPage *self)
{
  g_autoptr(GArray) summary = NULL;
  GtkWidget *child;
  GDate date;
  int row = 1;

  while ((child = gtk_widget_get_first_child (self->summary_box)) != NULL)
    gtk_grid_remove (GTK_GRID (self->summary_box), child);

  g_date_clear (&date, 1);
  if (self->today != NULL)
    g_date_set_parse (&date, self->today);
  summary = sg_soa_summarise (self->store, g_date_valid (&date) ? &date : NULL);
  add_summary_label (self, 0, 1, _("Applicable"), "caption-heading");
  add_summary_label (self, 0, 2, _("Excluded"), "caption-heading");
  add_summary_label (self, 0, 3, _("Implemented"), "caption-heading");
  add_summary_label (self, 0, 4, _("To look at"), "caption-heading");
  for (guint i = 0; i < summary->len; i++)
    {
      SgSoaThemeSummary *s = &g_array_index (summary, SgSoaThemeSummary, i);
      g_autofree char *title = NULL;
      g_autofree char *applicable = NULL;
      g_autofree char *excluded = NULL;
      g_autofree char *implemented = NULL;
      g_autofree char *flagged = NULL;
      guint share;

      if (s->n_controls == 0)
        continue;
      title = dup_short_section_title (s->theme);
      add_summary_label (self, row, 0, title, "sg-summary-heading");
      share = s->n_applicable > 0 ? (s->n_implemented * 100 + s->n_applicable / 2) / s->n_applicable : 0;
      applicable = g_strdup_printf ("%u", s->n_applicable);
      excluded = g_strdup_printf ("%u", s->n_excluded);
      /* Translators: the share of applicable controls implemented, "81 %" */
      implemented = g_strdup_printf (_("%u %%"), share);
      flagged = g_strdup_printf ("%u", s->n_flagged);
      add_figure (self, row, 1, s->theme, SG_CONTROL_SHOW_APPLICABLE, applicable, _("applicable"), FALSE);
      add_figure (self, row, 2, s->theme, SG_CONTROL_SHOW_EXCLUDED, excluded, _("excluded"), FALSE);
      add_figure (self, row, 3, s->theme, SG_CONTROL_SHOW_IMPLEMENTED, implemented, _("implemented"), FALSE);
      add_figure (self, row, 4, s->theme, SG_CONTROL_SHOW_FLAGGED, flagged, _("to look at"), s->n_flagged > 0);
      row++;
    }
}

/* Refreshing after edits */

void
sg_control_page_refresh (SgControlPage *self)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  int first_index = -1;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->filter == NULL)
    return;
  before = sg_control_page_get_selection (self);
  if (before->len > 0)
    {
      SgControlRow *row = sg_control_page_find_row (self, before->pdata[0]);

      first_index = row ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : -1;
    }
  for (GtkWidget *row = gtk_widget_get_first_child (self->list_box);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SG_IS_CONTROL_ROW (row))
      sg_control_row_update (SG_CONTROL_ROW (row), self->today);
  update_summary (self);
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_list_box_invalidate_headers (GTK_LIST_BOX (self->list_box));
  update_count (self);

  /* A decision that takes a control out of the filtered list moves on to
   * the one that took its place, so the keyboard carries on. */
  after = sg_control_page_get_selection (self);
  if (before->len == 1 && after->len == 0 && first_index >= 0)
    {
      GtkListBoxRow *next = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list_box), first_index);

      if (next == NULL && first_index > 0)
        next = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list_box), first_index - 1);
      if (next != NULL)
        sg_control_page_select_row (self, SG_CONTROL_ROW (next));
    }
}

static gboolean
refresh_cb (gpointer data)
{
  SgControlPage *self = data;

  self->refresh_id = 0;
  sg_control_page_refresh (self);
  return G_SOURCE_REMOVE;
}

/* Many edits at once (a bulk edit, a sample load) refresh once. */
static void
queue_refresh (SgControlPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_cb, self, NULL);
}

static void
control_notify_cb (SgControlPage *self)
{
  queue_refresh (self);
}

/* Every control, shown or filtered out: an edit may bring it into the
 * filter, or change the summary. */
static void
watch_controls (SgControlPage *self)
{
  GListModel *records = sg_store_get_records (self->store, SG_TYPE_CONTROL);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(SgRecord) control = g_list_model_get_item (records, i);
      gulong id;

      if (g_hash_table_contains (self->watched, control))
        continue;
      id = g_signal_connect_swapped (control, "notify", G_CALLBACK (control_notify_cb), self);
      g_hash_table_insert (self->watched, g_object_ref (control), GSIZE_TO_POINTER (id));
    }
}

static void
records_changed_cb (SgControlPage *self)
{
  watch_controls (self);
  queue_refresh (self);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer data)
{
  SgControlPage *self = data;
  GtkWidget *row = sg_control_row_new (self->store, item);

  sg_control_row_update (SG_CONTROL_ROW (row), self->today);
  sg_control_row_set_narrow (SG_CONTROL_ROW (row), self->narrow);
  return row;
}

/* Selection and the detail */

GPtrArray *
sg_control_page_get_selection (SgControlPage *self)
{
  GPtrArray *selection;

  g_return_val_if_fail (SG_IS_CONTROL_PAGE (self), NULL);

  selection = g_ptr_array_new ();
  for (GtkWidget *row = gtk_widget_get_first_child (self->list_box);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SG_IS_CONTROL_ROW (row) && gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (row)))
      g_ptr_array_add (selection, sg_control_row_get_control (SG_CONTROL_ROW (row)));
  return selection;
}

static void
update_detail_title (SgControlPage *self,
                     SgRecord      *control)
{
  adw_window_title_set_title (ADW_WINDOW_TITLE (self->detail_title),
                              control != NULL ? sg_record_get_ref (control) : "");
}

static void
selection_changed_cb (SgControlPage *self)
{
  g_autoptr(GPtrArray) selection = sg_control_page_get_selection (self);
  SgRecord *one = selection->len == 1 ? selection->pdata[0] : NULL;
  gboolean removable = one != NULL && sg_store_can_remove (self->store, one, NULL);

  if (selection->len > 1)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u control selected", "%u controls selected",
                                                         selection->len), selection->len);

      adw_status_page_set_title (ADW_STATUS_PAGE (self->multi_page), text);
      gtk_label_set_text (GTK_LABEL (self->bulk_label), text);
      gtk_stack_set_visible_child_name (GTK_STACK (self->detail_stack), "multi");
      sg_control_editor_set_record (SG_CONTROL_EDITOR (self->editor), NULL);
    }
  else
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->detail_stack), "editor");
      sg_control_editor_set_record (SG_CONTROL_EDITOR (self->editor), one);
    }
  update_detail_title (self, one);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->bulk_revealer), selection->len > 1);
  /* Annex A controls are answered for, not deleted: not even offered. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete-record", removable);
  gtk_widget_set_visible (self->delete_button, removable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "soa.set-status", selection->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "soa.set-applicable", selection->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "soa.set-owner", selection->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "soa.add-reason", selection->len > 0);
}

void
sg_control_page_show_detail (SgControlPage *self)
{
  if (adw_leaflet_get_folded (ADW_LEAFLET (self->leaflet)))
    adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->detail_clamp);
}

static void
row_activated_cb (SgControlPage *self)
{
  sg_control_page_show_detail (self);
}

static void
show_list_cb (SgControlPage *self)
{
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->list_pane);
}

SgControlRow *
sg_control_page_find_row (SgControlPage *self,
          SgRecord      *control)
{
  for (GtkWidget *row = gtk_widget_get_first_child (self->list_box);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SG_IS_CONTROL_ROW (row) && sg_control_row_get_control (SG_CONTROL_ROW (row)) == control)
      return SG_CONTROL_ROW (row);
  return NULL;
}

void
sg_control_page_select_row (SgControlPage *self,
            SgControlRow  *row)
{
  gtk_list_box_unselect_all (GTK_LIST_BOX (self->list_box));
  gtk_list_box_select_row (GTK_LIST_BOX (self->list_box), GTK_LIST_BOX_ROW (row));
  /* The keyboard carries on from here. */
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

void
sg_control_page_select (SgControlPage *self,
                        SgRecord      *control)
{
  SgControlRow *row;

  g_return_if_fail (SG_IS_CONTROL_PAGE (self));

  if (control == NULL)
    {
      gtk_list_box_unselect_all (GTK_LIST_BOX (self->list_box));
      return;
    }
  sg_control_page_refresh (self);
  /* Opened from elsewhere but filtered out: show everything instead. */
  if (!shows (self, control))
    {
      sg_facet_filter_clear (self->facets);
      sg_control_page_set_show (self, ANY_SECTION, SG_CONTROL_SHOW_ALL);
    }
  row = sg_control_page_find_row (self, control);
  if (row != NULL)
    sg_control_page_select_row (self, row);
}

/* Layout: wide, the list beside the detail; narrow, one at a time. */

static void
update_headers (SgControlPage *self)
{
  gboolean folded = adw_leaflet_get_folded (ADW_LEAFLET (self->leaflet));
  gboolean sidebar_folded = sg_page_get_sidebar_folded (SG_PAGE (self));

  gtk_widget_set_visible (self->sidebar_button, sidebar_folded);
  gtk_widget_set_visible (self->list_button, folded);
  adw_clamp_set_maximum_size (ADW_CLAMP (self->detail_clamp), folded ? G_MAXINT : DETAIL_WIDTH);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (self->detail_clamp), folded ? G_MAXINT : DETAIL_WIDTH);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (self->list_header), sidebar_folded);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (self->list_header), folded);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (self->detail_header),
                                               folded && sidebar_folded);
}

static void
sg_control_page_sidebar_folded_changed (SgPage *page)
{
  update_headers (SG_CONTROL_PAGE (page));
}

static void
set_narrow (SgControlPage *self,
            gboolean       narrow)
{
  if (self->narrow == narrow)
    return;
  self->narrow = narrow;
  for (GtkWidget *row = gtk_widget_get_first_child (self->list_box);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SG_IS_CONTROL_ROW (row))
      sg_control_row_set_narrow (SG_CONTROL_ROW (row), narrow);
  gtk_widget_set_visible (self->summary_scroller, !narrow);
}

static void
folded_changed_cb (SgControlPage *self)
{
  update_headers (self);
}

static void
sg_control_page_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  gtk_widget_measure (SG_CONTROL_PAGE (widget)->leaflet, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
sg_control_page_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  SgControlPage *self = SG_CONTROL_PAGE (widget);

  gtk_widget_allocate (self->leaflet, width, height, baseline, NULL);
  /* The list's own width decides: beside the detail or alone. */
  set_narrow (self, adw_leaflet_get_folded (ADW_LEAFLET (self->leaflet)) ? width < 600
                                                                           : width - DETAIL_WIDTH < 600);
}

static void
map_cb (SgControlPage *self)
{
  /* A risk page may have linked or unlinked a control meanwhile. */
  sg_control_page_refresh (self);
}

static void
bulk_revealed_cb (SgControlPage *self)
{
  if (gtk_revealer_get_reveal_child (GTK_REVEALER (self->bulk_revealer)))
    sg_control_page_update_owner_menu (self);
}

/* GObject */

static void
sg_control_page_dispose (GObject *object)
{
  SgControlPage *self = SG_CONTROL_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_func (sg_store_get_records (self->store, SG_TYPE_EVIDENCE),
                                            queue_refresh, self);
      g_signal_handlers_disconnect_by_func (sg_store_get_records (self->store, SG_TYPE_RISK),
                                            queue_refresh, self);
    }
  if (self->facets != NULL)
    g_signal_handlers_disconnect_by_func (self->facets, sg_control_page_refresh, self);
  /* The list's rows go with it and would report an empty selection to a
   * page half gone. */
  if (self->list_box != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->list_box, self);
      gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), NULL, NULL, NULL, NULL);
      self->list_box = NULL;
    }
  g_clear_pointer (&self->leaflet, gtk_widget_unparent);
  if (self->watched != NULL)
    {
      GHashTableIter iter;
      gpointer control, id;

      g_hash_table_iter_init (&iter, self->watched);
      while (g_hash_table_iter_next (&iter, &control, &id))
        g_signal_handler_disconnect (control, GPOINTER_TO_SIZE (id));
      g_clear_pointer (&self->watched, g_hash_table_unref);
    }
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorted);
  g_clear_object (&self->facets);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_control_page_parent_class)->dispose (object);
}

static void
sg_control_page_finalize (GObject *object)
{
  SgControlPage *self = SG_CONTROL_PAGE (object);

  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->count_text, g_free);

  G_OBJECT_CLASS (sg_control_page_parent_class)->finalize (object);
}

static void
sg_control_page_class_init (SgControlPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  SG_PAGE_CLASS (klass)->sidebar_folded_changed = sg_control_page_sidebar_folded_changed;
  object_class->dispose = sg_control_page_dispose;
  object_class->finalize = sg_control_page_finalize;
  widget_class->measure = sg_control_page_measure;
  widget_class->size_allocate = sg_control_page_size_allocate;

  sg_control_page_install_actions (widget_class);
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

static void
sg_control_page_init (SgControlPage *self)
{
  GtkWidget *scrolled, *detail_pane, *list_clamp;
  GtkEventController *shortcuts;
  g_autoptr(GMenuModel) show_menu = sg_control_page_new_show_menu ();

  self->section = ANY_SECTION;
  self->watched = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->leaflet = adw_leaflet_new ();
  adw_leaflet_set_can_navigate_back (ADW_LEAFLET (self->leaflet), TRUE);
  adw_leaflet_set_can_unfold (ADW_LEAFLET (self->leaflet), TRUE);
  gtk_widget_set_parent (self->leaflet, GTK_WIDGET (self));
  g_signal_connect_swapped (self->leaflet, "notify::folded", G_CALLBACK (folded_changed_cb), self);

  /* The list */
  self->list_pane = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (self->list_pane, TRUE);
  gtk_widget_set_size_request (self->list_pane, 340, -1);
  self->list_header = adw_header_bar_new ();
  self->sidebar_button = new_icon_button ("go-previous-symbolic", _("Back"), "win.show-sidebar");
  adw_header_bar_pack_start (ADW_HEADER_BAR (self->list_header), self->sidebar_button);
  adw_header_bar_pack_start (ADW_HEADER_BAR (self->list_header),
                             new_icon_button ("list-add-symbolic", _("Add Own Control"), "page.add-record"));
  self->list_title = adw_window_title_new ("", "");
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (self->list_header), self->list_title);
  self->show_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->show_button), "dialog-warning-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->show_button), show_menu);
  gtk_widget_set_tooltip_text (self->show_button, _("What to Look At"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->show_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What to Look At"), -1);
  adw_header_bar_pack_end (ADW_HEADER_BAR (self->list_header), self->show_button);
  gtk_box_append (GTK_BOX (self->list_pane), self->list_header);

  self->summary_box = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (self->summary_box), 12);
  gtk_widget_add_css_class (self->summary_box, "sg-summary");
  self->summary_scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->summary_scroller),
                                  GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->summary_scroller), self->summary_box);
  gtk_box_append (GTK_BOX (self->list_pane), self->summary_scroller);

  self->list_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_MULTIPLE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (self->list_box), FALSE);
  gtk_widget_add_css_class (self->list_box, "sg-control-list");
  gtk_list_box_set_header_func (GTK_LIST_BOX (self->list_box), header_cb, self, NULL);
  g_signal_connect_swapped (self->list_box, "selected-rows-changed", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->list_box, "row-activated", G_CALLBACK (row_activated_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Controls"), -1);
  /* Delete deletes only from the list, never while editing a field. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("page.delete-record")));
  gtk_widget_add_controller (self->list_box, shortcuts);
  list_clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (list_clamp), 1100);
  adw_clamp_set_child (ADW_CLAMP (list_clamp), self->list_box);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list_clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (self->list_pane), scrolled);

  self->bulk_revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (self->bulk_revealer), GTK_REVEALER_TRANSITION_TYPE_SLIDE_UP);
  gtk_revealer_set_child (GTK_REVEALER (self->bulk_revealer), sg_control_page_build_bulk_bar (self));
  g_signal_connect_swapped (self->bulk_revealer, "notify::reveal-child", G_CALLBACK (bulk_revealed_cb), self);
  gtk_box_append (GTK_BOX (self->list_pane), self->bulk_revealer);
  adw_leaflet_append (ADW_LEAFLET (self->leaflet), self->list_pane);

  adw_leaflet_page_set_navigatable (adw_leaflet_append (ADW_LEAFLET (self->leaflet),
                                                        gtk_separator_new (GTK_ORIENTATION_VERTICAL)),
                                    FALSE);

  /* The detail */
  detail_pane = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_size_request (detail_pane, 360, -1);
  self->detail_header = adw_header_bar_new ();
  self->list_button = new_icon_button ("go-previous-symbolic", _("Back"), NULL);
  g_signal_connect_swapped (self->list_button, "clicked", G_CALLBACK (show_list_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (self->detail_header), self->list_button);
  self->detail_title = adw_window_title_new ("", NULL);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (self->detail_header), self->detail_title);
  self->delete_button = new_icon_button ("user-trash-symbolic", _("Delete"), "page.delete-record");
  gtk_widget_set_visible (self->delete_button, FALSE);
  adw_header_bar_pack_end (ADW_HEADER_BAR (self->detail_header), self->delete_button);
  gtk_box_append (GTK_BOX (detail_pane), self->detail_header);
  self->detail_stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->detail_stack, TRUE);
  self->multi_page = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->multi_page), "edit-select-all-symbolic");
  adw_status_page_set_description (ADW_STATUS_PAGE (self->multi_page),
                                   _("Set their status, owner, applicability or a reason with the bar below the list; one Undo takes it all back."));
  gtk_stack_add_named (GTK_STACK (self->detail_stack), self->multi_page, "multi");
  gtk_box_append (GTK_BOX (detail_pane), self->detail_stack);
  self->detail_clamp = adw_clamp_new ();
  adw_clamp_set_child (ADW_CLAMP (self->detail_clamp), detail_pane);
  adw_leaflet_append (ADW_LEAFLET (self->leaflet), self->detail_clamp);

  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete-record", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "soa.show-all", FALSE);
}

GtkWidget *
sg_control_page_new (SgStore    *store,
                     const char *title,
                     const char *today)
{
  SgControlPage *self;
  GListModel *records;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_CONTROL_PAGE, NULL);
  self->store = g_object_ref (store);
  self->today = g_strdup (today);
  adw_window_title_set_title (ADW_WINDOW_TITLE (self->list_title), title);

  self->facets = sg_facet_filter_new (store, SG_TYPE_CONTROL);
  g_signal_connect_swapped (self->facets, "changed", G_CALLBACK (sg_control_page_refresh), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (self->list_header), sg_facet_button_new (self->facets));

  self->editor = sg_control_editor_new (store, today);
  g_signal_connect_swapped (self->editor, "changed", G_CALLBACK (queue_refresh), self);
  gtk_stack_add_named (GTK_STACK (self->detail_stack), self->editor, "editor");
  gtk_stack_set_visible_child_name (GTK_STACK (self->detail_stack), "editor");

  records = sg_store_get_records (store, SG_TYPE_CONTROL);
  self->sorted = gtk_sort_list_model_new (g_object_ref (records),
                                          GTK_SORTER (gtk_custom_sorter_new (compare_cb, NULL, NULL)));
  self->filter = GTK_FILTER (gtk_custom_filter_new (match_cb, self, NULL));
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted)),
                                              g_object_ref (self->filter));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), G_LIST_MODEL (self->filtered),
                           create_row_cb, self, NULL);
  g_signal_connect_swapped (self->sorted, "items-changed", G_CALLBACK (records_changed_cb), self);
  watch_controls (self);
  g_signal_connect_swapped (sg_store_get_records (store, SG_TYPE_EVIDENCE), "items-changed",
                            G_CALLBACK (queue_refresh), self);
  g_signal_connect_swapped (sg_store_get_records (store, SG_TYPE_RISK), "items-changed",
                            G_CALLBACK (queue_refresh), self);
  sg_control_page_refresh (self);
  update_headers (self);
  selection_changed_cb (self);
  return GTK_WIDGET (self);
}

SgFacetFilter *
sg_control_page_get_facet_filter (SgControlPage *self)
{
  g_return_val_if_fail (SG_IS_CONTROL_PAGE (self), NULL);

  return self->facets;
}

const char *
sg_control_page_get_count_text (SgControlPage *self)
{
  g_return_val_if_fail (SG_IS_CONTROL_PAGE (self), NULL);

  return self->count_text;
}

guint
sg_control_page_get_n_shown (SgControlPage *self)
{
  g_return_val_if_fail (SG_IS_CONTROL_PAGE (self), 0);

  return self->filtered ? g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) : 0;
}

GtkWidget *
sg_control_page_get_list (SgControlPage *self)
{
  g_return_val_if_fail (SG_IS_CONTROL_PAGE (self), NULL);

  return self->list_box;
}

GtkWidget *
sg_control_page_get_editor (SgControlPage *self)
{
  g_return_val_if_fail (SG_IS_CONTROL_PAGE (self), NULL);

  return self->editor;
}
