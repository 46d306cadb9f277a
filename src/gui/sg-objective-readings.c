/* sg-objective-readings.c: an objective's readings in its detail pane — what they suggest, their trend, each reading
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-objective-readings"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "sg-date-row.h"
#include "sg-field-binding.h"
#include "sg-field-codec.h"
#include "sg-objective-chart-view.h"
#include "sg-objective-progress.h"
#include "sg-objective-reading.h"
#include "sg-objective-readings.h"
#include "sg-objective.h"
#include "sg-settings.h"

struct _SgObjectiveReadings
{
  AdwPreferencesGroup  parent_instance;

  SgStore             *store;
  SgRecord            *objective;
  GtkWidget           *summary;
  GtkWidget           *chart;
  GtkWidget           *list_box;
  GtkWidget           *popover;
  GtkWidget           *date_row;
  GtkWidget           *value_row;
  GtkWidget           *note_row;
  GtkWidget           *form_error;
  GtkFilter           *filter;   /* owned by the filter model */
  GtkSorter           *sorter;   /* owned by the sort model */
  GtkSortListModel    *shown;
  char                *summary_text;
};

G_DEFINE_FINAL_TYPE (SgObjectiveReadings, sg_objective_readings, ADW_TYPE_PREFERENCES_GROUP)

static double
reading_value (SgRecord *reading)
{
  const GValue *value = sg_record_peek_value (reading, g_object_class_find_property (G_OBJECT_GET_CLASS (reading),
                                                                                     SG_OBJECTIVE_READING_VALUE));

  return value != NULL && G_VALUE_HOLDS_DOUBLE (value) ? g_value_get_double (value) : NAN;
}

static gboolean
match_cb (gpointer item,
          gpointer data)
{
  SgObjectiveReadings *self = data;

  return self->objective != NULL &&
         sg_record_peek_int64 (item, SG_OBJECTIVE_READING_OBJECTIVE) == sg_record_get_id (self->objective);
}

/* Newest first; readings of one day, the last made first. */
static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      data)
{
  SgRecord *ra = (SgRecord *) a, *rb = (SgRecord *) b;
  int cmp = g_strcmp0 (sg_record_peek_string (rb, SG_OBJECTIVE_READING_DATE),
                       sg_record_peek_string (ra, SG_OBJECTIVE_READING_DATE));

  if (cmp == 0)
    cmp = (sg_record_get_id (rb) > sg_record_get_id (ra)) - (sg_record_get_id (rb) < sg_record_get_id (ra));
  return cmp < 0 ? GTK_ORDERING_SMALLER : cmp > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static const char *
unit_of (SgObjectiveReadings *self)
{
  return self->objective != NULL ? sg_record_peek_string (self->objective, SG_OBJECTIVE_UNIT) : NULL;
}

/* "87 %" over "2026-11-01 · Jana Petersen · the note". */
static void
label_row (SgObjectiveReadings *self,
           GtkWidget           *row)
{
  SgRecord *reading = g_object_get_data (G_OBJECT (row), "reading");
  g_autofree char *value = sg_objective_progress_format_value (reading_value (reading), unit_of (self));
  g_autofree char *date = sg_field_format_date (sg_record_peek_string (reading, SG_OBJECTIVE_READING_DATE));
  const char *by = sg_store_peek_name (self->store, reading, SG_OBJECTIVE_READING_TAKEN_BY);
  const char *note = sg_record_peek_string (reading, SG_OBJECTIVE_READING_NOTE);
  g_autoptr(GString) subtitle = g_string_new (date != NULL ? date : _("No date"));
  g_autofree char *escaped_value = g_markup_escape_text (value, -1);
  g_autofree char *escaped_subtitle = NULL;

  if (by != NULL && *by != '\0')
    g_string_append_printf (subtitle, " · %s", by);
  if (note != NULL && *note != '\0')
    g_string_append_printf (subtitle, " · %s", note);
  escaped_subtitle = g_markup_escape_text (subtitle->str, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_value);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), escaped_subtitle);
}

static void
reading_notify_cb (GtkWidget *row)
{
  SgObjectiveReadings *self = SG_OBJECTIVE_READINGS (gtk_widget_get_ancestor (row, SG_TYPE_OBJECTIVE_READINGS));

  if (self != NULL)
    label_row (self, row);
}

static void
bindings_free (gpointer data)
{
  GPtrArray *bindings = data;

  /* Typing not yet saved is saved now. */
  for (guint i = 0; i < bindings->len; i++)
    sg_field_binding_set_record (g_ptr_array_index (bindings, i), NULL);
  g_ptr_array_unref (bindings);
}

static void
show_error (SgObjectiveReadings *self,
            const GError        *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
  else
    g_warning ("%s", error->message);
}

static void
undo_delete_cb (AdwToast            *toast,
                SgObjectiveReadings *self)
{
  SgRecord *reading = g_object_get_data (G_OBJECT (toast), "reading");
  g_autoptr(GError) error = NULL;

  if (!sg_store_restore (self->store, reading, &error))
    show_error (self, error);
}

static void
delete_clicked_cb (GtkWidget *button)
{
  GtkWidget *row = gtk_widget_get_ancestor (button, ADW_TYPE_EXPANDER_ROW);
  SgObjectiveReadings *self = SG_OBJECTIVE_READINGS (gtk_widget_get_ancestor (button, SG_TYPE_OBJECTIVE_READINGS));
  g_autoptr(SgRecord) reading = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay;
  AdwToast *toast;

  if (row == NULL || self == NULL)
    return;
  reading = g_object_ref (g_object_get_data (G_OBJECT (row), "reading"));
  if (!sg_store_remove (self->store, reading, &error))
    {
      show_error (self, error);
      return;
    }
  toast = adw_toast_new (_("Reading deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "reading", g_steal_pointer (&reading), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, 0);
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* One reading: its value and day in the row, its fields inside. */
static GtkWidget *
create_row_cb (gpointer item,
               gpointer data)
{
  SgObjectiveReadings *self = data;
  SgRecord *reading = item;
  SgRecordClass *klass = SG_RECORD_GET_CLASS (reading);
  const char *fields[] = { SG_OBJECTIVE_READING_DATE, SG_OBJECTIVE_READING_VALUE,
                           SG_OBJECTIVE_READING_TAKEN_BY, SG_OBJECTIVE_READING_NOTE };
  GPtrArray *bindings = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *delete_button, *box;

  g_object_set_data_full (G_OBJECT (row), "reading", g_object_ref (reading), g_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      SgFieldBinding *binding = sg_field_binding_new (self->store, sg_record_class_find_field (klass, fields[i]));

      g_ptr_array_add (bindings, binding);
      sg_field_binding_set_record (binding, reading);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), sg_field_binding_get_widget (binding));
    }
  g_object_set_data_full (G_OBJECT (row), "bindings", bindings, bindings_free);

  delete_button = gtk_button_new_with_mnemonic (_("_Delete Reading"));
  gtk_widget_add_css_class (delete_button, "destructive-action");
  gtk_widget_set_halign (delete_button, GTK_ALIGN_END);
  g_signal_connect (delete_button, "clicked", G_CALLBACK (delete_clicked_cb), NULL);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (box), delete_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), box);

  label_row (self, row);
  g_signal_connect_object (reading, "notify", G_CALLBACK (reading_notify_cb), row, G_CONNECT_SWAPPED);
  return row;
}

/* What the readings suggest, and whether the status says otherwise. */
static void
update_summary (SgObjectiveReadings *self)
{
  g_autoptr(SgObjectiveProgress) progress = NULL;
  g_autofree char *text = NULL;
  int status;

  if (self->objective == NULL)
    {
      gtk_widget_set_visible (self->summary, FALSE);
      return;
    }
  progress = sg_objective_progress_new (self->store, self->objective, NULL);
  status = sg_record_peek_enum (self->objective, SG_OBJECTIVE_STATUS);
  if (progress->suggested == SG_OBJECTIVE_PROGRESS_NO_SUGGESTION)
    text = g_strdup (progress->reason != NULL ? progress->reason
                                              : _("Give the objective a target value and direction, and its "
                                                  "status follows the readings."));
  else if (sg_record_peek_boolean (self->objective, SG_OBJECTIVE_STATUS_SET_BY_HAND) &&
           status != progress->suggested)
    /* Translators: "Status set by hand: On track. The readings suggest: At risk — <reason>" */
    text = g_strdup_printf (_("Status set by hand: %s. The readings suggest: %s — %s"),
                            sg_enum_get_label (SG_TYPE_OBJECTIVE_STATUS, status),
                            sg_enum_get_label (SG_TYPE_OBJECTIVE_STATUS, progress->suggested),
                            progress->reason);
  else
    /* Translators: "At risk: <reason>" */
    text = g_strdup_printf (_("%s: %s"), sg_enum_get_label (SG_TYPE_OBJECTIVE_STATUS, progress->suggested),
                            progress->reason);
  g_free (self->summary_text);
  self->summary_text = g_steal_pointer (&text);
  gtk_label_set_text (GTK_LABEL (self->summary), self->summary_text);
  gtk_widget_set_visible (self->summary, TRUE);
}

static void
record_changed_cb (SgObjectiveReadings *self,
                   SgRecord            *record,
                   GParamSpec          *pspec)
{
  if (self->objective == NULL)
    return;
  if (record == self->objective)
    {
      if (g_str_equal (pspec->name, SG_OBJECTIVE_UNIT))
        for (GtkWidget *row = gtk_widget_get_first_child (self->list_box); row != NULL;
             row = gtk_widget_get_next_sibling (row))
          if (ADW_IS_EXPANDER_ROW (row))
            label_row (self, row);
      update_summary (self);
      return;
    }
  if (!SG_IS_OBJECTIVE_READING (record))
    return;
  if (g_str_equal (pspec->name, SG_OBJECTIVE_READING_DATE))
    gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);
  else if (g_str_equal (pspec->name, SG_OBJECTIVE_READING_OBJECTIVE))
    gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/* Adding */

static gboolean
parse_value (const char *text,
             double     *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  char *end = NULL;

  /* "87,5" as well as "87.5", and a "%" typed out of habit. */
  g_strdelimit (copy, ",", '.');
  if (g_str_has_suffix (copy, "%"))
    copy[strlen (copy) - 1] = '\0';
  g_strstrip (copy);
  if (*copy == '\0')
    return FALSE;
  *value = g_ascii_strtod (copy, &end);
  return end != NULL && *end == '\0' && isfinite (*value);
}

gboolean
sg_objective_readings_add (SgObjectiveReadings *self,
                           const char          *date,
                           double               value,
                           const char          *note,
                           GError             **error)
{
  g_autoptr(SgRecord) reading = NULL;
  SgRecord *me;

  g_return_val_if_fail (SG_IS_OBJECTIVE_READINGS (self), FALSE);
  g_return_val_if_fail (self->objective != NULL, FALSE);

  reading = g_object_new (SG_TYPE_OBJECTIVE_READING,
                          SG_OBJECTIVE_READING_OBJECTIVE, sg_record_get_id (self->objective),
                          SG_OBJECTIVE_READING_DATE, date,
                          SG_OBJECTIVE_READING_VALUE, value,
                          NULL);
  if (note != NULL && *note != '\0')
    g_object_set (reading, SG_OBJECTIVE_READING_NOTE, note, NULL);
  me = sg_settings_find_me (self->store);
  if (me != NULL)
    g_object_set (reading, SG_OBJECTIVE_READING_TAKEN_BY, sg_record_get_id (me), NULL);
  return sg_store_add (self->store, reading, error);
}

static void
form_changed_cb (SgObjectiveReadings *self)
{
  gtk_widget_set_visible (self->form_error, FALSE);
}

static void
form_add_cb (SgObjectiveReadings *self)
{
  const char *date = sg_date_row_get_date (SG_DATE_ROW (self->date_row));
  g_autoptr(GError) error = NULL;
  double value;

  if (!parse_value (gtk_editable_get_text (GTK_EDITABLE (self->value_row)), &value))
    {
      gtk_label_set_text (GTK_LABEL (self->form_error), _("Type the value measured, a number such as 87.5."));
      gtk_widget_set_visible (self->form_error, TRUE);
      gtk_widget_grab_focus (self->value_row);
      return;
    }
  if (date == NULL || !sg_date_is_valid (date))
    {
      gtk_label_set_text (GTK_LABEL (self->form_error), _("Choose the day the value was measured."));
      gtk_widget_set_visible (self->form_error, TRUE);
      return;
    }
  if (!sg_objective_readings_add (self, date, value, gtk_editable_get_text (GTK_EDITABLE (self->note_row)),
                                  &error))
    {
      gtk_label_set_text (GTK_LABEL (self->form_error), error->message);
      gtk_widget_set_visible (self->form_error, TRUE);
      return;
    }
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

/* Each time it opens: today, nothing typed yet. */
static void
popover_show_cb (SgObjectiveReadings *self)
{
  g_autofree char *today = sg_date_today ();
  g_autofree char *title = NULL;
  const char *unit = unit_of (self);

  sg_date_row_set_date (SG_DATE_ROW (self->date_row), today);
  gtk_editable_set_text (GTK_EDITABLE (self->value_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");
  gtk_widget_set_visible (self->form_error, FALSE);
  /* Translators: an entry's title; %s is the objective's unit, e.g. "Value (%)" */
  title = unit != NULL && *unit != '\0' ? g_strdup_printf (_("Value (%s)"), unit) : g_strdup (_("Value"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->value_row), title);
  gtk_widget_grab_focus (self->value_row);
}

static GtkWidget *
build_popover (SgObjectiveReadings *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading = gtk_label_new (_("New Reading"));
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Reading"));

  gtk_widget_add_css_class (heading, "heading");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  self->date_row = sg_date_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _("Date"));
  self->value_row = adw_entry_row_new ();
  gtk_text_set_input_purpose (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->value_row))),
                              GTK_INPUT_PURPOSE_NUMBER);
  self->note_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_row), _("Note"));
  gtk_list_box_append (GTK_LIST_BOX (list), self->date_row);
  gtk_list_box_append (GTK_LIST_BOX (list), self->value_row);
  gtk_list_box_append (GTK_LIST_BOX (list), self->note_row);
  self->form_error = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->form_error), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->form_error), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (self->form_error), 30);
  gtk_widget_add_css_class (self->form_error, "error");
  gtk_widget_set_visible (self->form_error, FALSE);
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_widget_set_halign (add, GTK_ALIGN_END);

  g_signal_connect_swapped (add, "clicked", G_CALLBACK (form_add_cb), self);
  g_signal_connect_swapped (self->value_row, "entry-activated", G_CALLBACK (form_add_cb), self);
  g_signal_connect_swapped (self->note_row, "entry-activated", G_CALLBACK (form_add_cb), self);
  g_signal_connect_swapped (self->value_row, "changed", G_CALLBACK (form_changed_cb), self);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (self->value_row), FALSE);

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), self->form_error);
  gtk_box_append (GTK_BOX (box), add);
  gtk_widget_set_size_request (box, 280, -1);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (popover_show_cb), self);
  return popover;
}

static void
sg_objective_readings_dispose (GObject *object)
{
  SgObjectiveReadings *self = SG_OBJECTIVE_READINGS (object);

  if (self->list_box != NULL)
    gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), NULL, NULL, NULL, NULL);
  g_clear_object (&self->shown);
  g_clear_object (&self->objective);
  g_clear_object (&self->store);
  g_clear_pointer (&self->summary_text, g_free);

  G_OBJECT_CLASS (sg_objective_readings_parent_class)->dispose (object);
}

static void
sg_objective_readings_class_init (SgObjectiveReadingsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sg_objective_readings_dispose;
}

static void
sg_objective_readings_init (SgObjectiveReadings *self)
{
}

GtkWidget *
sg_objective_readings_new (SgStore *store)
{
  SgObjectiveReadings *self;
  GtkFilterListModel *filtered;
  GtkWidget *placeholder, *menu_button;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_OBJECTIVE_READINGS, NULL);
  self->store = g_object_ref (store);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Readings"));

  self->summary = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->summary), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->summary), 0);
  gtk_widget_set_margin_bottom (self->summary, 12);
  gtk_widget_set_visible (self->summary, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->summary);

  /* The trend against the target, above the readings it is drawn from. */
  self->chart = sg_objective_chart_view_new (store);
  gtk_widget_set_size_request (self->chart, -1, 170);
  gtk_widget_set_margin_bottom (self->chart, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->chart);

  /* Only the store's list, filtered: no list of our own to keep in step. */
  self->filter = GTK_FILTER (gtk_custom_filter_new (match_cb, self, NULL));
  filtered = gtk_filter_list_model_new (g_object_ref (sg_store_get_records (store, SG_TYPE_OBJECTIVE_READING)),
                                        self->filter);
  self->sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cb, NULL, NULL));
  self->shown = gtk_sort_list_model_new (G_LIST_MODEL (filtered), self->sorter);

  self->list_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list_box, "boxed-list");
  placeholder = gtk_label_new (_("No readings yet. Add one each time the objective is measured."));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box), placeholder);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), G_LIST_MODEL (self->shown), create_row_cb, self, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->list_box);

  /* Add asks for the value and the day in one go: a reading without a
   * value would count as 0 the moment it is made. */
  self->popover = build_popover (self);
  menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "list-add-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (menu_button), self->popover);
  gtk_widget_set_tooltip_text (menu_button, _("Add Reading"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add Reading"), -1);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), menu_button);

  g_signal_connect_object (store, "record-changed", G_CALLBACK (record_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

void
sg_objective_readings_set_objective (SgObjectiveReadings *self,
                                     SgRecord            *objective)
{
  g_return_if_fail (SG_IS_OBJECTIVE_READINGS (self));
  g_return_if_fail (objective == NULL || SG_IS_OBJECTIVE (objective));

  if (!g_set_object (&self->objective, objective))
    return;
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  sg_objective_chart_view_set_objective (SG_OBJECTIVE_CHART_VIEW (self->chart), objective);
  update_summary (self);
}

GListModel *
sg_objective_readings_get_shown (SgObjectiveReadings *self)
{
  g_return_val_if_fail (SG_IS_OBJECTIVE_READINGS (self), NULL);

  return G_LIST_MODEL (self->shown);
}

const char *
sg_objective_readings_get_summary (SgObjectiveReadings *self)
{
  g_return_val_if_fail (SG_IS_OBJECTIVE_READINGS (self), NULL);

  return self->summary_text;
}
