/* sg-pdf-file.h: a paged document written to a PDF file, whole or not at
 * all, and the checked stream cairo's file writers write to
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Where cairo's PDF and SVG writers write (the closure of
 * sg_cairo_target_write ()): every write checked, since cairo's own file
 * writer lets a failed flush at the end pass. The first failure's errno
 * stays in @saved_errno. */
typedef struct
{
  int fd;
  int saved_errno;
} SgCairoTarget;

cairo_status_t sg_cairo_target_write (void                *closure,
                                      const unsigned char *data,
                                      unsigned int         length);

/* Draws @data page by page onto @surface. */
typedef void (*SgPdfDrawFunc) (cairo_surface_t *surface,
                               gconstpointer    data);

/* Writes the PDF @draw draws, on pages of @width × @height points, to
 * @path through a temporary file: a full disk or a folder that cannot be
 * written gives one message and leaves no file. @title and @author (may
 * be NULL) go into the file's metadata. */
gboolean sg_pdf_file_write (const char     *path,
                            double          width,
                            double          height,
                            const char     *title,
                            const char     *author,
                            SgPdfDrawFunc   draw,
                            gconstpointer   data,
                            GError        **error);

G_END_DECLS
