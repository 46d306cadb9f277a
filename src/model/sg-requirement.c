/* sg-requirement.c: a management-system requirement (clauses 4 to 10) and what fulfils it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-requirement"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-audit.h"
#include "sg-document.h"
#include "sg-enums.h"
#include "sg-management-review.h"
#include "sg-requirement.h"
#include "sg-risk.h"

struct _SgRequirement
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgRequirement, sg_requirement, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_OVERRIDE,
  PROP_OVERRIDE_NOTE,
  PROP_OWNER,
  PROP_EVIDENCE,
  PROP_FULFILLED_BY_RISKS,
  PROP_FULFILLED_BY_DOCUMENTS,
  PROP_FULFILLED_BY_AUDITS,
  PROP_FULFILLED_BY_REVIEWS,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_requirement_class_init (SgRequirementClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "requirement", NULL,
                            N_("Requirement"), N_("Requirements"), "requirements");
  /* The checklist of every clause is none of them: it stands on its own. */
  sg_record_class_set_page (record_class, SG_RECORD_AREA_CHECKLIST, NULL);

  properties[PROP_TITLE] = sg_field_text ("title", N_("Title"));
  properties[PROP_DESCRIPTION] = sg_field_long_text ("description", N_("Description"));
  /* Readiness is computed from the register (sg-readiness); a person may
   * overrule it, with a note saying why, and is then shown as having done so. */
  properties[PROP_OVERRIDE] =
    sg_field_since (6, sg_field_choice (SG_REQUIREMENT_OVERRIDE_FIELD, N_("Override"),
                                        SG_TYPE_REQUIREMENT_OVERRIDE, SG_REQUIREMENT_OVERRIDE_NONE));
  properties[PROP_OVERRIDE_NOTE] =
    sg_field_since (6, sg_field_long_text (SG_REQUIREMENT_OVERRIDE_NOTE, N_("Reason for the override")));
  properties[PROP_OWNER] = sg_field_person ("owner", N_("Owner"));
  properties[PROP_EVIDENCE] = sg_field_long_text ("evidence", N_("Evidence"));
  properties[PROP_FULFILLED_BY_RISKS] =
    sg_field_links ("fulfilled-by-risks", N_("Fulfilled by risks"), SG_TYPE_RISK);
  properties[PROP_FULFILLED_BY_DOCUMENTS] =
    sg_field_links ("fulfilled-by-documents", N_("Fulfilled by documents"), SG_TYPE_DOCUMENT);
  properties[PROP_FULFILLED_BY_AUDITS] =
    sg_field_links ("fulfilled-by-audits", N_("Fulfilled by audits"), SG_TYPE_AUDIT);
  properties[PROP_FULFILLED_BY_REVIEWS] =
    sg_field_links ("fulfilled-by-reviews", N_("Fulfilled by management reviews"),
                    SG_TYPE_MANAGEMENT_REVIEW);
  properties[PROP_NOTES] = sg_field_long_text ("notes", N_("Notes"));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_TITLE]);
  sg_record_class_add_column (record_class, properties[PROP_OVERRIDE], 1);
  sg_record_class_add_column (record_class, properties[PROP_OWNER], 2);

  sg_record_class_add_facet (record_class, properties[PROP_OVERRIDE]);
  sg_record_class_add_facet (record_class, properties[PROP_OWNER]);
  sg_record_class_add_section (record_class, N_("Requirement"),
                               properties[PROP_TITLE], properties[PROP_DESCRIPTION],
                               properties[PROP_NOTES], NULL);
  sg_record_class_add_section (record_class, N_("Fulfilment"),
                               properties[PROP_OVERRIDE], properties[PROP_OVERRIDE_NOTE],
                               properties[PROP_OWNER],
                               properties[PROP_FULFILLED_BY_RISKS],
                               properties[PROP_FULFILLED_BY_DOCUMENTS],
                               properties[PROP_FULFILLED_BY_AUDITS],
                               properties[PROP_FULFILLED_BY_REVIEWS],
                               properties[PROP_EVIDENCE], NULL);
}

static void
sg_requirement_init (SgRequirement *self)
{
}
