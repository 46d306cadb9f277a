/* sg-control-row.h: one control in the controls list — ref, title, status badge, what it lacks
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-soa.h"

G_BEGIN_DECLS

#define SG_TYPE_CONTROL_ROW (sg_control_row_get_type ())

G_DECLARE_FINAL_TYPE (SgControlRow, sg_control_row, SG, CONTROL_ROW, GtkListBoxRow)

GtkWidget  *sg_control_row_new        (SgStore      *store,
                                       SgRecord     *control);
SgRecord   *sg_control_row_get_control (SgControlRow *self);
/* The rules' flags as last computed by sg_control_row_update (). */
SgSoaFlags  sg_control_row_get_flags  (SgControlRow *self);
/* Reads the control and the rules again: after an edit of it, of its
 * evidence or of a risk naming it. */
void        sg_control_row_update     (SgControlRow *self,
                                       const char   *today);
/* Narrow: the title in two lines at most, the flags as icons. */
void        sg_control_row_set_narrow (SgControlRow *self,
                                       gboolean      narrow);
/* The status badge's text: "Implemented", "Not applicable". */
const char *sg_control_row_get_badge_text (SgControlRow *self);

/* The section a control is listed under: its theme, or SG_SOA_THEME_OWN
 * for the organisation's own controls. */
int         sg_control_row_section_of (SgRecord     *control);

G_END_DECLS
