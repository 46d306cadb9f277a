/* sg-role.h: an ISMS role, its responsibilities and authorities (clause 5.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_ROLE (sg_role_get_type ())

#define SG_ROLE_NAME               "name"
#define SG_ROLE_HOLDER             "holder"
#define SG_ROLE_DEPUTY             "deputy"
#define SG_ROLE_ASSIGNED_BY        "assigned-by"
/* Roles one person must not hold together (Annex A 5.3); a pair
 * declared on either side counts both ways. Since version 8. */
#define SG_ROLE_INCOMPATIBLE_WITH  "incompatible-with"
#define SG_ROLE_REQUIRED_COMPETENCE "required-competence"

G_DECLARE_FINAL_TYPE (SgRole, sg_role, SG, ROLE, SgRecord)

G_END_DECLS
