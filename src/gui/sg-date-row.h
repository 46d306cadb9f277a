/* sg-date-row.h: a row that shows a date and picks it from a calendar
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SG_TYPE_DATE_ROW (sg_date_row_get_type ())

G_DECLARE_FINAL_TYPE (SgDateRow, sg_date_row, SG, DATE_ROW, AdwActionRow)

GtkWidget  *sg_date_row_new       (void);
/* The date as "YYYY-MM-DD", or NULL when none is set. */
const char *sg_date_row_get_date  (SgDateRow  *self);
void        sg_date_row_set_date  (SgDateRow  *self,
                                   const char *iso_date);

G_END_DECLS
