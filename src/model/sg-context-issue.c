/* sg-context-issue.c: an external or internal issue of the organisation's context (clause 4.1)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-context-issue"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-context-issue.h"
#include "sg-enums.h"
#include "sg-risk.h"

struct _SgContextIssue
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgContextIssue, sg_context_issue, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_TYPE,
  PROP_EFFECT,
  PROP_ADDRESSED_THROUGH,
  PROP_AFFECTS_RISKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_context_issue_class_init (SgContextIssueClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "context_issue", "CI-",
                            N_("Context issue"), N_("Context issues"), "context issues");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_CONTEXT, N_("Context Issues"));
  sg_record_class_set_empty_state (record_class, "weather-few-clouds-symbolic",
                                   N_("The internal and external issues that affect what your ISMS can achieve"
                                      ", as clause 4.1 asks."));

  properties[PROP_TITLE] = sg_field_text ("title", N_("Title"));
  properties[PROP_DESCRIPTION] = sg_field_long_text ("description", N_("Description"));
  properties[PROP_TYPE] =
    sg_field_choice ("type", N_("Type"), SG_TYPE_ISSUE_TYPE, SG_ISSUE_TYPE_INTERNAL);
  properties[PROP_EFFECT] =
    sg_field_choice ("effect", N_("Effect"), SG_TYPE_ISSUE_EFFECT, SG_ISSUE_EFFECT_NEUTRAL);
  properties[PROP_ADDRESSED_THROUGH] =
    sg_field_long_text ("addressed-through", N_("Addressed through"));

  /* 6.1.1: the risks this issue gives rise to. */
  properties[PROP_AFFECTS_RISKS] =
    sg_field_since (9, sg_field_links (SG_CONTEXT_ISSUE_AFFECTS_RISKS, N_("Linked risks"), SG_TYPE_RISK));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_TITLE]);
  sg_record_class_add_column (record_class, properties[PROP_TYPE], 1);
  sg_record_class_add_column (record_class, properties[PROP_EFFECT], 2);

  sg_record_class_add_facet (record_class, properties[PROP_TYPE]);
  sg_record_class_add_facet (record_class, properties[PROP_EFFECT]);
}

static void
sg_context_issue_init (SgContextIssue *self)
{
}
