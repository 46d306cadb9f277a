/* sg-scope.h: a statement of the scope and boundaries of the ISMS (clause 4.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_SCOPE (sg_scope_get_type ())

G_DECLARE_FINAL_TYPE (SgScope, sg_scope, SG, SCOPE, SgRecord)

#define SG_SCOPE_ORGANISATION "organisation"

G_END_DECLS
