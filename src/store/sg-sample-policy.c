/* sg-sample-policy.c: how the example's information security policy was made known (5.2 f)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The policy goes to everyone on the intranet and to the suppliers who
 * work on site; it was last presented at the staff meeting after its
 * approval. The topic-specific policies keep no such record, so the
 * Policy page shows both. */
#define G_LOG_DOMAIN "sg-sample"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-document.h"
#include "sg-sample-private.h"
#include "sg-store.h"

gboolean
sg_sample_add_policy_distribution (Sample  *s,
                                   GError **error)
{
  SgRecord *policy = sg_store_find_by_id (s->store, SG_TYPE_DOCUMENT, s->documents[DOC_POLICY]);

  if (policy == NULL)
    return TRUE;
  return sg_sample_update (s, error, policy,
                           SG_DOCUMENT_DISTRIBUTION,
                           _("All employees (intranet, signed at onboarding); suppliers working on site; "
                             "published on the company website."),
                           SG_DOCUMENT_LAST_COMMUNICATED, sg_sample_date (s, -195),
                           NULL);
}
