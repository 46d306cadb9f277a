/* sg-audit-programme.c: the audit programme (clause 9.2.2) — audits by quarter, and what they covered
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-audit-programme"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "sg-audit.h"
#include "sg-audit-programme.h"
#include "sg-control.h"
#include "sg-enums.h"
#include "sg-requirement.h"

#define FIRST_CLAUSE 4
#define LAST_CLAUSE 10

static const char *clause_names[] = {
  N_("Context"),
  N_("Leadership"),
  N_("Planning"),
  N_("Support"),
  N_("Operation"),
  N_("Performance Evaluation"),
  N_("Improvement"),
};

/* Whole names, not "%s controls": other languages bend the adjective. */
static const char *theme_names[] = {
  [SG_CONTROL_THEME_ORGANIZATIONAL] = N_("Organizational controls"),
  [SG_CONTROL_THEME_PEOPLE] = N_("People controls"),
  [SG_CONTROL_THEME_PHYSICAL] = N_("Physical controls"),
  [SG_CONTROL_THEME_TECHNOLOGICAL] = N_("Technological controls"),
};

const char *
sg_audit_programme_clause_name (int clause)
{
  g_return_val_if_fail (clause >= FIRST_CLAUSE && clause <= LAST_CLAUSE, "");

  return _(clause_names[clause - FIRST_CLAUSE]);
}

int
sg_audit_programme_clause_of (const char *ref)
{
  char *end = NULL;
  long clause;

  if (ref == NULL || !g_ascii_isdigit (*ref))
    return 0;
  clause = strtol (ref, &end, 10);
  if ((*end != '\0' && *end != '.') || clause < FIRST_CLAUSE || clause > LAST_CLAUSE)
    return 0;
  return (int) clause;
}

static gboolean
has_date (const char *date)
{
  return date != NULL && sg_date_is_valid (date);
}

const char *
sg_audit_programme_date (SgRecord *audit)
{
  const char *planned, *actual;

  g_return_val_if_fail (SG_IS_AUDIT (audit), NULL);

  planned = sg_record_peek_string (audit, SG_AUDIT_PLANNED_DATE);
  actual = sg_record_peek_string (audit, SG_AUDIT_ACTUAL_DATE);
  if (has_date (actual) &&
      (sg_record_peek_enum (audit, SG_AUDIT_STATUS) == SG_AUDIT_STATUS_COMPLETED || !has_date (planned)))
    return actual;
  return has_date (planned) ? planned : NULL;
}

static char *
years_before (const char *today,
              guint       years)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, today);
  if (!g_date_valid (&date))
    return g_strdup (today);
  g_date_subtract_years (&date, years);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

static int
compare_audits_by_date (gconstpointer a,
                        gconstpointer b)
{
  SgRecord *x = *(SgRecord **) a, *y = *(SgRecord **) b;
  int by_date = g_strcmp0 (sg_audit_programme_date (x), sg_audit_programme_date (y));

  return by_date != 0 ? by_date : g_strcmp0 (sg_record_get_ref (x), sg_record_get_ref (y));
}

static int
compare_quarters (gconstpointer a,
                  gconstpointer b)
{
  const SgAuditQuarter *x = a, *y = b;

  return x->year != y->year ? x->year - y->year : x->quarter - y->quarter;
}

static void
clear_quarter (gpointer data)
{
  SgAuditQuarter *quarter = data;

  g_clear_pointer (&quarter->audits, g_ptr_array_unref);
}

static void
clear_coverage (gpointer data)
{
  SgAuditCoverage *coverage = data;

  g_clear_pointer (&coverage->last_date, g_free);
}

static SgAuditQuarter *
quarter_of (GArray     *quarters,
            const char *date)
{
  int year = atoi (date);
  int quarter = (atoi (date + 5) - 1) / 3 + 1;
  SgAuditQuarter fresh = { year, quarter, 0, 0, NULL };

  for (guint i = 0; i < quarters->len; i++)
    {
      SgAuditQuarter *q = &g_array_index (quarters, SgAuditQuarter, i);

      if (q->year == year && q->quarter == quarter)
        return q;
    }
  fresh.audits = g_ptr_array_new ();
  g_array_append_val (quarters, fresh);
  return &g_array_index (quarters, SgAuditQuarter, quarters->len - 1);
}

/* Counts @audit's date for @coverage if it is later than what it holds. */
static void
cover (SgAuditCoverage *coverage,
       SgRecord        *audit,
       const char      *date)
{
  if (coverage->last_date != NULL && strcmp (coverage->last_date, date) >= 0)
    return;
  g_free (coverage->last_date);
  coverage->last_date = g_strdup (date);
  coverage->last_audit = audit;
}

static void
cover_links (SgStore         *store,
             SgRecord        *audit,
             const char      *date,
             SgAuditCoverage *clauses,
             SgAuditCoverage *themes)
{
  GVariant *links = sg_record_peek_links (audit, SG_AUDIT_CLAUSES);
  gsize n = 0;
  const gint64 *ids = links != NULL ? g_variant_get_fixed_array (links, &n, sizeof (gint64)) : NULL;

  for (gsize i = 0; i < n; i++)
    {
      SgRecord *requirement = sg_store_find_by_id (store, SG_TYPE_REQUIREMENT, ids[i]);
      int clause = requirement != NULL ? sg_audit_programme_clause_of (sg_record_get_ref (requirement)) : 0;

      if (clause != 0)
        cover (&clauses[clause - FIRST_CLAUSE], audit, date);
    }

  links = sg_record_peek_links (audit, SG_AUDIT_CONTROLS);
  n = 0;
  ids = links != NULL ? g_variant_get_fixed_array (links, &n, sizeof (gint64)) : NULL;
  for (gsize i = 0; i < n; i++)
    {
      SgRecord *control = sg_store_find_by_id (store, SG_TYPE_CONTROL, ids[i]);
      int theme;

      if (control == NULL)
        continue;
      theme = sg_record_peek_enum (control, SG_CONTROL_THEME);
      if (theme >= SG_CONTROL_THEME_ORGANIZATIONAL && theme <= SG_CONTROL_THEME_TECHNOLOGICAL)
        cover (&themes[theme], audit, date);
    }
}

SgAuditProgramme *
sg_audit_programme_new (SgStore    *store,
                        const char *today)
{
  SgAuditProgramme *self;
  SgAuditCoverage clauses[LAST_CLAUSE - FIRST_CLAUSE + 1] = { { 0 } };
  SgAuditCoverage themes[SG_CONTROL_THEME_TECHNOLOGICAL + 1] = { { 0 } };
  SgRecord *const *audits;
  guint n_audits;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_new0 (SgAuditProgramme, 1);
  self->today = today != NULL ? g_strdup (today) : sg_date_today ();
  self->gap_before = years_before (self->today, SG_AUDIT_PROGRAMME_YEARS);
  self->quarters = g_array_new (FALSE, FALSE, sizeof (SgAuditQuarter));
  g_array_set_clear_func (self->quarters, clear_quarter);
  self->coverage = g_array_new (FALSE, FALSE, sizeof (SgAuditCoverage));
  g_array_set_clear_func (self->coverage, clear_coverage);

  for (int c = FIRST_CLAUSE; c <= LAST_CLAUSE; c++)
    {
      clauses[c - FIRST_CLAUSE].kind = SG_AUDIT_COVERAGE_CLAUSE;
      clauses[c - FIRST_CLAUSE].number = c;
      clauses[c - FIRST_CLAUSE].label = sg_audit_programme_clause_name (c);
    }
  for (int t = SG_CONTROL_THEME_ORGANIZATIONAL; t <= SG_CONTROL_THEME_TECHNOLOGICAL; t++)
    {
      themes[t].kind = SG_AUDIT_COVERAGE_THEME;
      themes[t].number = t;
      themes[t].label = _(theme_names[t]);
    }

  audits = sg_store_peek_records (store, SG_TYPE_AUDIT, &n_audits);
  for (guint i = 0; i < n_audits; i++)
    {
      SgRecord *audit = audits[i];
      const char *date = sg_audit_programme_date (audit);
      int status = sg_record_peek_enum (audit, SG_AUDIT_STATUS);
      SgAuditQuarter *quarter;

      if (date == NULL)
        {
          self->n_undated++;
          continue;
        }
      quarter = quarter_of (self->quarters, date);
      g_ptr_array_add (quarter->audits, audit);
      if (status != SG_AUDIT_STATUS_CANCELLED)
        quarter->n_planned++;
      if (status != SG_AUDIT_STATUS_COMPLETED)
        continue;
      quarter->n_done++;
      /* Only what was audited by today covers anything. */
      if (strcmp (date, self->today) <= 0)
        cover_links (store, audit, date, clauses, themes);
    }
  g_array_sort (self->quarters, compare_quarters);
  for (guint i = 0; i < self->quarters->len; i++)
    g_ptr_array_sort (g_array_index (self->quarters, SgAuditQuarter, i).audits, compare_audits_by_date);

  for (guint i = 0; i < G_N_ELEMENTS (clauses); i++)
    g_array_append_val (self->coverage, clauses[i]);
  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    g_array_append_val (self->coverage, themes[i]);
  for (guint i = 0; i < self->coverage->len; i++)
    {
      SgAuditCoverage *coverage = &g_array_index (self->coverage, SgAuditCoverage, i);

      coverage->gap = coverage->last_date == NULL || strcmp (coverage->last_date, self->gap_before) < 0;
      self->n_gaps += coverage->gap;
    }
  return self;
}

void
sg_audit_programme_free (SgAuditProgramme *self)
{
  if (self == NULL)
    return;
  g_free (self->today);
  g_free (self->gap_before);
  g_array_unref (self->quarters);
  g_array_unref (self->coverage);
  g_free (self);
}
