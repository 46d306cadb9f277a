/* sg-control.c: a control of the Statement of Applicability (clause 6.1.3, Annex A)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-control"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-control.h"
#include "sg-enums.h"
#include "sg-evidence.h"

struct _SgControl
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgControl, sg_control, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_THEME,
  PROP_DESCRIPTION,
  PROP_SOURCE,
  PROP_APPLICABLE,
  PROP_REASON_LEGAL,
  PROP_REASON_CONTRACTUAL,
  PROP_REASON_BUSINESS,
  PROP_JUSTIFICATION,
  PROP_IMPLEMENTATION,
  PROP_IMPLEMENTATION_DUE,
  PROP_OWNER,
  PROP_IMPLEMENTATION_NOTES,
  PROP_EVIDENCE,
  PROP_LAST_REVIEW,
  PROP_NEXT_REVIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_control_class_init (SgControlClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "control", NULL,
                            N_("Control"), N_("Controls"), "controls");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_PLANNING, N_("Statement of Applicability"));

  properties[PROP_TITLE] = sg_field_text ("title", N_("Title"));
  properties[PROP_THEME] =
    sg_field_choice ("theme", N_("Theme"), SG_TYPE_CONTROL_THEME, SG_CONTROL_THEME_ORGANIZATIONAL);
  properties[PROP_DESCRIPTION] = sg_field_long_text ("description", N_("Description"));
  properties[PROP_SOURCE] =
    sg_field_choice ("source", N_("Source"), SG_TYPE_CONTROL_SOURCE, SG_CONTROL_SOURCE_CUSTOM);
  properties[PROP_APPLICABLE] = sg_field_boolean ("applicable", N_("Applicable"), TRUE);
  /* Reasons for inclusion (6.1.3 d); risk treatment is the fourth,
   * derived from the risks that name the control. */
  properties[PROP_REASON_LEGAL] =
    sg_field_since (4, sg_field_boolean (SG_CONTROL_REASON_LEGAL,
                                         N_("Legal or regulatory requirement"), FALSE));
  properties[PROP_REASON_CONTRACTUAL] =
    sg_field_since (4, sg_field_boolean (SG_CONTROL_REASON_CONTRACTUAL,
                                         N_("Contractual requirement"), FALSE));
  properties[PROP_REASON_BUSINESS] =
    sg_field_since (4, sg_field_boolean (SG_CONTROL_REASON_BUSINESS,
                                         N_("Business requirement or best practice"), FALSE));
  properties[PROP_JUSTIFICATION] = sg_field_long_text ("justification", N_("Justification"));
  properties[PROP_IMPLEMENTATION] =
    sg_field_choice ("implementation", N_("Implementation"),
                     SG_TYPE_IMPLEMENTATION_STATUS, SG_IMPLEMENTATION_STATUS_NOT_IMPLEMENTED);
  properties[PROP_IMPLEMENTATION_DUE] =
    sg_field_date ("implementation-due", N_("Implementation due"));
  properties[PROP_OWNER] = sg_field_person ("owner", N_("Owner"));
  properties[PROP_IMPLEMENTATION_NOTES] =
    sg_field_since (4, sg_field_long_text (SG_CONTROL_IMPLEMENTATION_NOTES, N_("Implementation notes")));
  /* Free text from before evidence items (SgEvidence) existed. */
  properties[PROP_EVIDENCE] = sg_field_long_text ("evidence", N_("Evidence notes"));
  properties[PROP_LAST_REVIEW] = sg_field_date ("last-review", N_("Last review"));
  properties[PROP_NEXT_REVIEW] = sg_field_date ("next-review", N_("Next review"));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_TITLE]);
  sg_record_class_add_column (record_class, properties[PROP_APPLICABLE], 1);
  sg_record_class_add_column (record_class, properties[PROP_IMPLEMENTATION], 2);
  sg_record_class_add_column (record_class, properties[PROP_OWNER], 3);
  sg_record_class_add_column (record_class, properties[PROP_NEXT_REVIEW], 4);

  sg_record_class_add_facet (record_class, properties[PROP_THEME]);
  sg_record_class_add_facet (record_class, properties[PROP_APPLICABLE]);
  sg_record_class_add_facet (record_class, properties[PROP_IMPLEMENTATION]);
  sg_record_class_add_facet (record_class, properties[PROP_OWNER]);
  sg_record_class_add_section (record_class, N_("Control"),
                               properties[PROP_TITLE], properties[PROP_THEME],
                               properties[PROP_SOURCE], properties[PROP_DESCRIPTION], NULL);
  sg_record_class_add_section (record_class, N_("Applicability"),
                               properties[PROP_APPLICABLE], properties[PROP_REASON_LEGAL],
                               properties[PROP_REASON_CONTRACTUAL], properties[PROP_REASON_BUSINESS],
                               properties[PROP_JUSTIFICATION], NULL);
  sg_record_class_add_section (record_class, N_("Implementation"),
                               properties[PROP_IMPLEMENTATION], properties[PROP_IMPLEMENTATION_DUE],
                               properties[PROP_OWNER], properties[PROP_IMPLEMENTATION_NOTES],
                               properties[PROP_EVIDENCE], NULL);
  sg_record_class_add_section (record_class, N_("Review"),
                               properties[PROP_LAST_REVIEW], properties[PROP_NEXT_REVIEW], NULL);
  sg_record_class_add_child (record_class, SG_TYPE_EVIDENCE);
  sg_record_class_set_due (record_class, properties[PROP_IMPLEMENTATION_DUE],
                           properties[PROP_IMPLEMENTATION], SG_IMPLEMENTATION_STATUS_IMPLEMENTED,
                           SG_IMPLEMENTATION_STATUS_VERIFIED, -1);
}

static void
sg_control_init (SgControl *self)
{
}
