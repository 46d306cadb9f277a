/* sg-sample-private.h: what the example register's files share while they write it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sg-sample.c writes the organisation, its risks, controls, objectives and
 * documents; sg-sample-improve.c the audit programme, findings,
 * nonconformities, actions and management reviews (clauses 9.2, 9.3, 10.2);
 * sg-sample-suppliers.c the suppliers and the obligations. */
#pragma once

#include <glib.h>

#include "sg-record.h"
#include "sg-store.h"

G_BEGIN_DECLS

/* The people of the example: the directory holds them all. */
#define CEO           "Dr. Klaus Brandt"
#define CFO           "Martina Vogel"
#define CISO          "Jana Petersen"
#define IT_LEAD       "Mehmet Yilmaz"
#define HR_LEAD       "Sabine Krüger"
#define OPS_LEAD      "Thomas Wagner"
#define DIGITAL_LEAD  "Anna Becker"
#define FLEET_LEAD    "Julia Richter"
#define DPO           "Lena Hoffmann"
#define FACILITY_LEAD "Frank Meyer"
#define LEGAL_LEAD    "Stefan Lange"
#define SECURITY_ENG  "Tobias Schmitt"
#define AUDITOR       "Dr. Eva Schneider"

/* Dates in the tables are days from today, so the example never looks
 * stale; NO_DATE leaves a date empty. */
#define NO_DATE G_MININT

#define CERT_AUDITOR  "Markus Albrecht"

typedef enum
{
  ASSET_NONE,
  ASSET_CUSTOMER_DATA,
  ASSET_EMPLOYEE_DATA,
  ASSET_CUSTOMS_DATA,
  ASSET_FINANCIAL_DATA,
  ASSET_CONTRACTS,
  ASSET_TELEMATICS_DATA,
  ASSET_SOURCE_CODE,
  ASSET_SAP,
  ASSET_TMS,
  ASSET_WMS,
  ASSET_PORTAL,
  ASSET_TELEMATICS,
  ASSET_EDI,
  ASSET_M365,
  ASSET_DIRECTORY,
  ASSET_DATA_CENTRE,
  ASSET_BACKUP,
  ASSET_NETWORK,
  ASSET_CLIENTS,
  ASSET_HANDHELDS,
  ASSET_VEHICLE_UNITS,
  ASSET_HQ,
  ASSET_WAREHOUSES,
  ASSET_IT_STAFF,
  ASSET_DISPATCH_STAFF,
  ASSET_PAYROLL,
  N_ASSETS
} AssetKey;

typedef enum
{
  ROLE_NONE,
  ROLE_TOP_MANAGEMENT,
  ROLE_CISO,
  ROLE_DPO,
  ROLE_IT_OPERATIONS,
  ROLE_HR,
  ROLE_RISK_OWNERS,
  ROLE_INTERNAL_AUDITOR,
  ROLE_INCIDENT_LEAD,
  N_ROLES
} RoleKey;

typedef enum
{
  PARTY_CUSTOMERS,
  PARTY_EMPLOYEES,
  PARTY_WORKS_COUNCIL,
  PARTY_SHAREHOLDER,
  PARTY_AUTHORITIES,
  PARTY_CUSTOMS,
  PARTY_INSURER,
  PARTY_IT_PROVIDERS,
  PARTY_CARRIERS,
  N_PARTIES
} PartyKey;

typedef enum
{
  DOC_NONE,
  DOC_POLICY,
  DOC_RISK_METHOD,
  DOC_SOA,
  DOC_ACCESS,
  DOC_INCIDENT,
  DOC_BCM,
  DOC_SUPPLIER,
  DOC_ACCEPTABLE_USE,
  DOC_BACKUP,
  DOC_AUDIT_PROGRAMME,
  N_DOCS
} DocKey;

typedef struct
{
  SgStore    *store;
  GDate       today;
  GPtrArray  *texts;       /* strings handed out by the helpers */
  GError     *save_error;  /* the first edit of a seeded record that failed */
  gint64      assets[N_ASSETS];
  gint64      roles[N_ROLES];
  gint64      documents[N_DOCS];
  gint64      parties[N_PARTIES];
  GArray     *risks;       /* gint64, in the order of sample_risks[] */
  GArray     *audits;      /* gint64: the completed audits, which fulfil 9.2 */
  gint64      review;      /* the last management review held */
  GPtrArray  *to_hold;     /* SgRecord*: reviews whose inputs are frozen once written */
  GHashTable *people;      /* name → id (gint64 *) in the directory */
} Sample;

/* Keeps @text until the example is written; returns it. */
const char *sg_sample_keep           (Sample       *s,
                                      char         *text);
/* Translates table text, which may be missing. */
const char *sg_sample_tr             (const char   *text);
/* "YYYY-MM-DD" @days from today, or NULL for NO_DATE. */
const char *sg_sample_date           (Sample       *s,
                                      int           days);
/* Adds a new record; the store's list keeps it, so the result is borrowed. */
SgRecord   *sg_sample_add            (Sample       *s,
                                      GError      **error,
                                      GType         kind,
                                      const char   *first_property,
                                      ...) G_GNUC_NULL_TERMINATED;
/* Edits a record: the store saves each property as it is set. */
gboolean    sg_sample_update         (Sample       *s,
                                      GError      **error,
                                      SgRecord     *record,
                                      const char   *first_property,
                                      ...) G_GNUC_NULL_TERMINATED;
SgRecord   *sg_sample_find_seeded    (Sample       *s,
                                      GType         kind,
                                      const char   *ref,
                                      GError      **error);
/* A floating link list of the seeded records of @kind named by
 * space-separated refs ("5.15 5.18", "4.1 6.1.2"). */
GVariant   *sg_sample_seeded_links   (Sample       *s,
                                      GType         kind,
                                      const char   *refs,
                                      GError      **error);
/* The directory's id of @name (0 for NULL). */
gint64      sg_sample_person         (Sample       *s,
                                      const char   *name);

/* sg-sample-suppliers.c */

/* The supplier register (Annex A 5.19–5.23), after the assets and
 * documents it names. */
gboolean    sg_sample_add_suppliers   (Sample      *s,
                                       GError     **error);
/* The obligations of the interested parties (4.2 c), after the controls
 * and documents that address them. */
gboolean    sg_sample_add_obligations (Sample      *s,
                                       GError     **error);

/* sg-sample-improve.c */

/* The audit programme with its findings, the nonconformities with their
 * corrective actions, and the management reviews with theirs. */
gboolean    sg_sample_add_improvement (Sample      *s,
                                       GError     **error);
/* After the batch: freezes the inputs of the reviews held, oldest first,
 * each as of its own date. */
gboolean    sg_sample_hold_reviews    (Sample      *s,
                                       GError     **error);

/* sg-sample-scope.c */

/* After the risks: the scope's revision to its current version, and the
 * context issues' risks. */
gboolean    sg_sample_revise_context  (Sample      *s,
                                       GError     **error);
/* sg-sample-policy.c */

/* Who receives the information security policy and when it was last
 * made known (5.2 f), after the documents. */
gboolean    sg_sample_add_policy_distribution (Sample  *s,
                                               GError **error);
/* sg-sample-competence.c */

/* The roles' required competence, the deputies' evidence, the awareness
 * activities and who acknowledged the policy when (clauses 7.2, 7.3). */
gboolean    sg_sample_add_competence  (Sample      *s,
                                       GError     **error);

G_END_DECLS
