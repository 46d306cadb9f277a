/* sg-audit-independence.h: the warning on an audit whose auditor audits their own work
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_AUDIT_INDEPENDENCE (sg_audit_independence_get_type ())

G_DECLARE_FINAL_TYPE (SgAuditIndependence, sg_audit_independence, SG, AUDIT_INDEPENDENCE, AdwPreferencesGroup)

/* @note: the widget that edits the audit's independence note; shown when
 * there is something to explain (or already an explanation). */
GtkWidget *sg_audit_independence_new       (SgStore             *store,
                                            GtkWidget           *note);
void       sg_audit_independence_set_audit (SgAuditIndependence *self,
                                            SgRecord            *audit);
/* Recounts (owners may have changed elsewhere). */
void       sg_audit_independence_refresh   (SgAuditIndependence *self);
/* Whether it warns now: a conflict without a reason. */
gboolean   sg_audit_independence_is_warning (SgAuditIndependence *self);

G_END_DECLS
