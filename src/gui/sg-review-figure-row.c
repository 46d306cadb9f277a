/* sg-review-figure-row.c: one figure of a management review's inputs — now, at the previous review, the trend, the records behind it
 *
 * A board reads the figure and how it moved; the ISMS manager is asked
 * "which ones?", so every figure opens the list of the records it
 * counted. A frozen figure keeps their refs: a record deleted since is
 * named and said to be gone, not silently dropped.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-review-figure-row"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sg-review-figure-row.h"
#include "sg-window.h"

struct _SgReviewFigureRow
{
  AdwActionRow  parent_instance;

  GtkWidget    *value_label;
  GtkWidget    *trend_label;
  GtkWidget    *records_button;
  GtkWidget    *popover;
  GtkWidget    *record_list;

  SgStore      *store;
  char         *key;
  char         *value_text;
  char         *trend_text;
  GArray       *records;   /* SgReviewRecordRef: what it counts, copied */
  GPtrArray    *shown;     /* SgRecord* or NULL, one per row of record_list */
};

G_DEFINE_FINAL_TYPE (SgReviewFigureRow, sg_review_figure_row, ADW_TYPE_ACTION_ROW)

/* "Previous review: 9, up 3", with an arrow beside the figure: the trend
 * is said in words, not left to a colour or a sign. */
static void
set_trend (SgReviewFigureRow    *self,
           const SgReviewFigure *figure,
           gboolean              compared)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *arrow = "";
  const char *arrow_words = NULL;

  /* Without a previous review to compare with, the view says so once. */
  if (!compared)
    ;
  else if (isnan (figure->previous))
    g_string_append (text, _("Not counted at the previous review"));
  else
    {
      g_autofree char *previous = sg_review_figure_format_value (figure->previous);
      double change = figure->value - figure->previous;
      g_autofree char *amount = sg_review_figure_format_value (fabs (change));

      if (fabs (change) < 1e-9)
        {
          /* Translators: a figure at the previous management review and its trend */
          g_string_append_printf (text, _("Previous review: %s, unchanged"), previous);
          arrow = "→";
          arrow_words = _("unchanged");
        }
      else if (change > 0)
        {
          /* Translators: a figure at the previous management review and how much it rose */
          g_string_append_printf (text, _("Previous review: %s, up %s"), previous, amount);
          arrow = "↑";
          arrow_words = _("up");
        }
      else
        {
          /* Translators: a figure at the previous management review and how much it fell */
          g_string_append_printf (text, _("Previous review: %s, down %s"), previous, amount);
          arrow = "↓";
          arrow_words = _("down");
        }
    }
  if (!isnan (figure->target))
    {
      g_autofree char *target = sg_review_figure_format_value (figure->target);

      if (text->len > 0)
        g_string_append (text, " · ");
      /* Translators: an objective's target, "Target: 95" */
      g_string_append_printf (text, _("Target: %s"), target);
    }
  self->trend_text = g_string_free (g_steal_pointer (&text), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), self->trend_text);
  gtk_label_set_text (GTK_LABEL (self->trend_label), arrow);
  gtk_widget_set_visible (self->trend_label, *arrow != '\0');
  if (arrow_words != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->trend_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    arrow_words, -1);
}

/* The records behind the figure */

static void
record_activated_cb (SgReviewFigureRow *self,
                     GtkListBoxRow     *row)
{
  int index = gtk_list_box_row_get_index (row);
  SgRecord *record;
  GtkRoot *root;

  if (index < 0 || (guint) index >= self->shown->len || (record = self->shown->pdata[index]) == NULL)
    return;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  gtk_popover_popdown (GTK_POPOVER (self->popover));
  if (SG_IS_WINDOW (root))
    sg_window_show_record (SG_WINDOW (root), record);
}

static void
clear_record_ref (gpointer data)
{
  SgReviewRecordRef *ref = data;

  g_free (ref->table);
  g_free (ref->ref);
}

/* Filled each time it opens: a record may have been renamed or deleted. */
static void
fill_records (SgReviewFigureRow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->record_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->record_list), child);
  g_ptr_array_set_size (self->shown, 0);
  for (guint i = 0; i < self->records->len; i++)
    {
      const SgReviewRecordRef *ref = &g_array_index (self->records, SgReviewRecordRef, i);
      SgRecord *record = sg_review_record_ref_find (self->store, ref);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ref->ref);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      if (record != NULL)
        {
          g_autofree char *name = sg_record_dup_display_name (record);
          const char *record_ref = sg_record_get_ref (record);

          /* The display name starts with the ref, the row's title. */
          if (record_ref != NULL && g_str_has_prefix (name, record_ref))
            adw_action_row_set_subtitle (ADW_ACTION_ROW (row), g_strstrip (name + strlen (record_ref)));
          else
            adw_action_row_set_subtitle (ADW_ACTION_ROW (row), name);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
        }
      else
        {
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("No longer in the register"));
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
          gtk_widget_add_css_class (row, "dim-label");
        }
      gtk_list_box_append (GTK_LIST_BOX (self->record_list), row);
      g_ptr_array_add (self->shown, record != NULL ? g_object_ref (record) : NULL);
    }
}

GtkWidget *
sg_review_figure_row_show_records (SgReviewFigureRow *self)
{
  g_return_val_if_fail (SG_IS_REVIEW_FIGURE_ROW (self), NULL);

  if (self->records->len == 0)
    return NULL;
  /* Opened from elsewhere than a click: the row comes into view first,
   * so that the list points at it. */
  gtk_widget_grab_focus (self->records_button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (self->records_button));
  return self->record_list;
}

/* GObject */

static void
free_record (gpointer record)
{
  if (record != NULL)
    g_object_unref (record);
}

static void
sg_review_figure_row_dispose (GObject *object)
{
  SgReviewFigureRow *self = SG_REVIEW_FIGURE_ROW (object);

  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_review_figure_row_parent_class)->dispose (object);
}

static void
sg_review_figure_row_finalize (GObject *object)
{
  SgReviewFigureRow *self = SG_REVIEW_FIGURE_ROW (object);

  g_free (self->key);
  g_free (self->value_text);
  g_free (self->trend_text);
  g_clear_pointer (&self->records, g_array_unref);

  G_OBJECT_CLASS (sg_review_figure_row_parent_class)->finalize (object);
}

static void
sg_review_figure_row_class_init (SgReviewFigureRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sg_review_figure_row_dispose;
  object_class->finalize = sg_review_figure_row_finalize;
}

static void
sg_review_figure_row_init (SgReviewFigureRow *self)
{
  GtkWidget *scrolled;

  self->shown = g_ptr_array_new_with_free_func (free_record);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 0);

  self->trend_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->trend_label, "sg-review-trend");
  gtk_widget_set_valign (self->trend_label, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->trend_label);
  self->value_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->value_label, "sg-review-figure");
  gtk_widget_set_valign (self->value_label, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (self->value_label), 1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->value_label);

  self->record_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->record_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->record_list, "boxed-list");
  g_signal_connect_swapped (self->record_list, "row-activated", G_CALLBACK (record_activated_cb), self);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->record_list);
  gtk_widget_set_size_request (scrolled, 280, -1);
  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), scrolled);
  g_signal_connect_swapped (self->popover, "show", G_CALLBACK (fill_records), self);
  /* The row opens the list through this button: keyboard and screen
   * readers reach it as a button that says what it shows. */
  self->records_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->records_button), "go-next-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->records_button), self->popover);
  gtk_widget_add_css_class (self->records_button, "flat");
  gtk_widget_set_valign (self->records_button, GTK_ALIGN_CENTER);
  /* Kept in its place when there is nothing to show, so that the
   * figures of a heading stand in one column. */
  gtk_widget_set_opacity (self->records_button, 0);
  gtk_widget_set_sensitive (self->records_button, FALSE);
  gtk_widget_set_can_target (self->records_button, FALSE);
  gtk_widget_set_focusable (self->records_button, FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->records_button);
}

GtkWidget *
sg_review_figure_row_new (SgStore              *store,
                          const SgReviewFigure *figure,
                          gboolean              compared)
{
  SgReviewFigureRow *self;
  g_autofree char *description = NULL;
  guint n;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (figure != NULL, NULL);

  self = g_object_new (SG_TYPE_REVIEW_FIGURE_ROW, NULL);
  self->store = g_object_ref (store);
  self->key = g_strdup (figure->key);
  n = figure->records ? figure->records->len : 0;
  self->records = g_array_sized_new (FALSE, TRUE, sizeof (SgReviewRecordRef), n);
  g_array_set_clear_func (self->records, clear_record_ref);
  for (guint i = 0; i < n; i++)
    {
      const SgReviewRecordRef *ref = &g_array_index (figure->records, SgReviewRecordRef, i);
      SgReviewRecordRef copy = { g_strdup (ref->table ? ref->table : ""), g_strdup (ref->ref ? ref->ref : "") };

      g_array_append_val (self->records, copy);
    }

  description = sg_review_figure_describe (figure);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), description ? description : figure->key);
  self->value_text = sg_review_figure_format_value (figure->value);
  gtk_label_set_text (GTK_LABEL (self->value_label), self->value_text);
  set_trend (self, figure, compared);
  if (n > 0)
    {
      /* Translators: a button beside a review's figure */
      g_autofree char *label = g_strdup_printf (ngettext ("Show the %u record it counts",
                                                          "Show the %u records it counts", n), n);

      gtk_widget_set_opacity (self->records_button, 1);
      gtk_widget_set_sensitive (self->records_button, TRUE);
      gtk_widget_set_can_target (self->records_button, TRUE);
      gtk_widget_set_focusable (self->records_button, TRUE);
      gtk_widget_set_tooltip_text (self->records_button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->records_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), self->records_button);
    }
  return GTK_WIDGET (self);
}

void
sg_review_figure_row_set_history (SgReviewFigureRow *self,
                                  GArray            *values)
{
  g_autoptr(GString) text = NULL;
  g_autofree char *subtitle = NULL;

  g_return_if_fail (SG_IS_REVIEW_FIGURE_ROW (self));

  if (values == NULL || values->len < 2)
    return;
  text = g_string_new (NULL);
  for (guint i = 0; i < values->len; i++)
    {
      g_autofree char *value = sg_review_figure_format_value (g_array_index (values, double, i));

      g_string_append_printf (text, "%s%s", i > 0 ? " → " : "", value);
    }
  /* Translators: a figure at the last reviews, oldest first, "3 → 5 → 2" */
  subtitle = g_strdup_printf (_("%s\nLast reviews: %s"), self->trend_text, text->str);
  g_free (self->trend_text);
  self->trend_text = g_steal_pointer (&subtitle);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), self->trend_text);
}

const char *
sg_review_figure_row_get_key (SgReviewFigureRow *self)
{
  g_return_val_if_fail (SG_IS_REVIEW_FIGURE_ROW (self), NULL);

  return self->key;
}

const char *
sg_review_figure_row_get_value_text (SgReviewFigureRow *self)
{
  g_return_val_if_fail (SG_IS_REVIEW_FIGURE_ROW (self), NULL);

  return self->value_text;
}

const char *
sg_review_figure_row_get_trend_text (SgReviewFigureRow *self)
{
  g_return_val_if_fail (SG_IS_REVIEW_FIGURE_ROW (self), NULL);

  return self->trend_text;
}

guint
sg_review_figure_row_get_n_records (SgReviewFigureRow *self)
{
  g_return_val_if_fail (SG_IS_REVIEW_FIGURE_ROW (self), 0);

  return self->records->len;
}
