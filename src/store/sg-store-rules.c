/* sg-store-rules.c: the store keeps out what the kinds declare a record
 * may not hold, and fills the "done on" date they declare
 *
 * The rules themselves are the kinds' (sg_record_class_add_date_order (),
 * _add_rule (), _set_done_date () in sg-record-rules.c); here they meet
 * the register: the other records of the kind, and today.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-store"

#include "config.h"

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
