/* sg-review-row.c: one management review in the reviews list — its date, status and title
 *
 * The date leads, because a board asks for "last March's review"; the
 * status is a badge that says it in words as well as in colour; the
 * title wraps below, never cut off.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-review-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-enums.h"
#include "sg-field-codec.h"
#include "sg-management-review.h"
#include "sg-review-row.h"

struct _SgReviewRow
{
  GtkListBoxRow  parent_instance;

  GtkWidget     *date_label;
  GtkWidget     *badge;
  GtkWidget     *title_label;

  SgRecord      *review;
  gulong         notify_id;
};

G_DEFINE_FINAL_TYPE (SgReviewRow, sg_review_row, GTK_TYPE_LIST_BOX_ROW)

/* The SoA's badges, so that a status colour means one thing everywhere. */
static const char * const status_classes[] = {
  [SG_REVIEW_STATUS_PLANNED] = "sg-status-planned",
  [SG_REVIEW_STATUS_HELD] = "sg-status-implemented",
  [SG_REVIEW_STATUS_MINUTES_APPROVED] = "sg-status-verified",
};

const char *
sg_review_status_css_class (int status)
{
  if (status < 0 || (guint) status >= G_N_ELEMENTS (status_classes))
    return status_classes[SG_REVIEW_STATUS_PLANNED];
  return status_classes[status];
}

static void
update (SgReviewRow *self)
{
  int status = sg_record_peek_enum (self->review, SG_MANAGEMENT_REVIEW_STATUS);
  g_autofree char *date = sg_field_format_date (sg_record_peek_string (self->review, SG_MANAGEMENT_REVIEW_DATE));
  const char *title = sg_record_peek_string (self->review, SG_MANAGEMENT_REVIEW_TITLE);
  g_autofree char *label = NULL;

  gtk_label_set_text (GTK_LABEL (self->date_label), date ? date : _("No date yet"));
  gtk_label_set_text (GTK_LABEL (self->badge), sg_enum_get_label (SG_TYPE_REVIEW_STATUS, status));
  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (self->badge, status_classes[i]);
  gtk_widget_add_css_class (self->badge, sg_review_status_css_class (status));
  gtk_label_set_text (GTK_LABEL (self->title_label),
                      title && *title ? title : sg_record_get_ref (self->review));
  /* Translators: a review in the list for screen readers: date, status, title */
  label = g_strdup_printf (_("%s, %s: %s"), gtk_label_get_text (GTK_LABEL (self->date_label)),
                           gtk_label_get_text (GTK_LABEL (self->badge)),
                           gtk_label_get_text (GTK_LABEL (self->title_label)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
sg_review_row_dispose (GObject *object)
{
  SgReviewRow *self = SG_REVIEW_ROW (object);

  if (self->review != NULL)
    g_clear_signal_handler (&self->notify_id, self->review);
  g_clear_object (&self->review);

  G_OBJECT_CLASS (sg_review_row_parent_class)->dispose (object);
}

static void
sg_review_row_class_init (SgReviewRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sg_review_row_dispose;
}

static void
sg_review_row_init (SgReviewRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  self->date_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->date_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->date_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->date_label), 20);
  gtk_widget_set_hexpand (self->date_label, TRUE);
  gtk_widget_add_css_class (self->date_label, "heading");
  gtk_box_append (GTK_BOX (top), self->date_label);

  self->badge = gtk_label_new (NULL);
  gtk_widget_set_valign (self->badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->badge, "sg-status-badge");
  gtk_widget_add_css_class (self->badge, "sg-review-badge");
  gtk_box_append (GTK_BOX (top), self->badge);
  gtk_box_append (GTK_BOX (box), top);

  self->title_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->title_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->title_label), PANGO_WRAP_WORD_CHAR);
  /* Wrapped, never cut: the list stays narrow however long a title is. */
  gtk_label_set_max_width_chars (GTK_LABEL (self->title_label), 30);
  gtk_widget_add_css_class (self->title_label, "dim-label");
  gtk_box_append (GTK_BOX (box), self->title_label);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
}

GtkWidget *
sg_review_row_new (SgRecord *review)
{
  SgReviewRow *self;

  g_return_val_if_fail (SG_IS_MANAGEMENT_REVIEW (review), NULL);

  self = g_object_new (SG_TYPE_REVIEW_ROW, NULL);
  self->review = g_object_ref (review);
  self->notify_id = g_signal_connect_swapped (review, "notify", G_CALLBACK (update), self);
  update (self);
  return GTK_WIDGET (self);
}

SgRecord *
sg_review_row_get_review (SgReviewRow *self)
{
  g_return_val_if_fail (SG_IS_REVIEW_ROW (self), NULL);

  return self->review;
}

const char *
sg_review_row_get_status_text (SgReviewRow *self)
{
  g_return_val_if_fail (SG_IS_REVIEW_ROW (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->badge));
}
