/* sg-nonconformity-cell.c: a nonconformity's title in the list, with what stands out about it in words
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-nonconformity-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-nonconformity-cell.h"
#include "sg-nonconformity.h"

/* The badges, in the order they are read; each says its flag in words,
 * the colour only adds to it. */
static const struct {
  SgNcFlags   flag;
  const char *label;
  const char *style;
} badges[] = {
  { SG_NC_FLAG_OVERDUE, N_("Overdue"), "sg-nc-badge-overdue" },
  { SG_NC_FLAG_EFFECTIVENESS_UNCHECKED, N_("Check effectiveness"), "sg-nc-badge-check" },
  { SG_NC_FLAG_REOPENED, N_("Reopened"), "sg-nc-badge-reopened" },
};

struct _SgNonconformityCell
{
  GtkWidget              parent_instance;

  GtkWidget             *box;
  GtkWidget             *title;
  GtkWidget             *badge_box;
  GtkWidget             *badge[G_N_ELEMENTS (badges)];

  SgNonconformityFilter *filter;
  SgRecord              *nc;
  gulong                 notify_id;
};

G_DEFINE_FINAL_TYPE (SgNonconformityCell, sg_nonconformity_cell, GTK_TYPE_WIDGET)

static void
update (SgNonconformityCell *self)
{
  SgNcFlags flags = SG_NC_FLAG_NONE;
  const char *title = NULL;
  gboolean any = FALSE;

  if (self->nc != NULL)
    {
      flags = sg_nonconformity_filter_get_flags (self->filter, self->nc);
      /* What to do now says enough: two badges fit beside a ref at 360 px. */
      if (flags & SG_NC_FLAG_EFFECTIVENESS_UNCHECKED)
        flags &= ~SG_NC_FLAG_REOPENED;
      title = sg_record_peek_string (self->nc, SG_NONCONFORMITY_TITLE);
    }
  gtk_label_set_text (GTK_LABEL (self->title), title ? title : "");
  for (guint i = 0; i < G_N_ELEMENTS (badges); i++)
    {
      gboolean on = (flags & badges[i].flag) != 0;

      gtk_widget_set_visible (self->badge[i], on);
      any |= on;
    }
  gtk_widget_set_visible (self->badge_box, any);
}

static void
nc_notify_cb (SgNonconformityCell *self,
              GParamSpec          *pspec)
{
  update (self);
}

static void
sg_nonconformity_cell_dispose (GObject *object)
{
  SgNonconformityCell *self = SG_NONCONFORMITY_CELL (object);

  sg_nonconformity_cell_set_record (self, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (sg_nonconformity_cell_parent_class)->dispose (object);
}

static void
sg_nonconformity_cell_class_init (SgNonconformityCellClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sg_nonconformity_cell_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
sg_nonconformity_cell_init (SgNonconformityCell *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_valign (self->box, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->title), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (self->title), 12);
  gtk_box_append (GTK_BOX (self->box), self->title);

  /* Under the title, so that narrow the title keeps its room; never cut:
   * the column is as wide as its badges. */
  self->badge_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_box_append (GTK_BOX (self->box), self->badge_box);
  for (guint i = 0; i < G_N_ELEMENTS (badges); i++)
    {
      self->badge[i] = gtk_label_new (_(badges[i].label));
      gtk_widget_add_css_class (self->badge[i], "sg-nc-badge");
      gtk_widget_add_css_class (self->badge[i], badges[i].style);
      gtk_box_append (GTK_BOX (self->badge_box), self->badge[i]);
    }
  gtk_widget_set_visible (self->badge_box, FALSE);
}

GtkWidget *
sg_nonconformity_cell_new (SgNonconformityFilter *filter)
{
  SgNonconformityCell *self;

  g_return_val_if_fail (SG_IS_NONCONFORMITY_FILTER (filter), NULL);

  self = g_object_new (SG_TYPE_NONCONFORMITY_CELL, NULL);
  self->filter = g_object_ref (filter);
  g_signal_connect_object (filter, "flags-changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

void
sg_nonconformity_cell_set_record (SgNonconformityCell *self,
                                  SgRecord            *nc)
{
  g_return_if_fail (SG_IS_NONCONFORMITY_CELL (self));
  g_return_if_fail (nc == NULL || SG_IS_NONCONFORMITY (nc));

  if (self->nc == nc)
    return;
  if (self->nc != NULL)
    g_clear_signal_handler (&self->notify_id, self->nc);
  g_set_object (&self->nc, nc);
  if (nc != NULL)
    self->notify_id = g_signal_connect_swapped (nc, "notify::" SG_NONCONFORMITY_TITLE,
                                                G_CALLBACK (nc_notify_cb), self);
  if (self->filter != NULL)
    update (self);
}

char *
sg_nonconformity_cell_dup_badges (SgNonconformityCell *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (SG_IS_NONCONFORMITY_CELL (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (badges); i++)
    if (gtk_widget_get_visible (self->badge[i]) && gtk_widget_get_visible (self->badge_box))
      {
        if (text->len > 0)
          g_string_append (text, ", ");
        g_string_append (text, gtk_label_get_text (GTK_LABEL (self->badge[i])));
      }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

const char *
sg_nonconformity_cell_get_title (SgNonconformityCell *self)
{
  g_return_val_if_fail (SG_IS_NONCONFORMITY_CELL (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->title));
}
