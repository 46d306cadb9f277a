/* sg-asset.h: an information or other associated asset of the inventory (Annex A 5.9)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_ASSET (sg_asset_get_type ())

G_DECLARE_FINAL_TYPE (SgAsset, sg_asset, SG, ASSET, SgRecord)

G_END_DECLS
