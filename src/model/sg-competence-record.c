/* sg-competence-record.c: evidence of a person's competence and awareness (clauses 7.2 and 7.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-competence-record"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-competence-record.h"
#include "sg-enums.h"
#include "sg-role.h"

struct _SgCompetenceRecord
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgCompetenceRecord, sg_competence_record, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_PERSON,
  PROP_ROLE,
  PROP_REQUIRED_COMPETENCE,
  PROP_TRAINING,
  PROP_COMPLETED_ON,
  PROP_EFFECTIVENESS,
  PROP_AWARENESS_ACKNOWLEDGED_ON,
  PROP_NEXT_DUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_competence_record_class_init (SgCompetenceRecordClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "competence_record", "CR-",
                            N_("Competence record"), N_("Competence records"),
                            "competence records");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_SUPPORT, N_("Competence Records"));
  sg_record_class_set_empty_state (record_class, "emblem-ok-symbolic",
                                   N_("The evidence that the people doing the work are competent for it"
                                      ", as clause 7.2 asks."));

  /* What the competence is; until version 3 the person named the record. */
  properties[PROP_TITLE] = sg_field_since (3, sg_field_text (SG_COMPETENCE_RECORD_TITLE, N_("Competence")));
  properties[PROP_PERSON] = sg_field_person (SG_COMPETENCE_RECORD_PERSON, N_("Person"));
  properties[PROP_ROLE] = sg_field_reference ("role", N_("Role"), SG_TYPE_ROLE);
  properties[PROP_REQUIRED_COMPETENCE] =
    sg_field_long_text ("required-competence", N_("Required competence"));
  properties[PROP_TRAINING] = sg_field_long_text ("training", N_("Training or evidence"));
  properties[PROP_COMPLETED_ON] = sg_field_date ("completed-on", N_("Completed on"));
  properties[PROP_EFFECTIVENESS] =
    sg_field_choice ("effectiveness", N_("Effectiveness"),
                     SG_TYPE_EFFECTIVENESS, SG_EFFECTIVENESS_NOT_CHECKED);
  properties[PROP_AWARENESS_ACKNOWLEDGED_ON] =
    sg_field_date ("awareness-acknowledged-on", N_("Awareness acknowledged on"));
  properties[PROP_NEXT_DUE] = sg_field_date ("next-due", N_("Next due"));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_TITLE]);
  sg_record_class_add_column (record_class, properties[PROP_PERSON], 1);
  sg_record_class_add_column (record_class, properties[PROP_ROLE], 2);
  sg_record_class_add_column (record_class, properties[PROP_EFFECTIVENESS], 3);
  sg_record_class_add_column (record_class, properties[PROP_NEXT_DUE], 3);

  sg_record_class_add_facet (record_class, properties[PROP_PERSON]);
  sg_record_class_add_facet (record_class, properties[PROP_ROLE]);
  sg_record_class_add_facet (record_class, properties[PROP_EFFECTIVENESS]);
  sg_record_class_add_section (record_class, N_("Competence"),
                               properties[PROP_TITLE], properties[PROP_PERSON], properties[PROP_ROLE],
                               properties[PROP_REQUIRED_COMPETENCE], NULL);
  sg_record_class_add_section (record_class, N_("Training and awareness"),
                               properties[PROP_COMPLETED_ON], properties[PROP_EFFECTIVENESS],
                               properties[PROP_AWARENESS_ACKNOWLEDGED_ON], properties[PROP_NEXT_DUE],
                               properties[PROP_TRAINING], NULL);
  sg_record_class_set_due (record_class, properties[PROP_NEXT_DUE], NULL, -1);
}

static void
sg_competence_record_init (SgCompetenceRecord *self)
{
}
