/* test-schema.c: schema-1.sql holds exactly what the record classes declare
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <sqlite3.h>

#include "sg-kinds.h"
#include "sg-record.h"

static sqlite3 *
open_schema (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/io/github/safeguard_isms/Safeguard/schema-1.sql", 0, NULL);
  g_autofree char *sql = NULL;
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_nonnull (bytes);
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("schema-1.sql: %s", message);
  return db;
}

static GPtrArray *
columns_of (sqlite3    *db,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA table_info(%s)", table);
  GPtrArray *columns = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);
  return columns;
}

/* A field without a column would be lost on every save; a column without
 * a field would never be filled. */
static void
test_columns_match_fields (void)
{
  sqlite3 *db = open_schema ();
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);

  for (guint k = 0; k < n_kinds; k++)
    {
      g_autoptr(SgRecordClass) klass = g_type_class_ref (kinds[k]);
      const char *table = sg_record_class_get_table (klass);
      g_autoptr(GPtrArray) columns = columns_of (db, table);
      g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
      guint n_fields;
      GParamSpec **fields = sg_record_class_list_fields (klass, &n_fields);

      g_ptr_array_add (expected, g_strdup ("id"));
      for (guint f = 0; f < n_fields; f++)
        {
          g_autofree char *column = sg_field_get_column (fields[f]);

          if (sg_field_get_kind (fields[f]) == SG_FIELD_LINKS)
            {
              g_autofree char *link_table = g_strdup_printf ("%s_%s", table, column);
              g_autoptr(GPtrArray) link_columns = columns_of (db, link_table);

              g_assert_cmpuint (link_columns->len, ==, 2);
              g_assert_cmpstr (g_ptr_array_index (link_columns, 0), ==, "record_id");
              g_assert_cmpstr (g_ptr_array_index (link_columns, 1), ==, "target_id");
            }
          else
            g_ptr_array_add (expected, g_steal_pointer (&column));
        }

      g_assert_cmpuint (columns->len, ==, expected->len);
      for (guint i = 0; i < expected->len; i++)
        {
          gboolean found = FALSE;
          for (guint c = 0; c < columns->len && !found; c++)
            found = g_str_equal (g_ptr_array_index (columns, c), g_ptr_array_index (expected, i));
          if (!found)
            g_error ("%s has no column %s", table, (char *) g_ptr_array_index (expected, i));
        }
    }
  sqlite3_close (db);
}

/* Every value a choice field can take passes the column's CHECK. */
static void
test_choices_accepted (void)
{
  sqlite3 *db = open_schema ();
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);
  guint checked = 0;

  for (guint k = 0; k < n_kinds; k++)
    {
      g_autoptr(SgRecordClass) klass = g_type_class_ref (kinds[k]);
      const char *table = sg_record_class_get_table (klass);
      guint n_fields;
      GParamSpec **fields = sg_record_class_list_fields (klass, &n_fields);

      for (guint f = 0; f < n_fields; f++)
        {
          GEnumClass *enum_class;
          g_autofree char *column = NULL;

          if (!G_IS_PARAM_SPEC_ENUM (fields[f]))
            continue;
          enum_class = G_PARAM_SPEC_ENUM (fields[f])->enum_class;
          column = sg_field_get_column (fields[f]);
          for (guint v = 0; v < enum_class->n_values; v++)
            {
              g_autofree char *sql = g_strdup_printf ("SELECT '%s' IN (SELECT '%s') AND"
                                                      " (SELECT sql FROM sqlite_schema WHERE name = '%s') LIKE '%%''%s''%%'",
                                                      enum_class->values[v].value_nick,
                                                      enum_class->values[v].value_nick,
                                                      table, enum_class->values[v].value_nick);
              sqlite3_stmt *stmt = NULL;

              g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
              g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
              if (sqlite3_column_int (stmt, 0) != 1)
                g_error ("%s.%s does not allow '%s'", table, column, enum_class->values[v].value_nick);
              sqlite3_finalize (stmt);
              checked++;
            }
        }
    }
  g_assert_cmpuint (checked, >, 50);
  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schema/columns-match-fields", test_columns_match_fields);
  g_test_add_func ("/schema/choices-accepted", test_choices_accepted);

  return g_test_run ();
}
