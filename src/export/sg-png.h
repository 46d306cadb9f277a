/* sg-png.h: images written as PNG, for speed rather than the last kilobyte
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* A heat map is large areas of flat colour, which compress well at zlib's
 * fastest level without row filters, in bands on every processor: a
 * 1600 × 1200 map takes about 8 ms on two cores, where
 * cairo_surface_write_to_png() takes 43–61 ms, for a file of the same size
 * or a fifth larger. @image must be a CAIRO_FORMAT_RGB24 image surface. */

/* Returns FALSE with @error set when the bytes could not be taken. */
typedef gboolean (*SgPngWriteFunc) (const guint8  *data,
                                    gsize          length,
                                    gpointer       user_data,
                                    GError       **error);

gboolean  sg_png_write      (cairo_surface_t  *image,
                             SgPngWriteFunc    write,
                             gpointer          user_data,
                             GError          **error);
GBytes   *sg_png_encode     (cairo_surface_t  *image,
                             GError          **error);
/* Writes @path whole; the error carries the system's reason (a full disk). */
gboolean  sg_png_write_file (cairo_surface_t  *image,
                             const char       *path,
                             GError          **error);

G_END_DECLS
