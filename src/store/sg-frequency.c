/* sg-frequency.c: a measurement frequency typed in words, read as an interval
 *
 * An objective's measurement frequency is free text, in whatever language
 * the register is kept. What a person writes there is mostly one of a few
 * words ("monthly", "Quarterly", "monatlich"), a number of units ("every
 * 2 weeks", "alle 3 Monate", "14-tägig") or a count per unit ("twice a
 * year", "zweimal im Jahr"). This reads those, in English and German,
 * and nothing else: text it cannot read gives no interval rather than a
 * guess, so no reading is ever reported late on a misread word.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-frequency"

#include "config.h"

#include <string.h>

#include "sg-frequency.h"

typedef struct
{
  const char *word;
  guint       months;
  guint       days;
} Unit;

/* Words that are an interval by themselves. */
static const Unit adverbs[] = {
  { "daily", 0, 1 }, { "täglich", 0, 1 }, { "taeglich", 0, 1 }, { "tägig", 0, 1 }, { "taegig", 0, 1 },
  { "weekly", 0, 7 }, { "wöchentlich", 0, 7 }, { "woechentlich", 0, 7 }, { "wöchig", 0, 7 },
  { "biweekly", 0, 14 }, { "fortnightly", 0, 14 }, { "zweiwöchentlich", 0, 14 },
  { "vierzehntägig", 0, 14 }, { "vierzehntaegig", 0, 14 },
  { "monthly", 1, 0 }, { "monatlich", 1, 0 }, { "monatl", 1, 0 },
  { "bimonthly", 2, 0 }, { "zweimonatlich", 2, 0 },
  { "quarterly", 3, 0 }, { "vierteljährlich", 3, 0 }, { "vierteljaehrlich", 3, 0 },
  { "quartalsweise", 3, 0 }, { "quartalsmäßig", 3, 0 }, { "quartalsmaessig", 3, 0 },
  { "semiannually", 6, 0 }, { "semiannual", 6, 0 }, { "biannually", 6, 0 }, { "biannual", 6, 0 },
  { "halfyearly", 6, 0 }, { "halbjährlich", 6, 0 }, { "halbjaehrlich", 6, 0 },
  { "annually", 12, 0 }, { "annual", 12, 0 }, { "yearly", 12, 0 }, { "jährlich", 12, 0 },
  { "jaehrlich", 12, 0 }, { "jährl", 12, 0 },
};

/* Units counted: "every 2 weeks", "per quarter", "alle 3 Monate". */
static const Unit nouns[] = {
  { "day", 0, 1 }, { "days", 0, 1 }, { "tag", 0, 1 }, { "tage", 0, 1 }, { "tagen", 0, 1 },
  { "week", 0, 7 }, { "weeks", 0, 7 }, { "woche", 0, 7 }, { "wochen", 0, 7 },
  { "month", 1, 0 }, { "months", 1, 0 }, { "monat", 1, 0 }, { "monate", 1, 0 },
  { "monaten", 1, 0 }, { "monats", 1, 0 },
  { "quarter", 3, 0 }, { "quarters", 3, 0 }, { "quartal", 3, 0 }, { "quartale", 3, 0 },
  { "quartalen", 3, 0 }, { "quartals", 3, 0 },
  { "year", 12, 0 }, { "years", 12, 0 }, { "jahr", 12, 0 }, { "jahre", 12, 0 },
  { "jahren", 12, 0 }, { "jahres", 12, 0 },
};

static const struct { const char *word; guint n; } numbers[] = {
  { "one", 1 }, { "a", 1 }, { "an", 1 }, { "ein", 1 }, { "eine", 1 }, { "einen", 1 }, { "einem", 1 },
  { "two", 2 }, { "other", 2 }, { "zwei", 2 }, { "three", 3 }, { "drei", 3 },
  { "four", 4 }, { "vier", 4 }, { "six", 6 }, { "sechs", 6 }, { "twelve", 12 }, { "zwölf", 12 },
};

/* "twice a year", "zweimal im Jahr", "3 times per year", "3x pro Jahr". */
static const struct { const char *word; guint n; } counts[] = {
  { "once", 1 }, { "einmal", 1 }, { "twice", 2 }, { "zweimal", 2 }, { "dreimal", 3 },
  { "viermal", 4 }, { "sechsmal", 6 }, { "zwölfmal", 12 },
};

static const Unit *
find_unit (const Unit *units,
           gsize       n_units,
           const char *word)
{
  for (gsize i = 0; i < n_units; i++)
    if (strcmp (units[i].word, word) == 0)
      return &units[i];
  return NULL;
}

/* A number written in digits or as a word; 0 if @word is neither. */
static guint
read_number (const char *word)
{
  if (g_ascii_isdigit (*word))
    {
      char *end;
      guint64 n = g_ascii_strtoull (word, &end, 10);

      return *end == '\0' && n > 0 && n <= 1000 ? (guint) n : 0;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (numbers); i++)
    if (strcmp (numbers[i].word, word) == 0)
      return numbers[i].n;
  return 0;
}

/* "3 times", "3x", "3 mal", "dreimal". */
static guint
read_count (char **words,
            guint  i,
            guint *used)
{
  guint n;

  *used = 1;
  for (gsize k = 0; k < G_N_ELEMENTS (counts); k++)
    if (strcmp (counts[k].word, words[i]) == 0)
      return counts[k].n;
  if (g_str_has_suffix (words[i], "x") && words[i][0] != 'x')
    {
      g_autofree char *digits = g_strndup (words[i], strlen (words[i]) - 1);

      if ((n = read_number (digits)) > 0)
        return n;
    }
  if ((n = read_number (words[i])) > 0 && words[i + 1] != NULL &&
      (strcmp (words[i + 1], "times") == 0 || strcmp (words[i + 1], "mal") == 0 ||
       strcmp (words[i + 1], "x") == 0))
    {
      *used = 2;
      return n;
    }
  return 0;
}

/* @unit divided by @count, in months where it divides evenly. */
static gboolean
divide (const Unit  *unit,
        guint        count,
        SgFrequency *frequency)
{
  guint days = unit->months > 0 ? unit->months * 365 / 12 : unit->days;

  if (unit->months > 0 && unit->months % count == 0)
    *frequency = (SgFrequency) { unit->months / count, 0 };
  else if (days / count > 0)
    *frequency = (SgFrequency) { 0, days / count };
  else
    return FALSE;
  return TRUE;
}

static gboolean
multiply (const Unit  *unit,
          guint        n,
          SgFrequency *frequency)
{
  *frequency = (SgFrequency) { unit->months * n, unit->days * n };
  return TRUE;
}

static gboolean
read_words (char        **words,
            SgFrequency  *frequency)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *previous = i > 0 ? words[i - 1] : "";
      const Unit *unit;
      guint count, used;

      if ((unit = find_unit (adverbs, G_N_ELEMENTS (adverbs), words[i])) != NULL)
        {
          /* "half-yearly", "semi-annually", "bi-weekly", "3-monatlich", "14-tägig" */
          if (strcmp (previous, "half") == 0 || strcmp (previous, "semi") == 0 ||
              strcmp (previous, "halb") == 0)
            return divide (unit, 2, frequency);
          if (strcmp (previous, "bi") == 0)
            return unit->months >= 12 ? divide (unit, 2, frequency) : multiply (unit, 2, frequency);
          if (read_number (previous) > 0 && g_ascii_isdigit (*previous))
            return multiply (unit, read_number (previous), frequency);
          *frequency = (SgFrequency) { unit->months, unit->days };
          return TRUE;
        }
      if ((count = read_count (words, i, &used)) > 0)
        {
          /* The unit within the next few words: "twice a year", "zweimal im Jahr". */
          for (guint k = i + used; words[k] != NULL && k <= i + used + 2; k++)
            {
              if ((unit = find_unit (nouns, G_N_ELEMENTS (nouns), words[k])) != NULL)
                return divide (unit, count, frequency);
              if ((unit = find_unit (adverbs, G_N_ELEMENTS (adverbs), words[k])) != NULL)
                return divide (unit, count, frequency);
            }
          continue;
        }
      if ((unit = find_unit (nouns, G_N_ELEMENTS (nouns), words[i])) != NULL)
        {
          guint n = read_number (previous);

          /* "0 months" or a number past reason is no interval. */
          if (n == 0 && g_ascii_isdigit (*previous))
            return FALSE;
          /* "every other week", "alle zwei Wochen", "per quarter", "jeden Monat" */
          return multiply (unit, n > 0 ? n : 1, frequency);
        }
    }
  return FALSE;
}

gboolean
sg_frequency_parse (const char  *text,
                    SgFrequency *frequency)
{
  g_autofree char *folded = NULL;
  g_autoptr(GString) spaced = NULL;
  g_auto(GStrv) words = NULL;
  SgFrequency read = { 0, 0 };

  g_return_val_if_fail (frequency != NULL, FALSE);

  *frequency = read;
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  {
    g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT_COMPOSE);

    folded = g_utf8_strdown (normal != NULL ? normal : text, -1);
  }
  /* Words are letters and digits; "half-yearly" and "14-tägig" are two. */
  spaced = g_string_new (NULL);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (spaced, c);
      else
        g_string_append_c (spaced, ' ');
    }
  words = g_strsplit (spaced->str, " ", -1);
  {
    /* Without the empty strings that runs of spaces leave. */
    guint n = 0;

    for (guint i = 0; words[i] != NULL; i++)
      if (*words[i] != '\0')
        words[n++] = words[i];
      else
        g_free (words[i]);
    words[n] = NULL;
  }
  if (!read_words (words, &read) || (read.months == 0 && read.days == 0) ||
      read.months > 120 || read.days > 3650)
    return FALSE;
  *frequency = read;
  return TRUE;
}

char *
sg_frequency_next (const SgFrequency *frequency,
                   const char        *date)
{
  GDate d;

  g_return_val_if_fail (frequency != NULL, NULL);

  if (date == NULL || strlen (date) != 10)
    return NULL;
  g_date_clear (&d, 1);
  g_date_set_parse (&d, date);
  if (!g_date_valid (&d))
    return NULL;
  if (frequency->months > 0)
    g_date_add_months (&d, frequency->months);
  else
    g_date_add_days (&d, frequency->days);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&d), g_date_get_month (&d),
                          g_date_get_day (&d));
}
