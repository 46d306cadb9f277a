/* sg-scope.c: a statement of the scope and boundaries of the ISMS (clause 4.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-scope"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-scope.h"

struct _SgScope
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgScope, sg_scope, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_STATEMENT,
  PROP_ORGANISATION,
  PROP_BOUNDARIES,
  PROP_EXCLUSIONS,
  PROP_INTERFACES,
  PROP_APPROVED_BY,
  PROP_APPROVED_ON,
  PROP_VERSION,
  PROP_NEXT_REVIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_scope_class_init (SgScopeClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "scope", "S-",
                            N_("Scope statement"), N_("Scope statements"), "scope statements");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_CONTEXT, N_("Scope"));
  sg_record_class_set_empty_state (record_class, "find-location-symbolic",
                                   N_("What your ISMS covers and where it ends, in one approved statement"
                                      ", as clause 4.3 asks."));

  properties[PROP_TITLE] = sg_field_text ("title", N_("Title"));
  properties[PROP_STATEMENT] = sg_field_long_text ("statement", N_("Scope statement"));
  properties[PROP_ORGANISATION] = sg_field_text ("organisation", N_("Organisation"));
  properties[PROP_BOUNDARIES] = sg_field_long_text ("boundaries", N_("Boundaries"));
  properties[PROP_EXCLUSIONS] = sg_field_long_text ("exclusions", N_("Exclusions"));
  properties[PROP_INTERFACES] =
    sg_field_long_text ("interfaces", N_("Interfaces and dependencies"));
  properties[PROP_APPROVED_BY] = sg_field_person ("approved-by", N_("Approved by"));
  properties[PROP_APPROVED_ON] = sg_field_date ("approved-on", N_("Approved on"));
  properties[PROP_VERSION] = sg_field_text ("version", N_("Version"));

  properties[PROP_NEXT_REVIEW] =
    sg_field_since (9, sg_field_date (SG_SCOPE_NEXT_REVIEW, N_("Next review")));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_TITLE]);
  sg_record_class_add_column (record_class, properties[PROP_ORGANISATION], 2);
  sg_record_class_add_column (record_class, properties[PROP_VERSION], 1);

  sg_record_class_add_section (record_class, N_("General"),
                               properties[PROP_TITLE], properties[PROP_ORGANISATION],
                               properties[PROP_VERSION], properties[PROP_STATEMENT], NULL);
  sg_record_class_add_section (record_class, N_("Boundaries"),
                               properties[PROP_BOUNDARIES], properties[PROP_EXCLUSIONS],
                               properties[PROP_INTERFACES], NULL);
  sg_record_class_add_section (record_class, N_("Approval"),
                               properties[PROP_APPROVED_BY], properties[PROP_APPROVED_ON],
                               properties[PROP_NEXT_REVIEW], NULL);
  sg_record_class_set_due (record_class, properties[PROP_NEXT_REVIEW], NULL, -1);
}

static void
sg_scope_init (SgScope *self)
{
}
