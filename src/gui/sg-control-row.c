/* sg-control-row.c: one control in the controls list — ref, title, status badge, what it lacks
 *
 * The badge says the status in words as well as in colour; the flags
 * say in words what the SoA's rules miss, or as icons with a tooltip
 * when the window is narrow.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-control-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-control-row.h"
#include "sg-control.h"
#include "sg-enums.h"

struct _SgControlRow
{
  GtkListBoxRow  parent_instance;

  GtkWidget     *ref;
  GtkWidget     *title;
  GtkWidget     *badge;
  GtkWidget     *flags_box;
  GtkWidget     *flags_icon;
  GtkWidget     *flags_label;
  GtkWidget     *owner;

  SgStore       *store;
  SgRecord      *control;
  char          *today;
  SgSoaFlags     flags;
  gboolean       narrow;
};

G_DEFINE_FINAL_TYPE (SgControlRow, sg_control_row, GTK_TYPE_LIST_BOX_ROW)

static const char * const badge_classes[] = {
  "sg-status-not-started", "sg-status-planned", "sg-status-partial",
  "sg-status-implemented", "sg-status-verified", "sg-status-excluded",
};

/* Narrow, the badge says it in a word. */
static const char * const short_statuses[] = {
  N_("Not started"), N_("Planned"), N_("Partial"), N_("Implemented"), N_("Verified"),
};

int
sg_control_row_section_of (SgRecord *control)
{
  g_return_val_if_fail (SG_IS_RECORD (control), SG_SOA_THEME_OWN);

  if (sg_record_peek_enum (control, SG_CONTROL_SOURCE) == SG_CONTROL_SOURCE_CUSTOM)
    return SG_SOA_THEME_OWN;
  return sg_record_peek_enum (control, SG_CONTROL_THEME);
}

/* What the rules miss, in the words of the filter menu, shortest first. */
static char *
dup_flags_text (SgSoaFlags flags)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (flags & SG_SOA_FLAG_EXCLUDED_WITHOUT_JUSTIFICATION)
    g_ptr_array_add (parts, _("No justification"));
  if (flags & SG_SOA_FLAG_INCLUDED_WITHOUT_REASON)
    g_ptr_array_add (parts, _("No reason for inclusion"));
  if (flags & SG_SOA_FLAG_IMPLEMENTATION_OVERDUE)
    g_ptr_array_add (parts, _("Overdue"));
  if (flags & SG_SOA_FLAG_EVIDENCE_MISSING)
    g_ptr_array_add (parts, _("No evidence"));
  if (flags & SG_SOA_FLAG_EVIDENCE_EXPIRED)
    g_ptr_array_add (parts, _("Evidence expired"));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
update_layout (SgControlRow *self)
{
  gtk_label_set_lines (GTK_LABEL (self->title), self->narrow ? 2 : -1);
  gtk_label_set_ellipsize (GTK_LABEL (self->title), self->narrow ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  gtk_widget_set_visible (self->flags_label, !self->narrow);
  gtk_widget_set_visible (self->owner, !self->narrow &&
                          *gtk_label_get_text (GTK_LABEL (self->owner)) != '\0');
}

void
sg_control_row_update (SgControlRow *self,
                       const char   *today)
{
  g_autofree char *flags_text = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GEnumClass) statuses = g_type_class_ref (SG_TYPE_IMPLEMENTATION_STATUS);
  GEnumValue *status;
  const char *owner;
  guint badge;
  GDate date;

  g_return_if_fail (SG_IS_CONTROL_ROW (self));

  if (today != self->today)
    {
      g_free (self->today);
      self->today = g_strdup (today);
    }
  today = self->today;
  gtk_label_set_text (GTK_LABEL (self->ref), sg_record_get_ref (self->control));
  gtk_label_set_text (GTK_LABEL (self->title),
                      sg_record_peek_string (self->control, SG_CONTROL_TITLE) ?: "");

  if (!sg_record_peek_boolean (self->control, SG_CONTROL_APPLICABLE))
    {
      badge = G_N_ELEMENTS (badge_classes) - 1;
      gtk_label_set_text (GTK_LABEL (self->badge), self->narrow ? _("Excluded") : _("Not applicable"));
    }
  else
    {
      badge = CLAMP (sg_record_peek_enum (self->control, SG_CONTROL_IMPLEMENTATION), 0,
                     SG_IMPLEMENTATION_STATUS_VERIFIED);
      status = g_enum_get_value (statuses, badge);
      if (self->narrow)
        gtk_label_set_text (GTK_LABEL (self->badge), _(short_statuses[badge]));
      else
        gtk_label_set_text (GTK_LABEL (self->badge), status ? _(status->value_name) : "");
    }
  for (guint i = 0; i < G_N_ELEMENTS (badge_classes); i++)
    if (i == badge)
      gtk_widget_add_css_class (self->badge, badge_classes[i]);
    else
      gtk_widget_remove_css_class (self->badge, badge_classes[i]);

  owner = sg_store_peek_name (self->store, self->control, SG_CONTROL_OWNER);
  gtk_label_set_text (GTK_LABEL (self->owner), owner ? owner : "");

  g_date_clear (&date, 1);
  if (today != NULL)
    g_date_set_parse (&date, today);
  self->flags = sg_soa_control_flags (self->store, self->control, g_date_valid (&date) ? &date : NULL);
  flags_text = dup_flags_text (self->flags);
  gtk_label_set_text (GTK_LABEL (self->flags_label), flags_text);
  gtk_widget_set_tooltip_text (self->flags_box, *flags_text ? flags_text : NULL);
  gtk_widget_set_visible (self->flags_box, *flags_text != '\0');

  name = sg_record_dup_display_name (self->control);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  update_layout (self);
}

static void
sg_control_row_dispose (GObject *object)
{
  SgControlRow *self = SG_CONTROL_ROW (object);

  g_clear_object (&self->control);
  g_clear_object (&self->store);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (sg_control_row_parent_class)->dispose (object);
}

static void
sg_control_row_class_init (SgControlRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sg_control_row_dispose;
}

static GtkWidget *
new_label (const char *css_class,
           float       xalign)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
sg_control_row_init (SgControlRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *details;

  gtk_widget_add_css_class (GTK_WIDGET (self), "sg-control-row");
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  self->ref = new_label ("sg-control-ref", 0);
  gtk_label_set_width_chars (GTK_LABEL (self->ref), 5);
  gtk_widget_set_valign (self->ref, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), self->ref);

  self->title = new_label (NULL, 0);
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (self->title, TRUE);
  gtk_box_append (GTK_BOX (text), self->title);

  /* Under the title, so a name never competes with it for width. */
  details = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  self->owner = new_label ("dim-label", 0);
  gtk_widget_add_css_class (self->owner, "caption");
  gtk_label_set_ellipsize (GTK_LABEL (self->owner), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (details), self->owner);
  self->flags_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_add_css_class (self->flags_box, "sg-control-flags");
  self->flags_icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_box_append (GTK_BOX (self->flags_box), self->flags_icon);
  self->flags_label = new_label ("caption", 0);
  gtk_label_set_wrap (GTK_LABEL (self->flags_label), TRUE);
  gtk_box_append (GTK_BOX (self->flags_box), self->flags_label);
  gtk_box_append (GTK_BOX (details), self->flags_box);
  gtk_box_append (GTK_BOX (text), details);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), text);

  self->badge = new_label ("sg-status-badge", 0.5);
  gtk_widget_set_valign (self->badge, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), self->badge);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
}

GtkWidget *
sg_control_row_new (SgStore  *store,
                    SgRecord *control)
{
  SgControlRow *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_RECORD (control), NULL);

  self = g_object_new (SG_TYPE_CONTROL_ROW, NULL);
  self->store = g_object_ref (store);
  self->control = g_object_ref (control);
  sg_control_row_update (self, NULL);
  return GTK_WIDGET (self);
}

SgRecord *
sg_control_row_get_control (SgControlRow *self)
{
  g_return_val_if_fail (SG_IS_CONTROL_ROW (self), NULL);

  return self->control;
}

SgSoaFlags
sg_control_row_get_flags (SgControlRow *self)
{
  g_return_val_if_fail (SG_IS_CONTROL_ROW (self), 0);

  return self->flags;
}

void
sg_control_row_set_narrow (SgControlRow *self,
                           gboolean      narrow)
{
  g_return_if_fail (SG_IS_CONTROL_ROW (self));

  if (self->narrow == !!narrow)
    return;
  self->narrow = !!narrow;
  sg_control_row_update (self, self->today);
}

const char *
sg_control_row_get_badge_text (SgControlRow *self)
{
  g_return_val_if_fail (SG_IS_CONTROL_ROW (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->badge));
}
