/* sg-csv-lookup.h: what checking a CSV import needs of the register, copied once
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

/* Copied on the store's thread; read-only afterwards, so any thread may
 * check rows against it while the register changes. */
typedef struct
{
  gatomicrefcount refs;   /* a check keeps the lookup it began with */
  GHashTable *targets;    /* GType → (ref → gint64* id) of the kinds risks link to */
  GHashTable *people;     /* sg_person_name_key () → gint64* id */
  GHashTable *names;      /* a person's name as spelled → gint64* id: most cells */
  GHashTable *taken;      /* risk refs in the register */
  GHashTable *labels[2];  /* per scale axis: folded label → value */
  guint       n_values[2];
  GHashTable *choices;    /* enumeration GType → (folded nick, name or label → value) */
  char       *yes;
  char       *no;
} SgCsvLookup;

/* Trimmed and case-folded: how headers, labels and choices are compared. */
char          *sg_csv_fold_name          (const char   *name);

/* @fields: the fields (GParamSpec*) the import may fill. */
SgCsvLookup   *sg_csv_lookup_new         (SgStore      *store,
                                          GPtrArray    *fields);
SgCsvLookup   *sg_csv_lookup_ref         (SgCsvLookup  *lookup);
void           sg_csv_lookup_unref       (SgCsvLookup  *lookup);

/* The id of the person @name names, as spelled or by its key; NULL when
 * the directory does not have them. */
const gint64  *sg_csv_lookup_find_person (SgCsvLookup  *lookup,
                                          const char   *name);
/* The id of the record @pspec links to by @ref, or NULL. */
const gint64  *sg_csv_lookup_find_target (SgCsvLookup  *lookup,
                                          GParamSpec   *pspec,
                                          const char   *ref);

G_END_DECLS
