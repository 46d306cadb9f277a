/* test-sample.c: the example register holds a believable ISMS
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <utime.h>

#include "sg-competence-record.h"
#include "sg-enums.h"
#include "sg-kinds.h"
#include "sg-person.h"
#include "sg-risk.h"
#include "sg-risk-method.h"
#include "sg-sample.h"
#include "sg-store-people.h"
#include "sg-store.h"
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
  g_assert_cmpuint (count ("SgAudit"), ==, 2);
  g_assert_cmpuint (count ("SgFinding"), >=, 3);
  g_assert_cmpuint (count ("SgNonconformity"), ==, 4);
  g_assert_cmpuint (count ("SgManagementReview"), ==, 1);
  g_assert_cmpuint (count ("SgDocument"), >=, 10);
  g_assert_cmpuint (count ("SgInterestedParty"), >=, 5);
  g_assert_cmpuint (count ("SgContextIssue"), >=, 5);
  g_assert_cmpuint (count ("SgScope"), ==, 1);
  g_assert_cmpuint (count ("SgRole"), >=, 5);
  g_assert_cmpuint (count ("SgCompetenceRecord"), >=, 5);
  g_assert_cmpuint (count ("SgPlannedChange"), >=, 1);
  g_assert_cmpuint (count ("SgCommunication"), >=, 1);
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

  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 15);
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

  g_assert_cmpuint (n, ==, 10);
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
  g_test_add_func ("/sample/statement-of-applicability", test_statement_of_applicability);
  g_test_add_func ("/sample/findings-and-nonconformities", test_findings_and_nonconformities);
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
