/* sg-scale-level.h: one level of the risk method's likelihood or impact scale (clause 6.1.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_SCALE_LEVEL (sg_scale_level_get_type ())

G_DECLARE_FINAL_TYPE (SgScaleLevel, sg_scale_level, SG, SCALE_LEVEL, SgRecord)

G_END_DECLS
