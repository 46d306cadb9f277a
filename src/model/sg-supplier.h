/* sg-supplier.h: a supplier, what it provides and how it was last assessed
 * (clause 8.1, Annex A 5.19–5.23)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_SUPPLIER (sg_supplier_get_type ())

G_DECLARE_FINAL_TYPE (SgSupplier, sg_supplier, SG, SUPPLIER, SgRecord)

#define SG_SUPPLIER_NAME              "name"
#define SG_SUPPLIER_SERVICE           "service"
#define SG_SUPPLIER_CRITICALITY       "criticality"
#define SG_SUPPLIER_ASSETS            "assets"
#define SG_SUPPLIER_CONTRACTS         "contracts"
#define SG_SUPPLIER_CONTACT           "contact"
#define SG_SUPPLIER_ASSESSED_ON       "assessed-on"
#define SG_SUPPLIER_ASSESSMENT_RESULT "assessment-result"
#define SG_SUPPLIER_NEXT_ASSESSMENT   "next-assessment"
#define SG_SUPPLIER_NOTES             "notes"

G_END_DECLS
