/* sg-person-competence.c: a person's roles, competence evidence, awareness and policy acknowledgement
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shown in a person's detail pane (SgRecordEditor): what the competence
 * rule (sg-competence.c) says of them, redrawn when the register or the
 * interval in Preferences changes. */
#define G_LOG_DOMAIN "sg-person-competence"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-awareness-activity.h"
#include "sg-competence.h"
#include "sg-competence-record.h"
#include "sg-field-codec.h"
#include "sg-person-competence.h"
#include "sg-person.h"
#include "sg-record-cell.h"
#include "sg-role.h"
#include "sg-settings.h"
#include "sg-window.h"

struct _SgPersonCompetence
{
  AdwPreferencesGroup  parent_instance;

  SgStore             *store;
  SgRecord            *person;
  GtkWidget           *acknowledge_button;
  GPtrArray           *rows;      /* GtkWidget*: the group's rows, to clear */
  GPtrArray           *links;     /* AdwActionRow*: rows that open a record */
  GPtrArray           *records;   /* SgRecord*: what each of @links opens */
  GPtrArray           *gaps;      /* char*: the gaps' sentences */
  GPtrArray           *watched;   /* GListModel*: the lists whose changes redraw */
  guint                idle_id;
  guint                marks_id;
};

G_DEFINE_FINAL_TYPE (SgPersonCompetence, sg_person_competence, ADW_TYPE_PREFERENCES_GROUP)

static void refresh (SgPersonCompetence *self);

static void
row_activated_cb (AdwActionRow       *row,
                  SgPersonCompetence *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  guint index;

  if (!g_ptr_array_find (self->links, row, &index) || !SG_IS_WINDOW (root))
    return;
  sg_window_show_record (SG_WINDOW (root), g_ptr_array_index (self->records, index));
}

static char *
format_date (const char *iso)
{
  char *shown = iso != NULL ? sg_field_format_date (iso) : NULL;

  return shown != NULL ? shown : g_strdup (iso != NULL ? iso : "");
}

static void
add_row (SgPersonCompetence *self,
         GtkWidget          *expander,
         GtkWidget          *row)
{
  if (expander != NULL)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  else
    {
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
}

static GtkWidget *
new_row (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/* A row that opens @record: its title, @subtitle, and a warning when @stale. */
static void
add_link (SgPersonCompetence *self,
          GtkWidget          *expander,
          SgRecord           *record,
          const char         *subtitle,
          gboolean            stale)
{
  g_autofree char *name = sg_record_dup_display_name (record);
  GtkWidget *row = new_row (name, subtitle);

  if (stale)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      gtk_widget_set_tooltip_text (icon, _("Not current"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Not current"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);
  add_row (self, expander, row);
  g_ptr_array_add (self->links, row);
  g_ptr_array_add (self->records, g_object_ref (record));
}

static char *
evidence_subtitle (SgRecord *record)
{
  const char *date = sg_record_peek_string (record, "completed-on");
  g_autofree char *shown = NULL;

  if (date == NULL || *date == '\0')
    return g_strdup (_("No completion date"));
  shown = format_date (date);
  /* Translators: %s is a date */
  return g_strdup_printf (_("Completed on %s"), shown);
}

static gboolean
is_stale (SgCompetenceSummary *summary,
          SgRecord            *record)
{
  for (guint i = 0; i < summary->gaps->len; i++)
    if (g_array_index (summary->gaps, SgCompetenceGap, i).record == record)
      return TRUE;
  return FALSE;
}

static void
add_roles (SgPersonCompetence  *self,
           SgCompetenceSummary *summary)
{
  for (guint i = 0; i < summary->roles->len; i++)
    {
      SgCompetenceRole *role = &g_array_index (summary->roles, SgCompetenceRole, i);
      const char *name = sg_record_peek_string (role->role, SG_ROLE_NAME);
      const char *required = sg_record_peek_string (role->role, SG_ROLE_REQUIRED_COMPETENCE);
      g_autofree char *title = g_strdup_printf ("%s %s", sg_record_get_ref (role->role), name ? name : "");
      g_autofree char *subtitle = NULL;
      GtkWidget *expander = adw_expander_row_new ();
      GtkWidget *row;

      if (role->evidence->len == 0)
        subtitle = g_strdup (role->deputy ? _("Deputy · no evidence") : _("Holder · no evidence"));
      else
        subtitle = g_strdup_printf (role->deputy
                                    ? ngettext ("Deputy · %u piece of evidence", "Deputy · %u pieces of evidence",
                                                role->evidence->len)
                                    : ngettext ("Holder · %u piece of evidence", "Holder · %u pieces of evidence",
                                                role->evidence->len),
                                    role->evidence->len);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
      add_row (self, NULL, expander);

      /* What the role asks for, to read against the evidence below it. */
      row = new_row (_("Required competence"),
                     required != NULL && *required != '\0' ? required : _("Not described for this role yet"));
      add_row (self, expander, row);
      {
        /* AdwActionRow cuts its subtitle after a line unless told. */
        adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      }
      for (guint e = 0; e < role->evidence->len; e++)
        {
          SgRecord *record = g_ptr_array_index (role->evidence, e);
          g_autofree char *when = evidence_subtitle (record);

          add_link (self, expander, record, when, is_stale (summary, record));
        }
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
    }

  for (guint i = 0; i < summary->other->len; i++)
    {
      SgRecord *record = g_ptr_array_index (summary->other, i);
      g_autofree char *when = evidence_subtitle (record);

      add_link (self, NULL, record, when, FALSE);
    }
}

static void
add_activities (SgPersonCompetence  *self,
                SgCompetenceSummary *summary)
{
  GtkWidget *expander = adw_expander_row_new ();
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Awareness activities taken part in"));
  if (summary->activities->len == 0)
    subtitle = g_strdup (_("None recorded"));
  else
    subtitle = g_strdup_printf (ngettext ("%u activity", "%u activities", summary->activities->len),
                                summary->activities->len);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  gtk_widget_set_sensitive (expander, summary->activities->len > 0);
  add_row (self, NULL, expander);
  for (guint i = 0; i < summary->activities->len; i++)
    {
      SgRecord *activity = g_ptr_array_index (summary->activities, i);
      g_autofree char *held = format_date (sg_record_peek_string (activity, SG_AWARENESS_ACTIVITY_HELD_ON));

      add_link (self, expander, activity, held, FALSE);
    }
}

static void
add_acknowledgement (SgPersonCompetence  *self,
                     SgCompetenceSummary *summary)
{
  g_autofree char *shown = NULL;
  g_autofree char *today = sg_date_today ();
  GtkWidget *row;

  if (summary->acknowledged != NULL)
    shown = format_date (summary->acknowledged);
  row = new_row (_("Information security policy acknowledged"),
                 shown != NULL ? shown : _("Never"));
  self->acknowledge_button = gtk_button_new_with_mnemonic (_("_Acknowledged Today"));
  gtk_widget_set_valign (self->acknowledge_button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (self->acknowledge_button, g_strcmp0 (summary->acknowledged, today) != 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->acknowledge_button), "competence.acknowledge");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->acknowledge_button);
  add_row (self, NULL, row);
}

static void
add_gaps (SgPersonCompetence  *self,
          SgCompetenceSummary *summary)
{
  for (guint i = 0; i < summary->gaps->len; i++)
    {
      char *sentence = sg_competence_describe_gap (summary, &g_array_index (summary->gaps, SgCompetenceGap, i));
      GtkWidget *row = new_row (sentence, NULL);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Gap"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_add_css_class (row, "warning");
      add_row (self, NULL, row);
      g_ptr_array_add (self->gaps, sentence);
    }
}

static void
clear (SgPersonCompetence *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->links, 0);
  g_ptr_array_set_size (self->records, 0);
  g_ptr_array_set_size (self->gaps, 0);
  self->acknowledge_button = NULL;
}

static void
refresh (SgPersonCompetence *self)
{
  g_autoptr(SgCompetenceSummary) summary = NULL;

  clear (self);
  gtk_widget_set_visible (GTK_WIDGET (self), self->person != NULL);
  if (self->person == NULL)
    return;
  summary = sg_competence_summarise (self->store, self->person, NULL, sg_competence_get_months ());
  {
    g_autofree char *description =
      g_strdup_printf (ngettext ("Evidence, awareness and acknowledgements count as current for %u month "
                                 "(Preferences).",
                                 "Evidence, awareness and acknowledgements count as current for %u months "
                                 "(Preferences).",
                                 sg_competence_get_months ()),
                       sg_competence_get_months ());

    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
  }
  add_gaps (self, summary);
  add_roles (self, summary);
  add_activities (self, summary);
  add_acknowledgement (self, summary);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  SgPersonCompetence *self = data;

  self->idle_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Many changes at once (an import, an undo) redraw once; at the
 * priority of other events, so that an animation (the toast's) does not
 * hold it back. */
static void
queue_refresh (SgPersonCompetence *self)
{
  if (self->person != NULL && self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_idle_cb, self, NULL);
}

static gboolean
refresh_marks_cb (gpointer data)
{
  SgPersonCompetence *self = data;

  self->marks_id = 0;
  sg_record_cell_refresh_attention ();
  return G_SOURCE_REMOVE;
}

/* The lists' marks of everyone, not only of the person shown: another
 * person's new evidence or an activity's participants change theirs. */
static void
queue_marks (SgPersonCompetence *self)
{
  if (self->marks_id == 0)
    self->marks_id = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_marks_cb, self, NULL);
}

static void
record_changed_cb (SgStore            *store,
                   SgRecord           *record,
                   GParamSpec         *pspec,
                   SgPersonCompetence *self)
{
  if (record == self->person || SG_IS_ROLE (record) || SG_IS_COMPETENCE_RECORD (record) ||
      SG_IS_AWARENESS_ACTIVITY (record))
    queue_refresh (self);
  if (SG_IS_ROLE (record) || SG_IS_COMPETENCE_RECORD (record) || SG_IS_AWARENESS_ACTIVITY (record))
    queue_marks (self);
}

static void
acknowledged_undo_cb (AdwToast *toast,
                      gpointer  user_data)
{
  SgRecord *person = g_object_get_data (G_OBJECT (toast), "person");
  const char *before = g_object_get_data (G_OBJECT (toast), "before");

  g_object_set (person, SG_PERSON_POLICY_ACKNOWLEDGED_ON, before, NULL);
}

static void
acknowledge_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SgPersonCompetence *self = SG_PERSON_COMPETENCE (widget);
  g_autofree char *today = sg_date_today ();
  g_autofree char *before = NULL;
  GtkWidget *overlay;
  AdwToast *toast;

  if (self->person == NULL)
    return;
  before = g_strdup (sg_record_peek_string (self->person, SG_PERSON_POLICY_ACKNOWLEDGED_ON));
  /* Saved at once, like every edit; the store tells us to redraw. */
  g_object_set (self->person, SG_PERSON_POLICY_ACKNOWLEDGED_ON, today, NULL);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;
  toast = adw_toast_new (_("Policy acknowledgement recorded for today"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "person", g_object_ref (self->person), g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "before", g_steal_pointer (&before), g_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (acknowledged_undo_cb), NULL);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

void
sg_person_competence_set_person (SgPersonCompetence *self,
                                 SgRecord           *person)
{
  g_return_if_fail (SG_IS_PERSON_COMPETENCE (self));
  g_return_if_fail (person == NULL || SG_IS_PERSON (person));

  g_set_object (&self->person, person);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  refresh (self);
}

GStrv
sg_person_competence_dup_gaps (SgPersonCompetence *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (SG_IS_PERSON_COMPETENCE (self), NULL);

  for (guint i = 0; i < self->gaps->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->gaps, i));
  return g_strv_builder_end (builder);
}

static void
sg_person_competence_dispose (GObject *object)
{
  SgPersonCompetence *self = SG_PERSON_COMPETENCE (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_handle_id (&self->marks_id, g_source_remove);
  if (self->watched != NULL)
    for (guint i = 0; i < self->watched->len; i++)
      g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_clear_pointer (&self->watched, g_ptr_array_unref);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_pointer (&self->gaps, g_ptr_array_unref);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->links, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->person);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_person_competence_parent_class)->dispose (object);
}

static void
sg_person_competence_class_init (SgPersonCompetenceClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sg_person_competence_dispose;
  gtk_widget_class_install_action (widget_class, "competence.acknowledge", NULL, acknowledge_cb);
}

static void
sg_person_competence_init (SgPersonCompetence *self)
{
  self->rows = g_ptr_array_new ();
  self->links = g_ptr_array_new ();
  self->records = g_ptr_array_new_with_free_func (g_object_unref);
  self->gaps = g_ptr_array_new_with_free_func (g_free);
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Competence and Awareness"));
}

GtkWidget *
sg_person_competence_new (SgStore *store)
{
  SgPersonCompetence *self;
  const GType kinds[] = { SG_TYPE_ROLE, SG_TYPE_COMPETENCE_RECORD, SG_TYPE_AWARENESS_ACTIVITY };
  GSettings *settings = sg_settings_get ();

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_PERSON_COMPETENCE, NULL);
  self->store = g_object_ref (store);
  g_signal_connect (store, "record-changed", G_CALLBACK (record_changed_cb), self);
  /* Records added or removed come through the lists, not record-changed. */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      GListModel *list = sg_store_get_records (store, kinds[i]);

      g_ptr_array_add (self->watched, g_object_ref (list));
      g_signal_connect_swapped (list, "items-changed", G_CALLBACK (queue_refresh), self);
      g_signal_connect_swapped (list, "items-changed", G_CALLBACK (queue_marks), self);
    }
  if (settings != NULL)
    g_signal_connect_object (settings, "changed::" SG_SETTINGS_EVIDENCE_MONTHS, G_CALLBACK (queue_refresh), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  return GTK_WIDGET (self);
}

static char *
attention_cb (SgStore  *store,
              SgRecord *record)
{
  return sg_competence_describe_attention (store, record, NULL, sg_competence_get_months ());
}

static void
evidence_months_changed_cb (GSettings  *settings,
                            const char *key,
                            gpointer    user_data)
{
  sg_record_cell_refresh_attention ();
}

void
sg_person_competence_install_marks (void)
{
  static gsize installed;

  if (g_once_init_enter (&installed))
    {
      GSettings *settings = sg_settings_get ();

      sg_record_cell_set_attention_func (SG_TYPE_PERSON, attention_cb);
      sg_record_cell_set_attention_func (SG_TYPE_COMPETENCE_RECORD, attention_cb);
      if (settings != NULL)
        g_signal_connect_after (settings, "changed::" SG_SETTINGS_EVIDENCE_MONTHS,
                                G_CALLBACK (evidence_months_changed_cb), NULL);
      g_once_init_leave (&installed, 1);
    }
}
