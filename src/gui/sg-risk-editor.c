/* sg-risk-editor.c: the detail pane of a risk — ratings with their level, treatment, acceptance
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-risk-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-backlinks.h"
#include "sg-field-binding.h"
#include "sg-history-list.h"
#include "sg-level-style.h"
#include "sg-risk-editor.h"
#include "sg-risk-filter.h"
#include "sg-risk.h"

struct _SgRiskEditor
{
  GtkWidget     parent_instance;

  GtkWidget    *stack;
  GtkWidget    *form;
  GtkWidget    *history;
  GtkWidget    *chip[2];          /* inherent, residual */
  GtkWidget    *chip_row[2];
  GtkWidget    *warning;
  GPtrArray    *backlinks;        /* SgBacklinks*: the context issues, changes … naming the risk */

  SgStore      *store;
  SgRiskMethod *method;
  GHashTable   *bindings;         /* field name → SgFieldBinding */
  GPtrArray    *order;            /* SgFieldBinding*, in the order shown */
  SgRecord     *record;
  gulong        notify_id;
};

G_DEFINE_FINAL_TYPE (SgRiskEditor, sg_risk_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RECORD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *binding_widget (SgRiskEditor *self,
                                  const char   *field);

/* Building the form: the fields in the order of the work — identify,
 * analyse, treat, evaluate what remains, accept, review; the threat in
 * detail below, for who wants to read it. */

static GtkWidget *
new_group (SgRiskEditor *self,
           const char   *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form), ADW_PREFERENCES_GROUP (group));
  return group;
}

/* A long text is a group of its own: it goes between the groups. */
static void
add_field (SgRiskEditor *self,
           GtkWidget    *group,
           const char   *field)
{
  GParamSpec *pspec = sg_record_class_find_field (g_type_class_peek (SG_TYPE_RISK), field);
  SgFieldBinding *binding;
  GtkWidget *widget;

  g_return_if_fail (pspec != NULL);
  binding = sg_field_binding_new (self->store, pspec);
  widget = sg_field_binding_get_widget (binding);
  g_hash_table_insert (self->bindings, (gpointer) pspec->name, binding);
  g_ptr_array_add (self->order, binding);
  if (sg_field_binding_is_group (binding))
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form), ADW_PREFERENCES_GROUP (widget));
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), widget);
}

/* The chosen rating is shown whole ("3 – Possible"); the description of
 * the level goes beneath it. */
static void
current_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_list_item_set_child (item, label);
}

static void
current_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

/* In the list to choose from, each level with its description. */
static void
choice_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *description = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (description), 0);
  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (description), 40);
  gtk_widget_add_css_class (description, "caption");
  gtk_widget_add_css_class (description, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), description);
  gtk_list_item_set_child (item, box);
}

static void
choice_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                SgRiskEditor             *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkStringObject *string = gtk_list_item_get_item (item);
  SgScaleAxis axis = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "axis"));
  SgScaleLevel *level = sg_risk_method_get_scale_level (self->method, axis,
                                                        gtk_list_item_get_position (item));
  const char *description = level ? sg_record_peek_string (SG_RECORD (level), "description") : NULL;
  GtkWidget *description_label = gtk_widget_get_last_child (box);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), gtk_string_object_get_string (string));
  gtk_label_set_text (GTK_LABEL (description_label), description ? description : "");
  gtk_widget_set_visible (description_label, description != NULL && *description != '\0');
}

static void
dress_rating_row (SgRiskEditor *self,
                  const char   *field,
                  SgScaleAxis   axis)
{
  GtkWidget *row = binding_widget (self, field);
  g_autoptr(GtkListItemFactory) current = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) choices = gtk_signal_list_item_factory_new ();

  g_signal_connect (current, "setup", G_CALLBACK (current_setup_cb), NULL);
  g_signal_connect (current, "bind", G_CALLBACK (current_bind_cb), NULL);
  g_object_set_data (G_OBJECT (choices), "axis", GINT_TO_POINTER (axis));
  g_signal_connect (choices, "setup", G_CALLBACK (choice_setup_cb), NULL);
  g_signal_connect_object (choices, "bind", G_CALLBACK (choice_bind_cb), self, 0);
  adw_combo_row_set_factory (ADW_COMBO_ROW (row), current);
  adw_combo_row_set_list_factory (ADW_COMBO_ROW (row), choices);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
}

static GtkWidget *
add_chip_row (SgRiskEditor *self,
              GtkWidget    *group,
              gboolean      residual)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *chip = gtk_label_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 residual ? _("Residual level") : _("Inherent level"));
  gtk_widget_set_valign (chip, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (chip, "sg-level-chip");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), chip);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  self->chip[residual] = chip;
  self->chip_row[residual] = row;
  return row;
}

static void
build_form (SgRiskEditor *self)
{
  GtkWidget *group, *icon;

  group = new_group (self, NULL);
  add_field (self, group, "ref");
  add_field (self, group, "title");
  add_field (self, group, "owner");
  add_field (self, group, "category");
  add_field (self, group, "description");

  group = new_group (self, _("Inherent Risk"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Before any treatment"));
  add_field (self, group, "inherent-likelihood");
  add_field (self, group, "inherent-impact");
  add_chip_row (self, group, FALSE);

  group = new_group (self, _("Treatment"));
  add_field (self, group, "treatment");
  add_field (self, group, "controls");
  add_field (self, group, "treatment-due");
  add_field (self, group, "treatment-plan");

  group = new_group (self, _("Residual Risk"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("What remains once the treatment is in place"));
  add_field (self, group, "residual-likelihood");
  add_field (self, group, "residual-impact");
  add_chip_row (self, group, TRUE);

  group = new_group (self, _("Acceptance"));
  self->warning = adw_action_row_new ();
  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self->warning), icon);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->warning), _("Accepted without a name"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->warning),
                               _("This risk is above the risk appetite: enter who accepted it."));
  gtk_widget_add_css_class (self->warning, "sg-warning-row");
  gtk_widget_set_visible (self->warning, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->warning);
  add_field (self, group, "accepted-by");
  add_field (self, group, "accepted-on");

  group = new_group (self, _("Review"));
  add_field (self, group, "status");
  add_field (self, group, "next-review");

  group = new_group (self, _("Threat"));
  add_field (self, group, "threat");
  add_field (self, group, "vulnerability");
  add_field (self, group, "assets");
  add_field (self, group, "harms-confidentiality");
  add_field (self, group, "harms-integrity");
  add_field (self, group, "harms-availability");

  add_field (self, group, "notes");

  dress_rating_row (self, "inherent-likelihood", SG_SCALE_AXIS_LIKELIHOOD);
  dress_rating_row (self, "inherent-impact", SG_SCALE_AXIS_IMPACT);
  dress_rating_row (self, "residual-likelihood", SG_SCALE_AXIS_LIKELIHOOD);
  dress_rating_row (self, "residual-impact", SG_SCALE_AXIS_IMPACT);

  /* What names the risk from elsewhere: the context issues it comes
   * from (4.1), the changes that affect it, as the generic editor shows. */
  {
    g_autoptr(GPtrArray) fields = sg_backlinks_find_fields (SG_TYPE_RISK);

    for (guint i = 0; i < fields->len; i++)
      {
        GtkWidget *backlinks = sg_backlinks_new (self->store, g_ptr_array_index (fields, i));

        g_ptr_array_add (self->backlinks, backlinks);
        adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form), ADW_PREFERENCES_GROUP (backlinks));
      }
  }

  self->history = sg_history_list_new (self->store);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->form), ADW_PREFERENCES_GROUP (self->history));
}

/* What follows from the ratings */

static GtkWidget *
binding_widget (SgRiskEditor *self,
                const char   *field)
{
  SgFieldBinding *binding = g_hash_table_lookup (self->bindings, field);

  return binding ? sg_field_binding_get_widget (binding) : NULL;
}

/* A rating's row says what the chosen level means. */
static void
update_rating_subtitle (SgRiskEditor *self,
                        const char   *field,
                        SgScaleAxis   axis)
{
  GtkWidget *row = binding_widget (self, field);
  int value = self->record ? sg_record_peek_int (self->record, field) : 0;
  SgScaleLevel *level = sg_risk_method_get_scale_level (self->method, axis, value);
  const char *description = level ? sg_record_peek_string (SG_RECORD (level), "description") : NULL;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description ? description : "");
}

static void
update_chip (SgRiskEditor *self,
             gboolean      residual)
{
  SgRiskLevel *level = NULL;
  GtkWidget *chip = self->chip[residual];
  const char *subtitle = "";

  if (self->record != NULL)
    level = sg_risk_method_get_level (self->method,
                                      sg_record_peek_int (self->record, residual ? "residual-likelihood"
                                                                                 : "inherent-likelihood"),
                                      sg_record_peek_int (self->record, residual ? "residual-impact"
                                                                                 : "inherent-impact"));
  if (level != NULL)
    {
      gboolean within = sg_record_peek_boolean (SG_RECORD (level), "within-appetite");

      gtk_label_set_text (GTK_LABEL (chip), sg_record_peek_string (SG_RECORD (level), "name"));
      gtk_widget_remove_css_class (chip, "dim-label");
      subtitle = within ? _("Within the risk appetite") : _("Above the risk appetite");
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (chip), _("Not rated"));
      gtk_widget_add_css_class (chip, "dim-label");
    }
  sg_level_style_apply (chip, level);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->chip_row[residual]), subtitle);
}

static gboolean
needs_acceptor (SgRiskEditor *self)
{
  SgRiskLevel *level;
  const char *on;
  gboolean accepted;

  if (self->record == NULL)
    return FALSE;
  level = sg_risk_filter_current_level (self->method, self->record);
  if (level == NULL || sg_record_peek_boolean (SG_RECORD (level), "within-appetite"))
    return FALSE;
  on = sg_record_peek_string (self->record, "accepted-on");
  accepted = sg_record_peek_enum (self->record, "status") == SG_RISK_STATUS_ACCEPTED ||
             sg_record_peek_enum (self->record, "treatment") == SG_TREATMENT_ACCEPT ||
             (on != NULL && *on != '\0');
  if (!accepted)
    return FALSE;
  /* Accepted, above the appetite, and nobody named who accepted it. */
  return sg_record_peek_int64 (self->record, "accepted-by") == 0;
}

static void
update_derived (SgRiskEditor *self)
{
  update_rating_subtitle (self, "inherent-likelihood", SG_SCALE_AXIS_LIKELIHOOD);
  update_rating_subtitle (self, "inherent-impact", SG_SCALE_AXIS_IMPACT);
  update_rating_subtitle (self, "residual-likelihood", SG_SCALE_AXIS_LIKELIHOOD);
  update_rating_subtitle (self, "residual-impact", SG_SCALE_AXIS_IMPACT);
  update_chip (self, FALSE);
  update_chip (self, TRUE);
  gtk_widget_set_visible (self->warning, needs_acceptor (self));
}

static void
record_notify_cb (SgRiskEditor *self,
                  GParamSpec   *pspec)
{
  if (g_str_has_suffix (pspec->name, "-likelihood") || g_str_has_suffix (pspec->name, "-impact") ||
      g_str_has_prefix (pspec->name, "accepted-") || g_str_equal (pspec->name, "status") ||
      g_str_equal (pspec->name, "treatment"))
    update_derived (self);
}

/* GObject */

static gboolean
sg_risk_editor_grab_focus (GtkWidget *widget)
{
  SgRiskEditor *self = SG_RISK_EDITOR (widget);
  SgFieldBinding *title = g_hash_table_lookup (self->bindings, "title");

  /* The ref is assigned; the title is what a person types first. */
  if (self->record == NULL || title == NULL)
    return FALSE;
  sg_field_binding_grab_focus (title);
  return TRUE;
}

static void
sg_risk_editor_dispose (GObject *object)
{
  SgRiskEditor *self = SG_RISK_EDITOR (object);

  /* Typing not yet saved is saved now, while the store is still open. */
  if (self->order != NULL)
    for (guint i = 0; i < self->order->len; i++)
      sg_field_binding_set_record (g_ptr_array_index (self->order, i), NULL);
  if (self->record != NULL)
    g_clear_signal_handler (&self->notify_id, self->record);
  g_clear_object (&self->record);
  g_clear_pointer (&self->stack, gtk_widget_unparent);
  g_clear_pointer (&self->bindings, g_hash_table_unref);
  g_clear_pointer (&self->order, g_ptr_array_unref);
  g_clear_pointer (&self->backlinks, g_ptr_array_unref);
  g_clear_object (&self->method);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_risk_editor_parent_class)->dispose (object);
}

static void
sg_risk_editor_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SgRiskEditor *self = SG_RISK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_risk_editor_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SgRiskEditor *self = SG_RISK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      sg_risk_editor_set_record (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sg_risk_editor_class_init (SgRiskEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sg_risk_editor_dispose;
  object_class->get_property = sg_risk_editor_get_property;
  object_class->set_property = sg_risk_editor_set_property;
  widget_class->grab_focus = sg_risk_editor_grab_focus;

  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL, SG_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sg_risk_editor_init (SgRiskEditor *self)
{
  GtkWidget *empty = adw_status_page_new ();

  self->bindings = g_hash_table_new (g_str_hash, g_str_equal);
  self->order = g_ptr_array_new_with_free_func (g_object_unref);
  self->backlinks = g_ptr_array_new ();

  self->stack = gtk_stack_new ();
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Risk Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Choose a risk to rate and treat it."));
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  self->form = adw_preferences_page_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), self->form, "record");
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
}

GtkWidget *
sg_risk_editor_new (SgStore *store)
{
  SgRiskEditor *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_RISK_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->method = g_object_ref (sg_store_get_risk_method (store));
  build_form (self);
  g_signal_connect_object (self->method, "changed", G_CALLBACK (update_derived), self,
                           G_CONNECT_SWAPPED);
  update_derived (self);
  return GTK_WIDGET (self);
}

SgRecord *
sg_risk_editor_get_record (SgRiskEditor *self)
{
  g_return_val_if_fail (SG_IS_RISK_EDITOR (self), NULL);

  return self->record;
}

void
sg_risk_editor_set_record (SgRiskEditor *self,
                           SgRecord     *record)
{
  GtkWidget *scrolled;

  g_return_if_fail (SG_IS_RISK_EDITOR (self));
  g_return_if_fail (record == NULL || SG_IS_RISK (record));

  if (self->record == record)
    return;

  if (self->record != NULL)
    g_clear_signal_handler (&self->notify_id, self->record);
  g_set_object (&self->record, record);
  if (record != NULL)
    self->notify_id = g_signal_connect_swapped (record, "notify", G_CALLBACK (record_notify_cb), self);
  for (guint i = 0; i < self->order->len; i++)
    sg_field_binding_set_record (g_ptr_array_index (self->order, i), record);
  sg_history_list_set_record (SG_HISTORY_LIST (self->history), record);
  for (guint i = 0; i < self->backlinks->len; i++)
    sg_backlinks_set_record (g_ptr_array_index (self->backlinks, i), record);
  update_derived (self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), record ? "record" : "empty");

  /* A new risk starts at the top, not where the last one was left. */
  scrolled = gtk_widget_get_first_child (self->form);
  if (GTK_IS_SCROLLED_WINDOW (scrolled))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}

GtkWidget *
sg_risk_editor_get_row (SgRiskEditor *self,
                        const char   *field)
{
  g_return_val_if_fail (SG_IS_RISK_EDITOR (self), NULL);

  return binding_widget (self, field);
}

GtkWidget *
sg_risk_editor_get_level_chip (SgRiskEditor *self,
                               gboolean      residual)
{
  g_return_val_if_fail (SG_IS_RISK_EDITOR (self), NULL);

  return self->chip[!!residual];
}

GtkWidget *
sg_risk_editor_get_acceptance_warning (SgRiskEditor *self)
{
  g_return_val_if_fail (SG_IS_RISK_EDITOR (self), NULL);

  return self->warning;
}
