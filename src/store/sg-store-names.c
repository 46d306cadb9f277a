/* sg-store-names.c: how the register names a record a field points to,
 * and the risk method a rating is read by — for the history, the detail
 * pane and the exports
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include "sg-matrix-cell.h"
#include "sg-protection-levels.h"
#include "sg-risk-level.h"
#include "sg-scale-level.h"
#include "sg-store-private.h"

/* A record as a field that points to it shows it: by title, ref or both. */
static char *
describe_record (gpointer       data,
                 GType          kind,
                 gint64         id,
                 SgFieldNaming  naming)
{
  SgRecord *record = sg_store_find_by_id (data, kind, id);
  GParamSpec *title;
  const char *text;

  if (record == NULL)
    return NULL;
  switch (naming)
    {
    case SG_FIELD_NAMING_TITLE:
      title = sg_record_class_get_title_field (SG_RECORD_GET_CLASS (record));
      text = title ? g_value_get_string (sg_record_peek_value (record, title)) : NULL;
      if (text != NULL && *text != '\0')
        return g_strdup (text);
      break;
    case SG_FIELD_NAMING_REF:
      /* A record without a ref (a risk level) is named instead. */
      text = sg_record_get_ref (record);
      if (text != NULL && *text != '\0')
        return g_strdup (text);
      break;
    case SG_FIELD_NAMING_DISPLAY:
    default:
      break;
    }
  return sg_record_dup_display_name (record);
}

/* Made when a rating is first shown, not when the history names a record. */
static SgRiskMethod *
get_method (gpointer data)
{
  return sg_store_get_risk_method (data);
}

/* The asset's protection needs, as the register names their levels. */
static const char *
get_value_label (gpointer    data,
                 GParamSpec *pspec,
                 int         value)
{
  return sg_protection_levels_get_label (data, value);
}

void
sg_store_init_resolver (SgStore *self)
{
  self->resolver.describe_record = describe_record;
  self->resolver.get_method = get_method;
  self->resolver.get_value_label = get_value_label;
  self->resolver.data = self;
}

const SgFieldResolver *
sg_store_get_field_resolver (SgStore *self)
{
  g_return_val_if_fail (SG_IS_STORE (self), NULL);

  return &self->resolver;
}

SgRiskMethod *
sg_store_get_risk_method (SgStore *self)
{
  g_return_val_if_fail (SG_IS_STORE (self), NULL);

  if (self->risk_method == NULL)
    self->risk_method = sg_risk_method_new (sg_store_get_records (self, SG_TYPE_SCALE_LEVEL),
                                            sg_store_get_records (self, SG_TYPE_RISK_LEVEL),
                                            sg_store_get_records (self, SG_TYPE_MATRIX_CELL));
  return self->risk_method;
}
