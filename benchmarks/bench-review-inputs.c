/* bench-review-inputs.c: a management review's 9.3.2 inputs computed from
 * a register, against bare SQLite reading what they count
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-review-inputs [N_RISKS]   (default: 100000)
 * Two registers: the example (realistic) and one of N risks with a tenth
 * as many nonconformities, each with a corrective action, and a held
 * review before the one counted (very large). Prints, for each, the
 * median of five rounds of sg_review_inputs_compute () and, beside it,
 * the floor from the same run: SQLite alone reading every row of the
 * tables the inputs count and every history line, with nothing computed.
 * Not a test. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sg-action.h"
#include "sg-enums.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-review-inputs.h"
#include "sg-risk.h"
#include "sg-sample.h"
#include "sg-store.h"
#include "sg-memory.h"

#define ROUNDS 5

static double
median (double *v,
        guint   n)
{
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && v[j - 1] > v[j]; j--)
      {
        double t = v[j];
        v[j] = v[j - 1];
        v[j - 1] = t;
      }
  return v[n / 2];
}

static SgRecord *
add (SgStore  *store,
     SgRecord *record)
{
  if (!sg_store_add (store, record, NULL))
    g_error ("could not add a %s", G_OBJECT_TYPE_NAME (record));
  return record;
}

static void
fill_register (const char *path,
               guint       n)
{
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_CREATE, NULL);
  g_autoptr(SgRecord) held = NULL;
  g_autoptr(SgRecord) review = NULL;

  g_assert (store != NULL);
  sg_store_begin_batch (store, NULL);
  for (guint i = 0; i < n; i++)
    {
      int il = (int) (i % 5) + 1, ii = (int) ((i / 5) % 5) + 1;
      g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK,
                                               "title", "Loss of customer data through a compromised supplier account",
                                               "inherent-likelihood", il, "inherent-impact", ii,
                                               "residual-likelihood", MAX (1, il - (int) (i % 3)),
                                               "residual-impact", MAX (1, ii - (int) (i % 2)),
                                               NULL);
      add (store, risk);
    }
  for (guint i = 0; i < n / 10; i++)
    {
      g_autoptr(SgRecord) nc = add (store, g_object_new (SG_TYPE_NONCONFORMITY,
                                                         "title", "Backups not restored",
                                                         "raised-on", i % 2 ? "2026-03-01" : "2025-09-01",
                                                         "due-date", "2026-06-30",
                                                         "status", i % 3 ? SG_NC_STATUS_OPEN : SG_NC_STATUS_CLOSED,
                                                         NULL));
      g_autoptr(SgRecord) action = add (store, g_object_new (SG_TYPE_ACTION,
                                                             SG_ACTION_TITLE, "Schedule restore tests",
                                                             SG_ACTION_SOURCE, SG_ACTION_SOURCE_NONCONFORMITY,
                                                             SG_ACTION_NONCONFORMITY, sg_record_get_id (nc),
                                                             SG_ACTION_RAISED_ON, "2025-09-01",
                                                             SG_ACTION_DUE_DATE, "2026-04-30",
                                                             NULL));
    }
  sg_store_commit_batch (store, NULL);

  held = add (store, g_object_new (SG_TYPE_MANAGEMENT_REVIEW, "title", "Review 2026", "date", "2026-01-15", NULL));
  if (!sg_review_inputs_hold (store, held, "2026-01-15", NULL))
    g_error ("could not hold the first review");
  review = add (store, g_object_new (SG_TYPE_MANAGEMENT_REVIEW, "title", "Review 2027", "date", "2026-12-01", NULL));
}

/* The floor: every row the inputs count and every history line, read by
 * SQLite with nothing done with them. */
static double
floor_ms (const char *path)
{
  static const char *tables[] = {
    "risk", "nonconformity", "action", "audit", "finding", "objective", "objective_reading",
    "context_issue", "interested_party", "management_review", "history",
  };
  sqlite3 *db = NULL;
  gint64 start = g_get_monotonic_time ();
  guint64 n_values = 0;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    g_error ("could not open %s", path);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", tables[t]);
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
        g_error ("%s", sqlite3_errmsg (db));
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          n_values += sqlite3_column_bytes (stmt, c) > 0;
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  g_assert (n_values > 0);
  return (g_get_monotonic_time () - start) / 1e3;
}

static void
measure (const char *label,
         const char *path)
{
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_EXISTING, NULL);
  SgRecord *review = NULL;
  SgRecord *const *reviews;
  double compute[ROUNDS], bare[ROUNDS];
  guint n_reviews, n_figures = 0;
  gsize frozen = 0;

  g_assert (store != NULL);
  /* The newest review: the one a user opens this year. */
  reviews = sg_store_peek_records (store, SG_TYPE_MANAGEMENT_REVIEW, &n_reviews);
  for (guint i = 0; i < n_reviews; i++)
    if (review == NULL || g_strcmp0 (sg_record_peek_string (reviews[i], "date"),
                                     sg_record_peek_string (review, "date")) > 0)
      review = reviews[i];
  g_assert (review != NULL);

  for (guint r = 0; r < ROUNDS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(SgReviewInputs) inputs = sg_review_inputs_compute (store, review, "2026-12-03");
      g_autofree char *text = NULL;

      compute[r] = (g_get_monotonic_time () - start) / 1e3;
      n_figures = sg_review_inputs_get_n_figures (inputs);
      text = sg_review_inputs_serialize (inputs);
      frozen = strlen (text);
      bare[r] = floor_ms (path);
    }
  g_print ("%-28s inputs %9.1f ms  floor (SQLite reads the rows) %8.1f ms  ratio %5.1f  (%u figures, frozen %zu bytes)\n",
           label, median (compute, ROUNDS), median (bare, ROUNDS),
           median (compute, ROUNDS) / MAX (median (bare, ROUNDS), 0.001), n_figures, frozen);
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  g_autofree char *dir = g_dir_make_tmp ("safeguard-bench-XXXXXX", NULL);
  g_autofree char *example = g_build_filename (dir, "example.isms", NULL);
  g_autofree char *large = g_build_filename (dir, "large.isms", NULL);
  g_autofree char *label = g_strdup_printf ("%u risks, %u NCs", n, n / 10);

  sg_memory_init ();

  if (!sg_sample_create (example, NULL))
    g_error ("could not write the example");
  fill_register (large, n);
  measure ("the example", example);
  measure (label, large);

  sg_store_delete_files (example);
  sg_store_delete_files (large);
  g_rmdir (dir);
  return 0;
}
