/* sg-soa-document.h: the Statement of Applicability drawn as paged A4 landscape
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "sg-soa-snapshot.h"

G_BEGIN_DECLS

/* A4 landscape in points. */
#define SG_SOA_DOCUMENT_WIDTH  841.89
#define SG_SOA_DOCUMENT_HEIGHT 595.28

/* Draws @snapshot page by page onto @surface, a paged surface (PDF) of
 * SG_SOA_DOCUMENT_WIDTH × SG_SOA_DOCUMENT_HEIGHT: a title page, then a
 * table per theme whose header repeats on every page, rows whole on a page
 * unless one is taller than a page. Every page names the version and says
 * "Page n of N"; a draft (version 0) says so on every page. Returns the
 * number of pages; the surface's status tells whether drawing failed. */
guint  sg_soa_document_draw  (cairo_surface_t     *surface,
                              const SgSoaSnapshot *snapshot);

G_END_DECLS
