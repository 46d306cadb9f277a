/* sg-level-style.c: risk levels shown in their colour, readable in light and dark style
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-level-style"

#include "config.h"

#include <string.h>

#include "sg-level-style.h"

/* One style class per colour, not per level: every window and register
 * shares them, and a table of thousands of cells needs no provider each. */
static GtkCssProvider *provider;
static GString *css;
static GHashTable *known;

static gboolean
parse_colour (const char *colour,
              GdkRGBA    *rgba)
{
  return colour != NULL && strlen (colour) == 7 && colour[0] == '#' && gdk_rgba_parse (rgba, colour);
}

static char *
ensure_class (const char *colour)
{
  g_autofree char *lower = g_ascii_strdown (colour + 1, -1);
  char *name = g_strdup_printf ("sg-level-%s", lower);
  GdkRGBA rgba;
  double luminance;

  if (known == NULL)
    known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_contains (known, name))
    return name;

  parse_colour (colour, &rgba);
  /* Relative luminance (sRGB weights, no gamma: close enough to choose a side). */
  luminance = 0.2126 * rgba.red + 0.7152 * rgba.green + 0.0722 * rgba.blue;
  if (css == NULL)
    css = g_string_new (NULL);
  g_string_append_printf (css, ".%s { background-color: #%s; color: %s; }\n", name, lower,
                          luminance > 0.55 ? "rgba(0, 0, 0, 0.87)" : "#ffffff");
  g_hash_table_add (known, g_strdup (name));

  if (provider == NULL)
    {
      provider = gtk_css_provider_new ();
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
    }
  gtk_css_provider_load_from_data (provider, css->str, -1);
  return name;
}

void
sg_level_style_apply (GtkWidget   *widget,
                      SgRiskLevel *level)
{
  const char *colour = level ? sg_record_peek_string (SG_RECORD (level), "colour") : NULL;
  const char *old = g_object_get_data (G_OBJECT (widget), "sg-level-class");
  g_autofree char *name = NULL;
  GdkRGBA rgba;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (parse_colour (colour, &rgba))
    name = ensure_class (colour);
  if (g_strcmp0 (old, name) == 0)
    return;
  if (old != NULL)
    gtk_widget_remove_css_class (widget, old);
  if (name != NULL)
    gtk_widget_add_css_class (widget, name);
  gtk_widget_add_css_class (widget, "sg-level");
  g_object_set_data_full (G_OBJECT (widget), "sg-level-class", g_steal_pointer (&name), g_free);
}
