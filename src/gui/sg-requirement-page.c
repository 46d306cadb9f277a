/* sg-requirement-page.c: the Requirements page — the clause checklist of 4.1–10.2 an auditor walks through, computed from the register
 *
 * Readiness comes from sg_readiness_evaluate (); this page shows it,
 * clause by clause, and lets a person override a computed state with a
 * reason. The override is shown as one, next to what the register says.
 * The page computes when it is shown and, while it is shown, once after
 * a run of edits has settled (a whole evaluation of 100,000 risks takes
 * about 0.4 s: not on every keystroke). In a register of more than
 * LARGE_REGISTER records that is longer than a frame: it is computed in
 * a thread on a copy (sg_readiness_evaluate_async ()), and the page shows
 * what it knew until the answer comes.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-requirement-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-field.h"
#include "sg-kinds.h"
#include "sg-readiness.h"
#include "sg-record-editor.h"
#include "sg-requirement-page.h"
#include "sg-requirement-row.h"
#include "sg-requirement.h"

/* Edits that come in a run (typing, an import) are counted once after. */
#define SETTLE_MS 400
/* Above this many records, readiness takes longer than a frame (about
 * 4 ms per thousand records): it is computed in a thread. */
#define LARGE_REGISTER 1000

typedef struct
{
  int         clause;
  const char *title;
} Clause;

/* The clauses of ISO/IEC 27001 whose requirements the checklist holds. */
static const Clause clauses[] = {
  { 4, N_("Context of the Organization") },
  { 5, N_("Leadership") },
  { 6, N_("Planning") },
  { 7, N_("Support") },
  { 8, N_("Operation") },
  { 9, N_("Performance Evaluation") },
  { 10, N_("Improvement") },
};

struct _SgRequirementPage
{
  SgPage      parent_instance;

  SgStore    *store;
  char       *today;          /* NULL: the real today */
  GtkWidget  *content;
  GtkWidget  *header;
  GtkWidget  *sidebar_button;
  GtkWidget  *title;
  GtkWidget  *scrolled;
  GtkWidget  *summary;
  GtkWidget  *summary_detail;
  GtkWidget  *groups[G_N_ELEMENTS (clauses)];
  GHashTable *rows;           /* ref → SgRequirementRow */
  GPtrArray  *results;        /* SgReadinessResult*, the last computed */
  char       *summary_text;
  guint       refresh_id;
  gboolean    stale;          /* something changed while the page was hidden */
  GCancellable *cancellable;  /* the thread's, while it runs */
  gboolean    again;          /* an edit came while the thread ran */
};

G_DEFINE_FINAL_TYPE (SgRequirementPage, sg_requirement_page, SG_TYPE_PAGE)

/* Toasts */

static void
show_toast (SgRequirementPage *self,
            AdwToast          *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static void
show_error (SgRequirementPage *self,
            const GError      *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  show_toast (self, adw_toast_new (escaped));
}

/* Computing */

static int
clause_of (const char *ref)
{
  return (int) g_ascii_strtoll (ref, NULL, 10);
}

static int
clause_index (const char *ref)
{
  int clause = clause_of (ref);

  for (guint i = 0; i < G_N_ELEMENTS (clauses); i++)
    if (clauses[i].clause == clause)
      return (int) i;
  return -1;
}

static SgReadinessResult *
find_result (SgRequirementPage *self,
             const char        *ref)
{
  for (guint i = 0; self->results != NULL && i < self->results->len; i++)
    {
      SgReadinessResult *result = g_ptr_array_index (self->results, i);

      if (g_str_equal (result->ref, ref))
        return result;
    }
  return NULL;
}

static GtkWidget *
ensure_row (SgRequirementPage *self,
            const char        *ref)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, ref);
  int index = clause_index (ref);

  if (row != NULL || index < 0)
    return row;
  row = sg_requirement_row_new (ref);
  g_hash_table_insert (self->rows, g_strdup (ref), row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->groups[index]), row);
  return row;
}

static void
show_results (SgRequirementPage *self,
              GPtrArray         *results)
{
  g_autofree char *detail = NULL;
  guint met = 0, partly = 0, not_met = 0, overridden = 0;
  guint clause_met[G_N_ELEMENTS (clauses)] = { 0 };
  guint clause_all[G_N_ELEMENTS (clauses)] = { 0 };
  GString *more;

  g_clear_pointer (&self->results, g_ptr_array_unref);
  self->results = results;

  for (guint i = 0; i < self->results->len; i++)
    {
      SgReadinessResult *result = g_ptr_array_index (self->results, i);
      GtkWidget *row = ensure_row (self, result->ref);
      int index = clause_index (result->ref);

      met += result->effective == SG_READINESS_MET;
      partly += result->effective == SG_READINESS_PARTLY;
      not_met += result->effective == SG_READINESS_NOT_MET;
      overridden += result->overridden;
      if (index >= 0)
        {
          clause_all[index]++;
          clause_met[index] += result->effective == SG_READINESS_MET;
        }
      if (row != NULL)
        sg_requirement_row_update (SG_REQUIREMENT_ROW (row), result);
    }

  for (guint i = 0; i < G_N_ELEMENTS (clauses); i++)
    {
      g_autofree char *text =
        /* Translators: under a clause's heading on the Requirements page */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u requirement met", "%u of %u requirements met",
                                      clause_all[i]), clause_met[i], clause_all[i]);

      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->groups[i]), text);
    }

  g_free (self->summary_text);
  /* Translators: the Requirements page's summary, "21 of 30 met, 8 partly" */
  self->summary_text = g_strdup_printf (_("%u of %u met, %u partly"), met, self->results->len, partly);
  gtk_label_set_text (GTK_LABEL (self->summary), self->summary_text);
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->title), self->summary_text);

  more = g_string_new (NULL);
  g_string_append_printf (more, g_dngettext (GETTEXT_PACKAGE, "%u not met", "%u not met", not_met), not_met);
  if (overridden > 0)
    {
      g_string_append (more, " · ");
      g_string_append_printf (more, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u overridden by a person, shown as such",
                                                 "%u overridden by a person, shown as such", overridden),
                              overridden);
    }
  detail = g_string_free (more, FALSE);
  gtk_label_set_text (GTK_LABEL (self->summary_detail), detail);
}

void
sg_requirement_page_refresh (SgRequirementPage *self)
{
  g_autofree char *today = NULL;

  g_return_if_fail (SG_IS_REQUIREMENT_PAGE (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->stale = FALSE;
  if (sg_store_is_closed (self->store))
    return;
  today = self->today != NULL ? g_strdup (self->today) : sg_date_today ();
  show_results (self, sg_readiness_evaluate (self->store, today, TRUE));
}

static gboolean
is_large (SgRequirementPage *self)
{
  guint n_kinds, total = 0;
  const GType *kinds = sg_record_kinds (&n_kinds);

  for (guint i = 0; i < n_kinds && total <= LARGE_REGISTER; i++)
    {
      guint n;

      sg_store_peek_records (self->store, kinds[i], &n);
      total += n;
    }
  return total > LARGE_REGISTER;
}

static void refresh_in_thread (SgRequirementPage *self);

static void
evaluated_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(SgRequirementPage) self = data;
  g_autoptr(GError) error = NULL;
  GPtrArray *results = sg_readiness_evaluate_finish (SG_STORE (source), result, &error);

  g_clear_object (&self->cancellable);
  /* The page went away, or the register closed, meanwhile. */
  if (self->store == NULL || sg_store_is_closed (self->store))
    {
      g_clear_pointer (&results, g_ptr_array_unref);
      return;
    }
  if (results != NULL)
    show_results (self, results);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* No copy could be made (a full disk): counted here, late but right. */
      g_warning ("Readiness computed on the main thread: %s", error->message);
      sg_requirement_page_refresh (self);
    }
  if (self->again)
    {
      self->again = FALSE;
      refresh_in_thread (self);
    }
}

/* What edits and showing the page ask for: at once in a small register,
 * in a thread in a large one; one thread at a time. */
static void
refresh_in_thread (SgRequirementPage *self)
{
  g_autofree char *today = NULL;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (sg_store_is_closed (self->store))
    return;
  if (!is_large (self))
    {
      sg_requirement_page_refresh (self);
      return;
    }
  self->stale = FALSE;
  if (self->cancellable != NULL)
    {
      self->again = TRUE;
      return;
    }
  if (self->results == NULL)
    gtk_label_set_text (GTK_LABEL (self->summary), _("Counting what the register shows…"));
  today = self->today != NULL ? g_strdup (self->today) : sg_date_today ();
  self->cancellable = g_cancellable_new ();
  sg_readiness_evaluate_async (self->store, today, TRUE, self->cancellable, evaluated_cb, g_object_ref (self));
}

static gboolean
refresh_cb (gpointer data)
{
  SgRequirementPage *self = data;

  self->refresh_id = 0;
  refresh_in_thread (self);
  return G_SOURCE_REMOVE;
}

static void
changed_cb (SgRequirementPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  if (self->refresh_id != 0)
    g_source_remove (self->refresh_id);
  self->refresh_id = g_timeout_add (SETTLE_MS, refresh_cb, self);
}

static void
sg_requirement_page_map (GtkWidget *widget)
{
  SgRequirementPage *self = SG_REQUIREMENT_PAGE (widget);

  GTK_WIDGET_CLASS (sg_requirement_page_parent_class)->map (widget);

  /* The day may have changed too: a date passes without an edit. */
  if (self->stale || self->results == NULL || self->today == NULL)
    refresh_in_thread (self);
}

/* Overriding: one edit, one Undo */

typedef struct
{
  GWeakRef   page;
  SgStore   *store;
  SgRecord  *requirement;
  int        override;
  char      *note;
} Undo;

static void
undo_free (gpointer  data,
           GClosure *closure)
{
  Undo *undo = data;

  g_weak_ref_clear (&undo->page);
  g_object_unref (undo->store);
  g_object_unref (undo->requirement);
  g_free (undo->note);
  g_free (undo);
}

/* Both fields in one batch: the history holds them as one change, and a
 * failure leaves neither. */
static gboolean
write_override (SgStore     *store,
                SgRecord    *requirement,
                int          override,
                const char  *note,
                GError     **error)
{
  if (!sg_store_begin_batch (store, error))
    return FALSE;
  g_object_set (requirement,
                SG_REQUIREMENT_OVERRIDE_FIELD, override,
                SG_REQUIREMENT_OVERRIDE_NOTE, note,
                NULL);
  return sg_store_commit_batch (store, error);
}

static void
undo_cb (AdwToast *toast,
         Undo     *undo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SgRequirementPage) page = g_weak_ref_get (&undo->page);

  if (sg_store_is_closed (undo->store))
    return;
  if (!write_override (undo->store, undo->requirement, undo->override, undo->note, &error) && page != NULL)
    show_error (page, error);
  if (page != NULL)
    refresh_in_thread (page);
}

gboolean
sg_requirement_page_set_override (SgRequirementPage     *self,
                                  const char            *ref,
                                  SgRequirementOverride  override,
                                  const char            *note)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;
  SgRecord *requirement;
  AdwToast *toast;
  Undo *undo;

  g_return_val_if_fail (SG_IS_REQUIREMENT_PAGE (self), FALSE);
  g_return_val_if_fail (ref != NULL, FALSE);

  requirement = sg_store_find_by_ref (self->store, SG_TYPE_REQUIREMENT, ref);
  if (requirement == NULL)
    return FALSE;
  if (override == SG_REQUIREMENT_OVERRIDE_NONE || note == NULL || *note == '\0')
    note = NULL;

  undo = g_new0 (Undo, 1);
  g_weak_ref_init (&undo->page, self);
  undo->store = g_object_ref (self->store);
  undo->requirement = g_object_ref (requirement);
  undo->override = sg_record_peek_enum (requirement, SG_REQUIREMENT_OVERRIDE_FIELD);
  undo->note = g_strdup (sg_record_peek_string (requirement, SG_REQUIREMENT_OVERRIDE_NOTE));

  if (!write_override (self->store, requirement, override, note, &error))
    {
      undo_free (undo, NULL);
      show_error (self, error);
      refresh_in_thread (self);
      return FALSE;
    }
  refresh_in_thread (self);

  if (override == SG_REQUIREMENT_OVERRIDE_NONE)
    /* Translators: a toast; %s is a requirement's ref */
    text = g_strdup_printf (_("%s counts as computed again"), ref);
  else
    {
      SgReadinessResult *result = find_result (self, ref);

      /* Translators: a toast; a requirement's ref and the state a person set, "5.2 overridden: met" */
      text = g_strdup_printf (_("%s overridden: %s"), ref,
                              result != NULL ? sg_readiness_state_label (result->effective, TRUE) : "");
    }
  escaped = g_markup_escape_text (text, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_cb), undo, undo_free, 0);
  show_toast (self, toast);
  return TRUE;
}

/* The override dialog: the state a person says it is, and why. */

typedef struct
{
  SgRequirementPage *page;
  char              *ref;
  GtkWidget         *choices[3];
  GtkWidget         *note;
} OverrideDialog;

static const SgRequirementOverride choice_values[] = {
  SG_REQUIREMENT_OVERRIDE_MET, SG_REQUIREMENT_OVERRIDE_PARTLY, SG_REQUIREMENT_OVERRIDE_NOT_MET,
};

static void
override_dialog_free (gpointer  data,
                      GClosure *closure)
{
  OverrideDialog *dialog = data;

  g_object_unref (dialog->page);
  g_free (dialog->ref);
  g_free (dialog);
}

static void
override_response_cb (AdwMessageDialog *message,
                      const char       *response,
                      OverrideDialog   *dialog)
{
  g_autofree char *note = NULL;

  if (!g_str_equal (response, "set"))
    return;
  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (dialog->note))));
  for (guint i = 0; i < G_N_ELEMENTS (choice_values); i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (dialog->choices[i])))
      sg_requirement_page_set_override (dialog->page, dialog->ref, choice_values[i], note);
}

/* An override without its reason is what the auditor asks about first. */
static void
override_note_changed_cb (GtkEditable      *note,
                          AdwMessageDialog *message)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (note)));

  adw_message_dialog_set_response_enabled (message, "set", *text != '\0');
}

static void
open_override_dialog (SgRequirementPage *self,
                      const char        *ref)
{
  SgReadinessResult *result = find_result (self, ref);
  SgRecord *requirement = sg_store_find_by_ref (self->store, SG_TYPE_REQUIREMENT, ref);
  OverrideDialog *dialog;
  GtkWidget *message, *box, *label;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  const char *note;
  int current;

  if (result == NULL || requirement == NULL)
    return;
  dialog = g_new0 (OverrideDialog, 1);
  dialog->page = g_object_ref (self);
  dialog->ref = g_strdup (ref);
  current = sg_record_peek_enum (requirement, SG_REQUIREMENT_OVERRIDE_FIELD);
  note = sg_record_peek_string (requirement, SG_REQUIREMENT_OVERRIDE_NOTE);

  /* Translators: a dialog's heading; %s is a requirement's ref */
  heading = g_strdup_printf (_("Override %s?"), ref);
  /* Translators: a requirement's ref and title, its computed state and the reason */
  body = g_strdup_printf (_("“%s %s” is computed as %s: %s. The state you set counts instead "
                            "and is shown as an override, with your reason, beside the computed one."),
                          ref, result->title, sg_readiness_state_label (result->state, TRUE), result->reason);
  message = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  for (guint i = 0; i < G_N_ELEMENTS (choice_values); i++)
    {
      /* The override's own words, as its field says them elsewhere. */
      const char *word = choice_values[i] == SG_REQUIREMENT_OVERRIDE_MET ? _("Met")
                         : choice_values[i] == SG_REQUIREMENT_OVERRIDE_PARTLY ? _("Partly met")
                         : _("Not met");

      dialog->choices[i] = gtk_check_button_new_with_label (word);
      if (i > 0)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (dialog->choices[i]), GTK_CHECK_BUTTON (dialog->choices[0]));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (dialog->choices[i]),
                                   current == (int) choice_values[i] ||
                                   (current == SG_REQUIREMENT_OVERRIDE_NONE && i == 0));
      gtk_box_append (GTK_BOX (box), dialog->choices[i]);
    }
  label = gtk_label_new_with_mnemonic (_("_Reason"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  dialog->note = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (dialog->note), _("e.g. see the policy on the intranet"));
  gtk_entry_set_activates_default (GTK_ENTRY (dialog->note), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), dialog->note);
  if (current != SG_REQUIREMENT_OVERRIDE_NONE && note != NULL)
    gtk_editable_set_text (GTK_EDITABLE (dialog->note), note);
  gtk_box_append (GTK_BOX (box), dialog->note);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (message), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (message),
                                    "cancel", _("_Cancel"),
                                    "set", _("_Override"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (message), "set", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (message), "set");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (message), "cancel");
  g_signal_connect (dialog->note, "changed", G_CALLBACK (override_note_changed_cb), message);
  override_note_changed_cb (GTK_EDITABLE (dialog->note), ADW_MESSAGE_DIALOG (message));
  g_signal_connect_data (message, "response", G_CALLBACK (override_response_cb), dialog,
                         override_dialog_free, 0);
  gtk_window_present (GTK_WINDOW (message));
  gtk_widget_grab_focus (dialog->note);
}

static void
set_override_action_cb (GtkWidget  *widget,
                        const char *action,
                        GVariant   *target)
{
  open_override_dialog (SG_REQUIREMENT_PAGE (widget), g_variant_get_string (target, NULL));
}

static void
clear_override_action_cb (GtkWidget  *widget,
                          const char *action,
                          GVariant   *target)
{
  sg_requirement_page_set_override (SG_REQUIREMENT_PAGE (widget), g_variant_get_string (target, NULL),
                                    SG_REQUIREMENT_OVERRIDE_NONE, NULL);
}

/* The requirement's own fields — owner, evidence, links, notes — in the
 * generic editor, in a window of their own. */
static void
details_action_cb (GtkWidget  *widget,
                   const char *action,
                   GVariant   *target)
{
  SgRequirementPage *self = SG_REQUIREMENT_PAGE (widget);
  const char *ref = g_variant_get_string (target, NULL);
  SgRecord *requirement = sg_store_find_by_ref (self->store, SG_TYPE_REQUIREMENT, ref);
  GtkWidget *window, *box, *header, *scrolled, *editor;
  g_autofree char *name = NULL;

  if (requirement == NULL)
    return;
  name = sg_record_dup_display_name (requirement);
  window = adw_window_new ();
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 720);
  gtk_window_set_title (GTK_WINDOW (window), name);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (name, NULL));
  gtk_box_append (GTK_BOX (box), header);
  editor = sg_record_editor_new (self->store, SG_TYPE_REQUIREMENT);
  sg_record_editor_set_record (SG_RECORD_EDITOR (editor), requirement);
  scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), editor);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}

/* Public */

void
sg_requirement_page_select (SgRequirementPage *self,
                            SgRecord          *requirement)
{
  GtkWidget *row;
  graphene_point_t point;

  g_return_if_fail (SG_IS_REQUIREMENT_PAGE (self));
  g_return_if_fail (SG_IS_RECORD (requirement));

  if (self->results == NULL || self->stale)
    sg_requirement_page_refresh (self);
  row = g_hash_table_lookup (self->rows, sg_record_get_ref (requirement));
  if (row == NULL)
    return;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_widget_grab_focus (row);
  if (gtk_widget_compute_point (row, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (self->scrolled)),
                                &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled)),
                              MAX (point.y - 24, 0));
}

GtkWidget *
sg_requirement_page_get_row (SgRequirementPage *self,
                             const char        *ref)
{
  g_return_val_if_fail (SG_IS_REQUIREMENT_PAGE (self), NULL);

  if (self->results == NULL)
    sg_requirement_page_refresh (self);
  return g_hash_table_lookup (self->rows, ref);
}

const char *
sg_requirement_page_get_summary (SgRequirementPage *self)
{
  g_return_val_if_fail (SG_IS_REQUIREMENT_PAGE (self), NULL);

  if (self->results == NULL)
    sg_requirement_page_refresh (self);
  return self->summary_text;
}

/* GObject */

static void
sg_requirement_page_sidebar_folded_changed (SgPage *page)
{
  SgRequirementPage *self = SG_REQUIREMENT_PAGE (page);
  gboolean folded = sg_page_get_sidebar_folded (page);

  gtk_widget_set_visible (self->sidebar_button, folded);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (self->header), folded);
}

static void
sg_requirement_page_dispose (GObject *object)
{
  SgRequirementPage *self = SG_REQUIREMENT_PAGE (object);
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->store, changed_cb, self);
      for (guint i = 0; i < n_kinds; i++)
        g_signal_handlers_disconnect_by_func (sg_store_get_records (self->store, kinds[i]), changed_cb, self);
    }
  g_clear_pointer (&self->content, gtk_widget_unparent);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_requirement_page_parent_class)->dispose (object);
}

static void
sg_requirement_page_finalize (GObject *object)
{
  SgRequirementPage *self = SG_REQUIREMENT_PAGE (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->summary_text, g_free);

  G_OBJECT_CLASS (sg_requirement_page_parent_class)->finalize (object);
}

static void
sg_requirement_page_class_init (SgRequirementPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  SG_PAGE_CLASS (klass)->sidebar_folded_changed = sg_requirement_page_sidebar_folded_changed;
  object_class->dispose = sg_requirement_page_dispose;
  object_class->finalize = sg_requirement_page_finalize;
  widget_class->map = sg_requirement_page_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "requirement.set-override", "s", set_override_action_cb);
  gtk_widget_class_install_action (widget_class, "requirement.clear-override", "s", clear_override_action_cb);
  gtk_widget_class_install_action (widget_class, "requirement.details", "s", details_action_cb);
}

static void
sg_requirement_page_init (SgRequirementPage *self)
{
  GtkWidget *box = self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *column, *clamp, *summary_box;

  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->header = adw_header_bar_new ();
  self->sidebar_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (self->sidebar_button, _("Back"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->sidebar_button), "win.show-sidebar");
  gtk_widget_set_visible (self->sidebar_button, FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (self->header), self->sidebar_button);
  self->title = adw_window_title_new (_("Requirements"), NULL);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (self->header), self->title);
  gtk_box_append (GTK_BOX (box), self->header);

  column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_margin_top (column, 24);
  gtk_widget_set_margin_bottom (column, 24);
  gtk_widget_set_margin_start (column, 12);
  gtk_widget_set_margin_end (column, 12);

  /* How ready the ISMS is, in one line a projector shows. */
  summary_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->summary = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->summary), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->summary), 0);
  gtk_widget_add_css_class (self->summary, "title-1");
  gtk_box_append (GTK_BOX (summary_box), self->summary);
  self->summary_detail = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->summary_detail), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->summary_detail), 0);
  gtk_widget_add_css_class (self->summary_detail, "dim-label");
  gtk_box_append (GTK_BOX (summary_box), self->summary_detail);
  gtk_box_append (GTK_BOX (column), summary_box);

  for (guint i = 0; i < G_N_ELEMENTS (clauses); i++)
    {
      /* Translators: a clause's heading, "Clause 4 · Context of the Organization" */
      g_autofree char *title = g_strdup_printf (_("Clause %d · %s"), clauses[i].clause, _(clauses[i].title));

      self->groups[i] = adw_preferences_group_new ();
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->groups[i]), title);
      gtk_box_append (GTK_BOX (column), self->groups[i]);
    }

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 960);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 600);
  adw_clamp_set_child (ADW_CLAMP (clamp), column);
  self->scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (self->scrolled, TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), clamp);
  gtk_box_append (GTK_BOX (box), self->scrolled);

  gtk_widget_set_parent (box, GTK_WIDGET (self));
}

GtkWidget *
sg_requirement_page_new (SgStore    *store,
                         const char *title,
                         const char *today)
{
  SgRequirementPage *self;
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_REQUIREMENT_PAGE, NULL);
  self->store = g_object_ref (store);
  self->today = g_strdup (today);
  if (title != NULL)
    adw_window_title_set_title (ADW_WINDOW_TITLE (self->title), title);
  /* Any record of any kind may change a rule's verdict. */
  g_signal_connect_swapped (store, "record-changed", G_CALLBACK (changed_cb), self);
  for (guint i = 0; i < n_kinds; i++)
    g_signal_connect_swapped (sg_store_get_records (store, kinds[i]), "items-changed",
                              G_CALLBACK (changed_cb), self);
  return GTK_WIDGET (self);
}
