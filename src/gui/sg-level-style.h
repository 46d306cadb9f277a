/* sg-level-style.h: risk levels shown in their colour, readable in light and dark style
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-risk-level.h"

G_BEGIN_DECLS

/* Gives @widget the background colour of @level (NULL: none) and a text
 * colour that reads on it; replaces the level it showed before. */
void sg_level_style_apply (GtkWidget   *widget,
                           SgRiskLevel *level);

G_END_DECLS
