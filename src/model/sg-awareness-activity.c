/* sg-awareness-activity.c: an awareness activity and who took part (clause 7.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-awareness-activity"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-awareness-activity.h"
#include "sg-enums.h"
#include "sg-person.h"

struct _SgAwarenessActivity
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgAwarenessActivity, sg_awareness_activity, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_TYPE,
  PROP_HELD_ON,
  PROP_GIVEN_BY,
  PROP_PARTICIPANTS,
  PROP_CONTENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_awareness_activity_class_init (SgAwarenessActivityClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "awareness_activity", "AW-",
                            N_("Awareness activity"), N_("Awareness activities"),
                            "awareness activities");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_SUPPORT, N_("Awareness Activities"));
  sg_record_class_set_empty_state (record_class, "system-users-symbolic",
                                   N_("The briefings, trainings and campaigns that make people aware of the policy"
                                      " and their part in it, as clause 7.3 asks."));
  sg_record_class_set_since (record_class, 9);

  properties[PROP_TITLE] = sg_field_text (SG_AWARENESS_ACTIVITY_TITLE, N_("Title"));
  properties[PROP_TYPE] =
    sg_field_choice (SG_AWARENESS_ACTIVITY_TYPE, N_("Type"),
                     SG_TYPE_AWARENESS_TYPE, SG_AWARENESS_TYPE_BRIEFING);
  properties[PROP_HELD_ON] = sg_field_date (SG_AWARENESS_ACTIVITY_HELD_ON, N_("Held on"));
  properties[PROP_GIVEN_BY] = sg_field_person (SG_AWARENESS_ACTIVITY_GIVEN_BY, N_("Given by"));
  properties[PROP_PARTICIPANTS] =
    sg_field_links (SG_AWARENESS_ACTIVITY_PARTICIPANTS, N_("Participants"), SG_TYPE_PERSON);
  properties[PROP_CONTENT] = sg_field_long_text (SG_AWARENESS_ACTIVITY_CONTENT, N_("Content"));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_TITLE]);
  sg_record_class_add_column (record_class, properties[PROP_TYPE], 1);
  sg_record_class_add_column (record_class, properties[PROP_HELD_ON], 2);
  sg_record_class_add_column (record_class, properties[PROP_GIVEN_BY], 3);

  sg_record_class_add_facet (record_class, properties[PROP_TYPE]);
  sg_record_class_add_facet (record_class, properties[PROP_GIVEN_BY]);
  sg_record_class_add_section (record_class, N_("Activity"),
                               properties[PROP_TITLE], properties[PROP_TYPE],
                               properties[PROP_HELD_ON], properties[PROP_GIVEN_BY],
                               properties[PROP_CONTENT], NULL);
  sg_record_class_add_section (record_class, N_("Who took part"),
                               properties[PROP_PARTICIPANTS], NULL);
}

static void
sg_awareness_activity_init (SgAwarenessActivity *self)
{
}
