/* sg-finding.c: a finding of an audit, tied to a clause or a control (clause 9.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-finding"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-audit.h"
#include "sg-enums.h"
#include "sg-finding.h"

struct _SgFinding
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgFinding, sg_finding, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_AUDIT,
  PROP_TYPE,
  PROP_CLAUSE,
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
  sg_record_class_set_page (record_class, SG_RECORD_AREA_EVALUATION, NULL);

  properties[PROP_AUDIT] = sg_field_parent ("audit", N_("Audit"), SG_TYPE_AUDIT);
  properties[PROP_TYPE] =
    sg_field_choice ("type", N_("Type"), SG_TYPE_FINDING_TYPE, SG_FINDING_TYPE_OBSERVATION);
  properties[PROP_CLAUSE] = sg_field_text ("clause", N_("Clause or control"));
  properties[PROP_DESCRIPTION] = sg_field_long_text ("description", N_("Description"));
  properties[PROP_EVIDENCE] = sg_field_long_text ("evidence", N_("Evidence"));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_DESCRIPTION]);
  sg_record_class_add_column (record_class, properties[PROP_AUDIT], 2);
  sg_record_class_add_column (record_class, properties[PROP_TYPE], 1);
  sg_record_class_add_column_sized (record_class, properties[PROP_CLAUSE], 3, 10);

  sg_record_class_add_facet (record_class, properties[PROP_TYPE]);
  sg_record_class_add_facet (record_class, properties[PROP_AUDIT]);
}

static void
sg_finding_init (SgFinding *self)
{
}
