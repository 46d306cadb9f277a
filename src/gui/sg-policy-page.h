/* sg-policy-page.h: the information security policy as the Leadership group shows it (5.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-page.h"
#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_POLICY_PAGE (sg_policy_page_get_type ())

G_DECLARE_FINAL_TYPE (SgPolicyPage, sg_policy_page, SG, POLICY_PAGE, SgPage)

GtkWidget *sg_policy_page_new            (SgStore      *store);
/* The information security policy shown, or NULL for the empty state. */
SgRecord  *sg_policy_page_get_policy     (SgPolicyPage *self);
/* Sets the policy's last-communicated date to today, with an Undo toast
 * ("policy.communicated-today" does the same). */
void       sg_policy_page_communicated_today (SgPolicyPage *self);

G_END_DECLS
