/* sg-format.h: how field values read in lists, editors and the history
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

/* Natural order: "5.9" before "5.10", "R-009" before "R-010"; empty last. */
int    sg_natural_compare         (const char   *a,
                                   const char   *b);

/* "2025-03-14" in the locale's date format; NULL for no date. */
char  *sg_format_date             (const char   *iso_date);
/* An ISO 8601 timestamp in the local time zone; NULL for none. */
char  *sg_format_timestamp        (const char   *iso_timestamp);
/* "3 – Likely" for a rating on the risk method's scale; NULL for 0. */
char  *sg_format_rating           (SgRiskMethod *method,
                                   SgScaleAxis   axis,
                                   int           value);

/* The folder of @path for people: "~/Documents" for a folder in the home. */
char  *sg_format_folder           (const char   *path);

/* A field's value as a person reads it; NULL when it has none. */
char  *sg_format_value            (SgStore      *store,
                                   GParamSpec   *pspec,
                                   const GValue *value);
char  *sg_format_field            (SgStore      *store,
                                   SgRecord     *record,
                                   GParamSpec   *pspec);
/* A value in the register's text form (history), as a person reads it. */
char  *sg_format_stored_text      (SgStore      *store,
                                   GParamSpec   *pspec,
                                   const char   *text);

G_END_DECLS
