/* sg-soa-snapshot.h: the Statement of Applicability at one moment, as issued or live
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-soa.h"
#include "sg-store.h"

G_BEGIN_DECLS

#define SG_SOA_SNAPSHOT_ERROR (sg_soa_snapshot_error_quark ())

typedef enum
{
  SG_SOA_SNAPSHOT_ERROR_INVALID,   /* the frozen content cannot be read */
  SG_SOA_SNAPSHOT_ERROR_NOT_FOUND, /* no issued version of that number */
} SgSoaSnapshotError;

/* One control as the SoA states it. Values are kept as facts (nicks,
 * refs, ISO dates), not as sentences, so that a frozen version reads in
 * the language of whoever prints it. */
typedef struct
{
  char      *ref;
  char      *title;
  int        theme;          /* SgControlTheme, or SG_SOA_THEME_OWN */
  gboolean   applicable;
  char     **risks;          /* refs of the risks it treats; never NULL */
  gboolean   reason_legal;
  gboolean   reason_contractual;
  gboolean   reason_business;
  char      *justification;
  int        status;         /* SgImplementationStatus */
  char      *owner;          /* a name, or NULL */
  char     **evidence;       /* titles; never NULL */
  char     **evidence_expires; /* ISO dates or "", one per title */
  SgSoaFlags flags;
} SgSoaSnapshotRow;

typedef struct
{
  char      *organisation;
  char      *scope;
  guint      version;        /* 0: the live, not yet issued draft */
  char      *issued_on;      /* ISO date, or NULL for the draft */
  char      *approved_by;
  char      *change_summary;
  char      *prepared_on;    /* ISO date the content was taken */
  char      *history_head;   /* the change history's head then, or NULL */
  guint      history_entries;
  GPtrArray *rows;           /* SgSoaSnapshotRow*, grouped by theme */
} SgSoaSnapshot;

GQuark         sg_soa_snapshot_error_quark (void);

/* The SoA as the register holds it now: a draft (version 0). @today
 * NULL: the real today, which decides what is overdue or expired. */
SgSoaSnapshot *sg_soa_snapshot_new_live    (SgStore             *store,
                                            const GDate         *today);
/* The frozen content of an issued SoA version record. */
SgSoaSnapshot *sg_soa_snapshot_new_from_version (SgRecord       *version,
                                                 GError        **error);
/* Stable text (GVariant text format) for the version's content field,
 * and back: content that is not a snapshot gives an error. */
char          *sg_soa_snapshot_serialise   (const SgSoaSnapshot *self);
SgSoaSnapshot *sg_soa_snapshot_parse       (const char          *content,
                                            GError             **error);
void           sg_soa_snapshot_free        (SgSoaSnapshot       *self);

/* Translated lines for a row's cells: the reasons for inclusion ("Risk
 * treatment; Contractual requirement") and the evidence, one item
 * a line with its expiry. */
char          *sg_soa_snapshot_row_dup_reasons  (const SgSoaSnapshotRow *row);
char          *sg_soa_snapshot_row_dup_evidence (const SgSoaSnapshotRow *row);
/* Translated: "5 Organizational controls" … "The organisation's own controls". */
const char    *sg_soa_snapshot_theme_title (int theme);

/* Issued versions: the highest number + 1; the one of @number (borrowed),
 * or NULL. */
guint          sg_soa_next_version_number  (SgStore             *store);
SgRecord      *sg_soa_find_version         (SgStore             *store,
                                            guint                number);
/* Issues the live SoA as version @number: one new SgSoaVersion record,
 * added in one transaction with its content frozen. Returns it (owned by
 * the store, borrowed), or NULL with @error set. Undone by removing it. */
SgRecord      *sg_soa_issue                (SgStore             *store,
                                            guint                number,
                                            const char          *issued_on,
                                            SgRecord            *approved_by,
                                            const char          *change_summary,
                                            GError             **error);
/* The snapshot of version @number, or the live draft for 0. */
SgSoaSnapshot *sg_soa_snapshot_new_for_version (SgStore         *store,
                                                guint            number,
                                                GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgSoaSnapshot, sg_soa_snapshot_free)

G_END_DECLS
