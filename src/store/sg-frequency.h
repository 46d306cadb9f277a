/* sg-frequency.h: a measurement frequency typed in words, read as an interval
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An interval of whole months or of days (one of the two is 0). */
typedef struct
{
  guint months;
  guint days;
} SgFrequency;

/* Reads @text ("monthly", "every 2 weeks", "vierteljährlich", "twice a
 * year" …, English or German, any case) into @frequency. FALSE when
 * the text names no interval ("as needed", "laufend", empty). */
gboolean sg_frequency_parse (const char  *text,
                             SgFrequency *frequency);

/* @date (ISO 8601) plus one interval, as ISO 8601; NULL when @date is
 * not a date. */
char    *sg_frequency_next  (const SgFrequency *frequency,
                             const char        *date);

G_END_DECLS
