/* sg-soa-version.c: one issued version of the Statement of Applicability
 *
 * The SoA is the document a certificate names (6.1.3 d), so each issue is
 * kept as it was approved: its number, date, approver, what changed, and
 * the controls' content at that moment, frozen in the content field so
 * that version 3 can be shown as the auditor signed it after the
 * controls have moved on.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-soa-version"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-soa-version.h"

struct _SgSoaVersion
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgSoaVersion, sg_soa_version, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_ISSUED_ON,
  PROP_APPROVED_BY,
  PROP_CHANGE_SUMMARY,
  PROP_CONTENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_soa_version_class_init (SgSoaVersionClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "soa_version", "SOA-",
                            N_("SoA version"), N_("SoA versions"), "SoA versions");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_NONE, NULL);
  sg_record_class_set_since (record_class, 4);

  properties[PROP_NUMBER] = sg_field_number (SG_SOA_VERSION_NUMBER, N_("Version"), 1, G_MAXINT, 1);
  properties[PROP_ISSUED_ON] = sg_field_date (SG_SOA_VERSION_ISSUED_ON, N_("Issued on"));
  properties[PROP_APPROVED_BY] = sg_field_person (SG_SOA_VERSION_APPROVED_BY, N_("Approved by"));
  properties[PROP_CHANGE_SUMMARY] =
    sg_field_long_text (SG_SOA_VERSION_CHANGE_SUMMARY, N_("Changes"));
  properties[PROP_CONTENT] = sg_field_long_text (SG_SOA_VERSION_CONTENT, N_("Frozen content"));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_CHANGE_SUMMARY]);
  sg_record_class_add_column (record_class, properties[PROP_NUMBER], 1);
  sg_record_class_add_column (record_class, properties[PROP_ISSUED_ON], 2);
  sg_record_class_add_column (record_class, properties[PROP_APPROVED_BY], 3);
}

static void
sg_soa_version_init (SgSoaVersion *self)
{
}
