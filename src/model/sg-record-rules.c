/* sg-record-rules.c: what a kind declares a record may not hold — dates
 * out of order, and rules across its records — and the "done on" date
 * that fills itself
 *
 * The declarations live with the kind's other declarations, in its
 * class_init; the store asks sg_record_check () before it saves an edit
 * or adds a record, so a refused value is never written and never
 * reaches the history, whoever set it (an editor, an import, a script).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-record"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-record.h"

typedef struct
{
  GParamSpec *earlier;
  GParamSpec *later;
  const char *message;    /* marked for translation, untranslated */
} DateOrder;

typedef struct
{
  GParamSpec      *field;
  SgRecordRuleFunc func;
} Rule;

typedef struct
{
  GArray     *orders;     /* DateOrder */
  GArray     *rules;      /* Rule */
  GParamSpec *done_status;
  int         done_value;
  GParamSpec *done_date;
} SgRecordRules;

static SgRecordRules *
ensure_rules (SgRecordClass *klass)
{
  SgRecordRules *rules = klass->rules;

  /* Lives as long as the class: for the life of the program. */
  if (rules == NULL)
    {
      rules = g_new0 (SgRecordRules, 1);
      rules->orders = g_array_new (FALSE, FALSE, sizeof (DateOrder));
      rules->rules = g_array_new (FALSE, FALSE, sizeof (Rule));
      klass->rules = rules;
    }
  return rules;
}

static gboolean
is_own_field (SgRecordClass *klass,
              GParamSpec    *pspec,
              SgFieldKind    kind)
{
  return G_IS_PARAM_SPEC (pspec) &&
         g_object_class_find_property (G_OBJECT_CLASS (klass), pspec->name) == pspec &&
         sg_field_get_kind (pspec) == kind;
}

void
sg_record_class_add_date_order (SgRecordClass *klass,
                                GParamSpec    *earlier,
                                GParamSpec    *later,
                                const char    *message)
{
  DateOrder order = { earlier, later, message };

  g_return_if_fail (SG_IS_RECORD_CLASS (klass));
  g_return_if_fail (is_own_field (klass, earlier, SG_FIELD_DATE));
  g_return_if_fail (is_own_field (klass, later, SG_FIELD_DATE));
  g_return_if_fail (message != NULL);

  g_array_append_val (ensure_rules (klass)->orders, order);
}

void
sg_record_class_add_rule (SgRecordClass   *klass,
                          GParamSpec      *field,
                          SgRecordRuleFunc func)
{
  Rule rule = { field, func };

  g_return_if_fail (SG_IS_RECORD_CLASS (klass));
  g_return_if_fail (G_IS_PARAM_SPEC (field));
  g_return_if_fail (func != NULL);

  g_array_append_val (ensure_rules (klass)->rules, rule);
}

void
sg_record_class_set_done_date (SgRecordClass *klass,
                               GParamSpec    *status,
                               int            done_value,
                               GParamSpec    *date)
{
  SgRecordRules *rules;

  g_return_if_fail (SG_IS_RECORD_CLASS (klass));
  g_return_if_fail (is_own_field (klass, status, SG_FIELD_CHOICE));
  g_return_if_fail (is_own_field (klass, date, SG_FIELD_DATE));

  rules = ensure_rules (klass);
  rules->done_status = status;
  rules->done_value = done_value;
  rules->done_date = date;
}

gboolean
sg_record_class_get_done_date (SgRecordClass *klass,
                               GParamSpec   **status,
                               int           *done_value,
                               GParamSpec   **date)
{
  SgRecordRules *rules;

  g_return_val_if_fail (SG_IS_RECORD_CLASS (klass), FALSE);

  rules = klass->rules;
  if (rules == NULL || rules->done_status == NULL)
    return FALSE;
  if (status != NULL)
    *status = rules->done_status;
  if (done_value != NULL)
    *done_value = rules->done_value;
  if (date != NULL)
    *date = rules->done_date;
  return TRUE;
}

static const char *
peek_date (SgRecord   *record,
           GParamSpec *field)
{
  const char *date = g_value_get_string (sg_record_peek_value (record, field));

  return date != NULL && *date != '\0' ? date : NULL;
}

char *
sg_record_check (SgRecord        *record,
                 GParamSpec      *changed,
                 SgRecord *const *records,
                 guint            n_records)
{
  SgRecordRules *rules;

  g_return_val_if_fail (SG_IS_RECORD (record), NULL);

  rules = SG_RECORD_GET_CLASS (record)->rules;
  if (rules == NULL)
    return NULL;

  for (guint i = 0; i < rules->orders->len; i++)
    {
      const DateOrder *order = &g_array_index (rules->orders, DateOrder, i);
      const char *earlier, *later;

      if (changed != NULL && changed != order->earlier && changed != order->later)
        continue;
      earlier = peek_date (record, order->earlier);
      later = peek_date (record, order->later);
      /* ISO dates compare as text. */
      if (earlier != NULL && later != NULL && strcmp (later, earlier) < 0)
        return g_strdup (g_dgettext (GETTEXT_PACKAGE, order->message));
    }
  for (guint i = 0; i < rules->rules->len; i++)
    {
      const Rule *rule = &g_array_index (rules->rules, Rule, i);
      char *why;

      if (changed != NULL && changed != rule->field)
        continue;
      if ((why = rule->func (record, records, n_records)) != NULL)
        return why;
    }
  return NULL;
}
