/* sg-soa-versions-dialog.c: the issued versions of the Statement of Applicability
 *
 * Each issued version is printed from its frozen content, so last year's
 * SoA reads as the auditor signed it; the draft, from the register as it
 * stands, comes first. The list follows the store: a version issued or
 * undone shows at once.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-soa-versions-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-field-codec.h"
#include "sg-soa-version.h"
#include "sg-soa-versions-dialog.h"

struct _SgSoaVersionsDialog
{
  AdwWindow   parent_instance;

  SgStore    *store;
  GtkWidget  *list;
  GtkWidget  *empty_label;
  GListModel *sorted;
};

G_DEFINE_FINAL_TYPE (SgSoaVersionsDialog, sg_soa_versions_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_EXPORT,
  SIGNAL_ISSUE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
export_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_EXPORT], 0, g_variant_get_uint32 (parameter));
}

static void
issue_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_ISSUE], 0);
}

static GtkWidget *
export_button (guint number)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Export PDF…"));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "soa-versions.export");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", number);
  return button;
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer data)
{
  SgSoaVersionsDialog *self = data;
  SgRecord *version = item;
  int number = sg_record_peek_int (version, SG_SOA_VERSION_NUMBER);
  g_autofree char *title = g_strdup_printf (_("Version %u"), (guint) MAX (number, 0));
  g_autofree char *issued = sg_field_format_date (sg_record_peek_string (version, SG_SOA_VERSION_ISSUED_ON));
  const char *approver = sg_store_peek_name (self->store, version, SG_SOA_VERSION_APPROVED_BY);
  const char *summary = sg_record_peek_string (version, SG_SOA_VERSION_CHANGE_SUMMARY);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped = NULL;

  if (approver != NULL)
    /* Translators: under "Version 3" in the list of issued versions */
    g_string_printf (subtitle, _("Issued on %s, approved by %s"), issued != NULL ? issued : "", approver);
  else
    g_string_printf (subtitle, _("Issued on %s"), issued != NULL ? issued : "");
  if (summary != NULL && *summary != '\0')
    g_string_append_printf (subtitle, "\n%s", summary);
  escaped = g_markup_escape_text (subtitle->str, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), export_button ((guint) MAX (number, 0)));
  return row;
}

static int
compare_versions_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  int na = sg_record_peek_int ((SgRecord *) a, SG_SOA_VERSION_NUMBER);
  int nb = sg_record_peek_int ((SgRecord *) b, SG_SOA_VERSION_NUMBER);

  return nb - na;   /* newest first */
}

static void
versions_changed_cb (SgSoaVersionsDialog *self)
{
  gboolean empty = g_list_model_get_n_items (self->sorted) == 0;

  /* An empty boxed list still draws its frame. */
  gtk_widget_set_visible (self->list, !empty);
  gtk_widget_set_visible (self->empty_label, empty);
}

static void
sg_soa_versions_dialog_dispose (GObject *object)
{
  SgSoaVersionsDialog *self = SG_SOA_VERSIONS_DIALOG (object);

  g_clear_object (&self->sorted);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (sg_soa_versions_dialog_parent_class)->dispose (object);
}

static void
sg_soa_versions_dialog_class_init (SgSoaVersionsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_soa_versions_dialog_dispose;

  signals[SIGNAL_EXPORT] = g_signal_new ("export", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[SIGNAL_ISSUE] = g_signal_new ("issue", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "soa-versions.export", "u", export_cb);
  gtk_widget_class_install_action (widget_class, "soa-versions.issue", NULL, issue_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sg_soa_versions_dialog_init (SgSoaVersionsDialog *self)
{
}

static void
build (SgSoaVersionsDialog *self)
{
  GtkWidget *box, *header, *issue, *scrolled, *clamp, *content, *draft_group, *draft_row, *group;
  GtkSorter *sorter;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  issue = gtk_button_new_with_mnemonic (_("_Issue…"));
  gtk_widget_set_tooltip_text (issue, _("Issue Statement of Applicability"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (issue), "soa-versions.issue");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), issue);
  gtk_box_append (GTK_BOX (box), header);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 640);
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);

  draft_group = adw_preferences_group_new ();
  draft_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (draft_row), _("Draft"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (draft_row),
                               _("The register as it stands now, not issued"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (draft_row), export_button (0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (draft_group), draft_row);
  gtk_box_append (GTK_BOX (content), draft_group);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Issued Versions"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Each prints as it was when it was approved."));
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_versions_cb, NULL, NULL));
  self->sorted = G_LIST_MODEL (gtk_sort_list_model_new (g_object_ref (sg_store_get_records (self->store,
                                                                                             SG_TYPE_SOA_VERSION)),
                                                        sorter));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list), self->sorted, create_row_cb, self, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->list);
  self->empty_label = gtk_label_new (_("No version has been issued yet."));
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (self->empty_label), TRUE);
  gtk_widget_set_margin_top (self->empty_label, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->empty_label);
  gtk_box_append (GTK_BOX (content), group);

  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (self), box);

  g_signal_connect_object (self->sorted, "items-changed", G_CALLBACK (versions_changed_cb), self,
                           G_CONNECT_SWAPPED);
  versions_changed_cb (self);
}

SgSoaVersionsDialog *
sg_soa_versions_dialog_new (GtkWindow *parent,
                            SgStore   *store)
{
  SgSoaVersionsDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_SOA_VERSIONS_DIALOG,
                       "title", _("Statement of Applicability Versions"),
                       "transient-for", parent,
                       "default-width", 600,
                       "default-height", 520,
                       "width-request", 360,
                       "height-request", 300,
                       NULL);
  self->store = g_object_ref (store);
  build (self);
  return self;
}

GtkWidget *
sg_soa_versions_dialog_get_list (SgSoaVersionsDialog *self)
{
  g_return_val_if_fail (SG_IS_SOA_VERSIONS_DIALOG (self), NULL);

  return self->list;
}
