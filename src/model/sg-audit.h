/* sg-audit.h: an internal or external audit of the ISMS (clause 9.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_AUDIT (sg_audit_get_type ())

G_DECLARE_FINAL_TYPE (SgAudit, sg_audit, SG, AUDIT, SgRecord)

G_END_DECLS
