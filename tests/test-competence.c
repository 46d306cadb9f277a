/* test-competence.c: a person's roles, evidence, awareness and policy acknowledgement (clauses 7.2, 7.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sg-awareness-activity.h"
#include "sg-competence-record.h"
#include "sg-competence.h"
#include "sg-person.h"
#include "sg-role.h"
#include "sg-test-util.h"

/* Every summary is made on this day; 12 months make 2025-12-03 the first that counts. */
#define TODAY "2026-12-03"

typedef struct
{
  SgTestRegister  reg;
  SgRecord       *jana;
  SgRecord       *manager;    /* ROLE-001, held by Jana */
  SgRecord       *auditor;    /* ROLE-002, Jana its deputy */
  SgRecord       *evidence;   /* Jana's for the manager role, completed 2026-05-01 */
  SgRecord       *briefing;   /* 2026-03-10, Jana and Mehmet took part */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gint64 both[2];

  sg_test_register_open (&f->reg, "competence.isms");
  both[0] = f->reg.jana;
  both[1] = f->reg.mehmet;
  f->jana = sg_store_find_by_id (f->reg.store, SG_TYPE_PERSON, f->reg.jana);
  g_object_set (f->jana, SG_PERSON_POLICY_ACKNOWLEDGED_ON, "2026-02-01", NULL);
  f->manager = sg_test_register_add (&f->reg, SG_TYPE_ROLE, SG_ROLE_NAME, "ISMS manager",
                                     SG_ROLE_HOLDER, f->reg.jana,
                                     SG_ROLE_REQUIRED_COMPETENCE, "ISO 27001 Lead Implementer", NULL);
  f->auditor = sg_test_register_add (&f->reg, SG_TYPE_ROLE, SG_ROLE_NAME, "Internal auditor",
                                     SG_ROLE_HOLDER, f->reg.mehmet, SG_ROLE_DEPUTY, f->reg.jana, NULL);
  f->evidence = sg_test_register_add (&f->reg, SG_TYPE_COMPETENCE_RECORD, SG_COMPETENCE_RECORD_TITLE, "Lead Implementer",
                                      SG_COMPETENCE_RECORD_PERSON, f->reg.jana, "role", sg_record_get_id (f->manager),
                                      "completed-on", "2026-05-01", NULL);
  sg_test_register_add (&f->reg, SG_TYPE_COMPETENCE_RECORD, SG_COMPETENCE_RECORD_TITLE, "Auditor course",
                        SG_COMPETENCE_RECORD_PERSON, f->reg.jana, "role", sg_record_get_id (f->auditor),
                        "completed-on", "2026-09-01", NULL);
  f->briefing = sg_test_register_add (&f->reg, SG_TYPE_AWARENESS_ACTIVITY, SG_AWARENESS_ACTIVITY_TITLE, "Annual ISMS briefing",
                                      SG_AWARENESS_ACTIVITY_HELD_ON, "2026-03-10",
                                      SG_AWARENESS_ACTIVITY_PARTICIPANTS, sg_links_new (both, 2), NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sg_test_register_close (&f->reg);
}

static char *
describe_gaps (SgCompetenceSummary *summary)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < summary->gaps->len; i++)
    {
      g_autofree char *sentence = sg_competence_describe_gap (summary, &g_array_index (summary->gaps, SgCompetenceGap, i));

      g_string_append_printf (text, "%s\n", sentence);
    }
  return g_string_free (text, FALSE);
}

static SgCompetenceSummary *
summarise (Fixture *f,
           guint    months)
{
  return sg_competence_summarise (f->reg.store, f->jana, TODAY, months);
}

/* Everything current: the roles with their evidence, the activity, no gaps. */
static void
test_current (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SgCompetenceSummary) summary = summarise (f, 12);
  SgCompetenceRole *role;

  g_assert_cmpstr (summary->since, ==, "2025-12-03");
  g_assert_cmpuint (summary->roles->len, ==, 2);
  role = &g_array_index (summary->roles, SgCompetenceRole, 0);
  g_assert_true (role->role == f->manager);
  g_assert_false (role->deputy);
  g_assert_cmpuint (role->evidence->len, ==, 1);
  g_assert_true (g_ptr_array_index (role->evidence, 0) == f->evidence);
  role = &g_array_index (summary->roles, SgCompetenceRole, 1);
  g_assert_true (role->role == f->auditor);
  g_assert_true (role->deputy);
  g_assert_cmpuint (summary->activities->len, ==, 1);
  g_assert_true (g_ptr_array_index (summary->activities, 0) == f->briefing);
  g_assert_cmpstr (summary->acknowledged, ==, "2026-02-01");
  g_assert_cmpuint (summary->gaps->len, ==, 0);
  g_assert_null (sg_competence_describe_attention (f->reg.store, f->jana, TODAY, 12));
}

/* A role held with no record for it; a record for no role held stays apart. */
static void
test_no_evidence (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SgCompetenceSummary) summary = NULL;
  g_autofree char *gaps = NULL;

  g_object_set (f->evidence, "role", (gint64) 0, NULL);
  summary = summarise (f, 12);
  g_assert_cmpuint (g_array_index (summary->roles, SgCompetenceRole, 0).evidence->len, ==, 0);
  g_assert_cmpuint (summary->other->len, ==, 1);
  gaps = describe_gaps (summary);
  g_assert_cmpstr (gaps, ==, "No competence evidence for ROLE-001 ISMS manager\n");
  g_assert_cmpint (g_array_index (summary->gaps, SgCompetenceGap, 0).kind, ==, SG_COMPETENCE_GAP_NO_EVIDENCE);
  g_assert_true (g_array_index (summary->gaps, SgCompetenceGap, 0).role == f->manager);
}

/* The newest evidence counts; older than the interval, or undated, stands out. */
static void
test_stale_evidence (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SgCompetenceSummary) fresh = NULL;
  g_autoptr(SgCompetenceSummary) stale = NULL;
  g_autoptr(SgCompetenceSummary) undated = NULL;
  g_autofree char *gaps = NULL;
  g_autofree char *undated_gaps = NULL;
  g_autofree char *mark = NULL;

  /* Six months: May is too old, the September course is not. */
  stale = summarise (f, 6);
  gaps = describe_gaps (stale);
  g_assert_cmpstr (gaps, ==,
                   "The newest evidence for ROLE-001 ISMS manager dates from 2026-05-01, before 2026-06-03\n"
                   "Last took part in an awareness activity on 2026-03-10, before 2026-06-03\n"
                   "Acknowledged the information security policy on 2026-02-01, before 2026-06-03\n");
  g_assert_true (g_array_index (stale->gaps, SgCompetenceGap, 0).record == f->evidence);
  mark = sg_competence_describe_attention (f->reg.store, f->evidence, TODAY, 6);
  g_assert_cmpstr (mark, ==, "The evidence dates from 2026-05-01, before 2026-06-03");

  /* A newer record for the role makes it current again. */
  sg_test_register_add (&f->reg, SG_TYPE_COMPETENCE_RECORD, SG_COMPETENCE_RECORD_TITLE, "Refresher",
                        SG_COMPETENCE_RECORD_PERSON, f->reg.jana, "role", sg_record_get_id (f->manager),
                        "completed-on", "2026-11-20", NULL);
  fresh = summarise (f, 6);
  g_assert_cmpuint (g_array_index (fresh->roles, SgCompetenceRole, 0).evidence->len, ==, 2);
  g_assert_cmpint (g_array_index (fresh->gaps, SgCompetenceGap, 0).kind, ==, SG_COMPETENCE_GAP_NO_AWARENESS);

  g_object_set (f->evidence, "completed-on", NULL, NULL);
  sg_store_remove (f->reg.store, g_ptr_array_index (g_array_index (fresh->roles, SgCompetenceRole, 0).evidence, 0), NULL);
  undated = summarise (f, 12);
  undated_gaps = describe_gaps (undated);
  g_assert_cmpstr (undated_gaps, ==, "The evidence for ROLE-001 ISMS manager, CR-001, has no completion date\n");
  g_clear_pointer (&mark, g_free);
  mark = sg_competence_describe_attention (f->reg.store, f->evidence, TODAY, 12);
  g_assert_cmpstr (mark, ==, "The evidence has no completion date");
}

/* No activity at all; one only planned for later does not count. */
static void
test_no_awareness (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SgCompetenceSummary) summary = NULL;
  g_autofree char *gaps = NULL;
  gint64 jana = f->reg.jana;

  g_object_set (f->briefing, SG_AWARENESS_ACTIVITY_PARTICIPANTS, sg_links_new (&f->reg.mehmet, 1), NULL);
  sg_test_register_add (&f->reg, SG_TYPE_AWARENESS_ACTIVITY, SG_AWARENESS_ACTIVITY_TITLE, "Phishing simulation",
                        SG_AWARENESS_ACTIVITY_HELD_ON, "2027-01-15",
                        SG_AWARENESS_ACTIVITY_PARTICIPANTS, sg_links_new (&jana, 1), NULL);
  summary = summarise (f, 12);
  g_assert_cmpuint (summary->activities->len, ==, 1);
  gaps = describe_gaps (summary);
  g_assert_cmpstr (gaps, ==, "Took part in no awareness activity yet\n");
}

/* The policy never acknowledged, or an inactive person: nothing expected of them. */
static void
test_policy (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SgCompetenceSummary) summary = NULL;
  g_autoptr(SgCompetenceSummary) left = NULL;
  g_autofree char *gaps = NULL;
  g_autofree char *mark = NULL;

  g_object_set (f->jana, SG_PERSON_POLICY_ACKNOWLEDGED_ON, NULL, NULL);
  summary = summarise (f, 12);
  g_assert_null (summary->acknowledged);
  gaps = describe_gaps (summary);
  g_assert_cmpstr (gaps, ==, "Has not acknowledged the information security policy\n");
  mark = sg_competence_describe_attention (f->reg.store, f->jana, TODAY, 12);
  g_assert_cmpstr (mark, ==, "Has not acknowledged the information security policy");

  g_object_set (f->jana, SG_PERSON_ACTIVE, FALSE, NULL);
  left = summarise (f, 12);
  g_assert_cmpuint (left->roles->len, ==, 2);
  g_assert_cmpuint (left->gaps->len, ==, 0);
}

/* The interval the program uses unless told: Preferences sets it. */
static void
test_months (void)
{
  g_assert_cmpuint (sg_competence_get_months (), ==, 12);
  sg_competence_set_months (3);
  g_assert_cmpuint (sg_competence_get_months (), ==, 3);
  sg_competence_set_months (12);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)
  ADD ("/competence/current", test_current);
  ADD ("/competence/no-evidence", test_no_evidence);
  ADD ("/competence/stale-evidence", test_stale_evidence);
  ADD ("/competence/no-awareness", test_no_awareness);
  ADD ("/competence/policy", test_policy);
#undef ADD
  g_test_add_func ("/competence/months", test_months);

  return g_test_run ();
}
