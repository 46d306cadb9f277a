/* sg-protection-level.h: what one level of an asset's protection need means
 * (Annex A 5.9, 5.12)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_PROTECTION_LEVEL (sg_protection_level_get_type ())

G_DECLARE_FINAL_TYPE (SgProtectionLevel, sg_protection_level, SG, PROTECTION_LEVEL, SgRecord)

#define SG_PROTECTION_LEVEL_VALUE       "value"
#define SG_PROTECTION_LEVEL_LABEL       "label"
#define SG_PROTECTION_LEVEL_DESCRIPTION "description"

G_END_DECLS
