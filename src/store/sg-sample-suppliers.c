/* sg-sample-suppliers.c: the example's supplier register and the obligations of its interested parties
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A logistics company leans on a few suppliers it cannot run without —
 * the cloud ERP, the colocation data centre, payroll, telematics — and on
 * some that merely come inside (IT support, the cleaners). Each names the
 * assets it touches, so an asset's pane shows who touches it; the data
 * centre's assessment is overdue. The obligations are the laws, the
 * authorities' and the customers' requirements of clause 4.2 c, each tied
 * to its interested party and to the controls and documents that meet
 * it; NIS2 is only partly met. */
#define G_LOG_DOMAIN "sg-sample"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-control.h"
#include "sg-enums.h"
#include "sg-obligation.h"
#include "sg-sample-private.h"
#include "sg-supplier.h"

/* Suppliers (Annex A 5.19–5.23) */

typedef struct
{
  const char            *name;
  const char            *service;
  SgSupplierCriticality  criticality;
  guint                  assets[4];     /* AssetKey; ASSET_NONE ends it */
  guint                  contracts[3];  /* DocKey; DOC_NONE ends it */
  const char            *contact;
  int                    assessed_on;
  SgSupplierAssessment   result;
  int                    next_assessment;
  const char            *notes;
} SampleSupplier;

static const SampleSupplier sample_suppliers[] = {
  { N_("SAP Deutschland SE & Co. KG (RISE with SAP)"),
    N_("SAP S/4HANA as a private cloud service: hosting, operation, patching and backup of the ERP "
       "system for finance, invoicing, purchasing and customs."),
    SG_SUPPLIER_CRITICALITY_CRITICAL,
    { ASSET_SAP, ASSET_FINANCIAL_DATA, ASSET_CUSTOMS_DATA }, { DOC_SUPPLIER, DOC_BCM },
    CFO, -160, SG_SUPPLIER_ASSESSMENT_SATISFACTORY, 205,
    N_("ISO/IEC 27001 and SOC 2 Type II reports reviewed; data processing agreement under GDPR "
       "Art. 28 in place; data stays in EU data centres.") },
  { N_("DataPort Nord GmbH"),
    N_("Colocation and managed hosting of all servers, storage and the backup system in two "
       "fire compartments in Hamburg."),
    SG_SUPPLIER_CRITICALITY_CRITICAL,
    { ASSET_DATA_CENTRE, ASSET_BACKUP, ASSET_TMS, ASSET_WMS }, { DOC_SUPPLIER, DOC_BCM, DOC_BACKUP },
    IT_LEAD, -400, SG_SUPPLIER_ASSESSMENT_CONDITIONAL, -35,
    N_("On-site audit found the visitor log of our cage incomplete; DataPort agreed to send it "
       "quarterly. The yearly assessment is overdue.") },
  { N_("LohnPartner Hamburg GmbH"),
    N_("Payroll accounting, payslips and reports to social insurance and tax authorities."),
    SG_SUPPLIER_CRITICALITY_HIGH,
    { ASSET_PAYROLL, ASSET_EMPLOYEE_DATA }, { DOC_SUPPLIER },
    HR_LEAD, -120, SG_SUPPLIER_ASSESSMENT_SATISFACTORY, 245,
    N_("Data processing agreement signed; salary files exchanged only through the provider’s "
       "portal with two-factor sign-in.") },
  { N_("FleetSense Telematics GmbH"),
    N_("Software-as-a-service telematics platform, driver app and the on-board units of the "
       "truck fleet."),
    SG_SUPPLIER_CRITICALITY_HIGH,
    { ASSET_TELEMATICS, ASSET_TELEMATICS_DATA, ASSET_VEHICLE_UNITS }, { DOC_SUPPLIER, DOC_INCIDENT },
    FLEET_LEAD, -90, SG_SUPPLIER_ASSESSMENT_CONDITIONAL, 90,
    N_("Condition: multi-factor sign-in for administrator accounts by the end of the quarter, "
       "and the latest penetration test report.") },
  { N_("Elbe IT-Service GmbH"),
    N_("First- and second-level support for office staff, on-site support for notebooks and "
       "smartphones, remote administration of the directory."),
    SG_SUPPLIER_CRITICALITY_MEDIUM,
    { ASSET_CLIENTS, ASSET_DIRECTORY, ASSET_M365 }, { DOC_ACCESS, DOC_ACCEPTABLE_USE },
    IT_LEAD, -300, SG_SUPPLIER_ASSESSMENT_SATISFACTORY, 65,
    N_("Named technicians only; remote sessions through the company’s jump host and recorded.") },
  { N_("Nordsauber Gebäudeservice GmbH"),
    N_("Cleaning of offices and warehouses outside working hours, with keys and alarm codes."),
    SG_SUPPLIER_CRITICALITY_LOW,
    { ASSET_HQ, ASSET_WAREHOUSES }, { DOC_ACCESS },
    FACILITY_LEAD, NO_DATE, SG_SUPPLIER_ASSESSMENT_NOT_ASSESSED, 30,
    N_("Every cleaner signs a confidentiality undertaking; no access to the comms rooms.") },
};

/* Obligations (4.2 c) */

typedef struct
{
  const char         *title;
  SgObligationType    type;
  const char         *source;
  PartyKey            party;
  const char         *requirement;
  const char         *controls;       /* Annex A refs */
  guint               documents[3];   /* DocKey; DOC_NONE ends it */
  SgObligationStatus  status;
  const char         *owner;
  int                 next_review;
  const char         *notes;
} SampleObligation;

static const SampleObligation sample_obligations[] = {
  { N_("Security of processing of personal data"), SG_OBLIGATION_TYPE_LEGAL,
    N_("GDPR Art. 32"), PARTY_AUTHORITIES,
    N_("Appropriate technical and organisational measures for the personal data of customers, "
       "drivers and employees, tested and evaluated regularly."),
    "5.31 5.34 8.13 8.24", { DOC_POLICY, DOC_ACCESS, DOC_BACKUP },
    SG_OBLIGATION_STATUS_ADDRESSED, DPO, 120,
    N_("Reviewed with the records of processing activities each year.") },
  { N_("NIS2 risk management and incident reporting"), SG_OBLIGATION_TYPE_REGULATORY,
    N_("NIS2UmsuCG (BSIG § 30, § 32)"), PARTY_AUTHORITIES,
    N_("As an important entity in transport: risk management measures, registration with the "
       "BSI, an early warning of a significant incident within 24 hours and a report within "
       "72 hours."),
    "5.24 5.26 5.19 5.31", { DOC_INCIDENT, DOC_POLICY },
    SG_OBLIGATION_STATUS_PARTLY, CISO, 60,
    N_("Registered with the BSI. The 24-hour early warning is not yet in the incident "
       "procedure, which is in review.") },
  { N_("ISO/IEC 27001 certificate for customers"), SG_OBLIGATION_TYPE_CONTRACTUAL,
    N_("Customer framework contract § 7"), PARTY_CUSTOMERS,
    N_("Hold a valid ISO/IEC 27001 certificate covering transport and warehousing, and notify "
       "the customer of incidents affecting its data within 48 hours."),
    "5.24 5.35 5.36", { DOC_POLICY, DOC_SOA, DOC_AUDIT_PROGRAMME },
    SG_OBLIGATION_STATUS_ADDRESSED, CISO, 150,
    N_("The certification audit is planned; the customers accept the audit plan until the "
       "certificate is issued.") },
  { N_("Information security assessment of an automotive customer"), SG_OBLIGATION_TYPE_CONTRACTUAL,
    N_("Automotive customer’s supplier requirements (TISAX, level 2)"), PARTY_CUSTOMERS,
    N_("An assessment of information security and prototype protection every three years, "
       "with access to customer parts and data restricted to named staff."),
    "5.14 5.15 7.2 8.5", { DOC_ACCESS, DOC_SUPPLIER },
    SG_OBLIGATION_STATUS_ADDRESSED, OPS_LEAD, 200, NULL },
  { N_("Security requirements of the Authorised Economic Operator"), SG_OBLIGATION_TYPE_REGULATORY,
    N_("Union Customs Code Art. 39 (e)"), PARTY_CUSTOMS,
    N_("Protect customs data and systems from unauthorised access, control access to the "
       "premises and screen staff in security-sensitive positions."),
    "5.15 6.1 7.2 8.13", { DOC_ACCESS, DOC_BACKUP },
    SG_OBLIGATION_STATUS_ADDRESSED, LEGAL_LEAD, 90, NULL },
  { N_("Retention of commercial and tax records"), SG_OBLIGATION_TYPE_LEGAL,
    N_("HGB § 257, AO § 147, GoBD"), PARTY_AUTHORITIES,
    N_("Keep books, invoices and business letters for six to ten years, unaltered and readable "
       "on request."),
    "5.33 8.13", { DOC_BACKUP, DOC_POLICY },
    SG_OBLIGATION_STATUS_ADDRESSED, CFO, 240, NULL },
};

/* A floating link list of the ids that @keys pick from @table; key 0 ends it. */
static GVariant *
key_links (const gint64 *table,
           const guint  *keys,
           gsize         n_keys)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (gsize i = 0; i < n_keys && keys[i] != 0; i++)
    g_array_append_val (ids, table[keys[i]]);
  return sg_links_new ((const gint64 *) ids->data, ids->len);
}

gboolean
sg_sample_add_suppliers (Sample  *s,
                         GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_suppliers); i++)
    {
      const SampleSupplier *sup = &sample_suppliers[i];
      if (!sg_sample_add (s, error, SG_TYPE_SUPPLIER,
                          SG_SUPPLIER_NAME, _(sup->name),
                          SG_SUPPLIER_SERVICE, _(sup->service),
                          SG_SUPPLIER_CRITICALITY, sup->criticality,
                          SG_SUPPLIER_ASSETS, key_links (s->assets, sup->assets, G_N_ELEMENTS (sup->assets)),
                          SG_SUPPLIER_CONTRACTS,
                          key_links (s->documents, sup->contracts, G_N_ELEMENTS (sup->contracts)),
                          SG_SUPPLIER_CONTACT, sg_sample_person (s, sup->contact),
                          SG_SUPPLIER_ASSESSED_ON, sg_sample_date (s, sup->assessed_on),
                          SG_SUPPLIER_ASSESSMENT_RESULT, sup->result,
                          SG_SUPPLIER_NEXT_ASSESSMENT, sg_sample_date (s, sup->next_assessment),
                          SG_SUPPLIER_NOTES, sg_sample_tr (sup->notes),
                          NULL))
        return FALSE;
    }
  return TRUE;
}

gboolean
sg_sample_add_obligations (Sample  *s,
                           GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_obligations); i++)
    {
      const SampleObligation *o = &sample_obligations[i];
      GVariant *controls = sg_sample_seeded_links (s, SG_TYPE_CONTROL, o->controls, error);

      if (controls == NULL)
        return FALSE;
      if (!sg_sample_add (s, error, SG_TYPE_OBLIGATION,
                          SG_OBLIGATION_TITLE, _(o->title),
                          SG_OBLIGATION_TYPE_FIELD, o->type,
                          SG_OBLIGATION_SOURCE, _(o->source),
                          SG_OBLIGATION_PARTY, s->parties[o->party],
                          SG_OBLIGATION_REQUIREMENT, _(o->requirement),
                          SG_OBLIGATION_CONTROLS, controls,
                          SG_OBLIGATION_DOCUMENTS,
                          key_links (s->documents, o->documents, G_N_ELEMENTS (o->documents)),
                          SG_OBLIGATION_STATUS, o->status,
                          SG_OBLIGATION_OWNER, sg_sample_person (s, o->owner),
                          SG_OBLIGATION_NEXT_REVIEW, sg_sample_date (s, o->next_review),
                          SG_OBLIGATION_NOTES, sg_sample_tr (o->notes),
                          NULL))
        return FALSE;
    }
  return TRUE;
}
