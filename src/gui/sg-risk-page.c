/* sg-risk-page.c: the risk register — the record page with level columns, filters and the risk editor
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is an SgRecordPage: what it adds are the level columns (each
 * cell an SgLevelCell) and the filter menu (an SgRiskFilterButton in its
 * header, which holds the filter). */
#define G_LOG_DOMAIN "sg-risk-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-level-cell.h"
#include "sg-record-table.h"
#include "sg-risk-editor.h"
#include "sg-risk-filter-button.h"
#include "sg-risk-page.h"
#include "sg-risk.h"

/* Level columns */

/* What a column's cells show and sort by; its factory and its sorter
 * each hold a reference. */
typedef struct
{
  SgRiskMethod *method;
  gboolean      residual;
} LevelColumn;

static void
level_column_clear (LevelColumn *lc)
{
  g_clear_object (&lc->method);
}

static LevelColumn *
level_column_ref (LevelColumn *lc)
{
  return g_rc_box_acquire (lc);
}

static void
level_column_unref (gpointer data)
{
  g_rc_box_release_full (data, (GDestroyNotify) level_column_clear);
}

static void
level_column_closure_notify (gpointer  data,
                             GClosure *closure)
{
  level_column_unref (data);
}

static void
level_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                LevelColumn              *lc)
{
  gtk_list_item_set_child (item, sg_level_cell_new (lc->method, lc->residual));
}

static void
level_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  sg_level_cell_bind (SG_LEVEL_CELL (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

static void
level_unbind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  sg_level_cell_unbind (SG_LEVEL_CELL (gtk_list_item_get_child (item)));
}

static int
level_rank (LevelColumn *lc,
            SgRecord    *risk)
{
  SgRiskLevel *level = sg_level_cell_get_risk_level (lc->method, risk, lc->residual);

  return level ? sg_record_peek_int (SG_RECORD (level), "rank") : 0;
}

static int
level_compare_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      data)
{
  LevelColumn *lc = data;
  int ra = level_rank (lc, (SgRecord *) a);
  int rb = level_rank (lc, (SgRecord *) b);

  if (ra == rb)
    return g_strcmp0 (sg_record_get_ref ((SgRecord *) a), sg_record_get_ref ((SgRecord *) b)) < 0
           ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return ra < rb ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
}

static GtkColumnViewColumn *
new_level_column (SgRiskMethod *method,
                  const char   *title,
                  gboolean      residual)
{
  LevelColumn *lc = g_rc_box_new0 (LevelColumn);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;
  g_autoptr(GtkSorter) sorter = NULL;

  lc->method = g_object_ref (method);
  lc->residual = residual;
  g_signal_connect_data (factory, "setup", G_CALLBACK (level_setup_cb), level_column_ref (lc),
                         level_column_closure_notify, 0);
  g_signal_connect (factory, "bind", G_CALLBACK (level_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (level_unbind_cb), NULL);

  column = gtk_column_view_column_new (title, factory);
  /* The sorter takes the first reference. */
  sorter = GTK_SORTER (gtk_custom_sorter_new (level_compare_cb, lc, level_column_unref));
  gtk_column_view_column_set_sorter (column, sorter);
  return column;
}

/* The filter button and the count */

static SgRiskFilterButton *
find_filter_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      SgRiskFilterButton *found;

      if (SG_IS_RISK_FILTER_BUTTON (child))
        return SG_RISK_FILTER_BUTTON (child);
      /* The header comes before the table; its rows are not searched. */
      if (GTK_IS_COLUMN_VIEW (child))
        continue;
      if ((found = find_filter_button (child)) != NULL)
        return found;
    }
  return NULL;
}

/* What "12 of 40 risks" needs: the page owns it with the count function. */
typedef struct
{
  SgRiskFilter *filter;
  GtkWidget    *table;   /* unowned: the page's */
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

  if (!sg_risk_filter_is_active (count->filter) &&
      !sg_record_table_get_searching (SG_RECORD_TABLE (count->table)))
    return g_strdup_printf (ngettext ("%u risk", "%u risks", total), total);
  /* Translators: shown while searching or filtering, e.g. "12 of 40 risks" */
  return g_strdup_printf (ngettext ("%u of %u risk", "%u of %u risks", total), shown, total);
}

GtkWidget *
sg_risk_page_new (SgStore    *store,
                  const char *title)
{
  static const char * const search_fields[] = { "title", "description", "owner", NULL };
  SgRiskMethod *method;
  g_autoptr(SgRiskFilter) filter = NULL;
  GtkWidget *page, *table, *button;
  Count *count;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  method = sg_store_get_risk_method (store);
  filter = sg_risk_filter_new (store, method);
  {
    /* In the order people read a register; narrow, the levels stay longest. */
    const SgRecordTableColumn columns[] = {
      { "title", NULL, 0 },
      { "owner", NULL, 3 },
      { "category", NULL, 7 },
      { NULL, new_level_column (method, _("Inherent Level"), FALSE), 1 },
      { NULL, new_level_column (method, _("Residual Level"), TRUE), 2 },
      { "treatment", NULL, 5 },
      { "status", NULL, 4 },
      { "next-review", NULL, 6 },
      { NULL, NULL, 0 },
    };
    table = sg_record_table_new_with_columns (store, SG_TYPE_RISK, columns, search_fields);
  }
  sg_record_table_add_filter (SG_RECORD_TABLE (table), GTK_FILTER (filter));

  page = sg_record_page_new_full (store, SG_TYPE_RISK, title, table, sg_risk_editor_new (store));
  button = sg_risk_filter_button_new (store, filter, SG_RECORD_PAGE (page));
  sg_record_page_add_header_widget (SG_RECORD_PAGE (page), button);
  count = g_new0 (Count, 1);
  count->filter = g_object_ref (filter);
  count->table = table;
  sg_record_page_set_count_func (SG_RECORD_PAGE (page), count_cb, count, count_free);
  return page;
}

SgRiskFilter *
sg_risk_page_get_filter (SgRecordPage *page)
{
  SgRiskFilterButton *button;

  g_return_val_if_fail (SG_IS_RECORD_PAGE (page), NULL);

  button = find_filter_button (GTK_WIDGET (page));
  g_return_val_if_fail (button != NULL, NULL);
  return sg_risk_filter_button_get_filter (button);
}

GMenuModel *
sg_risk_page_get_filter_menu (SgRecordPage *page)
{
  SgRiskFilterButton *button;

  g_return_val_if_fail (SG_IS_RECORD_PAGE (page), NULL);

  button = find_filter_button (GTK_WIDGET (page));
  g_return_val_if_fail (button != NULL, NULL);
  return sg_risk_filter_button_get_menu (button);
}
