/* sg-document.h: a piece of documented information and its control (clause 7.5)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_DOCUMENT (sg_document_get_type ())

#define SG_DOCUMENT_DISTRIBUTION     "distribution"
#define SG_DOCUMENT_LAST_COMMUNICATED "last-communicated"

G_DECLARE_FINAL_TYPE (SgDocument, sg_document, SG, DOCUMENT, SgRecord)

G_END_DECLS
