/* sg-xlsx-history.c: the workbook's change history sheet: every record's changes
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-xlsx"

#include "config.h"

#include <glib/gi18n.h>
#include <xlsxwriter.h>

#include "sg-xlsx-private.h"

static const char *
history_action_label (SgHistoryAction action)
{
  switch (action)
    {
    case SG_HISTORY_CREATE:
      return _("Created");
    case SG_HISTORY_DELETE:
      return _("Deleted");
    case SG_HISTORY_RESTORE:
      return _("Restored");
    case SG_HISTORY_CHAIN:
      return _("Changed outside Safeguard, accepted");
    case SG_HISTORY_CHANGE:
    default:
      return _("Changed");
    }
}

void
sg_xlsx_add_history_header (SgXlsxFiller *filler,
                            SgXlsxSheet  *sheet)
{
  const char *headers[] = { _("Record"), _("Kind"), _("Changed at"), _("Changed by"),
                            C_("history column", "Action"), _("Field"), _("Old value"), _("New value") };

  sheet->header_row = (int) sg_xlsx_sheet_add_row (filler->plan, sheet);
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    {
      sg_xlsx_filler_set_text (filler, sheet, c, headers[c], filler->header);
      sg_xlsx_sheet_fit (sheet, c, g_utf8_strlen (headers[c], -1) + 5);
    }
}

/* One record's changes; FALSE with @error when they cannot be read, or
 * with *@full when the sheet has reached Excel's last row. */
gboolean
sg_xlsx_add_history_rows (SgXlsxFiller  *filler,
                          SgXlsxSheet   *sheet,
                          SgRecord      *record,
                          gboolean      *full,
                          GError       **error)
{
  SgRecordClass *klass = SG_RECORD_GET_CLASS (record);
  g_autoptr(GListModel) history = sg_store_list_history (filler->store, record, error);
  g_autofree char *display = NULL;

  if (history == NULL)
    return FALSE;
  display = sg_record_dup_display_name (record);
  for (guint h = 0; h < g_list_model_get_n_items (history); h++)
    {
      g_autoptr(SgHistoryEntry) entry = g_list_model_get_item (history, h);
      const char *field = sg_history_entry_get_field (entry);
      GParamSpec *pspec = field ? sg_record_class_find_field (klass, field) : NULL;
      double serial;

      /* A sheet ends at Excel's last row; the last one says so. */
      if (sheet->n_rows == LXW_ROW_MAX - 1)
        {
          sg_xlsx_sheet_add_row (filler->plan, sheet);
          sg_xlsx_filler_set_text (filler, sheet, 0, _("Further entries do not fit on one sheet and are left out."), 0);
          *full = TRUE;
          return TRUE;
        }
      sg_xlsx_sheet_add_row (filler->plan, sheet);
      sg_xlsx_filler_set_text (filler, sheet, 0, display, 0);
      sg_xlsx_filler_set_text (filler, sheet, 1, sg_record_class_get_noun (klass), 0);
      if (sg_xlsx_timestamp_to_serial (sg_history_entry_get_changed_at (entry), &serial))
        sg_xlsx_sheet_set_number (sheet, 2, serial, filler->datetime);
      sg_xlsx_sheet_fit (sheet, 2, 17);
      sg_xlsx_filler_set_text (filler, sheet, 3, sg_history_entry_get_changed_by (entry), 0);
      sg_xlsx_filler_set_text (filler, sheet, 4, history_action_label (sg_history_entry_get_action (entry)), 0);
      sg_xlsx_filler_set_text (filler, sheet, 5, pspec ? sg_field_get_label (pspec) : field, 0);
      sg_xlsx_filler_set_text (filler, sheet, 6, sg_history_entry_get_old_value (entry), filler->wrap);
      sg_xlsx_filler_set_text (filler, sheet, 7, sg_history_entry_get_new_value (entry), filler->wrap);
    }
  return TRUE;
}
