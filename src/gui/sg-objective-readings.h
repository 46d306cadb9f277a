/* sg-objective-readings.h: an objective's readings in its detail pane — what they suggest, their trend, each reading
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_OBJECTIVE_READINGS (sg_objective_readings_get_type ())

G_DECLARE_FINAL_TYPE (SgObjectiveReadings, sg_objective_readings, SG, OBJECTIVE_READINGS, AdwPreferencesGroup)

/* The readings of the objective set with _set_objective (), newest
 * first, each to be opened and edited in place, with Add; above them the
 * status they suggest (and whether a person set another) and the trend. */
GtkWidget  *sg_objective_readings_new           (SgStore             *store);
void        sg_objective_readings_set_objective (SgObjectiveReadings *self,
                                                 SgRecord            *objective);
/* The readings shown, newest first. */
GListModel *sg_objective_readings_get_shown     (SgObjectiveReadings *self);
/* What the readings suggest, as shown above them. */
const char *sg_objective_readings_get_summary   (SgObjectiveReadings *self);
/* Adds a reading of @value taken on @date (ISO) by the person the user
 * is (Preferences), with @note, through the store; FALSE with @error. */
gboolean    sg_objective_readings_add           (SgObjectiveReadings *self,
                                                 const char          *date,
                                                 double               value,
                                                 const char          *note,
                                                 GError             **error);

G_END_DECLS
