/* sg-png.c: images written as PNG, compressed in bands on every processor
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A PNG's pixels are one zlib stream. Here the rows are cut into bands of
 * BAND_ROWS, each compressed on its own as raw deflate that ends on a byte
 * boundary (Z_SYNC_FLUSH), the last one with the final block (Z_FINISH).
 * Put one after the other behind a zlib header, with the Adler-32 checksums
 * of the bands combined, they are one valid stream, as pigz does it. The
 * bands do not depend on the number of processors, so the file is the same
 * on every machine. */
#define G_LOG_DOMAIN "sg-png"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

#include "sg-png.h"

#define BAND_ROWS 256
#define MAX_THREADS 8
#define OUT_CHUNK 65536

typedef struct
{
  const guchar *pixels;
  gsize         stride;
  guint         width;
  guint         first_row;
  guint         n_rows;
  gboolean      last;
  GByteArray   *deflated;
  uLong         adler;     /* of the filtered rows, before compression */
  uLong         length;    /* of the same */
  int           status;    /* Z_OK, or zlib's error */
} Band;

typedef struct
{
  Band *bands;
  guint n_bands;
  gint  next;              /* the next band nobody has taken */
} Work;

/* A row as PNG wants it: filter type 0 (none), then R, G, B. */
static void
convert_row (const guchar *pixels,
             guint         width,
             guchar       *row)
{
  const guint32 *in = (const guint32 *) pixels;

  row[0] = 0;
  row++;
  for (guint x = 0; x < width; x++)
    {
      /* Cairo keeps each pixel as a native-endian 0xXXRRGGBB. */
      guint32 p = in[x];

      row[3 * x] = (guchar) (p >> 16);
      row[3 * x + 1] = (guchar) (p >> 8);
      row[3 * x + 2] = (guchar) p;
    }
}

static int
deflate_band (Band *band)
{
  gsize row_length = 1 + (gsize) band->width * 3;
  g_autofree guchar *row = g_malloc (row_length);
  guchar out[OUT_CHUNK];
  z_stream z = { 0 };
  int status;

  /* Fastest level, raw deflate (no zlib header: there is one for all bands). */
  status = deflateInit2 (&z, Z_BEST_SPEED, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
  if (status != Z_OK)
    return status;

  band->adler = adler32 (0, NULL, 0);
  band->length = 0;
  for (guint r = 0; r < band->n_rows; r++)
    {
      gboolean end = r + 1 == band->n_rows;
      int flush = !end ? Z_NO_FLUSH : band->last ? Z_FINISH : Z_SYNC_FLUSH;

      convert_row (band->pixels + (band->first_row + r) * band->stride, band->width, row);
      band->adler = adler32 (band->adler, row, (uInt) row_length);
      band->length += row_length;
      z.next_in = row;
      z.avail_in = (uInt) row_length;
      do
        {
          z.next_out = out;
          z.avail_out = sizeof out;
          status = deflate (&z, flush);
          if (status == Z_STREAM_ERROR)
            break;
          g_byte_array_append (band->deflated, out, (guint) (sizeof out - z.avail_out));
        }
      while (z.avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END));
      if (status == Z_STREAM_ERROR)
        break;
    }
  deflateEnd (&z);
  return status == Z_STREAM_ERROR ? status : Z_OK;
}

static gpointer
work_thread (gpointer data)
{
  Work *work = data;
  guint b;

  while ((b = (guint) g_atomic_int_add (&work->next, 1)) < work->n_bands)
    work->bands[b].status = deflate_band (&work->bands[b]);
  return NULL;
}

static void
put_be32 (guchar *p,
          guint32 value)
{
  p[0] = (guchar) (value >> 24);
  p[1] = (guchar) (value >> 16);
  p[2] = (guchar) (value >> 8);
  p[3] = (guchar) value;
}

/* A chunk whose data is @n_parts pieces; its CRC covers type and data. */
static gboolean
write_chunk (const char     *type,
             const guchar  **parts,
             const gsize    *part_lengths,
             guint           n_parts,
             SgPngWriteFunc  write,
             gpointer        user_data,
             GError        **error)
{
  guchar head[8], tail[4];
  gsize length = 0;
  uLong crc;

  for (guint i = 0; i < n_parts; i++)
    length += part_lengths[i];
  g_assert (length < G_MAXINT32);
  put_be32 (head, (guint32) length);
  memcpy (head + 4, type, 4);
  crc = crc32 (crc32 (0, NULL, 0), head + 4, 4);
  if (!write (head, sizeof head, user_data, error))
    return FALSE;
  for (guint i = 0; i < n_parts; i++)
    {
      crc = crc32_z (crc, parts[i], part_lengths[i]);
      if (part_lengths[i] > 0 && !write (parts[i], part_lengths[i], user_data, error))
        return FALSE;
    }
  put_be32 (tail, (guint32) crc);
  return write (tail, sizeof tail, user_data, error);
}

gboolean
sg_png_write (cairo_surface_t  *image,
              SgPngWriteFunc    write,
              gpointer          user_data,
              GError          **error)
{
  static const guchar signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  /* Deflate with a 32 KiB window, marked as compressed fastest. */
  static const guchar zlib_header[2] = { 0x78, 0x01 };
  guchar ihdr[13], trailer[4];
  g_autofree Band *bands = NULL;
  g_autofree const guchar **parts = NULL;
  g_autofree gsize *part_lengths = NULL;
  GThread *threads[MAX_THREADS - 1];
  guint width, height, n_bands, n_threads, n_started = 0;
  Work work = { 0 };
  uLong adler;
  gboolean written = FALSE;

  g_return_val_if_fail (image != NULL, FALSE);
  g_return_val_if_fail (cairo_surface_get_type (image) == CAIRO_SURFACE_TYPE_IMAGE, FALSE);
  g_return_val_if_fail (cairo_image_surface_get_format (image) == CAIRO_FORMAT_RGB24, FALSE);
  g_return_val_if_fail (write != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  cairo_surface_flush (image);
  width = (guint) cairo_image_surface_get_width (image);
  height = (guint) cairo_image_surface_get_height (image);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  n_bands = (height + BAND_ROWS - 1) / BAND_ROWS;
  bands = g_new0 (Band, n_bands);
  for (guint b = 0; b < n_bands; b++)
    {
      bands[b].pixels = cairo_image_surface_get_data (image);
      bands[b].stride = (gsize) cairo_image_surface_get_stride (image);
      bands[b].width = width;
      bands[b].first_row = b * BAND_ROWS;
      bands[b].n_rows = MIN (BAND_ROWS, height - b * BAND_ROWS);
      bands[b].last = b + 1 == n_bands;
      bands[b].deflated = g_byte_array_new ();
    }

  /* This thread works too; a thread that cannot start leaves its share. */
  work.bands = bands;
  work.n_bands = n_bands;
  n_threads = CLAMP ((guint) g_get_num_processors (), 1, MIN (n_bands, MAX_THREADS));
  for (guint t = 0; t + 1 < n_threads; t++)
    {
      threads[n_started] = g_thread_try_new ("sg-png", work_thread, &work, NULL);
      if (threads[n_started] != NULL)
        n_started++;
    }
  work_thread (&work);
  for (guint t = 0; t < n_started; t++)
    g_thread_join (threads[t]);

  for (guint b = 0; b < n_bands; b++)
    if (bands[b].status != Z_OK)
      {
        g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOMEM,
                     _("The image could not be compressed: %s"), g_strerror (ENOMEM));
        goto out;
      }

  put_be32 (ihdr, width);
  put_be32 (ihdr + 4, height);
  ihdr[8] = 8;      /* bits per sample */
  ihdr[9] = 2;      /* truecolour: RGB */
  ihdr[10] = 0;     /* deflate */
  ihdr[11] = 0;     /* adaptive filtering, each row saying its filter */
  ihdr[12] = 0;     /* not interlaced */

  adler = bands[0].adler;
  for (guint b = 1; b < n_bands; b++)
    adler = adler32_combine (adler, bands[b].adler, (z_off_t) bands[b].length);
  put_be32 (trailer, (guint32) adler);

  parts = g_new (const guchar *, n_bands + 2);
  part_lengths = g_new (gsize, n_bands + 2);
  parts[0] = zlib_header;
  part_lengths[0] = sizeof zlib_header;
  for (guint b = 0; b < n_bands; b++)
    {
      parts[b + 1] = bands[b].deflated->data;
      part_lengths[b + 1] = bands[b].deflated->len;
    }
  parts[n_bands + 1] = trailer;
  part_lengths[n_bands + 1] = sizeof trailer;

  written = write (signature, sizeof signature, user_data, error) &&
            write_chunk ("IHDR", (const guchar *[]) { ihdr }, (gsize[]) { sizeof ihdr }, 1,
                         write, user_data, error) &&
            write_chunk ("IDAT", parts, part_lengths, n_bands + 2, write, user_data, error) &&
            write_chunk ("IEND", NULL, NULL, 0, write, user_data, error);

out:
  for (guint b = 0; b < n_bands; b++)
    g_byte_array_unref (bands[b].deflated);
  return written;
}

static gboolean
append_bytes (const guint8  *data,
              gsize          length,
              gpointer       user_data,
              GError       **error)
{
  g_byte_array_append (user_data, data, (guint) length);
  return TRUE;
}

GBytes *
sg_png_encode (cairo_surface_t  *image,
               GError          **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();

  if (!sg_png_write (image, append_bytes, bytes, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

static gboolean
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_to_file (const guint8  *data,
               gsize          length,
               gpointer       user_data,
               GError       **error)
{
  if (fwrite (data, 1, length, user_data) != length)
    return set_errno_error (error, errno);
  return TRUE;
}

gboolean
sg_png_write_file (cairo_surface_t  *image,
                   const char       *path,
                   GError          **error)
{
  FILE *file;
  gboolean written;

  g_return_val_if_fail (path != NULL, FALSE);

  file = g_fopen (path, "wb");
  if (file == NULL)
    return set_errno_error (error, errno);
  written = sg_png_write (image, write_to_file, file, error);
  /* A full disk may only show when the last buffer is written. */
  if (fclose (file) != 0 && written)
    return set_errno_error (error, errno);
  return written;
}
