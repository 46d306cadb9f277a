/* sg-sqlite-schema.c: the register's tables, generated from the record classes
 *
 * One table per kind (SgRecordClass.table), one column per stored field
 * (property name with '-' → '_'), a table <table>_<field>(record_id,
 * target_id) per link field, an index per reference and per link target.
 * Enumerations are checked with OR chains, not IN lists: SQLite builds a
 * temporary table for an IN list of more than two values on every INSERT,
 * which cost a third of the time of adding a risk.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include "sg-kinds.h"
#include "sg-sqlite-schema.h"

const char sg_sqlite_history_sql[] =
  "CREATE TABLE history (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  record_table TEXT NOT NULL,\n"
  "  record_id INTEGER NOT NULL,\n"
  "  record_ref TEXT,\n"
  "  action TEXT NOT NULL CHECK (action = 'create' OR action = 'change' OR action = 'delete' OR action = 'restore' OR action = 'chain'),\n"
  "  field TEXT,\n"
  "  old_value TEXT,\n"
  "  new_value TEXT,\n"
  "  changed_at TEXT NOT NULL,\n"
  "  changed_by TEXT NOT NULL,\n"
  "  state TEXT,\n"
  "  hash TEXT\n"
  ");\n"
  "CREATE INDEX history_by_record ON history (record_table, record_id);\n";

static gboolean
is_record_own (GParamSpec *pspec)
{
  return pspec->owner_type == SG_TYPE_RECORD;
}

static const char *
target_table (GParamSpec *pspec)
{
  g_autoptr(SgRecordClass) target = g_type_class_ref (sg_field_get_target (pspec));

  /* Class data outlives the reference: every kind's class is kept. */
  return sg_record_class_get_table (target);
}

static void
append_date_check (GString    *out,
                   const char *column)
{
  g_string_append_printf (out, " CHECK (%s IS NULL OR %s GLOB "
                          "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')", column, column);
}

char *
sg_sqlite_schema_column (SgRecordClass *klass,
                         GParamSpec    *pspec)
{
  g_autofree char *column = sg_field_get_column (pspec);
  GString *out;

  g_return_val_if_fail (SG_IS_RECORD_CLASS (klass), NULL);

  if (is_record_own (pspec))
    {
      if (g_str_equal (column, "ref"))
        return g_strdup (sg_record_class_get_refs_optional (klass) ? "ref TEXT" : "ref TEXT NOT NULL UNIQUE");
      /* created, updated: the store sets them on every write. */
      return g_strdup_printf ("%s TEXT NOT NULL", column);
    }

  out = g_string_new (column);
  switch (sg_field_get_kind (pspec))
    {
    case SG_FIELD_TEXT:
    case SG_FIELD_LONG_TEXT:
      g_string_append (out, " TEXT");
      break;
    case SG_FIELD_DATE:
      g_string_append (out, " TEXT");
      append_date_check (out, column);
      break;
    case SG_FIELD_TIMESTAMP:
      g_string_append (out, " TEXT NOT NULL");
      break;
    case SG_FIELD_COLOUR:
      g_string_append_printf (out, " TEXT NOT NULL DEFAULT '%s' CHECK (%s GLOB '#", 
                              G_PARAM_SPEC_STRING (pspec)->default_value, column);
      for (guint i = 0; i < 6; i++)
        g_string_append (out, "[0-9a-fA-F]");
      g_string_append (out, "')");
      break;
    case SG_FIELD_NUMBER:
    case SG_FIELD_LIKELIHOOD:
    case SG_FIELD_IMPACT:
      {
        GParamSpecInt *ip = G_PARAM_SPEC_INT (pspec);

        g_string_append_printf (out, " INTEGER NOT NULL DEFAULT %d", ip->default_value);
        if (ip->minimum != G_MININT || ip->maximum != G_MAXINT)
          g_string_append_printf (out, " CHECK (%s BETWEEN %d AND %d)",
                                  column, ip->minimum, ip->maximum);
      }
      break;
    case SG_FIELD_DECIMAL:
      g_string_append (out, " REAL NOT NULL DEFAULT 0");
      break;
    case SG_FIELD_BOOLEAN:
      g_string_append_printf (out, " INTEGER NOT NULL DEFAULT %d CHECK (%s IN (0, 1))",
                              G_PARAM_SPEC_BOOLEAN (pspec)->default_value ? 1 : 0, column);
      break;
    case SG_FIELD_CHOICE:
      {
        GParamSpecEnum *ep = G_PARAM_SPEC_ENUM (pspec);
        GEnumClass *enum_class = ep->enum_class;
        GEnumValue *def = g_enum_get_value (enum_class, ep->default_value);

        g_string_append_printf (out, " TEXT NOT NULL DEFAULT '%s'\n    CHECK (", def->value_nick);
        for (guint v = 0; v < enum_class->n_values; v++)
          g_string_append_printf (out, "%s%s = '%s'", v > 0 ? " OR " : "",
                                  column, enum_class->values[v].value_nick);
        g_string_append_c (out, ')');
      }
      break;
    case SG_FIELD_REFERENCE:
      g_string_append_printf (out, " INTEGER REFERENCES %s (id) ON DELETE %s",
                              target_table (pspec),
                              sg_field_is_parent (pspec) ? "CASCADE" : "SET NULL");
      break;
    case SG_FIELD_LINKS:
      g_string_free (out, TRUE);
      return NULL;
    default:
      g_assert_not_reached ();
    }
  return g_string_free (out, FALSE);
}

static void
add_field_extras (GPtrArray     *tables,
                  GPtrArray     *indexes,
                  SgRecordClass *klass,
                  GParamSpec    *pspec)
{
  const char *table = sg_record_class_get_table (klass);
  g_autofree char *column = sg_field_get_column (pspec);

  switch (sg_field_get_kind (pspec))
    {
    case SG_FIELD_LINKS:
      g_ptr_array_add (tables, g_strdup_printf (
        "CREATE TABLE %s_%s (\n"
        "  record_id INTEGER NOT NULL REFERENCES %s (id) ON DELETE CASCADE,\n"
        "  target_id INTEGER NOT NULL REFERENCES %s (id) ON DELETE CASCADE,\n"
        "  PRIMARY KEY (record_id, target_id)\n"
        ") WITHOUT ROWID", table, column, table, target_table (pspec)));
      g_ptr_array_add (indexes, g_strdup_printf ("CREATE INDEX %s_%s_by_target ON %s_%s (target_id)",
                                                 table, column, table, column));
      break;
    case SG_FIELD_REFERENCE:
      if (!is_record_own (pspec))
        g_ptr_array_add (indexes, g_strdup_printf ("CREATE INDEX %s_by_%s ON %s (%s)",
                                                   table, column, table, column));
      break;
    case SG_FIELD_TEXT:
    case SG_FIELD_LONG_TEXT:
    case SG_FIELD_DATE:
    case SG_FIELD_TIMESTAMP:
    case SG_FIELD_COLOUR:
    case SG_FIELD_NUMBER:
    case SG_FIELD_DECIMAL:
    case SG_FIELD_BOOLEAN:
    case SG_FIELD_CHOICE:
    case SG_FIELD_LIKELIHOOD:
    case SG_FIELD_IMPACT:
      break;
    default:
      g_assert_not_reached ();
    }
}

GPtrArray *
sg_sqlite_schema_kind (SgRecordClass *klass,
                       guint          version)
{
  GPtrArray *statements = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) indexes = g_ptr_array_new_with_free_func (g_free);
  const char * const *constraints = sg_record_class_get_constraints (klass);
  GString *create = g_string_new (NULL);
  guint n_fields;
  GParamSpec **fields = sg_record_class_list_fields (klass, &n_fields);

  g_return_val_if_fail (SG_IS_RECORD_CLASS (klass), NULL);

  g_string_append_printf (create, "CREATE TABLE %s (\n  id INTEGER PRIMARY KEY",
                          sg_record_class_get_table (klass));
  g_ptr_array_add (statements, NULL);  /* the table comes first: filled below */
  for (guint f = 0; f < n_fields; f++)
    {
      g_autofree char *column = NULL;

      if (sg_field_get_since (fields[f]) > version)
        continue;
      column = sg_sqlite_schema_column (klass, fields[f]);
      if (column != NULL)
        g_string_append_printf (create, ",\n  %s", column);
      add_field_extras (statements, indexes, klass, fields[f]);
    }
  for (guint c = 0; constraints != NULL && constraints[c] != NULL; c++)
    g_string_append_printf (create, ",\n  %s", constraints[c]);
  g_string_append (create, "\n)");

  statements->pdata[0] = g_string_free (create, FALSE);
  g_ptr_array_extend_and_steal (statements, g_steal_pointer (&indexes));
  return statements;
}

GPtrArray *
sg_sqlite_schema_add_field (SgRecordClass *klass,
                            GParamSpec    *pspec)
{
  GPtrArray *statements = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) indexes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *column = sg_sqlite_schema_column (klass, pspec);

  if (column != NULL)
    g_ptr_array_add (statements, g_strdup_printf ("ALTER TABLE %s ADD COLUMN %s",
                                                  sg_record_class_get_table (klass), column));
  add_field_extras (statements, indexes, klass, pspec);
  g_ptr_array_extend_and_steal (statements, g_steal_pointer (&indexes));
  return statements;
}

char *
sg_sqlite_schema_statement_name (const char *sql)
{
  /* "CREATE TABLE name (" or "CREATE INDEX name ON …" */
  g_auto(GStrv) words = g_strsplit (sql, " ", 4);

  g_return_val_if_fail (g_strv_length (words) >= 3, NULL);
  return g_strdup (words[2]);
}

GPtrArray *
sg_sqlite_schema_all (void)
{
  GPtrArray *all = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) history = g_strsplit (sg_sqlite_history_sql, ";\n", -1);
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);

  for (guint i = 0; history[i] != NULL; i++)
    if (*history[i] != '\0')
      g_ptr_array_add (all, g_strdup (history[i]));
  for (guint k = 0; k < n_kinds; k++)
    {
      g_autoptr(GPtrArray) statements = sg_sqlite_schema_kind (g_type_class_peek (kinds[k]), G_MAXUINT);

      g_ptr_array_extend_and_steal (all, g_steal_pointer (&statements));
    }
  return all;
}

GHashTable *
sg_sqlite_schema_expected (void)
{
  GHashTable *expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) all = sg_sqlite_schema_all ();

  for (guint i = 0; i < all->len; i++)
    g_hash_table_insert (expected, sg_sqlite_schema_statement_name (g_ptr_array_index (all, i)),
                         g_strdup (g_ptr_array_index (all, i)));
  return expected;
}
