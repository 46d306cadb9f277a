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

/* Menus */

static GtkWidget *
new_menu_button (const char *label,
                 GMenuModel *menu)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), label);
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
  if (menu != NULL)
    gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  return button;
}

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             GVariant   *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  g_menu_append_item (menu, item);
}

GMenuModel *
sg_control_page_new_show_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) figures = g_menu_new ();
  g_autoptr(GMenu) rules = g_menu_new ();
  g_autoptr(GMenu) last = g_menu_new ();

  append_item (figures, _("Applicable"), "soa.show", g_variant_new_string ("applicable"));
  append_item (figures, _("Excluded"), "soa.show", g_variant_new_string ("excluded"));
  append_item (figures, _("Implemented"), "soa.show", g_variant_new_string ("implemented"));
  g_menu_append_section (menu, _("Show"), G_MENU_MODEL (figures));
  append_item (rules, _("Excluded without justification"), "soa.show", g_variant_new_string ("no-justification"));
  append_item (rules, _("Applicable but not implemented"), "soa.show", g_variant_new_string ("not-implemented"));
  append_item (rules, _("Applicable with no reason for inclusion"), "soa.show", g_variant_new_string ("no-reason"));
  append_item (rules, _("Implementation overdue"), "soa.show", g_variant_new_string ("overdue"));
  append_item (rules, _("Evidence missing or expired"), "soa.show", g_variant_new_string ("evidence"));
  append_item (rules, _("Anything to look at"), "soa.show", g_variant_new_string ("flagged"));
  g_menu_append_section (menu, _("To Look At"), G_MENU_MODEL (rules));
  g_menu_append (last, _("Show All Controls"), "soa.show-all");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (last));
  return G_MENU_MODEL (menu);
}

static GMenuModel *
new_status_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GEnumClass) statuses = g_type_class_ref (SG_TYPE_IMPLEMENTATION_STATUS);

  for (guint i = 0; i < statuses->n_values; i++)
    append_item (menu, _(statuses->values[i].value_name), "soa.set-status",
                 g_variant_new_int32 (statuses->values[i].value));
  return G_MENU_MODEL (menu);
}

/* Below the list while several controls are selected: what to set. */
GtkWidget *
sg_control_page_build_bulk_bar (SgControlPage *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autoptr(GMenu) applicable = g_menu_new ();
  g_autoptr(GMenu) reasons = g_menu_new ();
  g_autoptr(GMenuModel) statuses = new_status_menu ();
  GtkWidget *buttons = gtk_flow_box_new ();

  gtk_widget_add_css_class (bar, "sg-bulk-bar");
  self->bulk_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->bulk_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->bulk_label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (self->bulk_label, "heading");
  gtk_box_append (GTK_BOX (bar), self->bulk_label);

  append_item (applicable, _("Applicable"), "soa.set-applicable", g_variant_new_boolean (TRUE));
  append_item (applicable, _("Not applicable"), "soa.set-applicable", g_variant_new_boolean (FALSE));
  append_item (reasons, _("Legal or regulatory requirement"), "soa.add-reason",
               g_variant_new_string (SG_CONTROL_REASON_LEGAL));
  append_item (reasons, _("Contractual requirement"), "soa.add-reason",
               g_variant_new_string (SG_CONTROL_REASON_CONTRACTUAL));
  append_item (reasons, _("Business requirement or best practice"), "soa.add-reason",
               g_variant_new_string (SG_CONTROL_REASON_BUSINESS));

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (buttons), GTK_SELECTION_NONE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (buttons), 2);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (buttons), 4);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (buttons), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (buttons), 6);
  gtk_widget_set_hexpand (buttons, TRUE);
  gtk_flow_box_append (GTK_FLOW_BOX (buttons), new_menu_button (_("_Status"), statuses));
  gtk_flow_box_append (GTK_FLOW_BOX (buttons), new_menu_button (_("_Applicability"), G_MENU_MODEL (applicable)));
  self->owner_button = new_menu_button (_("_Owner"), NULL);
  gtk_flow_box_append (GTK_FLOW_BOX (buttons), self->owner_button);
  gtk_flow_box_append (GTK_FLOW_BOX (buttons), new_menu_button (_("_Reason"), G_MENU_MODEL (reasons)));
  gtk_box_append (GTK_BOX (bar), buttons);
  return bar;
}

/* The bulk bar's owner menu: the directory as it is now. */
void
sg_control_page_update_owner_menu (SgControlPage *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  SgRecord *const *all;
  guint n_all;

  all = sg_store_peek_records (self->store, SG_TYPE_PERSON, &n_all);
  for (guint i = 0; i < n_all; i++)
    g_ptr_array_add (people, all[i]);
  for (guint i = 0; i < people->len; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (sg_record_peek_string (people->pdata[i], "name"), NULL);

      g_menu_item_set_action_and_target_value (item, "soa.set-owner",
                                               g_variant_new_int64 (sg_record_get_id (people->pdata[i])));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->owner_button), G_MENU_MODEL (menu));
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
