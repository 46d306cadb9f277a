/* sg-competence.c: a person's roles, competence evidence, awareness and policy acknowledgement (clauses 7.2, 7.3)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-competence"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "sg-awareness-activity.h"
#include "sg-competence-record.h"
#include "sg-competence.h"
#include "sg-field-codec.h"
#include "sg-person.h"
#include "sg-role.h"

#define COMPLETED_ON "completed-on"
#define RECORD_ROLE  "role"

static gint months_current = SG_COMPETENCE_DEFAULT_MONTHS;

guint
sg_competence_get_months (void)
{
  return (guint) g_atomic_int_get (&months_current);
}

void
sg_competence_set_months (guint months)
{
  g_return_if_fail (months >= 1);

  g_atomic_int_set (&months_current, (gint) months);
}

/* @today less @months months, the day clamped to the month's end. */
static char *
months_before (const char *today,
               guint       months)
{
  guint y, m, d;
  int total;

  if (today == NULL || sscanf (today, "%4u-%2u-%2u", &y, &m, &d) != 3 || m < 1 || m > 12)
    return g_strdup ("0000-00-00");
  total = (int) y * 12 + (int) m - 1 - (int) months;
  y = (guint) (total / 12);
  m = (guint) (total % 12) + 1;
  if (y < 1)
    return g_strdup ("0000-00-00");
  d = MIN (d, g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y));
  return g_strdup_printf ("%04u-%02u-%02u", y, m, d);
}

static const char *
peek_date (SgRecord   *record,
           const char *field)
{
  const char *date = sg_record_peek_string (record, field);

  return date != NULL && *date != '\0' ? date : NULL;
}

static gboolean
links_contain (SgRecord   *record,
               const char *field,
               gint64      id)
{
  GVariant *links = sg_record_peek_links (record, field);
  const gint64 *ids;
  gsize n = 0;

  if (links == NULL)
    return FALSE;
  ids = g_variant_get_fixed_array (links, &n, sizeof (gint64));
  for (gsize i = 0; i < n; i++)
    if (ids[i] == id)
      return TRUE;
  return FALSE;
}

/* Newest first; undated last. */
static int
compare_dates_desc (const char *a,
                    const char *b)
{
  if (a == NULL || b == NULL)
    return a == b ? 0 : a == NULL ? 1 : -1;
  return -strcmp (a, b);
}

static int
compare_evidence (gconstpointer pa,
                  gconstpointer pb)
{
  SgRecord *a = *(SgRecord **) pa;
  SgRecord *b = *(SgRecord **) pb;
  int cmp = compare_dates_desc (peek_date (a, COMPLETED_ON), peek_date (b, COMPLETED_ON));

  return cmp != 0 ? cmp : g_strcmp0 (sg_record_get_ref (a), sg_record_get_ref (b));
}

static int
compare_activities (gconstpointer pa,
                    gconstpointer pb)
{
  SgRecord *a = *(SgRecord **) pa;
  SgRecord *b = *(SgRecord **) pb;
  int cmp = compare_dates_desc (peek_date (a, SG_AWARENESS_ACTIVITY_HELD_ON),
                                peek_date (b, SG_AWARENESS_ACTIVITY_HELD_ON));

  return cmp != 0 ? cmp : g_strcmp0 (sg_record_get_ref (a), sg_record_get_ref (b));
}

static int
compare_roles (gconstpointer pa,
               gconstpointer pb)
{
  const SgCompetenceRole *a = pa;
  const SgCompetenceRole *b = pb;

  return g_strcmp0 (sg_record_get_ref (a->role), sg_record_get_ref (b->role));
}

static void
clear_role (gpointer data)
{
  SgCompetenceRole *role = data;

  g_clear_pointer (&role->evidence, g_ptr_array_unref);
}

static void
add_gap (SgCompetenceSummary *summary,
         SgCompetenceGapKind  kind,
         SgRecord            *role,
         SgRecord            *record)
{
  SgCompetenceGap gap = { kind, role, record };

  g_array_append_val (summary->gaps, gap);
}

/* An evidence gap per role, then awareness, then the policy. */
static void
find_gaps (SgCompetenceSummary *summary,
           const char          *today)
{
  SgRecord *last = NULL;

  for (guint i = 0; i < summary->roles->len; i++)
    {
      SgCompetenceRole *role = &g_array_index (summary->roles, SgCompetenceRole, i);
      SgRecord *newest;
      const char *date;

      if (role->evidence->len == 0)
        {
          add_gap (summary, SG_COMPETENCE_GAP_NO_EVIDENCE, role->role, NULL);
          continue;
        }
      newest = g_ptr_array_index (role->evidence, 0);
      date = peek_date (newest, COMPLETED_ON);
      if (date == NULL || strcmp (date, summary->since) < 0)
        add_gap (summary, SG_COMPETENCE_GAP_STALE_EVIDENCE, role->role, newest);
    }

  /* An activity planned for later has not been taken part in yet. */
  for (guint i = 0; i < summary->activities->len && last == NULL; i++)
    {
      SgRecord *activity = g_ptr_array_index (summary->activities, i);
      const char *held = peek_date (activity, SG_AWARENESS_ACTIVITY_HELD_ON);

      if (held != NULL && strcmp (held, today) <= 0)
        last = activity;
    }
  if (last == NULL || strcmp (peek_date (last, SG_AWARENESS_ACTIVITY_HELD_ON), summary->since) < 0)
    add_gap (summary, SG_COMPETENCE_GAP_NO_AWARENESS, NULL, last);

  if (summary->acknowledged == NULL)
    add_gap (summary, SG_COMPETENCE_GAP_POLICY_NEVER, NULL, NULL);
  else if (strcmp (summary->acknowledged, summary->since) < 0)
    add_gap (summary, SG_COMPETENCE_GAP_POLICY_OLD, NULL, NULL);
}

SgCompetenceSummary *
sg_competence_summarise (SgStore    *store,
                         SgRecord   *person,
                         const char *today,
                         guint       months)
{
  g_autofree char *now = NULL;
  SgCompetenceSummary *summary;
  SgRecord *const *all;
  gint64 id;
  guint n;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_PERSON (person), NULL);
  g_return_val_if_fail (months >= 1, NULL);

  if (today == NULL)
    today = now = sg_date_today ();
  id = sg_record_get_id (person);
  summary = g_new0 (SgCompetenceSummary, 1);
  summary->person = person;
  summary->since = months_before (today, months);
  summary->roles = g_array_new (FALSE, TRUE, sizeof (SgCompetenceRole));
  g_array_set_clear_func (summary->roles, clear_role);
  summary->other = g_ptr_array_new ();
  summary->activities = g_ptr_array_new ();
  summary->gaps = g_array_new (FALSE, TRUE, sizeof (SgCompetenceGap));
  summary->acknowledged = peek_date (person, SG_PERSON_POLICY_ACKNOWLEDGED_ON);

  all = sg_store_peek_records (store, SG_TYPE_ROLE, &n);
  for (guint i = 0; i < n; i++)
    {
      gboolean holder = sg_record_peek_int64 (all[i], SG_ROLE_HOLDER) == id;
      gboolean deputy = sg_record_peek_int64 (all[i], SG_ROLE_DEPUTY) == id;

      if (holder || deputy)
        {
          SgCompetenceRole role = { all[i], !holder, g_ptr_array_new () };

          g_array_append_val (summary->roles, role);
        }
    }
  g_array_sort (summary->roles, compare_roles);

  all = sg_store_peek_records (store, SG_TYPE_COMPETENCE_RECORD, &n);
  for (guint i = 0; i < n; i++)
    {
      gint64 role_id;
      gboolean placed = FALSE;

      if (sg_record_peek_int64 (all[i], SG_COMPETENCE_RECORD_PERSON) != id)
        continue;
      role_id = sg_record_peek_int64 (all[i], RECORD_ROLE);
      for (guint r = 0; r < summary->roles->len && !placed; r++)
        {
          SgCompetenceRole *role = &g_array_index (summary->roles, SgCompetenceRole, r);

          if (role_id > 0 && sg_record_get_id (role->role) == role_id)
            {
              g_ptr_array_add (role->evidence, all[i]);
              placed = TRUE;
            }
        }
      if (!placed)
        g_ptr_array_add (summary->other, all[i]);
    }
  for (guint r = 0; r < summary->roles->len; r++)
    g_ptr_array_sort (g_array_index (summary->roles, SgCompetenceRole, r).evidence, compare_evidence);
  g_ptr_array_sort (summary->other, compare_evidence);

  all = sg_store_peek_records (store, SG_TYPE_AWARENESS_ACTIVITY, &n);
  for (guint i = 0; i < n; i++)
    if (links_contain (all[i], SG_AWARENESS_ACTIVITY_PARTICIPANTS, id))
      g_ptr_array_add (summary->activities, all[i]);
  g_ptr_array_sort (summary->activities, compare_activities);

  /* Someone who left is no longer expected to keep up. */
  if (sg_record_peek_boolean (person, SG_PERSON_ACTIVE))
    find_gaps (summary, today);
  return summary;
}

void
sg_competence_summary_free (SgCompetenceSummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->since);
  g_clear_pointer (&summary->roles, g_array_unref);
  g_clear_pointer (&summary->other, g_ptr_array_unref);
  g_clear_pointer (&summary->activities, g_ptr_array_unref);
  g_clear_pointer (&summary->gaps, g_array_unref);
  g_free (summary);
}

static char *
role_name (SgRecord *role)
{
  const char *name = sg_record_peek_string (role, SG_ROLE_NAME);

  return g_strdup_printf ("%s %s", sg_record_get_ref (role), name != NULL ? name : "");
}

char *
sg_competence_describe_gap (const SgCompetenceSummary *summary,
                            const SgCompetenceGap     *gap)
{
  g_autofree char *role = NULL;
  g_autofree char *since = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (summary != NULL, NULL);
  g_return_val_if_fail (gap != NULL, NULL);

  if (gap->role != NULL)
    role = role_name (gap->role);
  since = sg_field_format_date (summary->since);
  switch (gap->kind)
    {
    case SG_COMPETENCE_GAP_NO_EVIDENCE:
      /* Translators: %s is a role's ref and name */
      return g_strdup_printf (_("No competence evidence for %s"), role);
    case SG_COMPETENCE_GAP_STALE_EVIDENCE:
      if (peek_date (gap->record, COMPLETED_ON) == NULL)
        /* Translators: %1$s is a role's ref and name, %2$s a competence record's ref */
        return g_strdup_printf (_("The evidence for %1$s, %2$s, has no completion date"),
                                role, sg_record_get_ref (gap->record));
      date = sg_field_format_date (peek_date (gap->record, COMPLETED_ON));
      /* Translators: %1$s is a role's ref and name, %2$s a date, %3$s the first date that counts */
      return g_strdup_printf (_("The newest evidence for %1$s dates from %2$s, before %3$s"), role, date, since);
    case SG_COMPETENCE_GAP_NO_AWARENESS:
      if (gap->record == NULL)
        return g_strdup (_("Took part in no awareness activity yet"));
      date = sg_field_format_date (peek_date (gap->record, SG_AWARENESS_ACTIVITY_HELD_ON));
      /* Translators: %1$s is a date, %2$s the first date that counts */
      return g_strdup_printf (_("Last took part in an awareness activity on %1$s, before %2$s"), date, since);
    case SG_COMPETENCE_GAP_POLICY_NEVER:
      return g_strdup (_("Has not acknowledged the information security policy"));
    case SG_COMPETENCE_GAP_POLICY_OLD:
      date = sg_field_format_date (summary->acknowledged);
      /* Translators: %1$s is a date, %2$s the first date that counts */
      return g_strdup_printf (_("Acknowledged the information security policy on %1$s, before %2$s"), date, since);
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
sg_competence_describe_attention (SgStore    *store,
                                  SgRecord   *record,
                                  const char *today,
                                  guint       months)
{
  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_RECORD (record), NULL);

  if (SG_IS_PERSON (record))
    {
      g_autoptr(SgCompetenceSummary) summary = sg_competence_summarise (store, record, today, months);
      g_autoptr(GString) text = NULL;

      for (guint i = 0; i < summary->gaps->len; i++)
        {
          g_autofree char *sentence = sg_competence_describe_gap (summary,
                                                                  &g_array_index (summary->gaps, SgCompetenceGap, i));

          if (text == NULL)
            text = g_string_new (sentence);
          else
            g_string_append_printf (text, "\n%s", sentence);
        }
      return text != NULL ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
    }
  if (SG_IS_COMPETENCE_RECORD (record))
    {
      g_autofree char *now = NULL;
      g_autofree char *since = NULL;
      const char *date = peek_date (record, COMPLETED_ON);

      if (today == NULL)
        today = now = sg_date_today ();
      since = months_before (today, months);
      if (date == NULL)
        return g_strdup (_("The evidence has no completion date"));
      if (strcmp (date, since) < 0)
        {
          g_autofree char *shown = sg_field_format_date (date);
          g_autofree char *shown_since = sg_field_format_date (since);

          /* Translators: %1$s is a date, %2$s the first date that counts */
          return g_strdup_printf (_("The evidence dates from %1$s, before %2$s"), shown, shown_since);
        }
    }
  return NULL;
}
