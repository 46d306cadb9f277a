/* sg-audit-findings.h: an audit's findings and the nonconformities they raised (clauses 9.2, 10.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

/* Raises a nonconformity from @finding, saved at once as one new record:
 * its title the first line of the finding's description, the description
 * carried over, source "audit finding", linked to the finding, severity
 * major for a major nonconformity (else minor), raised on @today (NULL:
 * the real today). Undo is sg_store_remove () of what it returns (a new
 * reference); NULL with @error set if it cannot be saved. */
SgRecord *sg_audit_findings_raise_nc   (SgStore    *store,
                                        SgRecord   *finding,
                                        const char *today,
                                        GError    **error);
/* The nonconformity raised from @finding (the first, if several name
 * it), borrowed; NULL for none. */
SgRecord *sg_audit_findings_find_nc    (SgStore    *store,
                                        SgRecord   *finding);
/* The title a nonconformity raised from @finding gets. */
char     *sg_audit_findings_nc_title   (SgRecord   *finding);
/* What deleting @audit touches: how many of its findings raised a
 * nonconformity, and how many nonconformities that is. */
void      sg_audit_findings_count_ncs  (SgStore    *store,
                                        SgRecord   *audit,
                                        guint      *n_findings,
                                        guint      *n_ncs);

G_END_DECLS
