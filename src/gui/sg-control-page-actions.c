/* sg-control-page-actions.c: deciding controls from the keyboard, bulk edit with one Undo, own controls
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-control-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-control-editor.h"
#include "sg-control-page-private.h"
#include "sg-control.h"
#include "sg-enums.h"
#include "sg-person.h"

static const char * const show_names[] = {
  "all", "applicable", "excluded", "implemented", "flagged",
  "no-justification", "not-implemented", "no-reason", "overdue", "evidence",
};

/* Bulk edit: one history entry per control (the store saves each), one
 * Undo for them all (the toast). */

typedef struct
{
  GPtrArray  *controls;   /* SgRecord*, owned */
  GParamSpec *field;
  GArray     *old;        /* GValue, one per control */
} BulkUndo;

static void
bulk_undo_free (gpointer  data,
                GClosure *closure)
{
  BulkUndo *undo = data;

  g_ptr_array_unref (undo->controls);
  g_array_unref (undo->old);
  g_free (undo);
}

static void
undo_bulk_cb (AdwToast *toast,
              BulkUndo *undo)
{
  for (guint i = 0; i < undo->controls->len; i++)
    sg_record_set_value (undo->controls->pdata[i], undo->field,
                         &g_array_index (undo->old, GValue, i));
}

static void
set_for_selection (SgControlPage *self,
                   const char    *field,
                   const GValue  *value,
                   const char    *value_text)
{
  g_autoptr(GPtrArray) selection = sg_control_page_get_selection (self);
  GParamSpec *pspec = sg_record_class_find_field (g_type_class_peek (SG_TYPE_CONTROL), field);
  BulkUndo *undo;
  AdwToast *toast;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  guint n_changed = 0;

  g_return_if_fail (pspec != NULL);
  if (selection->len == 0)
    return;

  undo = g_new0 (BulkUndo, 1);
  undo->controls = g_ptr_array_new_with_free_func (g_object_unref);
  undo->field = pspec;
  undo->old = g_array_new (FALSE, TRUE, sizeof (GValue));
  g_array_set_clear_func (undo->old, (GDestroyNotify) g_value_unset);
  for (guint i = 0; i < selection->len; i++)
    {
      SgRecord *control = selection->pdata[i];
      const GValue *old = sg_record_peek_value (control, pspec);
      GValue copy = G_VALUE_INIT;

      if (g_param_values_cmp (pspec, old, value) == 0)
        continue;
      g_value_init (&copy, G_VALUE_TYPE (old));
      g_value_copy (old, &copy);
      g_array_append_val (undo->old, copy);
      g_ptr_array_add (undo->controls, g_object_ref (control));
      sg_record_set_value (control, pspec, value);
      n_changed++;
    }
  sg_control_page_refresh (self);

  /* One control is an edit like any other: its history has it. */
  if (selection->len == 1 || n_changed == 0)
    {
      bulk_undo_free (undo, NULL);
      return;
    }
  escaped = g_markup_escape_text (value_text, -1);
  /* Translators: after a bulk edit; %u is a number, %s a value such as "Implemented" */
  title = g_strdup_printf (ngettext ("%u control set to “%s”", "%u controls set to “%s”", n_changed),
                           n_changed, escaped);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_bulk_cb), undo, bulk_undo_free, 0);
  sg_control_page_show_toast (self, toast);
}

static void
set_status_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SgControlPage *self = SG_CONTROL_PAGE (widget);
  g_autoptr(GEnumClass) statuses = g_type_class_ref (SG_TYPE_IMPLEMENTATION_STATUS);
  GEnumValue *status = g_enum_get_value (statuses, g_variant_get_int32 (parameter));
  g_auto(GValue) value = G_VALUE_INIT;

  if (status == NULL)
    return;
  g_value_init (&value, SG_TYPE_IMPLEMENTATION_STATUS);
  g_value_set_enum (&value, status->value);
  set_for_selection (self, SG_CONTROL_IMPLEMENTATION, &value, _(status->value_name));
}

static void
set_applicable_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean applicable = g_variant_get_boolean (parameter);

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, applicable);
  set_for_selection (SG_CONTROL_PAGE (widget), SG_CONTROL_APPLICABLE, &value,
                     applicable ? _("Applicable") : _("Not applicable"));
}

static void
set_owner_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SgControlPage *self = SG_CONTROL_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  SgRecord *person = id != 0 ? sg_store_find_by_id (self->store, SG_TYPE_PERSON, id) : NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, person != NULL ? id : 0);
  set_for_selection (self, SG_CONTROL_OWNER, &value,
                     person != NULL ? sg_record_peek_string (person, "name") : _("None"));
}

static void
add_reason_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  const char *field = g_variant_get_string (parameter, NULL);
  GParamSpec *pspec = sg_record_class_find_field (g_type_class_peek (SG_TYPE_CONTROL), field);
  g_auto(GValue) value = G_VALUE_INIT;

  if (pspec == NULL || !g_str_has_prefix (field, "reason-"))
    return;
  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, TRUE);
  set_for_selection (SG_CONTROL_PAGE (widget), field, &value, sg_field_get_label (pspec));
}

/* Ctrl+J: the next control whose decision lacks its grounds, after the
 * selected one, round to the top. */
static void
next_undecided_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SgControlPage *self = SG_CONTROL_PAGE (widget);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkListBoxRow *focus = NULL;
  guint start = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (self->list_box);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SG_IS_CONTROL_ROW (row))
      g_ptr_array_add (rows, row);
  {
    g_autoptr(GPtrArray) selection = sg_control_page_get_selection (self);

    if (selection->len > 0)
      focus = GTK_LIST_BOX_ROW (sg_control_page_find_row (self, selection->pdata[selection->len - 1]));
  }
  for (guint i = 0; focus != NULL && i < rows->len; i++)
    if (rows->pdata[i] == focus)
      start = i + 1;
  for (guint n = 0; n < rows->len; n++)
    {
      SgControlRow *row = rows->pdata[(start + n) % rows->len];

      if (sg_soa_control_is_undecided (self->store, sg_control_row_get_control (row)))
        {
          sg_control_page_select_row (self, row);
          return;
        }
    }
  sg_control_page_show_toast (self, adw_toast_new (_("Every control shown is decided")));
}

static void
show_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  SgControlPage *self = SG_CONTROL_PAGE (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (show_names); i++)
    if (g_str_equal (name, show_names[i]))
      sg_control_page_set_show (self, self->section, i);
}

static void
show_all_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SgControlPage *self = SG_CONTROL_PAGE (widget);

  sg_facet_filter_clear (self->facets);
  sg_control_page_set_show (self, ANY_SECTION, SG_CONTROL_SHOW_ALL);
}

/* Adding and deleting the organisation's own controls */

static char *
dup_free_ref (SgControlPage *self)
{
  for (guint n = 1; ; n++)
    {
      g_autofree char *ref = g_strdup_printf ("ORG-%u", n);

      if (sg_store_find_by_ref (self->store, SG_TYPE_CONTROL, ref) == NULL)
        return g_steal_pointer (&ref);
    }
}

static void
add_record_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SgControlPage *self = SG_CONTROL_PAGE (widget);
  g_autofree char *ref = dup_free_ref (self);
  g_autoptr(SgRecord) control = g_object_new (SG_TYPE_CONTROL,
                                              SG_CONTROL_SOURCE, SG_CONTROL_SOURCE_CUSTOM,
                                              SG_CONTROL_TITLE, _("New control"), NULL);
  g_autoptr(GError) error = NULL;

  sg_record_set_ref (control, ref);
  if (!sg_store_add (self->store, control, &error))
    {
      sg_control_page_show_error (self, error);
      return;
    }
  sg_control_page_select (self, control);
  sg_control_page_show_detail (self);
  gtk_widget_grab_focus (self->editor);
}

/* The toast's Undo brings the control back, if the page is still there. */
typedef struct
{
  SgControlPage *page;      /* weak */
  SgRecord      *control;
} DeleteUndo;

static void
delete_undo_free (gpointer  data,
                  GClosure *closure)
{
  DeleteUndo *undo = data;

  g_clear_weak_pointer (&undo->page);
  g_object_unref (undo->control);
  g_free (undo);
}

static void
undo_delete_cb (AdwToast   *toast,
                DeleteUndo *undo)
{
  g_autoptr(GError) error = NULL;

  if (undo->page == NULL)
    return;
  if (!sg_store_restore (undo->page->store, undo->control, &error))
    sg_control_page_show_error (undo->page, error);
  else
    sg_control_page_select (undo->page, undo->control);
}

static void
delete_record_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SgControlPage *self = SG_CONTROL_PAGE (widget);
  g_autoptr(GPtrArray) selection = sg_control_page_get_selection (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *escaped = NULL;
  DeleteUndo *undo;
  SgRecord *control;
  AdwToast *toast;

  if (selection->len != 1)
    return;
  /* Out of the detail first: its fields go with the control. */
  gtk_widget_grab_focus (self->list_box);
  /* The store and the row let go of it: the toast keeps it for Undo. */
  undo = g_new0 (DeleteUndo, 1);
  g_set_weak_pointer (&undo->page, self);
  undo->control = control = g_object_ref (selection->pdata[0]);
  if (!sg_store_remove (self->store, control, &error))
    {
      delete_undo_free (undo, NULL);
      sg_control_page_show_error (self, error);
      return;
    }
  escaped = g_markup_escape_text (sg_record_get_ref (control), -1);
  /* Translators: %s is a ref such as R-004 */
  toast = adw_toast_new_format (_("Deleted %s"), escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_cb), undo,
                         delete_undo_free, 0);
  sg_control_page_show_toast (self, toast);
}

void
sg_control_page_install_actions (GtkWidgetClass *widget_class)
{
  static const guint digits[] = { GDK_KEY_1, GDK_KEY_2, GDK_KEY_3, GDK_KEY_4, GDK_KEY_5 };

  gtk_widget_class_install_action (widget_class, "page.add-record", NULL, add_record_cb);
  gtk_widget_class_install_action (widget_class, "page.delete-record", NULL, delete_record_cb);
  gtk_widget_class_install_action (widget_class, "soa.set-status", "i", set_status_cb);
  gtk_widget_class_install_action (widget_class, "soa.set-applicable", "b", set_applicable_cb);
  gtk_widget_class_install_action (widget_class, "soa.set-owner", "x", set_owner_cb);
  gtk_widget_class_install_action (widget_class, "soa.add-reason", "s", add_reason_cb);
  gtk_widget_class_install_action (widget_class, "soa.next-undecided", NULL, next_undecided_cb);
  gtk_widget_class_install_action (widget_class, "soa.show", "s", show_cb);
  gtk_widget_class_install_action (widget_class, "soa.show-all", NULL, show_all_cb);

  /* Alt, not Ctrl: Ctrl+Y and Ctrl+1… are taken by text entries and the
   * window; Alt with a letter or digit types nothing in a field. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_ALT_MASK,
                                       "soa.set-applicable", "b", TRUE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_ALT_MASK,
                                       "soa.set-applicable", "b", FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
    gtk_widget_class_add_binding_action (widget_class, digits[i], GDK_ALT_MASK,
                                         "soa.set-status", "i", (int) i);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_j, GDK_CONTROL_MASK,
                                       "soa.next-undecided", NULL);
}
