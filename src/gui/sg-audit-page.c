/* sg-audit-page.c: the Audits page — the programme above the list, each audit's detail with its findings
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-audit-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-audit.h"
#include "sg-audit-editor.h"
#include "sg-audit-finding-list.h"
#include "sg-audit-findings.h"
#include "sg-audit-page.h"
#include "sg-audit-programme-view.h"
#include "sg-finding.h"
#include "sg-record-page.h"
#include "sg-record-table.h"

char *
sg_audit_page_dup_delete_question (SgStore  *store,
                                   SgRecord *audit)
{
  guint n_findings = 0, n_ncs = 0;
  g_autofree char *findings = NULL;
  g_autofree char *ncs = NULL;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_AUDIT (audit), NULL);

  sg_audit_findings_count_ncs (store, audit, &n_findings, &n_ncs);
  if (n_ncs == 0)
    return NULL;
  /* Translators: part of "3 findings of this audit raised 4 nonconformities." */
  findings = g_strdup_printf (ngettext ("%u finding of this audit", "%u findings of this audit", n_findings),
                              n_findings);
  ncs = g_strdup_printf (ngettext ("%u nonconformity", "%u nonconformities", n_ncs), n_ncs);
  /* Translators: "3 findings of this audit raised 4 nonconformities. …" */
  return g_strdup_printf (_("%s raised %s. The findings are deleted with the audit; the "
                            "nonconformities stay, no longer linked to a finding. "
                            "Undo brings back the audit, its findings and the links."),
                          findings, ncs);
}

static char *
confirm_delete_cb (SgRecord *record,
                   gpointer  data)
{
  return sg_audit_page_dup_delete_question (SG_STORE (data), record);
}

static void
audit_activated_cb (SgRecordPage *page,
                    SgRecord     *audit)
{
  sg_record_page_select (page, audit);
}

GtkWidget *
sg_audit_page_new (SgStore    *store,
                   const char *title)
{
  GtkWidget *page;
  GtkWidget *programme;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  page = sg_record_page_new_full (store, SG_TYPE_AUDIT, title,
                                  sg_record_table_new (store, SG_TYPE_AUDIT),
                                  sg_audit_editor_new (store));
  sg_record_page_add_facets (SG_RECORD_PAGE (page));
  programme = sg_audit_programme_view_new (store);
  g_signal_connect_object (programme, "audit-activated", G_CALLBACK (audit_activated_cb), page,
                           G_CONNECT_SWAPPED);
  sg_record_page_add_list_header (SG_RECORD_PAGE (page), programme);
  sg_record_page_set_confirm_delete_func (SG_RECORD_PAGE (page), confirm_delete_cb,
                                          g_object_ref (store), g_object_unref);
  return page;
}

gboolean
sg_audit_page_show_record (GtkWidget *page,
                           SgRecord  *record)
{
  SgRecordPage *self;
  SgRecord *audit = record;
  GtkWidget *editor;

  g_return_val_if_fail (SG_IS_RECORD_PAGE (page), FALSE);
  g_return_val_if_fail (SG_IS_RECORD (record), FALSE);

  self = SG_RECORD_PAGE (page);
  if (SG_IS_FINDING (record))
    {
      SgStore *store = sg_record_table_get_store (SG_RECORD_TABLE (sg_record_page_get_table (self)));

      audit = sg_store_find_by_id (store, SG_TYPE_AUDIT, sg_record_peek_int64 (record, SG_FINDING_AUDIT));
    }
  if (audit == NULL || !SG_IS_AUDIT (audit))
    return FALSE;
  sg_record_page_select (self, audit);
  editor = sg_record_page_get_editor (self);
  if (SG_IS_FINDING (record) && sg_audit_editor_get_record (SG_AUDIT_EDITOR (editor)) == audit)
    sg_audit_finding_list_open (SG_AUDIT_FINDING_LIST (sg_audit_editor_get_findings (SG_AUDIT_EDITOR (editor))),
                                record);
  return TRUE;
}

static GtkWidget *
find_programme (GtkWidget *widget)
{
  if (SG_IS_AUDIT_PROGRAMME_VIEW (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_programme (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
sg_audit_page_get_programme (GtkWidget *page)
{
  g_return_val_if_fail (SG_IS_RECORD_PAGE (page), NULL);

  return find_programme (page);
}
