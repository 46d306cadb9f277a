/* sg-sqlite-improve.c: the updates to schema versions 5 and 6
 *
 * Before version 5 a finding named what it concerns as text ("8.13"), a
 * nonconformity held its corrective action and a management review its
 * actions as free text. The update links the finding to the clause or the
 * Annex A control its text names (the text is kept in the evidence when
 * it names neither), makes an Action of each corrective action and of
 * each line of a review's actions, and writes a history line for every
 * record it changes or makes, so the chain still holds.
 *
 * Before version 6 a person typed a clause requirement's status by hand;
 * since, readiness is computed and a person's word is an override of it.
 * A status typed as fulfilled or in progress becomes an override (met,
 * partly met) with a note saying where it came from, so it is shown and
 * nothing a person claimed is lost silently. An objective's target in
 * words gets its number and direction where the words give them.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include <string.h>

#include "sg-history-chain.h"
#include "sg-sqlite-chain.h"
#include "sg-sqlite-improve.h"
#include "sg-sqlite-migrate.h"

typedef struct
{
  sqlite3    *db;
  int         version;
  char       *now;
  char       *by;
  guint       last_action;
} Update;

static gboolean
failed (sqlite3  *db,
        GError  **error)
{
  g_set_error (error, SG_SQLITE_ERROR, sqlite3_extended_errcode (db), "%s", sqlite3_errmsg (db));
  return FALSE;
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static gboolean
write_line (Update      *u,
            const char  *table,
            gint64       id,
            const char  *ref,
            SgHistoryAction action,
            const char  *field,
            const char  *old_value,
            const char  *new_value,
            GError     **error)
{
  SgStoreHistoryRow row = {
    .table = table,
    .record_id = id,
    .record_ref = ref,
    .action = action,
    .field = field,
    .old_value = old_value,
    .new_value = new_value,
    .changed_at = u->now,
    .changed_by = u->by,
  };

  return sg_sqlite_chain_append (u->db, u->version, &row, error);
}

/* Whether @table has @column: a register made new has none of the old
 * text columns. */
static gboolean
has_column (sqlite3    *db,
            const char *table,
            const char *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM pragma_table_info ('%s') WHERE name = '%s'",
                                          table, column);
  sqlite3_stmt *stmt = NULL;
  gboolean found;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  return found;
}

/* The id of the record of @table whose ref is @ref; 0 if none. */
static gint64
find_ref (sqlite3    *db,
          const char *table,
          const char *ref)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM \"%s\" WHERE ref = ?", table);
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return 0;
  sqlite3_bind_text (stmt, 1, ref, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

/* "A.8.13", "a 8.13", "Clause 9.2", " 7.5.3 " → the number, and whether
 * the text said it is an Annex A control. */
static char *
clause_number (const char *text,
               gboolean   *annex)
{
  g_autofree char *tidy = g_strstrip (g_strdup (text));
  const char *p = tidy;

  *annex = FALSE;
  if (g_ascii_strncasecmp (p, "clause", 6) == 0)
    p += 6;
  else if ((p[0] == 'A' || p[0] == 'a') && (p[1] == '.' || p[1] == ' '))
    {
      *annex = TRUE;
      p += 2;
    }
  while (*p == ' ' || *p == '.')
    p++;
  return g_strdup (p);
}

static gboolean
link_findings (Update  *u,
               GError **error)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3_stmt *set = NULL;
  gboolean ok = TRUE;
  int rc;

  if (sqlite3_prepare_v2 (u->db, "SELECT id, ref, clause FROM finding WHERE clause IS NOT NULL ORDER BY id",
                          -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (u->db, "UPDATE finding SET requirement = NULLIF (?1, 0), control = NULLIF (?2, 0),"
                                 " evidence = CASE WHEN ?1 = 0 AND ?2 = 0 AND TRIM (?3) <> ''"
                                 " THEN COALESCE (evidence || char (10) || char (10), '') || ?3"
                                 " ELSE evidence END WHERE id = ?4", -1, &set, NULL) != SQLITE_OK)
    {
      sqlite3_finalize (stmt);
      return failed (u->db, error);
    }
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_autofree char *ref = g_strdup (column_text (stmt, 1));
      g_autofree char *text = g_strdup (column_text (stmt, 2));
      gboolean annex;
      g_autofree char *number = clause_number (text, &annex);
      gint64 requirement = annex ? 0 : find_ref (u->db, "requirement", number);
      gint64 control = requirement != 0 ? 0 : find_ref (u->db, "control", number);

      sqlite3_reset (set);
      sqlite3_bind_int64 (set, 1, requirement);
      sqlite3_bind_int64 (set, 2, control);
      sqlite3_bind_text (set, 3, text, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (set, 4, id);
      ok = sqlite3_step (set) == SQLITE_DONE || failed (u->db, error);
      ok = ok && write_line (u, "finding", id, ref, SG_HISTORY_CHANGE, "clause", text,
                             requirement || control ? number : NULL, error);
    }
  sqlite3_finalize (stmt);
  sqlite3_finalize (set);
  return ok;
}

/* Makes one Action, with its own history line. */
static gboolean
add_action (Update      *u,
            const char  *title,
            const char  *description,
            const char  *source,
            const char  *parent_column,
            gint64       parent,
            gint64       owner,
            const char  *raised_on,
            const char  *due_date,
            const char  *status,
            GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO action (ref, title, description, source, \"%s\","
                                          " owner, raised_on, due_date, status, created, updated)"
                                          " VALUES (?, ?, ?, ?, ?, NULLIF (?, 0), ?, ?, ?, ?, ?)",
                                          parent_column);
  g_autofree char *ref = g_strdup_printf ("ACT-%03u", ++u->last_action);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (u->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return failed (u->db, error);
  sqlite3_bind_text (stmt, 1, ref, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, description, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, source, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, parent);
  sqlite3_bind_int64 (stmt, 6, owner);
  sqlite3_bind_text (stmt, 7, raised_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, due_date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, status, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, u->now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, u->now, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return failed (u->db, error);
  return write_line (u, "action", sqlite3_last_insert_rowid (u->db), ref, SG_HISTORY_CREATE,
                     NULL, NULL, NULL, error);
}

/* A title of one line: the first line of @text, the rest its description. */
static char *
first_line (const char *text,
            gboolean   *more)
{
  g_autofree char *tidy = g_strstrip (g_strdup (text));
  const char *end = strchr (tidy, '\n');

  *more = end != NULL;
  return g_strstrip (end ? g_strndup (tidy, (gsize) (end - tidy)) : g_strdup (tidy));
}

static gboolean
nonconformity_actions (Update  *u,
                       GError **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;
  int rc;

  if (sqlite3_prepare_v2 (u->db, "SELECT id, ref, corrective_action, owner, raised_on, due_date, status"
                                 " FROM nonconformity WHERE corrective_action IS NOT NULL ORDER BY id",
                          -1, &stmt, NULL) != SQLITE_OK)
    return failed (u->db, error);
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *text = column_text (stmt, 2);
      const char *nc_status = column_text (stmt, 6);
      /* A nonconformity awaiting verification or closed had its action done. */
      const char *status = g_strcmp0 (nc_status, "in-progress") == 0 ? "in-progress"
                           : g_strcmp0 (nc_status, "open") == 0 ? "open" : "done";
      gboolean more;
      g_autofree char *title = first_line (text, &more);

      if (*title != '\0')
        ok = add_action (u, title, more ? text : NULL, "nonconformity", "nonconformity", id,
                         sqlite3_column_int64 (stmt, 3), column_text (stmt, 4),
                         column_text (stmt, 5), status, error);
      ok = ok && write_line (u, "nonconformity", id, column_text (stmt, 1), SG_HISTORY_CHANGE,
                             "corrective-action", text, NULL, error);
    }
  sqlite3_finalize (stmt);
  return ok;
}

/* "- Book the audit", "• Book the audit", "2. Book the audit" → "Book the audit" */
static const char *
without_bullet (const char *line)
{
  const char *p = line;

  if (g_str_has_prefix (p, "- ") || g_str_has_prefix (p, "* "))
    return p + 2;
  if (g_str_has_prefix (p, "• "))
    return p + strlen ("• ");
  while (g_ascii_isdigit (*p))
    p++;
  if (p != line && (*p == '.' || *p == ')') && p[1] == ' ')
    return p + 2;
  return line;
}

static gboolean
review_actions (Update  *u,
                GError **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;
  int rc;

  if (sqlite3_prepare_v2 (u->db, "SELECT id, ref, actions, date FROM management_review"
                                 " WHERE actions IS NOT NULL ORDER BY id", -1, &stmt, NULL) != SQLITE_OK)
    return failed (u->db, error);
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *text = column_text (stmt, 2);
      g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

      for (guint i = 0; ok && lines[i] != NULL; i++)
        {
          g_autofree char *line = g_strstrip (g_strdup (lines[i]));
          const char *title = without_bullet (line);

          if (*title != '\0')
            ok = add_action (u, title, NULL, "management-review", "review", id, 0,
                             column_text (stmt, 3), NULL, "open", error);
        }
      ok = ok && write_line (u, "management_review", id, column_text (stmt, 1), SG_HISTORY_CHANGE,
                             "actions", text, NULL, error);
    }
  sqlite3_finalize (stmt);
  return ok;
}

/* Version 6: "fulfilled" → override met, "in progress" → partly met. */
static gboolean
requirement_overrides (Update  *u,
                       GError **error)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3_stmt *update = NULL;
  gboolean ok = TRUE;

  if (sqlite3_prepare_v2 (u->db, "SELECT id, ref, status FROM requirement"
                                 " WHERE status IN ('fulfilled', 'in-progress') ORDER BY id",
                          -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (u->db, "UPDATE requirement SET override = ?, override_note = ? WHERE id = ?",
                          -1, &update, NULL) != SQLITE_OK)
    {
      ok = failed (u->db, error);
      goto out;
    }
  while (ok && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *ref = column_text (stmt, 1);
      gboolean fulfilled = g_strcmp0 (column_text (stmt, 2), "fulfilled") == 0;
      const char *override = fulfilled ? "met" : "partly";
      /* Kept in English like every text the update writes: it is history,
       * not a label. */
      const char *note = fulfilled ? "Marked fulfilled by hand before Safeguard computed readiness."
                                   : "Marked in progress by hand before Safeguard computed readiness.";

      sqlite3_reset (update);
      sqlite3_bind_text (update, 1, override, -1, SQLITE_STATIC);
      sqlite3_bind_text (update, 2, note, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (update, 3, id);
      if (sqlite3_step (update) != SQLITE_DONE)
        ok = failed (u->db, error);
      ok = ok && write_line (u, "requirement", id, ref, SG_HISTORY_CHANGE, "override", "none",
                             override, error);
      ok = ok && write_line (u, "requirement", id, ref, SG_HISTORY_CHANGE, "override-note", NULL,
                             note, error);
    }
out:
  sqlite3_finalize (update);
  sqlite3_finalize (stmt);
  return ok;
}

/* The first number in a target in words ("≥ 95 %", "under 5 per month",
 * "99,9"), and whether the words say it is a ceiling. */
static gboolean
target_number (const char *text,
               double     *value,
               gboolean   *at_most)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  static const char *const ceilings[] = {
    "<", "≤", "below", "under", "at most", "less", "fewer", "max", "no more",
    "unter", "höchstens", "weniger", "maximal", "nicht mehr",
  };
  const char *p = lower;

  while (*p != '\0' && !g_ascii_isdigit (*p))
    p++;
  if (*p == '\0')
    return FALSE;
  {
    g_autofree char *number = g_strdup (p);
    char *end;

    for (char *c = number; *c != '\0'; c++)
      if (*c == ',')
        *c = '.';
    *value = g_ascii_strtod (number, &end);
    if (end == number)
      return FALSE;
  }
  *at_most = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (ceilings); i++)
    if (strstr (lower, ceilings[i]) != NULL)
      *at_most = TRUE;
  return TRUE;
}

static gboolean
objective_targets (Update  *u,
                   GError **error)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3_stmt *update = NULL;
  gboolean ok = TRUE;

  if (sqlite3_prepare_v2 (u->db, "SELECT id, ref, target FROM objective"
                                 " WHERE target IS NOT NULL ORDER BY id",
                          -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (u->db, "UPDATE objective SET target_value = ?, target_direction = ?"
                                 " WHERE id = ?",
                          -1, &update, NULL) != SQLITE_OK)
    {
      ok = failed (u->db, error);
      goto out;
    }
  while (ok && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *ref = column_text (stmt, 1);
      double value;
      gboolean at_most;
      char number[G_ASCII_DTOSTR_BUF_SIZE];
      const char *direction;

      if (!target_number (column_text (stmt, 2), &value, &at_most))
        continue;
      direction = at_most ? "at-most" : "at-least";
      sqlite3_reset (update);
      sqlite3_bind_double (update, 1, value);
      sqlite3_bind_text (update, 2, direction, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (update, 3, id);
      if (sqlite3_step (update) != SQLITE_DONE)
        ok = failed (u->db, error);
      g_ascii_dtostr (number, sizeof number, value);
      ok = ok && write_line (u, "objective", id, ref, SG_HISTORY_CHANGE, "target-value", "0",
                             number, error);
      ok = ok && write_line (u, "objective", id, ref, SG_HISTORY_CHANGE, "target-direction", "none",
                             direction, error);
    }
out:
  sqlite3_finalize (update);
  sqlite3_finalize (stmt);
  return ok;
}

/* A status a person gave an objective before version 6 stays theirs: it
 * is marked as set by hand, so that the readings do not replace it
 * unseen. The detail pane shows what the readings would say beside it. */
static gboolean
objective_statuses (Update  *u,
                    GError **error)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3_stmt *update = NULL;
  gboolean ok = TRUE;

  if (sqlite3_prepare_v2 (u->db, "SELECT id, ref FROM objective"
                                 " WHERE status IS NOT NULL AND status <> 'not-started' ORDER BY id",
                          -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (u->db, "UPDATE objective SET status_set_by_hand = 1 WHERE id = ?",
                          -1, &update, NULL) != SQLITE_OK)
    {
      ok = failed (u->db, error);
      goto out;
    }
  while (ok && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      sqlite3_reset (update);
      sqlite3_bind_int64 (update, 1, id);
      if (sqlite3_step (update) != SQLITE_DONE)
        ok = failed (u->db, error);
      ok = ok && write_line (u, "objective", id, column_text (stmt, 1), SG_HISTORY_CHANGE,
                             "status-set-by-hand", "false", "true", error);
    }
out:
  sqlite3_finalize (update);
  sqlite3_finalize (stmt);
  return ok;
}

gboolean
sg_sqlite_improve (sqlite3  *db,
                   int       version,
                   GError  **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *by = g_strdup_printf ("Safeguard (update to version %d)", version);
  Update u = { db, version, stamp, by, 0 };

  if (version == 6)
    return (!has_column (db, "requirement", "status") || requirement_overrides (&u, error)) &&
           objective_targets (&u, error) && objective_statuses (&u, error);
  return (!has_column (db, "finding", "clause") || link_findings (&u, error)) &&
         (!has_column (db, "nonconformity", "corrective_action") || nonconformity_actions (&u, error)) &&
         (!has_column (db, "management_review", "actions") || review_actions (&u, error));
}
