/* sg-format.h: how field values read in lists, editors and the history
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

/* Natural order: "5.9" before "5.10", "R-009" before "R-010"; empty last. */
int    sg_natural_compare         (const char   *a,
                                   const char   *b);

/* The folder of @path for people: "~/Documents" for a folder in the home. */
char  *sg_format_folder           (const char   *path);

/* A field's value as a person reads it (sg_field_format); NULL when it
 * has none. Dates and ratings: sg_field_format_date (), …_rating (). */
char  *sg_format_value            (SgStore      *store,
                                   GParamSpec   *pspec,
                                   const GValue *value);
char  *sg_format_field            (SgStore      *store,
                                   SgRecord     *record,
                                   GParamSpec   *pspec);

/* A kind's plural in a title: its page's title where that is the plural
 * in title case ("Interested Parties"), else the plural; translated. */
const char *sg_format_plural_title (SgRecordClass *klass);

G_END_DECLS
