/* sg-person-competence.h: a person's roles, competence evidence, awareness and policy acknowledgement
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_PERSON_COMPETENCE (sg_person_competence_get_type ())

G_DECLARE_FINAL_TYPE (SgPersonCompetence, sg_person_competence, SG, PERSON_COMPETENCE, AdwPreferencesGroup)

GtkWidget *sg_person_competence_new        (SgStore            *store);
/* Shows what sg_competence_summarise () says of @person (NULL: nothing). */
void       sg_person_competence_set_person (SgPersonCompetence *self,
                                            SgRecord           *person);
/* The gaps shown, one sentence each, for tests. */
GStrv      sg_person_competence_dup_gaps   (SgPersonCompetence *self);

/* People with gaps and competence records with old or undated evidence
 * stand out in their lists (sg_record_cell_set_attention_func ()),
 * following the interval in Preferences. */
void       sg_person_competence_install_marks (void);

G_END_DECLS
