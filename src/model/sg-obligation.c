/* sg-obligation.c: a legal, regulatory or contractual requirement of an
 * interested party and how the ISMS addresses it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-obligation"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-control.h"
#include "sg-document.h"
#include "sg-enums.h"
#include "sg-interested-party.h"
#include "sg-obligation.h"

struct _SgObligation
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgObligation, sg_obligation, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_TYPE,
  PROP_SOURCE,
  PROP_PARTY,
  PROP_REQUIREMENT,
  PROP_CONTROLS,
  PROP_DOCUMENTS,
  PROP_STATUS,
  PROP_OWNER,
  PROP_NEXT_REVIEW,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_obligation_class_init (SgObligationClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "obligation", "OBL-",
                            N_("Obligation"), N_("Obligations"), "obligations");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_CONTEXT, N_("Obligations"));
  sg_record_class_set_empty_state (record_class, "emblem-documents-symbolic",
                                   N_("The legal, regulatory and contractual requirements of interested"
                                      " parties and how your ISMS addresses them, as clause 4.2 c asks."));
  sg_record_class_set_since (record_class, 7);

  properties[PROP_TITLE] = sg_field_text (SG_OBLIGATION_TITLE, N_("Title"));
  properties[PROP_TYPE] =
    sg_field_choice (SG_OBLIGATION_TYPE_FIELD, N_("Type"), SG_TYPE_OBLIGATION_TYPE, SG_OBLIGATION_TYPE_LEGAL);
  properties[PROP_SOURCE] = sg_field_text (SG_OBLIGATION_SOURCE, N_("Source"));
  properties[PROP_PARTY] =
    sg_field_reference (SG_OBLIGATION_PARTY, N_("Interested party"), SG_TYPE_INTERESTED_PARTY);
  properties[PROP_REQUIREMENT] = sg_field_long_text (SG_OBLIGATION_REQUIREMENT, N_("Requirement"));
  properties[PROP_CONTROLS] =
    sg_field_links (SG_OBLIGATION_CONTROLS, N_("Addressed by controls"), SG_TYPE_CONTROL);
  properties[PROP_DOCUMENTS] =
    sg_field_links (SG_OBLIGATION_DOCUMENTS, N_("Addressed by documents"), SG_TYPE_DOCUMENT);
  properties[PROP_STATUS] =
    sg_field_choice (SG_OBLIGATION_STATUS, N_("Status"),
                     SG_TYPE_OBLIGATION_STATUS, SG_OBLIGATION_STATUS_NOT_ADDRESSED);
  properties[PROP_OWNER] = sg_field_person (SG_OBLIGATION_OWNER, N_("Owner"));
  properties[PROP_NEXT_REVIEW] = sg_field_date (SG_OBLIGATION_NEXT_REVIEW, N_("Next review"));
  properties[PROP_NOTES] = sg_field_long_text (SG_OBLIGATION_NOTES, N_("Notes"));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_TITLE]);
  /* The owner is a facet: at 1400 px with the pane open, a fourth column
   * would push the review date out of sight. */
  sg_record_class_add_column (record_class, properties[PROP_TYPE], 2);
  sg_record_class_add_column (record_class, properties[PROP_STATUS], 1);
  sg_record_class_add_column (record_class, properties[PROP_NEXT_REVIEW], 3);

  sg_record_class_add_facet (record_class, properties[PROP_TYPE]);
  sg_record_class_add_facet (record_class, properties[PROP_STATUS]);
  sg_record_class_add_facet (record_class, properties[PROP_OWNER]);
  sg_record_class_add_section (record_class, N_("Obligation"),
                               properties[PROP_TITLE], properties[PROP_TYPE],
                               properties[PROP_SOURCE], properties[PROP_PARTY],
                               properties[PROP_REQUIREMENT], NULL);
  sg_record_class_add_section (record_class, N_("How it is addressed"),
                               properties[PROP_STATUS], properties[PROP_CONTROLS],
                               properties[PROP_DOCUMENTS], NULL);
  sg_record_class_add_section (record_class, N_("Review"),
                               properties[PROP_OWNER], properties[PROP_NEXT_REVIEW],
                               properties[PROP_NOTES], NULL);
  /* The law and the contracts change: an obligation is reviewed again
   * however well it is addressed. */
  sg_record_class_set_due (record_class, properties[PROP_NEXT_REVIEW], NULL, -1);
}

static void
sg_obligation_init (SgObligation *self)
{
}
