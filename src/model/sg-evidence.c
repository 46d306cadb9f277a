/* sg-evidence.c: one piece of evidence that a control is implemented
 *
 * A report, a configuration export, a signed policy: where it is (a file
 * or a web address), from when it holds and when it must be renewed.
 * Evidence lives inside its control; it has no page of its own.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-evidence"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-control.h"
#include "sg-evidence.h"

struct _SgEvidence
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgEvidence, sg_evidence, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CONTROL,
  PROP_TITLE,
  PROP_LOCATION,
  PROP_VALID_FROM,
  PROP_EXPIRES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_evidence_class_init (SgEvidenceClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "evidence", "EV-",
                            N_("Evidence"), N_("Evidence"), "evidence");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_NONE, NULL);
  sg_record_class_set_since (record_class, 4);

  properties[PROP_CONTROL] = sg_field_parent (SG_EVIDENCE_CONTROL, N_("Control"), SG_TYPE_CONTROL);
  properties[PROP_TITLE] = sg_field_text (SG_EVIDENCE_TITLE, N_("Title"));
  properties[PROP_LOCATION] = sg_field_text (SG_EVIDENCE_LOCATION, N_("Location"));
  properties[PROP_VALID_FROM] = sg_field_date (SG_EVIDENCE_VALID_FROM, N_("Valid from"));
  properties[PROP_EXPIRES] = sg_field_date (SG_EVIDENCE_EXPIRES, N_("Expires"));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_TITLE]);
  sg_record_class_add_column (record_class, properties[PROP_CONTROL], 1);
  sg_record_class_add_column (record_class, properties[PROP_VALID_FROM], 2);
  sg_record_class_add_column (record_class, properties[PROP_EXPIRES], 3);

  sg_record_class_add_section (record_class, N_("Evidence"),
                               properties[PROP_CONTROL], properties[PROP_TITLE], properties[PROP_LOCATION],
                               properties[PROP_VALID_FROM], properties[PROP_EXPIRES], NULL);
}

static void
sg_evidence_init (SgEvidence *self)
{
}
