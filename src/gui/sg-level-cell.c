/* sg-level-cell.c: a risk's inherent or residual level in a table cell, in its colour
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Recycled by the column view: bound to one risk after another. While
 * bound, a re-rated risk or a changed method shows at once. */
#define G_LOG_DOMAIN "sg-level-cell"

#include "config.h"

#include "sg-level-cell.h"
#include "sg-level-style.h"

struct _SgLevelCell
{
  GtkWidget     parent_instance;

  SgRiskMethod *method;
  gboolean      residual;
  GtkWidget    *label;
  SgRecord     *risk;        /* while bound */
  gulong        notify_id;   /* on @risk */
  gulong        method_id;   /* on @method */
};

G_DEFINE_FINAL_TYPE (SgLevelCell, sg_level_cell, GTK_TYPE_WIDGET)

SgRiskLevel *
sg_level_cell_get_risk_level (SgRiskMethod *method,
                              SgRecord     *risk,
                              gboolean      residual)
{
  return sg_risk_method_get_level (method,
                                   sg_record_peek_int (risk, residual ? "residual-likelihood"
                                                                      : "inherent-likelihood"),
                                   sg_record_peek_int (risk, residual ? "residual-impact"
                                                                      : "inherent-impact"));
}

static void
update (SgLevelCell *self)
{
  SgRiskLevel *level = self->risk ? sg_level_cell_get_risk_level (self->method, self->risk, self->residual)
                                  : NULL;

  gtk_label_set_text (GTK_LABEL (self->label),
                      level ? sg_record_peek_string (SG_RECORD (level), "name") : "");
  gtk_widget_set_visible (self->label, level != NULL);
  sg_level_style_apply (self->label, level);
}

static void
risk_notify_cb (SgLevelCell *self,
                GParamSpec  *pspec)
{
  if (g_str_has_suffix (pspec->name, "-likelihood") || g_str_has_suffix (pspec->name, "-impact"))
    update (self);
}

void
sg_level_cell_bind (SgLevelCell *self,
                    SgRecord    *risk)
{
  g_return_if_fail (SG_IS_LEVEL_CELL (self));
  g_return_if_fail (SG_IS_RECORD (risk));

  sg_level_cell_unbind (self);
  self->risk = risk;
  self->notify_id = g_signal_connect_swapped (risk, "notify", G_CALLBACK (risk_notify_cb), self);
  self->method_id = g_signal_connect_swapped (self->method, "changed", G_CALLBACK (update), self);
  update (self);
}

void
sg_level_cell_unbind (SgLevelCell *self)
{
  g_return_if_fail (SG_IS_LEVEL_CELL (self));

  if (self->risk != NULL)
    g_clear_signal_handler (&self->notify_id, self->risk);
  g_clear_signal_handler (&self->method_id, self->method);
  self->risk = NULL;
}

static void
sg_level_cell_dispose (GObject *object)
{
  SgLevelCell *self = SG_LEVEL_CELL (object);

  if (self->method != NULL)
    sg_level_cell_unbind (self);
  g_clear_pointer (&self->label, gtk_widget_unparent);
  g_clear_object (&self->method);

  G_OBJECT_CLASS (sg_level_cell_parent_class)->dispose (object);
}

static void
sg_level_cell_class_init (SgLevelCellClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sg_level_cell_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
sg_level_cell_init (SgLevelCell *self)
{
  /* The label carries the colour: style.css rounds it as a chip. */
  self->label = gtk_label_new (NULL);
  gtk_widget_set_halign (self->label, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->label, "sg-level-cell");
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
}

GtkWidget *
sg_level_cell_new (SgRiskMethod *method,
                   gboolean      residual)
{
  SgLevelCell *self;

  g_return_val_if_fail (SG_IS_RISK_METHOD (method), NULL);

  self = g_object_new (SG_TYPE_LEVEL_CELL, NULL);
  self->method = g_object_ref (method);
  self->residual = residual;
  return GTK_WIDGET (self);
}
