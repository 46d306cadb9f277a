/* sg-audit-finding-list.c: an audit's findings inside its detail — added, edited, raising nonconformities
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-audit-finding-list"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-audit-finding-list.h"
#include "sg-audit-findings.h"
#include "sg-finding.h"
#include "sg-finding-dialog.h"
#include "sg-finding-row.h"
#include "sg-nonconformity.h"
#include "sg-record-editor.h"
#include "sg-window.h"

struct _SgAuditFindingList
{
  AdwPreferencesGroup parent_instance;

  SgStore            *store;
  SgRecord           *audit;
  GtkWidget          *list;
  GtkCustomFilter    *filter;
  GListModel         *shown;
  GListModel         *ncs;
};

G_DEFINE_FINAL_TYPE (SgAuditFindingList, sg_audit_finding_list, ADW_TYPE_PREFERENCES_GROUP)

/* What an Undo button of a toast takes back. */
typedef struct
{
  SgStore  *store;
  SgRecord *record;
  gboolean  restore;   /* bring back a deleted record, else remove an added one */
} Undo;

static void
undo_free (gpointer data,
           GClosure *closure)
{
  Undo *undo = data;

  g_object_unref (undo->store);
  g_object_unref (undo->record);
  g_free (undo);
}

static void
undo_cb (AdwToast *toast,
         Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  if (sg_store_is_closed (undo->store))
    return;
  if (undo->restore ? !sg_store_restore (undo->store, undo->record, &error)
                    : !sg_store_remove (undo->store, undo->record, &error))
    g_warning ("Could not undo: %s", error->message);
}

static void
show_toast (SgAuditFindingList *self,
            const char      *text,
            SgRecord        *undo_record,
            gboolean         restore)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (escaped);

  if (undo_record != NULL)
    {
      Undo *undo = g_new0 (Undo, 1);

      undo->store = g_object_ref (self->store);
      undo->record = g_object_ref (undo_record);
      undo->restore = restore;
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_cb), undo, undo_free, 0);
    }
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
show_error (SgAuditFindingList *self,
            const GError    *error)
{
  show_toast (self, error->message, NULL, FALSE);
}

static gboolean
belongs_cb (gpointer item,
            gpointer data)
{
  SgAuditFindingList *self = data;

  return self->audit != NULL &&
         sg_record_peek_int64 (item, SG_FINDING_AUDIT) == sg_record_get_id (self->audit);
}

static int
by_ref_cb (gconstpointer a,
           gconstpointer b,
           gpointer      data)
{
  return g_strcmp0 (sg_record_get_ref ((SgRecord *) a), sg_record_get_ref ((SgRecord *) b));
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer data)
{
  SgAuditFindingList *self = data;

  return sg_finding_row_new (self->store, item);
}

static void
update_rows (SgAuditFindingList *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (self->list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SG_IS_FINDING_ROW (row))
      sg_finding_row_update (SG_FINDING_ROW (row));
}

static SgRecord *
finding_of (SgAuditFindingList *self,
            GVariant        *parameter)
{
  return sg_store_find_by_id (self->store, SG_TYPE_FINDING, g_variant_get_int64 (parameter));
}

static void
finding_delete_requested_cb (SgFindingDialog *dialog,
                             SgRecord        *finding,
                             SgAuditFindingList *self)
{
  g_autoptr(SgRecord) gone = g_object_ref (finding);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!sg_store_remove (self->store, gone, &error))
    {
      show_error (self, error);
      return;
    }
  /* Translators: %s is a finding's ref, F-004 */
  text = g_strdup_printf (_("Deleted %s"), sg_record_get_ref (gone));
  show_toast (self, text, gone, TRUE);
}

static void
finding_dialog_destroy_cb (SgAuditFindingList *self)
{
  /* It may have been moved to another audit there. */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

GtkWidget *
sg_audit_finding_list_open (SgAuditFindingList *self,
                        SgRecord        *finding)
{
  GtkRoot *root;
  GtkWidget *dialog;

  g_return_val_if_fail (SG_IS_AUDIT_FINDING_LIST (self), NULL);
  g_return_val_if_fail (SG_IS_FINDING (finding), NULL);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = sg_finding_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, finding);
  g_signal_connect_object (dialog, "delete-requested", G_CALLBACK (finding_delete_requested_cb), self, 0);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (finding_dialog_destroy_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
edit_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  SgAuditFindingList *self = SG_AUDIT_FINDING_LIST (widget);
  SgRecord *finding = finding_of (self, parameter);

  if (finding != NULL)
    sg_audit_finding_list_open (self, finding);
}

static void
raise_nc_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SgAuditFindingList *self = SG_AUDIT_FINDING_LIST (widget);
  SgRecord *finding = finding_of (self, parameter);
  g_autoptr(SgRecord) nc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (finding == NULL || sg_audit_findings_find_nc (self->store, finding) != NULL)
    return;
  nc = sg_audit_findings_raise_nc (self->store, finding, NULL, &error);
  if (nc == NULL)
    {
      show_error (self, error);
      return;
    }
  update_rows (self);
  /* Translators: %s is the new nonconformity's ref, NC-004 */
  text = g_strdup_printf (_("Raised %s"), sg_record_get_ref (nc));
  show_toast (self, text, nc, FALSE);
}

static void
open_nc_cb (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SgAuditFindingList *self = SG_AUDIT_FINDING_LIST (widget);
  SgRecord *finding = finding_of (self, parameter);
  SgRecord *nc = finding != NULL ? sg_audit_findings_find_nc (self->store, finding) : NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (nc != NULL && SG_IS_WINDOW (root))
    sg_window_show_record (SG_WINDOW (root), nc);
}

static void
add_cb (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  g_autoptr(SgRecord) added = sg_audit_finding_list_add (SG_AUDIT_FINDING_LIST (widget));
}

SgRecord *
sg_audit_finding_list_add (SgAuditFindingList *self)
{
  g_autoptr(SgRecord) finding = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (SG_IS_AUDIT_FINDING_LIST (self), NULL);

  if (self->audit == NULL)
    return NULL;
  finding = g_object_new (SG_TYPE_FINDING, SG_FINDING_AUDIT, sg_record_get_id (self->audit), NULL);
  if (!sg_store_add (self->store, finding, &error))
    {
      show_error (self, error);
      return NULL;
    }
  dialog = sg_audit_finding_list_open (self, finding);
  sg_record_editor_focus_first (SG_RECORD_EDITOR (sg_finding_dialog_get_editor (SG_FINDING_DIALOG (dialog))));
  return g_steal_pointer (&finding);
}

static void
sg_audit_finding_list_dispose (GObject *object)
{
  SgAuditFindingList *self = SG_AUDIT_FINDING_LIST (object);

  if (self->ncs != NULL)
    g_signal_handlers_disconnect_by_data (self->ncs, self);
  if (self->list != NULL)
    gtk_list_box_bind_model (GTK_LIST_BOX (self->list), NULL, NULL, NULL, NULL);
  g_clear_object (&self->shown);
  g_clear_object (&self->audit);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_audit_finding_list_parent_class)->dispose (object);
}

static void
sg_audit_finding_list_class_init (SgAuditFindingListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_audit_finding_list_dispose;

  gtk_widget_class_install_action (widget_class, "finding.add", NULL, add_cb);
  gtk_widget_class_install_action (widget_class, "finding.edit", "x", edit_cb);
  gtk_widget_class_install_action (widget_class, "finding.raise-nc", "x", raise_nc_cb);
  gtk_widget_class_install_action (widget_class, "finding.open-nc", "x", open_nc_cb);
}

static void
sg_audit_finding_list_init (SgAuditFindingList *self)
{
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *placeholder = gtk_label_new (_("No findings yet"));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Findings"));
  /* An icon, as in the other lists of children: "Feststellung
   * hinzufügen" would leave the title no room in a narrow window. */
  gtk_widget_set_tooltip_text (add, _("Add Finding"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add Finding"), -1);
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "finding.add");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), add);

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list), placeholder);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->list);
}

GtkWidget *
sg_audit_finding_list_new (SgStore *store)
{
  SgAuditFindingList *self;
  GtkFilterListModel *filtered;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_AUDIT_FINDING_LIST, NULL);
  self->store = g_object_ref (store);
  self->filter = gtk_custom_filter_new (belongs_cb, self, NULL);
  filtered = gtk_filter_list_model_new (g_object_ref (sg_store_get_records (store, SG_TYPE_FINDING)),
                                        GTK_FILTER (self->filter));
  self->shown = G_LIST_MODEL (gtk_sort_list_model_new (G_LIST_MODEL (filtered),
                                                       GTK_SORTER (gtk_custom_sorter_new (by_ref_cb, NULL, NULL))));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list), self->shown, create_row_cb, self, NULL);
  self->ncs = sg_store_get_records (store, SG_TYPE_NONCONFORMITY);
  g_signal_connect_swapped (self->ncs, "items-changed", G_CALLBACK (update_rows), self);
  return GTK_WIDGET (self);
}

void
sg_audit_finding_list_set_audit (SgAuditFindingList *self,
                             SgRecord        *audit)
{
  g_return_if_fail (SG_IS_AUDIT_FINDING_LIST (self));

  if (!g_set_object (&self->audit, audit))
    return;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "finding.add", audit != NULL);
}

GListModel *
sg_audit_finding_list_get_shown (SgAuditFindingList *self)
{
  g_return_val_if_fail (SG_IS_AUDIT_FINDING_LIST (self), NULL);

  return self->shown;
}

GtkWidget *
sg_audit_finding_list_get_row (SgAuditFindingList *self,
                           SgRecord        *finding)
{
  g_return_val_if_fail (SG_IS_AUDIT_FINDING_LIST (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (self->list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SG_IS_FINDING_ROW (row) && sg_finding_row_get_finding (SG_FINDING_ROW (row)) == finding)
      return row;
  return NULL;
}
