/* sg-nonconformity-rules.c: what a nonconformity's state says (clause 10.2) —
 * overdue, actions done but unchecked, reopened — and the effectiveness check
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-nonconformity-rules"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-action.h"
#include "sg-nonconformity-rules.h"
#include "sg-nonconformity.h"
#include "sg-person.h"
#include "sg-store-private.h"

/* The fields a check writes, in the order it writes them: the result
 * after the date, who and notes, so the store's rule sees a complete
 * check; the status and closed-on last, where "effective" may close. */
static const char * const check_fields[] = {
  SG_NONCONFORMITY_EFFECTIVENESS_CHECKED_ON,
  SG_NONCONFORMITY_EFFECTIVENESS_CHECKED_BY,
  SG_NONCONFORMITY_EFFECTIVENESS_NOTES,
  SG_NONCONFORMITY_EFFECTIVENESS,
  SG_NONCONFORMITY_STATUS,
  SG_NONCONFORMITY_CLOSED_ON,
};
#define N_CHECK_FIELDS G_N_ELEMENTS (check_fields)

struct _SgNcCheck
{
  SgRecord *nc;
  GValue    old[N_CHECK_FIELDS];
  gboolean  reopened;
  gboolean  closed;
};

static GParamSpec *
nc_field (const char *name)
{
  GParamSpec *pspec = sg_record_class_find_field (g_type_class_peek (SG_TYPE_NONCONFORMITY), name);

  g_assert (pspec != NULL);
  return pspec;
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

GPtrArray *
sg_nonconformity_list_actions (SgStore  *store,
                               SgRecord *nc)
{
  GPtrArray *actions = g_ptr_array_new ();
  SgRecord *const *records;
  guint n;
  gint64 id;

  g_return_val_if_fail (SG_IS_STORE (store), actions);
  g_return_val_if_fail (SG_IS_NONCONFORMITY (nc), actions);

  id = sg_record_get_id (nc);
  if (id == 0)
    return actions;
  records = sg_store_peek_records (store, SG_TYPE_ACTION, &n);
  for (guint i = 0; i < n; i++)
    if (sg_record_peek_int64 (records[i], SG_ACTION_NONCONFORMITY) == id)
      g_ptr_array_add (actions, records[i]);
  return actions;
}

/* After a check found them not effective, only actions done since count:
 * those done after the check, or raised on its day or later and done
 * without a date. */
static gboolean
done_since (SgRecord   *action,
            const char *checked_on)
{
  const char *done_on = sg_record_peek_string (action, SG_ACTION_DONE_ON);
  const char *raised_on = sg_record_peek_string (action, SG_ACTION_RAISED_ON);

  if (!is_empty (done_on))
    return strcmp (done_on, checked_on) > 0;
  return !is_empty (raised_on) && strcmp (raised_on, checked_on) >= 0;
}

SgNcFlags
sg_nonconformity_get_flags (SgStore    *store,
                            SgRecord   *nc,
                            const char *today)
{
  g_autoptr(GPtrArray) actions = NULL;
  SgNcFlags flags = SG_NC_FLAG_NONE;
  SgEffectiveness effectiveness;
  const char *checked_on;
  guint n_done = 0, n_open = 0;
  gboolean done_after_check = FALSE;

  g_return_val_if_fail (SG_IS_STORE (store), SG_NC_FLAG_NONE);
  g_return_val_if_fail (SG_IS_NONCONFORMITY (nc), SG_NC_FLAG_NONE);

  if (sg_record_peek_enum (nc, SG_NONCONFORMITY_STATUS) == SG_NC_STATUS_CLOSED)
    return SG_NC_FLAG_NONE;

  if (sg_record_is_overdue (nc, today))
    flags |= SG_NC_FLAG_OVERDUE;

  effectiveness = sg_record_peek_enum (nc, SG_NONCONFORMITY_EFFECTIVENESS);
  checked_on = sg_record_peek_string (nc, SG_NONCONFORMITY_EFFECTIVENESS_CHECKED_ON);
  if (effectiveness == SG_EFFECTIVENESS_NOT_EFFECTIVE)
    flags |= SG_NC_FLAG_REOPENED;

  actions = sg_nonconformity_list_actions (store, nc);
  for (guint i = 0; i < actions->len; i++)
    {
      SgRecord *action = actions->pdata[i];

      switch ((SgActionStatus) sg_record_peek_enum (action, SG_ACTION_STATUS))
        {
        case SG_ACTION_STATUS_DONE:
          n_done++;
          if (!is_empty (checked_on) && done_since (action, checked_on))
            done_after_check = TRUE;
          break;
        case SG_ACTION_STATUS_CANCELLED:
          break;
        case SG_ACTION_STATUS_OPEN:
        case SG_ACTION_STATUS_IN_PROGRESS:
        default:
          n_open++;
          break;
        }
    }
  if (n_done == 0 && n_open == 0)
    flags |= SG_NC_FLAG_NO_CORRECTIVE_ACTION;
  if (n_done > 0 && n_open == 0 &&
      (effectiveness == SG_EFFECTIVENESS_NOT_CHECKED ||
       (effectiveness == SG_EFFECTIVENESS_NOT_EFFECTIVE && done_after_check)))
    flags |= SG_NC_FLAG_EFFECTIVENESS_UNCHECKED;
  return flags;
}

/* The store's rule */

static void
append_change (GArray       *changes,
               const char   *field,
               const GValue *value)
{
  SgStoreChange change = { nc_field (field), G_VALUE_INIT };

  g_value_init (&change.value, G_VALUE_TYPE (value));
  g_value_copy (value, &change.value);
  g_array_append_val (changes, change);
}

void
sg_nonconformity_follow_effectiveness (SgRecord     *nc,
                                       const GValue *old_value,
                                       GArray       *changes)
{
  SgNcStatus status;
  const char *closed_on;

  g_return_if_fail (SG_IS_NONCONFORMITY (nc));

  if (sg_record_peek_enum (nc, SG_NONCONFORMITY_EFFECTIVENESS) != SG_EFFECTIVENESS_NOT_EFFECTIVE ||
      (old_value != NULL && G_VALUE_HOLDS_ENUM (old_value) &&
       g_value_get_enum (old_value) == SG_EFFECTIVENESS_NOT_EFFECTIVE))
    return;

  /* Open, not in progress: the cause must be looked at again and new
   * actions planned before anyone works on them. An NC already open or
   * in progress stays as it is. */
  status = sg_record_peek_enum (nc, SG_NONCONFORMITY_STATUS);
  if (status == SG_NC_STATUS_CLOSED || status == SG_NC_STATUS_AWAITING_VERIFICATION)
    {
      g_auto(GValue) open = G_VALUE_INIT;

      g_value_init (&open, SG_TYPE_NC_STATUS);
      g_value_set_enum (&open, SG_NC_STATUS_OPEN);
      append_change (changes, SG_NONCONFORMITY_STATUS, &open);
    }
  closed_on = sg_record_peek_string (nc, SG_NONCONFORMITY_CLOSED_ON);
  if (!is_empty (closed_on))
    {
      g_auto(GValue) none = G_VALUE_INIT;

      g_value_init (&none, G_TYPE_STRING);
      append_change (changes, SG_NONCONFORMITY_CLOSED_ON, &none);
    }
}

/* Recording a check */

static void
check_free_values (SgNcCheck *check)
{
  for (guint i = 0; i < N_CHECK_FIELDS; i++)
    if (G_IS_VALUE (&check->old[i]))
      g_value_unset (&check->old[i]);
}

void
sg_nc_check_free (SgNcCheck *check)
{
  if (check == NULL)
    return;
  check_free_values (check);
  g_clear_object (&check->nc);
  g_free (check);
}

static void
set_string (SgRecord   *nc,
            const char *field,
            const char *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, is_empty (text) ? NULL : text);
  sg_record_set_value (nc, nc_field (field), &value);
}

static void
set_enum (SgRecord   *nc,
          const char *field,
          GType       type,
          int         nick_value)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, type);
  g_value_set_enum (&value, nick_value);
  sg_record_set_value (nc, nc_field (field), &value);
}

static void
set_id (SgRecord   *nc,
        const char *field,
        gint64      id)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, id);
  sg_record_set_value (nc, nc_field (field), &value);
}

/* A failed batch leaves the register as it was; the record is put back
 * to match it. */
static void
put_back (SgStore   *store,
          SgNcCheck *check)
{
  for (guint i = N_CHECK_FIELDS; i > 0; i--)
    sg_store_set_quietly (store, check->nc, nc_field (check_fields[i - 1]), &check->old[i - 1]);
}

gboolean
sg_nonconformity_check_date (SgRecord    *nc,
                             const char  *date,
                             const char  *today,
                             GError     **error)
{
  const char *raised_on = sg_record_peek_string (nc, SG_NONCONFORMITY_RAISED_ON);
  g_autofree char *now = NULL;

  if (is_empty (date) || !sg_date_is_valid (date))
    {
      g_set_error_literal (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID,
                           _("Enter the day the effectiveness was checked."));
      return FALSE;
    }
  if (!is_empty (raised_on) && strcmp (date, raised_on) < 0)
    {
      g_set_error (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID,
                   /* Translators: %s is a date such as 2027-03-31 */
                   _("The check cannot be before the nonconformity was raised (%s)."), raised_on);
      return FALSE;
    }
  if (today == NULL)
    today = now = sg_date_today ();
  if (strcmp (date, today) > 0)
    {
      g_set_error_literal (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID,
                           _("The check cannot be in the future: record it once it is done."));
      return FALSE;
    }
  return TRUE;
}

SgNcCheck *
sg_nonconformity_record_check (SgStore         *store,
                               SgRecord        *nc,
                               SgEffectiveness  result,
                               const char      *date,
                               gint64           checked_by,
                               const char      *notes,
                               gboolean         close,
                               const char      *today,
                               GError         **error)
{
  g_autoptr(SgNcCheck) check = NULL;
  SgNcStatus status_before;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_NONCONFORMITY (nc), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (result != SG_EFFECTIVENESS_EFFECTIVE && result != SG_EFFECTIVENESS_NOT_EFFECTIVE)
    {
      g_set_error_literal (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID,
                           _("Choose whether the corrective actions were effective."));
      return NULL;
    }
  if (!sg_nonconformity_check_date (nc, date, today, error))
    return NULL;
  if (checked_by != 0 && !SG_IS_PERSON (sg_store_find_by_id (store, SG_TYPE_PERSON, checked_by)))
    {
      g_set_error_literal (error, SG_STORE_ERROR, SG_STORE_ERROR_INVALID,
                           _("The person who checked is not in the directory."));
      return NULL;
    }

  check = g_new0 (SgNcCheck, 1);
  check->nc = g_object_ref (nc);
  for (guint i = 0; i < N_CHECK_FIELDS; i++)
    {
      GParamSpec *pspec = nc_field (check_fields[i]);

      g_value_init (&check->old[i], G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_value_copy (sg_record_peek_value (nc, pspec), &check->old[i]);
    }
  status_before = sg_record_peek_enum (nc, SG_NONCONFORMITY_STATUS);

  if (!sg_store_begin_batch (store, error))
    return NULL;
  set_string (nc, SG_NONCONFORMITY_EFFECTIVENESS_CHECKED_ON, date);
  set_id (nc, SG_NONCONFORMITY_EFFECTIVENESS_CHECKED_BY, checked_by);
  set_string (nc, SG_NONCONFORMITY_EFFECTIVENESS_NOTES, notes);
  /* "Not effective" reopens through the store's rule, as any edit does. */
  set_enum (nc, SG_NONCONFORMITY_EFFECTIVENESS, SG_TYPE_EFFECTIVENESS, result);
  /* An NC closed before keeps the day it was closed. */
  if (result == SG_EFFECTIVENESS_EFFECTIVE && close && status_before != SG_NC_STATUS_CLOSED)
    {
      set_enum (nc, SG_NONCONFORMITY_STATUS, SG_TYPE_NC_STATUS, SG_NC_STATUS_CLOSED);
      set_string (nc, SG_NONCONFORMITY_CLOSED_ON, date);
    }
  if (!sg_store_commit_batch (store, error))
    {
      put_back (store, check);
      return NULL;
    }

  check->reopened = result == SG_EFFECTIVENESS_NOT_EFFECTIVE &&
                    (status_before == SG_NC_STATUS_CLOSED ||
                     status_before == SG_NC_STATUS_AWAITING_VERIFICATION);
  check->closed = result == SG_EFFECTIVENESS_EFFECTIVE && close &&
                  status_before != SG_NC_STATUS_CLOSED;
  return g_steal_pointer (&check);
}

gboolean
sg_nc_check_get_reopened (SgNcCheck *check)
{
  g_return_val_if_fail (check != NULL, FALSE);

  return check->reopened;
}

gboolean
sg_nc_check_get_closed (SgNcCheck *check)
{
  g_return_val_if_fail (check != NULL, FALSE);

  return check->closed;
}

SgRecord *
sg_nc_check_get_nonconformity (SgNcCheck *check)
{
  g_return_val_if_fail (check != NULL, NULL);

  return check->nc;
}

gboolean
sg_nc_check_undo (SgNcCheck  *check,
                  SgStore    *store,
                  GError    **error)
{
  GValue now[N_CHECK_FIELDS] = { G_VALUE_INIT };
  gboolean ok;

  g_return_val_if_fail (check != NULL, FALSE);
  g_return_val_if_fail (SG_IS_STORE (store), FALSE);

  /* Deleted since: nothing to put back. */
  if (sg_store_find_by_id (store, SG_TYPE_NONCONFORMITY, sg_record_get_id (check->nc)) != check->nc)
    {
      g_set_error_literal (error, SG_STORE_ERROR, SG_STORE_ERROR_NOT_FOUND,
                           _("The nonconformity was deleted in the meantime."));
      return FALSE;
    }
  for (guint i = 0; i < N_CHECK_FIELDS; i++)
    {
      GParamSpec *pspec = nc_field (check_fields[i]);

      g_value_init (&now[i], G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_value_copy (sg_record_peek_value (check->nc, pspec), &now[i]);
    }
  if (!sg_store_begin_batch (store, error))
    {
      for (guint i = 0; i < N_CHECK_FIELDS; i++)
        g_value_unset (&now[i]);
      return FALSE;
    }
  /* In check_fields' order: putting back "not effective" reopens through
   * the rule, then the status and closed-on are set back over it. */
  for (guint i = 0; i < N_CHECK_FIELDS; i++)
    sg_record_set_value (check->nc, nc_field (check_fields[i]), &check->old[i]);
  ok = sg_store_commit_batch (store, error);
  if (!ok)
    for (guint i = N_CHECK_FIELDS; i > 0; i--)
      sg_store_set_quietly (store, check->nc, nc_field (check_fields[i - 1]), &now[i - 1]);
  for (guint i = 0; i < N_CHECK_FIELDS; i++)
    g_value_unset (&now[i]);
  return ok;
}
