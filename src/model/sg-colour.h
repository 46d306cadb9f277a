/* sg-colour.h: the colours of risk levels, and text that stays readable on them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "#rrggbb" as 0xRRGGBB; FALSE when @text is not such a colour. */
gboolean  sg_colour_parse     (const char *text,
                               guint32    *rgb);
/* WCAG 2 relative luminance: 0 for black, 1 for white. */
double    sg_colour_luminance (guint32     rgb);
/* Black (0x000000) or white (0xFFFFFF), whichever contrasts more with
 * @background: one of the two always reaches WCAG AA's 4.5:1. */
guint32   sg_colour_text_on   (guint32     background);

G_END_DECLS
