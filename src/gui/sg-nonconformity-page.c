/* sg-nonconformity-page.c: the nonconformities (clause 10.2) — the record page with what stands out, and their editor
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is an SgRecordPage with the kind's facets: what it adds is the
 * title column (each cell an SgNonconformityCell, its badges in words),
 * the bar of NC-only filters above the list (SgNonconformityFilter) and
 * SgNonconformityEditor as the detail. */
#define G_LOG_DOMAIN "sg-nonconformity-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-format.h"
#include "sg-nonconformity-cell.h"
#include "sg-nonconformity-editor.h"
#include "sg-nonconformity-page.h"
#include "sg-nonconformity.h"
#include "sg-record-table.h"

/* The title column */

static void
title_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                SgNonconformityFilter    *filter)
{
  gtk_list_item_set_child (item, sg_nonconformity_cell_new (filter));
}

static void
title_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  sg_nonconformity_cell_set_record (SG_NONCONFORMITY_CELL (gtk_list_item_get_child (item)),
                                    gtk_list_item_get_item (item));
}

static void
title_unbind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  sg_nonconformity_cell_set_record (SG_NONCONFORMITY_CELL (gtk_list_item_get_child (item)), NULL);
}

static void
filter_closure_notify (gpointer  data,
                       GClosure *closure)
{
  g_object_unref (data);
}

static int
title_compare_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      data)
{
  int cmp = sg_natural_compare (sg_record_peek_string ((SgRecord *) a, SG_NONCONFORMITY_TITLE),
                                sg_record_peek_string ((SgRecord *) b, SG_NONCONFORMITY_TITLE));

  if (cmp == 0)
    cmp = sg_natural_compare (sg_record_get_ref ((SgRecord *) a), sg_record_get_ref ((SgRecord *) b));
  return cmp < 0 ? GTK_ORDERING_SMALLER : cmp > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static GtkColumnViewColumn *
new_title_column (SgNonconformityFilter *filter)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GParamSpec *title = sg_record_class_find_field (g_type_class_peek (SG_TYPE_NONCONFORMITY),
                                                  SG_NONCONFORMITY_TITLE);
  GtkColumnViewColumn *column;
  g_autoptr(GtkSorter) sorter = NULL;

  g_signal_connect_data (factory, "setup", G_CALLBACK (title_setup_cb), g_object_ref (filter),
                         filter_closure_notify, 0);
  g_signal_connect (factory, "bind", G_CALLBACK (title_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (title_unbind_cb), NULL);
  column = gtk_column_view_column_new (sg_field_get_label (title), factory);
  sorter = GTK_SORTER (gtk_custom_sorter_new (title_compare_cb, NULL, NULL));
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_expand (column, TRUE);
  return column;
}

/* The bar: what only nonconformities have, beside the facets' menu (whose
 * "Overdue" serves every kind with a due date). Each toggle says how many
 * NCs it would show, and the bar goes when there is nothing to show. */

static void
toggle_set_count (GtkWidget  *toggle,
                  const char *label,
                  guint       count)
{
  /* Translators: a filter above the nonconformities, e.g. "Check effectiveness (2)" */
  g_autofree char *text = g_strdup_printf (C_("filter", "%s (%u)"), label, count);

  gtk_label_set_label (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (toggle))), text);
}

/* A toggle whose words wrap: side by side, two German labels would make
 * the page wider than a phone. */
static GtkWidget *
new_toggle (void)
{
  GtkWidget *toggle = gtk_toggle_button_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_button_set_child (GTK_BUTTON (toggle), label);
  return toggle;
}

static void
update_bar (GtkWidget             *bar,
            SgNonconformityFilter *filter)
{
  GtkWidget *check = gtk_widget_get_first_child (bar);
  GtkWidget *reopened = gtk_widget_get_next_sibling (check);
  GtkWidget *open = gtk_widget_get_next_sibling (reopened);
  SgNcFlags required = sg_nonconformity_filter_get_required (filter);
  guint n_check = sg_nonconformity_filter_count (filter, SG_NC_FLAG_EFFECTIVENESS_UNCHECKED);
  guint n_reopened = sg_nonconformity_filter_count (filter, SG_NC_FLAG_REOPENED);
  gboolean open_only = sg_nonconformity_filter_get_open_only (filter);

  toggle_set_count (check, _("Check effectiveness"), n_check);
  toggle_set_count (reopened, _("Reopened"), n_reopened);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (check),
                                (required & SG_NC_FLAG_EFFECTIVENESS_UNCHECKED) != 0);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (reopened), (required & SG_NC_FLAG_REOPENED) != 0);
  gtk_widget_set_visible (check, n_check > 0 || (required & SG_NC_FLAG_EFFECTIVENESS_UNCHECKED));
  gtk_widget_set_visible (reopened, n_reopened > 0 || (required & SG_NC_FLAG_REOPENED));
  /* Only while it filters (the dashboard's "open" figure sets it): the
   * way to see the closed ones again. */
  toggle_set_count (open, _("Not closed"), sg_nonconformity_filter_count_open (filter));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (open), open_only);
  gtk_widget_set_visible (open, open_only);
  gtk_widget_set_visible (bar, gtk_widget_get_visible (check) || gtk_widget_get_visible (reopened) || open_only);
}

static void
flags_changed_cb (GtkWidget             *bar,
                  SgNonconformityFilter *filter)
{
  update_bar (bar, filter);
}

static void
toggle (SgNonconformityFilter *filter,
        GtkToggleButton       *button,
        SgNcFlags              flag)
{
  SgNcFlags required = sg_nonconformity_filter_get_required (filter);

  if (gtk_toggle_button_get_active (button))
    required |= flag;
  else
    required &= ~flag;
  sg_nonconformity_filter_set_required (filter, required);
}

static void
check_toggled_cb (GtkToggleButton       *button,
                  SgNonconformityFilter *filter)
{
  toggle (filter, button, SG_NC_FLAG_EFFECTIVENESS_UNCHECKED);
}

static void
reopened_toggled_cb (GtkToggleButton       *button,
                     SgNonconformityFilter *filter)
{
  toggle (filter, button, SG_NC_FLAG_REOPENED);
}

static void
open_toggled_cb (GtkToggleButton       *button,
                 SgNonconformityFilter *filter)
{
  sg_nonconformity_filter_set_open_only (filter, gtk_toggle_button_get_active (button));
}

static GtkWidget *
new_bar (SgNonconformityFilter *filter)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *check = new_toggle ();
  GtkWidget *reopened = new_toggle ();
  GtkWidget *open = new_toggle ();

  gtk_widget_add_css_class (bar, "sg-nc-bar");
  gtk_widget_set_tooltip_text (check, _("Show the nonconformities whose corrective actions are done but not checked"));
  gtk_widget_set_tooltip_text (reopened, _("Show the nonconformities whose actions were found not effective"));
  gtk_box_append (GTK_BOX (bar), check);
  gtk_box_append (GTK_BOX (bar), reopened);
  gtk_widget_set_tooltip_text (open, _("Show the nonconformities that are not closed"));
  gtk_box_append (GTK_BOX (bar), open);
  for (GtkWidget *child = check; child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      gtk_widget_add_css_class (child, "pill");
      gtk_widget_add_css_class (child, "sg-nc-facet");
    }
  update_bar (bar, filter);
  g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), filter, 0);
  g_signal_connect_object (reopened, "toggled", G_CALLBACK (reopened_toggled_cb), filter, 0);
  g_signal_connect_object (open, "toggled", G_CALLBACK (open_toggled_cb), filter, 0);
  g_signal_connect_object (filter, "flags-changed", G_CALLBACK (flags_changed_cb), bar,
                           G_CONNECT_SWAPPED);
  return bar;
}

/* "3 of 12 nonconformities" while filtered by the bar too. */
typedef struct
{
  SgNonconformityFilter *filter;
  SgRecordPage          *page;   /* unowned: the page owns this */
} Count;

static void
count_free (gpointer data)
{
  Count *count = data;

  g_clear_object (&count->filter);
  g_free (count);
}

static char *
count_cb (guint    shown,
          guint    total,
          gpointer data)
{
  Count *count = data;
  SgFacetFilter *facets = sg_record_page_get_facet_filter (count->page);
  GtkWidget *table = sg_record_page_get_table (count->page);

  if (sg_nonconformity_filter_get_required (count->filter) == SG_NC_FLAG_NONE &&
      !sg_nonconformity_filter_get_open_only (count->filter) &&
      (facets == NULL || !sg_facet_filter_is_active (facets)) &&
      !sg_record_table_get_searching (SG_RECORD_TABLE (table)))
    return g_strdup_printf (ngettext ("%u nonconformity", "%u nonconformities", total), total);
  /* Translators: shown while searching or filtering, e.g. "3 of 12 nonconformities" */
  return g_strdup_printf (ngettext ("%u of %u nonconformity", "%u of %u nonconformities", total),
                          shown, total);
}

static void
show_all_cb (SgRecordPage          *page,
             SgNonconformityFilter *filter)
{
  sg_nonconformity_filter_set_required (filter, SG_NC_FLAG_NONE);
  sg_nonconformity_filter_set_open_only (filter, FALSE);
}

GtkWidget *
sg_nonconformity_page_new (SgStore    *store,
                           const char *title)
{
  static const char * const search_fields[] = {
    SG_NONCONFORMITY_TITLE, SG_NONCONFORMITY_DESCRIPTION, SG_NONCONFORMITY_OWNER,
    SG_NONCONFORMITY_CORRECTION, SG_NONCONFORMITY_ROOT_CAUSE, SG_NONCONFORMITY_FINDING, NULL
  };
  g_autoptr(SgNonconformityFilter) filter = NULL;
  GtkWidget *page, *table, *editor;
  Count *count;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  filter = sg_nonconformity_filter_new (store);
  {
    /* Narrow, the status stays longest: it says where the NC stands. */
    const SgRecordTableColumn columns[] = {
      { NULL, new_title_column (filter), 0 },
      { SG_NONCONFORMITY_SEVERITY, NULL, 4 },
      { SG_NONCONFORMITY_OWNER, NULL, 2 },
      { SG_NONCONFORMITY_DUE_DATE, NULL, 3 },
      { SG_NONCONFORMITY_STATUS, NULL, 1 },
      { SG_NONCONFORMITY_RAISED_ON, NULL, 5 },
      { NULL, NULL, 0 },
    };
    table = sg_record_table_new_with_columns (store, SG_TYPE_NONCONFORMITY, columns, search_fields);
  }
  sg_record_table_add_filter (SG_RECORD_TABLE (table), GTK_FILTER (filter));
  editor = sg_nonconformity_editor_new (store, filter);
  page = sg_record_page_new_full (store, SG_TYPE_NONCONFORMITY, title, table, editor);
  sg_record_page_add_facets (SG_RECORD_PAGE (page));
  sg_record_page_add_list_header (SG_RECORD_PAGE (page), new_bar (filter));

  count = g_new0 (Count, 1);
  count->filter = g_object_ref (filter);
  count->page = SG_RECORD_PAGE (page);
  sg_record_page_set_count_func (SG_RECORD_PAGE (page), count_cb, count, count_free);
  g_signal_connect_object (filter, "changed", G_CALLBACK (sg_record_page_update_count), page,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (page, "show-all", G_CALLBACK (show_all_cb), filter, 0);
  return page;
}

SgNonconformityFilter *
sg_nonconformity_page_get_filter (SgRecordPage *page)
{
  GtkWidget *editor;

  g_return_val_if_fail (SG_IS_RECORD_PAGE (page), NULL);

  editor = sg_record_page_get_editor (page);
  g_return_val_if_fail (SG_IS_NONCONFORMITY_EDITOR (editor), NULL);
  return sg_nonconformity_editor_get_filter (SG_NONCONFORMITY_EDITOR (editor));
}
