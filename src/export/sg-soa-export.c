/* sg-soa-export.c: the Statement of Applicability written to a PDF file
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-soa-export"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "sg-output-file.h"
#include "sg-soa-document.h"
#include "sg-soa-export.h"

/* Where cairo's PDF writer writes: every write checked, since cairo's own
 * file writer lets a failed flush at the end pass. */
typedef struct
{
  int fd;
  int saved_errno;
} Target;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Target *target = closure;

  if (target->saved_errno != 0 ||
      !sg_output_file_write_fd (target->fd, data, length, &target->saved_errno))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (cairo_surface_t     *surface,
              const SgSoaSnapshot *snapshot)
{
  g_autofree char *title = NULL;

  if (snapshot->version > 0)
    /* Translators: the PDF's title; %u is the SoA's version */
    title = g_strdup_printf (_("Statement of Applicability, version %u"), snapshot->version);
  else
    title = g_strdup (_("Statement of Applicability (draft)"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (snapshot->organisation != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, snapshot->organisation);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Safeguard " PACKAGE_VERSION);
}

/* Draws into @tmp_path; FALSE with @saved_errno set, or 0 and @error set
 * for an error of cairo's own. */
static gboolean
render (const SgSoaSnapshot  *snapshot,
        const char           *tmp_path,
        int                  *saved_errno,
        GError              **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  Target target = { -1, 0 };

  target.fd = g_open (tmp_path, O_WRONLY | O_TRUNC | O_CLOEXEC, 0);
  if (target.fd < 0)
    {
      *saved_errno = errno;
      return FALSE;
    }
  surface = cairo_pdf_surface_create_for_stream (write_cb, &target,
                                                 SG_SOA_DOCUMENT_WIDTH, SG_SOA_DOCUMENT_HEIGHT);
  set_metadata (surface, snapshot);
  sg_soa_document_draw (surface, snapshot);
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
sg_soa_export_snapshot (const SgSoaSnapshot  *snapshot,
                        const char           *path,
                        GError              **error)
{
  g_autofree char *tmp_path = NULL;
  g_autoptr(GError) local_error = NULL;
  int saved_errno = 0;

  g_return_val_if_fail (snapshot != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tmp_path = sg_output_file_begin (path, error);
  if (tmp_path == NULL)
    return FALSE;
  if (!render (snapshot, tmp_path, &saved_errno, &local_error))
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

gboolean
sg_soa_export (SgStore     *store,
               guint        number,
               const char  *path,
               GError     **error)
{
  g_autoptr(SgSoaSnapshot) snapshot = NULL;

  g_return_val_if_fail (SG_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  snapshot = sg_soa_snapshot_new_for_version (store, number, error);
  if (snapshot == NULL)
    return FALSE;
  return sg_soa_export_snapshot (snapshot, path, error);
}

int
sg_soa_export_command (const char *out,
                       guint       number,
                       const char *register_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;

  g_return_val_if_fail (out != NULL, 1);

  if (register_path == NULL)
    {
      g_printerr ("safeguard: %s\n", _("--export-soa needs exactly one register file"));
      return 1;
    }
  store = sg_store_open (register_path, SG_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL || !sg_soa_export (store, number, out, &error))
    {
      g_printerr ("safeguard: %s\n", error->message);
      return 1;
    }
  return 0;
}
