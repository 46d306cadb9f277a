/* sg-review-inputs-view.c: a management review's inputs (9.3.2 a–g) — the figures under each heading, the manager's notes, recomputing
 *
 * Under each heading of 9.3.2 the figures the register gives (each an
 * SgReviewFigureRow that opens the records behind it), then what the
 * ISMS manager writes about them. While the review is planned the
 * figures are a draft that can be computed again; once it is held they
 * are what was frozen, and say so.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-review-inputs-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sg-enums.h"
#include "sg-field-binding.h"
#include "sg-field-codec.h"
#include "sg-management-review.h"
#include "sg-review-figure-row.h"
#include "sg-review-inputs-view.h"

struct _SgReviewInputsView
{
  GtkBox      parent_instance;

  GtkWidget  *overview;
  GtkWidget  *recompute_button;
  GtkWidget  *headings[SG_REVIEW_INPUT_N_SECTIONS];
  GtkWidget  *sections[SG_REVIEW_INPUT_N_SECTIONS];
  GPtrArray  *rows[SG_REVIEW_INPUT_N_SECTIONS];   /* what was added to each group */
  SgFieldBinding *notes[SG_REVIEW_INPUT_N_SECTIONS];
  GtkWidget  *note_groups[SG_REVIEW_INPUT_N_SECTIONS];

  SgStore    *store;
  char       *today;
  char       *state_text;
  SgRecord   *review;
  gulong      notify_id;
};

G_DEFINE_FINAL_TYPE (SgReviewInputsView, sg_review_inputs_view, GTK_TYPE_BOX)

/* The manager's notes under each heading: the fields reviews had before
 * their inputs were computed. */
static const char * const note_fields[SG_REVIEW_INPUT_N_SECTIONS] = {
  [SG_REVIEW_INPUT_PREVIOUS_ACTIONS] = SG_MANAGEMENT_REVIEW_INPUT_PREVIOUS_ACTIONS,
  [SG_REVIEW_INPUT_ISSUES] = SG_MANAGEMENT_REVIEW_INPUT_CONTEXT_CHANGES,
  [SG_REVIEW_INPUT_PARTIES] = SG_MANAGEMENT_REVIEW_INPUT_PARTY_CHANGES,
  [SG_REVIEW_INPUT_PERFORMANCE] = SG_MANAGEMENT_REVIEW_INPUT_PERFORMANCE,
  [SG_REVIEW_INPUT_FEEDBACK] = SG_MANAGEMENT_REVIEW_INPUT_PARTY_FEEDBACK,
  [SG_REVIEW_INPUT_RISKS] = SG_MANAGEMENT_REVIEW_INPUT_RISK_RESULTS,
  [SG_REVIEW_INPUT_IMPROVEMENT] = SG_MANAGEMENT_REVIEW_INPUT_IMPROVEMENT,
};

static char *
dup_today (SgReviewInputsView *self)
{
  return self->today != NULL ? g_strdup (self->today) : sg_date_today ();
}

static void
show_toast (SgReviewInputsView *self,
            AdwToast           *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static void
show_error (SgReviewInputsView *self,
            const GError       *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  show_toast (self, adw_toast_new (escaped));
}

/* Showing the figures */

/* How many reviews a trend goes back over, this one included. */
#define HISTORY_REVIEWS 4

/* Held reviews dated before this one: with fewer than two there is no
 * trend beyond "previous review", and none is computed. */
static guint
count_earlier_held (SgReviewInputsView *self)
{
  const char *date = sg_record_peek_string (self->review, SG_MANAGEMENT_REVIEW_DATE);
  SgRecord *const *reviews;
  guint n, count = 0;

  reviews = sg_store_peek_records (self->store, SG_TYPE_MANAGEMENT_REVIEW, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *other = sg_record_peek_string (reviews[i], SG_MANAGEMENT_REVIEW_DATE);

      if (reviews[i] != self->review && other != NULL &&
          (date == NULL || g_strcmp0 (other, date) < 0) &&
          sg_record_peek_enum (reviews[i], SG_MANAGEMENT_REVIEW_STATUS) != SG_REVIEW_STATUS_PLANNED &&
          sg_record_peek_string (reviews[i], SG_MANAGEMENT_REVIEW_INPUTS) != NULL)
        count++;
    }
  return count;
}

static void
clear_rows (SgReviewInputsView *self)
{
  for (guint s = 0; s < SG_REVIEW_INPUT_N_SECTIONS; s++)
    {
      for (guint i = 0; i < self->rows[s]->len; i++)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->sections[s]), self->rows[s]->pdata[i]);
      g_ptr_array_set_size (self->rows[s], 0);
    }
}

static void
add_row (SgReviewInputsView   *self,
         SgReviewInputSection  section,
         GtkWidget            *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->sections[section]), row);
  g_ptr_array_add (self->rows[section], row);
}

static GtkWidget *
new_note_row (const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "dim-label");
  return row;
}

static void
set_state_text (SgReviewInputsView *self,
                char               *text)
{
  g_free (self->state_text);
  self->state_text = text;
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->overview), text);
}

static char *
dup_date (const char *iso)
{
  char *text = sg_field_format_date (iso);

  return text != NULL ? text : g_strdup (iso != NULL ? iso : "");
}

/* Without figures (a review held before they were computed) a heading
 * has only its notes. */
static void
show_figures (SgReviewInputsView *self,
              gboolean            shown)
{
  for (guint s = 0; s < SG_REVIEW_INPUT_N_SECTIONS; s++)
    {
      gtk_widget_set_visible (self->sections[s], shown);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->note_groups[s]),
                                             shown ? _("Notes") : NULL);
      gtk_widget_set_margin_top (self->note_groups[s], shown ? 12 : 0);
    }
}

static void
update (SgReviewInputsView *self)
{
  g_autoptr(SgReviewInputs) inputs = NULL;
  g_autoptr(GError) error = NULL;
  gboolean planned;
  gboolean compared = FALSE;
  gboolean with_history;

  clear_rows (self);
  if (self->review == NULL)
    return;
  planned = sg_record_peek_enum (self->review, SG_MANAGEMENT_REVIEW_STATUS) == SG_REVIEW_STATUS_PLANNED;
  gtk_widget_set_visible (self->recompute_button, planned);
  inputs = sg_review_inputs_from_review (self->review, &error);
  if (inputs == NULL)
    {
      if (planned)
        set_state_text (self, g_strdup (_("No figures yet: compute them from the register.")));
      else
        set_state_text (self, g_strdup (_("No figures were frozen for this review: it was held before "
                                          "Safeguard computed review inputs.")));
      gtk_button_set_label (GTK_BUTTON (self->recompute_button), _("_Compute"));
      show_figures (self, FALSE);
      return;
    }
  gtk_button_set_label (GTK_BUTTON (self->recompute_button), _("_Recompute"));
  show_figures (self, TRUE);

  {
    g_autofree char *computed = dup_date (sg_review_inputs_get_computed (inputs));
    g_autofree char *since = sg_review_inputs_get_since (inputs) != NULL
                             ? dup_date (sg_review_inputs_get_since (inputs)) : NULL;
    const char *previous = sg_review_inputs_get_previous_ref (inputs);

    if (planned && since != NULL)
      /* Translators: a planned review's figures; the previous review's ref and date, and today */
      set_state_text (self, g_strdup_printf (_("Draft counted since the previous review, %s of %s; computed "
                                               "on %s. Holding the review freezes the figures."),
                                             previous ? previous : "", since, computed));
    else if (planned)
      /* Translators: the first review's figures; %s is a date */
      set_state_text (self, g_strdup_printf (_("Draft counted over the whole register (there is no earlier "
                                               "review); computed on %s. Holding the review freezes the "
                                               "figures."), computed));
    else if (since != NULL)
      /* Translators: a held review's figures; the date they were frozen, the previous review's ref and date */
      set_state_text (self, g_strdup_printf (_("Figures frozen on %s, counted since the previous review, "
                                               "%s of %s."), computed, previous ? previous : "", since));
    else
      /* Translators: a held review's figures; %s is the date they were frozen */
      set_state_text (self, g_strdup_printf (_("Figures frozen on %s, counted over the whole register."),
                                             computed));
  }

  for (guint i = 0; i < sg_review_inputs_get_n_figures (inputs) && !compared; i++)
    compared = !isnan (sg_review_inputs_get_figure (inputs, i)->previous);
  if (!compared && sg_review_inputs_get_previous_ref (inputs) != NULL)
    {
      /* Translators: appended to what the view says about the figures */
      g_autofree char *text = g_strdup_printf (_("%s The previous review has no frozen figures to "
                                                 "compare with."), self->state_text);

      set_state_text (self, g_steal_pointer (&text));
    }
  with_history = count_earlier_held (self) >= 2;
  for (guint i = 0; i < sg_review_inputs_get_n_figures (inputs); i++)
    {
      const SgReviewFigure *figure = sg_review_inputs_get_figure (inputs, i);
      GtkWidget *row;

      if ((guint) figure->section >= SG_REVIEW_INPUT_N_SECTIONS)
        continue;
      row = sg_review_figure_row_new (self->store, figure, compared);
      /* 9.3.2 d) 1) asks for the trend of nonconformities and corrective
       * actions over the last reviews, not only since the previous one. */
      if (with_history && (g_str_has_prefix (figure->key, "nc-") || g_str_has_prefix (figure->key, "ca-")))
        {
          g_autofree char *today = dup_today (self);
          g_autoptr(GArray) values = sg_review_inputs_trend (self->store, self->review, figure->key,
                                                             figure->subject, today, HISTORY_REVIEWS);

          sg_review_figure_row_set_history (SG_REVIEW_FIGURE_ROW (row), values);
        }
      add_row (self, figure->section, row);
    }
  for (guint s = 0; s < SG_REVIEW_INPUT_N_SECTIONS; s++)
    if (self->rows[s]->len == 0)
      add_row (self, s, new_note_row (_("The register gives no figures for this heading: "
                                        "write what was reported in the notes.")));
}

gboolean
sg_review_inputs_view_recompute (SgReviewInputsView *self)
{
  g_autofree char *today = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SG_IS_REVIEW_INPUTS_VIEW (self), FALSE);

  if (self->review == NULL)
    return FALSE;
  today = dup_today (self);
  if (!sg_review_inputs_store_draft (self->store, self->review, today, &error))
    {
      show_error (self, error);
      return FALSE;
    }
  /* The same figures on the same day are not written again: no notification. */
  update (self);
  return TRUE;
}

static void
recompute_clicked_cb (SgReviewInputsView *self)
{
  /* On the same day the description reads as before: say that it ran. */
  if (sg_review_inputs_view_recompute (self))
    show_toast (self, adw_toast_new (_("The figures were counted again from the register")));
}

static void
review_notify_cb (SgReviewInputsView *self,
                  GParamSpec         *pspec)
{
  if (g_str_equal (pspec->name, SG_MANAGEMENT_REVIEW_INPUTS) ||
      g_str_equal (pspec->name, SG_MANAGEMENT_REVIEW_STATUS))
    update (self);
}

/* GObject */

static void
sg_review_inputs_view_dispose (GObject *object)
{
  SgReviewInputsView *self = SG_REVIEW_INPUTS_VIEW (object);

  if (self->review != NULL)
    g_clear_signal_handler (&self->notify_id, self->review);
  for (guint s = 0; s < SG_REVIEW_INPUT_N_SECTIONS; s++)
    {
      if (self->notes[s] != NULL)
        sg_field_binding_set_record (self->notes[s], NULL);
      g_clear_object (&self->notes[s]);
      g_clear_pointer (&self->rows[s], g_ptr_array_unref);
    }
  g_clear_object (&self->review);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_review_inputs_view_parent_class)->dispose (object);
}

static void
sg_review_inputs_view_finalize (GObject *object)
{
  SgReviewInputsView *self = SG_REVIEW_INPUTS_VIEW (object);

  g_free (self->today);
  g_free (self->state_text);

  G_OBJECT_CLASS (sg_review_inputs_view_parent_class)->finalize (object);
}

static void
sg_review_inputs_view_class_init (SgReviewInputsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sg_review_inputs_view_dispose;
  object_class->finalize = sg_review_inputs_view_finalize;
}

static void
sg_review_inputs_view_init (SgReviewInputsView *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 0);

  self->overview = adw_preferences_group_new ();
  /* Translators: the heading of a review's inputs; 9.3.2 is the clause */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->overview), _("Inputs (9.3.2)"));
  self->recompute_button = gtk_button_new_with_mnemonic (_("_Recompute"));
  gtk_widget_set_tooltip_text (self->recompute_button,
                               _("Count the figures again from the register as it is now"));
  gtk_widget_set_valign (self->recompute_button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->recompute_button, "clicked", G_CALLBACK (recompute_clicked_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->overview), self->recompute_button);
  gtk_box_append (GTK_BOX (self), self->overview);

  for (guint s = 0; s < SG_REVIEW_INPUT_N_SECTIONS; s++)
    {
      /* A label of its own, not the group's title: the headings of 9.3.2
       * are long, and a group's title is cut short in a narrow window. */
      self->headings[s] = gtk_label_new (sg_review_input_section_title (s));
      gtk_label_set_xalign (GTK_LABEL (self->headings[s]), 0);
      gtk_label_set_wrap (GTK_LABEL (self->headings[s]), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (self->headings[s]), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (self->headings[s], "heading");
      gtk_widget_set_margin_top (self->headings[s], 24);
      gtk_widget_set_margin_bottom (self->headings[s], 12);
      gtk_box_append (GTK_BOX (self), self->headings[s]);
      self->sections[s] = adw_preferences_group_new ();
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->sections[s]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      sg_review_input_section_title (s), -1);
      gtk_widget_add_css_class (self->sections[s], "sg-review-section");
      gtk_box_append (GTK_BOX (self), self->sections[s]);
      self->rows[s] = g_ptr_array_new ();
    }
}

GtkWidget *
sg_review_inputs_view_new (SgStore    *store,
                           const char *today)
{
  SgReviewInputsView *self;
  SgRecordClass *klass = g_type_class_peek (SG_TYPE_MANAGEMENT_REVIEW);

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_REVIEW_INPUTS_VIEW, NULL);
  self->store = g_object_ref (store);
  self->today = g_strdup (today);
  for (guint s = 0; s < SG_REVIEW_INPUT_N_SECTIONS; s++)
    {
      GParamSpec *pspec = sg_record_class_find_field (klass, note_fields[s]);
      GtkWidget *group;

      self->notes[s] = sg_field_binding_new (store, pspec);
      group = self->note_groups[s] = sg_field_binding_get_widget (self->notes[s]);
      /* Under its heading's figures: the heading says what they are about. */
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), "");
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _("Notes"));
      gtk_widget_set_margin_top (group, 12);
      gtk_box_insert_child_after (GTK_BOX (self), group, self->sections[s]);
    }
  return GTK_WIDGET (self);
}

void
sg_review_inputs_view_set_review (SgReviewInputsView *self,
                                  SgRecord           *review)
{
  g_return_if_fail (SG_IS_REVIEW_INPUTS_VIEW (self));
  g_return_if_fail (review == NULL || SG_IS_MANAGEMENT_REVIEW (review));

  if (self->review != NULL)
    g_clear_signal_handler (&self->notify_id, self->review);
  g_set_object (&self->review, review);
  if (review != NULL)
    self->notify_id = g_signal_connect_swapped (review, "notify", G_CALLBACK (review_notify_cb), self);
  for (guint s = 0; s < SG_REVIEW_INPUT_N_SECTIONS; s++)
    sg_field_binding_set_record (self->notes[s], review);
  update (self);
}

GtkWidget *
sg_review_inputs_view_get_section (SgReviewInputsView   *self,
                                   SgReviewInputSection  section)
{
  g_return_val_if_fail (SG_IS_REVIEW_INPUTS_VIEW (self), NULL);
  g_return_val_if_fail ((guint) section < SG_REVIEW_INPUT_N_SECTIONS, NULL);

  return self->sections[section];
}

const char *
sg_review_inputs_view_get_state_text (SgReviewInputsView *self)
{
  g_return_val_if_fail (SG_IS_REVIEW_INPUTS_VIEW (self), NULL);

  return self->state_text;
}

GtkWidget *
sg_review_inputs_view_get_recompute_button (SgReviewInputsView *self)
{
  g_return_val_if_fail (SG_IS_REVIEW_INPUTS_VIEW (self), NULL);

  return self->recompute_button;
}

void
sg_review_inputs_view_flush (SgReviewInputsView *self)
{
  g_return_if_fail (SG_IS_REVIEW_INPUTS_VIEW (self));

  for (guint s = 0; s < SG_REVIEW_INPUT_N_SECTIONS; s++)
    sg_field_binding_flush (self->notes[s]);
}
