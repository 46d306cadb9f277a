/* sg-nonconformity.h: a nonconformity, its correction and corrective action (clause 10.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_NONCONFORMITY (sg_nonconformity_get_type ())

G_DECLARE_FINAL_TYPE (SgNonconformity, sg_nonconformity, SG, NONCONFORMITY, SgRecord)

G_END_DECLS
