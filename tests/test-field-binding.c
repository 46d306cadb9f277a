/* test-field-binding.c: what a row says beyond its value — a document's
 * location opens, an asset's protection need reads as a word
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "sg-asset.h"
#include "sg-document.h"
#include "sg-field-binding.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"

static char *tmpdir;

typedef struct
{
  char      *path;
  SgStore   *store;
  GtkWidget *window;
  GtkWidget *group;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->path = g_build_filename (tmpdir, "binding.isms", NULL);
  g_unlink (f->path);
  f->store = sg_store_open (f->path, SG_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  f->group = adw_preferences_group_new ();
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 600, 400);
  gtk_window_set_child (GTK_WINDOW (f->window), f->group);
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->store);
  g_unlink (f->path);
  g_free (f->path);
}

static SgFieldBinding *
bind (Fixture    *f,
      SgRecord   *record,
      const char *field)
{
  GParamSpec *pspec = sg_record_class_find_field (SG_RECORD_GET_CLASS (record), field);
  SgFieldBinding *binding = sg_field_binding_new (f->store, pspec);

  sg_field_binding_set_record (binding, record);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (f->group), sg_field_binding_get_widget (binding));
  sg_test_wait_for (sg_test_is_mapped, sg_field_binding_get_widget (binding));
  return binding;
}

/* The button named "Open Location" in @row, or NULL. */
static GtkWidget *
find_open_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (child)), "document-open-symbolic") == 0)
        return child;
      if ((found = find_open_button (child)) != NULL)
        return found;
    }
  return NULL;
}

/* 7.5.3: a document's file or web address opens from its row; anything
 * else is never handed to the desktop, and the button says why. */
static void
test_location (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SgRecord) document = g_object_new (SG_TYPE_DOCUMENT, "title", "Policy", NULL);
  g_autoptr(SgRecord) asset = g_object_new (SG_TYPE_ASSET, "name", "Server", "location", "/", NULL);
  g_autoptr(SgFieldBinding) binding = NULL;
  g_autoptr(SgFieldBinding) asset_binding = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row, *button;
  const struct { const char *text; gboolean visible, sensitive; } cases[] = {
    { NULL, FALSE, FALSE },
    { "https://intranet.example.org/isms/policy.pdf", TRUE, TRUE },
    { "http://example.org", TRUE, TRUE },
    { "/", TRUE, TRUE },
    { "file:///", TRUE, TRUE },
    { "/no/such/policy.pdf", TRUE, FALSE },
    { "javascript:alert(1)", TRUE, FALSE },
    { "smb://fileserver/isms/policy.pdf", TRUE, FALSE },
    { "intranet → policies", TRUE, FALSE },
  };

  g_assert_true (sg_store_add (f->store, document, &error));
  g_assert_true (sg_store_add (f->store, asset, &error));
  binding = bind (f, document, "location");
  row = sg_field_binding_get_widget (binding);
  button = find_open_button (row);
  g_assert_nonnull (button);
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Open Location");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_object_set (document, "location", cases[i].text, NULL);
      g_assert_cmpint (gtk_widget_get_visible (button), ==, cases[i].visible);
      if (!cases[i].visible)
        continue;
      g_assert_cmpint (gtk_widget_get_sensitive (button), ==, cases[i].sensitive);
      g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==,
                       cases[i].sensitive ? "Open Location"
                       : g_str_has_prefix (cases[i].text, "/") ? "File not found"
                       : "Only a web address (http, https) or a file can be opened");
    }

  /* As typed, before it is saved. */
  gtk_editable_set_text (GTK_EDITABLE (row), "https://example.org/policy");
  g_assert_true (gtk_widget_get_sensitive (button));

  /* An asset's location is a place, not an address: no button. */
  asset_binding = bind (f, asset, "location");
  g_assert_null (find_open_button (sg_field_binding_get_widget (asset_binding)));
}

/* Annex A 5.12: a protection need reads as a word under its title. */
static void
test_value_labels (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SgRecord) asset = g_object_new (SG_TYPE_ASSET, "name", "Payroll", "confidentiality", 3, NULL);
  g_autoptr(SgFieldBinding) binding = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;

  g_assert_true (sg_store_add (f->store, asset, &error));
  binding = bind (f, asset, "confidentiality");
  row = sg_field_binding_get_widget (binding);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Very high");
  g_object_set (asset, "confidentiality", 1, NULL);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Normal");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;

  g_test_add ("/field-binding/location", Fixture, NULL, fixture_set_up, test_location, fixture_tear_down);
  g_test_add ("/field-binding/value-labels", Fixture, NULL, fixture_set_up, test_value_labels, fixture_tear_down);

  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
