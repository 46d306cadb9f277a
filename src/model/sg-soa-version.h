/* sg-soa-version.h: one issued version of the Statement of Applicability
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_SOA_VERSION (sg_soa_version_get_type ())

#define SG_SOA_VERSION_NUMBER          "version"
#define SG_SOA_VERSION_ISSUED_ON       "issued-on"
#define SG_SOA_VERSION_APPROVED_BY     "approved-by"
#define SG_SOA_VERSION_CHANGE_SUMMARY  "change-summary"
#define SG_SOA_VERSION_CONTENT         "content"

G_DECLARE_FINAL_TYPE (SgSoaVersion, sg_soa_version, SG, SOA_VERSION, SgRecord)

G_END_DECLS
