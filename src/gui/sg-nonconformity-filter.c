/* sg-nonconformity-filter.c: which nonconformities the list shows by what stands out about them
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-nonconformity-filter"

#include "config.h"

#include "sg-action.h"
#include "sg-enums.h"
#include "sg-nonconformity-filter.h"
#include "sg-nonconformity.h"

struct _SgNonconformityFilter
{
  GtkFilter   parent_instance;

  SgStore    *store;
  GListModel *ncs;
  GListModel *actions;
  SgNcFlags   required;
  gboolean    open_only;
  char       *today;
};

G_DEFINE_FINAL_TYPE (SgNonconformityFilter, sg_nonconformity_filter, GTK_TYPE_FILTER)

enum {
  FLAGS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
changed (SgNonconformityFilter *self)
{
  if (self->required != SG_NC_FLAG_NONE || self->open_only)
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
  g_signal_emit (self, signals[FLAGS_CHANGED], 0);
}

/* Only the fields the flags read. */
static void
nc_notify_cb (SgNonconformityFilter *self,
              GParamSpec            *pspec)
{
  if (g_str_equal (pspec->name, SG_NONCONFORMITY_STATUS) ||
      g_str_equal (pspec->name, SG_NONCONFORMITY_DUE_DATE) ||
      g_str_equal (pspec->name, SG_NONCONFORMITY_EFFECTIVENESS) ||
      g_str_equal (pspec->name, SG_NONCONFORMITY_EFFECTIVENESS_CHECKED_ON))
    changed (self);
}

static void
action_notify_cb (SgNonconformityFilter *self,
                  GParamSpec            *pspec)
{
  if (g_str_equal (pspec->name, SG_ACTION_STATUS) ||
      g_str_equal (pspec->name, SG_ACTION_NONCONFORMITY) ||
      g_str_equal (pspec->name, SG_ACTION_DONE_ON) ||
      g_str_equal (pspec->name, SG_ACTION_RAISED_ON))
    changed (self);
}

/* Records added (or brought back) since: follow them too, once. */
static void
watch_items (SgNonconformityFilter *self,
             GListModel            *list,
             guint                  position,
             guint                  added,
             GCallback              callback)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (list, i);

      if (g_signal_handler_find (record, G_SIGNAL_MATCH_FUNC | G_SIGNAL_MATCH_DATA, 0, 0, NULL,
                                 callback, self) == 0)
        g_signal_connect_object (record, "notify", callback, self, G_CONNECT_SWAPPED);
    }
}

static void
ncs_changed_cb (GListModel            *list,
                guint                  position,
                guint                  removed,
                guint                  added,
                SgNonconformityFilter *self)
{
  watch_items (self, list, position, added, G_CALLBACK (nc_notify_cb));
  g_signal_emit (self, signals[FLAGS_CHANGED], 0);
}

static void
actions_changed_cb (GListModel            *list,
                    guint                  position,
                    guint                  removed,
                    guint                  added,
                    SgNonconformityFilter *self)
{
  watch_items (self, list, position, added, G_CALLBACK (action_notify_cb));
  changed (self);
}

static gboolean
sg_nonconformity_filter_match (GtkFilter *filter,
                               gpointer   item)
{
  SgNonconformityFilter *self = SG_NONCONFORMITY_FILTER (filter);

  if (self->open_only && sg_record_peek_enum (item, SG_NONCONFORMITY_STATUS) == SG_NC_STATUS_CLOSED)
    return FALSE;
  if (self->required == SG_NC_FLAG_NONE)
    return TRUE;
  return (sg_nonconformity_filter_get_flags (self, item) & self->required) != 0;
}

static GtkFilterMatch
sg_nonconformity_filter_get_strictness (GtkFilter *filter)
{
  SgNonconformityFilter *self = SG_NONCONFORMITY_FILTER (filter);

  return self->required == SG_NC_FLAG_NONE && !self->open_only
         ? GTK_FILTER_MATCH_ALL : GTK_FILTER_MATCH_SOME;
}

static void
sg_nonconformity_filter_dispose (GObject *object)
{
  SgNonconformityFilter *self = SG_NONCONFORMITY_FILTER (object);

  if (self->ncs != NULL)
    g_signal_handlers_disconnect_by_func (self->ncs, ncs_changed_cb, self);
  if (self->actions != NULL)
    g_signal_handlers_disconnect_by_func (self->actions, actions_changed_cb, self);
  g_clear_object (&self->ncs);
  g_clear_object (&self->actions);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sg_nonconformity_filter_parent_class)->dispose (object);
}

static void
sg_nonconformity_filter_finalize (GObject *object)
{
  g_free (SG_NONCONFORMITY_FILTER (object)->today);

  G_OBJECT_CLASS (sg_nonconformity_filter_parent_class)->finalize (object);
}

static void
sg_nonconformity_filter_class_init (SgNonconformityFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->dispose = sg_nonconformity_filter_dispose;
  object_class->finalize = sg_nonconformity_filter_finalize;
  filter_class->match = sg_nonconformity_filter_match;
  filter_class->get_strictness = sg_nonconformity_filter_get_strictness;

  signals[FLAGS_CHANGED] = g_signal_new ("flags-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sg_nonconformity_filter_init (SgNonconformityFilter *self)
{
}

SgNonconformityFilter *
sg_nonconformity_filter_new (SgStore *store)
{
  SgNonconformityFilter *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = g_object_new (SG_TYPE_NONCONFORMITY_FILTER, NULL);
  self->store = g_object_ref (store);
  self->ncs = g_object_ref (sg_store_get_records (store, SG_TYPE_NONCONFORMITY));
  self->actions = g_object_ref (sg_store_get_records (store, SG_TYPE_ACTION));
  watch_items (self, self->ncs, 0, g_list_model_get_n_items (self->ncs), G_CALLBACK (nc_notify_cb));
  watch_items (self, self->actions, 0, g_list_model_get_n_items (self->actions),
               G_CALLBACK (action_notify_cb));
  g_signal_connect (self->ncs, "items-changed", G_CALLBACK (ncs_changed_cb), self);
  g_signal_connect (self->actions, "items-changed", G_CALLBACK (actions_changed_cb), self);
  return self;
}

SgStore *
sg_nonconformity_filter_get_store (SgNonconformityFilter *self)
{
  g_return_val_if_fail (SG_IS_NONCONFORMITY_FILTER (self), NULL);

  return self->store;
}

void
sg_nonconformity_filter_set_required (SgNonconformityFilter *self,
                                      SgNcFlags              flags)
{
  g_return_if_fail (SG_IS_NONCONFORMITY_FILTER (self));

  if (self->required == flags)
    return;
  self->required = flags;
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
  g_signal_emit (self, signals[FLAGS_CHANGED], 0);
}

SgNcFlags
sg_nonconformity_filter_get_required (SgNonconformityFilter *self)
{
  g_return_val_if_fail (SG_IS_NONCONFORMITY_FILTER (self), SG_NC_FLAG_NONE);

  return self->required;
}

void
sg_nonconformity_filter_set_open_only (SgNonconformityFilter *self,
                                       gboolean               open_only)
{
  g_return_if_fail (SG_IS_NONCONFORMITY_FILTER (self));

  if (self->open_only == !!open_only)
    return;
  self->open_only = !!open_only;
  gtk_filter_changed (GTK_FILTER (self), open_only ? GTK_FILTER_CHANGE_MORE_STRICT : GTK_FILTER_CHANGE_LESS_STRICT);
  g_signal_emit (self, signals[FLAGS_CHANGED], 0);
}

gboolean
sg_nonconformity_filter_get_open_only (SgNonconformityFilter *self)
{
  g_return_val_if_fail (SG_IS_NONCONFORMITY_FILTER (self), FALSE);

  return self->open_only;
}

void
sg_nonconformity_filter_set_today (SgNonconformityFilter *self,
                                   const char            *today)
{
  g_return_if_fail (SG_IS_NONCONFORMITY_FILTER (self));

  g_free (self->today);
  self->today = g_strdup (today);
  changed (self);
}

SgNcFlags
sg_nonconformity_filter_get_flags (SgNonconformityFilter *self,
                                   SgRecord              *nc)
{
  g_return_val_if_fail (SG_IS_NONCONFORMITY_FILTER (self), SG_NC_FLAG_NONE);

  return sg_nonconformity_get_flags (self->store, nc, self->today);
}

guint
sg_nonconformity_filter_count (SgNonconformityFilter *self,
                               SgNcFlags              flag)
{
  guint n, count = 0;
  SgRecord *const *ncs;

  g_return_val_if_fail (SG_IS_NONCONFORMITY_FILTER (self), 0);

  ncs = sg_store_peek_records (self->store, SG_TYPE_NONCONFORMITY, &n);
  for (guint i = 0; i < n; i++)
    if (sg_nonconformity_filter_get_flags (self, ncs[i]) & flag)
      count++;
  return count;
}

guint
sg_nonconformity_filter_count_open (SgNonconformityFilter *self)
{
  guint n, count = 0;
  SgRecord *const *ncs;

  g_return_val_if_fail (SG_IS_NONCONFORMITY_FILTER (self), 0);

  ncs = sg_store_peek_records (self->store, SG_TYPE_NONCONFORMITY, &n);
  for (guint i = 0; i < n; i++)
    count += sg_record_peek_enum (ncs[i], SG_NONCONFORMITY_STATUS) != SG_NC_STATUS_CLOSED;
  return count;
}
