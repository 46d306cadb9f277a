/* sg-dashboard-page.c: the first page of an open register — how ready, what is due, how we are doing
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Six cards in a flow box (three a line on a wide window, one on a
 * phone), each figure a button to the list behind it. The counts come
 * from sg-dashboard.c on the main thread; readiness and the Due list
 * after the first frame — in a large register from a thread on a copy
 * (sg-dashboard-later.c), so the page is painted before they are known. Edits are followed through the store's
 * signals, coalesced into one count a moment later. */
#define G_LOG_DOMAIN "sg-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-action.h"
#include "sg-audit.h"
#include "sg-control-page.h"
#include "sg-dashboard-card.h"
#include "sg-dashboard-heatmap.h"
#include "sg-dashboard-page.h"
#include "sg-dashboard-sparkline.h"
#include "sg-dashboard.h"
#include "sg-enums.h"
#include "sg-facet-filter.h"
#include "sg-format.h"
#include "sg-independence.h"
#include "sg-kinds.h"
#include "sg-nonconformity-page.h"
#include "sg-objective.h"
#include "sg-record-page.h"
#include "sg-requirement.h"
#include "sg-risk-page.h"
#include "sg-scope.h"
#include "sg-settings.h"
#include "sg-soa.h"
#include "sg-window.h"

/* How long edits are gathered before the figures are counted again. */
#define REFRESH_DELAY_MS 250
#define N_GAPS_SHOWN 4
#define N_EVENTS_SHOWN 4
/* Above this many records, readiness and the Due list are computed in a
 * thread: about 15 ms per thousand records, a frame, on the main thread. */
#define LARGE_REGISTER 1000

struct _SgDashboardPage
{
  SgPage            parent_instance;

  SgStore          *store;
  GtkWidget        *content;
  GtkWidget        *header;
  GtkWidget        *sidebar_button;
  GtkWidget        *title;

  GtkWidget        *steps;          /* "Getting started" */
  GtkWidget        *steps_list;
  GPtrArray        *step_marks;     /* a GtkStack per step: its number, or a check mark */
  GtkWidget        *tiles;

  GtkWidget        *readiness;
  GtkWidget        *gaps;
  GtkWidget        *risks;
  GtkWidget        *heatmap;
  GtkWidget        *due;
  GtkWidget        *due_list;
  GtkWidget        *themes[SG_DASHBOARD_N_THEMES];
  GtkWidget        *theme_bars[SG_DASHBOARD_N_THEMES];
  GtkWidget        *on_track;
  GtkWidget        *off_track;
  GtkWidget        *objective_list;
  GtkWidget        *ncs_open;
  GtkWidget        *ncs_overdue;
  GtkWidget        *actions_overdue;
  GtkWidget        *event_list;
  GtkWidget        *independence;

  SgDashboard      *dashboard;
  SgDashboardLater *later;
  guint             refresh_id;
  guint             later_id;       /* the thread starts once the page is drawn */
  gboolean          stale;          /* edited while hidden */
  GCancellable     *cancellable;
  gboolean          later_running;
  gboolean          later_again;
};

G_DEFINE_FINAL_TYPE (SgDashboardPage, sg_dashboard_page, SG_TYPE_PAGE)

static void start_later (SgDashboardPage  *self);
static void show_later  (SgDashboardPage  *self,
                         SgDashboardLater *later);


/* Building */

static void
figure_clicked_cb (SgDashboardFigure *figure,
                   SgDashboardPage   *self)
{
  sg_dashboard_page_open (self, figure);
}

static GtkWidget *
new_figure (SgDashboardPage        *self,
            SgDashboardFigureStyle  style,
            const char             *page,
            const char             *filter)
{
  GtkWidget *figure = sg_dashboard_figure_new (style, page, filter);

  g_signal_connect_object (figure, "clicked", G_CALLBACK (figure_clicked_cb), self, 0);
  return figure;
}

/* A card of the flow box: a heading, then its figures. */
static GtkWidget *
add_card (SgDashboardPage *self,
          const char      *heading)
{
  GtkWidget *card = sg_dashboard_card_new (heading);

  gtk_flow_box_append (GTK_FLOW_BOX (self->tiles), card);
  /* The buttons inside take the focus, not the flow box child. */
  gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
  return card;
}

static void
append (GtkWidget *card,
        GtkWidget *child)
{
  sg_dashboard_card_append (SG_DASHBOARD_CARD (card), child);
}

/* Large figures side by side, or under each other when their words need it. */
static GtkWidget *
new_figure_row (guint n)
{
  GtkWidget *row = gtk_flow_box_new ();

  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (row), TRUE);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (row), GTK_SELECTION_NONE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (row), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (row), n);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (row), 6);
  return row;
}

static void
row_append (GtkWidget *row,
            GtkWidget *figure)
{
  gtk_flow_box_append (GTK_FLOW_BOX (row), figure);
  gtk_widget_set_focusable (gtk_widget_get_parent (figure), FALSE);
}

static GtkWidget *
new_list (void)
{
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_add_css_class (list, "sg-dashboard-list");
  return list;
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

static GtkWidget *
new_placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "sg-dashboard-placeholder");
  return label;
}

/* As the SoA's sections are named, in SgControlTheme's order. */
static const char *theme_names[SG_DASHBOARD_N_THEMES] = {
  N_("Organizational"), N_("People"), N_("Physical"), N_("Technological"), N_("Own controls"),
};

static void
build_cards (SgDashboardPage *self)
{
  GtkWidget *card, *row, *button;

  card = add_card (self, _("Audit Readiness"));
  self->readiness = new_figure (self, SG_DASHBOARD_FIGURE_BIG, "requirement", NULL);
  append (card, self->readiness);
  self->gaps = new_list ();
  append (card, self->gaps);

  card = add_card (self, _("Risks"));
  self->risks = new_figure (self, SG_DASHBOARD_FIGURE_BIG, "risk", "above-appetite");
  append (card, self->risks);
  self->heatmap = sg_dashboard_heatmap_new ();
  button = new_figure (self, SG_DASHBOARD_FIGURE_LINE, "heatmap", NULL);
  gtk_widget_set_tooltip_text (button, _("Open the Heat Map"));
  gtk_button_set_child (GTK_BUTTON (button), self->heatmap);
  gtk_widget_add_css_class (button, "sg-dashboard-heatmap");
  gtk_widget_set_vexpand (button, TRUE);
  append (card, button);

  card = add_card (self, _("Due"));
  self->due = new_figure (self, SG_DASHBOARD_FIGURE_BIG, "due", NULL);
  append (card, self->due);
  self->due_list = new_list ();
  append (card, self->due_list);

  card = add_card (self, _("Statement of Applicability"));
  for (guint i = 0; i < SG_DASHBOARD_N_THEMES; i++)
    {
      g_autofree char *filter = g_strdup_printf ("theme:%u", i);

      self->themes[i] = new_figure (self, SG_DASHBOARD_FIGURE_LINE, "control", filter);
      self->theme_bars[i] = gtk_level_bar_new ();
      gtk_widget_set_size_request (self->theme_bars[i], 60, -1);
      gtk_level_bar_set_mode (GTK_LEVEL_BAR (self->theme_bars[i]), GTK_LEVEL_BAR_MODE_CONTINUOUS);
      /* Progress, not a warning: no low and high colours. */
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (self->theme_bars[i]), GTK_LEVEL_BAR_OFFSET_LOW);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (self->theme_bars[i]), GTK_LEVEL_BAR_OFFSET_HIGH);
      sg_dashboard_figure_set_extra (SG_DASHBOARD_FIGURE (self->themes[i]), self->theme_bars[i]);
      sg_dashboard_figure_set (SG_DASHBOARD_FIGURE (self->themes[i]), NULL, _(theme_names[i]), NULL);
      append (card, self->themes[i]);
    }

  card = add_card (self, _("Objectives"));
  row = new_figure_row (2);
  self->on_track = new_figure (self, SG_DASHBOARD_FIGURE_BIG, "objective", "on-track");
  self->off_track = new_figure (self, SG_DASHBOARD_FIGURE_BIG, "objective", "off-track");
  row_append (row, self->on_track);
  row_append (row, self->off_track);
  append (card, row);
  self->objective_list = new_list ();
  append (card, self->objective_list);

  card = add_card (self, _("Audits and Improvement"));
  row = new_figure_row (3);
  self->ncs_open = new_figure (self, SG_DASHBOARD_FIGURE_BIG, "nonconformity", "open");
  self->ncs_overdue = new_figure (self, SG_DASHBOARD_FIGURE_BIG, "nonconformity", "overdue");
  self->actions_overdue = new_figure (self, SG_DASHBOARD_FIGURE_BIG, "action", "overdue");
  row_append (row, self->ncs_open);
  row_append (row, self->ncs_overdue);
  row_append (row, self->actions_overdue);
  append (card, row);
  self->event_list = new_list ();
  append (card, self->event_list);
  self->independence = new_figure (self, SG_DASHBOARD_FIGURE_LINE, "audit", NULL);
  gtk_widget_add_css_class (self->independence, "warning");
  append (card, self->independence);
}

static void
step_activated_cb (GtkListBox      *list,
                   GtkListBoxRow   *row,
                   SgDashboardPage *self)
{
  guint n;
  const SgDashboardStep *steps = sg_dashboard_get_steps (&n);
  int index = gtk_list_box_row_get_index (row);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (index >= 0 && (guint) index < n && SG_IS_WINDOW (root))
    sg_window_show_page (SG_WINDOW (root), steps[index].page);
}

static void
build_steps (SgDashboardPage *self)
{
  guint n;
  const SgDashboardStep *steps = sg_dashboard_get_steps (&n);

  self->step_marks = g_ptr_array_new ();
  self->steps = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->steps), _("Getting Started"));
  self->steps_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->steps_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->steps_list, "boxed-list");
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *mark = gtk_image_new ();
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWidget *label = gtk_label_new (number);
      GtkWidget *prefix = gtk_stack_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(steps[i].title));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      /* The step's number until it is done, then a check mark. */
      gtk_widget_add_css_class (label, "sg-dashboard-step-number");
      gtk_image_set_from_icon_name (GTK_IMAGE (mark), "object-select-symbolic");
      gtk_widget_add_css_class (mark, "success");
      gtk_stack_add_named (GTK_STACK (prefix), label, "todo");
      gtk_stack_add_named (GTK_STACK (prefix), mark, "done");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), prefix);
      g_ptr_array_add (self->step_marks, prefix);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_append (GTK_LIST_BOX (self->steps_list), row);
    }
  g_signal_connect_object (self->steps_list, "row-activated", G_CALLBACK (step_activated_cb), self, 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->steps), self->steps_list);
  gtk_widget_set_visible (self->steps, FALSE);
}


/* Filling in */

static char *
format_count (guint n)
{
  return g_strdup_printf ("%u", n);
}

static void
show_scope (SgDashboardPage *self)
{
  guint n;
  SgRecord *const *scopes = sg_store_peek_records (self->store, SG_TYPE_SCOPE, &n);
  const char *organisation = n > 0 ? sg_record_peek_string (scopes[0], "organisation") : NULL;

  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->title),
                                 organisation != NULL ? organisation : "");
}

static void
show_risks (SgDashboardPage *self)
{
  SgDashboard *d = self->dashboard;
  g_autofree char *value = format_count (d->risks_above);
  g_autofree char *detail = NULL;

  if (d->n_risks == 0)
    detail = g_strdup (_("No risks identified yet"));
  else if (d->risks_unrated > 0)
    detail = g_strdup_printf (ngettext ("of %u risk, %u not rated", "of %u risks, %u not rated", d->n_risks),
                              d->n_risks, d->risks_unrated);
  else
    detail = g_strdup_printf (ngettext ("of %u risk", "of %u risks", d->n_risks), d->n_risks);
  sg_dashboard_figure_set (SG_DASHBOARD_FIGURE (self->risks), value,
                           ngettext ("above the risk appetite", "above the risk appetite", d->risks_above),
                           detail);
  sg_dashboard_heatmap_set_data (SG_DASHBOARD_HEATMAP (self->heatmap),
                                 sg_heatmap_data_new_from_store (self->store, SG_HEATMAP_MODE_RESIDUAL, NULL));
}

static void
show_themes (SgDashboardPage *self)
{
  SgDashboard *d = self->dashboard;

  for (guint i = 0; i < SG_DASHBOARD_N_THEMES; i++)
    {
      /* Translators: implemented of applicable controls, e.g. "32 of 37" */
      g_autofree char *value = g_strdup_printf (C_("dashboard", "%u of %u"),
                                                d->theme_implemented[i], d->theme_applicable[i]);
      g_autofree char *detail = d->theme_applicable[i] < d->theme_controls[i]
        ? g_strdup_printf (ngettext ("implemented; %u excluded", "implemented; %u excluded",
                                     d->theme_controls[i] - d->theme_applicable[i]),
                           d->theme_controls[i] - d->theme_applicable[i])
        : g_strdup (_("implemented"));

      /* The organisation's own controls only once there are some. */
      gtk_widget_set_visible (self->themes[i], i != SG_DASHBOARD_THEME_OWN || d->theme_controls[i] > 0);
      sg_dashboard_figure_set (SG_DASHBOARD_FIGURE (self->themes[i]), value,
                               _(theme_names[i]), detail);
      gtk_level_bar_set_value (GTK_LEVEL_BAR (self->theme_bars[i]),
                               d->theme_applicable[i] > 0
                               ? (double) d->theme_implemented[i] / d->theme_applicable[i] : 0);
    }
}

static const char *
objective_status_label (int status)
{
  return sg_enum_get_label (SG_TYPE_OBJECTIVE_STATUS, status);
}

static void
show_objectives (SgDashboardPage *self)
{
  SgDashboard *d = self->dashboard;
  g_autofree char *on = format_count (d->objectives_on_track);
  g_autofree char *off = format_count (d->objectives_off_track);

  sg_dashboard_figure_set (SG_DASHBOARD_FIGURE (self->on_track), on, _("on track or achieved"), NULL);
  sg_dashboard_figure_set (SG_DASHBOARD_FIGURE (self->off_track), off, _("at risk or missed"), NULL);
  clear_box (self->objective_list);
  if (d->objectives->len == 0)
    gtk_box_append (GTK_BOX (self->objective_list),
                    new_placeholder (_("No objectives set yet (clause 6.2).")));
  for (guint i = 0; i < d->objectives->len; i++)
    {
      SgDashboardObjective *objective = g_ptr_array_index (d->objectives, i);
      GtkWidget *figure = new_figure (self, SG_DASHBOARD_FIGURE_LINE, NULL, NULL);
      GtkWidget *sparkline = sg_dashboard_sparkline_new ();
      g_autofree char *name = sg_record_dup_display_name (objective->objective);

      sg_dashboard_figure_set_record (SG_DASHBOARD_FIGURE (figure), SG_TYPE_OBJECTIVE,
                                      sg_record_get_id (objective->objective));
      sg_dashboard_sparkline_set_values (SG_DASHBOARD_SPARKLINE (sparkline), objective->values);
      gtk_widget_set_visible (sparkline, objective->values->len >= 2);
      sg_dashboard_figure_set_extra (SG_DASHBOARD_FIGURE (figure), sparkline);
      sg_dashboard_figure_set (SG_DASHBOARD_FIGURE (figure), NULL, name,
                               _(objective_status_label (objective->status)));
      if (objective->status == SG_OBJECTIVE_STATUS_AT_RISK || objective->status == SG_OBJECTIVE_STATUS_MISSED)
        gtk_widget_add_css_class (figure, "sg-dashboard-off-track");
      gtk_box_append (GTK_BOX (self->objective_list), figure);
    }
}

static void
show_improvement (SgDashboardPage *self)
{
  SgDashboard *d = self->dashboard;
  g_autofree char *open = format_count (d->ncs_open);
  g_autofree char *overdue = format_count (d->ncs_overdue);
  g_autofree char *actions = format_count (d->actions_overdue);
  g_autoptr(GPtrArray) flagged = sg_independence_list_flagged (self->store);
  guint shown = 0;

  sg_dashboard_figure_set (SG_DASHBOARD_FIGURE (self->ncs_open), open,
                           ngettext ("nonconformity open", "nonconformities open", d->ncs_open), NULL);
  sg_dashboard_figure_set (SG_DASHBOARD_FIGURE (self->ncs_overdue), overdue,
                           ngettext ("nonconformity overdue", "nonconformities overdue", d->ncs_overdue), NULL);
  sg_dashboard_figure_set (SG_DASHBOARD_FIGURE (self->actions_overdue), actions,
                           ngettext ("action overdue", "actions overdue", d->actions_overdue), NULL);
  gtk_widget_set_visible (self->ncs_overdue, TRUE);
  if (d->ncs_overdue > 0)
    gtk_widget_add_css_class (self->ncs_overdue, "sg-dashboard-alert");
  else
    gtk_widget_remove_css_class (self->ncs_overdue, "sg-dashboard-alert");
  if (d->actions_overdue > 0)
    gtk_widget_add_css_class (self->actions_overdue, "sg-dashboard-alert");
  else
    gtk_widget_remove_css_class (self->actions_overdue, "sg-dashboard-alert");

  clear_box (self->event_list);
  for (guint i = 0; i < d->events->len && shown < N_EVENTS_SHOWN; i++, shown++)
    {
      SgDashboardEvent *event = g_ptr_array_index (d->events, i);
      GtkWidget *figure = new_figure (self, SG_DASHBOARD_FIGURE_LINE, NULL, NULL);
      g_autofree char *name = sg_record_dup_display_name (event->record);
      g_autofree char *date = sg_field_format_date (event->date);
      g_autofree char *detail = event->overdue
        /* Translators: an audit or review whose date has passed, e.g. "12 March 2026, overdue" */
        ? g_strdup_printf (_("%s, overdue"), date) : g_strdup (date);

      sg_dashboard_figure_set_record (SG_DASHBOARD_FIGURE (figure), G_OBJECT_TYPE (event->record),
                                      sg_record_get_id (event->record));
      sg_dashboard_figure_set (SG_DASHBOARD_FIGURE (figure), NULL, name, detail);
      if (event->overdue)
        gtk_widget_add_css_class (figure, "sg-dashboard-alert");
      gtk_box_append (GTK_BOX (self->event_list), figure);
    }
  if (shown == 0)
    gtk_box_append (GTK_BOX (self->event_list),
                    new_placeholder (_("No audit or management review planned.")));

  gtk_widget_set_visible (self->independence, flagged->len > 0);
  if (flagged->len > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u audit where an auditor audits their own work",
                                                         "%u audits where an auditor audits their own work",
                                                         flagged->len),
                                               flagged->len);

      sg_dashboard_figure_set_record (SG_DASHBOARD_FIGURE (self->independence), SG_TYPE_AUDIT,
                                      sg_record_get_id (g_ptr_array_index (flagged, 0)));
      sg_dashboard_figure_set (SG_DASHBOARD_FIGURE (self->independence), NULL, text, NULL);
    }
}

/* Until the thread answers: the page is already useful without it. */
static void
show_later_pending (SgDashboardPage *self)
{
  if (self->later != NULL)
    return;
  sg_dashboard_figure_set (SG_DASHBOARD_FIGURE (self->readiness), "…", _("Checking the requirements"), NULL);
  sg_dashboard_figure_set (SG_DASHBOARD_FIGURE (self->due), "…", _("Looking for what is due"), NULL);
}

static void
show_readiness (SgDashboardPage *self)
{
  SgDashboardLater *l = self->later;
  guint percent = l->n > 0 ? (l->met * 100 + l->n / 2) / l->n : 0;
  /* Translators: the share of requirements met, e.g. "63 %" */
  g_autofree char *value = g_strdup_printf (C_("dashboard", "%u %%"), percent);
  g_autofree char *title = g_strdup_printf (ngettext ("%u of %u requirement met", "%u of %u requirements met", l->n),
                                            l->met, l->n);
  g_autofree char *detail = NULL;
  GString *more = g_string_new (NULL);

  if (l->partly > 0)
    g_string_append_printf (more, ngettext ("%u partly met", "%u partly met", l->partly), l->partly);
  if (l->overridden > 0)
    {
      if (more->len > 0)
        g_string_append (more, "; ");
      g_string_append_printf (more, ngettext ("%u set by a person’s override", "%u set by a person’s override",
                                              l->overridden),
                              l->overridden);
    }
  detail = g_string_free (more, FALSE);
  sg_dashboard_figure_set (SG_DASHBOARD_FIGURE (self->readiness), value, title, detail);

  clear_box (self->gaps);
  for (guint i = 0; i < l->gaps->len && i < N_GAPS_SHOWN; i++)
    {
      SgDashboardGap *gap = g_ptr_array_index (l->gaps, i);
      GtkWidget *figure = new_figure (self, SG_DASHBOARD_FIGURE_LINE, "requirement", NULL);
      /* Translators: a requirement and its state, e.g. "6.1.2 not met" */
      g_autofree char *heading = g_strdup_printf (C_("dashboard", "%s %s"), gap->ref,
                                                  sg_readiness_state_label (gap->effective, TRUE));
      g_autofree char *reason = gap->overridden
        /* Translators: a requirement's reason when a person overrode it */
        ? g_strdup_printf (_("%s (override)"), gap->reason ? gap->reason : "")
        : g_strdup (gap->reason);

      if (gap->requirement != 0)
        sg_dashboard_figure_set_record (SG_DASHBOARD_FIGURE (figure), SG_TYPE_REQUIREMENT, gap->requirement);
      sg_dashboard_figure_set (SG_DASHBOARD_FIGURE (figure), NULL, heading, reason);
      gtk_box_append (GTK_BOX (self->gaps), figure);
    }
}

static void
show_due (SgDashboardPage *self)
{
  SgDashboardLater *l = self->later;
  g_autofree char *value = format_count (l->n_due);
  g_autofree char *detail = NULL;

  detail = l->n_overdue > 0
    ? g_strdup_printf (ngettext ("%u overdue", "%u overdue", l->n_overdue), l->n_overdue)
    : g_strdup (_("Nothing overdue"));
  sg_dashboard_figure_set (SG_DASHBOARD_FIGURE (self->due), value,
                           ngettext ("date passed or coming soon", "dates passed or coming soon", l->n_due),
                           detail);
  clear_box (self->due_list);
  for (guint i = 0; i < l->due->len; i++)
    {
      SgDashboardDue *due = g_ptr_array_index (l->due, i);
      GtkWidget *figure = new_figure (self, SG_DASHBOARD_FIGURE_LINE, NULL, NULL);
      g_autofree char *date = sg_field_format_date (due->date);
      g_autofree char *when = due->person != NULL
        /* Translators: when something is due and whose it is, e.g. "3 May 2026 · Jana Petersen" */
        ? g_strdup_printf (C_("dashboard", "%s · %s"), date, due->person) : g_strdup (date);

      sg_dashboard_figure_set_record (SG_DASHBOARD_FIGURE (figure), due->kind, due->id);
      sg_dashboard_figure_set (SG_DASHBOARD_FIGURE (figure), NULL, due->label, when);
      if (due->overdue)
        gtk_widget_add_css_class (figure, "sg-dashboard-alert");
      gtk_box_append (GTK_BOX (self->due_list), figure);
    }
  if (l->due->len == 0)
    gtk_box_append (GTK_BOX (self->due_list), new_placeholder (_("Nothing is due in the coming weeks.")));
}

/* Shown while the ISMS is being built; gone once an audit or a review
 * has taken place, or every step is done. */
static void
show_steps (SgDashboardPage *self)
{
  guint n, done = 0;
  GtkWidget *row = gtk_widget_get_first_child (self->steps_list);
  g_autofree char *description = NULL;

  sg_dashboard_get_steps (&n);
  for (guint i = 0; i < n && row != NULL; i++, row = gtk_widget_get_next_sibling (row))
    {
      const char *missing = i < self->later->missing->len ? g_ptr_array_index (self->later->missing, i) : NULL;
      g_autofree char *subtitle = missing != NULL
        /* Translators: what a step of "Getting started" still needs */
        ? g_strdup_printf (_("Missing: %s"), missing) : g_strdup (_("Done"));

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      done += missing == NULL;
      gtk_stack_set_visible_child_name (g_ptr_array_index (self->step_marks, i), missing == NULL ? "done" : "todo");
    }
  description = g_strdup_printf (ngettext ("%u of %u step done. Each opens the page where it is done.",
                                           "%u of %u steps done. Each opens the page where it is done.", n),
                                 done, n);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->steps), description);
  gtk_widget_set_visible (self->steps, self->dashboard->building && done < n);
}

static void
later_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SgDashboardPage) self = user_data;
  g_autoptr(GError) error = NULL;
  SgDashboardLater *later = sg_dashboard_later_new_finish (result, &error);

  self->later_running = FALSE;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->store == NULL)
    return;
  if (later == NULL)
    {
      /* The copy could not be read (the file is gone, say): count on the
       * main thread rather than show nothing. */
      g_autofree char *today = sg_date_today ();

      g_debug ("readiness in a thread: %s", error->message);
      later = sg_dashboard_later_new (self->store, today, sg_settings_get () != NULL
                                      ? (guint) g_settings_get_int (sg_settings_get (), "due-days") : 30);
    }
  show_later (self, later);
  if (self->later_again)
    start_later (self);
}

static void
show_later (SgDashboardPage  *self,
            SgDashboardLater *later)
{
  g_clear_pointer (&self->later, sg_dashboard_later_free);
  self->later = later;
  show_readiness (self);
  show_due (self);
  show_steps (self);
}

/* Whether readiness and the Due list may take longer than a frame (the
 * example holds some 400 records). */
static gboolean
is_large (SgStore *store)
{
  guint n_kinds, total = 0;
  const GType *kinds = sg_record_kinds (&n_kinds);

  for (guint i = 0; i < n_kinds; i++)
    {
      guint n;

      sg_store_peek_records (store, kinds[i], &n);
      total += n;
    }
  return total > LARGE_REGISTER;
}

static void
start_later (SgDashboardPage *self)
{
  g_autofree char *today = sg_date_today ();
  guint days = sg_settings_get () != NULL ? (guint) g_settings_get_int (sg_settings_get (), "due-days") : 30;

  /* One at a time; an edit meanwhile asks for one more after it. */
  if (self->later_running)
    {
      self->later_again = TRUE;
      return;
    }
  if (!is_large (self->store))
    {
      show_later (self, sg_dashboard_later_new (self->store, today, days));
      return;
    }
  self->later_running = TRUE;
  self->later_again = FALSE;
  sg_dashboard_later_new_async (self->store, today, days, self->cancellable, later_done_cb,
                                g_object_ref (self));
}

static gboolean
later_idle_cb (gpointer data)
{
  SgDashboardPage *self = data;

  self->later_id = 0;
  start_later (self);
  return G_SOURCE_REMOVE;
}

void
sg_dashboard_page_refresh (SgDashboardPage *self)
{
  g_autofree char *today = sg_date_today ();

  g_return_if_fail (SG_IS_DASHBOARD_PAGE (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->stale = FALSE;
  g_clear_pointer (&self->dashboard, sg_dashboard_free);
  self->dashboard = sg_dashboard_new (self->store, today);
  show_scope (self);
  show_risks (self);
  show_themes (self);
  show_objectives (self);
  show_improvement (self);
  show_later_pending (self);
  /* After the frame is drawn (low priority): a thread copying a large
   * register would take a core from the first paint. */
  if (self->later_id == 0)
    self->later_id = g_idle_add_full (G_PRIORITY_LOW, later_idle_cb, self, NULL);
}

gboolean
sg_dashboard_page_is_busy (SgDashboardPage *self)
{
  g_return_val_if_fail (SG_IS_DASHBOARD_PAGE (self), FALSE);
  return self->later_running || self->refresh_id != 0 || self->later_id != 0 || self->later == NULL;
}


/* Following edits */

static gboolean
refresh_timeout_cb (gpointer data)
{
  SgDashboardPage *self = data;

  self->refresh_id = 0;
  sg_dashboard_page_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
changed_cb (SgDashboardPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_timeout_cb, self);
}

static void
sg_dashboard_page_map (GtkWidget *widget)
{
  SgDashboardPage *self = SG_DASHBOARD_PAGE (widget);

  GTK_WIDGET_CLASS (sg_dashboard_page_parent_class)->map (widget);
  /* Dates pass while the window stays open, too. */
  if (self->stale || self->dashboard == NULL)
    sg_dashboard_page_refresh (self);
}


/* Opening what a figure counts */

static guint
find_facet (SgFacetFilter *filter,
            const char    *name)
{
  for (guint i = 0; i < sg_facet_filter_get_n_facets (filter); i++)
    if (g_str_equal (sg_facet_filter_get_facet (filter, i)->name, name))
      return i;
  return G_MAXUINT;
}

static void
filter_objectives (SgDashboardPage *self,
                   SgRecordPage    *page,
                   const char      *filter)
{
  SgFacetFilter *facets = sg_record_page_get_facet_filter (page);
  SgDashboard *d = self->dashboard;
  guint index;
  int status = -1;

  if (facets == NULL || (index = find_facet (facets, SG_OBJECTIVE_STATUS)) == G_MAXUINT)
    return;
  sg_facet_filter_clear (facets);
  /* The facet holds one status: the figure's, when it counts only one. */
  for (guint i = 0; i < d->objectives->len; i++)
    {
      SgDashboardObjective *objective = g_ptr_array_index (d->objectives, i);
      gboolean on = objective->status == SG_OBJECTIVE_STATUS_ON_TRACK ||
                    objective->status == SG_OBJECTIVE_STATUS_ACHIEVED;
      gboolean off = objective->status == SG_OBJECTIVE_STATUS_AT_RISK ||
                     objective->status == SG_OBJECTIVE_STATUS_MISSED;

      if ((g_str_equal (filter, "on-track") && !on) || (g_str_equal (filter, "off-track") && !off))
        continue;
      if (status == -1)
        status = objective->status;
      else if (status != objective->status)
        return;
    }
  if (status == -1)
    status = g_str_equal (filter, "on-track") ? SG_OBJECTIVE_STATUS_ON_TRACK : SG_OBJECTIVE_STATUS_AT_RISK;
  sg_facet_filter_set (facets, index, sg_enum_get_nick (SG_TYPE_OBJECTIVE_STATUS, status));
}

void
sg_dashboard_page_open (SgDashboardPage   *self,
                        SgDashboardFigure *figure)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  const char *name = sg_dashboard_figure_get_page (figure);
  const char *filter = sg_dashboard_figure_get_filter (figure);
  GType kind = sg_dashboard_figure_get_kind (figure);
  SgWindow *window;
  GtkWidget *page;

  g_return_if_fail (SG_IS_DASHBOARD_PAGE (self));
  g_return_if_fail (SG_IS_DASHBOARD_FIGURE (figure));

  if (!SG_IS_WINDOW (root))
    return;
  window = SG_WINDOW (root);
  if (kind != G_TYPE_INVALID)
    {
      SgRecord *record = sg_store_find_by_id (self->store, kind, sg_dashboard_figure_get_id (figure));

      if (record != NULL && sg_window_show_record (window, record))
        return;
    }
  if (name == NULL || (page = sg_window_get_page (window, name)) == NULL)
    return;

  if (SG_IS_RECORD_PAGE (page))
    {
      SgRecordPage *records = SG_RECORD_PAGE (page);
      SgFacetFilter *facets = sg_record_page_get_facet_filter (records);

      if (facets != NULL)
        sg_facet_filter_clear (facets);
      if (g_str_equal (name, "risk"))
        {
          SgRiskFilter *risks = sg_risk_page_get_filter (records);

          sg_risk_filter_clear (risks);
          if (g_strcmp0 (filter, "above-appetite") == 0)
            sg_risk_filter_set_level (risks, SG_RISK_FILTER_ABOVE_APPETITE);
        }
      else if (g_str_equal (name, "nonconformity"))
        {
          SgNonconformityFilter *ncs = sg_nonconformity_page_get_filter (records);

          sg_nonconformity_filter_set_required (ncs, SG_NC_FLAG_NONE);
          sg_nonconformity_filter_set_open_only (ncs, g_strcmp0 (filter, "open") == 0);
        }
      if (g_strcmp0 (filter, "overdue") == 0 && facets != NULL)
        sg_facet_filter_set_overdue (facets, TRUE);
      else if (filter != NULL && g_str_equal (name, "objective"))
        filter_objectives (self, records, filter);
    }
  else if (SG_IS_CONTROL_PAGE (page) && filter != NULL && g_str_has_prefix (filter, "theme:"))
    {
      guint theme = (guint) g_ascii_strtoull (filter + strlen ("theme:"), NULL, 10);

      sg_control_page_set_show (SG_CONTROL_PAGE (page),
                                theme == SG_DASHBOARD_THEME_OWN ? SG_SOA_THEME_OWN : (int) theme,
                                SG_CONTROL_SHOW_APPLICABLE);
    }
  sg_window_show_page (window, name);
}


/* The class */

static void
sg_dashboard_page_sidebar_folded_changed (SgPage *page)
{
  SgDashboardPage *self = SG_DASHBOARD_PAGE (page);
  gboolean folded = sg_page_get_sidebar_folded (page);

  gtk_widget_set_visible (self->sidebar_button, folded);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (self->header), folded);
}

static void
sg_dashboard_page_dispose (GObject *object)
{
  SgDashboardPage *self = SG_DASHBOARD_PAGE (object);
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->later_id, g_source_remove);
  if (self->store != NULL)
    {
      for (guint i = 0; i < n_kinds; i++)
        g_signal_handlers_disconnect_by_func (sg_store_get_records (self->store, kinds[i]), changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->store, changed_cb, self);
    }
  g_clear_pointer (&self->content, gtk_widget_unparent);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (sg_dashboard_page_parent_class)->dispose (object);
}

static void
sg_dashboard_page_finalize (GObject *object)
{
  SgDashboardPage *self = SG_DASHBOARD_PAGE (object);

  g_clear_pointer (&self->dashboard, sg_dashboard_free);
  g_clear_pointer (&self->later, sg_dashboard_later_free);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->step_marks, g_ptr_array_unref);
  G_OBJECT_CLASS (sg_dashboard_page_parent_class)->finalize (object);
}

static void
sg_dashboard_page_class_init (SgDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_dashboard_page_dispose;
  object_class->finalize = sg_dashboard_page_finalize;
  widget_class->map = sg_dashboard_page_map;
  SG_PAGE_CLASS (klass)->sidebar_folded_changed = sg_dashboard_page_sidebar_folded_changed;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sg_dashboard_page_init (SgDashboardPage *self)
{
  GtkWidget *box, *clamp, *scrolled;

  self->cancellable = g_cancellable_new ();
  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  self->header = adw_header_bar_new ();
  self->sidebar_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (self->sidebar_button, _("Back"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sidebar_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->sidebar_button), "win.show-sidebar");
  gtk_widget_set_visible (self->sidebar_button, FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (self->header), self->sidebar_button);
  self->title = adw_window_title_new (_("Dashboard"), NULL);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (self->header), self->title);
  gtk_box_append (GTK_BOX (self->content), self->header);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_add_css_class (box, "sg-dashboard");
  build_steps (self);
  gtk_box_append (GTK_BOX (box), self->steps);
  self->tiles = gtk_flow_box_new ();
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (self->tiles), TRUE);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->tiles), GTK_SELECTION_NONE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (self->tiles), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->tiles), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->tiles), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->tiles), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->tiles), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Key figures"), -1);
  build_cards (self);
  gtk_box_append (GTK_BOX (box), self->tiles);

  /* Wide enough that three cards share a line beside the sidebar. */
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1600);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 1200);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (self->content), scrolled);
  gtk_widget_set_parent (self->content, GTK_WIDGET (self));
}

GtkWidget *
sg_dashboard_page_new (SgStore *store)
{
  SgDashboardPage *self;
  guint n_kinds;
  const GType *kinds = sg_record_kinds (&n_kinds);

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_DASHBOARD_PAGE, NULL);
  self->store = g_object_ref (store);
  for (guint i = 0; i < n_kinds; i++)
    g_signal_connect_swapped (sg_store_get_records (store, kinds[i]), "items-changed",
                              G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (store, "record-changed", G_CALLBACK (changed_cb), self);
  sg_dashboard_page_refresh (self);
  return GTK_WIDGET (self);
}
