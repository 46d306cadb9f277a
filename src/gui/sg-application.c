/* sg-application.c: the application — command line, windows, app actions
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-application"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sg-application.h"
#include "sg-command-line.h"
#include "sg-preferences-window.h"
#include "sg-settings.h"
#include "sg-store-copies.h"
#include "sg-welcome-page.h"
#include "sg-window.h"

struct _SgApplication
{
  AdwApplication  parent_instance;
};

G_DEFINE_FINAL_TYPE (SgApplication, sg_application, ADW_TYPE_APPLICATION)

static SgWindow *
find_window_for (SgApplication *self,
                 const char    *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      SgStore *store;

      if (!SG_IS_WINDOW (l->data))
        continue;
      store = sg_window_get_store (l->data);
      if (store != NULL && g_strcmp0 (sg_store_get_path (store), path) == 0)
        return l->data;
    }
  return NULL;
}

static void
remember (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *exec = g_strdup_printf ("%s %%u", g_get_prgname ());
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *) SG_REGISTER_MIME_TYPE,
    .app_name = (char *) g_get_application_name (),
    .app_exec = exec,
    .groups = NULL,
    .is_private = FALSE,
  };

  if (uri != NULL)
    gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

SgWindow *
sg_application_open_path (SgApplication    *self,
                          const char       *path,
                          SgStoreOpenFlags  flags,
                          gboolean          add_to_recent,
                          SgWindow         *from)
{
  g_autofree char *canonical = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SgWindow *window;

  g_return_val_if_fail (SG_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (from == NULL || SG_IS_WINDOW (from), NULL);

  canonical = g_canonicalize_filename (path, NULL);
  if ((window = find_window_for (self, canonical)) != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return window;
    }

  window = from != NULL && sg_window_get_store (from) == NULL ? from : NULL;
  /* A frozen copy is evidence: it is read, never changed. */
  if (!(flags & SG_STORE_OPEN_CREATE))
    {
      g_autofree char *manifest = sg_frozen_copy_manifest_path (canonical);

      if (g_file_test (manifest, G_FILE_TEST_EXISTS))
        flags |= SG_STORE_OPEN_READ_ONLY;
    }
  store = sg_store_open (canonical, flags, &error);
  if (store == NULL)
    {
      if (window == NULL)
        window = from ? from : sg_window_new (self, NULL);
      gtk_window_present (GTK_WINDOW (window));
      sg_window_show_error (window,
                            (flags & SG_STORE_OPEN_CREATE) && !g_file_test (canonical, G_FILE_TEST_EXISTS)
                              ? _("Could Not Create the Register") : _("Could Not Open the Register"),
                            error->message);
      return window;
    }

  if (window == NULL)
    window = sg_window_new (self, store);
  else
    sg_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));

  if (add_to_recent)
    remember (canonical);
  return window;
}

SgWindow *
sg_application_open_file (SgApplication *self,
                          GFile         *file,
                          SgWindow      *from)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (SG_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not on this computer. Copy the register to a local folder and open it there."),
                         name);
      SgWindow *window = from ? from : sg_window_new (self, NULL);

      gtk_window_present (GTK_WINDOW (window));
      sg_window_show_error (window, _("Could Not Open the Register"), message);
      return window;
    }
  return sg_application_open_path (self, path, SG_STORE_OPEN_EXISTING, TRUE, from);
}

/* Started without a file: the register used last, or the one earlier
 * releases created on their first start; with neither, the welcome page,
 * where the person decides where the register lives (or looks at the
 * example first) instead of finding an empty file made for them. */
static void
open_last_register (SgApplication *self)
{
  g_autoptr(GPtrArray) recent = sg_recent_registers (gtk_recent_manager_get_default ());
  g_autofree char *older = g_build_filename (g_get_user_data_dir (), "safeguard", "register.isms", NULL);
  g_autofree char *path = NULL;

  if (recent->len > 0)
    path = g_filename_from_uri (gtk_recent_info_get_uri (g_ptr_array_index (recent, 0)), NULL, NULL);
  else if (g_file_test (older, G_FILE_TEST_IS_REGULAR))
    path = g_strdup (older);

  if (path != NULL)
    sg_application_open_path (self, path, SG_STORE_OPEN_EXISTING, TRUE, NULL);
  else
    gtk_window_present (GTK_WINDOW (sg_window_new (self, NULL)));
}

/* Application actions */

static void
quit_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       data)
{
  GApplication *app = data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  /* Closing each window lets it save its size and what is still being typed. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_application_quit (app);
}

static void
shortcuts_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       data)
{
  GtkApplication *app = data;
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/safeguard_isms/Safeguard/ui/sg-shortcuts-window.ui");
  GtkWindow *window = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));

  gtk_window_set_transient_for (window, gtk_application_get_active_window (app));
  gtk_window_set_application (window, app);
  gtk_window_present (window);
}

static void
preferences_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (sg_preferences_window_new (parent)));
}

/* The notification of what became overdue opens the Due page of its register. */
static void
show_due_cb (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       data)
{
  SgApplication *self = data;
  SgWindow *window = sg_application_open_path (self, g_variant_get_string (parameter, NULL),
                                               SG_STORE_OPEN_EXISTING, FALSE, NULL);

  if (window != NULL && sg_window_get_store (window) != NULL)
    sg_window_show_page (window, "due");
}

static void
about_cb (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       data)
{
  GtkApplication *app = data;
  const char *developers[] = { _("Safeguard developers"), NULL };
  GtkWidget *about = adw_about_window_new ();

  gtk_window_set_transient_for (GTK_WINDOW (about), gtk_application_get_active_window (app));
  adw_about_window_set_application_name (ADW_ABOUT_WINDOW (about), g_get_application_name ());
  adw_about_window_set_application_icon (ADW_ABOUT_WINDOW (about), APP_ID);
  adw_about_window_set_version (ADW_ABOUT_WINDOW (about), PACKAGE_VERSION);
  adw_about_window_set_developer_name (ADW_ABOUT_WINDOW (about), _("Safeguard developers"));
  adw_about_window_set_developers (ADW_ABOUT_WINDOW (about), developers);
  adw_about_window_set_license_type (ADW_ABOUT_WINDOW (about), GTK_LICENSE_GPL_3_0);
  adw_about_window_set_website (ADW_ABOUT_WINDOW (about), PACKAGE_URL);
  adw_about_window_set_issue_url (ADW_ABOUT_WINDOW (about), PACKAGE_URL "/issues");
  adw_about_window_set_comments (ADW_ABOUT_WINDOW (about),
                                 _("Run an ISO/IEC 27001:2022 information security management "
                                   "system: scope, risks, the Statement of Applicability, "
                                   "objectives, audits and improvement, in one register."));
  /* Translators: your names, one per line, to be credited in the About window */
  adw_about_window_set_translator_credits (ADW_ABOUT_WINDOW (about), _("translator-credits"));
  gtk_window_present (GTK_WINDOW (about));
}

/* GApplication */

static int
sg_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  /* --check, --export-…: done here, without a display; -1 goes on to the GUI. */
  return sg_command_line_handle (options);
}

static void
sg_application_startup (GApplication *app)
{
  static const GActionEntry actions[] = {
    { .name = "quit", .activate = quit_cb },
    { .name = "shortcuts", .activate = shortcuts_cb },
    { .name = "about", .activate = about_cb },
    { .name = "preferences", .activate = preferences_cb },
    { .name = "show-due", .parameter_type = "s", .activate = show_due_cb },
  };
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.shortcuts", { "<Control>question", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.new-register", { "<Control><Shift>n", NULL } },
    { "win.open-register", { "<Control>o", NULL } },
  };

  G_APPLICATION_CLASS (sg_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), actions, G_N_ELEMENTS (actions), app);
  /* Without a settings schema there is nothing Preferences could keep. */
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (app), "preferences")),
                               sg_settings_get () != NULL);
  sg_preferences_apply_style ();
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);
}

static void
sg_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    gtk_window_present (window);
  else
    open_last_register (SG_APPLICATION (app));
}

static void
sg_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    sg_application_open_file (SG_APPLICATION (app), files[i], NULL);
}

static int
sg_application_command_line (GApplication            *app,
                             GApplicationCommandLine *command_line)
{
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree const char **paths = NULL;

  if (!g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &paths) ||
      paths == NULL || paths[0] == NULL)
    {
      g_application_activate (app);
      return 0;
    }

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, paths[i]);
      sg_application_open_file (SG_APPLICATION (app), file, NULL);
    }
  return 0;
}

static void
sg_application_constructed (GObject *object)
{
  G_OBJECT_CLASS (sg_application_parent_class)->constructed (object);

  sg_command_line_add_options (G_APPLICATION (object));
}

static void
sg_application_class_init (SgApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->constructed = sg_application_constructed;
  app_class->handle_local_options = sg_application_handle_local_options;
  app_class->startup = sg_application_startup;
  app_class->activate = sg_application_activate;
  app_class->open = sg_application_open;
  app_class->command_line = sg_application_command_line;
}

static void
sg_application_init (SgApplication *self)
{
}

SgApplication *
sg_application_new (void)
{
  return g_object_new (SG_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/safeguard_isms/Safeguard",
                       NULL);
}
