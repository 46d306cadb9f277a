/* sg-audit-independence.c: the warning on an audit whose auditor audits their own work
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-audit-independence"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-audit-independence.h"
#include "sg-independence.h"

struct _SgAuditIndependence
{
  AdwPreferencesGroup parent_instance;

  SgStore            *store;
  SgRecord           *audit;
  GtkWidget          *note;
  GtkWidget          *state;    /* the header's word: "Needs a reason", "Accepted" */
  GPtrArray          *rows;
  gboolean            warning;
};

G_DEFINE_FINAL_TYPE (SgAuditIndependence, sg_audit_independence, ADW_TYPE_PREFERENCES_GROUP)

static GtkWidget *
add_row (SgAuditIndependence *self,
         const char          *icon,
         const char          *css,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *image = gtk_image_new_from_icon_name (icon);
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_subtitle = subtitle ? g_markup_escape_text (subtitle, -1) : NULL;

  if (css != NULL)
    gtk_widget_add_css_class (image, css);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), image);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  if (escaped_subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
  return row;
}

static void
clear_rows (SgAuditIndependence *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
set_state (SgAuditIndependence *self,
           const char          *text,
           const char          *css)
{
  gtk_label_set_text (GTK_LABEL (self->state), text);
  gtk_widget_remove_css_class (self->state, "warning");
  gtk_widget_remove_css_class (self->state, "success");
  if (css != NULL)
    gtk_widget_add_css_class (self->state, css);
}

void
sg_audit_independence_refresh (SgAuditIndependence *self)
{
  g_autoptr(SgIndependence) independence = NULL;
  gboolean flagged, conflict;

  g_return_if_fail (SG_IS_AUDIT_INDEPENDENCE (self));

  clear_rows (self);
  if (self->audit == NULL || sg_store_is_closed (self->store))
    return;

  independence = sg_independence_check (self->store, self->audit);
  conflict = sg_independence_has_conflict (independence);
  flagged = sg_independence_is_flagged (independence);
  self->warning = flagged;

  for (guint i = 0; i < independence->conflicts->len; i++)
    {
      const SgIndependenceConflict *c = &g_array_index (independence->conflicts, SgIndependenceConflict, i);
      g_autofree char *said = sg_independence_describe (self->store, independence, c);

      add_row (self, flagged ? "dialog-warning-symbolic" : "emblem-ok-symbolic",
               flagged ? "warning" : NULL,
               c->lead ? _("Lead auditor audits their own work") : _("Team member audits their own work"),
               said);
    }
  if (!conflict)
    {
      set_state (self, _("Independent"), "success");
      add_row (self, "emblem-ok-symbolic", "success", _("No auditor owns what is audited"),
               _("Neither the lead auditor nor the team owns, or deputises for an owner of, "
                 "a control or clause in scope."));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), NULL);
    }
  else if (flagged)
    {
      set_state (self, _("Needs a reason"), "warning");
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                             _("Choose an auditor who does not own what is audited, "
                                               "or record below why it cannot be avoided."));
    }
  else
    {
      set_state (self, _("Accepted"), NULL);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                             _("Accepted for the reason recorded below."));
    }

  /* The reason is asked for where there is something to explain. */
  if (self->note != NULL)
    gtk_widget_set_visible (self->note, conflict || independence->reason != NULL);
}

static void
audit_notify_cb (SgAuditIndependence *self)
{
  sg_audit_independence_refresh (self);
}

void
sg_audit_independence_set_audit (SgAuditIndependence *self,
                                 SgRecord            *audit)
{
  g_return_if_fail (SG_IS_AUDIT_INDEPENDENCE (self));

  if (self->audit == audit)
    return;
  if (self->audit != NULL)
    g_signal_handlers_disconnect_by_func (self->audit, audit_notify_cb, self);
  g_set_object (&self->audit, audit);
  if (audit != NULL)
    g_signal_connect_swapped (audit, "notify", G_CALLBACK (audit_notify_cb), self);
  sg_audit_independence_refresh (self);
}

gboolean
sg_audit_independence_is_warning (SgAuditIndependence *self)
{
  g_return_val_if_fail (SG_IS_AUDIT_INDEPENDENCE (self), FALSE);

  return self->warning;
}

static void
sg_audit_independence_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sg_audit_independence_parent_class)->map (widget);

  /* Owners change on other pages: count again when shown. */
  sg_audit_independence_refresh (SG_AUDIT_INDEPENDENCE (widget));
}

static void
sg_audit_independence_dispose (GObject *object)
{
  SgAuditIndependence *self = SG_AUDIT_INDEPENDENCE (object);

  if (self->audit != NULL)
    g_signal_handlers_disconnect_by_func (self->audit, audit_notify_cb, self);
  g_clear_object (&self->audit);
  g_clear_object (&self->store);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  self->note = NULL;

  G_OBJECT_CLASS (sg_audit_independence_parent_class)->dispose (object);
}

static void
sg_audit_independence_class_init (SgAuditIndependenceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sg_audit_independence_dispose;
  GTK_WIDGET_CLASS (klass)->map = sg_audit_independence_map;
}

static void
sg_audit_independence_init (SgAuditIndependence *self)
{
  self->rows = g_ptr_array_new ();
  self->state = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->state, "heading");
  gtk_widget_set_valign (self->state, GTK_ALIGN_CENTER);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Auditor Independence"));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), self->state);
}

GtkWidget *
sg_audit_independence_new (SgStore   *store,
                           GtkWidget *note)
{
  SgAuditIndependence *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_AUDIT_INDEPENDENCE, NULL);
  self->store = g_object_ref (store);
  self->note = note;
  return GTK_WIDGET (self);
}
