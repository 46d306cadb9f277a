/* sg-csv-import-dialog.c: records of one kind from a spreadsheet (CSV, .xlsx, .ods), mapped and checked before they are added
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three steps: the columns (how the file was read, which field each
 * column fills, a preview with the invalid rows marked), the values of
 * choice and rating columns (sg-import-values-page.c; left out when there
 * are none), and a summary of what will be created or updated and what
 * kept in the notes. Import works from any of them: the summary only says
 * it first. Every sentence names the kind imported (its plural first,
 * where German and English both capitalise it).
 *
 * A large file must not freeze the window: the file is read and every row
 * checked in a thread, and checked again in a thread after each change of
 * the mapping; Import then adds the records a few thousand at a time between
 * frames, with progress, in one transaction that closing the dialog takes
 * back. */
#define G_LOG_DOMAIN "sg-csv-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-csv-cells.h"
#include "sg-csv-import.h"
#include "sg-csv-import-dialog.h"
#include "sg-field.h"
#include "sg-format.h"
#include "sg-import-values-page.h"
#include "sg-import-names.h"
#include "sg-record.h"

/* More would make a long list nobody reads; the count says the rest. */
#define MAX_PROBLEMS_SHOWN 100
#define PREVIEW_ROWS 8
/* Rows added per turn of the main loop: some 20 ms. */
#define IMPORT_ROWS 1000

struct _SgCsvImportDialog
{
  AdwWindow     parent_instance;

  GtkWidget    *toast_overlay;
  GtkWidget    *window_title;
  GtkWidget    *plural_title;   /* what the title squeezes to */
  GtkWidget    *short_title;
  GtkWidget    *stack;
  GtkWidget    *loading_page;
  GtkWidget    *importing_page;
  GtkWidget    *progress_bar;
  GtkWidget    *check_spinner;
  GtkWidget    *summary_label;
  GtkWidget    *problems_group;
  GtkWidget    *skip_switch;
  GtkWidget    *problem_list;
  GtkWidget    *columns_group;
  GtkWidget    *preview_grid;
  GtkWidget    *source_group;
  GtkWidget    *cancel_button;
  GtkWidget    *back_button;
  GtkWidget    *next_button;
  GtkWidget    *import_button;
  GtkWidget    *values_box;
  GtkWidget    *values_page;  /* SgImportValuesPage */
  GtkWidget    *outcome_label;
  GtkWidget    *outcome_group;
  GPtrArray    *outcome_rows;   /* GtkWidget* in @outcome_group */
  GPtrArray    *preview_marks;  /* GtkImage* per preview row */
  GPtrArray    *preview_cells;  /* GtkLabel* per preview row and column, row by row */

  GType         kind;  /* what the rows become */
  SgRecordClass *klass;

  /* How the file is read; changing it reads the file again. */
  char         *path;
  SgSheetOptions options;     /* its sheet is @sheet */
  char         *sheet;
  GPtrArray    *source_rows;  /* GtkWidget*: what build_source() added */
  GtkWidget    *delimiter_row;
  GtkWidget    *encoding_row;
  GtkWidget    *sheet_row;
  GtkWidget    *notes_label;
  GPtrArray    *date_rows;    /* AdwComboRow* of ambiguous date columns */
  GArray       *date_columns; /* guint: their columns */

  SgStore      *store;
  SgCsvImport  *import;
  GCancellable *cancellable;  /* of the reading or the check under way */
  GPtrArray    *combo_rows;   /* AdwComboRow* per column */
  gboolean      updating;
  guint         n_ready;
  guint         import_id;    /* adds the next records while importing */
};

G_DEFINE_FINAL_TYPE (SgCsvImportDialog, sg_csv_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_N_READY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_n_ready (SgCsvImportDialog *self,
             guint              n_ready)
{
  if (self->n_ready == n_ready)
    return;
  self->n_ready = n_ready;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_READY]);
}

/* Shows a message over the parent window (the dialog may be closing). */
static void
show_message (SgCsvImportDialog *self,
              const char        *heading,
              const char        *body)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GtkWidget *dialog = adw_message_dialog_new (parent != NULL ? parent : GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
new_problem_row (const char *title,
                 const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped = subtitle ? g_markup_escape_text (subtitle, -1) : NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (escaped != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  return row;
}

/* Each column's row shows the field it fills now. */
static void
sync_combos (SgCsvImportDialog *self)
{
  GPtrArray *fields = sg_csv_import_list_fields (self->import);

  self->updating = TRUE;
  for (guint c = 0; c < self->combo_rows->len; c++)
    {
      GParamSpec *field = sg_csv_import_get_field (self->import, c);
      guint index = 0;

      /* Choice 0 keeps the column in the notes; the fields follow. */
      if (field != NULL && g_ptr_array_find (fields, field, &index))
        index++;
      adw_combo_row_set_selected (g_ptr_array_index (self->combo_rows, c), index);
    }
  self->updating = FALSE;
}

static const char delimiters[] = { ',', ';', '\t' };
static const SgTextEncoding encodings[] = {
  SG_TEXT_ENCODING_UTF8, SG_TEXT_ENCODING_UTF16LE, SG_TEXT_ENCODING_UTF16BE, SG_TEXT_ENCODING_WINDOWS_1252,
};

static void check_again (SgCsvImportDialog *self);
static void show_back (SgCsvImportDialog *self,
                       gboolean           back);
static gboolean read_file_idle_cb (SgCsvImportDialog *self);

static gboolean
has_date_row (SgCsvImportDialog *self,
              guint              column)
{
  for (guint i = 0; i < self->date_columns->len; i++)
    if (g_array_index (self->date_columns, guint, i) == column)
      return TRUE;
  return FALSE;
}

static void
date_order_cb (AdwComboRow       *row,
               GParamSpec        *pspec,
               SgCsvImportDialog *self)
{
  guint index;

  if (self->updating || !g_ptr_array_find (self->date_rows, row, &index))
    return;
  sg_csv_import_set_date_order (self->import, g_array_index (self->date_columns, guint, index),
                                adw_combo_row_get_selected (row) == 1 ? SG_DATE_ORDER_MONTH_FIRST
                                                                      : SG_DATE_ORDER_DAY_FIRST);
  check_again (self);
}

/* A row for each date column whose values fit both orders, once checked. */
static void
sync_date_rows (SgCsvImportDialog *self)
{
  g_autoptr(GtkStringList) orders = NULL;

  for (guint c = 0; c < sg_csv_import_get_n_columns (self->import); c++)
    {
      GtkWidget *row;
      g_autofree char *title = NULL;

      if (!sg_csv_import_is_date_order_ambiguous (self->import, c) || has_date_row (self, c))
        continue;
      if (orders == NULL)
        {
          orders = gtk_string_list_new (NULL);
          gtk_string_list_append (orders, _("Day/Month/Year"));
          gtk_string_list_append (orders, _("Month/Day/Year"));
        }
      row = adw_combo_row_new ();
      /* Translators: %s is a column's header */
      title = g_strdup_printf (_("Dates in “%s”"), sg_csv_import_get_header (self->import, c));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Each of its dates, such as 03/04/2027, fits both orders"));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (orders));
      self->updating = TRUE;
      adw_combo_row_set_selected (ADW_COMBO_ROW (row),
                                  sg_csv_import_get_date_order (self->import, c) == SG_DATE_ORDER_MONTH_FIRST);
      self->updating = FALSE;
      g_signal_connect (row, "notify::selected", G_CALLBACK (date_order_cb), self);
      g_array_append_val (self->date_columns, c);
      g_ptr_array_add (self->date_rows, row);
      g_ptr_array_add (self->source_rows, row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->source_group), row);
    }
}

/* The preview's invalid rows get a warning sign that says why. */
static void
mark_preview (SgCsvImportDialog *self,
              GPtrArray         *problems)
{
  g_autoptr(GHashTable) reasons = g_hash_table_new (NULL, NULL);
  guint n_columns = sg_csv_import_get_n_columns (self->import);

  for (guint i = 0; i < problems->len; i++)
    {
      SgCsvProblem *problem = g_ptr_array_index (problems, i);

      g_hash_table_insert (reasons, GUINT_TO_POINTER (problem->line), problem->reason);
    }
  for (guint r = 0; r < self->preview_marks->len; r++)
    {
      GtkWidget *mark = g_ptr_array_index (self->preview_marks, r);
      const char *reason = g_hash_table_lookup (reasons,
                                                GUINT_TO_POINTER (sg_csv_import_get_line (self->import, r)));

      gtk_widget_set_opacity (mark, reason != NULL ? 1.0 : 0.0);
      gtk_widget_set_tooltip_text (mark, reason);
      gtk_accessible_update_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      reason != NULL ? reason : "", -1);
      for (guint c = 0; c < n_columns; c++)
        {
          GtkWidget *cell = g_ptr_array_index (self->preview_cells, r * n_columns + c);

          if (reason != NULL)
            gtk_widget_add_css_class (cell, "error");
          else
            gtk_widget_remove_css_class (cell, "error");
        }
    }
}

static GtkWidget *
add_outcome (SgCsvImportDialog *self,
             const char        *title,
             const char        *subtitle,
             const char        *icon)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  GtkWidget *row = new_problem_row (escaped, subtitle);

  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (icon != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon));
  g_ptr_array_add (self->outcome_rows, row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->outcome_group), row);
  return row;
}

/* The summary step: what Import would create, change, leave out and
 * keep in the notes, said before anything is written. */
static void
show_outcome (SgCsvImportDialog *self,
              SgCsvReport       *report,
              guint              n_valid,
              gboolean           skip)
{
  guint n_problems = report->problems->len;
  gboolean any = n_problems == 0 || skip;
  gboolean updates = sg_csv_import_updates (self->import);
  guint n_create = any ? sg_csv_import_get_n_to_create (self->import) : 0;
  guint n_update = any ? sg_csv_import_get_n_to_update (self->import) : 0;
  guint n_unchanged = any && updates ? n_valid - n_update : 0;
  const char *plural = sg_format_plural_title (self->klass);
  g_autoptr(GString) kept = g_string_new (NULL);
  g_autofree char *headline = NULL;
  g_autofree char *created_title = NULL;
  g_autofree char *updated_title = NULL;
  g_autofree char *created = NULL;
  g_autofree char *updated = NULL;

  for (guint i = 0; i < self->outcome_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->outcome_group),
                                  g_ptr_array_index (self->outcome_rows, i));
  g_ptr_array_set_size (self->outcome_rows, 0);

  if (updates && n_update == 0)
    /* Translators: the summary before an import; %s is a kind's plural: "Controls: the file changes nothing" */
    headline = g_strdup_printf (_("%s: the file changes nothing"), plural);
  else if (updates)
    /* Translators: the summary before an import; %s is a kind's plural: "Controls: 2 will be updated" */
    headline = g_strdup_printf (ngettext ("%s: %u will be updated", "%s: %u will be updated", n_update),
                                plural, n_update);
  else
    /* Translators: the summary before an import; %s is a kind's plural: "Assets: 40 will be created" */
    headline = g_strdup_printf (ngettext ("%s: %u will be created", "%s: %u will be created", n_create),
                                plural, n_create);
  gtk_label_set_text (GTK_LABEL (self->outcome_label), headline);

  /* Translators: a row of the summary before an import; %s is a kind's plural: "New Assets" */
  created_title = g_strdup_printf (_("New %s"), plural);
  /* Translators: a row of the summary before an import; %s is a kind's plural: "Updated Controls" */
  updated_title = g_strdup_printf (_("Updated %s"), plural);
  if (updates)
    {
      created = g_strdup (_("None: each row updates the record its ref names, and a ref the register "
                            "does not have cannot be imported"));
      /* Translators: how many records of the register an import will change */
      updated = g_strdup_printf (ngettext ("%u will be updated", "%u will be updated", n_update), n_update);
    }
  else
    {
      /* Translators: how many records an import will create */
      created = g_strdup_printf (ngettext ("%u will be created", "%u will be created", n_create), n_create);
      updated = g_strdup (_("None: every row becomes a new record, and no record already in the register "
                            "is changed"));
    }
  add_outcome (self, created_title, created, "list-add-symbolic");
  add_outcome (self, updated_title, updated, "document-edit-symbolic");
  if (n_unchanged > 0)
    {
      /* Translators: a row of the summary before an import; %s is a kind's plural: "Unchanged Controls" */
      g_autofree char *title = g_strdup_printf (_("Unchanged %s"), plural);
      g_autofree char *subtitle =
        g_strdup_printf (ngettext ("%u row says what the register already holds",
                                   "%u rows say what the register already holds", n_unchanged), n_unchanged);

      add_outcome (self, title, subtitle, "emblem-ok-symbolic");
    }
  if (n_problems > 0)
    {
      g_autofree char *left = skip
        ? g_strdup_printf (ngettext ("%u row cannot be imported and is left out",
                                     "%u rows cannot be imported and are left out", n_problems), n_problems)
        : g_strdup_printf (ngettext ("%u row cannot be imported: nothing will be, unless the other rows are imported "
                                     "without it",
                                     "%u rows cannot be imported: nothing will be, unless the other rows are imported "
                                     "without them", n_problems), n_problems);

      GtkWidget *row = add_outcome (self, _("Left Out"), left, "dialog-warning-symbolic");
      GtkWidget *other = gtk_switch_new ();

      /* The choice the columns step offers, here too: the summary is
       * where the user sees that nothing would be imported. */
      gtk_widget_set_valign (other, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (other), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Import the Other Rows"), -1);
      g_object_bind_property (self->skip_switch, "active", other, "active",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), other);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), other);
    }
  for (guint c = 0; c < sg_csv_import_get_n_columns (self->import); c++)
    if (sg_csv_import_get_field (self->import, c) == NULL &&
        sg_csv_import_get_derived (self->import, c) != SG_IMPORT_DERIVED_SCORE &&
        sg_csv_import_get_derived (self->import, c) != SG_IMPORT_DERIVED_LEVEL)
      g_string_append_printf (kept, "%s%s", kept->len ? ", " : "", sg_csv_import_get_header (self->import, c));
  if (kept->len > 0)
    add_outcome (self, _("Columns Kept in the Notes"), kept->str, "text-x-generic-symbolic");
  /* With an icon like the rows above, so that all their text aligns. */
  for (guint i = 0; report->notes != NULL && i < report->notes->len; i++)
    add_outcome (self, g_ptr_array_index (report->notes, i), NULL, "dialog-information-symbolic");
}

/* Shows what the check of the rows as they are mapped now found. */
static void
refresh (SgCsvImportDialog *self)
{
  SgCsvReport report = { 0 };
  guint n_rows = sg_csv_import_get_n_rows (self->import);
  guint n_valid = sg_csv_import_check (self->import, &report);
  guint n_problems = report.problems->len;
  gboolean skip = gtk_switch_get_active (GTK_SWITCH (self->skip_switch));
  g_autofree char *summary = NULL;
  guint n_ready;
  GtkWidget *child;

  g_assert (sg_csv_import_is_checked (self->import));
  gtk_spinner_stop (GTK_SPINNER (self->check_spinner));
  gtk_widget_set_visible (self->check_spinner, FALSE);
  sync_combos (self);

  if (n_problems == 0)
    /* Translators: %s is a kind's plural: "Assets: all 40 rows can be imported." */
    summary = g_strdup_printf (ngettext ("%s: the row can be imported.",
                                         "%s: all %u rows can be imported.", n_rows),
                               sg_format_plural_title (self->klass), n_rows);
  else
    /* Translators: %s is a kind's plural: "Assets: 38 of 40 rows can be imported." */
    summary = g_strdup_printf (ngettext ("%s: %u of %u row can be imported.",
                                         "%s: %u of %u rows can be imported.", n_rows),
                               sg_format_plural_title (self->klass), n_valid, n_rows);
  gtk_label_set_text (GTK_LABEL (self->summary_label), summary);
  if (self->notes_label != NULL)
    {
      g_autoptr(GString) notes = g_string_new (NULL);

      for (guint i = 0; report.notes != NULL && i < report.notes->len; i++)
        g_string_append_printf (notes, "%s%s", i ? "\n" : "", (char *) g_ptr_array_index (report.notes, i));
      gtk_label_set_text (GTK_LABEL (self->notes_label), notes->str);
      gtk_widget_set_visible (self->notes_label, notes->len > 0);
    }
  sync_date_rows (self);

  while ((child = gtk_widget_get_first_child (self->problem_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->problem_list), child);
  for (guint i = 0; i < MIN (n_problems, MAX_PROBLEMS_SHOWN); i++)
    {
      SgCsvProblem *problem = g_ptr_array_index (report.problems, i);
      /* Translators: the line of the CSV file a problem is on */
      g_autofree char *line = g_strdup_printf (_("Line %u"), problem->line);

      gtk_list_box_append (GTK_LIST_BOX (self->problem_list), new_problem_row (line, problem->reason));
    }
  if (n_problems > MAX_PROBLEMS_SHOWN)
    {
      guint more = n_problems - MAX_PROBLEMS_SHOWN;
      g_autofree char *title = g_strdup_printf (ngettext ("And %u more row", "And %u more rows", more),
                                                more);

      gtk_list_box_append (GTK_LIST_BOX (self->problem_list), new_problem_row (title, NULL));
    }
  gtk_widget_set_visible (self->problems_group, n_problems > 0);
  mark_preview (self, report.problems);
  show_outcome (self, &report, n_valid, skip);

  /* The summary gives the count: the button stays short for a phone. */
  n_ready = n_problems == 0 || skip ? n_valid : 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.run", n_ready > 0);
  set_n_ready (self, n_ready);
  sg_csv_report_clear (&report);
}

static void
checked_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(SgCsvImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  /* Cancelled: the dialog went, or a newer check runs. */
  if (!sg_csv_import_check_finish (result, &error) || self->import == NULL)
    return;
  refresh (self);
}

/* The rows are checked again in a thread; until then nothing is ready. */
static void
check_again (SgCsvImportDialog *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  set_n_ready (self, 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.run", FALSE);
  gtk_label_set_text (GTK_LABEL (self->summary_label), _("Checking the rows…"));
  gtk_widget_set_visible (self->check_spinner, TRUE);
  gtk_spinner_start (GTK_SPINNER (self->check_spinner));
  sg_csv_import_check_async (self->import, self->cancellable, checked_cb, g_object_ref (self));
}

static void
combo_selected_cb (AdwComboRow       *row,
                   GParamSpec        *pspec,
                   SgCsvImportDialog *self)
{
  guint column, selected;
  GPtrArray *fields;

  if (self->updating || !g_ptr_array_find (self->combo_rows, row, &column))
    return;
  selected = adw_combo_row_get_selected (row);
  fields = sg_csv_import_list_fields (self->import);
  sg_csv_import_set_field (self->import, column,
                           selected > 0 && selected <= fields->len ?
                             g_ptr_array_index (fields, selected - 1) : NULL);
  check_again (self);
  /* A field moved from another column shows there too. */
  sync_combos (self);
}

static void
skip_active_cb (SgCsvImportDialog *self)
{
  if (self->import != NULL && sg_csv_import_is_checked (self->import))
    refresh (self);
}

/* The first value of a column, to tell columns with odd headers apart. */
static const char *
find_example (SgCsvImport *import,
              guint        column)
{
  guint n_rows = sg_csv_import_get_n_rows (import);

  for (guint r = 0; r < MIN (n_rows, 20); r++)
    {
      const char *cell = sg_csv_import_get_cell (import, r, column);
      if (*cell != '\0')
        return cell;
    }
  return NULL;
}

static void
build_columns (SgCsvImportDialog *self)
{
  GPtrArray *fields = sg_csv_import_list_fields (self->import);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  gtk_string_list_append (choices, _("Keep in the Notes"));
  for (guint f = 0; f < fields->len; f++)
    gtk_string_list_append (choices, sg_field_get_label (g_ptr_array_index (fields, f)));

  for (guint c = 0; c < sg_csv_import_get_n_columns (self->import); c++)
    {
      GtkWidget *row = adw_combo_row_new ();
      const char *header = sg_csv_import_get_header (self->import, c);
      const char *example = find_example (self->import, c);
      g_autofree char *title = NULL;

      /* Translators: a CSV column that has no header */
      title = *header != '\0' ? g_markup_escape_text (header, -1)
                              : g_strdup_printf (_("Column %u"), c + 1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (example != NULL)
        {
          g_autofree char *shortened = g_utf8_substring (example, 0, MIN (g_utf8_strlen (example, -1), 60));
          g_autofree char *escaped = g_markup_escape_text (shortened, -1);
          /* Translators: an example value of a CSV column */
          g_autofree char *subtitle = g_strdup_printf (_("e.g. %s"), escaped);
          SgImportDerived derived = sg_csv_import_get_derived (self->import, c);

          /* A score or level is not kept: say so where the column is. */
          if (derived == SG_IMPORT_DERIVED_SCORE || derived == SG_IMPORT_DERIVED_LEVEL)
            {
              g_free (subtitle);
              /* Translators: an example value of a score column, and what happens to it */
              subtitle = g_strdup_printf (_("e.g. %s · checked against the ratings, not imported"), escaped);
            }

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
        }
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
      g_signal_connect (row, "notify::selected", G_CALLBACK (combo_selected_cb), self);
      g_ptr_array_add (self->combo_rows, row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->columns_group), row);
    }
}

static GtkWidget *
new_preview_label (const char *text,
                   gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* Never squeezed below a readable width: the preview scrolls instead. */
  gtk_label_set_width_chars (GTK_LABEL (label), MIN ((int) g_utf8_strlen (text, -1), 24));
  gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

static void
build_preview (SgCsvImportDialog *self)
{
  guint n_columns = sg_csv_import_get_n_columns (self->import);
  guint n_rows = MIN (sg_csv_import_get_n_rows (self->import), PREVIEW_ROWS);

  g_ptr_array_set_size (self->preview_marks, 0);
  g_ptr_array_set_size (self->preview_cells, 0);
  /* Column 0 holds the warning sign of an invalid row. */
  for (guint r = 0; r < n_rows; r++)
    {
      GtkWidget *mark = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (mark, "error");
      gtk_widget_set_opacity (mark, 0.0);
      g_ptr_array_add (self->preview_marks, mark);
      gtk_grid_attach (GTK_GRID (self->preview_grid), mark, 0, (int) r + 1, 1, 1);
      for (guint c = 0; c < n_columns; c++)
        {
          GtkWidget *label = new_preview_label (sg_csv_import_get_cell (self->import, r, c), FALSE);

          g_ptr_array_add (self->preview_cells, label);
          gtk_grid_attach (GTK_GRID (self->preview_grid), label, (int) c + 1, (int) r + 1, 1, 1);
        }
    }
  for (guint c = 0; c < n_columns; c++)
    gtk_grid_attach (GTK_GRID (self->preview_grid),
                     new_preview_label (sg_csv_import_get_header (self->import, c), TRUE),
                     (int) c + 1, 0, 1, 1);
}

static void
show_progress (SgCsvImportDialog *self)
{
  guint n_added = sg_csv_import_get_n_added (self->import);
  /* Translators: progress of an import; %s is a kind's plural: "Assets: 2000 of 40000" */
  g_autofree char *text = g_strdup_printf (ngettext ("%s: %u of %u", "%s: %u of %u", self->n_ready),
                                           sg_format_plural_title (self->klass), n_added, self->n_ready);

  adw_status_page_set_description (ADW_STATUS_PAGE (self->importing_page), text);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar),
                                 self->n_ready > 0 ? (double) n_added / self->n_ready : 1.0);
}

/* "No Assets Were Imported", or for controls "No Controls Were Updated". */
static char *
format_failed (SgCsvImportDialog *self)
{
  const char *plural = sg_format_plural_title (self->klass);

  if (sg_csv_kind_updates (self->kind))
    /* Translators: a message's heading; %s is a kind's plural: "No Controls Were Updated" */
    return g_strdup_printf (_("No %s Were Updated"), plural);
  /* Translators: a message's heading; %s is a kind's plural: "No Assets Were Imported" */
  return g_strdup_printf (_("No %s Were Imported"), plural);
}

static void
import_failed (SgCsvImportDialog *self,
               const char        *message)
{
  g_autofree char *heading = format_failed (self);

  show_message (self, heading, message);
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
import_step_cb (gpointer user_data)
{
  SgCsvImportDialog *self = user_data;
  g_autoptr(GError) error = NULL;
  SgCsvReport report = { 0 };
  gboolean done = FALSE;
  guint n_created, n_updated;

  if (!sg_csv_import_step (self->import, IMPORT_ROWS, &done, &error))
    {
      self->import_id = 0;
      import_failed (self, error->message);
      return G_SOURCE_REMOVE;
    }
  show_progress (self);
  if (!done)
    return G_SOURCE_CONTINUE;

  self->import_id = 0;
  if (!sg_csv_import_finish (self->import, &report, &error))
    {
      sg_csv_report_clear (&report);
      import_failed (self, error->message);
      return G_SOURCE_REMOVE;
    }
  /* For an update, n_imported counts the rows read, not records made. */
  n_created = sg_csv_kind_updates (self->kind) ? 0 : report.n_imported;
  n_updated = report.n_updated;
  sg_csv_report_clear (&report);
  g_signal_emit (self, signals[IMPORTED], 0, n_created, n_updated);
  gtk_window_destroy (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
run_cb (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  SgCsvImportDialog *self = SG_CSV_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gboolean skip = gtk_switch_get_active (GTK_SWITCH (self->skip_switch));

  if (self->import == NULL || self->n_ready == 0 || self->import_id != 0)
    return;
  if (!sg_csv_import_begin (self->import, skip, &error))
    {
      g_autofree char *heading = format_failed (self);

      show_message (self, heading, error->message);
      return;
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.run", FALSE);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "importing");
  show_back (self, FALSE);
  gtk_widget_set_visible (self->next_button, FALSE);
  show_progress (self);
  self->import_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, import_step_cb, self, NULL);
}

/* On the later steps Back takes Cancel's place, as on a subpage: a
 * narrow window keeps room for its title. Escape still cancels. */
static void
show_back (SgCsvImportDialog *self,
           gboolean           back)
{
  gtk_widget_set_visible (self->back_button, back);
  gtk_widget_set_visible (self->cancel_button, !back);
}

/* Shows a step and the buttons that lead on from it. */
static void
show_step (SgCsvImportDialog *self,
           const char        *step)
{
  gboolean summary = g_str_equal (step, "summary");

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), step);
  show_back (self, !g_str_equal (step, "mapping"));
  gtk_widget_set_visible (self->next_button, !summary);
  gtk_widget_set_visible (self->import_button, summary);
  if (summary)
    gtk_widget_grab_focus (self->import_button);
}

static void
next_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  SgCsvImportDialog *self = SG_CSV_IMPORT_DIALOG (widget);
  const char *step = gtk_stack_get_visible_child_name (GTK_STACK (self->stack));

  if (self->import == NULL || self->import_id != 0)
    return;
  if (g_str_equal (step, "mapping") && sg_import_values_page_has_values (self->import))
    {
      sg_import_values_page_set_import (SG_IMPORT_VALUES_PAGE (self->values_page), self->import);
      show_step (self, "values");
    }
  else if (g_str_equal (step, "mapping") || g_str_equal (step, "values"))
    show_step (self, "summary");
}

static void
back_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  SgCsvImportDialog *self = SG_CSV_IMPORT_DIALOG (widget);
  const char *step = gtk_stack_get_visible_child_name (GTK_STACK (self->stack));

  if (self->import == NULL || self->import_id != 0)
    return;
  if (g_str_equal (step, "summary") && sg_import_values_page_has_values (self->import))
    show_step (self, "values");
  else if (g_str_equal (step, "summary") || g_str_equal (step, "values"))
    show_step (self, "mapping");
}

static void
values_changed_cb (SgCsvImportDialog *self)
{
  if (self->import != NULL && self->import_id == 0)
    check_again (self);
}

/* Closing, Escape or Cancel take back what an import under way added. */
static void
stop_import (SgCsvImportDialog *self)
{
  if (self->import_id == 0)
    return;
  g_clear_handle_id (&self->import_id, g_source_remove);
  sg_csv_import_abort (self->import);
}

static gboolean
sg_csv_import_dialog_close_request (GtkWindow *window)
{
  stop_import (SG_CSV_IMPORT_DIALOG (window));
  return GTK_WINDOW_CLASS (sg_csv_import_dialog_parent_class)->close_request (window);
}

static void
sg_csv_import_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SgCsvImportDialog *self = SG_CSV_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_N_READY:
      g_value_set_uint (value, self->n_ready);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_csv_import_dialog_dispose (GObject *object)
{
  SgCsvImportDialog *self = SG_CSV_IMPORT_DIALOG (object);

  stop_import (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), SG_TYPE_CSV_IMPORT_DIALOG);
  g_clear_pointer (&self->combo_rows, g_ptr_array_unref);
  g_clear_pointer (&self->source_rows, g_ptr_array_unref);
  g_clear_pointer (&self->date_rows, g_ptr_array_unref);
  g_clear_pointer (&self->date_columns, g_array_unref);
  g_clear_pointer (&self->outcome_rows, g_ptr_array_unref);
  g_clear_pointer (&self->preview_marks, g_ptr_array_unref);
  g_clear_pointer (&self->preview_cells, g_ptr_array_unref);
  g_clear_pointer (&self->import, sg_csv_import_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->sheet, g_free);
  g_clear_object (&self->store);
  g_clear_pointer (&self->klass, g_type_class_unref);

  G_OBJECT_CLASS (sg_csv_import_dialog_parent_class)->dispose (object);
}

static void
sg_csv_import_dialog_class_init (SgCsvImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sg_csv_import_dialog_dispose;
  object_class->get_property = sg_csv_import_dialog_get_property;
  window_class->close_request = sg_csv_import_dialog_close_request;

  /**
   * SgCsvImportDialog:n-ready:
   * How many rows Import would add or update now: 0 while the file is
   * read or the rows are checked, and while invalid rows hold the import
   * back.
   */
  properties[PROP_N_READY] = g_param_spec_uint ("n-ready", NULL, NULL, 0, G_MAXUINT, 0,
                                                G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SgCsvImportDialog::imported:
   * @n_created: how many records were created
   * @n_updated: how many records of the register were changed
   */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "import.run", NULL, run_cb);
  gtk_widget_class_install_action (widget_class, "import.next", NULL, next_cb);
  gtk_widget_class_install_action (widget_class, "import.back", NULL, back_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/safeguard_isms/Safeguard/ui/sg-csv-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, plural_title);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, short_title);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, loading_page);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, importing_page);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, check_spinner);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, skip_switch);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, problem_list);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, preview_grid);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, source_group);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, next_button);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, values_box);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, SgCsvImportDialog, outcome_group);
}

static void
sg_csv_import_dialog_init (SgCsvImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->combo_rows = g_ptr_array_new ();
  self->source_rows = g_ptr_array_new ();
  self->date_rows = g_ptr_array_new ();
  self->date_columns = g_array_new (FALSE, FALSE, sizeof (guint));
  self->outcome_rows = g_ptr_array_new ();
  self->preview_marks = g_ptr_array_new ();
  self->preview_cells = g_ptr_array_new ();
  g_signal_connect_swapped (self->skip_switch, "notify::active", G_CALLBACK (skip_active_cb), self);
  self->values_page = sg_import_values_page_new ();
  gtk_box_append (GTK_BOX (self->values_box), self->values_page);
  g_signal_connect_swapped (self->values_page, "changed", G_CALLBACK (values_changed_cb), self);
}

static void
source_changed_cb (AdwComboRow       *row,
                   GParamSpec        *pspec,
                   SgCsvImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (row);
  const SgSheetInfo *info;

  if (self->updating || self->import == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  info = sg_csv_import_get_info (self->import);
  if (GTK_WIDGET (row) == self->delimiter_row && selected < G_N_ELEMENTS (delimiters))
    self->options.csv.delimiter = delimiters[selected];
  else if (GTK_WIDGET (row) == self->encoding_row && selected < G_N_ELEMENTS (encodings))
    self->options.csv.encoding = encodings[selected];
  else if (GTK_WIDGET (row) == self->sheet_row && info->sheets != NULL && selected < g_strv_length (info->sheets))
    {
      g_free (self->sheet);
      self->sheet = g_strdup (info->sheets[selected]);
      self->options.sheet = self->sheet;
    }
  else
    return;
  /* From the idle: the row that changed goes with the others. */
  g_idle_add_full (G_PRIORITY_DEFAULT, (GSourceFunc) read_file_idle_cb, g_object_ref (self), g_object_unref);
}

static GtkWidget *
new_source_combo (SgCsvImportDialog *self,
                  const char        *title,
                  GtkStringList     *choices,
                  guint              selected)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_signal_connect (row, "notify::selected", G_CALLBACK (source_changed_cb), self);
  g_ptr_array_add (self->source_rows, row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->source_group), row);
  return row;
}

/* How the file was read, and the choices that read it otherwise. */
static void
build_source (SgCsvImportDialog *self)
{
  const SgSheetInfo *info = sg_csv_import_get_info (self->import);
  g_autofree char *described = sg_sheet_info_describe (info);
  g_autofree char *escaped = g_markup_escape_text (described, -1);
  GtkWidget *row = adw_action_row_new ();

  self->updating = TRUE;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Read As"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  g_ptr_array_add (self->source_rows, row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->source_group), row);

  if (info->format == SG_SHEET_FORMAT_CSV)
    {
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
      g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
      guint d = 0, e = 0;

      gtk_string_list_append (names, _("Comma"));
      gtk_string_list_append (names, _("Semicolon"));
      gtk_string_list_append (names, _("Tab"));
      for (guint i = 0; i < G_N_ELEMENTS (delimiters); i++)
        if (delimiters[i] == info->csv.delimiter)
          d = i;
      for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
        {
          gtk_string_list_append (labels, sg_text_encoding_get_label (encodings[i]));
          if (encodings[i] == info->csv.encoding)
            e = i;
        }
      self->delimiter_row = new_source_combo (self, _("Delimiter"), names, d);
      self->encoding_row = new_source_combo (self, _("Encoding"), labels, e);
    }
  else if (info->sheets != NULL && g_strv_length (info->sheets) > 1)
    {
      g_autoptr(GtkStringList) sheets = gtk_string_list_new ((const char * const *) info->sheets);
      guint selected = 0;

      for (guint i = 0; info->sheets[i] != NULL; i++)
        if (g_strcmp0 (info->sheets[i], info->sheet) == 0)
          selected = i;
      self->sheet_row = new_source_combo (self, _("Sheet"), sheets, selected);
    }

  self->notes_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->notes_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->notes_label), 0);
  gtk_widget_set_margin_top (self->notes_label, 12);
  gtk_widget_add_css_class (self->notes_label, "dim-label");
  gtk_widget_set_visible (self->notes_label, FALSE);
  g_ptr_array_add (self->source_rows, self->notes_label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->source_group), self->notes_label);
  self->updating = FALSE;
}

/* Takes down what the file read before showed. */
static void
clear_read (SgCsvImportDialog *self)
{
  GtkWidget *child;

  for (guint i = 0; i < self->source_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->source_group),
                                  g_ptr_array_index (self->source_rows, i));
  g_ptr_array_set_size (self->source_rows, 0);
  g_ptr_array_set_size (self->date_rows, 0);
  g_array_set_size (self->date_columns, 0);
  self->delimiter_row = self->encoding_row = self->sheet_row = self->notes_label = NULL;
  for (guint i = 0; i < self->combo_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->columns_group),
                                  g_ptr_array_index (self->combo_rows, i));
  g_ptr_array_set_size (self->combo_rows, 0);
  while ((child = gtk_widget_get_first_child (self->preview_grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->preview_grid), child);
  g_ptr_array_set_size (self->preview_marks, 0);
  g_ptr_array_set_size (self->preview_cells, 0);
  sg_import_values_page_set_import (SG_IMPORT_VALUES_PAGE (self->values_page), NULL);
  g_clear_pointer (&self->import, sg_csv_import_unref);
}

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(SgCsvImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  SgCsvImport *import;

  /* The dialog went: the task frees what it read. */
  if (self->store == NULL)
    return;
  import = sg_csv_import_new_finish (self->store, result, &error);
  if (import == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* Translators: a message's heading; %s is a kind's plural: "Could Not Import Assets" */
          g_autofree char *heading = g_strdup_printf (_("Could Not Import %s"), sg_format_plural_title (self->klass));

          show_message (self, heading, error->message);
          gtk_window_destroy (GTK_WINDOW (self));
        }
      return;
    }
  self->import = import;
  build_source (self);
  build_columns (self);
  build_preview (self);
  show_step (self, "mapping");
  /* Last: it tells that the dialog is ready. */
  refresh (self);
}

/* Reads the file (again) with the options chosen, in a thread. */
static void
read_file (SgCsvImportDialog *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  clear_read (self);
  set_n_ready (self, 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.run", FALSE);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "loading");
  show_back (self, FALSE);
  sg_csv_import_new_full_async (self->store, self->kind, self->path, &self->options, self->cancellable,
                                read_cb, g_object_ref (self));
}

static gboolean
read_file_idle_cb (SgCsvImportDialog *self)
{
  if (self->store != NULL && self->import_id == 0)
    read_file (self);
  return G_SOURCE_REMOVE;
}

/* The title, the steps and the progress say which kind is imported. */
static void
name_kind (SgCsvImportDialog *self,
           const char        *file_name)
{
  const char *plural = sg_format_plural_title (self->klass);
  gboolean updates = sg_csv_kind_updates (self->kind);
  GParamSpec *notes = sg_csv_find_notes_field (self->kind);
  /* Translators: the import dialog's title; %s is a kind's plural: "Import Assets" */
  g_autofree char *title = g_strdup_printf (_("Import %s"), plural);
  g_autofree char *importing = NULL;
  g_autofree char *columns = NULL;

  gtk_window_set_title (GTK_WINDOW (self), title);
  /* A narrow window shows the plural alone, then "Import": a title is
   * never cut off (the subtitle, a file's name, may be). */
  adw_window_title_set_title (ADW_WINDOW_TITLE (self->window_title), title);
  adw_window_title_set_title (ADW_WINDOW_TITLE (self->plural_title), plural);
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->window_title), file_name);
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->plural_title), file_name);
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->short_title), file_name);

  importing = updates ? /* Translators: %s is a kind's plural: "Updating Controls…" */
                        g_strdup_printf (_("Updating %s…"), plural)
                      : /* Translators: %s is a kind's plural: "Importing Assets…" */
                        g_strdup_printf (_("Importing %s…"), plural);
  adw_status_page_set_title (ADW_STATUS_PAGE (self->importing_page), importing);

  /* The kind's fields are the choices; the notes field is named, since
   * for controls it is the implementation notes. */
  if (notes != NULL && updates)
    /* Translators: %s is the label of a record's notes field: "Notes", "Implementation notes" */
    columns = g_strdup_printf (_("Each row updates the record its ref names: a column fills one field, but not "
                                 "the title, and an empty cell keeps what is there. Columns kept in the notes are "
                                 "added to “%s” with their header."),
                               sg_field_get_label (notes));
  else if (notes != NULL)
    /* Translators: %s is the label of a record's notes field: "Notes", "Implementation notes" */
    columns = g_strdup_printf (_("Each column of the file fills one field. Columns kept in the notes are added "
                                 "to “%s” with their header."),
                               sg_field_get_label (notes));
  else
    columns = g_strdup (_("Each column of the file fills one field. Columns kept in the notes are left out."));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->columns_group), columns);
}

SgCsvImportDialog *
sg_csv_import_dialog_new (GtkWindow  *parent,
                          SgStore    *store,
                          GType       kind,
                          GFile      *file,
                          GError    **error)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *reading = NULL;
  SgCsvImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (sg_import_kind_is_importable (kind), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  path = g_file_get_path (file);
  name = g_file_get_parse_name (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not on this computer. Copy it to a local folder and import it from there."),
                   name);
      return NULL;
    }
  /* A folder or a device is told at once, before a dialog opens. */
  if (!sg_sheet_check_file (path, error))
    return NULL;

  self = g_object_new (SG_TYPE_CSV_IMPORT_DIALOG, "transient-for", parent, NULL);
  /* Wide enough to read the preview, but never wider or taller than the
   * window it belongs to: on a phone it fills the screen. */
  if (parent != NULL && gtk_widget_get_width (GTK_WIDGET (parent)) > 0)
    {
      int width, height;

      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   MIN (width, gtk_widget_get_width (GTK_WIDGET (parent))),
                                   MIN (height, gtk_widget_get_height (GTK_WIDGET (parent))));
    }
  self->store = g_object_ref (store);
  self->kind = kind;
  self->klass = g_type_class_ref (kind);
  self->path = g_steal_pointer (&path);
  g_free (name);
  name = g_file_get_basename (file);
  name_kind (self, name);
  /* Translators: shown while a spreadsheet file is read and checked; %s is its name */
  reading = g_strdup_printf (_("Reading “%s”…"), name);
  adw_status_page_set_title (ADW_STATUS_PAGE (self->loading_page), reading);
  read_file (self);
  return self;
}

guint
sg_csv_import_dialog_get_n_ready (SgCsvImportDialog *self)
{
  g_return_val_if_fail (SG_IS_CSV_IMPORT_DIALOG (self), 0);

  return self->n_ready;
}
