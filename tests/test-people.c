/* test-people.c: who in the directory may be listed twice, and what the
 * user said about it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>

#include "sg-kinds.h"
#include "sg-person.h"
#include "sg-store-people.h"
#include "sg-store.h"
#include "sg-test-util.h"

#define V1_FIXTURE "tests/data/register-v1.isms"

static void
test_names_may_be_one (void)
{
  static const struct { const char *a, *b; gboolean one; } cases[] = {
    { "J. Petersen", "Jana Petersen", TRUE },
    { "Petersen, Jana", "Jana Petersen", TRUE },
    { "Dr. Klaus Brandt", "Klaus Brandt", TRUE },
    { "Thomas Wagner", "Tomas Wagner", TRUE },
    { "Sabine Kruger", "Sabine Krüger", TRUE },
    { "Jana", "Jana Petersen", TRUE },
    { "Petersen", "Jana Petersen", TRUE },
    { "J. Petersen", "Jens Peterson", FALSE },
    { "Anna Becker", "Frank Meyer", FALSE },
    { "Jana Petersen", "Jan Peters", FALSE },
    { "K. Brandt", "Jana Brandt", FALSE },
    { "Ida Lo", "Ida Li", FALSE },   /* too short to call a slip */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s / %s", cases[i].a, cases[i].b);
      g_assert_cmpint (sg_person_names_may_be_one (cases[i].a, cases[i].b), ==, cases[i].one);
      g_assert_cmpint (sg_person_names_may_be_one (cases[i].b, cases[i].a), ==, cases[i].one);
    }
}

static SgStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  SgStore *store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);

  g_assert_no_error (error);
  return store;
}

static SgNearDuplicate *
find_pair (GPtrArray  *pairs,
           const char *keep,
           const char *gone)
{
  for (guint i = 0; i < pairs->len; i++)
    {
      SgNearDuplicate *pair = g_ptr_array_index (pairs, i);

      if (g_strcmp0 (sg_record_peek_string (pair->keep, SG_PERSON_NAME), keep) == 0 &&
          g_strcmp0 (sg_record_peek_string (pair->gone, SG_PERSON_NAME), gone) == 0)
        return pair;
    }
  return NULL;
}

/* After the migration of a first-release register: the spellings that
 * stayed two people are offered, keeping the one named more often; what
 * the user says is not one person is not offered again, after reopening
 * too; merging one pair takes it off the list. */
static void
test_near_duplicates_after_migration (void)
{
  g_autofree char *dir = sg_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "register.isms", NULL);
  g_autofree char *source = g_build_filename (g_getenv ("SAFEGUARD_SOURCE_ROOT"), V1_FIXTURE, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(SgStore) store = NULL;
  g_autoptr(GPtrArray) pairs = NULL;
  g_autoptr(GArray) relinked = NULL;
  g_autoptr(GError) error = NULL;
  SgNearDuplicate *petersen, *schneider;
  guint n_pairs;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_NONE, 0600, NULL));

  store = open_store (path);
  pairs = sg_store_list_near_duplicates (store);
  for (guint i = 0; i < pairs->len; i++)
    {
      SgNearDuplicate *pair = g_ptr_array_index (pairs, i);

      g_test_message ("%s (%u) ← %s (%u)", sg_record_peek_string (pair->keep, SG_PERSON_NAME), pair->keep_mentions,
                      sg_record_peek_string (pair->gone, SG_PERSON_NAME), pair->gone_mentions);
    }
  petersen = find_pair (pairs, "Jana Petersen", "J. Petersen");
  /* Named as often: the fuller name is kept. */
  schneider = find_pair (pairs, "Dr. Eva Schneider (Nordlicht Audit Partners)", "Dr. Eva Schneider");
  g_assert_nonnull (petersen);
  g_assert_nonnull (schneider);
  g_assert_cmpuint (petersen->keep_mentions, >, petersen->gone_mentions);
  g_assert_cmpuint (schneider->keep_mentions, ==, schneider->gone_mentions);
  /* Nobody else: the example's people have names of their own. */
  n_pairs = pairs->len;
  g_assert_cmpuint (n_pairs, ==, 2);

  g_assert_true (sg_store_set_not_same (store, schneider->gone, schneider->keep, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  g_clear_pointer (&pairs, g_ptr_array_unref);

  store = open_store (path);
  pairs = sg_store_list_near_duplicates (store);
  g_assert_cmpuint (pairs->len, ==, n_pairs - 1);
  g_assert_null (find_pair (pairs, "Dr. Eva Schneider (Nordlicht Audit Partners)", "Dr. Eva Schneider"));
  petersen = find_pair (pairs, "Jana Petersen", "J. Petersen");
  g_assert_nonnull (petersen);

  relinked = sg_store_merge_people (store, petersen->keep, petersen->gone, &error);
  g_assert_no_error (error);
  g_assert_nonnull (relinked);
  g_clear_pointer (&pairs, g_ptr_array_unref);
  pairs = sg_store_list_near_duplicates (store);
  g_assert_cmpuint (pairs->len, ==, 0);

  g_clear_object (&store);
  sg_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/people/names-may-be-one", test_names_may_be_one);
  g_test_add_func ("/people/near-duplicates", test_near_duplicates_after_migration);

  return g_test_run ();
}
