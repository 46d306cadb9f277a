/* test-segregation.c: who holds roles declared incompatible (clause 5.3, Annex A 5.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sg-person.h"
#include "sg-role.h"
#include "sg-segregation.h"
#include "sg-test-util.h"

typedef struct
{
  SgTestRegister  reg;
  SgRecord       *manager;   /* ROLE-001, held by Jana */
  SgRecord       *auditor;   /* ROLE-002, held by Mehmet */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  sg_test_register_open (&f->reg, "segregation.isms");
  f->manager = sg_test_register_add (&f->reg, SG_TYPE_ROLE, SG_ROLE_NAME, "ISMS manager",
                                     SG_ROLE_HOLDER, f->reg.jana, NULL);
  f->auditor = sg_test_register_add (&f->reg, SG_TYPE_ROLE, SG_ROLE_NAME, "Internal auditor",
                                     SG_ROLE_HOLDER, f->reg.mehmet, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sg_test_register_close (&f->reg);
}

static void
declare (SgRecord *role,
         SgRecord *other)
{
  gint64 id = other != NULL ? sg_record_get_id (other) : 0;

  g_object_set (role, SG_ROLE_INCOMPATIBLE_WITH, sg_links_new (&id, other != NULL ? 1 : 0), NULL);
}

static const char *
name_of (SgRecord *person)
{
  return sg_record_peek_string (person, SG_PERSON_NAME);
}

/* Different people in incompatible roles, and one person in two roles
 * nobody declared incompatible: no conflict. */
static void
test_none (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GArray) conflicts = NULL;

  declare (f->auditor, f->manager);
  sg_test_register_add (&f->reg, SG_TYPE_ROLE, SG_ROLE_NAME, "DPO", SG_ROLE_HOLDER, f->reg.jana, NULL);
  conflicts = sg_segregation_find (f->reg.store);
  g_assert_cmpuint (conflicts->len, ==, 0);
}

static void
test_holder (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GArray) conflicts = NULL;
  g_autofree char *said = NULL;
  SgSegregationConflict *conflict;

  declare (f->manager, f->auditor);
  declare (f->auditor, f->manager);   /* declared twice: still one pair */
  g_object_set (f->auditor, SG_ROLE_HOLDER, f->reg.jana, NULL);
  conflicts = sg_segregation_find (f->reg.store);
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = &g_array_index (conflicts, SgSegregationConflict, 0);
  g_assert_cmpstr (name_of (conflict->person), ==, "Jana Petersen");
  g_assert_true (conflict->role_a == f->manager);
  g_assert_true (conflict->role_b == f->auditor);
  said = sg_segregation_describe (conflict);
  g_assert_cmpstr (said, ==, "Jana Petersen holds ROLE-001 ISMS manager and ROLE-002 Internal auditor,"
                             " declared incompatible");
  g_assert_cmpuint (sg_segregation_count_people (conflicts, TRUE), ==, 1);
}

/* A deputy stands in for the holder: the duties meet in them too. */
static void
test_deputy (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GArray) conflicts = NULL;
  g_autofree char *said = NULL;
  SgSegregationConflict *conflict;

  declare (f->manager, f->auditor);
  g_object_set (f->auditor, SG_ROLE_DEPUTY, f->reg.jana, NULL);
  conflicts = sg_segregation_find (f->reg.store);
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = &g_array_index (conflicts, SgSegregationConflict, 0);
  g_assert_cmpstr (name_of (conflict->person), ==, "Jana Petersen");
  g_assert_false (conflict->deputy_a);
  g_assert_true (conflict->deputy_b);
  said = sg_segregation_describe (conflict);
  g_assert_cmpstr (said, ==, "Jana Petersen holds ROLE-001 ISMS manager and is deputy for"
                             " ROLE-002 Internal auditor, declared incompatible");
}

/* Declared on the later role only, with two people in both: each
 * person once, sorted by name (Jana before Mehmet). */
static void
test_one_side (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GArray) conflicts = NULL;

  declare (f->auditor, f->manager);
  g_object_set (f->auditor, SG_ROLE_DEPUTY, f->reg.jana, NULL);
  g_object_set (f->manager, SG_ROLE_DEPUTY, f->reg.mehmet, NULL);
  conflicts = sg_segregation_find (f->reg.store);
  g_assert_cmpuint (conflicts->len, ==, 2);
  g_assert_cmpstr (name_of (g_array_index (conflicts, SgSegregationConflict, 0).person), ==, "Jana Petersen");
  g_assert_cmpstr (name_of (g_array_index (conflicts, SgSegregationConflict, 1).person), ==, "Mehmet Yilmaz");
  g_assert_cmpuint (sg_segregation_count_people (conflicts, TRUE), ==, 2);
}

/* Taking the declaration back clears the conflict. */
static void
test_removed (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;

  declare (f->auditor, f->manager);
  g_object_set (f->auditor, SG_ROLE_HOLDER, f->reg.jana, NULL);
  before = sg_segregation_find (f->reg.store);
  g_assert_cmpuint (before->len, ==, 1);
  declare (f->auditor, NULL);
  after = sg_segregation_find (f->reg.store);
  g_assert_cmpuint (after->len, ==, 0);
}

/* A holder who assigned the role to themselves approves their own role. */
static void
test_self_assigned (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GArray) conflicts = NULL;
  g_autofree char *said = NULL;

  g_object_set (f->manager, SG_ROLE_ASSIGNED_BY, f->reg.jana, NULL);
  g_object_set (f->auditor, SG_ROLE_ASSIGNED_BY, f->reg.jana, NULL);
  conflicts = sg_segregation_find (f->reg.store);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_null (g_array_index (conflicts, SgSegregationConflict, 0).role_b);
  said = sg_segregation_describe (&g_array_index (conflicts, SgSegregationConflict, 0));
  g_assert_cmpstr (said, ==, "Jana Petersen holds ROLE-001 ISMS manager and assigned it to themselves");
  g_assert_cmpuint (sg_segregation_count_people (conflicts, TRUE), ==, 0);
  g_assert_cmpuint (sg_segregation_count_people (conflicts, FALSE), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)
  ADD ("/segregation/none", test_none);
  ADD ("/segregation/holder", test_holder);
  ADD ("/segregation/deputy", test_deputy);
  ADD ("/segregation/one-side", test_one_side);
  ADD ("/segregation/removed", test_removed);
  ADD ("/segregation/self-assigned", test_self_assigned);
#undef ADD

  return g_test_run ();
}
