/* sg-communication.h: a planned internal or external communication (clause 7.4)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

#define SG_TYPE_COMMUNICATION (sg_communication_get_type ())

#define SG_COMMUNICATION_TIMING        "timing"
#define SG_COMMUNICATION_COMMUNICATOR  "communicator"
#define SG_COMMUNICATION_LAST_DONE     "last-done"

G_DECLARE_FINAL_TYPE (SgCommunication, sg_communication, SG, COMMUNICATION, SgRecord)

G_END_DECLS
