/* sg-person.h: a person of the organisation, the directory every role,
 * owner and auditor will name (clauses 5.3, 7.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_PERSON (sg_person_get_type ())

G_DECLARE_FINAL_TYPE (SgPerson, sg_person, SG, PERSON, SgRecord)

#define SG_PERSON_NAME        "name"
#define SG_PERSON_FUNCTION    "function"
#define SG_PERSON_UNIT        "unit"
#define SG_PERSON_ACTIVE      "active"
#define SG_PERSON_NOT_SAME_AS "not-same-as"
#define SG_PERSON_POLICY_ACKNOWLEDGED_ON "policy-acknowledged-on"

/* "  Jana   Petersen " → "Jana Petersen" */
char *sg_person_tidy_name (const char *name);
/* What two spellings of one name share: tidied, and without case. */
char *sg_person_name_key  (const char *name);

G_END_DECLS
