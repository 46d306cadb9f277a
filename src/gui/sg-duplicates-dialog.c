/* sg-duplicates-dialog.c: the people of the directory who may be listed
 * twice, each pair to merge or to keep apart
 *
 * An update from a register of names, or an import, leaves "J. Petersen"
 * beside "Jana Petersen". Merging relinks everything in one step, with
 * Undo; "Not the Same" is written on both people, so the pair is never
 * offered again.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-duplicates-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-duplicates-dialog.h"
#include "sg-person.h"
#include "sg-store-people.h"

struct _SgDuplicatesDialog
{
  AdwWindow   parent_instance;

  SgStore    *store;
  GPtrArray  *pairs;       /* SgNearDuplicate, as listed */
  GtkWidget  *toasts;
  GtkWidget  *stack;
  GtkWidget  *list;
};

G_DEFINE_FINAL_TYPE (SgDuplicatesDialog, sg_duplicates_dialog, ADW_TYPE_WINDOW)

static void
show_error (SgDuplicatesDialog *self,
            const GError       *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toasts), adw_toast_new (escaped));
}

static const char *
name_of (SgRecord *person)
{
  const char *name = sg_record_peek_string (person, SG_PERSON_NAME);

  return name ? name : "";
}

static char *
times_named (guint n)
{
  if (n == 0)
    return g_strdup (_("named nowhere"));
  /* Translators: how many fields of the register name a person */
  return g_strdup_printf (ngettext ("named once", "named %u times", n), n);
}

static void
wrap_button_label (GtkWidget *button)
{
  GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
}

static GtkWidget *
new_pair_row (SgNearDuplicate *pair,
              guint            index)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title, *detail, *merge, *apart;
  g_autofree char *heading = NULL;
  g_autofree char *keep_count = times_named (pair->keep_mentions);
  g_autofree char *gone_count = times_named (pair->gone_mentions);
  g_autofree char *text = NULL;
  g_autofree char *merge_label = NULL;

  /* Translators: two names of the directory that may be one person */
  heading = g_strdup_printf (_("“%s” and “%s”"), name_of (pair->gone), name_of (pair->keep));
  /* Translators: "Merging keeps “Jana Petersen” (named 66 times); “J. Petersen” is named once." */
  text = g_strdup_printf (_("Merging keeps “%s” (%s); “%s” is %s."),
                          name_of (pair->keep), keep_count, name_of (pair->gone), gone_count);

  title = gtk_label_new (heading);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  detail = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_widget_add_css_class (detail, "dim-label");

  apart = gtk_button_new_with_mnemonic (_("_Not the Same"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (apart), "duplicates.not-same");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (apart), "u", index);
  merge_label = g_strdup_printf (_("Merge Into “%s”"), name_of (pair->keep));
  merge = gtk_button_new_with_label (merge_label);
  gtk_widget_add_css_class (merge, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (merge), "duplicates.merge");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (merge), "u", index);
  /* Long names and German wrap rather than widen the dialog. */
  wrap_button_label (apart);
  wrap_button_label (merge);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), apart);
  gtk_box_append (GTK_BOX (buttons), merge);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  return row;
}

static void
reload (SgDuplicatesDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  g_clear_pointer (&self->pairs, g_ptr_array_unref);
  self->pairs = sg_store_list_near_duplicates (self->store);
  for (guint i = 0; i < self->pairs->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->list), new_pair_row (g_ptr_array_index (self->pairs, i), i));
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), self->pairs->len > 0 ? "pairs" : "done");
}

/* Undo of a merge, held by its toast, which lives in the dialog: it
 * reaches the store through the dialog, so that a toast that outlives
 * it keeps no register open. */
typedef struct
{
  SgRecord           *gone;
  GArray             *relinked;
  SgDuplicatesDialog *dialog;   /* weak */
} MergeUndo;

static void
merge_undo_free (gpointer  data,
                 GClosure *closure)
{
  MergeUndo *undo = data;

  g_clear_weak_pointer (&undo->dialog);
  g_clear_object (&undo->gone);
  g_clear_pointer (&undo->relinked, g_array_unref);
  g_free (undo);
}

static void
undo_merge_cb (AdwToast  *toast,
               MergeUndo *undo)
{
  g_autoptr(GError) error = NULL;

  if (undo->relinked == NULL || undo->dialog == NULL)
    return;
  if (!sg_store_undo_merge (undo->dialog->store, undo->gone, undo->relinked, &error))
    show_error (undo->dialog, error);
  g_clear_pointer (&undo->relinked, g_array_unref);
  reload (undo->dialog);
}

static SgNearDuplicate *
pair_at (SgDuplicatesDialog *self,
         GVariant           *parameter)
{
  guint index = g_variant_get_uint32 (parameter);

  return index < self->pairs->len ? g_ptr_array_index (self->pairs, index) : NULL;
}

static void
merge_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SgDuplicatesDialog *self = SG_DUPLICATES_DIALOG (widget);
  SgNearDuplicate *pair = pair_at (self, parameter);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;
  MergeUndo *undo;
  AdwToast *toast;

  if (pair == NULL)
    return;
  undo = g_new0 (MergeUndo, 1);
  undo->relinked = sg_store_merge_people (self->store, pair->keep, pair->gone, &error);
  if (undo->relinked == NULL)
    {
      g_free (undo);
      show_error (self, error);
      return;
    }
  undo->gone = g_object_ref (pair->gone);
  g_set_weak_pointer (&undo->dialog, self);

  /* Translators: "Merged J. Petersen into Jana Petersen" */
  text = g_strdup_printf (_("Merged %s into %s"), name_of (pair->gone), name_of (pair->keep));
  escaped = g_markup_escape_text (text, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_merge_cb), undo, merge_undo_free, 0);
  reload (self);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toasts), toast);
}

static void
not_same_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SgDuplicatesDialog *self = SG_DUPLICATES_DIALOG (widget);
  SgNearDuplicate *pair = pair_at (self, parameter);
  g_autoptr(GError) error = NULL;

  if (pair == NULL)
    return;
  if (!sg_store_set_not_same (self->store, pair->keep, pair->gone, &error))
    show_error (self, error);
  reload (self);
}

static void
sg_duplicates_dialog_dispose (GObject *object)
{
  SgDuplicatesDialog *self = SG_DUPLICATES_DIALOG (object);

  g_clear_pointer (&self->pairs, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_duplicates_dialog_parent_class)->dispose (object);
}

static void
sg_duplicates_dialog_class_init (SgDuplicatesDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sg_duplicates_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "duplicates.merge", "u", merge_action_cb);
  gtk_widget_class_install_action (widget_class, "duplicates.not-same", "u", not_same_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sg_duplicates_dialog_init (SgDuplicatesDialog *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *intro;
  GtkWidget *done;

  gtk_window_set_title (GTK_WINDOW (self), _("People Listed Twice?"));
  gtk_window_set_default_size (GTK_WINDOW (self), 600, 560);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  intro = gtk_label_new (_("These people of the directory may be one person written in two ways. "
                           "Merge them, and everything that names one names the other; "
                           "or say they are not the same, and they are not offered again."));
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("People who may be one"), -1);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), intro);
  gtk_box_append (GTK_BOX (box), self->list);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);

  done = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (done), "object-select-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (done), _("Nobody Listed Twice"));
  adw_status_page_set_description (ADW_STATUS_PAGE (done),
                                   _("No two people of the directory have names this alike."));

  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_stack_add_named (GTK_STACK (self->stack), scroller, "pairs");
  gtk_stack_add_named (GTK_STACK (self->stack), done, "done");
  self->toasts = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (self->toasts), self->stack);
  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), self->toasts);
  adw_window_set_content (ADW_WINDOW (self), content);
}

GtkWidget *
sg_duplicates_dialog_new (GtkWindow *parent,
                          SgStore   *store)
{
  SgDuplicatesDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_DUPLICATES_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  reload (self);
  return GTK_WIDGET (self);
}

guint
sg_duplicates_dialog_get_n_pairs (SgDuplicatesDialog *self)
{
  g_return_val_if_fail (SG_IS_DUPLICATES_DIALOG (self), 0);

  return self->pairs->len;
}
