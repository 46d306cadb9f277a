/* sg-field.h: typed field specs, the one place a record kind describes its columns
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What a property holds beyond its GType, so that the store, the exports
 * and the generic editors know how to treat it without per-kind code. */
typedef enum
{
  SG_FIELD_TEXT,        /* gchararray, one line */
  SG_FIELD_LONG_TEXT,   /* gchararray, paragraphs */
  SG_FIELD_DATE,        /* gchararray "YYYY-MM-DD" or NULL */
  SG_FIELD_TIMESTAMP,   /* gchararray ISO 8601 UTC, set by the store */
  SG_FIELD_COLOUR,      /* gchararray "#rrggbb" */
  SG_FIELD_NUMBER,      /* gint */
  SG_FIELD_DECIMAL,     /* gdouble */
  SG_FIELD_BOOLEAN,     /* gboolean */
  SG_FIELD_CHOICE,      /* a registered GEnum */
  SG_FIELD_LIKELIHOOD,  /* gint, 0 = not rated, else a likelihood scale value */
  SG_FIELD_IMPACT,      /* gint, 0 = not rated, else an impact scale value */
  SG_FIELD_REFERENCE,   /* gint64 id of a record of another kind, 0 = none */
  SG_FIELD_LINKS,       /* GVariant "ax": ids of records of another kind */
} SgFieldKind;

#define SG_FIELD_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/* The label is the pspec's nick, marked with N_(); sg_field_get_label()
 * translates it. */
GParamSpec  *sg_field_text        (const char *name,
                                   const char *label);
GParamSpec  *sg_field_long_text   (const char *name,
                                   const char *label);
GParamSpec  *sg_field_date        (const char *name,
                                   const char *label);
GParamSpec  *sg_field_timestamp   (const char *name,
                                   const char *label);
GParamSpec  *sg_field_colour      (const char *name,
                                   const char *label);
GParamSpec  *sg_field_number      (const char *name,
                                   const char *label,
                                   int         minimum,
                                   int         maximum,
                                   int         default_value);
GParamSpec  *sg_field_decimal     (const char *name,
                                   const char *label);
GParamSpec  *sg_field_boolean     (const char *name,
                                   const char *label,
                                   gboolean    default_value);
GParamSpec  *sg_field_choice      (const char *name,
                                   const char *label,
                                   GType       enum_type,
                                   int         default_value);
GParamSpec  *sg_field_likelihood  (const char *name,
                                   const char *label);
GParamSpec  *sg_field_impact      (const char *name,
                                   const char *label);
GParamSpec  *sg_field_reference   (const char *name,
                                   const char *label,
                                   GType       target_kind);
GParamSpec  *sg_field_links       (const char *name,
                                   const char *label,
                                   GType       target_kind);
/* A reference to the record this one belongs to (a finding's audit):
 * deleting the parent deletes its children. */
GParamSpec  *sg_field_parent      (const char *name,
                                   const char *label,
                                   GType       parent_kind);
/* A reference to a person of the directory (an owner, an auditor): shown
 * and exported by the person's name. */
GParamSpec  *sg_field_person      (const char *name,
                                   const char *label);
/* Marks a field added in schema version @version (fields without it came
 * with version 1): the store's migration to @version adds its column. */
GParamSpec  *sg_field_since       (guint       version,
                                   GParamSpec *pspec);
/* Marks a text field that holds where something is kept (a document's
 * file or web address): the editor offers to open it. */
GParamSpec  *sg_field_location    (GParamSpec *pspec);
gboolean     sg_field_is_location (GParamSpec *pspec);
/* Names each value of a number field, from its minimum to its maximum
 * (@labels static, N_()-marked, NULL-terminated, one per value): the
 * window and the workbook show "2 – High", and "2 – High" or "High"
 * reads back as 2. No schema change: the column still holds the number. */
GParamSpec  *sg_field_value_labels    (GParamSpec        *pspec,
                                       const char *const *labels);
/* The translated word for @value, or NULL. */
const char  *sg_field_get_value_label (GParamSpec        *pspec,
                                       int                value);

SgFieldKind  sg_field_get_kind    (GParamSpec *pspec);
GType        sg_field_get_target  (GParamSpec *pspec);
gboolean     sg_field_is_parent   (GParamSpec *pspec);
gboolean     sg_field_is_person   (GParamSpec *pspec);
guint        sg_field_get_since   (GParamSpec *pspec);
const char  *sg_field_get_label   (GParamSpec *pspec);
char        *sg_field_get_column  (GParamSpec *pspec);

/* Text form used by the change history and CSV: NULL for "no value". */
char        *sg_field_value_to_string   (GParamSpec   *pspec,
                                         const GValue *value);
gboolean     sg_field_value_from_string (GParamSpec   *pspec,
                                         const char   *text,
                                         GValue       *value,
                                         GError      **error);
gboolean     sg_field_values_equal      (GParamSpec   *pspec,
                                         const GValue *a,
                                         const GValue *b);

/* Dates */
gboolean     sg_date_is_valid     (const char *iso_date);
char        *sg_date_today        (void);

/* Enumerations: translated label of a value, and its nick. */
const char  *sg_enum_get_label    (GType enum_type,
                                   int   value);
const char  *sg_enum_get_nick     (GType enum_type,
                                   int   value);

/* Link lists ("ax" variants). New lists are floating references, so that
 * g_object_set (record, "controls", sg_links_new (ids, n), NULL) owns them. */
GVariant    *sg_links_new         (const gint64 *ids,
                                   gsize         n_ids);
gboolean     sg_links_contains    (GVariant *links,
                                   gint64    id);
GVariant    *sg_links_add         (GVariant *links,
                                   gint64    id);
GVariant    *sg_links_remove      (GVariant *links,
                                   gint64    id);

G_END_DECLS
