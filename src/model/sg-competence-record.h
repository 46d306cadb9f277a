/* sg-competence-record.h: evidence of a person's competence and awareness (clauses 7.2 and 7.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_COMPETENCE_RECORD (sg_competence_record_get_type ())

G_DECLARE_FINAL_TYPE (SgCompetenceRecord, sg_competence_record, SG, COMPETENCE_RECORD, SgRecord)

#define SG_COMPETENCE_RECORD_TITLE               "title"
#define SG_COMPETENCE_RECORD_PERSON              "person"
#define SG_COMPETENCE_RECORD_REQUIRED_COMPETENCE "required-competence"
#define SG_COMPETENCE_RECORD_TRAINING            "training"

G_END_DECLS
