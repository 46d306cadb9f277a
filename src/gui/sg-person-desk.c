/* sg-person-desk.c: what is on a person's desk — the records that name them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-person-desk"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-person-desk.h"
#include "sg-person.h"
#include "sg-settings.h"
#include "sg-window.h"

struct _SgPersonDesk
{
  AdwPreferencesGroup  parent_instance;

  SgStore             *store;
  SgRecord            *person;
  GtkWidget           *merge_button;
  GPtrArray           *kinds;     /* AdwExpanderRow*, one per kind, the group's rows */
  GPtrArray           *rows;      /* AdwActionRow*, one per record, inside them */
  GPtrArray           *records;   /* SgRecord*, what each of @rows opens */
};

G_DEFINE_FINAL_TYPE (SgPersonDesk, sg_person_desk, ADW_TYPE_PREFERENCES_GROUP)

static void
row_activated_cb (AdwActionRow *row,
                  SgPersonDesk *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  guint index;

  if (!g_ptr_array_find (self->rows, row, &index) || !SG_IS_WINDOW (root))
    return;
  sg_window_show_record (SG_WINDOW (root), g_ptr_array_index (self->records, index));
}

/* Merging: the dialog's choices, then the toast's undo. */
typedef struct
{
  SgPersonDesk *desk;
  SgRecord     *gone;
  GPtrArray    *others;     /* SgRecord*, as the drop-down lists them */
  GtkWidget    *dropdown;
  GArray       *relinked;   /* after the merge: what undo names again */
} Merge;

static void
merge_free (gpointer data,
            GClosure *closure)
{
  Merge *merge = data;

  g_clear_object (&merge->desk);
  g_clear_object (&merge->gone);
  g_clear_pointer (&merge->others, g_ptr_array_unref);
  g_clear_pointer (&merge->relinked, g_array_unref);
  g_free (merge);
}

static void
show_toast (SgPersonDesk *self,
            AdwToast     *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static void
show_error (SgPersonDesk *self,
            const GError *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  show_toast (self, adw_toast_new (escaped));
}

static void
undo_merge_cb (AdwToast *toast,
               Merge    *merge)
{
  g_autoptr(GError) error = NULL;

  if (merge->relinked != NULL && !sg_store_undo_merge (merge->desk->store, merge->gone, merge->relinked, &error))
    show_error (merge->desk, error);
  g_clear_pointer (&merge->relinked, g_array_unref);
}

static void
merge_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   Merge            *merge)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *gone_name = NULL;
  g_autofree char *keep_name = NULL;
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;
  SgRecord *keep;
  Merge *taken;
  guint chosen;
  AdwToast *toast;

  if (!g_str_equal (response, "merge"))
    return;
  chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (merge->dropdown));
  if (chosen >= merge->others->len)
    return;
  keep = g_ptr_array_index (merge->others, chosen);
  merge->relinked = sg_store_merge_people (merge->desk->store, keep, merge->gone, &error);
  if (merge->relinked == NULL)
    {
      show_error (merge->desk, error);
      return;
    }

  gone_name = g_strdup (sg_record_peek_string (merge->gone, SG_PERSON_NAME));
  keep_name = g_strdup (sg_record_peek_string (keep, SG_PERSON_NAME));
  /* Translators: "Merged J. Petersen into Jana Petersen" */
  text = g_strdup_printf (_("Merged %s into %s"), gone_name ? gone_name : "", keep_name ? keep_name : "");
  escaped = g_markup_escape_text (text, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  /* The toast takes the merge over from the dialog. */
  taken = g_memdup2 (merge, sizeof *merge);
  memset (merge, 0, sizeof *merge);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_merge_cb), taken, merge_free, 0);
  show_toast (taken->desk, toast);
}

/* "petersen" of "J. Petersen": what an initial and a full name share. */
static char *
surname_key (const char *name)
{
  g_autofree char *key = sg_person_name_key (name ? name : "");
  const char *space = strrchr (key, ' ');

  return g_strdup (space ? space + 1 : key);
}

static void
merge_clicked_cb (SgPersonDesk *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  const char *name = sg_record_peek_string (self->person, SG_PERSON_NAME);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *dialog;
  Merge *merge;
  guint n;
  SgRecord *const *people = sg_store_peek_records (self->store, SG_TYPE_PERSON, &n);

  merge = g_new0 (Merge, 1);
  merge->desk = g_object_ref (self);
  merge->gone = g_object_ref (self->person);
  merge->others = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    if (people[i] != self->person)
      {
        const char *other = sg_record_peek_string (people[i], SG_PERSON_NAME);

        gtk_string_list_append (names, other ? other : sg_record_get_ref (people[i]));
        g_ptr_array_add (merge->others, g_object_ref (people[i]));
      }
  merge->dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
  /* The likeliest other spelling first: the same surname. */
  {
    g_autofree char *surname = surname_key (name);

    for (guint i = 0; i < merge->others->len; i++)
      {
        g_autofree char *other = surname_key (sg_record_peek_string (g_ptr_array_index (merge->others, i),
                                                                     SG_PERSON_NAME));

        if (*surname != '\0' && g_str_equal (surname, other))
          {
            gtk_drop_down_set_selected (GTK_DROP_DOWN (merge->dropdown), i);
            break;
          }
      }
  }

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL, NULL);
  /* Translators: %s is a person's name */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Merge %s Into Another Person?"),
                                     name ? name : "");
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Everything that names %s will name the person you choose, and %s "
                                    "leaves the directory. The change history keeps both names."),
                                  name ? name : "", name ? name : "");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), merge->dropdown);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "merge", _("_Merge"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "merge", merge->others->len > 0);
  g_signal_connect_data (dialog, "response", G_CALLBACK (merge_response_cb), merge, merge_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
clear (SgPersonDesk *self)
{
  for (guint i = 0; i < self->kinds->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->kinds, i));
  g_ptr_array_set_size (self->kinds, 0);
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->records, 0);
}

void
sg_person_desk_set_person (SgPersonDesk *self,
                           SgRecord     *person)
{
  g_autoptr(GArray) mentions = NULL;
  GtkWidget *expander = NULL;
  GType kind = G_TYPE_INVALID;
  guint in_kind = 0;

  g_return_if_fail (SG_IS_PERSON_DESK (self));

  clear (self);
  g_set_object (&self->person, person);
  gtk_widget_set_visible (self->merge_button, person != NULL);
  /* The person Preferences says you are: "My Responsibilities" opens here. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self),
                                   person != NULL && person == sg_settings_find_me (self->store)
                                   ? _("Your Responsibilities") : _("Responsible For"));
  if (person == NULL)
    return;

  mentions = sg_store_list_mentions (self->store, person);
  for (guint i = 0; i < mentions->len; i++)
    {
      SgStoreMention *m = &g_array_index (mentions, SgStoreMention, i);
      g_autofree char *name = sg_record_dup_display_name (m->record);
      GtkWidget *row = adw_action_row_new ();

      /* The records of one kind under one row that says how many: a CISO
       * is named by dozens of them. */
      if (G_OBJECT_TYPE (m->record) != kind)
        {
          kind = G_OBJECT_TYPE (m->record);
          in_kind = 0;
          expander = adw_expander_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander),
                                         sg_record_class_get_plural (SG_RECORD_GET_CLASS (m->record)));
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), expander);
          g_ptr_array_add (self->kinds, expander);
        }
      in_kind++;
      {
        g_autofree char *count = g_strdup_printf (ngettext ("%u entry", "%u entries", in_kind), in_kind);

        adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), count);
      }

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sg_field_get_label (m->field));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
      g_ptr_array_add (self->rows, row);
      g_ptr_array_add (self->records, g_object_ref (m->record));
    }
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         mentions->len == 0 ? _("Nothing in the register names this person yet.")
                                                            : NULL);
}

guint
sg_person_desk_get_n_items (SgPersonDesk *self)
{
  g_return_val_if_fail (SG_IS_PERSON_DESK (self), 0);

  return self->rows->len;
}

static void
sg_person_desk_dispose (GObject *object)
{
  SgPersonDesk *self = SG_PERSON_DESK (object);

  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_object (&self->person);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_person_desk_parent_class)->dispose (object);
}

static void
sg_person_desk_class_init (SgPersonDeskClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sg_person_desk_dispose;
}

static void
sg_person_desk_init (SgPersonDesk *self)
{
  self->kinds = g_ptr_array_new ();
  self->rows = g_ptr_array_new ();
  self->records = g_ptr_array_new_with_free_func (g_object_unref);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Responsible For"));
  /* Two spellings of one person, found after an import or an update:
   * everything of one goes to the other. */
  self->merge_button = gtk_button_new_with_mnemonic (_("_Merge Into…"));
  gtk_widget_set_valign (self->merge_button, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (self->merge_button, FALSE);
  g_signal_connect_swapped (self->merge_button, "clicked", G_CALLBACK (merge_clicked_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), self->merge_button);
}

GtkWidget *
sg_person_desk_new (SgStore *store)
{
  SgPersonDesk *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_PERSON_DESK, NULL);
  self->store = g_object_ref (store);
  return GTK_WIDGET (self);
}
