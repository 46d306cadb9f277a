/* sg-nonconformity-page.h: the nonconformities (clause 10.2) — the record page with what stands out, and their editor
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-nonconformity-filter.h"
#include "sg-record-page.h"

G_BEGIN_DECLS

/* An SgRecordPage for SgNonconformity: the title column carries the
 * badges, a bar above the list filters by them, the detail is an
 * SgNonconformityEditor. */
GtkWidget             *sg_nonconformity_page_new        (SgStore      *store,
                                                         const char   *title);
SgNonconformityFilter *sg_nonconformity_page_get_filter (SgRecordPage *page);

G_END_DECLS
