/* sg-level-style.c: risk levels shown in their colour, readable in light and dark style
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-level-style"

#include "config.h"

#include "sg-colour.h"
#include "sg-level-style.h"

/* One style class per colour, not per level: every window and register
 * shares them, and a table of thousands of cells needs no provider each. */
static GtkCssProvider *provider;
static GString *css;
static GHashTable *known;

static char *
ensure_class (guint32 rgb)
{
  char *name = g_strdup_printf ("sg-level-%06x", rgb);

  if (known == NULL)
    known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_contains (known, name))
    return name;

  if (css == NULL)
    css = g_string_new (NULL);
  /* The same black or white as on the heat map and in the workbook. */
  g_string_append_printf (css, ".%s { background-color: #%06x; color: #%06x; }\n", name, rgb,
                          sg_colour_text_on (rgb));
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
  guint32 rgb;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (sg_colour_parse (colour, &rgb))
    name = ensure_class (rgb);
  if (g_strcmp0 (old, name) == 0)
    return;
  if (old != NULL)
    gtk_widget_remove_css_class (widget, old);
  if (name != NULL)
    gtk_widget_add_css_class (widget, name);
  gtk_widget_add_css_class (widget, "sg-level");
  g_object_set_data_full (G_OBJECT (widget), "sg-level-class", g_steal_pointer (&name), g_free);
}
