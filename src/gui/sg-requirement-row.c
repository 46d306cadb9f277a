/* sg-requirement-row.c: one clause requirement on the checklist — its state in words, the reason, the records behind it, the override
 *
 * Collapsed, the row reads as a line of the checklist: ref and title, the
 * state that counts as a coloured badge in words, and the reason (or,
 * when a person overrode the computed state, their note and what the
 * register says). Expanded, it lists the records behind the state — the
 * gaps, or what fulfils it — each opening its page, then the override and
 * the requirement's own details.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-requirement-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-requirement.h"
#include "sg-requirement-row.h"
#include "sg-window.h"

/* More than anyone walks through in an audit; the rest is counted. */
#define MAX_RECORD_ROWS 25

struct _SgRequirementRow
{
  AdwExpanderRow  parent_instance;

  char           *ref;
  GtkWidget      *badge;
  GtkWidget      *badge_icon;
  GtkWidget      *badge_label;
  GtkWidget      *override_row;
  GtkWidget      *clear_button;
  GtkWidget      *details_row;
  GPtrArray      *extra_rows;     /* the rows listing records, and their heading */
  GPtrArray      *record_rows;    /* AdwActionRow*, one per record */
  GPtrArray      *records;        /* SgRecord*, what each of @record_rows opens */
  char           *state_text;
};

G_DEFINE_FINAL_TYPE (SgRequirementRow, sg_requirement_row, ADW_TYPE_EXPANDER_ROW)

static void
record_row_activated_cb (AdwActionRow     *row,
                         SgRequirementRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  guint index;

  if (g_ptr_array_find (self->record_rows, row, &index) && SG_IS_WINDOW (root))
    sg_window_show_record (SG_WINDOW (root), g_ptr_array_index (self->records, index));
}

/* Reasons are clauses that read after "met: "; alone they start a sentence. */
static char *
capitalise (const char *text)
{
  char first[8];
  int length;

  if (text == NULL || *text == '\0')
    return g_strdup ("");
  length = g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (text)), first);
  first[length] = '\0';
  return g_strconcat (first, g_utf8_next_char (text), NULL);
}

static const char *
state_css (SgReadinessState state)
{
  switch (state)
    {
    case SG_READINESS_MET:
      return "success";
    case SG_READINESS_PARTLY:
      return "warning";
    case SG_READINESS_NOT_MET:
    default:
      return "error";
    }
}

static const char *
state_icon (SgReadinessState state)
{
  switch (state)
    {
    case SG_READINESS_MET:
      return "object-select-symbolic";
    case SG_READINESS_PARTLY:
      return "dialog-warning-symbolic";
    case SG_READINESS_NOT_MET:
    default:
      return "window-close-symbolic";
    }
}

static void
clear_record_rows (SgRequirementRow *self)
{
  for (guint i = 0; i < self->extra_rows->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), g_ptr_array_index (self->extra_rows, i));
  g_ptr_array_set_size (self->extra_rows, 0);
  g_ptr_array_set_size (self->record_rows, 0);
  g_ptr_array_set_size (self->records, 0);
}

/* Rows are added at the end: the override and details rows are taken
 * out and put back after the records. */
static void
add_extra_row (SgRequirementRow *self,
               GtkWidget        *row)
{
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
  g_ptr_array_add (self->extra_rows, row);
}

static void
show_records (SgRequirementRow        *self,
              const SgReadinessResult *result)
{
  GtkWidget *heading;
  guint shown = MIN (result->records->len, MAX_RECORD_ROWS);

  g_object_ref (self->override_row);
  g_object_ref (self->details_row);
  adw_expander_row_remove (ADW_EXPANDER_ROW (self), self->override_row);
  adw_expander_row_remove (ADW_EXPANDER_ROW (self), self->details_row);
  clear_record_rows (self);

  if (result->records->len > 0)
    {
      heading = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (heading),
                                     result->state == SG_READINESS_MET ? _("What fulfils it")
                                                                        : _("What to look at"));
      gtk_widget_add_css_class (heading, "sg-requirement-heading");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (heading), FALSE);
      add_extra_row (self, heading);
    }
  for (guint i = 0; i < shown; i++)
    {
      SgRecord *record = g_ptr_array_index (result->records, i);
      g_autofree char *name = sg_record_dup_display_name (record);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sg_record_class_get_noun (SG_RECORD_GET_CLASS (record)));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_signal_connect (row, "activated", G_CALLBACK (record_row_activated_cb), self);
      g_ptr_array_add (self->record_rows, row);
      g_ptr_array_add (self->records, g_object_ref (record));
      add_extra_row (self, row);
    }
  if (result->records->len > shown)
    {
      guint more = result->records->len - shown;
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more, not shown", "%u more, not shown", more), more);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
      gtk_widget_add_css_class (row, "dim-label");
      add_extra_row (self, row);
    }

  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->override_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->details_row);
  g_object_unref (self->override_row);
  g_object_unref (self->details_row);
}

void
sg_requirement_row_update (SgRequirementRow        *self,
                           const SgReadinessResult *result)
{
  const char *effective = sg_readiness_state_label (result->effective, TRUE);
  g_autofree char *word = capitalise (effective);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *reason = capitalise (result->reason);
  g_autofree char *override_text = NULL;
  const char *note = result->requirement != NULL
                     ? sg_record_peek_string (result->requirement, SG_REQUIREMENT_OVERRIDE_NOTE) : NULL;

  g_return_if_fail (SG_IS_REQUIREMENT_ROW (self));
  g_return_if_fail (result != NULL);

  /* Translators: a clause requirement's ref and title, "6.2 Information security objectives" */
  title = g_strdup_printf (_("%s  %s"), result->ref, result->title);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);

  g_free (self->state_text);
  if (result->overridden)
    {
      /* Translators: a requirement's state a person set over the computed one, "Met (override)" */
      self->state_text = g_strdup_printf (_("%s (override)"), word);
      /* Translators: the person's reason for an override, then what the register says, e.g.
       * "“See the policy on the intranet” — computed: partly met, the policy's review date has passed" */
      subtitle = g_strdup_printf (_("%s — computed: %s, %s"),
                                  note != NULL && *note != '\0' ? note : _("No reason given"),
                                  sg_readiness_state_label (result->state, TRUE), result->reason);
      override_text = g_strdup_printf ("%s — %s", word,
                                       note != NULL && *note != '\0' ? note : _("No reason given"));
    }
  else
    {
      self->state_text = g_strdup (word);
      subtitle = g_strdup (reason);
      override_text = g_strdup (_("As computed"));
    }
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);

  gtk_label_set_text (GTK_LABEL (self->badge_label), self->state_text);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->badge_icon), state_icon (result->effective));
  gtk_widget_remove_css_class (self->badge, "success");
  gtk_widget_remove_css_class (self->badge, "warning");
  gtk_widget_remove_css_class (self->badge, "error");
  gtk_widget_add_css_class (self->badge, state_css (result->effective));
  if (result->overridden)
    gtk_widget_add_css_class (self->badge, "sg-overridden");
  else
    gtk_widget_remove_css_class (self->badge, "sg-overridden");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->badge), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->state_text, -1);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->override_row), override_text);
  gtk_widget_set_visible (self->clear_button, result->overridden);

  show_records (self, result);
}

const char *
sg_requirement_row_get_ref (SgRequirementRow *self)
{
  g_return_val_if_fail (SG_IS_REQUIREMENT_ROW (self), NULL);

  return self->ref;
}

const char *
sg_requirement_row_get_state_text (SgRequirementRow *self)
{
  g_return_val_if_fail (SG_IS_REQUIREMENT_ROW (self), NULL);

  return self->state_text;
}

GPtrArray *
sg_requirement_row_get_record_rows (SgRequirementRow *self)
{
  g_return_val_if_fail (SG_IS_REQUIREMENT_ROW (self), NULL);

  return self->record_rows;
}

static void
sg_requirement_row_finalize (GObject *object)
{
  SgRequirementRow *self = SG_REQUIREMENT_ROW (object);

  g_clear_pointer (&self->ref, g_free);
  g_clear_pointer (&self->state_text, g_free);
  g_clear_pointer (&self->extra_rows, g_ptr_array_unref);
  g_clear_pointer (&self->record_rows, g_ptr_array_unref);
  g_clear_pointer (&self->records, g_ptr_array_unref);

  G_OBJECT_CLASS (sg_requirement_row_parent_class)->finalize (object);
}

static void
sg_requirement_row_class_init (SgRequirementRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sg_requirement_row_finalize;
}

static void
sg_requirement_row_init (SgRequirementRow *self)
{
  self->extra_rows = g_ptr_array_new ();
  self->record_rows = g_ptr_array_new ();
  self->records = g_ptr_array_new_with_free_func (g_object_unref);
}

static GtkWidget *
new_icon_button (const char *icon,
                 const char *tooltip,
                 const char *action,
                 const char *ref)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", ref);
  return button;
}

GtkWidget *
sg_requirement_row_new (const char *ref)
{
  SgRequirementRow *self;
  GtkWidget *set_button;

  g_return_val_if_fail (ref != NULL, NULL);

  self = g_object_new (SG_TYPE_REQUIREMENT_ROW, "use-markup", FALSE, "activatable", FALSE, NULL);
  self->ref = g_strdup (ref);
  self->state_text = g_strdup ("");

  /* The state in words beside its colour and icon, never the colour alone. */
  self->badge = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  self->badge_icon = gtk_image_new ();
  self->badge_label = gtk_label_new (NULL);
  gtk_box_append (GTK_BOX (self->badge), self->badge_icon);
  gtk_box_append (GTK_BOX (self->badge), self->badge_label);
  gtk_widget_set_valign (self->badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->badge, "sg-readiness-badge");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), self->badge);

  self->override_row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->override_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->override_row), _("Override"));
  set_button = new_icon_button ("document-edit-symbolic", _("Override the Computed State…"),
                                "requirement.set-override", ref);
  self->clear_button = new_icon_button ("edit-undo-symbolic", _("Back to the Computed State"),
                                        "requirement.clear-override", ref);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->override_row), self->clear_button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->override_row), set_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->override_row);

  self->details_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->details_row), _("Owner, Evidence and Notes"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->details_row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->details_row), "requirement.details");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->details_row), "s", ref);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->details_row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->details_row);

  return GTK_WIDGET (self);
}
