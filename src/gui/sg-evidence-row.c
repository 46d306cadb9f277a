/* sg-evidence-row.c: one evidence item in its control's detail — where it is, until when it holds
 *
 * Collapsed: the title, whether it is expired or cannot be opened, and an
 * Open button; expanded: its fields and Delete. Only a web address
 * (http, https) or a file that exists is ever handed to the desktop
 * (sg_soa_evidence_check_location () decides); anything else says so.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-evidence-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-evidence-row.h"
#include "sg-evidence.h"
#include "sg-field-binding.h"
#include "sg-soa.h"

struct _SgEvidenceRow
{
  AdwExpanderRow  parent_instance;

  GtkWidget      *open_button;
  GtkWidget      *expired_icon;

  SgStore        *store;
  SgRecord       *evidence;
  char           *today;
  char           *status;
  GPtrArray      *bindings;   /* SgFieldBinding* */
  SgSoaLocation   location;
};

G_DEFINE_FINAL_TYPE (SgEvidenceRow, sg_evidence_row, ADW_TYPE_EXPANDER_ROW)

enum {
  CHANGED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update (SgEvidenceRow *self)
{
  const char *title = sg_record_peek_string (self->evidence, SG_EVIDENCE_TITLE);
  const char *expires = sg_record_peek_string (self->evidence, SG_EVIDENCE_EXPIRES);
  g_autofree char *today = self->today ? g_strdup (self->today) : sg_date_today ();
  g_autofree char *escaped = NULL;
  gboolean expired = sg_soa_evidence_is_expired (expires, today);

  escaped = g_markup_escape_text (title != NULL && *title != '\0' ? title : _("Untitled evidence"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), escaped);

  self->location = sg_soa_evidence_check_location (sg_record_peek_string (self->evidence, SG_EVIDENCE_LOCATION),
                                                   NULL);
  g_free (self->status);
  switch (self->location)
    {
    case SG_SOA_LOCATION_EMPTY:
      self->status = g_strdup (_("No location"));
      break;
    case SG_SOA_LOCATION_FILE_MISSING:
      self->status = g_strdup (_("File not found"));
      break;
    case SG_SOA_LOCATION_NOT_ALLOWED:
      self->status = g_strdup (_("Not a web or file address"));
      break;
    case SG_SOA_LOCATION_WEB:
    case SG_SOA_LOCATION_FILE:
    default:
      self->status = NULL;
      break;
    }
  if (expired)
    {
      /* Translators: %s is a date */
      g_autofree char *line = g_strdup_printf (_("Expired on %s"), expires);
      char *both = self->status != NULL ? g_strdup_printf ("%s · %s", line, self->status)
                                        : g_steal_pointer (&line);

      g_free (self->status);
      self->status = both;
    }
  else if (self->status == NULL && expires != NULL && *expires != '\0')
    /* Translators: %s is a date */
    self->status = g_strdup_printf (_("Valid until %s"), expires);
  g_clear_pointer (&escaped, g_free);
  escaped = g_markup_escape_text (self->status ? self->status : "", -1);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), escaped);
  gtk_widget_set_visible (self->expired_icon, expired || self->location == SG_SOA_LOCATION_FILE_MISSING ||
                                              self->location == SG_SOA_LOCATION_NOT_ALLOWED);
  gtk_widget_set_sensitive (self->open_button, sg_evidence_row_can_open (self));
  if (expired)
    gtk_widget_add_css_class (GTK_WIDGET (self), "sg-evidence-expired");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "sg-evidence-expired");
}

static void
evidence_notify_cb (SgEvidenceRow *self)
{
  update (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
launched_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    g_message ("Could not open evidence: %s", error->message);
}

static void
open_clicked_cb (SgEvidenceRow *self)
{
  g_autofree char *uri = NULL;
  SgSoaLocation location;

  /* Decided again at the click: the file may have gone since. */
  location = sg_soa_evidence_check_location (sg_record_peek_string (self->evidence, SG_EVIDENCE_LOCATION), &uri);
  if (location != SG_SOA_LOCATION_WEB && location != SG_SOA_LOCATION_FILE)
    {
      update (self);
      return;
    }
  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, launched_cb, NULL);
}

static void
delete_clicked_cb (SgEvidenceRow *self)
{
  g_signal_emit (self, signals[DELETE_REQUESTED], 0);
}

static void
sg_evidence_row_dispose (GObject *object)
{
  SgEvidenceRow *self = SG_EVIDENCE_ROW (object);

  if (self->bindings != NULL)
    for (guint i = 0; i < self->bindings->len; i++)
      sg_field_binding_set_record (self->bindings->pdata[i], NULL);
  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_object (&self->evidence);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_evidence_row_parent_class)->dispose (object);
}

static void
sg_evidence_row_finalize (GObject *object)
{
  SgEvidenceRow *self = SG_EVIDENCE_ROW (object);

  g_free (self->today);
  g_free (self->status);

  G_OBJECT_CLASS (sg_evidence_row_parent_class)->finalize (object);
}

static void
sg_evidence_row_class_init (SgEvidenceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sg_evidence_row_dispose;
  object_class->finalize = sg_evidence_row_finalize;

  /* The evidence was edited: its control's flags may change. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* The control's editor removes it, with Undo. */
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sg_evidence_row_init (SgEvidenceRow *self)
{
  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);

  self->expired_icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (self->expired_icon, "sg-evidence-warning");
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (self), self->expired_icon);

  self->open_button = gtk_button_new_from_icon_name ("document-open-symbolic");
  gtk_widget_set_tooltip_text (self->open_button, _("Open"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->open_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Open"), -1);
  gtk_widget_add_css_class (self->open_button, "flat");
  gtk_widget_set_valign (self->open_button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->open_button, "clicked", G_CALLBACK (open_clicked_cb), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), self->open_button);
}

GtkWidget *
sg_evidence_row_new (SgStore    *store,
                     SgRecord   *evidence,
                     const char *today)
{
  static const char * const fields[] = {
    SG_EVIDENCE_TITLE, SG_EVIDENCE_LOCATION, SG_EVIDENCE_VALID_FROM, SG_EVIDENCE_EXPIRES,
  };
  SgEvidenceRow *self;
  SgRecordClass *klass;
  GtkWidget *delete_row, *delete_button;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_EVIDENCE (evidence), NULL);

  self = g_object_new (SG_TYPE_EVIDENCE_ROW, NULL);
  self->store = g_object_ref (store);
  self->evidence = g_object_ref (evidence);
  self->today = g_strdup (today);
  klass = SG_RECORD_GET_CLASS (evidence);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      SgFieldBinding *binding = sg_field_binding_new (store, sg_record_class_find_field (klass, fields[i]));

      sg_field_binding_set_record (binding, evidence);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), sg_field_binding_get_widget (binding));
      g_ptr_array_add (self->bindings, binding);
    }
  delete_row = adw_action_row_new ();
  delete_button = gtk_button_new_with_mnemonic (_("_Delete Evidence"));
  gtk_widget_add_css_class (delete_button, "destructive-action");
  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (delete_button, GTK_ALIGN_END);
  gtk_widget_set_hexpand (delete_button, TRUE);
  g_signal_connect_swapped (delete_button, "clicked", G_CALLBACK (delete_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (delete_row), delete_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), delete_row);

  g_signal_connect_object (evidence, "notify", G_CALLBACK (evidence_notify_cb), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

SgRecord *
sg_evidence_row_get_evidence (SgEvidenceRow *self)
{
  g_return_val_if_fail (SG_IS_EVIDENCE_ROW (self), NULL);

  return self->evidence;
}

const char *
sg_evidence_row_get_status (SgEvidenceRow *self)
{
  g_return_val_if_fail (SG_IS_EVIDENCE_ROW (self), NULL);

  return self->status;
}

gboolean
sg_evidence_row_can_open (SgEvidenceRow *self)
{
  g_return_val_if_fail (SG_IS_EVIDENCE_ROW (self), FALSE);

  return self->location == SG_SOA_LOCATION_WEB || self->location == SG_SOA_LOCATION_FILE;
}
