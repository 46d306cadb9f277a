/* sg-field-codec.h: how a field's value reads, the one switch over field kinds
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-field.h"
#include "sg-risk-method.h"

G_BEGIN_DECLS

typedef enum
{
  SG_FIELD_USE_DISPLAY,  /* the window: labels, the locale's dates, names */
  SG_FIELD_USE_EXPORT,   /* CSV and workbook cells: ISO dates, rating numbers, refs */
  SG_FIELD_USE_HISTORY,  /* the change history: the stored form, names for references */
} SgFieldUse;

typedef enum
{
  SG_FIELD_NAMING_DISPLAY,  /* "R-003 Ransomware encrypts servers" */
  SG_FIELD_NAMING_REF,      /* "R-003", or the display name where there is no ref */
  SG_FIELD_NAMING_TITLE,    /* "Jana Petersen": a person is named, never numbered */
} SgFieldNaming;

/* What formatting needs from the register: the records that references
 * and links point at, and the risk method whose scales name the ratings.
 * The store provides one (sg_store_get_field_resolver); without one,
 * references and links read as nothing and ratings as numbers. */
typedef struct
{
  /* The record @id of @kind, named as @naming says; NULL if it does not
   * exist. */
  char          *(*describe_record) (gpointer       data,
                                     GType          kind,
                                     gint64         id,
                                     SgFieldNaming  naming);
  SgRiskMethod  *(*get_method) (gpointer data);
  /* The word for @value of @pspec, a number field with built-in words
   * (sg_field_value_labels), as the register names it; NULL for the
   * built-in one. May itself be NULL. */
  const char    *(*get_value_label) (gpointer    data,
                                     GParamSpec *pspec,
                                     int         value);
  gpointer       data;
} SgFieldResolver;

/* The word for @value of number field @pspec: the register's through
 * @resolver (which may be NULL), else the built-in one; NULL for none. */
const char *sg_field_resolve_value_label (GParamSpec            *pspec,
                                          int                    value,
                                          const SgFieldResolver *resolver);

/* NULL for "no value" (an empty text, an unrated rating, no reference). */
char  *sg_field_format            (GParamSpec            *pspec,
                                   const GValue          *value,
                                   SgFieldUse             use,
                                   const SgFieldResolver *resolver);

/* A value as the history stored it (sg_field_format with
 * SG_FIELD_USE_HISTORY), as the window shows it. */
char  *sg_field_format_stored     (GParamSpec            *pspec,
                                   const char            *text,
                                   const SgFieldResolver *resolver);

/* For the window: the locale's date (ISO 8601 in the C locale), and a
 * timestamp in local time; NULL for no or an invalid date. */
char  *sg_field_format_date       (const char            *iso_date);
char  *sg_field_format_timestamp  (const char            *iso_timestamp);
/* "2 – High": a number field's value with its word (sg_field_value_labels). */
char  *sg_field_format_labelled_number (int                    value,
                                        const char            *label);
/* "4 – Likely"; "6 (not on the scale)"; NULL for unrated. */
char  *sg_field_format_rating     (SgRiskMethod          *method,
                                   SgScaleAxis            axis,
                                   int                    value);

G_END_DECLS
