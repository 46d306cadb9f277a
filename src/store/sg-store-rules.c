/* sg-store-rules.c: what else an edit changes — the few rules that must
 * hold however a field is edited (the detail pane, an import, an Undo)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

#include "sg-nonconformity-rules.h"
#include "sg-nonconformity.h"
#include "sg-store-private.h"

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
