/* sg-requirement-page.h: the Requirements page — the clause checklist of 4.1–10.2 an auditor walks through, computed from the register
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-enums.h"
#include "sg-page.h"
#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_REQUIREMENT_PAGE (sg_requirement_page_get_type ())

G_DECLARE_FINAL_TYPE (SgRequirementPage, sg_requirement_page, SG, REQUIREMENT_PAGE, SgPage)

/* @today: the day readiness is judged on (ISO 8601); NULL: the real today. */
GtkWidget  *sg_requirement_page_new          (SgStore           *store,
                                              const char        *title,
                                              const char        *today);
/* Computes readiness now and shows it (the page otherwise does so when
 * shown, and shortly after edits while it is shown). */
void        sg_requirement_page_refresh      (SgRequirementPage *self);
/* Opens the row of @requirement and scrolls to it. */
void        sg_requirement_page_select       (SgRequirementPage *self,
                                              SgRecord          *requirement);
/* The row of the requirement @ref (an SgRequirementRow), or NULL. */
GtkWidget  *sg_requirement_page_get_row      (SgRequirementPage *self,
                                              const char        *ref);
/* "21 of 30 met, 8 partly", as the page's summary says it. */
const char *sg_requirement_page_get_summary  (SgRequirementPage *self);
/* Sets or (with SG_REQUIREMENT_OVERRIDE_NONE) clears the override of
 * @ref with @note, as one edit that the toast's Undo puts back. */
gboolean    sg_requirement_page_set_override (SgRequirementPage *self,
                                              const char        *ref,
                                              SgRequirementOverride override,
                                              const char        *note);

G_END_DECLS
