/* sg-protection-levels.c: what the three levels of an asset's protection need mean in this register
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The asset's needs are numbers 1 to 3 with built-in words
 * (sg-asset.c). A register may name them its own way, like the risk
 * scales; a level's row exists only once someone edited it, so an
 * untouched register keeps following the built-in words and their
 * translation. The resolver (sg-store-names.c) hands these labels to
 * every number field that has built-in words — today the asset's
 * needs — so lists, the editor and the workbook read alike. */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-asset.h"
#include "sg-protection-level.h"
#include "sg-protection-levels.h"

/* The meaning the built-in words carry, after the usual three-step scale. */
static const char *const builtin_descriptions[SG_PROTECTION_LEVELS_N + 1] = {
  NULL,
  N_("The damage a breach does is limited and can be overcome."),
  N_("The damage a breach does is considerable."),
  N_("The damage a breach does threatens the organization's existence."),
};

SgRecord *
sg_protection_levels_find (SgStore *store,
                           int      value)
{
  SgRecord *const *levels;
  guint n;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  levels = sg_store_peek_records (store, SG_TYPE_PROTECTION_LEVEL, &n);
  for (guint i = 0; i < n; i++)
    if (sg_record_peek_int (levels[i], SG_PROTECTION_LEVEL_VALUE) == value)
      return levels[i];
  return NULL;
}

static const char *
own_text (SgStore    *store,
          int         value,
          const char *field)
{
  SgRecord *level = sg_protection_levels_find (store, value);
  const char *text = level != NULL ? sg_record_peek_string (level, field) : NULL;

  return text != NULL && *text != '\0' ? text : NULL;
}

const char *
sg_protection_levels_get_label (SgStore *store,
                                int      value)
{
  const char *own;
  GParamSpec *need;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  own = own_text (store, value, SG_PROTECTION_LEVEL_LABEL);
  if (own != NULL)
    return own;
  need = sg_record_class_find_field (g_type_class_peek (SG_TYPE_ASSET), "confidentiality");
  return need != NULL ? sg_field_get_value_label (need, value) : NULL;
}

const char *
sg_protection_levels_get_description (SgStore *store,
                                      int      value)
{
  const char *own;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  own = own_text (store, value, SG_PROTECTION_LEVEL_DESCRIPTION);
  if (own != NULL)
    return own;
  return value >= 1 && value <= SG_PROTECTION_LEVELS_N ? _(builtin_descriptions[value]) : NULL;
}

gboolean
sg_protection_levels_set (SgStore     *store,
                          int          value,
                          const char  *field,
                          const char  *text,
                          GError     **error)
{
  SgRecord *level;
  g_autoptr(SgRecord) added = NULL;

  g_return_val_if_fail (SG_IS_STORE (store), FALSE);
  g_return_val_if_fail (value >= 1 && value <= SG_PROTECTION_LEVELS_N, FALSE);
  g_return_val_if_fail (g_strcmp0 (field, SG_PROTECTION_LEVEL_LABEL) == 0 ||
                        g_strcmp0 (field, SG_PROTECTION_LEVEL_DESCRIPTION) == 0, FALSE);

  if (text != NULL && *text == '\0')
    text = NULL;
  level = sg_protection_levels_find (store, value);
  if (level != NULL)
    {
      /* The store saves the property as it is set. */
      g_object_set (level, field, text, NULL);
      return TRUE;
    }
  if (text == NULL)
    return TRUE;
  added = g_object_new (SG_TYPE_PROTECTION_LEVEL, SG_PROTECTION_LEVEL_VALUE, value, field, text, NULL);
  return sg_store_add (store, added, error);
}
