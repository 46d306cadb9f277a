/* test-soa.c: the rules of the Statement of Applicability
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sg-control.h"
#include "sg-enums.h"
#include "sg-evidence.h"
#include "sg-risk.h"
#include "sg-sample.h"
#include "sg-soa.h"
#include "sg-store.h"
#include "sg-test-util.h"

typedef struct
{
  char    *dir;
  SgStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = sg_test_mkdtemp ();
  path = g_build_filename (fixture->dir, "soa.isms", NULL);
  fixture->store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  sg_store_close (fixture->store);
  g_assert_finalize_object (fixture->store);
  sg_test_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static SgRecord *
control (Fixture    *fixture,
         const char *ref)
{
  SgRecord *record = sg_store_find_by_ref (fixture->store, SG_TYPE_CONTROL, ref);

  g_assert_nonnull (record);
  return record;
}

static SgRecord *
add_risk (Fixture    *fixture,
          const char *title)
{
  g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK, "title", title, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (sg_store_add (fixture->store, risk, &error));
  g_assert_no_error (error);
  return risk;  /* the store holds it */
}

static SgRecord *
add_evidence (Fixture    *fixture,
              SgRecord   *parent,
              const char *title,
              const char *expires)
{
  g_autoptr(SgRecord) item = g_object_new (SG_TYPE_EVIDENCE,
                                           SG_EVIDENCE_CONTROL, sg_record_get_id (parent),
                                           SG_EVIDENCE_TITLE, title,
                                           SG_EVIDENCE_EXPIRES, expires, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (sg_store_add (fixture->store, item, &error));
  g_assert_no_error (error);
  return item;
}

static GDate *
date (const char *iso)
{
  GDate *d = g_date_new ();

  g_date_set_parse (d, iso);
  g_assert_true (g_date_valid (d));
  return d;
}

/* What every new register starts with: Annex A of ISO/IEC 27001:2022. */
static void
test_seeds (Fixture       *fixture,
            gconstpointer  data)
{
  guint n;
  SgRecord *const *controls = sg_store_peek_records (fixture->store, SG_TYPE_CONTROL, &n);
  guint per_theme[4] = { 0 };
  g_autoptr(GArray) summary = sg_soa_summarise (fixture->store, NULL);

  g_assert_cmpuint (n, ==, 93);
  for (guint i = 0; i < n; i++)
    {
      int theme = sg_record_peek_enum (controls[i], SG_CONTROL_THEME);

      g_assert_cmpint (sg_record_peek_enum (controls[i], SG_CONTROL_SOURCE), ==, SG_CONTROL_SOURCE_ANNEX_A);
      g_assert_cmpint (theme, >=, 0);
      g_assert_cmpint (theme, <, 4);
      per_theme[theme]++;
      /* Undecided until someone gives the grounds. */
      g_assert_true (sg_soa_control_is_undecided (fixture->store, controls[i]));
    }
  g_assert_cmpuint (per_theme[SG_CONTROL_THEME_ORGANIZATIONAL], ==, 37);
  g_assert_cmpuint (per_theme[SG_CONTROL_THEME_PEOPLE], ==, 8);
  g_assert_cmpuint (per_theme[SG_CONTROL_THEME_PHYSICAL], ==, 14);
  g_assert_cmpuint (per_theme[SG_CONTROL_THEME_TECHNOLOGICAL], ==, 34);
  g_assert_cmpstr (sg_record_peek_string (control (fixture, "5.1"), SG_CONTROL_TITLE), ==,
                   "Policies for information security");
  g_assert_cmpstr (sg_record_peek_string (control (fixture, "8.34"), SG_CONTROL_TITLE), ==,
                   "Protection of information systems during audit testing");

  g_assert_cmpuint (summary->len, ==, 5);
  g_assert_cmpuint (g_array_index (summary, SgSoaThemeSummary, 0).n_controls, ==, 37);
  g_assert_cmpuint (g_array_index (summary, SgSoaThemeSummary, 1).n_controls, ==, 8);
  g_assert_cmpuint (g_array_index (summary, SgSoaThemeSummary, 2).n_controls, ==, 14);
  g_assert_cmpuint (g_array_index (summary, SgSoaThemeSummary, 3).n_controls, ==, 34);
  g_assert_cmpint (g_array_index (summary, SgSoaThemeSummary, 4).theme, ==, SG_SOA_THEME_OWN);
  g_assert_cmpuint (g_array_index (summary, SgSoaThemeSummary, 4).n_controls, ==, 0);
}

static void
test_justification (Fixture       *fixture,
                    gconstpointer  data)
{
  SgRecord *c = control (fixture, "7.5");

  g_object_set (c, SG_CONTROL_APPLICABLE, FALSE, NULL);
  g_assert_true (sg_soa_control_flags (fixture->store, c, NULL) & SG_SOA_FLAG_EXCLUDED_WITHOUT_JUSTIFICATION);
  g_assert_true (sg_soa_control_is_undecided (fixture->store, c));
  /* Blank is no justification. */
  g_object_set (c, SG_CONTROL_JUSTIFICATION, "  \n\t", NULL);
  g_assert_true (sg_soa_control_flags (fixture->store, c, NULL) & SG_SOA_FLAG_EXCLUDED_WITHOUT_JUSTIFICATION);
  g_object_set (c, SG_CONTROL_JUSTIFICATION, "No premises of our own: the offices are rented, fully serviced.", NULL);
  g_assert_cmpint (sg_soa_control_flags (fixture->store, c, NULL), ==, 0);
  g_assert_false (sg_soa_control_is_undecided (fixture->store, c));
  /* Excluded, it needs neither a reason, nor implementation, nor evidence. */
  g_assert_false (sg_soa_control_flags (fixture->store, c, NULL) &
                  (SG_SOA_FLAG_INCLUDED_WITHOUT_REASON | SG_SOA_FLAG_NOT_IMPLEMENTED | SG_SOA_FLAG_EVIDENCE_MISSING));
}

static void
test_reasons (Fixture       *fixture,
              gconstpointer  data)
{
  SgRecord *c = control (fixture, "5.31");
  SgRecord *r1, *r2;
  g_autofree char *none = NULL;
  g_autofree char *legal = NULL;
  g_autofree char *all = NULL;
  g_autoptr(GPtrArray) risks = NULL;

  g_assert_true (sg_soa_control_flags (fixture->store, c, NULL) & SG_SOA_FLAG_INCLUDED_WITHOUT_REASON);
  none = sg_soa_control_dup_reasons (fixture->store, c);
  g_assert_cmpstr (none, ==, "");

  g_object_set (c, SG_CONTROL_REASON_LEGAL, TRUE, NULL);
  g_assert_false (sg_soa_control_flags (fixture->store, c, NULL) & SG_SOA_FLAG_INCLUDED_WITHOUT_REASON);
  legal = sg_soa_control_dup_reasons (fixture->store, c);
  g_assert_cmpstr (legal, ==, "Legal or regulatory requirement");
  g_object_set (c, SG_CONTROL_REASON_LEGAL, FALSE, NULL);
  g_assert_true (sg_soa_control_flags (fixture->store, c, NULL) & SG_SOA_FLAG_INCLUDED_WITHOUT_REASON);

  /* Treating a risk is a reason of its own, derived from the risk. */
  r2 = add_risk (fixture, "Second");
  r1 = add_risk (fixture, "First");
  sg_soa_set_risk_linked (c, r1, TRUE);
  sg_soa_set_risk_linked (c, r2, TRUE);
  g_assert_false (sg_soa_control_flags (fixture->store, c, NULL) & SG_SOA_FLAG_INCLUDED_WITHOUT_REASON);
  g_assert_false (sg_soa_control_is_undecided (fixture->store, c));
  risks = sg_soa_control_risks (fixture->store, c);
  g_assert_cmpuint (risks->len, ==, 2);
  g_object_set (c, SG_CONTROL_REASON_CONTRACTUAL, TRUE, SG_CONTROL_REASON_BUSINESS, TRUE, NULL);
  all = sg_soa_control_dup_reasons (fixture->store, c);
  {
    g_autofree char *expected =
      g_strdup_printf ("Risk treatment (%s, %s); Contractual requirement; Business requirement or best practice",
                       sg_record_get_ref (risks->pdata[0]), sg_record_get_ref (risks->pdata[1]));

    g_assert_cmpstr (all, ==, expected);
  }
}

/* Refs sort as people count: R-2 before R-10. */
static void
test_risks_in_ref_order (Fixture       *fixture,
                         gconstpointer  data)
{
  SgRecord *c = control (fixture, "8.8");
  g_autoptr(GPtrArray) risks = NULL;
  g_autoptr(GError) error = NULL;
  SgRecord *risks_added[11];

  g_assert_true (sg_store_begin_batch (fixture->store, &error));
  for (guint i = 0; i < G_N_ELEMENTS (risks_added); i++)
    {
      g_autofree char *title = g_strdup_printf ("Risk %u", i);

      risks_added[i] = add_risk (fixture, title);
    }
  g_assert_true (sg_store_commit_batch (fixture->store, &error));
  sg_soa_set_risk_linked (c, risks_added[10], TRUE);
  sg_soa_set_risk_linked (c, risks_added[1], TRUE);
  risks = sg_soa_control_risks (fixture->store, c);
  g_assert_cmpuint (risks->len, ==, 2);
  g_assert_true (risks->pdata[0] == risks_added[1]);
  g_assert_true (risks->pdata[1] == risks_added[10]);
}

static void
test_implementation (Fixture       *fixture,
                     gconstpointer  data)
{
  SgRecord *c = control (fixture, "8.13");
  g_autoptr(GDate) before = date ("2026-03-01");
  g_autoptr(GDate) after = date ("2026-03-02");

  g_object_set (c, SG_CONTROL_REASON_BUSINESS, TRUE, NULL);
  g_assert_cmpint (sg_soa_control_flags (fixture->store, c, before), ==, SG_SOA_FLAG_NOT_IMPLEMENTED);
  g_object_set (c, SG_CONTROL_IMPLEMENTATION, SG_IMPLEMENTATION_STATUS_PARTIAL,
                SG_CONTROL_IMPLEMENTATION_DUE, "2026-03-01", NULL);
  /* Due on the day is not late yet. */
  g_assert_cmpint (sg_soa_control_flags (fixture->store, c, before), ==, SG_SOA_FLAG_NOT_IMPLEMENTED);
  g_assert_cmpint (sg_soa_control_flags (fixture->store, c, after), ==,
                   SG_SOA_FLAG_NOT_IMPLEMENTED | SG_SOA_FLAG_IMPLEMENTATION_OVERDUE);
  /* Excluded, it is not late. */
  g_object_set (c, SG_CONTROL_APPLICABLE, FALSE, SG_CONTROL_JUSTIFICATION, "No backups: nothing stored.", NULL);
  g_assert_cmpint (sg_soa_control_flags (fixture->store, c, after), ==, 0);
  g_object_set (c, SG_CONTROL_APPLICABLE, TRUE, NULL);

  /* Implemented: no longer late, but its evidence is owed. */
  g_object_set (c, SG_CONTROL_IMPLEMENTATION, SG_IMPLEMENTATION_STATUS_IMPLEMENTED, NULL);
  g_assert_true (sg_soa_control_is_implemented (c));
  g_assert_cmpint (sg_soa_control_flags (fixture->store, c, after), ==, SG_SOA_FLAG_EVIDENCE_MISSING);
  g_object_set (c, SG_CONTROL_IMPLEMENTATION, SG_IMPLEMENTATION_STATUS_VERIFIED, NULL);
  g_assert_cmpint (sg_soa_control_flags (fixture->store, c, after), ==, SG_SOA_FLAG_EVIDENCE_MISSING);
}

static void
test_evidence (Fixture       *fixture,
               gconstpointer  data)
{
  SgRecord *c = control (fixture, "8.15");
  SgRecord *other = control (fixture, "8.16");
  g_autoptr(GDate) today = date ("2026-06-15");
  g_autoptr(GPtrArray) items = NULL;
  SgRecord *item;

  g_object_set (c, SG_CONTROL_REASON_LEGAL, TRUE,
                SG_CONTROL_IMPLEMENTATION, SG_IMPLEMENTATION_STATUS_IMPLEMENTED, NULL);
  g_assert_cmpint (sg_soa_control_flags (fixture->store, c, today), ==, SG_SOA_FLAG_EVIDENCE_MISSING);
  /* Another control's evidence is not this one's. */
  add_evidence (fixture, other, "Log review minutes", NULL);
  g_assert_cmpint (sg_soa_control_flags (fixture->store, c, today), ==, SG_SOA_FLAG_EVIDENCE_MISSING);

  item = add_evidence (fixture, c, "SIEM retention settings", "2026-06-15");
  g_assert_cmpint (sg_soa_control_flags (fixture->store, c, today), ==, 0);
  items = sg_soa_control_evidence (fixture->store, c);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_true (items->pdata[0] == item);

  g_object_set (item, SG_EVIDENCE_EXPIRES, "2026-06-14", NULL);
  g_assert_cmpint (sg_soa_control_flags (fixture->store, c, today), ==, SG_SOA_FLAG_EVIDENCE_EXPIRED);
  g_assert_true (sg_soa_evidence_is_expired ("2026-06-14", "2026-06-15"));
  g_assert_false (sg_soa_evidence_is_expired ("2026-06-15", "2026-06-15"));
  g_assert_false (sg_soa_evidence_is_expired ("", "2026-06-15"));
  g_assert_false (sg_soa_evidence_is_expired (NULL, "2026-06-15"));
}

/* The link is one piece of data: made from either side, it is the risk's
 * controls field, saved with the risk's history. */
static void
test_link_symmetry (Fixture       *fixture,
                    gconstpointer  data)
{
  SgRecord *c = control (fixture, "5.7");
  SgRecord *d = control (fixture, "5.24");
  SgRecord *risk = add_risk (fixture, "Phishing");
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GPtrArray) from_d = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[] = { sg_record_get_id (d) };
  guint n_changes = 0;

  /* From the control's side. */
  sg_soa_set_risk_linked (c, risk, TRUE);
  g_assert_true (sg_links_contains (sg_record_peek_links (risk, SG_RISK_CONTROLS), sg_record_get_id (c)));
  history = sg_store_list_history (fixture->store, risk, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(SgHistoryEntry) entry = g_list_model_get_item (history, i);

      if (sg_history_entry_get_action (entry) == SG_HISTORY_CHANGE &&
          g_strcmp0 (sg_history_entry_get_field (entry), SG_RISK_CONTROLS) == 0)
        n_changes++;
    }
  g_assert_cmpuint (n_changes, ==, 1);
  /* Linking twice changes nothing. */
  sg_soa_set_risk_linked (c, risk, TRUE);
  g_assert_cmpuint (g_variant_n_children (sg_record_peek_links (risk, SG_RISK_CONTROLS)), ==, 1);

  /* From the risk's side: the control sees it. */
  g_object_set (risk, SG_RISK_CONTROLS, sg_links_new (ids, 1), NULL);
  from_d = sg_soa_control_risks (fixture->store, d);
  g_assert_cmpuint (from_d->len, ==, 1);
  g_assert_true (from_d->pdata[0] == risk);
  g_clear_pointer (&from_d, g_ptr_array_unref);
  from_d = sg_soa_control_risks (fixture->store, c);
  g_assert_cmpuint (from_d->len, ==, 0);

  /* Unlinked from the control's side. */
  sg_soa_set_risk_linked (d, risk, FALSE);
  g_assert_false (sg_links_contains (sg_record_peek_links (risk, SG_RISK_CONTROLS), sg_record_get_id (d)));
}

static void
test_annex_a_not_removable (Fixture       *fixture,
                            gconstpointer  data)
{
  SgRecord *c = control (fixture, "5.23");
  g_autoptr(SgRecord) own = g_object_new (SG_TYPE_CONTROL, SG_CONTROL_TITLE, "Customer data escrow",
                                          SG_CONTROL_SOURCE, SG_CONTROL_SOURCE_CUSTOM, NULL);
  g_autoptr(GError) error = NULL;
  guint n;

  g_assert_false (sg_store_can_remove (fixture->store, c, NULL));
  g_assert_false (sg_store_remove (fixture->store, c, &error));
  g_assert_error (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "5.23"));
  g_assert_true (sg_store_find_by_ref (fixture->store, SG_TYPE_CONTROL, "5.23") == c);
  sg_store_peek_records (fixture->store, SG_TYPE_CONTROL, &n);
  g_assert_cmpuint (n, ==, 93);
  g_clear_error (&error);

  /* The organisation's own controls come and go. */
  sg_record_set_ref (own, "ORG-1");
  g_assert_true (sg_store_add (fixture->store, own, &error));
  g_assert_no_error (error);
  g_assert_true (sg_store_can_remove (fixture->store, own, NULL));
  g_assert_true (sg_store_remove (fixture->store, own, &error));
  g_assert_no_error (error);
  g_assert_true (sg_store_restore (fixture->store, own, &error));
  g_assert_no_error (error);
  sg_store_peek_records (fixture->store, SG_TYPE_CONTROL, &n);
  g_assert_cmpuint (n, ==, 94);
}

/* Only file, http and https are opened, and only a file that is there. */
static void
test_evidence_locations (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *existing = g_build_filename (fixture->dir, "soa.isms", NULL);
  g_autofree char *existing_uri = g_filename_to_uri (existing, NULL, NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "gone.pdf", NULL);
  g_autofree char *missing_uri = g_filename_to_uri (missing, NULL, NULL);
  static const char *refused[] = {
    "javascript:alert(1)", "smb://fileserver/isms/policy.pdf", "ftp://example.org/a.pdf",
    "mailto:ciso@example.org", "data:text/html,hi", "policy.pdf", "https:nohost",
    "file://fileserver/share/policy.pdf", "vbscript:x", "JAVASCRIPT:alert(1)", "intranet → policies",
  };
  char *uri = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_cmpint (sg_soa_evidence_check_location (refused[i], &uri), ==, SG_SOA_LOCATION_NOT_ALLOWED);
      g_assert_null (uri);
    }
  g_assert_cmpint (sg_soa_evidence_check_location (NULL, &uri), ==, SG_SOA_LOCATION_EMPTY);
  g_assert_cmpint (sg_soa_evidence_check_location (" ", &uri), ==, SG_SOA_LOCATION_EMPTY);
  g_assert_null (uri);

  g_assert_cmpint (sg_soa_evidence_check_location (missing, &uri), ==, SG_SOA_LOCATION_FILE_MISSING);
  g_assert_null (uri);
  g_assert_cmpint (sg_soa_evidence_check_location (missing_uri, &uri), ==, SG_SOA_LOCATION_FILE_MISSING);
  g_assert_null (uri);

  g_assert_cmpint (sg_soa_evidence_check_location (existing, &uri), ==, SG_SOA_LOCATION_FILE);
  g_assert_cmpstr (uri, ==, existing_uri);
  g_clear_pointer (&uri, g_free);
  g_assert_cmpint (sg_soa_evidence_check_location (existing_uri, &uri), ==, SG_SOA_LOCATION_FILE);
  g_assert_cmpstr (uri, ==, existing_uri);
  g_clear_pointer (&uri, g_free);

  g_assert_cmpint (sg_soa_evidence_check_location (" https://intranet.example.org/isms/pentest-2026.pdf ", &uri),
                   ==, SG_SOA_LOCATION_WEB);
  g_assert_cmpstr (uri, ==, "https://intranet.example.org/isms/pentest-2026.pdf");
  g_clear_pointer (&uri, g_free);
  g_assert_cmpint (sg_soa_evidence_check_location ("HTTP://example.org/", &uri), ==, SG_SOA_LOCATION_WEB);
  g_clear_pointer (&uri, g_free);
}

/* The summary at the top of the page counts what the page shows. */
static void
test_sample_summary (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "example.isms", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autoptr(GArray) summary = NULL;
  g_autoptr(GDate) today = date ("2026-12-03");
  SgRecord *const *controls;
  guint n, expected[5][5] = { { 0 } };
  guint n_reasons = 0, n_evidence_expired = 0, n_excluded_justified = 0;

  g_assert_true (sg_sample_create (path, &error));
  g_assert_no_error (error);
  store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);

  controls = sg_store_peek_records (store, SG_TYPE_CONTROL, &n);
  for (guint i = 0; i < n; i++)
    {
      SgRecord *c = controls[i];
      gboolean custom = sg_record_peek_enum (c, SG_CONTROL_SOURCE) == SG_CONTROL_SOURCE_CUSTOM;
      guint row = custom ? 4 : (guint) sg_record_peek_enum (c, SG_CONTROL_THEME);
      gboolean applicable = sg_record_peek_boolean (c, SG_CONTROL_APPLICABLE);
      int status = sg_record_peek_enum (c, SG_CONTROL_IMPLEMENTATION);
      const char *justification = sg_record_peek_string (c, SG_CONTROL_JUSTIFICATION);
      g_autoptr(GPtrArray) risks = sg_soa_control_risks (store, c);
      g_autoptr(GPtrArray) evidence = sg_soa_control_evidence (store, c);
      gboolean reason = sg_record_peek_boolean (c, SG_CONTROL_REASON_LEGAL) ||
                        sg_record_peek_boolean (c, SG_CONTROL_REASON_CONTRACTUAL) ||
                        sg_record_peek_boolean (c, SG_CONTROL_REASON_BUSINESS);
      gboolean implemented = status == SG_IMPLEMENTATION_STATUS_IMPLEMENTED ||
                             status == SG_IMPLEMENTATION_STATUS_VERIFIED;
      gboolean expired = FALSE, flagged;

      for (guint e = 0; e < evidence->len; e++)
        {
          const char *exp = sg_record_peek_string (evidence->pdata[e], SG_EVIDENCE_EXPIRES);

          expired |= exp != NULL && *exp != '\0' && strcmp (exp, "2026-12-03") < 0;
        }
      g_autofree char *stripped = g_strstrip (g_strdup (justification != NULL ? justification : ""));

      flagged = (!applicable && *stripped == '\0') ||
                (applicable && !reason && risks->len == 0) ||
                (applicable && implemented && evidence->len == 0) ||
                expired ||
                (applicable && !implemented && sg_record_is_overdue (c, "2026-12-03"));
      expected[row][0]++;
      expected[row][1] += applicable;
      expected[row][2] += !applicable;
      expected[row][3] += applicable && implemented;
      expected[row][4] += flagged;
      n_reasons += reason;
      n_evidence_expired += expired;
      n_excluded_justified += !applicable && justification != NULL && *justification != '\0';
    }

  summary = sg_soa_summarise (store, today);
  g_assert_cmpuint (summary->len, ==, 5);
  for (guint row = 0; row < 5; row++)
    {
      SgSoaThemeSummary *s = &g_array_index (summary, SgSoaThemeSummary, row);

      g_assert_cmpuint (s->n_controls, ==, expected[row][0]);
      g_assert_cmpuint (s->n_applicable, ==, expected[row][1]);
      g_assert_cmpuint (s->n_excluded, ==, expected[row][2]);
      g_assert_cmpuint (s->n_implemented, ==, expected[row][3]);
      g_assert_cmpuint (s->n_flagged, ==, expected[row][4]);
    }
  /* The example shows the rules at work, not an empty page. */
  g_assert_cmpuint (expected[0][0] + expected[1][0] + expected[2][0] + expected[3][0], ==, 93);
  g_assert_cmpuint (expected[0][3] + expected[1][3] + expected[2][3] + expected[3][3], >, 20);
  g_assert_cmpuint (n_reasons, >=, 5);
  g_assert_cmpuint (n_evidence_expired, >=, 1);
  g_assert_cmpuint (n_excluded_justified, >=, 1);

  sg_store_close (store);
  g_assert_finalize_object (g_steal_pointer (&store));
  sg_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/soa/seeds", test_seeds);
  ADD ("/soa/justification", test_justification);
  ADD ("/soa/reasons", test_reasons);
  ADD ("/soa/risks-in-ref-order", test_risks_in_ref_order);
  ADD ("/soa/implementation", test_implementation);
  ADD ("/soa/evidence", test_evidence);
  ADD ("/soa/link-symmetry", test_link_symmetry);
  ADD ("/soa/annex-a-not-removable", test_annex_a_not_removable);
  ADD ("/soa/evidence-locations", test_evidence_locations);
#undef ADD
  g_test_add_func ("/soa/sample-summary", test_sample_summary);

  return g_test_run ();
}
