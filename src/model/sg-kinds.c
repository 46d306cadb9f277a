/* sg-kinds.c: every record kind, in the order an ISMS reads them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-kinds"

#include "config.h"

#include "sg-action.h"
#include "sg-asset.h"
#include "sg-audit.h"
#include "sg-awareness-activity.h"
#include "sg-communication.h"
#include "sg-competence-record.h"
#include "sg-context-issue.h"
#include "sg-control.h"
#include "sg-document.h"
#include "sg-evidence.h"
#include "sg-finding.h"
#include "sg-interested-party.h"
#include "sg-kinds.h"
#include "sg-management-review.h"
#include "sg-matrix-cell.h"
#include "sg-nonconformity.h"
#include "sg-obligation.h"
#include "sg-objective-reading.h"
#include "sg-objective.h"
#include "sg-person.h"
#include "sg-planned-change.h"
#include "sg-protection-level.h"
#include "sg-requirement.h"
#include "sg-risk-level.h"
#include "sg-risk.h"
#include "sg-role.h"
#include "sg-scale-level.h"
#include "sg-scope.h"
#include "sg-soa-version.h"
#include "sg-supplier.h"

#define N_KINDS 29

static GType kinds[N_KINDS];

static gpointer
init_kinds (gpointer data)
{
  guint n = 0;

  /* Clauses 4 to 10 first, the risk method's settings last. */
  kinds[n++] = SG_TYPE_SCOPE;
  kinds[n++] = SG_TYPE_CONTEXT_ISSUE;
  kinds[n++] = SG_TYPE_INTERESTED_PARTY;
  kinds[n++] = SG_TYPE_OBLIGATION;
  kinds[n++] = SG_TYPE_REQUIREMENT;
  kinds[n++] = SG_TYPE_ROLE;
  kinds[n++] = SG_TYPE_PERSON;
  kinds[n++] = SG_TYPE_ASSET;
  kinds[n++] = SG_TYPE_RISK;
  kinds[n++] = SG_TYPE_SUPPLIER;
  kinds[n++] = SG_TYPE_CONTROL;
  kinds[n++] = SG_TYPE_EVIDENCE;
  kinds[n++] = SG_TYPE_SOA_VERSION;
  kinds[n++] = SG_TYPE_OBJECTIVE;
  kinds[n++] = SG_TYPE_OBJECTIVE_READING;
  kinds[n++] = SG_TYPE_PLANNED_CHANGE;
  kinds[n++] = SG_TYPE_COMPETENCE_RECORD;
  kinds[n++] = SG_TYPE_AWARENESS_ACTIVITY;
  kinds[n++] = SG_TYPE_COMMUNICATION;
  kinds[n++] = SG_TYPE_DOCUMENT;
  kinds[n++] = SG_TYPE_AUDIT;
  kinds[n++] = SG_TYPE_FINDING;
  kinds[n++] = SG_TYPE_NONCONFORMITY;
  kinds[n++] = SG_TYPE_MANAGEMENT_REVIEW;
  kinds[n++] = SG_TYPE_ACTION;
  kinds[n++] = SG_TYPE_SCALE_LEVEL;
  kinds[n++] = SG_TYPE_RISK_LEVEL;
  kinds[n++] = SG_TYPE_MATRIX_CELL;
  kinds[n++] = SG_TYPE_PROTECTION_LEVEL;
  g_assert (n == N_KINDS);

  /* Class data (table, fields) is what callers want; keep every class alive. */
  for (guint i = 0; i < N_KINDS; i++)
    g_type_class_ref (kinds[i]);

  return kinds;
}

const GType *
sg_record_kinds (guint *n_kinds)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, init_kinds, NULL);

  if (n_kinds != NULL)
    *n_kinds = N_KINDS;
  return once.retval;
}

GType
sg_record_kind_from_table (const char *table)
{
  const GType *all;
  guint n;

  g_return_val_if_fail (table != NULL, G_TYPE_INVALID);

  all = sg_record_kinds (&n);
  for (guint i = 0; i < n; i++)
    {
      SgRecordClass *klass = g_type_class_peek (all[i]);

      if (g_strcmp0 (sg_record_class_get_table (klass), table) == 0)
        return all[i];
    }

  return G_TYPE_INVALID;
}
