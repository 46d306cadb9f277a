/* sg-preferences-window.h: organisation, defaults for new entries, style
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SG_TYPE_PREFERENCES_WINDOW (sg_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (SgPreferencesWindow, sg_preferences_window, SG, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *sg_preferences_window_new (GtkWindow *parent);

/* Follows the "style-variant" setting; called once at start-up. */
void       sg_preferences_apply_style (void);

G_END_DECLS
