/* sg-import-date.h: the dates spreadsheets hold, read as 2027-03-31
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How a/b/yyyy is read. A column decides once for all its values. */
typedef enum
{
  SG_DATE_ORDER_AUTO,         /* day first, unless only month first fits the value */
  SG_DATE_ORDER_DAY_FIRST,    /* 03/04/2027 is 3 April */
  SG_DATE_ORDER_MONTH_FIRST,  /* 03/04/2027 is 4 March */
} SgDateOrder;

typedef enum
{
  SG_DATE_FORM_NONE,      /* not a date */
  SG_DATE_FORM_ISO,       /* 2027-03-31 (a time after it is dropped) */
  SG_DATE_FORM_DOTTED,    /* 31.03.2027: always day first */
  SG_DATE_FORM_SLASHED,   /* 31/03/2027 or 03/31/2027 (also with -) */
  SG_DATE_FORM_SERIAL,    /* 46477: Excel's day number, within 1927–2119 */
  SG_DATE_FORM_QUARTER,   /* Q3 2024, 2024-Q3: the quarter's last day */
} SgDateForm;

/* Returns "YYYY-MM-DD", or NULL when @text is no date; *@form (may be
 * NULL) says which form it had. */
char        *sg_import_date_parse       (const char   *text,
                                         SgDateOrder   order,
                                         SgDateForm   *form);

/* What an a/b/yyyy value says about its column's order: DAY_FIRST when
 * a > 12, MONTH_FIRST when b > 12, AUTO when both fit (or it is no such
 * value; then *@slashed is FALSE). */
SgDateOrder  sg_import_date_order_hint  (const char   *text,
                                         gboolean     *slashed);

/* Excel's day number (its fraction, the time, dropped) as "YYYY-MM-DD";
 * NULL outside 1900–9999. @date1904: the workbook counts from 1904. */
char        *sg_import_date_from_serial (double        serial,
                                         gboolean      date1904);

G_END_DECLS
