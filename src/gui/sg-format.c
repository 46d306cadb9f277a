/* sg-format.c: how field values read in lists, editors and the history
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-format"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "sg-format.h"

/* Length of the run of digits, or of non-digits, that starts @s. */
static gsize
run_length (const char *s)
{
  gboolean digits = g_ascii_isdigit (*s);
  const char *p = s;

  while (*p != '\0' && (g_ascii_isdigit (*p) != 0) == digits)
    p++;
  return p - s;
}

static int
compare_numbers (const char *a,
                 gsize       len_a,
                 const char *b,
                 gsize       len_b)
{
  int cmp;

  while (len_a > 1 && *a == '0')
    a++, len_a--;
  while (len_b > 1 && *b == '0')
    b++, len_b--;
  if (len_a != len_b)
    return len_a < len_b ? -1 : 1;
  cmp = memcmp (a, b, len_a);
  return cmp < 0 ? -1 : cmp > 0 ? 1 : 0;
}

static int
compare_words (const char *a,
               gsize       len_a,
               const char *b,
               gsize       len_b)
{
  g_autofree char *fa = g_utf8_casefold (a, len_a);
  g_autofree char *fb = g_utf8_casefold (b, len_b);
  int cmp = g_utf8_collate (fa, fb);

  return cmp < 0 ? -1 : cmp > 0 ? 1 : 0;
}

int
sg_natural_compare (const char *a,
                    const char *b)
{
  gboolean empty_a = a == NULL || *a == '\0';
  gboolean empty_b = b == NULL || *b == '\0';

  if (empty_a || empty_b)
    return empty_a == empty_b ? 0 : empty_a ? 1 : -1;

  while (*a != '\0' && *b != '\0')
    {
      gsize len_a = run_length (a);
      gsize len_b = run_length (b);
      gboolean digits_a = g_ascii_isdigit (*a);
      gboolean digits_b = g_ascii_isdigit (*b);
      int cmp;

      if (digits_a && digits_b)
        cmp = compare_numbers (a, len_a, b, len_b);
      else if (digits_a != digits_b)
        cmp = digits_a ? -1 : 1;
      else
        cmp = compare_words (a, len_a, b, len_b);
      if (cmp != 0)
        return cmp;
      a += len_a;
      b += len_b;
    }

  return *a == '\0' ? (*b == '\0' ? 0 : -1) : 1;
}

char *
sg_format_folder (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *relative = NULL;

  if (parent == NULL)
    return g_strdup ("/");
  if (g_file_equal (parent, home))
    return g_strdup ("~");
  relative = g_file_get_relative_path (home, parent);
  if (relative != NULL)
    return g_build_filename ("~", relative, NULL);
  return g_file_get_parse_name (parent);
}

char *
sg_format_value (SgStore      *store,
                 GParamSpec   *pspec,
                 const GValue *value)
{
  return sg_field_format (pspec, value, SG_FIELD_USE_DISPLAY,
                          store ? sg_store_get_field_resolver (store) : NULL);
}

char *
sg_format_field (SgStore    *store,
                 SgRecord   *record,
                 GParamSpec *pspec)
{
  return sg_format_value (store, pspec, sg_record_peek_value (record, pspec));
}

const char *
sg_format_plural_title (SgRecordClass *klass)
{
  const char *plural, *page;
  g_autofree char *plural_folded = NULL;
  g_autofree char *page_folded = NULL;

  g_return_val_if_fail (SG_IS_RECORD_CLASS (klass), NULL);

  plural = sg_record_class_get_plural (klass);
  page = sg_record_class_get_page_title (klass);
  plural_folded = g_utf8_casefold (plural, -1);
  page_folded = g_utf8_casefold (page, -1);
  return g_str_equal (plural_folded, page_folded) ? page : plural;
}
