/* sg-audit-programme-view.h: the audit programme above the audits — quarters, and coverage gaps
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_AUDIT_PROGRAMME_VIEW (sg_audit_programme_view_get_type ())

G_DECLARE_FINAL_TYPE (SgAuditProgrammeView, sg_audit_programme_view, SG, AUDIT_PROGRAMME_VIEW, GtkWidget)

/* Follows the register's audits; "audit-activated" (SgRecord *audit)
 * when a coverage item is clicked: the audit that last covered it. */
GtkWidget *sg_audit_programme_view_new      (SgStore              *store);
/* Computes again as on @today (NULL: the real today); for tests. */
void       sg_audit_programme_view_set_today (SgAuditProgrammeView *self,
                                              const char           *today);
/* The coverage items' buttons, clauses then themes, and the summary. */
GtkWidget *sg_audit_programme_view_get_coverage (SgAuditProgrammeView *self);
const char *sg_audit_programme_view_get_summary (SgAuditProgrammeView *self);

G_END_DECLS
