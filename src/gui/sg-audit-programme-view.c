/* sg-audit-programme-view.c: the audit programme above the audits — quarters, and coverage gaps
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-audit-programme-view"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "sg-audit.h"
#include "sg-audit-programme.h"
#include "sg-audit-programme-view.h"
#include "sg-enums.h"
#include "sg-field-codec.h"

/* Years shown in the grid: the ones the gap rule looks back over, this
 * one, and the next if anything is planned in it. */
#define YEARS_BACK SG_AUDIT_PROGRAMME_YEARS

struct _SgAuditProgrammeView
{
  GtkWidget   parent_instance;

  GtkWidget  *expander;
  GtkWidget  *summary;
  GtkWidget  *grid;
  GtkWidget  *coverage;

  SgStore    *store;
  GListModel *audits;
  char       *today;     /* NULL: the real today */
  guint       idle_id;
  int         narrow;    /* -1 not sized yet, else whether it was narrow */
  GPtrArray  *watched;   /* SgRecord* (owned: a removed one may go any time) */
  GPtrArray  *covering;  /* SgRecord* (owned) or NULL, one per coverage button */
};

G_DEFINE_FINAL_TYPE (SgAuditProgrammeView, sg_audit_programme_view, GTK_TYPE_WIDGET)

enum {
  AUDIT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void queue_refresh (SgAuditProgrammeView *self);

static void
unref_if_any (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
remove_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    {
      if (GTK_IS_GRID (widget))
        gtk_grid_remove (GTK_GRID (widget), child);
      else if (GTK_IS_FLOW_BOX (widget))
        gtk_flow_box_remove (GTK_FLOW_BOX (widget), child);
      else
        gtk_widget_unparent (child);
    }
}

static GtkWidget *
grid_label (const char *text,
            const char *css)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.5);
  gtk_widget_set_hexpand (label, TRUE);
  if (css != NULL)
    gtk_widget_add_css_class (label, css);
  return label;
}

static const SgAuditQuarter *
find_quarter (SgAuditProgramme *programme,
              int               year,
              int               quarter)
{
  for (guint i = 0; i < programme->quarters->len; i++)
    {
      const SgAuditQuarter *q = &g_array_index (programme->quarters, SgAuditQuarter, i);

      if (q->year == year && q->quarter == quarter)
        return q;
    }
  return NULL;
}

/* "2 of 3": done of planned; the audits named in the tooltip. */
static GtkWidget *
quarter_cell (SgAuditProgramme     *programme,
              const SgAuditQuarter *q,
              int                   year,
              int                   quarter)
{
  int this_year = atoi (programme->today);
  int this_quarter = (atoi (programme->today + 5) - 1) / 3 + 1;
  gboolean past = year < this_year || (year == this_year && quarter < this_quarter);
  g_autofree char *text = NULL;
  g_autoptr(GString) tooltip = g_string_new (NULL);
  GtkWidget *label;

  if (q == NULL || q->audits->len == 0)
    {
      label = grid_label ("–", "dim-label");
      gtk_widget_set_tooltip_text (label, _("No audit"));
      return label;
    }
  /* Translators: audits done of those planned in a quarter, e.g. "1 of 2" */
  text = g_strdup_printf (C_("programme", "%u of %u"), q->n_done, q->n_planned);
  label = grid_label (text, q->n_planned > 0 && q->n_done >= q->n_planned ? "success"
                            : past && q->n_done < q->n_planned ? "warning" : NULL);
  for (guint i = 0; i < q->audits->len; i++)
    {
      SgRecord *audit = g_ptr_array_index (q->audits, i);
      g_autofree char *name = sg_record_dup_display_name (audit);

      if (i > 0)
        g_string_append_c (tooltip, '\n');
      /* Translators: an audit and its status in a tooltip, "AUD-002 Access control — Completed" */
      g_string_append_printf (tooltip, _("%s — %s"), name,
                              sg_enum_get_label (SG_TYPE_AUDIT_STATUS, sg_record_peek_enum (audit, SG_AUDIT_STATUS)));
    }
  gtk_widget_set_tooltip_text (label, tooltip->str);
  return label;
}

static void
fill_grid (SgAuditProgrammeView *self,
           SgAuditProgramme     *programme)
{
  int this_year = atoi (programme->today);
  int last_year = this_year;
  int row = 1;

  remove_children (self->grid);
  for (guint i = 0; i < programme->quarters->len; i++)
    {
      const SgAuditQuarter *q = &g_array_index (programme->quarters, SgAuditQuarter, i);

      if (q->year == this_year + 1)
        last_year = this_year + 1;
    }

  gtk_grid_attach (GTK_GRID (self->grid), grid_label (NULL, NULL), 0, 0, 1, 1);
  for (int quarter = 1; quarter <= 4; quarter++)
    {
      /* Translators: a quarter of a year: Q1 … Q4 */
      g_autofree char *name = g_strdup_printf (_("Q%d"), quarter);

      gtk_grid_attach (GTK_GRID (self->grid), grid_label (name, "caption-heading"), quarter, 0, 1, 1);
    }
  /* Newest first: what is coming matters most. */
  for (int year = last_year; year >= this_year - YEARS_BACK + 1; year--, row++)
    {
      g_autofree char *name = g_strdup_printf ("%d", year);
      GtkWidget *label = grid_label (name, "caption-heading");

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, FALSE);
      gtk_grid_attach (GTK_GRID (self->grid), label, 0, row, 1, 1);
      for (int quarter = 1; quarter <= 4; quarter++)
        gtk_grid_attach (GTK_GRID (self->grid),
                         quarter_cell (programme, find_quarter (programme, year, quarter), year, quarter),
                         quarter, row, 1, 1);
    }
}

static void
coverage_clicked_cb (GtkButton            *button,
                     SgAuditProgrammeView *self)
{
  guint index = 0;
  SgRecord *audit;

  for (GtkWidget *child = gtk_widget_get_first_child (self->coverage);
       child != NULL;
       child = gtk_widget_get_next_sibling (child), index++)
    if (gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child)) == GTK_WIDGET (button))
      break;
  audit = index < self->covering->len ? g_ptr_array_index (self->covering, index) : NULL;
  if (audit != NULL)
    g_signal_emit (self, signals[AUDIT_ACTIVATED], 0, audit);
}

static GtkWidget *
coverage_item (SgAuditProgrammeView  *self,
               const SgAuditCoverage *c)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name, *state;
  g_autofree char *title = NULL;
  g_autofree char *said = NULL;
  g_autofree char *date = c->last_date != NULL ? sg_field_format_date (c->last_date) : NULL;
  g_autofree char *accessible = NULL;

  if (c->kind == SG_AUDIT_COVERAGE_CLAUSE)
    /* Translators: a clause and its name, "4 Context" */
    title = g_strdup_printf (_("%d %s"), c->number, c->label);
  else
    title = g_strdup (c->label);
  if (c->gap && date == NULL)
    said = g_strdup (_("Gap: never audited"));
  else if (c->gap)
    /* Translators: %s is the date a clause was last audited, more than three years ago */
    said = g_strdup_printf (_("Gap: last audited %s"), date);
  else
    /* Translators: %s is the date a clause was last audited */
    said = g_strdup_printf (_("Audited %s"), date);

  name = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "caption-heading");
  if (c->gap)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_box_append (GTK_BOX (top), icon);
    }
  gtk_box_append (GTK_BOX (top), name);
  state = gtk_label_new (said);
  gtk_label_set_xalign (GTK_LABEL (state), 0);
  gtk_label_set_ellipsize (GTK_LABEL (state), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (state, "caption");
  if (!c->gap)
    gtk_widget_add_css_class (state, "dim-label");
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), state);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "sg-coverage");
  gtk_widget_add_css_class (button, c->gap ? "sg-coverage-gap" : "sg-coverage-ok");
  accessible = g_strdup_printf ("%s: %s", title, said);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  /* The whole title, which a narrow item cuts, and the audit it opens. */
  if (c->last_audit != NULL)
    {
      g_autofree char *audit = sg_record_dup_display_name (c->last_audit);
      g_autofree char *tooltip = g_strdup_printf ("%s\n%s", title, audit);

      gtk_widget_set_tooltip_text (button, tooltip);
    }
  else
    gtk_widget_set_tooltip_text (button, title);
  g_signal_connect (button, "clicked", G_CALLBACK (coverage_clicked_cb), self);
  return button;
}

static void
audit_notify_cb (SgAuditProgrammeView *self)
{
  queue_refresh (self);
}

static void
unwatch (SgAuditProgrammeView *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched, i), audit_notify_cb, self);
  g_ptr_array_set_size (self->watched, 0);
}

static void
refresh (SgAuditProgrammeView *self)
{
  g_autoptr(SgAuditProgramme) programme = NULL;
  g_autofree char *summary = NULL;
  guint n;
  SgRecord *const *audits;

  if (sg_store_is_closed (self->store))
    return;
  programme = sg_audit_programme_new (self->store, self->today);
  fill_grid (self, programme);

  remove_children (self->coverage);
  g_ptr_array_set_size (self->covering, 0);
  for (guint i = 0; i < programme->coverage->len; i++)
    {
      const SgAuditCoverage *c = &g_array_index (programme->coverage, SgAuditCoverage, i);

      gtk_flow_box_append (GTK_FLOW_BOX (self->coverage), coverage_item (self, c));
      g_ptr_array_add (self->covering, c->last_audit != NULL ? g_object_ref (c->last_audit) : NULL);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (self->coverage);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  if (programme->n_gaps > 0)
    summary = g_strdup_printf (ngettext ("%u gap in coverage", "%u gaps in coverage", programme->n_gaps),
                               programme->n_gaps);
  else
    summary = g_strdup (_("Every clause and theme covered"));
  gtk_label_set_text (GTK_LABEL (self->summary), summary);
  gtk_widget_remove_css_class (self->summary, "warning");
  gtk_widget_remove_css_class (self->summary, "success");
  gtk_widget_add_css_class (self->summary, programme->n_gaps > 0 ? "warning" : "success");

  unwatch (self);
  audits = sg_store_peek_records (self->store, SG_TYPE_AUDIT, &n);
  for (guint i = 0; i < n; i++)
    {
      g_signal_connect_swapped (audits[i], "notify", G_CALLBACK (audit_notify_cb), self);
      g_ptr_array_add (self->watched, g_object_ref (audits[i]));
    }
}

static gboolean
refresh_idle_cb (gpointer data)
{
  SgAuditProgrammeView *self = data;

  self->idle_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (SgAuditProgrammeView *self)
{
  if (self->idle_id == 0)
    self->idle_id = g_idle_add (refresh_idle_cb, self);
}

static void
sg_audit_programme_view_size_allocate (GtkWidget *widget,
                                       int        width,
                                       int        height,
                                       int        baseline)
{
  SgAuditProgrammeView *self = SG_AUDIT_PROGRAMME_VIEW (widget);

  /* On a phone the programme would push the list off the screen: it
   * closes when the page becomes narrow, its summary still naming the
   * gaps, and opens when it becomes wide; in between, as the user left it. */
  if ((width < 600) != self->narrow)
    {
      self->narrow = width < 600;
      gtk_expander_set_expanded (GTK_EXPANDER (self->expander), !self->narrow);
    }
  gtk_widget_allocate (self->expander, width, height, baseline, NULL);
}

static void
sg_audit_programme_view_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  SgAuditProgrammeView *self = SG_AUDIT_PROGRAMME_VIEW (widget);

  gtk_widget_measure (self->expander, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static GtkSizeRequestMode
sg_audit_programme_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sg_audit_programme_view_dispose (GObject *object)
{
  SgAuditProgrammeView *self = SG_AUDIT_PROGRAMME_VIEW (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->watched != NULL)
    unwatch (self);
  if (self->audits != NULL)
    g_signal_handlers_disconnect_by_func (self->audits, queue_refresh, self);
  g_clear_object (&self->audits);
  g_clear_object (&self->store);
  g_clear_pointer (&self->expander, gtk_widget_unparent);
  g_clear_pointer (&self->watched, g_ptr_array_unref);
  g_clear_pointer (&self->covering, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (sg_audit_programme_view_parent_class)->dispose (object);
}

static void
sg_audit_programme_view_class_init (SgAuditProgrammeViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_audit_programme_view_dispose;
  /* No layout manager: the width it gets decides whether it is open. */
  widget_class->size_allocate = sg_audit_programme_view_size_allocate;
  widget_class->measure = sg_audit_programme_view_measure;
  widget_class->get_request_mode = sg_audit_programme_view_get_request_mode;

  signals[AUDIT_ACTIVATED] =
    g_signal_new ("audit-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SG_TYPE_RECORD);

  gtk_widget_class_set_css_name (widget_class, "sg-audit-programme");
}

static void
sg_audit_programme_view_init (SgAuditProgrammeView *self)
{
  GtkWidget *label_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (_("Audit Programme"));
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *caption = gtk_label_new (_("Audits done of those planned, by quarter of the planned date, or of the actual date once done."));
  GtkWidget *coverage_title = gtk_label_new (NULL);
  g_autofree char *coverage_text = NULL;

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  self->covering = g_ptr_array_new_with_free_func (unref_if_any);
  self->narrow = -1;

  gtk_widget_add_css_class (title, "heading");
  self->summary = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->summary), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (label_box), title);
  gtk_box_append (GTK_BOX (label_box), self->summary);

  self->grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 4);
  gtk_widget_set_margin_top (self->grid, 6);
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");

  coverage_text = g_strdup_printf (ngettext ("Coverage in the last %d year", "Coverage in the last %d years",
                                             SG_AUDIT_PROGRAMME_YEARS),
                                   SG_AUDIT_PROGRAMME_YEARS);
  gtk_label_set_text (GTK_LABEL (coverage_title), coverage_text);
  gtk_label_set_xalign (GTK_LABEL (coverage_title), 0);
  gtk_widget_add_css_class (coverage_title, "heading");
  gtk_widget_set_margin_top (coverage_title, 6);

  self->coverage = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->coverage), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (self->coverage), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (self->coverage), 2);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->coverage), 4);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->coverage), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->coverage), 6);

  gtk_box_append (GTK_BOX (content), self->grid);
  gtk_box_append (GTK_BOX (content), caption);
  gtk_box_append (GTK_BOX (content), coverage_title);
  gtk_box_append (GTK_BOX (content), self->coverage);

  self->expander = gtk_expander_new (NULL);
  gtk_expander_set_label_widget (GTK_EXPANDER (self->expander), label_box);
  gtk_expander_set_child (GTK_EXPANDER (self->expander), content);
  gtk_expander_set_expanded (GTK_EXPANDER (self->expander), TRUE);
  gtk_widget_set_parent (self->expander, GTK_WIDGET (self));
}

GtkWidget *
sg_audit_programme_view_new (SgStore *store)
{
  SgAuditProgrammeView *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_AUDIT_PROGRAMME_VIEW, NULL);
  self->store = g_object_ref (store);
  self->audits = g_object_ref (sg_store_get_records (store, SG_TYPE_AUDIT));
  g_signal_connect_swapped (self->audits, "items-changed", G_CALLBACK (queue_refresh), self);
  refresh (self);
  return GTK_WIDGET (self);
}

void
sg_audit_programme_view_set_today (SgAuditProgrammeView *self,
                                   const char           *today)
{
  g_return_if_fail (SG_IS_AUDIT_PROGRAMME_VIEW (self));

  g_free (self->today);
  self->today = g_strdup (today);
  refresh (self);
}

GtkWidget *
sg_audit_programme_view_get_coverage (SgAuditProgrammeView *self)
{
  g_return_val_if_fail (SG_IS_AUDIT_PROGRAMME_VIEW (self), NULL);

  return self->coverage;
}

const char *
sg_audit_programme_view_get_summary (SgAuditProgrammeView *self)
{
  g_return_val_if_fail (SG_IS_AUDIT_PROGRAMME_VIEW (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->summary));
}
