/* bench-risk-page.c: the risks page with a large register — search, filters, sorting
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-risk-page [N_RISKS]   (default: 100000; needs a display)
 * Adds N risks to a new register, builds the risks page in a window and
 * times what a person waits for: typing a search, choosing a filter,
 * sorting by level. Not a test: nothing here fails on a slow machine. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "sg-record-table.h"
#include "sg-risk-page.h"
#include "sg-risk.h"
#include "sg-memory.h"

static const char *owners[] = { "Jana Petersen", "Lukas Brandt", "Mira Okafor", "Tom Schulte", "Eva Lindqvist" };
static gint64 owner_ids[G_N_ELEMENTS (owners)];

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static void
settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
report (const char *what,
        double      start,
        GListModel *shown)
{
  settle ();
  printf ("%-44s %8.3f s  (%u shown)\n", what, now () - start, g_list_model_get_n_items (shown));
}

static GtkColumnViewColumn *
find_column (GtkWidget  *widget,
             const char *title)
{
  if (GTK_IS_COLUMN_VIEW (widget))
    {
      GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (widget));

      for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
          if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
            return column;
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkColumnViewColumn *found = find_column (child, title);
      if (found)
        return found;
    }
  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  g_autofree char *dir = g_dir_make_tmp ("sg-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.isms", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SgStore) store = NULL;
  GtkWidget *window, *page, *table;
  GtkColumnViewColumn *column;
  SgRiskFilter *filter;
  GListModel *shown;
  double start;

  sg_memory_init ();

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      printf ("no display: skipped\n");
      return 0;
    }
  gtk_disable_setlocale ();
  adw_init ();

  store = sg_store_open (path, SG_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  for (guint o = 0; o < G_N_ELEMENTS (owners); o++)
    owner_ids[o] = sg_store_ensure_person (store, owners[o], NULL);
  start = now ();
  sg_store_begin_batch (store, &error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Risk %u: loss of customer data through a supplier account", i);
      g_autoptr(SgRecord) risk = g_object_new (SG_TYPE_RISK,
                                               "title", title,
                                               "owner", owner_ids[i % G_N_ELEMENTS (owners)],
                                               "inherent-likelihood", (int) (i % 5) + 1,
                                               "inherent-impact", (int) ((i / 5) % 5) + 1,
                                               "residual-likelihood", (int) ((i / 25) % 3) + 1,
                                               "residual-impact", (int) ((i / 7) % 5) + 1,
                                               "next-review", i % 3 ? "2027-06-30" : "2025-01-31",
                                               NULL);
      g_assert_true (sg_store_add (store, risk, &error));
    }
  g_assert_true (sg_store_commit_batch (store, &error));
  printf ("%u risks added in %.2f s\n", n, now () - start);

  start = now ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  page = sg_risk_page_new (store, "Risks");
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  shown = sg_record_page_get_shown (SG_RECORD_PAGE (page));
  report ("build and show the page", start, shown);

  table = sg_record_page_get_table (SG_RECORD_PAGE (page));
  filter = sg_risk_page_get_filter (SG_RECORD_PAGE (page));

  start = now ();
  sg_record_table_set_search (SG_RECORD_TABLE (table), "m");
  report ("search \"m\" (first key)", start, shown);
  start = now ();
  sg_record_table_set_search (SG_RECORD_TABLE (table), "mi");
  report ("search \"mi\"", start, shown);
  start = now ();
  sg_record_table_set_search (SG_RECORD_TABLE (table), "risk 4711");
  report ("search \"risk 4711\"", start, shown);
  start = now ();
  sg_record_table_set_search (SG_RECORD_TABLE (table), NULL);
  report ("clear the search", start, shown);

  start = now ();
  sg_risk_filter_set_owner (filter, "Mira Okafor");
  report ("owner filter", start, shown);
  start = now ();
  sg_risk_filter_set_level (filter, SG_RISK_FILTER_ABOVE_APPETITE);
  report ("+ above appetite", start, shown);
  start = now ();
  sg_risk_filter_set_overdue (filter, TRUE, "2026-01-01");
  report ("+ review overdue", start, shown);
  start = now ();
  sg_risk_filter_clear (filter);
  report ("clear the filters", start, shown);

  column = find_column (page, "Inherent Level");
  start = now ();
  gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (gtk_column_view_column_get_column_view (column)),
                                  column, GTK_SORT_DESCENDING);
  report ("sort by inherent level", start, shown);
  column = find_column (page, "Title");
  start = now ();
  gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (gtk_column_view_column_get_column_view (column)),
                                  column, GTK_SORT_ASCENDING);
  report ("sort by title", start, shown);

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  g_clear_object (&store);
  sg_store_delete_files (path);
  g_rmdir (dir);
  return 0;
}
