/* sg-soa.h: the rules of the Statement of Applicability (clause 6.1.3 d)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

typedef enum
{
  SG_SOA_FLAG_EXCLUDED_WITHOUT_JUSTIFICATION = 1 << 0,
  SG_SOA_FLAG_INCLUDED_WITHOUT_REASON        = 1 << 1,  /* applicable, no reason at all (risk treatment included) */
  SG_SOA_FLAG_NOT_IMPLEMENTED                = 1 << 2,  /* applicable and below "implemented" */
  SG_SOA_FLAG_IMPLEMENTATION_OVERDUE         = 1 << 3,
  SG_SOA_FLAG_EVIDENCE_MISSING               = 1 << 4,  /* applicable, implemented or better, no evidence item */
  SG_SOA_FLAG_EVIDENCE_EXPIRED               = 1 << 5,  /* an evidence item past its expiry */
} SgSoaFlags;

/* The flags a person must act on; the rest say how far along a control is. */
#define SG_SOA_FLAGS_PROBLEMS (SG_SOA_FLAG_EXCLUDED_WITHOUT_JUSTIFICATION | \
                               SG_SOA_FLAG_INCLUDED_WITHOUT_REASON | \
                               SG_SOA_FLAG_IMPLEMENTATION_OVERDUE | \
                               SG_SOA_FLAG_EVIDENCE_MISSING | \
                               SG_SOA_FLAG_EVIDENCE_EXPIRED)

/* The theme of the summary's entry for the organisation's own controls. */
#define SG_SOA_THEME_OWN (-1)

/* @today NULL: the real today. */
SgSoaFlags  sg_soa_control_flags       (SgStore       *store,
                                        SgRecord      *control,
                                        const GDate   *today);
/* Implemented or implemented and verified. */
gboolean    sg_soa_control_is_implemented (SgRecord   *control);
/* Whether the applicability decision still lacks its grounds: applicable
 * with no reason for inclusion, or excluded without a justification. A
 * freshly seeded control is undecided (applicable, no reason). */
gboolean    sg_soa_control_is_undecided (SgStore      *store,
                                         SgRecord     *control);
/* The risks whose controls field names @control, in ref order (a new
 * GPtrArray of SgRecord*, borrowed). */
GPtrArray  *sg_soa_control_risks       (SgStore       *store,
                                        SgRecord      *control);
/* The evidence items of @control, in ref order (a new GPtrArray of
 * SgRecord*, borrowed). */
GPtrArray  *sg_soa_control_evidence    (SgStore       *store,
                                        SgRecord      *control);
/* The reasons for inclusion as one translated line: "Risk treatment
 * Legal or regulatory requirement". Empty string when none. */
char       *sg_soa_control_dup_reasons (SgStore       *store,
                                        SgRecord      *control);
/* Whether evidence that expires on @expires (ISO date, may be NULL or
 * empty: never) is past its expiry on @today (ISO). */
gboolean    sg_soa_evidence_is_expired (const char    *expires,
                                        const char    *today);

/* Links or unlinks @risk and @control: the link is stored on the risk
 * (its controls field), so it is saved there, with the risk's history,
 * whichever side it is edited from. */
void        sg_soa_set_risk_linked     (SgRecord      *control,
                                        SgRecord      *risk,
                                        gboolean       linked);

/* What an evidence location is, and so whether it may be opened. */
typedef enum
{
  SG_SOA_LOCATION_EMPTY,
  SG_SOA_LOCATION_WEB,          /* http or https: may be opened */
  SG_SOA_LOCATION_FILE,         /* an existing file: may be opened */
  SG_SOA_LOCATION_FILE_MISSING, /* a file address, but no such file */
  SG_SOA_LOCATION_NOT_ALLOWED,  /* any other scheme, or not an address */
} SgSoaLocation;

/* Decides, without opening anything, what @location is; for WEB and FILE
 * @uri (may be NULL) receives the address to hand to the desktop. A plain
 * absolute path counts as a file. Nothing else is ever launched. */
SgSoaLocation sg_soa_evidence_check_location (const char  *location,
                                              char       **uri);

typedef struct
{
  int   theme;   /* SgControlTheme, or SG_SOA_THEME_OWN */
  guint n_controls, n_applicable, n_excluded, n_implemented, n_flagged;
} SgSoaThemeSummary;

/* One entry per theme (organizational, people, physical, technological),
 * then one for the organisation's own controls (source custom), whatever
 * their theme. n_implemented counts applicable controls only; n_flagged
 * counts controls with any of SG_SOA_FLAGS_PROBLEMS. */
GArray     *sg_soa_summarise           (SgStore       *store,
                                        const GDate   *today);

G_END_DECLS
