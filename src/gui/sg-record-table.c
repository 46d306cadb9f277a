/* sg-record-table.c: the records of one kind as a searchable, sortable table
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-record-table"

#include "config.h"

#include <string.h>

#include "sg-format.h"
#include "sg-record-cell.h"
#include "sg-record-table.h"

/* What the ref, a readable name and the scrollbar need before other columns. */
#define FIRST_COLUMNS_WIDTH 320


typedef struct
{
  SgRecordTable       *table;
  GParamSpec          *pspec;       /* NULL for a column given whole */
  char                *title;
  GtkColumnViewColumn *view_column;
  int                  rank;        /* 0 always shown, else 1 + priority */
  guint                width;       /* characters; 0: by the field's kind */
  gboolean             shows_due;   /* carries the overdue mark */
  GParamSpec          *detail;      /* shown under the name when compact */
  GParamSpec          *badge;       /* shown beside it */
  GPtrArray           *cells;       /* SgRecordCell*, not owned: the name's */
} Column;

static int max_rank (SgRecordTable *self);

struct _SgRecordTable
{
  GtkWidget            parent_instance;

  GtkWidget           *scrolled;
  GtkWidget           *column_view;

  SgStore             *store;
  GType                kind;
  GListModel          *records;
  GtkFilter           *filter;        /* the search */
  GtkFilter           *every;         /* the search and any extra filter */
  GtkSortListModel    *sorted;
  GtkSingleSelection  *selection;
  GPtrArray           *columns;       /* Column* */
  GtkColumnViewColumn *ref_column;
  GPtrArray           *search_fields; /* GParamSpec*: texts and references */
  char               **terms;         /* casefolded search words, or NULL */
  int                  fit_width;
  guint                fit_tick_id;
  /* While a filter changes: the record selected before, to select again
   * if it still matches. */
  SgRecord            *kept;
  guint                refiltering;
  /* The columns beside the name do not fit: the name's cell shows the
   * most important one and the status. */
  gboolean             compact;
  int                  name_width;    /* the longest name's, -1: not measured */
};

G_DEFINE_FINAL_TYPE (SgRecordTable, sg_record_table, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Search */

static void
find_terms (const char  *text,
            char       **terms,
            gboolean    *found)
{
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return;
  folded = g_utf8_casefold (text, -1);
  for (guint i = 0; terms[i] != NULL; i++)
    if (!found[i] && strstr (folded, terms[i]) != NULL)
      found[i] = TRUE;
}

/* The casefolded ref and texts of a record, kept until it is saved again:
 * casefolding every text at every key made searching 100,000 risks slow. */
typedef struct
{
  gconstpointer  owner;     /* the table's search fields it was made for */
  char          *updated;
  char          *text;
} SearchCache;

static void
search_cache_free (gpointer data)
{
  SearchCache *cache = data;

  g_free (cache->updated);
  g_free (cache->text);
  g_free (cache);
}

static GQuark
search_cache_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("sg-record-table-search");
  return quark;
}

static const char *
searchable_text (SgRecordTable *self,
                 SgRecord      *record)
{
  SearchCache *cache = g_object_get_qdata (G_OBJECT (record), search_cache_quark ());
  const char *updated = sg_record_get_updated (record);
  g_autoptr(GString) text = NULL;
  g_autofree char *folded = NULL;

  if (cache != NULL && cache->owner == self->search_fields && updated != NULL &&
      g_strcmp0 (cache->updated, updated) == 0)
    return cache->text;

  /* Words are split at spaces and tabs, so none spans the newlines. */
  text = g_string_new (sg_record_get_ref (record));
  for (guint i = 0; i < self->search_fields->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (self->search_fields, i);
      const char *value;

      if (sg_field_get_kind (pspec) == SG_FIELD_REFERENCE)
        continue;
      value = g_value_get_string (sg_record_peek_value (record, pspec));
      if (value != NULL)
        {
          g_string_append_c (text, '\n');
          g_string_append (text, value);
        }
    }
  folded = g_utf8_casefold (text->str, -1);
  cache = g_new0 (SearchCache, 1);
  cache->owner = self->search_fields;
  cache->updated = g_strdup (updated);
  cache->text = g_steal_pointer (&folded);
  g_object_set_qdata_full (G_OBJECT (record), search_cache_quark (), cache, search_cache_free);
  return cache->text;
}

static gboolean
match_cb (gpointer item,
          gpointer data)
{
  SgRecordTable *self = data;
  SgRecord *record = item;
  g_autofree gboolean *found = NULL;
  const char *text;
  guint n_terms;

  if (self->terms == NULL)
    return TRUE;

  /* Every word must turn up in the ref, a text, or a referenced record's name. */
  n_terms = g_strv_length (self->terms);
  found = g_new0 (gboolean, n_terms);
  text = searchable_text (self, record);
  for (guint i = 0; i < n_terms; i++)
    found[i] = strstr (text, self->terms[i]) != NULL;
  for (guint i = 0; i < self->search_fields->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (self->search_fields, i);

      /* A referenced record may be renamed without this one being saved. */
      if (sg_field_get_kind (pspec) == SG_FIELD_REFERENCE)
        {
          g_autofree char *name = sg_format_field (self->store, record, pspec);
          find_terms (name, self->terms, found);
        }
    }
  for (guint i = 0; i < n_terms; i++)
    if (!found[i])
      return FALSE;
  return TRUE;
}

/* Cells */

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               Column                   *column)
{
  GtkWidget *cell = sg_record_cell_new (column->table->store, column->pspec, column->width);

  sg_record_cell_set_show_due (SG_RECORD_CELL (cell), column->shows_due);
  if (column->cells != NULL)
    {
      sg_record_cell_set_extra (SG_RECORD_CELL (cell), column->detail, column->badge);
      sg_record_cell_set_compact (SG_RECORD_CELL (cell), column->table->compact);
      g_ptr_array_add (column->cells, cell);
    }
  gtk_list_item_set_child (item, cell);
}

static void
cell_teardown_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  Column                   *column)
{
  if (column->cells != NULL)
    g_ptr_array_remove_fast (column->cells, gtk_list_item_get_child (item));
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              Column                   *column)
{
  sg_record_cell_set_record (SG_RECORD_CELL (gtk_list_item_get_child (item)),
                             gtk_list_item_get_item (item));
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                Column                   *column)
{
  sg_record_cell_set_record (SG_RECORD_CELL (gtk_list_item_get_child (item)), NULL);
}

static void
column_free (gpointer data)
{
  Column *column = data;

  g_free (column->title);
  g_clear_pointer (&column->cells, g_ptr_array_unref);
  g_free (column);
}

/* Sorting */

#define CMP(a, b) (((a) > (b)) - ((a) < (b)))

static int
compare_values (SgStore      *store,
                GParamSpec   *pspec,
                const GValue *a,
                const GValue *b)
{
  switch (sg_field_get_kind (pspec))
    {
    case SG_FIELD_NUMBER:
    case SG_FIELD_LIKELIHOOD:
    case SG_FIELD_IMPACT:
      return CMP (g_value_get_int (a), g_value_get_int (b));
    case SG_FIELD_DECIMAL:
      return CMP (g_value_get_double (a), g_value_get_double (b));
    case SG_FIELD_BOOLEAN:
      /* Yes before No. */
      return CMP (g_value_get_boolean (b), g_value_get_boolean (a));
    case SG_FIELD_CHOICE:
      /* In the enumeration's order, which is the order of the workflow. */
      return CMP (g_value_get_enum (a), g_value_get_enum (b));
    case SG_FIELD_DATE:
    case SG_FIELD_TIMESTAMP:
      {
        const char *sa = g_value_get_string (a), *sb = g_value_get_string (b);

        /* ISO dates sort as text; no date comes last. */
        if (sa == NULL || sb == NULL)
          return CMP (sa == NULL, sb == NULL);
        return CMP (strcmp (sa, sb), 0);
      }
    case SG_FIELD_LINKS:
      {
        GVariant *va = g_value_get_variant (a), *vb = g_value_get_variant (b);

        return CMP (va ? g_variant_n_children (va) : 0, vb ? g_variant_n_children (vb) : 0);
      }
    case SG_FIELD_REFERENCE:
      {
        g_autofree char *sa = sg_format_value (store, pspec, a);
        g_autofree char *sb = sg_format_value (store, pspec, b);

        return sg_natural_compare (sa, sb);
      }
    case SG_FIELD_TEXT:
    case SG_FIELD_LONG_TEXT:
    case SG_FIELD_COLOUR:
    default:
      return sg_natural_compare (g_value_get_string (a), g_value_get_string (b));
    }
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      data)
{
  Column *column = data;
  SgRecord *ra = (SgRecord *) a, *rb = (SgRecord *) b;
  int cmp = compare_values (column->table->store, column->pspec,
                            sg_record_peek_value (ra, column->pspec),
                            sg_record_peek_value (rb, column->pspec));

  if (cmp == 0)
    cmp = sg_natural_compare (sg_record_get_ref (ra), sg_record_get_ref (rb));
  return cmp < 0 ? GTK_ORDERING_SMALLER : cmp > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/* Columns */

static GtkColumnViewColumn *
add_column (SgRecordTable *self,
            GParamSpec    *pspec,
            int            rank,
            gboolean       expand,
            guint          width)
{
  Column *column = g_new0 (Column, 1);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSorter) sorter = NULL;
  GtkColumnViewColumn *view_column;

  column->table = self;
  column->pspec = pspec;
  column->rank = rank;
  column->width = width;
  /* The overdue mark goes where the eye reads the name. */
  column->shows_due = expand && (sg_record_class_get_due (g_type_class_peek (self->kind)) != NULL ||
                                 sg_record_cell_get_attention_func (self->kind) != NULL);
  column->title = g_strdup (sg_field_get_label (pspec));
  g_ptr_array_add (self->columns, column);

  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), column);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), column);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), column);
  g_signal_connect (factory, "teardown", G_CALLBACK (cell_teardown_cb), column);

  view_column = gtk_column_view_column_new (sg_field_get_label (pspec), factory);
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cb, column, NULL));
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (GTK_COLUMN_VIEW (self->column_view), view_column);
  g_object_unref (view_column);
  column->view_column = view_column;
  return view_column;
}

/* Narrow, the name's cell carries a status badge (the due date's status,
 * else the first choice among the columns) and, under the name, the most
 * important other column that reads alone (not a bare yes or no). */
static void
set_compact_fields (Column        *column,
                    SgRecordClass *klass)
{
  const SgRecordDue *due = sg_record_class_get_due (klass);
  guint n_columns;
  const SgRecordColumn *columns = sg_record_class_list_columns (klass, &n_columns);
  guint best = G_MAXUINT;

  if (due != NULL && due->status != NULL)
    column->badge = due->status;
  for (guint c = 0; c < n_columns && column->badge == NULL; c++)
    if (sg_field_get_kind (columns[c].field) == SG_FIELD_CHOICE)
      column->badge = columns[c].field;
  for (guint c = 0; c < n_columns; c++)
    {
      SgFieldKind kind = sg_field_get_kind (columns[c].field);

      if (columns[c].field == column->badge || kind == SG_FIELD_BOOLEAN || kind == SG_FIELD_LINKS)
        continue;
      if (columns[c].priority < best)
        {
          best = columns[c].priority;
          column->detail = columns[c].field;
        }
    }
  if (column->detail != NULL || column->badge != NULL)
    column->cells = g_ptr_array_new ();
}

static void
build_columns (SgRecordTable *self)
{
  SgRecordClass *klass = g_type_class_peek (self->kind);
  GParamSpec *name = sg_record_class_get_title_field (klass);
  guint n_columns;
  const SgRecordColumn *columns = sg_record_class_list_columns (klass, &n_columns);
  GParamSpec **fields;
  guint n_fields;
  gboolean wide_taken;

  self->ref_column = add_column (self, sg_record_class_find_field (klass, "ref"), 0, FALSE, 0);
  if (name != NULL)
    {
      add_column (self, name, 0, TRUE, 0);
      set_compact_fields (g_ptr_array_index (self->columns, self->columns->len - 1), klass);
    }
  wide_taken = name != NULL;

  /* As the kind declares them; without a title, the first takes the
   * spare width and stays at every width. */
  for (guint c = 0; c < n_columns; c++)
    {
      add_column (self, columns[c].field, wide_taken ? (int) columns[c].priority : 0, !wide_taken,
                  columns[c].width);
      wide_taken = TRUE;
    }

  fields = sg_record_class_list_fields (klass, &n_fields);
  for (guint f = 0; f < n_fields; f++)
    {
      SgFieldKind kind = sg_field_get_kind (fields[f]);

      if (kind == SG_FIELD_TEXT || kind == SG_FIELD_LONG_TEXT || kind == SG_FIELD_REFERENCE)
        g_ptr_array_add (self->search_fields, fields[f]);
    }

  gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (self->column_view), self->ref_column,
                                  GTK_SORT_ASCENDING);
}

/* Kinds whose refs are given by hand may have none: then the column goes. */
static void
update_ref_column (SgRecordTable *self)
{
  guint n = g_list_model_get_n_items (self->records);
  gboolean any = FALSE;

  for (guint i = 0; i < n && !any; i++)
    {
      g_autoptr(SgRecord) record = g_list_model_get_item (self->records, i);
      const char *ref = sg_record_get_ref (record);

      any = ref != NULL && *ref != '\0';
    }
  gtk_column_view_column_set_visible (self->ref_column, any || n == 0);
}

static int
column_width (SgRecordTable *self,
              Column        *column)
{
  g_autoptr(PangoLayout) layout =
    gtk_widget_create_pango_layout (self->column_view, column->title);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  /* Room for the sort arrow and the padding, and for short values; a
   * declared width is what the values need, at about 8 pixels a character. */
  return MAX (MAX (width + 40, 110), (int) column->width * 8 + 24);
}

static gboolean
fit_columns_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  SgRecordTable *self = SG_RECORD_TABLE (widget);
  int budget = self->fit_width - FIRST_COLUMNS_WIDTH;
  gboolean compact = FALSE;

  self->fit_tick_id = 0;
  for (int rank = 1; rank <= max_rank (self); rank++)
    for (guint i = 0; i < self->columns->len; i++)
      {
        Column *column = g_ptr_array_index (self->columns, i);

        if (column->rank != rank)
          continue;
        budget -= column_width (self, column);
        gtk_column_view_column_set_visible (column->view_column, budget >= 0);
        compact |= rank == 1 && budget < 0;
      }
  if (compact != self->compact)
    {
      self->compact = compact;
      for (guint i = 0; i < self->columns->len; i++)
        {
          Column *column = g_ptr_array_index (self->columns, i);

          for (guint c = 0; column->cells != NULL && c < column->cells->len; c++)
            sg_record_cell_set_compact (g_ptr_array_index (column->cells, c), compact);
        }
    }
  return G_SOURCE_REMOVE;
}

static int
max_rank (SgRecordTable *self)
{
  int rank = 0;

  for (guint i = 0; i < self->columns->len; i++)
    rank = MAX (rank, ((Column *) g_ptr_array_index (self->columns, i))->rank);
  return rank;
}

/* What the ref and the longest name need, from the first few hundred
 * records (a sample is enough to size a pane); kept until the list
 * changes. */
static int
measure_names (SgRecordTable *self)
{
  GParamSpec *name = sg_record_class_get_title_field (g_type_class_peek (self->kind));
  guint n = MIN (g_list_model_get_n_items (self->records), 300);
  g_autofree char *longest = NULL;
  glong longest_chars = 0;

  if (self->name_width >= 0)
    return self->name_width;
  self->name_width = 0;
  if (name == NULL || sg_field_get_kind (name) != SG_FIELD_TEXT)
    return 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) record = g_list_model_get_item (self->records, i);
      const char *text = g_value_get_string (sg_record_peek_value (record, name));
      glong chars = text ? g_utf8_strlen (text, -1) : 0;

      if (chars > longest_chars)
        {
          longest_chars = chars;
          g_free (longest);
          longest = g_strdup (text);
        }
    }
  if (longest != NULL)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (self->column_view, longest);
      int text_width;

      pango_layout_get_pixel_size (layout, &text_width, NULL);
      /* The ref's column and the cell padding beside it; a very long name
       * ends in "…" rather than taking the detail's room. */
      self->name_width = 110 + MIN (text_width, 420) + 24;
    }
  return self->name_width;
}

static void
forget_names (SgRecordTable *self)
{
  self->name_width = -1;
}

/* Selection */

static void
selection_changed_cb (SgRecordTable *self)
{
  /* A refilter drops the selection and may give it back: say so once, after. */
  if (self->refiltering > 0)
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/* Run before the filter model refilters, and after. */
static void
filter_changing_cb (SgRecordTable *self)
{
  if (self->refiltering++ == 0)
    g_set_object (&self->kept, gtk_single_selection_get_selected_item (self->selection));
}

static void
filter_changed_cb (SgRecordTable *self)
{
  g_autoptr(SgRecord) kept = NULL;

  g_return_if_fail (self->refiltering > 0);
  if (--self->refiltering > 0)
    return;
  kept = g_steal_pointer (&self->kept);
  if (kept != NULL && gtk_single_selection_get_selected_item (self->selection) != kept)
    sg_record_table_select (self, kept);
  if (gtk_single_selection_get_selected_item (self->selection) != kept)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
activate_cb (SgRecordTable *self,
             guint          position)
{
  gtk_single_selection_set_selected (self->selection, position);
  g_signal_emit (self, signals[ACTIVATED], 0);
}

static void
scroll_to (SgRecordTable *self,
           guint          position)
{
  /* GTK 4.8 has no gtk_column_view_scroll_to(); its inner list view has the action. */
  for (GtkWidget *child = gtk_widget_get_first_child (self->column_view);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

/* GObject */

static gboolean
sg_record_table_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (SG_RECORD_TABLE (widget)->column_view);
}

static void
sg_record_table_dispose (GObject *object)
{
  SgRecordTable *self = SG_RECORD_TABLE (object);

  if (self->fit_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fit_tick_id);
  self->fit_tick_id = 0;
  if (self->records != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->records, update_ref_column, self);
      g_signal_handlers_disconnect_by_func (self->records, forget_names, self);
    }
  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->records);
  g_clear_object (&self->kept);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_record_table_parent_class)->dispose (object);
}

static void
sg_record_table_finalize (GObject *object)
{
  SgRecordTable *self = SG_RECORD_TABLE (object);

  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->search_fields, g_ptr_array_unref);
  g_clear_pointer (&self->terms, g_strfreev);

  G_OBJECT_CLASS (sg_record_table_parent_class)->finalize (object);
}

static void
sg_record_table_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SgRecordTable *self = SG_RECORD_TABLE (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, sg_record_table_get_selected (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_record_table_class_init (SgRecordTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_record_table_dispose;
  object_class->finalize = sg_record_table_finalize;
  object_class->get_property = sg_record_table_get_property;
  widget_class->grab_focus = sg_record_table_grab_focus;

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, SG_TYPE_RECORD,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SgRecordTable::activated:
   *
   * A row was opened: double-clicked, or Enter pressed on it.
   */
  signals[ACTIVATED] =
    g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sg_record_table_init (SgRecordTable *self)
{
  GtkEventController *shortcuts;

  self->columns = g_ptr_array_new_with_free_func (column_free);
  self->name_width = -1;
  self->search_fields = g_ptr_array_new ();

  self->column_view = gtk_column_view_new (NULL);
  gtk_widget_add_css_class (self->column_view, "data-table");
  g_signal_connect_swapped (self->column_view, "activate", G_CALLBACK (activate_cb), self);
  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), self->column_view);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));

  /* Delete deletes only from the list, never while editing a field. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("page.delete-record")));
  gtk_widget_add_controller (self->column_view, shortcuts);
}

static SgRecordTable *
table_new (SgStore *store,
           GType    kind)
{
  SgRecordTable *self = g_object_new (SG_TYPE_RECORD_TABLE, NULL);

  self->store = g_object_ref (store);
  self->kind = kind;
  self->records = g_object_ref (sg_store_get_records (store, kind));
  return self;
}

static GtkWidget *
table_finish (SgRecordTable *self)
{
  GtkFilterListModel *filtered;
  GtkSorter *sorter;

  /* The filter and sort models take ownership of what they wrap; an
   * extra filter joins the search in the every-filter. */
  self->filter = GTK_FILTER (gtk_custom_filter_new (match_cb, self, NULL));
  self->every = GTK_FILTER (gtk_every_filter_new ());
  gtk_multi_filter_append (GTK_MULTI_FILTER (self->every), self->filter);
  /* Connected before the filter model is, so it runs first. */
  g_signal_connect_object (self->every, "changed", G_CALLBACK (filter_changing_cb), self,
                           G_CONNECT_SWAPPED);
  filtered = gtk_filter_list_model_new (g_object_ref (self->records), self->every);
  g_signal_connect_object (self->every, "changed", G_CALLBACK (filter_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  sorter = gtk_column_view_get_sorter (GTK_COLUMN_VIEW (self->column_view));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered),
                                          sorter ? g_object_ref (sorter) : NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_column_view_set_model (GTK_COLUMN_VIEW (self->column_view),
                             GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selection_changed_cb), self);

  g_signal_connect_swapped (self->records, "items-changed", G_CALLBACK (update_ref_column), self);
  g_signal_connect_swapped (self->records, "items-changed", G_CALLBACK (forget_names), self);
  update_ref_column (self);
  return GTK_WIDGET (self);
}

GtkWidget *
sg_record_table_new (SgStore *store,
                     GType    kind)
{
  SgRecordTable *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (kind, SG_TYPE_RECORD), NULL);

  self = table_new (store, kind);
  build_columns (self);
  return table_finish (self);
}

GtkWidget *
sg_record_table_new_with_columns (SgStore                 *store,
                                  GType                    kind,
                                  const SgRecordTableColumn *columns,
                                  const char * const      *search_fields)
{
  SgRecordTable *self;
  SgRecordClass *klass;
  int rank = 0;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (kind, SG_TYPE_RECORD), NULL);
  g_return_val_if_fail (columns != NULL, NULL);

  self = table_new (store, kind);
  klass = g_type_class_peek (kind);
  self->ref_column = add_column (self, sg_record_class_find_field (klass, "ref"), 0, FALSE, 0);
  for (guint i = 0; columns[i].field != NULL || columns[i].column != NULL; i++)
    {
      /* The first after the ref is the name: always shown, it takes the spare width. */
      int column_rank = i == 0 ? 0 : ++rank;

      if (i > 0 && columns[i].priority > 0)
        column_rank = columns[i].priority;

      if (columns[i].column != NULL)
        {
          Column *column = g_new0 (Column, 1);

          column->table = self;
          column->title = g_strdup (gtk_column_view_column_get_title (columns[i].column));
          column->rank = column_rank;
          column->view_column = columns[i].column;
          g_ptr_array_add (self->columns, column);
          gtk_column_view_column_set_resizable (columns[i].column, TRUE);
          gtk_column_view_append_column (GTK_COLUMN_VIEW (self->column_view), columns[i].column);
          g_object_unref (columns[i].column);
        }
      else
        {
          GParamSpec *pspec = sg_record_class_find_field (klass, columns[i].field);

          g_return_val_if_fail (pspec != NULL, NULL);
          add_column (self, pspec, column_rank, i == 0, 0);
        }
    }
  for (guint i = 0; search_fields != NULL && search_fields[i] != NULL; i++)
    {
      GParamSpec *pspec = sg_record_class_find_field (klass, search_fields[i]);

      if (pspec != NULL && !g_str_equal (pspec->name, "ref"))
        g_ptr_array_add (self->search_fields, pspec);
    }
  gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (self->column_view), self->ref_column,
                                  GTK_SORT_ASCENDING);
  return table_finish (self);
}

void
sg_record_table_add_filter (SgRecordTable *self,
                            GtkFilter     *filter)
{
  g_return_if_fail (SG_IS_RECORD_TABLE (self));
  g_return_if_fail (GTK_IS_FILTER (filter));

  gtk_multi_filter_append (GTK_MULTI_FILTER (self->every), g_object_ref (filter));
}

SgStore *
sg_record_table_get_store (SgRecordTable *self)
{
  g_return_val_if_fail (SG_IS_RECORD_TABLE (self), NULL);

  return self->store;
}

GListModel *
sg_record_table_get_shown (SgRecordTable *self)
{
  g_return_val_if_fail (SG_IS_RECORD_TABLE (self), NULL);

  return G_LIST_MODEL (self->sorted);
}

void
sg_record_table_set_search (SgRecordTable *self,
                            const char    *text)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_if_fail (SG_IS_RECORD_TABLE (self));

  folded = g_utf8_casefold (text ? text : "", -1);
  words = g_strsplit_set (g_strstrip (folded), " \t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (builder, words[i]);

  g_clear_pointer (&self->terms, g_strfreev);
  self->terms = g_strv_builder_end (builder);
  if (self->terms[0] == NULL)
    g_clear_pointer (&self->terms, g_strfreev);
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

gboolean
sg_record_table_get_searching (SgRecordTable *self)
{
  g_return_val_if_fail (SG_IS_RECORD_TABLE (self), FALSE);

  return self->terms != NULL;
}

SgRecord *
sg_record_table_get_selected (SgRecordTable *self)
{
  g_return_val_if_fail (SG_IS_RECORD_TABLE (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

guint
sg_record_table_get_position (SgRecordTable *self)
{
  g_return_val_if_fail (SG_IS_RECORD_TABLE (self), GTK_INVALID_LIST_POSITION);

  return gtk_single_selection_get_selected (self->selection);
}

void
sg_record_table_select (SgRecordTable *self,
                        SgRecord      *record)
{
  guint n, position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (SG_IS_RECORD_TABLE (self));
  g_return_if_fail (record == NULL || SG_IS_RECORD (record));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  for (guint i = 0; record != NULL && i < n; i++)
    {
      g_autoptr(SgRecord) item = g_list_model_get_item (G_LIST_MODEL (self->sorted), i);

      if (item == record)
        {
          position = i;
          break;
        }
    }
  sg_record_table_select_position (self, position);
}

void
sg_record_table_select_position (SgRecordTable *self,
                                 guint          position)
{
  g_return_if_fail (SG_IS_RECORD_TABLE (self));

  gtk_single_selection_set_selected (self->selection, position);
  if (position != GTK_INVALID_LIST_POSITION)
    scroll_to (self, position);
}

void
sg_record_table_fit_columns (SgRecordTable *self,
                             int            width)
{
  g_return_if_fail (SG_IS_RECORD_TABLE (self));

  /* Called during an allocation, which must not change the columns:
   * do it at the start of the next frame, before its layout. */
  if (width == self->fit_width)
    return;
  self->fit_width = width;
  if (self->fit_tick_id == 0)
    self->fit_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), fit_columns_cb, NULL, NULL);
}

int
sg_record_table_get_wanted_width (SgRecordTable *self)
{
  guint n_rows;
  int most_rank;
  int width = FIRST_COLUMNS_WIDTH;

  g_return_val_if_fail (SG_IS_RECORD_TABLE (self), 0);

  /* The name and the two most important columns; a list of a few rows
   * is read at a glance, and one column beside the name will do. */
  n_rows = g_list_model_get_n_items (self->records);
  most_rank = n_rows <= 3 ? 1 : 2;
  width = MAX (width, measure_names (self));
  for (int rank = 1; rank <= most_rank; rank++)
    for (guint i = 0; i < self->columns->len; i++)
      {
        Column *column = g_ptr_array_index (self->columns, i);

        if (column->rank == rank)
          width += column_width (self, column);
      }
  return width;
}

void
sg_record_table_set_single_click (SgRecordTable *self,
                                  gboolean       single_click)
{
  g_return_if_fail (SG_IS_RECORD_TABLE (self));

  gtk_column_view_set_single_click_activate (GTK_COLUMN_VIEW (self->column_view), single_click);
}
