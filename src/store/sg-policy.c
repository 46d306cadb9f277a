/* sg-policy.c: which documents are the information security policy and the topic-specific policies (5.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-policy"

#include "config.h"

#include "sg-document.h"
#include "sg-enums.h"
#include "sg-policy.h"

static gboolean
is_approved (SgRecord *document)
{
  return sg_record_peek_enum (document, "status") == SG_DOCUMENT_STATUS_APPROVED;
}

static int
compare_policies (gconstpointer a,
                  gconstpointer b)
{
  SgRecord *pa = *(SgRecord **) a;
  SgRecord *pb = *(SgRecord **) b;
  gint64 ia = sg_record_get_id (pa);
  gint64 ib = sg_record_get_id (pb);

  if (is_approved (pa) != is_approved (pb))
    return is_approved (pa) ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

GPtrArray *
sg_policy_list (SgStore *store)
{
  GPtrArray *policies;
  SgRecord *const *documents;
  guint n;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  policies = g_ptr_array_new ();
  documents = sg_store_peek_records (store, SG_TYPE_DOCUMENT, &n);
  for (guint i = 0; i < n; i++)
    if (sg_record_peek_enum (documents[i], "type") == SG_DOCUMENT_TYPE_POLICY &&
        sg_record_peek_enum (documents[i], "status") != SG_DOCUMENT_STATUS_WITHDRAWN)
      g_ptr_array_add (policies, documents[i]);
  /* Approved first, then the oldest: the first is the top-level policy.
   * The others keep the order of their records, which is that of their refs. */
  g_ptr_array_sort (policies, compare_policies);
  return policies;
}
