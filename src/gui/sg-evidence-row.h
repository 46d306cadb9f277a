/* sg-evidence-row.h: one evidence item in its control's detail — where it is, until when it holds
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_EVIDENCE_ROW (sg_evidence_row_get_type ())

G_DECLARE_FINAL_TYPE (SgEvidenceRow, sg_evidence_row, SG, EVIDENCE_ROW, AdwExpanderRow)

/* @today: ISO date the expiry is measured from; NULL: the real today. */
GtkWidget *sg_evidence_row_new          (SgStore       *store,
                                         SgRecord      *evidence,
                                         const char    *today);
SgRecord  *sg_evidence_row_get_evidence (SgEvidenceRow *self);
/* What the row says under the title: "Expired on 2026-01-10", "File not found". */
const char *sg_evidence_row_get_status  (SgEvidenceRow *self);
/* Whether the Open button may launch the location. */
gboolean   sg_evidence_row_can_open     (SgEvidenceRow *self);

G_END_DECLS
