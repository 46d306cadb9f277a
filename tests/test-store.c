/* test-store.c: the register file — round trips, history, bad files, seeds
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sg-audit.h"
#include "sg-control.h"
#include "sg-finding.h"
#include "sg-kinds.h"
#include "sg-person.h"
#include "sg-requirement.h"
#include "sg-risk.h"
#include "sg-store.h"
#include "sg-test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sg_test_mkdtemp ();
  f->path = g_build_filename (f->dir, "register.isms", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sg_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static SgStore *
create_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  SgStore *store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static SgStore *
reopen_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  SgStore *store = sg_store_open (path, SG_STORE_OPEN_EXISTING, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static SgRecord *
add_record (SgStore *store,
            GType    kind)
{
  g_autoptr(GError) error = NULL;
  SgRecord *record = g_object_new (kind, NULL);

  if (kind == g_type_from_name ("SgScaleLevel"))
    g_object_set (record, "value", 9, NULL);
  else if (kind == g_type_from_name ("SgMatrixCell"))
    g_object_set (record, "likelihood", 9, "impact", 9, NULL);
  else if (sg_record_class_get_ref_prefix (g_type_class_peek (kind)) == NULL &&
           sg_record_class_find_field (g_type_class_peek (kind), "ref") != NULL)
    {
      g_autofree char *ref = g_strdup_printf ("T-%p", (void *) record);
      sg_record_set_ref (record, ref);
    }
  g_assert_true (sg_store_add (store, record, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sg_record_get_id (record), >, 0);
  return record;
}

/* A value of the field's type that differs from its default. */
static void
make_new_value (SgStore    *store,
                GParamSpec *pspec,
                GValue     *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  GType target = sg_field_get_target (pspec);

  g_value_init (value, type);
  switch (sg_field_get_kind (pspec))
    {
    case SG_FIELD_TEXT:
    case SG_FIELD_LONG_TEXT:
      {
        g_autofree char *s = g_strdup_printf ("%s: Grüße, „quotes“ & 'apostrophes'\nline 2", pspec->name);
        g_value_set_string (value, s);
      }
      break;
    case SG_FIELD_DATE:
      g_value_set_string (value, "2031-05-17");
      break;
    case SG_FIELD_COLOUR:
      g_value_set_string (value, "#12ab9f");
      break;
    case SG_FIELD_NUMBER:
    case SG_FIELD_LIKELIHOOD:
    case SG_FIELD_IMPACT:
      {
        GParamSpecInt *ip = G_PARAM_SPEC_INT (pspec);
        g_value_set_int (value, ip->default_value == ip->maximum ? ip->minimum : ip->maximum);
      }
      break;
    case SG_FIELD_DECIMAL:
      g_value_set_double (value, 12.75);
      break;
    case SG_FIELD_BOOLEAN:
      g_value_set_boolean (value, !G_PARAM_SPEC_BOOLEAN (pspec)->default_value);
      break;
    case SG_FIELD_CHOICE:
      {
        GEnumClass *klass = G_PARAM_SPEC_ENUM (pspec)->enum_class;
        int last = klass->values[klass->n_values - 1].value;
        g_value_set_enum (value, last == G_PARAM_SPEC_ENUM (pspec)->default_value
                                   ? klass->values[0].value : last);
      }
      break;
    case SG_FIELD_REFERENCE:
      {
        g_autoptr(SgRecord) other = add_record (store, target);
        g_value_set_int64 (value, sg_record_get_id (other));
      }
      break;
    case SG_FIELD_LINKS:
      {
        g_autoptr(SgRecord) a = add_record (store, target);
        g_autoptr(SgRecord) b = add_record (store, target);
        gint64 ids[] = { sg_record_get_id (a), sg_record_get_id (b) };
        g_value_take_variant (value, sg_links_new (ids, 2));
      }
      break;
    case SG_FIELD_TIMESTAMP:
    default:
      g_assert_not_reached ();
    }
}

static void
free_value (gpointer data)
{
  GValue *value = data;

  if (G_IS_VALUE (value))
    g_value_unset (value);
  g_free (value);
}

static gboolean
is_managed (GParamSpec *pspec)
{
  return sg_field_get_kind (pspec) == SG_FIELD_TIMESTAMP;
}

/* Counts the changes the store saves: every field but the timestamps. */
static void
count_change_cb (GObject    *record,
                 GParamSpec *pspec,
                 guint      *n_changed)
{
  if (sg_field_get_kind (pspec) != SG_FIELD_TIMESTAMP)
    (*n_changed)++;
}

/* Create a record of every kind, change every field, reopen the register
 * in a new store: every value is as it was left, and every change left
 * one history row. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SgStore) store = create_store (f->path);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_ptr_array_unref);
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);

  for (guint k = 0; k < n_kinds; k++)
    {
      g_autoptr(SgRecord) record = add_record (store, kinds[k]);
      SgRecordClass *klass = SG_RECORD_GET_CLASS (record);
      guint n_fields, n_changed = 0;
      GParamSpec **fields = sg_record_class_list_fields (klass, &n_fields);
      GPtrArray *values = g_ptr_array_new_with_free_func (free_value);
      g_autoptr(GListModel) history = NULL;

      gulong notify_id = g_signal_connect (record, "notify", G_CALLBACK (count_change_cb), &n_changed);

      for (guint i = 0; i < n_fields; i++)
        {
          GValue *value = g_new0 (GValue, 1);

          g_ptr_array_add (values, value);
          if (is_managed (fields[i]))
            continue;
          make_new_value (store, fields[i], value);
          g_object_set_property (G_OBJECT (record), fields[i]->name, value);
        }
      g_signal_handler_disconnect (record, notify_id);
      /* A store rule may change other fields with an edit (a nonconformity
       * found not effective is reopened): what is left is what counts. */
      for (guint i = 0; i < n_fields; i++)
        if (!is_managed (fields[i]))
          {
            GValue *value = g_ptr_array_index (values, i);

            g_value_unset (value);
            g_value_init (value, G_PARAM_SPEC_VALUE_TYPE (fields[i]));
            g_value_copy (sg_record_peek_value (record, fields[i]), value);
          }

      /* Every change, the rules' too, left one history line. */
      history = sg_store_list_history (store, record, NULL);
      g_assert_cmpuint (n_changed, >=, n_fields - 3);
      g_assert_cmpuint (g_list_model_get_n_items (history), ==, n_changed + 1);

      g_hash_table_insert (expected,
                           g_strdup_printf ("%s/%" G_GINT64_FORMAT,
                                            sg_record_class_get_table (klass),
                                            sg_record_get_id (record)),
                           values);
      g_ptr_array_add (records, g_object_ref (record));
    }

  g_clear_pointer (&records, g_ptr_array_unref);
  g_clear_object (&store);
  store = reopen_store (f->path);

  {
    GHashTableIter iter;
    gpointer key, val;
    guint checked = 0;

    g_hash_table_iter_init (&iter, expected);
    while (g_hash_table_iter_next (&iter, &key, &val))
      {
        g_auto(GStrv) parts = g_strsplit (key, "/", 2);
        GType kind = sg_record_kind_from_table (parts[0]);
        SgRecord *record = sg_store_find_by_id (store, kind, g_ascii_strtoll (parts[1], NULL, 10));
        GPtrArray *values = val;
        guint n_fields;
        GParamSpec **fields;

        g_assert_nonnull (record);
        fields = sg_record_class_list_fields (SG_RECORD_GET_CLASS (record), &n_fields);
        for (guint i = 0; i < n_fields; i++)
          {
            const GValue *loaded = sg_record_peek_value (record, fields[i]);

            if (is_managed (fields[i]))
              {
                g_assert_nonnull (g_value_get_string (loaded));
                continue;
              }
            if (!sg_field_values_equal (fields[i], loaded, g_ptr_array_index (values, i)))
              g_error ("%s.%s was not saved", parts[0], fields[i]->name);
            checked++;
          }
      }
    g_assert_cmpuint (checked, >, 200);
  }
}

static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SgStore) store = create_store (f->path);
  g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK, "title", "Phishing", NULL);
  SgRecord *control = sg_store_find_by_ref (store, SG_TYPE_CONTROL, "6.3");
  g_autoptr(GListModel) history = NULL;
  g_autoptr(SgHistoryEntry) newest = NULL;
  g_autoptr(SgHistoryEntry) oldest = NULL;

  sg_store_set_user_name (store, "Jana Petersen");
  g_assert_true (sg_store_add (store, risk, NULL));
  g_object_set (risk, "owner", sg_store_ensure_person (store, "IT", NULL), NULL);
  g_object_set (risk, "owner", sg_store_ensure_person (store, "HR", NULL), NULL);
  g_object_set (risk, "controls", sg_links_new ((gint64[]) { sg_record_get_id (control) }, 1), NULL);

  history = sg_store_list_history (store, risk, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 4);

  newest = g_list_model_get_item (history, 0);
  g_assert_cmpint (sg_history_entry_get_action (newest), ==, SG_HISTORY_CHANGE);
  g_assert_cmpstr (sg_history_entry_get_field (newest), ==, "controls");
  /* Links are shown by ref, not by internal id. */
  g_assert_cmpstr (sg_history_entry_get_new_value (newest), ==, "6.3");
  g_assert_cmpstr (sg_history_entry_get_changed_by (newest), ==, "Jana Petersen");
  g_assert_true (g_str_has_suffix (sg_history_entry_get_changed_at (newest), "Z"));

  g_clear_object (&newest);
  newest = g_list_model_get_item (history, 1);
  g_assert_cmpstr (sg_history_entry_get_old_value (newest), ==, "IT");
  g_assert_cmpstr (sg_history_entry_get_new_value (newest), ==, "HR");

  oldest = g_list_model_get_item (history, 3);
  g_assert_cmpint (sg_history_entry_get_action (oldest), ==, SG_HISTORY_CREATE);
}

static void
save_failed_cb (SgStore   *store,
                SgRecord  *record,
                GError    *error,
                GError   **out)
{
  g_clear_error (out);
  *out = g_error_copy (error);
}

static void
test_refs (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(SgStore) store = create_store (f->path);
  g_autoptr(SgRecord) a = g_object_new (SG_TYPE_RISK, NULL);
  g_autoptr(SgRecord) b = g_object_new (SG_TYPE_RISK, NULL);
  g_autoptr(SgRecord) c = g_object_new (SG_TYPE_RISK, "ref", "R-041", NULL);
  g_autoptr(SgRecord) d = g_object_new (SG_TYPE_RISK, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (sg_store_add (store, a, NULL));
  g_assert_true (sg_store_add (store, b, NULL));
  g_assert_cmpstr (sg_record_get_ref (a), ==, "R-001");
  g_assert_cmpstr (sg_record_get_ref (b), ==, "R-002");
  g_assert_true (sg_store_add (store, c, NULL));
  g_assert_true (sg_store_add (store, d, NULL));
  g_assert_cmpstr (sg_record_get_ref (d), ==, "R-042");

  /* A duplicate ref is refused, reported, and the record keeps its ref. */
  g_signal_connect (store, "save-failed", G_CALLBACK (save_failed_cb), &error);
  g_object_set (b, "ref", "R-001", NULL);
  g_assert_error (error, SG_STORE_ERROR, SG_STORE_ERROR_DUPLICATE_REF);
  g_assert_cmpstr (sg_record_get_ref (b), ==, "R-002");

  /* Finding by ref follows renames, refused duplicates and deletions. */
  g_assert_true (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-001") == a);
  g_assert_true (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-002") == b);
  g_object_set (c, "ref", "R-100", NULL);
  g_assert_null (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-041"));
  g_assert_true (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-100") == c);
  g_object_set (b, "ref", "R-041", NULL);
  g_assert_true (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-041") == b);
  g_assert_null (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-002"));
  g_assert_true (sg_store_remove (store, d, NULL));
  g_assert_null (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-042"));
  g_assert_true (sg_store_restore (store, d, NULL));
  g_assert_true (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-042") == d);

  g_clear_object (&store);
  store = reopen_store (f->path);
  g_assert_nonnull (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-041"));
  g_assert_nonnull (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-100"));
  g_assert_null (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-002"));
}

static void
test_delete_and_restore (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SgStore) store = create_store (f->path);
  g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK, "title", "Data leak", NULL);
  SgRecord *control = sg_store_find_by_ref (store, SG_TYPE_CONTROL, "8.12");
  SgRecord *requirement = sg_store_find_by_ref (store, SG_TYPE_REQUIREMENT, "6.1.2");
  gint64 id;

  g_assert_true (sg_store_add (store, risk, NULL));
  id = sg_record_get_id (risk);
  g_object_set (risk, "controls", sg_links_new ((gint64[]) { sg_record_get_id (control) }, 1), NULL);
  g_object_set (requirement, "fulfilled-by-risks", sg_links_new (&id, 1), NULL);

  g_assert_true (sg_store_remove (store, risk, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_RISK)), ==, 0);
  /* The requirement no longer points at a deleted risk. */
  g_assert_false (sg_links_contains (sg_record_peek_links (requirement, "fulfilled-by-risks"), id));

  g_assert_true (sg_store_restore (store, risk, NULL));
  g_assert_true (sg_store_find_by_id (store, SG_TYPE_RISK, id) == risk);
  g_assert_true (sg_links_contains (sg_record_peek_links (requirement, "fulfilled-by-risks"), id));

  g_clear_object (&store);
  store = reopen_store (f->path);
  {
    SgRecord *back = sg_store_find_by_id (store, SG_TYPE_RISK, id);
    SgRecord *req = sg_store_find_by_ref (store, SG_TYPE_REQUIREMENT, "6.1.2");
    g_autoptr(GListModel) history = NULL;

    g_assert_nonnull (back);
    g_assert_cmpstr (sg_record_peek_string (back, "title"), ==, "Data leak");
    g_assert_cmpuint (g_variant_n_children (sg_record_peek_links (back, "controls")), ==, 1);
    g_assert_true (sg_links_contains (sg_record_peek_links (req, "fulfilled-by-risks"), id));
    /* create, change, delete, restore: the history survived the delete. */
    history = sg_store_list_history (store, back, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (history), ==, 4);
  }
}

static void
test_seed (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(SgStore) store = create_store (f->path);
  GListModel *controls = sg_store_get_records (store, SG_TYPE_CONTROL);
  g_autoptr(GHashTable) refs = g_hash_table_new (g_str_hash, g_str_equal);
  guint per_theme[4] = { 0 };
  guint n = g_list_model_get_n_items (controls);

  g_assert_cmpuint (n, ==, 93);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) control = g_list_model_get_item (controls, i);
      const char *ref = sg_record_get_ref (control);

      g_assert_false (g_hash_table_contains (refs, ref));
      g_hash_table_add (refs, (gpointer) ref);
      per_theme[sg_record_peek_enum (control, "theme")]++;
      g_assert_cmpint (ref[0] - '5', ==, sg_record_peek_enum (control, "theme"));
      g_assert_nonnull (sg_record_peek_string (control, "title"));
    }
  g_assert_cmpuint (per_theme[SG_CONTROL_THEME_ORGANIZATIONAL], ==, 37);
  g_assert_cmpuint (per_theme[SG_CONTROL_THEME_PEOPLE], ==, 8);
  g_assert_cmpuint (per_theme[SG_CONTROL_THEME_PHYSICAL], ==, 14);
  g_assert_cmpuint (per_theme[SG_CONTROL_THEME_TECHNOLOGICAL], ==, 34);
  g_assert_cmpstr (sg_record_peek_string (sg_store_find_by_ref (store, SG_TYPE_CONTROL, "5.23"), "title"),
                   ==, "Information security for use of cloud services");

  /* Clause checklist 4.1 … 10.2, and the default 5 × 5 method. */
  g_assert_nonnull (sg_store_find_by_ref (store, SG_TYPE_REQUIREMENT, "4.1"));
  g_assert_nonnull (sg_store_find_by_ref (store, SG_TYPE_REQUIREMENT, "10.2"));
  {
    SgRiskMethod *method = sg_store_get_risk_method (store);
    SgRiskLevel *top = sg_risk_method_get_level (method, 5, 5);
    SgRiskLevel *bottom = sg_risk_method_get_level (method, 1, 1);

    g_assert_cmpuint (sg_risk_method_get_n_values (method, SG_SCALE_AXIS_LIKELIHOOD), ==, 5);
    g_assert_cmpuint (sg_risk_method_get_n_values (method, SG_SCALE_AXIS_IMPACT), ==, 5);
    g_assert_cmpuint (sg_risk_method_get_n_levels (method), ==, 4);
    g_assert_cmpstr (sg_record_peek_string (SG_RECORD (top), "name"), ==, "Critical");
    g_assert_false (sg_record_peek_boolean (SG_RECORD (top), "within-appetite"));
    g_assert_cmpstr (sg_record_peek_string (SG_RECORD (bottom), "name"), ==, "Low");
    g_assert_true (sg_record_peek_boolean (SG_RECORD (bottom), "within-appetite"));
    g_assert_cmpstr (sg_record_peek_string (SG_RECORD (sg_risk_method_get_scale_level (method, SG_SCALE_AXIS_LIKELIHOOD, 5)), "label"),
                     ==, "Almost certain");
    g_assert_null (sg_risk_method_get_level (method, 0, 3));
    g_assert_null (sg_risk_method_get_level (method, 6, 3));
  }
}

static void
test_mode_0600 (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SgStore) store = NULL;
  struct stat st;
  mode_t old_mask = umask (0);

  store = create_store (f->path);
  umask (old_mask);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

/* Bad files: each gives its error and leaves the file as it was. */

static void
assert_open_fails (const char *path,
                   int         code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = g_file_test (path, G_FILE_TEST_IS_REGULAR) ? sg_test_checksum (path) : NULL;
  g_autoptr(SgStore) store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);

  g_assert_null (store);
  g_assert_error (error, SG_STORE_ERROR, code);
  /* One clear sentence that names the file. */
  g_assert_nonnull (strstr (error->message, "“"));
  g_assert_null (strchr (error->message, '\n'));
  if (before != NULL)
    {
      g_autofree char *after = sg_test_checksum (path);
      g_assert_cmpstr (before, ==, after);
    }
}

static void
test_bad_not_sqlite (Fixture       *f,
                     gconstpointer  data)
{
  sg_test_write_file (f->path, "Ref;Title\nR-001;Phishing\n", -1);
  assert_open_fails (f->path, SG_STORE_ERROR_NOT_SQLITE);
  sg_test_write_file (f->path, "", 0);
  assert_open_fails (f->path, SG_STORE_ERROR_NOT_SQLITE);
}

static void
test_bad_other_database (Fixture       *f,
                         gconstpointer  data)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_open_fails (f->path, SG_STORE_ERROR_NOT_A_REGISTER);
}

static void
set_user_version (const char *path,
                  int         version)
{
  sqlite3 *db = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA wal_checkpoint(TRUNCATE);", version);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_bad_newer_schema (Fixture       *f,
                       gconstpointer  data)
{
  g_clear_object (&(SgStore *) { create_store (f->path) });
  set_user_version (f->path, SG_STORE_SCHEMA_VERSION + 1);
  assert_open_fails (f->path, SG_STORE_ERROR_NEWER_SCHEMA);
}

static void
test_bad_read_only (Fixture       *f,
                    gconstpointer  data)
{
  g_clear_object (&(SgStore *) { create_store (f->path) });

  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  assert_open_fails (f->path, SG_STORE_ERROR_READ_ONLY);
  g_assert_cmpint (g_chmod (f->path, 0600), ==, 0);

  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  assert_open_fails (f->path, SG_STORE_ERROR_READ_ONLY);
  g_assert_cmpint (g_chmod (f->dir, 0700), ==, 0);

  /* A new register in a read-only folder is refused, and nothing is left. */
  {
    g_autofree char *other = g_build_filename (f->dir, "new.isms", NULL);

    g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
    assert_open_fails (other, SG_STORE_ERROR_READ_ONLY);
    g_assert_cmpint (g_chmod (f->dir, 0700), ==, 0);
    g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
  }
}

static void
test_bad_locked (Fixture       *f,
                 gconstpointer  data)
{
  int ready[2];
  pid_t child;
  char byte;

  g_clear_object (&(SgStore *) { create_store (f->path) });

  /* Another process holds the register open. */
  g_assert_cmpint (pipe (ready), ==, 0);
  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      g_autoptr(SgStore) store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, NULL);
      if (write (ready[1], store ? "y" : "n", 1) != 1)
        _exit (2);
      pause ();
      _exit (0);
    }
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  g_assert_cmpint (byte, ==, 'y');

  assert_open_fails (f->path, SG_STORE_ERROR_LOCKED);

  kill (child, SIGTERM);
  waitpid (child, NULL, 0);
  close (ready[0]);
  close (ready[1]);

  /* Once the other process is gone, it opens. */
  g_clear_object (&(SgStore *) { reopen_store (f->path) });
}

static void
test_bad_folder (Fixture       *f,
                 gconstpointer  data)
{
  g_assert_cmpint (g_mkdir (f->path, 0700), ==, 0);
  assert_open_fails (f->path, SG_STORE_ERROR_IS_DIRECTORY);
}

static void
test_bad_corrupt (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length;
  SgStore *store = create_store (f->path);

  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK, "title", "A risk with a long title to fill pages", NULL);
      sg_store_add (store, risk, NULL);
    }
  g_object_unref (store);
  set_user_version (f->path, SG_STORE_SCHEMA_VERSION);  /* checkpoints the WAL */

  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 3 * 4096);
  /* Damage every page after the first: the header still says SQLite. */
  for (gsize i = 4096; i < length; i++)
    contents[i] = (char) (i * 7);
  sg_test_write_file (f->path, contents, length);
  assert_open_fails (f->path, SG_STORE_ERROR_CORRUPT);
}

static void
test_missing (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = sg_store_open (f->path, SG_STORE_OPEN_EXISTING, &error);

  g_assert_null (store);
  g_assert_error (error, SG_STORE_ERROR, SG_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

/* A write that fails (here: a file size limit, as on a full disk) leaves
 * the register and the record as they were, and says so once. */
static void
test_write_failure (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SgStore) store = create_store (f->path);
  g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK, "title", "Before", NULL);
  g_autoptr(GError) error = NULL;
  struct rlimit old_limit, limit;
  void (*old_handler) (int);

  g_assert_true (sg_store_add (store, risk, NULL));
  g_signal_connect (store, "save-failed", G_CALLBACK (save_failed_cb), &error);

  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 1;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  g_object_set (risk, "title", "After", NULL);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, old_handler);

  g_assert_error (error, SG_STORE_ERROR, SG_STORE_ERROR_WRITE);
  g_assert_cmpstr (sg_record_peek_string (risk, "title"), ==, "Before");

  /* The next edit works again. */
  g_object_set (risk, "category", "IT", NULL);
  g_clear_object (&risk);
  g_clear_object (&store);
  store = reopen_store (f->path);
  risk = g_list_model_get_item (sg_store_get_records (store, SG_TYPE_RISK), 0);
  g_assert_cmpstr (sg_record_peek_string (risk, "title"), ==, "Before");
  g_assert_cmpstr (sg_record_peek_string (risk, "category"), ==, "IT");
}

static void
test_batch_rollback (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SgStore) store = create_store (f->path);
  g_autoptr(SgRecord) a = g_object_new (SG_TYPE_RISK, NULL);
  g_autoptr(SgRecord) b = g_object_new (SG_TYPE_RISK, NULL);

  g_assert_true (sg_store_begin_batch (store, NULL));
  g_assert_true (sg_store_add (store, a, NULL));
  g_assert_true (sg_store_add (store, b, NULL));
  sg_store_rollback_batch (store);

  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_RISK)), ==, 0);
  g_clear_object (&store);
  store = reopen_store (f->path);
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_RISK)), ==, 0);
}

/* The reference-free view of the records is the list's items, in its order. */
static void
assert_peek_matches_list (SgStore *store,
                          guint    expected)
{
  GListModel *list = sg_store_get_records (store, SG_TYPE_RISK);
  guint n_peeked = 0;
  SgRecord *const *peeked = sg_store_peek_records (store, SG_TYPE_RISK, &n_peeked);

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, expected);
  g_assert_cmpuint (n_peeked, ==, expected);
  for (guint i = 0; i < expected; i++)
    {
      g_autoptr(SgRecord) item = g_list_model_get_item (list, i);

      g_assert_true (peeked[i] == item);
    }
}

static void
test_peek_records (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SgStore) store = create_store (f->path);
  g_autoptr(SgRecord) second = NULL;
  g_autoptr(SgRecord) extra = g_object_new (SG_TYPE_RISK, NULL);

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK, NULL);

      g_assert_true (sg_store_add (store, risk, NULL));
      if (i == 1)
        second = g_object_ref (risk);
    }
  assert_peek_matches_list (store, 5);

  g_assert_true (sg_store_remove (store, second, NULL));
  assert_peek_matches_list (store, 4);
  g_assert_true (sg_store_restore (store, second, NULL));
  assert_peek_matches_list (store, 5);

  g_assert_true (sg_store_begin_batch (store, NULL));
  g_assert_true (sg_store_add (store, extra, NULL));
  sg_store_rollback_batch (store);
  assert_peek_matches_list (store, 5);

  g_clear_object (&store);
  store = reopen_store (f->path);
  assert_peek_matches_list (store, 5);
}

static void
count_changes_cb (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n_added)
{
  g_assert_cmpuint (removed, ==, 0);
  n_added[0]++;
  n_added[1] += added;
}

/* A batch changes the lists once, when it commits: views then sort and
 * count once, not once per record. Peeking sees the records at once. */
static void
test_batch_lists_once (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SgStore) store = create_store (f->path);
  GListModel *list = sg_store_get_records (store, SG_TYPE_RISK);
  guint changes[2] = { 0, 0 };
  guint n_peeked;

  g_signal_connect (list, "items-changed", G_CALLBACK (count_changes_cb), changes);

  g_assert_true (sg_store_begin_batch (store, NULL));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK, "title", "Batched", NULL);
      g_assert_true (sg_store_add (store, risk, NULL));
    }
  sg_store_peek_records (store, SG_TYPE_RISK, &n_peeked);
  g_assert_cmpuint (n_peeked, ==, 3);
  g_assert_cmpuint (changes[0], ==, 0);
  sg_store_rollback_batch (store);
  g_assert_cmpuint (changes[0], ==, 0);
  assert_peek_matches_list (store, 0);

  g_assert_true (sg_store_begin_batch (store, NULL));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK, "title", "Batched", NULL);
      g_assert_true (sg_store_add (store, risk, NULL));
    }
  g_assert_cmpuint (changes[0], ==, 0);
  g_assert_true (sg_store_commit_batch (store, NULL));
  g_assert_cmpuint (changes[0], ==, 1);
  g_assert_cmpuint (changes[1], ==, 3);
  assert_peek_matches_list (store, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (list, i);
      g_assert_true (sg_store_find_by_ref (store, SG_TYPE_RISK, sg_record_get_ref (risk)) == risk);
    }
  g_signal_handlers_disconnect_by_func (list, count_changes_cb, changes);
}

/* "J. Petersen" is Jana Petersen: after the merge everything names her,
 * the history says so, and undo brings both back as they were. */
static void
test_merge_people (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SgStore) store = create_store (f->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) relinked = NULL;
  g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK, "title", "Phishing", NULL);
  g_autoptr(SgRecord) gone = NULL;
  SgRecord *control = sg_store_find_by_ref (store, SG_TYPE_CONTROL, "5.1");
  gint64 jana = sg_store_ensure_person (store, "Jana Petersen", NULL);
  gint64 initial = sg_store_ensure_person (store, "J. Petersen", NULL);
  SgRecord *keep = sg_store_find_by_id (store, SG_TYPE_PERSON, jana);
  guint n_history;

  g_assert_cmpint (initial, !=, jana);
  g_assert_true (sg_store_add (store, risk, NULL));
  g_object_set (risk, "owner", initial, "accepted-by", initial, NULL);
  g_object_set (control, "owner", initial, NULL);
  gone = g_object_ref (sg_store_find_by_id (store, SG_TYPE_PERSON, initial));
  n_history = sg_store_count_history (store);

  relinked = sg_store_merge_people (store, keep, gone, &error);
  g_assert_no_error (error);
  g_assert_nonnull (relinked);
  g_assert_cmpuint (relinked->len, ==, 3);
  g_assert_cmpint (sg_record_peek_int64 (risk, "owner"), ==, jana);
  g_assert_cmpint (sg_record_peek_int64 (risk, "accepted-by"), ==, jana);
  g_assert_cmpint (sg_record_peek_int64 (control, "owner"), ==, jana);
  g_assert_null (sg_store_find_person (store, "J. Petersen"));
  /* Three changes and a deletion, each in the history. */
  g_assert_cmpuint (sg_store_count_history (store), ==, n_history + 4);
  {
    g_autoptr(GListModel) history = sg_store_list_history (store, risk, NULL);
    g_autoptr(SgHistoryEntry) newest = g_list_model_get_item (history, 0);

    g_assert_cmpstr (sg_history_entry_get_old_value (newest), ==, "J. Petersen");
    g_assert_cmpstr (sg_history_entry_get_new_value (newest), ==, "Jana Petersen");
  }

  g_assert_true (sg_store_undo_merge (store, gone, relinked, &error));
  g_assert_no_error (error);
  g_assert_true (sg_store_find_person (store, "J. Petersen") == gone);
  g_assert_cmpint (sg_record_get_id (gone), ==, initial);
  g_assert_cmpint (sg_record_peek_int64 (control, "owner"), ==, initial);

  /* What the file holds after the merge again. */
  g_clear_pointer (&relinked, g_array_unref);
  relinked = sg_store_merge_people (store, keep, gone, &error);
  g_assert_no_error (error);
  g_clear_object (&risk);
  g_clear_object (&store);
  store = reopen_store (f->path);
  risk = g_object_ref (sg_store_find_by_ref (store, SG_TYPE_RISK, "R-001"));
  g_assert_cmpstr (sg_store_peek_name (store, risk, "owner"), ==, "Jana Petersen");
  g_assert_cmpstr (sg_store_peek_name (store, sg_store_find_by_ref (store, SG_TYPE_CONTROL, "5.1"), "owner"),
                   ==, "Jana Petersen");
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_PERSON)), ==, 1);
}

/* What the store shows after a delete is what the register holds: a
 * finding goes with its audit and comes back with it, a risk whose
 * owner leaves the directory has none — in the window and after
 * reopening alike. */
static void
test_delete_follows_fields (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SgStore) store = create_store (f->path);
  g_autoptr(SgRecord) audit = g_object_new (SG_TYPE_AUDIT, "title", "Access control", NULL);
  g_autoptr(SgRecord) finding = NULL;
  g_autoptr(SgRecord) person = g_object_new (SG_TYPE_PERSON, SG_PERSON_NAME, "Jana Petersen", NULL);
  g_autoptr(SgRecord) risk = NULL;
  gint64 audit_id, finding_id, risk_id;

  g_assert_true (sg_store_add (store, audit, NULL));
  g_assert_true (sg_store_add (store, person, NULL));
  audit_id = sg_record_get_id (audit);
  finding = g_object_new (SG_TYPE_FINDING, "audit", audit_id, "description", "No access review", NULL);
  risk = g_object_new (SG_TYPE_RISK, "title", "Data leak", "owner", sg_record_get_id (person), NULL);
  g_assert_true (sg_store_add (store, finding, NULL));
  g_assert_true (sg_store_add (store, risk, NULL));
  finding_id = sg_record_get_id (finding);
  risk_id = sg_record_get_id (risk);

  g_assert_true (sg_store_remove (store, audit, NULL));
  g_assert_null (sg_store_find_by_id (store, SG_TYPE_FINDING, finding_id));
  g_assert_true (sg_store_remove (store, person, NULL));
  g_assert_cmpint (sg_record_peek_int64 (risk, "owner"), ==, 0);

  g_clear_object (&store);
  store = reopen_store (f->path);
  g_assert_null (sg_store_find_by_id (store, SG_TYPE_AUDIT, audit_id));
  g_assert_null (sg_store_find_by_id (store, SG_TYPE_FINDING, finding_id));
  g_assert_cmpint (sg_record_peek_int64 (sg_store_find_by_id (store, SG_TYPE_RISK, risk_id), "owner"), ==, 0);

  /* Undo: an audit comes back with its finding, in this session and the next. */
  {
    g_autoptr(SgRecord) parent = g_object_new (SG_TYPE_AUDIT, "title", "Backups", NULL);
    g_autoptr(SgRecord) child = NULL;
    gint64 parent_id, child_id;

    g_assert_true (sg_store_add (store, parent, NULL));
    parent_id = sg_record_get_id (parent);
    child = g_object_new (SG_TYPE_FINDING, "audit", parent_id, NULL);
    g_assert_true (sg_store_add (store, child, NULL));
    child_id = sg_record_get_id (child);
    g_assert_true (sg_store_remove (store, parent, NULL));
    g_assert_null (sg_store_find_by_id (store, SG_TYPE_FINDING, child_id));
    g_assert_true (sg_store_restore (store, parent, NULL));
    g_assert_true (sg_store_find_by_id (store, SG_TYPE_FINDING, child_id) == child);
    g_assert_cmpint (sg_record_peek_int64 (child, "audit"), ==, parent_id);

    g_clear_object (&store);
    store = reopen_store (f->path);
    g_assert_nonnull (sg_store_find_by_id (store, SG_TYPE_AUDIT, parent_id));
    g_assert_cmpint (sg_record_peek_int64 (sg_store_find_by_id (store, SG_TYPE_FINDING, child_id), "audit"),
                     ==, parent_id);
  }
}

/* Rows in @path's file itself, without its WAL: what a checkpoint copied. */
static int
count_risks_in_file (const char *path)
{
  g_autofree char *uri = g_strdup_printf ("file:%s?immutable=1", path);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int n = -1;

  if (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "SELECT count(*) FROM risk", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* A large commit's WAL is copied into the register by a thread of the
 * store's while it stays open, and closing leaves no WAL behind. */
static void
test_checkpoint (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SgStore) store = create_store (f->path);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *description = g_strnfill (1500, 'x');
  const guint n = 4000;
  gint64 deadline;

  g_assert_true (sg_store_begin_batch (store, NULL));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK, "title", "Supplier account taken over",
                                               "description", description, NULL);

      g_assert_true (sg_store_add (store, risk, NULL));
    }
  g_assert_true (sg_store_commit_batch (store, NULL));

  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (count_risks_in_file (f->path) != (int) n && g_get_monotonic_time () < deadline)
    g_usleep (20000);
  g_assert_cmpint (count_risks_in_file (f->path), ==, n);

  g_clear_object (&store);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  store = reopen_store (f->path);
  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (store, SG_TYPE_RISK)), ==, n);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/round-trip", test_round_trip);
  ADD ("/store/batch-lists-once", test_batch_lists_once);
  ADD ("/store/history", test_history);
  ADD ("/store/merge-people", test_merge_people);
  ADD ("/store/refs", test_refs);
  ADD ("/store/delete-and-restore", test_delete_and_restore);
  ADD ("/store/delete-follows-fields", test_delete_follows_fields);
  ADD ("/store/seed", test_seed);
  ADD ("/store/mode-0600", test_mode_0600);
  ADD ("/store/bad-file/not-sqlite", test_bad_not_sqlite);
  ADD ("/store/bad-file/other-database", test_bad_other_database);
  ADD ("/store/bad-file/newer-schema", test_bad_newer_schema);
  ADD ("/store/bad-file/read-only", test_bad_read_only);
  ADD ("/store/bad-file/locked", test_bad_locked);
  ADD ("/store/bad-file/folder", test_bad_folder);
  ADD ("/store/bad-file/corrupt", test_bad_corrupt);
  ADD ("/store/bad-file/missing", test_missing);
  ADD ("/store/write-failure", test_write_failure);
  ADD ("/store/batch-rollback", test_batch_rollback);
  ADD ("/store/checkpoint", test_checkpoint);
  ADD ("/store/peek-records", test_peek_records);

#undef ADD

  return g_test_run ();
}
