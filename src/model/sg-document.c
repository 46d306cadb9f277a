/* sg-document.c: a piece of documented information and its control (clause 7.5)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-document"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-document.h"
#include "sg-enums.h"

struct _SgDocument
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgDocument, sg_document, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_TYPE,
  PROP_VERSION,
  PROP_OWNER,
  PROP_STATUS,
  PROP_APPROVED_BY,
  PROP_APPROVED_ON,
  PROP_NEXT_REVIEW,
  PROP_LOCATION,
  PROP_CLASSIFICATION,
  PROP_RETENTION,
  PROP_DISTRIBUTION,
  PROP_LAST_COMMUNICATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_document_class_init (SgDocumentClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "document", "DOC-",
                            N_("Document"), N_("Documents"), "documents");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_SUPPORT, NULL);
  sg_record_class_set_empty_state (record_class, "folder-documents-symbolic",
                                   N_("The policies, procedures and records your ISMS keeps under control"
                                      ", as clause 7.5 asks."));

  properties[PROP_TITLE] = sg_field_text ("title", N_("Title"));
  properties[PROP_TYPE] =
    sg_field_choice ("type", N_("Type"), SG_TYPE_DOCUMENT_TYPE, SG_DOCUMENT_TYPE_OTHER);
  properties[PROP_VERSION] = sg_field_text ("version", N_("Version"));
  properties[PROP_OWNER] = sg_field_person ("owner", N_("Owner"));
  properties[PROP_STATUS] =
    sg_field_choice ("status", N_("Status"), SG_TYPE_DOCUMENT_STATUS, SG_DOCUMENT_STATUS_DRAFT);
  properties[PROP_APPROVED_BY] = sg_field_person ("approved-by", N_("Approved by"));
  properties[PROP_APPROVED_ON] = sg_field_date ("approved-on", N_("Approved on"));
  properties[PROP_NEXT_REVIEW] = sg_field_date ("next-review", N_("Next review"));
  /* A file or web address opens from the detail (7.5.3: available where needed). */
  properties[PROP_LOCATION] = sg_field_location (sg_field_text ("location", N_("Location")));
  properties[PROP_CLASSIFICATION] =
    sg_field_choice ("classification", N_("Classification"),
                     SG_TYPE_CLASSIFICATION, SG_CLASSIFICATION_INTERNAL);
  properties[PROP_RETENTION] = sg_field_text ("retention", N_("Retention"));

  /* 7.5.3 and 5.2 f: who receives it, and when it was last made known. */
  properties[PROP_DISTRIBUTION] =
    sg_field_since (9, sg_field_long_text (SG_DOCUMENT_DISTRIBUTION, N_("Distribution")));
  properties[PROP_LAST_COMMUNICATED] =
    sg_field_since (9, sg_field_date (SG_DOCUMENT_LAST_COMMUNICATED, N_("Last communicated")));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_TITLE]);
  sg_record_class_add_column (record_class, properties[PROP_TYPE], 1);
  sg_record_class_add_column (record_class, properties[PROP_OWNER], 3);
  sg_record_class_add_column (record_class, properties[PROP_STATUS], 2);
  sg_record_class_add_column (record_class, properties[PROP_NEXT_REVIEW], 4);

  sg_record_class_add_facet (record_class, properties[PROP_TYPE]);
  sg_record_class_add_facet (record_class, properties[PROP_STATUS]);
  sg_record_class_add_facet (record_class, properties[PROP_CLASSIFICATION]);
  sg_record_class_add_facet (record_class, properties[PROP_OWNER]);
  sg_record_class_add_section (record_class, N_("Document"),
                               properties[PROP_TITLE], properties[PROP_TYPE],
                               properties[PROP_VERSION], properties[PROP_LOCATION],
                               properties[PROP_CLASSIFICATION], properties[PROP_RETENTION], NULL);
  sg_record_class_add_section (record_class, N_("Distribution"),
                               properties[PROP_DISTRIBUTION], properties[PROP_LAST_COMMUNICATED], NULL);
  sg_record_class_add_section (record_class, N_("Approval and review"),
                               properties[PROP_OWNER], properties[PROP_STATUS],
                               properties[PROP_APPROVED_BY], properties[PROP_APPROVED_ON],
                               properties[PROP_NEXT_REVIEW], NULL);
  sg_record_class_set_due (record_class, properties[PROP_NEXT_REVIEW], properties[PROP_STATUS],
                           SG_DOCUMENT_STATUS_WITHDRAWN, -1);
}

static void
sg_document_init (SgDocument *self)
{
}
