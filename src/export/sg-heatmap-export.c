/* sg-heatmap-export.c: the heat map written to a PNG, SVG or PDF file
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-heatmap-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <string.h>
#include <unistd.h>

#include "sg-heatmap-export.h"
#include "sg-output-file.h"
#include "sg-pdf-file.h"
#include "sg-png.h"

/* A4 landscape in points. */
#define PDF_WIDTH  841.89
#define PDF_HEIGHT 595.28

typedef enum
{
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
} Format;

static gboolean
format_from_path (const char  *path,
                  Format      *format,
                  GError     **error)
{
  g_autofree char *base = g_path_get_basename (path);
  const char *dot = strrchr (base, '.');

  if (dot != NULL && g_ascii_strcasecmp (dot, ".png") == 0)
    *format = FORMAT_PNG;
  else if (dot != NULL && g_ascii_strcasecmp (dot, ".svg") == 0)
    *format = FORMAT_SVG;
  else if (dot != NULL && g_ascii_strcasecmp (dot, ".pdf") == 0)
    *format = FORMAT_PDF;
  else
    {
      if (dot != NULL && dot[1] != '\0')
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                     _("Unknown image format “%s”: use .png, .svg or .pdf."), dot);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                     _("“%s” has no image format extension: use .png, .svg or .pdf."), base);
      return FALSE;
    }
  return TRUE;
}

/* Draws @data into @tmp_path; FALSE with @saved_errno set (0 for an error
 * of cairo's own, in @error). */
static gboolean
render (const SgHeatmapData  *data,
        Format                format,
        int                   pixel_width,
        int                   pixel_height,
        const char           *tmp_path,
        int                  *saved_errno,
        GError              **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  gboolean written = TRUE;
  SgCairoTarget target = { -1, 0 };
  double width, height;
  cairo_t *cr;

  if (format != FORMAT_PNG)
    {
      target.fd = g_open (tmp_path, O_WRONLY | O_TRUNC | O_CLOEXEC, 0);
      if (target.fd < 0)
        {
          *saved_errno = errno;
          return FALSE;
        }
    }
  switch (format)
    {
    case FORMAT_SVG:
      width = pixel_width;
      height = pixel_height;
      surface = cairo_svg_surface_create_for_stream (sg_cairo_target_write, &target, width, height);
      /* Pixels, not points: a 1600 × 1200 SVG opens at the PNG's size. */
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case FORMAT_PDF:
      width = PDF_WIDTH;
      height = PDF_HEIGHT;
      surface = cairo_pdf_surface_create_for_stream (sg_cairo_target_write, &target, width, height);
      break;
    case FORMAT_PNG:
    default:
      width = pixel_width;
      height = pixel_height;
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
      break;
    }

  cr = cairo_create (surface);
  sg_heatmap_draw (cr, width, height, data);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == FORMAT_PNG)
    written = sg_png_write_file (surface, tmp_path, error);
  cairo_surface_finish (surface);
  if (written && status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (target.fd >= 0 && close (target.fd) != 0 && target.saved_errno == 0)
    target.saved_errno = errno;
  if (target.saved_errno != 0)
    {
      *saved_errno = target.saved_errno;
      return FALSE;
    }
  if (written && status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, cairo_status_to_string (status));
      written = FALSE;
    }
  return written;
}

gboolean
sg_heatmap_export_data (const SgHeatmapData  *data,
                        const char           *path,
                        GError              **error)
{
  return sg_heatmap_export_data_sized (data, path, SG_HEATMAP_PNG_WIDTH, SG_HEATMAP_PNG_HEIGHT, error);
}

gboolean
sg_heatmap_export_data_sized (const SgHeatmapData  *data,
                              const char           *path,
                              int                   width,
                              int                   height,
                              GError              **error)
{
  g_autofree char *tmp_path = NULL;
  g_autoptr(GError) local_error = NULL;
  int saved_errno = 0;
  Format format;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width >= 64 && width <= 10000 && height >= 48 && height <= 10000, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!format_from_path (path, &format, error))
    return FALSE;

  tmp_path = sg_output_file_begin (path, error);
  if (tmp_path == NULL)
    return FALSE;

  if (!render (data, format, width, height, tmp_path, &saved_errno, &local_error))
    {
      g_autofree char *display = g_filename_display_name (path);

      sg_output_file_abort (tmp_path);
      if (saved_errno != 0)
        return sg_output_file_error (error, path, saved_errno);
      /* sg_png_write_file () words its errors as errno does; GLib has no
       * code for EFBIG, the file size limit a full disk looks like too. */
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOSPC) ||
          g_strcmp0 (local_error->message, g_strerror (EFBIG)) == 0)
        return sg_output_file_error (error, path, ENOSPC);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _("Could not write “%s”: %s."), display, local_error->message);
      return FALSE;
    }
  return sg_output_file_commit (tmp_path, path, error);
}

gboolean
sg_heatmap_export (SgStore        *store,
                   const char     *path,
                   SgHeatmapMode   mode,
                   GError        **error)
{
  g_autoptr(SgHeatmapData) data = NULL;
  Format format;

  g_return_val_if_fail (SG_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Fail on the name before counting anything. */
  if (!format_from_path (path, &format, error))
    return FALSE;

  data = sg_heatmap_data_new_from_store (store, mode, NULL);
  if (data == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The register has no risk scales to draw a heat map from."));
      return FALSE;
    }
  return sg_heatmap_export_data (data, path, error);
}

int
sg_heatmap_command (const char    *out,
                    SgHeatmapMode  mode,
                    const char    *register_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  Format format;

  g_return_val_if_fail (out != NULL, 1);

  if (register_path == NULL)
    {
      g_printerr ("safeguard: %s\n", _("--heatmap needs exactly one register file"));
      return 1;
    }
  /* A wrong name should not cost the time it takes to open a large register. */
  if (!format_from_path (out, &format, &error))
    {
      g_printerr ("safeguard: %s\n", error->message);
      return 1;
    }

  store = sg_store_open (register_path, SG_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL || !sg_heatmap_export (store, out, mode, &error))
    {
      g_printerr ("safeguard: %s\n", error->message);
      return 1;
    }
  return 0;
}
