/* sg-sqlite-check.c: what a register holds, checked before it is opened —
 * readable pages, the constraints, the links and the risk method
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-sqlite-check.h"
#include "sg-store-backend.h"

static gboolean
content_error (const char  *path,
               GError     **error,
               const char  *what)
{
  g_autofree char *name = g_filename_display_basename (path);

  /* Translators: the second %s says what is wrong, e.g. "the likelihood
   * scale of the risk method is empty" */
  g_set_error (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID,
               _("“%s” cannot be opened because its content breaks the rules of a register: %s. "
                 "Restore it from a backup."), name, what);
  return FALSE;
}

/* The CHECK expressions of a table's definition: "CHECK (" up to its
 * closing parenthesis, quotes respected. */
static void
collect_checks (const char *sql,
                GString    *where)
{
  const char *at = sql;

  while ((at = strstr (at, "CHECK (")) != NULL)
    {
      const char *start = at + strlen ("CHECK ");
      const char *p = start;
      int depth = 0;
      char quote = 0;

      for (; *p != '\0'; p++)
        {
          if (quote != 0)
            {
              if (*p == quote)
                quote = 0;
            }
          else if (*p == '\'' || *p == '"')
            quote = *p;
          else if (*p == '(')
            depth++;
          else if (*p == ')' && --depth == 0)
            break;
        }
      if (*p == '\0')
        return;
      g_string_append_printf (where, "%sNOT %.*s", where->len > 0 ? " OR " : "",
                              (int) (p - start + 1), start);
      at = p;
    }
}

/* SQLite's own check leaves CHECK constraints out on a connection that
 * cannot write, so they are tested here: one scan of each table. */
static gboolean
check_constraints (sqlite3     *db,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(GPtrArray) queries = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT name, sql FROM sqlite_schema WHERE type = 'table'"
                               " AND sql LIKE '%CHECK (%'", -1, &stmt, NULL);
  while (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GString) where = g_string_new (NULL);
      const char *name = (const char *) sqlite3_column_text (stmt, 0);

      collect_checks ((const char *) sqlite3_column_text (stmt, 1), where);
      if (where->len == 0)
        continue;
      g_ptr_array_add (tables, g_strdup (name));
      g_ptr_array_add (queries, g_strdup_printf ("SELECT 1 FROM \"%s\" WHERE %s LIMIT 1", name, where->str));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    return sg_store_file_error (error, SG_STORE_ERROR_CORRUPT, path);

  for (guint i = 0; i < queries->len; i++)
    {
      rc = sqlite3_prepare_v2 (db, g_ptr_array_index (queries, i), -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_step (stmt);
      sqlite3_finalize (stmt);
      if (rc == SQLITE_ROW)
        {
          /* Translators: %s is a table, "risk" */
          g_autofree char *what = g_strdup_printf (_("a value in “%s” is not one the register allows"),
                                                   (const char *) g_ptr_array_index (tables, i));

          return content_error (path, error, what);
        }
      if (rc != SQLITE_DONE)
        return sg_store_file_error (error, SG_STORE_ERROR_CORRUPT, path);
    }
  return TRUE;
}

/* A register with the right tables can still hold what Safeguard never
 * writes: a damaged page, a value its column forbids, a link to nothing,
 * an empty risk scale. Found here, it is refused in words; found later, it
 * would fail an export or break the window. */
gboolean
sg_sqlite_check_content (sqlite3     *db,
                         const char  *path,
                         GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *problem = NULL;
  char *table = NULL;
  int rc;

  /* quick_check: every page and row is readable, and every NOT NULL and
   * CHECK holds; it leaves out matching each index to its table. */
  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    problem = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW || problem == NULL)
    return sg_store_file_error (error, SG_STORE_ERROR_CORRUPT, path);
  if (!g_str_equal (problem, "ok"))
    {
      g_debug ("quick_check: %s", problem);
      if (g_str_has_prefix (problem, "NULL value in "))
        {
          g_autofree char *what = NULL;

          table = problem + strlen ("NULL value in ");
          /* Translators: %s is a table and column, "risk.ref" */
          what = g_strdup_printf (_("“%s” is empty where a value is required"), table);
          return content_error (path, error, what);
        }
      if (g_str_has_prefix (problem, "CHECK constraint failed in "))
        {
          g_autofree char *what = NULL;

          table = problem + strlen ("CHECK constraint failed in ");
          /* Translators: %s is a table, "risk" */
          what = g_strdup_printf (_("a value in “%s” is not one the register allows"), table);
          return content_error (path, error, what);
        }
      return sg_store_file_error (error, SG_STORE_ERROR_CORRUPT, path);
    }
  if (!check_constraints (db, path, error))
    return FALSE;

  rc = sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *what =
        /* Translators: the %s are tables, "risk_controls" and "control" */
        g_strdup_printf (_("a row of “%s” links to a record of “%s” that does not exist"),
                         (const char *) sqlite3_column_text (stmt, 0),
                         (const char *) sqlite3_column_text (stmt, 2));

      sqlite3_finalize (stmt);
      return content_error (path, error, what);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return sg_store_file_error (error, SG_STORE_ERROR_CORRUPT, path);

  /* The risk method: each scale starts at 1 (the levels it has are those
   * numbered 1…n without a gap), and there is a risk level for the matrix
   * to name. */
  rc = sqlite3_prepare_v2 (db,
                           "SELECT NOT EXISTS (SELECT 1 FROM scale_level"
                           "                   WHERE axis = 'likelihood' AND value = 1),"
                           "       NOT EXISTS (SELECT 1 FROM scale_level"
                           "                   WHERE axis = 'impact' AND value = 1),"
                           "       (SELECT COUNT(*) = 0 FROM risk_level)", -1, &stmt, NULL);
  if (rc != SQLITE_OK || sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_finalize (stmt);
      return sg_store_file_error (error, SG_STORE_ERROR_CORRUPT, path);
    }
  {
    gboolean bad_likelihood = sqlite3_column_int (stmt, 0);
    gboolean bad_impact = sqlite3_column_int (stmt, 1);
    gboolean no_levels = sqlite3_column_int (stmt, 2);

    sqlite3_finalize (stmt);
    if (bad_likelihood)
      return content_error (path, error, _("the likelihood scale of the risk method is empty"));
    if (bad_impact)
      return content_error (path, error, _("the impact scale of the risk method is empty"));
    if (no_levels)
      return content_error (path, error, _("the risk method has no risk levels"));
  }
  return TRUE;
}
