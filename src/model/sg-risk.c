/* sg-risk.c: a risk of the risk register (clauses 6.1.2, 6.1.3, 8.2, 8.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-risk"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-asset.h"
#include "sg-control.h"
#include "sg-enums.h"
#include "sg-risk.h"

struct _SgRisk
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgRisk, sg_risk, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_CATEGORY,
  PROP_OWNER,
  PROP_ASSETS,
  PROP_THREAT,
  PROP_VULNERABILITY,
  PROP_HARMS_CONFIDENTIALITY,
  PROP_HARMS_INTEGRITY,
  PROP_HARMS_AVAILABILITY,
  PROP_INHERENT_LIKELIHOOD,
  PROP_INHERENT_IMPACT,
  PROP_TREATMENT,
  PROP_TREATMENT_PLAN,
  PROP_TREATMENT_DUE,
  PROP_CONTROLS,
  PROP_RESIDUAL_LIKELIHOOD,
  PROP_RESIDUAL_IMPACT,
  PROP_STATUS,
  PROP_ACCEPTED_BY,
  PROP_ACCEPTED_ON,
  PROP_NEXT_REVIEW,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_risk_class_init (SgRiskClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "risk", "R-", N_("Risk"), N_("Risks"), "risks");
  /* 6.1.2 defines how risks are assessed (the risk method, under
   * Planning); the assessments and their treatment are 8.2 and 8.3. */
  sg_record_class_set_page (record_class, SG_RECORD_AREA_OPERATION, NULL);

  properties[PROP_TITLE] = sg_field_text ("title", N_("Title"));
  properties[PROP_DESCRIPTION] = sg_field_long_text ("description", N_("Description"));
  properties[PROP_CATEGORY] = sg_field_text ("category", N_("Category"));
  properties[PROP_OWNER] = sg_field_person ("owner", N_("Owner"));
  properties[PROP_ASSETS] = sg_field_links ("assets", N_("Affected assets"), SG_TYPE_ASSET);
  properties[PROP_THREAT] = sg_field_text ("threat", N_("Threat"));
  properties[PROP_VULNERABILITY] = sg_field_text ("vulnerability", N_("Vulnerability"));
  properties[PROP_HARMS_CONFIDENTIALITY] =
    sg_field_boolean ("harms-confidentiality", N_("Harms confidentiality"), FALSE);
  properties[PROP_HARMS_INTEGRITY] =
    sg_field_boolean ("harms-integrity", N_("Harms integrity"), FALSE);
  properties[PROP_HARMS_AVAILABILITY] =
    sg_field_boolean ("harms-availability", N_("Harms availability"), FALSE);
  properties[PROP_INHERENT_LIKELIHOOD] =
    sg_field_likelihood ("inherent-likelihood", N_("Inherent likelihood"));
  properties[PROP_INHERENT_IMPACT] = sg_field_impact ("inherent-impact", N_("Inherent impact"));
  properties[PROP_TREATMENT] =
    sg_field_choice ("treatment", N_("Treatment"), SG_TYPE_TREATMENT, SG_TREATMENT_UNDECIDED);
  properties[PROP_TREATMENT_PLAN] = sg_field_long_text ("treatment-plan", N_("Treatment plan"));
  properties[PROP_TREATMENT_DUE] = sg_field_date ("treatment-due", N_("Treatment due"));
  properties[PROP_CONTROLS] = sg_field_links (SG_RISK_CONTROLS, N_("Controls"), SG_TYPE_CONTROL);
  properties[PROP_RESIDUAL_LIKELIHOOD] =
    sg_field_likelihood ("residual-likelihood", N_("Residual likelihood"));
  properties[PROP_RESIDUAL_IMPACT] = sg_field_impact ("residual-impact", N_("Residual impact"));
  properties[PROP_STATUS] =
    sg_field_choice ("status", N_("Status"), SG_TYPE_RISK_STATUS, SG_RISK_STATUS_IDENTIFIED);
  properties[PROP_ACCEPTED_BY] = sg_field_person ("accepted-by", N_("Accepted by"));
  properties[PROP_ACCEPTED_ON] = sg_field_date ("accepted-on", N_("Accepted on"));
  properties[PROP_NEXT_REVIEW] = sg_field_date ("next-review", N_("Next review"));
  properties[PROP_NOTES] = sg_field_long_text ("notes", N_("Notes"));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_TITLE]);
  sg_record_class_add_column (record_class, properties[PROP_OWNER], 2);
  sg_record_class_add_column (record_class, properties[PROP_TREATMENT_DUE], 3);
  sg_record_class_add_column (record_class, properties[PROP_STATUS], 1);
  sg_record_class_add_column (record_class, properties[PROP_NEXT_REVIEW], 4);

  sg_record_class_add_facet (record_class, properties[PROP_STATUS]);
  sg_record_class_add_facet (record_class, properties[PROP_TREATMENT]);
  sg_record_class_add_facet (record_class, properties[PROP_OWNER]);
  sg_record_class_add_section (record_class, N_("Risk"),
                               properties[PROP_TITLE], properties[PROP_CATEGORY],
                               properties[PROP_OWNER], properties[PROP_THREAT],
                               properties[PROP_VULNERABILITY],
                               properties[PROP_HARMS_CONFIDENTIALITY],
                               properties[PROP_HARMS_INTEGRITY],
                               properties[PROP_HARMS_AVAILABILITY], properties[PROP_ASSETS],
                               properties[PROP_DESCRIPTION], NULL);
  sg_record_class_add_section (record_class, N_("Inherent risk"),
                               properties[PROP_INHERENT_LIKELIHOOD],
                               properties[PROP_INHERENT_IMPACT], NULL);
  sg_record_class_add_section (record_class, N_("Treatment"),
                               properties[PROP_TREATMENT], properties[PROP_TREATMENT_DUE],
                               properties[PROP_CONTROLS], properties[PROP_TREATMENT_PLAN], NULL);
  sg_record_class_add_section (record_class, N_("Residual risk"),
                               properties[PROP_RESIDUAL_LIKELIHOOD],
                               properties[PROP_RESIDUAL_IMPACT], NULL);
  sg_record_class_add_section (record_class, N_("Acceptance and review"),
                               properties[PROP_STATUS], properties[PROP_ACCEPTED_BY],
                               properties[PROP_ACCEPTED_ON], properties[PROP_NEXT_REVIEW],
                               properties[PROP_NOTES], NULL);
}

static void
sg_risk_init (SgRisk *self)
{
}
