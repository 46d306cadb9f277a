/* sg-pdf-file.c: a paged document written to a PDF file, whole or not at all
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-pdf-file"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "sg-output-file.h"
#include "sg-pdf-file.h"

cairo_status_t
sg_cairo_target_write (void                *closure,
                       const unsigned char *data,
                       unsigned int         length)
{
  SgCairoTarget *target = closure;

  if (target->saved_errno != 0 ||
      !sg_output_file_write_fd (target->fd, data, length, &target->saved_errno))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/* Draws into @tmp_path; FALSE with @saved_errno set, or 0 and @error set
 * for an error of cairo's own. */
static gboolean
render (const char     *tmp_path,
        double          width,
        double          height,
        const char     *title,
        const char     *author,
        SgPdfDrawFunc   draw,
        gconstpointer   data,
        int            *saved_errno,
        GError        **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  SgCairoTarget target = { -1, 0 };

  target.fd = g_open (tmp_path, O_WRONLY | O_TRUNC | O_CLOEXEC, 0);
  if (target.fd < 0)
    {
      *saved_errno = errno;
      return FALSE;
    }
  surface = cairo_pdf_surface_create_for_stream (sg_cairo_target_write, &target, width, height);
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Safeguard " PACKAGE_VERSION);
  draw (surface, data);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (close (target.fd) != 0 && target.saved_errno == 0)
    target.saved_errno = errno;
  if (target.saved_errno != 0)
    {
      *saved_errno = target.saved_errno;
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
sg_pdf_file_write (const char     *path,
                   double          width,
                   double          height,
                   const char     *title,
                   const char     *author,
                   SgPdfDrawFunc   draw,
                   gconstpointer   data,
                   GError        **error)
{
  g_autofree char *tmp_path = NULL;
  g_autoptr(GError) local_error = NULL;
  int saved_errno = 0;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (draw != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tmp_path = sg_output_file_begin (path, error);
  if (tmp_path == NULL)
    return FALSE;
  if (!render (tmp_path, width, height, title, author, draw, data, &saved_errno, &local_error))
    {
      g_autofree char *display = g_filename_display_name (path);

      sg_output_file_abort (tmp_path);
      if (saved_errno != 0)
        return sg_output_file_error (error, path, saved_errno);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _("Could not write “%s”: %s."), display, local_error->message);
      return FALSE;
    }
  return sg_output_file_commit (tmp_path, path, error);
}
