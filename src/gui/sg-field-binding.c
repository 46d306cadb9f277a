/* sg-field-binding.c: one field of a record shown and edited in a row
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-field-binding"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-date-row.h"
#include "sg-field-binding.h"
#include "sg-format.h"
#include "sg-links-row.h"
#include "sg-long-text-view.h"
#include "sg-person-row.h"
#include "sg-person.h"
#include "sg-protection-level.h"
#include "sg-protection-levels.h"
#include "sg-soa.h"

/* Typing is saved after a pause, so that the change history records
 * words rather than every key. */
#define COMMIT_DELAY_MS 300

struct _SgFieldBinding
{
  GObject       parent_instance;

  SgStore      *store;
  GParamSpec   *pspec;
  SgFieldKind   kind;

  GtkWidget    *widget;     /* the row or group, owned */
  GtkWidget    *input;      /* the part that holds the value */
  GListModel   *targets;    /* references: the records to choose from */
  int           extra_rating;

  SgRecord     *record;
  gulong        notify_id;
  guint         commit_id;
  guint         syncing;

  /* A value the store refused is told at the field that was edited. */
  guint         committing;
  gboolean      invalid;
  GtkWidget    *error_icon;  /* entry rows have no subtitle: an icon, lazily */
  GtkWidget    *open_button; /* a location field's Open Location */
};

G_DEFINE_FINAL_TYPE (SgFieldBinding, sg_field_binding, G_TYPE_OBJECT)

static void sync_input (SgFieldBinding *self);

/* A location: only a web address or a file that exists is handed to the
 * desktop (sg_soa_evidence_check_location () decides, as for evidence);
 * anything else leaves the button off, saying why. */

static void
update_open_button (SgFieldBinding *self)
{
  const char *text;
  const char *why = NULL;

  if (self->open_button == NULL)
    return;
  text = gtk_editable_get_text (GTK_EDITABLE (self->input));
  switch (sg_soa_evidence_check_location (text, NULL))
    {
    case SG_SOA_LOCATION_EMPTY:
      gtk_widget_set_visible (self->open_button, FALSE);
      return;
    case SG_SOA_LOCATION_FILE_MISSING:
      why = _("File not found");
      break;
    case SG_SOA_LOCATION_NOT_ALLOWED:
      why = _("Only a web address (http, https) or a file can be opened");
      break;
    case SG_SOA_LOCATION_WEB:
    case SG_SOA_LOCATION_FILE:
    default:
      break;
    }
  gtk_widget_set_visible (self->open_button, TRUE);
  gtk_widget_set_sensitive (self->open_button, why == NULL);
  gtk_widget_set_tooltip_text (self->open_button, why != NULL ? why : _("Open Location"));
}

/* A number the kind names ("2" of a protection need): its word under the
 * title, as the register names it, and what the level means in the
 * tooltip, as the spin button is turned. */
static void
update_value_label (SgFieldBinding *self)
{
  int value = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->input));
  const char *label = sg_field_resolve_value_label (self->pspec, value,
                                                    sg_store_get_field_resolver (self->store));
  const char *meaning = label != NULL ? sg_protection_levels_get_description (self->store, value) : NULL;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->widget), label != NULL ? label : "");
  gtk_widget_set_tooltip_text (self->widget, meaning);
  gtk_widget_set_tooltip_text (self->input, meaning);
}

static void
level_changed_cb (SgFieldBinding *self,
                  SgRecord       *record)
{
  if (SG_IS_PROTECTION_LEVEL (record) && self->widget != NULL)
    update_value_label (self);
}

static void
levels_changed_cb (SgFieldBinding *self)
{
  if (self->widget != NULL)
    update_value_label (self);
}

static void
show_toast (GtkWidget  *widget,
            const char *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
  else
    g_warning ("%s", message);
}

static void
location_launched_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      data)
{
  g_autoptr(GtkWidget) button = data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      /* Translators: %s says why, from the system */
      g_autofree char *message = g_strdup_printf (_("Could not open the location: %s"), error->message);

      show_toast (button, message);
    }
}

static void
open_location_cb (SgFieldBinding *self)
{
  g_autofree char *uri = NULL;
  g_autoptr(GdkAppLaunchContext) context = NULL;
  SgSoaLocation location;

  /* Decided again at the click: the file may have gone since. */
  location = sg_soa_evidence_check_location (gtk_editable_get_text (GTK_EDITABLE (self->input)), &uri);
  if (location != SG_SOA_LOCATION_WEB && location != SG_SOA_LOCATION_FILE)
    {
      update_open_button (self);
      return;
    }
  context = gdk_display_get_app_launch_context (gtk_widget_get_display (self->open_button));
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           location_launched_cb, g_object_ref (self->open_button));
}

/* From the widget to the record */

static gboolean
read_input (SgFieldBinding *self,
            GValue         *value)
{
  g_value_init (value, G_PARAM_SPEC_VALUE_TYPE (self->pspec));

  switch (self->kind)
    {
    case SG_FIELD_TEXT:
    case SG_FIELD_COLOUR:
      {
        const char *text = gtk_editable_get_text (GTK_EDITABLE (self->input));
        g_autofree char *stripped = g_strstrip (g_strdup (text));

        g_value_set_string (value, *stripped ? text : NULL);
        return TRUE;
      }
    case SG_FIELD_LONG_TEXT:
      {
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->input));
        GtkTextIter start, end;
        g_autofree char *text = NULL;

        g_autofree char *stripped = NULL;

        gtk_text_buffer_get_bounds (buffer, &start, &end);
        text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
        stripped = g_strstrip (g_strdup (text));
        g_value_set_string (value, *stripped ? text : NULL);
        return TRUE;
      }
    case SG_FIELD_DATE:
      g_value_set_string (value, sg_date_row_get_date (SG_DATE_ROW (self->input)));
      return TRUE;
    case SG_FIELD_BOOLEAN:
      g_value_set_boolean (value, gtk_switch_get_active (GTK_SWITCH (self->input)));
      return TRUE;
    case SG_FIELD_NUMBER:
      g_value_set_int (value, gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->input)));
      return TRUE;
    case SG_FIELD_DECIMAL:
      g_value_set_double (value, gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->input)));
      return TRUE;
    case SG_FIELD_CHOICE:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (G_PARAM_SPEC_VALUE_TYPE (self->pspec));
        guint i = adw_combo_row_get_selected (ADW_COMBO_ROW (self->input));

        if (i >= klass->n_values)
          return FALSE;
        g_value_set_enum (value, klass->values[i].value);
        return TRUE;
      }
    case SG_FIELD_LIKELIHOOD:
    case SG_FIELD_IMPACT:
      {
        guint i = adw_combo_row_get_selected (ADW_COMBO_ROW (self->input));
        GListModel *items = adw_combo_row_get_model (ADW_COMBO_ROW (self->input));

        if (i == GTK_INVALID_LIST_POSITION)
          return FALSE;
        /* The last item is the rating off the scale, when there is one. */
        if (self->extra_rating > 0 && i == g_list_model_get_n_items (items) - 1)
          g_value_set_int (value, self->extra_rating);
        else
          g_value_set_int (value, (int) i);
        return TRUE;
      }
    case SG_FIELD_REFERENCE:
      if (SG_IS_PERSON_ROW (self->input))
        {
          g_value_set_int64 (value, sg_person_row_get_person (SG_PERSON_ROW (self->input)));
          return TRUE;
        }
      {
        guint i = adw_combo_row_get_selected (ADW_COMBO_ROW (self->input));
        g_autoptr(GObject) item = NULL;

        if (i == GTK_INVALID_LIST_POSITION)
          return FALSE;
        item = g_list_model_get_item (adw_combo_row_get_model (ADW_COMBO_ROW (self->input)), i);
        g_value_set_int64 (value, SG_IS_RECORD (item) ? sg_record_get_id (SG_RECORD (item)) : 0);
        return TRUE;
      }
    case SG_FIELD_LINKS:
      g_value_set_variant (value, sg_links_row_get_links (SG_LINKS_ROW (self->input)));
      return TRUE;
    case SG_FIELD_TIMESTAMP:
    default:
      return FALSE;
    }
}

/* Telling a refused value at the field */

static void
clear_error (SgFieldBinding *self)
{
  if (!self->invalid)
    return;
  self->invalid = FALSE;
  gtk_widget_remove_css_class (self->widget, "sg-field-invalid");
  gtk_widget_remove_css_class (self->widget, "error");
  if (ADW_IS_COMBO_ROW (self->widget))
    adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (self->widget), TRUE);
  else if (ADW_IS_ACTION_ROW (self->widget))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->widget), "");
  else if (ADW_IS_PREFERENCES_GROUP (self->widget))
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->widget), NULL);
  if (self->error_icon != NULL)
    gtk_widget_set_visible (self->error_icon, FALSE);
  gtk_accessible_reset_state (GTK_ACCESSIBLE (self->input), GTK_ACCESSIBLE_STATE_INVALID);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->input), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* In words under the field where the row has room for them (TRUE);
 * an entry row gets a warning icon, and the window's toast says it. */
static gboolean
show_error (SgFieldBinding *self,
            const char     *message)
{
  gboolean in_words = TRUE;

  self->invalid = TRUE;
  gtk_widget_add_css_class (self->widget, "sg-field-invalid");
  /* A drop-down's value is its subtitle: beside the label while the
   * message is under it, so that putting the value back keeps it. */
  if (ADW_IS_COMBO_ROW (self->widget))
    adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (self->widget), FALSE);
  if (ADW_IS_ACTION_ROW (self->widget))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->widget), message);
  else if (ADW_IS_PREFERENCES_GROUP (self->widget))
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->widget), message);
  else if (ADW_IS_ENTRY_ROW (self->widget))
    {
      gtk_widget_add_css_class (self->widget, "error");
      if (self->error_icon == NULL)
        {
          self->error_icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
          gtk_widget_add_css_class (self->error_icon, "error");
          adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->widget), self->error_icon);
        }
      gtk_widget_set_tooltip_text (self->error_icon, message);
      gtk_widget_set_visible (self->error_icon, TRUE);
      in_words = FALSE;
    }
  else
    in_words = FALSE;
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->input),
                               GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->input),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  return in_words;
}

/* The store reports a refused edit while this binding commits it: the
 * record holds the saved value again, and the field says why. Told here
 * in words, the window's toast (connected after) is not needed. */
static void
save_failed_cb (SgStore        *store,
                SgRecord       *record,
                const GError   *error,
                SgFieldBinding *self)
{
  if (self->committing == 0 || record != self->record)
    return;
  if (!g_error_matches (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID) &&
      !g_error_matches (error, SG_STORE_ERROR, SG_STORE_ERROR_DUPLICATE_REF))
    return;
  if (show_error (self, error->message))
    g_signal_stop_emission_by_name (store, "save-failed");
}

static void
commit (SgFieldBinding *self)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_clear_handle_id (&self->commit_id, g_source_remove);
  if (self->record == NULL || self->syncing > 0)
    return;
  if (!read_input (self, &value))
    return;
  /* The widget showing the saved value again after a refusal notifies
   * once more, late: not an edit, and the refusal stays told. */
  if (sg_field_values_equal (self->pspec, &value, sg_record_peek_value (self->record, self->pspec)))
    return;
  clear_error (self);
  /* The store saves the change, or undoes it and reports why. */
  self->committing++;
  g_object_set_property (G_OBJECT (self->record), self->pspec->name, &value);
  self->committing--;
}

static gboolean
commit_timeout_cb (gpointer data)
{
  SgFieldBinding *self = data;

  self->commit_id = 0;
  commit (self);
  return G_SOURCE_REMOVE;
}

static void
input_changed_cb (SgFieldBinding *self)
{
  if (self->syncing > 0 || self->record == NULL)
    return;
  commit (self);
}

static void
typing_cb (SgFieldBinding *self)
{
  if (self->syncing > 0 || self->record == NULL)
    return;
  g_clear_handle_id (&self->commit_id, g_source_remove);
  self->commit_id = g_timeout_add (COMMIT_DELAY_MS, commit_timeout_cb, self);
}

static void
focus_leave_cb (SgFieldBinding *self)
{
  sg_field_binding_flush (self);
}

/* From the record to the widget */

static gboolean
same_strings (GListModel *a,
              GListModel *b)
{
  guint n;

  if (a == NULL || !GTK_IS_STRING_LIST (a) || g_list_model_get_n_items (a) != g_list_model_get_n_items (b))
    return FALSE;
  n = g_list_model_get_n_items (a);
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (a), i),
                   gtk_string_list_get_string (GTK_STRING_LIST (b), i)) != 0)
      return FALSE;
  return TRUE;
}

static void
sync_rating_choices (SgFieldBinding *self,
                     int             value)
{
  SgRiskMethod *method = sg_store_get_risk_method (self->store);
  SgScaleAxis axis = self->kind == SG_FIELD_LIKELIHOOD ? SG_SCALE_AXIS_LIKELIHOOD
                                                       : SG_SCALE_AXIS_IMPACT;
  guint n = sg_risk_method_get_n_values (method, axis);
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);

  gtk_string_list_append (items, _("Not rated"));
  for (guint v = 1; v <= n; v++)
    {
      g_autofree char *label = sg_field_format_rating (method, axis, v);
      gtk_string_list_append (items, label);
    }
  self->extra_rating = value > (int) n ? value : 0;
  if (self->extra_rating > 0)
    {
      g_autofree char *label = sg_field_format_rating (method, axis, value);
      gtk_string_list_append (items, label);
    }

  /* Replacing the model while the row is still selecting in it is a
   * use of a freed selection: keep the model when the labels are the same. */
  if (!same_strings (adw_combo_row_get_model (ADW_COMBO_ROW (self->input)), G_LIST_MODEL (items)))
    adw_combo_row_set_model (ADW_COMBO_ROW (self->input), G_LIST_MODEL (items));
  if (adw_combo_row_get_selected (ADW_COMBO_ROW (self->input)) !=
      (self->extra_rating > 0 ? n + 1 : (guint) MAX (value, 0)))
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->input),
                                self->extra_rating > 0 ? n + 1 : (guint) MAX (value, 0));
}

static guint
find_target (SgFieldBinding *self,
             gint64          id)
{
  guint n = g_list_model_get_n_items (self->targets);

  for (guint i = 0; id != 0 && i < n; i++)
    {
      g_autoptr(SgRecord) record = g_list_model_get_item (self->targets, i);

      if (sg_record_get_id (record) == id)
        return i + 1;
    }
  return 0;
}

static void
sync_input (SgFieldBinding *self)
{
  const GValue *value;

  g_clear_handle_id (&self->commit_id, g_source_remove);
  gtk_widget_set_sensitive (self->widget, self->record != NULL);
  if (self->record == NULL)
    return;

  value = sg_record_peek_value (self->record, self->pspec);
  self->syncing++;

  switch (self->kind)
    {
    case SG_FIELD_TEXT:
    case SG_FIELD_COLOUR:
      {
        const char *text = g_value_get_string (value);

        if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->input)), text ? text : "") != 0)
          gtk_editable_set_text (GTK_EDITABLE (self->input), text ? text : "");
        update_open_button (self);
        break;
      }
    case SG_FIELD_LONG_TEXT:
      {
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->input));
        const char *text = g_value_get_string (value);
        GtkTextIter start, end;
        g_autofree char *shown = NULL;

        gtk_text_buffer_get_bounds (buffer, &start, &end);
        shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
        if (g_strcmp0 (shown, text ? text : "") != 0)
          gtk_text_buffer_set_text (buffer, text ? text : "", -1);
        break;
      }
    case SG_FIELD_DATE:
      sg_date_row_set_date (SG_DATE_ROW (self->input), g_value_get_string (value));
      break;
    case SG_FIELD_TIMESTAMP:
      {
        g_autofree char *text = sg_field_format_timestamp (g_value_get_string (value));
        gtk_label_set_text (GTK_LABEL (self->input), text ? text : "—");
        break;
      }
    case SG_FIELD_BOOLEAN:
      gtk_switch_set_active (GTK_SWITCH (self->input), g_value_get_boolean (value));
      break;
    case SG_FIELD_NUMBER:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->input), g_value_get_int (value));
      if (sg_field_get_value_label (self->pspec, g_value_get_int (value)) != NULL)
        update_value_label (self);
      break;
    case SG_FIELD_DECIMAL:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->input), g_value_get_double (value));
      break;
    case SG_FIELD_CHOICE:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (G_PARAM_SPEC_VALUE_TYPE (self->pspec));

        for (guint i = 0; i < klass->n_values; i++)
          if (klass->values[i].value == g_value_get_enum (value))
            adw_combo_row_set_selected (ADW_COMBO_ROW (self->input), i);
        break;
      }
    case SG_FIELD_LIKELIHOOD:
    case SG_FIELD_IMPACT:
      sync_rating_choices (self, g_value_get_int (value));
      break;
    case SG_FIELD_REFERENCE:
      if (SG_IS_PERSON_ROW (self->input))
        sg_person_row_set_person (SG_PERSON_ROW (self->input), g_value_get_int64 (value));
      else
        adw_combo_row_set_selected (ADW_COMBO_ROW (self->input),
                                    find_target (self, g_value_get_int64 (value)));
      break;
    case SG_FIELD_LINKS:
      sg_links_row_set_links (SG_LINKS_ROW (self->input), g_value_get_variant (value));
      break;
    default:
      break;
    }

  self->syncing--;
}

/* Building the widgets */

static char *
choice_name_cb (GObject *item)
{
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  /* A person is named, never numbered. */
  if (SG_IS_PERSON (item) && sg_record_peek_string (SG_RECORD (item), SG_PERSON_NAME) != NULL)
    return g_strdup (sg_record_peek_string (SG_RECORD (item), SG_PERSON_NAME));
  return sg_record_dup_display_name (SG_RECORD (item));
}

/* The choices in the popover wrap rather than end in "…": "Implemented
 * and verified" and "ROLE-002 Chief information security officer" are
 * read whole. A check marks the chosen one, as the default factory does. */
static void
update_check (AdwComboRow *row,
              GtkListItem *item)
{
  GtkWidget *check = gtk_widget_get_last_child (gtk_list_item_get_child (item));
  gpointer choice = gtk_list_item_get_item (item);

  gtk_widget_set_opacity (check, choice != NULL && adw_combo_row_get_selected_item (row) == choice);
}

static void
selected_item_cb (AdwComboRow *row,
                  GParamSpec  *pspec,
                  GtkListItem *item)
{
  update_check (row, item);
}

static void
choice_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 AdwComboRow              *row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (item, box);
  g_signal_connect_object (row, "notify::selected-item", G_CALLBACK (selected_item_cb), item, 0);
}

static void
choice_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                AdwComboRow              *row)
{
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  g_autofree char *name = choice_name_cb (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (label), name);
  update_check (row, item);
}

static void
label_widget (GtkWidget  *widget,
              const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static GtkWidget *
new_suffix_row (SgFieldBinding *self,
                GtkWidget      *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  label_widget (suffix, sg_field_get_label (self->pspec));
  return row;
}

static GtkWidget *
build_entry (SgFieldBinding *self)
{
  GtkWidget *row = adw_entry_row_new ();

  self->input = row;
  if (g_str_equal (self->pspec->name, "ref"))
    {
      /* A half-typed ref may clash with another record's: save it when done. */
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      g_signal_connect_swapped (row, "apply", G_CALLBACK (input_changed_cb), self);
    }
  else
    g_signal_connect_swapped (row, "changed", G_CALLBACK (typing_cb), self);
  if (sg_field_is_location (self->pspec))
    {
      self->open_button = gtk_button_new_from_icon_name ("document-open-symbolic");
      gtk_widget_add_css_class (self->open_button, "flat");
      gtk_widget_set_valign (self->open_button, GTK_ALIGN_CENTER);
      label_widget (self->open_button, _("Open Location"));
      g_signal_connect_swapped (self->open_button, "clicked", G_CALLBACK (open_location_cb), self);
      /* As typed, not only as saved: the button follows the address. */
      g_signal_connect_swapped (row, "changed", G_CALLBACK (update_open_button), self);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), self->open_button);
    }
  return row;
}

static GtkWidget *
build_long_text (SgFieldBinding *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *view = sg_long_text_view_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), sg_field_get_label (self->pspec));
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  /* The card is at least a few lines high; the text fills it. */
  gtk_widget_set_vexpand (view, TRUE);
  gtk_widget_add_css_class (view, "sg-long-text");
  label_widget (view, sg_field_get_label (self->pspec));
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "sg-long-text-card");
  gtk_box_append (GTK_BOX (card), view);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), card);

  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                            G_CALLBACK (typing_cb), self);
  self->input = view;
  return group;
}

static GtkWidget *
build_spin (SgFieldBinding *self)
{
  GtkWidget *spin, *row;

  if (self->kind == SG_FIELD_NUMBER)
    {
      GParamSpecInt *ip = G_PARAM_SPEC_INT (self->pspec);
      spin = gtk_spin_button_new_with_range (ip->minimum, ip->maximum, 1);
    }
  else
    {
      spin = gtk_spin_button_new_with_range (-1e9, 1e9, 1);
      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 2);
    }
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 8);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (input_changed_cb), self);
  self->input = spin;
  row = new_suffix_row (self, spin);
  if (self->kind == SG_FIELD_NUMBER &&
      sg_field_get_value_label (self->pspec, G_PARAM_SPEC_INT (self->pspec)->minimum) != NULL)
    {
      /* self->widget is not set yet: the word follows once it is. */
      gtk_widget_add_css_class (row, "sg-value-row");
      g_signal_connect_object (spin, "value-changed", G_CALLBACK (update_value_label), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      /* Levels renamed on the Risk Method page read here at once. */
      g_signal_connect_object (self->store, "record-changed", G_CALLBACK (level_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (sg_store_get_records (self->store, SG_TYPE_PROTECTION_LEVEL), "items-changed",
                               G_CALLBACK (levels_changed_cb), self, G_CONNECT_SWAPPED);
    }
  return row;
}

static GtkWidget *
build_combo (SgFieldBinding *self)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkExpression) name = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                               G_CALLBACK (choice_name_cb),
                                                               NULL, NULL);

  self->input = row;
  /* The value under the label, wrapped: a row has no room for a long one
   * beside it, and a value cut short is a value not read. */
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), TRUE);
  gtk_widget_add_css_class (row, "sg-value-row");
  adw_combo_row_set_expression (ADW_COMBO_ROW (row), name);
  g_signal_connect (factory, "setup", G_CALLBACK (choice_setup_cb), row);
  g_signal_connect (factory, "bind", G_CALLBACK (choice_bind_cb), row);
  adw_combo_row_set_list_factory (ADW_COMBO_ROW (row), factory);
  if (self->kind == SG_FIELD_CHOICE)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (G_PARAM_SPEC_VALUE_TYPE (self->pspec));
      g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);

      for (guint i = 0; i < klass->n_values; i++)
        gtk_string_list_append (items, sg_enum_get_label (G_PARAM_SPEC_VALUE_TYPE (self->pspec),
                                                          klass->values[i].value));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (items));
    }
  else if (self->kind == SG_FIELD_REFERENCE)
    {
      g_autoptr(GListStore) none = g_list_store_new (G_TYPE_OBJECT);
      g_autoptr(GtkStringObject) none_item = gtk_string_object_new (_("None"));
      g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
      g_autoptr(GtkFlattenListModel) choices = NULL;

      self->targets = g_object_ref (sg_store_get_records (self->store,
                                                          sg_field_get_target (self->pspec)));
      g_list_store_append (none, none_item);
      g_list_store_append (parts, none);
      g_list_store_append (parts, self->targets);
      choices = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts)));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
      g_signal_connect_object (self->targets, "items-changed",
                               G_CALLBACK (sync_input), self, G_CONNECT_SWAPPED);
    }
  else
    g_signal_connect_object (sg_store_get_risk_method (self->store), "changed",
                             G_CALLBACK (sync_input), self, G_CONNECT_SWAPPED);

  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (input_changed_cb), self);
  return row;
}

static GtkWidget *
build_widget (SgFieldBinding *self)
{
  GtkWidget *widget;

  switch (self->kind)
    {
    case SG_FIELD_LONG_TEXT:
      return build_long_text (self);
    case SG_FIELD_DATE:
      widget = self->input = sg_date_row_new ();
      g_signal_connect_swapped (widget, "notify::date", G_CALLBACK (input_changed_cb), self);
      return widget;
    case SG_FIELD_TIMESTAMP:
      self->input = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->input, "dim-label");
      return new_suffix_row (self, self->input);
    case SG_FIELD_BOOLEAN:
      self->input = gtk_switch_new ();
      g_signal_connect_swapped (self->input, "notify::active", G_CALLBACK (input_changed_cb), self);
      widget = new_suffix_row (self, self->input);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (widget), self->input);
      return widget;
    case SG_FIELD_NUMBER:
    case SG_FIELD_DECIMAL:
      return build_spin (self);
    case SG_FIELD_REFERENCE:
      if (sg_field_is_person (self->pspec))
        {
          /* Typed, with the directory's matches and a way to add one. */
          widget = self->input = sg_person_row_new (self->store);
          g_signal_connect_swapped (widget, "notify::person", G_CALLBACK (input_changed_cb), self);
          return widget;
        }
      return build_combo (self);
    case SG_FIELD_CHOICE:
    case SG_FIELD_LIKELIHOOD:
    case SG_FIELD_IMPACT:
      return build_combo (self);
    case SG_FIELD_LINKS:
      widget = self->input =
        sg_links_row_new (sg_store_get_records (self->store, sg_field_get_target (self->pspec)));
      g_signal_connect_swapped (widget, "notify::links", G_CALLBACK (input_changed_cb), self);
      return widget;
    case SG_FIELD_TEXT:
    case SG_FIELD_COLOUR:
    default:
      return build_entry (self);
    }
}

/* GObject */

static void
record_notify_cb (SgFieldBinding *self)
{
  sync_input (self);
}

static void
sg_field_binding_dispose (GObject *object)
{
  SgFieldBinding *self = SG_FIELD_BINDING (object);

  sg_field_binding_set_record (self, NULL);
  g_clear_object (&self->widget);
  g_clear_object (&self->targets);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_field_binding_parent_class)->dispose (object);
}

static void
sg_field_binding_class_init (SgFieldBindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sg_field_binding_dispose;
}

static void
sg_field_binding_init (SgFieldBinding *self)
{
}

SgFieldBinding *
sg_field_binding_new (SgStore    *store,
                      GParamSpec *pspec)
{
  SgFieldBinding *self;
  GtkEventController *focus;
  const char *label;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), NULL);

  self = g_object_new (SG_TYPE_FIELD_BINDING, NULL);
  self->store = g_object_ref (store);
  self->pspec = pspec;
  self->kind = sg_field_get_kind (pspec);
  self->widget = g_object_ref_sink (build_widget (self));

  label = sg_field_get_label (pspec);
  if (ADW_IS_PREFERENCES_ROW (self->widget))
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->widget), label);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->widget), FALSE);
    }
  label_widget (self->widget, label);

  g_signal_connect_object (store, "save-failed", G_CALLBACK (save_failed_cb), self, 0);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (self->widget, focus);

  sync_input (self);
  return self;
}

GParamSpec *
sg_field_binding_get_pspec (SgFieldBinding *self)
{
  g_return_val_if_fail (SG_IS_FIELD_BINDING (self), NULL);

  return self->pspec;
}

gboolean
sg_field_binding_get_invalid (SgFieldBinding *self)
{
  g_return_val_if_fail (SG_IS_FIELD_BINDING (self), FALSE);

  return self->invalid;
}

GtkWidget *
sg_field_binding_get_widget (SgFieldBinding *self)
{
  g_return_val_if_fail (SG_IS_FIELD_BINDING (self), NULL);

  return self->widget;
}

gboolean
sg_field_binding_is_group (SgFieldBinding *self)
{
  g_return_val_if_fail (SG_IS_FIELD_BINDING (self), FALSE);

  return ADW_IS_PREFERENCES_GROUP (self->widget);
}

void
sg_field_binding_set_record (SgFieldBinding *self,
                             SgRecord       *record)
{
  g_return_if_fail (SG_IS_FIELD_BINDING (self));
  g_return_if_fail (record == NULL || SG_IS_RECORD (record));

  if (self->record == record)
    return;

  sg_field_binding_flush (self);
  clear_error (self);
  if (self->record != NULL)
    {
      g_clear_signal_handler (&self->notify_id, self->record);
      g_clear_object (&self->record);
    }
  if (record != NULL)
    {
      g_autofree char *detailed = g_strdup_printf ("notify::%s", self->pspec->name);

      self->record = g_object_ref (record);
      self->notify_id = g_signal_connect_swapped (record, detailed,
                                                  G_CALLBACK (record_notify_cb), self);
    }
  sync_input (self);
}

void
sg_field_binding_flush (SgFieldBinding *self)
{
  g_return_if_fail (SG_IS_FIELD_BINDING (self));

  if (self->commit_id != 0)
    commit (self);
  else if (self->kind == SG_FIELD_TEXT && self->record != NULL &&
           g_str_equal (self->pspec->name, "ref"))
    commit (self);
}

void
sg_field_binding_grab_focus (SgFieldBinding *self)
{
  g_return_if_fail (SG_IS_FIELD_BINDING (self));

  gtk_widget_grab_focus (self->input);
  /* A focused entry selects its text: one keystroke would replace it. */
  if (GTK_IS_EDITABLE (self->input))
    gtk_editable_set_position (GTK_EDITABLE (self->input), -1);
}
