/* sg-import-values-page.c: the import dialog's step where each value of a choice or rating column is mapped
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One group per column mapped to a choice or a rating: each distinct
 * value of the file with how many rows have it and a drop-down of what it
 * becomes — "Keep in the Notes" first, then the field's choices or the
 * register's ratings. A rating column also says which scale its numbers
 * are on, so a 1–3 file can be rescaled to a 1–5 register. */
#define G_LOG_DOMAIN "sg-import-values-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-field.h"
#include "sg-import-values-page.h"

/* Values listed per column; a free-text column mapped to a choice by
 * mistake would otherwise make thousands of rows. */
#define MAX_VALUES 60

static const guint scales[] = { 0, 3, 4, 5, 10 };

typedef struct
{
  guint  column;
  char  *text;   /* NULL: the row chooses the column's scale */
} Entry;

struct _SgImportValuesPage
{
  GtkBox       parent_instance;

  SgCsvImport *import;
  GPtrArray   *groups;   /* AdwPreferencesGroup* */
  GPtrArray   *rows;     /* AdwComboRow* */
  GArray      *entries;  /* Entry, per row */
  gboolean     updating;
};

G_DEFINE_FINAL_TYPE (SgImportValuesPage, sg_import_values_page, GTK_TYPE_BOX)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
entry_clear (Entry *entry)
{
  g_free (entry->text);
}

static void rebuild (SgImportValuesPage *self);

static gboolean
rebuild_idle_cb (gpointer data)
{
  SgImportValuesPage *self = data;

  if (self->import != NULL)
    rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
selected_cb (AdwComboRow        *row,
             GParamSpec         *pspec,
             SgImportValuesPage *self)
{
  guint index, selected;
  Entry *entry;

  if (self->updating || self->import == NULL || !g_ptr_array_find (self->rows, row, &index))
    return;
  entry = &g_array_index (self->entries, Entry, index);
  selected = adw_combo_row_get_selected (row);
  if (selected == GTK_INVALID_LIST_POSITION)
    return;
  if (entry->text == NULL)
    {
      sg_csv_import_set_value_scale (self->import, entry->column,
                                     selected < G_N_ELEMENTS (scales) ? scales[selected] : 0);
      /* The guesses change with the scale: shown again, not from
       * inside the row's own signal. */
      g_idle_add_full (G_PRIORITY_DEFAULT, rebuild_idle_cb, g_object_ref (self), g_object_unref);
    }
  else if (selected == 0)
    sg_csv_import_set_value (self->import, entry->column, entry->text, 0, FALSE);
  else
    sg_csv_import_set_value (self->import, entry->column, entry->text,
                             sg_csv_import_get_nth_choice (self->import, entry->column, selected - 1), TRUE);
  g_signal_emit (self, signals[CHANGED], 0);
}

static GtkWidget *
add_row (SgImportValuesPage *self,
         GtkWidget          *group,
         guint               column,
         const char         *text,
         const char         *title,
         const char         *subtitle,
         GListModel         *model,
         guint               selected)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  Entry entry = { column, g_strdup (text) };

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), model);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_signal_connect (row, "notify::selected", G_CALLBACK (selected_cb), self);
  g_ptr_array_add (self->rows, row);
  g_array_append_val (self->entries, entry);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static void
add_scale_row (SgImportValuesPage *self,
               GtkWidget          *group,
               guint               column)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  guint scale = sg_csv_import_get_value_scale (self->import, column);
  guint max = sg_csv_import_get_max_number (self->import, column);
  guint n = sg_csv_import_get_n_choices (self->import, column);
  g_autofree char *subtitle = NULL;
  g_autofree char *as_written = NULL;
  guint selected = 0;

  /* Translators: a rating column's numbers taken as they are, e.g. "As Written (1–5)" */
  as_written = g_strdup_printf (_("As Written (1–%u)"), n);
  gtk_string_list_append (model, as_written);
  for (guint i = 1; i < G_N_ELEMENTS (scales); i++)
    {
      /* Translators: numbers on another scale, e.g. "1–3, Rescaled to 1–5" */
      g_autofree char *label = g_strdup_printf (_("1–%u, Rescaled to 1–%u"), scales[i], n);

      gtk_string_list_append (model, label);
      if (scales[i] == scale)
        selected = i;
    }
  /* Translators: the highest number in a rating column */
  subtitle = max > 0 ? g_strdup_printf (_("The highest number in the file is %u"), max) : NULL;
  add_row (self, group, column, NULL, _("Numbers in the File"), subtitle, G_LIST_MODEL (model), selected);
}

static void
add_column (SgImportValuesPage *self,
            guint               column,
            GPtrArray          *values)
{
  GParamSpec *field = sg_csv_import_get_field (self->import, column);
  const char *header = sg_csv_import_get_header (self->import, column);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  guint n_choices = sg_csv_import_get_n_choices (self->import, column);

  /* The header as the title and the field below it: a title ends in
   * "…" at 360 px where both would not fit. */
  escaped = g_markup_escape_text (header, -1);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), escaped);
  /* Translators: the field a column of the file fills, e.g. "Fills “Inherent likelihood”" */
  title = g_strdup_printf (_("Fills “%s”"), sg_field_get_label (field));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), title);
  gtk_string_list_append (choices, _("Keep in the Notes"));
  for (guint n = 0; n < n_choices; n++)
    {
      g_autofree char *label = sg_csv_import_get_value_label (self->import, column,
                                                              sg_csv_import_get_nth_choice (self->import, column, n));
      gtk_string_list_append (choices, label);
    }
  /* Words have no scale to choose; numbers do. */
  if (sg_field_get_kind (field) != SG_FIELD_CHOICE && sg_csv_import_get_max_number (self->import, column) > 0)
    add_scale_row (self, group, column);

  for (guint i = 0; i < MIN (values->len, MAX_VALUES); i++)
    {
      SgImportValue *value = g_ptr_array_index (values, i);
      g_autofree char *rows = g_strdup_printf (ngettext ("%u row", "%u rows", value->n_rows), value->n_rows);
      guint selected = 0;

      for (guint n = 0; value->mapped && n < n_choices; n++)
        if (sg_csv_import_get_nth_choice (self->import, column, n) == value->value)
          selected = n + 1;
      add_row (self, group, column, value->text, value->text, rows, G_LIST_MODEL (choices), selected);
    }
  if (values->len > MAX_VALUES)
    {
      guint more = values->len - MAX_VALUES;
      g_autofree char *text = g_strdup_printf (ngettext ("And %u more value, mapped as guessed",
                                                         "And %u more values, mapped as guessed", more), more);

      g_autofree char *both = g_strdup_printf ("%s\n%s", title, text);

      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), both);
    }
  g_ptr_array_add (self->groups, group);
  gtk_box_append (GTK_BOX (self), group);
}

static void
clear (SgImportValuesPage *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    gtk_box_remove (GTK_BOX (self), g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  g_ptr_array_set_size (self->rows, 0);
  g_array_set_size (self->entries, 0);
}

static void
rebuild (SgImportValuesPage *self)
{
  self->updating = TRUE;
  clear (self);
  for (guint c = 0; self->import != NULL && c < sg_csv_import_get_n_columns (self->import); c++)
    {
      GPtrArray *values = sg_csv_import_list_values (self->import, c);

      if (values != NULL && values->len > 0)
        add_column (self, c, values);
    }
  self->updating = FALSE;
}

gboolean
sg_import_values_page_has_values (SgCsvImport *import)
{
  for (guint c = 0; import != NULL && c < sg_csv_import_get_n_columns (import); c++)
    {
      GPtrArray *values = sg_csv_import_list_values (import, c);

      if (values != NULL && values->len > 0)
        return TRUE;
    }
  return FALSE;
}

void
sg_import_values_page_set_import (SgImportValuesPage *self,
                                  SgCsvImport        *import)
{
  g_return_if_fail (SG_IS_IMPORT_VALUES_PAGE (self));

  if (import != NULL)
    sg_csv_import_ref (import);
  g_clear_pointer (&self->import, sg_csv_import_unref);
  self->import = import;
  rebuild (self);
}

guint
sg_import_values_page_get_n_values (SgImportValuesPage *self)
{
  guint n = 0;

  g_return_val_if_fail (SG_IS_IMPORT_VALUES_PAGE (self), 0);

  for (guint i = 0; i < self->entries->len; i++)
    n += g_array_index (self->entries, Entry, i).text != NULL;
  return n;
}

static void
sg_import_values_page_dispose (GObject *object)
{
  SgImportValuesPage *self = SG_IMPORT_VALUES_PAGE (object);

  if (self->groups != NULL)
    clear (self);
  g_clear_pointer (&self->import, sg_csv_import_unref);
  G_OBJECT_CLASS (sg_import_values_page_parent_class)->dispose (object);
}

static void
sg_import_values_page_finalize (GObject *object)
{
  SgImportValuesPage *self = SG_IMPORT_VALUES_PAGE (object);

  g_ptr_array_unref (self->groups);
  g_ptr_array_unref (self->rows);
  g_array_unref (self->entries);
  G_OBJECT_CLASS (sg_import_values_page_parent_class)->finalize (object);
}

static void
sg_import_values_page_class_init (SgImportValuesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sg_import_values_page_dispose;
  object_class->finalize = sg_import_values_page_finalize;

  /**
   * SgImportValuesPage::changed:
   * The user changed what a value becomes, or a column's scale.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sg_import_values_page_init (SgImportValuesPage *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 24);
  self->groups = g_ptr_array_new ();
  self->rows = g_ptr_array_new ();
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (self->entries, (GDestroyNotify) entry_clear);
}

GtkWidget *
sg_import_values_page_new (void)
{
  return g_object_new (SG_TYPE_IMPORT_VALUES_PAGE, NULL);
}
