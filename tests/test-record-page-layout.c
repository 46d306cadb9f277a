/* test-record-page-layout.c: the generic page as it is read — the split, the search, the empty state, whole values
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "sg-awareness-activity.h"
#include "sg-facet-filter.h"
#include "sg-kinds.h"
#include "sg-format.h"
#include "sg-kinds.h"
#include "sg-pane.h"
#include "sg-record-cell.h"
#include "sg-record-editor.h"
#include "sg-record-page.h"
#include "sg-record-table.h"
#include "sg-sample.h"
#include "sg-settings.h"
#include "sg-test-gui.h"
#include "sg-test-util.h"
#include "sg-window.h"

static char *tmpdir;

typedef struct
{
  char     *path;
  SgStore  *store;
  SgWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static guint serial;
  g_autoptr(GError) error = NULL;

  f->path = g_strdup_printf ("%s/example-%u.isms", tmpdir, ++serial);
  if (data == NULL)
    g_assert_true (sg_sample_create (f->path, &error));
  g_assert_no_error (error);
  f->store = sg_store_open (f->path, data == NULL ? SG_STORE_OPEN_EXISTING : SG_STORE_OPEN_CREATE,
                            &error);
  g_assert_no_error (error);
}

static void
close_window (Fixture *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->window);
  f->window = NULL;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    close_window (f);
  g_clear_object (&f->store);
  g_free (f->path);
  /* Widths dragged to in one test are not the next one's. */
  if (sg_settings_get () != NULL)
    g_settings_reset (sg_settings_get (), "detail-widths");
}

static SgRecordPage *
open_page (Fixture    *f,
           const char *table,
           int         width)
{
  f->window = sg_test_window_on_page (f->store, table, width, 850);
  /* The split is worked out on one frame and applied on the next. */
  sg_test_run_a_while ();
  sg_test_run_a_while ();
  return SG_RECORD_PAGE (sg_window_get_page (f->window, table));
}

static GtkWidget *
list_pane (SgRecordPage *page)
{
  return gtk_widget_get_ancestor (sg_record_page_get_table (page), SG_TYPE_PANE);
}

static GtkWidget *
detail_pane (SgRecordPage *page)
{
  return gtk_widget_get_ancestor (sg_record_page_get_editor (page), SG_TYPE_PANE);
}

static SgRecord *
first_record (SgStore *store,
              GType    kind)
{
  return g_list_model_get_item (sg_store_get_records (store, kind), 0);
}

/* A kind with one record (one awareness activity): its
 * list does not take most of the window from the record beside it, and
 * a list of many assets still leaves the form room to read. */
static void
test_split_follows_content (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SgRecord) activity = g_object_new (SG_TYPE_AWARENESS_ACTIVITY, "title", "Phishing training", NULL);
  g_autoptr(GError) error = NULL;
  SgRecordPage *page;
  int page_width;

  /* The example's activities taken away: one is left, the new one. */
  while (g_list_model_get_n_items (sg_store_get_records (f->store, SG_TYPE_AWARENESS_ACTIVITY)) > 0)
    {
      g_autoptr(SgRecord) old = g_list_model_get_item (sg_store_get_records (f->store, SG_TYPE_AWARENESS_ACTIVITY), 0);

      g_assert_true (sg_store_remove (f->store, old, &error));
      g_assert_no_error (error);
    }
  g_assert_true (sg_store_add (f->store, activity, &error));
  g_assert_no_error (error);
  page = open_page (f, "awareness_activity", 1400);
  page_width = gtk_widget_get_width (GTK_WIDGET (page));

  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (f->store, sg_record_page_get_kind (page))), ==, 1);
  g_assert_cmpint (gtk_widget_get_width (list_pane (page)), <, page_width / 2);
  g_assert_cmpint (gtk_widget_get_width (detail_pane (page)), >, page_width / 2);
  close_window (f);

  page = open_page (f, "asset", 1400);
  g_assert_cmpuint (g_list_model_get_n_items (sg_record_page_get_shown (page)), >, 3);
  g_assert_cmpint (gtk_widget_get_width (detail_pane (page)), >=, 420);
  g_assert_cmpint (gtk_widget_get_width (list_pane (page)), >=, 420);
}

static gboolean
detail_is (gpointer data)
{
  gpointer *args = data;

  return gtk_widget_get_width (args[0]) == GPOINTER_TO_INT (args[1]);
}

static void
wait_for_detail_width (SgRecordPage *page,
                       int           width)
{
  gpointer args[2] = { detail_pane (page), GINT_TO_POINTER (width) };

  sg_test_wait_for (detail_is, args);
}

/* Dragged wider, the detail keeps that width, also in the next window;
 * a double click on the edge gives the split back to the content. */
static void
test_split_remembered (Fixture       *f,
                       gconstpointer  data)
{
  SgRecordPage *page = open_page (f, "role", 1400);
  int automatic = gtk_widget_get_width (detail_pane (page));
  int dragged = automatic + 90;
  g_autoptr(GVariant) widths = NULL;
  int saved = 0;

  g_signal_emit_by_name (detail_pane (page), "handle-moved", dragged);
  g_signal_emit_by_name (detail_pane (page), "handle-released");
  wait_for_detail_width (page, dragged);
  widths = g_settings_get_value (sg_settings_get (), "detail-widths");
  g_assert_true (g_variant_lookup (widths, "role", "i", &saved));
  g_assert_cmpint (saved, ==, dragged);
  close_window (f);

  page = open_page (f, "role", 1400);
  wait_for_detail_width (page, dragged);
  /* Other pages follow their content still. */
  close_window (f);
  page = open_page (f, "asset", 1400);
  g_assert_cmpint (gtk_widget_get_width (detail_pane (page)), !=, dragged);
  close_window (f);

  page = open_page (f, "role", 1400);
  g_signal_emit_by_name (detail_pane (page), "handle-reset");
  wait_for_detail_width (page, automatic);
  g_clear_pointer (&widths, g_variant_unref);
  widths = g_settings_get_value (sg_settings_get (), "detail-widths");
  g_assert_false (g_variant_lookup (widths, "role", "i", &saved));
}

static gboolean
is_entry (GtkWidget     *widget,
          gconstpointer  data)
{
  return GTK_IS_SEARCH_ENTRY (widget);
}

typedef struct
{
  SgRecordPage *page;
  guint         n;
} Shown;

static gboolean
shown_is (gpointer data)
{
  Shown *shown = data;

  return g_list_model_get_n_items (sg_record_page_get_shown (shown->page)) == shown->n;
}

static void
search (SgRecordPage *page,
        const char   *text,
        guint         expected)
{
  GtkWidget *entry = sg_test_find_widget (GTK_WIDGET (page), is_entry, NULL);
  Shown shown = { page, expected };

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  sg_test_wait_for (shown_is, &shown);
}

static gboolean
is_window_title (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_WINDOW_TITLE (widget) &&
         g_strcmp0 (adw_window_title_get_title (ADW_WINDOW_TITLE (widget)), title) == 0;
}

static const char *
count_label (SgRecordPage *page)
{
  GtkWidget *title = sg_test_find_widget (GTK_WIDGET (page), is_window_title,
                                          sg_record_page_get_title (page));

  g_assert_nonnull (title);
  return adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title));
}

/* The asset being read stays selected while the search still finds it,
 * and while an owner is picked in the filter menu that it has; the count
 * says how many of how many are shown. */
static void
test_search_keeps_selection (Fixture       *f,
                             gconstpointer  data)
{
  SgRecordPage *page = open_page (f, "asset", 1400);
  GListModel *assets = sg_store_get_records (f->store, sg_record_page_get_kind (page));
  guint total = g_list_model_get_n_items (assets);
  g_autoptr(SgRecord) asset = first_record (f->store, sg_record_page_get_kind (page));
  SgFacetFilter *facets = sg_record_page_get_facet_filter (page);
  g_autofree char *expected = NULL;

  /* Its ref: the search finds it and no other. */
  g_assert_nonnull (sg_record_get_ref (asset));
  g_assert_cmpuint (total, >, 1);

  sg_record_page_select (page, asset);
  g_assert_true (sg_record_page_get_selected (page) == asset);

  search (page, sg_record_get_ref (asset), 1);
  g_assert_true (sg_record_page_get_selected (page) == asset);
  g_assert_true (sg_record_editor_get_record (SG_RECORD_EDITOR (sg_record_page_get_editor (page))) == asset);

  search (page, "no asset is called this", 0);
  g_assert_null (sg_record_page_get_selected (page));

  search (page, "", total);
  sg_record_page_select (page, asset);

  /* The owner facet: the assets of the owner of this one. */
  {
    gint64 owner = g_value_get_int64 (sg_record_peek_value (asset, g_object_class_find_property (G_OBJECT_GET_CLASS (asset), "owner")));
    g_autofree char *target = g_strdup_printf ("%" G_GINT64_FORMAT, owner);
    guint n_owned = 0;

    g_assert_cmpint (owner, !=, 0);
    for (guint i = 0; i < total; i++)
      {
        g_autoptr(SgRecord) item = g_list_model_get_item (assets, i);

        n_owned += g_value_get_int64 (sg_record_peek_value (item, g_object_class_find_property (G_OBJECT_GET_CLASS (item), "owner"))) == owner;
      }
    g_assert_cmpuint (n_owned, <, total);
    for (guint i = 0; i < sg_facet_filter_get_n_facets (facets); i++)
      if (g_str_equal (sg_facet_filter_get_facet (facets, i)->name, "owner"))
        sg_facet_filter_set (facets, i, target);
    sg_test_run_a_while ();
    g_assert_cmpuint (g_list_model_get_n_items (sg_record_page_get_shown (page)), ==, n_owned);
    g_assert_true (sg_record_page_get_selected (page) == asset);
    expected = g_strdup_printf ("%u of %u entries", n_owned, total);
    g_assert_cmpstr (count_label (page), ==, expected);
  }
}

static gboolean
is_visible_status_page (GtkWidget     *widget,
                        gconstpointer  data)
{
  return ADW_IS_STATUS_PAGE (widget) && gtk_widget_get_mapped (widget) &&
         adw_status_page_get_description (ADW_STATUS_PAGE (widget)) != NULL;
}

static gboolean
is_add_button (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "page.add-record") == 0;
}

/* A new register's Interested Parties page says what they are for and
 * that clause 4.2 asks for them, with the button that adds one; every
 * kind that has a sentence of its own names its clause. */
static void
test_empty_state (Fixture       *f,
                  gconstpointer  data)
{
  SgRecordPage *page = open_page (f, "interested_party", 1400);
  GtkWidget *status = sg_test_find_widget (list_pane (page), is_visible_status_page, NULL);
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);
  g_autoptr(GRegex) clause = g_regex_new ("(clauses?|Annex A) [0-9]+\\.[0-9]+", 0, 0, NULL);
  guint n_declared = 0;

  g_assert_cmpuint (g_list_model_get_n_items (sg_store_get_records (f->store, sg_record_page_get_kind (page))), ==, 0);
  g_assert_nonnull (status);
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)), "clause 4.2"));
  g_assert_cmpstr (adw_status_page_get_icon_name (ADW_STATUS_PAGE (status)), ==, "system-users-symbolic");
  g_assert_nonnull (sg_test_find_widget (status, is_add_button, NULL));

  for (guint i = 0; i < n_kinds; i++)
    {
      SgRecordClass *klass = g_type_class_peek (kinds[i]);
      const char *text = sg_record_class_get_empty_text (klass);

      if (text == NULL)
        continue;
      n_declared++;
      if (!g_regex_match (clause, text, 0, NULL))
        g_error ("the empty state of %s names no clause: %s", g_type_name (kinds[i]), text);
    }
  g_assert_cmpuint (n_declared, >=, 10);
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_COMBO_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* A competence record's role is read whole, however long its name: the
 * drop-down does not end it in "…". */
static void
test_whole_choice (Fixture       *f,
                   gconstpointer  data)
{
  SgRecordPage *page = open_page (f, "competence_record", 1400);
  GListModel *records = sg_store_get_records (f->store, sg_record_page_get_kind (page));
  g_autoptr(SgRecord) record = NULL;
  SgRecord *role = NULL;
  g_autofree char *whole = NULL;
  GtkWidget *row, *label;

  for (guint i = 0; i < g_list_model_get_n_items (records) && role == NULL; i++)
    {
      g_autoptr(SgRecord) item = g_list_model_get_item (records, i);
      GParamSpec *field = g_object_class_find_property (G_OBJECT_GET_CLASS (item), "role");
      gint64 id = g_value_get_int64 (sg_record_peek_value (item, field));

      if (id != 0)
        {
          role = sg_store_find_by_id (f->store, sg_field_get_target (field), id);
          record = g_steal_pointer (&item);
        }
    }
  g_assert_nonnull (role);
  g_object_set (role, "name", "Chief information security officer and deputy data protection coordinator", NULL);
  whole = sg_record_dup_display_name (role);

  sg_record_page_select (page, record);
  sg_test_run_a_while ();
  row = sg_test_find_widget (sg_record_page_get_editor (page), is_row_titled, "Role");
  g_assert_nonnull (row);
  label = sg_test_find_widget (row, sg_test_is_label, whole);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
  g_assert_cmpint (gtk_widget_get_width (label), <=, gtk_widget_get_width (row));
}

typedef struct
{
  SgRecord   *record;
  const char *detail;
  const char *badge;
} CellWants;

static gboolean
is_name_cell (GtkWidget     *widget,
              gconstpointer  data)
{
  const CellWants *wants = data;

  return SG_IS_RECORD_CELL (widget) && gtk_widget_get_mapped (widget) &&
         sg_record_cell_get_record (SG_RECORD_CELL (widget)) == wants->record &&
         g_strcmp0 (sg_record_cell_get_detail_text (SG_RECORD_CELL (widget)), wants->detail) == 0 &&
         g_strcmp0 (sg_record_cell_get_badge_text (SG_RECORD_CELL (widget)), wants->badge) == 0;
}

/* On a phone the list keeps more than ref and name: a role shows who
 * holds it, a document its type under the name and its status beside it;
 * with room for the columns the name's cell is one line again. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  SgRecordPage *page = open_page (f, "role", 360);
  g_autoptr(SgRecord) role = first_record (f->store, sg_record_page_get_kind (page));
  g_autoptr(SgRecord) document = NULL;
  g_autofree char *holder = sg_format_field (f->store, role, g_object_class_find_property (G_OBJECT_GET_CLASS (role), "holder"));
  g_autofree char *type = NULL;
  g_autofree char *status = NULL;
  CellWants wants = { role, holder, NULL };

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page)), <=, 360);
  g_assert_nonnull (holder);
  g_assert_cmpstr (holder, !=, "");
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (page), is_name_cell, &wants));
  close_window (f);

  page = open_page (f, "document", 360);
  document = first_record (f->store, sg_record_page_get_kind (page));
  type = sg_format_field (f->store, document, g_object_class_find_property (G_OBJECT_GET_CLASS (document), "type"));
  status = sg_format_field (f->store, document, g_object_class_find_property (G_OBJECT_GET_CLASS (document), "status"));
  wants = (CellWants) { document, type, status };
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (page), is_name_cell, &wants));
  close_window (f);

  page = open_page (f, "role", 1400);
  wants = (CellWants) { role, NULL, NULL };
  g_assert_nonnull (sg_test_find_widget (GTK_WIDGET (page), is_name_cell, &wants));
}


typedef struct
{
  GPtrArray *cut;   /* char*: what was found cut, and where */
} CutSearch;

/* Every label the detail pane shows whole, and every text view as tall
 * as its text. */
static void
find_cut (GtkWidget *widget,
          CutSearch *search)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget) && pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))))
    {
      GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);

      g_ptr_array_add (search->cut, g_strdup_printf ("label \"%s\" in %s %s", gtk_label_get_text (GTK_LABEL (widget)),
                                                     row ? G_OBJECT_TYPE_NAME (row) : "",
                                                     row ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) : ""));
    }
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;
      int natural;

      gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (widget), NULL, &natural,
                          NULL, NULL);
      if (gtk_widget_get_height (widget) < natural)
        {
          g_autofree char *text = NULL;

          gtk_text_buffer_get_bounds (buffer, &start, &end);
          text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
          g_ptr_array_add (search->cut, g_strdup_printf ("a text of %d px shown in %d px at %d px wide: %s",
                                                         natural, gtk_widget_get_height (widget),
                                                         gtk_widget_get_width (widget), text));
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_cut (child, search);
}

/* Every generic page of the example, at 1400 px and on a phone, with its
 * fullest record open: no value in the detail pane ends in "…", and no
 * long text is cut mid-line. */
static void
test_nothing_cut (Fixture       *f,
                  gconstpointer  data)
{
  static const int widths[] = { 1400, 360 };
  guint n_kinds, n_checked = 0;
  const GType *kinds = sg_record_kinds (&n_kinds);

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      f->window = sg_test_window_on_page (f->store, "risk", widths[w], 850);
      for (guint k = 0; k < n_kinds; k++)
        {
          const char *table = sg_record_class_get_table (g_type_class_peek (kinds[k]));
          GListModel *records = sg_store_get_records (f->store, kinds[k]);
          g_autoptr(SgRecord) fullest = NULL;
          guint most = 0;
          CutSearch search = { NULL };
          SgRecordPage *page;

          if (!sg_window_show_page (f->window, table) ||
              !SG_IS_RECORD_PAGE (sg_window_get_page (f->window, table)) ||
              g_list_model_get_n_items (records) == 0)
            continue;
          page = SG_RECORD_PAGE (sg_window_get_page (f->window, table));
          /* The record with the most text: where cutting would show. */
          for (guint i = 0; i < g_list_model_get_n_items (records); i++)
            {
              g_autoptr(SgRecord) record = g_list_model_get_item (records, i);
              guint n_fields, length = 0;
              GParamSpec **fields = sg_record_class_list_fields (SG_RECORD_GET_CLASS (record), &n_fields);

              for (guint j = 0; j < n_fields; j++)
                if (G_VALUE_HOLDS_STRING (sg_record_peek_value (record, fields[j])))
                  length += strlen (g_value_get_string (sg_record_peek_value (record, fields[j])) ?: "");
              if (length >= most)
                {
                  most = length;
                  g_set_object (&fullest, record);
                }
            }
          sg_record_page_select (page, fullest);
          /* The text is laid out in idle time: it has two seconds. */
          search.cut = g_ptr_array_new_with_free_func (g_free);
          for (guint tries = 0; tries == 0 || (search.cut->len > 0 && tries < 10); tries++)
            {
              g_ptr_array_set_size (search.cut, 0);
              sg_test_run_a_while ();
              find_cut (sg_record_page_get_editor (page), &search);
            }
          if (search.cut->len > 0)
            g_error ("%s at %d px, %s: %s", table, widths[w], sg_record_get_ref (fullest),
                     (char *) g_ptr_array_index (search.cut, 0));
          g_ptr_array_unref (search.cut);
          n_checked++;
        }
      close_window (f);
    }
  g_assert_cmpuint (n_checked, >=, 2 * 12);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmpdir = sg_test_gui_start (&argc, &argv);
  if (tmpdir == NULL)
    return 0;

  g_test_add ("/record-page-layout/split-follows-content", Fixture, NULL,
              fixture_set_up, test_split_follows_content, fixture_tear_down);
  g_test_add ("/record-page-layout/split-remembered", Fixture, NULL,
              fixture_set_up, test_split_remembered, fixture_tear_down);
  g_test_add ("/record-page-layout/search-keeps-selection", Fixture, NULL,
              fixture_set_up, test_search_keeps_selection, fixture_tear_down);
  g_test_add ("/record-page-layout/empty-state", Fixture, "empty",
              fixture_set_up, test_empty_state, fixture_tear_down);
  g_test_add ("/record-page-layout/narrow", Fixture, NULL,
              fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/record-page-layout/nothing-cut", Fixture, NULL,
              fixture_set_up, test_nothing_cut, fixture_tear_down);
  g_test_add ("/record-page-layout/whole-choice", Fixture, NULL,
              fixture_set_up, test_whole_choice, fixture_tear_down);

  status = g_test_run ();
  sg_test_rmdir (tmpdir);
  return status;
}
