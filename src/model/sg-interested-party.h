/* sg-interested-party.h: an interested party and its requirements (clause 4.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_INTERESTED_PARTY (sg_interested_party_get_type ())

G_DECLARE_FINAL_TYPE (SgInterestedParty, sg_interested_party, SG, INTERESTED_PARTY, SgRecord)

G_END_DECLS
