/* sg-colour.c: the colours of risk levels, and text that stays readable on them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-colour"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sg-colour.h"

gboolean
sg_colour_parse (const char *text,
                 guint32    *rgb)
{
  guint64 value;

  g_return_val_if_fail (rgb != NULL, FALSE);

  if (text == NULL || text[0] != '#' || strlen (text) != 7 || !g_ascii_isxdigit (text[1]) ||
      !g_ascii_string_to_unsigned (text + 1, 16, 0, 0xFFFFFF, &value, NULL))
    return FALSE;
  *rgb = (guint32) value;
  return TRUE;
}

static double
linear_channel (guint32 c8)
{
  double c = c8 / 255.0;

  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

double
sg_colour_luminance (guint32 rgb)
{
  return 0.2126 * linear_channel ((rgb >> 16) & 0xFF) +
         0.7152 * linear_channel ((rgb >> 8) & 0xFF) +
         0.0722 * linear_channel (rgb & 0xFF);
}

guint32
sg_colour_text_on (guint32 background)
{
  double lum = sg_colour_luminance (background);

  /* Contrast with black (lum + 0.05) / 0.05, with white 1.05 / (lum + 0.05). */
  return (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) ? 0x000000 : 0xFFFFFF;
}
