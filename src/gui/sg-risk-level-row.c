/* sg-risk-level-row.c: one risk level on the risk method page — name, colour, appetite, removal
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-risk-level-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-risk-level-row.h"

struct _SgRiskLevelRow
{
  AdwExpanderRow  parent_instance;

  SgRiskLevel    *level;
  GtkWidget      *colour;    /* GtkColorButton */
  GtkWidget      *name_row;  /* SgTextFieldRow */
  GtkWidget      *toggle;    /* GtkSwitch: within the appetite */
};

G_DEFINE_FINAL_TYPE (SgRiskLevelRow, sg_risk_level_row, ADW_TYPE_EXPANDER_ROW)

enum {
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
colour_set_cb (GtkColorButton *button,
               SgRiskLevelRow *self)
{
  GdkRGBA rgba;
  g_autofree char *hex = NULL;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  hex = g_strdup_printf ("#%02x%02x%02x", (int) (rgba.red * 255 + 0.5),
                         (int) (rgba.green * 255 + 0.5), (int) (rgba.blue * 255 + 0.5));
  g_object_set (self->level, "colour", hex, NULL);
}

static void
appetite_cb (GtkSwitch      *toggle,
             GParamSpec     *pspec,
             SgRiskLevelRow *self)
{
  if (sg_record_peek_boolean (SG_RECORD (self->level), "within-appetite") != gtk_switch_get_active (toggle))
    g_object_set (self->level, "within-appetite", gtk_switch_get_active (toggle), NULL);
}

static void
remove_cb (SgRiskLevelRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

void
sg_risk_level_row_sync (SgRiskLevelRow *self)
{
  const char *name;
  gboolean within;
  g_autofree char *colour_label = NULL;
  GdkRGBA rgba;

  g_return_if_fail (SG_IS_RISK_LEVEL_ROW (self));

  name = sg_record_peek_string (SG_RECORD (self->level), "name");
  within = sg_record_peek_boolean (SG_RECORD (self->level), "within-appetite");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name ? name : "");
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), within ? _("Within the risk appetite")
                                                                  : _("Above the risk appetite"));
  if (gdk_rgba_parse (&rgba, sg_record_peek_string (SG_RECORD (self->level), "colour")))
    {
      g_signal_handlers_block_by_func (self->colour, colour_set_cb, self);
      gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->colour), &rgba);
      g_signal_handlers_unblock_by_func (self->colour, colour_set_cb, self);
    }
  /* Translators: the accessible label of a colour button, e.g. "Colour of High" */
  colour_label = g_strdup_printf (_("Colour of %s"), name ? name : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->colour), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  colour_label, -1);
  gtk_widget_set_tooltip_text (self->colour, colour_label);
  if (gtk_switch_get_active (GTK_SWITCH (self->toggle)) != within)
    gtk_switch_set_active (GTK_SWITCH (self->toggle), within);
}

static void
sg_risk_level_row_dispose (GObject *object)
{
  SgRiskLevelRow *self = SG_RISK_LEVEL_ROW (object);

  g_clear_object (&self->level);

  G_OBJECT_CLASS (sg_risk_level_row_parent_class)->dispose (object);
}

static void
sg_risk_level_row_class_init (SgRiskLevelRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sg_risk_level_row_dispose;

  /* The remove button was pressed. */
  signals[REMOVE] =
    g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sg_risk_level_row_init (SgRiskLevelRow *self)
{
}

GtkWidget *
sg_risk_level_row_new (SgRiskLevel *level,
                       gboolean     removable)
{
  SgRiskLevelRow *self;
  GtkWidget *appetite_row, *remove_row, *remove;
  g_autofree char *remove_label = NULL;

  g_return_val_if_fail (SG_IS_RISK_LEVEL (level), NULL);

  self = g_object_new (SG_TYPE_RISK_LEVEL_ROW, NULL);
  self->level = g_object_ref (level);

  self->colour = gtk_color_button_new ();
  gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (self->colour), FALSE);
  gtk_widget_set_valign (self->colour, GTK_ALIGN_CENTER);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), self->colour);
  g_signal_connect (self->colour, "color-set", G_CALLBACK (colour_set_cb), self);

  self->name_row = sg_text_field_row_new (_("Name"), SG_RECORD (level), "name");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->name_row);

  appetite_row = adw_action_row_new ();
  self->toggle = gtk_switch_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (appetite_row), _("Within risk appetite"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (appetite_row),
                               _("Risks at this level may be accepted as they are"));
  gtk_widget_set_valign (self->toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Within risk appetite"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (appetite_row), self->toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (appetite_row), self->toggle);
  g_signal_connect (self->toggle, "notify::active", G_CALLBACK (appetite_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), appetite_row);

  remove_row = adw_action_row_new ();
  remove = gtk_button_new_with_mnemonic (_("_Remove"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row), _("Remove this level"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (remove_row),
                               _("Its matrix cells move to the next lower level"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "destructive-action");
  remove_label = g_strdup_printf (_("Remove %s"), sg_record_peek_string (SG_RECORD (level), "name"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  gtk_widget_set_sensitive (remove, removable);
  g_signal_connect_swapped (remove, "clicked", G_CALLBACK (remove_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), remove_row);

  sg_risk_level_row_sync (self);
  return GTK_WIDGET (self);
}

SgRiskLevel *
sg_risk_level_row_get_level (SgRiskLevelRow *self)
{
  g_return_val_if_fail (SG_IS_RISK_LEVEL_ROW (self), NULL);

  return self->level;
}

SgTextFieldRow *
sg_risk_level_row_get_name_row (SgRiskLevelRow *self)
{
  g_return_val_if_fail (SG_IS_RISK_LEVEL_ROW (self), NULL);

  return SG_TEXT_FIELD_ROW (self->name_row);
}
