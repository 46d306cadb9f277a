/* sg-action.c: one thing someone must do, with an owner and a date
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-action"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-action.h"
#include "sg-audit.h"
#include "sg-enums.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-risk.h"

struct _SgAction
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgAction, sg_action, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_SOURCE,
  PROP_NONCONFORMITY,
  PROP_REVIEW,
  PROP_AUDIT,
  PROP_RISK,
  PROP_OWNER,
  PROP_RAISED_ON,
  PROP_DUE_DATE,
  PROP_STATUS,
  PROP_DONE_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_action_class_init (SgActionClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "action", "ACT-", N_("Action"), N_("Actions"), "actions");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_IMPROVEMENT, NULL);
  sg_record_class_set_empty_state (record_class, "task-due-symbolic",
                                   N_("Everything someone must do, whichever nonconformity, review or audit raised it"
                                      ", as clause 10.2 asks."));
  sg_record_class_set_since (record_class, 5);

  properties[PROP_TITLE] = sg_field_text (SG_ACTION_TITLE, N_("Title"));
  properties[PROP_DESCRIPTION] = sg_field_long_text (SG_ACTION_DESCRIPTION, N_("Description"));
  properties[PROP_SOURCE] =
    sg_field_choice (SG_ACTION_SOURCE, N_("Source"), SG_TYPE_ACTION_SOURCE, SG_ACTION_SOURCE_OTHER);
  /* An action goes with the nonconformity, review or audit that raised
   * it; a risk's treatment only names it. */
  properties[PROP_NONCONFORMITY] =
    sg_field_parent (SG_ACTION_NONCONFORMITY, N_("Nonconformity"), SG_TYPE_NONCONFORMITY);
  properties[PROP_REVIEW] =
    sg_field_parent (SG_ACTION_REVIEW, N_("Management review"), SG_TYPE_MANAGEMENT_REVIEW);
  properties[PROP_AUDIT] = sg_field_parent (SG_ACTION_AUDIT, N_("Audit"), SG_TYPE_AUDIT);
  properties[PROP_RISK] = sg_field_reference (SG_ACTION_RISK, N_("Risk"), SG_TYPE_RISK);
  properties[PROP_OWNER] = sg_field_person (SG_ACTION_OWNER, N_("Owner"));
  properties[PROP_RAISED_ON] = sg_field_date (SG_ACTION_RAISED_ON, N_("Raised on"));
  properties[PROP_DUE_DATE] = sg_field_date (SG_ACTION_DUE_DATE, N_("Due date"));
  properties[PROP_STATUS] =
    sg_field_choice (SG_ACTION_STATUS, N_("Status"), SG_TYPE_ACTION_STATUS, SG_ACTION_STATUS_OPEN);
  properties[PROP_DONE_ON] = sg_field_date (SG_ACTION_DONE_ON, N_("Done on"));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_TITLE]);
  sg_record_class_add_column (record_class, properties[PROP_STATUS], 1);
  sg_record_class_add_column (record_class, properties[PROP_OWNER], 2);
  /* Where it came from (the NC, review or audit's ref) before the due
   * date: an overdue action is marked in its title already. */
  sg_record_class_add_column_sized (record_class, properties[PROP_SOURCE], 3, 10);
  sg_record_class_add_column (record_class, properties[PROP_DUE_DATE], 4);

  sg_record_class_set_origin (record_class, properties[PROP_SOURCE]);
  sg_record_class_add_facet (record_class, properties[PROP_SOURCE]);
  sg_record_class_add_facet (record_class, properties[PROP_OWNER]);
  sg_record_class_add_facet (record_class, properties[PROP_STATUS]);
  sg_record_class_add_section (record_class, N_("Action"),
                               properties[PROP_TITLE], properties[PROP_OWNER],
                               properties[PROP_RAISED_ON], properties[PROP_DUE_DATE],
                               properties[PROP_STATUS], properties[PROP_DONE_ON],
                               properties[PROP_DESCRIPTION], NULL);
  sg_record_class_add_section (record_class, N_("Raised by"),
                               properties[PROP_SOURCE], properties[PROP_NONCONFORMITY],
                               properties[PROP_REVIEW], properties[PROP_AUDIT],
                               properties[PROP_RISK], NULL);
  sg_record_class_set_due (record_class, properties[PROP_DUE_DATE], properties[PROP_STATUS],
                           SG_ACTION_STATUS_DONE, SG_ACTION_STATUS_CANCELLED, -1);
  sg_record_class_set_done_date (record_class, properties[PROP_STATUS], SG_ACTION_STATUS_DONE,
                                 properties[PROP_DONE_ON]);
  sg_record_class_add_date_order (record_class, properties[PROP_RAISED_ON], properties[PROP_DUE_DATE],
                                  N_("An action cannot be due before it was raised"));
  sg_record_class_add_date_order (record_class, properties[PROP_RAISED_ON], properties[PROP_DONE_ON],
                                  N_("An action cannot be done before it was raised"));
}

static void
sg_action_init (SgAction *self)
{
}
