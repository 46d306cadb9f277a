/* sg-person-row.c: a row where a person of the directory is named by
 * typing, with the matching people to pick from and a way to add one
 *
 * The text stays the typing's: the row names a person only when one is
 * picked, added, or typed exactly — on leaving the row or pressing Enter.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-person-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-person-row.h"
#include "sg-person.h"

/* More than this many matches is a sign to type on. */
#define MAX_SUGGESTIONS 8

struct _SgPersonRow
{
  AdwEntryRow  parent_instance;

  SgStore     *store;
  gint64       person;

  GtkWidget   *popover;
  GtkWidget   *scroller;
  GtkWidget   *list;
  GPtrArray   *shown;     /* SgRecord per row of the list; NULL: the "Add" row */
  guint        clear_id;
  guint        syncing;
};

G_DEFINE_FINAL_TYPE (SgPersonRow, sg_person_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_PERSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static SgRecord *
find_person (SgPersonRow *self,
             gint64       id)
{
  return id != 0 ? sg_store_find_by_id (self->store, SG_TYPE_PERSON, id) : NULL;
}

static void
set_text_quietly (SgPersonRow *self,
                  const char  *text)
{
  self->syncing++;
  gtk_editable_set_text (GTK_EDITABLE (self), text ? text : "");
  self->syncing--;
}

static void
mark_unknown (SgPersonRow *self,
              gboolean     unknown)
{
  if (unknown)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "warning");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                                   _("Not in the directory: pick a person from the list, or add them"));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "warning");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
    }
}

static void
hide_suggestions (SgPersonRow *self)
{
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

/* What the user chose: the row names @id and says so. */
static void
link_person (SgPersonRow *self,
             gint64       id)
{
  SgRecord *person = find_person (self, id);

  hide_suggestions (self);
  mark_unknown (self, FALSE);
  set_text_quietly (self, person ? sg_record_peek_string (person, SG_PERSON_NAME) : NULL);
  if (self->person == id)
    return;
  self->person = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON]);
}

/* Suggestions */

/* Every word typed starts a word of the name: "pet" and "j pet" find
 * "Jana Petersen". */
static gboolean
name_matches (const char         *name,
              const char * const *typed)
{
  g_autofree char *key = sg_person_name_key (name);
  g_auto(GStrv) words = g_strsplit (key, " ", -1);

  for (guint t = 0; typed[t] != NULL; t++)
    {
      gboolean found = FALSE;

      for (guint w = 0; words[w] != NULL && !found; w++)
        found = g_str_has_prefix (words[w], typed[t]);
      if (!found)
        return FALSE;
    }
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  SgRecord *x = *(SgRecord **) a, *y = *(SgRecord **) b;
  gboolean x_active = sg_record_peek_boolean (x, SG_PERSON_ACTIVE);
  gboolean y_active = sg_record_peek_boolean (y, SG_PERSON_ACTIVE);

  /* Those still with the organisation first. */
  if (x_active != y_active)
    return x_active ? -1 : 1;
  return g_utf8_collate (sg_record_peek_string (x, SG_PERSON_NAME),
                         sg_record_peek_string (y, SG_PERSON_NAME));
}

static GtkWidget *
new_person_item (SgRecord *person)
{
  GtkWidget *row = adw_action_row_new ();
  const char *function = sg_record_peek_string (person, SG_PERSON_FUNCTION);
  const char *unit = sg_record_peek_string (person, SG_PERSON_UNIT);
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sg_record_peek_string (person, SG_PERSON_NAME));
  if (function != NULL && unit != NULL)
    /* Translators: a person's function and organisational unit */
    subtitle = g_strdup_printf (_("%s · %s"), function, unit);
  else
    subtitle = g_strdup (function ? function : unit);
  if (subtitle != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (subtitle, -1);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
    }
  if (!sg_record_peek_boolean (person, SG_PERSON_ACTIVE))
    {
      /* Translators: a person who is no longer with the organisation */
      GtkWidget *left = gtk_label_new (C_("person", "Left"));

      gtk_widget_add_css_class (left, "dim-label");
      gtk_widget_add_css_class (left, "caption");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), left);
    }
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

static GtkWidget *
new_add_item (const char *name)
{
  GtkWidget *row = adw_action_row_new ();
  /* Translators: the last item under a person field, to add the name typed */
  g_autofree char *title = g_strdup_printf (_("Add “%s” as a New Person"), name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("list-add-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

static void
show_suggestions (SgPersonRow *self)
{
  g_autofree char *tidy = sg_person_tidy_name (gtk_editable_get_text (GTK_EDITABLE (self)));
  g_autofree char *key = sg_person_name_key (tidy);
  g_auto(GStrv) typed = g_strsplit (key, " ", -1);
  g_autoptr(GPtrArray) matches = g_ptr_array_new ();
  SgRecord *exact = NULL;
  SgRecord *const *people;
  GtkWidget *child;
  guint n;
  int width;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  g_ptr_array_set_size (self->shown, 0);
  if (*tidy == '\0')
    {
      hide_suggestions (self);
      return;
    }

  people = sg_store_peek_records (self->store, SG_TYPE_PERSON, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *name = sg_record_peek_string (people[i], SG_PERSON_NAME);
      g_autofree char *name_key = NULL;

      if (name == NULL || !name_matches (name, (const char * const *) typed))
        continue;
      name_key = sg_person_name_key (name);
      if (g_str_equal (name_key, key))
        exact = people[i];
      else
        g_ptr_array_add (matches, people[i]);
    }
  g_ptr_array_sort (matches, compare_names);
  if (exact != NULL)
    g_ptr_array_insert (matches, 0, exact);

  for (guint i = 0; i < matches->len && i < MAX_SUGGESTIONS; i++)
    {
      g_ptr_array_add (self->shown, g_ptr_array_index (matches, i));
      gtk_list_box_append (GTK_LIST_BOX (self->list), new_person_item (g_ptr_array_index (matches, i)));
    }
  if (exact == NULL)
    {
      g_ptr_array_add (self->shown, NULL);
      gtk_list_box_append (GTK_LIST_BOX (self->list), new_add_item (tidy));
    }
  /* Nothing is chosen until ↓: Enter takes the text as typed. */
  gtk_list_box_unselect_all (GTK_LIST_BOX (self->list));

  width = gtk_widget_get_width (GTK_WIDGET (self));
  gtk_widget_set_size_request (self->scroller, MAX (260, width - 24), -1);
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

static void
move_selection (SgPersonRow *self,
                int          delta)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->list));
  int index = row ? gtk_list_box_row_get_index (row) + delta : 0;

  index = CLAMP (index, 0, (int) self->shown->len - 1);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), index);
  if (row != NULL)
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
      double x, y;

      gtk_list_box_select_row (GTK_LIST_BOX (self->list), row);
      /* The rows take no focus, so that typing goes on: scroll by hand. */
      if (gtk_widget_translate_coordinates (GTK_WIDGET (row), self->list, 0, 0, &x, &y))
        gtk_adjustment_clamp_page (adjustment, y, y + gtk_widget_get_height (GTK_WIDGET (row)));
    }
}

static void
pick_index (SgPersonRow *self,
            int          index)
{
  SgRecord *person;

  if (index < 0 || (guint) index >= self->shown->len)
    return;
  person = g_ptr_array_index (self->shown, index);
  if (person == NULL)
    {
      g_autoptr(GError) error = NULL;
      gint64 id = sg_store_ensure_person (self->store, gtk_editable_get_text (GTK_EDITABLE (self)), &error);

      if (id == 0)
        {
          GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

          /* A full disk, say: the name stays typed, marked as not saved. */
          mark_unknown (self, TRUE);
          if (overlay != NULL && error != NULL)
            {
              g_autofree char *escaped = g_markup_escape_text (error->message, -1);

              adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
            }
          return;
        }
      link_person (self, id);
    }
  else
    link_person (self, sg_record_get_id (person));
}

static void resolve_typed (SgPersonRow *self);

static void
pick_selected (SgPersonRow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->list));

  if (row != NULL)
    pick_index (self, gtk_list_box_row_get_index (row));
  else
    resolve_typed (self);
}

/* The text typed, taken at its word when the user moves on: an exact name
 * links, nothing unlinks, anything else is marked and not saved. */
static void
resolve_typed (SgPersonRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));
  g_autofree char *tidy = sg_person_tidy_name (text);
  SgRecord *current = find_person (self, self->person);
  SgRecord *named;

  hide_suggestions (self);
  if (*tidy == '\0')
    {
      link_person (self, 0);
      return;
    }
  named = sg_store_find_person (self->store, tidy);
  if (named != NULL)
    link_person (self, sg_record_get_id (named));
  else
    mark_unknown (self, current == NULL ||
                        g_strcmp0 (sg_record_peek_string (current, SG_PERSON_NAME), text) != 0);
}

/* Signals */

static gboolean
clear_idle_cb (gpointer data)
{
  SgPersonRow *self = data;
  g_autofree char *tidy = sg_person_tidy_name (gtk_editable_get_text (GTK_EDITABLE (self)));

  self->clear_id = 0;
  if (*tidy == '\0' && self->person != 0)
    link_person (self, 0);
  return G_SOURCE_REMOVE;
}

static void
changed_cb (SgPersonRow *self)
{
  if (self->syncing > 0)
    return;
  mark_unknown (self, FALSE);
  show_suggestions (self);
  /* Clearing the field is saying "nobody" — once the text is really
   * empty: replacing it empties it on the way. */
  if (*gtk_editable_get_text (GTK_EDITABLE (self)) == '\0' && self->person != 0 && self->clear_id == 0)
    self->clear_id = g_idle_add (clear_idle_cb, self);
}

static gboolean
key_pressed_cb (SgPersonRow     *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  gboolean open = gtk_widget_get_visible (self->popover);

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (open)
        move_selection (self, 1);
      else if (*gtk_editable_get_text (GTK_EDITABLE (self)) != '\0')
        show_suggestions (self);
      else
        return FALSE;  /* on to the next row */
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (!open)
        return FALSE;
      move_selection (self, -1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (open)
        pick_selected (self);
      else
        resolve_typed (self);
      return TRUE;
    case GDK_KEY_Escape:
      if (!open)
        return FALSE;
      hide_suggestions (self);
      return TRUE;
    default:
      return FALSE;
    }
}

/* The keys' actions, for whatever drives the row without a keyboard. */
static void
next_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  key_pressed_cb (SG_PERSON_ROW (widget), GDK_KEY_Down, 0, 0);
}

static void
previous_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  key_pressed_cb (SG_PERSON_ROW (widget), GDK_KEY_Up, 0, 0);
}

static void
pick_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  key_pressed_cb (SG_PERSON_ROW (widget), GDK_KEY_Return, 0, 0);
}

static void
dismiss_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  key_pressed_cb (SG_PERSON_ROW (widget), GDK_KEY_Escape, 0, 0);
}

static void
focus_leave_cb (SgPersonRow *self)
{
  resolve_typed (self);
}

static void
row_activated_cb (SgPersonRow   *self,
                  GtkListBoxRow *row)
{
  pick_index (self, gtk_list_box_row_get_index (row));
}

/* GObject */

static void
sg_person_row_dispose (GObject *object)
{
  SgPersonRow *self = SG_PERSON_ROW (object);

  g_clear_handle_id (&self->clear_id, g_source_remove);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_person_row_parent_class)->dispose (object);
}

static void
sg_person_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SgPersonRow *self = SG_PERSON_ROW (object);

  switch (prop_id)
    {
    case PROP_PERSON:
      g_value_set_int64 (value, self->person);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_person_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SgPersonRow *self = SG_PERSON_ROW (object);

  switch (prop_id)
    {
    case PROP_PERSON:
      sg_person_row_set_person (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_person_row_class_init (SgPersonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sg_person_row_dispose;
  object_class->get_property = sg_person_row_get_property;
  object_class->set_property = sg_person_row_set_property;

  properties[PROP_PERSON] =
    g_param_spec_int64 ("person", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "person-row.next", NULL, next_action_cb);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "person-row.previous", NULL, previous_action_cb);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "person-row.pick", NULL, pick_action_cb);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "person-row.dismiss", NULL, dismiss_action_cb);
}

static void
sg_person_row_init (SgPersonRow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->shown = g_ptr_array_new ();

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_SINGLE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (self->list), TRUE);
  gtk_widget_set_focusable (self->list, FALSE);
  gtk_widget_add_css_class (self->list, "sg-person-suggestions");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("People of the directory"),
                                  -1);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (self->scroller), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->list);

  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), self->scroller);
  /* Typing goes on in the row while the list is open. */
  gtk_popover_set_autohide (GTK_POPOVER (self->popover), FALSE);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->popover), FALSE);
  gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_BOTTOM);
  gtk_widget_set_halign (self->popover, GTK_ALIGN_START);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_AUTOCOMPLETE, GTK_ACCESSIBLE_AUTOCOMPLETE_LIST,
                                  GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE,
                                  -1);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect_swapped (self, "changed", G_CALLBACK (changed_cb), self);
}

GtkWidget *
sg_person_row_new (SgStore *store)
{
  SgPersonRow *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_PERSON_ROW, NULL);
  self->store = g_object_ref (store);
  return GTK_WIDGET (self);
}

gint64
sg_person_row_get_person (SgPersonRow *self)
{
  g_return_val_if_fail (SG_IS_PERSON_ROW (self), 0);

  return self->person;
}

void
sg_person_row_set_person (SgPersonRow *self,
                          gint64       person)
{
  SgRecord *record;

  g_return_if_fail (SG_IS_PERSON_ROW (self));

  /* The record's value wins over half-typed text. */
  record = find_person (self, person);
  hide_suggestions (self);
  mark_unknown (self, FALSE);
  set_text_quietly (self, record ? sg_record_peek_string (record, SG_PERSON_NAME) : NULL);
  if (self->person == person)
    return;
  self->person = person;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON]);
}
