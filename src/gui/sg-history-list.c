/* sg-history-list.c: the change history of one record
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-history-list"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-format.h"
#include "sg-history-list.h"

/* Long texts are cut to this many characters in a history line. */
#define MAX_VALUE_CHARS 60

struct _SgHistoryList
{
  AdwPreferencesGroup  parent_instance;

  GtkWidget           *expander;

  SgStore             *store;
  SgRecord            *record;
  GPtrArray           *rows;        /* GtkWidget*, the rows in the expander */
  gulong               notify_id;
  guint                refresh_id;
};

G_DEFINE_FINAL_TYPE (SgHistoryList, sg_history_list, ADW_TYPE_PREFERENCES_GROUP)

static char *
shorten (char *text)
{
  char *newline;

  if (text == NULL)
    return g_strdup ("—");
  if ((newline = strchr (text, '\n')) != NULL)
    *newline = '\0';
  if (g_utf8_strlen (text, -1) > MAX_VALUE_CHARS || newline != NULL)
    {
      g_autofree char *cut = g_utf8_substring (text, 0, MIN (MAX_VALUE_CHARS,
                                                             g_utf8_strlen (text, -1)));
      g_free (text);
      return g_strconcat (cut, "…", NULL);
    }
  return text;
}

static char *
describe_entry (SgHistoryList  *self,
                SgHistoryEntry *entry)
{
  const char *field = sg_history_entry_get_field (entry);
  GParamSpec *pspec = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;

  switch (sg_history_entry_get_action (entry))
    {
    case SG_HISTORY_CREATE:
      return g_strdup (_("Created"));
    case SG_HISTORY_DELETE:
      return g_strdup (_("Deleted"));
    case SG_HISTORY_RESTORE:
      return g_strdup (_("Restored"));
    case SG_HISTORY_CHAIN:
      return g_strdup (_("Changed outside Safeguard, accepted"));
    case SG_HISTORY_CHANGE:
    default:
      break;
    }

  if (field != NULL)
    pspec = sg_record_class_find_field (SG_RECORD_GET_CLASS (self->record), field);
  if (pspec != NULL)
    {
      const SgFieldResolver *resolver = sg_store_get_field_resolver (self->store);

      old_text = shorten (sg_field_format_stored (pspec, sg_history_entry_get_old_value (entry), resolver));
      new_text = shorten (sg_field_format_stored (pspec, sg_history_entry_get_new_value (entry), resolver));
    }
  else
    {
      old_text = shorten (g_strdup (sg_history_entry_get_old_value (entry)));
      new_text = shorten (g_strdup (sg_history_entry_get_new_value (entry)));
    }

  /* Translators: a change in a record's history: field, old value, new value */
  return g_strdup_printf (_("%s: %s → %s"),
                          pspec ? sg_field_get_label (pspec) : field ? field : "",
                          old_text, new_text);
}

static char *
describe_author (SgHistoryEntry *entry)
{
  g_autofree char *when = sg_field_format_timestamp (sg_history_entry_get_changed_at (entry));
  const char *who = sg_history_entry_get_changed_by (entry);

  if (who == NULL || *who == '\0')
    return g_strdup (when ? when : "");
  /* Translators: who changed a record, and when */
  return g_strdup_printf (_("%s, %s"), who, when ? when : "");
}

static void
clear_rows (SgHistoryList *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self->expander),
                             g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
refresh (SgHistoryList *self)
{
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint n;

  clear_rows (self);
  if (self->record == NULL)
    return;

  entries = sg_store_list_history (self->store, self->record, &error);
  if (entries == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->expander), _("History unavailable"));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->expander), error->message);
      return;
    }

  n = g_list_model_get_n_items (entries);
  title = g_strdup_printf (ngettext ("%u entry", "%u entries", n), n);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->expander), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->expander), "");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgHistoryEntry) entry = g_list_model_get_item (entries, i);
      g_autofree char *what = describe_entry (self, entry);
      g_autofree char *author = describe_author (entry);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), what);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), author);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self->expander), row);
      g_ptr_array_add (self->rows, row);

      if (i == 0)
        {
          /* Translators: the latest change of a record, e.g. "Latest: Maria Keller, 14/03/25 10:02" */
          g_autofree char *latest = g_strdup_printf (_("Latest: %s"), author);
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->expander), latest);
        }
    }
}

static gboolean
refresh_idle_cb (gpointer data)
{
  SgHistoryList *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Every saved edit adds a line: refresh once the edits of this turn are in. */
static void
record_notify_cb (SgHistoryList *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

static void
sg_history_list_dispose (GObject *object)
{
  SgHistoryList *self = SG_HISTORY_LIST (object);

  sg_history_list_set_record (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SG_TYPE_HISTORY_LIST);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_history_list_parent_class)->dispose (object);
}

static void
sg_history_list_finalize (GObject *object)
{
  SgHistoryList *self = SG_HISTORY_LIST (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sg_history_list_parent_class)->finalize (object);
}

static void
sg_history_list_class_init (SgHistoryListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_history_list_dispose;
  object_class->finalize = sg_history_list_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/safeguard_isms/Safeguard/ui/sg-history-list.ui");
  gtk_widget_class_bind_template_child (widget_class, SgHistoryList, expander);
}

static void
sg_history_list_init (SgHistoryList *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sg_history_list_new (SgStore *store)
{
  SgHistoryList *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_HISTORY_LIST, NULL);
  self->store = g_object_ref (store);
  return GTK_WIDGET (self);
}

void
sg_history_list_set_record (SgHistoryList *self,
                            SgRecord      *record)
{
  g_return_if_fail (SG_IS_HISTORY_LIST (self));
  g_return_if_fail (record == NULL || SG_IS_RECORD (record));

  if (self->record == record)
    return;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->record != NULL)
    {
      g_clear_signal_handler (&self->notify_id, self->record);
      g_clear_object (&self->record);
    }
  if (record != NULL)
    {
      self->record = g_object_ref (record);
      self->notify_id = g_signal_connect_swapped (record, "notify",
                                                  G_CALLBACK (record_notify_cb), self);
    }
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self->expander), FALSE);
  refresh (self);
}
