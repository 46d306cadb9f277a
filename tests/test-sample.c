/* test-sample.c: the example register holds a believable ISMS
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <utime.h>

#include "sg-action.h"
#include "sg-asset.h"
#include "sg-audit.h"
#include "sg-competence-record.h"
#include "sg-control.h"
#include "sg-finding.h"
#include "sg-interested-party.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-obligation.h"
#include "sg-requirement.h"
#include "sg-review-inputs.h"
#include "sg-enums.h"
#include "sg-kinds.h"
#include "sg-person.h"
#include "sg-planned-change.h"
#include "sg-readiness.h"
#include "sg-role.h"
#include "sg-segregation.h"
#include "sg-risk.h"
#include "sg-risk-method.h"
#include "sg-sample.h"
#include "sg-store-people.h"
#include "sg-store.h"
#include "sg-supplier.h"
#include "sg-test-util.h"

static char *dir;
static SgStore *store;

static guint
count (const char *type_name)
{
  GType kind = g_type_from_name (type_name);

  g_assert_true (kind != G_TYPE_INVALID);
  return g_list_model_get_n_items (sg_store_get_records (store, kind));
}

static void
test_counts (void)
{
  g_assert_cmpuint (count ("SgRisk"), >=, 35);
  g_assert_cmpuint (count ("SgRisk"), <=, 45);
  g_assert_cmpuint (count ("SgAsset"), >=, 20);
  g_assert_cmpuint (count ("SgControl"), ==, 93);
  g_assert_cmpuint (count ("SgObjective"), ==, 5);
  g_assert_cmpuint (count ("SgObjectiveReading"), >=, 15);
  g_assert_cmpuint (count ("SgAudit"), >=, 6);
  g_assert_cmpuint (count ("SgAudit"), <=, 8);
  g_assert_cmpuint (count ("SgFinding"), >=, 10);
  g_assert_cmpuint (count ("SgNonconformity"), ==, 6);
  g_assert_cmpuint (count ("SgManagementReview"), ==, 3);
  g_assert_cmpuint (count ("SgAction"), >=, 10);
  /* Actions of every source, so the Actions page's filter has something to show. */
  {
    guint n;
    SgRecord *const *actions = sg_store_peek_records (store, SG_TYPE_ACTION, &n);
    g_autoptr(GHashTable) sources = g_hash_table_new (NULL, NULL);

    for (guint i = 0; i < n; i++)
      g_hash_table_add (sources, GINT_TO_POINTER (sg_record_peek_enum (actions[i], SG_ACTION_SOURCE)));
    g_assert_true (g_hash_table_contains (sources, GINT_TO_POINTER (SG_ACTION_SOURCE_NONCONFORMITY)));
    g_assert_true (g_hash_table_contains (sources, GINT_TO_POINTER (SG_ACTION_SOURCE_MANAGEMENT_REVIEW)));
    g_assert_true (g_hash_table_contains (sources, GINT_TO_POINTER (SG_ACTION_SOURCE_AUDIT)));
    g_assert_true (g_hash_table_contains (sources, GINT_TO_POINTER (SG_ACTION_SOURCE_RISK_TREATMENT)));
  }
  g_assert_cmpuint (count ("SgDocument"), >=, 10);
  g_assert_cmpuint (count ("SgInterestedParty"), >=, 5);
  g_assert_cmpuint (count ("SgContextIssue"), >=, 5);
  g_assert_cmpuint (count ("SgScope"), ==, 1);
  g_assert_cmpuint (count ("SgRole"), >=, 5);
  g_assert_cmpuint (count ("SgCompetenceRecord"), >=, 5);
  g_assert_cmpuint (count ("SgPlannedChange"), >=, 1);
  g_assert_cmpuint (count ("SgCommunication"), >=, 1);
  g_assert_cmpuint (count ("SgSupplier"), ==, 6);
  g_assert_cmpuint (count ("SgObligation"), ==, 6);
}

/* The supplier register names the assets the suppliers touch (so the
 * asset's pane names its suppliers), one assessment overdue; every
 * obligation has its interested party and the controls that meet it,
 * one only partly. */
static void
test_suppliers_and_obligations (void)
{
  guint n;
  SgRecord *const *suppliers = sg_store_peek_records (store, SG_TYPE_SUPPLIER, &n);
  SgRecord *const *obligations;
  guint overdue = 0, partly = 0, critical = 0;
  gboolean data_centre_linked = FALSE, payroll_linked = FALSE, gdpr_found = FALSE;

  for (guint i = 0; i < n; i++)
    {
      GVariant *assets = sg_record_peek_links (suppliers[i], SG_SUPPLIER_ASSETS);
      const char *name = sg_record_peek_string (suppliers[i], SG_SUPPLIER_NAME);

      g_assert_cmpuint (g_variant_n_children (assets), >=, 1);
      g_assert_nonnull (sg_record_peek_string (suppliers[i], SG_SUPPLIER_NEXT_ASSESSMENT));
      g_assert_cmpint (sg_record_peek_int64 (suppliers[i], SG_SUPPLIER_CONTACT), >, 0);
      overdue += sg_record_is_overdue (suppliers[i], NULL);
      critical += sg_record_peek_enum (suppliers[i], SG_SUPPLIER_CRITICALITY) == SG_SUPPLIER_CRITICALITY_CRITICAL;
      for (gsize k = 0; k < g_variant_n_children (assets); k++)
        {
          gint64 id;
          SgRecord *asset;

          g_variant_get_child (assets, k, "x", &id);
          asset = sg_store_find_by_id (store, SG_TYPE_ASSET, id);
          g_assert_nonnull (asset);
          if (g_str_equal (name, "DataPort Nord GmbH") &&
              g_str_has_prefix (sg_record_peek_string (asset, "name"), "DataPort Nord GmbH"))
            data_centre_linked = TRUE;
          if (g_str_has_prefix (name, "LohnPartner") &&
              g_str_equal (sg_record_peek_string (asset, "name"), "Payroll service provider"))
            payroll_linked = TRUE;
        }
    }
  g_assert_cmpuint (overdue, ==, 1);
  g_assert_cmpuint (critical, ==, 2);
  g_assert_true (data_centre_linked);
  g_assert_true (payroll_linked);

  obligations = sg_store_peek_records (store, SG_TYPE_OBLIGATION, &n);
  for (guint i = 0; i < n; i++)
    {
      GVariant *controls = sg_record_peek_links (obligations[i], SG_OBLIGATION_CONTROLS);

      g_assert_nonnull (sg_store_find_by_id (store, SG_TYPE_INTERESTED_PARTY,
                                             sg_record_peek_int64 (obligations[i], SG_OBLIGATION_PARTY)));
      g_assert_cmpuint (g_variant_n_children (controls), >=, 2);
      g_assert_cmpuint (g_variant_n_children (sg_record_peek_links (obligations[i], SG_OBLIGATION_DOCUMENTS)),
                        >=, 1);
      partly += sg_record_peek_enum (obligations[i], SG_OBLIGATION_STATUS) == SG_OBLIGATION_STATUS_PARTLY;
      if (g_str_equal (sg_record_peek_string (obligations[i], SG_OBLIGATION_SOURCE), "GDPR Art. 32"))
        {
          SgRecord *privacy = sg_store_find_by_ref (store, SG_TYPE_CONTROL, "5.34");

          gdpr_found = TRUE;
          g_assert_true (sg_links_contains (controls, sg_record_get_id (privacy)));
        }
    }
  g_assert_cmpuint (partly, ==, 1);
  g_assert_true (gdpr_found);
}

/* Rated, treated, owned, linked: a register that shows every page at work. */
static void
test_risks (void)
{
  GListModel *risks = sg_store_get_records (store, g_type_from_name ("SgRisk"));
  SgRiskMethod *method = sg_store_get_risk_method (store);
  g_autoptr(GHashTable) owners = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) categories = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) levels = g_hash_table_new (NULL, NULL);
  guint above_appetite = 0;

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (risks, i);
      int il = sg_record_peek_int (risk, "inherent-likelihood");
      int ii = sg_record_peek_int (risk, "inherent-impact");
      int rl = sg_record_peek_int (risk, "residual-likelihood");
      int ri = sg_record_peek_int (risk, "residual-impact");
      SgRiskLevel *inherent = sg_risk_method_get_level (method, il, ii);
      SgRiskLevel *residual = sg_risk_method_get_level (method, rl, ri);
      GVariant *controls = sg_record_peek_links (risk, "controls");
      GVariant *assets = sg_record_peek_links (risk, "assets");

      g_assert_nonnull (inherent);
      g_assert_nonnull (residual);
      g_assert_cmpint (rl * ri, <=, il * ii);
      g_assert_nonnull (sg_record_peek_string (risk, "title"));
      g_assert_nonnull (sg_store_peek_name (store, risk, "owner"));
      g_assert_nonnull (sg_record_peek_string (risk, "next-review"));
      g_assert_true (controls != NULL && g_variant_n_children (controls) >= 1);
      g_assert_true (assets != NULL && g_variant_n_children (assets) >= 1);

      g_hash_table_add (owners, (gpointer) sg_store_peek_name (store, risk, "owner"));
      g_hash_table_add (categories, (gpointer) sg_record_peek_string (risk, "category"));
      g_hash_table_add (levels, inherent);
      if (!sg_record_peek_boolean (SG_RECORD (residual), "within-appetite"))
        above_appetite++;
    }

  g_assert_cmpuint (g_hash_table_size (owners), >=, 4);
  g_assert_cmpuint (g_hash_table_size (categories), >=, 4);
  /* The heat map is not one colour: every level has inherent risks. */
  g_assert_cmpuint (g_hash_table_size (levels), ==, sg_risk_method_get_n_levels (method));
  g_assert_cmpuint (above_appetite, >=, 1);
}

/* Every Annex A control is decided; every exclusion says why. */
static void
test_statement_of_applicability (void)
{
  GListModel *controls = sg_store_get_records (store, g_type_from_name ("SgControl"));
  guint excluded = 0, implemented = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controls); i++)
    {
      g_autoptr(SgRecord) control = g_list_model_get_item (controls, i);
      const char *justification = sg_record_peek_string (control, "justification");

      g_assert_true (justification != NULL && *justification != '\0');
      if (!sg_record_peek_boolean (control, "applicable"))
        excluded++;
      if (sg_record_peek_enum (control, "implementation") >= SG_IMPLEMENTATION_STATUS_IMPLEMENTED)
        implemented++;
    }
  g_assert_cmpuint (excluded, >=, 2);
  g_assert_cmpuint (excluded, <=, 10);
  g_assert_cmpuint (implemented, >=, 40);
}

static void
test_findings_and_nonconformities (void)
{
  GListModel *findings = sg_store_get_records (store, g_type_from_name ("SgFinding"));
  GListModel *ncs = sg_store_get_records (store, g_type_from_name ("SgNonconformity"));
  guint from_findings = 0;

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(SgRecord) finding = g_list_model_get_item (findings, i);
      g_assert_nonnull (sg_store_find_by_id (store, g_type_from_name ("SgAudit"),
                                             sg_record_peek_int64 (finding, "audit")));
    }
  for (guint i = 0; i < g_list_model_get_n_items (ncs); i++)
    {
      g_autoptr(SgRecord) nc = g_list_model_get_item (ncs, i);
      g_assert_nonnull (sg_record_peek_string (nc, "correction"));
      if (sg_record_peek_int64 (nc, "finding") != 0)
        from_findings++;
    }
  g_assert_cmpuint (from_findings, >=, 1);
}

/* The child actions of @parent through the action's field @field. */
static GPtrArray *
list_actions (SgRecord   *parent,
              const char *field)
{
  GPtrArray *found = g_ptr_array_new ();
  guint n;
  SgRecord *const *actions = sg_store_peek_records (store, SG_TYPE_ACTION, &n);

  for (guint i = 0; i < n; i++)
    if (sg_record_peek_int64 (actions[i], field) == sg_record_get_id (parent))
      g_ptr_array_add (found, actions[i]);
  return found;
}

static gboolean
is_set (SgRecord   *record,
        const char *field)
{
  const char *text = sg_record_peek_string (record, field);

  return text != NULL && *text != '\0';
}

/* Three years of audits, planned and done, each with what it covers and
 * who audits whom; the certification audit among them. */
static void
test_audit_programme (void)
{
  guint n;
  SgRecord *const *audits = sg_store_peek_records (store, SG_TYPE_AUDIT, &n);
  const char *first = NULL, *last = NULL;
  guint planned = 0, completed = 0, certification = 0;

  for (guint i = 0; i < n; i++)
    {
      const char *date = sg_record_peek_string (audits[i], "planned-date");
      GVariant *clauses = sg_record_peek_links (audits[i], "clauses");
      GVariant *controls = sg_record_peek_links (audits[i], "controls");
      GVariant *auditees = sg_record_peek_links (audits[i], "auditees");

      g_assert_nonnull (date);
      g_assert_nonnull (sg_store_peek_name (store, audits[i], "auditor"));
      g_assert_true (clauses != NULL && g_variant_n_children (clauses) >= 1);
      g_assert_true (controls != NULL && g_variant_n_children (controls) >= 1);
      g_assert_true (auditees != NULL && g_variant_n_children (auditees) >= 1);
      if (first == NULL || strcmp (date, first) < 0)
        first = date;
      if (last == NULL || strcmp (date, last) > 0)
        last = date;
      planned += sg_record_peek_enum (audits[i], "status") == SG_AUDIT_STATUS_PLANNED;
      if (sg_record_peek_enum (audits[i], "status") == SG_AUDIT_STATUS_COMPLETED)
        {
          completed++;
          g_assert_true (is_set (audits[i], "actual-date"));
          g_assert_true (is_set (audits[i], "conclusion"));
        }
      certification += sg_record_peek_enum (audits[i], "type") == SG_AUDIT_TYPE_CERTIFICATION;
    }
  g_assert_cmpuint (planned, >=, 2);
  g_assert_cmpuint (completed, >=, 4);
  g_assert_cmpuint (certification, ==, 1);
  /* Over three years: the first audit more than two years before the last. */
  g_assert_cmpint (atoi (last) - atoi (first), >=, 2);
}

/* How many controls or clauses in @audit's scope @person owns. */
static guint
count_owned (SgRecord *audit,
             gint64    person)
{
  const char *fields[] = { "clauses", "controls" };
  GType kinds[] = { SG_TYPE_REQUIREMENT, SG_TYPE_CONTROL };
  guint owned = 0;

  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    {
      GVariant *links = sg_record_peek_links (audit, fields[f]);
      gsize n = 0;
      const gint64 *ids = links ? g_variant_get_fixed_array (links, &n, sizeof (gint64)) : NULL;

      for (gsize i = 0; i < n; i++)
        owned += sg_record_peek_int64 (sg_store_find_by_id (store, kinds[f], ids[i]), "owner") == person;
    }
  return owned;
}

/* One audit where an auditor owns records in scope and says why, one
 * where nobody has said so yet; the others are independent. */
static void
test_independence (void)
{
  guint n, explained = 0, unexplained = 0, independent = 0;
  SgRecord *const *audits = sg_store_peek_records (store, SG_TYPE_AUDIT, &n);

  for (guint i = 0; i < n; i++)
    {
      GVariant *team = sg_record_peek_links (audits[i], "team");
      gsize n_team = 0;
      const gint64 *members = team ? g_variant_get_fixed_array (team, &n_team, sizeof (gint64)) : NULL;
      guint owned = count_owned (audits[i], sg_record_peek_int64 (audits[i], "auditor"));

      for (gsize m = 0; m < n_team; m++)
        owned += count_owned (audits[i], members[m]);
      if (owned == 0)
        independent++;
      else if (is_set (audits[i], "independence-note"))
        explained++;
      else
        unexplained++;
    }
  g_assert_cmpuint (explained, ==, 1);
  g_assert_cmpuint (unexplained, ==, 1);
  g_assert_cmpuint (independent, >=, 4);
}

/* The major finding raised a nonconformity with everything 10.2 asks,
 * its corrective actions owned and dated, one of them overdue. */
static void
test_major_finding_chain (void)
{
  guint n_findings, n_ncs, majors = 0, overdue = 0, open = 0;
  SgRecord *const *findings = sg_store_peek_records (store, SG_TYPE_FINDING, &n_findings);
  SgRecord *const *ncs = sg_store_peek_records (store, SG_TYPE_NONCONFORMITY, &n_ncs);
  SgRecord *major = NULL, *nc = NULL;
  g_autoptr(GPtrArray) actions = NULL;

  for (guint i = 0; i < n_findings; i++)
    if (sg_record_peek_enum (findings[i], SG_FINDING_TYPE) == SG_FINDING_TYPE_MAJOR_NONCONFORMITY)
      {
        major = findings[i];
        majors++;
      }
  g_assert_cmpuint (majors, ==, 1);
  g_assert_true (sg_record_peek_int64 (major, SG_FINDING_CONTROL) != 0 ||
                 sg_record_peek_int64 (major, SG_FINDING_REQUIREMENT) != 0);
  for (guint i = 0; i < n_ncs; i++)
    if (sg_record_peek_int64 (ncs[i], "finding") == sg_record_get_id (major))
      nc = ncs[i];
  g_assert_nonnull (nc);
  g_assert_cmpint (sg_record_peek_enum (nc, "source"), ==, SG_NC_SOURCE_AUDIT_FINDING);
  g_assert_cmpint (sg_record_peek_enum (nc, "severity"), ==, SG_NC_SEVERITY_MAJOR);
  g_assert_cmpint (sg_record_peek_enum (nc, "root-cause-method"), !=, SG_ROOT_CAUSE_METHOD_NOT_STATED);
  g_assert_true (is_set (nc, "correction") && is_set (nc, "root-cause") && is_set (nc, "similar"));
  g_assert_true (is_set (nc, "effectiveness-planned"));
  g_assert_cmpint (sg_record_peek_enum (nc, "effectiveness"), ==, SG_EFFECTIVENESS_NOT_CHECKED);
  g_assert_nonnull (sg_store_peek_name (store, nc, "owner"));

  actions = list_actions (nc, SG_ACTION_NONCONFORMITY);
  g_assert_cmpuint (actions->len, >=, 2);
  g_assert_cmpuint (actions->len, <=, 3);
  for (guint i = 0; i < actions->len; i++)
    {
      SgRecord *action = actions->pdata[i];

      g_assert_nonnull (sg_store_peek_name (store, action, SG_ACTION_OWNER));
      g_assert_true (is_set (action, SG_ACTION_DUE_DATE));
      g_assert_cmpint (sg_record_peek_enum (action, SG_ACTION_SOURCE), ==, SG_ACTION_SOURCE_NONCONFORMITY);
      overdue += sg_record_is_overdue (action, NULL);
      open += sg_record_peek_enum (action, SG_ACTION_STATUS) != SG_ACTION_STATUS_DONE;
    }
  g_assert_cmpuint (overdue, ==, 1);
  g_assert_cmpuint (open, >=, 2);
}

/* An NC checked "not effective" is open again with a new action; NCs
 * also come from an incident and a complaint. */
static void
test_not_effective_and_sources (void)
{
  guint n, not_effective = 0;
  SgRecord *const *ncs = sg_store_peek_records (store, SG_TYPE_NONCONFORMITY, &n);
  g_autoptr(GHashTable) sources = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_hash_table_add (sources, GINT_TO_POINTER (sg_record_peek_enum (ncs[i], "source")));
      if (sg_record_peek_enum (ncs[i], "effectiveness") == SG_EFFECTIVENESS_NOT_EFFECTIVE)
        {
          g_autoptr(GPtrArray) actions = list_actions (ncs[i], SG_ACTION_NONCONFORMITY);
          const char *checked = sg_record_peek_string (ncs[i], "effectiveness-checked-on");
          guint newer = 0;

          not_effective++;
          g_assert_cmpint (sg_record_peek_enum (ncs[i], "status"), !=, SG_NC_STATUS_CLOSED);
          g_assert_false (is_set (ncs[i], "closed-on"));
          g_assert_nonnull (sg_store_peek_name (store, ncs[i], "effectiveness-checked-by"));
          for (guint a = 0; a < actions->len; a++)
            if (g_strcmp0 (sg_record_peek_string (actions->pdata[a], SG_ACTION_RAISED_ON), checked) >= 0 &&
                sg_record_peek_enum (actions->pdata[a], SG_ACTION_STATUS) != SG_ACTION_STATUS_DONE)
              newer++;
          g_assert_cmpuint (newer, ==, 1);
        }
    }
  g_assert_cmpuint (not_effective, ==, 1);
  g_assert_true (g_hash_table_contains (sources, GINT_TO_POINTER (SG_NC_SOURCE_INCIDENT)));
  g_assert_true (g_hash_table_contains (sources, GINT_TO_POINTER (SG_NC_SOURCE_COMPLAINT)));
}

/* Last year's review was held: its inputs are frozen as of its day and
 * read back, its actions tracked (some done, one overdue); this year's is
 * planned, with nothing frozen yet. */
static void
test_management_reviews (void)
{
  guint n, held = 0, planned = 0;
  SgRecord *const *reviews = sg_store_peek_records (store, SG_TYPE_MANAGEMENT_REVIEW, &n);
  SgRecord *last = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(SgReviewInputs) inputs = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) sections = g_hash_table_new (NULL, NULL);
  g_autofree char *today = sg_date_today ();
  guint done = 0, overdue = 0;

  for (guint i = 0; i < n; i++)
    {
      GVariant *participants = sg_record_peek_links (reviews[i], "participants");

      g_assert_true (participants != NULL && g_variant_n_children (participants) >= 4);
      if (sg_record_peek_enum (reviews[i], "status") == SG_REVIEW_STATUS_PLANNED)
        {
          planned++;
          g_assert_cmpstr (sg_record_peek_string (reviews[i], "date"), >, today);
          /* Its inputs are counted, as a draft a user opens and finds filled. */
          {
            g_autoptr(SgReviewInputs) draft = sg_review_inputs_from_review (reviews[i], &error);

            g_assert_no_error (error);
            g_assert_nonnull (draft);
            g_assert_cmpuint (sg_review_inputs_get_n_figures (draft), >, 10);
            g_assert_cmpstr (sg_review_inputs_get_computed (draft), ==, today);
          }
          continue;
        }
      held++;
      g_assert_true (is_set (reviews[i], "decisions") && is_set (reviews[i], "changes"));
      if (last == NULL || strcmp (sg_record_peek_string (reviews[i], "date"),
                                  sg_record_peek_string (last, "date")) > 0)
        last = reviews[i];
    }
  g_assert_cmpuint (held, ==, 2);
  g_assert_cmpuint (planned, ==, 1);

  inputs = sg_review_inputs_from_review (last, &error);
  g_assert_no_error (error);
  g_assert_nonnull (inputs);
  g_assert_cmpstr (sg_review_inputs_get_computed (inputs), ==, sg_record_peek_string (last, "date"));
  for (guint i = 0; i < sg_review_inputs_get_n_figures (inputs); i++)
    g_hash_table_add (sections, GINT_TO_POINTER (sg_review_inputs_get_figure (inputs, i)->section));
  g_assert_cmpuint (g_hash_table_size (sections), ==, SG_REVIEW_INPUT_N_SECTIONS);

  actions = list_actions (last, SG_ACTION_REVIEW);
  for (guint i = 0; i < actions->len; i++)
    {
      g_assert_nonnull (sg_store_peek_name (store, actions->pdata[i], SG_ACTION_OWNER));
      done += sg_record_peek_enum (actions->pdata[i], SG_ACTION_STATUS) == SG_ACTION_STATUS_DONE;
      overdue += sg_record_is_overdue (actions->pdata[i], NULL);
    }
  g_assert_cmpuint (done, >=, 2);
  g_assert_cmpuint (overdue, ==, 1);
}

static void
test_never_overwrites (void)
{
  g_autofree char *path = g_strdup (sg_store_get_path (store));
  g_autofree char *before = sg_test_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (sg_sample_create (path, &error));
  g_assert_error (error, SG_STORE_ERROR, SG_STORE_ERROR_EXISTS);
  after = sg_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static char *
make_example (const char *examples,
              const char *name,
              gint64      age_days)
{
  g_autofree char *folder = g_build_filename (examples, name, NULL);
  char *path = g_build_filename (folder, "Example.isms", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) made = NULL;
  struct utimbuf times;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  made = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  sg_store_close (made);
  times.actime = times.modtime = (time_t) (g_get_real_time () / G_USEC_PER_SEC - age_days * 24 * 3600);
  g_assert_cmpint (g_utime (path, &times), ==, 0);
  return path;
}

/* Old examples go; fresh ones, the one being made and open ones stay. */
static void
test_prune (void)
{
  g_autofree char *top = sg_test_mkdtemp ();
  g_autofree char *examples = g_build_filename (top, "examples", NULL);
  g_autofree char *old = make_example (examples, "old", 30);
  g_autofree char *fresh = make_example (examples, "fresh", 2);
  g_autofree char *open = make_example (examples, "open", 30);
  g_autofree char *keep = g_build_filename (examples, "being-made", NULL);
  g_autofree char *old_folder = g_path_get_dirname (old);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) in_use = sg_store_open (open, SG_STORE_OPEN_EXISTING, &error);

  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (keep, 0700), ==, 0);

  sg_sample_prune (examples, 14, keep);
  g_assert_false (g_file_test (old, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (old_folder, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (open, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (keep, G_FILE_TEST_IS_DIR));

  g_clear_object (&in_use);
  sg_test_rmdir (top);
}

/* Everyone the example names is in its directory, and each person's desk
 * holds exactly the records that name them. */
static void
test_people (void)
{
  GListModel *people = sg_store_get_records (store, SG_TYPE_PERSON);
  GListModel *risks = sg_store_get_records (store, SG_TYPE_RISK);
  SgRecord *ciso = sg_store_find_person (store, "Jana Petersen");
  SgRecord *left = sg_store_find_person (store, "peter hansen");
  g_autoptr(GArray) desk = NULL;
  g_autoptr(GArray) nothing = NULL;
  guint owned = 0, on_desk = 0;

  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 16);
  g_assert_nonnull (ciso);
  g_assert_nonnull (left);
  g_assert_false (sg_record_peek_boolean (left, "active"));

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (risks, i);

      owned += sg_record_peek_int64 (risk, "owner") == sg_record_get_id (ciso);
    }
  desk = sg_store_list_mentions (store, ciso);
  for (guint i = 0; i < desk->len; i++)
    {
      SgStoreMention *m = &g_array_index (desk, SgStoreMention, i);

      g_assert_cmpint (g_value_get_int64 (sg_record_peek_value (m->record, m->field)), ==, sg_record_get_id (ciso));
      on_desk += SG_IS_RISK (m->record) && g_str_equal (m->field->name, "owner");
    }
  g_assert_cmpuint (owned, >, 0);
  g_assert_cmpuint (on_desk, ==, owned);
  g_assert_cmpuint (desk->len, >, 30);

  /* Somebody who left is named by nothing any more. */
  nothing = sg_store_list_mentions (store, left);
  g_assert_cmpuint (nothing->len, ==, 0);
}

/* Each competence record says what the competence is and names a person
 * of the directory; and the example's people have names of their own. */
static void
test_competence_and_names (void)
{
  guint n;
  SgRecord *const *records = sg_store_peek_records (store, SG_TYPE_COMPETENCE_RECORD, &n);
  g_autoptr(GPtrArray) pairs = sg_store_list_near_duplicates (store);

  g_assert_cmpuint (n, ==, 14);
  for (guint i = 0; i < n; i++)
    {
      const char *title = sg_record_peek_string (records[i], SG_COMPETENCE_RECORD_TITLE);
      gint64 person = sg_record_peek_int64 (records[i], SG_COMPETENCE_RECORD_PERSON);

      g_assert_nonnull (title);
      g_assert_cmpuint (strlen (title), <, 40);
      g_assert_nonnull (sg_store_find_by_id (store, SG_TYPE_PERSON, person));
    }
  g_assert_cmpstr (sg_record_peek_string (records[0], SG_COMPETENCE_RECORD_TITLE), ==, "ISO/IEC 27001 Lead Implementer");
  g_assert_true (sg_store_find_by_id (store, SG_TYPE_PERSON, sg_record_peek_int64 (records[0], SG_COMPETENCE_RECORD_PERSON)) ==
                 sg_store_find_person (store, "Jana Petersen"));
  g_assert_cmpuint (pairs->len, ==, 0);
}

/* Two pairs of roles are declared incompatible, and one person — the
 * CISO's deputy, who also stands in for IT operations — is in both of
 * one pair: the example's finding, which keeps 5.3 at partly met. */
static void
test_segregation (void)
{
  g_autoptr(GArray) conflicts = sg_segregation_find (store);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  gboolean seen = FALSE;
  guint n, declared = 0;
  SgRecord *const *roles = sg_store_peek_records (store, SG_TYPE_ROLE, &n);

  for (guint i = 0; i < n; i++)
    {
      GVariant *links = sg_record_peek_links (roles[i], SG_ROLE_INCOMPATIBLE_WITH);

      declared += links != NULL ? g_variant_n_children (links) : 0;
    }
  g_assert_cmpuint (declared, >=, 2);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpstr (sg_record_peek_string (g_array_index (conflicts, SgSegregationConflict, 0).person,
                                          SG_PERSON_NAME), ==, "Tobias Schmitt");

  results = sg_readiness_evaluate (store, today, FALSE);
  for (guint i = 0; i < results->len; i++)
    {
      SgReadinessResult *result = g_ptr_array_index (results, i);

      if (g_str_equal (result->ref, "5.3"))
        {
          g_assert_cmpint (result->state, ==, SG_READINESS_PARTLY);
          /* The asset and risk owners are held by every head of department. */
          g_assert_cmpstr (result->reason, ==, "1 of 8 roles without a holder;"
                                               " 1 person holds roles declared incompatible");
          seen = TRUE;
        }
    }
  g_assert_true (seen);
}

/* Every planned change names the controls it affects; those that touch
 * the register's risks name them. */
static void
test_changes_affect (void)
{
  guint n, with_risks = 0;
  SgRecord *const *changes = sg_store_peek_records (store, SG_TYPE_PLANNED_CHANGE, &n);

  g_assert_cmpuint (n, >=, 3);
  for (guint i = 0; i < n; i++)
    {
      GVariant *controls = sg_record_peek_links (changes[i], SG_PLANNED_CHANGE_AFFECTS_CONTROLS);
      GVariant *risks = sg_record_peek_links (changes[i], SG_PLANNED_CHANGE_AFFECTS_RISKS);

      g_assert_nonnull (controls);
      g_assert_cmpuint (g_variant_n_children (controls), >, 0);
      if (risks != NULL && g_variant_n_children (risks) > 0)
        with_risks++;
    }
  g_assert_cmpuint (with_risks, >=, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  dir = sg_test_mkdtemp ();
  path = g_build_filename (dir, "example.isms", NULL);
  g_assert_true (sg_sample_create (path, &error));
  g_assert_no_error (error);
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);

  g_test_add_func ("/sample/counts", test_counts);
  g_test_add_func ("/sample/risks", test_risks);
  g_test_add_func ("/sample/suppliers-and-obligations", test_suppliers_and_obligations);
  g_test_add_func ("/sample/statement-of-applicability", test_statement_of_applicability);
  g_test_add_func ("/sample/findings-and-nonconformities", test_findings_and_nonconformities);
  g_test_add_func ("/sample/audit-programme", test_audit_programme);
  g_test_add_func ("/sample/independence", test_independence);
  g_test_add_func ("/sample/segregation", test_segregation);
  g_test_add_func ("/sample/changes-affect", test_changes_affect);
  g_test_add_func ("/sample/major-finding-chain", test_major_finding_chain);
  g_test_add_func ("/sample/not-effective-and-sources", test_not_effective_and_sources);
  g_test_add_func ("/sample/management-reviews", test_management_reviews);
  g_test_add_func ("/sample/people", test_people);
  g_test_add_func ("/sample/competence-and-names", test_competence_and_names);
  g_test_add_func ("/sample/never-overwrites", test_never_overwrites);
  g_test_add_func ("/sample/prune", test_prune);

  status = g_test_run ();
  g_clear_object (&store);
  sg_test_rmdir (dir);
  g_free (dir);
  return status;
}
