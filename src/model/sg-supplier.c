/* sg-supplier.c: a supplier, what it provides and how it was last assessed
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-supplier"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-asset.h"
#include "sg-document.h"
#include "sg-enums.h"
#include "sg-supplier.h"

struct _SgSupplier
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgSupplier, sg_supplier, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SERVICE,
  PROP_CRITICALITY,
  PROP_ASSETS,
  PROP_CONTRACTS,
  PROP_CONTACT,
  PROP_ASSESSED_ON,
  PROP_ASSESSMENT_RESULT,
  PROP_NEXT_ASSESSMENT,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_supplier_class_init (SgSupplierClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "supplier", "SUP-", N_("Supplier"), N_("Suppliers"), "suppliers");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_OPERATION, N_("Suppliers"));
  /* Not the interested parties' people: a supplier is an entry of an address book. */
  sg_record_class_set_empty_state (record_class, "x-office-address-book-symbolic",
                                   N_("The suppliers whose services touch your information, how critical"
                                      " they are and when they were last assessed, as Annex A 5.19 to 5.23"
                                      " and clause 8.1 ask."));
  sg_record_class_set_since (record_class, 7);

  properties[PROP_NAME] = sg_field_text (SG_SUPPLIER_NAME, N_("Name"));
  properties[PROP_SERVICE] = sg_field_long_text (SG_SUPPLIER_SERVICE, N_("Service provided"));
  properties[PROP_CRITICALITY] =
    sg_field_choice (SG_SUPPLIER_CRITICALITY, N_("Criticality"),
                     SG_TYPE_SUPPLIER_CRITICALITY, SG_SUPPLIER_CRITICALITY_MEDIUM);
  properties[PROP_ASSETS] = sg_field_links (SG_SUPPLIER_ASSETS, N_("Assets they touch"), SG_TYPE_ASSET);
  properties[PROP_CONTRACTS] =
    sg_field_links (SG_SUPPLIER_CONTRACTS, N_("Contract and security clauses"), SG_TYPE_DOCUMENT);
  properties[PROP_CONTACT] = sg_field_person (SG_SUPPLIER_CONTACT, N_("Contact"));
  properties[PROP_ASSESSED_ON] = sg_field_date (SG_SUPPLIER_ASSESSED_ON, N_("Last assessment"));
  properties[PROP_ASSESSMENT_RESULT] =
    sg_field_choice (SG_SUPPLIER_ASSESSMENT_RESULT, N_("Assessment result"),
                     SG_TYPE_SUPPLIER_ASSESSMENT, SG_SUPPLIER_ASSESSMENT_NOT_ASSESSED);
  properties[PROP_NEXT_ASSESSMENT] = sg_field_date (SG_SUPPLIER_NEXT_ASSESSMENT, N_("Next assessment"));
  properties[PROP_NOTES] = sg_field_long_text (SG_SUPPLIER_NOTES, N_("Notes"));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_NAME]);
  sg_record_class_add_column (record_class, properties[PROP_CRITICALITY], 1);
  sg_record_class_add_column (record_class, properties[PROP_NEXT_ASSESSMENT], 2);

  sg_record_class_add_facet (record_class, properties[PROP_CRITICALITY]);
  sg_record_class_add_facet (record_class, properties[PROP_ASSESSMENT_RESULT]);
  sg_record_class_add_facet (record_class, properties[PROP_CONTACT]);
  sg_record_class_add_section (record_class, N_("Supplier"),
                               properties[PROP_NAME], properties[PROP_CRITICALITY],
                               properties[PROP_CONTACT], properties[PROP_SERVICE], NULL);
  sg_record_class_add_section (record_class, N_("What they touch"),
                               properties[PROP_ASSETS], properties[PROP_CONTRACTS], NULL);
  sg_record_class_add_section (record_class, N_("Assessment"),
                               properties[PROP_ASSESSED_ON], properties[PROP_ASSESSMENT_RESULT],
                               properties[PROP_NEXT_ASSESSMENT], properties[PROP_NOTES], NULL);
  /* A supplier is assessed again and again: the next date is always due. */
  sg_record_class_set_due (record_class, properties[PROP_NEXT_ASSESSMENT], NULL, -1);
  sg_record_class_add_date_order (record_class, properties[PROP_ASSESSED_ON],
                                  properties[PROP_NEXT_ASSESSMENT],
                                  N_("The next assessment cannot come before the last one"));
}

static void
sg_supplier_init (SgSupplier *self)
{
}
