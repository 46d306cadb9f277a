/* sg-finding.c: a finding of an audit, tied to a clause or a control (clause 9.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-finding"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-audit.h"
#include "sg-control.h"
#include "sg-enums.h"
#include "sg-finding.h"
#include "sg-requirement.h"

struct _SgFinding
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgFinding, sg_finding, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_AUDIT,
  PROP_TYPE,
  PROP_REQUIREMENT,
  PROP_CONTROL,
  PROP_DESCRIPTION,
  PROP_EVIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_finding_class_init (SgFindingClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "finding", "F-",
                            N_("Finding"), N_("Findings"), "findings");
  /* Findings are listed, added and opened inside their audit. */
  sg_record_class_set_page (record_class, SG_RECORD_AREA_NONE, NULL);

  properties[PROP_AUDIT] = sg_field_parent (SG_FINDING_AUDIT, N_("Audit"), SG_TYPE_AUDIT);
  properties[PROP_TYPE] =
    sg_field_choice (SG_FINDING_TYPE, N_("Type"), SG_TYPE_FINDING_TYPE, SG_FINDING_TYPE_OBSERVATION);
  /* What it concerns, as links (version 5 read the old text "8.13"). */
  properties[PROP_REQUIREMENT] =
    sg_field_since (5, sg_field_reference (SG_FINDING_REQUIREMENT, N_("Clause"), SG_TYPE_REQUIREMENT));
  properties[PROP_CONTROL] =
    sg_field_since (5, sg_field_reference (SG_FINDING_CONTROL, N_("Control"), SG_TYPE_CONTROL));
  properties[PROP_DESCRIPTION] = sg_field_long_text (SG_FINDING_DESCRIPTION, N_("Description"));
  properties[PROP_EVIDENCE] = sg_field_long_text (SG_FINDING_EVIDENCE, N_("Evidence"));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_DESCRIPTION]);
  sg_record_class_add_column (record_class, properties[PROP_AUDIT], 2);
  sg_record_class_add_column (record_class, properties[PROP_TYPE], 1);
  sg_record_class_add_column (record_class, properties[PROP_REQUIREMENT], 3);
  sg_record_class_add_column (record_class, properties[PROP_CONTROL], 4);

  sg_record_class_add_facet (record_class, properties[PROP_TYPE]);
  sg_record_class_add_facet (record_class, properties[PROP_AUDIT]);
  sg_record_class_add_section (record_class, N_("Finding"),
                               properties[PROP_AUDIT], properties[PROP_TYPE],
                               properties[PROP_REQUIREMENT], properties[PROP_CONTROL],
                               properties[PROP_DESCRIPTION], properties[PROP_EVIDENCE], NULL);
}

static void
sg_finding_init (SgFinding *self)
{
}
