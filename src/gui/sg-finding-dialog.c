/* sg-finding-dialog.c: a finding of an audit, edited in a window of its own over the audit
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-finding-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-finding.h"
#include "sg-finding-dialog.h"
#include "sg-record-editor.h"

struct _SgFindingDialog
{
  AdwWindow  parent_instance;

  GtkWidget *editor;
  GtkWidget *title;
  SgRecord  *finding;
};

G_DEFINE_FINAL_TYPE (SgFindingDialog, sg_finding_dialog, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
delete_clicked_cb (SgFindingDialog *self)
{
  g_autoptr(SgFindingDialog) keep = g_object_ref (self);

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->finding);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
sg_finding_dialog_dispose (GObject *object)
{
  SgFindingDialog *self = SG_FINDING_DIALOG (object);

  /* Typing not yet saved is saved before the window goes. */
  if (self->editor != NULL)
    sg_record_editor_set_record (SG_RECORD_EDITOR (self->editor), NULL);
  self->editor = NULL;
  g_clear_object (&self->finding);

  G_OBJECT_CLASS (sg_finding_dialog_parent_class)->dispose (object);
}

static void
sg_finding_dialog_class_init (SgFindingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_finding_dialog_dispose;

  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SG_TYPE_RECORD);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sg_finding_dialog_init (SgFindingDialog *self)
{
}

GtkWidget *
sg_finding_dialog_new (GtkWindow *parent,
                       SgStore   *store,
                       SgRecord  *finding)
{
  SgFindingDialog *self;
  GtkWidget *box, *header, *delete_button;
  g_autofree char *title = NULL;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_FINDING (finding), NULL);

  self = g_object_new (SG_TYPE_FINDING_DIALOG,
                       "modal", TRUE,
                       "transient-for", parent,
                       "default-width", 560,
                       "default-height", 680,
                       NULL);
  self->finding = g_object_ref (finding);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  /* Translators: the title of a finding's window; %s is its ref, F-004 */
  title = g_strdup_printf (_("Finding %s"), sg_record_get_ref (finding));
  gtk_window_set_title (GTK_WINDOW (self), title);
  delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_tooltip_text (delete_button, _("Delete Finding"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete Finding"), -1);
  g_signal_connect_swapped (delete_button, "clicked", G_CALLBACK (delete_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), delete_button);
  gtk_box_append (GTK_BOX (box), header);

  self->editor = sg_record_editor_new (store, SG_TYPE_FINDING);
  gtk_widget_set_vexpand (self->editor, TRUE);
  sg_record_editor_set_record (SG_RECORD_EDITOR (self->editor), finding);
  gtk_box_append (GTK_BOX (box), self->editor);
  adw_window_set_content (ADW_WINDOW (self), box);
  return GTK_WIDGET (self);
}

SgRecord *
sg_finding_dialog_get_finding (SgFindingDialog *self)
{
  g_return_val_if_fail (SG_IS_FINDING_DIALOG (self), NULL);

  return self->finding;
}

GtkWidget *
sg_finding_dialog_get_editor (SgFindingDialog *self)
{
  g_return_val_if_fail (SG_IS_FINDING_DIALOG (self), NULL);

  return self->editor;
}
