/* sg-role.h: an ISMS role, its responsibilities and authorities (clause 5.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_ROLE (sg_role_get_type ())

G_DECLARE_FINAL_TYPE (SgRole, sg_role, SG, ROLE, SgRecord)

G_END_DECLS
