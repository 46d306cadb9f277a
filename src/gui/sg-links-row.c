/* sg-links-row.c: an expander row that links records of another kind
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-links-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-links-row.h"
#include "sg-person.h"
#include "sg-record.h"

struct _SgLinksRow
{
  AdwExpanderRow  parent_instance;

  GtkWidget      *search_entry;
  GtkWidget      *list_view;
  GtkWidget      *empty_label;

  GListModel     *targets;
  GtkFilter      *filter;
  GVariant       *links;
  GPtrArray      *bound;       /* GtkCheckButton*, the rows on screen */
  char          **terms;       /* casefolded search words */
};

G_DEFINE_FINAL_TYPE (SgLinksRow, sg_links_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_LINKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_subtitle (SgLinksRow *self)
{
  g_autoptr(GString) refs = g_string_new (NULL);
  guint n = self->targets ? g_list_model_get_n_items (self->targets) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) record = g_list_model_get_item (self->targets, i);
      const char *ref = sg_record_get_ref (record);

      if (!sg_links_contains (self->links, sg_record_get_id (record)))
        continue;
      if (refs->len > 0)
        g_string_append (refs, ", ");
      /* People are known by name, other records by their ref. */
      if (SG_IS_PERSON (record) && sg_record_peek_string (record, SG_PERSON_NAME) != NULL)
        g_string_append (refs, sg_record_peek_string (record, SG_PERSON_NAME));
      else if (ref != NULL && *ref != '\0')
        g_string_append (refs, ref);
      else
        {
          g_autofree char *name = sg_record_dup_display_name (record);
          g_string_append (refs, name);
        }
    }

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self),
                                 refs->len > 0 ? refs->str : _("None"));
}

static void
update_checks (SgLinksRow *self)
{
  for (guint i = 0; i < self->bound->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->bound, i);
      SgRecord *record = g_object_get_data (G_OBJECT (check), "record");
      gboolean linked = sg_links_contains (self->links, sg_record_get_id (record));

      g_object_set_data (G_OBJECT (check), "syncing", GINT_TO_POINTER (TRUE));
      gtk_check_button_set_active (check, linked);
      g_object_set_data (G_OBJECT (check), "syncing", NULL);
    }
}

static void
targets_changed_cb (SgLinksRow *self)
{
  guint n = g_list_model_get_n_items (self->targets);
  gboolean empty = n == 0;
  GtkWidget *scrolled = gtk_widget_get_ancestor (self->list_view, GTK_TYPE_SCROLLED_WINDOW);

  /* A list view asks for little height of its own: show up to seven rows. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), MIN (n, 7) * 36);

  gtk_widget_set_visible (self->empty_label, empty);
  gtk_widget_set_visible (self->search_entry, !empty);
  update_subtitle (self);
}

static gboolean
match_cb (gpointer item,
          gpointer data)
{
  SgLinksRow *self = data;
  g_autofree char *name = NULL;
  g_autofree char *folded = NULL;

  if (self->terms == NULL)
    return TRUE;
  name = sg_record_dup_display_name (item);
  folded = g_utf8_casefold (name, -1);
  for (guint i = 0; self->terms[i] != NULL; i++)
    if (strstr (folded, self->terms[i]) == NULL)
      return FALSE;
  return TRUE;
}

static void
search_changed_cb (SgLinksRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = g_utf8_casefold (text, -1);

  g_clear_pointer (&self->terms, g_strfreev);
  if (*g_strstrip (folded) != '\0')
    self->terms = g_strsplit_set (folded, " \t", -1);
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
check_toggled_cb (GtkCheckButton *check,
                  SgLinksRow     *self)
{
  SgRecord *record = g_object_get_data (G_OBJECT (check), "record");
  g_autoptr(GVariant) links = NULL;
  gint64 id;

  if (record == NULL || g_object_get_data (G_OBJECT (check), "syncing"))
    return;

  id = sg_record_get_id (record);
  if (gtk_check_button_get_active (check))
    links = sg_links_add (self->links, id);
  else
    links = sg_links_remove (self->links, id);
  sg_links_row_set_links (self, links);
}

static void
item_setup_cb (SgLinksRow  *self,
               GtkListItem *item)
{
  GtkWidget *check = gtk_check_button_new ();

  /* The list row takes the focus; Space or Enter there toggles the box. */
  gtk_widget_set_focusable (check, FALSE);
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), self);
  gtk_list_item_set_child (item, check);
}

static void
item_bind_cb (SgLinksRow  *self,
              GtkListItem *item)
{
  GtkWidget *check = gtk_list_item_get_child (item);
  SgRecord *record = gtk_list_item_get_item (item);
  g_autofree char *name = sg_record_dup_display_name (record);
  GtkWidget *label;

  g_object_set_data (G_OBJECT (check), "record", record);
  gtk_check_button_set_label (GTK_CHECK_BUTTON (check), name);
  label = gtk_widget_get_last_child (check);
  if (GTK_IS_LABEL (label))
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  g_ptr_array_add (self->bound, check);
  g_object_set_data (G_OBJECT (check), "syncing", GINT_TO_POINTER (TRUE));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               sg_links_contains (self->links, sg_record_get_id (record)));
  g_object_set_data (G_OBJECT (check), "syncing", NULL);
}

static void
item_unbind_cb (SgLinksRow  *self,
                GtkListItem *item)
{
  GtkWidget *check = gtk_list_item_get_child (item);

  g_ptr_array_remove_fast (self->bound, check);
  g_object_set_data (G_OBJECT (check), "record", NULL);
}

static void
item_activate_cb (SgLinksRow *self,
                  guint       position)
{
  GListModel *shown = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (self->list_view)));
  g_autoptr(SgRecord) record = g_list_model_get_item (shown, position);

  for (guint i = 0; i < self->bound->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->bound, i);

      if (g_object_get_data (G_OBJECT (check), "record") == record)
        {
          gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
          return;
        }
    }
}

static void
sg_links_row_dispose (GObject *object)
{
  SgLinksRow *self = SG_LINKS_ROW (object);

  if (self->targets != NULL)
    g_signal_handlers_disconnect_by_func (self->targets, targets_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SG_TYPE_LINKS_ROW);
  g_clear_object (&self->targets);

  G_OBJECT_CLASS (sg_links_row_parent_class)->dispose (object);
}

static void
sg_links_row_finalize (GObject *object)
{
  SgLinksRow *self = SG_LINKS_ROW (object);

  g_clear_pointer (&self->links, g_variant_unref);
  g_clear_pointer (&self->bound, g_ptr_array_unref);
  g_clear_pointer (&self->terms, g_strfreev);

  G_OBJECT_CLASS (sg_links_row_parent_class)->finalize (object);
}

static void
sg_links_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SgLinksRow *self = SG_LINKS_ROW (object);

  switch (prop_id)
    {
    case PROP_LINKS:
      g_value_set_variant (value, self->links);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_links_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SgLinksRow *self = SG_LINKS_ROW (object);

  switch (prop_id)
    {
    case PROP_LINKS:
      sg_links_row_set_links (self, g_value_get_variant (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_links_row_class_init (SgLinksRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_links_row_dispose;
  object_class->finalize = sg_links_row_finalize;
  object_class->get_property = sg_links_row_get_property;
  object_class->set_property = sg_links_row_set_property;

  properties[PROP_LINKS] =
    g_param_spec_variant ("links", NULL, NULL, G_VARIANT_TYPE ("ax"), NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/safeguard_isms/Safeguard/ui/sg-links-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SgLinksRow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SgLinksRow, list_view);
  gtk_widget_class_bind_template_child (widget_class, SgLinksRow, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, item_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, item_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, item_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, item_activate_cb);
}

static void
sg_links_row_init (SgLinksRow *self)
{
  self->bound = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sg_links_row_new (GListModel *targets)
{
  SgLinksRow *self;
  GtkFilterListModel *filtered;
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (targets), NULL);

  self = g_object_new (SG_TYPE_LINKS_ROW, NULL);
  self->targets = g_object_ref (targets);
  self->filter = GTK_FILTER (gtk_custom_filter_new (match_cb, self, NULL));
  filtered = gtk_filter_list_model_new (g_object_ref (targets), self->filter);
  selection = gtk_no_selection_new (G_LIST_MODEL (filtered));
  gtk_list_view_set_model (GTK_LIST_VIEW (self->list_view), GTK_SELECTION_MODEL (selection));

  g_signal_connect_swapped (targets, "items-changed", G_CALLBACK (targets_changed_cb), self);
  targets_changed_cb (self);
  return GTK_WIDGET (self);
}

GVariant *
sg_links_row_get_links (SgLinksRow *self)
{
  g_return_val_if_fail (SG_IS_LINKS_ROW (self), NULL);

  return self->links;
}

void
sg_links_row_set_links (SgLinksRow *self,
                        GVariant   *links)
{
  g_return_if_fail (SG_IS_LINKS_ROW (self));

  if (links != NULL && g_variant_n_children (links) == 0)
    links = NULL;
  if (self->links == links ||
      (self->links != NULL && links != NULL && g_variant_equal (self->links, links)))
    return;

  g_clear_pointer (&self->links, g_variant_unref);
  self->links = links ? g_variant_ref_sink (links) : NULL;
  update_subtitle (self);
  update_checks (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINKS]);
}
