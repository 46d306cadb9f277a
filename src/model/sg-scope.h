/* sg-scope.h: a statement of the scope and boundaries of the ISMS (clause 4.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_SCOPE (sg_scope_get_type ())

G_DECLARE_FINAL_TYPE (SgScope, sg_scope, SG, SCOPE, SgRecord)

#define SG_SCOPE_ORGANISATION "organisation"
#define SG_SCOPE_VERSION      "version"
#define SG_SCOPE_APPROVED_BY  "approved-by"
#define SG_SCOPE_APPROVED_ON  "approved-on"
#define SG_SCOPE_NEXT_REVIEW  "next-review"

G_END_DECLS
