/* sg-communication.c: a planned internal or external communication (clause 7.4)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-communication"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-communication.h"

struct _SgCommunication
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgCommunication, sg_communication, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_SUBJECT,
  PROP_TIMING,
  PROP_AUDIENCE,
  PROP_COMMUNICATOR,
  PROP_METHOD,
  PROP_LAST_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_communication_class_init (SgCommunicationClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "communication", "COM-",
                            N_("Communication"), N_("Communications"), "communications");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_SUPPORT, NULL);
  sg_record_class_set_empty_state (record_class, "mail-send-symbolic",
                                   N_("What is communicated about information security, when, to whom and by whom"
                                      ", as clause 7.4 asks."));

  properties[PROP_SUBJECT] = sg_field_text ("subject", N_("Subject"));
  properties[PROP_TIMING] = sg_field_text (SG_COMMUNICATION_TIMING, N_("When"));
  properties[PROP_AUDIENCE] = sg_field_text ("audience", N_("Audience"));
  properties[PROP_COMMUNICATOR] = sg_field_person (SG_COMMUNICATION_COMMUNICATOR, N_("Communicated by"));
  properties[PROP_METHOD] = sg_field_text ("method", N_("Method"));
  properties[PROP_LAST_DONE] = sg_field_date (SG_COMMUNICATION_LAST_DONE, N_("Last done"));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_SUBJECT]);
  sg_record_class_add_column (record_class, properties[PROP_AUDIENCE], 1);
  sg_record_class_add_column (record_class, properties[PROP_LAST_DONE], 2);

  sg_record_class_add_facet (record_class, properties[PROP_COMMUNICATOR]);
}

static void
sg_communication_init (SgCommunication *self)
{
}
