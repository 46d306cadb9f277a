/* sg-preferences-window.c: organisation, defaults for new entries,
 * backups, style
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-person.h"
#include "sg-preferences-window.h"
#include "sg-settings.h"
#include "sg-window.h"

struct _SgPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwEntryRow          *organisation_row;
  AdwEntryRow          *owner_row;
  GtkSpinButton        *risk_interval_spin;
  GtkSpinButton        *document_interval_spin;
  GtkSpinButton        *due_days_spin;
  GtkSpinButton        *evidence_months_spin;
  AdwComboRow          *style_row;
  AdwComboRow          *me_row;
  GtkStringList        *me_names;   /* the row's items; the first is "nobody" */
  AdwActionRow         *backup_folder_row;
  GtkWidget            *backup_reset_button;
  GtkNativeDialog      *folder_chooser;
};

G_DEFINE_FINAL_TYPE (SgPreferencesWindow, sg_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The order of the style row's items. */
static const char *styles[] = { "follow", "light", "dark" };

static gboolean
style_to_row (GValue   *value,
              GVariant *variant,
              gpointer  user_data)
{
  const char *style = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    if (g_str_equal (style, styles[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
row_to_style (const GValue       *value,
              const GVariantType *expected_type,
              gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  return g_variant_new_string (styles[MIN (i, G_N_ELEMENTS (styles) - 1)]);
}

static void
style_changed_cb (GSettings  *settings,
                  const char *key,
                  gpointer    user_data)
{
  g_autofree char *style = g_settings_get_string (settings, "style-variant");
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (style, "light"))
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (style, "dark"))
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

void
sg_preferences_apply_style (void)
{
  GSettings *settings = sg_settings_get ();

  if (settings == NULL)
    return;
  g_signal_connect (settings, "changed::style-variant", G_CALLBACK (style_changed_cb), NULL);
  style_changed_cb (settings, "style-variant", NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

/* The directory of the open register, those still with the organisation,
 * by name; the one chosen before stays on the list even if not there. */
static void
fill_me_row (SgPreferencesWindow *self,
             SgStore             *store)
{
  GSettings *settings = sg_settings_get ();
  g_autofree char *me = settings ? g_settings_get_string (settings, "me") : g_strdup ("");
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  SgRecord *found = store ? sg_store_find_person (store, me) : NULL;
  guint selected = 0;

  self->me_names = gtk_string_list_new (NULL);
  gtk_string_list_append (self->me_names, _("Not Chosen"));
  if (store != NULL)
    {
      guint n;
      SgRecord *const *people = sg_store_peek_records (store, SG_TYPE_PERSON, &n);

      for (guint i = 0; i < n; i++)
        {
          const char *name = sg_record_peek_string (people[i], SG_PERSON_NAME);

          if (name != NULL && (sg_record_peek_boolean (people[i], SG_PERSON_ACTIVE) || people[i] == found))
            g_ptr_array_add (names, (gpointer) name);
        }
    }
  if (found == NULL && *me != '\0')
    g_ptr_array_add (names, me);
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      gtk_string_list_append (self->me_names, name);
      if (found != NULL ? name == sg_record_peek_string (found, SG_PERSON_NAME) : g_str_equal (name, me))
        selected = i + 1;
    }
  adw_combo_row_set_model (self->me_row, G_LIST_MODEL (self->me_names));
  adw_combo_row_set_selected (self->me_row, selected);
  if (store == NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->me_row), _("Open a register to choose from its people."));
      gtk_widget_set_sensitive (GTK_WIDGET (self->me_row), FALSE);
    }
}

static void
me_selected_cb (SgPreferencesWindow *self)
{
  GSettings *settings = sg_settings_get ();
  guint i = adw_combo_row_get_selected (self->me_row);

  if (settings == NULL || i == GTK_INVALID_LIST_POSITION)
    return;
  g_settings_set_string (settings, "me",
                         i == 0 ? "" : gtk_string_list_get_string (self->me_names, i));
}

/* Backups */

static void
show_backup_folder (SgPreferencesWindow *self)
{
  GSettings *settings = sg_settings_get ();
  g_autofree char *folder = settings ? g_settings_get_string (settings, "backup-folder") : g_strdup ("");
  g_autofree char *display = g_filename_display_name (folder);

  if (folder[0] == '\0')
    adw_action_row_set_subtitle (self->backup_folder_row,
                                 _("Beside each register, in a folder named after it "
                                   "(“register.isms-backups”)"));
  else
    adw_action_row_set_subtitle (self->backup_folder_row, display);
  gtk_widget_set_sensitive (self->backup_reset_button, folder[0] != '\0');
}

static void
backup_reset_clicked_cb (SgPreferencesWindow *self)
{
  GSettings *settings = sg_settings_get ();

  if (settings != NULL)
    g_settings_reset (settings, "backup-folder");
}

static void
folder_chosen_cb (SgPreferencesWindow *self,
                  int                  response)
{
  GSettings *settings = sg_settings_get ();
  g_autoptr(GFile) folder = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->folder_chooser));
  g_clear_object (&self->folder_chooser);
  if (folder == NULL || settings == NULL || (path = g_file_get_path (folder)) == NULL)
    return;
  g_settings_set_string (settings, "backup-folder", path);
}

static void
backup_choose_clicked_cb (SgPreferencesWindow *self)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Backup Folder"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                         _("_Choose"), _("_Cancel"));
  g_clear_object (&self->folder_chooser);
  self->folder_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_set_modal (self->folder_chooser, TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (folder_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->folder_chooser);
}

static void
sg_preferences_window_dispose (GObject *object)
{
  SgPreferencesWindow *self = SG_PREFERENCES_WINDOW (object);

  if (self->folder_chooser != NULL)
    gtk_native_dialog_destroy (self->folder_chooser);
  g_clear_object (&self->folder_chooser);
  gtk_widget_dispose_template (GTK_WIDGET (object), SG_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&SG_PREFERENCES_WINDOW (object)->me_names);

  G_OBJECT_CLASS (sg_preferences_window_parent_class)->dispose (object);
}

static void
sg_preferences_window_class_init (SgPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/safeguard_isms/Safeguard/ui/sg-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SgPreferencesWindow, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, SgPreferencesWindow, owner_row);
  gtk_widget_class_bind_template_child (widget_class, SgPreferencesWindow, risk_interval_spin);
  gtk_widget_class_bind_template_child (widget_class, SgPreferencesWindow, document_interval_spin);
  gtk_widget_class_bind_template_child (widget_class, SgPreferencesWindow, due_days_spin);
  gtk_widget_class_bind_template_child (widget_class, SgPreferencesWindow, evidence_months_spin);
  gtk_widget_class_bind_template_child (widget_class, SgPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, SgPreferencesWindow, me_row);
  gtk_widget_class_bind_template_child (widget_class, SgPreferencesWindow, backup_folder_row);
  gtk_widget_class_bind_template_child (widget_class, SgPreferencesWindow, backup_reset_button);
  gtk_widget_class_bind_template_callback (widget_class, backup_reset_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, backup_choose_clicked_cb);
}

static void
sg_preferences_window_init (SgPreferencesWindow *self)
{
  GSettings *settings = sg_settings_get ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The window is only offered when the settings exist. */
  g_return_if_fail (settings != NULL);

  g_settings_bind (settings, "organisation-name", self->organisation_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "default-owner", self->owner_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "review-interval-risks-months",
                   gtk_spin_button_get_adjustment (self->risk_interval_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "review-interval-documents-months",
                   gtk_spin_button_get_adjustment (self->document_interval_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "evidence-months",
                   gtk_spin_button_get_adjustment (self->evidence_months_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "due-days",
                   gtk_spin_button_get_adjustment (self->due_days_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "style-variant", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, style_to_row, row_to_style, NULL, NULL);
  g_signal_connect_object (settings, "changed::backup-folder", G_CALLBACK (show_backup_folder), self,
                           G_CONNECT_SWAPPED);
  show_backup_folder (self);
}

GtkWidget *
sg_preferences_window_new (GtkWindow *parent)
{
  SgPreferencesWindow *self = g_object_new (SG_TYPE_PREFERENCES_WINDOW,
                                            "transient-for", parent,
                                            "modal", TRUE,
                                            NULL);

  /* "You" is chosen among the people of the register open behind. */
  fill_me_row (self, SG_IS_WINDOW (parent) ? sg_window_get_store (SG_WINDOW (parent)) : NULL);
  g_signal_connect_swapped (self->me_row, "notify::selected", G_CALLBACK (me_selected_cb), self);
  return GTK_WIDGET (self);
}
