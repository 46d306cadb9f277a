/* sg-heatmap-view.c: the risk heat map as a widget — cells to click, focus and hear
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The map is drawn by sg_heatmap_draw(), like every printed or exported
 * map; each cell is an SgHeatmapCell button over its drawing, and a cell
 * that is opened lists its risks in an SgHeatmapPopover. This file counts
 * the risks (again, when one moves), draws, and moves the focus. */
#define G_LOG_DOMAIN "sg-heatmap-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-heatmap-cell.h"
#include "sg-heatmap-popover.h"
#include "sg-heatmap-view.h"
#include "sg-risk.h"

struct _SgHeatmapView
{
  GtkWidget      parent_instance;

  SgStore       *store;
  SgRiskMethod  *method;
  GListModel    *risks;
  GHashTable    *watched;      /* SgRecord → notify handler id */
  GtkFilter     *filter;
  char          *title;
  SgHeatmapMode  mode;
  double         text_scale;

  SgHeatmapData *data;
  guint          recount_id;   /* a recount waiting for the burst of changes to end */
  GtkWidget    **cells;        /* n_likelihood × n_impact, by data cell index */
  guint          n_cells;
  int            focus_l, focus_i;

  GtkWidget     *popover;      /* SgHeatmapPopover, made when a cell is first opened */
};

G_DEFINE_FINAL_TYPE (SgHeatmapView, sg_heatmap_view, GTK_TYPE_WIDGET)

enum {
  RISK_ACTIVATED,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Fields that move a risk on the map or in or out of a filter. */
static const char *const watched_fields[] = {
  "inherent-likelihood", "inherent-impact", "residual-likelihood", "residual-impact",
  "category", "owner", "status", "title", "ref", NULL
};

static GtkWidget *
cell_widget (SgHeatmapView *self,
             int            likelihood,
             int            impact)
{
  if (self->data == NULL || likelihood < 1 || (guint) likelihood > self->data->n_likelihood ||
      impact < 1 || (guint) impact > self->data->n_impact)
    return NULL;
  return self->cells[sg_heatmap_data_cell_index (self->data, likelihood, impact)];
}

static void
update_cells (SgHeatmapView *self)
{
  for (guint k = 0; self->data != NULL && k < self->n_cells; k++)
    sg_heatmap_cell_update (SG_HEATMAP_CELL (self->cells[k]), self->data);
}

/* Cells: one button each */

static void open_cell (SgHeatmapView *self,
                       int            likelihood,
                       int            impact);

static void
cell_clicked_cb (GtkButton     *button,
                 SgHeatmapView *self)
{
  int l = sg_heatmap_cell_get_likelihood (SG_HEATMAP_CELL (button));
  int i = sg_heatmap_cell_get_impact (SG_HEATMAP_CELL (button));

  sg_heatmap_view_focus_cell (self, l, i);
  open_cell (self, l, i);
}

static void
cell_focus_enter_cb (GtkEventControllerFocus *controller,
                     SgHeatmapView           *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  self->focus_l = sg_heatmap_cell_get_likelihood (SG_HEATMAP_CELL (cell));
  self->focus_i = sg_heatmap_cell_get_impact (SG_HEATMAP_CELL (cell));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Only the current cell takes part in Tab: the map is one stop, and the
 * arrow keys move within it. */
static void
update_focusable (SgHeatmapView *self)
{
  for (int l = 1; self->data != NULL && l <= (int) self->data->n_likelihood; l++)
    for (int i = 1; i <= (int) self->data->n_impact; i++)
      gtk_widget_set_focusable (cell_widget (self, l, i), l == self->focus_l && i == self->focus_i);
}

static void
clear_cells (SgHeatmapView *self)
{
  for (guint k = 0; k < self->n_cells; k++)
    gtk_widget_unparent (self->cells[k]);
  g_clear_pointer (&self->cells, g_free);
  self->n_cells = 0;
}

static void
create_cells (SgHeatmapView *self)
{
  const SgHeatmapData *data = self->data;
  GtkWidget *before = self->popover;

  clear_cells (self);
  self->n_cells = data->n_likelihood * data->n_impact;
  self->cells = g_new0 (GtkWidget *, self->n_cells);

  /* Reading order: the top row (highest likelihood) first, left to right. */
  for (int l = (int) data->n_likelihood; l >= 1; l--)
    for (int i = 1; i <= (int) data->n_impact; i++)
      {
        GtkWidget *cell = sg_heatmap_cell_new (l, i);
        GtkEventController *focus = gtk_event_controller_focus_new ();

        g_signal_connect (cell, "clicked", G_CALLBACK (cell_clicked_cb), self);
        g_signal_connect (focus, "enter", G_CALLBACK (cell_focus_enter_cb), self);
        gtk_widget_add_controller (cell, focus);
        if (before != NULL)
          gtk_widget_insert_before (cell, GTK_WIDGET (self), before);
        else
          gtk_widget_set_parent (cell, GTK_WIDGET (self));
        self->cells[sg_heatmap_data_cell_index (data, l, i)] = cell;
      }

  self->focus_l = CLAMP (self->focus_l, 1, (int) data->n_likelihood);
  self->focus_i = CLAMP (self->focus_i, 1, (int) data->n_impact);
  update_focusable (self);
}

/* Counting */

static gboolean
filter_risk_cb (SgRecord *risk,
                gpointer  user_data)
{
  SgHeatmapView *self = user_data;

  return self->filter == NULL || gtk_filter_match (self->filter, risk);
}

static void
recount (SgHeatmapView *self)
{
  SgHeatmapData *data;
  gboolean resized;

  g_clear_handle_id (&self->recount_id, g_source_remove);
  if (self->store == NULL)
    return;

  data = sg_heatmap_data_new_filtered (self->store, self->mode, self->title, filter_risk_cb, self);
  if (data != NULL)
    data->text_scale = self->text_scale;
  resized = data == NULL || self->data == NULL ||
            data->n_likelihood != self->data->n_likelihood || data->n_impact != self->data->n_impact;
  g_clear_pointer (&self->data, sg_heatmap_data_free);
  self->data = data;

  if (resized)
    {
      if (self->popover != NULL)
        gtk_popover_popdown (GTK_POPOVER (self->popover));
      if (data != NULL)
        create_cells (self);
      else
        clear_cells (self);
      gtk_widget_queue_allocate (GTK_WIDGET (self));
    }
  update_cells (self);
  if (self->popover != NULL)
    sg_heatmap_popover_refresh (SG_HEATMAP_POPOVER (self->popover), self->data);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
recount_cb (gpointer user_data)
{
  SgHeatmapView *self = user_data;

  self->recount_id = 0;
  recount (self);
  return G_SOURCE_REMOVE;
}

/* Many changes at once (an import, a scale that shrinks) are counted
 * once, before the next frame; what reads the counts first gets them
 * up to date (flush_recount()). */
static void
schedule_recount (SgHeatmapView *self)
{
  if (self->recount_id == 0)
    self->recount_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, recount_cb, self, NULL);
}

static void
flush_recount (SgHeatmapView *self)
{
  if (self->recount_id != 0)
    recount (self);
}

static void
risk_notify_cb (SgRecord      *risk,
                GParamSpec    *pspec,
                SgHeatmapView *self)
{
  if (g_strv_contains (watched_fields, pspec->name))
    schedule_recount (self);
}

static void
watch_risks (SgHeatmapView *self,
             guint          position,
             guint          n_added)
{
  for (guint k = position; k < position + n_added; k++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (self->risks, k);
      gulong id;

      if (g_hash_table_contains (self->watched, risk))
        continue;
      id = g_signal_connect (risk, "notify", G_CALLBACK (risk_notify_cb), self);
      g_hash_table_insert (self->watched, g_object_ref (risk), GSIZE_TO_POINTER (id));
    }
}

static void
risks_changed_cb (GListModel    *risks,
                  guint          position,
                  guint          removed,
                  guint          added,
                  SgHeatmapView *self)
{
  /* Removed risks stay watched: an undo brings the same object back. */
  watch_risks (self, position, added);
  schedule_recount (self);
}

static void
unwatch_all (SgHeatmapView *self)
{
  GHashTableIter iter;
  gpointer risk, id;

  g_hash_table_iter_init (&iter, self->watched);
  while (g_hash_table_iter_next (&iter, &risk, &id))
    g_signal_handler_disconnect (risk, GPOINTER_TO_SIZE (id));
  g_hash_table_remove_all (self->watched);
}

/* The popover of a cell */

static void
risk_activated_cb (SgHeatmapView *self,
                   SgRecord      *risk)
{
  g_signal_emit (self, signals[RISK_ACTIVATED], 0, risk);
}

/* Back to the cell it came from, so the arrow keys go on from there. */
static void
popover_closed_cb (SgHeatmapView *self)
{
  int l, i;

  sg_heatmap_popover_get_cell (SG_HEATMAP_POPOVER (self->popover), &l, &i);
  if (cell_widget (self, l, i) != NULL)
    sg_heatmap_view_focus_cell (self, l, i);
}

static void
open_cell (SgHeatmapView *self,
           int            likelihood,
           int            impact)
{
  if (self->popover == NULL)
    {
      self->popover = sg_heatmap_popover_new (self);
      gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
      g_signal_connect_swapped (self->popover, "closed", G_CALLBACK (popover_closed_cb), self);
      g_signal_connect_swapped (self->popover, "risk-activated", G_CALLBACK (risk_activated_cb), self);
    }
  sg_heatmap_popover_show_cell (SG_HEATMAP_POPOVER (self->popover), self->data, likelihood, impact);
}

/* Keyboard */

static void
move_focus_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SgHeatmapView *self = SG_HEATMAP_VIEW (widget);
  int dl, di;

  if (self->data == NULL)
    return;
  g_variant_get (parameter, "(ii)", &dl, &di);
  sg_heatmap_view_focus_cell (self,
                              CLAMP (self->focus_l + dl, 1, (int) self->data->n_likelihood),
                              CLAMP (self->focus_i + di, 1, (int) self->data->n_impact));
}

/* GtkWidget */

static void
sg_heatmap_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  /* Room for the labels and a count in every cell, even on a phone. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 300;
      *natural = 900;
    }
  else
    {
      *minimum = 240;
      *natural = 640;
    }
}

static void
sg_heatmap_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  SgHeatmapView *self = SG_HEATMAP_VIEW (widget);
  double w = MAX (1, width), h = MAX (1, height);

  for (int l = 1; self->data != NULL && l <= (int) self->data->n_likelihood; l++)
    for (int i = 1; i <= (int) self->data->n_impact; i++)
      {
        cairo_rectangle_t r;

        sg_heatmap_get_cell_rect (w, h, self->data, l, i, &r);
        gtk_widget_size_allocate (cell_widget (self, l, i),
                                  &(GtkAllocation) { (int) r.x, (int) r.y,
                                                     MAX (1, (int) r.width), MAX (1, (int) r.height) },
                                  -1);
      }
  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
append_ring (GtkSnapshot          *snapshot,
             const graphene_rect_t *bounds,
             float                 radius,
             float                 width,
             const GdkRGBA        *colour)
{
  GskRoundedRect outline;
  const GdkRGBA colours[4] = { *colour, *colour, *colour, *colour };
  const float widths[4] = { width, width, width, width };

  gsk_rounded_rect_init_from_rect (&outline, bounds, radius);
  gtk_snapshot_append_border (snapshot, &outline, widths, colours);
}

static void
sg_heatmap_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  SgHeatmapView *self = SG_HEATMAP_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  cairo_t *cr;

  if (self->data == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  sg_heatmap_draw (cr, width, height, self->data);
  cairo_destroy (cr);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);

  /* A dark ring around a white one shows on every level's colour. */
  if ((gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_FOCUS_WITHIN) &&
      GTK_IS_WINDOW (root) && gtk_window_get_focus_visible (GTK_WINDOW (root)))
    {
      GtkWidget *cell = cell_widget (self, self->focus_l, self->focus_i);
      graphene_rect_t bounds;

      if (cell != NULL && gtk_widget_compute_bounds (cell, widget, &bounds))
        {
          static const GdkRGBA dark = { 0.141, 0.122, 0.192, 1.0 }, light = { 1, 1, 1, 1 };
          float ring = MAX (2.0f, MIN (bounds.size.width, bounds.size.height) * 0.04f);

          append_ring (snapshot, &bounds, ring * 2, ring * 2, &dark);
          graphene_rect_inset (&bounds, ring, ring);
          append_ring (snapshot, &bounds, ring, ring, &light);
        }
    }
}

static void
sg_heatmap_view_state_flags_changed (GtkWidget     *widget,
                                     GtkStateFlags  previous)
{
  if ((previous ^ gtk_widget_get_state_flags (widget)) & GTK_STATE_FLAG_FOCUS_WITHIN)
    gtk_widget_queue_draw (widget);
  GTK_WIDGET_CLASS (sg_heatmap_view_parent_class)->state_flags_changed (widget, previous);
}

/* GObject */

static void
sg_heatmap_view_dispose (GObject *object)
{
  SgHeatmapView *self = SG_HEATMAP_VIEW (object);

  g_clear_handle_id (&self->recount_id, g_source_remove);
  if (self->watched != NULL)
    unwatch_all (self);
  if (self->risks != NULL)
    g_signal_handlers_disconnect_by_func (self->risks, risks_changed_cb, self);
  if (self->method != NULL)
    g_signal_handlers_disconnect_by_func (self->method, recount, self);
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, recount, self);
  clear_cells (self);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_object (&self->filter);
  g_clear_object (&self->method);
  g_clear_object (&self->risks);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_heatmap_view_parent_class)->dispose (object);
}

static void
sg_heatmap_view_finalize (GObject *object)
{
  SgHeatmapView *self = SG_HEATMAP_VIEW (object);

  g_clear_pointer (&self->data, sg_heatmap_data_free);
  g_clear_pointer (&self->watched, g_hash_table_unref);
  g_free (self->title);

  G_OBJECT_CLASS (sg_heatmap_view_parent_class)->finalize (object);
}

static void
sg_heatmap_view_class_init (SgHeatmapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct { guint key; int dl, di; } moves[] = {
    { GDK_KEY_Up, 1, 0 }, { GDK_KEY_KP_Up, 1, 0 },
    { GDK_KEY_Down, -1, 0 }, { GDK_KEY_KP_Down, -1, 0 },
    { GDK_KEY_Right, 0, 1 }, { GDK_KEY_KP_Right, 0, 1 },
    { GDK_KEY_Left, 0, -1 }, { GDK_KEY_KP_Left, 0, -1 },
  };

  object_class->dispose = sg_heatmap_view_dispose;
  object_class->finalize = sg_heatmap_view_finalize;
  widget_class->measure = sg_heatmap_view_measure;
  widget_class->size_allocate = sg_heatmap_view_size_allocate;
  widget_class->snapshot = sg_heatmap_view_snapshot;
  widget_class->state_flags_changed = sg_heatmap_view_state_flags_changed;

  /* The risk a person chose in a cell's list, to open it. */
  signals[RISK_ACTIVATED] =
    g_signal_new ("risk-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SG_TYPE_RECORD);
  /* The counts were made again: for summaries beside the map. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "heatmap.move-focus", "(ii)", move_focus_cb);
  for (guint k = 0; k < G_N_ELEMENTS (moves); k++)
    gtk_widget_class_add_binding_action (widget_class, moves[k].key, 0, "heatmap.move-focus",
                                         "(ii)", moves[k].dl, moves[k].di);

  gtk_widget_class_set_css_name (widget_class, "sg-heatmap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sg_heatmap_view_init (SgHeatmapView *self)
{
  self->text_scale = 1.0;
  self->focus_l = 1;
  self->focus_i = 1;
  self->watched = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Risk heat map"), -1);
}

GtkWidget *
sg_heatmap_view_new (SgStore *store)
{
  SgHeatmapView *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_HEATMAP_VIEW, NULL);
  self->store = g_object_ref (store);
  self->method = g_object_ref (sg_store_get_risk_method (store));
  self->risks = g_object_ref (sg_store_get_records (store, SG_TYPE_RISK));
  /* The store saves first (it connected earlier), so a rejected edit is
   * undone before the map counts it. */
  watch_risks (self, 0, g_list_model_get_n_items (self->risks));
  g_signal_connect (self->risks, "items-changed", G_CALLBACK (risks_changed_cb), self);
  g_signal_connect_swapped (self->method, "changed", G_CALLBACK (recount), self);
  /* The middle cell: arrows reach every other from there. */
  recount (self);
  if (self->data != NULL)
    {
      self->focus_l = (int) (self->data->n_likelihood + 1) / 2;
      self->focus_i = (int) (self->data->n_impact + 1) / 2;
      update_focusable (self);
    }
  return GTK_WIDGET (self);
}

SgStore *
sg_heatmap_view_get_store (SgHeatmapView *self)
{
  g_return_val_if_fail (SG_IS_HEATMAP_VIEW (self), NULL);

  return self->store;
}

SgHeatmapMode
sg_heatmap_view_get_mode (SgHeatmapView *self)
{
  g_return_val_if_fail (SG_IS_HEATMAP_VIEW (self), SG_HEATMAP_MODE_INHERENT);

  return self->mode;
}

void
sg_heatmap_view_set_mode (SgHeatmapView *self,
                          SgHeatmapMode  mode)
{
  g_return_if_fail (SG_IS_HEATMAP_VIEW (self));
  g_return_if_fail (mode <= SG_HEATMAP_MODE_MOVEMENT);

  if (self->mode == mode)
    return;
  self->mode = mode;
  recount (self);
}

void
sg_heatmap_view_set_filter (SgHeatmapView *self,
                            GtkFilter     *filter)
{
  g_return_if_fail (SG_IS_HEATMAP_VIEW (self));
  g_return_if_fail (filter == NULL || GTK_IS_FILTER (filter));

  if (self->filter == filter)
    return;
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, recount, self);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    g_signal_connect_swapped (filter, "changed", G_CALLBACK (recount), self);
  recount (self);
}

gboolean
sg_heatmap_view_risk_matches (SgHeatmapView *self,
                              SgRecord      *risk)
{
  g_return_val_if_fail (SG_IS_HEATMAP_VIEW (self), FALSE);
  g_return_val_if_fail (SG_IS_RECORD (risk), FALSE);

  return filter_risk_cb (risk, self);
}

void
sg_heatmap_view_set_title (SgHeatmapView *self,
                           const char    *title)
{
  g_return_if_fail (SG_IS_HEATMAP_VIEW (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  recount (self);
}

void
sg_heatmap_view_set_text_scale (SgHeatmapView *self,
                                double         scale)
{
  g_return_if_fail (SG_IS_HEATMAP_VIEW (self));
  g_return_if_fail (scale >= 0.5 && scale <= 3.0);

  self->text_scale = scale;
  if (self->data != NULL)
    self->data->text_scale = scale;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const SgHeatmapData *
sg_heatmap_view_get_data (SgHeatmapView *self)
{
  g_return_val_if_fail (SG_IS_HEATMAP_VIEW (self), NULL);

  flush_recount (self);
  return self->data;
}

SgHeatmapData *
sg_heatmap_view_dup_data (SgHeatmapView *self)
{
  SgHeatmapData *data;

  g_return_val_if_fail (SG_IS_HEATMAP_VIEW (self), NULL);

  /* Paper and files keep the normal type, whatever the screen shows. */
  data = sg_heatmap_data_new_filtered (self->store, self->mode, self->title, filter_risk_cb, self);
  return data;
}

void
sg_heatmap_view_get_focus_cell (SgHeatmapView *self,
                                int           *likelihood,
                                int           *impact)
{
  g_return_if_fail (SG_IS_HEATMAP_VIEW (self));

  if (likelihood != NULL)
    *likelihood = self->focus_l;
  if (impact != NULL)
    *impact = self->focus_i;
}

void
sg_heatmap_view_focus_cell (SgHeatmapView *self,
                            int            likelihood,
                            int            impact)
{
  GtkWidget *cell;

  g_return_if_fail (SG_IS_HEATMAP_VIEW (self));

  flush_recount (self);
  cell = cell_widget (self, likelihood, impact);
  g_return_if_fail (cell != NULL);

  self->focus_l = likelihood;
  self->focus_i = impact;
  update_focusable (self);
  gtk_widget_grab_focus (cell);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

GtkWidget *
sg_heatmap_view_get_cell_widget (SgHeatmapView *self,
                                 int            likelihood,
                                 int            impact)
{
  g_return_val_if_fail (SG_IS_HEATMAP_VIEW (self), NULL);

  flush_recount (self);
  return cell_widget (self, likelihood, impact);
}

GListModel *
sg_heatmap_view_list_cell_risks (SgHeatmapView *self,
                                 int            likelihood,
                                 int            impact)
{
  GListStore *list;
  guint n;

  g_return_val_if_fail (SG_IS_HEATMAP_VIEW (self), NULL);

  list = g_list_store_new (SG_TYPE_RECORD);
  n = g_list_model_get_n_items (self->risks);
  for (guint k = 0; k < n; k++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (self->risks, k);
      int l, i;

      if (filter_risk_cb (risk, self) &&
          sg_heatmap_risk_get_cell (self->method, risk, self->mode, &l, &i) &&
          l == likelihood && i == impact)
        g_list_store_append (list, risk);
    }
  return G_LIST_MODEL (list);
}

SgRiskLevel *
sg_heatmap_view_get_risk_level (SgHeatmapView *self,
                                SgRecord      *risk)
{
  int l, i;

  g_return_val_if_fail (SG_IS_HEATMAP_VIEW (self), NULL);
  g_return_val_if_fail (SG_IS_RECORD (risk), NULL);

  if (!sg_heatmap_risk_get_cell (self->method, risk, self->mode, &l, &i))
    return NULL;
  return sg_risk_method_get_level (self->method, l, i);
}

static int
level_rank (SgRiskMethod *method,
            SgRiskLevel  *level)
{
  guint n = sg_risk_method_get_n_levels (method);

  for (guint k = 0; k < n; k++)
    if (sg_risk_method_get_level_nth (method, k) == level)
      return (int) k;
  return -1;
}

typedef struct
{
  SgRecord *risk;
  int       rank;
  int       score;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->rank != y->rank)
    return y->rank - x->rank;
  if (x->score != y->score)
    return y->score - x->score;
  return g_strcmp0 (sg_record_get_ref (x->risk), sg_record_get_ref (y->risk));
}

static GArray *
rank_above_appetite (SgHeatmapView *self)
{
  GArray *ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  guint n = g_list_model_get_n_items (self->risks);

  for (guint k = 0; k < n; k++)
    {
      g_autoptr(SgRecord) risk = g_list_model_get_item (self->risks, k);
      SgRiskLevel *level;
      int l, i;

      if (!filter_risk_cb (risk, self) ||
          !sg_heatmap_risk_get_cell (self->method, risk, self->mode, &l, &i))
        continue;
      level = sg_risk_method_get_level (self->method, l, i);
      if (sg_record_peek_boolean (SG_RECORD (level), "within-appetite"))
        continue;
      /* The list holds a reference; the array borrows it. */
      g_array_append_val (ranked, ((Ranked) { risk, level_rank (self->method, level), l * i }));
    }
  g_array_sort (ranked, compare_ranked);
  return ranked;
}

GListModel *
sg_heatmap_view_list_top_risks (SgHeatmapView *self,
                                guint          max_risks)
{
  g_autoptr(GArray) ranked = NULL;
  GListStore *list;

  g_return_val_if_fail (SG_IS_HEATMAP_VIEW (self), NULL);

  ranked = rank_above_appetite (self);
  list = g_list_store_new (SG_TYPE_RECORD);
  for (guint k = 0; k < ranked->len && k < max_risks; k++)
    g_list_store_append (list, g_array_index (ranked, Ranked, k).risk);
  return G_LIST_MODEL (list);
}

guint
sg_heatmap_view_count_above_appetite (SgHeatmapView *self)
{
  g_autoptr(GArray) ranked = NULL;

  g_return_val_if_fail (SG_IS_HEATMAP_VIEW (self), 0);

  ranked = rank_above_appetite (self);
  return ranked->len;
}
