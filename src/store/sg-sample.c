/* sg-sample.c: the example register of a fictional logistics company
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-sample"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sg-action.h"
#include "sg-asset.h"
#include "sg-audit.h"
#include "sg-communication.h"
#include "sg-competence-record.h"
#include "sg-context-issue.h"
#include "sg-control.h"
#include "sg-document.h"
#include "sg-enums.h"
#include "sg-evidence.h"
#include "sg-finding.h"
#include "sg-interested-party.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"
#include "sg-person.h"
#include "sg-planned-change.h"
#include "sg-requirement.h"
#include "sg-risk.h"
#include "sg-role.h"
#include "sg-sample-private.h"
#include "sg-sample.h"
#include "sg-scope.h"
#include "sg-store.h"

/* Nordwind Logistics GmbH: freight forwarding, road freight and contract
 * logistics, 450 employees, headquarters in Hamburg.  Every string that is
 * a sentence is marked for translation, so that a German user gets a
 * German example; the people, the company and product names are not. */

#define COMPANY       "Nordwind Logistics GmbH"


typedef enum
{
  RISKS_NONE,
  RISKS_TOP,        /* inherent score of 15 or more: what the assessment flagged */
  RISKS_RESOLVED,   /* treatment finished: accepted or closed */
} RiskSelection;

/* Scope (4.3) */

static const char *scope_statement =
  N_("The ISMS covers the planning, execution and invoicing of road freight, freight "
     "forwarding and contract logistics services of Nordwind Logistics GmbH, together with "
     "the information systems that support them: the customer portal, the fleet telematics "
     "platform, the transport and warehouse management systems, SAP S/4HANA and "
     "Microsoft 365.");
static const char *scope_boundaries =
  N_("Sites: the headquarters in Hamburg and the warehouses in Hamburg-Billbrook, Bremen "
     "and Hanover. People: all 450 employees and temporary warehouse staff. Systems: those "
     "hosted in the outsourced data centre of DataPort Nord GmbH in Norderstedt, the "
     "Microsoft 365 tenant and the telematics units in the company’s own 210 trucks.");
static const char *scope_exclusions =
  N_("The Polish subsidiary Nordwind Polska Sp. z o.o., which has its own management and IT, "
     "and the vehicles of subcontracted carriers, whose security is addressed through "
     "supplier agreements.");
static const char *scope_interfaces =
  N_("DataPort Nord GmbH (hosting and managed services) under a contract with a security "
     "annex; Microsoft (Microsoft 365); the telematics platform vendor; customers and carriers "
     "through EDI and the customer portal; customs authorities through ATLAS; the parent "
     "company’s group IT for consolidated financial reporting.");

/* Context (4.1) */

typedef struct
{
  const char    *title;
  const char    *description;
  SgIssueType    type;
  SgIssueEffect  effect;
  const char    *addressed_through;
} SampleIssue;

static const SampleIssue sample_issues[] = {
  { N_("Ransomware attacks on logistics companies"),
    N_("Several German freight forwarders were hit by ransomware in the past two years and "
       "could not dispatch for weeks. Attackers target the sector because downtime is expensive."),
    SG_ISSUE_TYPE_EXTERNAL, SG_ISSUE_EFFECT_THREAT,
    N_("Ransomware risk in the risk register; network segmentation, immutable backups and a "
       "managed detection and response service.") },
  { N_("NIS2 implementation in Germany"),
    N_("The German NIS2 implementation act may bring parts of the business into scope, with "
       "registration, incident reporting within 24 hours and personal liability of management."),
    SG_ISSUE_TYPE_EXTERNAL, SG_ISSUE_EFFECT_THREAT,
    N_("Legal assessment of applicability; incident procedure aligned with the reporting deadlines.") },
  { N_("Customers require ISO/IEC 27001 certification"),
    N_("Large retail and automotive customers ask for certification or TISAX in tenders. "
       "A certificate would shorten supplier audits and win new contracts."),
    SG_ISSUE_TYPE_EXTERNAL, SG_ISSUE_EFFECT_OPPORTUNITY,
    N_("Certification audit planned; ISMS objectives and budget approved by management.") },
  { N_("Shortage of IT and security specialists"),
    N_("Vacancies in IT operations stay open for months in the Hamburg labour market, so "
       "knowledge rests with few people."),
    SG_ISSUE_TYPE_EXTERNAL, SG_ISSUE_EFFECT_THREAT,
    N_("Cross-training and documented procedures; managed services for round-the-clock monitoring.") },
  { N_("Storm surges and heavy rain at the Hamburg sites"),
    N_("Climate change makes flooding of the Billbrook warehouse and the basement of the "
       "headquarters more likely."),
    SG_ISSUE_TYPE_EXTERNAL, SG_ISSUE_EFFECT_THREAT,
    N_("Flood risk in the risk register; business continuity plan; relocation of network "
       "equipment out of the basement.") },
  { N_("Move of file shares to Microsoft 365"),
    N_("Moving file servers to SharePoint and Teams reduces hardware in the offices but needs "
       "new rules for sharing and cloud administration."),
    SG_ISSUE_TYPE_INTERNAL, SG_ISSUE_EFFECT_OPPORTUNITY,
    N_("Planned change with a cloud security review; sensitivity labels and sharing restrictions.") },
  { N_("Dependence on the fleet telematics platform"),
    N_("Dispatching, proof of delivery and customer tracking all depend on live vehicle data "
       "from one platform."),
    SG_ISSUE_TYPE_INTERNAL, SG_ISSUE_EFFECT_THREAT,
    N_("Telematics risks in the risk register; supplier reviews; manual dispatching in the "
       "business continuity plan.") },
  { N_("Temporary staff in peak season"),
    N_("Up to 120 temporary workers join the warehouses between October and December and need "
       "system access within a day."),
    SG_ISSUE_TYPE_INTERNAL, SG_ISSUE_EFFECT_THREAT,
    N_("Short onboarding briefing, restricted handheld profiles and accounts that expire "
       "automatically.") },
};

/* Interested parties (4.2) */

typedef struct
{
  const char  *name;
  SgPartyType  type;
  const char  *needs;
  const char  *addressed_through;
  gboolean     relevant;
} SampleParty;

static const SampleParty sample_parties[N_PARTIES] = {
  [PARTY_CUSTOMERS] = { N_("Customers (shippers and retailers)"), SG_PARTY_TYPE_EXTERNAL,
    N_("Confidentiality of shipment and pricing data, reliable tracking, evidence of security "
       "such as ISO/IEC 27001 certification, notification of incidents."),
    N_("Security clauses in framework contracts; certification project; incident procedure "
       "with customer notification."), TRUE },
  [PARTY_EMPLOYEES] = { N_("Employees"), SG_PARTY_TYPE_INTERNAL,
    N_("Protection of their personal data, clear and practical security rules, working systems."),
    N_("Acceptable use policy, awareness training, data protection by the DPO."), TRUE },
  [PARTY_WORKS_COUNCIL] = { N_("Works council"), SG_PARTY_TYPE_INTERNAL,
    N_("Co-determination before monitoring tools and telematics are introduced or changed; "
       "proportionate use of employee data."),
    N_("Works agreements on IT use and vehicle telematics; early information about changes."), TRUE },
  [PARTY_SHAREHOLDER] = { N_("Shareholder (Hanseatic Freight Holding AG)"), SG_PARTY_TYPE_EXTERNAL,
    N_("Protection of the company’s value, compliance, reporting on major risks."),
    N_("Quarterly risk report; management review results shared with the holding."), TRUE },
  [PARTY_AUTHORITIES] = { N_("Authorities (BSI, Hamburg data protection authority)"), SG_PARTY_TYPE_EXTERNAL,
    N_("Compliance with GDPR and, where applicable, NIS2; timely reporting of incidents and "
       "personal data breaches."),
    N_("Register of legal requirements; reporting deadlines in the incident procedure."), TRUE },
  [PARTY_CUSTOMS] = { N_("Customs authorities"), SG_PARTY_TYPE_EXTERNAL,
    N_("Security requirements of the Authorised Economic Operator (AEO) status; integrity and "
       "retention of customs records."),
    N_("AEO self-assessment; access restrictions and retention rules for customs data."), TRUE },
  [PARTY_INSURER] = { N_("Cyber insurer"), SG_PARTY_TYPE_EXTERNAL,
    N_("Minimum controls such as MFA for remote access, offline backups and an incident "
       "response plan."),
    N_("Annual insurance questionnaire answered from the Statement of Applicability."), TRUE },
  [PARTY_IT_PROVIDERS] = { N_("IT service providers (DataPort Nord, Microsoft)"), SG_PARTY_TYPE_EXTERNAL,
    N_("Clear responsibilities, timely approval of changes, cooperation during incidents."),
    N_("Contracts with security annex, quarterly service reviews."), TRUE },
  [PARTY_CARRIERS] = { N_("Subcontracted carriers"), SG_PARTY_TYPE_EXTERNAL,
    N_("Simple and secure access to transport orders; protection of their drivers’ data."),
    N_("Carrier accounts in the customer portal with MFA; supplier security requirements."), TRUE },
};

/* Roles (5.3) */

typedef struct
{
  const char *name;
  const char *responsibilities;
  const char *authorities;
  const char *holder;
  const char *deputy;
  const char *assigned_by;
  int         assigned_on;
  RoleKey     incompatible[2];  /* roles added before this one; ROLE_NONE ends */
} SampleRole;

static const SampleRole sample_roles[N_ROLES] = {
  [ROLE_TOP_MANAGEMENT] = {
    N_("Top management (managing director)"),
    N_("Sets the direction of the ISMS, approves the policy, objectives and risk acceptance "
       "criteria, provides resources and chairs the management review."),
    N_("Accepts residual risks rated High; approves the ISMS budget."),
    /* Appointed by the shareholders' meeting, which is nobody of the directory. */
    CEO, CFO, NULL, -1460 },
  [ROLE_CISO] = {
    N_("Chief information security officer (ISMS manager)"),
    N_("Runs the ISMS: risk assessment, Statement of Applicability, policies, awareness, "
       "internal audit programme; reports on ISMS performance to top management."),
    N_("May stop changes and projects that put information at unacceptable risk until top "
       "management decides."),
    CISO, SECURITY_ENG, CEO, -900 },
  [ROLE_DPO] = {
    N_("Data protection officer"),
    N_("Advises on and monitors compliance with GDPR; assesses personal data breaches; "
       "contact for the data protection authority."),
    N_("Direct reporting line to the managing director; access to all processing activities."),
    DPO, NULL, CEO, -1200 },
  [ROLE_IT_OPERATIONS] = {
    N_("Head of IT operations"),
    N_("Operates servers, network, clients and cloud services securely; patching, backup and "
       "user administration; manages DataPort Nord."),
    N_("Approves standard changes; grants and revokes access rights on request of the asset owner."),
    /* Who runs the systems does not also set and check their security:
     * yet the CISO's deputy stands in here too, the example's finding. */
    IT_LEAD, SECURITY_ENG, CEO, -1000, { ROLE_CISO } },
  [ROLE_HR] = {
    N_("Head of human resources"),
    N_("Screening, employment terms, onboarding and leaver process, disciplinary process; "
       "keeps competence records."),
    N_("Triggers account creation and removal in the HR system."),
    HR_LEAD, "Nina Koch", CEO, -1100 },
  [ROLE_RISK_OWNERS] = {
    N_("Asset and risk owners (heads of department)"),
    N_("Classify their information, approve access rights, own the risks of their area and "
       "approve the treatment plans."),
    N_("Accept residual risks rated Low or Medium in their area."),
    /* Held by every head of department: the asset register names them. */
    NULL, NULL, CEO, -700 },
  [ROLE_INTERNAL_AUDITOR] = {
    N_("Internal ISMS auditor"),
    N_("Plans and performs internal audits according to the audit programme and reports the "
       "results to top management."),
    N_("Access to all records and people needed for the audit."),
    /* Auditors do not audit their own work. */
    AUDITOR, NULL, CEO, -500, { ROLE_CISO, ROLE_IT_OPERATIONS } },
  [ROLE_INCIDENT_LEAD] = {
    N_("Incident response lead"),
    N_("Coordinates the response to security incidents, the collection of evidence and "
       "lessons learned."),
    N_("May isolate systems and disable accounts during an incident."),
    SECURITY_ENG, IT_LEAD, CISO, -600 },
};

/* Competence and awareness (7.2, 7.3) */

typedef struct
{
  const char      *title;
  const char      *person;
  RoleKey          role;
  const char      *required;
  const char      *training;
  int              completed_on;
  SgEffectiveness  effectiveness;
  int              awareness_on;
  int              next_due;
} SampleCompetence;

static const SampleCompetence sample_competence[] = {
  { N_("ISO/IEC 27001 Lead Implementer"), CISO, ROLE_CISO,
    N_("ISO/IEC 27001 implementation, risk management, knowledge of GDPR and NIS2."),
    N_("ISO/IEC 27001 Lead Implementer certificate; five years as information security officer."),
    -420, SG_EFFECTIVENESS_EFFECTIVE, -40, 310 },
  { N_("Management duties for the ISMS"), CEO, ROLE_TOP_MANAGEMENT,
    N_("Understanding of management’s duties for the ISMS and of management liability under NIS2."),
    N_("Half-day executive briefing by the CISO and an external lawyer."),
    -130, SG_EFFECTIVENESS_EFFECTIVE, -130, 235 },
  { N_("Risk acceptance for management"), CFO, ROLE_TOP_MANAGEMENT,
    N_("Risk acceptance criteria and financial consequences of security incidents."),
    N_("Executive briefing; participation in the ransomware tabletop exercise."),
    -130, SG_EFFECTIVENESS_EFFECTIVE, -128, 235 },
  { N_("Data protection officer"), DPO, ROLE_DPO,
    N_("Expert knowledge of data protection law and practice."),
    N_("Certified data protection officer (TÜV); annual update seminar."),
    -210, SG_EFFECTIVENESS_EFFECTIVE, -60, 155 },
  { N_("Secure system administration"), IT_LEAD, ROLE_IT_OPERATIONS,
    N_("Secure administration of Windows, Entra ID and the network; backup and recovery."),
    N_("Microsoft Certified: Identity and Access Administrator; restore test log."),
    -95, SG_EFFECTIVENESS_EFFECTIVE, -45, 635 },
  { N_("Incident handling"), SECURITY_ENG, ROLE_INCIDENT_LEAD,
    N_("Incident handling, log analysis and basic forensics."),
    N_("GIAC Certified Incident Handler; two tabletop exercises per year."),
    -310, SG_EFFECTIVENESS_EFFECTIVE, -45, 420 },
  { N_("Security in human resources"), HR_LEAD, ROLE_HR,
    N_("Security in the employee life cycle: screening, confidentiality, leavers."),
    N_("Workshop with the CISO; HR process checklists."),
    -160, SG_EFFECTIVENESS_NOT_CHECKED, -50, 205 },
  { N_("ISO/IEC 27001 Lead Auditor"), AUDITOR, ROLE_INTERNAL_AUDITOR,
    N_("ISO/IEC 27001 Lead Auditor; independence from the audited areas."),
    N_("Lead Auditor certificate; twelve ISMS audits in the past three years."),
    -1100, SG_EFFECTIVENESS_EFFECTIVE, -80, NO_DATE },
  { N_("Risk owner training"), OPS_LEAD, ROLE_RISK_OWNERS,
    N_("Duties of a risk owner; the risk assessment method."),
    N_("Two-hour risk owner workshop held by the CISO."),
    -105, SG_EFFECTIVENESS_EFFECTIVE, -100, 260 },
  { N_("Telematics and data protection"), FLEET_LEAD, ROLE_RISK_OWNERS,
    N_("Data protection for vehicle telematics; the works agreement on telematics."),
    N_("Workshop with the data protection officer."),
    -30, SG_EFFECTIVENESS_NOT_CHECKED, -30, 335 },
};

/* Assets (5.9) */

typedef struct
{
  const char       *name;
  const char       *description;
  SgAssetType       type;
  const char       *owner;
  const char       *location;
  SgClassification  classification;
  int               confidentiality, integrity, availability;
} SampleAsset;

static const SampleAsset sample_assets[N_ASSETS] = {
  [ASSET_CUSTOMER_DATA] = { N_("Customer and shipment data"),
    N_("Orders, consignee addresses, delivery status and proof of delivery."),
    SG_ASSET_TYPE_INFORMATION, OPS_LEAD, N_("TMS, customer portal"),
    SG_CLASSIFICATION_CONFIDENTIAL, 3, 3, 2 },
  [ASSET_EMPLOYEE_DATA] = { N_("Personnel files"),
    N_("Contracts, payroll data, sick notes and appraisals of all employees."),
    SG_ASSET_TYPE_INFORMATION, HR_LEAD, N_("HR system, payroll provider"),
    SG_CLASSIFICATION_STRICTLY_CONFIDENTIAL, 3, 2, 1 },
  [ASSET_CUSTOMS_DATA] = { N_("Customs declarations and AEO records"),
    N_("Import and export declarations, tariff data and the records kept for the AEO status."),
    SG_ASSET_TYPE_INFORMATION, LEGAL_LEAD, N_("ATLAS customs software, SAP"),
    SG_CLASSIFICATION_CONFIDENTIAL, 2, 3, 2 },
  [ASSET_FINANCIAL_DATA] = { N_("Accounting data"),
    N_("Ledgers, invoices, payment runs and bank details of carriers and suppliers."),
    SG_ASSET_TYPE_INFORMATION, CFO, N_("SAP S/4HANA"),
    SG_CLASSIFICATION_CONFIDENTIAL, 3, 3, 2 },
  [ASSET_CONTRACTS] = { N_("Contracts and price agreements"),
    N_("Framework contracts, tariffs and tender documents."),
    SG_ASSET_TYPE_INFORMATION, CFO, N_("Microsoft 365 (SharePoint)"),
    SG_CLASSIFICATION_STRICTLY_CONFIDENTIAL, 3, 2, 1 },
  [ASSET_TELEMATICS_DATA] = { N_("Vehicle positions and driving data"),
    N_("GPS positions, driving times and tachograph data; personal data of the drivers."),
    SG_ASSET_TYPE_INFORMATION, FLEET_LEAD, N_("Fleet telematics platform"),
    SG_CLASSIFICATION_CONFIDENTIAL, 3, 2, 2 },
  [ASSET_SOURCE_CODE] = { N_("Source code of the customer portal"),
    N_("Application code, build pipelines and infrastructure definitions."),
    SG_ASSET_TYPE_INFORMATION, DIGITAL_LEAD, N_("Git server in the data centre"),
    SG_CLASSIFICATION_CONFIDENTIAL, 3, 3, 2 },
  [ASSET_SAP] = { N_("SAP S/4HANA"),
    N_("Finance, invoicing, purchasing and customs integration."),
    SG_ASSET_TYPE_SOFTWARE, CFO, N_("DataPort Nord data centre"),
    SG_CLASSIFICATION_CONFIDENTIAL, 3, 3, 3 },
  [ASSET_TMS] = { N_("Transport management system"),
    N_("Order entry, route planning and dispatching for all road freight."),
    SG_ASSET_TYPE_SOFTWARE, OPS_LEAD, N_("DataPort Nord data centre"),
    SG_CLASSIFICATION_CONFIDENTIAL, 2, 3, 3 },
  [ASSET_WMS] = { N_("Warehouse management system"),
    N_("Stock, storage locations, picking and loading in the three warehouses."),
    SG_ASSET_TYPE_SOFTWARE, OPS_LEAD, N_("DataPort Nord data centre"),
    SG_CLASSIFICATION_INTERNAL, 2, 3, 3 },
  [ASSET_PORTAL] = { N_("Customer portal"),
    N_("Web portal for customers and carriers: orders, tracking, documents; developed in-house."),
    SG_ASSET_TYPE_SOFTWARE, DIGITAL_LEAD, N_("DataPort Nord data centre"),
    SG_CLASSIFICATION_CONFIDENTIAL, 3, 3, 3 },
  [ASSET_TELEMATICS] = { N_("Fleet telematics platform"),
    N_("Software-as-a-service platform for vehicle tracking, driver apps and electronic "
       "proof of delivery."),
    SG_ASSET_TYPE_SERVICE, FLEET_LEAD, N_("Vendor cloud (EU)"),
    SG_CLASSIFICATION_CONFIDENTIAL, 2, 3, 3 },
  [ASSET_EDI] = { N_("EDI gateway"),
    N_("Electronic data interchange with customers, carriers and customs (AS2, SFTP)."),
    SG_ASSET_TYPE_SERVICE, DIGITAL_LEAD, N_("DataPort Nord data centre"),
    SG_CLASSIFICATION_CONFIDENTIAL, 2, 3, 3 },
  [ASSET_M365] = { N_("Microsoft 365"),
    N_("E-mail, Teams, SharePoint and OneDrive for all office staff."),
    SG_ASSET_TYPE_SERVICE, IT_LEAD, N_("Microsoft cloud (EU Data Boundary)"),
    SG_CLASSIFICATION_CONFIDENTIAL, 3, 2, 3 },
  [ASSET_DIRECTORY] = { N_("Active Directory and Entra ID"),
    N_("User accounts, groups and single sign-on for all systems."),
    SG_ASSET_TYPE_SOFTWARE, IT_LEAD, N_("DataPort Nord data centre, Microsoft cloud"),
    SG_CLASSIFICATION_CONFIDENTIAL, 3, 3, 3 },
  [ASSET_DATA_CENTRE] = { N_("DataPort Nord GmbH (colocation and managed hosting)"),
    N_("Outsourced data centre hosting all servers, storage and the backup system."),
    SG_ASSET_TYPE_SUPPLIER, IT_LEAD, N_("Norderstedt"),
    SG_CLASSIFICATION_INTERNAL, 2, 3, 3 },
  [ASSET_BACKUP] = { N_("Backup system"),
    N_("Daily backups with an immutable copy in a second fire compartment."),
    SG_ASSET_TYPE_HARDWARE, IT_LEAD, N_("DataPort Nord data centre"),
    SG_CLASSIFICATION_CONFIDENTIAL, 3, 3, 3 },
  [ASSET_NETWORK] = { N_("Corporate network"),
    N_("Firewalls, SD-WAN between sites, Wi-Fi in offices and warehouses."),
    SG_ASSET_TYPE_HARDWARE, IT_LEAD, N_("All sites"),
    SG_CLASSIFICATION_INTERNAL, 2, 3, 3 },
  [ASSET_CLIENTS] = { N_("Notebooks, PCs and smartphones"),
    N_("About 380 managed end user devices."),
    SG_ASSET_TYPE_HARDWARE, IT_LEAD, N_("All sites, mobile"),
    SG_CLASSIFICATION_INTERNAL, 2, 2, 2 },
  [ASSET_HANDHELDS] = { N_("Warehouse handheld scanners"),
    N_("About 150 scanners and forklift terminals connected to the WMS."),
    SG_ASSET_TYPE_HARDWARE, OPS_LEAD, N_("Warehouses"),
    SG_CLASSIFICATION_INTERNAL, 1, 2, 3 },
  [ASSET_VEHICLE_UNITS] = { N_("On-board telematics units"),
    N_("Telematics units and driver tablets in the company’s 210 trucks."),
    SG_ASSET_TYPE_HARDWARE, FLEET_LEAD, N_("Vehicles"),
    SG_CLASSIFICATION_INTERNAL, 1, 2, 2 },
  [ASSET_HQ] = { N_("Headquarters Hamburg"),
    N_("Offices of management, administration, dispatch and IT; two comms rooms."),
    SG_ASSET_TYPE_SITE, FACILITY_LEAD, N_("Hamburg"),
    SG_CLASSIFICATION_INTERNAL, 2, 2, 3 },
  [ASSET_WAREHOUSES] = { N_("Warehouses"),
    N_("Warehouses in Hamburg-Billbrook, Bremen and Hanover with 62,000 m² of storage."),
    SG_ASSET_TYPE_SITE, OPS_LEAD, N_("Hamburg-Billbrook, Bremen, Hanover"),
    SG_CLASSIFICATION_INTERNAL, 1, 2, 3 },
  [ASSET_IT_STAFF] = { N_("IT operations team"),
    N_("Six administrators who run the infrastructure and know the systems."),
    SG_ASSET_TYPE_PEOPLE, IT_LEAD, N_("Headquarters"),
    SG_CLASSIFICATION_INTERNAL, 2, 2, 3 },
  [ASSET_DISPATCH_STAFF] = { N_("Dispatch and customer service"),
    N_("Dispatchers and customer service agents who handle orders by phone and e-mail."),
    SG_ASSET_TYPE_PEOPLE, OPS_LEAD, N_("Headquarters, warehouses"),
    SG_CLASSIFICATION_INTERNAL, 2, 2, 3 },
  [ASSET_PAYROLL] = { N_("Payroll service provider"),
    N_("External provider that runs payroll and keeps salary data."),
    SG_ASSET_TYPE_SUPPLIER, HR_LEAD, N_("Provider’s data centre (Germany)"),
    SG_CLASSIFICATION_STRICTLY_CONFIDENTIAL, 3, 3, 2 },
};

/* Risks (6.1.2, 6.1.3) */

typedef struct
{
  const char   *category;
  const char   *owner;
  const char   *title;
  const char   *description;
  const char   *threat;
  const char   *vulnerability;
  const char   *harms;              /* "C", "I", "A": what the risk harms */
  int           likelihood, impact; /* inherent */
  SgTreatment   treatment;
  const char   *plan;
  int           treatment_due;
  const char   *controls;           /* Annex A refs */
  guint         assets[4];         /* AssetKey, ASSET_NONE ends the list */
  int           residual_likelihood, residual_impact;
  SgRiskStatus  status;
  const char   *accepted_by;
  int           accepted_on;
  int           next_review;
} SampleRisk;

static const SampleRisk sample_risks[] = {
  { N_("Cyber attack"), IT_LEAD,
    N_("Ransomware encrypts servers and backups"),
    N_("Attackers gain a foothold through phishing or an exposed service, spread through the "
       "network and encrypt SAP, TMS and WMS. Dispatching stops and data may be published."),
    N_("Organised ransomware groups"),
    N_("Flat network between offices, warehouses and servers; backup console reachable from "
       "the domain"),
    "CIA", 4, 5, SG_TREATMENT_MITIGATE,
    N_("Segment the network by site and function, move backups to immutable storage with "
       "separate credentials, complete EDR coverage and rehearse the restore of SAP and TMS "
       "twice a year."),
    90, "8.7 8.13 8.22 5.29",
    { ASSET_SAP, ASSET_TMS, ASSET_BACKUP, ASSET_NETWORK },
    2, 5, SG_RISK_STATUS_TREATMENT, NULL, 0, 30 },
  { N_("Cyber attack"), CISO,
    N_("Phishing leads to compromised Microsoft 365 accounts"),
    N_("Employees enter their credentials on fake login pages or approve fraudulent MFA "
       "prompts; attackers read mail, send invoices to customers and move on to other systems."),
    N_("Credential phishing and MFA fatigue attacks"),
    N_("Legacy authentication still allowed for shared mailboxes; push MFA without number matching"),
    "CI", 5, 4, SG_TREATMENT_MITIGATE,
    N_("Block legacy authentication, enable number matching for all users and phishing-resistant "
       "MFA for administrators, and run quarterly phishing simulations."),
    45, "5.17 8.5 6.3 8.23",
    { ASSET_M365, ASSET_DIRECTORY },
    3, 3, SG_RISK_STATUS_TREATMENT, NULL, 0, 60 },
  { N_("Cyber attack"), CFO,
    N_("Payment fraud through business e-mail compromise"),
    N_("Fraudsters posing as carriers or executives ask accounting to change bank details or "
       "make an urgent payment."),
    N_("CEO fraud and invoice fraud"),
    N_("Changes of bank details are accepted by e-mail without a call-back"),
    "I", 4, 4, SG_TREATMENT_MITIGATE,
    N_("Require a call-back on a known number for every change of bank details and dual "
       "approval in SAP for payments above EUR 10,000; brief the accounting team."),
    -20, "5.14 5.3 6.3",
    { ASSET_FINANCIAL_DATA, ASSET_SAP, ASSET_M365 },
    2, 4, SG_RISK_STATUS_TREATMENT, NULL, 0, 20 },
  { N_("Cyber attack"), DIGITAL_LEAD,
    N_("Exploitation of vulnerabilities in the customer portal"),
    N_("An attacker exploits a flaw in the portal or one of its libraries to read other "
       "customers’ shipments or to take over the server."),
    N_("Automated scanning and exploitation of web applications"),
    N_("Third-party libraries are not tracked; no external penetration test so far"),
    "CIA", 4, 4, SG_TREATMENT_MITIGATE,
    N_("Add dependency scanning to the build pipeline, put a web application firewall in "
       "front of the portal and commission an annual penetration test."),
    120, "8.8 8.26 8.28 8.29",
    { ASSET_PORTAL, ASSET_CUSTOMER_DATA, ASSET_SOURCE_CODE },
    2, 4, SG_RISK_STATUS_TREATMENT, NULL, 0, 90 },
  { N_("Cyber attack"), FLEET_LEAD,
    N_("Compromise of the fleet telematics platform"),
    N_("Stolen API keys let attackers track vehicles carrying high-value goods or manipulate "
       "delivery data."),
    N_("Organised cargo theft using stolen tracking data"),
    N_("API keys shared between integrations and never rotated"),
    "CIA", 3, 5, SG_TREATMENT_MITIGATE,
    N_("Issue one API key per integration, rotate keys every 90 days, restrict API access to "
       "known addresses and feed the platform’s logs into security monitoring."),
    60, "8.5 8.15 8.16 5.22",
    { ASSET_TELEMATICS, ASSET_TELEMATICS_DATA, ASSET_VEHICLE_UNITS },
    2, 4, SG_RISK_STATUS_TREATMENT, NULL, 0, 45 },
  { N_("Cyber attack"), IT_LEAD,
    N_("Denial of service against the customer portal and EDI gateway"),
    N_("A volumetric attack makes the portal and EDI unreachable; orders and status messages "
       "are delayed."),
    N_("DDoS attacks, including extortion campaigns"),
    N_("Single internet uplink at the data centre"),
    "A", 3, 3, SG_TREATMENT_MITIGATE,
    N_("DDoS protection service of the internet provider for the portal and EDI endpoints; "
       "second uplink."),
    -120, "8.20 8.21 8.14",
    { ASSET_PORTAL, ASSET_EDI, ASSET_NETWORK },
    2, 3, SG_RISK_STATUS_ACCEPTED, IT_LEAD, -110, 250 },
  { N_("Cyber attack"), OPS_LEAD,
    N_("Malware brought into the warehouses on USB sticks"),
    N_("Drivers and temporary staff plug USB sticks into warehouse PCs to print delivery notes."),
    N_("Malware on removable media"),
    N_("Warehouse PCs shared by many users"),
    "IA", 3, 3, SG_TREATMENT_MITIGATE,
    N_("Block USB storage on warehouse PCs, provide a printing station for drivers and keep "
       "EDR on all devices."),
    -200, "8.7 7.10 8.1",
    { ASSET_HANDHELDS, ASSET_CLIENTS, ASSET_WMS },
    2, 2, SG_RISK_STATUS_ACCEPTED, OPS_LEAD, -190, -15 },
  { N_("Cyber attack"), IT_LEAD,
    N_("Misuse of privileged administrator accounts"),
    N_("An attacker who obtains a domain or cloud administrator account controls every system."),
    N_("Credential theft and lateral movement"),
    N_("Administrators use their admin accounts on ordinary workstations"),
    "CIA", 3, 5, SG_TREATMENT_MITIGATE,
    N_("Introduce a tiering model for Active Directory, privileged access workstations and "
       "logging of all privileged sessions."),
    150, "8.2 8.18 8.15 5.18",
    { ASSET_DIRECTORY, ASSET_SAP, ASSET_M365 },
    2, 4, SG_RISK_STATUS_TREATMENT, NULL, 0, 90 },
  { N_("Cyber attack"), IT_LEAD,
    N_("Unpatched servers and network devices are exploited"),
    N_("Known vulnerabilities in firewalls, VPN gateways or servers remain open for weeks and "
       "are exploited before a patch is installed."),
    N_("Exploitation of published vulnerabilities"),
    N_("Patching depends on manual work; no complete inventory of firmware versions"),
    "CIA", 4, 4, SG_TREATMENT_MITIGATE,
    N_("Monthly patch cycle with emergency patching within 72 hours for critical flaws, weekly "
       "vulnerability scans and an up-to-date device inventory."),
    60, "8.8 8.9 8.32",
    { ASSET_NETWORK, ASSET_SAP, ASSET_TMS, ASSET_CLIENTS },
    3, 4, SG_RISK_STATUS_TREATMENT, NULL, 0, 14 },
  { N_("Cyber attack"), DIGITAL_LEAD,
    N_("Interception of data on the legacy FTP server"),
    N_("Customs and EDI files were exchanged with partners over unencrypted FTP; credentials "
       "and data could be intercepted or altered."),
    N_("Eavesdropping and manipulation of files in transit"),
    N_("Unencrypted protocol, shared passwords"),
    "CI", 4, 5, SG_TREATMENT_AVOID,
    N_("Decommission the FTP server and move all partners to SFTP or AS2 through the EDI gateway."),
    -30, "8.24 5.14 8.20",
    { ASSET_EDI, ASSET_CUSTOMS_DATA, ASSET_CUSTOMER_DATA },
    1, 2, SG_RISK_STATUS_CLOSED, NULL, 0, 335 },
  { N_("Third party"), IT_LEAD,
    N_("Prolonged outage of the outsourced data centre"),
    N_("A fire, power failure or insolvency of DataPort Nord takes SAP, TMS and WMS offline "
       "for days."),
    N_("Failure of the hosting provider"),
    N_("All production systems in one data centre; exit plan not tested"),
    "A", 2, 5, SG_TREATMENT_MITIGATE,
    N_("Replicate SAP and TMS to the provider’s second site, agree an exit plan in the "
       "contract and run an annual disaster recovery test."),
    200, "5.30 8.14 5.22 5.20",
    { ASSET_DATA_CENTRE, ASSET_SAP, ASSET_TMS },
    2, 3, SG_RISK_STATUS_TREATMENT, NULL, 0, 120 },
  { N_("Third party"), OPS_LEAD,
    N_("Data breach through carrier accounts in the portal"),
    N_("Accounts of subcontracted carriers are shared among drivers and can see more orders "
       "than needed."),
    N_("Misuse of carrier accounts"),
    N_("Shared accounts; carrier access not reviewed"),
    "C", 3, 3, SG_TREATMENT_MITIGATE,
    N_("Personal accounts with MFA for carrier staff, access limited to assigned orders and a "
       "half-yearly review of carrier accounts."),
    75, "5.19 5.20 5.18",
    { ASSET_PORTAL, ASSET_CUSTOMER_DATA },
    2, 3, SG_RISK_STATUS_TREATMENT, NULL, 0, 150 },
  { N_("Third party"), FLEET_LEAD,
    N_("Compromised firmware in telematics units"),
    N_("The vendor of the telematics units ships a firmware update that contains malware or "
       "a backdoor."),
    N_("Supply chain attack on the hardware vendor"),
    N_("Firmware updates are installed over the air without review"),
    "IA", 2, 4, SG_TREATMENT_MITIGATE,
    N_("Add supply chain security requirements to the purchasing criteria and pilot firmware "
       "updates on five vehicles before the rollout."),
    240, "5.21 8.8",
    { ASSET_VEHICLE_UNITS, ASSET_TELEMATICS },
    2, 3, SG_RISK_STATUS_ASSESSED, NULL, 0, 180 },
  { N_("Third party"), HR_LEAD,
    N_("Leak of salary data at the payroll provider"),
    N_("The external payroll provider loses or discloses salary and bank data of employees."),
    N_("Breach at a processor"),
    N_("Limited insight into the provider’s security"),
    "C", 2, 4, SG_TREATMENT_TRANSFER,
    N_("Contractual liability and the provider’s insurance; data processing agreement and "
       "ISO/IEC 27001 certificate checked every year."),
    -100, "5.19 5.20 5.34",
    { ASSET_PAYROLL, ASSET_EMPLOYEE_DATA },
    2, 3, SG_RISK_STATUS_ACCEPTED, HR_LEAD, -95, 270 },
  { N_("Third party"), CFO,
    N_("Loss of the SAP support partner"),
    N_("The small SAP partner that supports the customs and invoicing extensions ends the contract."),
    N_("Supplier leaves the market"),
    N_("Custom code documented only by the partner"),
    "A", 3, 3, SG_TREATMENT_ACCEPT,
    N_("Accepted: other SAP partners could take over within weeks, and the contract obliges "
       "the partner to hand over documentation."),
    NO_DATE, "5.20 5.37",
    { ASSET_SAP },
    3, 3, SG_RISK_STATUS_ACCEPTED, CFO, -300, -60 },
  { N_("Cloud"), CISO,
    N_("Confidential documents shared publicly from Microsoft 365"),
    N_("Users share contracts or price lists through anonymous links that are forwarded outside "
       "the company."),
    N_("Accidental disclosure"),
    N_("Anonymous sharing links allowed; no sensitivity labels"),
    "C", 4, 3, SG_TREATMENT_MITIGATE,
    N_("Restrict external sharing to approved domains, introduce sensitivity labels and review "
       "anonymous links monthly."),
    30, "5.23 5.12 5.13 8.12",
    { ASSET_M365, ASSET_CONTRACTS, ASSET_CUSTOMER_DATA },
    2, 3, SG_RISK_STATUS_TREATMENT, NULL, 0, 60 },
  { N_("Cloud"), IT_LEAD,
    N_("Outage of Microsoft 365"),
    N_("A regional outage of Exchange Online and Teams interrupts communication with customers "
       "and drivers."),
    N_("Failure of the cloud provider"),
    N_("No alternative communication channel"),
    "A", 3, 3, SG_TREATMENT_ACCEPT,
    N_("Accepted: outages have been short, and the dispatch offices keep printed emergency "
       "contact lists and use the telematics messaging."),
    NO_DATE, "5.23 5.29",
    { ASSET_M365 },
    3, 3, SG_RISK_STATUS_ACCEPTED, IT_LEAD, -160, 200 },
  { N_("Cloud"), IT_LEAD,
    N_("Loss of data kept only in Microsoft 365"),
    N_("Mailboxes, SharePoint sites or OneDrive files are deleted by mistake or by an attacker "
       "and are beyond the retention period."),
    N_("Deletion by users, attackers or synchronisation errors"),
    N_("No backup independent of Microsoft"),
    "IA", 2, 4, SG_TREATMENT_MITIGATE,
    N_("Back up Exchange Online, SharePoint and OneDrive with a third-party backup service."),
    -10, "8.13 5.23",
    { ASSET_M365, ASSET_BACKUP },
    1, 4, SG_RISK_STATUS_TREATMENT, NULL, 0, 30 },
  { N_("Cloud"), CISO,
    N_("Takeover of a global administrator account"),
    N_("An attacker takes over a global administrator of the Microsoft 365 tenant and locks "
       "the company out."),
    N_("Targeted attack on cloud administrators"),
    N_("Five permanent global administrators"),
    "CIA", 2, 5, SG_TREATMENT_MITIGATE,
    N_("Two emergency accounts with FIDO2 keys in the safe, just-in-time role activation with "
       "approval, alerts on role assignments."),
    30, "8.2 5.17 8.16",
    { ASSET_M365, ASSET_DIRECTORY },
    1, 5, SG_RISK_STATUS_TREATMENT, NULL, 0, 90 },
  { N_("Cloud"), CISO,
    N_("Use of unapproved cloud services"),
    N_("Departments upload customer data to free file transfer, translation or AI services."),
    N_("Shadow IT"),
    N_("No register of approved cloud services"),
    "C", 4, 2, SG_TREATMENT_MITIGATE,
    N_("Publish a list of approved cloud services, block high-risk categories in the web filter "
       "and explain the rules in the awareness training."),
    100, "5.23 5.10 8.23",
    { ASSET_CUSTOMER_DATA, ASSET_CLIENTS },
    3, 2, SG_RISK_STATUS_TREATMENT, NULL, 0, 150 },
  { N_("People"), HR_LEAD,
    N_("Leavers keep access to systems"),
    N_("Accounts of employees who have left stay active for days and can be misused."),
    N_("Misuse of orphaned accounts"),
    N_("Leaver notices reach IT by e-mail and are processed manually"),
    "CI", 3, 3, SG_TREATMENT_MITIGATE,
    N_("Disable accounts automatically from the HR system at the end of the last working day; "
       "leaver checklist signed by the line manager."),
    30, "5.18 6.5 5.11",
    { ASSET_DIRECTORY, ASSET_SAP, ASSET_EMPLOYEE_DATA },
    2, 2, SG_RISK_STATUS_TREATMENT, NULL, 0, 90 },
  { N_("People"), OPS_LEAD,
    N_("Social engineering by phone in dispatch"),
    N_("Callers posing as customers or drivers obtain delivery addresses or redirect loads."),
    N_("Fraudulent pick-ups and theft of goods"),
    N_("Callers are not verified"),
    "CI", 3, 3, SG_TREATMENT_MITIGATE,
    N_("Call-back verification for changes to delivery addresses and pick-ups; training for "
       "dispatchers with real cases."),
    60, "6.3 5.17 6.8",
    { ASSET_DISPATCH_STAFF, ASSET_CUSTOMER_DATA, ASSET_TMS },
    2, 3, SG_RISK_STATUS_TREATMENT, NULL, 0, 120 },
  { N_("People"), CFO,
    N_("Theft of customer and price data by departing staff"),
    N_("A sales employee takes customer lists and price agreements to a competitor."),
    N_("Insider data theft"),
    N_("No data loss prevention; broad access to the sales SharePoint"),
    "C", 2, 4, SG_TREATMENT_MITIGATE,
    N_("Data loss prevention rules for price lists and customer data, need-to-know access to "
       "the sales area, reminder of confidentiality duties when people resign."),
    180, "8.12 6.6 6.4 8.3",
    { ASSET_CONTRACTS, ASSET_CUSTOMER_DATA },
    2, 3, SG_RISK_STATUS_ASSESSED, NULL, 0, 210 },
  { N_("People"), IT_LEAD,
    N_("Key administrators unavailable"),
    N_("Only one administrator knows the SAP basis and the backup system; illness or "
       "resignation delays recovery."),
    N_("Loss of key staff"),
    N_("Knowledge not documented; no trained deputies"),
    "A", 3, 3, SG_TREATMENT_MITIGATE,
    N_("Document the twenty most important operating procedures and train a deputy for each "
       "critical system."),
    90, "5.37 5.2",
    { ASSET_IT_STAFF },
    2, 3, SG_RISK_STATUS_TREATMENT, NULL, 0, 120 },
  { N_("People"), OPS_LEAD,
    N_("Errors by temporary warehouse staff"),
    N_("Temporary staff in peak season book goods to wrong locations or load wrong consignments."),
    N_("Human error"),
    N_("Short onboarding; shared handheld logins"),
    "IA", 4, 2, SG_TREATMENT_MITIGATE,
    N_("Personal handheld logins, a short onboarding briefing and restricted handheld profiles."),
    -140, "6.1 6.2 6.3",
    { ASSET_WMS, ASSET_HANDHELDS, ASSET_WAREHOUSES },
    3, 2, SG_RISK_STATUS_ACCEPTED, OPS_LEAD, -130, 235 },
  { N_("People"), HR_LEAD,
    N_("Insufficient screening for sensitive positions"),
    N_("Staff with access to high-value goods or administrator rights are hired without "
       "background checks."),
    N_("Hiring of unreliable staff"),
    N_("Screening rules not defined per position"),
    "CI", 2, 3, SG_TREATMENT_MITIGATE,
    N_("Certificate of good conduct and reference checks for defined sensitive positions."),
    -420, "6.1 6.6",
    { ASSET_IT_STAFF, ASSET_DISPATCH_STAFF },
    1, 3, SG_RISK_STATUS_ACCEPTED, HR_LEAD, -405, -40 },
  { N_("Physical"), OPS_LEAD,
    N_("Fire in the Billbrook warehouse"),
    N_("A fire destroys stored goods, handhelds and the local network equipment."),
    N_("Fire"),
    N_("Large quantities of combustible packaging"),
    "A", 2, 5, SG_TREATMENT_TRANSFER,
    N_("Property and business interruption insurance; sprinklers maintained by a certified "
       "contractor; goods of key customers spread across two warehouses."),
    -250, "7.5 7.11 5.29",
    { ASSET_WAREHOUSES, ASSET_HANDHELDS },
    2, 4, SG_RISK_STATUS_ACCEPTED, CEO, -240, 125 },
  { N_("Physical"), OPS_LEAD,
    N_("Theft of goods with the help of manipulated shipment data"),
    N_("Insiders or criminals change delivery data in the WMS to divert high-value consignments."),
    N_("Organised cargo theft"),
    N_("Changes to delivery data are not logged or reviewed"),
    "I", 3, 4, SG_TREATMENT_MITIGATE,
    N_("Log and review changes to delivery data for high-value goods; CCTV at loading docks; "
       "four-eyes release of changed consignments."),
    120, "7.2 7.4 8.3 8.15",
    { ASSET_WMS, ASSET_WAREHOUSES, ASSET_CUSTOMER_DATA },
    2, 4, SG_RISK_STATUS_TREATMENT, NULL, 0, 100 },
  { N_("Physical"), IT_LEAD,
    N_("Unauthorised access to comms rooms"),
    N_("Visitors or cleaning staff enter the comms rooms at headquarters and plug devices into "
       "the network."),
    N_("Unauthorised physical access"),
    N_("Comms rooms share a key with storage rooms"),
    "CIA", 2, 2, SG_TREATMENT_MITIGATE,
    N_("Separate locks and badge access for comms rooms; access list reviewed quarterly."),
    -345, "7.1 7.2 7.3",
    { ASSET_HQ, ASSET_NETWORK },
    1, 2, SG_RISK_STATUS_ACCEPTED, IT_LEAD, -330, 35 },
  { N_("Physical"), OPS_LEAD,
    N_("Flooding of the Hamburg sites"),
    N_("A storm surge or heavy rain floods the Billbrook warehouse and the basement of the "
       "headquarters, where network equipment is installed."),
    N_("Flooding"),
    N_("Network distribution in the basement; sites close to the Elbe"),
    "A", 2, 4, SG_TREATMENT_MITIGATE,
    N_("Move the network equipment at headquarters to the first floor and install flood "
       "barriers at Billbrook."),
    270, "7.5 5.30",
    { ASSET_HQ, ASSET_WAREHOUSES, ASSET_NETWORK },
    2, 3, SG_RISK_STATUS_ASSESSED, NULL, 0, 300 },
  { N_("Physical"), IT_LEAD,
    N_("Loss or theft of notebooks and phones"),
    N_("Devices are lost on trips or stolen from cars."),
    N_("Theft and loss"),
    N_("Mobile devices hold e-mail and documents"),
    "C", 4, 2, SG_TREATMENT_MITIGATE,
    N_("Full-disk encryption, remote wipe through Intune and rules for travelling."),
    -75, "8.1 8.24 7.9 6.7",
    { ASSET_CLIENTS },
    3, 1, SG_RISK_STATUS_ACCEPTED, IT_LEAD, -60, 305 },
  { N_("Physical"), IT_LEAD,
    N_("Power failure in the headquarters comms rooms"),
    N_("A power cut longer than the UPS runtime takes down the network at headquarters."),
    N_("Power outage"),
    N_("UPS runtime of 30 minutes; no generator at headquarters"),
    "A", 2, 2, SG_TREATMENT_ACCEPT,
    N_("Accepted: business applications run in the data centre, and staff can work from home "
       "during a longer outage."),
    NO_DATE, "7.11",
    { ASSET_HQ, ASSET_NETWORK },
    2, 2, SG_RISK_STATUS_ACCEPTED, IT_LEAD, -20, 345 },
  { N_("Legal & compliance"), FLEET_LEAD,
    N_("Unlawful processing of driver telematics data"),
    N_("Location and driving data are kept longer and used more widely than the works agreement "
       "and GDPR allow."),
    N_("Fines and claims for unlawful processing"),
    N_("No retention limit for location data; performance reports built from raw data"),
    "C", 3, 4, SG_TREATMENT_MITIGATE,
    N_("Data protection impact assessment, retention limit of 90 days for location data and "
       "reports on aggregated data only, as agreed with the works council."),
    -5, "5.34 5.31 8.10",
    { ASSET_TELEMATICS_DATA, ASSET_TELEMATICS },
    2, 3, SG_RISK_STATUS_TREATMENT, NULL, 0, 40 },
  { N_("Legal & compliance"), CISO,
    N_("Personal data breach not reported in time"),
    N_("A breach is noticed late or not escalated, and the 72-hour deadline for reporting to the "
       "data protection authority is missed."),
    N_("Regulatory fines"),
    N_("Staff do not recognise breaches"),
    "C", 2, 4, SG_TREATMENT_MITIGATE,
    N_("Breach reporting in the incident procedure with the DPO as a fixed contact; examples "
       "in the awareness training."),
    -200, "5.24 5.26 5.5 5.34",
    { ASSET_CUSTOMER_DATA, ASSET_EMPLOYEE_DATA },
    1, 4, SG_RISK_STATUS_ACCEPTED, CISO, -180, 185 },
  { N_("Legal & compliance"), CISO,
    N_("NIS2 obligations not met"),
    N_("If parts of the business fall under the NIS2 implementation act, missing registration "
       "or late incident reports lead to fines and management liability."),
    N_("Regulatory sanctions"),
    N_("Applicability not yet assessed"),
    "CIA", 3, 4, SG_TREATMENT_MITIGATE,
    N_("Legal assessment of applicability, registration with the BSI if required and incident "
       "reporting within 24 hours and 72 hours."),
    45, "5.31 5.5 5.24",
    { ASSET_TMS, ASSET_TELEMATICS, ASSET_CUSTOMER_DATA },
    2, 3, SG_RISK_STATUS_TREATMENT, NULL, 0, 75 },
  { N_("Legal & compliance"), CFO,
    N_("Loss of the AEO status"),
    N_("Customs revoke the Authorised Economic Operator status after security weaknesses are "
       "found, slowing down every customs clearance."),
    N_("Customs audit findings"),
    N_("AEO self-assessment not updated since the move to the new data centre"),
    "CI", 2, 5, SG_TREATMENT_MITIGATE,
    N_("Update the AEO self-assessment, restrict the customs software to trained staff and run "
       "an annual internal AEO audit."),
    150, "5.31 5.15 5.33 5.35",
    { ASSET_CUSTOMS_DATA },
    1, 5, SG_RISK_STATUS_TREATMENT, NULL, 0, 160 },
  { N_("Legal & compliance"), CFO,
    N_("Software licence non-compliance"),
    N_("A licence audit finds indirect use of SAP through the portal and EDI, or too few "
       "Microsoft licences."),
    N_("Licence audit with back payments"),
    N_("Licence needs of interfaces not assessed"),
    "A", 3, 3, SG_TREATMENT_MITIGATE,
    N_("Licence review of all SAP interfaces with the SAP partner; quarterly reconciliation of "
       "Microsoft licences."),
    200, "5.32 5.9",
    { ASSET_SAP, ASSET_M365 },
    2, 3, SG_RISK_STATUS_ASSESSED, NULL, 0, 230 },
  { N_("Operational"), CFO,
    N_("SAP outage during month-end closing or peak season"),
    N_("SAP is unavailable for more than a day at month-end or in December; invoicing and customs "
       "clearance stop."),
    N_("Technical failure or failed update"),
    N_("No tested failover; updates scheduled close to month-end"),
    "A", 4, 4, SG_TREATMENT_MITIGATE,
    N_("Freeze changes five days before month-end, test the failover to the second site and "
       "extend capacity for peak season."),
    180, "8.6 8.14 5.30 8.32",
    { ASSET_SAP, ASSET_DATA_CENTRE, ASSET_FINANCIAL_DATA },
    3, 4, SG_RISK_STATUS_TREATMENT, NULL, 0, 45 },
  { N_("Operational"), OPS_LEAD,
    N_("Failed change stops dispatching in the TMS"),
    N_("An untested update of the TMS or its interfaces stops route planning for hours."),
    N_("Faulty change"),
    N_("Changes tested only in production during quiet hours"),
    "IA", 3, 3, SG_TREATMENT_MITIGATE,
    N_("Test environment with production-like interfaces, release checklist and rollback plan "
       "for every TMS change."),
    45, "8.32 8.31 8.29",
    { ASSET_TMS },
    2, 3, SG_RISK_STATUS_TREATMENT, NULL, 0, 90 },
  { N_("Operational"), OPS_LEAD,
    N_("Corrupted stock data from the WMS interface"),
    N_("A faulty interface between WMS and SAP books stock twice or loses movements; invoices "
       "to customers are wrong."),
    N_("Interface errors"),
    N_("No reconciliation between WMS and SAP"),
    "I", 3, 3, SG_TREATMENT_MITIGATE,
    N_("Daily automatic reconciliation of stock between WMS and SAP with alerts on differences."),
    -100, "8.32 8.15 8.16",
    { ASSET_WMS, ASSET_SAP },
    2, 3, SG_RISK_STATUS_ACCEPTED, OPS_LEAD, -85, 280 },
};

/* Statement of Applicability (6.1.3 d) */

typedef struct
{
  const char             *ref;
  SgImplementationStatus  status;
  int                     due;      /* for planned and partial controls; 0 for none */
  const char             *owner;
  const char             *evidence;
} SampleControl;

#define IMPLEMENTED SG_IMPLEMENTATION_STATUS_IMPLEMENTED
#define VERIFIED    SG_IMPLEMENTATION_STATUS_VERIFIED
#define PARTIAL     SG_IMPLEMENTATION_STATUS_PARTIAL
#define PLANNED     SG_IMPLEMENTATION_STATUS_PLANNED

static const SampleControl sample_controls[] = {
  { "5.1", VERIFIED, 0, CISO,
    N_("Information security policy v3.0 signed by the managing director; topic-specific "
       "policies in SharePoint.") },
  { "5.2", IMPLEMENTED, 0, CEO,
    N_("Roles and responsibilities in this register; appointment letter of the CISO.") },
  { "5.3", IMPLEMENTED, 0, CFO,
    N_("Dual control for payments in SAP; developers have no access to production.") },
  { "5.4", IMPLEMENTED, 0, CEO,
    N_("Security is a standing item of the monthly management meeting.") },
  { "5.5", IMPLEMENTED, 0, CISO,
    N_("Contacts of the BSI, the police cybercrime unit, the data protection authority and "
       "customs in the incident procedure.") },
  { "5.6", IMPLEMENTED, 0, CISO,
    N_("Member of the logistics ISAC and the Alliance for Cyber Security.") },
  { "5.7", PARTIAL, 150, CISO,
    N_("BSI and CERT warnings are read daily; a structured threat intelligence feed is not "
       "used yet.") },
  { "5.8", IMPLEMENTED, 0, CISO,
    N_("Security checklist in the project handbook; the CISO signs off project gates.") },
  { "5.9", IMPLEMENTED, 0, IT_LEAD,
    N_("Asset register in this register and in the CMDB, reconciled quarterly.") },
  { "5.10", IMPLEMENTED, 0, CISO,
    N_("Acceptable use policy v2.3 acknowledged by all employees.") },
  { "5.11", IMPLEMENTED, 0, HR_LEAD,
    N_("Leaver checklist covers notebooks, phones, badges and fuel cards.") },
  { "5.12", IMPLEMENTED, 0, CISO,
    N_("Four-level classification scheme in the information security policy.") },
  { "5.13", PARTIAL, 90, CISO,
    N_("Sensitivity labels for confidential documents in Microsoft 365; paper documents are "
       "not labelled yet.") },
  { "5.14", IMPLEMENTED, 0, IT_LEAD,
    N_("SFTP and AS2 for EDI; TLS enforced for e-mail with key customers.") },
  { "5.15", IMPLEMENTED, 0, IT_LEAD,
    N_("Access control policy v1.4; role concepts for SAP and the TMS.") },
  { "5.16", IMPLEMENTED, 0, IT_LEAD,
    N_("Accounts are created only from HR system records; one user ID per person.") },
  { "5.17", IMPLEMENTED, 0, IT_LEAD,
    N_("Password rules and MFA for all cloud and remote access; password manager for "
       "administrators.") },
  { "5.18", PARTIAL, 30, IT_LEAD,
    N_("Quarterly access reviews for SAP and the TMS; removal of leavers’ access is still "
       "manual (nonconformity from the internal audit).") },
  { "5.19", PARTIAL, 60, LEGAL_LEAD,
    N_("Critical suppliers assessed with a security questionnaire; the supplier security policy "
       "is a draft.") },
  { "5.20", IMPLEMENTED, 0, LEGAL_LEAD,
    N_("Security annex and data processing agreement in the contracts with DataPort Nord, the "
       "telematics vendor and the payroll provider.") },
  { "5.21", PLANNED, 200, LEGAL_LEAD,
    N_("Supply chain requirements for telematics hardware and firmware to be added to the "
       "purchasing criteria.") },
  { "5.22", IMPLEMENTED, 0, IT_LEAD,
    N_("Quarterly service reviews with DataPort Nord; certificates of key suppliers checked "
       "every year.") },
  { "5.23", PARTIAL, 60, IT_LEAD,
    N_("Microsoft Secure Score reviewed monthly; the register of approved cloud services is "
       "in preparation.") },
  { "5.24", IMPLEMENTED, 0, CISO,
    N_("Incident response procedure v2.0 with roles, contact lists and reporting deadlines.") },
  { "5.25", IMPLEMENTED, 0, CISO,
    N_("Triage criteria for security events in the IT service desk.") },
  { "5.26", IMPLEMENTED, 0, CISO,
    N_("Incident response team with an on-call rota; incidents tracked as tickets.") },
  { "5.27", IMPLEMENTED, 0, CISO,
    N_("Lessons-learned meeting after every significant incident, recorded as a nonconformity "
       "where needed.") },
  { "5.28", IMPLEMENTED, 0, SECURITY_ENG,
    N_("Evidence collection guideline; retainer with an external incident response provider.") },
  { "5.29", IMPLEMENTED, 0, OPS_LEAD,
    N_("Business continuity plan v1.2 covers manual dispatching and cyber incidents.") },
  { "5.30", PARTIAL, 200, IT_LEAD,
    N_("Recovery objectives defined for SAP, TMS and WMS; failover to the second site not "
       "tested yet.") },
  { "5.31", VERIFIED, 0, LEGAL_LEAD,
    N_("Register of legal and contractual requirements (GDPR, BDSG, HGB, AEO, NIS2), reviewed "
       "every year.") },
  { "5.32", IMPLEMENTED, 0, IT_LEAD,
    N_("Licence management for Microsoft and SAP; users cannot install software.") },
  { "5.33", IMPLEMENTED, 0, CFO,
    N_("Retention schedule for accounting and customs records; write-protected archive in SAP.") },
  { "5.34", IMPLEMENTED, 0, DPO,
    N_("Record of processing activities; DPIA for telematics; data protection training.") },
  { "5.35", IMPLEMENTED, 0, CEO,
    N_("Internal audits by an independent external auditor; certification audit planned.") },
  { "5.36", IMPLEMENTED, 0, CISO,
    N_("Compliance checks by the CISO, reported to management every quarter.") },
  { "5.37", IMPLEMENTED, 0, IT_LEAD,
    N_("Procedures for backup, patching and user administration in the IT wiki.") },
  { "6.1", VERIFIED, 0, HR_LEAD,
    N_("Reference checks for all hires; certificate of good conduct for sensitive positions.") },
  { "6.2", IMPLEMENTED, 0, HR_LEAD,
    N_("Employment contracts include confidentiality and security duties.") },
  { "6.3", IMPLEMENTED, 0, HR_LEAD,
    N_("Annual e-learning, onboarding briefing and quarterly phishing simulations.") },
  { "6.4", IMPLEMENTED, 0, HR_LEAD,
    N_("Disciplinary process agreed with the works council.") },
  { "6.5", IMPLEMENTED, 0, HR_LEAD,
    N_("Confidentiality duties continue after employment ends; exit interview checklist.") },
  { "6.6", IMPLEMENTED, 0, LEGAL_LEAD,
    N_("Confidentiality agreements with suppliers, carriers and temporary staff agencies.") },
  { "6.7", IMPLEMENTED, 0, IT_LEAD,
    N_("Remote working policy; VPN with MFA; encrypted notebooks.") },
  { "6.8", IMPLEMENTED, 0, CISO,
    N_("Reporting through the service desk hotline and the report-phishing button in Outlook.") },
  { "7.1", IMPLEMENTED, 0, FACILITY_LEAD,
    N_("Fenced warehouse sites with gate control; controlled entrances at headquarters.") },
  { "7.2", VERIFIED, 0, FACILITY_LEAD,
    N_("Badge access system with visitor registration; access logs reviewed monthly.") },
  { "7.3", IMPLEMENTED, 0, FACILITY_LEAD,
    N_("Comms rooms locked with separate keys issued to IT staff only.") },
  { "7.4", IMPLEMENTED, 0, FACILITY_LEAD,
    N_("CCTV at warehouse gates and loading docks; alarm system connected to a security service.") },
  { "7.5", IMPLEMENTED, 0, FACILITY_LEAD,
    N_("Fire detection and sprinklers in the warehouses; flood risk assessment for the Hamburg "
       "sites.") },
  { "7.7", IMPLEMENTED, 0, CISO,
    N_("Clear desk and clear screen rules in the acceptable use policy; screens lock after "
       "ten minutes.") },
  { "7.8", IMPLEMENTED, 0, IT_LEAD,
    N_("Network equipment in locked racks; warehouse devices in protective housings.") },
  { "7.9", IMPLEMENTED, 0, IT_LEAD,
    N_("Notebooks encrypted and managed by Intune; travel rules in the acceptable use policy.") },
  { "7.10", IMPLEMENTED, 0, IT_LEAD,
    N_("USB storage blocked on office PCs; encrypted USB sticks on request.") },
  { "7.11", IMPLEMENTED, 0, FACILITY_LEAD,
    N_("UPS for all comms rooms; emergency power at the Billbrook warehouse.") },
  { "7.12", IMPLEMENTED, 0, FACILITY_LEAD,
    N_("Cabling in closed ducts; patch panels in locked racks.") },
  { "7.13", IMPLEMENTED, 0, FACILITY_LEAD,
    N_("Maintenance contracts for UPS, air conditioning and fire protection.") },
  { "7.14", IMPLEMENTED, 0, IT_LEAD,
    N_("Certified disposal service with deletion certificates for disks and devices.") },
  { "8.1", VERIFIED, 0, IT_LEAD,
    N_("Notebooks and phones managed by Intune with encryption, EDR and compliance policies.") },
  { "8.2", IMPLEMENTED, 0, IT_LEAD,
    N_("Separate administrator accounts; privileged roles in Entra ID activated just in time.") },
  { "8.3", IMPLEMENTED, 0, IT_LEAD,
    N_("Role-based access in SAP, the TMS and the customer portal.") },
  { "8.4", IMPLEMENTED, 0, DIGITAL_LEAD,
    N_("Source code on a private Git server; write access for the portal team only.") },
  { "8.5", IMPLEMENTED, 0, IT_LEAD,
    N_("MFA with number matching for all remote and cloud access.") },
  { "8.6", IMPLEMENTED, 0, IT_LEAD,
    N_("Capacity monitoring for SAP and the TMS; peak season capacity plan with DataPort Nord.") },
  { "8.7", IMPLEMENTED, 0, IT_LEAD,
    N_("EDR on all servers and clients; sandboxing of e-mail attachments.") },
  { "8.8", PARTIAL, 90, IT_LEAD,
    N_("Weekly vulnerability scans; 88 % of critical vulnerabilities patched within 14 days "
       "against a target of 95 %.") },
  { "8.9", IMPLEMENTED, 0, IT_LEAD,
    N_("Baseline configurations for Windows and network devices; deviations reported by Intune.") },
  { "8.10", IMPLEMENTED, 0, DPO,
    N_("Deletion concept with retention periods; location data deleted after 90 days.") },
  { "8.12", PLANNED, 180, CISO,
    N_("Data loss prevention rules for customer and price data in Microsoft 365 are planned.") },
  { "8.13", PARTIAL, 15, IT_LEAD,
    N_("Daily backups with an immutable copy; restore tests for the WMS were missing (major "
       "nonconformity from the internal audit).") },
  { "8.14", IMPLEMENTED, 0, IT_LEAD,
    N_("Redundant firewalls, internet lines and storage in the data centre.") },
  { "8.15", IMPLEMENTED, 0, IT_LEAD,
    N_("Central log collection for servers, firewalls and Entra ID, kept for 180 days.") },
  { "8.16", PARTIAL, 120, IT_LEAD,
    N_("Alerts from EDR and firewalls; round-the-clock monitoring by an MDR service is being "
       "contracted.") },
  { "8.17", IMPLEMENTED, 0, IT_LEAD,
    N_("All systems synchronised with the data centre’s time servers.") },
  { "8.18", IMPLEMENTED, 0, IT_LEAD,
    N_("Administration tools only on privileged access workstations.") },
  { "8.19", IMPLEMENTED, 0, IT_LEAD,
    N_("Software is installed only through Intune and change management.") },
  { "8.20", IMPLEMENTED, 0, IT_LEAD,
    N_("Next-generation firewalls at all sites; encrypted SD-WAN.") },
  { "8.21", IMPLEMENTED, 0, IT_LEAD,
    N_("Security requirements and DDoS protection in the contract with the network provider.") },
  { "8.22", PLANNED, 90, IT_LEAD,
    N_("Segmentation of offices, warehouses, servers and backups planned as part of the "
       "ransomware treatment.") },
  { "8.23", IMPLEMENTED, 0, IT_LEAD,
    N_("Web filtering with blocked categories on all devices.") },
  { "8.24", VERIFIED, 0, IT_LEAD,
    N_("Cryptography standard; TLS 1.2 or later for all external services; BitLocker on all "
       "notebooks.") },
  { "8.25", IMPLEMENTED, 0, DIGITAL_LEAD,
    N_("Secure development guideline for the portal team; code review for every change.") },
  { "8.26", IMPLEMENTED, 0, DIGITAL_LEAD,
    N_("Security requirements in the user stories for the portal and the EDI gateway.") },
  { "8.27", IMPLEMENTED, 0, DIGITAL_LEAD,
    N_("Architecture principles for the portal: least privilege, defence in depth, no secrets "
       "in code.") },
  { "8.28", IMPLEMENTED, 0, DIGITAL_LEAD,
    N_("OWASP Top 10 training; static code analysis in the build pipeline.") },
  { "8.29", PARTIAL, 120, DIGITAL_LEAD,
    N_("Automated security tests in the pipeline; the annual external penetration test is "
       "still to be commissioned.") },
  { "8.31", IMPLEMENTED, 0, DIGITAL_LEAD,
    N_("Separate development, test and production environments for the portal and the TMS "
       "interfaces.") },
  { "8.32", IMPLEMENTED, 0, IT_LEAD,
    N_("Weekly change advisory board; emergency change procedure.") },
  { "8.33", IMPLEMENTED, 0, DIGITAL_LEAD,
    N_("Test data are synthetic; production data may not be copied to test systems.") },
  { "8.34", IMPLEMENTED, 0, CISO,
    N_("Audit and penetration tests agreed with IT operations and run outside peak hours.") },
};

/* Why some controls apply beyond the risks they treat, and which of the
 * SoA's reasons for inclusion that is. */
#define LEGAL       (1 << 0)
#define CONTRACTUAL (1 << 1)
#define BUSINESS    (1 << 2)

static const struct
{
  const char *ref;
  const char *reason;
  guint       kinds;
} sample_control_reasons[] = {
  { "5.5",
    N_("Required for reporting incidents and personal data breaches within the legal deadlines."),
    LEGAL },
  { "5.24", N_("Required by the cyber insurance policy."), CONTRACTUAL },
  { "5.31", N_("Required to meet legal, customs and contractual obligations."), LEGAL | CONTRACTUAL },
  { "5.33", N_("Required by commercial and tax law and by customs regulations."), LEGAL },
  { "5.34", N_("Required by the GDPR."), LEGAL },
  { "8.10", N_("Required by the GDPR."), LEGAL },
  { "8.13", N_("Required by the cyber insurance policy."), CONTRACTUAL },
};

/* Evidence an auditor was shown, beyond the one item each implemented
 * control gets from its evidence notes: dated, some to be renewed, the
 * penetration test report already past it. Days from today. */
static const struct
{
  const char *ref;
  const char *title;
  const char *location;
  int         valid_from;
  int         expires;     /* NO_DATE: does not expire */
} sample_evidence[] = {
  { "5.1", N_("Information security policy v3.0, signed"),
    "https://nordwind.sharepoint.example/sites/isms/Policies/IS-Policy-v3.0-signed.pdf", -320, 45 },
  { "5.24", N_("Incident response exercise report"),
    "https://nordwind.sharepoint.example/sites/isms/Evidence/IR-exercise-report.pdf", -140, 225 },
  { "5.30", N_("ICT continuity test of the TMS failover"),
    "https://nordwind.sharepoint.example/sites/isms/Evidence/TMS-failover-test.pdf", -250, 115 },
  { "6.3", N_("Awareness training completion report"),
    "https://academy.nordwind.example/reports/awareness-completion", -60, 305 },
  { "7.4", N_("CCTV maintenance certificate, Billbrook warehouse"),
    "/srv/isms/evidence/cctv-maintenance-billbrook.pdf", -200, 165 },
  { "8.7", N_("Endpoint protection coverage report"),
    "https://nordwind.sharepoint.example/sites/isms/Evidence/EDR-coverage.xlsx", -30, 60 },
  { "8.8", N_("External penetration test report"),
    "https://nordwind.sharepoint.example/sites/isms/Evidence/Pentest-report.pdf", -400, -35 },
  { "8.15", N_("SIEM log retention settings (screenshot)"),
    "https://nordwind.sharepoint.example/sites/isms/Evidence/SIEM-retention.png", -90, NO_DATE },
  { "8.20", N_("Firewall rule review minutes"),
    "https://nordwind.sharepoint.example/sites/isms/Evidence/Firewall-review.docx", -75, 110 },
  { "8.24", N_("TLS configuration scan of the customer portal"),
    "https://nordwind.sharepoint.example/sites/isms/Evidence/TLS-scan-portal.pdf", -20, 160 },
};

/* The controls Nordwind does not need, each with the reason an auditor can check. */
static const struct
{
  const char *ref;
  const char *justification;
} sample_exclusions[] = {
  { "7.6",
    N_("Nordwind has no secure areas of its own: all servers run in the outsourced data centre, "
       "whose secure areas are covered by DataPort Nord’s ISO/IEC 27001 certificate and by our "
       "supplier controls (5.19–5.22). The comms rooms at headquarters and in the warehouses "
       "are protected as secured rooms under 7.3.") },
  { "8.11",
    N_("Personal data are not used outside production: test systems use synthetic data only "
       "(8.33), and reports for management and customers contain aggregated figures. Data "
       "masking would not reduce any identified risk.") },
  { "8.30",
    N_("No software development is outsourced; the customer portal is developed in-house, as "
       "are the EDI interfaces. Purchased standard software is covered by 5.19–5.22.") },
};

/* The clause checklist (4–10) */

typedef struct
{
  const char *ref;
  const char *owner;
  const char *evidence;
} SampleRequirement;

static const SampleRequirement sample_requirements[] = {
  { "4.1", CISO,
    N_("Internal and external issues recorded in this register and reviewed in the management "
       "review.") },
  { "4.2", CISO,
    N_("Register of interested parties with their needs and how each is addressed.") },
  { "4.3", CISO,
    N_("Scope statement version 2.1, approved by the managing director.") },
  { "4.4", CISO,
    N_("ISMS processes described in the information security policy and kept in this "
       "register.") },
  { "5.1", CEO,
    N_("Policy signed by the managing director; ISMS budget approved; management review "
       "chaired by the managing director.") },
  { "5.2", CISO,
    N_("Information security policy v3.0, published on the intranet and available to "
       "customers on request.") },
  { "5.3", CEO,
    N_("Roles with holders and deputies in this register; appointment letter of the CISO.") },
  { "6.1.1", CISO,
    N_("Risks and opportunities from context issues and interested parties are fed into the "
       "risk register.") },
  { "6.1.2", CISO,
    N_("Risk assessment method v2.1 with acceptance criteria; every risk has an owner and an "
       "inherent and residual rating.") },
  { "6.1.3", CISO,
    N_("Statement of Applicability approved; risk owners still have to approve some treatment "
       "plans.") },
  { "6.2", CISO,
    N_("Five objectives with owners, targets, due dates and regular readings.") },
  { "6.3", CISO,
    N_("Planned changes recorded with purpose, consequences, resources and responsibility.") },
  { "7.1", CEO,
    N_("ISMS budget and staffing approved in the management review.") },
  { "7.2", HR_LEAD,
    N_("Competence records for key roles; records for the incident response deputies are "
       "being completed after the internal audit.") },
  { "7.3", HR_LEAD,
    N_("95 % of staff completed the awareness e-learning, against a target of 98 %.") },
  { "7.4", CISO,
    N_("Communication plan in this register.") },
  { "7.5.1", CISO,
    N_("Documented information required by the standard is listed in this register.") },
  { "7.5.2", CISO,
    N_("Document template with version, owner and approval; review dates tracked in this "
       "register.") },
  { "7.5.3", CISO,
    N_("Documents in SharePoint with versioning and permissions; the access control policy is "
       "overdue for review.") },
  { "8.1", CISO,
    N_("Operating procedures, change management and supplier reviews; outsourced processes "
       "controlled through contracts.") },
  { "8.2", CISO,
    N_("Full risk assessment every year and after significant changes; results kept in this "
       "register.") },
  { "8.3", CISO,
    N_("Treatment plans are being carried out; progress and acceptance recorded per risk.") },
  { "9.1", CISO,
    N_("Objectives measured regularly; the analysis of results is not yet recorded "
       "(observation from the internal audit).") },
  { "9.2.1", CISO,
    N_("Internal audit of the whole ISMS completed; the next audit is planned.") },
  { "9.2.2", CISO,
    N_("Three-year audit programme; independent external auditor; reports to top "
       "management.") },
  { "9.3.1", CEO,
    N_("Management review held once a year; minutes approved.") },
  { "9.3.2", CEO,
    N_("All inputs required by 9.3.2 covered in the minutes.") },
  { "9.3.3", CEO,
    N_("Decisions and actions recorded in the minutes and followed up.") },
  { "10.1", CISO,
    N_("Improvements from audits, incidents and the management review are tracked as "
       "nonconformities and planned changes.") },
  { "10.2", CISO,
    N_("Nonconformities recorded with root cause and corrective action; some are still "
       "open.") },
};

/* The records that show a requirement is met. */
typedef struct
{
  const char    *ref;
  RiskSelection  risks;
  guint          documents[4];   /* DocKey, DOC_NONE ends the list */
  gboolean       audits;
  gboolean       reviews;
} SampleFulfilment;

static const SampleFulfilment sample_fulfilments[] = {
  { "4.4",   RISKS_NONE,     { DOC_POLICY },                                  FALSE, FALSE },
  { "5.1",   RISKS_NONE,     { DOC_POLICY },                                  FALSE, TRUE },
  { "5.2",   RISKS_NONE,     { DOC_POLICY, DOC_ACCEPTABLE_USE },              FALSE, FALSE },
  { "6.1.2", RISKS_TOP,      { DOC_RISK_METHOD },                             FALSE, FALSE },
  { "6.1.3", RISKS_RESOLVED, { DOC_SOA, DOC_RISK_METHOD },                    FALSE, FALSE },
  { "7.1",   RISKS_NONE,     { DOC_NONE },                                    FALSE, TRUE },
  { "7.3",   RISKS_NONE,     { DOC_ACCEPTABLE_USE },                          FALSE, FALSE },
  { "7.5.1", RISKS_NONE,     { DOC_POLICY, DOC_RISK_METHOD, DOC_SOA, DOC_AUDIT_PROGRAMME },
    FALSE, FALSE },
  { "7.5.3", RISKS_NONE,     { DOC_ACCESS },                                  FALSE, FALSE },
  { "8.1",   RISKS_NONE,     { DOC_BACKUP, DOC_INCIDENT },                    FALSE, FALSE },
  { "8.2",   RISKS_TOP,      { DOC_RISK_METHOD },                             FALSE, FALSE },
  { "8.3",   RISKS_RESOLVED, { DOC_SOA },                                     FALSE, FALSE },
  { "9.2.1", RISKS_NONE,     { DOC_AUDIT_PROGRAMME },                         TRUE,  FALSE },
  { "9.2.2", RISKS_NONE,     { DOC_AUDIT_PROGRAMME },                         TRUE,  FALSE },
  { "9.3.1", RISKS_NONE,     { DOC_NONE },                                    FALSE, TRUE },
  { "9.3.2", RISKS_NONE,     { DOC_NONE },                                    FALSE, TRUE },
  { "9.3.3", RISKS_NONE,     { DOC_NONE },                                    FALSE, TRUE },
};

/* Objectives (6.2) and their readings (9.1) */

typedef struct
{
  int         date;
  double      value;
  const char *note;
} SampleReading;

typedef struct
{
  const char        *title;
  const char        *description;
  const char        *measure;
  const char        *target;
  const char        *unit;
  const char        *frequency;
  const char        *resources;
  const char        *owner;
  int                due;
  const char        *evaluation;
  double             target_value;
  SgTargetDirection  direction;
  SampleReading      readings[6];   /* oldest first; ends at the first with date 0 */
} SampleObjective;

static const SampleObjective sample_objectives[] = {
  { N_("Fewer employees fall for phishing"),
    N_("Quarterly phishing simulations with immediate training for those who click; "
       "report-phishing button in Outlook."),
    N_("Share of employees who click the link in the quarterly phishing simulation"),
    N_("below 5"), "%", N_("Quarterly"),
    N_("Awareness platform licence; half a day per quarter of the CISO’s time."),
    CISO, 90,
    N_("Results reported to management each quarter and compared with the previous campaign."),
    5, SG_TARGET_DIRECTION_AT_MOST,
    { { -360, 18.5, NULL }, { -270, 12.2, NULL },
      { -180, 9.4, N_("Campaign imitating a parcel notification.") }, { -90, 7.8, NULL } } },
  { N_("Critical vulnerabilities patched within 14 days"),
    N_("Monthly patch cycle, emergency patching for critical flaws and weekly vulnerability scans."),
    N_("Share of critical vulnerabilities closed within 14 days of publication"),
    N_("at least 95"), "%", N_("Monthly"),
    N_("Vulnerability scanner; one administrator two days a month."),
    IT_LEAD, 60,
    N_("Monthly report from the vulnerability scanner, discussed in the IT team meeting."),
    95, SG_TARGET_DIRECTION_AT_LEAST,
    { { -150, 71, NULL }, { -120, 78, NULL }, { -90, 83, NULL }, { -60, 88, NULL },
      { -25, 86, N_("Firewall firmware update delayed by the vendor.") } } },
  { N_("Restore tests for all critical systems"),
    N_("Restore SAP, TMS and WMS from backup into an isolated environment every six months."),
    N_("Share of critical systems with a successful restore test in the last six months"),
    "100", "%", N_("Quarterly"),
    N_("Isolated restore environment at DataPort Nord; two administrator days per test."),
    IT_LEAD, -30,
    N_("Restore test log checked by the CISO."),
    100, SG_TARGET_DIRECTION_AT_LEAST,
    { { -360, 33, NULL }, { -270, 67, NULL }, { -180, 67, NULL },
      { -45, 100, N_("WMS restore test done after the internal audit.") } } },
  { N_("All staff complete the annual security training"),
    N_("Annual e-learning for office staff and a short on-site briefing for warehouse staff."),
    N_("Share of employees who completed this year’s training"),
    N_("at least 98"), "%", N_("Monthly"),
    N_("E-learning platform; briefings by shift leads."),
    HR_LEAD, 60,
    N_("Completion report from the e-learning platform; reminders to line managers."),
    98, SG_TARGET_DIRECTION_AT_LEAST,
    { { -150, 62, NULL }, { -120, 74, NULL }, { -90, 85, NULL }, { -60, 91, NULL },
      { -30, 94, NULL }, { -5, 95, NULL } } },
  { N_("Leavers lose access on their last working day"),
    N_("Automate account deactivation from the HR system and check the leaver checklist."),
    N_("Share of leavers whose accounts were disabled by the end of their last working day"),
    "100", "%", N_("Monthly"),
    N_("Interface between HR system and Entra ID; HR and IT time."),
    HR_LEAD, 120,
    N_("Monthly comparison of HR leaver list and account status by the CISO."),
    100, SG_TARGET_DIRECTION_AT_LEAST,
    { { -180, 72, NULL }, { -135, 81, NULL }, { -90, 90, NULL }, { -45, 94, NULL },
      { -10, 97, NULL } } },
};

/* Planned changes (6.3) */

typedef struct
{
  const char     *title;
  const char     *purpose;
  const char     *consequences;
  const char     *resources;
  const char     *responsible;
  int             planned;
  SgChangeStatus  status;
  int             risks[3];   /* indexes into sample_risks; -1 ends */
  const char     *controls;   /* refs of the controls it affects */
} SampleChange;

static const SampleChange sample_changes[] = {
  { N_("Move the file servers to SharePoint Online"),
    N_("Retire the ageing file servers at headquarters and give warehouses the same access to "
       "documents."),
    N_("Sharing rules, classification labels and backup must cover SharePoint; permissions are "
       "cleaned up during the move."),
    N_("IT operations, one external consultant for 20 days."),
    IT_LEAD, 60, SG_CHANGE_STATUS_IN_PROGRESS, { 15, 16, -1 }, "5.12 5.14 8.13" },
  { N_("Managed detection and response service"),
    N_("Round-the-clock monitoring and first response, which the IT team cannot provide itself."),
    N_("New supplier with privileged access; incident procedure and contacts need updating."),
    N_("EUR 60,000 a year, approved in the management review."),
    CISO, 120, SG_CHANGE_STATUS_APPROVED, { 0, 1, -1 }, "5.24 5.26 8.16" },
  { N_("Bring the new Kiel cross-dock site into the ISMS scope"),
    N_("The site opens next year and will handle customer goods and use the WMS."),
    N_("Scope statement, asset register, risk assessment and physical controls to be extended."),
    N_("CISO and facility management; budget for access control and CCTV."),
    CISO, 240, SG_CHANGE_STATUS_PROPOSED, { -1 }, "7.1 7.2 7.4" },
};

/* Documented information (7.5) */

typedef struct
{
  const char        *title;
  SgDocumentType     type;
  const char        *version;
  const char        *owner;
  SgDocumentStatus   status;
  const char        *approved_by;
  int                approved_on;
  int                next_review;
  SgClassification   classification;
  const char        *retention;
} SampleDocument;

static const SampleDocument sample_documents[N_DOCS] = {
  [DOC_POLICY] = { N_("Information security policy"), SG_DOCUMENT_TYPE_POLICY, "3.0", CISO,
    SG_DOCUMENT_STATUS_APPROVED, CEO, -210, 155, SG_CLASSIFICATION_PUBLIC,
    N_("10 years after withdrawal") },
  [DOC_RISK_METHOD] = { N_("Risk assessment and treatment methodology"), SG_DOCUMENT_TYPE_PROCEDURE,
    "2.1", CISO, SG_DOCUMENT_STATUS_APPROVED, CEO, -300, 65, SG_CLASSIFICATION_INTERNAL,
    N_("10 years after withdrawal") },
  [DOC_SOA] = { N_("Statement of Applicability"), SG_DOCUMENT_TYPE_RECORD, "4.2", CISO,
    SG_DOCUMENT_STATUS_APPROVED, CEO, -45, 320, SG_CLASSIFICATION_CONFIDENTIAL,
    N_("10 years") },
  [DOC_ACCESS] = { N_("Access control policy"), SG_DOCUMENT_TYPE_POLICY, "1.4", IT_LEAD,
    SG_DOCUMENT_STATUS_APPROVED, CISO, -400, -35, SG_CLASSIFICATION_INTERNAL,
    N_("10 years after withdrawal") },
  [DOC_INCIDENT] = { N_("Incident response procedure"), SG_DOCUMENT_TYPE_PROCEDURE, "2.1", CISO,
    SG_DOCUMENT_STATUS_IN_REVIEW, CEO, -330, -10, SG_CLASSIFICATION_INTERNAL,
    N_("10 years after withdrawal") },
  [DOC_BCM] = { N_("Business continuity plan"), SG_DOCUMENT_TYPE_PLAN, "1.2", OPS_LEAD,
    SG_DOCUMENT_STATUS_APPROVED, CEO, -250, 115, SG_CLASSIFICATION_CONFIDENTIAL,
    N_("10 years after withdrawal") },
  [DOC_SUPPLIER] = { N_("Supplier security policy"), SG_DOCUMENT_TYPE_POLICY, "0.9", LEGAL_LEAD,
    SG_DOCUMENT_STATUS_DRAFT, NULL, NO_DATE, NO_DATE, SG_CLASSIFICATION_INTERNAL, NULL },
  [DOC_ACCEPTABLE_USE] = { N_("Acceptable use policy"), SG_DOCUMENT_TYPE_POLICY, "2.3", CISO,
    SG_DOCUMENT_STATUS_APPROVED, CEO, -150, 215, SG_CLASSIFICATION_INTERNAL,
    N_("10 years after withdrawal") },
  [DOC_BACKUP] = { N_("Backup and restore procedure"), SG_DOCUMENT_TYPE_PROCEDURE, "1.7", IT_LEAD,
    SG_DOCUMENT_STATUS_APPROVED, CISO, -40, 325, SG_CLASSIFICATION_INTERNAL,
    N_("5 years after withdrawal") },
  [DOC_AUDIT_PROGRAMME] = { N_("Internal audit programme"), SG_DOCUMENT_TYPE_PLAN, "1.1", CISO,
    SG_DOCUMENT_STATUS_APPROVED, CEO, -330, 35, SG_CLASSIFICATION_INTERNAL,
    N_("10 years") },
};

/* Communication (7.4) */

typedef struct
{
  const char *subject;
  const char *timing;
  const char *audience;
  const char *communicator;
  const char *method;
  int         last_done;
} SampleCommunication;

static const SampleCommunication sample_communications[] = {
  { N_("ISMS performance report"), N_("Quarterly"), N_("Management board"), CISO,
    N_("Written report and meeting"), -20 },
  { N_("Security awareness newsletter"), N_("Monthly"), N_("All employees"), CISO,
    N_("Intranet and e-mail"), -12 },
  { N_("Information security rules for new staff"), N_("On the first working day"),
    N_("New employees and temporary staff"), HR_LEAD,
    N_("Onboarding briefing with signed acknowledgement"), -3 },
  { N_("Notification of personal data breaches"), N_("Within 72 hours of becoming aware"),
    N_("Data protection authority and affected persons"), DPO,
    N_("Online form of the authority, letter or e-mail"), -230 },
  { N_("Security requirements for carriers"), N_("When a contract is signed and once a year"),
    N_("Subcontracted carriers"), LEGAL_LEAD,
    N_("Security annex to the contract; notice in the customer portal"), -60 },
  { N_("Information about monitoring and telematics"), N_("Before a tool is introduced or changed"),
    N_("Works council"), HR_LEAD, N_("Meeting with written information"), -100 },
};

/* Helpers */

const char *
sg_sample_keep (Sample *s,
                char   *text)
{
  g_ptr_array_add (s->texts, text);
  return text;
}

/* _("") would give the PO header. */
const char *
sg_sample_tr (const char *text)
{
  return text != NULL ? _(text) : NULL;
}

const char *
sg_sample_date (Sample *s,
                int     days)
{
  GDate date = s->today;

  if (days == NO_DATE)
    return NULL;
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  return sg_sample_keep (s, g_strdup_printf ("%04u-%02u-%02u", (guint) g_date_get_year (&date),
                                                       (guint) g_date_get_month (&date),
                                                       (guint) g_date_get_day (&date)));
}

SgRecord *
sg_sample_add (Sample      *s,
               GError     **error,
               GType        kind,
               const char  *first_property,
               ...)
{
  g_autoptr(SgRecord) record = NULL;
  va_list args;

  va_start (args, first_property);
  record = SG_RECORD (g_object_new_valist (kind, first_property, args));
  va_end (args);

  if (!sg_store_add (s->store, record, error))
    return NULL;
  return record;
}

static void
save_failed_cb (SgStore  *store G_GNUC_UNUSED,
                SgRecord *record G_GNUC_UNUSED,
                GError   *error,
                Sample   *s)
{
  if (s->save_error == NULL)
    s->save_error = g_error_copy (error);
}

gboolean
sg_sample_update (Sample      *s,
                  GError     **error,
                  SgRecord    *record,
                  const char  *first_property,
                  ...)
{
  va_list args;

  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (record), first_property, args);
  va_end (args);

  if (s->save_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&s->save_error));
      return FALSE;
    }
  return TRUE;
}

SgRecord *
sg_sample_find_seeded (Sample      *s,
                       GType        kind,
                       const char  *ref,
                       GError     **error)
{
  SgRecord *record = sg_store_find_by_ref (s->store, kind, ref);

  if (record == NULL)
    g_set_error (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID,
                 _("The example register could not be written: “%s” is missing."), ref);
  return record;
}

GVariant *
sg_sample_seeded_links (Sample      *s,
                        GType        kind,
                        const char  *refs,
                        GError     **error)
{
  g_auto(GStrv) names = g_strsplit (refs, " ", -1);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; names[i] != NULL; i++)
    {
      SgRecord *record;
      gint64 id;

      if (*names[i] == '\0')
        continue;
      record = sg_sample_find_seeded (s, kind, names[i], error);
      if (record == NULL)
        return NULL;
      id = sg_record_get_id (record);
      g_array_append_val (ids, id);
    }
  return sg_links_new ((const gint64 *) ids->data, ids->len);
}

/* A floating link list of the ids that @keys pick from @table; key 0 ends it. */
static GVariant *
id_links (const gint64 *table,
          const guint  *keys,
          gsize         n_keys)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (gsize i = 0; i < n_keys && keys[i] != 0; i++)
    g_array_append_val (ids, table[keys[i]]);
  return sg_links_new ((const gint64 *) ids->data, ids->len);
}

static gboolean
risk_is_selected (const SampleRisk *risk,
                  RiskSelection     selection)
{
  switch (selection)
    {
    case RISKS_TOP:
      return risk->likelihood * risk->impact >= 15;
    case RISKS_RESOLVED:
      return risk->status == SG_RISK_STATUS_ACCEPTED || risk->status == SG_RISK_STATUS_CLOSED;
    case RISKS_NONE:
    default:
      return FALSE;
    }
}

/* The register, section by section */

/* The directory: everyone the example names, with what they do. */
static const struct
{
  const char *name;
  const char *function;
  const char *unit;
  const char *email;
  gboolean    active;
} sample_people[] = {
  { CEO, N_("Managing director"), N_("Management"), "klaus.brandt", TRUE },
  { CFO, N_("Chief financial officer"), N_("Finance"), "martina.vogel", TRUE },
  { CISO, N_("Chief information security officer"), N_("Information security"), "jana.petersen", TRUE },
  { IT_LEAD, N_("Head of IT operations"), N_("IT"), "mehmet.yilmaz", TRUE },
  { HR_LEAD, N_("Head of human resources"), N_("Human resources"), "sabine.krueger", TRUE },
  { OPS_LEAD, N_("Head of operations"), N_("Operations"), "thomas.wagner", TRUE },
  { DIGITAL_LEAD, N_("Head of digital products"), N_("Digital products"), "anna.becker", TRUE },
  { FLEET_LEAD, N_("Fleet manager"), N_("Operations"), "julia.richter", TRUE },
  { DPO, N_("Data protection officer"), N_("Legal and compliance"), "lena.hoffmann", TRUE },
  { FACILITY_LEAD, N_("Facility manager"), N_("Facility management"), "frank.meyer", TRUE },
  { LEGAL_LEAD, N_("Legal counsel"), N_("Legal and compliance"), "stefan.lange", TRUE },
  { SECURITY_ENG, N_("Security engineer"), N_("IT"), "tobias.schmitt", TRUE },
  { AUDITOR, N_("Internal auditor"), N_("Nordlicht Audit Partners (external)"), "eva.schneider@nordlicht-audit.example", TRUE },
  { CERT_AUDITOR, N_("Lead auditor of the certification body"), N_("CertNord Zertifizierung GmbH (external)"), "markus.albrecht@certnord.example", TRUE },
  { "Nina Koch", N_("HR business partner"), N_("Human resources"), "nina.koch", TRUE },
  { "Peter Hansen", N_("Warehouse IT coordinator"), N_("Operations"), "peter.hansen", FALSE },
};

static gboolean
add_directory (Sample  *s,
               GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_people); i++)
    {
      const char *local = sample_people[i].email;
      g_autofree char *email = strchr (local, '@') ? g_strdup (local)
                                                   : g_strconcat (local, "@nordwind-logistics.example", NULL);
      SgRecord *record;

      if (!(record = sg_sample_add (s, error, SG_TYPE_PERSON,
                       SG_PERSON_NAME, sample_people[i].name,
                       "function", _(sample_people[i].function),
                       "unit", _(sample_people[i].unit),
                       "email", email,
                       "active", sample_people[i].active,
                       "notes", sample_people[i].active ? NULL
                                : _("Left the company at the end of last year; all accounts were closed on the last working day."),
                       NULL)))
        return FALSE;
      g_hash_table_insert (s->people, (gpointer) sample_people[i].name,
                           g_memdup2 (&(gint64) { sg_record_get_id (record) }, sizeof (gint64)));
    }
  return TRUE;
}

/* The directory's id of @name (NULL: none); everyone the example names
 * is in sample_people[]. */
gint64
sg_sample_person (Sample     *s,
                  const char *name)
{
  const gint64 *id;

  if (name == NULL)
    return 0;
  id = g_hash_table_lookup (s->people, name);
  g_assert (id != NULL);
  return *id;
}

static gboolean
add_context (Sample  *s,
             GError **error)
{
  if (!sg_sample_add (s, error, SG_TYPE_SCOPE,
                      "title", _("ISMS scope"),
                      "organisation", COMPANY,
                      "statement", _(scope_statement),
                      "boundaries", _(scope_boundaries),
                      "exclusions", _(scope_exclusions),
                      "interfaces", _(scope_interfaces),
                      "approved-by", sg_sample_person (s, CEO),
                      "approved-on", sg_sample_date (s, -565),
                      "version", "2.0",
                      "next-review", sg_sample_date (s, -200),
                      NULL))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (sample_issues); i++)
    {
      const SampleIssue *issue = &sample_issues[i];

      if (!sg_sample_add (s, error, SG_TYPE_CONTEXT_ISSUE,
                          "title", _(issue->title),
                          "description", _(issue->description),
                          "type", issue->type,
                          "effect", issue->effect,
                          "addressed-through", _(issue->addressed_through),
                          NULL))
        return FALSE;
    }

  for (guint key = 0; key < N_PARTIES; key++)
    {
      const SampleParty *party = &sample_parties[key];
      SgRecord *record;

      record = sg_sample_add (s, error, SG_TYPE_INTERESTED_PARTY,
                              "name", _(party->name),
                              "type", party->type,
                              "needs", _(party->needs),
                              "addressed-through", _(party->addressed_through),
                              "relevant", party->relevant,
                              NULL);
      if (record == NULL)
        return FALSE;
      s->parties[key] = sg_record_get_id (record);
    }
  return TRUE;
}

static gboolean
add_people (Sample  *s,
            GError **error)
{
  for (guint key = ROLE_NONE + 1; key < N_ROLES; key++)
    {
      const SampleRole *role = &sample_roles[key];
      SgRecord *record;

      record = sg_sample_add (s, error, SG_TYPE_ROLE,
                              "name", _(role->name),
                              "responsibilities", _(role->responsibilities),
                              "authorities", _(role->authorities),
                              "holder", sg_sample_person (s, role->holder),
                              "deputy", sg_sample_person (s, role->deputy),
                              "assigned-by", sg_sample_person (s, role->assigned_by),
                              "assigned-on", sg_sample_date (s, role->assigned_on),
                              SG_ROLE_INCOMPATIBLE_WITH,
                              id_links (s->roles, role->incompatible, G_N_ELEMENTS (role->incompatible)),
                              NULL);
      if (record == NULL)
        return FALSE;
      s->roles[key] = sg_record_get_id (record);
    }

  for (guint i = 0; i < G_N_ELEMENTS (sample_competence); i++)
    {
      const SampleCompetence *c = &sample_competence[i];

      if (!sg_sample_add (s, error, SG_TYPE_COMPETENCE_RECORD,
                          SG_COMPETENCE_RECORD_TITLE, _(c->title),
                          SG_COMPETENCE_RECORD_PERSON, sg_sample_person (s, c->person),
                          "role", s->roles[c->role],
                          "required-competence", _(c->required),
                          "training", _(c->training),
                          "completed-on", sg_sample_date (s, c->completed_on),
                          "effectiveness", c->effectiveness,
                          "awareness-acknowledged-on", sg_sample_date (s, c->awareness_on),
                          "next-due", sg_sample_date (s, c->next_due),
                          NULL))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_assets (Sample  *s,
            GError **error)
{
  for (guint key = ASSET_NONE + 1; key < N_ASSETS; key++)
    {
      const SampleAsset *asset = &sample_assets[key];
      SgRecord *record;

      record = sg_sample_add (s, error, SG_TYPE_ASSET,
                              "name", _(asset->name),
                              "description", _(asset->description),
                              "type", asset->type,
                              "owner", sg_sample_person (s, asset->owner),
                              "location", _(asset->location),
                              "classification", asset->classification,
                              "confidentiality", asset->confidentiality,
                              "integrity", asset->integrity,
                              "availability", asset->availability,
                              NULL);
      if (record == NULL)
        return FALSE;
      s->assets[key] = sg_record_get_id (record);
    }
  return TRUE;
}

static gboolean
add_risks (Sample  *s,
           GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_risks); i++)
    {
      const SampleRisk *risk = &sample_risks[i];
      GVariant *controls;  /* floating: the new record takes it */
      SgRecord *record;
      gint64 id;

      if (!(controls = sg_sample_seeded_links (s, SG_TYPE_CONTROL, risk->controls, error)))
        return FALSE;

      record = sg_sample_add (s, error, SG_TYPE_RISK,
                              "title", _(risk->title),
                              "description", _(risk->description),
                              "category", _(risk->category),
                              "owner", sg_sample_person (s, risk->owner),
                              "assets", id_links (s->assets, risk->assets,
                                                  G_N_ELEMENTS (risk->assets)),
                              "threat", _(risk->threat),
                              "vulnerability", _(risk->vulnerability),
                              "harms-confidentiality", strchr (risk->harms, 'C') != NULL,
                              "harms-integrity", strchr (risk->harms, 'I') != NULL,
                              "harms-availability", strchr (risk->harms, 'A') != NULL,
                              "inherent-likelihood", risk->likelihood,
                              "inherent-impact", risk->impact,
                              "treatment", risk->treatment,
                              "treatment-plan", _(risk->plan),
                              "treatment-due", sg_sample_date (s, risk->treatment_due),
                              "controls", controls,
                              "residual-likelihood", risk->residual_likelihood,
                              "residual-impact", risk->residual_impact,
                              "status", risk->status,
                              "accepted-by", sg_sample_person (s, risk->accepted_by),
                              "accepted-on", risk->accepted_by != NULL
                                             ? sg_sample_date (s, risk->accepted_on) : NULL,
                              "next-review", sg_sample_date (s, risk->next_review),
                              NULL);
      if (record == NULL)
        return FALSE;
      id = sg_record_get_id (record);
      g_array_append_val (s->risks, id);
    }
  return TRUE;
}

/* "R-001, R-009": the risks that link the control, for its justification. */
static char *
dup_treated_risks (Sample   *s,
                   SgRecord *control)
{
  g_autoptr(GString) refs = g_string_new (NULL);
  gint64 id = sg_record_get_id (control);

  for (guint i = 0; i < s->risks->len; i++)
    {
      SgRecord *risk = sg_store_find_by_id (s->store, SG_TYPE_RISK,
                                            g_array_index (s->risks, gint64, i));

      if (!sg_links_contains (sg_record_peek_links (risk, "controls"), id))
        continue;
      if (refs->len > 0)
        g_string_append (refs, ", ");
      g_string_append (refs, sg_record_get_ref (risk));
    }
  return refs->len > 0 ? g_string_free (g_steal_pointer (&refs), FALSE) : NULL;
}

/* The evidence an implemented control's notes name, as an item: its title
 * the notes' first clause ("Acceptable use policy v2.3 acknowledged by all
 * employees"), kept in the ISMS site, dated from the last review. */
static gboolean
add_evidence_from_notes (Sample              *s,
                         SgRecord            *control,
                         const SampleControl *c,
                         int                  last_review,
                         guint                index,
                         GError             **error)
{
  g_autofree char *title = g_strdup (_(c->evidence));
  g_autofree char *location = NULL;
  char *end;

  if ((end = strpbrk (title, ";:")) != NULL)
    *end = '\0';
  g_strstrip (title);
  if (g_str_has_suffix (title, "."))
    title[strlen (title) - 1] = '\0';
  location = g_strdup_printf ("https://nordwind.sharepoint.example/sites/isms/Evidence/%s", c->ref);
  return sg_sample_add (s, error, SG_TYPE_EVIDENCE,
                        SG_EVIDENCE_CONTROL, sg_record_get_id (control),
                        SG_EVIDENCE_TITLE, title,
                        SG_EVIDENCE_LOCATION, location,
                        SG_EVIDENCE_VALID_FROM, sg_sample_date (s, last_review),
                        /* Every third to be renewed two years on: all still valid. */
                        SG_EVIDENCE_EXPIRES, index % 3 == 0 ? sg_sample_date (s, last_review + 730) : NULL,
                        NULL) != NULL;
}

static gboolean
decide_controls (Sample  *s,
                 GError **error)
{
  guint n_reviewed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (sample_controls); i++)
    {
      const SampleControl *c = &sample_controls[i];
      SgRecord *control = sg_sample_find_seeded (s, SG_TYPE_CONTROL, c->ref, error);
      const char *reason = NULL;
      guint kinds = 0;
      g_autofree char *risks = NULL;
      g_autofree char *treats = NULL;
      g_autofree char *justification = NULL;
      /* Reviews spread over the past 13 months, so a few are overdue. */
      int last_review = -(15 + (int) ((i * 47) % 390));

      if (control == NULL)
        return FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (sample_control_reasons); k++)
        if (g_str_equal (sample_control_reasons[k].ref, c->ref))
          {
            reason = _(sample_control_reasons[k].reason);
            kinds = sample_control_reasons[k].kinds;
          }
      risks = dup_treated_risks (s, control);
      if (risks != NULL)
        treats = g_strdup_printf (_("Selected to treat %s."), risks);
      if (reason != NULL && treats != NULL)
        justification = g_strdup_printf ("%s %s", reason, treats);
      else if (reason != NULL || treats != NULL)
        justification = g_strdup (reason != NULL ? reason : treats);
      else
        {
          justification = g_strdup (_("Part of the security baseline set by the information "
                                      "security policy and expected by customers."));
          kinds |= BUSINESS;
        }

      if (!sg_sample_update (s, error, control,
                             "applicable", TRUE,
                             SG_CONTROL_REASON_LEGAL, (kinds & LEGAL) != 0,
                             SG_CONTROL_REASON_CONTRACTUAL, (kinds & CONTRACTUAL) != 0,
                             SG_CONTROL_REASON_BUSINESS, (kinds & BUSINESS) != 0,
                             "justification", justification,
                             "implementation", c->status,
                             "implementation-due", c->due != 0 ? sg_sample_date (s, c->due) : NULL,
                             "owner", sg_sample_person (s, c->owner),
                             "evidence", _(c->evidence),
                             "last-review", sg_sample_date (s, last_review),
                             "next-review", sg_sample_date (s, last_review + 365),
                             NULL))
        return FALSE;
      if ((c->status == IMPLEMENTED || c->status == VERIFIED) &&
          !add_evidence_from_notes (s, control, c, last_review, i, error))
        return FALSE;
      n_reviewed++;
    }

  for (guint i = 0; i < G_N_ELEMENTS (sample_evidence); i++)
    {
      SgRecord *control = sg_sample_find_seeded (s, SG_TYPE_CONTROL, sample_evidence[i].ref, error);

      if (control == NULL ||
          !sg_sample_add (s, error, SG_TYPE_EVIDENCE,
                          SG_EVIDENCE_CONTROL, sg_record_get_id (control),
                          SG_EVIDENCE_TITLE, _(sample_evidence[i].title),
                          SG_EVIDENCE_LOCATION, sample_evidence[i].location,
                          SG_EVIDENCE_VALID_FROM, sg_sample_date (s, sample_evidence[i].valid_from),
                          SG_EVIDENCE_EXPIRES, sg_sample_date (s, sample_evidence[i].expires),
                          NULL))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (sample_exclusions); i++)
    {
      SgRecord *control = sg_sample_find_seeded (s, SG_TYPE_CONTROL, sample_exclusions[i].ref, error);
      int last_review = -(15 + (int) (((n_reviewed + i) * 47) % 390));

      if (control == NULL ||
          !sg_sample_update (s, error, control,
                             "applicable", FALSE,
                             "justification", _(sample_exclusions[i].justification),
                             "owner", sg_sample_person (s, CISO),
                             "last-review", sg_sample_date (s, last_review),
                             "next-review", sg_sample_date (s, last_review + 365),
                             NULL))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_objectives (Sample  *s,
                GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_objectives); i++)
    {
      const SampleObjective *o = &sample_objectives[i];
      gint64 owner = sg_sample_person (s, o->owner);
      SgRecord *objective;
      gint64 id;

      /* No status and no current value: both follow the readings. */
      objective = sg_sample_add (s, error, SG_TYPE_OBJECTIVE,
                                 "title", _(o->title),
                                 "description", _(o->description),
                                 "measure", _(o->measure),
                                 "target", sg_sample_tr (o->target),
                                 "target-value", o->target_value,
                                 "target-direction", o->direction,
                                 "unit", o->unit,
                                 "frequency", _(o->frequency),
                                 "resources", _(o->resources),
                                 "owner", owner,
                                 "due-date", sg_sample_date (s, o->due),
                                 "evaluation", _(o->evaluation),
                                 NULL);
      if (objective == NULL)
        return FALSE;
      id = sg_record_get_id (objective);

      for (guint r = 0; r < G_N_ELEMENTS (o->readings) && o->readings[r].date != 0; r++)
        if (!sg_sample_add (s, error, SG_TYPE_OBJECTIVE_READING,
                            "objective", id,
                            "date", sg_sample_date (s, o->readings[r].date),
                            "value", o->readings[r].value,
                            "note", sg_sample_tr (o->readings[r].note),
                            "taken-by", owner,
                            NULL))
          return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (sample_changes); i++)
    {
      const SampleChange *c = &sample_changes[i];

      g_autoptr(GArray) risks = g_array_new (FALSE, FALSE, sizeof (gint64));
      GVariant *controls;  /* floating: the new record takes it */

      for (guint r = 0; r < G_N_ELEMENTS (c->risks) && c->risks[r] >= 0; r++)
        g_array_append_val (risks, g_array_index (s->risks, gint64, c->risks[r]));
      if (!(controls = sg_sample_seeded_links (s, SG_TYPE_CONTROL, c->controls, error)))
        return FALSE;
      if (!sg_sample_add (s, error, SG_TYPE_PLANNED_CHANGE,
                          SG_PLANNED_CHANGE_AFFECTS_RISKS,
                          sg_links_new ((const gint64 *) risks->data, risks->len),
                          SG_PLANNED_CHANGE_AFFECTS_CONTROLS, controls,
                          "title", _(c->title),
                          "purpose", _(c->purpose),
                          "consequences", _(c->consequences),
                          "resources", _(c->resources),
                          "responsible", sg_sample_person (s, c->responsible),
                          "planned-date", sg_sample_date (s, c->planned),
                          "status", c->status,
                          NULL))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_documents (Sample  *s,
               GError **error)
{
  for (guint key = DOC_NONE + 1; key < N_DOCS; key++)
    {
      const SampleDocument *d = &sample_documents[key];
      SgRecord *record;

      record = sg_sample_add (s, error, SG_TYPE_DOCUMENT,
                              "title", _(d->title),
                              "type", d->type,
                              "version", d->version,
                              "owner", sg_sample_person (s, d->owner),
                              "status", d->status,
                              "approved-by", sg_sample_person (s, d->approved_by),
                              "approved-on", sg_sample_date (s, d->approved_on),
                              "next-review", sg_sample_date (s, d->next_review),
                              "location", _("SharePoint, ISMS area"),
                              "classification", d->classification,
                              "retention", sg_sample_tr (d->retention),
                              NULL);
      if (record == NULL)
        return FALSE;
      s->documents[key] = sg_record_get_id (record);
    }

  for (guint i = 0; i < G_N_ELEMENTS (sample_communications); i++)
    {
      const SampleCommunication *c = &sample_communications[i];

      if (!sg_sample_add (s, error, SG_TYPE_COMMUNICATION,
                          "subject", _(c->subject),
                          "timing", _(c->timing),
                          "audience", _(c->audience),
                          "communicator", sg_sample_person (s, c->communicator),
                          "method", _(c->method),
                          "last-done", sg_sample_date (s, c->last_done),
                          NULL))
        return FALSE;
    }
  return TRUE;
}

static gboolean
link_fulfilment (Sample                  *s,
                 GError                 **error,
                 const SampleFulfilment  *f)
{
  SgRecord *requirement = sg_sample_find_seeded (s, SG_TYPE_REQUIREMENT, f->ref, error);
  g_autoptr(GArray) risks = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (requirement == NULL)
    return FALSE;

  for (guint k = 0; k < G_N_ELEMENTS (sample_risks); k++)
    if (risk_is_selected (&sample_risks[k], f->risks))
      g_array_append_val (risks, g_array_index (s->risks, gint64, k));

  /* The link lists are floating: the record takes them. */
  return sg_sample_update (s, error, requirement,
                           "fulfilled-by-risks",
                           sg_links_new ((const gint64 *) risks->data, risks->len),
                           "fulfilled-by-documents",
                           id_links (s->documents, f->documents, G_N_ELEMENTS (f->documents)),
                           "fulfilled-by-audits",
                           sg_links_new ((const gint64 *) s->audits->data,
                                         f->audits ? s->audits->len : 0),
                           "fulfilled-by-reviews",
                           sg_links_new (&s->review, f->reviews ? 1 : 0),
                           NULL);
}

static gboolean
fulfil_requirements (Sample  *s,
                     GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_requirements); i++)
    {
      const SampleRequirement *r = &sample_requirements[i];
      SgRecord *requirement = sg_sample_find_seeded (s, SG_TYPE_REQUIREMENT, r->ref, error);

      if (requirement == NULL ||
          !sg_sample_update (s, error, requirement,
                             "owner", sg_sample_person (s, r->owner),
                             "evidence", _(r->evidence),
                             NULL))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (sample_fulfilments); i++)
    if (!link_fulfilment (s, error, &sample_fulfilments[i]))
      return FALSE;
  return TRUE;
}

static gboolean
fill_register (Sample  *s,
               GError **error)
{
  return add_directory (s, error) &&
         add_context (s, error) &&
         add_people (s, error) &&
         sg_sample_add_competence (s, error) &&
         add_assets (s, error) &&
         add_risks (s, error) &&
         decide_controls (s, error) &&
         add_objectives (s, error) &&
         add_documents (s, error) &&
         sg_sample_add_policy_distribution (s, error) &&
         sg_sample_add_suppliers (s, error) &&
         sg_sample_add_obligations (s, error) &&
         sg_sample_add_improvement (s, error) &&
         sg_sample_revise_context (s, error) &&
         fulfil_requirements (s, error);
}

gboolean
sg_sample_create (const char  *path,
                  GError     **error)
{
  g_autoptr(SgStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *store_path = NULL;
  Sample s = { 0 };
  gulong handler;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, SG_STORE_ERROR, SG_STORE_ERROR_EXISTS,
                   _("“%s” already exists. Choose another name."), name);
      return FALSE;
    }

  store = sg_store_open (path, SG_STORE_OPEN_CREATE, error);
  if (store == NULL)
    return FALSE;
  if (!sg_store_was_created (store))
    {
      /* Someone else created the file since we looked: it is not ours to fill. */
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, SG_STORE_ERROR, SG_STORE_ERROR_EXISTS,
                   _("“%s” already exists. Choose another name."), name);
      return FALSE;
    }
  store_path = g_strdup (sg_store_get_path (store));

  /* The history reads as if the ISMS manager of the example had kept it. */
  sg_store_set_user_name (store, CISO);

  s.store = store;
  g_date_clear (&s.today, 1);
  g_date_set_dmy (&s.today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  s.texts = g_ptr_array_new_with_free_func (g_free);
  s.risks = g_array_new (FALSE, FALSE, sizeof (gint64));
  s.audits = g_array_new (FALSE, FALSE, sizeof (gint64));
  s.people = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  s.to_hold = g_ptr_array_new_with_free_func (g_object_unref);
  handler = g_signal_connect (store, "save-failed", G_CALLBACK (save_failed_cb), &s);

  ok = sg_store_begin_batch (store, error);
  if (ok)
    {
      if (fill_register (&s, error))
        ok = sg_store_commit_batch (store, error);  /* rolls back by itself on failure */
      else
        {
          sg_store_rollback_batch (store);
          ok = FALSE;
        }
    }
  /* Each hold is a step of its own, after the records it counts. */
  if (ok)
    ok = sg_sample_hold_reviews (&s, error);

  g_signal_handler_disconnect (store, handler);
  g_clear_error (&s.save_error);
  g_ptr_array_unref (s.texts);
  g_array_unref (s.risks);
  g_array_unref (s.audits);
  g_ptr_array_unref (s.to_hold);
  g_hash_table_unref (s.people);

  sg_store_close (store);
  g_clear_object (&store);
  if (!ok)
    sg_store_delete_files (store_path);
  return ok;
}

void
sg_sample_prune (const char *examples,
                 guint       days,
                 const char *keep)
{
  g_autoptr(GDir) dir = NULL;
  gint64 cutoff = g_get_real_time () / G_USEC_PER_SEC - (gint64) days * 24 * 3600;
  const char *name;

  g_return_if_fail (examples != NULL);

  dir = g_dir_open (examples, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *folder = g_build_filename (examples, name, NULL);
      g_autoptr(GDir) inside = NULL;
      const char *file;
      gboolean all_gone = TRUE;

      if (g_strcmp0 (folder, keep) == 0 || (inside = g_dir_open (folder, 0, NULL)) == NULL)
        continue;
      while ((file = g_dir_read_name (inside)) != NULL)
        {
          g_autofree char *path = g_build_filename (folder, file, NULL);
          GStatBuf st;

          if (!g_str_has_suffix (file, ".isms"))
            continue;
          if (g_stat (path, &st) != 0 || st.st_mtime > cutoff ||
              !sg_store_delete_unused_files (path))
            all_gone = FALSE;
        }
      if (all_gone)
        g_rmdir (folder);
    }
}
