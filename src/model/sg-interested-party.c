/* sg-interested-party.c: an interested party and its requirements (clause 4.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-interested-party"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-enums.h"
#include "sg-interested-party.h"

struct _SgInterestedParty
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgInterestedParty, sg_interested_party, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_TYPE,
  PROP_NEEDS,
  PROP_ADDRESSED_THROUGH,
  PROP_RELEVANT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_interested_party_class_init (SgInterestedPartyClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "interested_party", "IP-",
                            N_("Interested party"), N_("Interested parties"), "interested parties");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_CONTEXT, N_("Interested Parties"));
  sg_record_class_set_empty_state (record_class, "system-users-symbolic",
                                   N_("Who has a stake in your information security and what they expect of it"
                                      ", as clause 4.2 asks."));

  properties[PROP_NAME] = sg_field_text ("name", N_("Name"));
  properties[PROP_TYPE] =
    sg_field_choice ("type", N_("Type"), SG_TYPE_PARTY_TYPE, SG_PARTY_TYPE_EXTERNAL);
  properties[PROP_NEEDS] = sg_field_long_text ("needs", N_("Needs and expectations"));
  properties[PROP_ADDRESSED_THROUGH] =
    sg_field_long_text ("addressed-through", N_("Addressed through"));
  properties[PROP_RELEVANT] = sg_field_boolean ("relevant", N_("Relevant to the ISMS"), TRUE);

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_NAME]);
  sg_record_class_add_column (record_class, properties[PROP_TYPE], 1);
  sg_record_class_add_column (record_class, properties[PROP_RELEVANT], 2);

  sg_record_class_add_facet (record_class, properties[PROP_TYPE]);
  sg_record_class_add_facet (record_class, properties[PROP_RELEVANT]);
}

static void
sg_interested_party_init (SgInterestedParty *self)
{
}
