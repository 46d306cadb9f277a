/* sg-finding-row.c: one finding in its audit's list, with the nonconformity it raised
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-finding-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-audit-findings.h"
#include "sg-control.h"
#include "sg-enums.h"
#include "sg-finding.h"
#include "sg-finding-row.h"
#include "sg-requirement.h"

struct _SgFindingRow
{
  GtkListBoxRow parent_instance;

  SgStore      *store;
  SgRecord     *finding;
  GtkWidget    *type_icon;
  GtkWidget    *title;
  GtkWidget    *subtitle;
  GtkWidget    *nc_button;
};

G_DEFINE_FINAL_TYPE (SgFindingRow, sg_finding_row, GTK_TYPE_LIST_BOX_ROW)

/* The ref of what the finding concerns ("9.2.2", "8.13"), or NULL. */
static const char *
target_ref (SgFindingRow *self,
            GType         kind,
            const char   *field)
{
  SgRecord *target = sg_store_find_by_id (self->store, kind, sg_record_peek_int64 (self->finding, field));

  return target != NULL ? sg_record_get_ref (target) : NULL;
}

static void
update_labels (SgFindingRow *self)
{
  const char *description = sg_record_peek_string (self->finding, SG_FINDING_DESCRIPTION);
  int type = sg_record_peek_enum (self->finding, SG_FINDING_TYPE);
  const char *clause, *control;
  g_autofree char *line = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *icon = "dialog-information-symbolic";

  if (description != NULL && *description != '\0')
    {
      const char *end = strchr (description, '\n');

      line = g_strstrip (end ? g_strndup (description, end - description) : g_strdup (description));
    }
  gtk_label_set_text (GTK_LABEL (self->title), line != NULL && *line != '\0' ? line : _("No description yet"));

  /* Translators: a finding's type and ref in its row, "Major nonconformity · F-001" */
  g_string_append_printf (subtitle, _("%s · %s"), sg_enum_get_label (SG_TYPE_FINDING_TYPE, type),
                          sg_record_get_ref (self->finding));
  clause = target_ref (self, SG_TYPE_REQUIREMENT, SG_FINDING_REQUIREMENT);
  control = target_ref (self, SG_TYPE_CONTROL, SG_FINDING_CONTROL);
  if (clause != NULL)
    /* Translators: what a finding concerns, in its row: " · Clause 9.2.2" */
    g_string_append_printf (subtitle, _(" · Clause %s"), clause);
  if (control != NULL)
    /* Translators: what a finding concerns, in its row: " · Control 8.13" */
    g_string_append_printf (subtitle, _(" · Control %s"), control);
  gtk_label_set_text (GTK_LABEL (self->subtitle), subtitle->str);

  /* The type in words above; the icon repeats it for a quick look. */
  gtk_widget_remove_css_class (self->type_icon, "error");
  gtk_widget_remove_css_class (self->type_icon, "warning");
  if (type == SG_FINDING_TYPE_MAJOR_NONCONFORMITY || type == SG_FINDING_TYPE_MINOR_NONCONFORMITY)
    {
      icon = "dialog-warning-symbolic";
      gtk_widget_add_css_class (self->type_icon,
                                type == SG_FINDING_TYPE_MAJOR_NONCONFORMITY ? "error" : "warning");
    }
  gtk_image_set_from_icon_name (GTK_IMAGE (self->type_icon), icon);
}

void
sg_finding_row_update (SgFindingRow *self)
{
  SgRecord *nc;

  g_return_if_fail (SG_IS_FINDING_ROW (self));

  nc = sg_audit_findings_find_nc (self->store, self->finding);
  if (nc != NULL)
    {
      g_autofree char *tooltip = NULL;

      gtk_button_set_label (GTK_BUTTON (self->nc_button), sg_record_get_ref (nc));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->nc_button), "finding.open-nc");
      /* Translators: %s is a nonconformity's ref, NC-003 */
      tooltip = g_strdup_printf (_("Open nonconformity %s"), sg_record_get_ref (nc));
      gtk_widget_set_tooltip_text (self->nc_button, tooltip);
      gtk_widget_remove_css_class (self->nc_button, "suggested-action");
      gtk_widget_remove_css_class (self->nc_button, "flat");
    }
  else
    {
      gtk_button_set_label (GTK_BUTTON (self->nc_button), _("Raise Nonconformity"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->nc_button), "finding.raise-nc");
      gtk_widget_set_tooltip_text (self->nc_button,
                                   _("Record a nonconformity for this finding, with its description"));
      /* What a major or minor nonconformity calls for next; for an
       * observation it is there, but quiet. */
      if (sg_record_peek_enum (self->finding, SG_FINDING_TYPE) <= SG_FINDING_TYPE_MINOR_NONCONFORMITY)
        {
          gtk_widget_add_css_class (self->nc_button, "suggested-action");
          gtk_widget_remove_css_class (self->nc_button, "flat");
        }
      else
        {
          gtk_widget_remove_css_class (self->nc_button, "suggested-action");
          gtk_widget_add_css_class (self->nc_button, "flat");
        }
    }
}

static void
finding_notify_cb (SgFindingRow *self)
{
  update_labels (self);
  sg_finding_row_update (self);
}

static void
sg_finding_row_dispose (GObject *object)
{
  SgFindingRow *self = SG_FINDING_ROW (object);

  if (self->finding != NULL)
    g_signal_handlers_disconnect_by_data (self->finding, self);
  g_clear_object (&self->finding);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_finding_row_parent_class)->dispose (object);
}

static void
sg_finding_row_class_init (SgFindingRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sg_finding_row_dispose;
}

/* The button goes under the text, not beside it: in a narrow window
 * "Nichtkonformität erfassen" beside it would leave the text a sliver. */
static void
sg_finding_row_init (SgFindingRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  self->type_icon = gtk_image_new ();
  gtk_widget_set_valign (self->type_icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->type_icon, 2);
  self->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->title), PANGO_WRAP_WORD_CHAR);
  /* A description can be a paragraph: its start names it. */
  gtk_label_set_lines (GTK_LABEL (self->title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (self->title), PANGO_ELLIPSIZE_END);
  self->subtitle = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (self->subtitle), TRUE);
  gtk_widget_add_css_class (self->subtitle, "caption");
  gtk_widget_add_css_class (self->subtitle, "dim-label");
  self->nc_button = gtk_button_new ();
  gtk_widget_set_halign (self->nc_button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->nc_button, 6);

  gtk_box_append (GTK_BOX (text), self->title);
  gtk_box_append (GTK_BOX (text), self->subtitle);
  gtk_box_append (GTK_BOX (text), self->nc_button);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), self->type_icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self), "finding.edit");
}

GtkWidget *
sg_finding_row_new (SgStore  *store,
                    SgRecord *finding)
{
  SgFindingRow *self;
  GVariant *target;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_RECORD (finding), NULL);

  self = g_object_new (SG_TYPE_FINDING_ROW, NULL);
  self->store = g_object_ref (store);
  self->finding = g_object_ref (finding);
  target = g_variant_new_int64 (sg_record_get_id (finding));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->nc_button), target);
  g_signal_connect_swapped (finding, "notify", G_CALLBACK (finding_notify_cb), self);
  update_labels (self);
  sg_finding_row_update (self);
  return GTK_WIDGET (self);
}

SgRecord *
sg_finding_row_get_finding (SgFindingRow *self)
{
  g_return_val_if_fail (SG_IS_FINDING_ROW (self), NULL);

  return self->finding;
}

GtkWidget *
sg_finding_row_get_nc_button (SgFindingRow *self)
{
  g_return_val_if_fail (SG_IS_FINDING_ROW (self), NULL);

  return self->nc_button;
}
