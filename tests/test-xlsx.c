/* test-xlsx.c: the auditor's workbook — read back with openpyxl, failures, cancellation, German
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "sg-action.h"
#include "sg-audit.h"
#include "sg-enums.h"
#include "sg-control.h"
#include "sg-document.h"
#include "sg-finding.h"
#include "sg-interested-party.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-obligation.h"
#include "sg-person.h"
#include "sg-objective.h"
#include "sg-requirement.h"
#include "sg-review-inputs.h"
#include "sg-asset.h"
#include "sg-awareness-activity.h"
#include "sg-risk.h"
#include "sg-i18n.h"
#include "sg-sample.h"
#include "sg-scope.h"
#include "sg-store.h"
#include "sg-supplier.h"
#include "sg-test-util.h"
#include "sg-xlsx.h"

static const char *formulas[] = { "=1+1", "+SUM(1,2)", "-2+3", "@A1", "=HYPERLINK(\"https://evil.example\")", NULL };

static SgStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  SgStore *store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);

  g_assert_no_error (error);
  return store;
}

static char *
count (SgStore    *store,
       const char *key,
       GType       kind)
{
  return g_strdup_printf ("%s=%u", key, g_list_model_get_n_items (sg_store_get_records (store, kind)));
}

/* The major finding's nonconformity with its actions' owners, and the
 * newest held review with the number of figures frozen in it. */
static void
add_chain_facts (SgStore   *store,
                 GPtrArray *args)
{
  guint n;
  SgRecord *const *findings = sg_store_peek_records (store, SG_TYPE_FINDING, &n);
  SgRecord *const *records;
  gint64 major = 0;
  SgRecord *nc = NULL, *held = NULL;
  g_autoptr(GString) owners = g_string_new ("major_owners=");
  g_autoptr(SgReviewInputs) inputs = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    if (sg_record_peek_enum (findings[i], SG_FINDING_TYPE) == SG_FINDING_TYPE_MAJOR_NONCONFORMITY)
      major = sg_record_get_id (findings[i]);
  records = sg_store_peek_records (store, SG_TYPE_NONCONFORMITY, &n);
  for (guint i = 0; i < n; i++)
    if (sg_record_peek_int64 (records[i], "finding") == major)
      nc = records[i];
  g_assert_nonnull (nc);
  g_ptr_array_add (args, g_strdup_printf ("major_nc=%s", sg_record_get_ref (nc)));
  records = sg_store_peek_records (store, SG_TYPE_ACTION, &n);
  for (guint i = 0; i < n; i++)
    if (sg_record_peek_int64 (records[i], SG_ACTION_NONCONFORMITY) == sg_record_get_id (nc))
      g_string_append_printf (owners, "%s%s|%s", owners->str[13] ? ";" : "", sg_record_get_ref (records[i]),
                              sg_store_peek_name (store, records[i], SG_ACTION_OWNER));
  g_ptr_array_add (args, g_strdup (owners->str));

  records = sg_store_peek_records (store, SG_TYPE_MANAGEMENT_REVIEW, &n);
  for (guint i = 0; i < n; i++)
    if (sg_record_peek_enum (records[i], "status") != SG_REVIEW_STATUS_PLANNED &&
        (held == NULL || g_strcmp0 (sg_record_peek_string (records[i], "date"),
                                    sg_record_peek_string (held, "date")) > 0))
      held = records[i];
  g_assert_nonnull (held);
  inputs = sg_review_inputs_from_review (held, &error);
  g_assert_no_error (error);
  g_ptr_array_add (args, g_strdup_printf ("held_review=%s", sg_record_get_ref (held)));
  g_ptr_array_add (args, g_strdup_printf ("held_figures=%u", sg_review_inputs_get_n_figures (inputs)));
  g_ptr_array_add (args, g_strdup_printf ("held_date=%s", sg_record_peek_string (held, "date")));
}

static int
compare_refs (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

/* The refs of the @kind records @links names, sorted, joined by ", ". */
static char *
link_refs (SgStore  *store,
           GType     kind,
           GVariant *links)
{
  g_autoptr(GPtrArray) refs = g_ptr_array_new ();

  for (gsize i = 0; i < g_variant_n_children (links); i++)
    {
      gint64 id;

      g_variant_get_child (links, i, "x", &id);
      g_ptr_array_add (refs, (gpointer) sg_record_get_ref (sg_store_find_by_id (store, kind, id)));
    }
  g_ptr_array_sort (refs, compare_refs);
  g_ptr_array_add (refs, NULL);
  return g_strjoinv (", ", (char **) refs->pdata);
}

/* The data centre's supplier and the GDPR obligation as the register
 * holds them: the Suppliers and Obligations sheets show them by label,
 * name and ref. */
static void
add_register_kind_facts (SgStore   *store,
                         GPtrArray *args)
{
  guint n;
  SgRecord *const *records = sg_store_peek_records (store, SG_TYPE_SUPPLIER, &n);
  SgRecord *supplier = NULL, *obligation = NULL;
  g_autofree char *assets = NULL;
  g_autofree char *controls = NULL;

  g_ptr_array_add (args, count (store, "suppliers", SG_TYPE_SUPPLIER));
  g_ptr_array_add (args, count (store, "obligations", SG_TYPE_OBLIGATION));
  for (guint i = 0; i < n; i++)
    if (g_str_equal (sg_record_peek_string (records[i], SG_SUPPLIER_NAME), "DataPort Nord GmbH"))
      supplier = records[i];
  g_assert_nonnull (supplier);
  assets = link_refs (store, SG_TYPE_ASSET, sg_record_peek_links (supplier, SG_SUPPLIER_ASSETS));
  g_ptr_array_add (args, g_strdup_printf ("supplier=%s|%s|%s|%s|%s", sg_record_get_ref (supplier),
                                          sg_enum_get_label (SG_TYPE_SUPPLIER_CRITICALITY,
                                                             sg_record_peek_enum (supplier, SG_SUPPLIER_CRITICALITY)),
                                          sg_store_peek_name (store, supplier, SG_SUPPLIER_CONTACT),
                                          sg_record_peek_string (supplier, SG_SUPPLIER_NEXT_ASSESSMENT),
                                          assets));

  records = sg_store_peek_records (store, SG_TYPE_OBLIGATION, &n);
  for (guint i = 0; i < n; i++)
    if (g_str_equal (sg_record_peek_string (records[i], SG_OBLIGATION_SOURCE), "GDPR Art. 32"))
      obligation = records[i];
  g_assert_nonnull (obligation);
  controls = link_refs (store, SG_TYPE_CONTROL, sg_record_peek_links (obligation, SG_OBLIGATION_CONTROLS));
  g_ptr_array_add (args, g_strdup_printf ("obligation=%s|%s|%s|%s", sg_record_get_ref (obligation),
                                          sg_enum_get_label (SG_TYPE_OBLIGATION_TYPE,
                                                             sg_record_peek_enum (obligation, SG_OBLIGATION_TYPE_FIELD)),
                                          sg_record_get_ref (sg_store_find_by_id (store, SG_TYPE_INTERESTED_PARTY,
                                                                                  sg_record_peek_int64 (obligation, SG_OBLIGATION_PARTY))),
                                          controls));

  /* 7.3: the awareness activities, one of them with who took part. */
  g_ptr_array_add (args, count (store, "awareness", SG_TYPE_AWARENESS_ACTIVITY));
  records = sg_store_peek_records (store, SG_TYPE_AWARENESS_ACTIVITY, &n);
  g_assert_cmpuint (n, >, 0);
  {
    GVariant *participants = sg_record_peek_links (records[0], SG_AWARENESS_ACTIVITY_PARTICIPANTS);
    gsize n_ids = 0;
    const gint64 *ids = g_variant_get_fixed_array (participants, &n_ids, sizeof (gint64));

    g_assert_cmpuint (n_ids, >, 0);
    g_ptr_array_add (args, g_strdup_printf ("awareness-activity=%s|%s|%s", sg_record_get_ref (records[0]),
                                            sg_record_peek_string (records[0], SG_AWARENESS_ACTIVITY_TITLE),
                                            sg_record_peek_string (sg_store_find_by_id (store, SG_TYPE_PERSON, ids[0]),
                                                                   SG_PERSON_NAME)));
  }
}

static GPtrArray *
collect_facts (SgStore    *store,
               const char *path)
{
  GPtrArray *args = g_ptr_array_new_with_free_func (g_free);
  SgRiskMethod *method = sg_store_get_risk_method (store);
  g_autoptr(GString) levels = g_string_new ("levels=");
  g_autoptr(SgRecord) scope = g_list_model_get_item (sg_store_get_records (store, SG_TYPE_SCOPE), 0);
  SgRecord *risk = sg_store_find_by_ref (store, SG_TYPE_RISK, "R-001");
  GVariant *controls = sg_record_peek_links (risk, "controls");
  g_autoptr(GVariant) first = g_variant_get_child_value (controls, 0);
  gint64 control_id = g_variant_get_int64 (first);
  SgRecord *control = sg_store_find_by_id (store, SG_TYPE_CONTROL, control_id);
  g_autofree char *joined = g_strjoinv ("|", (char **) formulas);

  g_ptr_array_add (args, g_strdup ("english"));
  g_ptr_array_add (args, g_strdup (path));
  g_ptr_array_add (args, count (store, "risks", SG_TYPE_RISK));
  g_ptr_array_add (args, count (store, "controls", SG_TYPE_CONTROL));
  g_ptr_array_add (args, count (store, "objectives", SG_TYPE_OBJECTIVE));
  g_ptr_array_add (args, count (store, "audits", SG_TYPE_AUDIT));
  g_ptr_array_add (args, count (store, "findings", SG_TYPE_FINDING));
  g_ptr_array_add (args, count (store, "nonconformities", SG_TYPE_NONCONFORMITY));
  g_ptr_array_add (args, count (store, "reviews", SG_TYPE_MANAGEMENT_REVIEW));
  g_ptr_array_add (args, count (store, "assets", SG_TYPE_ASSET));
  g_ptr_array_add (args, count (store, "documents", SG_TYPE_DOCUMENT));
  g_ptr_array_add (args, count (store, "requirements", SG_TYPE_REQUIREMENT));
  for (guint i = 0; i < sg_risk_method_get_n_levels (method); i++)
    {
      SgRecord *level = SG_RECORD (sg_risk_method_get_level_nth (method, i));

      g_string_append_printf (levels, "%s%s=%s", i ? ";" : "", sg_record_peek_string (level, "name"),
                              sg_record_peek_string (level, "colour"));
    }
  g_ptr_array_add (args, g_strdup (levels->str));
  g_ptr_array_add (args, g_strdup_printf ("organisation=%s", sg_record_peek_string (scope, "organisation")));
  g_ptr_array_add (args, g_strdup_printf ("treats=%s:R-001", sg_record_get_ref (control)));
  g_ptr_array_add (args, g_strconcat ("formulas=", joined, NULL));

  /* The chain of clauses 9.2–10.2, as the register holds it. */
  g_ptr_array_add (args, count (store, "actions", SG_TYPE_ACTION));
  add_chain_facts (store, args);
  add_register_kind_facts (store, args);

  /* The key figures, counted here the way the overview page counts them. */
  {
    GListModel *risks = sg_store_get_records (store, SG_TYPE_RISK);
    guint before = 0, now = 0, unrated = 0;

    for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
      {
        g_autoptr(SgRecord) r = g_list_model_get_item (risks, i);
        SgRiskLevel *inherent = sg_risk_method_get_level (method, sg_record_peek_int (r, "inherent-likelihood"),
                                                          sg_record_peek_int (r, "inherent-impact"));
        SgRiskLevel *residual = sg_risk_method_get_level (method, sg_record_peek_int (r, "residual-likelihood"),
                                                          sg_record_peek_int (r, "residual-impact"));
        SgRiskLevel *current = residual ? residual : inherent;

        before += inherent && !sg_record_peek_boolean (SG_RECORD (inherent), "within-appetite");
        unrated += current == NULL;
        now += current && !sg_record_peek_boolean (SG_RECORD (current), "within-appetite");
      }
    g_ptr_array_add (args, g_strdup_printf ("above_before=%u", before));
    g_ptr_array_add (args, g_strdup_printf ("above_now=%u", now));
    g_ptr_array_add (args, g_strdup_printf ("unrated=%u", unrated));
    g_assert_cmpuint (unrated, >=, 5);
  }
  return args;
}

/* The example register through the command line, read back by openpyxl. */
static void
test_sample (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "example.isms", NULL);
  g_autofree char *out = g_build_filename (dir, "example.xlsx", NULL);
  g_autofree char *arg = g_strdup_printf ("--export-xlsx=%s", out);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autoptr(GPtrArray) facts = NULL;
  g_autoptr(GDir) listing = NULL;
  SgTestRun run = { 0 };

  g_assert_true (sg_sample_create (path, &error));
  g_assert_no_error (error);
  store = open_store (path);
  for (guint i = 0; formulas[i] != NULL; i++)
    {
      g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK, "title", formulas[i], NULL);

      g_assert_true (sg_store_add (store, risk, &error));
      g_assert_no_error (error);
    }
  /* Rated before treatment only, and rated both ways: the key figures tell them apart. */
  {
    g_autoptr(SgRecord) untreated = g_object_new (SG_TYPE_RISK, "title", "Untreated",
                                                  "inherent-likelihood", 5, "inherent-impact", 5, NULL);
    g_autoptr(SgRecord) treated = g_object_new (SG_TYPE_RISK, "title", "Treated",
                                                "inherent-likelihood", 5, "inherent-impact", 5,
                                                "residual-likelihood", 1, "residual-impact", 1, NULL);

    g_assert_true (sg_store_add (store, untreated, &error));
    g_assert_true (sg_store_add (store, treated, &error));
  }
  facts = collect_facts (store, out);
  g_clear_object (&store);

  sg_test_run_safeguard (&run, arg, path, NULL);
  g_assert_null (strstr (run.err, "safeguard:"));
  g_assert_cmpint (run.status, ==, 0);
  sg_test_run_clear (&run);

  sg_test_check_workbook (facts);

  /* With the change history: one "Created" line per risk at least. */
  {
    g_autofree char *history_out = g_build_filename (dir, "history.xlsx", NULL);
    g_autofree char *history_arg = g_strdup_printf ("--export-xlsx=%s", history_out);
    g_autoptr(GPtrArray) args = g_ptr_array_new ();

    sg_test_run_safeguard (&run, history_arg, "--with-history", path, NULL);
    g_assert_cmpint (run.status, ==, 0);
    sg_test_run_clear (&run);
    g_ptr_array_add (args, "history");
    g_ptr_array_add (args, history_out);
    /* facts[2] is "risks=N". */
    g_ptr_array_add (args, strchr (g_ptr_array_index (facts, 2), '=') + 1);
    sg_test_check_workbook (args);
    g_unlink (history_out);
  }

  /* Nothing but the register and the workbook: no temporary file left. */
  listing = g_dir_open (dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (listing)) != NULL;)
    g_assert_true (g_str_has_prefix (name, "example.isms") || g_str_equal (name, "example.xlsx"));
  sg_test_rmdir (dir);
}

/* A folder that is missing, or a path under a file: exit 1, one line, no file. */
static void
test_unwritable (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "r.isms", NULL);
  g_autofree char *file = g_build_filename (dir, "plain.txt", NULL);
  const char *targets[] = { "missing-folder/out.xlsx", "plain.txt/out.xlsx", "" };
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  guint n_files;

  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_true (g_file_set_contents (file, "x", 1, NULL));
  n_files = sg_test_count_files (dir);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autofree char *out = *targets[i] ? g_build_filename (dir, targets[i], NULL) : g_strdup (dir);
      g_autofree char *arg = g_strdup_printf ("--export-xlsx=%s", out);
      SgTestRun run = { 0 };

      sg_test_run_safeguard (&run, arg, path, NULL);
      g_assert_cmpint (run.status, ==, 1);
      /* One line, and only one, from us. */
      g_assert_true (g_str_has_prefix (run.err, "safeguard: Could not write"));
      g_assert_null (strstr (strchr (run.err, '\n'), "safeguard:"));
      sg_test_run_clear (&run);
      g_assert_cmpuint (sg_test_count_files (dir), ==, n_files);
    }

  /* A missing register: exit 1 and nothing written. */
  {
    g_autofree char *out = g_build_filename (dir, "out.xlsx", NULL);
    g_autofree char *arg = g_strdup_printf ("--export-xlsx=%s", out);
    g_autofree char *missing = g_build_filename (dir, "missing.isms", NULL);
    SgTestRun run = { 0 };

    sg_test_run_safeguard (&run, arg, missing, NULL);
    g_assert_cmpint (run.status, ==, 1);
    sg_test_run_clear (&run);
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
  sg_test_rmdir (dir);
}

typedef struct
{
  GCancellable *cancellable;
  guint         calls;
  double        last;
} Progress;

static void
cancel_at_first_progress_cb (double   fraction,
                             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpfloat (fraction, >=, progress->last);
  progress->last = fraction;
  progress->calls++;
  g_cancellable_cancel (progress->cancellable);
}

static void
record_progress_cb (double   fraction,
                    gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpfloat (fraction, >=, progress->last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  progress->last = fraction;
  progress->calls++;
}

/* Cancelled before or during the export: an error, no workbook, no
 * temporary file, and a file that was there before stays as it was. */
static void
test_cancel (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "example.isms", NULL);
  g_autofree char *out = g_build_filename (dir, "out.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *contents = NULL;
  Progress progress = { cancellable, 0, 0 };
  guint n_files;

  g_assert_true (sg_sample_create (path, &error));
  store = open_store (path);
  g_assert_true (g_file_set_contents (out, "older workbook", -1, NULL));
  n_files = sg_test_count_files (dir);

  /* Before. */
  g_cancellable_cancel (cancellable);
  g_assert_false (sg_xlsx_export (store, out, SG_XLSX_FLAGS_NONE, cancellable, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (sg_test_count_files (dir), ==, n_files);

  /* During: the writing thread cancels from its progress callback. */
  g_cancellable_reset (cancellable);
  g_assert_false (sg_xlsx_export (store, out, SG_XLSX_INCLUDE_HISTORY, cancellable,
                                  cancel_at_first_progress_cb, &progress, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (progress.calls, ==, 1);
  g_assert_cmpuint (sg_test_count_files (dir), ==, n_files);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "older workbook");

  /* Not cancelled: progress rises to 1, and the workbook replaces the old file. */
  g_cancellable_reset (cancellable);
  progress.last = 0;
  progress.calls = 0;
  g_assert_true (sg_xlsx_export (store, out, SG_XLSX_INCLUDE_HISTORY, cancellable,
                                 record_progress_cb, &progress, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (progress.last, ==, 1.0);
  g_assert_cmpuint (progress.calls, >, 2);
  g_assert_cmpuint (sg_test_count_files (dir), ==, n_files);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "PK"));
  sg_test_rmdir (dir);
}

/* More risks than the copying may run ahead of the writing, in many
 * blocks of rows: a cancel or a full disk in the middle stops both
 * threads and leaves nothing behind; a whole export has every row once,
 * in order, each as high as its lines. */
#define N_LARGE 5000

static void
test_large (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "large.isms", NULL);
  g_autofree char *out = g_build_filename (dir, "large.xlsx", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  Progress progress = { cancellable, 0, 0 };
  struct rlimit old_limit, limit;
  void (*old_handler) (int);
  guint n_files;
  gboolean ok;

  g_assert_no_error (error);
  sg_test_add_numbered_risks (store, N_LARGE);
  n_files = sg_test_count_files (dir);

  g_assert_false (sg_xlsx_export (store, out, SG_XLSX_FLAGS_NONE, cancellable,
                                  cancel_at_first_progress_cb, &progress, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (sg_test_count_files (dir), ==, n_files);

  /* No file may grow beyond 256 KiB: the workbook cannot be written. */
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 256 * 1024;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  ok = sg_xlsx_export (store, out, SG_XLSX_FLAGS_NONE, NULL, NULL, NULL, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, old_handler);
  g_assert_false (ok);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_true (g_str_has_prefix (error->message, "Could not write"));
  g_clear_error (&error);
  g_assert_cmpuint (sg_test_count_files (dir), ==, n_files);

  g_assert_true (sg_xlsx_export (store, out, SG_XLSX_FLAGS_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_ptr_array_add (args, g_strdup ("large"));
  g_ptr_array_add (args, g_strdup (out));
  g_ptr_array_add (args, g_strdup_printf ("%u", N_LARGE));
  sg_test_check_workbook (args);
  g_clear_object (&store);
  sg_test_rmdir (dir);
}

/* German: the build tree's catalogue, as on a German desktop. */
static void
test_german (void)
{
  if (g_test_subprocess ())
    {
      const char *organisation = "Müller & Söhne";
      g_autofree char *dir = sg_test_mkdtemp ();
      g_autofree char *path = g_build_filename (dir, "example.isms", NULL);
      g_autofree char *out = g_build_filename (dir, "beispiel.xlsx", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(SgStore) store = NULL;
      g_autoptr(GPtrArray) args = g_ptr_array_new ();

      g_setenv ("LANGUAGE", "de", TRUE);
      sg_i18n_init ();
      g_assert_cmpstr (_("Statement of Applicability"), ==, "Erklärung zur Anwendbarkeit");

      g_assert_true (sg_sample_create (path, &error));
      store = open_store (path);
      /* The pages' header names the organisation, & and all. */
      {
        g_autoptr(SgRecord) scope = g_list_model_get_item (sg_store_get_records (store, SG_TYPE_SCOPE), 0);

        g_object_set (scope, "organisation", organisation, NULL);
      }
      g_assert_true (sg_xlsx_export (store, out, SG_XLSX_FLAGS_NONE, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_ptr_array_add (args, "german");
      g_ptr_array_add (args, out);
      g_ptr_array_add (args, (gpointer) organisation);
      sg_test_check_workbook (args);
      sg_test_rmdir (dir);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/xlsx/sample", test_sample);
  g_test_add_func ("/xlsx/unwritable", test_unwritable);
  g_test_add_func ("/xlsx/cancel", test_cancel);
  g_test_add_func ("/xlsx/large", test_large);
  g_test_add_func ("/xlsx/german", test_german);

  return g_test_run ();
}
