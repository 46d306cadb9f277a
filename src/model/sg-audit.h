/* sg-audit.h: an internal or external audit of the ISMS (clause 9.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_AUDIT (sg_audit_get_type ())

#define SG_AUDIT_TITLE             "title"
#define SG_AUDIT_TYPE              "type"
#define SG_AUDIT_SCOPE             "scope"
#define SG_AUDIT_CRITERIA          "criteria"
#define SG_AUDIT_AUDITOR           "auditor"
#define SG_AUDIT_PLANNED_DATE      "planned-date"
#define SG_AUDIT_ACTUAL_DATE       "actual-date"
#define SG_AUDIT_STATUS            "status"
#define SG_AUDIT_CONCLUSION        "conclusion"
#define SG_AUDIT_REPORT            "report"
#define SG_AUDIT_TEAM              "team"
#define SG_AUDIT_AUDITEES          "auditees"
#define SG_AUDIT_CLAUSES           "clauses"
#define SG_AUDIT_CONTROLS          "controls"
#define SG_AUDIT_PROCESSES         "processes"
#define SG_AUDIT_INDEPENDENCE_NOTE "independence-note"

G_DECLARE_FINAL_TYPE (SgAudit, sg_audit, SG, AUDIT, SgRecord)

G_END_DECLS
