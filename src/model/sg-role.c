/* sg-role.c: an ISMS role, its responsibilities and authorities (clause 5.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-role"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-role.h"

struct _SgRole
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgRole, sg_role, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_RESPONSIBILITIES,
  PROP_AUTHORITIES,
  PROP_HOLDER,
  PROP_DEPUTY,
  PROP_ASSIGNED_BY,
  PROP_ASSIGNED_ON,
  PROP_INCOMPATIBLE_WITH,
  PROP_REQUIRED_COMPETENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_role_class_init (SgRoleClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "role", "ROLE-", N_("Role"), N_("Roles"), "roles");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_LEADERSHIP, NULL);
  sg_record_class_set_empty_state (record_class, "user-info-symbolic",
                                   N_("Who is responsible for what in information security, and with which authority"
                                      ", as clause 5.3 asks."));

  properties[PROP_NAME] = sg_field_text (SG_ROLE_NAME, N_("Name"));
  properties[PROP_RESPONSIBILITIES] =
    sg_field_long_text ("responsibilities", N_("Responsibilities"));
  properties[PROP_AUTHORITIES] = sg_field_long_text ("authorities", N_("Authorities"));
  properties[PROP_HOLDER] = sg_field_person (SG_ROLE_HOLDER, N_("Held by"));
  properties[PROP_DEPUTY] = sg_field_person (SG_ROLE_DEPUTY, N_("Deputy"));
  properties[PROP_ASSIGNED_BY] = sg_field_person (SG_ROLE_ASSIGNED_BY, N_("Assigned by"));
  properties[PROP_ASSIGNED_ON] = sg_field_date ("assigned-on", N_("Assigned on"));
  properties[PROP_INCOMPATIBLE_WITH] =
    sg_field_since (8, sg_field_links (SG_ROLE_INCOMPATIBLE_WITH, N_("Incompatible with"), SG_TYPE_ROLE));

  /* 7.2 a: what whoever holds the role must be able to do. */
  properties[PROP_REQUIRED_COMPETENCE] =
    sg_field_since (9, sg_field_long_text (SG_ROLE_REQUIRED_COMPETENCE, N_("Competence required")));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_NAME]);
  sg_record_class_add_column (record_class, properties[PROP_HOLDER], 1);

  sg_record_class_add_facet (record_class, properties[PROP_HOLDER]);
  sg_record_class_add_section (record_class, N_("Role"),
                               properties[PROP_NAME], properties[PROP_RESPONSIBILITIES],
                               properties[PROP_AUTHORITIES], properties[PROP_REQUIRED_COMPETENCE], NULL);
  sg_record_class_add_section (record_class, N_("Assignment"),
                               properties[PROP_HOLDER], properties[PROP_DEPUTY],
                               properties[PROP_ASSIGNED_BY], properties[PROP_ASSIGNED_ON], NULL);
  sg_record_class_add_section (record_class, N_("Segregation of duties"),
                               properties[PROP_INCOMPATIBLE_WITH], NULL);
}

static void
sg_role_init (SgRole *self)
{
}
