/* test-review-inputs.c: a management review's inputs (9.3.2) computed
 * from a register with known counts, frozen when it is held
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sg-action.h"
#include "sg-enums.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-review-inputs.h"
#include "sg-store.h"
#include "sg-test-util.h"

typedef SgTestRegister Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  sg_test_register_open (f, "review.isms");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sg_test_register_close (f);
}

/* The value of @key (@subject), or the test fails. */
static double
value (SgReviewInputs *inputs,
       const char     *key,
       const char     *subject)
{
  const SgReviewFigure *figure = sg_review_inputs_find_figure (inputs, key, subject);

  if (figure == NULL)
    g_error ("no figure %s %s", key, subject ? subject : "");
  return figure->value;
}

static void
test_smoke (Fixture       *f,
            gconstpointer  data)
{
  SgRecord *review;
  g_autoptr(SgReviewInputs) inputs = NULL;
  g_autoptr(SgReviewInputs) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL, *again = NULL;

  sg_test_register_add (f, SG_TYPE_NONCONFORMITY, "title", "Backups untested",
                        "raised-on", "2026-02-01", "due-date", "2026-03-01", NULL);
  review = sg_test_register_add (f, SG_TYPE_MANAGEMENT_REVIEW, "title", "Review 2026",
                                 "date", "2026-06-01", NULL);
  inputs = sg_review_inputs_compute (f->store, review, "2026-06-01");
  g_assert_cmpfloat (value (inputs, "nc-opened", NULL), ==, 1);
  g_assert_cmpfloat (value (inputs, "nc-overdue", NULL), ==, 1);
  text = sg_review_inputs_serialize (inputs);
  back = sg_review_inputs_parse (text, &error);
  g_assert_no_error (error);
  again = sg_review_inputs_serialize (back);
  g_assert_cmpstr (text, ==, again);
  g_assert_true (sg_review_inputs_hold (f->store, review, "2026-06-01", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sg_record_peek_enum (review, "status"), ==, SG_REVIEW_STATUS_HELD);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/review-inputs/smoke", Fixture, NULL, fixture_set_up, test_smoke, fixture_tear_down);
  return g_test_run ();
}
