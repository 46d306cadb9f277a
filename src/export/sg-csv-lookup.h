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
  GType       kind;       /* what the import adds or updates */
  GHashTable *targets;    /* GType → (ref → gint64* id) of the kinds the import's fields name */
  GHashTable *titles;     /* GType → (folded title → gint64* id) of the same kinds */
  GHashTable *people;     /* sg_person_name_key () → gint64* id */
  GHashTable *names;      /* a person's name as spelled → gint64* id: most cells */
  GHashTable *taken;      /* ref → gint64* id: @kind's refs in the register */
  GHashTable *own;        /* gint64* id → SgRecord*: copies, when an import updates @kind */
  GHashTable *labels[2];  /* per scale axis: folded label → value */
  guint       n_values[2];
  GHashTable *choices;    /* enumeration GType → (folded nick, name or label → value) */
  char       *yes;
  char       *no;
} SgCsvLookup;

/* Trimmed and case-folded: how headers, labels and choices are compared. */
char          *sg_csv_fold_name          (const char   *name);

/* @fields: the fields (GParamSpec*) of @kind the import may fill. */
SgCsvLookup   *sg_csv_lookup_new         (SgStore      *store,
                                          GType         kind,
                                          GPtrArray    *fields);
SgCsvLookup   *sg_csv_lookup_ref         (SgCsvLookup  *lookup);
void           sg_csv_lookup_unref       (SgCsvLookup  *lookup);

/* The id of the person @name names, as spelled or by its key; NULL when
 * the directory does not have them. */
const gint64  *sg_csv_lookup_find_person (SgCsvLookup  *lookup,
                                          const char   *name);
/* The id of the record @pspec links to by @ref, or NULL. @ref may also
 * be the record's title (any case), and an Annex A ref may say "A.8.13"
 * for "8.13". A person field looks up the directory's names. */
const gint64  *sg_csv_lookup_find_target (SgCsvLookup  *lookup,
                                          GParamSpec   *pspec,
                                          const char   *ref);
/* A record of the same kind with the same id and fields. */
SgRecord      *sg_csv_record_copy        (SgRecord     *record);
/* A new copy of the register's record @id of the import's kind, as it
 * was when the lookup was made, for a kind an import updates. */
SgRecord      *sg_csv_lookup_copy_own    (SgCsvLookup  *lookup,
                                          gint64        id);
/* The id of the record of the import's kind that has @ref, or NULL; read
 * as sg_csv_lookup_find_target() reads refs. */
const gint64  *sg_csv_lookup_find_own    (SgCsvLookup  *lookup,
                                          const char   *ref);

G_END_DECLS
