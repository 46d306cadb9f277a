/* sg-risk-method-page.c: the page that edits the risk method — scales, risk levels, matrix
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Texts are SgTextFieldRows, risk levels SgRiskLevelRows. The matrix is
 * a grid built anew whenever a scale changes, so a child's place in it
 * says which cell or scale value it shows (grid_place()). */
#define G_LOG_DOMAIN "sg-risk-method-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-level-style.h"
#include "sg-matrix-cell.h"
#include "sg-protection-levels-group.h"
#include "sg-risk-level-row.h"
#include "sg-risk-method-page.h"
#include "sg-store-method.h"
#include "sg-text-field-row.h"

/* The off-scale risks a dialog names before it says "and N more". */
#define MAX_LISTED 12

struct _SgRiskMethodPage
{
  SgPage        parent_instance;

  GtkWidget    *box;
  GtkWidget    *header;
  GtkWidget    *back_button;
  GtkWidget    *form;
  GtkWidget    *spin[2];
  GtkWidget    *scale_group[2];
  GtkWidget    *levels_group;
  GtkWidget    *matrix_group;
  GtkWidget    *grid;
  GtkWidget    *protection_group;

  SgStore      *store;
  SgRiskMethod *method;
  char         *shape;          /* what the rows were built for */
  GPtrArray    *groups_rows;    /* widgets to remove on rebuild */
  GPtrArray    *entries;        /* SgTextFieldRow*, the level rows' names among them */
  guint         updating;
};

G_DEFINE_FINAL_TYPE (SgRiskMethodPage, sg_risk_method_page, SG_TYPE_PAGE)


static void
show_error (SgRiskMethodPage *self,
            const GError     *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
  else
    g_warning ("%s", error->message);
}

/* Texts of the method's records */

static GtkWidget *
new_entry_row (SgRiskMethodPage *self,
               const char       *title,
               SgRecord         *record,
               const char       *field)
{
  GtkWidget *row = sg_text_field_row_new (title, record, field);

  g_ptr_array_add (self->entries, row);
  return row;
}

static void
flush_entries (SgRiskMethodPage *self)
{
  for (guint i = 0; i < self->entries->len; i++)
    sg_text_field_row_commit (g_ptr_array_index (self->entries, i));
}

/* Scales */

static const char *
scale_label (SgRiskMethodPage *self,
             SgScaleAxis       axis,
             int               value)
{
  SgScaleLevel *level = sg_risk_method_get_scale_level (self->method, axis, value);
  const char *label = level ? sg_record_peek_string (SG_RECORD (level), "label") : NULL;

  return label ? label : "";
}

static void
sync_spins (SgRiskMethodPage *self)
{
  self->updating++;
  for (int axis = 0; axis < 2; axis++)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->spin[axis]),
                               sg_risk_method_get_n_values (self->method, axis));
  self->updating--;
}

typedef struct
{
  SgRiskMethodPage *self;
  SgScaleAxis       axis;
  guint             n_values;
} Resize;

static void
resize (SgRiskMethodPage *self,
        SgScaleAxis       axis,
        guint             n_values,
        SgRatingFix       fix)
{
  g_autoptr(GError) error = NULL;

  flush_entries (self);
  if (!sg_store_resize_scale (self->store, axis, n_values, fix, &error))
    show_error (self, error);
  sync_spins (self);
}

static void
resize_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    gpointer          data)
{
  Resize *r = data;

  if (g_str_equal (response, "clamp"))
    resize (r->self, r->axis, r->n_values, SG_RATING_FIX_CLAMP);
  else if (g_str_equal (response, "unrate"))
    resize (r->self, r->axis, r->n_values, SG_RATING_FIX_UNRATE);
  else
    sync_spins (r->self);
}

static void
resize_free (gpointer data)
{
  Resize *r = data;

  g_object_unref (r->self);
  g_free (r);
}

static void
spin_changed_cb (GtkSpinButton    *spin,
                 SgRiskMethodPage *self)
{
  SgScaleAxis axis = spin == GTK_SPIN_BUTTON (self->spin[0]) ? SG_SCALE_AXIS_LIKELIHOOD
                                                              : SG_SCALE_AXIS_IMPACT;
  guint n_values = gtk_spin_button_get_value_as_int (spin);
  g_autoptr(GPtrArray) off = NULL;
  g_autoptr(GString) list = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *clamp = NULL;
  GtkWidget *dialog;
  Resize *r;

  if (self->updating > 0 || n_values == sg_risk_method_get_n_values (self->method, axis))
    return;

  /* Ratings never fall off a scale unseen: name the risks, let the person choose. */
  off = sg_store_find_risks_off_scale (self->store, axis, n_values);
  if (off->len == 0)
    {
      resize (self, axis, n_values, SG_RATING_FIX_CLAMP);
      return;
    }

  list = g_string_new (NULL);
  for (guint i = 0; i < off->len && i < MAX_LISTED; i++)
    {
      g_autofree char *name = sg_record_dup_display_name (g_ptr_array_index (off, i));
      g_string_append_printf (list, "\n• %s", name);
    }
  if (off->len > MAX_LISTED)
    {
      g_string_append_c (list, '\n');
      g_string_append_printf (list, ngettext ("and %u more", "and %u more", off->len - MAX_LISTED),
                              off->len - MAX_LISTED);
    }

  heading = axis == SG_SCALE_AXIS_LIKELIHOOD
            ? g_strdup_printf (_("Shorten the Likelihood Scale to %u Levels?"), n_values)
            : g_strdup_printf (_("Shorten the Impact Scale to %u Levels?"), n_values);
  body = g_strdup_printf (ngettext ("This risk has a rating above %u that would fall off the scale:\n%s",
                                    "These %3$u risks have ratings above %1$u that would fall off the scale:\n%2$s",
                                    off->len),
                          n_values, list->str, off->len);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);
  clamp = g_strdup_printf (_("_Clamp to %u"), n_values);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "unrate", _("Mark _Unrated"),
                                    "clamp", clamp,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "unrate",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "clamp",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "clamp");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  r = g_new0 (Resize, 1);
  r->self = g_object_ref (self);
  r->axis = axis;
  r->n_values = n_values;
  g_signal_connect_data (dialog, "response", G_CALLBACK (resize_response_cb), r,
                         (GClosureNotify) (void (*) (void)) resize_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Risk levels */

static void
remove_level_cb (SgRiskLevelRow   *row,
                 SgRiskMethodPage *self)
{
  g_autoptr(GError) error = NULL;

  flush_entries (self);
  if (!sg_store_remove_risk_level (self->store, sg_risk_level_row_get_level (row), &error))
    show_error (self, error);
}

static void
add_level_cb (SgRiskMethodPage *self)
{
  g_autoptr(GError) error = NULL;

  flush_entries (self);
  if (sg_store_add_risk_level (self->store, &error) == NULL)
    show_error (self, error);
}

static void
reset_matrix_cb (SgRiskMethodPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!sg_store_reset_matrix (self->store, &error))
    show_error (self, error);
}

/* The matrix */

/* Which cell a child of the grid shows, or which scale value a label
 * names: row 0 holds the impact values, column 0 the likelihood values,
 * the highest on top; 0 for neither. */
static void
grid_place (SgRiskMethodPage *self,
            GtkWidget        *child,
            int              *likelihood,
            int              *impact)
{
  int n_l = (int) sg_risk_method_get_n_values (self->method, SG_SCALE_AXIS_LIKELIHOOD);
  int column, row;

  gtk_grid_query_child (GTK_GRID (self->grid), child, &column, &row, NULL, NULL);
  *likelihood = row > 0 ? n_l - row + 1 : 0;
  *impact = column;
}

static SgRecord *
find_cell (SgRiskMethodPage *self,
           int               likelihood,
           int               impact)
{
  GListModel *cells = sg_store_get_records (self->store, SG_TYPE_MATRIX_CELL);
  guint n = g_list_model_get_n_items (cells);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgRecord) cell = g_list_model_get_item (cells, i);

      if (sg_record_peek_int (cell, "likelihood") == likelihood &&
          sg_record_peek_int (cell, "impact") == impact)
        return cell;
    }
  return NULL;
}

static void
cycle_cell (SgRiskMethodPage *self,
            GtkWidget        *button,
            int               step)
{
  guint n_levels = sg_risk_method_get_n_levels (self->method);
  SgRiskLevel *level;
  SgRecord *cell;
  int l, im, index = -1;

  grid_place (self, button, &l, &im);
  level = sg_risk_method_get_level (self->method, l, im);
  cell = find_cell (self, l, im);
  if (cell == NULL || n_levels == 0)
    return;
  for (guint i = 0; i < n_levels; i++)
    if (sg_risk_method_get_level_nth (self->method, i) == level)
      index = i;
  index = ((index + step) % (int) n_levels + (int) n_levels) % (int) n_levels;
  g_object_set (cell, "level",
                sg_record_get_id (SG_RECORD (sg_risk_method_get_level_nth (self->method, index))), NULL);
}

static void
cell_clicked_cb (GtkButton        *button,
                 SgRiskMethodPage *self)
{
  cycle_cell (self, GTK_WIDGET (button), 1);
}

static void
cell_secondary_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   SgRiskMethodPage *self)
{
  cycle_cell (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)), -1);
}

static void
sync_cell (SgRiskMethodPage *self,
           GtkWidget        *button,
           int               l,
           int               im)
{
  SgRiskLevel *level = sg_risk_method_get_level (self->method, l, im);
  const char *name = level ? sg_record_peek_string (SG_RECORD (level), "name") : NULL;
  g_autofree char *description = NULL;

  gtk_button_set_label (GTK_BUTTON (button), name ? name : "–");
  sg_level_style_apply (button, level);
  /* Translators: the accessible label of a matrix cell, e.g. "Likelihood Likely, impact Major: High" */
  description = g_strdup_printf (_("Likelihood %s, impact %s: %s"),
                                 scale_label (self, SG_SCALE_AXIS_LIKELIHOOD, l),
                                 scale_label (self, SG_SCALE_AXIS_IMPACT, im),
                                 name ? name : _("no level"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  gtk_widget_set_tooltip_text (button, description);
}

static GtkWidget *
axis_label (const char *text,
            gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Whole words only: a narrow window scrolls the matrix instead. */
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 9);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  return label;
}

/* The axis labels follow the scale labels. */
static void
set_axis_text (SgRiskMethodPage *self,
               GtkWidget        *label,
               SgScaleAxis       axis,
               int               value)
{
  g_autofree char *text = g_strdup_printf (axis == SG_SCALE_AXIS_IMPACT ? "%d\n%s" : "%d %s",
                                           value, scale_label (self, axis, value));

  gtk_label_set_text (GTK_LABEL (label), text);
}

static GtkWidget *
scale_axis_label (SgRiskMethodPage *self,
                  SgScaleAxis       axis,
                  int               value)
{
  GtkWidget *label = axis_label (NULL, FALSE);

  set_axis_text (self, label, axis, value);
  return label;
}

static void
build_matrix (SgRiskMethodPage *self)
{
  guint n_l = sg_risk_method_get_n_values (self->method, SG_SCALE_AXIS_LIKELIHOOD);
  guint n_i = sg_risk_method_get_n_values (self->method, SG_SCALE_AXIS_IMPACT);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->grid), child);

  gtk_grid_attach (GTK_GRID (self->grid), axis_label (_("Likelihood ↑\nImpact →"), TRUE), 0, 0, 1, 1);
  for (guint im = 1; im <= n_i; im++)
    gtk_grid_attach (GTK_GRID (self->grid), scale_axis_label (self, SG_SCALE_AXIS_IMPACT, im), im, 0, 1, 1);
  /* The highest likelihood on top, as on the heat map. */
  for (guint l = n_l; l >= 1; l--)
    {
      int row = n_l - l + 1;

      gtk_grid_attach (GTK_GRID (self->grid), scale_axis_label (self, SG_SCALE_AXIS_LIKELIHOOD, l),
                       0, row, 1, 1);
      for (guint im = 1; im <= n_i; im++)
        {
          GtkWidget *button = gtk_button_new ();
          GtkGesture *secondary = gtk_gesture_click_new ();

          gtk_widget_add_css_class (button, "sg-matrix-cell");
          g_signal_connect (button, "clicked", G_CALLBACK (cell_clicked_cb), self);
          gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
          g_signal_connect (secondary, "pressed", G_CALLBACK (cell_secondary_cb), self);
          gtk_widget_add_controller (button, GTK_EVENT_CONTROLLER (secondary));
          gtk_grid_attach (GTK_GRID (self->grid), button, im, row, 1, 1);
          sync_cell (self, button, l, im);
        }
    }
}

/* Building and keeping up to date */

static char *
get_shape (SgRiskMethodPage *self)
{
  GString *shape = g_string_new (NULL);
  guint n_levels = sg_risk_method_get_n_levels (self->method);

  g_string_append_printf (shape, "%u×%u", sg_risk_method_get_n_values (self->method, SG_SCALE_AXIS_LIKELIHOOD),
                          sg_risk_method_get_n_values (self->method, SG_SCALE_AXIS_IMPACT));
  for (guint i = 0; i < n_levels; i++)
    g_string_append_printf (shape, ",%" G_GINT64_FORMAT,
                            sg_record_get_id (SG_RECORD (sg_risk_method_get_level_nth (self->method, i))));
  return g_string_free (shape, FALSE);
}

static void
add_row (SgRiskMethodPage *self,
         GtkWidget        *group,
         GtkWidget        *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_ptr_array_add (self->groups_rows, row);
}

static void
build_scale (SgRiskMethodPage *self,
             SgScaleAxis       axis)
{
  guint n = sg_risk_method_get_n_values (self->method, axis);

  for (guint v = 1; v <= n; v++)
    {
      SgRecord *level = SG_RECORD (sg_risk_method_get_scale_level (self->method, axis, v));
      g_autofree char *label_title = g_strdup_printf (_("Level %u"), v);
      g_autofree char *description_title = g_strdup_printf (_("Description of level %u"), v);

      add_row (self, self->scale_group[axis], new_entry_row (self, label_title, level, "label"));
      add_row (self, self->scale_group[axis],
               new_entry_row (self, description_title, level, "description"));
    }
}

static void
build_levels (SgRiskMethodPage *self)
{
  guint n = sg_risk_method_get_n_levels (self->method);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = sg_risk_level_row_new (sg_risk_method_get_level_nth (self->method, i), n > 1);

      g_ptr_array_add (self->entries, sg_risk_level_row_get_name_row (SG_RISK_LEVEL_ROW (row)));
      g_signal_connect (row, "remove", G_CALLBACK (remove_level_cb), self);
      add_row (self, self->levels_group, row);
    }
}

static void
rebuild (SgRiskMethodPage *self)
{
  flush_entries (self);
  g_ptr_array_set_size (self->entries, 0);
  for (guint i = 0; i < self->groups_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->groups_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->groups_rows, 0);

  self->updating++;
  build_scale (self, SG_SCALE_AXIS_LIKELIHOOD);
  build_scale (self, SG_SCALE_AXIS_IMPACT);
  build_levels (self);
  build_matrix (self);
  self->updating--;
  sync_spins (self);
}

static void
sync_widgets (SgRiskMethodPage *self)
{
  self->updating++;
  for (guint i = 0; i < self->entries->len; i++)
    sg_text_field_row_sync (g_ptr_array_index (self->entries, i));
  for (guint i = 0; i < self->groups_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->groups_rows, i);

      if (SG_IS_RISK_LEVEL_ROW (row))
        sg_risk_level_row_sync (SG_RISK_LEVEL_ROW (row));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (self->grid);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int l, im;

      grid_place (self, child, &l, &im);
      if (GTK_IS_BUTTON (child))
        sync_cell (self, child, l, im);
      else if (l > 0 && im == 0)
        set_axis_text (self, child, SG_SCALE_AXIS_LIKELIHOOD, l);
      else if (l == 0 && im > 0)
        set_axis_text (self, child, SG_SCALE_AXIS_IMPACT, im);
    }
  self->updating--;
}

static void
method_changed_cb (SgRiskMethodPage *self)
{
  g_autofree char *shape = get_shape (self);

  if (g_strcmp0 (shape, self->shape) != 0)
    {
      g_free (self->shape);
      self->shape = g_steal_pointer (&shape);
      rebuild (self);
    }
  else
    sync_widgets (self);
}

/* GObject */

static void
sg_risk_method_page_sidebar_folded_changed (SgPage *page)
{
  SgRiskMethodPage *self = SG_RISK_METHOD_PAGE (page);
  gboolean folded = sg_page_get_sidebar_folded (page);

  gtk_widget_set_visible (self->back_button, folded);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (self->header), folded);
}

static void
sg_risk_method_page_dispose (GObject *object)
{
  SgRiskMethodPage *self = SG_RISK_METHOD_PAGE (object);

  /* Typing not yet saved is saved now, while the store is still open. */
  if (self->entries != NULL)
    flush_entries (self);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->groups_rows, g_ptr_array_unref);
  g_clear_object (&self->method);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_risk_method_page_parent_class)->dispose (object);
}

static void
sg_risk_method_page_finalize (GObject *object)
{
  SgRiskMethodPage *self = SG_RISK_METHOD_PAGE (object);

  g_clear_pointer (&self->shape, g_free);

  G_OBJECT_CLASS (sg_risk_method_page_parent_class)->finalize (object);
}

static void
sg_risk_method_page_class_init (SgRiskMethodPageClass *klass)
{
  SG_PAGE_CLASS (klass)->sidebar_folded_changed = sg_risk_method_page_sidebar_folded_changed;
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_risk_method_page_dispose;
  object_class->finalize = sg_risk_method_page_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static GtkWidget *
new_scale_spin_row (SgRiskMethodPage *self,
                    SgScaleAxis       axis)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (SG_SCALE_MIN_VALUES, SG_SCALE_MAX_VALUES, 1);
  const char *title = axis == SG_SCALE_AXIS_LIKELIHOOD ? _("Likelihood levels") : _("Impact levels");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  g_signal_connect (spin, "value-changed", G_CALLBACK (spin_changed_cb), self);
  self->spin[axis] = spin;
  return row;
}

static void
sg_risk_method_page_init (SgRiskMethodPage *self)
{
  GtkWidget *group, *button, *scrolled, *title, *label;

  self->entries = g_ptr_array_new ();
  self->groups_rows = g_ptr_array_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  self->header = adw_header_bar_new ();
  title = adw_window_title_new (_("Risk Method"), _("Clause 6.1.2"));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (self->header), title);
  self->back_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (self->back_button, _("Back"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->back_button), "win.show-sidebar");
  adw_header_bar_pack_start (ADW_HEADER_BAR (self->header), self->back_button);
  gtk_box_append (GTK_BOX (self->box), self->header);

  self->form = adw_preferences_page_new ();
  gtk_widget_set_vexpand (self->form, TRUE);
  gtk_box_append (GTK_BOX (self->box), self->form);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Scales"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("How likely a risk is and how much harm it does, each on a scale of 3 to 10 levels."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), new_scale_spin_row (self, SG_SCALE_AXIS_LIKELIHOOD));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), new_scale_spin_row (self, SG_SCALE_AXIS_IMPACT));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form), ADW_PREFERENCES_GROUP (group));

  self->matrix_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->matrix_group), _("Risk Matrix"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->matrix_group),
                                         _("The risk level of each likelihood and impact. Click a cell for the next level, right-click for the one before."));
  self->grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 4);
  gtk_grid_set_column_homogeneous (GTK_GRID (self->grid), FALSE);
  gtk_widget_set_halign (self->grid, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_bottom (self->grid, 6);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->grid);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->matrix_group), scrolled);
  /* Below the matrix, not beside its title: a narrow window has no room there. */
  button = gtk_button_new_with_mnemonic (_("_Reset to Likelihood × Impact"));
  /* Long in German: it wraps rather than widen a narrow window. */
  label = gtk_button_get_child (GTK_BUTTON (button));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_set_margin_top (button, 6);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (reset_matrix_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->matrix_group), button);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form), ADW_PREFERENCES_GROUP (self->matrix_group));

  self->levels_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->levels_group), _("Risk Levels"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->levels_group),
                                         _("From the lowest to the highest, with their colour and whether they are within the risk appetite."));
  button = gtk_button_new_with_mnemonic (_("_Add Level"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (add_level_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->levels_group), button);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form), ADW_PREFERENCES_GROUP (self->levels_group));

  for (int axis = 0; axis < 2; axis++)
    {
      self->scale_group[axis] = adw_preferences_group_new ();
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->scale_group[axis]),
                                       axis == SG_SCALE_AXIS_LIKELIHOOD ? _("Likelihood Scale")
                                                                        : _("Impact Scale"));
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form),
                                ADW_PREFERENCES_GROUP (self->scale_group[axis]));
    }
}

GtkWidget *
sg_risk_method_page_new (SgStore *store)
{
  SgRiskMethodPage *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_RISK_METHOD_PAGE, NULL);
  self->store = g_object_ref (store);
  /* The asset's protection needs are a scale of their own, named here
   * beside the risk scales. */
  self->protection_group = sg_protection_levels_group_new (store);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form), ADW_PREFERENCES_GROUP (self->protection_group));
  self->method = g_object_ref (sg_store_get_risk_method (store));
  g_signal_connect_object (self->method, "changed", G_CALLBACK (method_changed_cb), self,
                           G_CONNECT_SWAPPED);
  method_changed_cb (self);
  sg_risk_method_page_sidebar_folded_changed (SG_PAGE (self));
  return GTK_WIDGET (self);
}

GtkWidget *
sg_risk_method_page_get_cell (SgRiskMethodPage *self,
                              int               likelihood,
                              int               impact)
{
  g_return_val_if_fail (SG_IS_RISK_METHOD_PAGE (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (self->grid);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int l, im;

      grid_place (self, child, &l, &im);
      if (GTK_IS_BUTTON (child) && l == likelihood && im == impact)
        return child;
    }
  return NULL;
}

GtkWidget *
sg_risk_method_page_get_protection_levels (SgRiskMethodPage *self)
{
  g_return_val_if_fail (SG_IS_RISK_METHOD_PAGE (self), NULL);

  return self->protection_group;
}

GtkWidget *
sg_risk_method_page_get_scale_spin (SgRiskMethodPage *self,
                                    SgScaleAxis       axis)
{
  g_return_val_if_fail (SG_IS_RISK_METHOD_PAGE (self), NULL);
  g_return_val_if_fail (axis <= SG_SCALE_AXIS_IMPACT, NULL);

  return self->spin[axis];
}
