/* sg-due.c: everything with a date that has passed or comes soon
 *
 * One table of rules says which dates of which kinds are due, whose they
 * are and when a record no longer owes them; the Due list, `--due` and
 * the reminders all read it. A kind's own due declaration
 * (sg_record_class_set_due) decides when its main date is done; the
 * other dates have a small function of their own, as have the two dates
 * no field holds: the next management review a year after the last, an
 * objective's next reading one measurement interval after its latest,
 * and a communication one interval of its "When" after it was last done.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-due"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-action.h"
#include "sg-audit.h"
#include "sg-communication.h"
#include "sg-competence-record.h"
#include "sg-control.h"
#include "sg-document.h"
#include "sg-due.h"
#include "sg-enums.h"
#include "sg-evidence.h"
#include "sg-frequency.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-objective.h"
#include "sg-objective-reading.h"
#include "sg-obligation.h"
#include "sg-person.h"
#include "sg-planned-change.h"
#include "sg-risk.h"
#include "sg-supplier.h"

typedef gboolean (*OwesFunc) (SgStore  *store,
                              SgRecord *record);

typedef struct
{
  GType     (*kind) (void);
  const char *date;     /* the date field */
  const char *what;     /* N_() */
  const char *person;   /* a person field of the record, or NULL */
  OwesFunc    owes;     /* NULL: not closed by the kind's due declaration */
} DueRule;

static gboolean
risk_open (SgStore  *store,
           SgRecord *risk)
{
  return sg_record_peek_enum (risk, "status") != SG_RISK_STATUS_CLOSED;
}

static gboolean
risk_untreated (SgStore  *store,
                SgRecord *risk)
{
  int status = sg_record_peek_enum (risk, "status");

  return status != SG_RISK_STATUS_ACCEPTED && status != SG_RISK_STATUS_CLOSED;
}

static gboolean
control_applicable (SgStore  *store,
                    SgRecord *control)
{
  return sg_record_peek_boolean (control, "applicable");
}

static gboolean
control_unimplemented (SgStore  *store,
                       SgRecord *control)
{
  int status = sg_record_peek_enum (control, "implementation");

  return control_applicable (store, control) &&
         status != SG_IMPLEMENTATION_STATUS_IMPLEMENTED && status != SG_IMPLEMENTATION_STATUS_VERIFIED;
}

static SgRecord *
evidence_control (SgStore  *store,
                  SgRecord *evidence)
{
  return sg_store_find_by_id (store, SG_TYPE_CONTROL,
                              sg_record_peek_int64 (evidence, SG_EVIDENCE_CONTROL));
}

static gboolean
evidence_needed (SgStore  *store,
                 SgRecord *evidence)
{
  SgRecord *control = evidence_control (store, evidence);

  return control != NULL && control_applicable (store, control);
}

/* The check is owed until a result is recorded; a closed NC without one
 * is readiness's business (10.2), no longer a date to keep. */
static gboolean
effectiveness_owed (SgStore  *store,
                    SgRecord *nc)
{
  return sg_record_peek_enum (nc, "effectiveness") == SG_EFFECTIVENESS_NOT_CHECKED &&
         sg_record_peek_enum (nc, "status") != SG_NC_STATUS_CLOSED;
}

static const DueRule rules[] = {
  { sg_risk_get_type, "next-review", N_("Risk review"), "owner", risk_open },
  { sg_risk_get_type, "treatment-due", N_("Risk treatment"), "owner", risk_untreated },
  { sg_control_get_type, "implementation-due", N_("Control implementation"), "owner", control_unimplemented },
  { sg_control_get_type, "next-review", N_("Control review"), "owner", control_applicable },
  { sg_evidence_get_type, SG_EVIDENCE_EXPIRES, N_("Evidence expires"), NULL, evidence_needed },
  { sg_objective_get_type, "due-date", N_("Objective due"), "owner", NULL },
  { sg_competence_record_get_type, "next-due", N_("Competence renewal"), SG_COMPETENCE_RECORD_PERSON, NULL },
  { sg_document_get_type, "next-review", N_("Document review"), "owner", NULL },
  { sg_supplier_get_type, SG_SUPPLIER_NEXT_ASSESSMENT, N_("Supplier assessment"), SG_SUPPLIER_CONTACT, NULL },
  { sg_obligation_get_type, SG_OBLIGATION_NEXT_REVIEW, N_("Obligation review"), SG_OBLIGATION_OWNER, NULL },
  { sg_planned_change_get_type, "planned-date", N_("Planned change"), "responsible", NULL },
  { sg_audit_get_type, "planned-date", N_("Audit"), "auditor", NULL },
  { sg_nonconformity_get_type, "due-date", N_("Nonconformity"), "owner", NULL },
  { sg_nonconformity_get_type, "effectiveness-planned", N_("Effectiveness check"), "owner", effectiveness_owed },
  { sg_action_get_type, SG_ACTION_DUE_DATE, N_("Action"), SG_ACTION_OWNER, NULL },
  { sg_management_review_get_type, "date", N_("Management review"), NULL, NULL },
};

void
sg_due_item_free (gpointer data)
{
  SgDueItem *item = data;

  g_free (item->date);
  g_free (item);
}

/* Whether the kind's due declaration still counts @record as open. */
static gboolean
open_by_declaration (SgRecord *record)
{
  const SgRecordDue *due = sg_record_class_get_due (SG_RECORD_GET_CLASS (record));
  int status;

  if (due == NULL || due->status == NULL)
    return TRUE;
  status = g_value_get_enum (sg_record_peek_value (record, due->status));
  for (guint i = 0; due->closed[i] >= 0; i++)
    if (due->closed[i] == status)
      return FALSE;
  return TRUE;
}

static SgRecord *
find_person (SgStore    *store,
             SgRecord   *record,
             const char *field)
{
  gint64 id = sg_record_peek_int64 (record, field);

  return id > 0 ? sg_store_find_by_id (store, SG_TYPE_PERSON, id) : NULL;
}

/* A management review names no owner: it is its first attendee's (the
 * first in the directory), top management in the way a register is
 * usually built, who clause 9.3 says reviews. */
static SgRecord *
first_attendee (SgStore  *store,
                SgRecord *review)
{
  GVariant *links = sg_record_peek_links (review, "participants");
  gint64 first = 0;
  gsize n;
  const gint64 *ids;

  if (links == NULL || !g_variant_is_of_type (links, G_VARIANT_TYPE ("ax")))
    return NULL;
  ids = g_variant_get_fixed_array (links, &n, sizeof (gint64));
  for (gsize i = 0; i < n; i++)
    if (ids[i] > 0 && (first == 0 || ids[i] < first))
      first = ids[i];
  return first > 0 ? sg_store_find_by_id (store, SG_TYPE_PERSON, first) : NULL;
}

/* Evidence is renewed by its control's owner. */
static SgRecord *
person_of (SgStore       *store,
           SgRecord      *record,
           const DueRule *rule)
{
  if (rule->person != NULL)
    return find_person (store, record, rule->person);
  if (G_TYPE_CHECK_INSTANCE_TYPE (record, SG_TYPE_MANAGEMENT_REVIEW))
    return first_attendee (store, record);
  if (G_TYPE_CHECK_INSTANCE_TYPE (record, SG_TYPE_EVIDENCE))
    {
      SgRecord *control = evidence_control (store, record);

      return control != NULL ? find_person (store, control, "owner") : NULL;
    }
  return NULL;
}

static void
add_item (GPtrArray  *items,
          SgRecord   *record,
          const char *what,
          const char *date,
          SgRecord   *person,
          const char *today)
{
  SgDueItem *item = g_new0 (SgDueItem, 1);

  item->record = record;
  item->what = what;
  item->date = g_strdup (date);
  item->person = person;
  item->overdue = strcmp (date, today) < 0;
  g_ptr_array_add (items, item);
}

/* ISO dates compare as text; the last day is @today + @days. */
static char *
last_day (const char *today,
          guint       days)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, today);
  if (!g_date_valid (&date))
    return g_strdup (today);
  g_date_add_days (&date, days);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

/* Clause 9.3 asks for reviews "at planned intervals": a year after the
 * last review held, unless a later one is planned already. With none
 * held yet there is no date to count from and no record to open: the
 * first review is listed once it is planned with a date, and until then
 * readiness (9.3.1) says that none was held. */
static void
add_next_review (SgStore    *store,
                 GPtrArray  *items,
                 const char *today,
                 const char *until)
{
  guint n;
  SgRecord *const *reviews = sg_store_peek_records (store, SG_TYPE_MANAGEMENT_REVIEW, &n);
  SgRecord *last = NULL;
  const char *last_date = NULL;
  GDate date;
  g_autofree char *next = NULL;

  for (guint i = 0; i < n; i++)
    {
      const char *d = sg_record_peek_string (reviews[i], "date");

      if (d == NULL || *d == '\0' || open_by_declaration (reviews[i]))
        continue;
      if (last_date == NULL || strcmp (d, last_date) > 0)
        {
          last = reviews[i];
          last_date = d;
        }
    }
  if (last == NULL)
    return;
  for (guint i = 0; i < n; i++)
    {
      const char *d = sg_record_peek_string (reviews[i], "date");

      if (d != NULL && strcmp (d, last_date) > 0 && open_by_declaration (reviews[i]))
        return;
    }

  g_date_clear (&date, 1);
  g_date_set_parse (&date, last_date);
  if (!g_date_valid (&date))
    return;
  g_date_add_months (&date, 12);
  next = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
  if (strcmp (next, until) <= 0)
    add_item (items, last, N_("Next management review (a year after the last)"), next,
              first_attendee (store, last), today);
}

/* Clause 9.1: an objective measured "monthly" owes its next reading a
 * month after its latest one. The frequency is free text, read by
 * sg_frequency_parse (); a frequency it cannot read, or an objective
 * with no reading yet, gives no date to keep (readiness 9.1 names the
 * objectives never measured). The objective's owner answers for it. */
static void
add_late_readings (SgStore    *store,
                   GPtrArray  *items,
                   const char *today,
                   const char *until)
{
  guint n_readings;
  SgRecord *const *readings = sg_store_peek_records (store, SG_TYPE_OBJECTIVE_READING, &n_readings);
  g_autoptr(GHashTable) latest = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer objective, date;

  /* The latest reading of each objective, in one pass over the readings. */
  for (guint i = 0; i < n_readings; i++)
    {
      const char *d = sg_record_peek_string (readings[i], SG_OBJECTIVE_READING_DATE);
      gint64 id = sg_record_peek_int64 (readings[i], SG_OBJECTIVE_READING_OBJECTIVE);
      SgRecord *parent;
      const char *known;

      if (d == NULL || *d == '\0' || id <= 0 ||
          (parent = sg_store_find_by_id (store, SG_TYPE_OBJECTIVE, id)) == NULL)
        continue;
      known = g_hash_table_lookup (latest, parent);
      if (known == NULL || strcmp (d, known) > 0)
        g_hash_table_insert (latest, parent, (gpointer) d);
    }

  g_hash_table_iter_init (&iter, latest);
  while (g_hash_table_iter_next (&iter, &objective, &date))
    {
      SgFrequency frequency;
      g_autofree char *next = NULL;

      if (!open_by_declaration (objective) ||
          !sg_frequency_parse (sg_record_peek_string (objective, "frequency"), &frequency) ||
          (next = sg_frequency_next (&frequency, date)) == NULL || strcmp (next, until) > 0)
        continue;
      add_item (items, objective, N_("Objective reading due"), next,
                find_person (store, objective, "owner"), today);
    }
}

/* Clause 7.4: a communication made "quarterly" is due again a quarter
 * after it was last done. "When" is free text read as the objectives'
 * frequencies are; one that names no interval ("at each induction"),
 * or a communication never done, gives no date: a misread word must not
 * make work. Its communicator answers for it. */
static void
add_due_communications (SgStore    *store,
                        GPtrArray  *items,
                        const char *today,
                        const char *until)
{
  guint n;
  SgRecord *const *communications = sg_store_peek_records (store, SG_TYPE_COMMUNICATION, &n);

  for (guint i = 0; i < n; i++)
    {
      const char *last = sg_record_peek_string (communications[i], SG_COMMUNICATION_LAST_DONE);
      SgFrequency frequency;
      g_autofree char *next = NULL;

      if (last == NULL || *last == '\0' ||
          !sg_frequency_parse (sg_record_peek_string (communications[i], SG_COMMUNICATION_TIMING), &frequency) ||
          (next = sg_frequency_next (&frequency, last)) == NULL || strcmp (next, until) > 0)
        continue;
      add_item (items, communications[i], N_("Communication due"), next,
                find_person (store, communications[i], SG_COMMUNICATION_COMMUNICATOR), today);
    }
}

static int
overdue_first (gconstpointer a,
               gconstpointer b)
{
  const SgDueItem *ia = *(const SgDueItem **) a;
  const SgDueItem *ib = *(const SgDueItem **) b;
  int order;

  if (ia->overdue != ib->overdue)
    return ia->overdue ? -1 : 1;
  if ((order = strcmp (ia->date, ib->date)) != 0)
    return order;
  if ((order = g_strcmp0 (sg_record_get_ref (ia->record), sg_record_get_ref (ib->record))) != 0)
    return order;
  return strcmp (ia->what, ib->what);
}

GPtrArray *
sg_due_list (SgStore    *store,
             const char *today,
             guint       days)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (sg_due_item_free);
  g_autofree char *until = NULL;

  g_return_val_if_fail (SG_IS_STORE (store), items);
  g_return_val_if_fail (today != NULL, items);

  until = last_day (today, days);
  for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
    {
      const DueRule *rule = &rules[r];
      guint n;
      SgRecord *const *records = sg_store_peek_records (store, rule->kind (), &n);

      for (guint i = 0; i < n; i++)
        {
          const char *date = sg_record_peek_string (records[i], rule->date);

          if (date == NULL || *date == '\0' || strcmp (date, until) > 0)
            continue;
          if (rule->owes != NULL ? !rule->owes (store, records[i]) : !open_by_declaration (records[i]))
            continue;
          add_item (items, records[i], rule->what, date,
                    person_of (store, records[i], rule), today);
        }
    }
  add_next_review (store, items, today, until);
  add_late_readings (store, items, today, until);
  add_due_communications (store, items, today, until);
  g_ptr_array_sort (items, overdue_first);
  return items;
}

guint
sg_due_count_overdue_since (GPtrArray  *items,
                            const char *since)
{
  guint n = 0;

  g_return_val_if_fail (items != NULL, 0);
  g_return_val_if_fail (since != NULL, 0);

  /* Due on @since means overdue from the day after: it was not yet
   * overdue when last looked at. */
  for (guint i = 0; i < items->len; i++)
    {
      SgDueItem *item = g_ptr_array_index (items, i);

      n += item->overdue && strcmp (item->date, since) >= 0;
    }
  return n;
}
