/* sg-overview-page.c: the register at a glance — scope and key figures
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-audit.h"
#include "sg-control.h"
#include "sg-enums.h"
#include "sg-format.h"
#include "sg-independence.h"
#include "sg-nonconformity.h"
#include "sg-objective.h"
#include "sg-overview-page.h"
#include "sg-readiness.h"
#include "sg-requirement.h"
#include "sg-risk.h"
#include "sg-scope.h"
#include "sg-window.h"

typedef struct
{
  GtkWidget  *button;
  GtkWidget  *value;
  GtkWidget  *detail;
  const char *title;
} Figure;

enum {
  FIGURE_RISKS,
  FIGURE_CONTROLS,
  FIGURE_NONCONFORMITIES,
  FIGURE_OBJECTIVES,
  FIGURE_REQUIREMENTS,
  FIGURE_NEXT_AUDIT,
  N_FIGURES
};

struct _SgOverviewPage
{
  SgPage      parent_instance;

  GtkWidget  *content;
  GtkWidget  *header;
  GtkWidget  *sidebar_button;
  GtkWidget  *organisation_label;
  GtkWidget  *scope_label;
  GtkWidget  *figures;
  GtkWidget  *independence;   /* shown only when an audit is flagged */
  GtkWidget  *independence_label;

  SgStore    *store;
  Figure      figure[N_FIGURES];
};

G_DEFINE_FINAL_TYPE (SgOverviewPage, sg_overview_page, SG_TYPE_PAGE)


/* The lists whose changes change a figure. */
static GType
watched_kind (guint i)
{
  const GType kinds[] = {
    SG_TYPE_SCOPE, SG_TYPE_RISK, SG_TYPE_CONTROL, SG_TYPE_NONCONFORMITY,
    SG_TYPE_OBJECTIVE, SG_TYPE_REQUIREMENT, SG_TYPE_AUDIT,
  };
  return i < G_N_ELEMENTS (kinds) ? kinds[i] : G_TYPE_INVALID;
}

static void
add_figure (SgOverviewPage *self,
            guint           index,
            const char     *title,
            const char     *page)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *caption = gtk_label_new (title);
  Figure *figure = &self->figure[index];

  figure->button = button;
  figure->title = title;
  figure->value = gtk_label_new (NULL);
  figure->detail = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_xalign (GTK_LABEL (figure->value), 0);
  gtk_label_set_xalign (GTK_LABEL (figure->detail), 0);
  /* Short natural widths let three cards share a line on a wide window. */
  gtk_label_set_wrap (GTK_LABEL (figure->detail), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (figure->detail), 24);
  gtk_label_set_width_chars (GTK_LABEL (figure->detail), 16);
  gtk_label_set_ellipsize (GTK_LABEL (figure->value), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (figure->value), 10);
  gtk_widget_add_css_class (caption, "heading");
  gtk_widget_add_css_class (figure->value, "title-1");
  gtk_widget_add_css_class (figure->detail, "dim-label");
  gtk_box_append (GTK_BOX (box), caption);
  gtk_box_append (GTK_BOX (box), figure->value);
  gtk_box_append (GTK_BOX (box), figure->detail);

  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_add_css_class (button, "sg-figure");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-page");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", page);
  gtk_flow_box_append (GTK_FLOW_BOX (self->figures), button);
  /* The button takes the focus, not the flow box child around it. */
  gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
}

static void
set_figure (SgOverviewPage *self,
            guint           index,
            const char     *value,
            const char     *detail)
{
  Figure *figure = &self->figure[index];
  g_autofree char *description = g_strdup_printf ("%s: %s, %s", figure->title, value, detail);

  gtk_label_set_text (GTK_LABEL (figure->value), value);
  gtk_label_set_text (GTK_LABEL (figure->detail), detail);
  gtk_accessible_update_property (GTK_ACCESSIBLE (figure->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

static void
set_count (SgOverviewPage *self,
           guint           index,
           guint           value,
           char           *detail)
{
  g_autofree char *text = g_strdup_printf ("%u", value);

  set_figure (self, index, text, detail);
  g_free (detail);
}

static void
refresh_scope (SgOverviewPage *self)
{
  GListModel *scopes = sg_store_get_records (self->store, SG_TYPE_SCOPE);
  g_autoptr(SgRecord) scope = g_list_model_get_item (scopes, 0);
  const char *organisation = scope ? sg_record_peek_string (scope, "organisation") : NULL;
  const char *title = scope ? sg_record_peek_string (scope, "title") : NULL;
  const char *statement = scope ? sg_record_peek_string (scope, "statement") : NULL;

  if (organisation == NULL || *organisation == '\0')
    organisation = title;
  if (organisation == NULL || *organisation == '\0')
    {
      gtk_label_set_text (GTK_LABEL (self->organisation_label), _("Scope not yet defined"));
      gtk_label_set_text (GTK_LABEL (self->scope_label),
                          _("Describe the boundaries of the ISMS (clause 4.3) on the Scope page."));
      return;
    }
  gtk_label_set_text (GTK_LABEL (self->organisation_label), organisation);
  gtk_label_set_text (GTK_LABEL (self->scope_label),
                      statement && *statement ? statement : title && title != organisation ? title : "");
}

static void
refresh_risks (SgOverviewPage *self)
{
  GListModel *risks = sg_store_get_records (self->store, SG_TYPE_RISK);
  SgRiskMethod *method = sg_store_get_risk_method (self->store);
  guint n = g_list_model_get_n_items (risks);
  guint above = 0, unrated = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (risks, i);
      int l = sg_record_peek_int (risk, "residual-likelihood");
      int im = sg_record_peek_int (risk, "residual-impact");
      SgRiskLevel *level;

      /* Until a risk is treated, its inherent rating is its current one. */
      if (l == 0 || im == 0)
        {
          l = sg_record_peek_int (risk, "inherent-likelihood");
          im = sg_record_peek_int (risk, "inherent-impact");
        }
      level = sg_risk_method_get_level (method, l, im);
      if (level == NULL)
        unrated++;
      else if (!sg_record_peek_boolean (SG_RECORD (level), "within-appetite"))
        above++;
    }

  if (n == 0)
    set_count (self, FIGURE_RISKS, 0, g_strdup (_("None identified yet")));
  else if (unrated > 0)
    set_count (self, FIGURE_RISKS, n,
               /* Translators: risks whose level exceeds the appetite; and unrated risks */
               g_strdup_printf (ngettext ("%u above risk appetite after treatment, %u not rated",
                                          "%u above risk appetite after treatment, %u not rated", above),
                                above, unrated));
  else
    set_count (self, FIGURE_RISKS, n,
               g_strdup_printf (ngettext ("%u above risk appetite after treatment", "%u above risk appetite after treatment", above),
                                above));
}

static void
refresh_controls (SgOverviewPage *self)
{
  GListModel *controls = sg_store_get_records (self->store, SG_TYPE_CONTROL);
  guint n = g_list_model_get_n_items (controls);
  guint applicable = 0, implemented = 0;
  g_autofree char *value = NULL;
  g_autofree char *detail = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) control = g_list_model_get_item (controls, i);

      if (!sg_record_peek_boolean (control, "applicable"))
        continue;
      applicable++;
      if (sg_record_peek_enum (control, "implementation") >= SG_IMPLEMENTATION_STATUS_IMPLEMENTED)
        implemented++;
    }

  /* Translators: implemented of applicable controls, e.g. "32 of 84" */
  value = g_strdup_printf (C_("overview", "%u of %u"), implemented, applicable);
  detail = g_strdup_printf (ngettext ("%u of %u control applicable",
                                      "%u of %u controls applicable", n),
                            applicable, n);
  set_figure (self, FIGURE_CONTROLS, value, detail);
}

static void
refresh_nonconformities (SgOverviewPage *self)
{
  GListModel *ncs = sg_store_get_records (self->store, SG_TYPE_NONCONFORMITY);
  g_autofree char *today = sg_date_today ();
  guint n = g_list_model_get_n_items (ncs);
  guint open = 0, overdue = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) nc = g_list_model_get_item (ncs, i);

      if (sg_record_peek_enum (nc, "status") == SG_NC_STATUS_CLOSED)
        continue;
      open++;
      /* What the list marks, by the kind's own rule. */
      overdue += sg_record_is_overdue (nc, today);
    }

  set_count (self, FIGURE_NONCONFORMITIES, open,
             overdue > 0 ? g_strdup_printf (ngettext ("%u overdue", "%u overdue", overdue), overdue)
                         : g_strdup (_("None overdue")));
}

static void
refresh_objectives (SgOverviewPage *self)
{
  GListModel *objectives = sg_store_get_records (self->store, SG_TYPE_OBJECTIVE);
  guint n = g_list_model_get_n_items (objectives);
  guint achieved = 0, at_risk = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) objective = g_list_model_get_item (objectives, i);
      int status = sg_record_peek_enum (objective, "status");

      if (status == SG_OBJECTIVE_STATUS_ACHIEVED)
        achieved++;
      else if (status == SG_OBJECTIVE_STATUS_AT_RISK || status == SG_OBJECTIVE_STATUS_MISSED)
        at_risk++;
    }

  if (n == 0)
    {
      set_count (self, FIGURE_OBJECTIVES, 0, g_strdup (_("None set yet (clause 6.2)")));
      return;
    }
  set_count (self, FIGURE_OBJECTIVES, n,
             /* Translators: objectives achieved, and objectives at risk or missed */
             g_strdup_printf (ngettext ("%u achieved, %u at risk or missed",
                                        "%u achieved, %u at risk or missed", achieved),
                              achieved, at_risk));
}

static void
refresh_requirements (SgOverviewPage *self)
{
  g_autofree char *today = sg_date_today ();
  g_autoptr(GPtrArray) results = sg_readiness_evaluate (self->store, today, TRUE);
  guint n = results->len;
  guint fulfilled = 0;

  for (guint i = 0; i < n; i++)
    if (((SgReadinessResult *) g_ptr_array_index (results, i))->state == SG_READINESS_MET)
      fulfilled++;

  set_count (self, FIGURE_REQUIREMENTS, fulfilled,
             g_strdup_printf (ngettext ("of %u requirement", "of %u requirements", n), n));
}

static void
refresh_next_audit (SgOverviewPage *self)
{
  GListModel *audits = sg_store_get_records (self->store, SG_TYPE_AUDIT);
  g_autofree char *today = sg_date_today ();
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;
  g_autofree char *detail = NULL;
  g_autoptr(SgRecord) next = NULL;
  const char *next_date = NULL;
  guint n = g_list_model_get_n_items (audits);

  /* The earliest audit still to be done, even when its date has passed. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) audit = g_list_model_get_item (audits, i);
      const char *planned = sg_record_peek_string (audit, "planned-date");
      int status = sg_record_peek_enum (audit, "status");

      if (status != SG_AUDIT_STATUS_PLANNED && status != SG_AUDIT_STATUS_IN_PROGRESS)
        continue;
      if (planned != NULL && (next_date == NULL || g_strcmp0 (planned, next_date) < 0))
        {
          g_set_object (&next, audit);
          next_date = planned;
        }
    }

  if (next == NULL)
    {
      set_figure (self, FIGURE_NEXT_AUDIT, C_("audit", "None"),
                  _("Plan the internal audits of clause 9.2"));
      return;
    }
  date = sg_field_format_date (next_date);
  name = sg_record_dup_display_name (next);
  if (g_strcmp0 (next_date, today) < 0)
    /* Translators: an audit whose planned date has passed; %s is its name */
    detail = g_strdup_printf (_("Overdue: %s"), name);
  set_figure (self, FIGURE_NEXT_AUDIT, date, detail ? detail : name);
}

/* Small on purpose: a line under the figures, there only when it matters. */
static void
refresh_independence (SgOverviewPage *self)
{
  g_autoptr(GPtrArray) flagged = sg_independence_list_flagged (self->store);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->independence, flagged->len > 0);
  if (flagged->len == 0)
    return;
  text = g_strdup_printf (ngettext ("%u audit where an auditor audits their own work",
                                    "%u audits where an auditor audits their own work", flagged->len),
                          flagged->len);
  gtk_label_set_label (GTK_LABEL (self->independence_label), text);
}

static void
independence_clicked_cb (SgOverviewPage *self)
{
  g_autoptr(GPtrArray) flagged = sg_independence_list_flagged (self->store);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* The first of them; the Audits page shows the warning on each. */
  if (flagged->len > 0 && SG_IS_WINDOW (root))
    sg_window_show_record (SG_WINDOW (root), g_ptr_array_index (flagged, 0));
}

static void
refresh_cb (SgOverviewPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    sg_overview_page_refresh (self);
}

static void
sg_overview_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sg_overview_page_parent_class)->map (widget);

  /* Edits happen on the other pages: count again whenever this one is shown. */
  sg_overview_page_refresh (SG_OVERVIEW_PAGE (widget));
}

static void
sg_overview_page_dispose (GObject *object)
{
  SgOverviewPage *self = SG_OVERVIEW_PAGE (object);

  if (self->store != NULL)
    for (guint i = 0; watched_kind (i) != G_TYPE_INVALID; i++)
      g_signal_handlers_disconnect_by_func (sg_store_get_records (self->store, watched_kind (i)),
                                            refresh_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SG_TYPE_OVERVIEW_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_overview_page_parent_class)->dispose (object);
}

static void
sg_overview_page_sidebar_folded_changed (SgPage *page)
{
  SgOverviewPage *self = SG_OVERVIEW_PAGE (page);
  gboolean folded = sg_page_get_sidebar_folded (page);

  gtk_widget_set_visible (self->sidebar_button, folded);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (self->header), folded);
}

static void
sg_overview_page_class_init (SgOverviewPageClass *klass)
{
  SG_PAGE_CLASS (klass)->sidebar_folded_changed = sg_overview_page_sidebar_folded_changed;
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_overview_page_dispose;
  widget_class->map = sg_overview_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/safeguard_isms/Safeguard/ui/sg-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SgOverviewPage, content);
  gtk_widget_class_bind_template_child (widget_class, SgOverviewPage, header);
  gtk_widget_class_bind_template_child (widget_class, SgOverviewPage, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, SgOverviewPage, organisation_label);
  gtk_widget_class_bind_template_child (widget_class, SgOverviewPage, scope_label);
  gtk_widget_class_bind_template_child (widget_class, SgOverviewPage, figures);
}

static void
sg_overview_page_init (SgOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  add_figure (self, FIGURE_RISKS, _("Risks"), "risk");
  add_figure (self, FIGURE_CONTROLS, _("Controls Implemented"), "control");
  add_figure (self, FIGURE_NONCONFORMITIES, _("Open Nonconformities"), "nonconformity");
  add_figure (self, FIGURE_OBJECTIVES, _("Objectives"), "objective");
  add_figure (self, FIGURE_REQUIREMENTS, _("Requirements Fulfilled"), "requirement");
  add_figure (self, FIGURE_NEXT_AUDIT, _("Next Audit"), "audit");

  {
    /* Its words wrap: in German the line alone is wider than a phone. */
    GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

    self->independence_label = gtk_label_new (NULL);
    gtk_label_set_wrap (GTK_LABEL (self->independence_label), TRUE);
    gtk_label_set_wrap_mode (GTK_LABEL (self->independence_label), PANGO_WRAP_WORD_CHAR);
    gtk_label_set_xalign (GTK_LABEL (self->independence_label), 0);
    gtk_box_append (GTK_BOX (content), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
    gtk_box_append (GTK_BOX (content), self->independence_label);
    self->independence = gtk_button_new ();
    gtk_button_set_child (GTK_BUTTON (self->independence), content);
    gtk_widget_add_css_class (self->independence, "flat");
    gtk_widget_add_css_class (self->independence, "warning");
    gtk_widget_set_halign (self->independence, GTK_ALIGN_START);
    gtk_widget_set_visible (self->independence, FALSE);
    g_signal_connect_swapped (self->independence, "clicked", G_CALLBACK (independence_clicked_cb), self);
    gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (self->figures)), self->independence,
                                self->figures);
  }
}

GtkWidget *
sg_overview_page_new (SgStore *store)
{
  SgOverviewPage *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_OVERVIEW_PAGE, NULL);
  self->store = g_object_ref (store);
  for (guint i = 0; watched_kind (i) != G_TYPE_INVALID; i++)
    g_signal_connect_swapped (sg_store_get_records (store, watched_kind (i)), "items-changed",
                              G_CALLBACK (refresh_cb), self);
  sg_overview_page_refresh (self);
  return GTK_WIDGET (self);
}

void
sg_overview_page_refresh (SgOverviewPage *self)
{
  g_return_if_fail (SG_IS_OVERVIEW_PAGE (self));

  refresh_scope (self);
  refresh_risks (self);
  refresh_controls (self);
  refresh_nonconformities (self);
  refresh_objectives (self);
  refresh_requirements (self);
  refresh_next_audit (self);
  refresh_independence (self);
}
