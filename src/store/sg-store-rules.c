/* sg-store-rules.c: the rules the store applies to every edit, however a
 * field is edited (the detail pane, an import, an Undo): what a record may
 * not hold, which the kinds declare (sg_record_class_add_date_order (),
 * _add_rule (), _set_done_date () in sg-record-rules.c), the "done on"
 * date they fill, and what else an edit changes (a nonconformity found
 * not effective is reopened, sg-nonconformity-rules.c; an objective
 * follows its readings, sg-objective-progress.c)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include "sg-nonconformity-rules.h"
#include "sg-nonconformity.h"
#include "sg-objective-progress.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"
#include "sg-store-private.h"

gboolean
sg_store_check_rules (SgStore     *self,
                      SgRecord    *record,
                      GParamSpec  *changed,
                      GError     **error)
{
  guint n;
  SgRecord *const *records = sg_store_peek_records (self, G_OBJECT_TYPE (record), &n);
  g_autofree char *why = sg_record_check (record, changed, records, n);

  if (why == NULL)
    return TRUE;
  g_set_error_literal (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID, why);
  return FALSE;
}

/* The date field to fill, or NULL. */
static GParamSpec *
date_to_fill (SgRecord   *record,
              GParamSpec *changed)
{
  GParamSpec *status, *date;
  int done;
  const char *have;

  if (!sg_record_class_get_done_date (SG_RECORD_GET_CLASS (record), &status, &done, &date))
    return NULL;
  if (changed != NULL && changed != status)
    return NULL;
  if (g_value_get_enum (sg_record_peek_value (record, status)) != done)
    return NULL;
  have = g_value_get_string (sg_record_peek_value (record, date));
  return have == NULL || *have == '\0' ? date : NULL;
}

void
sg_store_fill_done_date (SgStore    *self,
                         SgRecord   *record,
                         GParamSpec *changed)
{
  GParamSpec *date = date_to_fill (record, changed);
  g_auto(GValue) today = G_VALUE_INIT;

  if (date == NULL)
    return;
  g_value_init (&today, G_TYPE_STRING);
  g_value_take_string (&today, sg_date_today ());
  /* An edit like any other: saved, in the history, or refused and told. */
  sg_record_set_value (record, date, &today);
}

void
sg_store_fill_done_date_quietly (SgStore  *self,
                                 SgRecord *record)
{
  GParamSpec *date = date_to_fill (record, NULL);
  g_auto(GValue) today = G_VALUE_INIT;

  if (date == NULL)
    return;
  g_value_init (&today, G_TYPE_STRING);
  g_value_take_string (&today, sg_date_today ());
  sg_store_set_quietly (self, record, date, &today);
}

/* A rule follows one field of one kind: the store saves the edit, asks the
 * rule what changes with it, and saves that in the same transaction. Keep
 * rules few and small: they are edits nobody typed. */
typedef struct
{
  GType      (*kind) (void);
  const char  *field;
  void       (*follow) (SgRecord *record, const GValue *old_value, GArray *changes);
} Rule;

static const Rule rules[] = {
  /* 10.2: corrective actions found not effective reopen their NC. */
  { sg_nonconformity_get_type, SG_NONCONFORMITY_EFFECTIVENESS, sg_nonconformity_follow_effectiveness },
};

static void
change_clear (gpointer data)
{
  SgStoreChange *change = data;

  if (G_IS_VALUE (&change->value))
    g_value_unset (&change->value);
}

GArray *
sg_store_changes_new (void)
{
  GArray *changes = g_array_new (FALSE, TRUE, sizeof (SgStoreChange));

  g_array_set_clear_func (changes, change_clear);
  return changes;
}

static const Rule *
find_rule (SgRecord   *record,
           GParamSpec *pspec)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (G_OBJECT_TYPE (record) == rules[i].kind () && g_str_equal (pspec->name, rules[i].field))
      return &rules[i];
  return NULL;
}

gboolean
sg_store_rules_apply (SgRecord   *record,
                      GParamSpec *pspec)
{
  return find_rule (record, pspec) != NULL;
}

GArray *
sg_store_rules_follow (SgRecord     *record,
                       GParamSpec   *pspec,
                       const GValue *old_value)
{
  const Rule *rule = find_rule (record, pspec);
  g_autoptr(GArray) changes = NULL;

  if (rule == NULL)
    return NULL;
  changes = sg_store_changes_new ();
  rule->follow (record, old_value, changes);
  return changes->len > 0 ? g_steal_pointer (&changes) : NULL;
}

/* Objectives and their readings (6.2, 9.1) */

static void
follow_objective (SgStore  *self,
                  SgRecord *objective)
{
  g_autoptr(SgObjectiveProgress) progress = NULL;
  g_autofree char *current = NULL;
  const char *held;

  /* Not one removed a moment ago. */
  if (objective == NULL || !SG_IS_OBJECTIVE (objective) ||
      sg_store_find_by_id (self, SG_TYPE_OBJECTIVE, sg_record_get_id (objective)) != objective)
    return;
  progress = sg_objective_progress_new (self, objective, NULL);
  held = sg_record_peek_string (objective, SG_OBJECTIVE_CURRENT_VALUE);
  self->following++;
  /* Each is an edit of its own, in the history like a person's. Without
   * readings the value typed by hand stays. */
  if (progress->current_date != NULL &&
      g_strcmp0 (held, (current = sg_objective_progress_format_number (progress->current))) != 0)
    g_object_set (objective, SG_OBJECTIVE_CURRENT_VALUE, current, NULL);
  if (!sg_record_peek_boolean (objective, SG_OBJECTIVE_STATUS_SET_BY_HAND) &&
      progress->suggested != SG_OBJECTIVE_PROGRESS_NO_SUGGESTION &&
      sg_record_peek_enum (objective, SG_OBJECTIVE_STATUS) != progress->suggested)
    g_object_set (objective, SG_OBJECTIVE_STATUS, progress->suggested, NULL);
  self->following--;
}

void
sg_store_follow_readings (SgStore    *self,
                          SgRecord   *record,
                          GParamSpec *pspec,
                          gint64      old_parent)
{
  if (self->read_only)
    return;
  if (SG_IS_OBJECTIVE_READING (record))
    {
      gint64 parent = sg_record_peek_int64 (record, SG_OBJECTIVE_READING_OBJECTIVE);

      if (pspec != NULL && g_str_equal (pspec->name, SG_OBJECTIVE_READING_NOTE))
        return;
      follow_objective (self, sg_store_find_by_id (self, SG_TYPE_OBJECTIVE, parent));
      if (old_parent != 0 && old_parent != parent)
        follow_objective (self, sg_store_find_by_id (self, SG_TYPE_OBJECTIVE, old_parent));
      return;
    }
  if (!SG_IS_OBJECTIVE (record) || self->following > 0)
    return;
  if (pspec == NULL)
    {
      follow_objective (self, record);
      return;
    }
  /* A status a person picks stays until they let the readings decide again. */
  if (g_str_equal (pspec->name, SG_OBJECTIVE_STATUS))
    {
      if (!sg_record_peek_boolean (record, SG_OBJECTIVE_STATUS_SET_BY_HAND))
        g_object_set (record, SG_OBJECTIVE_STATUS_SET_BY_HAND, TRUE, NULL);
      return;
    }
  if (g_str_equal (pspec->name, SG_OBJECTIVE_TARGET_VALUE) ||
      g_str_equal (pspec->name, SG_OBJECTIVE_TARGET_DIRECTION) ||
      g_str_equal (pspec->name, SG_OBJECTIVE_DUE_DATE) ||
      g_str_equal (pspec->name, SG_OBJECTIVE_UNIT) ||
      g_str_equal (pspec->name, SG_OBJECTIVE_STATUS_SET_BY_HAND))
    follow_objective (self, record);
}

void
sg_store_keep_given_status_quietly (SgStore  *self,
                                    SgRecord *record)
{
  g_auto(GValue) by_hand = G_VALUE_INIT;

  if (!SG_IS_OBJECTIVE (record) || sg_record_peek_boolean (record, SG_OBJECTIVE_STATUS_SET_BY_HAND) ||
      sg_record_peek_enum (record, SG_OBJECTIVE_STATUS) == SG_OBJECTIVE_STATUS_NOT_STARTED)
    return;
  g_value_init (&by_hand, G_TYPE_BOOLEAN);
  g_value_set_boolean (&by_hand, TRUE);
  sg_store_set_quietly (self, record, g_object_class_find_property (G_OBJECT_GET_CLASS (record),
                                                                    SG_OBJECTIVE_STATUS_SET_BY_HAND), &by_hand);
}

void
sg_store_follow_all_objectives (SgStore *self)
{
  guint n;
  SgRecord *const *objectives = sg_store_peek_records (self, SG_TYPE_OBJECTIVE, &n);
  g_autoptr(GPtrArray) copy = NULL;

  if (n == 0 || self->read_only || self->opened_read_only)
    return;
  /* Following changes records, not the list: still, walk a copy. */
  copy = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (copy, g_object_ref (objectives[i]));
  if (!sg_store_begin_batch (self, NULL))
    return;
  for (guint i = 0; i < copy->len; i++)
    follow_objective (self, g_ptr_array_index (copy, i));
  /* Not written (a full disk): the statuses are followed next time. */
  sg_store_commit_batch (self, NULL);
}
