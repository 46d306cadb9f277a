/* sg-soa-export.c: the Statement of Applicability written to a PDF file
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-soa-export"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-pdf-file.h"
#include "sg-soa-document.h"
#include "sg-soa-export.h"

static void
draw_cb (cairo_surface_t *surface,
         gconstpointer    data)
{
  sg_soa_document_draw (surface, data);
}

gboolean
sg_soa_export_snapshot (const SgSoaSnapshot  *snapshot,
                        const char           *path,
                        GError              **error)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (snapshot != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (snapshot->version > 0)
    /* Translators: the PDF's title; %u is the SoA's version */
    title = g_strdup_printf (_("Statement of Applicability, version %u"), snapshot->version);
  else
    title = g_strdup (_("Statement of Applicability (draft)"));
  return sg_pdf_file_write (path, SG_SOA_DOCUMENT_WIDTH, SG_SOA_DOCUMENT_HEIGHT, title,
                            snapshot->organisation, draw_cb, snapshot, error);
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
