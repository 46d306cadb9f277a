/* sg-requirement-row.h: one clause requirement on the checklist — its state in words, the reason, the records behind it, the override
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-readiness.h"

G_BEGIN_DECLS

#define SG_TYPE_REQUIREMENT_ROW (sg_requirement_row_get_type ())

G_DECLARE_FINAL_TYPE (SgRequirementRow, sg_requirement_row, SG, REQUIREMENT_ROW, AdwExpanderRow)

/* A row for the requirement of @ref ("6.1.2"); shows nothing computed
 * until sg_requirement_row_update (). */
GtkWidget   *sg_requirement_row_new        (const char              *ref);
const char  *sg_requirement_row_get_ref    (SgRequirementRow        *self);
/* Shows @result (its state, reason, records, and the override with its
 * note when a person gave one). */
void         sg_requirement_row_update     (SgRequirementRow        *self,
                                            const SgReadinessResult *result);
/* What the badge says, e.g. "Met (override)": for tests. */
const char  *sg_requirement_row_get_state_text (SgRequirementRow    *self);
/* The rows that open a record behind the requirement (AdwActionRow). */
GPtrArray   *sg_requirement_row_get_record_rows (SgRequirementRow   *self);

G_END_DECLS
