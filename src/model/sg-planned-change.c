/* sg-planned-change.c: a change to the ISMS carried out in a planned manner (clause 6.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-planned-change"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-control.h"
#include "sg-enums.h"
#include "sg-planned-change.h"
#include "sg-risk.h"

struct _SgPlannedChange
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgPlannedChange, sg_planned_change, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_PURPOSE,
  PROP_CONSEQUENCES,
  PROP_RESOURCES,
  PROP_RESPONSIBLE,
  PROP_PLANNED_DATE,
  PROP_STATUS,
  PROP_COMPLETED_ON,
  PROP_AFFECTS_RISKS,
  PROP_AFFECTS_CONTROLS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_planned_change_class_init (SgPlannedChangeClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "planned_change", "CHG-",
                            N_("Planned change"), N_("Planned changes"), "planned changes");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_PLANNING, N_("Planned Changes"));
  sg_record_class_set_empty_state (record_class, "emblem-synchronizing-symbolic",
                                   N_("Changes to the ISMS, planned with their purpose and consequences"
                                      ", as clause 6.3 asks."));

  properties[PROP_TITLE] = sg_field_text ("title", N_("Title"));
  properties[PROP_PURPOSE] = sg_field_long_text ("purpose", N_("Purpose"));
  properties[PROP_CONSEQUENCES] = sg_field_long_text ("consequences", N_("Potential consequences"));
  properties[PROP_RESOURCES] = sg_field_long_text ("resources", N_("Resources"));
  properties[PROP_RESPONSIBLE] = sg_field_person ("responsible", N_("Responsible"));
  properties[PROP_PLANNED_DATE] = sg_field_date ("planned-date", N_("Planned date"));
  properties[PROP_STATUS] =
    sg_field_choice ("status", N_("Status"), SG_TYPE_CHANGE_STATUS, SG_CHANGE_STATUS_PROPOSED);
  properties[PROP_COMPLETED_ON] = sg_field_date ("completed-on", N_("Completed on"));
  properties[PROP_AFFECTS_RISKS] =
    sg_field_since (8, sg_field_links (SG_PLANNED_CHANGE_AFFECTS_RISKS, N_("Risks affected"), SG_TYPE_RISK));
  properties[PROP_AFFECTS_CONTROLS] =
    sg_field_since (8, sg_field_links (SG_PLANNED_CHANGE_AFFECTS_CONTROLS, N_("Controls affected"),
                                       SG_TYPE_CONTROL));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_TITLE]);
  sg_record_class_add_column (record_class, properties[PROP_RESPONSIBLE], 2);
  sg_record_class_add_column (record_class, properties[PROP_PLANNED_DATE], 3);
  sg_record_class_add_column (record_class, properties[PROP_STATUS], 1);

  sg_record_class_add_facet (record_class, properties[PROP_STATUS]);
  sg_record_class_add_facet (record_class, properties[PROP_RESPONSIBLE]);
  sg_record_class_add_section (record_class, N_("Change"),
                               properties[PROP_TITLE], properties[PROP_PURPOSE],
                               properties[PROP_CONSEQUENCES], properties[PROP_RESOURCES], NULL);
  sg_record_class_add_section (record_class, N_("Planning"),
                               properties[PROP_RESPONSIBLE], properties[PROP_PLANNED_DATE],
                               properties[PROP_STATUS], properties[PROP_COMPLETED_ON], NULL);
  sg_record_class_add_section (record_class, N_("What it affects"),
                               properties[PROP_AFFECTS_RISKS], properties[PROP_AFFECTS_CONTROLS], NULL);
  sg_record_class_set_due (record_class, properties[PROP_PLANNED_DATE], properties[PROP_STATUS],
                           SG_CHANGE_STATUS_COMPLETED, SG_CHANGE_STATUS_CANCELLED, -1);
}

static void
sg_planned_change_init (SgPlannedChange *self)
{
}
